import type { EvidencePoint } from './types.ts';

/**
 * Recent fixes of one vessel, kept as evidence for alerts: a ring of at most `capacity` fixes spaced at
 * least `spacingMs` apart (defaults: 96 fixes, 150 s, about 4 h). Times in a Float64Array, positions and
 * speed in a Float32Array (under a metre of error), so 20,000 vessels cost about 40 MB.
 */
export class TrackBuffer {
  private readonly times: Float64Array;
  private readonly values: Float32Array;
  private start = 0;
  private count = 0;

  constructor(
    readonly capacity = 96,
    private readonly spacingMs = 150_000,
  ) {
    this.times = new Float64Array(capacity);
    this.values = new Float32Array(capacity * 3);
  }

  get length(): number {
    return this.count;
  }

  lastTime(): number {
    if (this.count === 0) return Number.NEGATIVE_INFINITY;
    return this.times[(this.start + this.count - 1) % this.capacity] ?? Number.NEGATIVE_INFINITY;
  }

  /** Keeps the fix when it is at least `spacingMs` after the newest kept one; older fixes never rewrite history. */
  push(at: number, lat: number, lon: number, sog: number | null, force = false): void {
    const last = this.lastTime();
    if (at <= last || (!force && at - last < this.spacingMs)) return;
    const slot = (this.start + this.count) % this.capacity;
    this.times[slot] = at;
    this.values[slot * 3] = lat;
    this.values[slot * 3 + 1] = lon;
    this.values[slot * 3 + 2] = sog ?? -1;
    if (this.count < this.capacity) this.count++;
    else this.start = (this.start + 1) % this.capacity;
  }

  /** Fixes with from <= t <= to, oldest first. */
  segment(from: number, to: number): EvidencePoint[] {
    const out: EvidencePoint[] = [];
    for (let i = 0; i < this.count; i++) {
      const slot = (this.start + i) % this.capacity;
      const t = this.times[slot] ?? 0;
      if (t < from || t > to) continue;
      out.push([
        t,
        round6(this.values[slot * 3] ?? 0),
        round6(this.values[slot * 3 + 1] ?? 0),
        round1(this.values[slot * 3 + 2] ?? -1),
      ]);
    }
    return out;
  }
}

const round6 = (n: number): number => Math.round(n * 1e6) / 1e6;
const round1 = (n: number): number => Math.round(n * 10) / 10;
