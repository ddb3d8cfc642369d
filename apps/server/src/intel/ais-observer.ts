import type { DecodedAis } from '@tidewatch/ais';
import type { DetectorSuite, VesselPicture } from '@tidewatch/domain';

/** Epoch ms of a message: the tag block's source time when present (late satellite data keeps its own time). */
export function timeOf(decoded: DecodedAis): number {
  const t = decoded.tagBlock?.unixTime;
  if (t === undefined) return decoded.receivedAtMs;
  return t > 1e11 ? t : t * 1000;
}

const valid = (lat: number | null, lon: number | null): boolean =>
  lat !== null && lon !== null && lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180;

/**
 * Feeds one decoded message to the detectors and asks for a watchlist check when a vessel's identity (MMSI,
 * IMO, name, call sign) is new or changed: a static report repeated every six minutes costs one string
 * comparison, not a match over 100,000 entries.
 */
export function createAisObserver(
  suite: DetectorSuite,
  onIdentity: (identity: {
    mmsi: number;
    imo: number | null;
    name: string | null;
    callSign: string | null;
    at: number;
    lat: number;
    lon: number;
  }) => void,
) {
  const signatures = new Map<number, string>();
  const observe = (decoded: DecodedAis, picture: VesselPicture): void => {
    const msg = decoded.message;
    const at = timeOf(decoded);
    let isStatic = false;
    switch (msg.type) {
      case 1:
      case 2:
      case 3:
      case 18:
      case 27:
        if (valid(msg.lat, msg.lon))
          suite.position({ mmsi: msg.mmsi, at, lat: msg.lat ?? 0, lon: msg.lon ?? 0, sog: msg.speed });
        break;
      case 19:
        if (valid(msg.lat, msg.lon))
          suite.position({ mmsi: msg.mmsi, at, lat: msg.lat ?? 0, lon: msg.lon ?? 0, sog: msg.speed });
        isStatic = true;
        break;
      case 5:
      case 24:
        isStatic = true;
        break;
      default:
        return;
    }
    const v = picture.get(msg.mmsi);
    if (!v) return;
    if (isStatic)
      suite.static({ mmsi: v.mmsi, at, imo: v.imo, name: v.name, callSign: v.callSign, shipType: v.shipType });
    const signature = `${v.imo ?? ''}|${v.name ?? ''}|${v.callSign ?? ''}`;
    if (signatures.get(v.mmsi) === signature) return;
    signatures.set(v.mmsi, signature);
    onIdentity({ mmsi: v.mmsi, imo: v.imo, name: v.name, callSign: v.callSign, at, lat: v.lat, lon: v.lon });
  };
  return Object.assign(observe, {
    /** MMSIs this node's own feeds have reported an identity for (relayed vessels are not observed here). */
    heard: (): IterableIterator<number> => signatures.keys(),
    /** A vessel the picture lost: its identity is checked afresh when it is heard again. */
    forget: (mmsi: number): void => {
      signatures.delete(mmsi);
    },
  });
}
