/**
 * `amity analyse …`: the analyses of the API from the command line, as JSON or CSV, on the same database.
 */
import { InvalidArgumentError, type Command } from 'commander';
import { writeFileSync } from 'node:fs';
import type { Database } from '../store/database.ts';
import { loadCurrentDataset } from '../services/datasets.ts';
import type { Dataset } from '../domain/dataset.ts';
import {
  capitalCase,
  compareHomes,
  countryCompetition,
  imbalance,
  homeTieFilter,
  layoutStatistics,
  mostContestedPlaces,
  rankDomestic,
  selectTies,
  coverageRows,
  statedCoverage,
  worldCoastIndex,
  type Benchmark,
  type TieFilter,
} from '../analysis/layout/index.ts';
import { analyseNetwork, toGexf, toGraphml } from '../analysis/network/index.ts';
import { partnershipGraph } from '../analysis/partnership-graph.ts';
import { toCsv } from '../domain/csv.ts';
import { AIDDATA_DIPLOMACY_ATTRIBUTION } from '../domain/attribution.ts';
import { COOPERATION_YEARS } from '../domain/cooperation-balance.ts';
import { placeCooperationBalance, tieCooperationBalance } from '../services/cooperation-balance.ts';
import { PUBLIC_ONLY } from '../store/visibility.ts';

/** A whole positive number of an option, or a clear refusal naming the option. */
function wholeYear(option: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 9999)
    throw new InvalidArgumentError(`${option}: not a whole year or count: ${value}`);
  return n;
}

interface HomeOptions {
  place?: string;
  province?: string;
  country?: string;
  subdivisions?: boolean;
  from?: string;
  to?: string;
  format: 'json' | 'csv';
  out?: string;
}

function homeFilter(o: HomeOptions): TieFilter {
  return homeTieFilter(o, {
    signedFrom: o.from ? Number(o.from) : undefined,
    signedTo: o.to ? Number(o.to) : undefined,
  });
}

function emit(
  o: { format: 'json' | 'csv'; out?: string },
  json: unknown,
  rows?: Record<string, unknown>[],
): void {
  const text = o.format === 'csv' && rows ? toCsv(rows) : JSON.stringify(json, null, 2) + '\n';
  if (o.out) writeFileSync(o.out, text);
  else process.stdout.write(text);
}

const withHome = (cmd: Command) =>
  cmd
    .option('--place <id>', 'a place id (gn:1796236 for Shanghai)')
    .option('--province <id>', 'a province id (st:CN-JS for Jiangsu)')
    .option('--country <code>', 'a country code: every tie with one side in it')
    .option('--subdivisions', "with --place: include the place's districts")
    .option('--from <year>', 'signed in or after this year')
    .option('--to <year>', 'signed in or before this year')
    .option('--format <format>', 'json or csv', 'json')
    .option('--out <file>', 'write to a file instead of standard output');

