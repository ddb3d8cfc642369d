import type { SummaryChange, SummaryContent } from '@tidewatch/contracts';

/**
 * What changed between two revisions of a day's summary, for the revision note: the day's figures, the
 * notable events (added, removed, re-graded or re-triaged) and their latest annotations. Averages are left
 * out on purpose: they move with late data on other days, which that day's own revision reports.
 */
export function diffSummaries(before: SummaryContent, after: SummaryContent): SummaryChange[] {
  const changes: SummaryChange[] = [];
  const figure = (key: string, label: string, a: number, b: number) => {
    if (a !== b) changes.push({ what: 'figure', key, label, before: a, after: b });
  };
  const h0 = before.headline;
  const h1 = after.headline;
  for (const s of h1.seizures) {
    const old = h0.seizures.find((x) => x.commodity === s.commodity);
    figure(`seizures.${s.commodity}`, `Seizures: ${s.commodity}`, old?.count ?? 0, s.count);
  }
  figure('seizures.total', 'Seizures: total', h0.seizuresTotal.count, h1.seizuresTotal.count);
  figure('interdictions', 'Interdictions', h0.interdictions.count, h1.interdictions.count);
  figure('watchlistHits', 'Watchlist hits', h0.watchlistHits.count, h1.watchlistHits.count);
  figure('vesselsGoneDark', 'Vessels gone dark', h0.vesselsGoneDark.count, h1.vesselsGoneDark.count);
  figure(
    'highRiskConsignments',
    'High-risk consignments',
    h0.highRiskConsignments.count,
    h1.highRiskConsignments.count,
  );
  figure('openHighSeverity', 'Open high-severity items', h0.openHighSeverity, h1.openHighSeverity);
  figure('mapPoints', 'Events on the map', before.mapPoints.length, after.mapPoints.length);

  const old = new Map(before.notable.map((e) => [e.id, e]));
  const now = new Map(after.notable.map((e) => [e.id, e]));
  for (const e of after.notable) {
    const o = old.get(e.id);
    if (!o) {
      changes.push({ what: 'event_added', key: e.id, label: e.title, before: null, after: e.severity });
      continue;
    }
    if (o.severity !== e.severity || o.status !== e.status) {
      changes.push({
        what: 'event_changed',
        key: e.id,
        label: e.title,
        before: `severity ${o.severity}, ${o.status}`,
        after: `severity ${e.severity}, ${e.status}`,
      });
    }
    if ((o.latestAnnotation?.id ?? null) !== (e.latestAnnotation?.id ?? null)) {
      changes.push({
        what: 'annotation',
        key: e.id,
        label: e.title,
        before: o.latestAnnotation?.body ?? null,
        after: e.latestAnnotation?.body ?? null,
      });
    }
  }
  for (const o of before.notable) {
    if (!now.has(o.id))
      changes.push({ what: 'event_removed', key: o.id, label: o.title, before: o.severity, after: null });
  }
  return changes;
}
