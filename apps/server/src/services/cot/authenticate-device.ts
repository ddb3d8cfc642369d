import { timingSafeEqual } from 'node:crypto';
import type { Principal } from '../../auth/actor.ts';
import { sha256 } from '../../auth/tokens.ts';
import { viewerFor } from '../auth/principal.ts';
import type { ServiceContext } from '../context.ts';
import type { CotAuthMessage } from './cot-parse.ts';

/** A TAK connection's principal: the device actor and its agency's viewer (releasability, COT-1). */
export interface TakPrincipal extends Principal {
  actor: Extract<Principal['actor'], { kind: 'tak_device' }>;
  /** The stored hash, to re-check the credential while the connection lives (COT-7). */
  keyHash: string;
  /** The uid the device named when it authenticated ('' when none): only its own SA moves its unit (COT-9). */
  deviceUid: string;
}

const sameText = (a: string, b: string): boolean => {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
};

/**
 * COT-6: a TAK device's first message names its credential; answers its principal, or undefined (audited as
 * refused) for an unknown, revoked or non-TAK secret, or a secret presented under another device's name.
 */
export async function authenticateTakDevice(
  ctx: ServiceContext,
  auth: CotAuthMessage,
  peer: string,
): Promise<TakPrincipal | undefined> {
  const keyHash = sha256(auth.password);
  const key = await ctx.apiKeys.findActiveByHash(keyHash);
  if (key?.kind !== 'tak' || !sameText(key.name, auth.username)) {
    ctx.audit.record({
      actor: { kind: 'tak_device', id: null, name: auth.username.slice(0, 120), agency: null },
      action: 'cot.connect',
      targetType: 'api_key',
      targetId: key?.id,
      outcome: 'denied',
      detail: { peer },
    });
    return undefined;
  }
  await ctx.apiKeys.touch(key.id, ctx.clock.now());
  const actor = { kind: 'tak_device' as const, id: key.id, name: key.name, agency: key.agencyCode, unitId: key.unitId };
  ctx.audit.record({
    actor,
    action: 'cot.connect',
    targetType: 'api_key',
    targetId: key.id,
    outcome: 'success',
    detail: { peer, uid: auth.uid.slice(0, 120), unitId: key.unitId },
  });
  return { actor, viewer: await viewerFor(ctx, key.agencyCode), keyHash, deviceUid: auth.uid };
}

/**
 * COT-7: the credential still stands (not revoked) and the agency's agreements as they are now; answers the
 * refreshed principal or undefined when the connection must close.
 */
export async function revalidateTakDevice(
  ctx: ServiceContext,
  principal: TakPrincipal,
): Promise<TakPrincipal | undefined> {
  const key = await ctx.apiKeys.findActiveByHash(principal.keyHash);
  if (!key) return undefined;
  return { ...principal, viewer: await viewerFor(ctx, key.agencyCode) };
}
