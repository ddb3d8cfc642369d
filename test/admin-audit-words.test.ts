import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TASK_STATES } from '@tidewatch/contracts';
import { LOCALES } from '@tidewatch/contracts/i18n';
import { AUDIT_ACTIONS, actionKey } from '../apps/web/src/admin/audit-words.ts';
import { translations } from '../apps/web/src/admin/audit-words.translations.ts';

const SERVER_SRC = fileURLToPath(new URL('../apps/server/src/', import.meta.url));

/** Every .ts file under a folder, tests left out. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.includes('.test.'))
    .map((e) => join(e.parentPath, e.name));
}

/**
 * The action ids the server records, read from its source: quoted dotted ids on lines that name an action
 * (`action: 'event.read'`, `auditRestrictedReads(ctx, 'event.list', …)`), and the task moves (`task.${to}`).
 */
function recordedActions(): string[] {
  const found = new Set<string>(TASK_STATES.filter((s) => s !== 'proposed').map((s) => `task.${s}`));
  for (const file of sources(SERVER_SRC)) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!/action|auditRestrictedReads/.test(line)) continue;
      for (const match of line.matchAll(/'([a-z_]+(?:\.[a-z_]+)+)'/g)) if (match[1]) found.add(match[1]);
    }
  }
  return [...found].sort();
}

describe('the audit log’s vocabulary [I18N-20]', () => {
  it('[I18N-20] names every action the server records, in every language, not as its id', () => {
    const recorded = recordedActions();
    expect(recorded.length).toBeGreaterThan(40);
    const known = new Set<string>(AUDIT_ACTIONS);
    expect(recorded.filter((action) => !known.has(action))).toEqual([]);
    for (const locale of LOCALES) {
      const messages: Record<string, string> = translations.messages[locale];
      const unnamed = AUDIT_ACTIONS.filter((action) => {
        const name = messages[actionKey(action)];
        return name === undefined || name === action || name.trim() === '';
      });
      expect(unnamed, locale).toEqual([]);
    }
  });
});
