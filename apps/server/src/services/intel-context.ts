import type { RequestContext, ServiceContext } from './context.ts';

export type { IntelBroadcast, IntelNotifier, IntelServices } from './intel-services.ts';

/** The service context carries the intel services since the contexts were made one; kept for older imports. */
export type IntelServiceContext = ServiceContext;
/** The request context carries the intel services since the contexts were made one; kept for older imports. */
export type IntelRequestContext = RequestContext;

/** The system actor speaks for the detectors and the matcher (exempt from AUTH-1, like the demo world). */
export function systemContext<C extends ServiceContext>(ctx: C): C & Pick<RequestContext, 'actor' | 'viewer'> {
  return {
    ...ctx,
    actor: { kind: 'system', id: 'system', name: 'system', agency: 'SYSTEM' },
    viewer: { agency: 'SYSTEM', groups: new Set<string>() },
  };
}

/** `${actor.kind}:${actor.name}`: who added or changed something, as stored with it. */
export function actorLabel(ctx: RequestContext): string {
  return `${ctx.actor.kind}:${ctx.actor.name}`;
}
