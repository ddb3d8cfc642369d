import {
  type ApplicationCounters,
  countApplication,
  emptyApplicationCounters,
} from './messages/applications/counters.ts';
import { BitReader } from './bit-reader.ts';
import { decodePayload } from './messages/decode.ts';
import type { AisMessage } from './messages/types.ts';
import { SentenceFields, scanSentence } from './nmea/sentence.ts';
import { type TagBlock, parseTagBlock } from './nmea/tag-block.ts';
import { Reassembler, fragmentGroupKey } from './reassembly.ts';
import { type RejectCounters, type RejectReason, emptyRejectCounters } from './reject-reasons.ts';

/** A decoded message with what the NMEA layer said about it. */
export interface DecodedAis {
  message: AisMessage;
  /** Talker id of the (last) sentence: "AI", "AB", "BS", "SA", ... */
  talker: string;
  /** From !xxVDO: the receiver's own ship. */
  ownShip: boolean;
  /** Radio channel as sent: 'A', 'B', '1', '2', or ''. */
  channel: string;
  /** The time passed to `push` with the line that completed the message. */
  receivedAtMs: number;
  tagBlock: TagBlock | null;
  fragments: number;
  bitLength: number;
}

export interface AisDecoderOptions {
  /** Incomplete multipart messages older than this are dropped. Default 10 s. */
  fragmentTimeoutMs?: number;
  /** Bound on incomplete multipart messages held at once. Default 256. */
  maxPendingGroups?: number;
  /** Longer lines are rejected unread ('too_long'). Default 4096 chars. */
  maxLineLength?: number;
}

export interface AisDecoderStats {
  lines: number;
  /** Empty or whitespace-only lines (not rejections). */
  blank: number;
  /** Lines starting with '#' (annotated corpora; not rejections). */
  comments: number;
  /** Lines whose sentence started after a non-NMEA prefix (a timestamp, a receiver id) that we skipped. */
  prefixed: number;
  messages: number;
  rejected: RejectCounters;
  /** Exceptions caught by the last-resort guard in `push`; any non-zero value is a bug. */
  internalErrors: number;
  /** Type 6 and 8 messages by outcome of their application payload: decoded, or why it stayed bits. */
  applications: ApplicationCounters;
  pendingGroups: number;
}

const NO_MESSAGES: readonly DecodedAis[] = Object.freeze([]);
const BANG = 33;
const DOLLAR = 36;
const BACKSLASH = 92;
/** How far into a line to look for a sentence behind an unknown prefix. */
const PREFIX_SEARCH = 64;

/**
 * Stateful AIVDM/AIVDO decoder: push one line and the time it was received, get the messages it
 * completed. It never throws: every line that yields nothing is counted under a reject reason.
 */
export class AisDecoder {
  private readonly reader = new BitReader();
  private readonly fields = new SentenceFields();
  private readonly reassembler: Reassembler;
  private readonly maxLineLength: number;
  private readonly counters = emptyRejectCounters();
  private lines = 0;
  private blank = 0;
  private comments = 0;
  private prefixed = 0;
  private messages = 0;
  private internalErrors = 0;
  private readonly applications = emptyApplicationCounters();

  constructor(options: AisDecoderOptions = {}) {
    this.maxLineLength = options.maxLineLength ?? 4096;
    this.reassembler = new Reassembler(
      { timeoutMs: options.fragmentTimeoutMs ?? 10_000, maxPendingGroups: options.maxPendingGroups ?? 256 },
      (fragments) => {
        this.counters.orphan_fragment += fragments;
      },
    );
  }

  /** Decodes one line (NMEA sentences, possibly with tag blocks, wrappers or USCG trailing fields). */
  push(line: string, receivedAtMs: number): readonly DecodedAis[] {
    this.lines++;
    try {
      return this.pushLine(line, receivedAtMs);
    } catch {
      // Last-resort guard so a feed never dies on one line; the property tests assert it never fires.
      this.internalErrors++;
      return NO_MESSAGES;
    }
  }

  /** Ends the input: pending incomplete multipart messages are counted as orphan fragments. */
  flush(): void {
    this.reassembler.flush();
  }

  get stats(): AisDecoderStats {
    return {
      lines: this.lines,
      blank: this.blank,
      comments: this.comments,
      prefixed: this.prefixed,
      messages: this.messages,
      rejected: { ...this.counters },
      internalErrors: this.internalErrors,
      applications: { decoded: this.applications.decoded, refused: { ...this.applications.refused } },
      pendingGroups: this.reassembler.pendingGroups,
    };
  }

  private reject(reason: RejectReason): void {
    this.counters[reason]++;
  }

