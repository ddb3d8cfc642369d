/**
 * AIS decode throughput, one thread: our AisDecoder against the npm decoders ais-stream-decoder and
 * ggencoder, on the same mixed real corpus (every corpus file read in place, comments dropped), in one run.
 * Each decoder gets warm-up rounds, then timed rounds interleaved with the others; the median is reported with
 * each decoder's count of decoded messages and the machine's load average. Writes bench/results/ais-decode.json.
 * Run: npx tsx bench/ais/decode.bench.ts
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { AisDecoder, toGpsdJson } from '../../packages/ais/src/index.ts';

const repoRoot = new URL('../../', import.meta.url);
const corpusRoot = new URL('../shared/corpora/ais/', repoRoot);
const FILES = [
  'gpsd/sample.aivdm',
  'gpsd/ais-18-27.log',
  'gpsd/ais_unpack_sixbit.log',
  'pyais/nmea_data_sample.txt',
  'pyais/mixed.txt',
  'pyais/sample.ais',
  'pyais/gatehouse.nmea',
  'libais/typeexamples.nmea',
  'libais/tagblock.nmea',
  'gfw-ais-tools/errors.nmea',
];
const WARMUP_ROUNDS = 3;
const ROUNDS = 15;
/** Lines per timed round: the corpus repeated, so a round lasts long enough to time well. */
const LINES_PER_ROUND = 150_000;

const corpus = FILES.flatMap((f) =>
  readFileSync(fileURLToPath(new URL(f, corpusRoot)), 'utf8')
    .split('\n')
    .map((l) => l.replace(/\r$/, ''))
    .filter((l) => l.trim() !== '' && !l.startsWith('#')),
);
const round: string[] = [];
while (round.length < LINES_PER_ROUND) round.push(...corpus);

/** A decoder under test: feed it every line of a round, return how many messages it produced. */
interface Contender {
  name: string;
  run(lines: readonly string[]): number;
}

/**
 * Every message is read (its MMSI summed into `oursSink`), so the full message objects a user gets are built
 * and used: nothing can be skipped as unobserved work.
 */
let oursSink = 0;
const ours: Contender = {
  name: '@tidewatch/ais',
  run(lines) {
    const decoder = new AisDecoder();
    let decoded = 0;
    for (let i = 0; i < lines.length; i++) {
      const messages = decoder.push(lines[i] ?? '', i);
      for (let k = 0; k < messages.length; k++)
        oursSink = (oursSink + (messages[k]?.message.mmsi ?? 0)) % 1_000_000_007;
      decoded += messages.length;
    }
    return decoded;
  },
};

const require = createRequire(import.meta.url);

/** ais-stream-decoder is a Transform stream; we call its _transform directly so stream plumbing is not timed. */
interface StreamDecoder {
  _transform(chunk: string, encoding: string, callback: (error?: unknown) => void): void;
  push(chunk: unknown): boolean;
}
const streamDecoderModule = require('ais-stream-decoder') as {
  default: new (options: { silent: boolean }) => StreamDecoder;
};

const aisStreamDecoder: Contender = {
  name: 'ais-stream-decoder',
  run(lines) {
    const decoder = new streamDecoderModule.default({ silent: true });
    let decoded = 0;
    decoder.push = () => {
      decoded++;
      return true;
    };
    const done = (): void => {};
    for (const line of lines) decoder._transform(line, 'utf8', done);
    return decoded;
  },
};

/** ggencoder decodes one sentence per constructor call; multipart needs a session object. */
const ggencoderModule = require('ggencoder') as {
  AisDecode: new (input: string, session: object) => { valid: boolean };
};

