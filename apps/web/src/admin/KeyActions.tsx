import { useT } from '../i18n/index.ts';
import type { ApiKey } from './api.ts';
import { translations } from './translations.ts';

interface Props {
  apiKey: Pick<ApiKey, 'id' | 'name' | 'agency' | 'revoked'>;
  /** The administrator's agency: only its own keys are theirs to revoke (AUTH-9). */
  ownAgency: string;
  /** This key's revocation is waiting for its confirmation. */
  confirming: boolean;
  onAsk: () => void;
  onCancel: () => void;
  onRevoke: () => void;
}

/**
 * The action cell of a key's or device's row: its state when revoked or another agency's, otherwise "Revoke…",
 * which asks for a confirmation first, since revoking closes the key's connections at once.
 */
export function KeyActions({ apiKey, ownAgency, confirming, onAsk, onCancel, onRevoke }: Props) {
  const t = useT(translations);
  if (apiKey.revoked) return <span className="pill pill--bad">{t('revoked')}</span>;
  if (apiKey.agency !== ownAgency)
    return <span className="table__sub">{t('othersAdmins', { agency: apiKey.agency })}</span>;
  if (!confirming)
    return (
      <button type="button" className="btn btn--small" onClick={onAsk}>
        {t('revoke')}
      </button>
    );
  return (
    <span className="table__confirm">
      <button type="button" className="btn btn--small btn--danger" onClick={onRevoke}>
        {t('revokeNow')}
      </button>
      <button type="button" className="btn btn--small btn--ghost" onClick={onCancel}>
        {t('cancel')}
      </button>
    </span>
  );
}
