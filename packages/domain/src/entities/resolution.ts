import type { EntityKind, IdentifierType } from '@tidewatch/contracts';
import type { NameKind } from '../matching/normalise.ts';
import { UNIQUE_IDENTIFIER_TYPES } from './identifiers.ts';
import { nameSimilarity, nameTokens } from './names.ts';

/** What entity resolution reads off a record (ENT-3..ENT-5). Identifiers are already in matching form. */
export interface ResolvableRecord {
  id: string;
  kind: EntityKind;
  /** The name and every alias. */
  names: readonly string[];
  dateOfBirth: string | null;
  identifiers: readonly { type: IdentifierType; normalised: string }[];
}

export interface PairScore {
  score: number;
  /** Why, in stable words the web translates: `same_identifier:imo`, `name`, `same_date_of_birth`, ... */
  reasons: string[];
}

export interface Suggestion extends PairScore {
  id: string;
}

/** ENT-5: the default score from which a pair is suggested; bench/entities measures precision and recall at it. */
export const DEFAULT_RESOLUTION_THRESHOLD = 0.86;

/** Kinds whose names are labels rather than identities: a container or a weapon is what its number says. */
const IDENTIFIED_BY_NUMBER: ReadonlySet<EntityKind> = new Set<EntityKind>([
  'container',
  'firearm',
  'vehicle',
  'identifier',
  'crypto_wallet',
]);

function nameKindOf(kind: EntityKind): NameKind {
  if (kind === 'person' || kind === 'organisation' || kind === 'vessel') return kind;
  return 'any';
}

function bestNameSimilarity(a: ResolvableRecord, b: ResolvableRecord): number {
  const kind = nameKindOf(a.kind);
  const tokensA = a.names.map((n) => nameTokens(n, kind));
  const tokensB = b.names.map((n) => nameTokens(n, kind));
  let best = 0;
  for (const x of tokensA) for (const y of tokensB) best = Math.max(best, nameSimilarity(x, y, kind));
  return best;
}

/** Equal, or equal with day and month swapped (a US and a Caribbean form of one date). */
function dateOfBirthFactor(a: string | null, b: string | null): { factor: number; reason?: string } {
  if (!a || !b) return { factor: 0.9 };
  if (a === b) return { factor: 1, reason: 'same_date_of_birth' };
  const [ya, ma, da] = a.split('-');
  const [yb, mb, db] = b.split('-');
  if (ya === yb && ma === db && da === mb) return { factor: 0.95, reason: 'date_of_birth_day_month_swapped' };
  return { factor: 0.45, reason: 'different_date_of_birth' };
}

/**
 * How likely two records are one thing, in [0, 1] (ENT-3, ENT-4). A shared one-of-a-kind identifier (IMO,
 * passport, container number, serial) settles it; a different value of one argues strongly against. Otherwise
 * the names decide, weighed by the dates of birth. Records of different kinds are never the same.
 */
export function scorePair(a: ResolvableRecord, b: ResolvableRecord): PairScore {
  if (a.kind !== b.kind || a.id === b.id) return { score: 0, reasons: [] };
  const reasons: string[] = [];
  const valuesOf = (r: ResolvableRecord, type: IdentifierType) =>
    new Set(r.identifiers.filter((i) => i.type === type).map((i) => i.normalised));
  let sharedUnique = false;
  let conflictingUnique = false;
  let sharedContact = false;
  const types = new Set([...a.identifiers, ...b.identifiers].map((i) => i.type));
  for (const type of types) {
    const left = valuesOf(a, type);
    const right = valuesOf(b, type);
    if (left.size === 0 || right.size === 0) continue;
    const shared = [...left].some((v) => right.has(v));
    if (shared) {
      reasons.push(`same_identifier:${type}`);
      if (UNIQUE_IDENTIFIER_TYPES.has(type)) sharedUnique = true;
      else sharedContact = true;
    } else if (UNIQUE_IDENTIFIER_TYPES.has(type)) {
      reasons.push(`different_identifier:${type}`);
      conflictingUnique = true;
    }
  }
  const dob = dateOfBirthFactor(a.dateOfBirth, b.dateOfBirth);
  if (dob.reason) reasons.push(dob.reason);
  if (sharedUnique) {
    // One shared unique number outweighs the names, but not a different date of birth as well as a clash.
    const score = conflictingUnique || dob.factor < 0.5 ? 0.8 : 0.99;
    return { score, reasons };
  }
  const names = bestNameSimilarity(a, b);
  if (names >= 0.8) reasons.push('similar_name');
  let score = names * dob.factor;
  if (IDENTIFIED_BY_NUMBER.has(a.kind)) score *= 0.7;
  if (conflictingUnique) score *= 0.6;
  if (sharedContact) score = Math.min(1, score + 0.08);
  return { score: Math.round(score * 1000) / 1000, reasons };
}

/** The candidates that score at least `threshold` against `target`, best first. */
export function suggestMatches(
  target: ResolvableRecord,
  candidates: readonly ResolvableRecord[],
  threshold = DEFAULT_RESOLUTION_THRESHOLD,
): Suggestion[] {
  return candidates
    .map((candidate) => ({ id: candidate.id, ...scorePair(target, candidate) }))
    .filter((s) => s.score >= threshold)
    .sort((x, y) => y.score - x.score || x.id.localeCompare(y.id));
}
