import type { EventInput } from '@tidewatch/contracts';
import { request } from '../api/http.ts';
import { isRecord } from '../api/guards.ts';

export interface Created {
  id: string;
  seq: number;
}

function parseCreated(raw: unknown): Created | null {
  if (!isRecord(raw) || typeof raw.id !== 'string' || typeof raw.seq !== 'number') return null;
  return { id: raw.id, seq: raw.seq };
}

export const submitEvent = (input: EventInput) =>
  request('POST', '/api/v1/events', { body: input, parse: parseCreated });
