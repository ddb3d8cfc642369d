import type { IntelEvent } from '@tidewatch/contracts';
import { useLocale, useT } from '../i18n/index.ts';
import { navigate } from '../routing/useRoute.ts';
import { drillStore } from './drillStore.ts';
import { useDrill } from './useDrill.ts';
import { TlpBadge } from '../theme/TlpBadge.tsx';
import { SeverityMeter } from '../theme/SeverityMeter.tsx';
import { formatPositionShort, formatUtc } from '../theme/format.ts';
import { COMMODITY_STYLE, formatUsd, useCommodityLabel } from './commodities.ts';
import { describeCount } from './drillTargets.ts';
import { translations } from './translations.ts';

interface Props {
  /** Opens the event in the live picture (detail panel, map flies to it). */
  onOpen: (event: IntelEvent) => void;
}

/** The seizures behind one bar or row (the drill-down set the feed and the map also show), newest first. */
export function DrillDown({ onOpen }: Props) {
  const { target, items, nextCursor, loading, error } = useDrill();
  const t = useT(translations);
  const locale = useLocale();
  const commodityLabel = useCommodityLabel();
  if (target === null) return null;
  // "12 kg · $1.2M": the unit is the reporting agency's own (kg, rounds, USD) and stays as written.
  const quantity = (event: IntelEvent): string => {
    const s = event.seizure;
    if (!s) return '';
    const q = t('quantity', { quantity: s.quantity, unit: s.unit });
    return s.estimatedValueUsd === undefined ? q : `${q} · ${formatUsd(s.estimatedValueUsd, locale)}`;
  };
  const loaded = !loading || items.length > 0;

  return (
    <section className="trends-drill" data-testid="trends-drilldown" aria-label={t('drillAria')}>
      <header className="trends-drill__head">
        <div>
          <h3 className="trends-drill__title">{target.label}</h3>
          <p className="trends-muted tabular">
            {loaded ? describeCount(items.length, target.total, nextCursor !== null) : t('loading')}
          </p>
        </div>
        <button type="button" className="btn" onClick={() => drillStore.clear()} aria-label={t('closeDrill')}>
          ✕
        </button>
      </header>
      {loaded && items.length > 0 && (
        <button
          type="button"
          className="btn btn--primary trends-drill__show"
          onClick={() => navigate('#/')}
          data-testid="trends-drill-show"
        >
          {t('showInFeed')}
        </button>
      )}
      {error !== null && <p className="trends-error">{error}</p>}
      <ul className="trends-drill__list">
        {items.map((event) => (
          <li key={event.id}>
            <button
              type="button"
              className="trends-drill__item"
              onClick={() => onOpen(event)}
              data-testid="trends-drill-item"
              title={t('openInLive')}
            >
              <span className="trends-drill__line">
                {event.seizure && (
                  <span
                    className="trends-drill__commodity"
                    style={{ color: COMMODITY_STYLE[event.seizure.commodity].color }}
                  >
                    {commodityLabel(event.seizure.commodity)}
                  </span>
                )}
                <TlpBadge tlp={event.releasability.tlp} />
                <SeverityMeter severity={event.severity} />
              </span>
              <span className="trends-drill__name">{event.title}</span>
              <span className="trends-drill__meta">
                {event.place ??
                  (event.position ? formatPositionShort(event.position.lat, event.position.lon) : t('noPosition'))}{' '}
                · {event.ownerAgency}
              </span>
              <span className="trends-drill__meta tabular">
                {formatUtc(event.occurredAt)}
                {event.seizure ? ` · ${quantity(event)}` : ''}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {nextCursor !== null && (
        <button type="button" className="btn trends-drill__more" onClick={() => drillStore.more()} disabled={loading}>
          {loading ? t('loading') : t('showMore')}
        </button>
      )}
    </section>
  );
}
