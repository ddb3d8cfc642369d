import { and, asc, eq, gt, isNotNull, lt, sql } from 'drizzle-orm';
import type { IntelEvent, Tlp } from '@tidewatch/contracts';
import type { Db } from '../database.ts';
import { eventChanges } from '../schema/event-changes.ts';
import { eventSequence, events } from '../schema/events.ts';
import { rowToEvent } from './event-mapping.ts';

/** An event's label: what releasability decides on. */
export interface EventLabel {
  tlp: Tlp;
  recipients: string[];
  sharingGroups: string[];
}

/** A label with its owner: what the releasability rule reads. */
export interface OwnedLabel extends EventLabel {
  ownerAgency: string;
}

/** What an owner may change of its event after the insert (FED-13). */
export interface EventEdit {
  title?: string | undefined;
  summary?: string | undefined;
  label?: EventLabel | undefined;
}

/** One change after `pos`, with the event as it stands now and the label the change replaced. */
export interface StoredChange {
  pos: number;
  event: IntelEvent;
  /** This deployment holds the event as a tombstone (FED-14). */
  withdrawn: boolean;
  previous: EventLabel;
}

/** The content a newer version of a received event brings (FED-13), all but its identity and seq. */
export type ReceivedVersion = Pick<
  IntelEvent,
  'title' | 'summary' | 'place' | 'severity' | 'grading' | 'subjects' | 'seizure' | 'status' | 'version'
> & { position: IntelEvent['position']; label: EventLabel };

const RED_TO_NOBODY = { tlp: 'RED' as const, recipients: [] as string[], sharingGroups: [] as string[] };

/**
 * Changes of stored events after their insert, numbered in commit order (FED-13), and the updates that make
 * them. Every write here runs inside the caller's transaction with the change row it records, so a change is
 * pulled by partners if and only if it committed.
 */
export function createEventChangeRepository(db: Db) {
  /** Numbers the change under event_sequence's row lock (commit order, as seq) and stores it. */
  async function record(eventId: string, previous: EventLabel, at: string): Promise<number> {
    const [counter] = await db
      .update(eventSequence)
      .set({ changes: sql`${eventSequence.changes} + 1` })
      .where(eq(eventSequence.id, 1))
      .returning({ pos: eventSequence.changes });
    if (!counter) throw new Error('event_sequence has no row');
    await db.insert(eventChanges).values({
      pos: counter.pos,
      eventId,
      prevTlp: previous.tlp,
      prevRecipients: previous.recipients,
      prevSharingGroups: previous.sharingGroups,
      at,
    });
    return counter.pos;
  }

  async function labelOf(id: string): Promise<(OwnedLabel & { version: number; origin: string | null }) | undefined> {
    const [row] = await db
      .select({
        tlp: events.tlp,
        recipients: events.recipients,
        sharingGroups: events.sharingGroups,
        version: events.version,
        origin: events.originDeployment,
        ownerAgency: events.ownerAgency,
      })
      .from(events)
      .where(eq(events.id, id))
      .limit(1);
    return row ? { ...row, tlp: row.tlp as Tlp } : undefined;
  }

  /** The label alone, as a change row records it. */
  function labelPart(row: EventLabel): EventLabel {
    return { tlp: row.tlp, recipients: row.recipients, sharingGroups: row.sharingGroups };
  }

  return {
    /**
     * The owner's edit: applies only while the stored version is still `baseVersion` (as triage does), bumps the
     * version and records the change. Undefined when the version had moved on or the event is not stored.
     */
    async edit(id: string, change: EventEdit, baseVersion: number, at: string): Promise<IntelEvent | undefined> {
      const previous = await labelOf(id);
      if (!previous || previous.version !== baseVersion) return undefined;
      const [row] = await db
        .update(events)
        .set({
          ...(change.title === undefined ? {} : { title: change.title }),
          ...(change.summary === undefined ? {} : { summary: change.summary }),
          ...(change.label ?? {}),
          version: sql`${events.version} + 1`,
        })
        .where(and(eq(events.id, id), eq(events.version, baseVersion)))
        .returning();
      if (!row) return undefined;
      await record(id, labelPart(previous), at);
      return rowToEvent(row);
    },

    /**
     * FED-13: a partner's newer version of an event received from it, applied only over an older one (a version
     * that arrives late never overwrites a newer one or a newer tombstone); it brings back a withdrawn event. Only
     * an event received from `origin` changes: never one written here, nor one another deployment originated.
     */
    async applyNewer(
      id: string,
      version: ReceivedVersion,
      origin: string,
      at: string,
    ): Promise<IntelEvent | undefined> {
      const previous = await labelOf(id);
      if (!previous || previous.origin !== origin || previous.version >= version.version) return undefined;
      const [row] = await db
        .update(events)
        .set({
          title: version.title,
          summary: version.summary,
          place: version.place,
          lat: version.position?.lat ?? null,
          lon: version.position?.lon ?? null,
          severity: version.severity,
          grading: version.grading,
          subjects: version.subjects,
          seizure: version.seizure,
          status: version.status,
          ...version.label,
          version: version.version,
          withdrawnAt: null,
        })
        .where(and(eq(events.id, id), eq(events.originDeployment, origin), lt(events.version, version.version)))
        .returning();
      if (!row) return undefined;
      await record(id, labelPart(previous), at);
      return rowToEvent(row);
    },

    /**
     * FED-14: withdraws a received event as of `version`: the row stays as a tombstone that no agency here may
     * read (RED, no recipients: its owner is a partner's agency, which holds no user here) and that keeps none of
     * its content. Answers the label it had (to tell the sockets that could read it), or undefined when the event
     * is not stored, was written here (a partner never withdraws this deployment's own events), or is already at
     * this version or newer.
     */
    async withdraw(id: string, version: number, at: string): Promise<OwnedLabel | undefined> {
      const previous = await labelOf(id);
      if (!previous || previous.origin === null || previous.version >= version) return undefined;
      const rows = await db
        .update(events)
        .set({
          ...RED_TO_NOBODY,
          title: '',
          summary: '',
          place: null,
          lat: null,
          lon: null,
          grading: null,
          seizure: null,
          subjects: { vessels: [], containers: [], organisations: [], persons: [] },
          version,
          withdrawnAt: at,
        })
        .where(and(eq(events.id, id), isNotNull(events.originDeployment), lt(events.version, version)))
        .returning({ id: events.id });
      if (rows.length === 0) return undefined;
      await record(id, labelPart(previous), at);
      return { ...labelPart(previous), ownerAgency: previous.ownerAgency };
    },

    /** Changes after `pos`, oldest first, each with its event as it stands now. */
    async after(pos: number, limit: number): Promise<StoredChange[]> {
      const rows = await db
        .select({ change: eventChanges, event: events })
        .from(eventChanges)
        .innerJoin(events, eq(events.id, eventChanges.eventId))
        .where(gt(eventChanges.pos, pos))
        .orderBy(asc(eventChanges.pos))
        .limit(limit);
      return rows.map(({ change, event }) => ({
        pos: change.pos,
        event: rowToEvent(event),
        withdrawn: event.withdrawnAt !== null,
        previous: {
          tlp: change.prevTlp as Tlp,
          recipients: change.prevRecipients,
          sharingGroups: change.prevSharingGroups,
        },
      }));
    },

    async latest(): Promise<number> {
      const [counter] = await db
        .select({ value: eventSequence.changes })
        .from(eventSequence)
        .where(eq(eventSequence.id, 1));
      return counter?.value ?? 0;
    },
  };
}

export type EventChangeRepository = ReturnType<typeof createEventChangeRepository>;
