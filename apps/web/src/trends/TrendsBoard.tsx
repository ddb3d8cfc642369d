import { useEffect, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import type { IntelEvent, TrendBucket, TrendDimension } from '@tidewatch/contracts';
import { navigate } from '../routing/useRoute.ts';
import { drillStore } from './drillStore.ts';
import { useDrill } from './useDrill.ts';
import { fetchByGroup, fetchCompare, fetchOverTime, filterParams, type DrillTarget, type TrendFilters } from './api.ts';
import { defaultFilters, describeRange, type PresetId } from './filters.ts';
import { useTrendQuery } from './useTrendQuery.ts';
import { OverTimeChart } from './OverTimeChart.tsx';
import { CompareCards } from './CompareCards.tsx';
import { GroupList } from './GroupList.tsx';
import { DrillDown } from './DrillDown.tsx';
import { TrendFiltersBar } from './TrendFiltersBar.tsx';
import { bucketTarget, groupTarget } from './drillTargets.ts';
import { useT } from '../i18n/index.ts';
import { translations } from './translations.ts';
import { browserZone } from './useOperationsZone.ts';

interface Props {
  operationsZone: string;
  onOpenEvent: (event: IntelEvent) => void;
}

const DIMENSIONS: readonly TrendDimension[] = ['agency', 'place', 'route'];

/** The trend charts and lists; a click drills into the seizures behind a bar, shown here, in the feed and on the map. */
export function TrendsBoard({ operationsZone, onOpenEvent }: Props) {
  const t = useT(translations);
  const intl = useIntl();
  const drill = useDrill();
  // Coming back while a drill-down is shown reopens the question it came from.
  const [asked] = useState(() => drillStore.getSnapshot().question);
  const [filters, setFilters] = useState<TrendFilters>(() => asked?.filters ?? defaultFilters(operationsZone));
  const [preset, setPreset] = useState<PresetId>(asked?.preset ?? '30d');
  const [bucket, setBucket] = useState<TrendBucket>(asked?.bucket ?? 'day');
  const [knownAgencies, setKnownAgencies] = useState<string[]>([]);
  const target = drill.target;

  const key = filterParams(filters).toString();
  const overTime = useTrendQuery(['over-time', key, bucket], (signal) => fetchOverTime(filters, bucket, signal));
  const compare = useTrendQuery(['compare', key], (signal) => fetchCompare(filters, signal));
  const byAgency = useTrendQuery(['by-group', 'agency', key], (signal) => fetchByGroup(filters, 'agency', signal));
  const byPlace = useTrendQuery(['by-group', 'place', key], (signal) => fetchByGroup(filters, 'place', signal));
  const byRoute = useTrendQuery(['by-group', 'route', key], (signal) => fetchByGroup(filters, 'route', signal));
  const groups = { agency: byAgency, place: byPlace, route: byRoute };

  // The agency choices: every agency that has shown up in the results so far, plus the chosen ones.
  useEffect(() => {
    const rows = byAgency.data?.rows;
    if (!rows) return;
    setKnownAgencies((known) => {
      const next = new Set([...known, ...rows.map((r) => r.key)]);
      return next.size === known.length ? known : [...next].sort();
    });
  }, [byAgency.data]);

  // A new question closes the old answer's drill-down (it may no longer exist); opening on it does not.
  const question = `${key}&bucket=${bucket}`;
  const lastQuestion = useRef(question);
  useEffect(() => {
    if (lastQuestion.current === question) return;
    lastQuestion.current = question;
    drillStore.clear();
  }, [question]);

  const drillInto = (t: DrillTarget): void => drillStore.select({ filters, bucket, preset }, t);

  const total = overTime.data?.total;
  const error = overTime.error ?? compare.error;
  const zoneNote = filters.tz === operationsZone ? t('operationsZone', { zone: filters.tz }) : filters.tz;

  return (
    <div className="trends" data-testid="trends-screen">
      <header className="trends__header">
        <div>
          <h2 className="trends__title">{t('title')}</h2>
          <p className="trends-muted">
            {describeRange(filters.from, filters.to, filters.tz, intl)}
            {total !== undefined && <span className="tabular"> · {t('seizures', { count: total })}</span>}
            {filters.bbox !== '' && <span> · {t('areaBbox', { bbox: filters.bbox })}</span>}
            {filters.area !== null && <span> · {t('drawnArea')}</span>}
            {(overTime.loading || compare.loading) && <span> · {t('updating')}</span>}
          </p>
        </div>
        <button type="button" className="btn" onClick={() => navigate('#/')}>
          {t('livePicture')}
        </button>
      </header>

      <TrendFiltersBar
        filters={filters}
        onChange={setFilters}
        preset={preset}
        onPreset={(p) => {
          setPreset(p);
          // A sensible column count for the span: days for a month, weeks for a quarter, months for a year.
          if (p === '7d' || p === '30d') setBucket('day');
          else if (p === '90d') setBucket('week');
          else if (p === '365d') setBucket('month');
        }}
        bucket={bucket}
        onBucket={setBucket}
        agencies={[...new Set([...knownAgencies, ...filters.agencies])].sort()}
        zones={[...new Set([operationsZone, 'UTC', browserZone(), filters.tz])]}
      />
      {error !== null && (
        <p className="trends-error" role="alert">
          {error}
        </p>
      )}

      <div className={`trends__body${target ? ' trends__body--drill' : ''}`}>
        <div className="trends__main">
          {compare.data && <CompareCards compare={compare.data} />}
          <section className="trends__chart-panel" aria-label={t('chartAria')}>
            <h3 className="trends-group__title">
              {t('chartTitle', { bucket })}{' '}
              <span className="trends-muted trends__hint" data-testid="trends-zone-note">
                {t('zoneNote', { bucket, zone: zoneNote })}
              </span>
            </h3>
            {overTime.data && overTime.data.total === 0 && <p className="trends-muted">{t('noSeizuresInPeriod')}</p>}
            <OverTimeChart
              points={overTime.data?.points ?? []}
              bucket={bucket}
              selectedStart={target?.kind === 'bucket' ? target.bucketStart : null}
              selectedCommodity={target?.kind === 'bucket' ? target.commodity : null}
              onSelect={(point, commodity) => drillInto(bucketTarget(point, bucket, commodity))}
            />
          </section>
          <div className="trends__groups">
            {DIMENSIONS.map((d) => (
              <GroupList
                key={d}
                dimension={d}
                group={groups[d].data}
                error={groups[d].error}
                selectedKey={target?.kind === 'group' && target.dimension === d ? target.key : null}
                onSelect={(dimension, groupKey, n) => drillInto(groupTarget(dimension, groupKey, n))}
              />
            ))}
          </div>
        </div>
        {target && (
          <DrillDown
            onOpen={(event) => {
              onOpenEvent(event);
              navigate('#/');
            }}
          />
        )}
      </div>
    </div>
  );
}
