import { useState } from 'react';
import { LOCALES, LOCALE_AUTONYMS, isLocale, type Locale } from '@tidewatch/contracts/i18n';
import { useLocale, useT } from '../i18n/index.ts';
import { useClipboard } from './clipboard.ts';
import { translations as admin } from './translations.ts';
import { translations } from './keys.translations.ts';
import { wallLink } from './wallLink.ts';

/**
 * The link an administrator opens on a new wall display, with the wall's language chosen beside it (I18N-17):
 * the room's language, which need not be the administrator's own (theirs is the default).
 */
export function WallLink({ token, name }: { token: string; name: string }) {
  const t = useT(translations);
  const common = useT(admin);
  const ownLanguage = useLocale();
  const [lang, setLang] = useState<Locale>(ownLanguage);
  const link = wallLink(window.location.origin, token, lang);
  const { copied, copy } = useClipboard(link);
  return (
    <div className="wall-link" data-testid="wall-link">
      <h4 className="admin__subtitle">{t('wallLinkTitle')}</h4>
      <p className="table__sub">{t('wallLinkHelp')}</p>
      <div className="wall-link__row">
        <label className="field">
          <span className="field__label">{t('wallLanguage')}</span>
          <select
            className="select"
            value={lang}
            onChange={(e) => {
              if (isLocale(e.target.value)) setLang(e.target.value);
            }}
            data-testid="wall-link-lang"
          >
            {LOCALES.map((code) => (
              <option key={code} value={code} lang={code}>
                {LOCALE_AUTONYMS[code]}
              </option>
            ))}
          </select>
        </label>
        <label className="field wall-link__value">
          <span className="field__label">{t('wallLink', { name })}</span>
          <input
            className="input mono"
            readOnly
            value={link}
            onFocus={(e) => e.target.select()}
            data-testid="wall-link-value"
          />
        </label>
        <button type="button" className="btn" onClick={() => void copy()}>
          {copied ? common('copied') : common('copy')}
        </button>
      </div>
      {copied === false && <p className="field__hint">{common('clipboardRefused')}</p>}
    </div>
  );
}
