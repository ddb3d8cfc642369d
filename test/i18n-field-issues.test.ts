import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { issuesFromZod } from '../apps/server/src/services/errors.ts';
import { fieldErrors } from '../apps/web/src/forms/fieldErrors.ts';
import { translations } from '../apps/web/src/forms/translations.ts';
import { localeStore } from '../apps/web/src/i18n/index.ts';

// A form's refusals as the server words them: the real schema library, the real server mapping.
const Form = z
  .object({
    title: z.string().trim().min(1).max(10),
    summary: z.string().min(5),
    tags: z.array(z.string()).min(1),
    severity: z.number().int().max(5),
    kind: z.enum(['seizure', 'interdiction']),
    ref: z.string().uuid(),
  })
  .strict();

function refusedFields(input: unknown) {
  const parsed = Form.safeParse(input);
  if (parsed.success) throw new Error('the form was expected to be refused');
  return fieldErrors(issuesFromZod(parsed.error), ['title', 'summary', 'tags', 'severity', 'kind', 'ref']);
}

const BAD = { title: '', summary: 'abc', tags: [], severity: 9, kind: 'piracy', ref: 'no', extra: 1 };
const englishSchemaText = /Too small|Too big|Invalid|expected|received|Unrecognized/;

afterEach(() => localeStore.set('en', false));

describe('refused fields in the user’s language [I18N-5]', () => {
  it('[I18N-5] words every refused field in Spanish and French, with its bound, never in the schema’s English', () => {
    for (const locale of ['es', 'fr'] as const) {
      localeStore.set(locale, false);
      const { byPath, other } = refusedFields(BAD);
      const shown = [...Object.values(byPath), ...other];
      expect(shown).toHaveLength(7);
      for (const text of shown) expect(text).not.toMatch(englishSchemaText);
      expect(byPath.title).toBe(translations.messages[locale].required);
      expect(byPath.kind).toBe(translations.messages[locale].notAChoice);
    }
    localeStore.set('es', false);
    const spanish = refusedFields(BAD).byPath;
    expect(spanish.summary).toBe('Al menos 5 caracteres');
    expect(spanish.tags).toBe('Elija al menos 1 elemento');
    expect(spanish.severity).toBe('Debe ser como máximo 5');
    localeStore.set('fr', false);
    expect(refusedFields(BAD).other).toEqual(['(body) : Ce formulaire n’accepte pas ce champ']);
  });

  it('[I18N-5] keeps English wording in English, and shows a hand-written server sentence as it is', () => {
    localeStore.set('en', false);
    expect(refusedFields({ ...BAD, summary: 'abcd' }).byPath.summary).toBe('At least 5 characters');
    const handWritten = fieldErrors([{ path: 'bbox', message: 'more than 20000 vessels in the view; zoom in' }], []);
    expect(handWritten.other).toEqual(['bbox: more than 20000 vessels in the view; zoom in']);
  });
});
