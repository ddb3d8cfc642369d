import { useIntl } from 'react-intl';
import type { PeriodFigures, SeizuresComparison } from '@tidewatch/contracts';
import { useLocale, useT } from '../i18n/index.ts';
import { formatPct, formatUsd } from './commodities.ts';
import { describeRange } from './filters.ts';
import { translations } from './translations.ts';

function Card({
  title,
  figures,
  tz,
  pct,
  testId,
}: {
  title: string;
  figures: PeriodFigures;
  tz: string;
  pct?: number | null;
  testId: string;
}) {
  const intl = useIntl();
  const locale = useLocale();
  const t = useT(translations);
  const tone =
    pct === undefined || pct === null
      ? ''
      : pct > 0
        ? ' trends-card__delta--up'
        : pct < 0
          ? ' trends-card__delta--down'
          : '';
  return (
    <div className="trends-card" data-testid={testId}>
      <div className="trends-card__title">{title}</div>
      <div className="trends-card__value tabular">{intl.formatNumber(figures.total)}</div>
      <div className="trends-card__sub">
        {describeRange(figures.from, figures.to, tz, intl)}
        {figures.valueUsd > 0 && <span className="tabular"> · {formatUsd(figures.valueUsd, locale)}</span>}
      </div>
      {pct !== undefined && (
        <div className={`trends-card__delta tabular${tone}`}>
          {pct === null ? t('noChange') : formatPct(pct, intl)}{' '}
          <span className="trends-card__vs">{t('versusThen')}</span>
        </div>
      )}
    </div>
  );
}

/** This period against the one before and the same period a year earlier. */
export function CompareCards({ compare }: { compare: SeizuresComparison }) {
  const t = useT(translations);
  return (
    <div className="trends-cards">
      <Card title={t('thisPeriod')} figures={compare.current} tz={compare.tz} testId="compare-current" />
      <Card
        title={t('previousPeriod')}
        figures={compare.previous}
        tz={compare.tz}
        pct={compare.changeVsPreviousPct}
        testId="compare-previous"
      />
      <Card
        title={t('sameLastYear')}
        figures={compare.lastYear}
        tz={compare.tz}
        pct={compare.changeVsLastYearPct}
        testId="compare-last-year"
      />
    </div>
  );
}
