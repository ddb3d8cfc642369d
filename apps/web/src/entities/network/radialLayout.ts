/**
 * A radial layout for the entity network: the entity in the middle, nodes one link away on the first ring,
 * two links away on the second, and so on; each ring is ordered by the angle of the node that reached it, so
 * an expanded neighbour's own neighbours fan out beside it rather than across the drawing. Deterministic: the
 * same graph always draws the same way, which keeps a picture stable while the analyst expands it.
 */
export interface Point {
  x: number;
  y: number;
}

export function radialLayout(
  center: string,
  nodeKeys: readonly string[],
  edges: readonly { source: string; target: string }[],
  size: { width: number; height: number },
): Map<string, Point> {
  const adjacency = new Map<string, string[]>(nodeKeys.map((k) => [k, []]));
  for (const e of edges) {
    adjacency.get(e.source)?.push(e.target);
    adjacency.get(e.target)?.push(e.source);
  }
  // Breadth-first rings from the centre; a node no edge reaches goes on a ring of its own outside.
  const depth = new Map<string, number>([[center, 0]]);
  const parent = new Map<string, string>();
  const rings: string[][] = [[center]];
  for (let d = 0; d < rings.length; d += 1) {
    const next: string[] = [];
    for (const key of rings[d] ?? [])
      for (const other of adjacency.get(key) ?? [])
        if (!depth.has(other)) {
          depth.set(other, d + 1);
          parent.set(other, key);
          next.push(other);
        }
    if (next.length > 0) rings.push(next);
  }
  const stray = nodeKeys.filter((k) => !depth.has(k));
  if (stray.length > 0) rings.push(stray);

  const cx = size.width / 2;
  const cy = size.height / 2;
  const step = (Math.min(size.width, size.height) / 2 - 40) / Math.max(1, rings.length - 1);
  const angle = new Map<string, number>([[center, 0]]);
  const at = new Map<string, Point>([[center, { x: cx, y: cy }]]);
  rings.forEach((ring, d) => {
    if (d === 0) return;
    const ordered = [...ring].sort(
      (a, b) => (angle.get(parent.get(a) ?? '') ?? 0) - (angle.get(parent.get(b) ?? '') ?? 0) || a.localeCompare(b),
    );
    // Half a slot of offset per ring keeps the rings' spokes from lining up.
    const offset = d % 2 === 0 ? Math.PI / Math.max(ordered.length, 1) : 0;
    ordered.forEach((key, i) => {
      const a = -Math.PI / 2 + offset + (2 * Math.PI * i) / ordered.length;
      angle.set(key, a);
      at.set(key, { x: cx + step * d * Math.cos(a), y: cy + step * d * Math.sin(a) });
    });
  });
  return at;
}
