/**
 * Re-importing the same rows changes nothing, whatever the file is called: the same bytes under another
 * name, the same rows with the columns in another order, the same table as XLSX. A source's id and a
 * row's locator come from the content, never from the file name.
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
import { tabularBatch, tableSourceId, type TabularSource } from '../../src/ingest/tabular.ts';
import { runImport } from '../../src/ingest/run.ts';
import type { ImportReport } from '../../src/ingest/report.ts';
import { partnershipId } from '../../src/domain/ids.ts';
import {
  HANOI,
  HCMC,
  SHANGHAI,
  YOKOHAMA,
  BEIJING,
  changeLogCount,
  tableCounts,
} from '../support/registry-fixtures.ts';
import type { Database } from '../../src/store/database.ts';

const resolver = new Resolver(COUNTRIES, PLACES);

const MAPPING = {
  place_a: '城市',
  country_a: '国家',
  place_b: '友城',
  country_b: '友城国家',
  type: '类型',
  signed: '签约日期',
};
const COLUMNS = ['城市', '国家', '友城', '友城国家', '类型', '签约日期'];
const ROWS = [
  ['上海', '中国', '胡志明市', '越南', '友好城市', '1994-05-14'],
  ['Shanghai', 'CN', 'Yokohama', 'Japan', '友城', '1973年11月'],
  ['北京市', 'China', 'Hanoi', 'Viet Nam', '友好交流', ''],
];

/** The rows as CSV with the columns in `order` (indexes into COLUMNS). */
function csv(order = COLUMNS.map((_, i) => i), eol = '\n'): Buffer {
  const lines = [order.map((i) => COLUMNS[i]), ...ROWS.map((r) => order.map((i) => r[i]))];
  return Buffer.from(lines.map((l) => l.join(',')).join(eol) + eol, 'utf8');
}

async function xlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('友城名单');
  sheet.addRow(COLUMNS);
  for (const row of ROWS) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Imports as the CLI does: the source named only by what the user gives (here, maybe a title). */
function importFile(
  db: Database,
  content: Buffer,
  fileName: string,
  source: TabularSource = { kind: 'user' },
) {
  return runImport(db, {
    kind: 'partnerships',
    fileName,
    content,
    actor: 'tester',
    build: (report) =>
      tabularBatch(content, { entity: 'partnerships', fileName, mapping: MAPPING, source }, resolver, report),
  });
}

async function state(db: Database) {
  return { counts: await tableCounts(db), changeLog: await changeLogCount(db) };
}

function expectNothingWritten(report: ImportReport) {
  expect(report.errors).toEqual([]);
  expect(report.unchanged).toBe(true);
  for (const [table, c] of Object.entries(report.written)) {
    expect({ table, added: c!.added, updated: c!.updated }).toEqual({ table, added: 0, updated: 0 });
  }
}

