import { useState } from 'react';
import {
  LINK_RELATIONS,
  type Entity,
  type EntityLink,
  type LinkRelation,
  type Releasability,
} from '@tidewatch/contracts';
import { useT } from '../i18n/index.ts';
import { useCan, useSession } from '../session/useSession.ts';
import { TlpBadge } from '../theme/TlpBadge.tsx';
import { ReleasabilityChooser } from '../releasability/ReleasabilityChooser.tsx';
import { useDirectory } from '../releasability/directory.ts';
import { defaultReleasability } from '../releasability/reach.ts';
import { useDebounced } from '../data/useDebounced.ts';
import { NetworkPanel } from './network/NetworkPanel.tsx';
import { translations } from './translations.ts';
import {
  useEntityChanges,
  useEntityDetail,
  useEntitySearch,
  useFirearmMatches,
  useSuggestions,
} from './useEntityData.ts';

interface Props {
  id: string;
  onOpen: (id: string) => void;
}

function EntityFacts({ entity }: { entity: Entity }) {
  const t = useT(translations);
  return (
    <>
      <section className="ent-section">
        <h4>{t('aliases')}</h4>
        {entity.aliases.length === 0 ? (
          <p className="ent-muted">{t('noAliases')}</p>
        ) : (
          <p>{entity.aliases.join(' · ')}</p>
        )}
      </section>
      <section className="ent-section">
        <h4>{t('identifiers')}</h4>
        {entity.identifiers.length === 0 ? (
          <p className="ent-muted">{t('noIdentifiers')}</p>
        ) : (
          <dl className="ent-facts" data-testid="entity-identifiers">
            {entity.identifiers.map((i) => (
              <div key={`${i.type}:${i.normalised}`}>
                <dt>{t('identifierType', { type: i.type })}</dt>
                <dd className="mono">{i.value}</dd>
              </div>
            ))}
          </dl>
        )}
      </section>
      {entity.dateOfBirth && (
        <dl className="ent-facts">
          <div>
            <dt>{t('dateOfBirth')}</dt>
            <dd className="mono">{entity.dateOfBirth}</dd>
          </div>
        </dl>
      )}
      {entity.firearm && (
        <section className="ent-section">
          <h4>{t('firearm')}</h4>
          <dl className="ent-facts">
            <div>
              <dt>{t('make')}</dt>
              <dd>
                {entity.firearm.make} {entity.firearm.model}
              </dd>
            </div>
            <div>
              <dt>{t('type')}</dt>
              <dd>{t('firearmType', { type: entity.firearm.type })}</dd>
            </div>
            <div>
              <dt>{t('calibre')}</dt>
              <dd>{entity.firearm.calibre}</dd>
            </div>
            <div>
              <dt>{t('serial')}</dt>
              <dd className="mono">
                {entity.firearm.serial} · {t('serialState', { state: entity.firearm.serialState })}
              </dd>
            </div>
            {entity.firearm.countryOfManufacture && (
              <div>
                <dt>{t('countryOfManufacture')}</dt>
                <dd>{entity.firearm.countryOfManufacture}</dd>
              </div>
            )}
            {entity.firearm.importerMark && (
              <div>
                <dt>{t('importerMark')}</dt>
                <dd>{entity.firearm.importerMark}</dd>
              </div>
            )}
          </dl>
        </section>
      )}
    </>
  );
}

function LinkRow({ link, onOpen, selfId }: { link: EntityLink; onOpen: (id: string) => void; selfId: string }) {
  const t = useT(translations);
  // An incoming link from another entity is shown from this entity's side: its far end is where it came from.
  const farEntity = link.toType === 'entity' ? (link.toId === selfId ? link.fromEntityId : link.toId) : null;
  return (
    <li className="ent-link" data-testid="entity-link">
      <span className="ent-link__relation">{t('relation', { relation: link.relation })}</span>
      {farEntity ? (
        <button type="button" className="ent-link__target" onClick={() => onOpen(farEntity)}>
          {link.toLabel}
        </button>
      ) : (
        <span className="ent-link__target">
          {t('targetType', { type: link.toType })}: {link.toLabel}
        </span>
      )}
      <TlpBadge tlp={link.releasability.tlp} />
      <span className="ent-muted">
        {(link.validFrom || link.validTo) &&
          `${t('linkValidity', { from: link.validFrom ?? '…', to: link.validTo ?? '…' })} · `}
        {t('linkSource', { source: link.source })}
      </span>
    </li>
  );
}

