import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AisDecoder, type AisDecoderStats, type DecodedAis } from '../decoder.ts';

/** The shared corpora live beside the repository (`../shared/corpora/ais` from its root); read in place. */
const repoRoot = new URL('../../../../', import.meta.url);
const corpusRoot = new URL('../shared/corpora/ais/', repoRoot);

export function corpusText(relative: string): string {
  return readFileSync(fileURLToPath(new URL(relative, corpusRoot)), 'utf8');
}

export function corpusLines(relative: string): string[] {
  return corpusText(relative).split('\n');
}

/** Decodes a whole corpus file with one decoder (time = line index), then flushes it. */
export function decodeCorpus(relative: string): { decoded: DecodedAis[]; stats: AisDecoderStats } {
  const decoder = new AisDecoder();
  const decoded: DecodedAis[] = [];
  corpusLines(relative).forEach((line, i) => {
    decoded.push(...decoder.push(line, i));
  });
  decoder.flush();
  return { decoded, stats: decoder.stats };
}

/** JSON objects of a reference file (gpsd .chk files mix echoed sentences with JSON lines). */
export function referenceObjects(relative: string): Array<Record<string, unknown>> {
  return corpusLines(relative)
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}
