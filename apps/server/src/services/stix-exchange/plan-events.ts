import { EventInput, type IntelEvent, type ParsedEventInput, type TriageStatus } from '@tidewatch/contracts';
import { stixIdOf } from '@tidewatch/stix';
import { viewerScope } from '../../auth/actor.ts';
import type { RequestContext } from '../context.ts';
import { agencyIssues, submissionRefusal } from '../events/ingest-events.ts';
import { scopedEventId } from '../ids.ts';
import type { OutcomeList } from './outcomes.ts';
import { type Position, versionOf } from './bundle-positions.ts';

/** One event of a bundle that may be stored, and what storing it does. */
export interface PlannedEvent {
  index: number;
  stixId: string;
  modified: string;
  title: string;
  input: ParsedEventInput;
  /** create: a new event; unchanged: held at this version or newer; triage: held, a newer status came. */
  action: 'create' | 'unchanged' | 'triage';
  /** The id of the event here (for a new one, the id it will get). */
  localId: string;
  triage?: { status: TriageStatus; baseVersion: number };
}

/** The submission an imported event makes: what the REST API would have been sent (STIX-12 already held). */
function asSubmission(e: IntelEvent): unknown {
  const subjects = e.subjects;
  return {
    id: e.id,
    kind: e.kind,
    title: e.title,
    summary: e.summary,
    occurredAt: e.occurredAt,
    reportedAt: e.reportedAt,
    ...(e.position ? { position: e.position } : {}),
    ...(e.place !== null ? { place: e.place } : {}),
    ownerAgency: e.ownerAgency,
    releasability: e.releasability,
    severity: e.severity,
    ...(e.grading ? { grading: e.grading } : {}),
    subjects,
    ...(e.seizure ? { seizure: e.seizure } : {}),
    status: e.status,
  };
}

/**
 * Decides, without writing, what each event of a bundle becomes for the caller's agency (XCH-1, XCH-2, XCH-3):
 * refused (with the field) when the REST API would refuse it, unchanged when this agency already holds that
 * version, a triage change when a newer version changes the status, else a new event of the caller's agency.
 */
export async function planEvents(
  ctx: RequestContext,
  events: readonly IntelEvent[],
  positions: ReadonlyMap<string, Position>,
  outcomes: OutcomeList,
): Promise<PlannedEvent[]> {
  const candidates: Omit<PlannedEvent, 'action' | 'localId'>[] = [];
  for (const event of events) {
    const stixId = stixIdOf('event', event.id);
    const position = positions.get(stixId);
    if (!position) continue;
    const base = { index: position.index, id: stixId, type: 'incident', title: event.title };
    const parsed = EventInput.safeParse(asSubmission(event));
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        outcomes.refuse(base, ['tidewatch', ...issue.path.map(String)].join('.'), issue.message);
      continue;
    }
    // AUTH-1 per object: a bundle may not make this agency speak for another (nor RED go to a group, REL-4).
    const refusal = submissionRefusal(ctx, parsed.data);
    if (refusal) {
      outcomes.refuse(base, refusal.issues[0]?.path ?? 'ownerAgency', refusal.message);
      continue;
    }
    candidates.push({
      index: position.index,
      stixId,
      modified: versionOf(position.object),
      title: event.title,
      input: parsed.data,
    });
  }
  const issues = await agencyIssues(
    ctx,
    candidates.map((c) => c.input),
  );
  const storable = candidates.filter((candidate, i) => {
    const found = issues[i] ?? [];
    const base = { index: candidate.index, id: candidate.stixId, type: 'incident', title: candidate.title };
    for (const issue of found) outcomes.refuse(base, issue.path, issue.message);
    return found.length === 0;
  });
  return decide(ctx, storable);
}

async function decide(
  ctx: RequestContext,
  candidates: readonly Omit<PlannedEvent, 'action' | 'localId'>[],
): Promise<PlannedEvent[]> {
  const agency = ctx.actor.agency;
  const marks = new Map(
    (
      await ctx.stix.importMarks(
        agency,
        candidates.map((c) => c.stixId),
      )
    ).map((m) => [m.stixId, m]),
  );
  // The events this agency may already hold for them: its own original (its own export coming back), the copy
  // an earlier import made (scoped to the agency, as REL-12 stores a numbered submission), or the marked one.
  const wanted = new Set<string>();
  for (const c of candidates) {
    const id = c.input.id ?? '';
    wanted.add(id);
    wanted.add(scopedEventId(agency, id));
    const marked = marks.get(c.stixId);
    if (marked) wanted.add(marked.itemId);
  }
  const held = new Map<string, IntelEvent>();
  const ids = [...wanted];
  for (let at = 0; at < ids.length; at += 1000) {
    const page = ids.slice(at, at + 1000);
    const rows = await ctx.events.list({ ids: page, viewer: viewerScope(ctx.viewer) }, page.length);
    for (const row of rows) if (row.ownerAgency === agency) held.set(row.id, row);
  }
  return candidates.map((c) => {
    const id = c.input.id ?? '';
    const marked = marks.get(c.stixId);
    const current =
      (marked ? held.get(marked.itemId) : undefined) ?? held.get(id) ?? held.get(scopedEventId(agency, id));
    if (!current) return { ...c, action: 'create', localId: scopedEventId(agency, id) };
    const newer = marked !== undefined && marked.modified < c.modified;
    if (newer && current.status !== c.input.status) {
      return {
        ...c,
        action: 'triage',
        localId: current.id,
        triage: { status: c.input.status, baseVersion: current.version },
      };
    }
    return { ...c, action: 'unchanged', localId: current.id };
  });
}
