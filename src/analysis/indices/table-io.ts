/**
 * Import and export in COINr's table format: iData (one row per unit) and iMeta (one row per indicator,
 * aggregate, group or denominator column), as CSV text or an XLSX workbook with sheets `iData` and `iMeta`.
 */
import { parse } from 'csv-parse/sync';
import { restoreCsvCell, toCsv } from '../../domain/csv.ts';
import type ExcelJS from 'exceljs';

/** exceljs takes most of a second to load: only XLSX work pays for it. */
const loadExcel = () => import('exceljs').then((m) => m.default);
import { IndexFrameworkError, type FrameworkIssue } from './framework.ts';
import type { Framework, FrameworkNode, UnitRow } from '../../domain/index-framework.ts';

export const IMETA_COLUMNS = [
  'Level',
  'iCode',
  'iName',
  'Direction',
  'Weight',
  'Unit',
  'Target',
  'Denominator',
  'Parent',
  'Type',
] as const;

type Cell = string | number | null | undefined;

function isNA(v: Cell): boolean {
  return v === null || v === undefined || (typeof v === 'string' && (v.trim() === '' || v.trim() === 'NA'));
}

function numOrRaw(v: Cell): number | undefined {
  if (isNA(v)) return undefined;
  const x = typeof v === 'number' ? v : Number(String(v).trim());
  // keep the raw text so validation can name it (a weight of "heavy" is reported as such)
  return Number.isFinite(x) ? x : (String(v) as unknown as number);
}

/** Builds a framework from iMeta rows (objects keyed by the iMeta column names). */
export function frameworkFromIMeta(rows: Record<string, Cell>[], extra: Partial<Framework> = {}): Framework {
  const issues: FrameworkIssue[] = [];
  const nodes: FrameworkNode[] = [];
  const groups: string[] = [];
  const denominators: string[] = [];
  rows.forEach((r, i) => {
    const code = isNA(r.iCode) ? '' : String(r.iCode).trim();
    const type = isNA(r.Type) ? '' : String(r.Type).trim();
    if (!code) {
      issues.push({ code: `iMeta row ${i + 1}`, problem: 'iCode is empty' });
      return;
    }
    if (type === 'Group') groups.push(code);
    else if (type === 'Denominator') denominators.push(code);
    else if (type === 'Indicator' || type === 'Aggregate') {
      nodes.push({
        code,
        name: isNA(r.iName) ? undefined : String(r.iName),
        level: numOrRaw(r.Level),
        parent: isNA(r.Parent) ? null : String(r.Parent).trim(),
        direction: numOrRaw(r.Direction) ?? 1,
        weight: numOrRaw(r.Weight) ?? 1,
        unit: isNA(r.Unit) ? undefined : String(r.Unit),
        target: (() => {
          const t = numOrRaw(r.Target);
          return typeof t === 'number' ? t : null;
        })(),
        denominator: isNA(r.Denominator) ? null : String(r.Denominator).trim(),
        type,
      });
    } else if (type !== 'Other') {
      issues.push({
        code,
        problem: `iMeta Type '${type}' is not Indicator, Aggregate, Group, Denominator or Other`,
      });
    }
  });
  if (issues.length) throw new IndexFrameworkError(issues);
  return { ...extra, nodes, groups, denominators };
}

/** iMeta rows for a framework (indicators and aggregates, then group and denominator columns). */
export function frameworkToIMeta(framework: Framework): Record<string, Cell>[] {
  const rows: Record<string, Cell>[] = framework.nodes.map((n) => ({
    Level: n.level ?? null,
    iCode: n.code,
    iName: n.name ?? n.code,
    Direction: n.direction ?? 1,
    Weight: n.weight ?? 1,
    Unit: n.unit ?? null,
    Target: n.target ?? null,
    Denominator: n.denominator ?? null,
    Parent: n.parent ?? null,
    Type: n.type ?? ((n.level ?? 1) === 1 ? 'Indicator' : 'Aggregate'),
  }));
  for (const g of framework.groups ?? [])
    rows.push({
      Level: null,
      iCode: g,
      iName: g,
      Direction: null,
      Weight: null,
      Unit: null,
      Target: null,
      Denominator: null,
      Parent: null,
      Type: 'Group',
    });
  for (const d of framework.denominators ?? [])
    rows.push({
      Level: null,
      iCode: d,
      iName: d,
      Direction: null,
      Weight: null,
      Unit: null,
      Target: null,
      Denominator: null,
      Parent: null,
      Type: 'Denominator',
    });
  return rows;
}

function csvRecords(text: string, what: string): Record<string, string>[] {
  try {
    // Cells a spreadsheet would run as formulas were written with a leading apostrophe: take it off.
    return parse(text, {
      columns: true,
      skip_empty_lines: true,
      trim: true,
      bom: true,
      cast: (value: string) => restoreCsvCell(value),
    }) as Record<string, string>[];
  } catch (e) {
    throw new IndexFrameworkError([
      { code: what, problem: `cannot be read as CSV: ${(e as Error).message}` },
    ]);
  }
}

