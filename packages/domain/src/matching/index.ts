export { normaliseName, normaliseCode, type NameKind } from './normalise.ts';
export { jaroWinkler, sortedTokens, trigrams } from './similarity.ts';
export {
  WatchlistIndex,
  DEFAULT_MATCH_OPTIONS,
  type IndexEntry,
  type EntryMatch,
  type MatchOptions,
} from './watchlist-index.ts';
export { HitDeduper } from './hit-deduper.ts';
export { entryIdentityKey, type EntryIdentifiers } from './entry-identity.ts';
export { personNamesMatch, personWords } from './person-names.ts';
