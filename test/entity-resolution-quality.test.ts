import { describe, expect, it } from 'vitest';
import { DEFAULT_RESOLUTION_THRESHOLD, scorePair } from '@tidewatch/domain';
import { generateIdentities } from '../bench/entities/synthetic-identities.ts';

describe('entity resolution on a generated set with known truth', () => {
  it('[ENT-5] reaches precision >= 0.95 and recall >= 0.90 at the default threshold (a smaller seed than the benchmark)', () => {
    const records = generateIdentities(41, 90);
    let truePositives = 0;
    let falsePositives = 0;
    let falseNegatives = 0;
    for (let i = 0; i < records.length; i++)
      for (let j = i + 1; j < records.length; j++) {
        const a = records[i];
        const b = records[j];
        if (!a || !b || a.kind !== b.kind) continue;
        const suggested = scorePair(a, b).score >= DEFAULT_RESOLUTION_THRESHOLD;
        if (suggested && a.truth === b.truth) truePositives++;
        else if (suggested) falsePositives++;
        else if (a.truth === b.truth) falseNegatives++;
      }
    expect(truePositives).toBeGreaterThan(100);
    expect(truePositives / (truePositives + falsePositives)).toBeGreaterThanOrEqual(0.95);
    expect(truePositives / (truePositives + falseNegatives)).toBeGreaterThanOrEqual(0.9);
  }, 60_000);
});
