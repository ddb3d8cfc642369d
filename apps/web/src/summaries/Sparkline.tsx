import { Line, LineChart, ResponsiveContainer, YAxis } from 'recharts';
import type { Sparkline as SparklineData } from '@tidewatch/contracts';
import { useIntl } from 'react-intl';
import { useT } from '../i18n/index.ts';
import { translations } from './translations.ts';

// The server stores each line's English label; the screen names it by its stable key.
const LINE_LABELS = {
  seizures: 'figureSeizures',
  interdictions: 'figureInterdictions',
  watchlistHits: 'figureWatchlistHits',
  vesselsGoneDark: 'figureVesselsGoneDark',
  highRiskConsignments: 'figureHighRiskConsignments',
} as const;

function isKnownLine(key: string): key is keyof typeof LINE_LABELS {
  return Object.hasOwn(LINE_LABELS, key);
}

/** A small 30-day trend line with its last value; the last point is the summary's day. */
export function Sparkline({ line, color }: { line: SparklineData; color: string }) {
  const t = useT(translations);
  const intl = useIntl();
  const data = line.values.map((v, i) => ({ i, v }));
  const last = line.values.at(-1) ?? 0;
  const max = Math.max(...line.values, 0);
  return (
    <div className="summary-spark" data-testid="summary-sparkline">
      <div className="summary-spark__head">
        <span className="summary-spark__label">{isKnownLine(line.key) ? t(LINE_LABELS[line.key]) : line.label}</span>
        <span className="summary-spark__value tabular">{intl.formatNumber(last)}</span>
      </div>
      <div className="summary-spark__chart">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={data} margin={{ top: 3, right: 3, bottom: 3, left: 3 }}>
            <YAxis hide domain={[0, Math.max(1, max)]} />
            <Line type="monotone" dataKey="v" stroke={color} strokeWidth={2} dot={false} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <div className="summary-spark__foot">{t('sparkFoot', { max })}</div>
    </div>
  );
}
