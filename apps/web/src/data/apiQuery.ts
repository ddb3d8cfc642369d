import type { ApiResult } from '../api/http.ts';

/** A failed REST read as TanStack Query sees it: thrown, with the message the screens show. */
export class ApiQueryError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'ApiQueryError';
  }
}

/** Turns the transport's result into what a query function returns: the data, or a thrown ApiQueryError. */
export async function unwrap<T>(pending: Promise<ApiResult<T>>): Promise<T> {
  const result = await pending;
  if (result.ok) return result.data;
  throw new ApiQueryError(result.message, result.status);
}

/** The message to show for a query's error (null when there is none). */
export function errorMessage(error: Error | null): string | null {
  return error === null ? null : error.message;
}
