import { navigate } from '../routing/useRoute.ts';
import { describeCount } from '../trends/index.ts';
import { drillStore } from '../trends/index.ts';
import { useDrill } from '../trends/index.ts';
import { useT } from '../i18n/index.ts';
import { translations } from './translations.ts';
import './drill.css';

/** Says the feed and the map show a trend's drill-down set, not the live stream, and ends it. */
export function DrillBanner() {
  const t = useT(translations);
  const { target, items, nextCursor, loading, error } = useDrill();
  if (target === null) return null;
  const count =
    loading && items.length === 0 ? t('loading') : describeCount(items.length, target.total, nextCursor !== null);
  return (
    <div className="drill-banner" role="status" data-testid="drill-banner">
      <button type="button" className="drill-banner__text" onClick={() => navigate('#/trends')} title={t('back')}>
        <span className="drill-banner__kicker">{t('kicker')}</span>
        <span className="drill-banner__label">{target.label}</span>
        <span className="drill-banner__count tabular">{error ?? count}</span>
      </button>
      <button
        type="button"
        className="drill-banner__close"
        onClick={() => drillStore.clear()}
        aria-label={t('end')}
        data-testid="drill-banner-close"
      >
        {t('endMark')}
      </button>
    </div>
  );
}
