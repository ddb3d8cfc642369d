import { LOCALES, LOCALE_AUTONYMS, type Locale, isLocale } from '@tidewatch/contracts/i18n';
import { localeStore } from './localeStore.ts';
import { translations } from './translations.ts';
import { useLocale, useT } from './useT.ts';

/**
 * A select of the supported languages, each named in itself. `onChoose` hears a person's pick (the user menu
 * keeps it on the server, I18N-4); the switch itself happens here in any case.
 */
export function LanguagePicker({ className, onChoose }: { className?: string; onChoose?: (locale: Locale) => void }) {
  const t = useT(translations);
  const locale = useLocale();
  return (
    <label className={className} title={t('languageHint')}>
      <span className="visually-hidden">{t('language')}</span>
      <select
        data-testid="language-picker"
        value={locale}
        onChange={(e) => {
          const picked = e.target.value;
          if (!isLocale(picked)) return;
          localeStore.set(picked);
          onChoose?.(picked);
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
