import { Bar, BarChart, Cell, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useIntl, type IntlShape } from 'react-intl';
import { COMMODITIES, type Commodity, type SeizureTimePoint, type TrendBucket } from '@tidewatch/contracts';
import { COMMODITY_STYLE, useCommodityLabel } from './commodities.ts';
import { SURFACE } from '@tidewatch/contracts/theme-tokens';
import { useT, type Translator } from '../i18n/index.ts';
import { translations } from './translations.ts';

interface Props {
  points: SeizureTimePoint[];
  bucket: TrendBucket;
  selectedStart: string | null;
  /** The drilled segment's commodity, or null when the whole column is drilled. */
  selectedCommodity: Commodity | null;
  /** A column (commodity null) or one commodity's segment of it was clicked. */
  onSelect: (point: SeizureTimePoint, commodity: Commodity | null) => void;
}

/**
 * The count axis: whole-number ticks at a round step (1, 2, 2.5 or 5 times a power of ten), about four of
 * them, and a top strictly above the tallest column, so that it never meets the edge and reads as cut off.
 */
export function countAxis(tallest: number): { top: number; ticks: number[] } {
  const rough = Math.max(tallest, 1) / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step =
    [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= rough && Number.isInteger(s)) ?? Math.ceil(rough);
  const top = (Math.floor(tallest / step) + 1) * step;
  return { top, ticks: Array.from({ length: top / step + 1 }, (_, i) => i * step) };
}

type TrendWord = keyof typeof translations.messages.en;

/**
 * "12 Nov" / "w/c 12 Nov" / "Nov 2026" in English, "12 nov" / "sem. 12 nov" / "nov 2026" in Spanish: the
 * bucket's local start date, read as a calendar date (formatted in UTC so no zone moves it to another day).
 */
export function bucketLabel(
  bucketStart: string,
  bucket: TrendBucket,
  intl: Pick<IntlShape, 'formatDate'>,
  t: Translator<TrendWord>,
): string {
  const date = new Date(`${bucketStart}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return bucketStart;
  if (bucket === 'month') return intl.formatDate(date, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const day = intl.formatDate(date, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  return bucket === 'week' ? t('weekStarting', { date: day }) : day;
}

/** Seizures per bucket stacked by commodity; clicking a segment drills into that commodity, elsewhere in a column into the column. */
export function OverTimeChart({ points, bucket, selectedStart, selectedCommodity, onSelect }: Props) {
  const intl = useIntl();
  const t = useT(translations);
  const commodityLabel = useCommodityLabel();
  const data = points.map((p) => ({
    ...p.counts,
    bucketStart: p.bucketStart,
    total: p.total,
    label: bucketLabel(p.bucketStart, bucket, intl, t),
  }));
  const formatCount = (value: unknown): string => intl.formatNumber(Number(value ?? 0));
  const axis = countAxis(Math.max(0, ...points.map((p) => p.total)));
  const pick = (index: unknown, commodity: Commodity | null): void => {
    const i = typeof index === 'number' ? index : Number(index);
    const point = Number.isInteger(i) ? points[i] : undefined;
    if (point && (commodity === null ? point.total : point.counts[commodity]) > 0) onSelect(point, commodity);
  };
  const lit = (bucketStart: string, c: Commodity): boolean =>
    selectedStart === null ||
    (selectedStart === bucketStart && (selectedCommodity === null || selectedCommodity === c));
  return (
    <div className="trends-chart" data-testid="trends-chart">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          data={data}
          margin={{ top: 8, right: 16, bottom: 4, left: 0 }}
          onClick={(state) => pick(state.activeTooltipIndex, null)}
          style={{ cursor: 'pointer' }}
        >
          <CartesianGrid stroke={SURFACE.line} vertical={false} />
          <XAxis
            dataKey="label"
            stroke={SURFACE.textMuted}
            tick={{ fill: SURFACE.textMuted, fontSize: '0.85rem' }}
            tickLine={false}
            minTickGap={16}
          />
          <YAxis
            stroke={SURFACE.textMuted}
            tick={{ fill: SURFACE.textMuted, fontSize: '0.85rem' }}
            width={48}
            tickLine={false}
            domain={[0, axis.top]}
            ticks={axis.ticks}
            tickFormatter={formatCount}
          />
          <Tooltip
            cursor={{ fill: 'rgba(56, 189, 248, 0.12)' }}
            contentStyle={{
              background: SURFACE.panelRaised,
              border: `1px solid ${SURFACE.lineStrong}`,
              borderRadius: 6,
              color: SURFACE.text,
              fontSize: '0.95rem',
            }}
            labelStyle={{ color: SURFACE.text, fontWeight: 700 }}
            itemStyle={{ padding: 0 }}
            itemSorter={(item) => -Number(item.value ?? 0)}
            formatter={(value) => formatCount(value)}
            separator={t('tooltipSeparator')}
          />
          <Legend wrapperStyle={{ color: SURFACE.text, fontSize: '0.95rem', paddingTop: 6 }} iconType="square" />
          {COMMODITIES.map((c) => (
            <Bar
              key={c}
              dataKey={c}
              name={commodityLabel(c)}
              stackId="seizures"
              fill={COMMODITY_STYLE[c].color}
              isAnimationActive={false}
              onClick={(_item, index, event) => {
                // The segment wins over the column click the chart would also see.
                event.stopPropagation();
                pick(index, c);
              }}
            >
              {data.map((d) => (
                <Cell
                  key={d.bucketStart}
                  fillOpacity={lit(d.bucketStart, c) ? 1 : 0.35}
                  data-testid="trends-bar"
                  data-bucket={d.bucketStart}
                  data-commodity={c}
                />
              ))}
            </Bar>
          ))}
        </BarChart>
      </ResponsiveContainer>
      {selectedStart !== null && (
        <span className="visually-hidden">
          {selectedCommodity === null
            ? t('selectedBucket', { date: selectedStart })
            : t('selectedSegment', { date: selectedStart, commodity: commodityLabel(selectedCommodity) })}
        </span>
      )}
    </div>
  );
}
