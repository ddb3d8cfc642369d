import { useState } from 'react';
import { GIS_FORMATS, type GisFormat } from '@tidewatch/contracts';
import { useT } from '../i18n/index.ts';
import { translations } from './translations.ts';

const LABEL: Record<GisFormat, string> = { geojson: 'GeoJSON', kml: 'KML' };

interface Props {
  /** What the buttons download, for their accessible names ("Events in view as KML"). */
  what: string;
  /** Starts the download; answers null or why it failed. */
  onDownload: (format: GisFormat) => Promise<string | null>;
  disabled?: boolean;
  testId?: string;
}

/** A GeoJSON and a KML button for one export, busy while it downloads, with the failure beside them. */
export function FormatButtons({ what, onDownload, disabled = false, testId }: Props) {
  const t = useT(translations);
  const [busy, setBusy] = useState<GisFormat | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async (format: GisFormat): Promise<void> => {
    setBusy(format);
    setError(null);
    setError(await onDownload(format));
    setBusy(null);
  };
  return (
    <span className="gis-formats">
      {GIS_FORMATS.map((format) => (
        <button
          key={format}
          type="button"
          className="btn btn--small"
          aria-label={t('asFormat', { what, format: LABEL[format] })}
          data-testid={testId ? `${testId}-${format}` : undefined}
          disabled={disabled || busy !== null}
          onClick={() => void run(format)}
        >
          {busy === format ? '…' : LABEL[format]}
        </button>
      ))}
      {error && (
        <span className="gis-formats__error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
