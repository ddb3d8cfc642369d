import type { EntityGraphRepository, EntityRepository } from '@tidewatch/db';
import { entityGraphRoutes } from '../http/routes/entity-graph.ts';
import { entityRoutes } from '../http/routes/entities.ts';
import type { FeatureModule } from './feature-module.ts';

/** Shared entities, their links, resolution and firearm matches and link analysis (issue 17), under /entities. */
export function entitiesModule(entities: EntityRepository, graph: EntityGraphRepository): FeatureModule {
  return {
    name: 'entities',
    routes: [
      { path: '/entities', routes: entityRoutes(entities) },
      { path: '/entities', routes: entityGraphRoutes(graph) },
    ],
  };
}
