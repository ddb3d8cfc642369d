/**
 * A binary min-heap of (time, id): the simulator's agenda of who reports next. Ties break by id so the order
 * of reports, and so the output, never depends on how the heap happened to be built.
 */
export class ScheduleHeap {
  private readonly times: number[] = [];
  private readonly ids: number[] = [];

  get size(): number {
    return this.ids.length;
  }

  peekTime(): number {
    return this.times[0] ?? Number.POSITIVE_INFINITY;
  }

  push(time: number, id: number): void {
    this.times.push(time);
    this.ids.push(id);
    let i = this.ids.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  /** Removes and returns the earliest id (undefined when empty). */
  pop(): number | undefined {
    const top = this.ids[0];
    const lastTime = this.times.pop();
    const lastId = this.ids.pop();
    if (top === undefined || lastTime === undefined || lastId === undefined) return undefined;
    if (this.ids.length === 0) return top;
    this.times[0] = lastTime;
    this.ids[0] = lastId;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < this.ids.length && this.less(l, m)) m = l;
      if (r < this.ids.length && this.less(r, m)) m = r;
      if (m === i) return top;
      this.swap(i, m);
      i = m;
    }
  }

  private less(a: number, b: number): boolean {
    const ta = this.times[a] ?? 0;
    const tb = this.times[b] ?? 0;
    return ta < tb || (ta === tb && (this.ids[a] ?? 0) < (this.ids[b] ?? 0));
  }

  private swap(a: number, b: number): void {
    const t = this.times[a] ?? 0;
    this.times[a] = this.times[b] ?? 0;
    this.times[b] = t;
    const id = this.ids[a] ?? 0;
    this.ids[a] = this.ids[b] ?? 0;
    this.ids[b] = id;
  }
}
