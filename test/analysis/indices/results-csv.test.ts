/** Index results and iMeta/iData tables leave as CSV through the one writer: a hostile unit is text, never a formula. */
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import {
  buildIndex,
  iDataToCsv,
  iMetaToCsv,
  loadAsemTables,
  parseBuildRequest,
  parseIDataCsv,
  resultsCsv,
} from '../../../src/analysis/indices/index.ts';

const HOSTILE_CODE = '=HYPERLINK("http://x","y")';
const HOSTILE_NAME = '@SUM(1+1)<img src=x onerror=alert(1)>';

describe('index CSV files', () => {
  const { framework, rows } = loadAsemTables();
  const hostileRows = rows.map((r, i) => (i === 0 ? { ...r, uCode: HOSTILE_CODE, uName: HOSTILE_NAME } : r));

  it('writes iData with hostile units neutralised and reads them back unchanged', () => {
    const text = iDataToCsv(hostileRows);
    const cells = (parse(text) as string[][]).flat();
    expect(cells.filter((c) => /^[=+@]/.test(c))).toEqual([]);
    expect(parseIDataCsv(text)[0]).toMatchObject({ uCode: HOSTILE_CODE, uName: HOSTILE_NAME });
  });

  it('writes results with no cell starting a formula', () => {
    const build = buildIndex(
      parseBuildRequest({ iMeta: iMetaToCsv(framework), iData: iDataToCsv(hostileRows) }),
    );
    const csv = resultsCsv(build);
    const table = csv
      .split('\n')
      .filter((l) => !l.startsWith('#'))
      .join('\n');
    const cells = (parse(table, { relax_column_count: true }) as string[][]).flat();
    expect(cells).toContain(`'${HOSTILE_CODE}`);
    expect(cells).toContain(`'${HOSTILE_NAME}`);
    expect(cells.filter((c) => /^[=+@\t\r]/.test(c))).toEqual([]);
    expect(cells.filter((c) => /^-/.test(c) && Number.isNaN(Number(c)))).toEqual([]);
  });
});
