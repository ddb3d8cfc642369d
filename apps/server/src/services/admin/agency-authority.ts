import type { RequestContext } from '../context.ts';
import { forbidden } from '../errors.ts';

/**
 * AUTH-9: an administrator manages the people and credentials of their own agency only. Whoever sets a
 * password or holds a key's secret reads as that agency, so doing it for another agency would be exactly the
 * extra read access AUTH-2 forbids (mint a JCA key, read JCA's RED events).
 */
export function requireOwnAgency(ctx: RequestContext, agency: string, what: string): void {
  if (agency !== ctx.actor.agency) {
    throw forbidden(
      `administrators of ${ctx.actor.agency} manage ${what} of ${ctx.actor.agency} only, not of ${agency}`,
    );
  }
}

/**
 * AUTH-9's one exception, to on-board an agency: its first account, while nobody has ever acted for it (no
 * user, no key, not even a disabled or revoked one), may be created by any administrator, and only as the
 * agency's own administrator, who then manages the rest.
 */
export async function requireOwnAgencyOrFirstAdministrator(
  ctx: RequestContext,
  agency: string,
  role: string,
): Promise<void> {
  if (agency === ctx.actor.agency) return;
  if (role === 'administrator' && !(await ctx.users.agencyHasAccounts(agency))) return;
  requireOwnAgency(ctx, agency, 'accounts');
}
