import type { BitReader } from '../../bit-reader.ts';
import { partialTime } from './imo236.ts';
import type { AreaNotice, AreaNoticeShape } from './types.ts';

const SUBAREA_BITS = 87;
/** A sub-area's dimensions are multiplied by 10^scale factor. */
const SCALE = [1, 10, 100, 1000] as const;
const SHAPES = ['circle', 'rectangle', 'sector', 'polyline', 'polygon', 'text'] as const;

/** One 87-bit sub-area at bit `a`: a 3-bit shape, then 84 bits whose layout depends on it. */
function subarea(r: BitReader, a: number): AreaNoticeShape {
  const code = r.uint(a, 3);
  const shape = SHAPES[code];
  const scale = SCALE[r.uint(a + 3, 2)] ?? 1;
  const anchor = { lon: r.int(a + 5, 25), lat: r.int(a + 30, 24), precision: r.uint(a + 54, 3) };
  switch (shape) {
    case 'circle':
      return { shape, ...anchor, radiusM: r.uint(a + 57, 12) * scale };
    case 'rectangle':
      return {
        shape,
        ...anchor,
        eastM: r.uint(a + 57, 8) * scale,
        northM: r.uint(a + 65, 8) * scale,
        orientation: r.uint(a + 73, 9),
      };
    case 'sector':
      return {
        shape,
        ...anchor,
        radiusM: r.uint(a + 57, 12) * scale,
        leftBound: r.uint(a + 69, 9),
        rightBound: r.uint(a + 78, 9),
      };
    case 'polyline':
    case 'polygon': {
      // up to four (bearing in 0.5 degree, distance) steps from the previous point; distance 0 ends the list
      const points: Array<{ angle: number; distanceM: number }> = [];
      for (let i = 0; i < 4; i++) {
        const distance = r.uint(a + 15 + 20 * i, 10);
        if (distance === 0) break;
        points.push({ angle: r.uint(a + 5 + 20 * i, 10) / 2, distanceM: distance * scale });
      }
      return { shape, points };
    }
    case 'text':
      return { shape, text: r.text(a + 3, 14) };
    default:
      return { shape: 'reserved', code };
  }
}

/**
 * DAC 1 FI 22 (type 8, `base` 56) and FI 23 (type 6, `base` 88), IMO SN.1/Circ.289: a 111-bit header
 * (linkage, notice code, start time, duration), then whole 87-bit sub-areas; trailing spare bits ignored.
 */
export function decodeAreaNotice(r: BitReader, base: number): AreaNotice {
  const subareas: AreaNoticeShape[] = [];
  for (let a = base + 55; a + SUBAREA_BITS <= r.bitLength; a += SUBAREA_BITS) subareas.push(subarea(r, a));
  return {
    kind: 'area-notice',
    linkage: r.uint(base, 10),
    notice: r.uint(base + 10, 7),
    ...partialTime(r, base + 17),
    duration: r.uint(base + 37, 18),
    subareas,
  };
}