describe.each(ENGINES)('re-importing the same rows on %s', (engine) => {
  let t: TestDatabase;
  let first: Awaited<ReturnType<typeof state>>;
  let sourceId: string;

  beforeAll(async () => {
    t = await freshDatabase(engine);
    await withSmallGazetteer(t.db);
    const report = await importFile(t.db, csv(), 'partners.csv');
    expect(report.errors).toEqual([]);
    expect(report.written.partnerships).toEqual({ added: 3, updated: 0, unchanged: 0 });
    first = await state(t.db);
    const [source] = await t.db.query<{ id: string; title: string }>(`SELECT id, title FROM sources`);
    sourceId = source.id;
  });
  afterAll(async () => {
    await t?.drop();
  });

  it('cites rows as `row N` of a source named by the content, titled by the first file', async () => {
    expect(sourceId).toMatch(/^src:table-[0-9a-f]{16}$/);
    const links = await t.db.query<{ record_id: string; source_id: string; locator: string }>(
      `SELECT record_id, source_id, locator FROM record_sources ORDER BY locator`,
    );
    expect(links).toEqual([
      { record_id: partnershipId(SHANGHAI, HCMC), source_id: sourceId, locator: 'row 2' },
      { record_id: partnershipId(SHANGHAI, YOKOHAMA), source_id: sourceId, locator: 'row 3' },
      { record_id: partnershipId(BEIJING, HANOI), source_id: sourceId, locator: 'row 4' },
    ]);
    const [source] = await t.db.query<{ title: string }>(`SELECT title FROM sources WHERE id = $1`, [
      sourceId,
    ]);
    expect(source.title).toBe('partners.csv');
  });

  it('recognises the same bytes under another name as imported, and writes nothing at all', async () => {
    const report = await importFile(t.db, csv(), 'copy of partners (2).csv');
    expectNothingWritten(report);
    expect(report.previous).toMatchObject({ file: 'partners.csv' });
    expect(report.written.sources).toEqual({ added: 0, updated: 0, unchanged: 1 });
    expect(report.written.partnerships).toEqual({ added: 0, updated: 0, unchanged: 3 });
    // The import is recorded once per content: not even an `imports` row is added.
    expect(await state(t.db)).toEqual(first);
  });

  it('finds the same source for the same rows with the columns reordered, CRLF lines and another name', async () => {
    const reordered = csv([4, 2, 3, 0, 5, 1], '\r\n');
    const report = await importFile(t.db, reordered, 'ties-reordered.csv');
    expectNothingWritten(report);
    // Other bytes: not the same file, so no earlier import of it; its rows were all there.
    expect(report.previous).toBeUndefined();
    const now = await state(t.db);
    // The run itself is recorded (it is how a start knows a file was done); nothing else changed.
    expect(now.counts.imports).toBe(first.counts.imports + 1);
    expect(now).toEqual({ ...first, counts: { ...first.counts, imports: now.counts.imports } });
  });

  it('finds the same source for the same table saved as XLSX', async () => {
    const before = await state(t.db);
    const report = await importFile(t.db, await xlsx(), 'partners.xlsx');
    expectNothingWritten(report);
    const now = await state(t.db);
    expect(now).toEqual({ ...before, counts: { ...before.counts, imports: before.counts.imports + 1 } });
  });

  it('with a title the user gives, renames the same source and adds no link', async () => {
    const before = await state(t.db);
    const report = await importFile(t.db, csv([1, 0, 3, 2, 4, 5]), 'fao-2024.csv', {
      kind: 'user',
      title: 'Shanghai FAO list 2024',
    });
    expect(report.errors).toEqual([]);
    expect(report.written.sources).toEqual({ added: 0, updated: 1, unchanged: 0 });
    expect(report.written.partnerships).toEqual({ added: 0, updated: 0, unchanged: 3 });
    const now = await state(t.db);
    // One change: the source's title, logged once. Links, claims and records stay as they were.
    expect(now.changeLog).toBe(before.changeLog + 1);
    expect(now.counts).toEqual({
      ...before.counts,
      imports: before.counts.imports + 1,
      change_log: before.counts.change_log + 1,
    });
    const [source] = await t.db.query<{ id: string; title: string }>(`SELECT id, title FROM sources`);
    expect(source).toEqual({ id: sourceId, title: 'Shanghai FAO list 2024' });

    // Importing it again without a title keeps the title the user gave.
    const again = await importFile(t.db, csv(), 'partners.csv');
    expectNothingWritten(again);
    expect((await t.db.query<{ title: string }>(`SELECT title FROM sources`))[0].title).toBe(
      'Shanghai FAO list 2024',
    );
  });

  it('gives a changed table another source, so the two files stay apart', () => {
    const header = COLUMNS;
    const rows = ROWS.map((r) => [...r]);
    const id = tableSourceId(header, rows);
    expect(
      tableSourceId(
        [...header].reverse(),
        rows.map((r) => [...r].reverse()),
      ),
    ).toBe(id);
    expect(tableSourceId(header, [...rows, ['', '', '', '', '', '']])).toBe(id);
    expect(tableSourceId(header, [rows[1], rows[0], rows[2]])).not.toBe(id);
    rows[0][5] = '1994-05-15';
    expect(tableSourceId(header, rows)).not.toBe(id);
  });
});
