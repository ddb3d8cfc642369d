import { afterAll, describe, expect, it } from 'vitest';
import { EventClient } from '../../../test/support/event-client.ts';
import { createTempDir } from '../../../test/support/temp-dir.ts';
import { EXAMPLE_EVENT, postEvent, startTestServer, testKey } from '../../../test/support/server.ts';

const dirs: { remove(): void }[] = [];
afterAll(() => {
  for (const d of dirs) d.remove();
});

describe('what the shared seq tells a reader', () => {
  it('[STR-3] an event a reader may not read leaves a gap in the seqs it receives, and nothing else of it', async () => {
    const dir = createTempDir('seq-gap');
    dirs.push(dir);
    const server = await startTestServer({ DATA_DIR: dir.path });
    const uscg = new EventClient(server.url, undefined, testKey('USCG'));
    // Everything the socket carries, whatever the event name, to look for the hidden event in it.
    const carried: string[] = [];
    uscg.socket.onAny((name: string, ...args: unknown[]) => carried.push(JSON.stringify([name, args])));
    try {
      await uscg.waitForSynced();
      // JCA's AMBER event names CBP only: USCG may not read it.
      const hidden = await postEvent(server.url, { ...EXAMPLE_EVENT, title: 'amber for CBP only' });
      const shown = await postEvent(server.url, {
        ...EXAMPLE_EVENT,
        title: 'green for everyone',
        releasability: { tlp: 'GREEN', recipients: [] },
      });
      expect([hidden.status, shown.status]).toEqual([201, 201]);
      const shownSeq = Number(shown.json.seq);
      await uscg.waitFor(() => uscg.received.some((e) => e.seq === shownSeq), 10_000, 'the GREEN event');
      // The gap: USCG can tell that one event it may not read was committed just before this one.
      expect(shownSeq - Number(hidden.json.seq)).toBe(1);
      expect(uscg.received.map((e) => e.title)).toEqual(['green for everyone']);
      const hiddenId = String(hidden.json.id);
      expect(carried.filter((packet) => packet.includes(hiddenId) || packet.includes('amber for CBP only'))).toEqual(
        [],
      );
    } finally {
      uscg.close();
      await server.close();
    }
    // A fresh embedded database per server: slow to create on a loaded machine.
  }, 180_000);
});
