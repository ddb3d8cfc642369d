/**
 * AIS ETA has month, day, hour and minute but no year. Read it as the first such moment from a month before
 * the report onwards, so an ETA of "12-31" sent on 2 January means the past New Year's Eve only if it is
 * within that month; otherwise the coming one.
 */
export function etaFromParts(
  month: number | null,
  day: number | null,
  hour: number | null,
  minute: number | null,
  reportedAtMs: number,
): number | null {
  if (month === null || day === null || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const h = hour === null || hour > 23 ? 0 : hour;
  const m = minute === null || minute > 59 ? 0 : minute;
  const year = new Date(reportedAtMs).getUTCFullYear();
  const earliest = reportedAtMs - 31 * 86_400_000;
  for (const y of [year - 1, year, year + 1]) {
    const t: number = Date.UTC(y, month - 1, day, h, m);
    // Date.UTC rolls 31 April into May; such an ETA is not a date.
    if (new Date(t).getUTCDate() !== day) return null;
    if (t >= earliest) return t;
  }
  return null;
}
