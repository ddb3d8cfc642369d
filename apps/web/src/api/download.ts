import { authHeaders } from './http.ts';

/** The file name a Content-Disposition header gives, else a generic one. */
function fileNameOf(disposition: string | null): string {
  return /filename="([^"]+)"/.exec(disposition ?? '')?.[1] ?? 'tidewatch-download';
}

/**
 * Downloads a file answer through a blob, so the session's cookie (or the device token) goes with the request,
 * which a plain link could not add. Saved as `filename`, else as the server names it. Answers null, or the
 * message to show when it failed.
 */
export async function downloadFile(path: string, accept: string, filename?: string): Promise<string | null> {
  try {
    const res = await fetch(path, { headers: { accept, ...authHeaders() }, credentials: 'same-origin' });
    if (!res.ok) return `export failed: the server answered ${res.status}`;
    const url = URL.createObjectURL(await res.blob());
    const a = document.createElement('a');
    a.href = url;
    a.download = filename ?? fileNameOf(res.headers.get('content-disposition'));
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return null;
  } catch {
    return 'cannot reach the Tidewatch server';
  }
}
