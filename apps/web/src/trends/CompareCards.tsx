import type { PeriodFigures, SeizuresComparison } from '@tidewatch/contracts';
import { formatCount, formatPct, formatUsd } from './commodities.ts';
import { describeRange } from './filters.ts';

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
      <div className="trends-card__value tabular">{formatCount(figures.total)}</div>
      <div className="trends-card__sub">
        {describeRange(figures.from, figures.to, tz)}
        {figures.valueUsd > 0 && <span className="tabular"> · {formatUsd(figures.valueUsd)}</span>}
      </div>
      {pct !== undefined && (
        <div className={`trends-card__delta tabular${tone}`}>
          {formatPct(pct)} <span className="trends-card__vs">this period vs. then</span>
        </div>
      )}
    </div>
  );
}

/** This period against the one before and the same period a year earlier. */
export function CompareCards({ compare }: { compare: SeizuresComparison }) {
  return (
    <div className="trends-cards">
      <Card title="This period" figures={compare.current} tz={compare.tz} testId="compare-current" />
      <Card
        title="Previous period"
        figures={compare.previous}
        tz={compare.tz}
        pct={compare.changeVsPreviousPct}
        testId="compare-previous"
      />
      <Card
        title="Same period last year"
        figures={compare.lastYear}
        tz={compare.tz}
        pct={compare.changeVsLastYearPct}
        testId="compare-last-year"
      />
    </div>
  );
}
