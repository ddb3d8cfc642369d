import type { ApiFailure } from '../api/http.ts';
import { pathAndIssueText } from '../forms/issueText.ts';

/** One line for an admin form: field issues in the user's language when there are some (I18N-5), else the message. */
export function describeFailure(res: ApiFailure): string {
  if (res.issues.length > 0) return res.issues.map(pathAndIssueText).join('; ');
  return res.message;
}
