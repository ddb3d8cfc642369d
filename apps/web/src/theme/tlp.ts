import type { Tlp } from '@tidewatch/contracts';

/** TLP 2.0 (FIRST): coloured label on a black background; AMBER+STRICT uses the AMBER colour. */
const TLP_COLOR: Readonly<Record<Tlp, string>> = {
  RED: '#FF2B2B',
  AMBER: '#FFC000',
  'AMBER+STRICT': '#FFC000',
  GREEN: '#33FF00',
  CLEAR: '#FFFFFF',
};

export function tlpColor(tlp: Tlp): string {
  return TLP_COLOR[tlp];
}
