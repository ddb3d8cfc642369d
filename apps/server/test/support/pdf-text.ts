import { inflateSync } from 'node:zlib';

/**
 * The text drawn in a PDF made by pdfkit with the standard fonts: every content stream is inflated and the
 * strings of its Tj/TJ operators are decoded (hex or literal, WinAnsi ~ Latin-1). Enough to check our own
 * PDFs; not a general PDF parser. Lines are separated where a new text object (BT) starts.
 */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const out: string[] = [];
  const streamRe = /<<([\s\S]*?)>>\s*stream\r?\n/g;
  for (let m = streamRe.exec(raw); m !== null; m = streamRe.exec(raw)) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endstream', start);
    if (end < 0) break;
    let data = pdf.subarray(start, end);
    if (/\/FlateDecode/.test(m[1] ?? '')) {
      try {
        data = inflateSync(data);
      } catch {
        continue; // Not a content stream we can read (fonts, images).
      }
    }
    out.push(textOps(data.toString('latin1')));
    streamRe.lastIndex = end;
  }
  return out.join('\n');
}

function textOps(content: string): string {
  const parts: string[] = [];
  const opRe =
    /BT|\[((?:<[0-9a-fA-F]*>|\((?:\\.|[^\\)])*\)|[-\d.\s])*)\]\s*TJ|(<[0-9a-fA-F]*>|\((?:\\.|[^\\)])*\))\s*Tj/g;
  for (let m = opRe.exec(content); m !== null; m = opRe.exec(content)) {
    if (m[0] === 'BT') {
      parts.push('\n');
      continue;
    }
    const strings = (m[1] ?? m[2] ?? '').match(/<[0-9a-fA-F]*>|\((?:\\.|[^\\)])*\)/g) ?? [];
    parts.push(strings.map(decode).join(''));
  }
  return parts.join('');
}

function decode(token: string): string {
  if (token.startsWith('<')) {
    const hex = token.slice(1, -1);
    let s = '';
    for (let i = 0; i + 1 < hex.length; i += 2) s += String.fromCharCode(parseInt(hex.slice(i, i + 2), 16));
    return s;
  }
  return token
    .slice(1, -1)
    .replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_, e: string) =>
      /^[0-7]+$/.test(e)
        ? String.fromCharCode(parseInt(e, 8))
        : (({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' } as Record<string, string>)[e] ?? e),
    );
}
