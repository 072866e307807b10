/**
 * Analyses over the registry: network metrics (and, in layout-routes, statistics of layouts). Results are
 * cached per data version (the newest change-log id), so any write invalidates them.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Database } from '../store/database.ts';
import { dataVersion, loadDataset } from '../store/analysis-dataset.ts';
import type { Dataset } from '../analysis/dataset.ts';
import {
  analyseCountryNetwork,
  analyseNetworkInWorker,
  countryMatrix,
  toGexf,
  toGraphml,
  type NetworkAnalysis,
  type NodeMetrics,
} from '../analysis/network/index.ts';
import { egoGraph, partnershipGraph } from '../analysis/partnership-graph.ts';
import { Problem, parseQuery } from './http.ts';
import { toCsv } from '../domain/csv.ts';
import {
  BenchmarkError,
  capitalCase,
  compareHomes,
  compareStatedFigures,
  countryCompetition,
  imbalance,
  homeTieFilter,
  layoutStatistics,
  mostContestedPlaces,
  observationsFor,
  placeCompetition,
  rankDomestic,
  selectTies,
  worldCoastIndex,
  type Benchmark,
  type TieFilter,
} from '../analysis/layout/index.ts';
import { LEVELS, PARTNERSHIP_STATUSES, PARTNERSHIP_TYPES } from '../domain/registry.ts';

/** Everything derived from one version of the data, computed on first use. */
export class AnalysisCache {
  private version = -1;
  private dataset: Promise<Dataset> | null = null;
  private memo = new Map<string, unknown>();

  constructor(private readonly db: Database) {}

  private async current(): Promise<void> {
    const version = await dataVersion(this.db);
    if (version !== this.version || !this.dataset) {
      this.version = version;
      this.memo = new Map();
      this.dataset = loadDataset(this.db);
      this.dataset.catch(() => {
        this.dataset = null;
      });
    }
  }

  async data(): Promise<Dataset> {
    await this.current();
    return this.dataset!;
  }

  /** The value of `compute` for `key` in the current data version. */
  async get<T>(key: string, compute: (dataset: Dataset) => T | Promise<T>): Promise<T> {
    const dataset = await this.data();
    if (!this.memo.has(key)) {
      const value = Promise.resolve(compute(dataset));
      this.memo.set(key, value);
      value.catch(() => this.memo.delete(key));
    }
    return this.memo.get(key) as Promise<T>;
  }

  /** Metrics of the whole partnership network, the most expensive analysis (seconds on a large graph). */
  network(): Promise<NetworkAnalysis> {
    return this.get('network', (dataset) => analyseNetworkInWorker(partnershipGraph(dataset), { seed: 1 }));
  }

  /** Forces a reload on the next request (tests, and writes made outside the change log). */
  invalidate(): void {
    this.version = -1;
  }
}

const METRICS = [
  'degree',
  'betweenness',
  'closeness',
  'eigenvector',
  'pagerank',
  'coreNumber',
  'clustering',
  'continentParticipation',
] as const;

function nodeRow(dataset: Dataset, m: NodeMetrics) {
  const place = dataset.places.get(m.id);
  return {
    id: m.id,
    nameEn: place?.nameEn ?? m.label ?? m.id,
    nameZh: place?.nameZh ?? null,
    countryCode: m.countryCode,
    continent: m.continent,
    degree: m.degree,
    betweenness: m.betweenness,
    closeness: m.closeness,
    eigenvector: m.eigenvector,
    pagerank: m.pagerank,
    coreNumber: m.coreNumber,
    clustering: m.clustering,
    community: m.community,
    component: m.component,
    continentParticipation: m.continentParticipation,
    interContinentalEdges: m.interContinentalEdges,
  };
}

const list = <T extends string>(values: readonly [T, ...T[]]) =>
  z
    .string()
    .transform((text) => text.split(',').filter(Boolean))
    .pipe(z.array(z.enum(values)))
    .optional();

/** Which ties an analysis looks at: whose (a place, a province or a country) and which kinds. */
const selectionQuery = z
  .object({
    place: z.string().optional(),
    subdivisions: z.enum(['true', 'false']).optional(),
    province: z.string().optional(),
    country: z.string().length(2).toUpperCase().optional(),
    type: list(PARTNERSHIP_TYPES),
    level: list(LEVELS),
    status: list(PARTNERSHIP_STATUSES),
    from: z.coerce.number().int().min(1000).max(2100).optional(),
    to: z.coerce.number().int().min(1000).max(2100).optional(),
    undated: z.enum(['true', 'false']).optional(),
    threshold: z.coerce.number().min(0).max(500).optional(),
  })
  .refine((q) => [q.place, q.province, q.country].filter(Boolean).length === 1, {
    message: 'give exactly one of place, province or country',
    path: ['place'],
  });
