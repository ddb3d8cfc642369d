import { describe, expect, it } from 'vitest';
import { VESSEL_STREAM_VERSION } from '@tidewatch/contracts';
import { clearSessionData, onSessionEnd } from '../session/lifecycle.ts';
import { liveStore } from '../live/store.ts';
import { eventFixture } from '../live/eventFixture.ts';
import { vesselStore } from '../vessels/index.ts';
import { cargoStore } from '../cargo/index.ts';
import { evidenceStore } from '../alerts/index.ts';

describe('session lifecycle', () => {
  it('[WEB-3] ending a session empties every store that holds the identity’s picture, app and wall alike', () => {
    liveStore.ingest([eventFixture(1)], { flash: false, receivedAt: Date.now() });
    liveStore.flush();
    vesselStore.apply({
      v: VESSEL_STREAM_VERSION,
      kind: 'snapshot',
      seq: 1,
      at: Date.now(),
      rows: [339_100_001, -7_700_000, 1_800_000, 120, 900, 90, 0, 0, 5],
      names: [],
      removed: [],
    });
    cargoStore.select('consignment-1');
    evidenceStore.show('alert-1', [], { lat: 18, lon: -76 }, false);
    expect(liveStore.getSnapshot().events).toHaveLength(1);
    expect(vesselStore.entries.size).toBe(1);

    clearSessionData();

    expect(liveStore.getSnapshot().events).toHaveLength(0);
    expect(vesselStore.entries.size).toBe(0);
    expect(cargoStore.getSnapshot().selectedId).toBeNull();
    expect(evidenceStore.getSnapshot().alertId).toBeNull();
  });

  it('[WEB-3] a cache registered later is cleared too, and no longer once it unregisters', () => {
    let cleared = 0;
    const unregister = onSessionEnd(() => cleared++);
    clearSessionData();
    unregister();
    clearSessionData();
    expect(cleared).toBe(1);
  });
});
