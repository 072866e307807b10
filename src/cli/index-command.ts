/**
 * `amity index`: build a composite index from a preset or iMeta/iData files and print its ranking, write
 * results files with the methodology note, and run uncertainty analysis with a progress bar.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Command, Option } from 'commander';
import cliProgress from 'cli-progress';
import {
  buildRecipe,
  defaultUncertainSettings,
  IndexFrameworkError,
  issuesOf,
  parseBuildRequest,
  PRESET_IDS,
  recipeOf,
  resultsByLevel,
  resultsCsv,
  resultsXlsx,
  runUncertainty,
  uncertainSettingsSchema,
  type BuildRequest,
  type IndexBuild,
  type StepSettings,
  type UncertainSettings,
} from '../analysis/indices/index.ts';
import type { NormaliseSpec } from '../domain/index-framework.ts';

interface BuildOptions {
  preset?: string;
  meta?: string;
  data?: string;
  steps?: string;
  impute?: string;
  treat: boolean;
  winmax?: string;
  screen?: string;
  normalise?: string;
  aggregate?: string;
  weights?: string;
  tiers?: string;
}

const withBuildOptions = (cmd: Command) =>
  cmd
    .addOption(new Option('--preset <id>', 'a preset index').choices([...PRESET_IDS]))
    .option(
      '--meta <file>',
      'iMeta CSV: the framework (COINr columns Level, iCode, iName, Direction, Weight, Parent, Type, ...)',
    )
    .option('--data <file>', 'iData CSV: uCode, uName and one column per indicator, group and denominator')
    .option('--steps <file>', 'JSON file with the whole list of build steps')
    .option('--impute <method>', 'mean | median | groupMean:COLUMN | groupMedian:COLUMN | none')
    .option('--no-treat', 'leave outliers untreated')
    .option('--winmax <n>', 'winsorise up to n points per indicator')
    .option('--screen <share>', 'drop units with less than this share of data (0-1); "none" to keep all')
    .option(
      '--normalise <spec>',
      'minMax[:MIN:MAX] | zScore[:MEAN:SD] | rank | percentileRank | borda | distanceToMax | fractionOfMax',
    )
    .option('--aggregate <method>', 'arithmetic | geometric | harmonic (or one per level, comma-separated)')
    .option('--weights <weights>', 'framework | equal')
    .option('--tiers <groups>', 'number of tiers split at score quantiles');

function numberOption(name: string, value: string): number {
  const x = Number(value);
  if (!Number.isFinite(x))
    throw new IndexFrameworkError([{ code: `--${name}`, problem: `'${value}' is not a number` }]);
  return x;
}

function normaliseSpecOf(text: string): NormaliseSpec {
  const [method, a, b] = text.split(':');
  if (method === 'minMax')
    return {
      method,
      min: a === undefined ? 0 : numberOption('normalise', a),
      max: b === undefined ? 100 : numberOption('normalise', b),
    };
  if (method === 'zScore')
    return {
      method,
      mean: a === undefined ? 0 : numberOption('normalise', a),
      sd: b === undefined ? 1 : numberOption('normalise', b),
    };
  return { method } as NormaliseSpec;
}

/** Step settings from the command-line options; the engine checks the values. */
function stepSettingsOf(o: BuildOptions): StepSettings {
  const s: Record<string, unknown> = {};
  if (o.impute !== undefined) {
    const [method, group] = o.impute.split(':');
    s.impute = method === 'none' ? null : { method, ...(group ? { group } : {}) };
  }
  if (!o.treat) s.treat = null;
  else if (o.winmax !== undefined) s.treat = { winmax: numberOption('winmax', o.winmax) };
  if (o.screen !== undefined)
    s.screen = o.screen === 'none' ? null : { threshold: numberOption('screen', o.screen) };
  if (o.normalise !== undefined) s.normalise = { spec: normaliseSpecOf(o.normalise) };
  if (o.aggregate !== undefined || o.weights !== undefined) {
    const methods = o.aggregate?.split(',');
    s.aggregate = {
      ...(methods ? { method: methods.length === 1 ? methods[0] : methods } : {}),
      ...(o.weights ? { weights: o.weights } : {}),
    };
  }
  return s as StepSettings;
}

