import { checksumHex, xorChecksum } from '../nmea/checksum.ts';
import { type EncodableMessage, encodeBits } from './encode-message.ts';

export interface SentenceOptions {
  /** Talker id; default "AI". */
  talker?: string;
  /** true: !xxVDO (own ship); default VDM. */
  ownShip?: boolean;
  /** Radio channel; default 'A'. */
  channel?: string;
  /** Sequential message id 0-9 for multipart messages; default 0. Single sentences leave it empty. */
  seqId?: number;
  /** Payload chars per sentence; 60 keeps a sentence within NMEA's 82 chars. */
  maxPayloadChars?: number;
}

/** Encodes a message as one or more AIVDM/AIVDO sentences (without line endings). */
export function encodeSentences(msg: EncodableMessage, options: SentenceOptions = {}): string[] {
  const { payload, fillBits } = encodeBits(msg).toPayload();
  return armourToSentences(payload, fillBits, options);
}

/** Splits an armoured payload into sentences; fill bits go on the last one. */
export function armourToSentences(payload: string, fillBits: number, options: SentenceOptions = {}): string[] {
  const talker = options.talker ?? 'AI';
  const formatter = options.ownShip ? 'VDO' : 'VDM';
  const channel = options.channel ?? 'A';
  const max = Math.max(1, options.maxPayloadChars ?? 60);
  const total = Math.max(1, Math.ceil(payload.length / max));
  const seq = total > 1 ? String((options.seqId ?? 0) % 10) : '';
  const sentences: string[] = [];
  for (let n = 1; n <= total; n++) {
    const part = payload.slice((n - 1) * max, n * max);
    const body = `${talker}${formatter},${total},${n},${seq},${channel},${part},${n === total ? fillBits : 0}`;
    sentences.push(`!${body}*${checksumHex(xorChecksum(body, 0, body.length))}`);
  }
  return sentences;
}
