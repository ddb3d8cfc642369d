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
  // Rings are ellipses that fill the drawing: labels are wide, so there is more room across than down.
  const steps = Math.max(1, rings.length - 1);
  const stepX = (size.width / 2 - 90) / steps;
  const stepY = (size.height / 2 - 40) / steps;
  const angle = new Map<string, number>([[center, 0]]);
  const at = new Map<string, Point>([[center, { x: cx, y: cy }]]);
  const place = (key: string, a: number, d: number) => {
    angle.set(key, a);
    at.set(key, { x: cx + stepX * d * Math.cos(a), y: cy + stepY * d * Math.sin(a) });
  };
  rings.forEach((ring, d) => {
    if (d === 0) return;
    const parentRing = rings[d - 1] ?? [];
    const byParent = new Map<string, string[]>();
    for (const key of [...ring].sort((a, b) => a.localeCompare(b))) {
      const from = parent.get(key) ?? '';
      byParent.set(from, [...(byParent.get(from) ?? []), key]);
    }
    if (d === 1 || !parent.has(ring[0] ?? '')) {
      // The first ring (and the stray ring) spread evenly, starting to the right of the centre.
      const sorted = [...ring].sort((a, b) => a.localeCompare(b));
      sorted.forEach((key, i) => {
        place(key, (2 * Math.PI * i) / ring.length, d);
      });
      return;
    }
    // Further rings fan out around the node that reached them, within that node's share of its own ring.
    const share = Math.min((2 * Math.PI) / Math.max(parentRing.length, 1), Math.PI / 1.5);
    for (const [from, children] of byParent)
      children.forEach((key, j) => {
        place(key, (angle.get(from) ?? 0) + share * ((j + 0.5) / children.length - 0.5), d);
      });
  });
  return at;
}
