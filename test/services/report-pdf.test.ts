/**
 * The PDF writer on what the data may hold: a cell taller than a page is shortened to fit (no row runs
 * over the foot, the rows after it follow), and Latin letters the CJK font lacks are set in Noto Sans.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reportPdf } from '../../src/services/report/pdf.ts';
import type { ReportDocument } from '../../src/services/report/document.ts';

const work = mkdtempSync(join(tmpdir(), 'amity-report-pdf-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function read(pdf: Buffer): { text: string; pages: number } {
  const file = join(work, `r-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
  return { text, pages };
}

const document = (rows: string[][]): ReportDocument => ({
  lang: 'zh',
  title: '测试报告',
  subtitle: '生成日期 2026-12-02',
  colon: '：',
  footer: '友城 Amity',
  blocks: [
    { kind: 'heading', text: '一、表格' },
    { kind: 'table', columns: [{ label: '名称' }, { label: '说明', width: 3 }], rows },
  ],
});

describe('report PDF', () => {
  it('shortens a cell taller than a page and keeps the rows after it', async () => {
    const { text, pages } = read(
      await reportPdf(
        document([
          ['甲', '很长的说明'.repeat(4000)],
          ['乙', '最后一行'],
        ]),
      ),
    );
    expect(text).toContain('…');
    expect(text).toContain('最后一行');
    expect(pages).toBeLessThanOrEqual(3);
  });

  it('sets accented Latin names in the Latin face', async () => {
    const { text } = read(await reportPdf(document([['Łódź', 'Kraków · İzmir · Plzeň · Ağrı']])));
    expect(text).toContain('Łódź');
    expect(text).toContain('Kraków · İzmir · Plzeň · Ağrı');
  });
});
