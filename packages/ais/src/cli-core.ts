import { type AisDecoderStats, AisDecoder } from './decoder.ts';
import { toGpsdJson } from './gpsd/to-gpsd-json.ts';
import { REJECT_REASONS } from './reject-reasons.ts';

export interface CliOptions {
  /** gpsdecode -u: unscaled integers. */
  raw: boolean;
}

/**
 * The testable part of the command-line decoder: lines in, gpsd JSON lines out. A file carries no receive
 * times, so each line counts as 1 ms after the previous one: fragments reassemble when they are within
 * the decoder's timeout (10 s = 10,000 lines) of each other, as they would on a live feed.
 */
export class CliSession {
  private readonly decoder = new AisDecoder();
  private lineNo = 0;

  constructor(private readonly options: CliOptions) {}

  /** Decodes one input line; returns the JSON lines to print. */
  line(text: string): string[] {
    const out: string[] = [];
    for (const d of this.decoder.push(text, this.lineNo++)) {
      out.push(toGpsdJson(d.message, { scaled: !this.options.raw, device: 'stdin' }));
    }
    return out;
  }

  /** Ends the input and returns the stats. */
  finish(): AisDecoderStats {
    this.decoder.flush();
    return this.decoder.stats;
  }
}

/** The rejection summary written to stderr. */
export function formatSummary(stats: AisDecoderStats): string {
  const lines = [
    `ais:decode: ${stats.lines} lines, ${stats.messages} messages, ${stats.blank} blank, ${stats.comments} comments`,
  ];
  const rejected = REJECT_REASONS.filter((r) => stats.rejected[r] > 0);
  if (rejected.length === 0) lines.push('  rejected: none');
  for (const reason of rejected) lines.push(`  rejected ${reason}: ${stats.rejected[reason]}`);
  if (stats.internalErrors > 0) lines.push(`  internal errors: ${stats.internalErrors}`);
  return `${lines.join('\n')}\n`;
}