/** Reads iMeta CSV text into a framework. */
export function parseIMetaCsv(text: string, extra: Partial<Framework> = {}): Framework {
  const recs = csvRecords(text, 'iMeta');
  const missing = ['iCode', 'Type'].filter((c) => recs.length && !(c in recs[0]));
  if (missing.length)
    throw new IndexFrameworkError(
      missing.map((c) => ({ code: 'iMeta', problem: `column '${c}' is missing` })),
    );
  return frameworkFromIMeta(recs, extra);
}

/** Reads iData CSV text into unit rows; values stay as text and are checked when the coin is created. */
export function parseIDataCsv(text: string): UnitRow[] {
  const recs = csvRecords(text, 'iData');
  if (recs.length && !('uCode' in recs[0]))
    throw new IndexFrameworkError([{ code: 'iData', problem: "column 'uCode' is missing" }]);
  return recs as unknown as UnitRow[];
}

export function iMetaToCsv(framework: Framework): string {
  return toCsv(frameworkToIMeta(framework), IMETA_COLUMNS);
}

/** iData CSV with columns uCode, uName, then the given columns (default: every key seen, in first-seen order). */
export function iDataToCsv(rows: UnitRow[], columns?: string[]): string {
  const cols = columns ?? [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const ordered = ['uCode', 'uName', ...cols.filter((c) => c !== 'uCode' && c !== 'uName')].filter(
    (c) => c !== 'uName' || rows.some((r) => r.uName !== undefined),
  );
  return toCsv(
    rows.map((r) =>
      Object.fromEntries(
        ordered.map((c) => [c, typeof r[c] === 'number' && Number.isNaN(r[c]) ? null : r[c]]),
      ),
    ),
    ordered,
  );
}

async function sheetRecords(ws: ExcelJS.Worksheet): Promise<Record<string, Cell>[]> {
  const header: string[] = [];
  ws.getRow(1).eachCell({ includeEmpty: false }, (cell, col) => {
    header[col] = String(cell.value ?? '').trim();
  });
  const out: Record<string, Cell>[] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    if (r === 1) return;
    const rec: Record<string, Cell> = {};
    header.forEach((h, col) => {
      if (!h) return;
      const v = row.getCell(col).value;
      rec[h] =
        v === null || v === undefined
          ? null
          : typeof v === 'number' || typeof v === 'string'
            ? v
            : typeof v === 'object' && 'result' in v
              ? (v.result as Cell)
              : String(v);
    });
    out.push(rec);
  });
  return out;
}

/** Reads an XLSX workbook with sheets `iData` and `iMeta`. */
export async function readCoinWorkbook(
  data: ArrayBuffer | Uint8Array,
): Promise<{ framework: Framework; rows: UnitRow[] }> {
  const wb = new (await loadExcel()).Workbook();
  try {
    await wb.xlsx.load((data instanceof Uint8Array ? data : new Uint8Array(data)) as unknown as ArrayBuffer);
  } catch (e) {
    throw new IndexFrameworkError([
      { code: 'workbook', problem: `cannot be read as XLSX: ${(e as Error).message}` },
    ]);
  }
  const meta = wb.getWorksheet('iMeta');
  const idata = wb.getWorksheet('iData');
  const issues: FrameworkIssue[] = [];
  if (!meta) issues.push({ code: 'workbook', problem: "sheet 'iMeta' is missing" });
  if (!idata) issues.push({ code: 'workbook', problem: "sheet 'iData' is missing" });
  if (issues.length) throw new IndexFrameworkError(issues);
  const framework = frameworkFromIMeta(await sheetRecords(meta!));
  const rows = (await sheetRecords(idata!)).map((r) => ({ ...r, uCode: String(r.uCode ?? '') }) as UnitRow);
  return { framework, rows };
}

/** Writes an XLSX workbook with sheets `iData` and `iMeta`. */
export async function writeCoinWorkbook(framework: Framework, rows: UnitRow[]): Promise<Uint8Array> {
  const wb = new (await loadExcel()).Workbook();
  const cols = [
    'uCode',
    'uName',
    ...new Set(rows.flatMap((r) => Object.keys(r)).filter((c) => c !== 'uCode' && c !== 'uName')),
  ];
  const ws = wb.addWorksheet('iData');
  ws.addRow(cols);
  for (const r of rows)
    ws.addRow(
      cols.map((c) => (r[c] === undefined || (typeof r[c] === 'number' && Number.isNaN(r[c])) ? null : r[c])),
    );
  const wm = wb.addWorksheet('iMeta');
  wm.addRow([...IMETA_COLUMNS]);
  for (const r of frameworkToIMeta(framework)) wm.addRow(IMETA_COLUMNS.map((c) => r[c] ?? null));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
