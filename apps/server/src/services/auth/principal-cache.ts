import type { Principal } from '../../auth/actor.ts';

const TTL_MS = 2000;

/**
 * Resolving a credential costs two queries, and on the single-connection embedded database they queue
 * behind every write transaction, which starved group commit (measured: ~130 POST/s). A principal is kept
 * for at most two seconds, and every revocation or membership change clears the cache on every node at
 * once (REL-10), so the TTL only bounds the case of a lost inter-node message.
 */
export class PrincipalCache {
  readonly #entries = new Map<string, { principal: Principal; expires: number }>();

  constructor(private readonly now: () => number) {}

  async get(key: string, load: () => Promise<Principal | undefined>): Promise<Principal | undefined> {
    const hit = this.#entries.get(key);
    const now = this.now();
    if (hit && hit.expires > now) return hit.principal;
    const principal = await load();
    if (principal) this.#entries.set(key, { principal, expires: now + TTL_MS });
    else this.#entries.delete(key);
    return principal;
  }

  clear(): void {
    this.#entries.clear();
  }
}
