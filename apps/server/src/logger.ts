import pino, { type DestinationStream, type Logger } from 'pino';
import { safeError } from './log-redaction.ts';

export type { Logger };

/** Every `{ err }` goes through safeError, so no caller can log a statement's parameters by accident (SEC-2). */
export function createLogger(level: string, node: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { node },
    timestamp: pino.stdTimeFunctions.isoTime,
    serializers: { err: safeError, error: safeError },
  };
  return destination ? pino(options, destination) : pino(options);
}
