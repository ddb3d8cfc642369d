import { markUnsafeText } from '@tidewatch/contracts';
import type { NewAuditRow } from './audit.ts';

/** Longer text columns than this are cut; an audit row says who did what, not the whole request. */
export const AUDIT_TEXT_LIMIT = 1_000;
/** Strings inside `detail` (an export's query, a note's title) are cut here. */
export const AUDIT_DETAIL_TEXT_LIMIT = 10_000;
/** Deeper detail is replaced by a marker rather than walked. */
const DETAIL_DEPTH_LIMIT = 16;
/** The key in `detail` that lists what cleaning changed, so a reader knows the stored form is not verbatim. */
export const CLEANED_MARK = '_cleaned';

function cleanText(text: string, limit: number, path: string, changed: string[]): string {
  let out = markUnsafeText(text);
  if (out.length > limit) {
    // The note fits inside the limit, so cleaning a clean row again changes nothing.
    const note = `…[cut from ${out.length} characters]`;
    out = `${out.slice(0, limit - note.length)}${note}`;
  }
  if (out !== text) changed.push(path);
  return out;
}

function cleanValue(value: unknown, path: string, depth: number, changed: string[]): unknown {
  if (typeof value === 'string') return cleanText(value, AUDIT_DETAIL_TEXT_LIMIT, path, changed);
  if (typeof value === 'number' && !Number.isFinite(value)) {
    changed.push(path);
    return String(value);
  }
  if (typeof value !== 'object' || value === null) return value;
  if (depth >= DETAIL_DEPTH_LIMIT) {
    changed.push(path);
    return '[nested too deeply]';
  }
  if (Array.isArray(value)) return value.map((v, i) => cleanValue(v, `${path}.${i}`, depth + 1, changed));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    const cleanKey = cleanText(key, AUDIT_TEXT_LIMIT, `${path}.${key}`, changed);
    out[cleanKey] = cleanValue(v, `${path}.${cleanKey}`, depth + 1, changed);
  }
  return out;
}

const cleanOptional = (text: string | null | undefined, path: string, changed: string[]) =>
  text === null || text === undefined ? text : cleanText(text, AUDIT_TEXT_LIMIT, path, changed);

/**
 * AUD-3: the form of an audit row the database always accepts. NUL becomes U+2400 (␀), a lone surrogate
 * U+FFFD, over-long text is cut with a note of its length; `detail._cleaned` names every field changed, so
 * the row is kept, marked, instead of failing the batch it was written with.
 */
export function cleanAuditRow(row: NewAuditRow): NewAuditRow {
  const changed: string[] = [];
  const detail = cleanValue(row.detail ?? {}, 'detail', 0, changed) as Record<string, unknown>;
  const cleaned: NewAuditRow = {
    ...row,
    actorKind: cleanText(row.actorKind, AUDIT_TEXT_LIMIT, 'actorKind', changed),
    actorId: cleanOptional(row.actorId, 'actorId', changed),
    actorName: cleanOptional(row.actorName, 'actorName', changed),
    agency: cleanOptional(row.agency, 'agency', changed),
    action: cleanText(row.action, AUDIT_TEXT_LIMIT, 'action', changed),
    targetType: cleanOptional(row.targetType, 'targetType', changed),
    targetId: cleanOptional(row.targetId, 'targetId', changed),
    outcome: cleanText(row.outcome, AUDIT_TEXT_LIMIT, 'outcome', changed),
    detail,
  };
  if (changed.length > 0) {
    const earlier = Array.isArray(detail[CLEANED_MARK]) ? (detail[CLEANED_MARK] as unknown[]) : [];
    cleaned.detail = { ...detail, [CLEANED_MARK]: [...earlier, ...changed] };
  }
  return cleaned;
}
