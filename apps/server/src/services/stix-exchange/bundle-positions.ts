import type { StixObject } from '@tidewatch/stix';

export interface Position {
  index: number;
  object: StixObject;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The raw objects of a bundle ([] when it has none). */
export function rawObjects(bundle: unknown): unknown[] {
  return isRecord(bundle) && Array.isArray(bundle.objects) ? bundle.objects : [];
}

/** `modified`, else `created`, else '' (cyber observables carry neither): the version of an object. */
export function versionOf(object: Record<string, unknown>): string {
  if (typeof object.modified === 'string') return object.modified;
  if (typeof object.created === 'string') return object.created;
  return '';
}

/**
 * Where each STIX id sits in the bundle: the position of its latest version, which is the one the mapping
 * reads (STIX-13), so an outcome is reported against the object that produced it.
 */
export function positionsById(objects: readonly unknown[]): Map<string, Position> {
  const positions = new Map<string, Position>();
  objects.forEach((value, index) => {
    if (!isRecord(value) || typeof value.id !== 'string' || typeof value.type !== 'string') return;
    const object = value as StixObject;
    const seen = positions.get(object.id);
    if (seen === undefined || versionOf(seen.object) < versionOf(object)) positions.set(object.id, { index, object });
  });
  return positions;
}

export function nameOf(object: Record<string, unknown>): string | undefined {
  return typeof object.name === 'string' ? object.name.slice(0, 200) : undefined;
}
