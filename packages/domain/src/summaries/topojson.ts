/** The part of a TopoJSON topology (world-atlas land-*.json) needed to draw coastlines. */
export interface Topology {
  transform?: { scale: [number, number]; translate: [number, number] };
  arcs: number[][][];
  objects: Record<string, TopoGeometry>;
}

export type TopoGeometry =
  | { type: 'GeometryCollection'; geometries: TopoGeometry[] }
  | { type: 'Polygon'; arcs: number[][] }
  | { type: 'MultiPolygon'; arcs: number[][][] }
  | { type: string; arcs?: unknown; geometries?: unknown };

export type LonLat = [number, number];

/** Decodes delta-encoded, quantized arcs into lon/lat positions. */
function decodeArcs(topology: Topology): LonLat[][] {
  const t = topology.transform;
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map((p) => {
      const px = p[0] ?? 0;
      const py = p[1] ?? 0;
      if (!t) return [px, py];
      x += px;
      y += py;
      return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
    });
  });
}

function ringOf(arcIndexes: number[], arcs: LonLat[][]): LonLat[] {
  const ring: LonLat[] = [];
  for (const index of arcIndexes) {
    // A negative index (~i) means arc i walked backwards.
    const arc = index >= 0 ? arcs[index] : arcs[~index]?.slice().reverse();
    if (!arc) continue;
    // Consecutive arcs share their end point; keep it once.
    ring.push(...(ring.length > 0 ? arc.slice(1) : arc));
  }
  return ring;
}

/** Every ring (outlines and holes alike) of the named object; enough to fill land with the even-odd rule. */
export function topologyRings(topology: Topology, objectName: string): LonLat[][] {
  const arcs = decodeArcs(topology);
  const rings: LonLat[][] = [];
  const visit = (g: TopoGeometry) => {
    if (g.type === 'GeometryCollection' && Array.isArray(g.geometries))
      for (const child of g.geometries as TopoGeometry[]) visit(child);
    else if (g.type === 'Polygon' && Array.isArray(g.arcs))
      for (const r of g.arcs as number[][]) rings.push(ringOf(r, arcs));
    else if (g.type === 'MultiPolygon' && Array.isArray(g.arcs))
      for (const p of g.arcs as number[][][]) for (const r of p) rings.push(ringOf(r, arcs));
  };
  const object = topology.objects[objectName];
  if (object) visit(object);
  return rings;
}
