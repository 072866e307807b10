/**
 * CSV and XLSX partnership files with a column mapping: Chinese headers and labels, every kind of bad
 * input refused whole with row, field and reason, and re-imports that change nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import {
  ENGINES,
  COUNTRIES,
  PLACES,
  freshDatabase,
  withSmallGazetteer,
  type TestDatabase,
} from '../support/databases.ts';
import { Resolver } from '../../src/ingest/resolve/resolver.ts';
import { MAX_ROWS, tabularBatch, type TabularOptions } from '../../src/ingest/tabular.ts';
import { runImport } from '../../src/ingest/run.ts';
import { ImportRejected, type ImportReport, type RowProblem } from '../../src/ingest/report.ts';
import { getPartnership } from '../../src/store/registry.ts';
import { partnershipId } from '../../src/domain/ids.ts';
import type { Place } from '../../src/domain/geo.ts';
import {
  BEIJING,
  CHIANG_MAI,
  HANOI,
  HCMC,
  PRAGUE,
  SHANGHAI,
  YOKOHAMA,
  encodeGb18030,
  tableCounts,
} from '../support/registry-fixtures.ts';

const SOURCE = { id: 'src:file-test', title: 'Shanghai foreign affairs office list', kind: 'user' as const };

/** Two places called Springfield in one country, nothing to tell them apart. */
const twin = (id: string): Place => ({
  id,
  kind: 'city',
  nameEn: 'Springfield',
  nameZh: null,
  aliases: [],
  countryCode: 'CN',
  parentId: null,
  lat: null,
  lng: null,
  population: null,
  isCapital: false,
  isAdminSeat: false,
  geonamesId: null,
  divisionCode: null,
});
const resolver = new Resolver(COUNTRIES, [...PLACES, twin('u:springfield-1'), twin('u:springfield-2')]);

const MAPPING = {
  place_a: '城市',
  country_a: '国家',
  place_b: '友城',
  country_b: '友城国家',
  type: '类型',
  signed: '签约日期',
};
const HEADER = '城市,国家,友城,友城国家,类型,签约日期';

async function importFile(
  db: TestDatabase['db'],
  content: Buffer,
  options: Partial<TabularOptions> & { fileName: string },
): Promise<ImportReport> {
  return runImport(db, {
    kind: 'partnerships',
    fileName: options.fileName,
    content,
    actor: 'tester',
    build: (report) =>
      tabularBatch(
        content,
        { entity: 'partnerships', source: SOURCE, mapping: MAPPING, ...options },
        resolver,
        report,
      ),
  });
}

/** Imports a file that must be refused; returns its report's errors after checking nothing was written. */
async function refused(
  db: TestDatabase['db'],
  content: Buffer | string,
  options: Partial<TabularOptions> & { fileName?: string } = {},
): Promise<RowProblem[]> {
  const before = await tableCounts(db);
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  const error = await importFile(db, bytes, { fileName: 'bad.csv', ...options }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportRejected);
  expect(await tableCounts(db)).toEqual(before);
  const errors = (error as ImportRejected).report.errors;
  expect(errors.length).toBeGreaterThan(0);
  return errors;
}

const csv = (...rows: string[]) => [HEADER, ...rows].join('\n') + '\n';

