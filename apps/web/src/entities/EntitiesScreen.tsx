import { useState } from 'react';
import { ENTITY_KINDS, type EntityKind } from '@tidewatch/contracts';
import { useT } from '../i18n/index.ts';
import { useCan } from '../session/useSession.ts';
import { TlpBadge } from '../theme/TlpBadge.tsx';
import { useDebounced } from '../data/useDebounced.ts';
import { navigate } from '../routing/useRoute.ts';
import { EntityDetailView } from './EntityDetailView.tsx';
import { EntityForm } from './EntityForm.tsx';
import { translations } from './translations.ts';
import { useEntitySearch } from './useEntityData.ts';
import './entities.css';

/** `#/entities` and `#/entities/<id>`: search the shared entities this agency may read, open one, record a new one. */
export function EntitiesScreen({ selected }: { selected: string | null }) {
  const t = useT(translations);
  const canWrite = useCan('events:write');
  const [q, setQ] = useState('');
  const [kind, setKind] = useState<EntityKind | ''>('');
  const setSelected = (id: string) => navigate(`#/entities/${id}`);
  const [creating, setCreating] = useState(false);
  const debounced = useDebounced(q, 250);
  const { page, error, loading } = useEntitySearch(debounced, kind);

  return (
    <section className="ent" data-testid="entities-screen">
      <header className="ent__header">
        <div>
          <h2 className="ent__title">{t('title')}</h2>
          <p className="ent-muted">{t('intro')}</p>
        </div>
        {canWrite && (
          <button type="button" className="btn btn--primary" onClick={() => setCreating(true)} data-testid="new-entity">
            {t('newEntity')}
          </button>
        )}
      </header>
      <div className="ent__layout">
        <div className="ent__list">
          <div className="ent__toolbar">
            <input
              className="input"
              type="search"
              placeholder={t('search')}
              aria-label={t('search')}
              value={q}
              onChange={(e) => setQ(e.target.value)}
              data-testid="entity-search"
            />
            <select
              className="input"
              aria-label={t('type')}
              value={kind}
              onChange={(e) => setKind(e.target.value as EntityKind | '')}
            >
              <option value="">{t('allKinds')}</option>
              {ENTITY_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t('kind', { kind: k })}
                </option>
              ))}
            </select>
          </div>
          {error && <p className="field__error">{error}</p>}
          {loading ? (
            <p className="ent-muted">{t('loading')}</p>
          ) : (
            <>
              <p className="ent-muted">{t('results', { count: page?.total ?? 0 })}</p>
              {page?.items.length === 0 && <p className="ent-muted">{t('empty')}</p>}
              <ul className="ent__items">
                {page?.items.map((e) => (
                  <li key={e.id}>
                    <button
                      type="button"
                      className="ent-card"
                      aria-pressed={selected === e.id}
                      onClick={() => {
                        setSelected(e.id);
                        setCreating(false);
                      }}
                      data-testid="entity-card"
                    >
                      <span className="ent-card__top">
                        <span className="ent-kind">{t('kind', { kind: e.kind })}</span>
                        <TlpBadge tlp={e.releasability.tlp} />
                      </span>
                      <span className="ent-card__name">{e.name}</span>
                      <span className="ent-muted">
                        {e.ownerAgency}
                        {e.identifiers[0] && ` · ${e.identifiers[0].value}`}
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
        <div className="ent__detail">
          {creating ? (
            <EntityForm
              onDone={(entity) => {
                setCreating(false);
                setSelected(entity.id);
              }}
              onCancel={() => setCreating(false)}
            />
          ) : selected ? (
            <EntityDetailView id={selected} onOpen={setSelected} />
          ) : (
            <p className="ent-muted">{t('pickOne')}</p>
          )}
        </div>
      </div>
    </section>
  );
}
