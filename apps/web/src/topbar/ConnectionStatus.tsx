import { useLive } from '../live/useLive.ts';
import { useNow } from '../live/useNow.ts';
import { formatAge } from '../theme/format.ts';
import { useT } from '../i18n/index.ts';
import { translations } from './translations.ts';

/** Live / reconnecting / offline and how fresh the picture is: the first thing a watch officer checks. */
export function ConnectionStatus() {
  const state = useLive((s) => s.connection);
  const lastEventAt = useLive((s) => s.lastEventAt);
  const now = useNow();
  const t = useT(translations);
  const age = lastEventAt === null ? t('noEventsYet') : t('lastEvent', { age: formatAge(now - lastEventAt) });
  return (
    <div className="conn" data-testid="connection-state" data-state={state} role="status" aria-live="polite">
      <span className="conn__dot" aria-hidden="true" />
      <span className="conn__label">{t(`state_${state}`)}</span>
      {state === 'outdated' && (
        <button type="button" className="conn__reload" onClick={() => window.location.reload()}>
          {t('reload')}
        </button>
      )}
      <span className="conn__age tabular" title={age}>
        {age}
      </span>
    </div>
  );
}
