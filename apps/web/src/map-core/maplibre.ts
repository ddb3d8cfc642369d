import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

// After a Vite build MapLibre cannot find its worker by itself; point it at the emitted asset (same origin,
// so it also works air-gapped and under the page's CSP).
maplibregl.setWorkerUrl(workerUrl);

export { maplibregl };
export type StyleSpecification = Exclude<maplibregl.MapOptions['style'], string | undefined>;
export type LayerSpecification = StyleSpecification['layers'][number];
export type FilterSpecification = NonNullable<Parameters<maplibregl.Map['setFilter']>[1]>;
