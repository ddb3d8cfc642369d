import { afterEach, describe, expect, it } from 'vitest';
import { localeStore } from '../i18n/index.ts';
import { kindLabel, statusLabel } from './vocabulary.ts';

describe('the domain vocabulary [I18N-10]', () => {
  afterEach(() => localeStore.set('en', false));

  it('[I18N-10] names kinds and statuses in the language of the moment, by the glossary', () => {
    expect(kindLabel('seizure')).toBe('Seizure');
    localeStore.set('es', false);
    expect(kindLabel('seizure')).toBe('Incautación');
    expect(kindLabel('interdiction')).toBe('Interdicción');
    expect(statusLabel('closed')).toBe('Cerrado');
    localeStore.set('fr', false);
    expect(kindLabel('seizure')).toBe('Saisie');
    expect(kindLabel('interdiction')).toBe('Interception');
  });

  it('[I18N-10] shows an agency’s own kind as the agency wrote it, in every language', () => {
    localeStore.set('fr', false);
    expect(kindLabel('x-migrant-landing')).toBe('Migrant landing');
  });
});
