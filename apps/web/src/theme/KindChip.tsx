import type { EventKind } from '@tidewatch/contracts';
import { kindColor } from './kinds.ts';
import { useVocabulary } from './vocabulary.ts';
import { cssVars } from './cssVars.ts';

export function KindChip({ kind }: { kind: EventKind }) {
  const label = useVocabulary().kind(kind);
  return (
    <span className="kind-chip" title={label} style={cssVars({ '--kind-color': kindColor(kind) })}>
      <span className="kind-chip__label">{label}</span>
    </span>
  );
}
