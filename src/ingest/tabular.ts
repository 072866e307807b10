/**
 * CSV and XLSX files of partnerships, events or projects, with a mapping from the file's columns to
 * Amity's fields. Every row is checked before anything is written: one bad row refuses the whole file,
 * and the report names each bad row, field and reason.
 */
import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';

/** exceljs takes most of a second to load: only XLSX work pays for it. */
const loadExcel = () => import('exceljs').then((m) => m.default);
import type { EventRow, PartnershipClaimRow, ProjectRow, RecordBatch, SourceRow } from '../store/batch.ts';
import {
  EVENT_KINDS,
  LEVELS,
  PARTNERSHIP_STATUSES,
  PARTNERSHIP_TYPES,
  PROJECT_DOMAINS,
  PROJECT_STATUSES,
  parsePartialDate,
  type PartialDate,
} from '../domain/registry.ts';
import { eventId, orderPair, projectId } from '../domain/ids.ts';
import type { ImportReport } from './report.ts';
import type { PlaceResolver } from './resolver-port.ts';

export const TABULAR_ENTITIES = ['partnerships', 'events', 'projects'] as const;
export type TabularEntity = (typeof TABULAR_ENTITIES)[number];

/** Amity's fields per entity; `required` ones must be mapped and filled in every row. */
export const TABULAR_FIELDS: Record<TabularEntity, { required: string[]; optional: string[] }> = {
  partnerships: {
    required: ['place_a', 'country_a', 'place_b', 'country_b'],
    optional: ['lat_a', 'lng_a', 'lat_b', 'lng_b', 'type', 'level', 'signed', 'status', 'note', 'locator'],
  },
  events: {
    required: ['kind', 'name_en'],
    optional: ['name_zh', 'starts', 'ends', 'place', 'country', 'note', 'locator'],
  },
  projects: {
    required: ['name_en', 'domain'],
    optional: [
      'name_zh',
      'sector',
      'corridor',
      'status',
      'started',
      'completed',
      'amount',
      'currency',
      'places',
      'sdg_targets',
      'note',
      'locator',
    ],
  },
};

/** Limits that keep one upload from exhausting the server; larger files are split or imported with the CLI. */
export const MAX_ROWS = 200_000;
export const MAX_BYTES = 64 * 1024 * 1024;

/** Labels people write in spreadsheets, in Chinese or English, mapped to Amity's values. */
const VALUE_ALIASES: Record<string, Record<string, string>> = {
  type: {
    友好城市: 'sister_city',
    友城: 'sister_city',
    'sister city': 'sister_city',
    'sister cities': 'sister_city',
    'twin town': 'sister_city',
    'twin city': 'sister_city',
    友好交流城市: 'friendly_exchange',
    友好交流: 'friendly_exchange',
    友好合作: 'friendly_exchange',
    'friendly exchange': 'friendly_exchange',
    'friendship city': 'friendly_exchange',
    其他: 'other',
    未知: 'unknown',
  },
  level: {
    省: 'province',
    省级: 'province',
    州: 'province',
    市: 'city',
    市级: 'city',
    区: 'district',
    县: 'district',
    区县: 'district',
  },
  status: {
    在册: 'listed',
    有效: 'active',
    正常: 'active',
    休眠: 'dormant',
    暂停: 'suspended',
    终止: 'ended',
    拟议: 'proposed',
  },
};

/**
 * The source a file's rows cite. Without an `id`, the id comes from the table's content (`tableSourceId`);
 * without a `title`, the file name (and sheet) describes a new source and an existing one keeps its own.
 */
export type TabularSource = Omit<SourceRow, 'id' | 'title' | 'keepExisting'> & {
  id?: string;
  title?: string;
};

export interface TabularOptions {
  entity: TabularEntity;
  fileName: string;
  /** Amity field → the file's column header. Unmapped fields are looked up under their own name. */
  mapping?: Record<string, string>;
  /** The source the file's rows cite. */
  source: TabularSource;
  /** XLSX: the worksheet to read (default: the first). */
  sheet?: string;
  /** Character encoding of a CSV file; UTF-8 unless given (e.g. gb18030 for files saved by Chinese Excel). */
  encoding?: string;
  /** Corridor ids of the registry, to check a project's corridor. */
  corridorIds?: string[];
}

