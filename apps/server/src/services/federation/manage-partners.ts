import { sqlStateOf, type FederationPartnerRow, type FederationRepository } from '@tidewatch/db';
import {
  CreatePartnerInput,
  CreateRemoteAgencyInput,
  DeploymentId,
  UpdatePartnerInput,
  type PartnerLink,
} from '@tidewatch/contracts';
import { sha256 } from '../../auth/tokens.ts';
import { adminOnly } from '../admin/manage-accounts.ts';
import type { RequestContext } from '../context.ts';
import { ServiceError, notFound, validationError } from '../errors.ts';

/** The federation verbs need the partners' storage and this deployment's own id besides the request context. */
export interface PartnerAdmin {
  ctx: RequestContext;
  repo: FederationRepository;
  here: string;
  /** Told after a partner is added or changed, so its link starts, stops or reconnects at once (FED-9). */
  linksChanged: (partner: string) => void;
}

function taken(path: string, message: string): ServiceError {
  return new ServiceError('conflict', `${path}: ${message}; nothing was changed`, [{ path, message }]);
}

export function linkOf(row: FederationPartnerRow, agencies: PartnerLink['agencies']): PartnerLink {
  const state = !row.enabled
    ? 'disabled'
    : row.lastError !== null
      ? 'failing'
      : row.lastPullAt === null
        ? 'idle'
        : 'up';
  return {
    id: row.id,
    name: row.name,
    baseUrl: row.baseUrl,
    enabled: row.enabled,
    state,
    agencies,
    cursor: row.cursor,
    lagSeq: Math.max(0, row.partnerLatestSeq - row.cursor),
    receivedCount: row.receivedCount,
    sentCount: row.sentCount,
    refusedCount: row.refusedCount,
    garbageCount: row.garbageCount,
    updatedCount: row.updatedCount,
    withdrawnCount: row.withdrawnCount,
    lastPullAt: row.lastPullAt === null ? null : new Date(row.lastPullAt).toISOString(),
    lastServedAt: row.lastServedAt === null ? null : new Date(row.lastServedAt).toISOString(),
    lastError: row.lastError,
    lastErrorAt: row.lastErrorAt === null ? null : new Date(row.lastErrorAt).toISOString(),
  };
}

async function link(repo: FederationRepository, row: FederationPartnerRow): Promise<PartnerLink> {
  return linkOf(row, await repo.agenciesHostedBy(row.id));
}

/** FED-12: administrators only; credentials never leave (only whether the link works). */
export async function listPartners({ ctx, repo }: PartnerAdmin): Promise<PartnerLink[]> {
  adminOnly(ctx);
  return Promise.all((await repo.list()).map((row) => link(repo, row)));
}

export async function createPartner(admin: PartnerAdmin, input: unknown): Promise<PartnerLink> {
  const { ctx, repo, here } = admin;
  adminOnly(ctx);
  const parsed = CreatePartnerInput.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, 'partner');
  const { inboundToken, ...rest } = parsed.data;
  if (rest.id === here) throw taken('id', `${here} is this deployment's own id`);
  if (!(await repo.insertNew({ ...rest, inboundTokenHash: sha256(inboundToken) }))) {
    throw taken('id', `partner ${rest.id} exists, or its inbound token is another partner's`);
  }
  ctx.audit.record({
    actor: ctx.actor,
    action: 'partner.create',
    targetType: 'partner',
    targetId: rest.id,
    outcome: 'success',
    detail: { name: rest.name, baseUrl: rest.baseUrl, enabled: rest.enabled },
  });
  admin.linksChanged(rest.id);
  return link(repo, await existing(repo, rest.id));
}

export async function updatePartner(admin: PartnerAdmin, id: string, input: unknown): Promise<PartnerLink> {
  const { ctx, repo } = admin;
  adminOnly(ctx);
  const parsed = UpdatePartnerInput.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, 'partner change');
  await existing(repo, id);
  const { inboundToken, ...rest } = parsed.data;
  const updated = await repo
    .update(id, { ...rest, inboundTokenHash: inboundToken === undefined ? undefined : sha256(inboundToken) })
    .catch((err: unknown) => {
      throw ctxConflict(err);
    });
  if (!updated) throw notFound('partner', id);
  ctx.audit.record({
    actor: ctx.actor,
    action: 'partner.update',
    targetType: 'partner',
    targetId: id,
    outcome: 'success',
    detail: {
      ...rest,
      outboundToken: rest.outboundToken === undefined ? undefined : 'changed',
      inboundToken: inboundToken === undefined ? undefined : 'changed',
    },
  });
  admin.linksChanged(id);
  return link(repo, updated);
}

/** FED-1: a partner's agency appears here under its own code, which no other agency here or elsewhere holds. */
export async function addRemoteAgency(admin: PartnerAdmin, partnerId: string, input: unknown): Promise<PartnerLink> {
  const { ctx, repo } = admin;
  adminOnly(ctx);
  const partner = await existing(repo, partnerId);
  const parsed = CreateRemoteAgencyInput.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, 'remote agency');
  if (!(await repo.insertRemoteAgency({ ...parsed.data, home: partner.id }))) {
    throw taken('code', `${parsed.data.code} already exists; agency codes are unique across the federation`);
  }
  ctx.audit.record({
    actor: ctx.actor,
    action: 'agency.create',
    targetType: 'agency',
    targetId: parsed.data.code,
    outcome: 'success',
    detail: { homeDeployment: partner.id },
  });
  admin.linksChanged(partner.id);
  return link(repo, partner);
}

async function existing(repo: FederationRepository, id: string): Promise<FederationPartnerRow> {
  const row = DeploymentId.safeParse(id).success ? await repo.get(id) : undefined;
  if (!row) throw notFound('partner', id);
  return row;
}

/** A new inbound token equal to another partner's breaks the unique index: that is a conflict, not a fault. */
function ctxConflict(err: unknown): unknown {
  return sqlStateOf(err) === '23505' ? taken('inboundToken', "another partner's inbound token") : err;
}
