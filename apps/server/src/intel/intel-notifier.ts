import { EVENT_SCHEMA_VERSION } from '@tidewatch/contracts';
import type { Releasable } from '@tidewatch/domain';
import { localReaders } from '../realtime/session-expiry.ts';
import type { TidewatchServer } from '../realtime/types.ts';
import type { IntelBroadcast, IntelNotifier } from '../services/intel-context.ts';

export const INTEL_CHANNEL = 'tw:intel';

const releasable = (item: {
  ownerAgency: string;
  releasability: { tlp: Releasable['tlp']; recipients: string[]; sharingGroups: string[] };
}): Releasable => ({
  ownerAgency: item.ownerAgency,
  ...item.releasability,
});

/**
 * Same pattern as the annotation notifier: each node sends to its own sockets that may read the item, and
 * other nodes hear of it through serverSideEmit. `onRemote` lets a node update its in-memory matcher index
 * and detector areas when the change happened elsewhere.
 */
export function createIntelNotifier(
  io: TidewatchServer,
  clustered: boolean,
  onRemote: (msg: IntelBroadcast) => void,
  nowMs: () => number,
): IntelNotifier {
  const readers = (item: Releasable): string[] => localReaders(io, [item], nowMs());
  const local = (msg: IntelBroadcast): void => {
    switch (msg.channel) {
      case 'watchlist': {
        const ids = readers(releasable(msg.watchlist));
        if (ids.length > 0)
          io.local.to(ids).emit('watchlist:changed', { v: EVENT_SCHEMA_VERSION, watchlist: msg.watchlist });
        return;
      }
      case 'entry': {
        // Entries inherit their list's releasability: whoever reads the list reads the entry, nobody else.
        const ids = readers(releasable(msg.watchlist));
        if (ids.length > 0) io.local.to(ids).emit('watchlist:entry', { v: EVENT_SCHEMA_VERSION, entry: msg.entry });
        return;
      }
      case 'alert': {
        const ids = readers(releasable(msg.alert));
        if (ids.length > 0) io.local.to(ids).emit('alert:updated', { v: EVENT_SCHEMA_VERSION, alert: msg.alert });
        return;
      }
      case 'consignment': {
        const ids = readers(releasable(msg.consignment));
        if (ids.length > 0)
          io.local.to(ids).emit('consignment:changed', { v: EVENT_SCHEMA_VERSION, consignment: msg.consignment });
        return;
      }
      case 'areas':
        return;
    }
  };
  io.on(INTEL_CHANNEL, (msg: IntelBroadcast) => {
    local(msg);
    onRemote(msg);
  });
  const send = (msg: IntelBroadcast): void => {
    local(msg);
    if (clustered) io.serverSideEmit(INTEL_CHANNEL, msg);
  };
  return {
    watchlistChanged: (watchlist) => send({ channel: 'watchlist', watchlist }),
    entryChanged: (entry, watchlist) => send({ channel: 'entry', entry, watchlist }),
    alertUpdated: (alert) => send({ channel: 'alert', alert }),
    consignmentChanged: (consignment) => send({ channel: 'consignment', consignment }),
    areasChanged: () => send({ channel: 'areas' }),
  };
}
