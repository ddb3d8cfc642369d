/**
 * A readable API reference rendered on the server from the OpenAPI document: no script or stylesheet from a
 * CDN, because operations centres are often air-gapped.
 */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

interface Operation {
  summary?: string;
  description?: string;
  parameters?: { name: string; in: string; description?: string; required?: boolean }[];
  requestBody?: { content: Record<string, { schema: { $ref?: string } }> };
  responses: Record<string, { description: string }>;
}

function renderOperation(method: string, path: string, op: Operation): string {
  const params = (op.parameters ?? [])
    .map(
      (p) =>
        `<tr><td><code>${escapeHtml(p.name)}</code></td><td>${p.in}</td><td>${escapeHtml(p.description ?? '')}</td></tr>`,
    )
    .join('');
  const body = op.requestBody?.content['application/json']?.schema.$ref?.split('/').at(-1);
  const responses = Object.entries(op.responses)
    .map(([status, r]) => `<li><b>${status}</b> ${escapeHtml(r.description)}</li>`)
    .join('');
  return `<section><h3><span class="m ${method}">${method.toUpperCase()}</span> <code>${escapeHtml(path)}</code></h3>
<p>${escapeHtml(op.summary ?? '')}${op.description ? ` — ${escapeHtml(op.description)}` : ''}</p>
${params ? `<table><tr><th>parameter</th><th>in</th><th>meaning</th></tr>${params}</table>` : ''}
${body ? `<p>Body: <a href="#schema-${body}">${body}</a></p>` : ''}<ul>${responses}</ul></section>`;
}

export function renderReferencePage(doc: Record<string, unknown>): string {
  const paths = doc.paths as Record<string, Record<string, Operation>>;
  const schemas = (doc.components as { schemas: Record<string, unknown> }).schemas;
  const operations = Object.entries(paths)
    .flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => renderOperation(method, path, op)))
    .join('\n');
  const schemaBlocks = Object.entries(schemas)
    .map(
      ([name, schema]) =>
        `<section id="schema-${name}"><h3>${name}</h3><pre>${escapeHtml(JSON.stringify(schema, null, 2))}</pre></section>`,
    )
    .join('\n');
  const info = doc.info as { title: string; description: string; version: string };
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(info.title)} reference</title>
<style>body{background:#0b1220;color:#dbe4f0;font:16px/1.5 system-ui,sans-serif;max-width:1100px;margin:2rem auto;padding:0 1rem}
h1,h2{color:#fff}section{border-top:1px solid #243247;padding:.5rem 0}code,pre{font-family:ui-monospace,monospace}
pre{background:#111a2b;padding:1rem;overflow:auto;max-height:30rem;border-radius:6px}table{border-collapse:collapse}
td,th{border:1px solid #243247;padding:.25rem .6rem;text-align:left}a{color:#7cc4ff}
.m{display:inline-block;min-width:4.5rem;text-align:center;border-radius:4px;padding:0 .4rem;color:#000;font-weight:700}
.get{background:#5ad18b}.post{background:#7cc4ff}.patch{background:#ffc36b}.delete{background:#ff8a8a}</style></head><body>
<h1>${escapeHtml(info.title)} <small>${escapeHtml(info.version)}</small></h1><p>${escapeHtml(info.description)}</p>
<p>Machine-readable: <a href="/api/v1/openapi.json">/api/v1/openapi.json</a></p>
<h2>Operations</h2>${operations}<h2>Schemas</h2>${schemaBlocks}</body></html>`;
}
