import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown, safeHref } from './parse.ts';

describe('annotation markdown', () => {
  it('keeps HTML as text: there is no HTML node type at all', () => {
    expect(parseInline('<img src=x onerror=alert(1)>')).toEqual([
      { type: 'text', text: '<img src=x onerror=alert(1)>' },
    ]);
  });

  it('supports bold, italic and code, with no formatting inside code', () => {
    expect(parseInline('**a** *b* `**c**`')).toEqual([
      { type: 'strong', children: [{ type: 'text', text: 'a' }] },
      { type: 'text', text: ' ' },
      { type: 'em', children: [{ type: 'text', text: 'b' }] },
      { type: 'text', text: ' ' },
      { type: 'code', text: '**c**' },
    ]);
  });

  it('links only absolute http(s) URLs', () => {
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('//evil.example')).toBeNull();
    expect(safeHref('data:text/html,x')).toBeNull();
    expect(parseInline('[x](javascript:alert(1))')[0]).toEqual({ type: 'text', text: '[x](javascript:alert(1))' });
    expect(parseInline('[doc](https://example.org/a)')[0]).toMatchObject({
      type: 'link',
      href: 'https://example.org/a',
    });
  });

  it('links a bare URL without its trailing full stop', () => {
    const nodes = parseInline('see https://example.org/x.');
    expect(nodes[1]).toMatchObject({ type: 'link', href: 'https://example.org/x' });
    expect(nodes[2]).toEqual({ type: 'text', text: '.' });
  });

  it('splits paragraphs and lists', () => {
    const blocks = parseMarkdown('first\nline\n\n- one\n- two\n\n1. a\n2. b');
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'list', 'list']);
    expect(blocks[1]).toMatchObject({ ordered: false, items: [[{ text: 'one' }], [{ text: 'two' }]] });
    expect(blocks[2]).toMatchObject({ ordered: true });
  });
});
