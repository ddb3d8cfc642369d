import { afterEach, describe, expect, it } from 'vitest';
import { localeStore, translate, type Translator } from '../i18n/index.ts';
import { parameterLabel } from './parameters.ts';
import { translations } from './translations.ts';

const say: Translator<keyof typeof translations.messages.en> = (key, values) => translate(translations, key, values);

describe('derived alert parameters in the reader’s language [I18N-19]', () => {
  afterEach(() => localeStore.set('en', false));

  it('[I18N-19] labels the detectors’ parameters from the catalog and words a key it does not know yet', () => {
    expect(parameterLabel('minGapHours', say)).toBe('Min. gap (h)');
    localeStore.set('es', false);
    expect(parameterLabel('minDistanceFromShoreM', say)).toBe('Distancia mín. a la costa (m)');
    expect(say('value_anomaly', { value: 'imo_shared' })).toBe('Número IMO usado también por otro MMSI');
    localeStore.set('fr', false);
    expect(parameterLabel('gapHours', say)).toBe('Coupure (h)');
    expect(parameterLabel('billOfLading', say)).toBe('Connaissement');
    expect(parameterLabel('newThresholdKn', say)).toBe('New threshold kn');
  });
});
