import { LOCALES, LOCALE_AUTONYMS, isLocale } from '@tidewatch/contracts/i18n';
import { localeStore } from './localeStore.ts';
import { translations } from './translations.ts';
import { useLocale, useT } from './useT.ts';

/** A select of the supported languages, each named in itself. */
export function LanguagePicker({ className }: { className?: string }) {
  const t = useT(translations);
  const locale = useLocale();
  return (
    <label className={className} title={t('languageHint')}>
      <span className="visually-hidden">{t('language')}</span>
      <select
        data-testid="language-picker"
        value={locale}
        onChange={(e) => {
          if (isLocale(e.target.value)) localeStore.set(e.target.value);
        }}
      >
        {LOCALES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LOCALE_AUTONYMS[code]}
          </option>
        ))}
      </select>
    </label>
  );
}
