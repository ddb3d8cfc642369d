import { EventInput, type IntelEvent, type ParsedEventInput } from '@tidewatch/contracts';
import type { RequestContext } from '../context.ts';
import { requirePermission } from '../auth/principal.ts';
import { ServiceError, forbidden, validationError, type FieldIssue } from '../errors.ts';
import { newEventId, scopedEventId } from '../ids.ts';
import { toNewEvent } from './event-input-mapping.ts';
import { auditRestrictedReads } from './read-audit.ts';
import { auditRow } from '../audit-trail.ts';

export interface IngestResult {
  event: IntelEvent;
  created: boolean;
}

/**
 * Every agency an event names must exist (an unknown code is a typo that would hide the event from its owner),
 * and every sharing group must be one its owner is an active member of. Answers the issues of each input.
 */
export async function agencyIssues(
  ctx: RequestContext,
  inputs: readonly Pick<ParsedEventInput, 'ownerAgency' | 'releasability'>[],
): Promise<FieldIssue[][]> {
  const named = new Set<string>();
  for (const input of inputs) {
    named.add(input.ownerAgency);
    for (const code of input.releasability.recipients) named.add(code);
  }
  const known = new Set(await ctx.agencies.existing([...named]));
  const groupsByOwner = new Map<string, Set<string>>();
  const result: FieldIssue[][] = [];
  for (const input of inputs) {
    const issues: FieldIssue[] = [];
    if (!known.has(input.ownerAgency)) {
      issues.push({ path: 'ownerAgency', message: `unknown agency ${input.ownerAgency}` });
    }
    input.releasability.recipients.forEach((code, i) => {
      if (!known.has(code)) issues.push({ path: `releasability.recipients.${i}`, message: `unknown agency ${code}` });
    });
    if (input.releasability.sharingGroups.length > 0) {
      let groups = groupsByOwner.get(input.ownerAgency);
      if (!groups) {
        groups = new Set(await ctx.sharingGroups.activeGroupsOf(input.ownerAgency));
        groupsByOwner.set(input.ownerAgency, groups);
      }
      const active = groups;
      input.releasability.sharingGroups.forEach((group, i) => {
        if (!active.has(group)) {
          issues.push({
            path: `releasability.sharingGroups.${i}`,
            message: `${input.ownerAgency} is not an active member of sharing group ${group}`,
          });
        }
      });
    }
    result.push(issues);
  }
  return result;
}

async function checkAgencies(ctx: RequestContext, inputs: readonly ParsedEventInput[]): Promise<void> {
  const perInput = await agencyIssues(ctx, inputs);
  const issues = perInput.flatMap((list, index) =>
    list.map((issue) => ({ ...issue, path: inputs.length > 1 ? `[${index}].${issue.path}` : issue.path })),
  );
  if (issues.length > 0) {
    throw new ServiceError('unprocessable', `${issues[0]?.path}: ${issues[0]?.message}`, issues);
  }
}

/** AUTH-1 and REL-4: why this caller may not submit this event at all, or undefined when it may. */
export function submissionRefusal(
  ctx: RequestContext,
  input: Pick<ParsedEventInput, 'ownerAgency' | 'releasability'>,
): ServiceError | undefined {
  // AUTH-1: nobody speaks for another agency (the demo world's system actor speaks for all of them).
  if (ctx.actor.kind !== 'system' && input.ownerAgency !== ctx.actor.agency) {
    return forbidden(`${ctx.actor.name} of ${ctx.actor.agency} may not submit events owned by ${input.ownerAgency}`);
  }
  // REL-4: a sharing group never carries RED.
  if (input.releasability.tlp === 'RED' && input.releasability.sharingGroups.length > 0) {
    return new ServiceError(
      'unprocessable',
      'releasability.sharingGroups: TLP:RED goes to named recipient agencies only',
      [{ path: 'releasability.sharingGroups', message: 'TLP:RED goes to named recipient agencies only' }],
    );
  }
  return undefined;
}

/**
 * Validates, stores and publishes events. A client may number its events (`id`) to retry a POST safely: the
 * event is stored under an id scoped to its owning agency (scopedEventId, REL-12), so a repeat returns that
 * agency's own stored event, publishes nothing, and is audited as the read it is.
 */
export async function ingestEvents({
  ctx,
  inputs,
}: {
  ctx: RequestContext;
  inputs: readonly unknown[];
}): Promise<IngestResult[]> {
  requirePermission(ctx, 'events:write');
  const parsed = inputs.map((raw) => {
    const result = EventInput.safeParse(raw);
    if (!result.success) throw validationError(result.error, 'event');
    return result.data;
  });
  for (const input of parsed) {
    const refusal = submissionRefusal(ctx, input);
    if (refusal) throw refusal;
  }
  await checkAgencies(ctx, parsed);
  return storeCheckedEvents(ctx, parsed);
}

/**
 * Stores events that passed `submissionRefusal` and `agencyIssues`, publishes the new ones and audits them:
 * the one write path of every event submission (REST, socket, STIX import).
 */
export async function storeCheckedEvents(
  ctx: RequestContext,
  parsed: readonly ParsedEventInput[],
): Promise<IngestResult[]> {
  const now = ctx.clock.now();
  const rows = parsed.map((input) =>
    toNewEvent(input, input.id === undefined ? newEventId(now) : scopedEventId(input.ownerAgency, input.id), now),
  );
  // FAULT-2: each created event's audit row commits in the insert's own transaction, before the answer.
  const createAudit =
    ctx.actor.kind === 'system'
      ? undefined
      : new Map(
          rows.map((row) => [
            row.id,
            auditRow(
              {
                actor: ctx.actor,
                action: 'event.create',
                targetType: 'event',
                targetId: row.id,
                outcome: 'success',
                detail: { tlp: row.tlp },
              },
              now,
            ),
          ]),
        );
  const results = await ctx.events.insertMany(rows, createAudit);
  const created = results.filter((r) => r.created).map((r) => r.event);
  if (created.length > 0) ctx.publisher.publish(created);
  if (ctx.actor.kind !== 'system') {
    auditRestrictedReads(
      ctx,
      'event.read',
      results.filter((r) => !r.created).map((r) => r.event),
    );
  }
  return results;
}

export async function ingestEvent({ ctx, input }: { ctx: RequestContext; input: unknown }): Promise<IngestResult> {
  const [result] = await ingestEvents({ ctx, inputs: [input] });
  if (!result) throw new Error('ingestEvents returned nothing for one input');
  return result;
}
