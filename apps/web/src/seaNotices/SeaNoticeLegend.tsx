import { useQuery } from '@tanstack/react-query';
import type { SeaNotices } from '@tidewatch/contracts';
import { useT } from '../i18n/index.ts';
import { translations } from './translations.ts';
import { seaNoticeKeys } from './useSeaNotices.ts';
import './seaNotices.css';

/**
 * The sea notices' key for a map legend, once there are any: the dashed amber area and the pale station ring,
 * with how many of each the map holds (read from the cache useSeaNotices keeps; this component fetches nothing).
 */
export function SeaNoticeLegend() {
  const t = useT(translations);
  const { data } = useQuery<SeaNotices>({ queryKey: seaNoticeKeys.all, enabled: false });
  const areas = data?.areas.length ?? 0;
  const stations = data?.weather.length ?? 0;
  if (areas === 0 && stations === 0) return null;
  return (
    <ul className="legend-keys" data-testid="sea-notice-legend">
      {areas > 0 && (
        <li className="legend-keys__item">
          <span className="sea-legend__area" aria-hidden="true" />
          {t('legendAreas', { count: areas })}
        </li>
      )}
      {stations > 0 && (
        <li className="legend-keys__item">
          <span className="sea-legend__station" aria-hidden="true" />
          {t('legendWeather', { count: stations })}
        </li>
      )}
    </ul>
  );
}
