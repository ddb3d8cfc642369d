import { useIntl } from 'react-intl';
import { COMMODITIES, type SeizuresByGroup, type TrendDimension } from '@tidewatch/contracts';
import { useT } from '../i18n/index.ts';
import { COMMODITY_STYLE, useCommodityLabel } from './commodities.ts';
import { translations } from './translations.ts';

interface Props {
  dimension: TrendDimension;
  group: SeizuresByGroup | null;
  error: string | null;
  selectedKey: string | null;
  onSelect: (dimension: TrendDimension, key: string, total: number) => void;
}

/**
 * A ranked bar list (agency, place or route); each row is a stacked bar by commodity and drills down on click.
 * Keys are the data's own words (agency codes, port names, "origin → destination" routes) and stay as they are.
 */
export function GroupList({ dimension, group, error, selectedKey, onSelect }: Props) {
  const t = useT(translations);
  const intl = useIntl();
  const commodityLabel = useCommodityLabel();
  const title = t('dimension', { dimension });
  const max = Math.max(1, ...(group?.rows.map((r) => r.total) ?? [1]));
  return (
    <section className="trends-group" aria-label={title}>
      <h3 className="trends-group__title">{title}</h3>
      {error !== null && <p className="trends-error">{error}</p>}
      {group !== null && group.rows.length === 0 && <p className="trends-muted">{t('noSeizures')}</p>}
      <ol className="trends-group__rows">
        {group?.rows.map((row) => (
          <li key={row.key}>
            <button
              type="button"
              className="trends-row"
              aria-pressed={selectedKey === row.key}
              onClick={() => onSelect(dimension, row.key, row.total)}
              data-testid={`trends-row-${dimension}`}
              title={t('rowTitle', { key: row.key, count: row.total })}
            >
              <span className="trends-row__key">{row.key}</span>
              <span className="trends-row__total tabular">{intl.formatNumber(row.total)}</span>
              <span className="trends-row__bar" aria-hidden="true" style={{ width: `${(row.total / max) * 100}%` }}>
                {COMMODITIES.map((c) =>
                  row.counts[c] > 0 ? (
                    <span
                      key={c}
                      style={{ flexGrow: row.counts[c], background: COMMODITY_STYLE[c].color }}
                      title={t('segmentTitle', { commodity: commodityLabel(c), count: row.counts[c] })}
                    />
                  ) : null,
                )}
              </span>
            </button>
          </li>
        ))}
      </ol>
      {group !== null && group.otherTotal > 0 && (
        <p className="trends-muted tabular">{t('otherGroups', { count: group.otherTotal, dimension })}</p>
      )}
    </section>
  );
}
