import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { AppEnv } from '../http/request-context.ts';
import { ModuleRegistry, type FeatureModule } from './feature-module.ts';

/** A module that records its lifecycle calls in `log`. */
function recording(name: string, log: string[]): FeatureModule {
  return {
    name,
    routes: [{ path: `/${name}`, routes: new Hono<AppEnv>() }],
    eventStages: [{ name: `${name} stage`, accept: () => undefined }],
    streamListeners: [() => log.push(`${name} heard`)],
    start: async () => void log.push(`${name} start`),
    stop: async () => void log.push(`${name} stop`),
    close: async () => void log.push(`${name} close`),
  };
}

describe('[ARCH-5] the module registry of the composition root', () => {
  it('collects routes, event stages and stream listeners in registration order', () => {
    const log: string[] = [];
    const registry = new ModuleRegistry();
    registry.register(recording('intel', log));
    registry.register({ name: 'quiet' });
    registry.register(recording('vessels', log));
    expect(registry.routes.map((r) => r.path)).toEqual(['/intel', '/vessels']);
    expect(registry.eventStages.map((s) => s.name)).toEqual(['intel stage', 'vessels stage']);
    for (const listener of registry.streamListeners) listener([]);
    expect(log).toEqual(['intel heard', 'vessels heard']);
  });

  it('starts in registration order and stops and closes in reverse', async () => {
    const log: string[] = [];
    const registry = new ModuleRegistry();
    registry.register(recording('intel', log));
    registry.register(recording('vessels', log));
    registry.register(recording('demo', log));
    await registry.start();
    await registry.stop();
    await registry.close();
    expect(log).toEqual([
      'intel start',
      'vessels start',
      'demo start',
      'demo stop',
      'vessels stop',
      'intel stop',
      'demo close',
      'vessels close',
      'intel close',
    ]);
  });

  it('refuses a module registered twice', () => {
    const registry = new ModuleRegistry();
    registry.register({ name: 'intel' });
    expect(() => registry.register({ name: 'intel' })).toThrow(/twice/);
  });
});

describe('[ARCH-6] feature routes come from modules, public apart from authenticated', () => {
  it('keeps public route groups out of the authenticated list, in registration order', () => {
    const registry = new ModuleRegistry();
    registry.register({ name: 'events', routes: [{ path: '/events', routes: new Hono<AppEnv>() }] });
    registry.register({ name: 'auth', publicRoutes: [{ path: '/auth', routes: new Hono<AppEnv>() }] });
    registry.register({ name: 'admin', routes: [{ path: '/admin', routes: new Hono<AppEnv>() }] });
    expect(registry.routes.map((r) => r.path)).toEqual(['/events', '/admin']);
    expect(registry.publicRoutes.map((r) => r.path)).toEqual(['/auth']);
  });

  it('the HTTP app imports no feature route factory, only the cross-cutting ones', async () => {
    const source = await readFile(fileURLToPath(new URL('../http/app.ts', import.meta.url)), 'utf8');
    const routeImports = [...source.matchAll(/from '\.\/routes\/([\w-]+)\.ts'/g)].map((m) => m[1]);
    expect(routeImports.sort()).toEqual(['api-docs', 'deployment', 'health']);
  });
});
