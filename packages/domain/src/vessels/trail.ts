/**
 * A fixed-size ring of recent positions, stored flat as [t, lon, lat] triples in one Float64Array so that
 * 50,000 vessels cost one small allocation each instead of thousands of point objects.
 */
export class Trail {
  private readonly data: Float64Array;
  private start = 0;
  private count = 0;

  constructor(readonly capacity: number) {
    this.data = new Float64Array(Math.max(1, capacity) * 3);
  }

  get length(): number {
    return this.count;
  }

  push(t: number, lon: number, lat: number): void {
    const cap = this.data.length / 3;
    const slot = (this.start + this.count) % cap;
    this.data[slot * 3] = t;
    this.data[slot * 3 + 1] = lon;
    this.data[slot * 3 + 2] = lat;
    if (this.count < cap) this.count++;
    else this.start = (this.start + 1) % cap;
  }

  /** Oldest first, as [t, lon, lat]. */
  toArray(): [number, number, number][] {
    const cap = this.data.length / 3;
    const out: [number, number, number][] = [];
    for (let i = 0; i < this.count; i++) {
      const slot = ((this.start + i) % cap) * 3;
      out.push([this.data[slot] ?? 0, this.data[slot + 1] ?? 0, this.data[slot + 2] ?? 0]);
    }
    return out;
  }

  /** Time of the newest point, or -Infinity. */
  lastTime(): number {
    if (this.count === 0) return Number.NEGATIVE_INFINITY;
    const cap = this.data.length / 3;
    return this.data[((this.start + this.count - 1) % cap) * 3] ?? Number.NEGATIVE_INFINITY;
  }
}
