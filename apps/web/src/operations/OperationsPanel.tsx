import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Task, TaskState, Unit } from '@tidewatch/contracts';
import { movesFor, type TaskSide } from '@tidewatch/domain';
import { errorMessage, unwrap } from '../data/index.ts';
import { useNow } from '../live/useNow.ts';
import { TaskExport } from '../gis/index.ts';
import { useCan, useSession } from '../session/useSession.ts';
import { moveTask } from './api.ts';
import { formatDuration, interceptText, type OpsWords } from './format.ts';
import { useT } from '../i18n/index.ts';
import { translations } from './translations.ts';
import { applyTask } from './opsCache.ts';
import { useTasks, useUnits } from './useOperations.ts';
import './operations.css';

function ageText(unit: Unit, nowMs: number, t: OpsWords): string {
  if (!unit.position) return t('noPosition');
  return t('ago', { duration: formatDuration(Math.max(0, nowMs - Date.parse(unit.position.at)) / 3_600_000, t) });
}

function UnitRow({ unit, nowMs }: { unit: Unit; nowMs: number }) {
  const t = useT(translations);
  const age = ageText(unit, nowMs, t);
  return (
    <li className="ops-unit" data-testid="ops-unit" data-freshness={unit.freshness} data-type={unit.type}>
      <span className="ops-unit__symbol unit-marker__symbol" data-type={unit.type} aria-hidden="true" />
      <span className="ops-unit__call">{unit.callSign}</span>
      <span className="ops-unit__meta">
        {t('unitType', { type: unit.type })} · {unit.ownerAgency} · {unit.releasability.tlp}
      </span>
      <span className="ops-unit__status" data-status={unit.status}>
        {t('unitStatus', { status: unit.status })}
      </span>
      <span className="ops-unit__age" data-freshness={unit.freshness}>
        {unit.freshness === 'live'
          ? age
          : t('freshnessAge', { freshness: t('freshness', { freshness: unit.freshness }), age })}
      </span>
    </li>
  );
}

function TaskCard({ task, agency }: { task: Task; agency: string | null }) {
  const t = useT(translations);
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
          {t('taskState', { state: task.state })}
        </span>
      </div>
      <div className="ops-task__meta">
        {t('taskedBy', {
          tasking: task.taskingAgency,
          unit: task.unitAgency,
          target: t('targetType', { type: task.targetType }),
        })}
        {task.overdue && <strong className="ops-task__overdue">{t('overdue')}</strong>}
      </div>
      {task.state !== 'completed' && task.state !== 'declined' && task.state !== 'aborted' && (
        <div className="ops-task__eta" data-testid="ops-task-eta">
          {interceptText(task, t)}
        </div>
      )}
      {task.note && <p className="ops-task__note">{task.note}</p>}
      <TaskExport taskId={task.id} callSign={task.unitCallSign} target={task.targetLabel} />
      {task.outcomeEventId && <div className="ops-task__outcome">{t('outcomeRecorded')}</div>}
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
              {t('move', { state: to })}
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
  const t = useT(translations);
  const session = useSession();
  const agency = session.kind === 'user' ? session.user.agency : null;
  const units = useUnits();
  const tasks = useTasks();
  const nowMs = useNow();
  const open = (tasks.data ?? []).filter((task) => !['completed', 'declined', 'aborted'].includes(task.state));
  const closed = (tasks.data ?? [])
    .filter((task) => ['completed', 'declined', 'aborted'].includes(task.state))
    .slice(0, 10);
  return (
    <section className="ops" data-testid="operations-screen" data-map-inset="left" aria-label={t('operations')}>
      <header className="ops__header">
        <h1 className="ops__title">{t('operations')}</h1>
      </header>
      <h2 className="ops__heading">
        {t('taskingBoard')} <span className="ops__count">{t('openCount', { count: open.length })}</span>
      </h2>
      {tasks.error && <p role="alert">{errorMessage(tasks.error)}</p>}
      {open.length === 0 && !tasks.isPending && <p className="ops__empty">{t('noOpenTask')}</p>}
      <ol className="ops__tasks">
        {open.map((task) => (
          <TaskCard key={task.id} task={task} agency={agency} />
        ))}
      </ol>
      <h2 className="ops__heading">
        {t('units')} <span className="ops__count">{units.data?.length ?? 0}</span>
      </h2>
      {units.error && <p role="alert">{errorMessage(units.error)}</p>}
      <ul className="ops__units">
        {(units.data ?? []).map((unit) => (
          <UnitRow key={unit.id} unit={unit} nowMs={nowMs} />
        ))}
      </ul>
      {closed.length > 0 && (
        <>
          <h2 className="ops__heading">{t('recentlyClosed')}</h2>
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
