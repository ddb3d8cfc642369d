import { summaryMarking, type DailySummary } from '@tidewatch/contracts';
import {
  acknowledgedLine,
  changeLine,
  handlingLine,
  headlineRows,
  notableMeta,
  periodLine,
  revisionLine,
  summaryTitle,
  type SummaryWords,
} from './format.ts';
import { renderMapSvg, summaryMapPlan } from './map-svg.ts';
import { PRINT, TLP_COLORS } from '@tidewatch/contracts/theme-tokens';
import { INK, kindColour, LEGEND_KINDS, MUTED } from './palette.ts';
import { renderSparklineSvg } from './sparkline-svg.ts';

export type Paper = 'a4' | 'letter';

const esc = (text: string) =>
  text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch);

/**
 * The printable page. Everything is inline (styles, SVG): no font, script or image is fetched, so it prints
 * the same on an air-gapped floor. The content column (180 mm) fits both A4 and Letter; `paper` only sets
 * the @page size so the browser's print dialog starts on the right sheet.
 */
export function renderSummaryHtml(s: DailySummary, paper: Paper, w: SummaryWords): string {
  const { t } = w;
  const rows = headlineRows(s, w)
    .map(
      (r) =>
        `<tr><th scope="row">${esc(r.label)}</th><td class="num">${w.int(r.figure.count)}</td><td class="num">${w.avg(r.figure.avg7)}</td><td class="num">${w.avg(r.figure.avg30)}</td><td>${r.sparkline ? renderSparklineSvg(r.sparkline) : ''}</td></tr>`,
    )
    .join('');
  const commodities = s.content.headline.seizures
    .map(
      (c) =>
        `<tr><th scope="row">${esc(t('commodity', { commodity: c.commodity }))}</th><td class="num">${w.int(c.count)}</td><td class="num">${w.avg(c.avg7)}</td><td class="num">${w.avg(c.avg30)}</td><td class="num">${esc(w.usd(c.valueUsd))}</td></tr>`,
    )
    .join('');
  const notable = s.content.notable
    .map((e) => {
      const note = e.latestAnnotation
        ? `<blockquote><p>${esc(e.latestAnnotation.body)}</p><footer>${esc(e.latestAnnotation.author)} (${esc(e.latestAnnotation.ownerAgency)}), ${esc(w.time(e.latestAnnotation.createdAt))}</footer></blockquote>`
        : '';
      return `<li><div class="ev"><span class="sev sev${e.severity}">S${e.severity}</span> <span class="kind" style="color:${kindColour(e.kind)}">${esc(t('kind', { kind: e.kind }))}</span> <strong>${esc(e.title)}</strong></div><div class="meta">${esc(notableMeta(e, w))}</div>${note}</li>`;
    })
    .join('');
  const changes =
    s.revision > 1
      ? `<section class="changes"><h2>${esc(t('whatChanged', { revision: s.revision - 1 }))}</h2>${s.changes.length > 0 ? `<ul>${s.changes.map((c) => `<li>${esc(changeLine(c, w))}</li>`).join('')}</ul>` : `<p>${esc(t('scopeOnly'))}</p>`}</section>`
      : '';
  const legend = LEGEND_KINDS.map(
    (kind) => `<span><i style="background:${kindColour(kind)}"></i>${esc(t('kind', { kind }))}</span>`,
  ).join('');
  return `<!doctype html>
<html lang="${w.locale}"><head><meta charset="utf-8"><title>${esc(summaryTitle(s, w))}</title>
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
/* REL-13: the TLP label on every printed page (a fixed element repeats on each sheet), in its colour on black. */
.tlp-mark { position: fixed; top: 0; right: 0; background: #000; color: ${TLP_COLORS[summaryMarking(s.content)]}; font: 700 8pt/1 ui-monospace, monospace; padding: 1mm 2mm; }
@media print { body { padding: 0; max-width: none; } a { color: inherit; text-decoration: none; } .screen-only { display: none; } }
</style></head>
<body>
<div class="tlp-mark" data-tlp="${summaryMarking(s.content)}">TLP:${summaryMarking(s.content)}</div>
<header>
<h1>${esc(summaryTitle(s, w))}</h1>
<div class="sub">${esc(periodLine(s, w))}</div>
<div class="sub">${esc(revisionLine(s, w))}</div>
<div class="handling">${esc(handlingLine(s, w))}</div>
<div class="sub">${esc(acknowledgedLine(s, w))}</div>
</header>
${changes}
<section><h2>${esc(t('headlineFigures'))}</h2>
<table><thead><tr><th>${esc(t('columnFigure'))}</th><th class="num">${esc(t('columnDay'))}</th><th class="num">${esc(t('columnAvg7'))}</th><th class="num">${esc(t('columnAvg30'))}</th><th>${esc(t('columnLast30'))}</th></tr></thead><tbody>${rows}
<tr><th scope="row">${esc(t('figureOpenHighSeverity'))}</th><td class="num">${w.int(s.content.headline.openHighSeverity)}</td><td></td><td></td><td></td></tr></tbody></table></section>
<section><h2>${esc(t('seizuresByCommodity'))}</h2>
<table><thead><tr><th>${esc(t('columnCommodity'))}</th><th class="num">${esc(t('columnDay'))}</th><th class="num">${esc(t('columnAvg7'))}</th><th class="num">${esc(t('columnAvg30'))}</th><th class="num">${esc(t('columnValue'))}</th></tr></thead><tbody>${commodities}</tbody></table></section>
<section class="map"><h2>${esc(t('mapHeading'))}</h2>${renderMapSvg(summaryMapPlan(s.content.mapPoints))}
<div class="legend">${legend}</div>${s.content.mapTruncated ? `<p class="meta">${esc(t('mapTruncated'))}</p>` : ''}</section>
<section><h2>${esc(t('notableEvents'))}</h2>${notable ? `<ol class="notable">${notable}</ol>` : `<p>${esc(t('noEvents'))}</p>`}</section>
</body></html>`;
}