/** Builds from the options; a step option given alone changes that step of the preset's (or default) steps. */
function buildFromOptions(o: BuildOptions): IndexBuild {
  const request: Record<string, unknown> = {};
  if (o.preset) request.preset = o.preset;
  if (o.meta) request.iMeta = readFileSync(o.meta, 'utf8');
  if (o.data) request.iData = readFileSync(o.data, 'utf8');
  if (o.steps) request.steps = JSON.parse(readFileSync(o.steps, 'utf8'));
  const settings = stepSettingsOf(o);
  if (Object.keys(settings).length) request.settings = settings;
  if (o.tiers) request.tiers = { method: 'quantiles', groups: numberOption('tiers', o.tiers) };
  if (!request.preset && !request.iMeta)
    throw new IndexFrameworkError([{ code: '--preset', problem: 'give --preset, or --meta and --data' }]);
  const parsed: BuildRequest = parseBuildRequest(request);
  return buildRecipe(recipeOf(parsed));
}

function fmt(v: number | null, digits = 2): string {
  return v === null || !Number.isFinite(v) ? 'NA' : v.toFixed(digits);
}

/** The ranking: rank, unit, top score, tier, then the scores one level down. */
function printRanking(build: IndexBuild, top: number): void {
  const levels = resultsByLevel(build.coin);
  const [index, below] = levels;
  const topCode = index.nodes[0].code;
  const subCodes = below && below.level > 1 ? below.nodes.map((n) => n.code) : [];
  const tierOf = new Map(build.tiers.map((t) => [t.unit, t.label]));
  const nameWidth = Math.min(28, Math.max(4, ...index.rows.map((r) => r.uName.length)));
  const out = process.stdout;
  out.write(
    `${build.recipe.name}${build.recipe.nameZh ? ` ${build.recipe.nameZh}` : ''}: ${index.rows.length} units\n`,
  );
  out.write(
    [
      'rank'.padStart(4),
      'unit'.padEnd(8),
      'name'.padEnd(nameWidth),
      topCode.padStart(8),
      'tier'.padEnd(8),
      ...subCodes.map((c) => c.slice(0, 10).padStart(10)),
    ].join(' ') + '\n',
  );
  for (const r of index.rows.slice(0, top)) {
    const subRow = below?.rows.find((x) => x.uCode === r.uCode);
    out.write(
      [
        fmt(r.ranks[topCode], 0).padStart(4),
        r.uCode.padEnd(8),
        r.uName.slice(0, nameWidth).padEnd(nameWidth),
        fmt(r.scores[topCode]).padStart(8),
        (tierOf.get(r.uCode) ?? '').slice(0, 8).padEnd(8),
        ...subCodes.map((c) => fmt(subRow?.scores[c] ?? null).padStart(10)),
      ].join(' ') + '\n',
    );
  }
  if (index.rows.length > top)
    out.write(`(${index.rows.length - top} more; --top N to show more, --out FILE for all)\n`);
}

function reportIssues(error: unknown): never {
  if (error instanceof IndexFrameworkError) {
    process.stderr.write('amity index: the index cannot be built:\n');
    for (const i of error.issues) process.stderr.write(`  ${i.code}: ${i.problem}\n`);
    process.exit(1);
  }
  throw error;
}

/** A progress bar on a terminal, a line every few seconds otherwise. */
function uncertaintyProgress(total: number): { onProgress: (done: number) => void; stop: () => void } {
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        format: 'replications [{bar}] {value}/{total} {percentage}% eta {eta_formatted}',
        stream: process.stderr,
        hideCursor: true,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0);
    return { onProgress: (done) => bar.update(done), stop: () => bar.stop() };
  }
  let last = 0;
  return {
    onProgress: (done) => {
      const now = Date.now();
      if (done === total || now - last > 2000) {
        process.stderr.write(`replications: ${done}/${total}\n`);
        last = now;
      }
    },
    stop: () => undefined,
  };
}