const ggencoder: Contender = {
  name: 'ggencoder',
  run(lines) {
    const session = {};
    let decoded = 0;
    for (const line of lines) {
      try {
        if (new ggencoderModule.AisDecode(line, session).valid) decoded++;
      } catch {
        // it throws on some malformed input; that line simply decodes nothing
      }
    }
    return decoded;
  },
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

interface Result {
  name: string;
  sentencesPerSecond: number;
  decodedPerRound: number;
  roundsSentencesPerSecond: number[];
}

/**
 * Rounds are interleaved (every contender once per round, in rotating order) so that load from other
 * processes on a shared machine falls on all contenders alike instead of skewing one of them.
 */
function measureAll(contenders: Contender[]): Result[] {
  const decoded = contenders.map((c) => {
    let n = 0;
    for (let i = 0; i < WARMUP_ROUNDS; i++) n = c.run(round);
    return n;
  });
  const rates: number[][] = contenders.map(() => []);
  for (let r = 0; r < ROUNDS; r++) {
    for (let k = 0; k < contenders.length; k++) {
      const index = (r + k) % contenders.length;
      const contender = contenders[index];
      if (contender === undefined) continue;
      const start = process.hrtime.bigint();
      decoded[index] = contender.run(round);
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      rates[index]?.push(round.length / seconds);
    }
  }
  return contenders.map((c, i) => ({
    name: c.name,
    sentencesPerSecond: median(rates[i] ?? []),
    decodedPerRound: decoded[i] ?? 0,
    roundsSentencesPerSecond: (rates[i] ?? []).map(Math.round),
  }));
}

/** If gpsd's gpsdecode is installed, count disagreements with it on the types the corpus tests pin down. */
function compareWithGpsd(): {
  available: boolean;
  version?: string;
  compared?: number;
  disagreements?: number;
  note: string;
} {
  const probe = spawnSync('gpsdecode', ['-V'], { encoding: 'utf8' });
  if (probe.error !== undefined || probe.status !== 0) return { available: false, note: 'gpsdecode not installed' };
  const compared = new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 18, 19, 21, 27]);
  let count = 0;
  let disagreements = 0;
  for (const file of [
    'gpsd/sample.aivdm',
    'gpsd/ais-18-27.log',
    'gpsd/ais_unpack_sixbit.log',
    'pyais/nmea_data_sample.txt',
  ]) {
    const path = fileURLToPath(new URL(file, corpusRoot));
    // gpsd only takes a sentence once its line ends, so make sure the last one does
    const input = `${readFileSync(path, 'utf8').replace(/\n?$/, '\n')}`;
    const theirs = execFileSync('gpsdecode', ['-u', '-j'], {
      input,
      encoding: 'utf8',
      stdio: ['pipe', 'pipe', 'ignore'],
    })
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((o) => compared.has(o.type as number));
    const decoder = new AisDecoder();
    const mine = readFileSync(path, 'utf8')
      .split('\n')
      .flatMap((l, i) => decoder.push(l, i))
      .filter((d) => compared.has(d.message.type))
      .map((d) => JSON.parse(toGpsdJson(d.message, { scaled: false, device: 'stdin' })) as Record<string, unknown>);
    if (mine.length !== theirs.length) disagreements += Math.abs(mine.length - theirs.length);
    theirs.forEach((t, i) => {
      count++;
      const m = mine[i] ?? {};
      // legend wording (epfd_text, ...) changes between gpsd releases; the coded value is compared
      const differs = Object.keys({ ...t, ...m }).some(
        (k) => !k.endsWith('_text') && JSON.stringify(t[k]) !== JSON.stringify(m[k]),
      );
      if (differs) disagreements++;
    });
  }
  return {
    available: true,
    version: `${probe.stdout}${probe.stderr}`.trim(),
    compared: count,
    disagreements,
    note: 'types 1-9, 11, 18, 19, 21, 27 (binary application payloads included) of the gpsd and pyais corpora, unscaled, *_text legends excluded',
  };
}

/** The machine may be shared: the 1/5/15-minute load averages before and after the timed part go in the results. */
const loadBefore = loadavg().map((l) => Number(l.toFixed(2)));
const results = measureAll([ours, aisStreamDecoder, ggencoder]);
const loadAfter = loadavg().map((l) => Number(l.toFixed(2)));
const [mineResult, ...peers] = results;
if (mineResult === undefined) throw new Error('no result');
const fastestPeer = Math.max(...peers.map((p) => p.sentencesPerSecond));
const gpsd = compareWithGpsd();

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');
console.log(
  `AIS decode, ${round.length} lines per round (${corpus.length} distinct corpus lines from ${FILES.length} files), ${WARMUP_ROUNDS} warm-up + ${ROUNDS} rounds, median, node ${process.version}`,
);
console.log('decoder               sentences/s   decoded/round   ours/peer');
for (const r of results) {
  const ratio = r === mineResult ? '-' : `${(mineResult.sentencesPerSecond / r.sentencesPerSecond).toFixed(2)}x`;
  console.log(
    `${r.name.padEnd(20)} ${fmt(r.sentencesPerSecond).padStart(12)}   ${fmt(r.decodedPerRound).padStart(13)}   ${ratio.padStart(9)}`,
  );
}
console.log(
  `load average (1/5/15 min) before ${loadBefore.join(' ')}, after ${loadAfter.join(' ')}, on ${cpus().length} CPUs; checksum of our MMSIs ${oursSink}`,
);
console.log(`ours vs fastest peer: ${(mineResult.sentencesPerSecond / fastestPeer).toFixed(2)}x (target >= 5x)`);
console.log(
  gpsd.available
    ? `gpsd ${gpsd.version}: ${gpsd.compared} messages compared, ${gpsd.disagreements} disagreements (${gpsd.note})`
    : `gpsd: ${gpsd.note}`,
);

const resultsDir = new URL('bench/results/', repoRoot);
mkdirSync(resultsDir, { recursive: true });
writeFileSync(
  new URL('ais-decode.json', resultsDir),
  `${JSON.stringify(
    {
      benchmark: 'ais-decode',
      date: new Date().toISOString(),
      node: process.version,
      corpus: { files: FILES, distinctLines: corpus.length, linesPerRound: round.length },
      loadAverage: { before: loadBefore, after: loadAfter, cpus: cpus().length },
      outputs: {
        '@tidewatch/ais': 'DecodedAis objects with the full typed message, each one read',
        'ais-stream-decoder': 'one JSON string per message (the only output its stream API gives)',
        ggencoder: 'one decoded object per sentence, its valid flag read',
      },
      warmupRounds: WARMUP_ROUNDS,
      rounds: ROUNDS,
      statistic: 'median sentences per second, one thread',
      results: results.map((r) => ({
        ...r,
        sentencesPerSecond: Math.round(r.sentencesPerSecond),
        oursOverPeer:
          r === mineResult ? null : Number((mineResult.sentencesPerSecond / r.sentencesPerSecond).toFixed(2)),
      })),
      oursOverFastestPeer: Number((mineResult.sentencesPerSecond / fastestPeer).toFixed(2)),
      gpsd,
    },
    null,
    2,
  )}\n`,
);
