import { describe, expect, it } from 'vitest';
import { readVesselRows } from '@tidewatch/contracts';
import { VesselPicture } from '@tidewatch/domain';
import { SNAPSHOT_CHUNK_VESSELS, ViewportSubscription } from './viewport-subscription.ts';

const T0 = Date.UTC(2026, 10, 29, 12);
const FLEET = 5_000;

/** Every vessel of the fleet reports a position at `lat`. */
function report(picture: VesselPicture, lat: number, atMs: number): void {
  for (let i = 0; i < FLEET; i++) {
    picture.apply(
      {
        type: 1,
        repeat: 0,
        mmsi: 339_000_000 + i,
        navStatus: 0,
        turn: 0,
        rateOfTurn: 0,
        speed: 10,
        accuracy: false,
        lon: -77 + i / 10_000,
        lat,
        course: 90,
        heading: 90,
        second: 0,
        maneuver: 0,
        raim: false,
        radio: 0,
      },
      atMs,
    );
  }
}

describe('ViewportSubscription', () => {
  it('[VES-WS-3] keeps every message within a chunk when the whole fleet changes before the first chunk goes out', () => {
    const picture = new VesselPicture();
    report(picture, 17.5, T0);
    picture.drainChanges();
    const sub = new ViewportSubscription([-80, 15, -70, 20], 6);
    sub.restart(picture);
    // Every vessel moves between the subscribe and the first send.
    report(picture, 17.6, T0 + 1000);
    sub.defer(picture.drainChanges().changed, []);

    const held = new Map<number, number>();
    let messages = 0;
    for (let batch = sub.next(picture, T0 + 1000); batch !== null; batch = sub.next(picture, T0 + 1000)) {
      messages++;
      const rows = readVesselRows(batch.rows);
      expect(rows.length).toBeLessThanOrEqual(SNAPSHOT_CHUNK_VESSELS);
      for (const r of rows) held.set(r.mmsi, r.lat);
      expect(messages).toBeLessThan(20);
    }
    expect(held.size).toBe(FLEET);
    expect([...held.values()].every((lat) => Math.abs(lat - 17.6) < 1e-4)).toBe(true);
  });
});
