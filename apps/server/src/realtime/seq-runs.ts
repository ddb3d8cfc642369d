/** A closed run of consecutive seqs, [first, last]. */
export type SeqRun = [number, number];

/**
 * The seqs a socket was sent, as runs of consecutive numbers. A live socket receives events in seq order,
 * so at stream rates the runs stay few: an audit row names thousands of reads in a few numbers instead of
 * thousands of ids (which made a 5-second flush with 200 sockets serialise megabytes at once).
 */
export class SeqRuns {
  readonly #runs: SeqRun[] = [];
  #count = 0;

  get count(): number {
    return this.#count;
  }

  add(seq: number): void {
    const last = this.#runs.at(-1);
    if (last && seq >= last[0] && seq <= last[1]) return;
    this.#count++;
    if (last && seq === last[1] + 1) last[1] = seq;
    else this.#runs.push([seq, seq]);
  }

  /** The runs so far, then empty again. */
  take(): SeqRun[] {
    const runs = this.#runs.splice(0);
    this.#count = 0;
    return runs;
  }
}
