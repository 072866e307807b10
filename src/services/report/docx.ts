/**
 * A report as a Word document (docx, the format Word and WPS both edit). Chinese text is set in 宋体 with
 * 黑体 headings, the faces Chinese government documents use; charts are SVG with a PNG beside them for
 * word processors that do not draw SVG.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx';
import type { ReportBlock, ReportDocument } from './document.ts';

/** Text width of an A4 page with 2.5 cm margins, in pixels at 96 dpi (docx's image unit). */
const TEXT_WIDTH_PX = 604;
const FONTS = {
  zh: { body: { ascii: 'Arial', hAnsi: 'Arial', eastAsia: '宋体' }, heading: '黑体' },
  en: { body: { ascii: 'Calibri', hAnsi: 'Calibri', eastAsia: '宋体' }, heading: 'Calibri' },
};
const RULE = { style: BorderStyle.SINGLE, size: 4, color: 'A6A6A6' };

function table(block: Extract<ReportBlock, { kind: 'table' }>): Table {
  const weights = block.columns.map((c) => c.width ?? 1);
  const total = weights.reduce((a, b) => a + b, 0);
  const cell = (text: string, i: number, header: boolean) =>
    new TableCell({
      width: { size: Math.round((weights[i] / total) * 100), type: WidthType.PERCENTAGE },
      shading: header ? { type: ShadingType.CLEAR, fill: 'E7EEF7', color: 'auto' } : undefined,
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      children: [
        new Paragraph({
          alignment: block.columns[i].numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [new TextRun({ text, bold: header, size: 18 })],
        }),
      ],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: {
      top: RULE,
      bottom: RULE,
      left: RULE,
      right: RULE,
      insideHorizontal: RULE,
      insideVertical: RULE,
    },
    rows: [
      new TableRow({ tableHeader: true, children: block.columns.map((c, i) => cell(c.label, i, true)) }),
      ...block.rows.map(
        (row) => new TableRow({ cantSplit: true, children: row.map((text, i) => cell(text, i, false)) }),
      ),
    ],
  });
}

function blockElements(block: ReportBlock, colon: string): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ heading: HeadingLevel.HEADING_1, text: block.text })];
    case 'paragraph':
      return [
        new Paragraph({
          spacing: { after: 120 },
          children: [
            new TextRun({
              text: block.text,
              size: block.note ? 18 : 21,
              color: block.note ? '595959' : undefined,
            }),
          ],
        }),
      ];
    case 'facts':
      return block.items.map(
        (item) =>
          new Paragraph({
            spacing: { after: 60 },
            children: [new TextRun({ text: `${item.label}${colon}`, bold: true }), new TextRun(item.value)],
          }),
      );
    case 'table':
      return [
        table(block),
        ...(block.more
          ? [new Paragraph({ children: [new TextRun({ text: block.more, size: 18, color: '595959' })] })]
          : []),
        new Paragraph({ spacing: { after: 120 }, children: [] }),
      ];
    case 'chart': {
      const scale = Math.min(1, TEXT_WIDTH_PX / block.image.width);
      const transformation = {
        width: Math.round(block.image.width * scale),
        height: Math.round(block.image.height * scale),
      };
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [
            new ImageRun({
              type: 'svg',
              data: Buffer.from(block.image.svg),
              fallback: { type: 'png', data: block.image.png },
              transformation,
              altText: { name: block.caption, description: block.caption, title: block.caption },
            }),
          ],
        }),
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { after: 160 },
          children: [new TextRun({ text: block.caption, size: 18, color: '595959' })],
        }),
      ];
    }
  }
}

export async function reportDocx(report: ReportDocument): Promise<Buffer> {
  const fonts = FONTS[report.lang];
  const section: ISectionOptions = {
    properties: {
      page: {
        size: { width: 11906, height: 16838 },
        margin: { top: 1418, bottom: 1418, left: 1418, right: 1418 },
      },
    },
    footers: {
      default: new Footer({
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [
              new TextRun({ text: `${report.footer} · `, size: 14, color: '7F7F7F' }),
              new TextRun({ children: [PageNumber.CURRENT], size: 14, color: '7F7F7F' }),
            ],
          }),
        ],
      }),
    },
    children: [
      new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, text: report.title }),
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { after: 240 },
        children: [new TextRun({ text: report.subtitle, color: '595959' })],
      }),
      ...report.blocks.flatMap((b) => blockElements(b, report.colon)),
    ],
  };
  const document = new Document({
    creator: 'Amity',
    title: report.title,
    styles: {
      default: {
        document: { run: { font: fonts.body, size: 21 } },
        title: {
          run: {
            font: { ascii: fonts.heading, hAnsi: fonts.heading, eastAsia: '黑体' },
            size: 36,
            bold: true,
          },
        },
        heading1: {
          run: {
            font: { ascii: fonts.heading, hAnsi: fonts.heading, eastAsia: '黑体' },
            size: 28,
            bold: true,
          },
          paragraph: { spacing: { before: 240, after: 120 } },
        },
      },
    },
    sections: [section],
  });
  return Packer.toBuffer(document);
}
