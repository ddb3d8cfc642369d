import { authHeaders } from './http.ts';
import { translate } from '../i18n/index.ts';
import { translations } from './translations.ts';

/** The file name the server gave in Content-Disposition, else the fallback. */
function filenameOf(res: Response, fallback: string): string {
  const match = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '');
  return match?.[1] ?? fallback;
}

/**
 * Fetches an export with the session (cookie or device token) and hands it to the browser as a download,
 * named as the server named it. Answers null, or the reason it failed, to show beside the button.
 */
export async function downloadFile(path: string, fallbackName: string, accept: string): Promise<string | null> {
  try {
    const res = await fetch(path, { headers: { accept, ...authHeaders() }, credentials: 'same-origin' });
    if (!res.ok) {
      const body: unknown = await res.json().catch(() => null);
      const message =
        typeof body === 'object' && body !== null && 'error' in body
          ? String((body as { error: { message?: unknown } }).error.message ?? '')
          : '';
      const reason = message || translate(translations, 'serverAnswered', { status: res.status });
      return translate(translations, 'exportFailed', { reason });
    }
    const url = URL.createObjectURL(await res.blob());
    const a = document.createElement('a');
    a.href = url;
    a.download = filenameOf(res, fallbackName);
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return null;
  } catch {
    return translate(translations, 'unreachable');
  }
}
