import type { DailySummary } from '@tidewatch/contracts';
import {
  changeLine,
  fmtAvg,
  fmtInt,
  fmtUsd,
  handlingLine,
  headlineRows,
  localTime,
  periodLine,
  revisionLine,
  summaryTitle,
} from './format.ts';
import { renderMapSvg, summaryMapPlan } from './map-svg.ts';
import { PRINT } from '@tidewatch/contracts/theme-tokens';
import { INK, KIND_LABELS, kindColour, MUTED } from './palette.ts';
import { renderSparklineSvg } from './sparkline-svg.ts';

export type Paper = 'a4' | 'letter';

const esc = (text: string) =>
  text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch);

/**
 * The printable page. Everything is inline (styles, SVG): no font, script or image is fetched, so it prints
 * the same on an air-gapped floor. The content column (180 mm) fits both A4 and Letter; `paper` only sets
 * the @page size so the browser's print dialog starts on the right sheet.
 */
export function renderSummaryHtml(s: DailySummary, paper: Paper): string {
  const rows = headlineRows(s)
    .map(
      (r) =>
        `<tr><th scope="row">${esc(r.label)}</th><td class="num">${fmtInt(r.figure.count)}</td><td class="num">${fmtAvg(r.figure.avg7)}</td><td class="num">${fmtAvg(r.figure.avg30)}</td><td>${r.sparkline ? renderSparklineSvg(r.sparkline) : ''}</td></tr>`,
    )
    .join('');
  const commodities = s.content.headline.seizures
    .map(
      (c) =>
        `<tr><th scope="row">${esc(c.commodity)}</th><td class="num">${fmtInt(c.count)}</td><td class="num">${fmtAvg(c.avg7)}</td><td class="num">${fmtAvg(c.avg30)}</td><td class="num">${esc(fmtUsd(c.valueUsd))}</td></tr>`,
    )
    .join('');
  const notable = s.content.notable
    .map((e) => {
      const note = e.latestAnnotation
        ? `<blockquote><p>${esc(e.latestAnnotation.body)}</p><footer>${esc(e.latestAnnotation.author)} (${esc(e.latestAnnotation.ownerAgency)}), ${esc(localTime(e.latestAnnotation.createdAt, s.timeZone))}</footer></blockquote>`
        : '';
      return `<li><div class="ev"><span class="sev sev${e.severity}">S${e.severity}</span> <span class="kind" style="color:${kindColour(e.kind)}">${esc(KIND_LABELS[e.kind] ?? e.kind)}</span> <strong>${esc(e.title)}</strong></div><div class="meta">${esc(localTime(e.occurredAt, s.timeZone))} · ${esc(e.place ?? 'no place')} · ${esc(e.ownerAgency)} · TLP:${esc(e.tlp)} · ${esc(e.status)}</div>${note}</li>`;
    })
    .join('');
  const changes =
    s.revision > 1
      ? `<section class="changes"><h2>What changed since revision ${s.revision - 1}</h2>${s.changes.length > 0 ? `<ul>${s.changes.map((c) => `<li>${esc(changeLine(c))}</li>`).join('')}</ul>` : '<p>Scope of the releasability changed; figures are the same.</p>'}</section>`
      : '';
  const acks = s.acknowledgements.length
    ? s.acknowledgements
        .map((a) => `${esc(a.userName)} (revision ${a.revision}, ${esc(localTime(a.acknowledgedAt, s.timeZone))})`)
        .join('; ')
    : 'not yet acknowledged';
  const legend = Object.entries(KIND_LABELS)
    .map(([k, label]) => `<span><i style="background:${kindColour(k)}"></i>${esc(label)}</span>`)
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(summaryTitle(s))}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
@page { size: ${paper === 'letter' ? 'letter' : 'A4'} portrait; margin: 14mm 15mm; }
* { box-sizing: border-box; }
body { font: 10.5pt/1.4 system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: ${INK}; margin: 0 auto; max-width: 180mm; padding: 8mm 0; }
h1 { font-size: 17pt; margin: 0 0 2mm; } h2 { font-size: 12pt; margin: 5mm 0 2mm; border-bottom: 1px solid ${PRINT.rule}; padding-bottom: 1mm; }
.sub, .meta, footer { color: ${MUTED}; font-size: 9pt; }
.handling { border: 1.5px solid ${PRINT.handlingBorder}; background: ${PRINT.handlingFill}; padding: 1.5mm 3mm; font-weight: 600; margin: 3mm 0; }
table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: 1mm 2mm; border-bottom: 1px solid ${PRINT.ruleLight}; vertical-align: middle; }
td.num { text-align: right; font-variant-numeric: tabular-nums; } thead th { font-size: 8.5pt; color: ${MUTED}; font-weight: 600; }
.map svg { width: 100%; height: auto; border: 1px solid ${PRINT.rule}; } .legend span { margin-right: 4mm; font-size: 8.5pt; } .legend i { display: inline-block; width: 2.5mm; height: 2.5mm; border-radius: 50%; margin-right: 1mm; }
ol.notable { padding-left: 5mm; } ol.notable li { margin-bottom: 2.5mm; break-inside: avoid; }
.sev { font-weight: 700; font-size: 8.5pt; padding: 0 1mm; border-radius: 1mm; background: ${PRINT.ruleLight}; } .sev4, .sev5 { background: ${PRINT.severeFill}; color: ${PRINT.paper}; }
blockquote { margin: 1mm 0 0 3mm; padding-left: 2mm; border-left: 2px solid ${PRINT.rule}; } blockquote p { margin: 0; }
.changes { border: 1px dashed ${PRINT.changes}; padding: 0 3mm 2mm; }
section, table, .map { break-inside: avoid; }
@media print { body { padding: 0; max-width: none; } a { color: inherit; text-decoration: none; } .screen-only { display: none; } }
</style></head>
<body>
<header>
<h1>${esc(summaryTitle(s))}</h1>
<div class="sub">${esc(periodLine(s))}</div>
<div class="sub">${esc(revisionLine(s))}</div>
<div class="handling">${esc(handlingLine(s))}</div>
<div class="sub">Acknowledged: ${acks}</div>
</header>
${changes}
<section><h2>Headline figures</h2>
<table><thead><tr><th>Figure</th><th class="num">Day</th><th class="num">7-day avg</th><th class="num">30-day avg</th><th>Last 30 days</th></tr></thead><tbody>${rows}
<tr><th scope="row">Open high-severity items (4-5)</th><td class="num">${fmtInt(s.content.headline.openHighSeverity)}</td><td></td><td></td><td></td></tr></tbody></table></section>
<section><h2>Seizures by commodity</h2>
<table><thead><tr><th>Commodity</th><th class="num">Day</th><th class="num">7-day avg</th><th class="num">30-day avg</th><th class="num">Estimated value</th></tr></thead><tbody>${commodities}</tbody></table></section>
<section class="map"><h2>The day's events on the map</h2>${renderMapSvg(summaryMapPlan(s.content.mapPoints))}
<div class="legend">${legend}</div>${s.content.mapTruncated ? '<p class="meta">Only the most severe events are drawn.</p>' : ''}</section>
<section><h2>Notable events</h2>${notable ? `<ol class="notable">${notable}</ol>` : '<p>No events in this period.</p>'}</section>
</body></html>`;
}