type SelectionQuery = z.infer<typeof selectionQuery>;

function tieFilter(q: SelectionQuery): TieFilter {
  return homeTieFilter(
    { place: q.place, subdivisions: q.subdivisions === 'true', province: q.province, country: q.country },
    {
      types: q.type,
      levels: q.level,
      statuses: q.status,
      signedFrom: q.from,
      signedTo: q.to,
      includeUndated: q.undated === 'true',
    },
  );
}

function requirePlace(dataset: Dataset, id: string | undefined): void {
  if (id && !dataset.places.has(id))
    throw new Problem(404, 'Not found', `no place with id ${id} among the places with partnerships`);
}

export async function analysisRoutes(
  app: FastifyInstance,
  { cache }: { cache: AnalysisCache },
): Promise<void> {
  const network = () => cache.network();
  const tags = ['analysis'];
  const coast = () => cache.get('coast', () => worldCoastIndex());
  const layoutOf = async (dataset: Dataset, q: SelectionQuery) =>
    layoutStatistics(dataset, selectTies(dataset, tieFilter(q)), {
      coast: await coast(),
      coastalThresholdKm: q.threshold,
      coastOverrides: dataset.coastOverrides,
    });

  app.get(
    '/api/analysis/layout',
    {
      schema: {
        tags,
        summary:
          'Global layout of a place, province or country: shares by continent, country, year, type, level; partner profile; coastal partners',
      },
    },
    async (request, reply) => {
      const q = parseQuery(
        selectionQuery.and(z.object({ format: z.enum(['json', 'csv']).default('json') })),
        request.query,
      );
      const dataset = await cache.data();
      requirePlace(dataset, q.place);
      const layout = await layoutOf(dataset, q);
      if (q.format === 'csv') {
        return reply.type('text/csv; charset=utf-8').send(
          toCsv(
            layout.partners.map((p) => ({
              id: p.place.id,
              nameEn: p.place.nameEn,
              nameZh: p.place.nameZh,
              countryCode: p.place.countryCode,
              kind: p.kind,
              role: p.role,
              coastal: p.coast.coastal,
              coastBasis: p.coast.basis,
              ties: p.ties.length,
              firstSigned:
                p.ties
                  .map((t) => t.signedOn)
                  .filter(Boolean)
                  .sort()[0] ?? null,
            })),
          ),
        );
      }
      const subject = q.place ? { placeId: q.place } : q.country ? { countryCode: q.country } : null;
      const stated = subject
        ? compareStatedFigures(
            dataset,
            selectTies(dataset, tieFilter(q)),
            observationsFor(dataset, subject),
            q.place ?? null,
          )
        : [];
      // A country's layout has thousands of home places; list them only when there are few.
      const { homePlaceIds, ...rest } = layout;
      return {
        ...rest,
        homePlaceCount: homePlaceIds.length,
        ...(homePlaceIds.length <= 100 ? { homePlaceIds } : {}),
        stated,
      };
    },
  );

  app.get(
    '/api/analysis/imbalance',
    {
      schema: {
        tags,
        summary:
          'Partners against a benchmark: surplus and deficit by continent and country, dissimilarity, ranked gaps',
      },
    },
    async (request) => {
      const q = parseQuery(
        selectionQuery.and(
          z.object({
            benchmark: z
              .enum(['equal-continents', 'countries', 'urban-population', 'belt-and-road', 'corridor'])
              .default('urban-population'),
            corridor: z.string().optional(),
            weighting: z.enum(['equal', 'urban-population']).optional(),
            gaps: z.coerce.number().int().min(1).max(200).default(20),
          }),
        ),
        request.query,
      );
      const dataset = await cache.data();
      requirePlace(dataset, q.place);
      let benchmark: Benchmark;
      if (q.benchmark === 'corridor') {
        if (!q.corridor)
          throw new Problem(
            400,
            'Invalid query parameter',
            'query.corridor: required with benchmark=corridor',
            [{ field: 'query.corridor', reason: 'required with benchmark=corridor' }],
          );
        benchmark = { kind: 'corridor', corridorId: q.corridor, weighting: q.weighting };
      } else if (q.benchmark === 'belt-and-road')
        benchmark = { kind: 'belt-and-road', weighting: q.weighting };
      else benchmark = { kind: q.benchmark };
      try {
        return imbalance(dataset, selectTies(dataset, tieFilter(q)), benchmark, { gapLimit: q.gaps });
      } catch (error) {
        if (error instanceof BenchmarkError)
          throw new Problem(400, 'Invalid query parameter', error.message, [
            { field: 'query.corridor', reason: error.message },
          ]);
        throw error;
      }
    },
  );

  app.get(
    '/api/analysis/compare',
    {
      schema: {
        tags,
        summary:
          'Two to four places side by side: layouts, profiles, shared partners and countries (Jaccard), who got there first',
      },
    },
    async (request) => {
      const q = parseQuery(
        z.object({
          places: z
            .string()
            .transform((t) => t.split(',').filter(Boolean))
            .pipe(z.array(z.string()).min(2, 'give two to four places').max(4, 'give two to four places')),
          subdivisions: z.enum(['true', 'false']).optional(),
          threshold: z.coerce.number().min(0).max(500).optional(),
        }),
        request.query,
      );
      const dataset = await cache.data();
      for (const id of q.places) requirePlace(dataset, id);
      return compareHomes(
        dataset,
        q.places.map((placeId) => ({
          home: { kind: 'place', placeId, includeSubdivisions: q.subdivisions === 'true' },
        })),
        {
          keys: q.places,
          coast: await coast(),
          coastalThresholdKm: q.threshold,
          coastOverrides: dataset.coastOverrides,
        },
      );
    },
  );

  app.get(
    '/api/analysis/competition',
    {
      schema: {
        tags,
        summary:
          'Domestic cities tied to a foreign country or place, since when; contested partners; whether the capital is already held',
      },
    },
    async (request) => {
      const q = parseQuery(
        z
          .object({
            country: z.string().length(2).toUpperCase().optional(),
            place: z.string().optional(),
            home: z.string().length(2).toUpperCase().default('CN'),
            min: z.coerce.number().int().min(2).max(50).default(2),
          })
          .refine((x) => Boolean(x.country) !== Boolean(x.place), {
            message: 'give a country or a place',
            path: ['country'],
          }),
        request.query,
      );
      const dataset = await cache.data();
      const options = { homeCountryCode: q.home, minHolders: q.min };
      if (q.place) {
        requirePlace(dataset, q.place);
        return placeCompetition(dataset, q.place, options);
      }
      if (!dataset.countries.has(q.country!)) throw new Problem(404, 'Not found', `no country ${q.country}`);
      return {
        ...countryCompetition(dataset, q.country!, options),
        capitalCase: capitalCase(dataset, q.country!, options),
      };
    },
  );

  app.get(
    '/api/analysis/contested',
    { schema: { tags, summary: 'Foreign places tied to the most domestic cities' } },
    async (request) => {
      const q = parseQuery(
        z.object({
          home: z.string().length(2).toUpperCase().default('CN'),
          limit: z.coerce.number().int().min(1).max(500).default(50),
          min: z.coerce.number().int().min(2).max(50).default(2),
        }),
        request.query,
      );
      const dataset = await cache.data();
      return {
        items: mostContestedPlaces(dataset, { homeCountryCode: q.home, minHolders: q.min, limit: q.limit }),
      };
    },
  );

  app.get(
    '/api/analysis/rankings',
    {
      schema: {
        tags,
        summary: "A country's cities or provinces ranked by ties abroad, partner countries or continents",
      },
    },
    async (request, reply) => {
      const q = parseQuery(
        z.object({
          country: z.string().length(2).toUpperCase().default('CN'),
          by: z.enum(['place', 'province']).default('place'),
          sort: z.enum(['ties', 'countries', 'continents']).default('ties'),
          limit: z.coerce.number().int().min(1).max(5000).default(50),
          format: z.enum(['json', 'csv']).default('json'),
        }),
        request.query,
      );
      const dataset = await cache.data();
      const items = rankDomestic(dataset, {
        countryCode: q.country,
        by: q.by,
        sortBy: q.sort,
        limit: q.limit,
      });
      if (q.format === 'csv') {
        return reply.type('text/csv; charset=utf-8').send(
          toCsv(
            items.map((r) => ({
              rank: r.rank,
              id: r.id,
              nameEn: r.place?.nameEn ?? null,
              nameZh: r.place?.nameZh ?? null,
              ties: r.ties,
              partners: r.partners,
              countries: r.countries,
              continents: r.continents,
            })),
          ),
        );
      }
      return { items };
    },
  );

  app.get(
    '/api/analysis/network/summary',
    { schema: { tags, summary: 'The partnership network: size, components, communities, hubs and bridges' } },
    async () => {
      const dataset = await cache.data();
      const a = await network();
      const top = (metric: (typeof METRICS)[number]) =>
        [...a.nodes]
          .sort((x, y) => y[metric] - x[metric] || x.id.localeCompare(y.id))
          .slice(0, 20)
          .map((m) => nodeRow(dataset, m));
      return {
        nodes: a.nodeCount,
        edges: a.edgeCount,
        density: a.density,
        averageClustering: a.averageClustering,
        transitivity: a.transitivity,
        components: { count: a.components.count, largest: a.components.sizes[0] ?? 0 },
        communities: {
          count: a.communities.count,
          modularity: a.communities.modularity,
          largest: a.communities.sizes.slice(0, 10),
        },
        bridges: a.bridges.length,
        interContinentalEdges: a.continents.interContinentalEdges,
        intraContinentalEdges: a.continents.intraContinentalEdges,
        continents: a.continents.matrix,
        hubs: { degree: top('degree'), betweenness: top('betweenness'), pagerank: top('pagerank') },
        betweenness: a.betweenness,
      };
    },
  );

  app.get(
    '/api/analysis/network/nodes',
    { schema: { tags, summary: 'Per-place network metrics, sorted by one of them' } },
    async (request, reply) => {
      const q = parseQuery(
        z.object({
          sort: z.enum(METRICS).default('degree'),
          country: z.string().length(2).toUpperCase().optional(),
          limit: z.coerce.number().int().min(1).max(50000).default(100),
          offset: z.coerce.number().int().min(0).default(0),
          format: z.enum(['json', 'csv']).default('json'),
        }),
        request.query,
      );
      const dataset = await cache.data();
      const a = await network();
      const rows = a.nodes
        .filter((m) => !q.country || m.countryCode === q.country)
        .sort((x, y) => y[q.sort] - x[q.sort] || x.id.localeCompare(y.id));
      const items = rows.slice(q.offset, q.offset + q.limit).map((m) => nodeRow(dataset, m));
      if (q.format === 'csv') return reply.type('text/csv; charset=utf-8').send(toCsv(items));
      return { total: rows.length, limit: q.limit, offset: q.offset, items };
    },
  );

  app.get(
    '/api/analysis/network',
    {
      schema: {
        tags,
        summary: 'The network around a place: its partners (and theirs), with metrics and communities',
      },
    },
    async (request) => {
      const q = parseQuery(
        z.object({
          place: z.string().min(1),
          depth: z.coerce.number().int().min(1).max(2).default(1),
          limit: z.coerce.number().int().min(10).max(2000).default(300),
        }),
        request.query,
      );
      const dataset = await cache.data();
      if (!dataset.places.has(q.place))
        throw new Problem(404, 'Not found', `no place with id ${q.place} in the partnership network`);
      const a = await network();
      const metrics = new Map(a.nodes.map((m) => [m.id, m]));
      const graph = egoGraph(partnershipGraph(dataset), q.place, q.depth);
      // Keep the centre, then the best-connected places, so a large neighbourhood stays readable.
      const kept = new Set(
        [...graph.nodes]
          .sort(
            (x, y) =>
              Number(y.id === q.place) - Number(x.id === q.place) ||
              (metrics.get(y.id)?.degree ?? 0) - (metrics.get(x.id)?.degree ?? 0),
          )
          .slice(0, q.limit)
          .map((n) => n.id),
      );
      return {
        center: q.place,
        depth: q.depth,
        truncated: graph.nodes.length > kept.size,
        nodes: graph.nodes.filter((n) => kept.has(n.id)).map((n) => nodeRow(dataset, metrics.get(n.id)!)),
        edges: graph.edges.filter((e) => kept.has(e.source) && kept.has(e.target)),
      };
    },
  );

  app.get(
    '/api/analysis/network/countries',
    {
      schema: { tags, summary: 'Country-by-country matrix of partnerships and the country network metrics' },
    },
    async () => {
      const dataset = await cache.data();
      return cache.get('network:countries', () => {
        const graph = partnershipGraph(dataset);
        const matrix = countryMatrix(graph);
        const countries = analyseCountryNetwork(graph, { seed: 1 });
        return {
          matrix,
          countries: countries.nodes.map((m) => ({
            ...m,
            nameEn: dataset.countries.get(m.id)?.nameEn ?? m.id,
            nameZh: dataset.countries.get(m.id)?.nameZh ?? null,
          })),
          communities: countries.communities,
        };
      });
    },
  );

  app.get(
    '/api/analysis/network/export',
    { schema: { tags, summary: 'The partnership network with metrics as GEXF or GraphML, for Gephi' } },
    async (request, reply) => {
      const q = parseQuery(z.object({ format: z.enum(['gexf', 'graphml']).default('gexf') }), request.query);
      const dataset = await cache.data();
      const analysis = await network();
      const graph = partnershipGraph(dataset);
      const description =
        'Amity partnership network. Twin-city pairs: Wikipedia contributors (CC BY-SA 4.0).';
      const body =
        q.format === 'gexf'
          ? toGexf(graph, { analysis, description })
          : toGraphml(graph, { analysis, description });
      return reply
        .type('application/xml; charset=utf-8')
        .header('Content-Disposition', `attachment; filename="amity-network.${q.format}"`)
        .send(body);
    },
  );
}
