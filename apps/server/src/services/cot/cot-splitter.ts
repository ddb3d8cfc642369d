import { COT_MAX_MESSAGE_BYTES } from './cot-parse.ts';

const TERMINATORS = ['</event>', '</auth>'] as const;

/**
 * Cuts a TAK stream into messages (COT-8): a plain-TCP CoT stream has no framing; each message ends at
 * `</event>` (or `</auth>` for the authentication message). Whatever grows past COT_MAX_MESSAGE_BYTES without
 * an end is dropped and reported as oversized, so a peer that never closes a message cannot grow memory.
 * Works on text: the caller decodes UTF-8 with a StringDecoder, so a character split across chunks is whole.
 */
export class CotSplitter {
  #buffer = '';

  /** Answers the complete messages in `chunk` and how many oversized runs were dropped. */
  push(chunk: string): { messages: string[]; oversized: number } {
    this.#buffer += chunk;
    const messages: string[] = [];
    let oversized = 0;
    for (;;) {
      const end = this.#nextEnd();
      if (end === -1) break;
      const message = this.#buffer.slice(0, end).trim();
      this.#buffer = this.#buffer.slice(end);
      if (message.length > COT_MAX_MESSAGE_BYTES) oversized++;
      else if (message !== '') messages.push(message);
    }
    // No end in sight: keep nothing longer than one message may be (COT-8).
    if (this.#buffer.length > COT_MAX_MESSAGE_BYTES) {
      this.#buffer = '';
      oversized++;
    }
    return { messages, oversized };
  }

  /** The index just past the first terminator, or -1. */
  #nextEnd(): number {
    let best = -1;
    for (const terminator of TERMINATORS) {
      const at = this.#buffer.indexOf(terminator);
      if (at !== -1 && (best === -1 || at + terminator.length < best)) best = at + terminator.length;
    }
    return best;
  }
}
