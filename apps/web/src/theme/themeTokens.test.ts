import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { kindColorOf, themeCssVariables, CUSTOM_KIND_COLOR, KIND_COLORS } from '@tidewatch/contracts/theme-tokens';

const SOURCE_ROOT = fileURLToPath(new URL('..', import.meta.url));

function filesUnder(folder: string, pattern: RegExp): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return filesUnder(path, pattern);
    return pattern.test(name) ? [path] : [];
  });
}

const matches = (text: string, pattern: RegExp): string[] => [...text.matchAll(pattern)].flatMap((m) => m[1] ?? []);

describe('theme tokens in the web app', () => {
  it('[WEB-1] every custom property a stylesheet reads is declared in CSS, set by a component, or a theme token', () => {
    const css = filesUnder(SOURCE_ROOT, /\.css$/).map((file) => readFileSync(file, 'utf8'));
    const scripts = filesUnder(SOURCE_ROOT, /\.tsx?$/).map((file) => readFileSync(file, 'utf8'));
    const declaredInCss = new Set(css.flatMap((text) => matches(text, /(--[a-z0-9-]+)\s*:/g)));
    const setByComponents = new Set(scripts.flatMap((text) => matches(text, /'(--[a-z0-9-]+)'/g)));
    const tokens = new Set(Object.keys(themeCssVariables()));
    const read = new Set(css.flatMap((text) => matches(text, /var\((--[a-z0-9-]+)/g)));
    const unset = [...read].filter(
      (name) => !declaredInCss.has(name) && !setByComponents.has(name) && !tokens.has(name),
    );
    expect(unset).toEqual([]);
    // And the tokens own the colours: the base theme declares none of them itself (print styles may override).
    const baseTheme = readFileSync(join(SOURCE_ROOT, 'theme/theme.css'), 'utf8');
    expect(matches(baseTheme, /(--[a-z0-9-]+)\s*:/g).filter((name) => tokens.has(name))).toEqual([]);
  });

  it('[WEB-1] kind colours come from the tokens, with one neutral colour for deployment-defined kinds', () => {
    expect(kindColorOf('seizure')).toBe(KIND_COLORS.seizure);
    expect(kindColorOf('x-migrant-landing')).toBe(CUSTOM_KIND_COLOR);
    expect(kindColorOf('constructor')).toBe(CUSTOM_KIND_COLOR);
    for (const value of Object.values(themeCssVariables())) expect(value).toMatch(/^#[0-9a-fA-F]{3,8}$/);
  });
});
