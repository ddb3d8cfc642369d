import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { Position, TaskTargetType, Unit } from '@tidewatch/contracts';
import { computeIntercept } from '@tidewatch/domain';
import { unwrap, errorMessage } from '../data/index.ts';
import { useCan } from '../session/useSession.ts';
import { createTask } from './api.ts';
import { formatDuration } from './format.ts';
import { useT } from '../i18n/index.ts';
import { translations } from './translations.ts';
import { applyTask } from './opsCache.ts';
import { useUnits } from './useOperations.ts';

interface Props {
  targetType: TaskTargetType;
  targetId: string;
  /** Where the target is now; the ETAs shown are to here (the server keeps the task's intercept current). */
  position: Position | null;
}

/** Why a unit has no ETA: its position is unknown, or the intercept answer's reason (translated when shown). */
type NoEta = { unitPosition: true } | { reason: string };

interface Candidate {
  unit: Unit;
  etaHours: number | null;
  why: NoEta | null;
}

/** Readable, available units with their ETA to the target, nearest first; the server decides the rest (OPSU-4). */
function candidates(units: readonly Unit[], position: Position | null, nowMs: number): Candidate[] {
  return units
    .filter((u) => u.status === 'available')
    .map((unit): Candidate => {
      if (!unit.position || unit.freshness === 'lost') return { unit, etaHours: null, why: { unitPosition: true } };
      if (!position) return { unit, etaHours: null, why: null };
      const answer = computeIntercept(
        { lat: unit.position.lat, lon: unit.position.lon, maxSpeedKn: unit.maxSpeedKn, enduranceH: unit.enduranceH },
        { ...position, courseDeg: null, speedKn: null, atMs: nowMs },
        nowMs,
      );
      return answer.possible
        ? { unit, etaHours: answer.etaHours, why: null }
        : { unit, etaHours: null, why: { reason: answer.reason } };
    })
    .sort((a, b) => (a.etaHours ?? Number.POSITIVE_INFINITY) - (b.etaHours ?? Number.POSITIVE_INFINITY));
}

/** "Task a unit": for supervisors and commanders, on an event's or alert's detail. */
export function TaskUnitSection({ targetType, targetId, position }: Props) {
  const t = useT(translations);
  const canTask = useCan('tasks:write');
  const queryClient = useQueryClient();
  const units = useUnits();
  const [open, setOpen] = useState(false);
  const [unitId, setUnitId] = useState('');
  const [note, setNote] = useState('');
  const list = useMemo(() => candidates(units.data ?? [], position, Date.now()), [units.data, position]);
  const task = useMutation({
    mutationFn: () => unwrap(createTask({ unitId, targetType, targetId, note })),
    onSuccess: (created) => {
      applyTask(queryClient, created);
      setOpen(false);
      setNote('');
    },
  });
  if (!canTask) return null;
  if (!open)
    return (
      <section className="detail__section task-unit">
        <button type="button" className="btn" data-testid="task-unit-open" onClick={() => setOpen(true)}>
          {t('taskUnit')}
        </button>
        {task.data && (
          <p className="task-unit__done" role="status">
            {t('proposedTo', { callSign: task.data.unitCallSign, agency: task.data.unitAgency })}
          </p>
        )}
      </section>
    );
  return (
    <section className="detail__section task-unit" aria-label={t('taskUnit')}>
      <h3 className="detail__section-title">{t('taskUnit')}</h3>
      {units.isPending && <p className="detail__muted">{t('loadingUnits')}</p>}
      {list.length === 0 && !units.isPending && <p className="detail__muted">{t('noUnit')}</p>}
      <ul className="task-unit__list" aria-label={t('availableUnits')}>
        {list.map(({ unit, etaHours, why }) => (
          <li key={unit.id}>
            <label className="task-unit__choice" data-selected={unit.id === unitId}>
              <input
                type="radio"
                name="task-unit"
                value={unit.id}
                checked={unit.id === unitId}
                onChange={() => setUnitId(unit.id)}
              />
              <span className="task-unit__call">{unit.callSign}</span>
              <span className="task-unit__meta">
                {t('unitType', { type: unit.type })} · {unit.ownerAgency}
              </span>
              <span className="task-unit__eta" data-stale={unit.freshness !== 'live'}>
                {etaHours !== null
                  ? t('eta', { duration: formatDuration(etaHours, t) })
                  : why === null
                    ? '—'
                    : 'reason' in why
                      ? t('noIntercept', { reason: why.reason })
                      : t('positionUnknown')}
              </span>
            </label>
          </li>
        ))}
      </ul>
      <label className="task-unit__note">
        <span>{t('noteToAgency')}</span>
        <textarea value={note} maxLength={2000} rows={2} onChange={(e) => setNote(e.target.value)} />
      </label>
      {task.error && (
        <p className="task-unit__error" role="alert">
          {errorMessage(task.error)}
        </p>
      )}
      <div className="task-unit__actions">
        <button type="button" className="btn" onClick={() => setOpen(false)}>
          {t('cancel')}
        </button>
        <button
          type="button"
          className="btn btn--primary"
          data-testid="task-unit-submit"
          disabled={unitId === '' || task.isPending}
          onClick={() => task.mutate()}
        >
          {t('proposeTask')}
        </button>
      </div>
    </section>
  );
}
