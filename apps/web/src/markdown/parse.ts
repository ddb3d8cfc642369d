/**
 * A deliberately tiny markdown subset for annotation bodies: paragraphs (line breaks kept), `-`/`*` and
 * `1.` lists, **bold**, *italic*, `code`, [text](https://...) and bare http(s) links. It produces a tree
 * that React renders as text nodes, so no HTML from a note ever reaches the DOM as markup: `<b>` stays the
 * four characters it was typed as. Anything it does not understand is shown as plain text.
 */
export type Inline =
  | { type: 'text'; text: string }
  | { type: 'code'; text: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'em'; children: Inline[] }
  | { type: 'link'; href: string; children: Inline[] }
  | { type: 'break' };

export type Block = { type: 'paragraph'; children: Inline[] } | { type: 'list'; ordered: boolean; items: Inline[][] };

const BULLET = /^\s{0,3}[-*+]\s+(.*)$/;
const NUMBERED = /^\s{0,3}\d{1,9}[.)]\s+(.*)$/;
const LINK = /^\[([^\]\n]+)\]\(([^\s)]+)\)/;
const BARE_URL = /^https?:\/\/[^\s<>"'`]+/;

/** Only absolute http(s) URLs become links: no javascript:, data:, relative or protocol-relative ones. */
export function safeHref(raw: string): string | null {
  if (!/^https?:\/\//i.test(raw)) return null;
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function pushText(out: Inline[], text: string): void {
  if (text === '') return;
  const last = out[out.length - 1];
  if (last?.type === 'text') last.text += text;
  else out.push({ type: 'text', text });
}

/** Finds the closing `marker` after `from` that is not immediately followed by the same character. */
function closing(text: string, marker: string, from: number): number {
  let at = text.indexOf(marker, from);
  while (at !== -1) {
    if (marker === '*' && (text[at + 1] === '*' || text[at - 1] === '*')) {
      at = text.indexOf(marker, at + 2);
      continue;
    }
    return at;
  }
  return -1;
}

export function parseInline(text: string, depth = 0): Inline[] {
  const out: Inline[] = [];
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const ch = text[i];
    if (ch === '\n') {
      out.push({ type: 'break' });
      i += 1;
      continue;
    }
    if (ch === '`') {
      const end = text.indexOf('`', i + 1);
      if (end > i + 1) {
        out.push({ type: 'code', text: text.slice(i + 1, end) });
        i = end + 1;
        continue;
      }
    }
    if (depth < 4 && rest.startsWith('**')) {
      const end = text.indexOf('**', i + 2);
      if (end > i + 2) {
        out.push({ type: 'strong', children: parseInline(text.slice(i + 2, end), depth + 1) });
        i = end + 2;
        continue;
      }
    }
    if (depth < 4 && ch === '*' && text[i + 1] !== '*' && text[i + 1] !== ' ') {
      const end = closing(text, '*', i + 1);
      if (end > i + 1) {
        out.push({ type: 'em', children: parseInline(text.slice(i + 1, end), depth + 1) });
        i = end + 1;
        continue;
      }
    }
    if (ch === '[') {
      const m = LINK.exec(rest);
      const href = m?.[2] === undefined ? null : safeHref(m[2]);
      if (m && href !== null) {
        out.push({ type: 'link', href, children: parseInline(m[1] ?? '', depth + 1) });
        i += m[0].length;
        continue;
      }
    }
    if ((ch === 'h' || ch === 'H') && (i === 0 || /[\s(]/.test(text[i - 1] ?? ''))) {
      const m = BARE_URL.exec(rest);
      if (m) {
        // A sentence's full stop or closing bracket is not part of the URL.
        const raw = m[0].replace(/[.,;:!?)\]]+$/, '');
        const href = safeHref(raw);
        if (href !== null) {
          out.push({ type: 'link', href, children: [{ type: 'text', text: raw }] });
          i += raw.length;
          continue;
        }
      }
    }
    pushText(out, ch ?? '');
    i += 1;
  }
  return out;
}

export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;

  const endParagraph = (): void => {
    if (paragraph.length > 0) blocks.push({ type: 'paragraph', children: parseInline(paragraph.join('\n')) });
    paragraph = [];
  };
  const endList = (): void => {
    if (list) blocks.push({ type: 'list', ordered: list.ordered, items: list.items.map((item) => parseInline(item)) });
    list = null;
  };

  for (const line of source.replace(/\r\n?/g, '\n').split('\n')) {
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    const item = bullet ?? numbered;
    if (item) {
      endParagraph();
      const ordered = numbered !== null;
      if (list && list.ordered !== ordered) endList();
      list ??= { ordered, items: [] };
      list.items.push(item[1] ?? '');
    } else if (line.trim() === '') {
      endParagraph();
      endList();
    } else if (list && /^\s{2,}\S/.test(line)) {
      // An indented line continues the previous list item.
      const last = list.items.length - 1;
      list.items[last] = `${list.items[last] ?? ''}\n${line.trim()}`;
    } else {
      endList();
      paragraph.push(line);
    }
  }
  endParagraph();
  endList();
  return blocks;
}
