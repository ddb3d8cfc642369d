import { useState } from 'react';
import { useT } from '../i18n/index.ts';
import { useCan } from '../session/useSession.ts';
import { navigate } from '../routing/useRoute.ts';
import { EntityForm } from './EntityForm.tsx';
import { translations } from './translations.ts';
import { useEntitiesOfEvent } from './useEntityData.ts';
import './entities.css';

/** In an event's detail: the entities linked to it that the reader may read (LINK-1), and recording a new one with it. */
export function EventEntities({ eventId }: { eventId: string }) {
  const t = useT(translations);
  const canWrite = useCan('events:write');
  const { links } = useEntitiesOfEvent(eventId);
  const [adding, setAdding] = useState(false);
  return (
    <section className="ent-section ent-event" data-testid="event-entities">
      <h4>{t('inEvent')}</h4>
      {links.length === 0 ? (
        <p className="ent-muted">{t('noneInEvent')}</p>
      ) : (
        <ul className="ent-links">
          {links.map((link) => (
            <li key={link.id} className="ent-link">
              <button
                type="button"
                className="ent-link__target"
                onClick={() => navigate(`#/entities/${link.fromEntityId}`)}
              >
                {link.toLabel}
              </button>
              <span className="ent-muted">{t('relation', { relation: link.relation })}</span>
            </li>
          ))}
        </ul>
      )}
      {canWrite &&
        (adding ? (
          <EntityForm eventId={eventId} onDone={() => setAdding(false)} onCancel={() => setAdding(false)} />
        ) : (
          <button type="button" className="btn" onClick={() => setAdding(true)} data-testid="add-entity-to-event">
            {t('addToEvent')}
          </button>
        ))}
    </section>
  );
}
