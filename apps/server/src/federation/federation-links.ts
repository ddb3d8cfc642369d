import { PartnerLink, type LinkDeps } from './partner-link.ts';

/** One PartnerLink per stored partner, started with the node and told when an administrator changes one. */
export class FederationLinks {
  readonly #links = new Map<string, PartnerLink>();
  #stopped = false;

  constructor(private readonly deps: LinkDeps) {}

  async start(): Promise<void> {
    for (const partner of await this.deps.repo.list()) this.#ensure(partner.id);
  }

  /** An administrator added or changed `partner`: start its link, or make the running one read it again. */
  changed(partner: string): void {
    if (this.#stopped) return;
    const link = this.#links.get(partner);
    if (link) link.poke();
    else this.#ensure(partner);
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    await Promise.all([...this.#links.values()].map((link) => link.stop()));
    this.#links.clear();
  }

  #ensure(partner: string): void {
    if (this.#links.has(partner)) return;
    const link = new PartnerLink(partner, this.deps);
    this.#links.set(partner, link);
    link.start();
  }
}
