import { authRoutes } from '../http/routes/auth.ts';
import type { ServiceContext } from '../services/context.ts';
import type { FeatureModule } from './feature-module.ts';

/**
 * Sign-in, sign-out, the current session and password change under /auth. Public routes: sign-in must be
 * reachable without a session, so each route that needs one applies the authentication middleware itself.
 */
export function authModule(ctx: ServiceContext): FeatureModule {
  return {
    name: 'auth',
    publicRoutes: [{ path: '/auth', routes: authRoutes(ctx) }],
  };
}
