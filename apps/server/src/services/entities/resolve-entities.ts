import {
  ResolutionDecisionInput,
  type ResolutionOutcome,
  type ResolutionSuggestion,
  type Tlp,
} from '@tidewatch/contracts';
import { DEFAULT_RESOLUTION_THRESHOLD, stricterTlp, suggestMatches } from '@tidewatch/domain';
import type { EntityRow } from '@tidewatch/db';
import { viewerScope } from '../../auth/actor.ts';
import { requirePermission } from '../auth/principal.ts';
import { notFound, ServiceError, validationError } from '../errors.ts';
import { isUuid } from '../ids.ts';
import { actorLabel } from '../intel-context.ts';
import { auditEntityReads } from './entity-audit.ts';
import { toEntity, toResolvable, type EntityVerb } from './entity-view.ts';

/** How many readable records of one kind a suggestion looks through, newest first (blocking comes later). */
const CANDIDATE_LIMIT = 5000;

async function readableRecord({ ctx, entities }: EntityVerb, id: string): Promise<EntityRow> {
  const row = isUuid(id) ? await entities.getVisible(id, viewerScope(ctx.viewer)) : undefined;
  if (!row) throw notFound('entity', id);
  return row;
}

/** ENT-5: records that may be the same as this one, never one the analyst may not read, best first. */
export async function suggestSameAs(verb: EntityVerb & { id: string }): Promise<ResolutionSuggestion[]> {
  requirePermission(verb.ctx, 'events:read');
  const row = await readableRecord(verb, verb.id);
  const candidates = await verb.entities.resolutionCandidates(row, viewerScope(verb.ctx.viewer), CANDIDATE_LIMIT);
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const suggestions = suggestMatches(
    toResolvable(row),
    candidates.map(toResolvable),
    DEFAULT_RESOLUTION_THRESHOLD,
  ).flatMap((s) => {
    const candidate = byId.get(s.id);
    return candidate ? [{ candidate: toEntity(candidate), score: s.score, reasons: s.reasons }] : [];
  });
  auditEntityReads(
    verb.ctx,
    suggestions.map((s) => s.candidate),
  );
  return suggestions;
}

/**
 * ENT-7: an analyst's answer to a suggestion. Accepting two records of the analyst's own agency merges the
 * candidate into this one (ENT-6). Across agencies nobody may hide another agency's record, so accepting
 * records a `same_as` link instead, labelled no wider than the stricter of the two records. A rejection stops
 * the pair being suggested to the agency again.
 */
export async function decideSameAs(verb: EntityVerb & { id: string; input: unknown }): Promise<ResolutionOutcome> {
  const { ctx, entities } = verb;
  requirePermission(ctx, 'events:write');
  const parsed = ResolutionDecisionInput.safeParse(verb.input);
  if (!parsed.success) throw validationError(parsed.error, 'decision');
  const row = await readableRecord(verb, verb.id);
  const candidate = await readableRecord(verb, parsed.data.candidateId);
  if (row.id === candidate.id) throw new ServiceError('unprocessable', 'a record is not a candidate for itself');
  if (row.kind !== candidate.kind)
    throw new ServiceError('unprocessable', 'records of different kinds are never the same', [
      { path: 'candidateId', message: 'a record of another kind' },
    ]);
  const agency = ctx.actor.agency;
  const by = actorLabel(ctx);
  const at = ctx.clock.now().toISOString();
  const base = { entityId: row.id, candidateId: candidate.id };
  await entities.decide(row.id, candidate.id, agency, parsed.data.decision, by, at);
  if (parsed.data.decision === 'reject') {
    ctx.audit.record({
      actor: ctx.actor,
      action: 'entity.reject',
      targetType: 'entity',
      targetId: row.id,
      outcome: 'success',
      detail: base,
    });
    return { outcome: 'rejected', ...base };
  }
  if (row.ownerAgency === agency && candidate.ownerAgency === agency) {
    const merged = await entities.merge(candidate.id, row.id, agency, viewerScope(ctx.viewer), by, at);
    if (!merged.ok) throw new ServiceError('conflict', 'one of the records was merged meanwhile');
    ctx.audit.record({
      actor: ctx.actor,
      action: 'entity.merge',
      targetType: 'entity',
      targetId: row.id,
      outcome: 'success',
      detail: base,
    });
    return { outcome: 'merged', ...base };
  }
  const tlp: Tlp = stricterTlp(row.tlp as Tlp, candidate.tlp as Tlp);
  // Only agencies that may already read both records are named; LINK-1 checks both ends on every read anyway.
  const recipients = [row.ownerAgency, ...row.recipients]
    .filter((a) => a === candidate.ownerAgency || candidate.recipients.includes(a))
    .filter((a) => a !== agency);
  const sharingGroups = tlp === 'RED' ? [] : row.sharingGroups.filter((g) => candidate.sharingGroups.includes(g));
  const link = await entities.insertLink({
    fromEntityId: row.id,
    toType: 'entity',
    toId: candidate.id,
    relation: 'same_as',
    source: 'entity resolution',
    ownerAgency: agency,
    tlp,
    recipients,
    sharingGroups,
    createdBy: by,
    createdAt: at,
  });
  ctx.audit.record({
    actor: ctx.actor,
    action: 'entity.same_as',
    targetType: 'entity',
    targetId: row.id,
    outcome: 'success',
    detail: { ...base, link: link.id },
  });
  return { outcome: 'linked', ...base };
}

/** ENT-6: the owner splits a merged record out again. */
export async function splitEntity({ ctx, entities, id }: EntityVerb & { id: string }): Promise<ResolutionOutcome> {
  requirePermission(ctx, 'events:write');
  const row = await readableRecord({ ctx, entities }, id);
  const split = await entities.split(row.id, ctx.actor.agency, actorLabel(ctx), ctx.clock.now().toISOString());
  if (!split) throw new ServiceError('conflict', "the record is not merged into another, or is not your agency's");
  ctx.audit.record({
    actor: ctx.actor,
    action: 'entity.split',
    targetType: 'entity',
    targetId: row.id,
    outcome: 'success',
    detail: split,
  });
  return { outcome: 'split', entityId: split.keptId, candidateId: row.id };
}
