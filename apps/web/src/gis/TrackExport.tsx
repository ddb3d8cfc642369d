import { downloadTrack } from './api.ts';
import { FormatButtons } from './FormatButtons.tsx';
import { useT } from '../i18n/index.ts';
import { translations } from './translations.ts';
import './gis.css';

interface Props {
  mmsi: number;
  /** The window of the card's trail, in hours. */
  hours: number;
}

/** The vessel card's export: the stored track of the trail's window, with the time of each position. */
export function TrackExport({ mmsi, hours }: Props) {
  const t = useT(translations);
  return (
    <div className="gis-track" data-testid="track-export">
      <span className="gis-track__label">{t('trackLastHours', { hours })}</span>
      <FormatButtons
        what={t('trackOf', { mmsi: String(mmsi) })}
        testId="export-track"
        onDownload={(format) => downloadTrack(format, mmsi, { hours, nowMs: Date.now() })}
      />
    </div>
  );
}
