import { SeaNotices } from '@tidewatch/contracts';
import { request } from '../api/http.ts';

export const fetchSeaNotices = (signal: AbortSignal) =>
  request('GET', '/api/v1/sea-notices', {
    parse: (raw) => {
      const parsed = SeaNotices.safeParse(raw);
      return parsed.success ? parsed.data : null;
    },
    signal,
  });
