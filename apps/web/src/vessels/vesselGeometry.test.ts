import { describe, expect, it } from 'vitest';
import type { VesselBatch } from '@tidewatch/contracts';
import { FLOATS_PER_VESSEL, mercatorX, mercatorY, packStyle } from './vesselGeometry.ts';
import { VesselStore } from './vesselStore.ts';

/** One wire row: mmsi, lon, lat (1e5), sog, cog (x10), heading, category index, status index, age seconds. */
function row(
  mmsi: number,
  lon: number,
  lat: number,
  o: { sog?: number; cog?: number; heading?: number; cat?: number; status?: number } = {},
): number[] {
  return [
    mmsi,
    Math.round(lon * 1e5),
    Math.round(lat * 1e5),
    (o.sog ?? 12) * 10,
    (o.cog ?? 90) * 10,
    o.heading ?? 91,
    o.cat ?? 1,
    o.status ?? 0,
    3,
  ];
}

function batch(kind: VesselBatch['kind'], rows: number[][], removed: number[] = []): VesselBatch {
  return { v: 1, kind, seq: 1, at: 1_000_000, rows: rows.flat(), names: [], removed };
}

/** The four floats the WebGL layer draws for one vessel. */
function drawn(store: VesselStore, mmsi: number): number[] {
  const slot = store.geometry.slotOf(mmsi);
  if (slot === undefined) return [];
  return Array.from(store.geometry.data.subarray(slot * FLOATS_PER_VESSEL, (slot + 1) * FLOATS_PER_VESSEL));
}

describe('the vessel store feeds the WebGL layer a Float32Array', () => {
  it('[VES-WEB-1] decodes rows into entries and the array: Mercator position, rotation, class/dot/stale style', () => {
    const store = new VesselStore();
    store.apply(
      batch('snapshot', [
        row(1, -76.5, 17.9),
        row(2, -80.1, 25.7, { sog: 0 }),
        row(3, -61, 13, { heading: 511, cog: 200, status: 1 }),
      ]),
    );
    expect(store.geometry.count).toBe(3);
    const [x, y, rot, style] = drawn(store, 1);
    expect(x).toBeCloseTo(mercatorX(-76.5), 6);
    expect(y).toBeCloseTo(mercatorY(17.9), 6);
    expect(rot).toBe(91);
    expect(style).toBe(packStyle(0, 0, 0)); // wire category 1 (cargo) is map class 0, moving, live
    expect(drawn(store, 2)[3]).toBe(packStyle(0, 1, 0)); // stationary: a dot
    expect(drawn(store, 3).slice(2)).toEqual([200, packStyle(0, 0, 1)]); // no heading: course; stale
    expect(store.entries.get(3)).toMatchObject({ heading: null, cog: 200, status: 'stale', rot: 200, stale: 1 });
  });

  it('[VES-WEB-2] an update rewrites in place; an unchanged report neither bumps the version nor wakes the map', () => {
    const store = new VesselStore();
    store.apply(batch('snapshot', [row(1, -76.5, 17.9), row(2, -80, 25)]));
    let wakes = 0;
    store.onChange(() => wakes++);
    const entry = store.entries.get(1);
    const version = store.geometry.version;
    store.apply(batch('update', [row(1, -76.4, 17.95)]));
    expect(store.entries.get(1)).toBe(entry); // same object: nothing allocated per update
    expect(drawn(store, 1)[0]).toBeCloseTo(mercatorX(-76.4), 6);
    expect(store.geometry.version).toBeGreaterThan(version);
    expect(wakes).toBe(1);
    const after = store.geometry.version;
    store.apply(batch('update', [row(2, -80, 25)]));
    expect(store.geometry.version).toBe(after);
    expect(wakes).toBe(1);
  });

  it('[VES-WEB-3] a removal moves the last vessel into the hole; a snapshot replaces everything', () => {
    const store = new VesselStore();
    store.apply(batch('snapshot', [row(1, -70, 10), row(2, -71, 11), row(3, -72, 12)]));
    store.apply(batch('update', [], [1]));
    expect(store.geometry.count).toBe(2);
    expect(store.geometry.slotOf(1)).toBeUndefined();
    expect(store.geometry.slotOf(3)).toBe(0);
    expect(store.geometry.mmsiAt[0]).toBe(3);
    expect(drawn(store, 3)[0]).toBeCloseTo(mercatorX(-72), 6);
    expect(drawn(store, 2)[0]).toBeCloseTo(mercatorX(-71), 6);
    store.apply(batch('snapshot', [row(9, -60, 15)]));
    expect(store.geometry.count).toBe(1);
    expect([...store.entries.keys()]).toEqual([9]);
    expect(store.geometry.slotOf(2)).toBeUndefined();
  });

  it('[VES-WEB-4] holds 20,000 vessels: the array grows, slots stay dense and match the entries', () => {
    const store = new VesselStore();
    const rows: number[][] = [];
    for (let i = 0; i < 20_000; i++)
      rows.push(row(300_000_000 + i, -88 + (i % 280) / 10, 9 + Math.floor(i / 280) / 10));
    store.apply(batch('snapshot', rows));
    const removed: number[] = [];
    for (let i = 0; i < 20_000; i += 3) removed.push(300_000_000 + i);
    store.apply(batch('update', [], removed));
    expect(store.geometry.count).toBe(20_000 - removed.length);
    expect(store.geometry.count).toBe(store.entries.size);
    for (let slot = 0; slot < store.geometry.count; slot++) {
      const mmsi = store.geometry.mmsiAt[slot] ?? -1;
      expect(store.geometry.slotOf(mmsi)).toBe(slot);
      expect(store.geometry.data[slot * FLOATS_PER_VESSEL]).toBeCloseTo(
        mercatorX(store.entries.get(mmsi)?.lon ?? Number.NaN),
        6,
      );
    }
  });
});
