import { UNIT_STATUSES, UNIT_TYPES } from '@tidewatch/contracts';
import { UNIT_COLORS } from '@tidewatch/contracts/theme-tokens';
import { isOpenTaskState } from '@tidewatch/domain';
import type { CSSProperties } from 'react';
import { useLocale, useT } from '../i18n/index.ts';
import { interceptText } from './format.ts';
import { translations } from './translations.ts';
import { useTasks, useUnits } from './useOperations.ts';
import './operations.css';
import './wallUnits.css';

/** A wall shows at most this many open tasks (no scrolling on a wall); the most urgent first. */
const WALL_TASK_ROWS = 4;

/**
 * The wall's units column: how many units of each status the display may see, and the open tasks (unit, target,
 * ETA; overdue first, then the soonest ETA), so a room sees who is responding without touching anything.
 */
export function WallUnits() {
  const t = useT(translations);
  const locale = useLocale();
  const units = useUnits().data ?? [];
  const open = (useTasks().data ?? []).filter((task) => isOpenTaskState(task.state));
  const eta = (hours: number | null): number => hours ?? Number.POSITIVE_INFINITY;
  const urgent = [...open]
    .sort(
      (a, b) =>
        Number(b.overdue) - Number(a.overdue) ||
        eta(a.intercept.possible ? a.intercept.etaHours : null) -
          eta(b.intercept.possible ? b.intercept.etaHours : null),
    )
    .slice(0, WALL_TASK_ROWS);
  // A display whose agency sees no unit keeps its space for the feed.
  if (units.length === 0 && open.length === 0) return null;
  const byStatus = UNIT_STATUSES.map((status) => ({
    status,
    count: units.filter((u) => u.status === status).length,
  }));
  return (
    <section className="wall-units" aria-label={t('units')} data-testid="wall-units">
      <h2 className="wall__section-title">
        {t('units')} <span className="wall__section-sub">{t('openCount', { count: open.length })}</span>
      </h2>
      <ul className="wall-units__statuses">
        {byStatus.map(({ status, count }) => (
          <li key={status} data-status={status} data-empty={count === 0}>
            <span className="wall-units__count tabular">{count.toLocaleString(locale)}</span>
            <span className="wall-units__status">{t('unitStatus', { status })}</span>
          </li>
        ))}
      </ul>
      <ol className="wall-units__tasks">
        {urgent.map((task) => (
          <li
            key={task.id}
            className="wall-units__task"
            data-testid="wall-task"
            data-state={task.state}
            data-overdue={task.overdue}
          >
            <span className="wall-units__call">{task.unitCallSign}</span>
            <span className="wall-units__target" title={task.targetLabel}>
              → {task.targetLabel}
            </span>
            <span className="wall-units__state">{t('taskState', { state: task.state })}</span>
            <span className="wall-units__eta">
              {interceptText(task, t)}
              {task.overdue && <strong className="wall-units__overdue">{t('overdue')}</strong>}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The unit symbols' key for a map legend: one shape per unit type (the markers' CSS), once there are units. */
export function UnitLegend() {
  const t = useT(translations);
  const units = useUnits().data ?? [];
  if (units.length === 0) return null;
  return (
    <ul className="legend-keys unit-legend" aria-label={t('units')}>
      {UNIT_TYPES.map((type) => (
        <li key={type} className="legend-keys__item">
          <span
            className="ops-unit__symbol"
            data-type={type}
            aria-hidden="true"
            style={{ '--unit-color': UNIT_COLORS[type] } as CSSProperties}
          />
          {t('unitType', { type })}
        </li>
      ))}
    </ul>
  );
}
