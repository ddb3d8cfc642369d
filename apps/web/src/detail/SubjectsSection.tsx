import type { IntelEvent } from '@tidewatch/contracts';
import { Field, Section } from '../theme/Field.tsx';
import { useT } from '../i18n/index.ts';
import { translations } from './translations.ts';

export function SubjectsSection({ subjects }: { subjects: IntelEvent['subjects'] }) {
  const t = useT(translations);
  const { vessels, containers, organisations, persons } = subjects;
  if (vessels.length + containers.length + organisations.length + persons.length === 0) return null;
  return (
    <Section title={t('subjects')}>
      {vessels.length > 0 && (
        <Field label={t('vessels', { count: vessels.length })}>
          <ul className="detail__list">
            {vessels.map((v, i) => (
              <li key={v.mmsi ?? v.imo ?? v.name ?? i} className="detail__vessel">
                <span className="detail__vessel-name">{v.name ?? t('unnamedVessel')}</span>
                <span className="detail__ids">
                  {v.mmsi && (
                    <span>
                      {t('mmsi')} <span className="mono">{v.mmsi}</span>
                    </span>
                  )}
                  {v.imo && (
                    <span>
                      {t('imo')} <span className="mono">{v.imo}</span>
                    </span>
                  )}
                  {v.callSign && (
                    <span>
                      {t('callSign')} <span className="mono">{v.callSign}</span>
                    </span>
                  )}
                </span>
              </li>
            ))}
          </ul>
        </Field>
      )}
      {containers.length > 0 && (
        <Field label={t('containers', { count: containers.length })}>
          <span className="detail__tags">
            {containers.map((c) => (
              <span key={c} className="detail__tag mono">
                {c}
              </span>
            ))}
          </span>
        </Field>
      )}
      {organisations.length > 0 && <Field label={t('organisations')}>{organisations.join(', ')}</Field>}
      {persons.length > 0 && <Field label={t('persons')}>{persons.join(', ')}</Field>}
    </Section>
  );
}
