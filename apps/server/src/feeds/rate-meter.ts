/** Events per second over the last `windowS` whole seconds, from counts bucketed by second. Time comes in. */
export class RateMeter {
  private readonly buckets: Float64Array;
  private readonly seconds: Float64Array;

  constructor(private readonly windowS = 10) {
    this.buckets = new Float64Array(windowS);
    this.seconds = new Float64Array(windowS).fill(-1);
  }

  add(nowMs: number, count = 1): void {
    const s = Math.floor(nowMs / 1000);
    const i = s % this.windowS;
    if (this.seconds[i] !== s) {
      this.seconds[i] = s;
      this.buckets[i] = 0;
    }
    this.buckets[i] = (this.buckets[i] ?? 0) + count;
  }

  /** Mean rate over the completed seconds of the window. */
  rate(nowMs: number): number {
    const now = Math.floor(nowMs / 1000);
    let sum = 0;
    for (let i = 0; i < this.windowS; i++) {
      const s = this.seconds[i] ?? -1;
      if (s < now && s >= now - this.windowS) sum += this.buckets[i] ?? 0;
    }
    return Math.round((sum / this.windowS) * 10) / 10;
  }
}
