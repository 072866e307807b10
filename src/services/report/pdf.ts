/**
 * A report as a PDF (A4), with the bundled fonts embedded as subsets of the characters used. PDFKit sets
 * one font per run of text, so each text is cut into runs: the CJK face where it has the glyph, Noto
 * Sans for the accented Latin letters it lacks.
 */
import PDFDocument from 'pdfkit';
import * as fontkit from 'fontkit';
import type { ReportBlock, ReportDocument } from './document.ts';
import { CJK_FONT_FILE, LATIN_FONT_FILE } from './fonts.ts';

const MARGIN = { top: 56, bottom: 64, left: 56, right: 56 };
const GREY = '#595959';
const RULE = '#a6a6a6';
const HEADER_FILL = '#e7eef7';

let cjkFace: fontkit.Font | null = null;
function cjk(): fontkit.Font {
  cjkFace ??= fontkit.openSync(CJK_FONT_FILE) as fontkit.Font;
  return cjkFace;
}

type Run = { font: 'cjk' | 'latin'; text: string };

/** `text` cut into runs by the font that has its characters. */
function runs(text: string): Run[] {
  const face = cjk();
  const out: Run[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const font = code < 0x80 || face.hasGlyphForCodePoint(code) ? 'cjk' : 'latin';
    const last = out[out.length - 1];
    if (last?.font === font) last.text += char;
    else out.push({ font, text: char });
  }
  return out.length > 0 ? out : [{ font: 'cjk', text: '' }];
}

type TextOptions = PDFKit.Mixins.TextOptions;

/** Writes `text` in as many runs as it needs; at (x, y) when given, else where the last text ended. */
function write(
  doc: PDFKit.PDFDocument,
  text: string,
  options: TextOptions,
  at?: { x: number; y: number },
): void {
  const parts = runs(text);
  parts.forEach((run, i) => {
    doc.font(run.font);
    const more = i < parts.length - 1;
    if (i === 0 && at) doc.text(run.text, at.x, at.y, { ...options, continued: more });
    else doc.text(run.text, { ...options, continued: more });
  });
}

function heightOf(doc: PDFKit.PDFDocument, text: string, options: TextOptions): number {
  // Measured in the CJK face: the Latin fallback covers a few letters of similar width.
  return doc.font('cjk').heightOfString(text || ' ', options);
}

function pageBottom(doc: PDFKit.PDFDocument): number {
  return doc.page.height - MARGIN.bottom;
}

function ensureRoom(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > pageBottom(doc)) doc.addPage();
}

function table(doc: PDFKit.PDFDocument, block: Extract<ReportBlock, { kind: 'table' }>): void {
  const left = MARGIN.left;
  const width = doc.page.width - MARGIN.left - MARGIN.right;
  const weights = block.columns.map((c) => c.width ?? 1);
  const total = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => (w / total) * width);
  const pad = 4;
  doc.fontSize(8.5);
  const rowHeight = (cells: string[]) =>
    Math.max(...cells.map((text, i) => heightOf(doc, text, { width: widths[i] - 2 * pad }))) + 2 * pad;
  const drawRow = (cells: string[], header: boolean) => {
    const height = rowHeight(cells);
    const y = doc.y;
    let x = left;
    cells.forEach((text, i) => {
      if (header) doc.rect(x, y, widths[i], height).fill(HEADER_FILL);
      doc.rect(x, y, widths[i], height).lineWidth(0.5).stroke(RULE);
      doc.fillColor('black');
      write(
        doc,
        text,
        { width: widths[i] - 2 * pad, align: block.columns[i].numeric ? 'right' : 'left' },
        { x: x + pad, y: y + pad },
      );
      x += widths[i];
    });
    doc.x = left;
    doc.y = y + height;
  };
  const header = block.columns.map((c) => c.label);
  // A row taller than a page would run over the foot: its longest cells are shortened until it fits.
  const room = pageBottom(doc) - MARGIN.top - rowHeight(header);
  const fitted = (row: string[]) => {
    const cells = [...row];
    while (rowHeight(cells) > room) {
      const longest = cells.reduce((best, cell, i) => (cell.length > cells[best].length ? i : best), 0);
      if (cells[longest].length < 2) break;
      cells[longest] = `${[...cells[longest]].slice(0, Math.floor(cells[longest].length * 0.8)).join('')}…`;
    }
    return cells;
  };
  const rows = block.rows.map(fitted);
  ensureRoom(doc, rowHeight(header) + rowHeight(rows[0] ?? header));
  drawRow(header, true);
  for (const row of rows) {
    if (doc.y + rowHeight(row) > pageBottom(doc)) {
      doc.addPage();
      drawRow(header, true);
    }
    drawRow(row, false);
  }
  if (block.more) {
    doc.moveDown(0.3).fontSize(8.5).fillColor(GREY);
    write(doc, block.more, { width });
    doc.fillColor('black');
  }
  doc.moveDown(0.8);
}

