import type { DailySummary, SummaryReason } from '@tidewatch/contracts';
import type { DailySummaryRow, SummaryAcknowledgementRow } from '@tidewatch/db';

const iso = (value: string) => new Date(value).toISOString();

export function toDailySummary(
  row: DailySummaryRow,
  latestRevision: number,
  acks: readonly SummaryAcknowledgementRow[],
  revisionsById: ReadonlyMap<string, number>,
): DailySummary {
  return {
    id: row.id,
    agency: row.agency,
    date: row.summaryDate,
    revision: row.revision,
    latestRevision,
    periodStart: iso(row.periodStart),
    periodEnd: iso(row.periodEnd),
    timeZone: row.timeZone,
    generatedAt: iso(row.generatedAt),
    generatedBy: row.generatedBy,
    reason: row.reason as SummaryReason,
    changes: row.changes,
    acknowledgements: acks.map((a) => ({
      revision: revisionsById.get(a.summaryId) ?? row.revision,
      userId: a.userId,
      userName: a.userName,
      acknowledgedAt: iso(a.acknowledgedAt),
    })),
    content: row.content,
  };
}
