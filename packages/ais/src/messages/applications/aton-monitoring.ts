import type { BitReader } from '../../bit-reader.ts';
import type { AtonMonitoring } from './types.ts';

/** DAC 235 / 250 FI 10 (GLA, type 6 of 136 bits): AtoN monitoring data. */
export function decodeAtonMonitoring(r: BitReader): AtonMonitoring {
  return {
    kind: 'aton-monitoring',
    anaInt: r.uint(88, 10),
    anaExt1: r.uint(98, 10),
    anaExt2: r.uint(108, 10),
    racon: r.uint(118, 2),
    light: r.uint(120, 2),
    alarm: r.bool(122),
    statExt: r.uint(123, 8),
    offPos: r.bool(131),
  };
}
