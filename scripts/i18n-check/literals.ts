import { parseSync } from 'rolldown/utils';

/** A piece of user-facing text written straight into markup instead of going through the translation layer. */
export interface Literal {
  readonly line: number;
  readonly text: string;
}

// Attributes whose text a person reads or hears (tooltips, placeholders, screen-reader names, image text).
const SPOKEN_ATTRIBUTES = new Set([
  'title',
  'placeholder',
  'aria-label',
  'aria-description',
  'alt',
  'label',
  'aria-roledescription',
]);

// Text counts when it holds a letter; punctuation, numbers and symbols between translated parts do not.
const HAS_LETTER = /\p{L}/u;

interface Node {
  readonly type: string;
  readonly start: number;
  readonly [key: string]: unknown;
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** Every literal in a TSX file's markup: JSX text, `{'text'}` children, and spoken attributes given as strings. */
export function findLiterals(file: string, source: string): Literal[] {
  const result = parseSync(file, source, { lang: 'tsx', sourceType: 'module' });
  const lineStarts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') lineStarts.push(i + 1);
  const lineOf = (offset: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const found: Literal[] = [];
  const report = (node: Node, text: string): void => {
    if (HAS_LETTER.test(text)) found.push({ line: lineOf(node.start), text: text.trim().slice(0, 80) });
  };
  const stringOf = (node: unknown): string | null => {
    if (!isNode(node)) return null;
    if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
    if (node.type === 'TemplateLiteral' && Array.isArray(node.quasis))
      return node.quasis.map((q: { value?: { cooked?: string } }) => q.value?.cooked ?? '').join(' ');
    return null;
  };
  const visit = (node: Node, parent: Node | null): void => {
    if (node.type === 'JSXText' && typeof node.value === 'string') report(node, node.value);
    if (
      node.type === 'JSXExpressionContainer' &&
      parent &&
      (parent.type === 'JSXElement' || parent.type === 'JSXFragment')
    ) {
      const text = stringOf(node.expression);
      if (text !== null) report(node, text);
    }
    if (node.type === 'JSXAttribute' && isNode(node.name) && typeof node.name.name === 'string') {
      if (SPOKEN_ATTRIBUTES.has(node.name.name)) {
        const value =
          isNode(node.value) && node.value.type === 'JSXExpressionContainer' ? node.value.expression : node.value;
        const text = stringOf(value);
        if (text !== null) report(node, text);
      }
    }
    for (const child of Object.values(node)) {
      if (Array.isArray(child)) for (const item of child) if (isNode(item)) visit(item, node);
      if (isNode(child)) visit(child, node);
    }
  };
  visit(result.program as unknown as Node, null);
  return found;
}
