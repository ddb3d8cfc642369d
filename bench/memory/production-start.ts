/**
 * How every start of the server runs Node.js (MEM-2; docs/memory.md): `pnpm start`, `pnpm start:prod` and
 * docs/tidewatch.service carry these, test/memory-start-settings.test.ts holds them there, and the memory
 * benchmark starts its server with them so it measures what ships.
 */

/**
 * glibc gives each thread that allocates an arena of its own, up to 8 per core: V8's background threads, the
 * libuv pool and the database worker each kept 16-40 MB resident that the process never gave back. Two arenas
 * took 120 MB off the demo server's RSS (docs/memory.md). Read by glibc when the process starts, so it must be
 * in the environment, not set from inside.
 */
export const PRODUCTION_ENV: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: '2' };

/** V8 grows its heap less eagerly and collects sooner: the main heap held 130 MB for 60 MB of live objects. */
export const PRODUCTION_NODE_FLAGS: readonly string[] = ['--optimize-for-size'];
