import type { Tlp } from '@tidewatch/contracts';
import { TLP_COLORS } from '@tidewatch/contracts/theme-tokens';

export function tlpColor(tlp: Tlp): string {
  return TLP_COLORS[tlp];
}
