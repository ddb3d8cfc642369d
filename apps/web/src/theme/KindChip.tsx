import type { EventKind } from '@tidewatch/contracts';
import { kindColor, kindLabel } from './kinds.ts';
import { cssVars } from './cssVars.ts';

export function KindChip({ kind }: { kind: EventKind }) {
  return (
    <span className="kind-chip" title={kindLabel(kind)} style={cssVars({ '--kind-color': kindColor(kind) })}>
      <span className="kind-chip__label">{kindLabel(kind)}</span>
    </span>
  );
}
