import { VesselCard, VesselSearchResult, VesselTrack, FeedStats, type IntelEvent } from '@tidewatch/contracts';
import { request } from '../api/http.ts';
import { arrayOf } from '../api/guards.ts';
import { parseEventPageItems } from '../live/parse.ts';

const parseWith =
  <T>(schema: { safeParse: (raw: unknown) => { success: true; data: T } | { success: false } }) =>
  (raw: unknown): T | null => {
    const result = schema.safeParse(raw);
    return result.success ? result.data : null;
  };

export const searchVessels = (q: string, signal: AbortSignal, limit = 8) =>
  request('GET', `/api/v1/vessels?q=${encodeURIComponent(q)}&limit=${limit}`, {
    parse: parseWith(VesselSearchResult),
    signal,
  });

export const fetchVesselCard = (mmsi: number, signal: AbortSignal) =>
  request('GET', `/api/v1/vessels/${mmsi}`, { parse: parseWith(VesselCard), signal });

export const fetchVesselTrack = (mmsi: number, fromIso: string, signal: AbortSignal, limit = 2000) =>
  request('GET', `/api/v1/vessels/${mmsi}/track?from=${encodeURIComponent(fromIso)}&limit=${limit}`, {
    parse: parseWith(VesselTrack),
    signal,
  });

/** Events whose text or subjects match `q` (an MMSI or a name), newest first. */
export const searchEvents = (q: string, signal: AbortSignal, limit = 20) =>
  request('GET', `/api/v1/events?q=${encodeURIComponent(q)}&limit=${limit}`, {
    parse: (raw): IntelEvent[] | null => parseEventPageItems(raw)?.items ?? null,
    signal,
  });

const parseFeedStats = parseWith(FeedStats);

export const fetchFeeds = (signal: AbortSignal) =>
  request('GET', '/api/v1/feeds', {
    parse: (raw) => {
      // The route answers {feeds: [...]}; accept a bare array too.
      const list = typeof raw === 'object' && raw !== null && 'feeds' in raw ? raw.feeds : raw;
      return arrayOf(list, parseFeedStats);
    },
    signal,
  });
