/** The CSV writers of the server and the web application: formulas neutralised, reversibly, RFC 4180 quoting. */
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import * as server from '../../src/domain/csv.ts';
import * as web from '../../web/src/csv.ts';

const FORMULA_START = /^[=+\-@\t\r]/;

const HOSTILE = [
  '=HYPERLINK("http://x","y")',
  '+1',
  '-2+3',
  '@SUM(A1)',
  '\t=1',
  '\r=1',
  "'=1",
  "''@x",
  "'s-Hertogenbosch",
  '<script>alert(1)</script>',
  '上海',
  '=上海',
  'a,b',
  'say "hi"',
  'two\nlines',
  '',
  "'",
  "''",
];

/** Every string of up to four characters over the characters that matter to the rule and to quoting. */
function shortStrings(): string[] {
  const alphabet = ["'", '=', '+', '-', '@', '\t', '\r', '\n', ',', '"', 'a'];
  const out = [''];
  let level = [''];
  for (let n = 1; n <= 4; n++) {
    level = level.flatMap((s) => alphabet.map((c) => s + c));
    out.push(...level);
  }
  return out;
}

describe.each([
  ['server', server],
  ['web', web],
] as const)('the %s CSV writer', (_name, csv) => {
  /** The cells of one CSV line, as a CSV reader sees them. */
  const cellsOf = (line: string): string[] => (parse(line, { relax_quotes: false }) as string[][])[0] ?? [''];

  it('neutralises every formula and reads back exactly', () => {
    for (const text of HOSTILE) {
      const cell = cellsOf(csv.csvCell(text) + '\n')[0];
      expect(cell, JSON.stringify(text)).not.toMatch(FORMULA_START);
      expect(csv.restoreCsvCell(cell), JSON.stringify(text)).toBe(text);
    }
    expect(csv.csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csv.csvCell("'=1")).toBe("''=1");
    expect(csv.csvCell("'s-Hertogenbosch")).toBe("'s-Hertogenbosch");
    expect(csv.csvCell('\r=1')).toBe(`"'\r=1"`);
  });

  it('is a bijection on text: restore(write(x)) === x for every short string', () => {
    for (const text of shortStrings()) {
      const line = csv.csvCell(text);
      const [cell] = cellsOf(line + '\n');
      expect(cell ?? '', JSON.stringify(text)).not.toMatch(FORMULA_START);
      expect(csv.restoreCsvCell(cell ?? ''), JSON.stringify(text)).toBe(text);
    }
  });

  it('writes numbers and booleans as they are, null as an empty cell, objects as neutralised JSON', () => {
    expect(csv.csvCell(-3)).toBe('-3');
    expect(csv.csvCell(0)).toBe('0');
    expect(csv.csvCell(2.5)).toBe('2.5');
    expect(csv.csvCell(true)).toBe('true');
    expect(csv.csvCell(null)).toBe('');
    expect(csv.csvCell(undefined)).toBe('');
    expect(csv.csvCell({ a: 1 })).toBe('"{""a"":1}"');
    expect(csv.csvCell(['x'])).toBe('"[""x""]"');
    // A non-finite number is not a figure a spreadsheet keeps; it is text like any other.
    expect(csv.csvCell(-Infinity)).toBe("'-Infinity");
    // The escape is only undone where the writer could have made it.
    expect(csv.restoreCsvCell("'abc")).toBe("'abc");
    expect(csv.restoreCsvCell('-3')).toBe('-3');
  });
});

describe('the server CSV body', () => {
  it('has a header of the first row, a line a row, no cell starting a formula, and reads back', () => {
    const rows = HOSTILE.map((name, i) => ({ name, n: i - 3, ok: i % 2 === 0, none: null }));
    const text = server.toCsv(rows);
    expect(text.endsWith('\n')).toBe(true);
    const records = parse(text, { columns: true }) as Record<string, string>[];
    expect(records).toHaveLength(rows.length);
    for (const [i, r] of records.entries()) {
      expect(r.name).not.toMatch(FORMULA_START);
      expect(server.restoreCsvCell(r.name)).toBe(rows[i].name);
      expect(r.n).toBe(String(rows[i].n));
      expect(r.ok).toBe(String(rows[i].ok));
      expect(r.none).toBe('');
    }
  });

  it('neutralises header cells too, and is empty without rows or columns', () => {
    expect(server.toCsv([{ '=a': 1 }])).toBe("'=a\n1\n");
    expect(server.toCsv([])).toBe('');
    expect(server.toCsv([], ['a', 'b'])).toBe('a,b\n');
  });

  it('keeps the plain output it always had', () => {
    expect(server.toCsv([{ id: 'x', name: 'Prague, CZ', lat: 50.09, tags: ['a'] }])).toBe(
      'id,name,lat,tags\nx,"Prague, CZ",50.09,"[""a""]"\n',
    );
  });
});

describe('the web CSV table', () => {
  it('ends lines in CRLF and neutralises every text cell', () => {
    expect(
      web.toCsv([
        ['uCode', 'uName'],
        ['A', '=1+1'],
        ['B', -3],
      ]),
    ).toBe("uCode,uName\r\nA,'=1+1\r\nB,-3\r\n");
  });
});
