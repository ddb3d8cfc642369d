import type { ApiFailure } from '../api/http.ts';

/** One line for an admin form: field issues when there are some, else the message. */
export function describeFailure(res: ApiFailure): string {
  if (res.issues.length > 0) return res.issues.map((i) => `${i.path}: ${i.message}`).join('; ');
  return res.message;
}
