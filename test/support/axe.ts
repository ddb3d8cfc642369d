import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ImpactValue, Result, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

/** The WCAG 2.0, 2.1 and 2.2 success criteria at levels A and AA, as axe-core tags its rules. */
export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] as const;

/** What an assertion needs of one broken rule: which, how bad, and where (CSS selectors of the nodes). */
export interface AxeViolation {
  id: string;
  impact: ImpactValue | null;
  help: string;
  targets: string[];
}

// axe-core's browser bundle from node_modules, read once: the page gets it through the DevTools protocol, so
// nothing is fetched from a network and the dashboard's Content-Security-Policy has nothing to refuse.
let axeSource: string | undefined;
function source(): string {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

/**
 * Runs axe-core on the page as it is now against WCAG 2.2 A + AA and returns the violations with their impact.
 * `exclude` takes CSS selectors of parts the product cannot change (each caller says why).
 */
export async function axeViolations(page: Page, exclude: readonly string[] = []): Promise<AxeViolation[]> {
  const injected = await page.evaluate(() => 'axe' in window);
  if (!injected) await page.evaluate(source());
  const options: RunOptions = { runOnly: { type: 'tag', values: [...WCAG_AA_TAGS] }, resultTypes: ['violations'] };
  const violations = await page.evaluate(
    async ({ options, exclude }) => {
      const axe = (window as unknown as { axe: { run: typeof import('axe-core').run } }).axe;
      const context = exclude.length > 0 ? { include: [['html']], exclude: exclude.map((s) => [s]) } : document;
      const results = await axe.run(context, options);
      return results.violations;
    },
    { options, exclude: [...exclude] },
  );
  return violations.map((v: Result) => ({
    id: v.id,
    impact: v.impact ?? null,
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(' ')),
  }));
}

/** The violations a screen must not have: serious or critical. */
export function seriousOrCritical(violations: readonly AxeViolation[]): AxeViolation[] {
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
