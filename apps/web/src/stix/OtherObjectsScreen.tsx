import { useState } from 'react';
import type { StixOtherObject } from '@tidewatch/contracts';
import { navigate } from '../routing/useRoute.ts';
import { TlpBadge } from '../theme/TlpBadge.tsx';
import { formatAge } from '../theme/format.ts';
import { useOtherObjects } from './useStixData.ts';
import { useT } from '../i18n/index.ts';
import { translations } from './translations.ts';
import './stix.css';

const PAGE = 200;

function ObjectRow({ object, open, onToggle }: { object: StixOtherObject; open: boolean; onToggle: () => void }) {
  const t = useT(translations);
  return (
    <li className="stix-other" data-testid="stix-other">
      <button type="button" className="stix-other__head" aria-expanded={open} onClick={onToggle}>
        <span className="stix-other__type mono">{object.type}</span>
        <span className="stix-other__name">{object.name ?? object.stixId}</span>
        <TlpBadge tlp={object.releasability.tlp} />
        <span className="stix-muted">
          {object.ownerAgency} · {t('imported', { age: formatAge(Date.now() - Date.parse(object.importedAt)) })}
        </span>
      </button>
      {open && <pre className="stix-other__json">{JSON.stringify(object.object, null, 2)}</pre>}
    </li>
  );
}

/** STIX objects Tidewatch does not map, kept verbatim from imports: those this agency may read. */
export function OtherObjectsScreen() {
  const t = useT(translations);
  const { page, error, loading } = useOtherObjects(PAGE);
  const [openId, setOpenId] = useState<string | null>(null);
  return (
    <section className="stix-screen" aria-label={t('otherTitle')}>
      <header className="stix-screen__header">
        <div>
          <h2 className="stix-screen__title">{t('otherTitle')}</h2>
          <p className="stix-muted">{t('otherIntro')}</p>
        </div>
        <button type="button" className="btn" onClick={() => navigate('#/')}>
          {t('backToLivePicture')}
        </button>
      </header>
      {error && <p className="stix-error">{error}</p>}
      {loading && <p className="stix-muted">{t('loading')}</p>}
      {page && (
        <>
          <p className="stix-muted tabular" data-testid="stix-other-total">
            {t('total', { count: page.total })}
            {page.total > page.items.length ? t('newestShown', { count: page.items.length }) : ''}
          </p>
          {page.items.length === 0 ? (
            <p className="stix-muted">{t('noneYet')}</p>
          ) : (
            <ul className="stix-others">
              {page.items.map((o) => (
                <ObjectRow
                  key={`${o.ownerAgency}/${o.stixId}`}
                  object={o}
                  open={openId === `${o.ownerAgency}/${o.stixId}`}
                  onToggle={() =>
                    setOpenId((id) => (id === `${o.ownerAgency}/${o.stixId}` ? null : `${o.ownerAgency}/${o.stixId}`))
                  }
                />
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
