import { COMMODITIES, QUANTITY_UNITS } from '@tidewatch/contracts';
import type { Draft } from './draft.ts';
import { useT } from '../i18n/index.ts';
import { translations } from './translations.ts';
import { useVocabulary } from '../theme/vocabulary.ts';

interface Props {
  draft: Draft;
  set: (patch: Partial<Draft>) => void;
  errors: Readonly<Record<string, string>>;
}

export function SeizureFields({ draft, set, errors }: Props) {
  const t = useT(translations);
  const vocabulary = useVocabulary();
  // Counted things have words; measures and currencies (kg, l, USD) are the same symbols everywhere.
  const unitLabel = (unit: (typeof QUANTITY_UNITS)[number]): string =>
    unit === 'items' ? t('unit_items') : unit === 'rounds' ? t('unit_rounds') : unit;
  return (
    <fieldset className="ne__fieldset">
      <legend className="field__label">{vocabulary.t('kind_seizure')}</legend>
      <div className="ne__grid3">
        <label className="field">
          <span className="field__label">{t('commodity')}</span>
          <select
            className="select"
            value={draft.commodity}
            onChange={(e) => set({ commodity: COMMODITIES.find((c) => c === e.target.value) ?? draft.commodity })}
          >
            {COMMODITIES.map((c) => (
              <option key={c} value={c}>
                {vocabulary.commodity(c)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t('quantity')}</span>
          <input
            className="input"
            inputMode="decimal"
            value={draft.quantity}
            onChange={(e) => set({ quantity: e.target.value })}
            aria-invalid={errors['seizure.quantity'] !== undefined}
          />
        </label>
        <label className="field">
          <span className="field__label">{t('unit')}</span>
          <select
            className="select"
            value={draft.unit}
            onChange={(e) => set({ unit: QUANTITY_UNITS.find((u) => u === e.target.value) ?? draft.unit })}
          >
            {QUANTITY_UNITS.map((u) => (
              <option key={u} value={u}>
                {unitLabel(u)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {errors['seizure.quantity'] && <span className="field__error">{errors['seizure.quantity']}</span>}
      <div className="ne__grid2">
        <label className="field">
          <span className="field__label">{t('valueUsd')}</span>
          <input
            className="input"
            inputMode="decimal"
            value={draft.valueUsd}
            onChange={(e) => set({ valueUsd: e.target.value })}
          />
          {errors['seizure.estimatedValueUsd'] && (
            <span className="field__error">{errors['seizure.estimatedValueUsd']}</span>
          )}
        </label>
        <label className="field">
          <span className="field__label">{t('hsCode')}</span>
          <input
            className="input mono"
            placeholder="9302"
            value={draft.hsCode}
            onChange={(e) => set({ hsCode: e.target.value })}
          />
          {errors['seizure.hsCode'] && <span className="field__error">{errors['seizure.hsCode']}</span>}
        </label>
      </div>
      {errors.seizure && <span className="field__error">{errors.seizure}</span>}
    </fieldset>
  );
}
