import type { DeploymentStatus } from '@tidewatch/contracts';
import type { FirstRunRepository } from '@tidewatch/db';

/**
 * What the sign-in page is told. Anyone may ask, so it is cheap: whether demo credentials are active is found
 * once at start-up (the check needs scrypt), and the database is asked about an administrator only until one
 * exists, since setup is done once.
 */
export class DeploymentStatusSource {
  #administratorSeen = false;

  constructor(
    private readonly firstRun: FirstRunRepository,
    /** Until start-up has checked, a demo start says yes: a banner too many beats one missing. */
    public demoCredentials: boolean,
  ) {}

  async read(): Promise<DeploymentStatus> {
    this.#administratorSeen ||= await this.firstRun.hasActiveAdministrator();
    return { demoCredentials: this.demoCredentials, setupNeeded: !this.#administratorSeen };
  }
}
