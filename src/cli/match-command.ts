/**
 * `amity match <placeId>`: ranked, explained partner candidates; `amity match vet <placeId> <candidateId>`:
 * the explanation and warnings of one proposal. Same analysis as the API, on the same database.
 */
import { developmentIndicator } from '../store/indices.ts';
import type { DevelopmentIndicator } from '../domain/matching.ts';
import type { Command } from 'commander';
import type { Continent } from '../domain/geo.ts';
import type { Database } from '../store/database.ts';
import { loadCurrentDataset, loadMatchingPool, loadNeedsOffers } from '../services/datasets.ts';
import {
  COMPONENT_KEYS,
  PRESET_NAMES,
  rankCandidates,
  vetCandidate,
  type MatchingRequest,
  type MatchingWeights,
  type NeedsOffers,
  type PresetName,
} from '../analysis/matching/index.ts';
import { toCsv } from '../domain/csv.ts';

interface MatchOptions {
  strategy: string;
  weights?: string;
  limit: string;
  format: 'json' | 'csv' | 'text';
  continent?: string;
  country?: string;
  corridor?: string;
  minPopulation?: string;
  development?: string;
  benchmark?: string;
}

function parseWeights(text: string | undefined): Partial<MatchingWeights> {
  const out: Partial<MatchingWeights> = {};
  for (const part of (text ?? '').split(',').filter(Boolean)) {
    const [key, value] = part.split(':');
    if (!COMPONENT_KEYS.includes(key as keyof MatchingWeights) || !(Number(value) >= 0))
      throw new Error(
        `--weights ${part}: give component:weight (≥ 0); components are ${COMPONENT_KEYS.join(', ')}`,
      );
    out[key as keyof MatchingWeights] = Number(value);
  }
  return out;
}

async function prepared(db: Database) {
  const dataset = await loadCurrentDataset(db);
  return { dataset, pool: await loadMatchingPool(db, dataset), needsOffers: await loadNeedsOffers(db) };
}

function requestOf(
  placeId: string,
  o: MatchOptions,
  needsOffers: Map<string, NeedsOffers>,
  development: DevelopmentIndicator | null,
): MatchingRequest {
  if (!PRESET_NAMES.includes(o.strategy as PresetName))
    throw new Error(`--strategy ${o.strategy}: one of ${PRESET_NAMES.join(', ')}`);
  return {
    seekerId: placeId,
    preset: o.strategy as PresetName,
    weights: parseWeights(o.weights),
    needsOffers,
    development,
    ...(o.benchmark ? { benchmark: { kind: o.benchmark } as MatchingRequest['benchmark'] } : {}),
  };
}

/** The --development index as an indicator, or an error naming it when it has no stored results. */
async function developmentOf(db: Database, o: MatchOptions): Promise<DevelopmentIndicator | null> {
  if (!o.development) return null;
  const indicator = await developmentIndicator(db, o.development);
  if (!indicator)
    throw new Error(
      `--development ${o.development}: no stored results for that index (amity index build … and save it first)`,
    );
  return indicator;
}

const withStrategy = (cmd: Command) =>
  cmd
    .option('--strategy <preset>', PRESET_NAMES.join(' | '), 'balanced')
    .option('--weights <list>', 'weight overrides, e.g. profile:2,degree:0.5')
    .option('--format <format>', 'text, json or csv', 'text')
    .option('--development <indexId>', "a saved index whose scores stand for the places' development level")
    .option(
      '--benchmark <name>',
      'what the deficits are measured against: urban-population, equal-continents, countries, belt-and-road',
    );

