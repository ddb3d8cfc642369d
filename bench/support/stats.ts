import { readFileSync } from 'node:fs';

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Latencies grouped into fixed windows of the time they started, to find when a tail happened. */
export class LatencyTimeline {
  readonly #windows = new Map<number, number[]>();

  constructor(private readonly windowMs: number) {}

  add(startedAtMs: number, latencyMs: number): void {
    const index = Math.floor(startedAtMs / this.windowMs);
    const window = this.#windows.get(index);
    if (window) window.push(latencyMs);
    else this.#windows.set(index, [latencyMs]);
  }

  /** The `count` windows with the highest p99, slowest first. */
  slowest(count: number): { startS: number; p99Ms: number; maxMs: number; n: number }[] {
    return [...this.#windows.entries()]
      .map(([index, values]) => {
        const sorted = [...values].sort((a, b) => a - b);
        return {
          startS: round((index * this.windowMs) / 1000),
          p99Ms: round(percentile(sorted, 99)),
          maxMs: round(sorted.at(-1) ?? Number.NaN),
          n: sorted.length,
        };
      })
      .sort((a, b) => b.p99Ms - a.p99Ms)
      .slice(0, count);
  }
}

/** Busy and stolen CPU ticks of the whole machine so far, from /proc/stat (Linux); undefined elsewhere. */
function cpuTicks(): { total: number; steal: number } | undefined {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
    const fields = line.trim().split(/\s+/).slice(1).map(Number);
    return { total: fields.reduce((a, b) => a + b, 0), steal: fields[7] ?? 0 };
  } catch {
    return undefined;
  }
}

/**
 * Starts measuring the share of CPU time the hypervisor gave to other tenants (steal). On a shared host it
 * stalls every process of this machine at random, so a latency figure is only read together with it.
 */
export function startStealMeter(): () => number {
  const before = cpuTicks();
  return () => {
    const after = cpuTicks();
    if (!before || !after || after.total === before.total) return Number.NaN;
    return round((100 * (after.steal - before.steal)) / (after.total - before.total));
  };
}