export function registerAnalyseCommands(
  program: Command,
  open: (options: object) => Promise<Database>,
): void {
  const analyse = program
    .command('analyse')
    .description('statistics, imbalance, comparisons, competition, rankings and network metrics');
  const dataset = async (options: object): Promise<{ db: Database; ds: Dataset }> => {
    const db = await open(options);
    return { db, ds: await loadCurrentDataset(db) };
  };

  withHome(analyse.command('layout'))
    .description(
      'global layout: shares by continent, country, year, type, level; partner profile; coastal partners',
    )
    .action(async (o: HomeOptions) => {
      const { db, ds } = await dataset(o);
      const layout = layoutStatistics(ds, selectTies(ds, homeFilter(o)), {
        coast: worldCoastIndex(),
        coastOverrides: ds.coastOverrides,
      });
      emit(o, layout, layout.byCountry as unknown as Record<string, unknown>[]);
      await db.close();
    });

  withHome(analyse.command('imbalance'))
    .description('partners against a benchmark, with the gap list')
    .option(
      '--benchmark <name>',
      'equal-continents | countries | urban-population | belt-and-road | corridor',
      'urban-population',
    )
    .option('--corridor <id>', 'with --benchmark corridor: CPEC, CMR, NELB, CCWA, BCIM, CICP')
    .action(async (o: HomeOptions & { benchmark: string; corridor?: string }) => {
      const { db, ds } = await dataset(o);
      const benchmark = (
        o.benchmark === 'corridor'
          ? { kind: 'corridor', corridorId: o.corridor ?? '' }
          : { kind: o.benchmark }
      ) as Benchmark;
      const result = imbalance(ds, selectTies(ds, homeFilter(o)), benchmark);
      emit(o, result, result.byCountry as unknown as Record<string, unknown>[]);
      await db.close();
    });

  analyse
    .command('compare')
    .description('two to four places side by side')
    .argument('<places...>', 'place ids')
    .option('--format <format>', 'json', 'json')
    .option('--out <file>', 'write to a file')
    .action(async (places: string[], o: { format: 'json'; out?: string }) => {
      if (places.length < 2 || places.length > 4) throw new Error('give two to four places');
      const { db, ds } = await dataset(o);
      emit(
        o,
        compareHomes(
          ds,
          places.map((placeId) => ({ home: { kind: 'place', placeId } })),
          { keys: places, coast: worldCoastIndex(), coastOverrides: ds.coastOverrides },
        ),
      );
      await db.close();
    });

  analyse
    .command('competition')
    .description(
      'domestic cities tied to a foreign country, contested partners, and whether its capital is held',
    )
    .argument('[country]', 'a foreign country code; without it, the most contested foreign places')
    .option('--format <format>', 'json or csv', 'json')
    .option('--out <file>', 'write to a file')
    .action(async (country: string | undefined, o: { format: 'json' | 'csv'; out?: string }) => {
      const { db, ds } = await dataset(o);
      if (country) {
        const code = country.toUpperCase();
        const result = { ...countryCompetition(ds, code), capitalCase: capitalCase(ds, code) };
        emit(o, result, result.places as unknown as Record<string, unknown>[]);
      } else {
        const items = mostContestedPlaces(ds, { limit: 100 });
        emit(
          o,
          items,
          items.map((i) => ({
            id: i.place.id,
            nameEn: i.place.nameEn,
            countryCode: i.place.countryCode,
            holders: i.holders.length,
          })),
        );
      }
      await db.close();
    });

  analyse
    .command('rankings')
    .description("a country's cities or provinces ranked by ties abroad")
    .option('--country <code>', 'country', 'CN')
    .option('--by <by>', 'place or province', 'place')
    .option('--limit <n>', 'rows', '50')
    .option('--format <format>', 'json or csv', 'json')
    .option('--out <file>', 'write to a file')
    .action(
      async (o: {
        country: string;
        by: 'place' | 'province';
        limit: string;
        format: 'json' | 'csv';
        out?: string;
      }) => {
        const { db, ds } = await dataset(o);
        const items = rankDomestic(ds, {
          countryCode: o.country.toUpperCase(),
          by: o.by,
          limit: Number(o.limit),
        });
        emit(
          o,
          items,
          items.map((r) => ({
            rank: r.rank,
            id: r.id,
            nameEn: r.place?.nameEn,
            nameZh: r.place?.nameZh,
            ties: r.ties,
            dated: r.dated,
            countries: r.countries,
            continents: r.continents,
          })),
        );
        await db.close();
      },
    );

  analyse
    .command('coverage')
    .description(
      "stated counts of each country's ties with Chinese places (AidData, from CIFCA) beside the ties counted here",
    )
    .option('--country <code>', 'only this partner country')
    .option('--format <format>', 'json or csv', 'json')
    .option('--out <file>', 'write to a file')
    .action(async (o: { country?: string; format: 'json' | 'csv'; out?: string }) => {
      const { db, ds } = await dataset(o);
      const result = statedCoverage(ds, 'CN');
      const countries = o.country
        ? result.countries.filter((c) => c.country.code === o.country!.toUpperCase())
        : result.countries;
      emit(o, { ...result, countries, attribution: AIDDATA_DIPLOMACY_ATTRIBUTION }, coverageRows(countries));
      await db.close();
    });

  analyse
    .command('cooperation')
    .description(
      'exchanges against projects year by year over recent years, for a place or a tie (public records)',
    )
    .option('--place <id>', 'a place id (gn:1796236 for Shanghai)')
    .option('--partnership <id>', 'a partnership id')
    .option('--subdivisions', "with --place: include the place's districts and counties")
    .option('--to <year>', 'the last year of the span (this year by default)')
    .option('--years <n>', 'how many years the span covers', String(COOPERATION_YEARS))
    .option('--format <format>', 'json or csv (the years)', 'json')
    .option('--out <file>', 'write to a file')
    .action(
      async (o: {
        place?: string;
        partnership?: string;
        subdivisions?: boolean;
        to?: string;
        years: string;
        format: 'json' | 'csv';
        out?: string;
      }) => {
        if (!o.place === !o.partnership)
          throw new InvalidArgumentError('give one of --place or --partnership');
        const span = {
          to: o.to === undefined ? undefined : wholeYear('--to', o.to),
          years: wholeYear('--years', o.years),
        };
        const db = await open(o);
        try {
          const balance = o.place
            ? await placeCooperationBalance(db, o.place, {
                ...span,
                includeSubdivisions: o.subdivisions,
                scope: PUBLIC_ONLY,
              })
            : await tieCooperationBalance(db, o.partnership!, { ...span, scope: PUBLIC_ONLY });
          if (!balance)
            throw new InvalidArgumentError(
              `no ${o.place ? `place ${o.place}` : `partnership ${o.partnership}`}`,
            );
          emit(o, balance, balance.years);
        } finally {
          await db.close();
        }
      },
    );

  analyse
    .command('network')
    .description('network metrics of every place (CSV or JSON), or the whole network for Gephi')
    .option('--format <format>', 'csv, json, gexf or graphml', 'csv')
    .option('--out <file>', 'write to a file')
    .option(
      '--sampled <pivots>',
      'sampled betweenness and closeness from this many pivots (for very large graphs)',
    )
    .action(async (o: { format: 'csv' | 'json' | 'gexf' | 'graphml'; out?: string; sampled?: string }) => {
      const { db, ds } = await dataset(o);
      const graph = partnershipGraph(ds);
      const sampled = o.sampled ? Number(o.sampled) : undefined;
      const analysis = analyseNetwork(graph, {
        seed: 1,
        ...(sampled
          ? { betweenness: { mode: 'sampled', pivots: sampled }, closeness: { mode: 'sampled' } }
          : {}),
      });
      const description =
        'Amity partnership network. Twin-city pairs: Wikipedia contributors (CC BY-SA 4.0).';
      const text =
        o.format === 'gexf'
          ? toGexf(graph, { analysis, description })
          : o.format === 'graphml'
            ? toGraphml(graph, { analysis, description })
            : o.format === 'json'
              ? JSON.stringify(analysis, null, 2) + '\n'
              : toCsv(
                  analysis.nodes.map((m) => ({
                    ...m,
                    nameEn: ds.places.get(m.id)?.nameEn,
                    nameZh: ds.places.get(m.id)?.nameZh,
                  })),
                );
      if (o.out) writeFileSync(o.out, text);
      else process.stdout.write(text);
      await db.close();
    });
}
