import { useEffect, useRef, useState } from 'react';
import { navigate } from '../routing/useRoute.ts';
import { downloadAreas, downloadEvents, downloadVessels, EVENT_WINDOWS, type ViewBbox } from './api.ts';
import { FormatButtons } from './FormatButtons.tsx';
import { useT } from '../i18n/index.ts';
import { translations } from './translations.ts';
import './gis.css';

interface Props {
  /** The map's current view; null until the map has loaded. */
  view: ViewBbox | null;
}

/**
 * The map's export menu (GIS exchange): the events and vessels in view, or every event of a period, and the
 * areas of interest, each as GeoJSON or KML. The server answers only what this user may read and marks each
 * file with its TLP.
 */
export function MapExportMenu({ view }: Props) {
  const t = useT(translations);
  const [days, setDays] = useState<number>(30);
  const [inViewOnly, setInViewOnly] = useState(true);
  const ref = useRef<HTMLDetailsElement>(null);
  // Closes like a menu: a press outside it or Escape.
  useEffect(() => {
    const close = (e: Event): void => {
      const menu = ref.current;
      if (!menu?.open) return;
      if (e instanceof KeyboardEvent ? e.key === 'Escape' : !(e.target instanceof Node && menu.contains(e.target)))
        menu.open = false;
    };
    document.addEventListener('pointerdown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('pointerdown', close);
      document.removeEventListener('keydown', close);
    };
  }, []);
  return (
    <details className="gis-menu" data-testid="map-export-menu" ref={ref}>
      <summary className="btn gis-menu__summary" aria-label={t('exportMenuLabel')}>
        {t('exportMenu')}
      </summary>
      <div className="gis-menu__panel">
        <section className="gis-menu__group" aria-label={t('events')}>
          <h3 className="gis-menu__caption">{t('events')}</h3>
          <div className="gis-menu__options">
            <select
              className="select gis-menu__select"
              aria-label={t('eventsFrom')}
              value={days}
              onChange={(e) => setDays(Number(e.target.value))}
            >
              {EVENT_WINDOWS.map((windowDays) => (
                <option key={windowDays} value={windowDays}>
                  {t(`window_${windowDays}`)}
                </option>
              ))}
            </select>
            <label className="gis-menu__check">
              <input type="checkbox" checked={inViewOnly} onChange={(e) => setInViewOnly(e.target.checked)} />{' '}
              {t('inViewOnly')}
            </label>
          </div>
          <FormatButtons
            what={inViewOnly ? t('eventsInView') : t('events')}
            testId="export-events"
            disabled={inViewOnly && view === null}
            onDownload={(format) => downloadEvents(format, { bbox: inViewOnly ? view : null, days, nowMs: Date.now() })}
          />
        </section>
        <section className="gis-menu__group" aria-label={t('vesselsInView')}>
          <h3 className="gis-menu__caption">{t('vesselsInView')}</h3>
          <FormatButtons
            what={t('vesselsInView')}
            testId="export-vessels"
            disabled={view === null}
            onDownload={(format) => (view ? downloadVessels(format, view) : Promise.resolve(t('mapNotReady')))}
          />
        </section>
        <section className="gis-menu__group" aria-label={t('areasOfInterest')}>
          <h3 className="gis-menu__caption">{t('areasOfInterest')}</h3>
          <FormatButtons what={t('areasOfInterest')} testId="export-areas" onDownload={downloadAreas} />
          <button type="button" className="btn btn--ghost btn--small" onClick={() => navigate('#/areas')}>
            {t('areaList')}
          </button>
        </section>
        <p className="gis-menu__note">{t('exportNote')}</p>
      </div>
    </details>
  );
}
