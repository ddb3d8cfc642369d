import { describe, expect, it } from 'vitest';
import { entryIdentityKey } from './entry-identity.ts';

describe('watchlist entry identity', () => {
  it('is the same for identifiers written differently', () => {
    expect(entryIdentityKey({ kind: 'vessel', imo: 'IMO 9074729', name: 'M/V Sea Star', callSign: '6yab1' })).toBe(
      entryIdentityKey({ kind: 'vessel', imo: '9074729', name: 'SEA  STAR', callSign: '6YAB1' }),
    );
    expect(entryIdentityKey({ kind: 'container', containerNumber: 'csqu 305438-3' })).toBe(
      entryIdentityKey({ kind: 'container', containerNumber: 'CSQU3054383' }),
    );
    expect(entryIdentityKey({ kind: 'organisation', name: 'Acme Trading Co., Ltd.', country: 'US' })).toBe(
      entryIdentityKey({ kind: 'organisation', name: 'ACME TRADING', country: 'US' }),
    );
  });

  it('differs by kind, by any identifier, and by country', () => {
    const base = entryIdentityKey({ kind: 'vessel', mmsi: '339123456', name: 'SEA STAR' });
    expect(entryIdentityKey({ kind: 'vessel', mmsi: '339123456' })).not.toBe(base);
    expect(entryIdentityKey({ kind: 'vessel', mmsi: '339123456', name: 'SEA STAR', callSign: '6YAB1' })).not.toBe(base);
    expect(entryIdentityKey({ kind: 'organisation', name: 'SEA STAR' })).not.toBe(
      entryIdentityKey({ kind: 'person', name: 'SEA STAR' }),
    );
    expect(entryIdentityKey({ kind: 'organisation', name: 'Acme', country: 'US' })).not.toBe(
      entryIdentityKey({ kind: 'organisation', name: 'Acme', country: 'JM' }),
    );
  });

  it('treats missing and null identifiers alike', () => {
    expect(entryIdentityKey({ kind: 'vessel', mmsi: '339123456', imo: null, name: undefined })).toBe(
      entryIdentityKey({ kind: 'vessel', mmsi: '339123456' }),
    );
  });
});
