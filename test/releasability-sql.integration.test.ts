import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TLP_LEVELS } from '@tidewatch/contracts';
import {
  createAgencyRepository,
  createEventRepository,
  createSharingGroupRepository,
  openDatabase,
  type DatabaseHandle,
  type NewEvent,
} from '@tidewatch/db';
import { canRead } from '@tidewatch/domain';
import { oracleMayRead, type OracleItem } from './support/releasability-oracle.ts';
import { createTempDir } from './support/temp-dir.ts';

const AGENCIES = ['JCA', 'JCF', 'CBP', 'USCG', 'IMPACS'];
const GROUPS = new Map<string, readonly string[]>([
  ['jca-cbp-cmaa', ['JCA', 'CBP']],
  ['jm-joint-ops', ['JCA', 'JCF']],
]);
const POLICIES = 10_000;

const dir = createTempDir('rel-sql');
let handle: DatabaseHandle;
const stored = new Map<string, OracleItem>();

beforeAll(async () => {
  handle = await openDatabase({ dataDir: dir.path });
  await createAgencyRepository(handle.db).upsertMany(AGENCIES.map((code) => ({ code, name: code, country: 'JM' })));
  const groups = createSharingGroupRepository(handle.db);
  for (const [code, members] of GROUPS) await groups.upsert({ code, name: code, members: [...members] });
  const policies = fc.sample(
    fc.record({
      owner: fc.constantFrom(...AGENCIES),
      tlp: fc.constantFrom(...TLP_LEVELS),
      recipients: fc.uniqueArray(fc.constantFrom(...AGENCIES), { maxLength: 3 }),
      groups: fc.uniqueArray(fc.constantFrom(...GROUPS.keys()), { maxLength: 2 }),
    }),
    { numRuns: POLICIES, seed: 4242 },
  );
  const rows: NewEvent[] = policies.map((p) => {
    const id = randomUUID();
    stored.set(id, p);
    const now = new Date().toISOString();
    return {
      id,
      kind: 'sighting_report',
      title: 'policy',
      summary: '',
      occurredAt: now,
      reportedAt: now,
      receivedAt: now,
      ownerAgency: p.owner,
      tlp: p.tlp,
      recipients: [...p.recipients],
      sharingGroups: [...p.groups],
      severity: 1,
      subjects: { vessels: [], containers: [], organisations: [], persons: [] },
      status: 'new',
      stixIds: [],
    };
  });
  const events = createEventRepository(handle.db);
  for (let i = 0; i < rows.length; i += 1000) await events.insertMany(rows.slice(i, i + 1000));
}, 120_000);

afterAll(async () => {
  await handle.close();
  dir.remove();
});

describe('releasability in SQL (visibleTo) against the policy and the oracle', () => {
  it.each(AGENCIES)(
    '[REL-1..REL-4][REL-8] %s sees exactly the events the spec allows among 10,000 random policies',
    async (agency) => {
      const groups = [...GROUPS].filter(([, members]) => members.includes(agency)).map(([code]) => code);
      const events = createEventRepository(handle.db);
      const visible = new Set((await events.list({ viewer: { agency, groups } }, POLICIES + 1)).map((e) => e.id));
      const count = await events.count({ viewer: { agency, groups } });
      let expected = 0;
      for (const [id, item] of stored) {
        const allowed = oracleMayRead(agency, GROUPS, item);
        expect(
          canRead(
            { agency, groups: new Set(groups) },
            { ownerAgency: item.owner, tlp: item.tlp, recipients: item.recipients, sharingGroups: item.groups },
          ),
        ).toBe(allowed);
        if (visible.has(id) !== allowed)
          throw new Error(`${agency} ${allowed ? 'misses' : 'sees'} ${JSON.stringify(item)}`);
        if (allowed) expected++;
      }
      expect(visible.size).toBe(expected);
      expect(count).toBe(expected);
    },
  );
});
