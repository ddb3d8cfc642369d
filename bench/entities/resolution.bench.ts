/**
 * Entity resolution quality (ENT-5): precision and recall of the suggestions over a generated set with known
 * truth, at the default threshold and across a curve of thresholds, with a naive exact-name matcher as the
 * named peer in the same run. Writes bench/results/entities.json. Pairs are compared within a kind, as the
 * service does.
 */
import { loadavg } from 'node:os';
import { DEFAULT_RESOLUTION_THRESHOLD, nameKey, scorePair } from '@tidewatch/domain';
import { writeResults } from '../support/results.ts';
import { generateIdentities, type LabelledRecord } from './synthetic-identities.ts';

interface ScoredPair {
  score: number;
  exactName: boolean;
  same: boolean;
}

function scoreAll(records: readonly LabelledRecord[]): ScoredPair[] {
  const pairs: ScoredPair[] = [];
  for (let i = 0; i < records.length; i++) {
    const a = records[i];
    if (!a) continue;
    for (let j = i + 1; j < records.length; j++) {
      const b = records[j];
      if (!b || b.kind !== a.kind) continue;
      const exactName = a.names.some((n) => b.names.some((m) => nameKey(n, 'any') === nameKey(m, 'any')));
      pairs.push({ score: scorePair(a, b).score, exactName, same: a.truth === b.truth });
    }
  }
  return pairs;
}

function quality(pairs: readonly ScoredPair[], predicted: (p: ScoredPair) => boolean) {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  for (const pair of pairs) {
    const yes = predicted(pair);
    if (yes && pair.same) truePositives++;
    else if (yes) falsePositives++;
    else if (pair.same) falseNegatives++;
  }
  const precision = truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives);
  const recall = truePositives + falseNegatives === 0 ? 1 : truePositives / (truePositives + falseNegatives);
  const round = (x: number) => Math.round(x * 10_000) / 10_000;
  return { precision: round(precision), recall: round(recall), truePositives, falsePositives, falseNegatives };
}

const started = performance.now();
const records = generateIdentities();
const pairs = scoreAll(records);
const elapsedMs = Math.round(performance.now() - started);
const truePairs = pairs.filter((p) => p.same).length;
const curve = [0.6, 0.65, 0.7, 0.75, 0.8, 0.82, 0.84, 0.86, 0.88, 0.9, 0.92, 0.94, 0.96, 0.98].map((threshold) => ({
  threshold,
  ...quality(pairs, (p) => p.score >= threshold),
}));
const atDefault = {
  threshold: DEFAULT_RESOLUTION_THRESHOLD,
  ...quality(pairs, (p) => p.score >= DEFAULT_RESOLUTION_THRESHOLD),
};
const exactNamePeer = quality(pairs, (p) => p.exactName);
const results = {
  records: records.length,
  pairsCompared: pairs.length,
  truePairs,
  elapsedMs,
  loadAverage: loadavg().map((x) => Math.round(x * 100) / 100),
  targets: { precision: 0.95, recall: 0.9 },
  atDefault,
  peers: { exactNormalisedName: exactNamePeer },
  curve,
};
console.log(
  `records ${records.length}, pairs ${pairs.length} (${truePairs} true), ${elapsedMs} ms, load ${results.loadAverage.join(' ')}`,
);
console.log(`default threshold ${atDefault.threshold}: precision ${atDefault.precision}, recall ${atDefault.recall}`);
console.log(`peer exact normalised name: precision ${exactNamePeer.precision}, recall ${exactNamePeer.recall}`);
for (const point of curve) console.log(`  >= ${point.threshold}: precision ${point.precision} recall ${point.recall}`);
console.log(`wrote ${writeResults('entities', results)}`);
const met = atDefault.precision >= 0.95 && atDefault.recall >= 0.9;
if (!met) {
  console.error('ENT-5 targets not met at the default threshold');
  process.exitCode = 1;
}
