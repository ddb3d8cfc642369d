import { randomUUID } from 'node:crypto';
import type { Db, ViewerScope } from '../../src/index.ts';
import { createAgencyRepository, createUserRepository } from '../../src/index.ts';

/** Every contract shares one database per backend run, so each names its rows uniquely instead of truncating. */
export type DbOf = () => Db;

/** Agencies every contract may use as owners, recipients and viewers. */
export const AGENCIES = [
  { code: 'JCA', name: 'Jamaica Customs Agency', country: 'JM' },
  { code: 'CBP', name: 'US Customs and Border Protection', country: 'US' },
  { code: 'USCG', name: 'US Coast Guard', country: 'US' },
  { code: 'TTCED', name: 'Trinidad and Tobago Customs', country: 'TT' },
] as const;

export async function seedAgencies(db: Db): Promise<void> {
  await createAgencyRepository(db).upsertMany(AGENCIES.map((a) => ({ ...a })));
}

let counter = 0;
/** A name no other test of the run uses: `label` plus a run-local counter and a random tail. */
export function unique(label: string): string {
  counter++;
  return `${label}${counter}${randomUUID().slice(0, 6)}`.toUpperCase();
}

export function viewer(agency: string, groups: readonly string[] = []): ViewerScope {
  return { agency, groups };
}

/** A stored user of `agency`, for the foreign keys of annotations, sessions and acknowledgements. */
export async function storedUser(db: Db, agency: string, role = 'analyst'): Promise<{ id: string; username: string }> {
  const username = unique('user').toLowerCase();
  const row = await createUserRepository(db).insert({ agencyCode: agency, username, displayName: username, role });
  return { id: row.id, username };
}

/** The ids of `rows`, for order assertions that read as a list. */
export const ids = (rows: readonly { id: string }[]): string[] => rows.map((r) => r.id);

/** A time `minutes` after a fixed origin, in ISO form; contracts keep to their own years so windows never overlap. */
export function at(year: number, minutes = 0): string {
  return new Date(Date.UTC(year, 0, 1) + minutes * 60_000).toISOString();
}
