import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import { type Translator, useT } from '../i18n/index.ts';
import { translations } from './translations.ts';

type AlertWord = keyof typeof translations.messages.en;
type ParameterValue = string | number | boolean | null;

// Numbers that are identifiers (IMO numbers, MMSIs, MIDs; a changed IMO's before and after) are never grouped.
const IDENTIFIERS = new Set(['imo', 'otherMmsi', 'mid', 'from', 'to', 'declaredBy']);

function isWord(key: string): key is AlertWord {
  return Object.hasOwn(translations.messages.en, key);
}

/** "minDistanceFromShoreM" → "Min distance from shore m": a key no catalog names yet, still readable. */
function words(key: string): string {
  const spaced = key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/_/g, ' ');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1).toLowerCase();
}

/** A parameter's name from the catalog (`param_<key>`), or words made from its key. */
export function parameterLabel(key: string, t: Translator<AlertWord>): string {
  const word = `param_${key}`;
  return isWord(word) ? t(word) : words(key);
}

/**
 * A derived alert's parameter as its label and its value in the reader's language: a coded value (an identity
 * anomaly's kind, a watchlist entry's kind) as words, numbers with the language's separators, yes/no.
 */
export function useParameterText(): (key: string, value: ParameterValue) => { label: string; value: string } {
  const t = useT(translations);
  const intl = useIntl();
  return useCallback(
    (key, value) => {
      const label = parameterLabel(key, t);
      if (value === null) return { label, value: '—' };
      if (typeof value === 'boolean') return { label, value: t(value ? 'yes' : 'no') };
      if (typeof value === 'number' && IDENTIFIERS.has(key)) return { label, value: String(value) };
      if (typeof value === 'number')
        return { label, value: intl.formatNumber(value, { maximumFractionDigits: Math.abs(value) < 10 ? 3 : 1 }) };
      const coded = `value_${key}`;
      return { label, value: isWord(coded) ? t(coded, { value }) : value };
    },
    [t, intl],
  );
}
