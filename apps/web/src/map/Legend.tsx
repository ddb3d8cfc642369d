import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import type { IntelEvent } from '@tidewatch/contracts';
import { useLive } from '../live/useLive.ts';
import { KNOWN_KIND_ORDER, kindColor } from '../theme/kinds.ts';
import { useVocabulary } from '../theme/vocabulary.ts';
import { useT } from '../i18n/index.ts';
import { translations } from './translations.ts';
import { VesselLegend, useVesselSummary } from '../vessels/index.ts';
import { useLegendFold } from './legendFold.ts';

interface KindCount {
  kind: string;
  count: number;
}

function countByKind(events: readonly IntelEvent[]): { kinds: KindCount[]; unplaced: number } {
  const counts = new Map<string, number>(KNOWN_KIND_ORDER.map((k) => [k, 0]));
  let unplaced = 0;
  for (const e of events) {
    counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
    if (!e.position) unplaced++;
  }
  return { kinds: [...counts].map(([kind, count]) => ({ kind, count })), unplaced };
}

const SEVERITIES = [1, 2, 3, 4, 5] as const;

/**
 * Kind colours with live counts, the severity size scale and the halo rule: the map's whole visual code.
 * Folds to one line (what is on the map, and the button to unfold) so it does not hide a small screen's map.
 */
export function Legend() {
  const t = useT(translations);
  const vocabulary = useVocabulary();
  const intl = useIntl();
  const events = useLive((s) => s.events);
  const { kinds, unplaced } = useMemo(() => countByKind(events), [events]);
  const [expanded, setExpanded] = useLegendFold();
  const fold = (
    <button
      type="button"
      className="legend__fold"
      aria-expanded={expanded}
      aria-controls="map-legend-body"
      data-testid="legend-fold"
      onClick={() => setExpanded(!expanded)}
      title={expanded ? t('fold') : t('unfold')}
    >
      <span className="legend__caption">{t('legend')}</span>
      <span className="legend__chevron" aria-hidden="true">
        {expanded ? '▾' : '▸'}
      </span>
    </button>
  );
  if (!expanded) {
    return (
      <aside className="legend legend--folded" aria-label={t('mapLegend')} data-testid="map-legend">
        {fold}
        <FoldedSummary events={events.length} />
      </aside>
    );
  }
  return (
    <aside className="legend" aria-label={t('mapLegend')} data-testid="map-legend">
      <div className="legend__head">{fold}</div>
      <div id="map-legend-body">
        <VesselLegend />
        <span className="legend__caption legend__events-caption">{t('events')}</span>
        <ul className="legend__kinds">
          {kinds.map(({ kind, count }) => (
            <li key={kind} className="legend__kind" data-empty={count === 0}>
              <span className="legend__dot" style={{ background: kindColor(kind) }} />
              <span className="legend__label">{vocabulary.kind(kind)}</span>
              <span className="legend__count tabular">{intl.formatNumber(count)}</span>
            </li>
          ))}
        </ul>
        <div className="legend__severity">
          <span className="legend__caption">{vocabulary.t('severity')}</span>
          <span className="legend__sizes">
            {SEVERITIES.map((sev) => (
              <span key={sev} className="legend__size">
                <span
                  className="legend__circle"
                  data-halo={sev >= 4}
                  style={{ width: `${0.4 + sev * 0.22}rem`, height: `${0.4 + sev * 0.22}rem` }}
                />
                <span className="tabular">{sev}</span>
              </span>
            ))}
          </span>
        </div>
        <div className="legend__note">
          {t('note')}
          {unplaced > 0 && <> · {t('unplaced', { count: unplaced })}</>}
        </div>
      </div>
    </aside>
  );
}

/** The folded legend's one line: how many events and vessels the map holds. */
function FoldedSummary({ events }: { events: number }) {
  const t = useT(translations);
  const vessels = useVesselSummary();
  return (
    <span className="legend__folded-summary tabular">
      {t('foldedEvents', { count: events })} ·{' '}
      {vessels.visible ? t('foldedVessels', { count: vessels.total }) : t('vesselsHidden')}
    </span>
  );
}
