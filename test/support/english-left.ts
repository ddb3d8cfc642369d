import type { Locator } from 'playwright-core';
import type { Catalog, Locale } from '@tidewatch/contracts/i18n';

/**
 * English messages that must not be left on a screen in `locale`: every catalog message that differs in that
 * language and has no placeholder, matched as whole words ("Edit" must not match "Editar") in any case (CSS
 * upper-cases some).
 */
export function englishLeft(text: string, catalogs: readonly Catalog<string>[], locale: Locale): string[] {
  const left: string[] = [];
  for (const catalog of catalogs) {
    for (const [key, english] of Object.entries(catalog.messages.en)) {
      if (english.includes('{') || english === catalog.messages[locale][key]) continue;
      const escaped = english.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      if (new RegExp(`(^|[^\\p{L}])${escaped}($|[^\\p{L}])`, 'iu').test(text)) left.push(english);
    }
  }
  return left;
}

/**
 * What a screen says in its own words: its text (each text node on a line of its own), plus placeholders
 * and accessible names, without what only shows stored data or code: table cells of data (agency names such
 * as "Jamaica Customs Agency" would otherwise read as untranslated labels; cells holding a pill, a button or a
 * marked translated word, `data-action`, stay, as do empty-state rows) and monospaced ids, URLs and scopes
 * (`events:read`, `.mono`), which are the same in every language.
 */
export async function ownWords(locator: Locator): Promise<string> {
  return locator.evaluate((root) => {
    const clone = root.cloneNode(true);
    if (!(clone instanceof Element)) return root.textContent ?? '';
    for (const code of clone.querySelectorAll('.mono')) code.remove();
    for (const cell of clone.querySelectorAll('tbody td')) {
      if (cell.matches('.table__empty, [data-action]') || cell.querySelector('.pill, button, select')) continue;
      cell.textContent = '';
    }
    const attributes = [...root.querySelectorAll('[placeholder]:not(.mono), [aria-label]:not(.mono)')].map(
      (el) => `${el.getAttribute('placeholder') ?? ''}\n${el.getAttribute('aria-label') ?? ''}`,
    );
    // Each text node on its own line, so the words of neighbouring elements stay apart.
    const walker = document.createTreeWalker(clone, NodeFilter.SHOW_TEXT);
    const texts: string[] = [];
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) texts.push(node.nodeValue ?? '');
    const text = texts.join('\n');
    return [text, ...attributes].join('\n');
  });
}