function LinkForm({ fromId }: { fromId: string }) {
  const t = useT(translations);
  const session = useSession();
  const myGroups = session.kind === 'user' ? session.groups : [];
  const ownAgency = session.kind === 'user' ? session.user.agency : '';
  const directory = useDirectory();
  const { link } = useEntityChanges();
  const [q, setQ] = useState('');
  const debounced = useDebounced(q, 250);
  const { page } = useEntitySearch(debounced, '');
  const [toId, setToId] = useState('');
  const [relation, setRelation] = useState<LinkRelation>('associate_of');
  const [source, setSource] = useState('');
  const [releasability, setReleasability] = useState<Releasability>(() => defaultReleasability(myGroups));
  const options = (page?.items ?? []).filter((e) => e.id !== fromId).slice(0, 8);
  return (
    <details className="ent-section ent-linkform">
      <summary>{t('addLink')}</summary>
      <input className="input" placeholder={t('linkSearch')} value={q} onChange={(e) => setQ(e.target.value)} />
      <ul className="ent-picks">
        {options.map((e) => (
          <li key={e.id}>
            <label>
              <input type="radio" name="link-target" checked={toId === e.id} onChange={() => setToId(e.id)} /> {e.name}{' '}
              <span className="ent-muted">
                ({t('kind', { kind: e.kind })}, {e.ownerAgency})
              </span>
            </label>
          </li>
        ))}
      </ul>
      <div className="ent-form__row">
        <select
          className="input"
          aria-label={t('relationLabel')}
          value={relation}
          onChange={(e) => setRelation(e.target.value as LinkRelation)}
        >
          {LINK_RELATIONS.map((r) => (
            <option key={r} value={r}>
              {t('relation', { relation: r })}
            </option>
          ))}
        </select>
        <input
          className="input ent-form__grow"
          placeholder={t('sourceLabel')}
          value={source}
          onChange={(e) => setSource(e.target.value)}
        />
      </div>
      <ReleasabilityChooser
        value={releasability}
        onChange={setReleasability}
        ownAgency={ownAgency}
        myGroups={myGroups}
        directory={directory}
        idPrefix="entity-link"
      />
      {link.error && <p className="field__error">{link.error.message}</p>}
      <button
        type="button"
        className="btn btn--primary"
        disabled={toId === '' || source.trim() === '' || link.isPending}
        onClick={() => link.mutate({ fromId, input: { toType: 'entity', toId, relation, source, releasability } })}
      >
        {t('linkButton')}
      </button>
    </details>
  );
}

/** ENT-1, LINK-1, LINK-3, ENT-5..7, FIRE-3: one entity, its links and network, likely duplicates, firearm matches. */
export function EntityDetailView({ id, onOpen }: Props) {
  const t = useT(translations);
  const canWrite = useCan('events:write');
  const { detail, error, loading } = useEntityDetail(id);
  const suggestions = useSuggestions(id);
  const isFirearm = detail?.entity.kind === 'firearm';
  const matches = useFirearmMatches(id, isFirearm);
  const { decide, split } = useEntityChanges();
  if (loading) return <p className="ent-muted">{t('loading')}</p>;
  if (error || !detail) return <p className="field__error">{error}</p>;
  const { entity, links, merged } = detail;
  return (
    <article className="ent-detail" data-testid="entity-detail">
      <header className="ent-detail__header">
        <div>
          <span className="ent-kind">{t('kind', { kind: entity.kind })}</span>
          <h3 className="ent-detail__name">{entity.name}</h3>
          <span className="ent-muted">{t('owner', { agency: entity.ownerAgency })}</span>
        </div>
        <TlpBadge tlp={entity.releasability.tlp} />
      </header>
      <EntityFacts entity={entity} />
      {entity.notes && <p className="ent-notes">{entity.notes}</p>}
      <section className="ent-section">
        <h4>{t('links')}</h4>
        {links.length === 0 ? (
          <p className="ent-muted">{t('noLinks')}</p>
        ) : (
          <ul className="ent-links">
            {links.map((link) => (
              <LinkRow key={link.id} link={link} onOpen={onOpen} selfId={entity.id} />
            ))}
          </ul>
        )}
      </section>
      {canWrite && <LinkForm fromId={entity.id} />}
      <NetworkPanel key={entity.id} entity={entity} onOpen={onOpen} />
      {merged.length > 0 && (
        <section className="ent-section">
          <h4>{t('merged')}</h4>
          <ul className="ent-links">
            {merged.map((m) => (
              <li key={m.id} className="ent-link">
                <span>{m.name}</span>
                <span className="ent-muted">{m.identifiers.map((i) => i.value).join(' · ')}</span>
                {canWrite && (
                  <button type="button" className="btn" onClick={() => split.mutate(m.id)}>
                    {t('split')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {isFirearm && (
        <section className="ent-section" data-testid="firearm-matches">
          <h4>{t('firearmMatches')}</h4>
          {matches.length === 0 ? (
            <p className="ent-muted">{t('noFirearmMatches')}</p>
          ) : (
            <ul className="ent-links">
              {matches.map((m) => (
                <li key={m.firearm.id} className="ent-link">
                  <button type="button" className="ent-link__target" onClick={() => onOpen(m.firearm.id)}>
                    {m.firearm.name} ({m.firearm.ownerAgency})
                  </button>
                  {m.events.map((e) => (
                    <span key={e.id} className="ent-muted">
                      {t('recoveredIn', { title: e.title, agency: e.ownerAgency })}
                    </span>
                  ))}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      <section className="ent-section" data-testid="entity-suggestions">
        <h4>{t('suggestions')}</h4>
        {suggestions.length === 0 ? (
          <p className="ent-muted">{t('noSuggestions')}</p>
        ) : (
          <ul className="ent-links">
            {suggestions.map((s) => (
              <li key={s.candidate.id} className="ent-link">
                <button type="button" className="ent-link__target" onClick={() => onOpen(s.candidate.id)}>
                  {s.candidate.name}
                </button>
                <span className="ent-muted">
                  {s.candidate.ownerAgency} · {t('score', { score: s.score })}
                </span>
                {canWrite && (
                  <span className="ent-actions">
                    <button
                      type="button"
                      className="btn"
                      onClick={() => decide.mutate({ id, candidateId: s.candidate.id, decision: 'accept' })}
                    >
                      {t('accept')}
                    </button>
                    <button
                      type="button"
                      className="btn"
                      onClick={() => decide.mutate({ id, candidateId: s.candidate.id, decision: 'reject' })}
                    >
                      {t('reject')}
                    </button>
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