/** Reads a CSV or XLSX file into header and rows of strings; problems go to the report. */
export async function readTable(
  content: Buffer,
  options: Pick<TabularOptions, 'fileName' | 'sheet' | 'encoding'>,
  report: ImportReport,
): Promise<{ header: string[]; rows: string[][]; sheet?: string } | null> {
  if (content.length > MAX_BYTES) {
    report.errors.push({
      row: 0,
      field: '(file)',
      reason: `file is ${(content.length / 1048576).toFixed(1)} MB; the limit is ${MAX_BYTES / 1048576} MB — split it`,
    });
    return null;
  }
  const isXlsx = /\.xlsx$/i.test(options.fileName) || content.subarray(0, 2).toString('latin1') === 'PK';
  let table: string[][];
  let sheetName: string | undefined;
  if (isXlsx) {
    const workbook = new (await loadExcel()).Workbook();
    try {
      await workbook.xlsx.load(content as unknown as ExcelJS.Buffer);
    } catch (error) {
      report.errors.push({
        row: 0,
        field: '(file)',
        reason: `not a readable XLSX workbook: ${(error as Error).message}`,
      });
      return null;
    }
    const sheet = options.sheet ? workbook.getWorksheet(options.sheet) : workbook.worksheets[0];
    if (!sheet) {
      report.errors.push({
        row: 0,
        field: '(sheet)',
        reason: `no worksheet ${options.sheet ?? ''}; the workbook has ${workbook.worksheets.map((w) => w.name).join(', ')}`,
      });
      return null;
    }
    sheetName = sheet.name;
    table = [];
    sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const values: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        values[col - 1] = cellText(cell.value);
      });
      table[rowNumber - 1] = values;
    });
    table = Array.from(table, (r) => r ?? []);
  } else {
    let text: string;
    try {
      text = new TextDecoder(options.encoding ?? 'utf-8', { fatal: true }).decode(content);
    } catch {
      const offset = firstInvalidUtf8(content);
      const line = content.subarray(0, offset).toString('latin1').split('\n').length;
      report.errors.push({
        row: line,
        field: '(encoding)',
        reason: `the file is not valid ${options.encoding ?? 'UTF-8'} (first bad byte at offset ${offset}, line ${line}); if it was saved by Chinese Excel, import it with encoding gb18030, or save it as UTF-8`,
      });
      return null;
    }
    try {
      table = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
    } catch (error) {
      report.errors.push({
        row: (error as { lines?: number }).lines ?? 0,
        field: '(csv)',
        reason: `not valid CSV: ${(error as Error).message}`,
      });
      return null;
    }
  }
  if (table.length === 0) {
    report.errors.push({ row: 1, field: '(file)', reason: 'the file is empty' });
    return null;
  }
  if (table.length - 1 > MAX_ROWS) {
    report.errors.push({
      row: MAX_ROWS + 2,
      field: '(file)',
      reason: `more than ${MAX_ROWS} rows; split the file`,
    });
    return null;
  }
  const header = table[0].map((h) => (h ?? '').trim());
  return { header, rows: table.slice(1), ...(sheetName === undefined ? {} : { sheet: sheetName }) };
}

/**
 * The id of the source a table is, from its content alone: its columns in the order of their headers, each
 * with its trimmed cells, without trailing empty rows or empty unnamed columns. The same rows under another
 * file name, with the columns in another order, saved as XLSX instead of CSV or in another encoding give
 * the same id, so a re-import finds its source and the `row N` links it already has; a changed cell or
 * another row order makes another table, hence another source.
 */
export function tableSourceId(header: string[], rows: string[][]): string {
  const blank = (c: string | undefined) => !c || !String(c).trim();
  let end = rows.length;
  while (end > 0 && rows[end - 1].every(blank)) end--;
  const columns = header
    .map((name, i) => [name, ...rows.slice(0, end).map((r) => String(r[i] ?? '').trim())])
    .filter((column) => !column.every(blank))
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return `src:table-${createHash('sha256').update(JSON.stringify(columns)).digest('hex').slice(0, 16)}`;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    return '';
  }
  return String(value).trim();
}

function firstInvalidUtf8(bytes: Buffer): number {
  for (let i = 0; i < bytes.length; i++) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, Math.min(bytes.length, i + 4)));
    } catch {
      return i;
    }
  }
  return bytes.length;
}

