import type { OpenAPIHono } from '@hono/zod-openapi';

/**
 * A readable API reference rendered on the server from the OpenAPI document: no script or stylesheet from a
 * CDN, because operations centres are often air-gapped.
 */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

type OpenApiDocument = ReturnType<OpenAPIHono['getOpenAPI31Document']>;
type PathItem = NonNullable<OpenApiDocument['paths']>[string];
type Operation = NonNullable<PathItem['get']>;

const METHODS = new Set<string>(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);
const isMethod = (key: string): key is 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace' =>
  METHODS.has(key);

/** A $ref's last segment: the name of the schema it points at. */
function refName(value: object | undefined): string | undefined {
  return value && '$ref' in value && typeof value.$ref === 'string' ? value.$ref.split('/').at(-1) : undefined;
}

function renderOperation(method: string, path: string, op: Operation): string {
  const params = (op.parameters ?? [])
    .flatMap((p) => ('name' in p ? [p] : []))
    .map(
      (p) =>
        `<tr><td><code>${escapeHtml(p.name)}</code></td><td>${p.in}</td><td>${escapeHtml(p.description ?? '')}</td></tr>`,
    )
    .join('');
  const requestBody = op.requestBody && 'content' in op.requestBody ? op.requestBody : undefined;
  const body = refName(requestBody?.content['application/json']?.schema);
  const responses = Object.entries(op.responses ?? {})
    .map(([status, r]) => `<li><b>${status}</b> ${escapeHtml('description' in r ? r.description : '')}</li>`)
    .join('');
  return `<section><h3><span class="m ${method}">${method.toUpperCase()}</span> <code>${escapeHtml(path)}</code></h3>
<p>${escapeHtml(op.summary ?? '')}${op.description ? ` — ${escapeHtml(op.description)}` : ''}</p>
${params ? `<table><tr><th>parameter</th><th>in</th><th>meaning</th></tr>${params}</table>` : ''}
${body ? `<p>Body: <a href="#schema-${body}">${body}</a></p>` : ''}<ul>${responses}</ul></section>`;
}

export function renderReferencePage(doc: OpenApiDocument): string {
  const operations = Object.entries(doc.paths ?? {})
    .flatMap(([path, item]) =>
      Object.keys(item).flatMap((method) => {
        const op = isMethod(method) ? item[method] : undefined;
        return op ? [renderOperation(method, path, op)] : [];
      }),
    )
    .join('\n');
  const schemaBlocks = Object.entries(doc.components?.schemas ?? {})
    .map(
      ([name, schema]) =>
        `<section id="schema-${name}"><h3>${name}</h3><pre>${escapeHtml(JSON.stringify(schema, null, 2))}</pre></section>`,
    )
    .join('\n');
  const { info } = doc;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(info.title)} reference</title>
<style>body{background:#0b1220;color:#dbe4f0;font:16px/1.5 system-ui,sans-serif;max-width:1100px;margin:2rem auto;padding:0 1rem}
h1,h2{color:#fff}section{border-top:1px solid #243247;padding:.5rem 0}code,pre{font-family:ui-monospace,monospace}
pre{background:#111a2b;padding:1rem;overflow:auto;max-height:30rem;border-radius:6px}table{border-collapse:collapse}
td,th{border:1px solid #243247;padding:.25rem .6rem;text-align:left}a{color:#7cc4ff}
.m{display:inline-block;min-width:4.5rem;text-align:center;border-radius:4px;padding:0 .4rem;color:#000;font-weight:700}
.get{background:#5ad18b}.post{background:#7cc4ff}.patch{background:#ffc36b}.delete{background:#ff8a8a}</style></head><body>
<h1>${escapeHtml(info.title)} <small>${escapeHtml(info.version)}</small></h1><p>${escapeHtml(info.description ?? '')}</p>
<p>Machine-readable: <a href="/api/v1/openapi.json">/api/v1/openapi.json</a></p>
<h2>Operations</h2>${operations}<h2>Schemas</h2>${schemaBlocks}</body></html>`;
}
