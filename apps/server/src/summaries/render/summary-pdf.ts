import PDFDocument from 'pdfkit';
import type { DailySummary } from '@tidewatch/contracts';
import { sparklinePoints } from '@tidewatch/domain';
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
import { summaryMapPlan } from './map-svg.ts';
import { PRINT } from '@tidewatch/contracts/theme-tokens';
import { COAST, dotRadius, INK, KIND_LABELS, kindColour, LAND, MUTED, SEA } from './palette.ts';
import type { Paper } from './summary-html.ts';

const MARGIN = 40;

/**
 * The standard PDF fonts (Helvetica) need no embedding and cover WinAnsi only: anything outside it is
 * spelled in ASCII (arrows) or replaced, so no glyph silently disappears from a printed summary.
 */
function pdfText(text: string): string {
  return text
    .replace(/→/g, '->')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[^\t\n\u0020-\u007e\u00a0-\u00ff–—…•]/g, '?');
}

/** Renders a stored summary as a PDF in memory with pdfkit: no browser, no network, standard fonts only. */
export function renderSummaryPdf(s: DailySummary, paper: Paper): Promise<Buffer> {
  const doc = new PDFDocument({
    size: paper === 'letter' ? 'LETTER' : 'A4',
    margin: MARGIN,
    info: {
      Title: summaryTitle(s),
      Author: `Tidewatch (${s.agency})`,
      Subject: periodLine(s),
      Creator: 'Tidewatch',
      CreationDate: new Date(s.generatedAt),
    },
  });
  const done = new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - 2 * MARGIN;
  const bottom = () => doc.page.height - MARGIN;
  const ensure = (height: number) => {
    if (doc.y + height > bottom()) doc.addPage();
  };
  const heading = (text: string) => {
    ensure(40);
    doc.moveDown(0.6);
    doc.font('Helvetica-Bold').fontSize(12).fillColor(INK).text(pdfText(text), MARGIN, doc.y, { width });
    doc.moveDown(0.2);
  };
  const line = (text: string, size = 9, colour = MUTED, font = 'Helvetica') =>
    doc.font(font).fontSize(size).fillColor(colour).text(pdfText(text), MARGIN, doc.y, { width });

  doc
    .font('Helvetica-Bold')
    .fontSize(17)
    .fillColor(INK)
    .text(pdfText(summaryTitle(s)), MARGIN, MARGIN, { width });
  line(periodLine(s));
  line(revisionLine(s));
  const handling = pdfText(handlingLine(s));
  const handlingHeight =
    doc
      .font('Helvetica-Bold')
      .fontSize(9)
      .heightOfString(handling, { width: width - 12 }) + 8;
  const boxTop = doc.y + 4;
  doc.rect(MARGIN, boxTop, width, handlingHeight).fillAndStroke(PRINT.handlingFill, PRINT.handlingBorder);
  doc.fillColor(INK).text(handling, MARGIN + 6, boxTop + 4, { width: width - 12 });
  doc.y = boxTop + handlingHeight + 4;
  const acks = s.acknowledgements
    .map((a) => `${a.userName} (revision ${a.revision}, ${localTime(a.acknowledgedAt, s.timeZone)})`)
    .join('; ');
  line(`Acknowledged: ${acks || 'not yet acknowledged'}`);

  if (s.revision > 1) {
    heading(`What changed since revision ${s.revision - 1}`);
    if (s.changes.length === 0) line('Scope of the releasability changed; figures are the same.', 9.5, INK);
    for (const c of s.changes) {
      ensure(14);
      line(`- ${changeLine(c)}`, 9.5, INK);
    }
  }

  // Table columns: label, day, 7-day, 30-day, last column (sparkline or value).
  const cols = [0, width * 0.42, width * 0.52, width * 0.64, width * 0.76];
  const tableRow = (cells: string[], bold = false, colour = INK) => {
    ensure(16);
    const y = doc.y;
    doc
      .font(bold ? 'Helvetica-Bold' : 'Helvetica')
      .fontSize(9.5)
      .fillColor(colour);
    cells.forEach((cell, i) => {
      const x = MARGIN + (cols[i] ?? 0);
      const next = cols[i + 1] ?? width;
      const w = next - (cols[i] ?? 0) - 6;
      doc.text(pdfText(cell), x, y, {
        width: w,
        align: i === 0 || i === 4 ? 'left' : 'right',
        lineBreak: false,
        ellipsis: true,
      });
    });
    doc.y = y + 15;
    return y;
  };

  heading('Headline figures');
  tableRow(['Figure', 'Day', '7-day avg', '30-day avg', 'Last 30 days'], true, MUTED);
  for (const r of headlineRows(s)) {
    const y = tableRow([r.label, fmtInt(r.figure.count), fmtAvg(r.figure.avg7), fmtAvg(r.figure.avg30), '']);
    if (r.sparkline) {
      const pts = sparklinePoints(r.sparkline, 100, 12, 1);
      const x0 = MARGIN + (cols[4] ?? 0);
      doc.save().lineWidth(1).strokeColor(PRINT.chart);
      pts.forEach(([x, py], i) => {
        if (i === 0) doc.moveTo(x0 + x, y + py);
        else doc.lineTo(x0 + x, y + py);
      });
      doc.stroke().restore();
    }
  }
  tableRow(['Open high-severity items (4-5)', fmtInt(s.content.headline.openHighSeverity), '', '', '']);

  heading('Seizures by commodity');
  tableRow(['Commodity', 'Day', '7-day avg', '30-day avg', 'Estimated value'], true, MUTED);
  for (const c of s.content.headline.seizures)
    tableRow([c.commodity, fmtInt(c.count), fmtAvg(c.avg7), fmtAvg(c.avg30), fmtUsd(c.valueUsd)]);

  heading("The day's events on the map");
  const mapHeight = Math.round(width * 0.58);
  ensure(mapHeight + 24);
  const plan = summaryMapPlan(s.content.mapPoints, { width: Math.round(width), height: mapHeight });
  const top = doc.y;
  doc.save();
  doc.rect(MARGIN, top, plan.width, plan.height).fill(SEA);
  doc.rect(MARGIN, top, plan.width, plan.height).clip();
  for (const ring of plan.land) {
    ring.forEach(([x, y], i) => {
      if (i === 0) doc.moveTo(MARGIN + x, top + y);
      else doc.lineTo(MARGIN + x, top + y);
    });
    doc.closePath();
  }
  // Lakes are rings inside land rings: even-odd leaves them as water.
  if (plan.land.length > 0) doc.lineWidth(0.5).fillAndStroke(LAND, COAST, 'even-odd');
  for (const p of plan.points)
    doc
      .circle(MARGIN + p.x, top + p.y, dotRadius(p.severity) * 0.8)
      .fillColor(kindColour(p.kind), 0.85)
      .fill();
  doc.restore();
  doc.rect(MARGIN, top, plan.width, plan.height).lineWidth(0.5).strokeColor(PRINT.rule).stroke();
  doc.y = top + plan.height + 5;
  let lx = MARGIN;
  const ly = doc.y;
  for (const [kind, label] of Object.entries(KIND_LABELS)) {
    doc
      .circle(lx + 3, ly + 4, 3)
      .fillColor(kindColour(kind))
      .fill();
    doc
      .font('Helvetica')
      .fontSize(8)
      .fillColor(MUTED)
      .text(label, lx + 9, ly, { lineBreak: false });
    lx += 12 + doc.widthOfString(label) + 10;
  }
  doc.y = ly + 14;

  heading('Notable events');
  if (s.content.notable.length === 0) line('No events in this period.', 9.5, INK);
  s.content.notable.forEach((e, i) => {
    const title = pdfText(`${i + 1}. [S${e.severity}] ${KIND_LABELS[e.kind] ?? e.kind}: ${e.title}`);
    const meta = pdfText(
      `${localTime(e.occurredAt, s.timeZone)} · ${e.place ?? 'no place'} · ${e.ownerAgency} · TLP:${e.tlp} · ${e.status}`,
    );
    const note = e.latestAnnotation
      ? pdfText(
          `Latest note (${e.latestAnnotation.author}, ${e.latestAnnotation.ownerAgency}): ${e.latestAnnotation.body}`,
        )
      : '';
    const h =
      doc.font('Helvetica-Bold').fontSize(9.5).heightOfString(title, { width }) +
      doc.font('Helvetica').fontSize(8.5).heightOfString(meta, { width }) +
      (note
        ? doc
            .font('Helvetica-Oblique')
            .fontSize(8.5)
            .heightOfString(note, { width: width - 12 })
        : 0) +
      8;
    ensure(h);
    doc
      .font('Helvetica-Bold')
      .fontSize(9.5)
      .fillColor(e.severity >= 4 ? PRINT.severe : INK)
      .text(title, MARGIN, doc.y, { width });
    doc.font('Helvetica').fontSize(8.5).fillColor(MUTED).text(meta, MARGIN, doc.y, { width });
    if (note)
      doc
        .font('Helvetica-Oblique')
        .fontSize(8.5)
        .fillColor(INK)
        .text(note, MARGIN + 12, doc.y, { width: width - 12 });
    doc.y += 5;
  });
  doc.end();
  return done;
}
