import { useMemo } from 'react';
import { useLive } from '../live/useLive.ts';
import { useNow } from '../live/useNow.ts';
import { useVesselSummary } from '../vessels/index.ts';
import { useCommodityLabel } from '../trends/index.ts';
import { DEFAULT_CAPACITY } from '../live/store.ts';
import { countToday, figure } from './todayFigures.ts';
import { useLocale, useT } from '../i18n/index.ts';
import { translations } from './translations.ts';

export function KeyFigures() {
  const t = useT(translations);
  const locale = useLocale();
  const commodityLabel = useCommodityLabel();
  const events = useLive((s) => s.events);
  const skewMs = useLive((s) => s.skewMs);
  const now = useNow();
  const serverNow = new Date(now + skewMs);
  const dayStart = Date.UTC(serverNow.getUTCFullYear(), serverNow.getUTCMonth(), serverNow.getUTCDate());
  const figures = useMemo(() => countToday(events, dayStart, DEFAULT_CAPACITY), [events, dayStart]);
  const vessels = useVesselSummary();
  return (
    <section className="wall-figures" aria-label={t('keyFiguresToday')}>
      <h2 className="wall__section-title">
        {t('today')}{' '}
        <span className="wall__section-sub">
          {figures.atLeast ? t('todayAtLeast', { capacity: DEFAULT_CAPACITY }) : t('todayWhole')}
        </span>
      </h2>
      <div className="wall-figures__tiles">
        <div className="wall-figures__tile">
          <span className="wall-figures__value tabular">{figure(figures.seizureTotal, figures.atLeast, locale)}</span>
          <span className="wall-figures__label">{t('seizures')}</span>
        </div>
        <div className="wall-figures__tile" data-tone={figures.alerts > 0 ? 'alert' : undefined}>
          <span className="wall-figures__value tabular">{figure(figures.alerts, figures.atLeast, locale)}</span>
          <span className="wall-figures__label">{t('highSeverity')}</span>
        </div>
        <div className="wall-figures__tile">
          <span className="wall-figures__value tabular">{figure(figures.events, figures.atLeast, locale)}</span>
          <span className="wall-figures__label">{t('events')}</span>
        </div>
        <div className="wall-figures__tile">
          <span className="wall-figures__value tabular">
            {vessels.visible ? figure(vessels.total, false, locale) : '—'}
          </span>
          <span className="wall-figures__label">{t('vesselsOnMap')}</span>
        </div>
      </div>
      <ul className="wall-figures__commodities">
        {figures.seizures.map((s) => (
          <li key={s.commodity} data-empty={s.count === 0}>
            <span className="wall-figures__commodity">{commodityLabel(s.commodity)}</span>
            <span className="wall-figures__amount">{s.count > 0 ? s.amounts : ''}</span>
            <span className="wall-figures__count tabular">{figure(s.count, figures.atLeast, locale)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
