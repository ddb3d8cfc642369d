import { AgencyCode } from '@tidewatch/contracts';
import { z } from 'zod';
import type { RequestContext } from '../context.ts';
import { ServiceError, forbidden, notFound, validationError } from '../errors.ts';
import { adminOnly, requireAgency } from './manage-accounts.ts';

export const MemberInput = z.object({ agency: AgencyCode }).strict();
/** An agreement binds at least two agencies; below that, revoke it instead. */
const MIN_MEMBERS = 2;

/**
 * ADM-2: one agency joins or leaves an active agreement. The change is audited, and the agency's sockets
 * are disconnected and its cached principals forgotten on every node (REL-10): a leaver stops receiving the
 * agreement's items at once, a joiner resumes with them.
 */
async function changeMember(ctx: RequestContext, code: string, agency: string, change: 'add' | 'remove') {
  const result = await ctx.sharingGroups.changeMember(code, agency, change, MIN_MEMBERS, ctx.actor.agency);
  if (result.outcome === 'no_group') throw notFound('active sharing group', code);
  // ADM-3: joining an agreement is reading everything already shared under it, so an agency never joins (or
  // brings in a third) on its own administrator's word: only the parties change who is party. Administrators
  // see every agreement and its members, so this answer reveals nothing they could not list.
  if (result.outcome === 'not_a_party')
    throw forbidden(`only administrators of ${code}'s member agencies change its members`);
  if (result.outcome === 'too_few') {
    throw new ServiceError(
      'unprocessable',
      `an agreement binds at least ${MIN_MEMBERS} agencies; revoke ${code} instead`,
      [{ path: 'agency', message: `${code} would keep fewer than ${MIN_MEMBERS} members` }],
    );
  }
  if (result.outcome === 'changed') {
    ctx.realtime.revoke([`agency:${agency}`]);
    ctx.audit.record({
      actor: ctx.actor,
      action: change === 'add' ? 'sharing_group.member_add' : 'sharing_group.member_remove',
      targetType: 'sharing_group',
      targetId: code,
      outcome: 'success',
      detail: { agency, members: result.members },
    });
  }
  return { code, members: result.members, changed: result.outcome === 'changed' };
}

export async function addAgreementMember({ ctx, code, input }: { ctx: RequestContext; code: string; input: unknown }) {
  adminOnly(ctx);
  const parsed = MemberInput.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, 'member');
  await requireAgency(ctx, parsed.data.agency, 'agency');
  return changeMember(ctx, code, parsed.data.agency, 'add');
}

export async function removeAgreementMember({
  ctx,
  code,
  agency,
}: {
  ctx: RequestContext;
  code: string;
  agency: string;
}) {
  adminOnly(ctx);
  const parsed = MemberInput.safeParse({ agency });
  if (!parsed.success) throw validationError(parsed.error, 'member');
  return changeMember(ctx, code, parsed.data.agency, 'remove');
}
