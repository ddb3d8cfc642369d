import { useEffect, useState } from 'react';
import type { ControlPosition, IControl, Map as MapLibreMap } from 'maplibre-gl';

/**
 * An empty MapLibre control at `position` for React to render into (through a portal): MapLibre stacks its
 * corner controls itself, so a tool placed this way never lands on top of the zoom buttons or the scale bar.
 */
export function useMapControl(
  map: MapLibreMap | null,
  position: ControlPosition,
  className: string,
): HTMLElement | null {
  const [element, setElement] = useState<HTMLElement | null>(null);
  useEffect(() => {
    if (!map) return;
    const el = document.createElement('div');
    el.className = `maplibregl-ctrl ${className}`;
    const control: IControl = { onAdd: () => el, onRemove: () => el.remove() };
    map.addControl(control, position);
    setElement(el);
    return () => {
      setElement(null);
      // map.remove() takes its controls off first when the whole map goes.
      if (map.hasControl(control)) map.removeControl(control);
    };
  }, [map, position, className]);
  return element;
}
