import { COMMODITIES, QUANTITY_UNITS } from '@tidewatch/contracts';
import { titleCase } from '../theme/describe.ts';
import type { Draft } from './draft.ts';

interface Props {
  draft: Draft;
  set: (patch: Partial<Draft>) => void;
  errors: Readonly<Record<string, string>>;
}

export function SeizureFields({ draft, set, errors }: Props) {
  return (
    <fieldset className="ne__fieldset">
      <legend className="field__label">Seizure</legend>
      <div className="ne__grid3">
        <label className="field">
          <span className="field__label">Commodity</span>
          <select
            className="select"
            value={draft.commodity}
            onChange={(e) => set({ commodity: COMMODITIES.find((c) => c === e.target.value) ?? draft.commodity })}
          >
            {COMMODITIES.map((c) => (
              <option key={c} value={c}>
                {titleCase(c)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">Quantity</span>
          <input
            className="input"
            inputMode="decimal"
            value={draft.quantity}
            onChange={(e) => set({ quantity: e.target.value })}
            aria-invalid={errors['seizure.quantity'] !== undefined}
          />
        </label>
        <label className="field">
          <span className="field__label">Unit</span>
          <select
            className="select"
            value={draft.unit}
            onChange={(e) => set({ unit: QUANTITY_UNITS.find((u) => u === e.target.value) ?? draft.unit })}
          >
            {QUANTITY_UNITS.map((u) => (
              <option key={u} value={u}>
                {u}
              </option>
            ))}
          </select>
        </label>
      </div>
      {errors['seizure.quantity'] && <span className="field__error">{errors['seizure.quantity']}</span>}
      <div className="ne__grid2">
        <label className="field">
          <span className="field__label">Est. value (USD)</span>
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
          <span className="field__label">HS code</span>
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
