/**
 * Writes data/aiddata-chinese-finance/projects_ancillary_trimmed.csv: the columns of AidData's
 * projects_ancillary.csv (5.6 MB) that Amity reads, so the repository does not carry the rest.
 * Usage: npx tsx scripts/trim-aiddata-ancillary.ts <path to projects_ancillary.csv>
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { toCsv } from '../src/domain/csv.ts';

export const ANCILLARY_COLUMNS = [
  'project_id',
  'year',
  'flow_class',
  'funding_agency',
  'implementing_agency',
  'cofinancing_agency',
  'usd_current',
  'usd_defl_2014',
  'sources_count',
] as const;

const [source] = process.argv.slice(2);
if (!source) throw new Error('give the path of projects_ancillary.csv');
const rows = parse(readFileSync(source, 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
writeFileSync(
  new URL('../data/aiddata-chinese-finance/projects_ancillary_trimmed.csv', import.meta.url),
  // Amity's CSV writer: a cell a spreadsheet would run gets an apostrophe, which the importer removes.
  toCsv(rows.map((r) => Object.fromEntries(ANCILLARY_COLUMNS.map((c) => [c, r[c]])))),
);
process.stdout.write(`${rows.length} rows\n`);
