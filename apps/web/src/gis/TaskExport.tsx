import { useCan } from '../session/useSession.ts';
import { useT } from '../i18n/index.ts';
import { downloadTask } from './api.ts';
import { FormatButtons } from './FormatButtons.tsx';
import { translations } from './task.translations.ts';
import './gis.css';

interface Props {
  taskId: string;
  callSign: string;
  target: string;
}

/** A task card's export (GIS-7): the unit, the target and the intercept with its timed legs, for GIS tools. */
export function TaskExport({ taskId, callSign, target }: Props) {
  const t = useT(translations);
  const canExport = useCan('events:export');
  // Exports need the export right (a wall display has none): no buttons that could only answer 403.
  if (!canExport) return null;
  return (
    <div className="gis-track" data-testid="task-export">
      <span className="gis-track__label">{t('intercept')}</span>
      <FormatButtons
        what={t('taskOf', { callSign, target })}
        testId="export-task"
        onDownload={(format) => downloadTask(format, taskId, callSign)}
      />
    </div>
  );
}
