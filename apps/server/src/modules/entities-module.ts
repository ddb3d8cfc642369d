import type { EntityRepository } from '@tidewatch/db';
import { entityRoutes } from '../http/routes/entities.ts';
import type { FeatureModule } from './feature-module.ts';

/** Shared entities, their links, resolution and firearm matches (issue 17), under /entities. */
export function entitiesModule(entities: EntityRepository): FeatureModule {
  return {
    name: 'entities',
    routes: [{ path: '/entities', routes: entityRoutes(entities) }],
  };
}
