import './vessels.css';
import { vesselStore } from './vesselStore.ts';
import { VESSEL_CLASSES } from './categories.ts';
import { useVesselSummary } from './useVessel.ts';
import { useIntl } from 'react-intl';
import { useT } from '../i18n/index.ts';
import { translations } from './translations.ts';

/** Vessel classes with live counts, the stale/stationary code, and the switch that hides the layer. */
export function VesselLegend({ compact = false }: { compact?: boolean }) {
  const t = useT(translations);
  const intl = useIntl();
  const summary = useVesselSummary();
  const on = summary.visible;
  return (
    <div className="legend__vessels" data-compact={compact}>
      <div className="legend__vessel-head">
        <span className="legend__caption">{t('legendCaption')}</span>
        {on && <span className="legend__total tabular">{t('inView', { count: summary.total })}</span>}
        {!compact && (
          <button
            type="button"
            className="legend__toggle"
            role="switch"
            aria-checked={on}
            data-testid="vessel-layer-toggle"
            onClick={() => vesselStore.setVisible(!on)}
            title={on ? t('hide') : t('show')}
          >
            <span className="legend__toggle-track" aria-hidden="true">
              <span className="legend__toggle-knob" />
            </span>
            {on ? t('shown') : t('hidden')}
          </button>
        )}
      </div>
      {on && (
        <ul className="legend__kinds legend__kinds--vessels">
          {VESSEL_CLASSES.map((cls) => (
            <li key={cls.index} className="legend__kind" data-empty={(summary.byClass[cls.index] ?? 0) === 0}>
              <span className="legend__hull" style={{ background: cls.color }} aria-hidden="true" />
              <span className="legend__label">{t(`class_${cls.key}`)}</span>
              <span className="legend__count tabular">{intl.formatNumber(summary.byClass[cls.index] ?? 0)}</span>
            </li>
          ))}
        </ul>
      )}
      {on && !compact && <div className="legend__note">{t('legendNote')}</div>}
    </div>
  );
}
