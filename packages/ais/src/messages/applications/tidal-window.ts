import type { BitReader } from '../../bit-reader.ts';
import type { TidalWindow } from './types.ts';

/** At most three tidal points fit a type 6 of five slots (IMO 236 / 289). */
const MAX_TIDALS = 3;

/**
 * DAC 1 FI 14 (IMO 236: lat before lon, 1/10000 minute, 93-bit points) and FI 32 (IMO 289: lon before
 * lat, 1/1000 minute, 88-bit points), type 6. Like gpsd, a point that starts inside the payload is read
 * even when the message ends in its middle (the missing bits read as zero).
 */
export function decodeTidalWindow(r: BitReader, fid: 14 | 32): TidalWindow {
  const imo236 = fid === 14;
  const size = imo236 ? 93 : 88;
  const tidals: TidalWindow['tidals'] = [];
  for (let a = 97; a < r.bitLength && tidals.length < MAX_TIDALS; a += size) {
    const lon = imo236 ? r.int(a + 27, 28) : r.int(a, 25);
    const lat = imo236 ? r.int(a, 27) : r.int(a + 25, 24);
    const t = a + (imo236 ? 55 : 49);
    tidals.push({
      lon,
      lat,
      fromHour: r.uint(t, 5),
      fromMin: r.uint(t + 5, 6),
      toHour: r.uint(t + 11, 5),
      toMin: r.uint(t + 16, 6),
      cdir: r.uint(t + 22, 9),
      cspeed: r.uint(t + 31, imo236 ? 7 : 8),
    });
  }
  return { kind: imo236 ? 'tidal-window-236' : 'tidal-window-289', month: r.uint(88, 4), day: r.uint(92, 5), tidals };
}
