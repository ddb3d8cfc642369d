import type { FederationRepository } from '@tidewatch/db';
import type { IntelEvent } from '@tidewatch/contracts';
import type { FederatedItem, PartnerView, Viewer } from '@tidewatch/domain';
import type { AuditActor } from '../audit-trail.ts';

/**
 * The agencies a deployment hosts, with their agreements here, read fresh on every call: a partner disabled or
 * an agency taken out of an agreement stops counting at once (FED-9, REL-10).
 */
export async function hostedViewers(repo: FederationRepository, deployment: string | null): Promise<Viewer[]> {
  const hosted = await repo.agenciesHostedBy(deployment);
  return hosted.map((a) => ({ agency: a.code, groups: new Set(a.groups) }));
}

export async function partnerView(repo: FederationRepository, partner: string): Promise<PartnerView> {
  return { deployment: partner, agencies: await hostedViewers(repo, partner) };
}

/** An event as the federation rule sees it. */
export function federated(event: IntelEvent): FederatedItem {
  return { ...event.releasability, ownerAgency: event.ownerAgency, origin: event.origin ?? null };
}

/** How a partner deployment appears in the audit log: not an agency of this deployment. */
export function partnerActor(partner: { id: string; name: string }): AuditActor {
  return { kind: 'partner', id: partner.id, name: partner.name, agency: null };
}
