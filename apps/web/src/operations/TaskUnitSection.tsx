import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { Position, TaskTargetType, Unit } from '@tidewatch/contracts';
import { computeIntercept } from '@tidewatch/domain';
import { unwrap, errorMessage } from '../data/index.ts';
import { useCan } from '../session/useSession.ts';
import { createTask } from './api.ts';
import { formatDuration, UNIT_TYPE_LABEL } from './format.ts';
import { applyTask } from './opsCache.ts';
import { useUnits } from './useOperations.ts';

interface Props {
  targetType: TaskTargetType;
  targetId: string;
  /** Where the target is now; the ETAs shown are to here (the server keeps the task's intercept current). */
  position: Position | null;
}

interface Candidate {
  unit: Unit;
  etaHours: number | null;
  why: string | null;
}

/** Readable, available units with their ETA to the target, nearest first; the server decides the rest (OPSU-4). */
function candidates(units: readonly Unit[], position: Position | null, nowMs: number): Candidate[] {
  return units
    .filter((u) => u.status === 'available')
    .map((unit): Candidate => {
      if (!unit.position || unit.freshness === 'lost') return { unit, etaHours: null, why: 'position unknown' };
      if (!position) return { unit, etaHours: null, why: null };
      const answer = computeIntercept(
        { lat: unit.position.lat, lon: unit.position.lon, maxSpeedKn: unit.maxSpeedKn, enduranceH: unit.enduranceH },
        { ...position, courseDeg: null, speedKn: null, atMs: nowMs },
        nowMs,
      );
      return answer.possible
        ? { unit, etaHours: answer.etaHours, why: null }
        : { unit, etaHours: null, why: answer.reason.replace('_', ' ') };
    })
    .sort((a, b) => (a.etaHours ?? Number.POSITIVE_INFINITY) - (b.etaHours ?? Number.POSITIVE_INFINITY));
}

/** "Task a unit": for supervisors and commanders, on an event's or alert's detail. */
export function TaskUnitSection({ targetType, targetId, position }: Props) {
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
          Task a unit
        </button>
        {task.data && (
          <p className="task-unit__done" role="status">
            {task.data.unitCallSign} proposed to {task.data.unitAgency}
          </p>
        )}
      </section>
    );
  return (
    <section className="detail__section task-unit" aria-label="Task a unit">
      <h3 className="detail__section-title">Task a unit</h3>
      {units.isPending && <p className="detail__muted">Loading units…</p>}
      {list.length === 0 && !units.isPending && <p className="detail__muted">No available unit released to you.</p>}
      <ul className="task-unit__list" aria-label="Available units">
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
                {UNIT_TYPE_LABEL[unit.type]} · {unit.ownerAgency}
              </span>
              <span className="task-unit__eta" data-stale={unit.freshness !== 'live'}>
                {etaHours !== null ? `ETA ${formatDuration(etaHours)}` : (why ?? '—')}
              </span>
            </label>
          </li>
        ))}
      </ul>
      <label className="task-unit__note">
        <span>Note to the unit's agency</span>
        <textarea value={note} maxLength={2000} rows={2} onChange={(e) => setNote(e.target.value)} />
      </label>
      {task.error && (
        <p className="task-unit__error" role="alert">
          {errorMessage(task.error)}
        </p>
      )}
      <div className="task-unit__actions">
        <button type="button" className="btn" onClick={() => setOpen(false)}>
          Cancel
        </button>
        <button
          type="button"
          className="btn btn--primary"
          data-testid="task-unit-submit"
          disabled={unitId === '' || task.isPending}
          onClick={() => task.mutate()}
        >
          Propose task
        </button>
      </div>
    </section>
  );
}
