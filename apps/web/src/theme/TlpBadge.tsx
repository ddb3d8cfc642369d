import type { Tlp } from '@tidewatch/contracts';
import { tlpColor } from './tlp.ts';

/** TLP 2.0 label exactly as the standard writes it ("TLP:AMBER+STRICT"), coloured text on black. */
export function TlpBadge({ tlp }: { tlp: Tlp }) {
  return (
    <span className="tlp-badge" style={{ color: tlpColor(tlp) }} title={`Traffic Light Protocol: ${tlp}`}>
      TLP:{tlp}
    </span>
  );
}
