import type { IntelEvent } from '@tidewatch/contracts';
import { Field, Section } from '../theme/Field.tsx';

export function SubjectsSection({ subjects }: { subjects: IntelEvent['subjects'] }) {
  const { vessels, containers, organisations, persons } = subjects;
  if (vessels.length + containers.length + organisations.length + persons.length === 0) return null;
  return (
    <Section title="Subjects">
      {vessels.length > 0 && (
        <Field label={vessels.length === 1 ? 'Vessel' : 'Vessels'}>
          <ul className="detail__list">
            {vessels.map((v, i) => (
              <li key={v.mmsi ?? v.imo ?? v.name ?? i} className="detail__vessel">
                <span className="detail__vessel-name">{v.name ?? 'Unnamed vessel'}</span>
                <span className="detail__ids">
                  {v.mmsi && (
                    <span>
                      MMSI <span className="mono">{v.mmsi}</span>
                    </span>
                  )}
                  {v.imo && (
                    <span>
                      IMO <span className="mono">{v.imo}</span>
                    </span>
                  )}
                  {v.callSign && (
                    <span>
                      Call sign <span className="mono">{v.callSign}</span>
                    </span>
                  )}
                </span>
              </li>
            ))}
          </ul>
        </Field>
      )}
      {containers.length > 0 && (
        <Field label={containers.length === 1 ? 'Container' : 'Containers'}>
          <span className="detail__tags">
            {containers.map((c) => (
              <span key={c} className="detail__tag mono">
                {c}
              </span>
            ))}
          </span>
        </Field>
      )}
      {organisations.length > 0 && <Field label="Organisations">{organisations.join(', ')}</Field>}
      {persons.length > 0 && <Field label="Persons">{persons.join(', ')}</Field>}
    </Section>
  );
}
