import {
  COMMODITIES,
  type QUANTITY_UNITS,
  type Commodity,
  type EventInput,
  type Grading,
  type Releasability,
} from '@tidewatch/contracts';
import { translate } from '../i18n/index.ts';
import { translations } from './translations.ts';

export type Unit = (typeof QUANTITY_UNITS)[number];

/** The form as typed: numbers stay text until submit so a half-typed "-76." is not fought over. */
export interface Draft {
  kind: string;
  title: string;
  summary: string;
  /** yyyy-mm-ddThh:mm, in UTC. */
  occurredAt: string;
  lat: string;
  lon: string;
  place: string;
  severity: number;
  grading: Grading | null;
  commodity: Commodity;
  quantity: string;
  unit: Unit;
  valueUsd: string;
  hsCode: string;
  releasability: Releasability;
}

const pad = (n: number): string => String(n).padStart(2, '0');

export function utcMinute(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

export function initialDraft(now: number, releasability: Releasability): Draft {
  return {
    kind: 'sighting_report',
    title: '',
    summary: '',
    occurredAt: utcMinute(now),
    lat: '',
    lon: '',
    place: '',
    severity: 3,
    grading: null,
    commodity: COMMODITIES[0],
    quantity: '',
    unit: 'items',
    valueUsd: '',
    hsCode: '',
    releasability,
  };
}

/** A number from a text field; undefined when empty, NaN when not a number (the form says so). */
export function numberOrUndefined(text: string): number | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  return Number(t);
}

export interface Built {
  input: EventInput;
  /** Problems found before sending, keyed like the server's 422 paths. */
  errors: Record<string, string>;
}

/** Turns the draft into an EventInput; the server validates again and its 422 issues map onto the same paths. */
export function toEventInput(draft: Draft, ownerAgency: string): Built {
  const errors: Record<string, string> = {};
  const lat = numberOrUndefined(draft.lat);
  const lon = numberOrUndefined(draft.lon);
  if ((lat === undefined) !== (lon === undefined)) errors.position = translate(translations, 'errBothOrNeither');
  if (lat !== undefined && !(lat >= -90 && lat <= 90)) errors['position.lat'] = translate(translations, 'errLat');
  if (lon !== undefined && !(lon >= -180 && lon <= 180)) errors['position.lon'] = translate(translations, 'errLon');

  const input: EventInput = {
    kind: draft.kind,
    title: draft.title,
    summary: draft.summary,
    occurredAt: draft.occurredAt === '' ? '' : `${draft.occurredAt}:00Z`,
    ownerAgency,
    releasability: draft.releasability,
    severity: draft.severity,
    ...(lat !== undefined && lon !== undefined ? { position: { lat, lon } } : {}),
    ...(draft.place.trim() === '' ? {} : { place: draft.place.trim() }),
    ...(draft.grading ? { grading: draft.grading } : {}),
  };
  if (draft.kind === 'seizure') {
    const quantity = numberOrUndefined(draft.quantity);
    const valueUsd = numberOrUndefined(draft.valueUsd);
    if (quantity === undefined || Number.isNaN(quantity))
      errors['seizure.quantity'] = translate(translations, 'errQuantity');
    if (valueUsd !== undefined && Number.isNaN(valueUsd))
      errors['seizure.estimatedValueUsd'] = translate(translations, 'errValue');
    input.seizure = {
      commodity: draft.commodity,
      quantity: quantity ?? 0,
      unit: draft.unit,
      ...(valueUsd === undefined ? {} : { estimatedValueUsd: valueUsd }),
      ...(draft.hsCode.trim() === '' ? {} : { hsCode: draft.hsCode.trim() }),
    };
  }
  return { input, errors };
}
