import { afterEach, describe, expect, it } from 'vitest';
import { LOCALES } from '@tidewatch/contracts/i18n';
import { localeStore, translate, type Translator } from '../i18n/index.ts';
import { mmsiKindName, navStatusName, shipTypeLabel, shipTypeName } from './ais.ts';
import { translations } from './ais.translations.ts';

const say: Translator<keyof typeof translations.messages.en> = (key, values) => translate(translations, key, values);
const codes = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('AIS code tables in the reader’s language [I18N-19]', () => {
  afterEach(() => localeStore.set('en', false));

  it('[I18N-19] names every navigational status 0-15 and every ship type 0-99 in every language', () => {
    const names = new Map<string, string[]>();
    for (const locale of LOCALES) {
      localeStore.set(locale, false);
      const nav = codes(16).map((c) => navStatusName(c, say) ?? '');
      const types = codes(100).map((c) => shipTypeName(c, say));
      for (const name of [...nav, ...types]) {
        expect(name.trim()).not.toBe('');
        // A code without an entry would fall back to its number ("Status 7", "Type 71").
        expect(name).not.toMatch(/^(Status|Estado|Statut|Type|Tipo) \d+$/);
      }
      names.set(locale, [...nav, ...types]);
    }
    // Spanish and French are their own words, not the English left in place (AIS-SART, a code, may stay).
    const en = names.get('en') ?? [];
    for (const locale of ['es', 'fr'] as const) {
      const same = (names.get(locale) ?? []).filter((name, i) => name === en[i]);
      expect(same).toEqual([]);
    }
  });

  it('[I18N-19] leaves exactly the codes ITU-R M.1371 Table 53 reserves as reserved, each other code its own name', () => {
    const reserved = [
      ...codes(19).map((c) => c + 1),
      ...[25, 26, 27, 28, 29, 38, 39],
      ...[4, 6, 7, 8, 9].flatMap((decade) => [5, 6, 7, 8].map((d) => decade * 10 + d)),
    ].sort((a, b) => a - b);
    const types = codes(100).map((c) => shipTypeName(c, say));
    expect(codes(100).filter((c) => /reserved for future use$/i.test(types[c] ?? ''))).toEqual(reserved);
    // Apart from the reserved ones and 56/57 (one spare code for local vessels), no two codes share a name.
    const named = codes(100).filter((c) => !reserved.includes(c) && c !== 57);
    expect(new Set(named.map((c) => types[c])).size).toBe(named.length);
  });

  it('[I18N-19] words the ITU-R M.1371 meanings with the IMO’s Spanish and French terms', () => {
    expect(navStatusName(0, say)).toBe('Under way using engine');
    expect(shipTypeLabel(71, say)).toBe('Cargo ship, hazardous category A (71)');
    expect(shipTypeName(49, say)).toBe('High-speed craft, no additional information');
    expect(shipTypeName(27, say)).toBe('Wing in ground, reserved for future use');
    expect(shipTypeName(12, say)).toBe('Reserved for future use');
    localeStore.set('es', false);
    expect(navStatusName(1, say)).toBe('Fondeado');
    expect(navStatusName(2, say)).toBe('Sin gobierno');
    expect(shipTypeLabel(80, say)).toBe('Buque tanque (80)');
    expect(shipTypeName(52, say)).toBe('Remolcador');
    localeStore.set('fr', false);
    expect(navStatusName(5, say)).toBe('Amarré');
    expect(navStatusName(2, say)).toBe('Non maître de sa manœuvre');
    expect(shipTypeName(84, say)).toBe('Navire-citerne, marchandises dangereuses de catégorie D');
    expect(shipTypeName(37, say)).toBe('Navire de plaisance');
    expect(mmsiKindName('coast_station', say)).toBe('station côtière');
  });

  it('[I18N-19] shows a code outside the tables as its number, and nothing for an unreported type', () => {
    expect(navStatusName(null, say)).toBeNull();
    expect(shipTypeLabel(0, say)).toBeNull();
    expect(shipTypeLabel(null, say)).toBeNull();
    expect(shipTypeName(142, say)).toBe('Type 142');
    expect(mmsiKindName('future_kind', say)).toBe('future kind');
  });
});
