import type { SummaryContent } from '@tidewatch/contracts';
import type { ViewerScope } from '@tidewatch/db';
import { composeSummary, SPARKLINE_DAYS, type SummaryPeriod } from '@tidewatch/domain';
import type { SummarySettings, SummaryStores } from './summary-context.ts';

/** Reads the facts of one period for one agency viewpoint (REL-8: every read is scoped to it) and composes them. */
export async function computeSummaryContent(
  stores: SummaryStores,
  settings: SummarySettings,
  viewer: ViewerScope,
  period: SummaryPeriod,
): Promise<SummaryContent> {
  const start = period.start.toISOString();
  const end = period.end.toISOString();
  // Sequential on purpose: a generation may run on one locked connection, which takes one query at a time.
  const daily = await stores.facts.dailyCounts(viewer, end, SPARKLINE_DAYS + 1);
  const openHighSeverity = await stores.facts.openHighSeverity(viewer, end);
  const periodRestricted = await stores.facts.restrictedInPeriod(viewer, start, end);
  const strictestTlp = await stores.facts.strictestTlp(viewer, start, end);
  const notable = await stores.facts.notable(viewer, start, end, settings.notableLimit);
  const annotations = await stores.facts.latestAnnotations(
    viewer,
    notable.map((e) => e.id),
  );
  const mapPoints = await stores.facts.mapPoints(viewer, start, end, settings.mapLimit);
  return composeSummary({
    daily,
    openHighSeverity,
    periodRestricted,
    strictestTlp,
    notable,
    annotations,
    mapPoints,
    mapLimit: settings.mapLimit,
  });
}
