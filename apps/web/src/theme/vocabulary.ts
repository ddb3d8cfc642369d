import type { Commodity, EventKind, TriageStatus } from '@tidewatch/contracts';
import { KIND_COLORS } from '@tidewatch/contracts/theme-tokens';
import { type Translator, translate, useT } from '../i18n/index.ts';
import { translations } from './vocabulary.translations.ts';

type VocabularyKey = keyof typeof translations.messages.en;
type KnownKind = keyof typeof KIND_COLORS;

function isKnownKind(kind: string): kind is KnownKind {
  return Object.hasOwn(KIND_COLORS, kind);
}

/**
 * A kind's name: the built-in kinds from the catalog; an agency's own kind (`x-migrant-landing`) is its own
 * word, shown as the agency wrote it ("Migrant landing"): no catalog can know it.
 */
function kindName(kind: EventKind, say: (key: VocabularyKey) => string): string {
  if (isKnownKind(kind)) return say(`kind_${kind}`);
  const words = kind.replace(/^x-/, '').replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** For code outside React (map popups built as DOM): the kind's name in the language of the moment. */
export function kindLabel(kind: EventKind): string {
  return kindName(kind, (key) => translate(translations, key));
}

export function statusLabel(status: TriageStatus): string {
  return translate(translations, `status_${status}`);
}

export function commodityLabel(commodity: Commodity): string {
  return translate(translations, `commodity_${commodity}`);
}

/** In components: re-renders with the language. */
export function useVocabulary(): {
  kind: (kind: EventKind) => string;
  status: (status: TriageStatus) => string;
  commodity: (commodity: Commodity) => string;
  t: Translator<VocabularyKey>;
} {
  const t = useT(translations);
  return {
    kind: (kind) => kindName(kind, t),
    status: (status) => t(`status_${status}`),
    commodity: (commodity) => t(`commodity_${commodity}`),
    t,
  };
}