export function registerIndexCommands(program: Command): void {
  const index = program
    .command('index')
    .description('composite indices: build, rank, export, uncertainty analysis');

  withBuildOptions(index.command('build'))
    .description(
      'build an index from a preset or iMeta/iData files, print its ranking, optionally write results',
    )
    .option('--out <file>', 'write results with the methodology note: .csv or .xlsx')
    .option('--top <n>', 'rows of the ranking to print', '20')
    .action(async (o: BuildOptions & { out?: string; top: string }) => {
      let build: IndexBuild;
      try {
        build = buildFromOptions(o);
      } catch (error) {
        reportIssues(error);
      }
      printRanking(build, Number(o.top));
      if (o.out) {
        const ext = path.extname(o.out).toLowerCase();
        if (ext === '.xlsx') writeFileSync(o.out, await resultsXlsx(build));
        else if (ext === '.csv') writeFileSync(o.out, resultsCsv(build));
        else throw new Error(`--out ${o.out}: the file must end in .csv or .xlsx`);
        process.stdout.write(`results written to ${o.out}\n`);
      }
    });

  withBuildOptions(index.command('uncertainty'))
    .description(
      'uncertainty analysis: Monte Carlo replications over uncertain settings, rank intervals per unit',
    )
    .requiredOption('-n, --replications <n>', 'number of replications')
    .option('--seed <seed>', 'random seed', '1')
    .option(
      '--settings <file>',
      'JSON file of uncertain settings (default: winmax 1-5, min-max or z-score, 25% weight noise, arithmetic or geometric)',
    )
    .option('--workers <n>', 'worker threads (0: this thread)')
    .option('--top <n>', 'rows to print', '20')
    .action(
      async (
        o: BuildOptions & {
          replications: string;
          seed: string;
          settings?: string;
          workers?: string;
          top: string;
        },
      ) => {
        let build: IndexBuild;
        let settings: UncertainSettings;
        const n = Number(o.replications);
        try {
          build = buildFromOptions(o);
          if (!(Number.isInteger(n) && n > 0))
            throw new IndexFrameworkError([
              { code: '-n', problem: `'${o.replications}' is not a positive integer` },
            ]);
          if (o.settings) {
            const parsed = uncertainSettingsSchema.safeParse(JSON.parse(readFileSync(o.settings, 'utf8')));
            if (!parsed.success) throw issuesOf(parsed.error, 'settings');
            settings = parsed.data;
          } else settings = defaultUncertainSettings(build.recipe.framework, build.recipe.steps);
        } catch (error) {
          reportIssues(error);
        }
        const progress = uncertaintyProgress(n);
        const started = Date.now();
        let result;
        try {
          result = await runUncertainty(build.coin, settings, n, {
            seed: Number(o.seed),
            workers: o.workers === undefined ? undefined : Number(o.workers),
            onProgress: progress.onProgress,
          });
        } catch (error) {
          progress.stop();
          reportIssues(error);
        }
        progress.stop();
        const out = process.stdout;
        out.write(
          `${build.recipe.name}: ${result.replications} replications (seed ${o.seed}) over ${result.inputs.join(', ')} in ${((Date.now() - started) / 1000).toFixed(1)} s, ${result.workersUsed} worker(s), ${result.failedReplications} failed\n`,
        );
        out.write(
          `${'nominal'.padStart(7)} ${'unit'.padEnd(8)} ${'median'.padStart(6)} ${'mean'.padStart(6)} ${'5%-95%'.padStart(9)}\n`,
        );
        const order = result.units
          .map((_, i) => i)
          .sort((a, b) => result.nominalRank[a] - result.nominalRank[b]);
        for (const i of order.slice(0, Number(o.top)))
          out.write(
            `${fmt(result.nominalRank[i], 0).padStart(7)} ${result.units[i].padEnd(8)} ${fmt(result.medianRank[i], 1).padStart(6)} ${fmt(result.meanRank[i], 1).padStart(6)} ${`${fmt(result.q05Rank[i], 0)}-${fmt(result.q95Rank[i], 0)}`.padStart(9)}\n`,
          );
      },
    );
}
