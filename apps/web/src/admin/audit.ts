import { request } from '../api/http.ts';
import { isRecord, str } from '../api/guards.ts';

export interface AuditEntry {
  id: string;
  at: string;
  actorKind: string;
  actorId: string | null;
  actorName: string | null;
  agency: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  outcome: string;
  detail: unknown;
}

export interface AuditPage {
  items: AuditEntry[];
  nextCursor: string | null;
}

export interface AuditFilters {
  agency: string;
  action: string;
  actorId: string;
  targetId: string;
  /** An event's seq: the live-stream deliveries that included it. */
  streamedSeq: string;
  /** yyyy-mm-ddThh:mm, UTC */
  from: string;
  to: string;
}

export const EMPTY_FILTERS: AuditFilters = {
  agency: '',
  action: '',
  actorId: '',
  targetId: '',
  streamedSeq: '',
  from: '',
  to: '',
};

function parseEntry(raw: unknown): AuditEntry | null {
  if (!isRecord(raw)) return null;
  const id = raw.id;
  const at = str(raw, 'at');
  const action = str(raw, 'action');
  if ((typeof id !== 'number' && typeof id !== 'string') || at === null || action === null) return null;
  return {
    id: String(id),
    at,
    actorKind: str(raw, 'actorKind') ?? '',
    actorId: str(raw, 'actorId'),
    actorName: str(raw, 'actorName'),
    agency: str(raw, 'agency'),
    action,
    targetType: str(raw, 'targetType'),
    targetId: str(raw, 'targetId'),
    outcome: str(raw, 'outcome') ?? '',
    detail: raw.detail,
  };
}

function parsePage(raw: unknown): AuditPage | null {
  if (!isRecord(raw) || !Array.isArray(raw.items)) return null;
  const items = raw.items.map(parseEntry).filter((e): e is AuditEntry => e !== null);
  return { items, nextCursor: str(raw, 'nextCursor') };
}

export const PAGE_SIZE = 50;

export function auditQuery(filters: AuditFilters, cursor: string | null): string {
  const params = new URLSearchParams();
  for (const key of ['agency', 'action', 'actorId', 'targetId', 'streamedSeq'] as const) {
    const value = filters[key].trim();
    if (value !== '') params.set(key, value);
  }
  if (filters.from !== '') params.set('from', `${filters.from}:00Z`);
  if (filters.to !== '') params.set('to', `${filters.to}:00Z`);
  if (cursor !== null) params.set('cursor', cursor);
  params.set('limit', String(PAGE_SIZE));
  return params.toString();
}

export const searchAudit = (filters: AuditFilters, cursor: string | null) =>
  request('GET', `/api/v1/admin/audit?${auditQuery(filters, cursor)}`, { parse: parsePage });
