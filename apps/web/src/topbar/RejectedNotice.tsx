import { useLive } from '../live/useLive.ts';
import { useT } from '../i18n/index.ts';
import { translations } from './translations.ts';

/**
 * Shown only when events failed contract validation. A wall that silently stops showing events after a
 * server upgrade is worse than one that says why.
 */
export function RejectedNotice() {
  const rejected = useLive((s) => s.rejected);
  const t = useT(translations);
  if (rejected === 0) return null;
  return (
    <div className="rejected" data-testid="rejected-events" title={t('rejectedHint')}>
      {t('rejected', { count: rejected })}
    </div>
  );
}