function block(doc: PDFKit.PDFDocument, b: ReportBlock, colon: string): void {
  const width = doc.page.width - MARGIN.left - MARGIN.right;
  doc.x = MARGIN.left;
  switch (b.kind) {
    case 'heading':
      doc.fontSize(14);
      ensureRoom(doc, 80);
      doc.moveDown(0.6).fillColor('#1f3864');
      write(doc, b.text, { width });
      doc.fillColor('black').moveDown(0.4);
      return;
    case 'paragraph':
      doc.fontSize(b.note ? 8.5 : 10.5).fillColor(b.note ? GREY : 'black');
      ensureRoom(doc, heightOf(doc, b.text, { width, lineGap: 2 }));
      write(doc, b.text, { width, lineGap: 2 });
      doc.fillColor('black').moveDown(0.5);
      return;
    case 'facts':
      doc.fontSize(10.5);
      for (const item of b.items) {
        const text = `${item.label}${colon}${item.value}`;
        ensureRoom(doc, heightOf(doc, text, { width, lineGap: 2 }));
        write(doc, text, { width, lineGap: 2 });
      }
      doc.moveDown(0.5);
      return;
    case 'table':
      table(doc, b);
      return;
    case 'chart': {
      const scale = Math.min(1, width / b.image.width);
      const w = b.image.width * scale;
      const h = b.image.height * scale;
      ensureRoom(doc, h + 24);
      const y = doc.y;
      doc.image(b.image.png, MARGIN.left + (width - w) / 2, y, { width: w, height: h });
      doc.y = y + h + 4;
      doc.fontSize(8.5).fillColor(GREY);
      write(doc, b.caption, { width, align: 'center' }, { x: MARGIN.left, y: doc.y });
      doc.fillColor('black').moveDown(0.8);
      return;
    }
  }
}

export function reportPdf(report: ReportDocument): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    displayTitle: true,
    lang: report.lang === 'zh' ? 'zh-CN' : 'en-GB',
    info: { Title: report.title, Author: 'Amity', Creator: 'Amity' },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('cjk', CJK_FONT_FILE);
  doc.registerFont('latin', LATIN_FONT_FILE);
  const width = doc.page.width - MARGIN.left - MARGIN.right;

  doc.fontSize(18).fillColor('#1f3864');
  write(doc, report.title, { width, align: 'center' });
  doc.moveDown(0.3).fontSize(10).fillColor(GREY);
  write(doc, report.subtitle, { width, align: 'center' });
  doc.fillColor('black').moveDown(1);
  for (const b of report.blocks) block(doc, b, report.colon);

  // Every page's foot: the credits and the page number (pages are buffered, so written at the end).
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.fontSize(7).fillColor('#7f7f7f');
    write(
      doc,
      `${report.footer} · ${i + 1}/${range.count}`,
      { width, align: 'center', lineBreak: false },
      { x: MARGIN.left, y: doc.page.height - MARGIN.bottom + 24 },
    );
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
