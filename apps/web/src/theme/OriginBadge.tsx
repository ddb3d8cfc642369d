import { useT } from '../i18n/index.ts';
import { translations } from './translations.ts';

/**
 * FED-12: marks an item received from a partner deployment with that deployment's id, so nobody takes it for
 * one written here (its owner is a remote agency, and its triage belongs to its own deployment).
 */
export function OriginBadge({ origin }: { origin: string | undefined }) {
  const t = useT(translations);
  if (origin === undefined) return null;
  return (
    <span className="origin-badge" title={t('receivedFrom', { origin })} data-testid="origin-badge">
      ⇄ {origin}
    </span>
  );
}
