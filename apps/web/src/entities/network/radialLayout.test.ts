import { describe, expect, it } from 'vitest';
import { radialLayout } from './radialLayout.ts';

const size = { width: 400, height: 400 };
const distance = (p: { x: number; y: number } | undefined) => Math.hypot((p?.x ?? 0) - 200, (p?.y ?? 0) - 200);

describe('radial layout of the entity network', () => {
  it('[LINK-3] puts the entity in the middle and each node on the ring of its distance in links', () => {
    const at = radialLayout(
      'a',
      ['a', 'b', 'c', 'd', 'e'],
      [
        { source: 'a', target: 'b' },
        { source: 'c', target: 'a' },
        { source: 'b', target: 'd' },
      ],
      size,
    );
    expect(at.get('a')).toEqual({ x: 200, y: 200 });
    expect(distance(at.get('b'))).toBeCloseTo(distance(at.get('c')));
    expect(distance(at.get('d'))).toBeGreaterThan(distance(at.get('b')) + 1);
    // 'e' is linked to nothing drawn: it still gets a place, outside the others.
    expect(distance(at.get('e'))).toBeGreaterThan(distance(at.get('d')) + 1);
    const points = [...at.values()].map((p) => `${Math.round(p.x)},${Math.round(p.y)}`);
    expect(new Set(points).size).toBe(5);
  });
});
