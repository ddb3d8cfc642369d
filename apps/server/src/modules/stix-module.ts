import { stixRoutes } from '../http/routes/stix.ts';
import type { FeatureModule } from './feature-module.ts';

/**
 * STIX 2.1 exchange (issue 15 s.1): import a bundle, export what the caller may read, list the kept "other
 * STIX objects", under /stix. The verbs live in services/stix-exchange, which the TAXII server calls too.
 */
export function stixModule(): FeatureModule {
  return {
    name: 'stix',
    routes: [{ path: '/stix', routes: stixRoutes() }],
  };
}