export async function tabularBatch(
  content: Buffer,
  options: TabularOptions,
  resolver: PlaceResolver,
  report: ImportReport,
): Promise<RecordBatch> {
  const table = await readTable(content, options, report);
  if (!table) return {};
  const { header, rows } = table;
  const fields = TABULAR_FIELDS[options.entity];
  const mapping = options.mapping ?? {};
  const unknownFields = Object.keys(mapping).filter(
    (f) => !fields.required.includes(f) && !fields.optional.includes(f),
  );
  for (const f of unknownFields)
    report.errors.push({
      row: 1,
      field: f,
      reason: `not a field of ${options.entity}; fields are ${[...fields.required, ...fields.optional].join(', ')}`,
    });
  const column = new Map<string, number>();
  for (const field of [...fields.required, ...fields.optional]) {
    const name = mapping[field] ?? field;
    const index = header.indexOf(name);
    if (index >= 0) column.set(field, index);
    else if (fields.required.includes(field) || mapping[field]) {
      report.errors.push({
        row: 1,
        field,
        reason: `column "${name}" not found; the file's columns are ${header.map((h) => `"${h}"`).join(', ')}`,
      });
    }
  }
  if (report.errors.length) return {};
  report.rows = rows.length;

  const get = (row: string[], field: string) => {
    const i = column.get(field);
    return i === undefined ? '' : (row[i] ?? '').trim();
  };
  // A row is cited as `row N` of the source, never by the file name: the source (the table's content, or
  // what the user names) says which file, so the same rows read from a renamed file give the same links.
  const { title, id, ...described } = options.source;
  const source: SourceRow = {
    ...described,
    id: id ?? tableSourceId(header, rows),
    title: title ?? (table.sheet ? `${options.fileName}, sheet ${table.sheet}` : options.fileName),
    ...(title === undefined ? { keepExisting: true } : {}),
  };
  const sourceLinks = (line: number, row: string[]) => [
    { sourceId: source.id, locator: get(row, 'locator') || `row ${line}` },
  ];

  const batch: RecordBatch = { sources: [source] };
  const seen = new Map<string, { line: number; signature: string }>();

  rows.forEach((row, index) => {
    const line = index + 2;
    if (row.every((c) => !c || !String(c).trim())) return;
    const errorsBefore = report.errors.length;
    const error = (field: string, reason: string, value?: string) =>
      report.errors.push({ row: line, field, reason, value });
    for (const field of fields.required) if (!get(row, field)) error(field, 'required, but empty');
    const choice = (field: string, allowed: readonly string[], fallback?: string) => {
      const raw = get(row, field);
      if (!raw) return fallback;
      const value =
        VALUE_ALIASES[field]?.[raw.toLowerCase()] ??
        VALUE_ALIASES[field]?.[raw] ??
        raw.toLowerCase().replace(/[\s-]+/g, '_');
      if (!allowed.includes(value)) {
        error(field, `"${raw}" is not one of ${allowed.join(', ')}`, raw);
        return fallback;
      }
      return value;
    };
    const date = (field: string): PartialDate | undefined => {
      const raw = get(row, field);
      if (!raw) return undefined;
      const parsed = parsePartialDate(
        raw.replace(/[./]/g, '-').replace(/年|月/g, '-').replace(/日/, '').replace(/-$/, ''),
      );
      if ('error' in parsed) {
        error(field, parsed.error, raw);
        return undefined;
      }
      return parsed;
    };
    const number = (field: string): number | undefined => {
      const raw = get(row, field);
      if (!raw) return undefined;
      const n = Number(raw.replace(/,/g, ''));
      if (!Number.isFinite(n)) error(field, `"${raw}" is not a number`, raw);
      return Number.isFinite(n) ? n : undefined;
    };
    const place = (nameField: string, countryField: string, latField?: string, lngField?: string) => {
      const name = get(row, nameField);
      const country = get(row, countryField);
      if (!name) return null;
      if (country && !resolver.resolveCountry(country)) {
        error(countryField, `unknown country "${country}"`, country);
        return null;
      }
      const r = resolver.resolve({
        name,
        country: country || undefined,
        lat: latField ? number(latField) : undefined,
        lng: lngField ? number(lngField) : undefined,
      });
      if (r.status === 'resolved') return r.place.id;
      error(
        nameField,
        r.status === 'ambiguous'
          ? `"${name}" is ambiguous (${r.candidates
              .slice(0, 3)
              .map((c) => `${c.place.nameEn} ${c.place.id}`)
              .join('; ')}); add the country or coordinates`
          : `"${name}" is not a known place${country ? ` in ${country}` : ''}: ${r.reason}`,
        name,
      );
      return null;
    };

    if (options.entity === 'partnerships') {
      const a = place('place_a', 'country_a', 'lat_a', 'lng_a');
      const b = place('place_b', 'country_b', 'lat_b', 'lng_b');
      const type = choice('type', PARTNERSHIP_TYPES);
      const level = choice('level', LEVELS);
      const status = choice('status', PARTNERSHIP_STATUSES);
      const signed = date('signed');
      if (a && b && a === b) error('place_b', 'the same place as place_a');
      if (report.errors.length > errorsBefore || !a || !b) return;
      const [x, y] = orderPair(a, b);
      const signature = JSON.stringify([type, level, signed, status]);
      const earlier = seen.get(`${x}|${y}`);
      if (earlier) {
        if (earlier.signature === signature)
          report.skipped.push({
            row: line,
            field: '(row)',
            reason: `the same partnership as row ${earlier.line}`,
          });
        else
          error(
            '(row)',
            `the same pair as row ${earlier.line} with different values; keep one row per partnership`,
          );
        return;
      }
      seen.set(`${x}|${y}`, { line, signature });
      const claim: PartnershipClaimRow = {
        placeA: x,
        placeB: y,
        ...sourceLinks(line, row)[0],
        ...(type ? { type: type as PartnershipClaimRow['type'] } : {}),
        ...(level ? { level: level as PartnershipClaimRow['level'] } : {}),
        ...(signed ? { signed } : {}),
        ...(status ? { status: status as PartnershipClaimRow['status'] } : {}),
        ...(get(row, 'note') ? { note: get(row, 'note') } : {}),
      };
      (batch.partnerships ??= []).push(claim);
    } else if (options.entity === 'events') {
      const kind = choice('kind', EVENT_KINDS);
      const starts = date('starts');
      const ends = date('ends');
      const placeId = get(row, 'place') ? place('place', 'country') : null;
      if (starts && ends && ends.date < starts.date) error('ends', 'before starts');
      if (report.errors.length > errorsBefore || !kind) return;
      const id = eventId(starts?.date ?? null, get(row, 'name_en'));
      if (seen.has(id)) {
        report.skipped.push({
          row: line,
          field: '(row)',
          reason: `the same event as row ${seen.get(id)!.line}`,
        });
        return;
      }
      seen.set(id, { line, signature: '' });
      (batch.events ??= []).push({
        id,
        kind: kind as EventRow['kind'],
        nameEn: get(row, 'name_en'),
        nameZh: get(row, 'name_zh') || null,
        starts,
        endsOn: ends?.date ?? null,
        placeId,
        placeText: get(row, 'place') || null,
        note: get(row, 'note') || null,
        sources: sourceLinks(line, row),
      });
    } else {
      const domain = choice('domain', PROJECT_DOMAINS);
      const status = choice('status', PROJECT_STATUSES, 'unknown');
      const started = date('started');
      const completed = date('completed');
      const amount = number('amount');
      const currency = get(row, 'currency').toUpperCase();
      if (amount !== undefined && !/^[A-Z]{3}$/.test(currency))
        error('currency', 'an amount needs an ISO 4217 currency such as USD or CNY', currency);
      const placeIds: string[] = [];
      for (const entry of get(row, 'places').split(/;\s*/).filter(Boolean)) {
        const m = /^(.*?),\s*([^,]+)$/.exec(entry);
        const r = resolver.resolve({ name: m ? m[1] : entry, country: m ? m[2] : undefined });
        if (r.status === 'resolved') placeIds.push(r.place.id);
        else error('places', `"${entry}": ${r.reason}`, entry);
      }
      const corridor = get(row, 'corridor');
      if (corridor && options.corridorIds && !options.corridorIds.includes(corridor)) {
        error('corridor', `unknown corridor; one of ${options.corridorIds.join(', ')}`, corridor);
      }
      const sdg = get(row, 'sdg_targets')
        .split(/[;,\s]+/)
        .filter(Boolean);
      for (const t of sdg)
        if (!/^\d{1,2}(\.[0-9a-z]{1,2})?$/.test(t))
          error('sdg_targets', `"${t}" is not an SDG goal or target such as 11 or 11.3`, t);
      if (report.errors.length > errorsBefore || !domain) return;
      const id = projectId(get(row, 'name_en'));
      if (seen.has(id)) {
        report.skipped.push({
          row: line,
          field: '(row)',
          reason: `the same project as row ${seen.get(id)!.line}`,
        });
        return;
      }
      seen.set(id, { line, signature: '' });
      (batch.projects ??= []).push({
        id,
        nameEn: get(row, 'name_en'),
        nameZh: get(row, 'name_zh') || null,
        domain: domain as ProjectRow['domain'],
        sector: get(row, 'sector') || null,
        corridorId: corridor || null,
        status: status as ProjectRow['status'],
        started,
        completed,
        amount: amount ?? null,
        currency: currency || null,
        placeIds,
        placeText: get(row, 'places') || null,
        sdgTargets: sdg,
        note: get(row, 'note') || null,
        sources: sourceLinks(line, row),
      });
    }
  });
  return batch;
}
