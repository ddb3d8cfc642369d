import { useState } from 'react';
import { useSession } from '../session/useSession.ts';
import { saveLanguage, signOut } from '../auth/index.ts';
import { useRoleLabel } from '../session/useRoleLabel.ts';
import { LanguagePicker, useT } from '../i18n/index.ts';
import { translations } from './translations.ts';
import { useLive } from '../live/useLive.ts';

/** Who is signed in, for which agency and in what role; and the way out. */
export function UserMenu() {
  const t = useT(translations);
  const roleLabel = useRoleLabel();
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
        <span className="user-menu__name">{isDevice ? t('wallDisplay') : session.user.displayName}</span>
        <span className="user-menu__meta">
          <strong className="user-menu__agency">{agency}</strong>
          <span aria-hidden="true"> · </span>
          {isDevice ? t('deviceReceiveOnly') : roleLabel(session.user.role)}
        </span>
      </div>
      <LanguagePicker
        className="user-menu__language"
        onChoose={isDevice ? undefined : (locale) => void saveLanguage(locale)}
      />
      <button
        type="button"
        className="btn btn--small user-menu__logout"
        data-testid="logout"
        onClick={() => void logout()}
        disabled={busy}
        title={isDevice ? t('forgetTokenHint') : t('signOut')}
      >
        {isDevice ? t('forgetToken') : t('signOut')}
      </button>
    </div>
  );
}
