import { useState } from 'react';
import { useSession } from '../session/useSession.ts';
import { signOut } from '../auth/index.ts';
import { ROLE_LABEL } from '../session/types.ts';
import { useLive } from '../live/useLive.ts';

/** Who is signed in, for which agency and in what role; and the way out. */
export function UserMenu() {
  const session = useSession();
  const streamAgency = useLive((s) => s.agency);
  const [busy, setBusy] = useState(false);
  if (session.kind !== 'user' && session.kind !== 'device') return null;

  const logout = async (): Promise<void> => {
    setBusy(true);
    await signOut();
  };

  const isDevice = session.kind === 'device';
  const agency = isDevice ? (streamAgency ?? '…') : session.user.agency;
  const role = isDevice ? 'wall_display' : session.user.role;
  return (
    <div className="user-menu" data-testid="user-menu" data-agency={agency} data-role={role}>
      <div className="user-menu__who">
        <span className="user-menu__name">{isDevice ? 'Wall display' : session.user.displayName}</span>
        <span className="user-menu__meta">
          <strong className="user-menu__agency">{agency}</strong>
          <span aria-hidden="true"> · </span>
          {isDevice ? 'device token · receive only' : ROLE_LABEL[session.user.role]}
        </span>
      </div>
      <button
        type="button"
        className="btn btn--small user-menu__logout"
        data-testid="logout"
        onClick={() => void logout()}
        disabled={busy}
        title={isDevice ? 'Forget this display’s token and return to sign-in' : 'Sign out'}
      >
        {isDevice ? 'Forget token' : 'Sign out'}
      </button>
    </div>
  );
}