describe.each(ENGINES)('tabular import on %s', (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await freshDatabase(engine);
    await withSmallGazetteer(t.db);
  });
  afterAll(async () => {
    await t?.drop();
  });

  it('imports a CSV with Chinese headers and labels; re-importing it changes nothing', async () => {
    const file = Buffer.from(
      csv(
        '上海,中国,胡志明市,越南,友好城市,1994-05-14',
        'Shanghai,CN,Yokohama,Japan,友城,1973年11月',
        '上海,中国,胡志明市,越南,友好城市,1994-05-14',
        '北京市,China,Hanoi,Viet Nam,友好交流,',
      ),
      'utf8',
    );
    const report = await importFile(t.db, file, { fileName: 'partners.csv' });
    expect(report.errors).toEqual([]);
    expect(report.rows).toBe(4);
    expect(report.written.partnerships).toEqual({ added: 3, updated: 0, unchanged: 0 });
    // The repeated row is skipped with its reason, not an error.
    expect(report.skipped).toEqual([{ row: 4, field: '(row)', reason: 'the same partnership as row 2' }]);

    const hcmc = await getPartnership(t.db, partnershipId(SHANGHAI, HCMC));
    expect(hcmc).toMatchObject({ type: 'sister_city', signedOn: '1994-05-14', signedPrecision: 'day' });
    expect(hcmc!.sources).toEqual([expect.objectContaining({ id: SOURCE.id, locator: 'row 2' })]);
    expect(await getPartnership(t.db, partnershipId(SHANGHAI, YOKOHAMA))).toMatchObject({
      type: 'sister_city',
      signedOn: '1973-11-01',
      signedPrecision: 'month',
    });
    expect(await getPartnership(t.db, partnershipId(BEIJING, HANOI))).toMatchObject({
      type: 'friendly_exchange',
      signedOn: null,
    });
    const [imp] = await t.db.query<{ actor: string; file_name: string }>(
      `SELECT actor, file_name FROM imports WHERE kind = 'partnerships'`,
    );
    expect(imp).toEqual({ actor: 'tester', file_name: 'partners.csv' });

    const before = await tableCounts(t.db);
    const again = await importFile(t.db, file, { fileName: 'partners.csv' });
    expect(again.unchanged).toBe(true);
    expect(again.written.partnerships).toEqual({ added: 0, updated: 0, unchanged: 3 });
    expect(await tableCounts(t.db)).toEqual(before);
  });

  it('imports an XLSX workbook with Chinese headers, on a named sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('说明').addRow(['这一页不是数据']);
    const sheet = workbook.addWorksheet('友城名单');
    sheet.addRow(['城市', '国家', '友城', '友城国家', '类型', '签约日期', '级别']);
    sheet.addRow(['上海', '中国', '清迈府', '泰国', '友好交流', '2012-06', '省']);
    sheet.addRow([
      'Prague',
      'Czech Republic',
      '上海',
      '中国',
      '友好城市',
      new Date(Date.UTC(2016, 2, 29)),
      '',
    ]);
    const content = Buffer.from(await workbook.xlsx.writeBuffer());
    const options = { fileName: '友城.xlsx', sheet: '友城名单', mapping: { ...MAPPING, level: '级别' } };
    const report = await importFile(t.db, content, options);
    expect(report.errors).toEqual([]);
    expect(report.written.partnerships).toEqual({ added: 2, updated: 0, unchanged: 0 });
    expect(await getPartnership(t.db, partnershipId(SHANGHAI, CHIANG_MAI))).toMatchObject({
      type: 'friendly_exchange',
      level: 'province',
      signedOn: '2012-06-01',
      signedPrecision: 'month',
    });
    expect(await getPartnership(t.db, partnershipId(SHANGHAI, PRAGUE))).toMatchObject({
      type: 'sister_city',
      level: 'city',
      signedOn: '2016-03-29',
      signedPrecision: 'day',
    });
    const before = await tableCounts(t.db);
    const again = await importFile(t.db, content, options);
    expect(again.unchanged).toBe(true);
    expect(await tableCounts(t.db)).toEqual(before);
  });

  it('refuses missing and wrongly mapped columns and unknown mapping fields', async () => {
    const missing = await refused(t.db, '城市,国家,友城\n上海,中国,胡志明市\n');
    expect(missing).toEqual([
      expect.objectContaining({
        row: 1,
        field: 'country_b',
        reason: expect.stringContaining('column "友城国家" not found'),
      }),
      expect.objectContaining({ row: 1, field: 'type', reason: expect.stringContaining('"类型"') }),
      expect.objectContaining({ row: 1, field: 'signed', reason: expect.stringContaining('"签约日期"') }),
    ]);
    const unknownField = await refused(t.db, csv('上海,中国,胡志明市,越南,友好城市,1994'), {
      mapping: { ...MAPPING, partner_city: '友城' },
    });
    expect(unknownField).toEqual([
      expect.objectContaining({
        row: 1,
        field: 'partner_city',
        reason: expect.stringContaining('not a field of partnerships'),
      }),
    ]);
    // Without a mapping the Chinese headers are not Amity's field names.
    const unmapped = await refused(t.db, csv('上海,中国,胡志明市,越南,友好城市,1994'), { mapping: {} });
    expect(unmapped.map((e) => e.field)).toEqual(['place_a', 'country_a', 'place_b', 'country_b']);
  });

  it('refuses bad dates, naming row, field and value', async () => {
    const errors = await refused(
      t.db,
      csv(
        '上海,中国,胡志明市,越南,友好城市,2019-13-01',
        '上海,中国,横滨,日本,友好城市,2019-02-30',
        '北京,中国,河内,越南,友好城市,next year',
        '上海,中国,布拉格,捷克,友好城市,2019-02-28',
      ),
    );
    expect(errors).toEqual([
      { row: 2, field: 'signed', value: '2019-13-01', reason: 'month 13 does not exist in "2019-13-01"' },
      { row: 3, field: 'signed', value: '2019-02-30', reason: 'day 30 does not exist in 2019-02' },
      expect.objectContaining({
        row: 4,
        field: 'signed',
        value: 'next year',
        reason: expect.stringContaining('is not a date'),
      }),
    ]);
  });

  it('refuses unknown places, unknown countries, ambiguous names, bad labels and a pair twice with different values', async () => {
    const errors = await refused(
      t.db,
      csv(
        'Gotham,中国,胡志明市,越南,友好城市,1994',
        '上海,Atlantis,胡志明市,越南,友好城市,1994',
        'Springfield,中国,横滨,日本,友好城市,1994',
        '上海,中国,横滨,日本,best friends,1994',
        '上海,中国,上海市,中国,友好城市,1994',
        '北京,中国,河内,越南,友好城市,1992',
        '河内,越南,北京,中国,友好城市,1993',
      ),
    );
    const byRow = new Map(errors.map((e) => [e.row, e]));
    expect(byRow.get(2)).toMatchObject({
      field: 'place_a',
      value: 'Gotham',
      reason: expect.stringContaining('not a known place'),
    });
    expect(byRow.get(3)).toMatchObject({
      field: 'country_a',
      value: 'Atlantis',
      reason: 'unknown country "Atlantis"',
    });
    expect(byRow.get(4)).toMatchObject({
      field: 'place_a',
      value: 'Springfield',
      reason: expect.stringContaining('ambiguous'),
    });
    expect(byRow.get(4)!.reason).toContain('u:springfield-1');
    expect(byRow.get(5)).toMatchObject({
      field: 'type',
      value: 'best friends',
      reason: expect.stringContaining('sister_city'),
    });
    expect(byRow.get(6)).toMatchObject({ field: 'place_b', reason: 'the same place as place_a' });
    expect(byRow.get(8)).toMatchObject({
      field: '(row)',
      reason: expect.stringContaining('the same pair as row 7 with different values'),
    });
    expect(byRow.has(7)).toBe(false);
    expect(errors).toHaveLength(6);
  });

  it('refuses bytes that are not UTF-8 and imports the same file as GB18030', async () => {
    expect(encodeGb18030('上海')).toEqual(Buffer.from([0xc9, 0xcf, 0xba, 0xa3]));
    const text = csv('上海,中国,横滨,日本,友好城市,1973-11-30');
    const gb = encodeGb18030(text);
    const errors = await refused(t.db, gb, { fileName: 'gb.csv' });
    expect(errors).toEqual([
      expect.objectContaining({ row: 1, field: '(encoding)', reason: expect.stringContaining('gb18030') }),
    ]);
    expect(errors[0].reason).toContain('first bad byte at offset 0');

    const report = await importFile(t.db, gb, { fileName: 'gb.csv', encoding: 'gb18030' });
    expect(report.errors).toEqual([]);
    expect(report.rows).toBe(1);
    const p = await getPartnership(t.db, partnershipId(SHANGHAI, YOKOHAMA));
    expect(p).toMatchObject({ signedOn: '1973-11-30' });
    expect(p!.sources).toEqual(expect.arrayContaining([expect.objectContaining({ locator: 'row 2' })]));
  });

  it('refuses an empty file, a file over the row limit and a file named .xlsx that is not one', async () => {
    expect(await refused(t.db, Buffer.alloc(0))).toEqual([
      { row: 1, field: '(file)', reason: 'the file is empty' },
    ]);

    const line = '上海,中国,胡志明市,越南,友好城市,1994\n';
    const big = Buffer.from(HEADER + '\n' + line.repeat(MAX_ROWS + 1), 'utf8');
    expect(await refused(t.db, big, { fileName: 'big.csv' })).toEqual([
      { row: MAX_ROWS + 2, field: '(file)', reason: `more than ${MAX_ROWS} rows; split the file` },
    ]);

    const fake = await refused(t.db, csv('上海,中国,胡志明市,越南,友好城市,1994'), { fileName: 'list.xlsx' });
    expect(fake).toEqual([
      expect.objectContaining({
        row: 0,
        field: '(file)',
        reason: expect.stringContaining('not a readable XLSX workbook'),
      }),
    ]);
    const noSheet = new ExcelJS.Workbook();
    noSheet.addWorksheet('Sheet1').addRow(HEADER.split(','));
    const errors = await refused(t.db, Buffer.from(await noSheet.xlsx.writeBuffer()), {
      fileName: 'list.xlsx',
      sheet: '友城名单',
    });
    expect(errors).toEqual([
      expect.objectContaining({ field: '(sheet)', reason: expect.stringContaining('Sheet1') }),
    ]);
  });
});
