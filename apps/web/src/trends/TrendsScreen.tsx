import { useEffect, useState } from 'react';
import type { IntelEvent, SeizureTimePoint, TrendBucket, TrendDimension } from '@tidewatch/contracts';
import { navigate } from '../app/useRoute.ts';
import { fetchByGroup, fetchCompare, fetchOverTime, filterParams, type DrillTarget, type TrendFilters } from './api.ts';
import { formatCount } from './commodities.ts';
import { defaultFilters, describeRange, type PresetId } from './filters.ts';
import { useTrendQuery } from './useTrendQuery.ts';
import { OverTimeChart, bucketLabel } from './OverTimeChart.tsx';
import { CompareCards } from './CompareCards.tsx';
import { GroupList } from './GroupList.tsx';
import { DrillDown } from './DrillDown.tsx';
import { TrendFiltersBar } from './TrendFiltersBar.tsx';
import './trends.css';

interface Props {
  /** Opens a seizure in the live picture: detail panel, and the map flies to it. */
  onOpenEvent: (event: IntelEvent) => void;
}

const DIMENSION_TITLE: Record<TrendDimension, string> = { agency: 'By agency', place: 'By port or area', route: 'By route' };

/** Seizure trends (issue 6 §1): over time by commodity, by agency/place/route, against earlier periods. */
export function TrendsScreen({ onOpenEvent }: Props) {
  const [filters, setFilters] = useState<TrendFilters>(defaultFilters);
  const [preset, setPreset] = useState<PresetId>('30d');
  const [bucket, setBucket] = useState<TrendBucket>('day');
  const [target, setTarget] = useState<DrillTarget | null>(null);
  const [knownAgencies, setKnownAgencies] = useState<string[]>([]);

  const key = filterParams(filters).toString();
  const overTime = useTrendQuery(`${key}&bucket=${bucket}`, (signal) => fetchOverTime(filters, bucket, signal));
  const compare = useTrendQuery(key, (signal) => fetchCompare(filters, signal));
  const byAgency = useTrendQuery(key, (signal) => fetchByGroup(filters, 'agency', signal));
  const byPlace = useTrendQuery(key, (signal) => fetchByGroup(filters, 'place', signal));
  const byRoute = useTrendQuery(key, (signal) => fetchByGroup(filters, 'route', signal));

  // The agency choices: every agency that has shown up in the results so far, plus the chosen ones.
  useEffect(() => {
    const rows = byAgency.data?.rows;
    if (!rows) return;
    setKnownAgencies((known) => {
      const next = new Set([...known, ...rows.map((r) => r.key)]);
      return next.size === known.length ? known : [...next].sort();
    });
  }, [byAgency.data]);

  // A new question closes the old answer's drill-down (it may no longer exist).
  useEffect(() => setTarget(null), [key, bucket]);

  const selectPoint = (point: SeizureTimePoint): void =>
    setTarget({ kind: 'bucket', bucket, bucketStart: point.bucketStart, label: `${bucketLabel(point.bucketStart, bucket)}${bucket === 'month' ? '' : ` ${point.bucketStart.slice(0, 4)}`}` });
  const selectGroup = (dimension: TrendDimension, groupKey: string): void =>
    setTarget({ kind: 'group', dimension, key: groupKey, label: `${DIMENSION_TITLE[dimension].replace('By ', '')}: ${groupKey}` });

  const total = overTime.data?.total;
  const error = overTime.error ?? compare.error;

  return (
    <div className="trends" data-testid="trends-screen">
      <header className="trends__header">
        <div>
          <h2 className="trends__title">Seizure trends</h2>
          <p className="trends-muted">
            {describeRange(filters.from, filters.to)}
            {total !== undefined && <span className="tabular"> · {formatCount(total)} seizures</span>}
            {filters.bbox !== '' && <span> · area {filters.bbox}</span>}
            {(overTime.loading || compare.loading) && <span> · updating…</span>}
          </p>
        </div>
        <button type="button" className="btn" onClick={() => navigate('#/')}>
          ← Live picture
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
      />
      {error !== null && <p className="trends-error" role="alert">{error}</p>}

      <div className={`trends__body${target ? ' trends__body--drill' : ''}`}>
        <div className="trends__main">
          {compare.data && <CompareCards compare={compare.data} />}
          <section className="trends__chart-panel" aria-label="Seizures over time by commodity">
            <h3 className="trends-group__title">
              Seizures per {bucket} by commodity <span className="trends-muted trends__hint">click a column to list its seizures</span>
            </h3>
            {overTime.data && overTime.data.total === 0 && <p className="trends-muted">No seizures in this period with these filters.</p>}
            <OverTimeChart
              points={overTime.data?.points ?? []}
              bucket={bucket}
              selectedStart={target?.kind === 'bucket' ? target.bucketStart : null}
              onSelect={selectPoint}
            />
          </section>
          <div className="trends__groups">
            <GroupList title={DIMENSION_TITLE.agency} dimension="agency" group={byAgency.data} error={byAgency.error} selectedKey={target?.kind === 'group' && target.dimension === 'agency' ? target.key : null} onSelect={selectGroup} />
            <GroupList title={DIMENSION_TITLE.place} dimension="place" group={byPlace.data} error={byPlace.error} selectedKey={target?.kind === 'group' && target.dimension === 'place' ? target.key : null} onSelect={selectGroup} />
            <GroupList title={DIMENSION_TITLE.route} dimension="route" group={byRoute.data} error={byRoute.error} selectedKey={target?.kind === 'group' && target.dimension === 'route' ? target.key : null} onSelect={selectGroup} />
          </div>
        </div>
        {target && (
          <DrillDown
            filters={filters}
            target={target}
            onClose={() => setTarget(null)}
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
