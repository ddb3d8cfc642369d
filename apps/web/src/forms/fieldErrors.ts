import type { ApiIssue } from '../api/http.ts';
import { issueText, pathAndIssueText } from './issueText.ts';

/**
 * 422 issues keyed by path ("releasability.sharingGroups", "position.lat"). An issue without a path, or on
 * a field the form does not show, is returned in `other` so it is still shown, never swallowed. Each is worded
 * in the user's language (I18N-5).
 */
export function fieldErrors(
  issues: readonly ApiIssue[],
  known: readonly string[],
): { byPath: Record<string, string>; other: string[] } {
  const byPath: Record<string, string> = {};
  const other: string[] = [];
  for (const issue of issues) {
    const path = known.find((k) => issue.path === k || issue.path.startsWith(`${k}.`));
    if (path !== undefined && byPath[path] === undefined) byPath[path] = issueText(issue);
    else if (path === undefined) other.push(pathAndIssueText(issue));
  }
  return { byPath, other };
}

/** Errors under a prefix, with the prefix removed: `releasability.recipients` -> `recipients`. */
export function under(byPath: Readonly<Record<string, string>>, prefix: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(byPath)) {
    if (path.startsWith(`${prefix}.`)) out[path.slice(prefix.length + 1)] = message;
  }
  return out;
}
