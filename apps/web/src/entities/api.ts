import {
  Entity,
  EntityDetail,
  EntityLink,
  EntityPage,
  FirearmMatch,
  ResolutionOutcome,
  ResolutionSuggestion,
  type EntityInput,
  type EntityKind,
  type EntityLinkInput,
} from '@tidewatch/contracts';
import { request, type ApiResult } from '../api/http.ts';

const BASE = '/api/v1/entities';

/** Any contract schema: the body is checked against it, and anything else is "the server sent something unexpected". */
interface Schema<T> {
  safeParse(raw: unknown): { success: true; data: T } | { success: false };
}

function parser<T>(schema: Schema<T>): (raw: unknown) => T | null {
  return (raw) => {
    const parsed = schema.safeParse(raw);
    return parsed.success ? parsed.data : null;
  };
}

export function searchEntities(q: string, kind: EntityKind | '', signal?: AbortSignal): Promise<ApiResult<EntityPage>> {
  const params = new URLSearchParams({ limit: '100' });
  if (q.trim() !== '') params.set('q', q.trim());
  if (kind !== '') params.set('kind', kind);
  return request('GET', `${BASE}?${params}`, { signal, parse: parser(EntityPage) });
}

export function fetchEntity(id: string, signal?: AbortSignal): Promise<ApiResult<EntityDetail>> {
  return request('GET', `${BASE}/${encodeURIComponent(id)}`, { signal, parse: parser(EntityDetail) });
}

export function fetchSuggestions(id: string, signal?: AbortSignal): Promise<ApiResult<ResolutionSuggestion[]>> {
  return request('GET', `${BASE}/${encodeURIComponent(id)}/same-as`, {
    signal,
    parse: parser(ResolutionSuggestion.array()),
  });
}

export function fetchFirearmMatches(id: string, signal?: AbortSignal): Promise<ApiResult<FirearmMatch[]>> {
  return request('GET', `${BASE}/${encodeURIComponent(id)}/firearm-matches`, {
    signal,
    parse: parser(FirearmMatch.array()),
  });
}

export function fetchLinkedTo(toType: 'event', toId: string, signal?: AbortSignal): Promise<ApiResult<EntityLink[]>> {
  return request('GET', `${BASE}/linked/${toType}/${encodeURIComponent(toId)}`, {
    signal,
    parse: parser(EntityLink.array()),
  });
}

export function createEntity(input: EntityInput): Promise<ApiResult<Entity>> {
  return request('POST', BASE, { body: input, parse: parser(Entity) });
}

export function linkEntity(fromId: string, input: EntityLinkInput): Promise<ApiResult<EntityLink>> {
  return request('POST', `${BASE}/${encodeURIComponent(fromId)}/links`, { body: input, parse: parser(EntityLink) });
}

export function decideSameAs(
  id: string,
  candidateId: string,
  decision: 'accept' | 'reject',
): Promise<ApiResult<ResolutionOutcome>> {
  return request('POST', `${BASE}/${encodeURIComponent(id)}/same-as`, {
    body: { candidateId, decision },
    parse: parser(ResolutionOutcome),
  });
}

export function splitEntity(id: string): Promise<ApiResult<ResolutionOutcome>> {
  return request('POST', `${BASE}/${encodeURIComponent(id)}/split`, { parse: parser(ResolutionOutcome) });
}
