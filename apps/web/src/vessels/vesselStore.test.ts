import { describe, expect, it } from 'vitest';
import { VESSEL_STREAM_VERSION, type VesselBatch } from '@tidewatch/contracts';
import { MAX_NAMES, MAX_VESSELS, VesselStore } from './vesselStore.ts';

/** One row per MMSI: a moving cargo vessel off Jamaica. */
function rows(mmsis: readonly number[]): number[] {
  return mmsis.flatMap((mmsi, i) => [mmsi, -7_700_000 + i, 1_800_000, 120, 900, 90, 0, 0, 5]);
}

function batch(kind: VesselBatch['kind'], mmsis: readonly number[], extra: Partial<VesselBatch> = {}): VesselBatch {
  return {
    v: VESSEL_STREAM_VERSION,
    kind,
    seq: 1,
    at: Date.UTC(2026, 10, 20, 14),
    rows: rows(mmsis),
    names: [],
    removed: [],
    ...extra,
  };
}

const range = (from: number, count: number): number[] => Array.from({ length: count }, (_, i) => from + i);

describe('VesselStore bounds (a wall display runs for days)', () => {
  it('never holds more than MAX_VESSELS, and forgets the vessels the server removes', () => {
    const store = new VesselStore();
    store.apply(batch('snapshot', range(100_000_000, MAX_VESSELS + 500)));
    expect(store.entries.size).toBe(MAX_VESSELS);

    store.apply(batch('update', [], { removed: range(100_000_000, 1_000) }));
    expect(store.entries.size).toBe(MAX_VESSELS - 1_000);
    expect(store.entries.has(100_000_000)).toBe(false);
  });

  it('keeps at most MAX_NAMES names, dropping the longest-held first, and starts over on a new snapshot', () => {
    const store = new VesselStore();
    const names = range(200_000_000, MAX_NAMES + 10).map((mmsi): [number, string] => [mmsi, `SHIP ${mmsi}`]);
    store.apply(batch('update', [], { names }));
    expect(store.names.size).toBe(MAX_NAMES);
    expect(store.nameOf(200_000_000)).toBeNull();
    expect(store.nameOf(200_000_000 + MAX_NAMES + 9)).toBe(`SHIP ${200_000_000 + MAX_NAMES + 9}`);

    store.apply(batch('snapshot', [300_000_001], { names: [[300_000_001, 'LONE STAR']] }));
    expect(store.names.size).toBe(1);
    expect(store.entries.size).toBe(1);
  });
});
