import type { Grading, SeizureDetails } from '@tidewatch/contracts';

const RELIABILITY: Record<Grading['reliability'], string> = {
  A: 'completely reliable source',
  B: 'usually reliable source',
  C: 'fairly reliable source',
  D: 'source not usually reliable',
  E: 'unreliable source',
  F: 'source reliability cannot be judged',
};

const CREDIBILITY: Record<Grading['credibility'], string> = {
  1: 'confirmed by other sources',
  2: 'probably true',
  3: 'possibly true',
  4: 'doubtful',
  5: 'improbable',
  6: 'truth cannot be judged',
};

/** Admiralty code and its meaning: "B2" alone is opaque to a customs officer new to the fusion centre. */
export function describeGrading(grading: Grading): { code: string; meaning: string } {
  return {
    code: `${grading.reliability}${grading.credibility}`,
    meaning: `${RELIABILITY[grading.reliability]} · ${CREDIBILITY[grading.credibility]}`,
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