export function registerMatchCommands(program: Command, open: (options: object) => Promise<Database>): void {
  const match = withStrategy(
    program
      .command('match')
      .description(
        "ranked, explained candidates for a place's next partners; `match vet` checks one proposal",
      )
      .argument('[placeId]', 'the place seeking partners (gn:1796236 for Shanghai)'),
  )
    .option('--limit <n>', 'how many candidates', '20')
    .option('--continent <list>', 'only these continents, e.g. Africa,Asia')
    .option('--country <list>', 'only these countries, e.g. VN,TH')
    .option('--corridor <id>', "only a corridor's countries and node cities")
    .option('--min-population <n>', 'only places at least this large')
    .action(async (placeId: string | undefined, o: MatchOptions) => {
      if (!placeId) {
        match.help();
        return;
      }
      const db = await open(o);
      try {
        const { dataset, pool, needsOffers } = await prepared(db);
        const result = rankCandidates(pool, dataset, {
          ...requestOf(placeId, o, needsOffers, await developmentOf(db, o)),
          limit: Number(o.limit),
          filter: {
            continents: o.continent?.split(',') as Continent[] | undefined,
            countries: o.country?.split(','),
            corridor: o.corridor,
            minPopulation: o.minPopulation ? Number(o.minPopulation) : undefined,
          },
        });
        if (o.format === 'json') process.stdout.write(JSON.stringify(result, null, 2) + '\n');
        else if (o.format === 'csv')
          process.stdout.write(
            toCsv(
              result.items.map((r) => ({
                rank: r.rank,
                id: r.place.id,
                nameEn: r.place.nameEn,
                nameZh: r.place.nameZh,
                countryCode: r.place.countryCode,
                score: r.score,
                explanationEn: r.explanation.map((e) => e.en).join(' | '),
                explanationZh: r.explanation.map((e) => e.zh).join(' | '),
                warnings: r.warnings.map((w) => w.code).join(' '),
              })),
            ),
          );
        else {
          process.stdout.write(
            `${result.seeker.nameEn} (${result.seeker.nameZh ?? ''}): ${result.preset}, ${result.considered} candidates considered\n`,
          );
          for (const r of result.items) {
            process.stdout.write(
              `${String(r.rank).padStart(3)}. ${r.place.nameEn} ${r.place.nameZh ?? ''} (${r.place.countryCode}) ${r.score.toFixed(3)}\n`,
            );
            for (const e of r.explanation.slice(0, 4))
              process.stdout.write(
                `       ${e.contribution >= 0 ? '+' : ''}${e.contribution.toFixed(3)} ${e.en} / ${e.zh}\n`,
              );
            for (const w of r.warnings) process.stdout.write(`       ! ${w.en} / ${w.zh}\n`);
          }
        }
      } finally {
        await db.close();
      }
    });

  withStrategy(match.command('vet'))
    .description('the explanation of one proposed partner, with warnings')
    .argument('<placeId>', 'the place seeking a partner')
    .argument('<candidateId>', 'the proposed partner')
    .action(async (placeId: string, candidateId: string, o: MatchOptions) => {
      const db = await open(o);
      try {
        const { dataset, pool, needsOffers } = await prepared(db);
        const result = vetCandidate(
          pool,
          dataset,
          requestOf(placeId, o, needsOffers, await developmentOf(db, o)),
          candidateId,
        );
        if (o.format === 'json' || o.format === 'csv')
          process.stdout.write(JSON.stringify(result, null, 2) + '\n');
        else {
          process.stdout.write(
            `${result.place.nameEn} for ${result.seeker.nameEn}: score ${result.score.toFixed(3)}, rank ${result.rankAmongAll ?? '—'} of ${result.considered}\n`,
          );
          for (const e of result.explanation)
            process.stdout.write(
              `  ${e.contribution >= 0 ? '+' : ''}${e.contribution.toFixed(3)} ${e.en} / ${e.zh}\n`,
            );
          for (const w of result.warnings) process.stdout.write(`  ! ${w.en} / ${w.zh}\n`);
          if (!result.warnings.length) process.stdout.write('  no warnings / 无警示\n');
        }
      } finally {
        await db.close();
      }
    });
}
