export { nameKey, nameTokens, nameSimilarity } from './names.ts';
export { normaliseIdentifier, normaliseSerial, UNIQUE_IDENTIFIER_TYPES } from './identifiers.ts';
export {
  scorePair,
  suggestMatches,
  DEFAULT_RESOLUTION_THRESHOLD,
  type ResolvableRecord,
  type PairScore,
  type Suggestion,
} from './resolution.ts';
export { visibleLinks, type ReleasableLink } from './link-visibility.ts';
