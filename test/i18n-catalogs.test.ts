import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TYPE, type MessageFormatElement, parse } from '@formatjs/icu-messageformat-parser';
import { LOCALES, type Catalog, pickLocale } from '@tidewatch/contracts/i18n';
import { describe, expect, it } from 'vitest';

// [I18N-2] Every catalog: the same keys in every language, valid ICU, the same placeholders, unique namespaces.
const root = path.resolve(import.meta.dirname, '..');
const catalogFiles = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
  cwd: root,
  encoding: 'utf8',
})
  .split('\n')
  .filter((f) => /^(apps|packages)\/.*\/([\w-]+\.)?translations\.ts$/.test(f));

async function loadCatalogs(): Promise<Array<{ file: string; catalog: Catalog<string> }>> {
  const loaded: Array<{ file: string; catalog: Catalog<string> }> = [];
  for (const file of catalogFiles) {
    const module: { translations?: Catalog<string> } = await import(pathToFileURL(path.join(root, file)).href);
    if (!module.translations) throw new Error(`${file} does not export \`translations\``);
    loaded.push({ file, catalog: module.translations });
  }
  return loaded;
}

/** Argument names a message uses, with the kind of each (plain, number, date, plural, select, tag). */
function argumentsOf(elements: readonly MessageFormatElement[], into = new Map<string, number>()): Map<string, number> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    into.set(element.value, element.type);
    if (element.type === TYPE.plural || element.type === TYPE.select)
      for (const option of Object.values(element.options)) argumentsOf(option.value, into);
    if (element.type === TYPE.tag) argumentsOf(element.children, into);
  }
  return into;
}

describe('translation catalogs [I18N-2]', () => {
  it('finds the catalogs', () => {
    expect(catalogFiles.length).toBeGreaterThan(0);
  });

  it('have unique namespaces', async () => {
    const seen = new Map<string, string>();
    for (const { file, catalog } of await loadCatalogs()) {
      expect(seen.get(catalog.namespace), `${file} reuses namespace ${catalog.namespace}`).toBeUndefined();
      seen.set(catalog.namespace, file);
    }
  });

  it('name the same keys in every language, each valid ICU with the same placeholders, none empty', async () => {
    for (const { file, catalog } of await loadCatalogs()) {
      const english = catalog.messages.en;
      for (const locale of LOCALES) {
        const messages = catalog.messages[locale];
        expect(Object.keys(messages).sort(), `${file} ${locale} keys`).toEqual(Object.keys(english).sort());
        for (const [key, message] of Object.entries(messages)) {
          expect(message.trim(), `${file} ${locale}.${key} is empty`).not.toBe('');
          const parsed = parse(message);
          const source = parse(english[key] ?? '');
          expect([...argumentsOf(parsed)].sort(), `${file} ${locale}.${key} placeholders`).toEqual(
            [...argumentsOf(source)].sort(),
          );
        }
      }
    }
  });
});

describe('language choice [I18N-1]', () => {
  it('takes the first supported primary language, English otherwise', () => {
    expect(pickLocale(['es-DO', 'en-US'])).toBe('es');
    expect(pickLocale(['fr-GP'])).toBe('fr');
    expect(pickLocale(['nl-SX', 'fr'])).toBe('fr');
    expect(pickLocale(['pap', 'nl'])).toBe('en');
    expect(pickLocale([])).toBe('en');
  });
});
