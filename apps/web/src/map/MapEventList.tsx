import { useMemo } from 'react';
import { useLive } from '../live/useLive.ts';
import { useT } from '../i18n/index.ts';
import { useVocabulary } from '../theme/vocabulary.ts';
import { focusEventDetail } from '../detail/index.ts';
import type { ViewBbox } from './EventMap.tsx';
import { eventsInView } from './eventsInView.ts';
import { translations } from './translations.ts';

interface Props {
  view: ViewBbox | null;
  selectedId: string | null;
  minSeverity: number;
  onSelect: (id: string) => void;
}

/**
 * A11Y-2: the map's selection without a pointer. The events in view as a list of buttons, out of sight until
 * the keyboard reaches it (like a skip link), then shown over the map's corner. Enter opens the event's detail
 * and moves the focus there; Escape closes it and the focus comes back here.
 */
export function MapEventList({ view, selectedId, minSeverity, onSelect }: Props) {
  const t = useT(translations);
  const vocabulary = useVocabulary();
  const events = useLive((s) => s.events);
  const { shown, more } = useMemo(
    () => (view === null ? { shown: [], more: 0 } : eventsInView(events, view, minSeverity)),
    [events, view, minSeverity],
  );
  return (
    <nav className="map-list" aria-label={t('listTitle')} data-testid="map-event-list">
      <h2 className="map-list__title">{t('listTitle')}</h2>
      <p className="map-list__hint">{t('listHint')}</p>
      {shown.length === 0 ? (
        // Read by screen readers; with nothing to choose there is no tab stop.
        <p className="map-list__empty">{t('listEmpty')}</p>
      ) : (
        <ul className="map-list__items">
          {shown.map((event) => (
            <li key={event.id}>
              <button
                type="button"
                className="map-list__item"
                aria-pressed={event.id === selectedId}
                data-event-id={event.id}
                onClick={() => onSelect(event.id)}
                onKeyDown={(e) => {
                  if (e.key !== 'Enter') return;
                  e.preventDefault();
                  onSelect(event.id);
                  focusEventDetail();
                }}
              >
                {t('listItem', { kind: vocabulary.kind(event.kind), severity: event.severity, title: event.title })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {more > 0 && <p className="map-list__hint">{t('listMore', { count: more })}</p>}
    </nav>
  );
}