  private pushLine(line: string, now: number): readonly DecodedAis[] {
    if (line.length > this.maxLineLength) {
      this.reject('too_long');
      return NO_MESSAGES;
    }
    let end = line.length;
    while (end > 0 && line.charCodeAt(end - 1) <= 32) end--;
    let pos = 0;
    while (pos < end && line.charCodeAt(pos) <= 32) pos++;
    if (pos >= end) {
      this.blank++;
      return NO_MESSAGES;
    }
    const first = line.charCodeAt(pos);
    if (first === 35) {
      this.comments++;
      return NO_MESSAGES;
    }
    if (first !== BANG && first !== DOLLAR && first !== BACKSLASH) {
      const start = findSentenceStart(line, pos, Math.min(end, pos + PREFIX_SEARCH));
      if (start < 0) {
        this.reject('not_nmea');
        return NO_MESSAGES;
      }
      this.prefixed++;
      pos = start;
    }

    let out: DecodedAis[] | null = null;
    // a line may hold several sentences back to back (seen in concatenated tag-block feeds)
    while (pos < end) {
      let tagBlock: TagBlock | null = null;
      if (line.charCodeAt(pos) === BACKSLASH) {
        const parsed = parseTagBlock(line, pos, end);
        if (!parsed.ok) {
          this.reject('bad_tag_block');
          break;
        }
        tagBlock = parsed.tagBlock;
        pos = parsed.end;
        if (pos >= end) {
          this.reject('truncated');
          break;
        }
      }
      const code = line.charCodeAt(pos);
      if (code !== BANG && code !== DOLLAR) {
        this.reject('not_nmea');
        break;
      }
      const fields = this.fields;
      const reason = scanSentence(line, pos, end, fields, this.reader);
      if (reason !== null) this.reject(reason);
      else {
        const decoded = this.accept(line, fields, tagBlock, now);
        // a one-element literal: pushing onto an empty [] would allocate room for 17
        if (decoded !== null) {
          if (out === null) out = [decoded];
          else out.push(decoded);
        }
      }
      pos = nextSentence(line, fields.next, end);
    }
    return out ?? NO_MESSAGES;
  }

  /** A valid sentence: decode it now, or file it as a fragment. */
  private accept(line: string, f: SentenceFields, tagBlock: TagBlock | null, now: number): DecodedAis | null {
    const r = this.reader;
    if (!f.payloadValid) return this.fail('bad_payload');
    if (f.total === 1) {
      if (f.fillBits > (f.payloadEnd - f.payloadStart) * 6) return this.fail('bad_fill_bits');
      // scanSentence has already packed the payload into the reader
      r.finish(f.fillBits);
      return this.finish(f, tagBlock, 1, now);
    }
    const key = fragmentGroupKey(f.talker, f.ownShip, f.channel, f.seqId, f.total);
    const payload = line.slice(f.payloadStart, f.payloadEnd);
    const done = this.reassembler.add(key, f.num, f.total, payload, f.fillBits, tagBlock, now);
    if (done === null) return null;
    if (done.fillBits > done.payload.length * 6) return this.fail('bad_fill_bits');
    r.load(done.payload, 0, done.payload.length, done.fillBits);
    return this.finish(f, done.tagBlock, done.fragments, now);
  }

  private finish(f: SentenceFields, tagBlock: TagBlock | null, fragments: number, now: number): DecodedAis | null {
    const message = decodePayload(this.reader);
    if (typeof message === 'string') return this.fail(message);
    this.messages++;
    if (message.type === 6 || message.type === 8) countApplication(this.applications, message);
    return {
      message,
      talker: f.talker,
      ownShip: f.ownShip,
      channel: f.channel,
      receivedAtMs: now,
      tagBlock,
      fragments,
      bitLength: this.reader.bitLength,
    };
  }

  private fail(reason: RejectReason): null {
    this.reject(reason);
    return null;
  }
}

/** First '!' or '\' in [from, to), or -1. */
function findSentenceStart(line: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const code = line.charCodeAt(i);
    if (code === BANG || code === BACKSLASH) return i;
  }
  return -1;
}

/**
 * Where the next sentence on the line starts, or `end`. Text after a checksum is usually trailing fields
 * (",s36310,d-081,..." from USCG receivers) or junk, and is ignored; only a '!' sentence, or a tag block
 * that is followed by one, counts as a further sentence.
 */
function nextSentence(line: string, from: number, end: number): number {
  if (from >= end) return end;
  const code = line.charCodeAt(from);
  if (code === BANG || code === DOLLAR) return from;
  if (code === BACKSLASH) {
    const close = line.indexOf('\\', from + 1);
    if (close > 0 && close + 1 < end) {
      const after = line.charCodeAt(close + 1);
      if (after === BANG || after === DOLLAR) return from;
    }
  }
  return end;
}
