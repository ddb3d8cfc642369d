import {
  STIX_IMPORT_OUTCOMES,
  type StixImportCounts,
  type StixImportOutcome,
  type StixObjectOutcome,
} from '@tidewatch/contracts';

/**
 * The outcome of each object of a bundle, by position: exactly one per object (XCH-1). Later facts about
 * an object (a refusal found while storing) replace an earlier plan for it.
 */
export class OutcomeList {
  readonly #byIndex = new Map<number, StixObjectOutcome>();
  readonly #bundleFaults: StixObjectOutcome[] = [];

  set(outcome: StixObjectOutcome): void {
    if (outcome.index < 0) this.#bundleFaults.push(outcome);
    else this.#byIndex.set(outcome.index, outcome);
  }

  /** Adds a reason to an object already refused (an object may break several rules), else refuses it. */
  refuse(base: Omit<StixObjectOutcome, 'outcome' | 'field' | 'reason'>, field: string, reason: string): void {
    const seen = this.#byIndex.get(base.index);
    if (seen?.outcome === 'refused') {
      seen.reason = `${seen.reason ?? ''}; ${field ? `${field}: ` : ''}${reason}`;
      return;
    }
    this.set({ ...base, outcome: 'refused', field, reason });
  }

  has(index: number): boolean {
    return this.#byIndex.has(index);
  }

  get(index: number): StixObjectOutcome | undefined {
    return this.#byIndex.get(index);
  }

  list(): StixObjectOutcome[] {
    return [...this.#bundleFaults, ...[...this.#byIndex.values()].sort((a, b) => a.index - b.index)];
  }

  counts(): StixImportCounts {
    const counts = Object.fromEntries(STIX_IMPORT_OUTCOMES.map((o) => [o, 0])) as Record<StixImportOutcome, number>;
    for (const outcome of this.list()) counts[outcome.outcome] += 1;
    return counts;
  }
}
