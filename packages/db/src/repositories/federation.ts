import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { agencies } from '../schema/agencies.ts';
import { events } from '../schema/events.ts';
import { federationPartners, type FederationPartnerRow } from '../schema/federation.ts';
import { sharingGroupMembers, sharingGroups } from '../schema/sharing-groups.ts';

export type { FederationPartnerRow };

export interface NewPartner {
  id: string;
  name: string;
  baseUrl: string;
  outboundToken: string;
  inboundTokenHash: string;
  enabled: boolean;
}

export interface PartnerChange {
  name?: string | undefined;
  baseUrl?: string | undefined;
  outboundToken?: string | undefined;
  inboundTokenHash?: string | undefined;
  enabled?: boolean | undefined;
}

/** An agency with its agreements here: what the federation rule needs to know of it (a Viewer, in domain terms). */
export interface AgencyWithGroups {
  code: string;
  groups: string[];
}

/** What one pull delivered: the cursor it reached and what it stored and refused (FED-8). */
export interface PullProgress {
  cursor: number;
  partnerLatestSeq: number;
  received: number;
  refused: number;
  /** FED-13: the change position this pull started from and the one it reached. */
  changeFrom: number;
  changeCursor: number;
  /** Newer versions applied and events withdrawn by this pull. */
  updated: number;
  withdrawn: number;
  at: string;
}

export function createFederationRepository(db: Db) {
  /** Agencies hosted by `deployment` (null: hosted here), each with the active agreements it belongs to here. */
  async function agenciesHostedBy(deployment: string | null): Promise<AgencyWithGroups[]> {
    const rows = await db
      .select({ code: agencies.code, group: sharingGroups.code })
      .from(agencies)
      .leftJoin(sharingGroupMembers, eq(sharingGroupMembers.agencyCode, agencies.code))
      .leftJoin(
        sharingGroups,
        and(eq(sharingGroups.code, sharingGroupMembers.groupCode), isNull(sharingGroups.revokedAt)),
      )
      .where(deployment === null ? isNull(agencies.homeDeployment) : eq(agencies.homeDeployment, deployment))
      .orderBy(agencies.code);
    const byCode = new Map<string, string[]>();
    for (const row of rows) {
      const groups = byCode.get(row.code) ?? [];
      if (row.group !== null) groups.push(row.group);
      byCode.set(row.code, groups);
    }
    return [...byCode].map(([code, groups]) => ({ code, groups }));
  }

  return {
    agenciesHostedBy,

    /** Home deployment of each of `codes` that names a stored agency (null: hosted here). */
    async homesOf(codes: readonly string[]): Promise<Map<string, string | null>> {
      if (codes.length === 0) return new Map();
      const rows = await db
        .select({ code: agencies.code, home: agencies.homeDeployment })
        .from(agencies)
        .where(inArray(agencies.code, [...codes]));
      return new Map(rows.map((r) => [r.code, r.home]));
    },

    /** The subset of `ids` that name a stored event. */
    async storedEventIds(ids: readonly string[]): Promise<string[]> {
      if (ids.length === 0) return [];
      const rows = await db
        .select({ id: events.id })
        .from(events)
        .where(inArray(events.id, [...ids]));
      return rows.map((r) => r.id);
    },

    /** FED-1: a remote agency; false (nothing changed) when the code is taken, here or by another partner. */
    async insertRemoteAgency(agency: { code: string; name: string; country: string; home: string }): Promise<boolean> {
      const rows = await db
        .insert(agencies)
        .values({ code: agency.code, name: agency.name, country: agency.country, homeDeployment: agency.home })
        .onConflictDoNothing()
        .returning({ code: agencies.code });
      return rows.length > 0;
    },

    async list(): Promise<FederationPartnerRow[]> {
      return db.select().from(federationPartners).orderBy(federationPartners.id);
    },

    async get(id: string): Promise<FederationPartnerRow | undefined> {
      const [row] = await db.select().from(federationPartners).where(eq(federationPartners.id, id));
      return row;
    },

    async findByInboundHash(hash: string): Promise<FederationPartnerRow | undefined> {
      const [row] = await db.select().from(federationPartners).where(eq(federationPartners.inboundTokenHash, hash));
      return row;
    },

    /** False (nothing changed) when the id or the inbound credential is taken. */
    async insertNew(partner: NewPartner): Promise<boolean> {
      const rows = await db
        .insert(federationPartners)
        .values(partner)
        .onConflictDoNothing()
        .returning({ id: federationPartners.id });
      return rows.length > 0;
    },

    async update(id: string, change: PartnerChange): Promise<FederationPartnerRow | undefined> {
      const set = Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined));
      if (Object.keys(set).length === 0) return this.get(id);
      const [row] = await db.update(federationPartners).set(set).where(eq(federationPartners.id, id)).returning();
      return row;
    },

    /**
     * FED-8: moves the cursor forward only (a pull that lost a race to another never moves it back), in the
     * transaction that stored the items it covers. Answers false when the cursor had moved past `from` already:
     * the caller's items were then stored by that other pull, and its transaction must roll back.
     */
    async advanceCursor(id: string, from: number, progress: PullProgress): Promise<boolean> {
      const rows = await db
        .update(federationPartners)
        .set({
          cursor: progress.cursor,
          partnerLatestSeq: progress.partnerLatestSeq,
          receivedCount: sql`${federationPartners.receivedCount} + ${progress.received}`,
          refusedCount: sql`${federationPartners.refusedCount} + ${progress.refused}`,
          changeCursor: progress.changeCursor,
          updatedCount: sql`${federationPartners.updatedCount} + ${progress.updated}`,
          withdrawnCount: sql`${federationPartners.withdrawnCount} + ${progress.withdrawn}`,
          lastPullAt: progress.at,
          lastError: null,
          lastErrorAt: null,
        })
        .where(
          and(
            eq(federationPartners.id, id),
            eq(federationPartners.cursor, from),
            eq(federationPartners.changeCursor, progress.changeFrom),
          ),
        )
        .returning({ id: federationPartners.id });
      return rows.length > 0;
    },

    /** FED-11: a failed or garbage pull; the cursor stays. */
    async recordFailure(id: string, error: string, at: string, garbage: boolean): Promise<void> {
      await db
        .update(federationPartners)
        .set({
          lastError: error,
          lastErrorAt: at,
          ...(garbage ? { garbageCount: sql`${federationPartners.garbageCount} + 1` } : {}),
        })
        .where(eq(federationPartners.id, id));
    },

    /** The partner pulled `count` items from here. */
    async recordServed(id: string, count: number, at: string): Promise<void> {
      await db
        .update(federationPartners)
        .set({ sentCount: sql`${federationPartners.sentCount} + ${count}`, lastServedAt: at })
        .where(eq(federationPartners.id, id));
    },
  };
}

export type FederationRepository = ReturnType<typeof createFederationRepository>;
