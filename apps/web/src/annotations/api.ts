import {
  Annotation,
  AnnotationRevision,
  type AnnotationInput,
  type AnnotationTargetType,
  type Grading,
} from '@tidewatch/contracts';
import { request } from '../api/http.ts';
import { arrayOf } from '../api/guards.ts';

export function parseAnnotation(raw: unknown): Annotation | null {
  const result = Annotation.safeParse(raw);
  return result.success ? result.data : null;
}

function parseRevision(raw: unknown): AnnotationRevision | null {
  const result = AnnotationRevision.safeParse(raw);
  return result.success ? result.data : null;
}

const base = '/api/v1/annotations';
const on = (type: AnnotationTargetType, id: string): string => `${base}/on/${type}/${encodeURIComponent(id)}`;
const byId = (id: string): string => `${base}/${encodeURIComponent(id)}`;

export const listAnnotations = (type: AnnotationTargetType, id: string, signal: AbortSignal) =>
  request('GET', on(type, id), { parse: (raw) => arrayOf(raw, parseAnnotation), signal });

export const createAnnotation = (type: AnnotationTargetType, id: string, input: AnnotationInput) =>
  request('POST', on(type, id), { body: input, parse: parseAnnotation });

export interface AnnotationChange {
  body?: string;
  tags?: string[];
  grading?: Grading | null;
  baseVersion: number;
}

export const editAnnotation = (id: string, change: AnnotationChange) =>
  request('PATCH', byId(id), { body: change, parse: parseAnnotation });

export const deleteAnnotation = (id: string, baseVersion: number) =>
  request('DELETE', byId(id), { body: { baseVersion }, parse: parseAnnotation });

export const annotationHistory = (id: string) =>
  request('GET', `${byId(id)}/history`, { parse: (raw) => arrayOf(raw, parseRevision) });

/** The server's current copy carried by a 409 conflict (`detail.current`). */
export function conflictCurrent(detail: unknown): Annotation | null {
  return typeof detail === 'object' && detail !== null && 'current' in detail ? parseAnnotation(detail.current) : null;
}
