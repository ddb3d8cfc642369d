import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { topologyRings, type LonLat, type Topology } from '@tidewatch/domain';

let rings: LonLat[][] | undefined;

/**
 * Natural Earth land at 1:50m from the world-atlas package (installed with the server, read from disk: no
 * network, ever). Decoded once on first use and kept; about 0.5 MB of TopoJSON.
 */
export function landRings(): LonLat[][] {
  if (!rings) {
    const path = createRequire(import.meta.url).resolve('world-atlas/land-50m.json');
    const topology = JSON.parse(readFileSync(path, 'utf8')) as Topology;
    rings = topologyRings(topology, 'land');
  }
  return rings;
}
