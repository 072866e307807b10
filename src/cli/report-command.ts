/**
 * `amity report [placeId]`: the annual report of a place or province, or of the nation without one, as
 * PDF or DOCX, in Chinese or English; the same file `GET /api/reports` sends.
 */
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { Database } from '../store/database.ts';
import { migrate } from '../store/migrate.ts';
import { AnalysisCache } from '../services/analysis-cache.ts';
import {
  REPORT_FORMATS,
  REPORT_LANGUAGES,
  buildReport,
  type ReportFormat,
  type ReportLanguage,
} from '../services/report/index.ts';

interface ReportOptions {
  year?: string;
  from?: string;
  to?: string;
  format: string;
  lang: string;
  subdivisions?: boolean;
  out?: string;
}

function year(option: string, text: string): number {
  if (!/^\d{4}$/.test(text)) throw new Error(`--${option} ${text}: give a four-digit year`);
  return Number(text);
}

export function registerReportCommand(
  program: Command,
  open: (options: object) => Promise<Database>,
  /** Adds the --database-url and --data-dir options. */
  withDb: (command: Command) => Command,
): void {
  withDb(program.command('report [placeId]'))
    .description(
      "annual report of a place's or province's ties abroad (the nation's without a place), as PDF or DOCX",
    )
    .option('--year <year>', 'the year reported on (default: last year)')
    .option('--from <year>', 'first year of a span (with --to)')
    .option('--to <year>', 'last year of a span')
    .option('--format <format>', REPORT_FORMATS.join(' or '), 'pdf')
    .option('--lang <lang>', 'zh (Chinese) or en (English)', 'zh')
    .option('--subdivisions', "count the place's districts and counties with it (default: as its page does)")
    .option('--no-subdivisions', 'count the place alone')
    .option('--out <file>', 'file to write (default: a name from the place, the years and the language)')
    .action(async (placeId: string | undefined, o: ReportOptions) => {
      if (!(REPORT_FORMATS as readonly string[]).includes(o.format))
        throw new Error(`--format ${o.format}: one of ${REPORT_FORMATS.join(', ')}`);
      if (!(REPORT_LANGUAGES as readonly string[]).includes(o.lang))
        throw new Error(`--lang ${o.lang}: one of ${REPORT_LANGUAGES.join(', ')}`);
      if (o.year && (o.from || o.to)) throw new Error('give --year or --from and --to, not both');
      if (o.to && !o.from) throw new Error('--to needs --from (or give --year)');
      const lastYear = new Date().getFullYear() - 1;
      const from = o.year ? year('year', o.year) : o.from ? year('from', o.from) : lastYear;
      const to = o.year ? from : o.to ? year('to', o.to) : o.from ? lastYear : from;
      const db = await open(o);
      try {
        await migrate(db);
        const file = await buildReport(
          db,
          new AnalysisCache(db),
          {
            placeId: placeId ?? null,
            span: { from, to },
            lang: o.lang as ReportLanguage,
            subdivisions: o.subdivisions,
          },
          o.format as ReportFormat,
        );
        const out = o.out ?? file.fileName;
        writeFileSync(out, file.body);
        process.stdout.write(`wrote ${out} (${file.body.length} bytes)\n`);
      } finally {
        await db.close();
      }
    });
}
