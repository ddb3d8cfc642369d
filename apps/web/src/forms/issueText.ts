import type { ApiIssue } from '../api/http.ts';
import { translate } from '../i18n/index.ts';
import { translations } from './translations.ts';

type Key = keyof (typeof translations.messages)['en'];

const COUNTED_IN_ITEMS = new Set(['array', 'set', 'file']);
const COUNTED_AS_NUMBER = new Set(['number', 'int', 'bigint']);

/**
 * I18N-5: one refused field in the user's language, worded from the issue's code, never from the schema's
 * English ("Too small: expected string to have >=1 characters"). An issue without a code was written by hand
 * on the server as a sentence for people (a check digit, a zoom hint) and is shown as it is.
 */
export function issueText(issue: ApiIssue): string {
  const key = keyFor(issue);
  if (key === null) return issue.message;
  return translate(translations, key, { limit: issue.limit ?? 0 });
}

function keyFor({ code, origin, limit }: ApiIssue): Key | null {
  switch (code) {
    case undefined:
    case 'custom':
      return null;
    case 'too_small':
      if (origin === 'string') return limit === undefined || limit <= 1 ? 'required' : 'tooShort';
      return sizeKey(origin, limit, { items: 'tooFewItems', number: 'tooLow', date: 'tooEarly' });
    case 'too_big':
      if (origin === 'string') return limit === undefined ? 'invalid' : 'tooLong';
      return sizeKey(origin, limit, { items: 'tooManyItems', number: 'tooHigh', date: 'tooLate' });
    case 'invalid_type':
      return 'wrongType';
    case 'invalid_format':
      return 'badFormat';
    case 'invalid_value':
      return 'notAChoice';
    case 'unrecognized_keys':
      return 'unexpectedField';
    case 'not_multiple_of':
      return 'notAStep';
    default:
      return 'invalid';
  }
}

function sizeKey(
  origin: string | undefined,
  limit: number | undefined,
  keys: { items: Key; number: Key; date: Key },
): Key {
  if (limit === undefined || origin === undefined) return 'invalid';
  if (COUNTED_IN_ITEMS.has(origin)) return keys.items;
  if (COUNTED_AS_NUMBER.has(origin)) return keys.number;
  if (origin === 'date') return keys.date;
  return 'invalid';
}

/** A refused field that the form does not show by itself: its path, then what is wrong with it. */
export function pathAndIssueText(issue: ApiIssue): string {
  const problem = issueText(issue);
  return issue.path ? translate(translations, 'fieldProblem', { field: issue.path, problem }) : problem;
}
