import { annotationRoutes } from '../http/routes/annotations.ts';
import type { FeatureModule } from './feature-module.ts';

/** Annotations on events, vessels and intel records, with their revision history, under /annotations. */
export function annotationsModule(): FeatureModule {
  return {
    name: 'annotations',
    routes: [{ path: '/annotations', routes: annotationRoutes() }],
  };
}
