import { CLIENT_TO_SERVER_PAYLOADS, findUnsafeValue, type ApiError } from '@tidewatch/contracts';
import type { Logger } from '../logger.ts';
import { invalidInput, toApiError } from '../services/error-response.ts';
import { validationError } from '../services/errors.ts';
import type { TidewatchServer } from './types.ts';

function isKnownEvent(name: unknown): name is keyof typeof CLIENT_TO_SERVER_PAYLOADS {
  return typeof name === 'string' && Object.hasOwn(CLIENT_TO_SERVER_PAYLOADS, name);
}

/** Why a payload was refused, as the ack carries it, or undefined when it parsed (and was replaced by its parse). */
function checkPayload(packet: unknown[], log: Logger): ApiError | undefined {
  const [name, payload] = packet;
  if (!isKnownEvent(name)) return invalidInput('(event)', `unknown event ${JSON.stringify(name)?.slice(0, 60)}`);
  // VAL-2: the same check as every HTTP JSON body, so the ack names the field.
  const unsafe = findUnsafeValue(payload);
  if (unsafe) return invalidInput(unsafe.path, unsafe.reason);
  const parsed = CLIENT_TO_SERVER_PAYLOADS[name].safeParse(payload);
  if (!parsed.success) return toApiError(validationError(parsed.error, name), log);
  // Handlers receive what the schema made of it (defaults filled in, strings trimmed), never the raw value.
  packet[1] = parsed.data;
  return undefined;
}

/** Refused payloads per event name since start, for the log and the tests. */
export class IncomingRejects {
  readonly #counts = new Map<string, number>();

  count(name: unknown): number {
    const key = typeof name === 'string' && Object.hasOwn(CLIENT_TO_SERVER_PAYLOADS, name) ? name : '(unknown)';
    const next = (this.#counts.get(key) ?? 0) + 1;
    this.#counts.set(key, next);
    return next;
  }

  get(name: string): number {
    return this.#counts.get(name) ?? 0;
  }

  total(): number {
    let sum = 0;
    for (const n of this.#counts.values()) sum += n;
    return sum;
  }
}

/**
 * PROTO-6: the one place the server reads a client's socket message. Every incoming payload is parsed with its
 * contract schema before any handler sees it; a bad one is answered on its ack with the field that is wrong
 * (validation_failed / invalid_input), counted, and goes no further. Nothing a client sends can throw in a
 * handler or drop the connection. Logged at the 1st, 10th, 100th... refusal per event, so a broken client
 * cannot flood the log.
 */
export function parseIncoming(io: TidewatchServer, log: Logger, rejects = new IncomingRejects()): IncomingRejects {
  io.on('connection', (socket) => {
    socket.use((packet, next) => {
      const error = checkPayload(packet, log);
      if (error === undefined) return next();
      const n = rejects.count(packet[0]);
      if (Number.isInteger(Math.log10(n)))
        log.warn(
          { event: packet[0], socket: socket.id, refused: n, error: error.error.message },
          'socket payload refused',
        );
      // Socket.IO appends the ack after the arguments; a payload-less emit with an ack has it in second place.
      const ack: unknown = packet.length >= 2 ? packet.at(-1) : undefined;
      if (typeof ack === 'function') ack({ ok: false, ...error });
    });
  });
  return rejects;
}
