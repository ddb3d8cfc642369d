import { M_PER_DEG_LAT } from './geo.ts';

/**
 * Moving points (vessels) bucketed in square-degree cells of `cellM` metres of latitude, so "who is within
 * d of this vessel" looks at a handful of cells. Longitude cells shrink with latitude, so the search widens
 * by 1/cos(lat) columns.
 */
export class SpatialGrid {
  private readonly cells = new Map<number, Set<number>>();
  private readonly cellOf = new Map<number, number>();
  private readonly cellDeg: number;

  constructor(cellM: number) {
    this.cellDeg = cellM / M_PER_DEG_LAT;
  }

  get size(): number {
    return this.cellOf.size;
  }

  set(id: number, lat: number, lon: number): void {
    const key = this.key(Math.floor(lat / this.cellDeg), Math.floor(lon / this.cellDeg));
    const previous = this.cellOf.get(id);
    if (previous === key) return;
    if (previous !== undefined) this.cells.get(previous)?.delete(id);
    let cell = this.cells.get(key);
    if (!cell) {
      cell = new Set();
      this.cells.set(key, cell);
    }
    cell.add(id);
    this.cellOf.set(id, key);
  }

  delete(id: number): void {
    const previous = this.cellOf.get(id);
    if (previous === undefined) return;
    const cell = this.cells.get(previous);
    cell?.delete(id);
    if (cell?.size === 0) this.cells.delete(previous);
    this.cellOf.delete(id);
  }

  /** Calls `visit` for every id in the cells that may hold points within one cell size of (lat, lon). */
  near(lat: number, lon: number, visit: (id: number) => void): void {
    const row = Math.floor(lat / this.cellDeg);
    const col = Math.floor(lon / this.cellDeg);
    const cos = Math.max(0.05, Math.cos((Math.min(89, Math.abs(lat) + this.cellDeg) * Math.PI) / 180));
    const dCols = Math.ceil(1 / cos);
    for (let r = row - 1; r <= row + 1; r++) {
      for (let c = col - dCols; c <= col + dCols; c++) {
        const cell = this.cells.get(this.key(r, c));
        if (cell) for (const id of cell) visit(id);
      }
    }
  }

  // Rows and columns stay within +/- 2^20 for cells of 100 m or more; one number key avoids string garbage.
  private key(row: number, col: number): number {
    return (row + 1_048_576) * 2_097_152 + (col + 1_048_576);
  }
}
