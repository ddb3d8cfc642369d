import type { TaskTargetType } from '@tidewatch/contracts';
import type { UnitRow } from '@tidewatch/db';
import type { Releasable } from '@tidewatch/domain';
import { isMmsiFormat } from '@tidewatch/ais';
import { viewerScope } from '../../auth/actor.ts';
import type { RequestContext } from '../context.ts';
import { notFound } from '../errors.ts';
import type { OperationsServices } from './ops-services.ts';
import { unitReleasable } from './unit-view.ts';

/** What a unit is sent to, as the task stores it. */
export interface ResolvedTaskTarget {
  type: TaskTargetType;
  id: string;
  label: string;
  releasable: Releasable;
  fix: { lat: number; lon: number; at: string } | null;
  mmsi: string | null;
}

/**
 * REL-9: a target the caller may not read answers 404, like one that does not exist. An event or alert keeps
 * its own label; a vessel (a public AIS identity) has none, so a task on it reads as its unit (OPSU-6).
 */
export async function resolveTaskTarget(
  ctx: RequestContext,
  ops: OperationsServices,
  type: TaskTargetType,
  id: string,
  unit: UnitRow,
): Promise<ResolvedTaskTarget> {
  const scope = viewerScope(ctx.viewer);
  switch (type) {
    case 'event': {
      const event = await ctx.events.getById(id, scope);
      if (!event) throw notFound('event', id);
      return {
        type,
        id: event.id,
        label: event.title,
        releasable: { ownerAgency: event.ownerAgency, ...event.releasability },
        fix: event.position ? { ...event.position, at: event.occurredAt } : null,
        mmsi: event.subjects.vessels.find((v) => v.mmsi)?.mmsi ?? null,
      };
    }
    case 'alert': {
      const alert = await ctx.alerts.getVisible(id, scope);
      if (!alert) throw notFound('alert', id);
      return {
        type,
        id,
        label: alert.summary,
        releasable: {
          ownerAgency: alert.ownerAgency,
          tlp: alert.tlp as Releasable['tlp'],
          recipients: alert.recipients,
          sharingGroups: alert.sharingGroups,
        },
        fix:
          alert.lat !== null && alert.lon !== null
            ? { lat: alert.lat, lon: alert.lon, at: new Date(alert.endAt ?? alert.startAt).toISOString() }
            : null,
        mmsi: alert.mmsis[0] ?? null,
      };
    }
    case 'vessel': {
      const fix = isMmsiFormat(id) ? ops.fixOf(id) : undefined;
      if (!fix) throw notFound('vessel', id);
      return {
        type,
        id,
        label: `MMSI ${id}`,
        releasable: unitReleasable(unit),
        fix: { lat: fix.lat, lon: fix.lon, at: new Date(fix.atMs).toISOString() },
        mmsi: id,
      };
    }
  }
}
