import { useState } from 'react';
import { mapUrl } from './api.ts';
import { useT } from '../i18n/index.ts';
import { translations } from './translations.ts';

interface Props {
  date: string;
  revision: number;
}

/**
 * The day's map twice: dark like the rest of the dashboard on screen, paper colours when printed (the print
 * stylesheet swaps them), so a printed summary keeps a light sea and dark ink. Both load up front because a
 * browser does not fetch images once printing has started.
 */
export function SummaryMap({ date, revision }: Props) {
  const t = useT(translations);
  const [failed, setFailed] = useState(false);
  if (failed) return <p className="summaries-muted">{t('mapFailed')}</p>;
  const alt = t('mapAlt', { date });
  return (
    <>
      <img
        className="summary-map summary-map--screen"
        src={mapUrl(date, revision, 'screen')}
        alt={alt}
        onError={() => setFailed(true)}
        data-testid="summary-map-screen"
      />
      <img
        className="summary-map summary-map--paper"
        src={mapUrl(date, revision, 'paper')}
        alt={alt}
        onError={() => setFailed(true)}
        data-testid="summary-map-paper"
      />
    </>
  );
}
