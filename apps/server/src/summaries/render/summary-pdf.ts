import PDFDocument from 'pdfkit';
import type { DailySummary, Tlp } from '@tidewatch/contracts';
import { sparklinePoints } from '@tidewatch/domain';
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
import { summaryMapPlan } from './map-svg.ts';
import { summaryMarking } from '@tidewatch/contracts';
import { PRINT, TLP_COLORS } from '@tidewatch/contracts/theme-tokens';
import { COAST, dotRadius, INK, kindColour, LAND, LEGEND_KINDS, MUTED, SEA } from './palette.ts';
import type { Paper } from './summary-html.ts';

const MARGIN = 40;

/**
 * The standard PDF fonts (Helvetica) need no embedding and cover WinAnsi only: anything outside it is
 * spelled in ASCII (arrows) or replaced, so no glyph silently disappears from a printed summary. French
 * numbers and punctuation use narrow no-break spaces (U+202F, U+2009): they become the no-break space WinAnsi has;
 * the minus sign of a French zone offset becomes a hyphen.
 */
function pdfText(text: string): string {
  return (
    text
      .replace(/→/g, '->')
      .replace(/[\u202f\u2009]/g, '\u00a0')
      // French zones read "UTC−5" with a true minus sign, which WinAnsi lacks.
      .replace(/\u2212/g, '-')
      .replace(/[‘’]/g, "'")
      .replace(/[“”]/g, '"')
      .replace(/[^\t\n\u0020-\u007e\u00a0-\u00ff–—…•]/g, '?')
  );
}

/** Renders a stored summary as a PDF in memory with pdfkit: no browser, no network, standard fonts only. */
export function renderSummaryPdf(s: DailySummary, paper: Paper, w: SummaryWords): Promise<Buffer> {
  const { t } = w;
  const doc = new PDFDocument({
    size: paper === 'letter' ? 'LETTER' : 'A4',
    margin: MARGIN,
    // Kept in memory so the TLP marking and the page numbers go on every page once the count is known.
    bufferPages: true,
    info: {
      Title: summaryTitle(s, w),
      Author: `Tidewatch (${s.agency})`,
      Subject: periodLine(s, w),
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
    .text(pdfText(summaryTitle(s, w)), MARGIN, MARGIN, { width });
  line(periodLine(s, w));
  line(revisionLine(s, w));
  const handling = pdfText(handlingLine(s, w));
  const handlingHeight =
    doc
      .font('Helvetica-Bold')
      .fontSize(9)
      .heightOfString(handling, { width: width - 12 }) + 8;
  const boxTop = doc.y + 4;
  doc.rect(MARGIN, boxTop, width, handlingHeight).fillAndStroke(PRINT.handlingFill, PRINT.handlingBorder);
  doc.fillColor(INK).text(handling, MARGIN + 6, boxTop + 4, { width: width - 12 });
  doc.y = boxTop + handlingHeight + 4;
  line(acknowledgedLine(s, w));

  if (s.revision > 1) {
    heading(t('whatChanged', { revision: s.revision - 1 }));
    if (s.changes.length === 0) line(t('scopeOnly'), 9.5, INK);
    for (const c of s.changes) {
      ensure(14);
      line(`- ${changeLine(c, w)}`, 9.5, INK);
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
        // One line per cell: a longer word (Spanish, French) is cut with an ellipsis, never wrapped over the next row.
        height: 12,
        ellipsis: true,
      });
    });
    doc.y = y + 15;
    return y;
  };

  heading(t('headlineFigures'));
  tableRow([t('columnFigure'), t('columnDay'), t('columnAvg7'), t('columnAvg30'), t('columnLast30')], true, MUTED);
  for (const r of headlineRows(s, w)) {
    const y = tableRow([r.label, w.int(r.figure.count), w.avg(r.figure.avg7), w.avg(r.figure.avg30), '']);
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
  tableRow([t('figureOpenHighSeverity'), w.int(s.content.headline.openHighSeverity), '', '', '']);

  heading(t('seizuresByCommodity'));
  tableRow([t('columnCommodity'), t('columnDay'), t('columnAvg7'), t('columnAvg30'), t('columnValue')], true, MUTED);
  for (const c of s.content.headline.seizures)
    tableRow([
      t('commodity', { commodity: c.commodity }),
      w.int(c.count),
      w.avg(c.avg7),
      w.avg(c.avg30),
      w.usd(c.valueUsd),
    ]);

  heading(t('mapHeading'));
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
  for (const kind of LEGEND_KINDS) {
    const label = pdfText(t('kind', { kind }));
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

  heading(t('notableEvents'));
  if (s.content.notable.length === 0) line(t('noEvents'), 9.5, INK);
  s.content.notable.forEach((e, i) => {
    const title = pdfText(`${i + 1}. [S${e.severity}] ${t('kind', { kind: e.kind })}: ${e.title}`);
    const meta = pdfText(notableMeta(e, w));
    const note = e.latestAnnotation
      ? pdfText(
          t('latestNote', {
            author: e.latestAnnotation.author,
            agency: e.latestAnnotation.ownerAgency,
            body: e.latestAnnotation.body,
          }),
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
  markEveryPage(doc, summaryMarking(s.content), w);
  doc.end();
  return done;
}

/**
 * REL-13: the document's TLP label at the top and the foot of every page (TLP 2.0: the label in its colour on
 * black, so it survives printing and copying), with "Page n of N" at the foot.
 */
function markEveryPage(doc: PDFDocument, tlp: Tlp, w: SummaryWords): void {
  const label = `TLP:${tlp}`;
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    // Drawing in the margins: pdfkit would start a new page for text below the bottom margin.
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('Helvetica-Bold').fontSize(8);
    const labelWidth = doc.widthOfString(label) + 8;
    for (const y of [MARGIN / 2 - 7, doc.page.height - MARGIN / 2 - 5]) {
      const x = doc.page.width - MARGIN - labelWidth;
      doc.rect(x, y, labelWidth, 12).fill('#000000');
      doc.fillColor(TLP_COLORS[tlp]).text(label, x + 4, y + 2.5, { width: labelWidth, lineBreak: false });
    }
    doc
      .font('Helvetica')
      .fontSize(8)
      .fillColor(MUTED)
      .text(pdfText(w.t('pageOf', { page: i - start + 1, pages: count })), MARGIN, doc.page.height - MARGIN / 2 - 2.5, {
        width: 200,
        lineBreak: false,
      });
    doc.page.margins.bottom = bottomMargin;
  }
}
