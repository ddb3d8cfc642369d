/**
 * One hit per subject and entry per window: a vessel on a watchlist reports its static data every six minutes,
 * and the ops centre wants one hit a day, not 240. Pure: time is passed in.
 */
export class HitDeduper {
  private readonly last = new Map<string, number>();

  constructor(readonly windowMs: number = 24 * 3_600_000) {}

  /** True (and remembered) when no hit for this subject and entry was let through within the window. */
  admit(subjectKey: string, entryId: string, nowMs: number): boolean {
    const key = `${subjectKey}|${entryId}`;
    const previous = this.last.get(key);
    if (previous !== undefined && nowMs - previous < this.windowMs) return false;
    this.last.set(key, nowMs);
    if (this.last.size > 200_000) this.prune(nowMs);
    return true;
  }

  /** Forgets a pair, e.g. when its entry was edited and should be able to hit again at once. */
  forgetEntry(entryId: string): void {
    for (const key of this.last.keys()) if (key.endsWith(`|${entryId}`)) this.last.delete(key);
  }

  private prune(nowMs: number): void {
    for (const [key, at] of this.last) if (nowMs - at >= this.windowMs) this.last.delete(key);
  }
}
