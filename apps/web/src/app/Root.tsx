import { useEffect } from 'react';
import { useSession } from '../session/useSession.ts';
import { restoreSession } from '../auth/index.ts';
import { LoginPage } from '../auth/index.ts';
import { App } from './App.tsx';
import { WallApp } from '../wall/index.ts';
import { consumeWallToken, isWallPath } from '../wall/index.ts';
import { SessionScope } from '../session/SessionScope.tsx';
import { useT } from '../i18n/index.ts';
import { translations } from './translations.ts';

let restoring: Promise<void> | null = null;

/** Login page until there is a session; then the dashboard, remounted from scratch for each identity. */
export function Root() {
  const t = useT(translations);
  const session = useSession();
  useEffect(() => {
    // Once per page load (StrictMode runs effects twice in development).
    if (restoring === null) {
      consumeWallToken();
      restoring = restoreSession();
    }
  }, []);

  if (session.kind === 'loading') {
    return (
      <div className="splash" role="status">
        {t('checkingSession')}
      </div>
    );
  }
  if (session.kind === 'signed-out') return <LoginPage notice={session.notice} />;
  const identity = session.kind === 'user' ? `user:${session.user.id}` : `device:${session.token}`;
  const deviceToken = session.kind === 'device' ? session.token : null;
  // One scope per identity: switching user, agency or wall token unmounts it, which clears every store.
  return (
    <SessionScope key={identity}>
      {isWallPath() ? <WallApp deviceToken={deviceToken} /> : <App deviceToken={deviceToken} />}
    </SessionScope>
  );
}
