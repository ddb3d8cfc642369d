import { M_PER_DEG_LAT, distanceM } from './geo.ts';

export interface NamedPoint {
  id: string;
  name: string;
  lat: number;
  lon: number;
}

/**
 * Fixed points (anchorages, coast samples) bucketed in a lat/lon grid so "the nearest one within r" costs a
 * few cells instead of a scan of every point on every AIS message.
 */
export class PointIndex<P extends NamedPoint = NamedPoint> {
  private readonly cells = new Map<number, P[]>();

  constructor(
    points: readonly P[],
    private readonly cellDeg = 0.25,
  ) {
    for (const p of points) {
      const key = this.key(Math.floor(p.lat / cellDeg), Math.floor(p.lon / cellDeg));
      const list = this.cells.get(key);
      if (list) list.push(p);
      else this.cells.set(key, [p]);
    }
  }

  get isEmpty(): boolean {
    return this.cells.size === 0;
  }

  /** The nearest point within `radiusM`, or null. */
  nearestWithin(lat: number, lon: number, radiusM: number): { point: P; distanceM: number } | null {
    const row = Math.floor(lat / this.cellDeg);
    const col = Math.floor(lon / this.cellDeg);
    const dRows = Math.ceil(radiusM / M_PER_DEG_LAT / this.cellDeg);
    const cos = Math.max(0.05, Math.cos((Math.min(89, Math.abs(lat) + dRows * this.cellDeg) * Math.PI) / 180));
    const dCols = Math.ceil(radiusM / (M_PER_DEG_LAT * cos) / this.cellDeg);
    let best: P | null = null;
    let bestM = radiusM;
    for (let r = row - dRows; r <= row + dRows; r++) {
      for (let c = col - dCols; c <= col + dCols; c++) {
        const list = this.cells.get(this.key(r, c));
        if (!list) continue;
        for (const p of list) {
          const d = distanceM(lat, lon, p.lat, p.lon);
          if (d <= bestM) {
            best = p;
            bestM = d;
          }
        }
      }
    }
    return best ? { point: best, distanceM: bestM } : null;
  }

  // Rows and columns fit in 16 bits each at any cell size used here; one number key avoids string garbage.
  private key(row: number, col: number): number {
    return (row + 32_768) * 65_536 + (col + 32_768);
  }
}

/**
 * What the detectors know of the world: anchorages and ports (encounters and gaps near them are routine, port
 * visits are measured against them) and coast samples for "distance from shore". Ports count as shore too.
 */
export class Geography {
  readonly anchorages: PointIndex;
  readonly shore: PointIndex;

  constructor(anchorages: readonly NamedPoint[], coast: readonly NamedPoint[] = []) {
    this.anchorages = new PointIndex(anchorages, 0.1);
    this.shore = new PointIndex([...anchorages, ...coast], 0.5);
  }

  nearestAnchorage(lat: number, lon: number, radiusM: number): { point: NamedPoint; distanceM: number } | null {
    return this.anchorages.nearestWithin(lat, lon, radiusM);
  }

  /** True when no anchorage lies within `radiusM`. */
  awayFromAnchorages(lat: number, lon: number, radiusM: number): boolean {
    return this.anchorages.nearestWithin(lat, lon, radiusM) === null;
  }

  awayFromShore(lat: number, lon: number, radiusM: number): boolean {
    return this.shore.nearestWithin(lat, lon, radiusM) === null;
  }
}

/**
 * Ports and anchorages of the region (UN/LOCODE where one exists). A deployment with a fuller gazetteer
 * passes its own; these keep the defaults useful for the Caribbean picture.
 */
export const CARIBBEAN_ANCHORAGES: readonly NamedPoint[] = [
  { id: 'JMKIN', name: 'Kingston', lat: 17.955, lon: -76.84 },
  { id: 'JMKIN-ANCH', name: 'Kingston anchorage (Port Royal)', lat: 17.925, lon: -76.81 },
  { id: 'JMOCJ', name: 'Ocho Rios', lat: 18.411, lon: -77.108 },
  { id: 'JMMBJ', name: 'Montego Bay', lat: 18.4655, lon: -77.9405 },
  { id: 'JMPEV', name: 'Port Esquivel', lat: 17.885, lon: -77.135 },
  { id: 'JMROP', name: 'Rocky Point', lat: 17.813, lon: -77.27 },
  { id: 'USPEF', name: 'Port Everglades', lat: 26.092, lon: -80.119 },
  { id: 'USMIA', name: 'PortMiami', lat: 25.7745, lon: -80.165 },
  { id: 'USJAX', name: 'Jacksonville', lat: 30.4, lon: -81.55 },
  { id: 'USTPA', name: 'Tampa', lat: 27.92, lon: -82.44 },
  { id: 'USPBI', name: 'Palm Beach', lat: 26.768, lon: -80.05 },
  { id: 'PAONX', name: 'Colon', lat: 9.36, lon: -79.895 },
  { id: 'COCTG', name: 'Cartagena', lat: 10.4, lon: -75.53 },
  { id: 'BSNAS', name: 'Nassau', lat: 25.08, lon: -77.344 },
  { id: 'BSFPO', name: 'Freeport (Grand Bahama)', lat: 26.516, lon: -78.768 },
  { id: 'HTPAP', name: 'Port-au-Prince', lat: 18.556, lon: -72.352 },
  { id: 'DOSDQ', name: 'Santo Domingo', lat: 18.47, lon: -69.885 },
  { id: 'DOCAU', name: 'Caucedo', lat: 18.425, lon: -69.63 },
  { id: 'PRSJU', name: 'San Juan', lat: 18.455, lon: -66.1 },
  { id: 'TTPOS', name: 'Port of Spain', lat: 10.65, lon: -61.52 },
  { id: 'CUHAV', name: 'Havana', lat: 23.14, lon: -82.35 },
];
