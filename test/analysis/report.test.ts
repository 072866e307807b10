/**
 * The report's figures on the hand-checked dataset: the stock at a span's end splits into ties signed
 * before it, in it and of unknown date, by continent as in total; and a report on a place with no ties
 * says so instead of showing empty tables and a dissimilarity of zero.
 */
import { describe, expect, it } from 'vitest';
import { reportFigures } from '../../src/analysis/report.ts';
import { composeReport } from '../../src/services/report/compose.ts';
import type { ReportContent } from '../../src/services/report/content.ts';
import { handDataset } from './layout/hand-dataset.ts';
import { cooperationBalance } from '../../src/analysis/cooperation-balance.ts';

const dataset = handDataset();

function contentOf(placeId: string, span = { from: 1990, to: 2009 }): ReportContent {
  const place = dataset.places.get(placeId)!;
  return {
    lang: 'zh',
    subject: {
      placeId,
      nameEn: place.nameEn,
      nameZh: place.nameZh,
      countryCode: place.countryCode,
      level: null,
      includesSubdivisions: false,
    },
    span,
    generatedOn: '2026-12-02',
    dataVersion: 1,
    figures: reportFigures(dataset, { kind: 'place', placeId }, span),
    exchanges: { total: 0, items: [] },
    projects: { total: 0, items: [] },
    balance: cooperationBalance([], span.to, 5),
    candidates: [],
  };
}

const texts = (content: ReportContent) =>
  composeReport(content).blocks.flatMap((b) =>
    b.kind === 'paragraph'
      ? [b.text]
      : b.kind === 'facts'
        ? b.items.map((i) => `${i.label}：${i.value}`)
        : [],
  );

describe('report figures', () => {
  it('splits the stock at the span’s end into ties signed before, in and at no known date', () => {
    for (const id of ['sh', 'bj', 'js'])
      for (const span of [
        { from: 1970, to: 1999 },
        { from: 2000, to: 2020 },
        { from: 1985, to: 1985 },
      ]) {
        const f = reportFigures(dataset, { kind: 'place', placeId: id, includeSubdivisions: true }, span);
        expect(f.stock.before + f.newTies.length + f.stock.undated, `${id} ${span.from}`).toBe(f.stock.ties);
        const sum = (key: 'ties' | 'newTies' | 'undated') => f.byContinent.reduce((s, c) => s + c[key], 0);
        expect([sum('ties'), sum('newTies'), sum('undated')]).toEqual([
          f.stock.ties,
          f.newTies.length,
          f.stock.undated,
        ]);
        for (const t of f.newTies) {
          const year = Number(t.signedOn!.slice(0, 4));
          expect(year).toBeGreaterThanOrEqual(span.from);
          expect(year).toBeLessThanOrEqual(span.to);
        }
      }
  });

  it('refuses a span that runs backwards', () => {
    expect(() => reportFigures(dataset, { kind: 'place', placeId: 'sh' }, { from: 2010, to: 2000 })).toThrow(
      RangeError,
    );
  });

  it('says a place has no ties instead of showing empty tables', () => {
    const tied = new Set(dataset.ties.flatMap((t) => [t.a, t.b]));
    const untied = [...dataset.places.keys()].find((id) => !tied.has(id))!;
    expect(untied).toBeDefined();
    const lines = texts(contentOf(untied));
    expect(lines).toContain('截至2009年底已缔结的对外友好关系：0对');
    expect(lines).toContain('没有可统计的关系。');
    expect(lines).toContain('没有关系，无从比较布局。');
    expect(lines).toContain('按当前数据没有可推荐的候选城市。');
    expect(lines.join('')).not.toContain('相异指数');
    // Before a place's empty stock was said in words, its level, status and type tables came out empty.
    expect(composeReport(contentOf(untied)).blocks.filter((b) => b.kind === 'table')).toEqual([]);
    expect(lines).toContain(
      '近五年（2005—2009年）交流0次，新开始的合作项目0个：平台尚无这几年的交流和项目记录。',
    );
  });

  it('sets the five years’ exchanges against projects, year by year, and says what it leaves out', () => {
    const content = contentOf('sh');
    content.balance = cooperationBalance(
      [
        { kind: 'exchange', year: 2006 },
        { kind: 'exchange', year: 2006 },
        { kind: 'exchange', year: 2008 },
        { kind: 'project', year: 2008 },
        { kind: 'exchange', year: null },
      ],
      2009,
      5,
    );
    const lines = texts(content);
    expect(lines).toContain('近五年（2005—2009年）交流3次，新开始的合作项目1个：交流多于务实合作。');
    expect(lines.join('')).toContain('另有日期不详的交流1次、项目0个未计入');
    const table = composeReport(content).blocks.find(
      (b) => b.kind === 'table' && b.columns[0].label === '年份',
    );
    expect(table).toMatchObject({
      rows: [
        ['2005年', '0', '0'],
        ['2006年', '2', '0'],
        ['2007年', '0', '0'],
        ['2008年', '1', '1'],
        ['2009年', '0', '0'],
      ],
    });
    content.lang = 'en';
    expect(texts(content)).toContain(
      'Over the five years 2005–2009: exchanges 3, cooperation projects started 1; exchanges outweigh practical cooperation.',
    );
  });
});
