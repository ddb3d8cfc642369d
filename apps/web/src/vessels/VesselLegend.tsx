import './vessels.css';
import { vesselStore } from './vesselStore.ts';
import { VESSEL_CLASSES } from './categories.ts';
import { useVesselSummary } from './useVessel.ts';

/** Vessel classes with live counts, the stale/stationary code, and the switch that hides the layer. */
export function VesselLegend({ compact = false }: { compact?: boolean }) {
  const summary = useVesselSummary();
  const on = summary.visible;
  return (
    <div className="legend__vessels" data-compact={compact}>
      <div className="legend__vessel-head">
        <span className="legend__caption">Vessels (AIS)</span>
        {on && <span className="legend__total tabular">{summary.total.toLocaleString('en-US')} in view</span>}
        {!compact && (
          <button
            type="button"
            className="legend__toggle"
            role="switch"
            aria-checked={on}
            data-testid="vessel-layer-toggle"
            onClick={() => vesselStore.setVisible(!on)}
            title={on ? 'Hide vessels' : 'Show vessels'}
          >
            <span className="legend__toggle-track" aria-hidden="true">
              <span className="legend__toggle-knob" />
            </span>
            {on ? 'Shown' : 'Hidden'}
          </button>
        )}
      </div>
      {on && (
        <ul className="legend__kinds legend__kinds--vessels">
          {VESSEL_CLASSES.map((cls) => (
            <li key={cls.index} className="legend__kind" data-empty={(summary.byClass[cls.index] ?? 0) === 0}>
              <span className="legend__hull" style={{ background: cls.color }} aria-hidden="true" />
              <span className="legend__label">{cls.label}</span>
              <span className="legend__count tabular">{(summary.byClass[cls.index] ?? 0).toLocaleString('en-US')}</span>
            </li>
          ))}
        </ul>
      )}
      {on && !compact && (
        <div className="legend__note">Arrow = heading · dot = stationary · faded = stale · names from zoom 9</div>
      )}
    </div>
  );
}
