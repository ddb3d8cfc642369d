import { describe, expect, it } from 'vitest';
import { findLiterals } from '../scripts/i18n-check/literals.ts';

// [I18N-3] The literal finder behind `pnpm lint:i18n`: what it must catch, and what it must leave alone.
describe('text outside the translation layer [I18N-3]', () => {
  it('finds JSX text, string children and spoken attributes', () => {
    const source = `
      export function A() {
        return (
          <div title="Close the panel" className="panel wide">
            Vessels in view
            {'Loading…'}
            <input placeholder={\`Search \${1}\`} aria-label='Search vessels' data-testid="search box" />
            <img alt="Map" src="x.png" />
          </div>
        );
      }`;
    expect(findLiterals('a.tsx', source).map((l) => l.text)).toEqual([
      'Close the panel',
      'Vessels in view',
      'Loading…',
      'Search',
      'Search vessels',
      'Map',
    ]);
  });

  it('leaves translated text, class names, test ids, numbers and punctuation alone', () => {
    const source = `
      export function B({ t, n }: { t: (k: string) => string; n: number }) {
        return (
          <p className="a b" data-testid="x y" title={t('hint')}>
            {t('title')} · {n} — ({n}%) {'·'} 42
          </p>
        );
      }`;
    expect(findLiterals('b.tsx', source)).toEqual([]);
  });

  it('reports the line of each finding', () => {
    const source = 'export const C = () => (\n  <span>\n    Hello\n  </span>\n);\n';
    expect(findLiterals('c.tsx', source)).toEqual([{ line: 2, text: 'Hello' }]);
  });
});
