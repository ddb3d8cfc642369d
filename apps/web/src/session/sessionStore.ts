import { translate } from '../i18n/index.ts';
import { translations } from './translations.ts';
import type { Session } from './types.ts';

/** Who is signed in. Read in React with useSession; written only by the actions in sessionActions.ts. */
class SessionStore {
  private session: Session = { kind: 'loading' };
  private readonly listeners = new Set<() => void>();

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): Session => this.session;

  set(session: Session): void {
    this.session = session;
    for (const listener of this.listeners) listener();
  }

  /** The server refused our credentials (expired, revoked, user disabled): back to the login page. */
  expire(): void {
    const kind = this.session.kind;
    if (kind === 'user') this.set({ kind: 'signed-out', notice: translate(translations, 'sessionEnded') });
    else if (kind === 'device') this.set({ kind: 'signed-out', notice: translate(translations, 'tokenRefused') });
  }
}

export const sessionStore = new SessionStore();
