import pino, { type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string, node: string): Logger {
  return pino({ level, base: { node }, timestamp: pino.stdTimeFunctions.isoTime });
}
