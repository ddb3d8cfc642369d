import { describe, expect, it } from 'vitest';
import type { Role, Session } from '../session/types.ts';
import { triageAuthority } from './triageAuthority.ts';

const user = (agency: string, role: Role): Session => ({
  kind: 'user',
  user: { id: 'u1', username: 'x', displayName: 'X', role, agency, language: null },
  csrfToken: 't',
  groups: [],
});

describe('triageAuthority', () => {
  it('[AUTH-10] offers triage to the owning agency only, with the reason for a reader of another agency', () => {
    expect(triageAuthority(user('JCA', 'analyst'), 'JCA')).toEqual({ may: true });
    const other = triageAuthority(user('CBP', 'analyst'), 'JCA');
    expect(other.may).toBe(false);
    expect(other.may === false && other.keptBy).toBe('JCA');
  });

  it('offers nothing, without a reason, to a role that never triages', () => {
    expect(triageAuthority(user('JCA', 'commander'), 'JCA')).toEqual({ may: false, keptBy: null });
    expect(triageAuthority({ kind: 'device', token: 't' }, 'JCA')).toEqual({ may: false, keptBy: null });
  });
});
