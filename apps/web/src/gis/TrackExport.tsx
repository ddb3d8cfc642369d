import { downloadTrack } from './api.ts';
import { FormatButtons } from './FormatButtons.tsx';
import './gis.css';

interface Props {
  mmsi: number;
  /** The window of the card's trail, in hours. */
  hours: number;
}

/** The vessel card's export: the stored track of the trail's window, with the time of each position. */
export function TrackExport({ mmsi, hours }: Props) {
  return (
    <div className="gis-track" data-testid="track-export">
      <span className="gis-track__label">Track, last {hours} h</span>
      <FormatButtons
        what={`Track of MMSI ${mmsi}`}
        testId="export-track"
        onDownload={(format) => downloadTrack(format, mmsi, { hours, nowMs: Date.now() })}
      />
    </div>
  );
}
