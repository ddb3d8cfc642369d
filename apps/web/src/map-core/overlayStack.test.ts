import { describe, expect, it } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { OverlayStack } from './overlayStack.ts';

/** The part of MapLibre's Map the stack uses, over a plain list of layer ids (bottom first). */
function fakeMap(initial: string[]): { map: MapLibreMap; layers: string[] } {
  const layers = [...initial];
  const sources = new Set<string>(['cargo', 'drill']);
  const map = {
    addLayer(layer: { id: string }, before?: string) {
      const at = before === undefined ? layers.length : layers.indexOf(before);
      layers.splice(at, 0, layer.id);
    },
    getLayer: (id: string) => (layers.includes(id) ? { id } : undefined),
    removeLayer: (id: string) => void layers.splice(layers.indexOf(id), 1),
    getSource: (id: string) => (sources.has(id) ? { id } : undefined),
    removeSource: (id: string) => void sources.delete(id),
  };
  // The stack touches only these five methods; a real map needs WebGL, which unit tests do not have.
  return { map: map as unknown as MapLibreMap, layers };
}

describe('OverlayStack', () => {
  it('[WEB-4] places every overlay by the manifest whatever order they bind in', () => {
    const { map, layers } = fakeMap(['background', 'land', 'events-halo', 'events-circle']);
    const stack = new OverlayStack(map);
    stack.adopt('events', ['events-halo', 'events-circle']);
    stack.add('alert-evidence', { id: 'evidence-line', type: 'background' });
    stack.add('cargo-arcs', { id: 'cargo-line', type: 'background' });
    stack.add('drill-down', { id: 'drill-dot', type: 'background' });
    stack.add('vessels', { id: 'vessel-trail', type: 'background' });
    stack.add('cargo-arcs', { id: 'cargo-ports', type: 'background' });
    stack.add('vessels', { id: 'vessel-ring', type: 'background' });
    expect(layers).toEqual([
      'background',
      'land',
      'cargo-line',
      'cargo-ports',
      'vessel-trail',
      'vessel-ring',
      'events-halo',
      'events-circle',
      'drill-dot',
      'evidence-line',
    ]);

    stack.remove('cargo-arcs', ['cargo']);
    expect(layers).not.toContain('cargo-line');
    expect(map.getSource('cargo')).toBeUndefined();
    stack.add('cargo-arcs', { id: 'cargo-line', type: 'background' });
    expect(layers.indexOf('cargo-line')).toBeLessThan(layers.indexOf('vessel-trail'));
  });
});
