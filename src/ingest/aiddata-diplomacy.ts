/**
 * AidData's China's Public Diplomacy releases: per receiving country and year, the cumulative number of
 * sister or friendship city ties between Chinese places and that country (from CIFCA). Each country and
 * year becomes an observation about the pair China – country, stated beside the ties counted here.
 */
import { parse } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import type { ObservationRow, RecordBatch, SourceRow } from '../store/batch.ts';
import { STATED_CHINA_TIES_MEASURE } from '../domain/stated-ties.ts';
import type { ImportReport } from './report.ts';
import type { PlaceResolver } from './resolver-port.ts';

const LICENCE = 'ODC-By 1.0 (Open Data Commons Attribution License)';

/** The two releases Amity reads, the column each gives the cumulative count in, and its source record. */
export const AIDDATA_DIPLOMACY_FILES = {
  eastAsiaPacific: {
    file: 'ChinasPublicDiplomacyinEastAsiaandPacific_v1.0.csv',
    cumulative: 'sister_cities',
    added: null,
    source: {
      id: 'src:aiddata-pd-eap',
      title: "AidData: China's Public Diplomacy in East Asia and the Pacific, v1.0 (2018)",
      titleZh: 'AidData：中国在东亚及太平洋地区的公共外交数据集 v1.0（2018）',
      kind: 'dataset',
      publisher: 'AidData at William & Mary',
      url: 'https://www.aiddata.org/data/chinas-public-diplomacy-in-east-asia-and-pacific',
      licence: LICENCE,
      note: 'sister-city counts from the China International Friendship Cities Association (CIFCA), with web searches added for Japan and Malaysia; bundled as data/aiddata-public-diplomacy/',
    },
  },
  southCentralAsia: {
    file: 'ChinasPublicDiplomacyinSouthandCentralAsia_v1.0_10.14.2020.xlsx',
    cumulative: 'sister_cities_cum',
    added: 'sister_cities_new',
    source: {
      id: 'src:aiddata-pd-sca',
      title: "AidData: China's Public Diplomacy in South and Central Asia, v1.0 (2020)",
      titleZh: 'AidData：中国在南亚和中亚的公共外交数据集 v1.0（2020）',
      kind: 'dataset',
      publisher: 'AidData at William & Mary',
      url: 'https://www.aiddata.org/data/chinas-public-diplomacy-in-south-and-central-asia',
      licence: LICENCE,
      note: 'sister-city counts from the China International Friendship Cities Association (CIFCA); bundled as data/aiddata-public-diplomacy/',
    },
  },
} as const satisfies Record<
  string,
  { file: string; cumulative: string; added: string | null; source: SourceRow }
>;

type Release = keyof typeof AIDDATA_DIPLOMACY_FILES;

/** One row of a release as a table of header → cell text, with its 1-based row number (header is row 1). */
export interface DiplomacyRow {
  release: Release;
  row: number;
  cells: Record<string, string>;
}

/** The East Asia and Pacific release (CSV, UTF-8 with a byte-order mark). */
export function readEastAsiaPacific(text: string): DiplomacyRow[] {
  const records = parse(text, { bom: true, columns: true, skip_empty_lines: true, trim: true }) as Record<
    string,
    string
  >[];
  return records.map((cells, i) => ({ release: 'eastAsiaPacific', row: i + 2, cells }));
}

/** The South and Central Asia release (XLSX, first sheet). */
export async function readSouthCentralAsia(content: Buffer): Promise<DiplomacyRow[]> {
  const Excel = (await import('exceljs')).default;
  const workbook = new Excel.Workbook();
  await workbook.xlsx.load(content as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0];
  const text = (v: ExcelJS.CellValue): string =>
    v === null || v === undefined ? '' : typeof v === 'object' && 'result' in v ? text(v.result) : String(v);
  const header = (sheet.getRow(1).values as ExcelJS.CellValue[]).map(text);
  const rows: DiplomacyRow[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const values = sheet.getRow(r).values as ExcelJS.CellValue[];
    if (!values.some((v) => text(v).trim())) continue;
    const cells: Record<string, string> = {};
    header.forEach((h, c) => {
      if (h) cells[h] = text(values[c]).trim();
    });
    rows.push({ release: 'southCentralAsia', row: r, cells });
  }
  return rows;
}

const COUNT = /^\d{1,6}$/;

/**
 * Observations from the releases' rows. A row whose country does not resolve or whose count is not a
 * whole number refuses the import; a row without a count (a year the release did not measure) is skipped.
 */
export function aiddataDiplomacyBatch(
  rows: DiplomacyRow[],
  resolver: Pick<PlaceResolver, 'resolveCountry'>,
  report: ImportReport,
): RecordBatch {
  report.rows = rows.length;
  const observations: ObservationRow[] = [];
  const seen = new Set<string>();
  for (const { release, row, cells } of rows) {
    const spec = AIDDATA_DIPLOMACY_FILES[release];
    const where = `${spec.file} row ${row}`;
    const problem = (field: string, value: string, reason: string) =>
      report.errors.push({ row, field: `${spec.file}: ${field}`, value, reason });
    const name = cells.receiving_country ?? '';
    const country = resolver.resolveCountry(name);
    if (!country) {
      problem('receiving_country', name, 'not a country the gazetteer knows');
      continue;
    }
    const year = cells.year ?? '';
    if (!/^(19|20)\d\d$/.test(year)) {
      problem('year', year, 'not a year');
      continue;
    }
    const cumulative = cells[spec.cumulative] ?? '';
    if (cumulative === '') {
      report.skipped.push({ row, field: spec.cumulative, reason: 'no count for this year' });
      continue;
    }
    if (!COUNT.test(cumulative)) {
      problem(spec.cumulative, cumulative, 'not a whole number of ties');
      continue;
    }
    const id = `obs:aiddata-pd:${country.code}:${year}`;
    if (seen.has(id)) {
      problem('receiving_country', name, `${country.code} ${year} is given twice`);
      continue;
    }
    seen.add(id);
    const added = spec.added ? cells[spec.added] : undefined;
    observations.push({
      id,
      subjectText: `China – ${country.nameEn}`,
      placeId: null,
      countryCode: country.code,
      measure: STATED_CHINA_TIES_MEASURE,
      value: Number(cumulative),
      unit: 'count',
      asOf: { date: `${year}-01-01`, precision: 'year' },
      details: {
        pair: ['CN', country.code],
        ...(added && COUNT.test(added) ? { newInYear: Number(added) } : {}),
      },
      note: null,
      sources: [{ sourceId: spec.source.id, locator: where }],
    });
  }
  return { sources: Object.values(AIDDATA_DIPLOMACY_FILES).map((f) => f.source), observations };
}
