import { findUnsafeValue } from '@tidewatch/contracts';
import { stixIdType } from '../ids.ts';
import { isStixTimestamp } from '../timestamps.ts';
import type { StixObject } from '../types.ts';
import type { FieldFault } from './errors.ts';

const STIX_TYPE = /^[a-z][a-z0-9]*(-[a-z0-9]+)*-?$/;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The STIX 2.1 rules every object must keep, whoever produced it (STIX-10): a type name, an id of that type
 * with a UUID, spec_version 2.1 where given, timestamps that are real instants, and `modified` not before
 * `created` (a rule the OASIS schemas cannot express). Text the database could not store is refused here
 * too, so a hostile object fails alone instead of failing the whole import later.
 */
export function checkCommon(value: unknown): { object: StixObject } | { faults: FieldFault[] } {
  if (!isRecord(value)) return { faults: [{ field: '', reason: 'not a JSON object' }] };
  const unsafe = findUnsafeValue(value);
  if (unsafe) return { faults: [{ field: unsafe.path, reason: unsafe.reason }] };
  const { type, id } = value;
  if (typeof type !== 'string' || type.length < 3 || type.length > 250 || !STIX_TYPE.test(type))
    return { faults: [{ field: 'type', reason: 'a STIX type is 3-250 lower-case letters, digits and -' }] };
  if (typeof id !== 'string' || stixIdType(id) !== type)
    return { faults: [{ field: 'id', reason: `an id is "${type}--" followed by a UUID` }] };
  const faults: FieldFault[] = [];
  if ('spec_version' in value && value.spec_version !== '2.1')
    faults.push({ field: 'spec_version', reason: 'only STIX 2.1 objects are read' });
  for (const field of ['created', 'modified'] as const) {
    if (field in value && !isStixTimestamp(value[field]))
      faults.push({ field, reason: 'a STIX timestamp is RFC 3339 in UTC with a Z, e.g. 2026-01-31T12:00:00.000Z' });
  }
  const { created, modified } = value;
  if (isStixTimestamp(created) && isStixTimestamp(modified) && Date.parse(modified) < Date.parse(created))
    faults.push({ field: 'modified', reason: 'modified is before created' });
  if (faults.length > 0) return { faults };
  return { object: { ...value, type, id } };
}
