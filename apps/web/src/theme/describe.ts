import type { Grading, SeizureDetails } from '@tidewatch/contracts';
import { translate } from '../i18n/index.ts';
import { translations } from './translations.ts';

/** Admiralty code and its meaning: "B2" alone is opaque to a customs officer new to the fusion centre. */
export function describeGrading(grading: Grading): { code: string; meaning: string } {
  return {
    code: `${grading.reliability}${grading.credibility}`,
    meaning: translate(translations, 'gradingMeaning', {
      reliability: translate(translations, `reliability_${grading.reliability}`),
      credibility: translate(translations, `credibility_${grading.credibility}`),
    }),
  };
}

/** HS chapter 93 headings (arms and ammunition), the ones the firearms desks watch for. */
const HS_HEADINGS: Readonly<Record<string, string>> = {
  '9301': 'military weapons',
  '9302': 'revolvers and pistols',
  '9303': 'other firearms',
  '9304': 'other arms (air, spring, gas)',
  '9305': 'parts and accessories of arms',
  '9306': 'ammunition and projectiles',
  '9307': 'swords, bayonets and similar',
};

export function hsHeading(code: string): string | undefined {
  return HS_HEADINGS[code.replace(/\./g, '').slice(0, 4)];
}

const CURRENCIES = new Set(['USD', 'JMD', 'EUR']);

export function formatQuantity(seizure: SeizureDetails): string {
  if (CURRENCIES.has(seizure.unit)) {
    return new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency: seizure.unit,
      maximumFractionDigits: 0,
    }).format(seizure.quantity);
  }
  return `${seizure.quantity.toLocaleString('en-US', { maximumFractionDigits: 3 })} ${seizure.unit}`;
}

export function formatUsd(value: number): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(value);
}

export function titleCase(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
