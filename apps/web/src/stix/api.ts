import { StixImportResult, StixOtherObjectPage } from '@tidewatch/contracts';
import { downloadFile } from '../api/download.ts';
import { request, type ApiResult } from '../api/http.ts';

const BASE = '/api/v1/stix';

const parseResult = (raw: unknown): StixImportResult | null => {
  const parsed = StixImportResult.safeParse(raw);
  return parsed.success ? parsed.data : null;
};

/** Imports (or, with dryRun, previews) a parsed bundle for the user's agency. */
export function importStix(bundle: unknown, dryRun: boolean): Promise<ApiResult<StixImportResult>> {
  return request('POST', `${BASE}/import${dryRun ? '?dryRun=true' : ''}`, { body: bundle, parse: parseResult });
}

export function fetchOtherObjects(limit: number, signal?: AbortSignal): Promise<ApiResult<StixOtherObjectPage>> {
  return request('GET', `${BASE}/other-objects?limit=${limit}`, {
    signal,
    parse: (raw) => {
      const parsed = StixOtherObjectPage.safeParse(raw);
      return parsed.success ? parsed.data : null;
    },
  });
}

/** What an export holds: the selected events, else every event the user may read (the server caps it). */
export type ExportScope = { kind: 'ids'; ids: readonly string[] } | { kind: 'all' };

export function downloadStix(scope: ExportScope): Promise<string | null> {
  const query = scope.kind === 'ids' ? `?ids=${scope.ids.map(encodeURIComponent).join(',')}` : '';
  return downloadFile(`${BASE}/export${query}`, 'tidewatch-stix.json', 'application/stix+json');
}
