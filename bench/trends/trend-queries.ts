import type { Db, SeizureTrendFilter } from '@tidewatch/db';
import { createSeizureTrendRepository } from '@tidewatch/db';
import { bucketSlots, localDateOf, type BucketUnit } from '@tidewatch/domain';

/** The trend queries the dashboard makes, each as the repository runs it (the same SQL the API runs). */
export interface TrendCase {
  name: string;
  run(): Promise<unknown>;
}

const NOW = Date.parse('2026-12-31T00:00:00Z');
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();
// CBP with the JCA-CBP agreement: it reads CLEAR/GREEN, AMBER to CBP or the group, RED to CBP.
const viewer = { agency: 'CBP', groups: ['jca-cbp-cmaa'] };
const TZ = 'America/Jamaica';
const JAMAICA: [number, number][] = [
  [-78.5, 17.6],
  [-76.1, 17.6],
  [-76.1, 18.6],
  [-78.5, 18.6],
  [-78.5, 17.6],
];

/** The bucket starts the service computes for a filter (see seizures-over-time.ts). */
function starts(filter: SeizureTrendFilter, unit: BucketUnit): string[] {
  const last = new Date(new Date(filter.to).getTime() - 1);
  return bucketSlots(localDateOf(new Date(filter.from), TZ), localDateOf(last, TZ), unit, TZ).map((s) => s.startsAt);
}

export function trendCases(db: Db): TrendCase[] {
  const repo = createSeizureTrendRepository(db);
  const overTime = (filter: SeizureTrendFilter, unit: BucketUnit) => repo.overTime(filter, starts(filter, unit));
  const last = (days: number): SeizureTrendFilter => ({ from: iso(NOW - days * DAY), to: iso(NOW), viewer });
  return [
    { name: 'over-time day, 90 days', run: () => overTime(last(90), 'day') },
    { name: 'over-time week, 1 year', run: () => overTime(last(365), 'week') },
    { name: 'over-time month, 3 years (all)', run: () => overTime(last(3 * 365), 'month') },
    {
      name: 'over-time day, 1 year, commodity=cocaine',
      run: () => overTime({ ...last(365), commodities: ['cocaine'] }, 'day'),
    },
    {
      name: 'over-time week, 1 year, agency=JCA,JCF',
      run: () => overTime({ ...last(365), agencies: ['JCA', 'JCF'] }, 'week'),
    },
    {
      name: 'over-time week, 1 year, area=Jamaica polygon',
      run: () => overTime({ ...last(365), area: [[JAMAICA]] }, 'week'),
    },
    { name: 'by-agency, 1 year', run: () => repo.byGroup(last(365), 'agency') },
    { name: 'by-place, 1 year', run: () => repo.byGroup(last(365), 'place') },
    { name: 'by-route, 1 year', run: () => repo.byGroup(last(365), 'route') },
    {
      name: 'compare 90 days vs previous vs last year',
      run: () =>
        repo.comparePeriods(last(90), iso(NOW - 180 * DAY), iso(NOW - 90 * DAY - 365 * DAY), iso(NOW - 365 * DAY)),
    },
    {
      name: 'drill-down one day bucket (page of 100)',
      run: () => repo.drillDown(last(365), { bucket: { unit: 'day', start: '2026-06-15', tz: TZ } }, 101),
    },
  ];
}
