const DAY_MS = 86_400_000;

/**
 * Places an AIS partial time (no year; no month either for met-hydro times) at the moment closest to when
 * it was received: the same, previous or next month / year. Parts that are "not available" (day 0, hour
 * 24, minute 60, month 0 when a month is expected) give the receive time.
 */
export function placePartialTime(
  parts: { month: number | null; day: number; hour: number; minute: number },
  receivedAtMs: number,
): number {
  const { month, day, hour, minute } = parts;
  if (day < 1 || day > 31 || hour > 23 || minute > 59 || (month !== null && (month < 1 || month > 12))) {
    return receivedAtMs;
  }
  const received = new Date(receivedAtMs);
  const year = received.getUTCFullYear();
  const candidates: number[] = [];
  if (month === null) {
    const m = received.getUTCMonth();
    for (const dm of [-1, 0, 1]) candidates.push(Date.UTC(year, m + dm, day, hour, minute));
  } else {
    for (const dy of [-1, 0, 1]) candidates.push(Date.UTC(year + dy, month - 1, day, hour, minute));
  }
  let best = receivedAtMs;
  let bestGap = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const gap = Math.abs(c - receivedAtMs);
    if (gap < bestGap) {
      best = c;
      bestGap = gap;
    }
  }
  // A time more than a day off is a bad clock or a bad field: trust the receiver instead.
  return month === null && bestGap > DAY_MS ? receivedAtMs : best;
}
