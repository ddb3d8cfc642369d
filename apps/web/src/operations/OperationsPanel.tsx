import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Task, TaskState, Unit } from '@tidewatch/contracts';
import { movesFor, type TaskSide } from '@tidewatch/domain';
import { errorMessage, unwrap } from '../data/index.ts';
import { useNow } from '../live/useNow.ts';
import { useCan, useSession } from '../session/useSession.ts';
import { moveTask } from './api.ts';
import { formatDuration, interceptText, MOVE_LABEL, TASK_STATE_LABEL, UNIT_TYPE_LABEL } from './format.ts';
import { applyTask } from './opsCache.ts';
import { useTasks, useUnits } from './useOperations.ts';
import './operations.css';

function ageText(unit: Unit, nowMs: number): string {
  if (!unit.position) return 'no position';
  return `${formatDuration(Math.max(0, nowMs - Date.parse(unit.position.at)) / 3_600_000)} ago`;
}

function UnitRow({ unit, nowMs }: { unit: Unit; nowMs: number }) {
  return (
    <li className="ops-unit" data-testid="ops-unit" data-freshness={unit.freshness} data-type={unit.type}>
      <span className="ops-unit__symbol unit-marker__symbol" data-type={unit.type} aria-hidden="true" />
      <span className="ops-unit__call">{unit.callSign}</span>
      <span className="ops-unit__meta">
        {UNIT_TYPE_LABEL[unit.type]} · {unit.ownerAgency} · {unit.releasability.tlp}
      </span>
      <span className="ops-unit__status" data-status={unit.status}>
        {unit.status.replace('_', ' ')}
      </span>
      <span className="ops-unit__age" data-freshness={unit.freshness}>
        {unit.freshness === 'live' ? ageText(unit, nowMs) : `${unit.freshness} · ${ageText(unit, nowMs)}`}
      </span>
    </li>
  );
}

function TaskCard({ task, agency }: { task: Task; agency: string | null }) {
  const queryClient = useQueryClient();
  const canMove = useCan('tasks:write');
  const sides: TaskSide[] = [];
  if (agency === task.taskingAgency) sides.push('tasking');
  if (agency === task.unitAgency) sides.push('unit');
  const moves = canMove ? movesFor(task.state, sides) : [];
  const move = useMutation({
    mutationFn: (to: TaskState) => unwrap(moveTask(task.id, { to, baseVersion: task.version })),
    onSuccess: (moved) => applyTask(queryClient, moved),
  });
  const waitingOnUs = task.state === 'proposed' && sides.includes('unit');
  return (
    <li
      className="ops-task"
      data-testid="ops-task"
      data-state={task.state}
      data-overdue={task.overdue}
      data-waiting={waitingOnUs}
    >
      <div className="ops-task__head">
        <span className="ops-task__unit">{task.unitCallSign}</span>
        <span className="ops-task__arrow" aria-hidden="true">
          →
        </span>
        <span className="ops-task__target" title={task.targetLabel}>
          {task.targetLabel}
        </span>
        <span className="ops-task__state" data-state={task.state}>
          {TASK_STATE_LABEL[task.state]}
        </span>
      </div>
      <div className="ops-task__meta">
        {task.taskingAgency} tasked {task.unitAgency}'s unit · {task.targetType}
        {task.overdue && <strong className="ops-task__overdue"> · overdue</strong>}
      </div>
      {task.state !== 'completed' && task.state !== 'declined' && task.state !== 'aborted' && (
        <div className="ops-task__eta" data-testid="ops-task-eta">
          {interceptText(task)}
        </div>
      )}
      {task.note && <p className="ops-task__note">{task.note}</p>}
      {task.outcomeEventId && <div className="ops-task__outcome">Outcome recorded as an event</div>}
      {moves.length > 0 && (
        <div className="ops-task__actions">
          {moves.map((to) => (
            <button
              key={to}
              type="button"
              className={`btn${to === 'accepted' || to === 'completed' ? ' btn--primary' : ''}`}
              data-testid={`task-move-${to}`}
              disabled={move.isPending}
              onClick={() => move.mutate(to)}
            >
              {MOVE_LABEL[to]}
            </button>
          ))}
        </div>
      )}
      {move.error && (
        <p className="ops-task__error" role="alert">
          {errorMessage(move.error)}
        </p>
      )}
    </li>
  );
}

/** Units released to this agency and the tasking board: who is doing what, ETAs, overdue; moves per party. */
export function OperationsPanel() {
  const session = useSession();
  const agency = session.kind === 'user' ? session.user.agency : null;
  const units = useUnits();
  const tasks = useTasks();
  const nowMs = useNow();
  const open = (tasks.data ?? []).filter((t) => !['completed', 'declined', 'aborted'].includes(t.state));
  const closed = (tasks.data ?? []).filter((t) => ['completed', 'declined', 'aborted'].includes(t.state)).slice(0, 10);
  return (
    <section className="ops" data-testid="operations-screen" data-map-inset="left" aria-label="Operations">
      <header className="ops__header">
        <h1 className="ops__title">Operations</h1>
      </header>
      <h2 className="ops__heading">
        Tasking board <span className="ops__count">{open.length} open</span>
      </h2>
      {tasks.error && <p role="alert">{errorMessage(tasks.error)}</p>}
      {open.length === 0 && !tasks.isPending && (
        <p className="ops__empty">No open task. Task a unit from an alert or event.</p>
      )}
      <ol className="ops__tasks">
        {open.map((task) => (
          <TaskCard key={task.id} task={task} agency={agency} />
        ))}
      </ol>
      <h2 className="ops__heading">
        Units <span className="ops__count">{units.data?.length ?? 0}</span>
      </h2>
      {units.error && <p role="alert">{errorMessage(units.error)}</p>}
      <ul className="ops__units">
        {(units.data ?? []).map((unit) => (
          <UnitRow key={unit.id} unit={unit} nowMs={nowMs} />
        ))}
      </ul>
      {closed.length > 0 && (
        <>
          <h2 className="ops__heading">Recently closed</h2>
          <ol className="ops__tasks">
            {closed.map((task) => (
              <TaskCard key={task.id} task={task} agency={agency} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
