import type { AgencyRepository, FirstRunRepository } from '@tidewatch/db';
import type { Logger } from '../../logger.ts';
import type { AuditTrail } from '../audit-trail.ts';
import type { Clock } from '../context.ts';

/**
 * What the first-run verbs need. Smaller than ServiceContext on purpose: the setup command runs them with a
 * bare database, no server, sockets or stream.
 */
export interface FirstRunContext {
  firstRun: FirstRunRepository;
  agencies: AgencyRepository;
  audit: AuditTrail;
  clock: Clock;
  log: Logger;
}

export const SYSTEM_ACTOR = { kind: 'system', id: 'system', name: 'system', agency: 'SYSTEM' } as const;
