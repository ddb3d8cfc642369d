import { dictionary } from '@zxcvbn-ts/language-common';

/**
 * AUTH-11, after NIST SP 800-63B 3.1.1.2: length, not composition rules. 12 characters for everyone (these
 * accounts read other agencies' intelligence), at most 128 so a password never becomes a scrypt workload,
 * and no password on the zxcvbn-ts common list (49,233 passwords from leaked sets, MIT licence), nor one of
 * them with digits or symbols tacked on, nor the username or the product's name.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

let common: ReadonlySet<string> | undefined;
function commonPasswords(): ReadonlySet<string> {
  common ??= new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));
  return common;
}

/** Why this password may not be set for `username`, or undefined when it may. */
export function passwordProblem(password: string, username: string): string | undefined {
  const length = [...password.normalize('NFKC')].length;
  if (length < PASSWORD_MIN_LENGTH) return `at least ${PASSWORD_MIN_LENGTH} characters`;
  if (length > PASSWORD_MAX_LENGTH) return `at most ${PASSWORD_MAX_LENGTH} characters`;
  const lower = password.toLowerCase();
  const stem = lower.replace(/[\d\W_]+$/u, '');
  if (commonPasswords().has(lower) || (stem.length >= 4 && commonPasswords().has(stem)))
    return 'a commonly used password: choose another';
  if (new Set(lower).size < 5) return 'too repetitive: use at least 5 different characters';
  const name = username.toLowerCase();
  if ((name.length >= 3 && lower.includes(name)) || lower.includes('tidewatch'))
    return 'must not contain the username or the product name';
  return undefined;
}
