import { EventInput, type IntelEvent, type ParsedEventInput } from '@tidewatch/contracts';
import type { ServiceContext } from '../context.ts';
import { ServiceError, validationError, type FieldIssue } from '../errors.ts';
import { newEventId } from '../ids.ts';
import { toNewEvent } from './event-input-mapping.ts';

export interface IngestResult {
  event: IntelEvent;
  created: boolean;
}

/** Every agency an event names must exist: an unknown code is a typo that would hide the event from its owner. */
async function checkAgencies(ctx: ServiceContext, inputs: readonly ParsedEventInput[]): Promise<void> {
  const named = new Set<string>();
  for (const input of inputs) {
    named.add(input.ownerAgency);
    for (const code of input.releasability.recipients) named.add(code);
  }
  const known = new Set(await ctx.agencies.existing([...named]));
  const issues: FieldIssue[] = [];
  inputs.forEach((input, index) => {
    const prefix = inputs.length > 1 ? `[${index}].` : '';
    if (!known.has(input.ownerAgency)) {
      issues.push({ path: `${prefix}ownerAgency`, message: `unknown agency ${input.ownerAgency}` });
    }
    input.releasability.recipients.forEach((code, i) => {
      if (!known.has(code)) issues.push({ path: `${prefix}releasability.recipients.${i}`, message: `unknown agency ${code}` });
    });
  });
  if (issues.length > 0) {
    throw new ServiceError('unprocessable', `${issues[0]?.path}: ${issues[0]?.message}`, issues);
  }
}

/**
 * Validates, stores and publishes events. A submission whose id is already stored returns the stored event
 * and publishes nothing, so a client may retry a POST safely.
 */
export async function ingestEvents({ ctx, inputs }: { ctx: ServiceContext; inputs: readonly unknown[] }): Promise<IngestResult[]> {
  const parsed = inputs.map((raw) => {
    const result = EventInput.safeParse(raw);
    if (!result.success) throw validationError(result.error, 'event');
    return result.data;
  });
  await checkAgencies(ctx, parsed);
  const now = ctx.clock.now();
  const rows = parsed.map((input) => toNewEvent(input, input.id ?? newEventId(now), now));
  const results = await ctx.events.insertMany(rows);
  const created = results.filter((r) => r.created).map((r) => r.event);
  if (created.length > 0) ctx.publisher.publish(created);
  return results;
}

export async function ingestEvent({ ctx, input }: { ctx: ServiceContext; input: unknown }): Promise<IngestResult> {
  const [result] = await ingestEvents({ ctx, inputs: [input] });
  if (!result) throw new Error('ingestEvents returned nothing for one input');
  return result;
}
