import type { IntelEvent } from '@tidewatch/contracts';
import { TrendsBoard } from './TrendsBoard.tsx';
import { useOperationsZone } from './useOperationsZone.ts';
import { useT } from '../i18n/index.ts';
import { translations } from './translations.ts';
import './trends.css';

interface Props {
  /** Opens a seizure in the live picture: detail panel, and the map flies to it. */
  onOpenEvent: (event: IntelEvent) => void;
}

/** Seizure trends (issue 6 §1), asked in the operations zone the server announces. */
export function TrendsScreen({ onOpenEvent }: Props) {
  const zone = useOperationsZone();
  const t = useT(translations);
  if (zone.zone === null) {
    return (
      <div className="trends" data-testid="trends-screen">
        <p className={zone.error === null ? 'trends-muted' : 'trends-error'} role="status">
          {zone.error ?? t('loadingTrends')}
        </p>
      </div>
    );
  }
  return <TrendsBoard operationsZone={zone.zone} onOpenEvent={onOpenEvent} />;
}
