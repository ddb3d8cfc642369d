import { DerivedAlert } from '@tidewatch/contracts';
import { request } from '../api/http.ts';
import { parser } from '../api/guards.ts';

const parseAlert = parser(DerivedAlert);

export const fetchAlert = (eventId: string, signal?: AbortSignal) =>
  request('GET', `/api/v1/alerts/${encodeURIComponent(eventId)}`, { parse: parseAlert, signal });

/** Event kinds that announce a derived alert with parameters and evidence. */
export const ALERT_EVENT_KINDS: ReadonlySet<string> = new Set(['vessel_alert', 'watchlist_hit', 'cargo_alert']);
