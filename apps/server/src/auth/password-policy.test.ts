import { describe, expect, it } from 'vitest';
import { PASSWORD_MAX_LENGTH, passwordProblem } from './password-policy.ts';

describe('password rules', () => {
  it('[AUTH-11] refuses short, overlong, common, common-plus-digits, repetitive and self-naming passwords, with the reason', () => {
    expect(passwordProblem('short pass', 'jane.doe')).toBe('at least 12 characters');
    expect(passwordProblem(`${'x'.repeat(PASSWORD_MAX_LENGTH - 4)}abcde`, 'jane.doe')).toBe('at most 128 characters');
    expect(passwordProblem('1qaz2wsx3edc', 'jane.doe')).toBe('a commonly used password: choose another');
    expect(passwordProblem('Password12345678!', 'jane.doe')).toBe('a commonly used password: choose another');
    expect(passwordProblem('abababababababab', 'jane.doe')).toBe('too repetitive: use at least 5 different characters');
    expect(passwordProblem('my name is jane.doe!', 'jane.doe')).toBe(
      'must not contain the username or the product name',
    );
    expect(passwordProblem('Tidewatch harbour 7', 'jane.doe')).toBe(
      'must not contain the username or the product name',
    );
  });

  it('[AUTH-11] accepts a long passphrase, and counts characters, not bytes', () => {
    expect(passwordProblem('correct horse battery staple', 'jane.doe')).toBeUndefined();
    expect(passwordProblem('ñandú gaviota', 'jane.doe')).toBeUndefined();
    expect(passwordProblem('日本語のパスワード文字列', 'jane.doe')).toBeUndefined();
  });
});
