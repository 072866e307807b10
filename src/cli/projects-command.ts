/**
 * `amity projects`: the cooperation projects, with the filters of `GET /api/projects` (country, place,
 * domain, status), as a table, CSV or JSON: the financed projects AidData tracked among them.
 */
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { Database } from '../store/database.ts';
import { listProjects } from '../store/registry.ts';
import { PROJECT_DOMAINS, PROJECT_STATUSES } from '../domain/registry.ts';
import { toCsv } from '../domain/csv.ts';
import { AIDDATA_FINANCE_ATTRIBUTION } from '../domain/attribution.ts';

interface ProjectsOptions {
  country?: string;
  place?: string;
  domain?: string;
  status?: string;
  limit: string;
  format: 'text' | 'csv' | 'json';
  out?: string;
}

export function registerProjectsCommand(
  program: Command,
  open: (options: object) => Promise<Database>,
): void {
  program
    .command('projects')
    .description('cooperation projects by country, place, connectivity domain and status')
    .option('--country <code>', 'in this country (by a place there or as a recipient country)')
    .option('--place <id>', 'at this place')
    .option('--domain <domain>', PROJECT_DOMAINS.join(' | '))
    .option('--status <status>', PROJECT_STATUSES.join(' | '))
    .option('--limit <n>', 'at most this many (up to 5000)', '100')
    .option('--format <format>', 'text, csv or json', 'text')
    .option('--out <file>', 'write to a file instead of standard output')
    .action(async (o: ProjectsOptions) => {
      if (o.domain && !(PROJECT_DOMAINS as readonly string[]).includes(o.domain))
        throw new Error(`--domain: one of ${PROJECT_DOMAINS.join(', ')}`);
      if (o.status && !(PROJECT_STATUSES as readonly string[]).includes(o.status))
        throw new Error(`--status: one of ${PROJECT_STATUSES.join(', ')}`);
      const limit = Number(o.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 5000) throw new Error('--limit: 1 to 5000');
      const db = await open(o);
      try {
        const result = await listProjects(
          db,
          { countryCode: o.country?.toUpperCase(), placeId: o.place, domain: o.domain, status: o.status },
          { limit, offset: 0 },
        );
        const rows = result.items.map((j) => ({
          id: j.id,
          nameEn: j.nameEn,
          nameZh: j.nameZh,
          domain: j.domain,
          sector: j.sector,
          status: j.status,
          started: j.startedOn,
          amount: j.amount,
          currency: j.currency,
          amountYear: j.amountYear,
          countries: j.countryCodes.join(' '),
        }));
        const text =
          o.format === 'json'
            ? JSON.stringify({ ...result, attribution: AIDDATA_FINANCE_ATTRIBUTION }, null, 2) + '\n'
            : o.format === 'csv'
              ? toCsv(rows)
              : [
                  `${result.total} projects${result.total > rows.length ? ` (the first ${rows.length})` : ''}`,
                  ...rows.map(
                    (r) =>
                      `${r.id}  ${r.countries.padEnd(3)}  ${r.domain.padEnd(17)}  ${r.status.padEnd(11)}  ${r.nameZh ?? r.nameEn}`,
                  ),
                ].join('\n') + '\n';
        if (o.out) writeFileSync(o.out, text);
        else process.stdout.write(text);
      } finally {
        await db.close();
      }
    });
}
