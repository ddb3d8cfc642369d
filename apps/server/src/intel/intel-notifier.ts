import { EVENT_SCHEMA_VERSION } from '@tidewatch/contracts';
import { type RealtimeFanout, releasableItem } from '../realtime/fanout.ts';
import type { TidewatchServer } from '../realtime/types.ts';
import type { IntelBroadcast, IntelNotifier } from '../services/intel-context.ts';

export const INTEL_CHANNEL = 'tw:intel';

/**
 * Same pattern as the annotation notifier: each node sends to its own sockets that may read the item (the
 * fan-out applies the policy), and other nodes hear of it through serverSideEmit. `onRemote` lets a node
 * update its in-memory matcher index and detector areas when the change happened elsewhere.
 */
export function createIntelNotifier(
  io: TidewatchServer,
  clustered: boolean,
  onRemote: (msg: IntelBroadcast) => void,
  fanout: RealtimeFanout,
): IntelNotifier {
  const local = (msg: IntelBroadcast): void => {
    switch (msg.channel) {
      case 'watchlist':
        fanout.toReaders([releasableItem(msg.watchlist)], 'watchlist:changed', {
          v: EVENT_SCHEMA_VERSION,
          watchlist: msg.watchlist,
        });
        return;
      case 'entry':
        // Entries inherit their list's releasability: whoever reads the list reads the entry, nobody else.
        fanout.toReaders([releasableItem(msg.watchlist)], 'watchlist:entry', {
          v: EVENT_SCHEMA_VERSION,
          entry: msg.entry,
        });
        return;
      case 'alert':
        fanout.toReaders([releasableItem(msg.alert)], 'alert:updated', { v: EVENT_SCHEMA_VERSION, alert: msg.alert });
        return;
      case 'consignment':
        fanout.toReaders([releasableItem(msg.consignment)], 'consignment:changed', {
          v: EVENT_SCHEMA_VERSION,
          consignment: msg.consignment,
        });
        return;
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
