import { adminRoutes } from '../http/routes/admin.ts';
import type { FeatureModule } from './feature-module.ts';

/** Agencies, users, API keys, sharing groups and the audit search, under /admin (the verbs authorize admins). */
export function adminModule(): FeatureModule {
  return {
    name: 'admin',
    routes: [{ path: '/admin', routes: adminRoutes() }],
  };
}
