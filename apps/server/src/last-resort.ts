import type { Logger } from './logger.ts';

/**
 * OPS-R1: a promise rejection nobody handled is a bug, but one whose caller is not waiting for the result,
 * so the node's state does not depend on it; ending a node that serves many dashboards and has writes in
 * flight would do more harm than the bug. It is logged as an error (for alerting) and the node serves on.
 * Uncaught exceptions keep Node's default: the process ends and the supervisor restarts it.
 */
export function logUnhandledRejections(log: Logger, proc: NodeJS.EventEmitter = process): void {
  proc.on('unhandledRejection', (reason: unknown) => {
    log.error({ err: reason }, 'unhandled promise rejection (a bug); the node serves on');
  });
}
