import { TLP_LEVELS, type Releasability, type Tlp } from '@tidewatch/contracts';
import { tlpColor } from '../theme/tlp.ts';
import { cssVars } from '../theme/cssVars.ts';
import type { Directory } from './directory.ts';
import { reachOf } from './reach.ts';
import { useT } from '../i18n/index.ts';
import { useRichT } from '../i18n/useRichT.tsx';
import { translations } from './translations.ts';
import './releasability.css';

interface Props {
  value: Releasability;
  onChange: (value: Releasability) => void;
  ownAgency: string;
  /** Active sharing groups the user's agency belongs to: the only ones it may release to. */
  myGroups: readonly string[];
  directory: Directory;
  /** Field errors from a 422, keyed by path below `releasability` ("tlp", "recipients", "sharingGroups"). */
  errors?: Readonly<Record<string, string>>;
  idPrefix: string;
}

function toggle(list: readonly string[], item: string, on: boolean): string[] {
  return on ? [...new Set([...list, item])] : list.filter((x) => x !== item);
}

/** TLP, recipient agencies and sharing groups, with a line saying who the choice reaches. */
export function ReleasabilityChooser({
  value,
  onChange,
  ownAgency,
  myGroups,
  directory,
  errors = {},
  idPrefix,
}: Props) {
  const t = useT(translations);
  const rich = useRichT(translations);
  const hint = (tlp: Tlp): string => t(`hint_${tlp}`);
  const isRed = value.tlp === 'RED';
  const community = value.tlp === 'CLEAR' || value.tlp === 'GREEN';
  const groups = directory.groups.filter((g) => g.revokedAt === null && myGroups.includes(g.code));
  const others = directory.agencies.filter((a) => a.code !== ownAgency);
  const reach = reachOf(value, ownAgency, directory.groups);

  const setTlp = (tlp: Tlp): void => {
    // RED goes to named recipients only (REL-4): the groups are dropped rather than refused later.
    onChange({ ...value, tlp, sharingGroups: tlp === 'RED' ? [] : value.sharingGroups });
  };

  return (
    <fieldset className="rel" data-testid={`${idPrefix}-releasability`}>
      <legend className="field__label">{t('legend')}</legend>
      <div className="rel__tlp" role="radiogroup" aria-label={t('tlp')}>
        {TLP_LEVELS.map((tlp) => (
          <label key={tlp} className="rel__tlp-option" style={cssVars({ '--tlp': tlpColor(tlp) })} title={hint(tlp)}>
            <input
              type="radio"
              name={`${idPrefix}-tlp`}
              value={tlp}
              checked={value.tlp === tlp}
              onChange={() => setTlp(tlp)}
            />
            <span>{tlp}</span>
          </label>
        ))}
      </div>
      <p className="field__hint">{hint(value.tlp)}</p>
      {errors.tlp && <p className="field__error">{errors.tlp}</p>}

      {!community && (
        <>
          <div className="rel__group">
            <span className="rel__sub">{t('recipients')}</span>
            <div className="checks">
              {others.map((agency) => (
                <label key={agency.code} className="check" title={agency.name}>
                  <input
                    type="checkbox"
                    checked={value.recipients.includes(agency.code)}
                    onChange={(e) =>
                      onChange({ ...value, recipients: toggle(value.recipients, agency.code, e.target.checked) })
                    }
                  />
                  {agency.code}
                </label>
              ))}
              {others.length === 0 && (
                <span className="field__hint">{directory.loaded ? t('noOtherAgencies') : t('loading')}</span>
              )}
            </div>
            {errors.recipients && <p className="field__error">{errors.recipients}</p>}
          </div>

          <div className="rel__group">
            <span className="rel__sub">{t('groupsOf', { agency: ownAgency })}</span>
            <div className="checks">
              {groups.map((group) => (
                <label
                  key={group.code}
                  className="check"
                  title={t('groupTitle', { name: group.name, members: group.members.join(', ') })}
                >
                  <input
                    type="checkbox"
                    disabled={isRed}
                    checked={!isRed && value.sharingGroups.includes(group.code)}
                    onChange={(e) =>
                      onChange({ ...value, sharingGroups: toggle(value.sharingGroups, group.code, e.target.checked) })
                    }
                  />
                  {group.name}
                </label>
              ))}
              {groups.length === 0 && (
                <span className="field__hint">{directory.loaded ? t('none') : t('loading')}</span>
              )}
            </div>
            {isRed && <p className="field__hint">{t('redNoGroups')}</p>}
            {errors.sharingGroups && <p className="field__error">{errors.sharingGroups}</p>}
          </div>
        </>
      )}

      <p className="rel__reach" data-testid={`${idPrefix}-reach`}>
        {rich('reaches', { reach: reach === null ? t('everyAgency') : reach.join(', ') })}
      </p>
    </fieldset>
  );
}
