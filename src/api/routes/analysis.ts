/**
 * Analyses over the registry: layouts, imbalance, comparisons, competition, rankings and network
 * metrics. Results are cached per data version (the newest change-log id), so any write invalidates them.
 */
import { z } from 'zod';
import type { Dataset } from '../../domain/dataset.ts';
import { LEVELS, PARTNERSHIP_STATUSES, PARTNERSHIP_TYPES } from '../../domain/registry.ts';
import { AIDDATA_DIPLOMACY_ATTRIBUTION } from '../../domain/attribution.ts';
import {
  comparisonSchema,
  countryCompetitionSchema,
  foreignPlaceHoldingsSchema,
  capitalCaseSchema,
  coverageResultSchema,
  imbalanceSchema,
  layoutReplySchema,
  rankedEntrySchema,
} from '../../domain/layout-results.ts';
import {
  NODE_METRICS,
  countryNetworkSchema,
  egoNetworkSchema,
  networkNodeRowSchema,
  networkSummarySchema,
} from '../../domain/network-results.ts';
import {
  analyseCountryNetwork,
  countryMatrix,
  toGexf,
  toGraphml,
  type NodeMetrics,
} from '../../analysis/network/index.ts';
import { egoGraph } from '../../analysis/partnership-graph.ts';
import {
  BenchmarkError,
  NotForeignError,
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
  practicalCooperation,
  projectCounts,
  rankDomestic,
  selectTies,
  coverageRows,
  statedCoverage,
  worldCoastIndex,
  type Benchmark,
  type TieFilter,
} from '../../analysis/layout/index.ts';
import { Problem } from '../http.ts';
import { withZod, type RoutePlugin } from '../context.ts';
import { countryParam, jsonOrCsv, sendTable, yearParam } from './record-routes.ts';

function nodeRow(dataset: Dataset, m: NodeMetrics): z.infer<typeof networkNodeRowSchema> {
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

/** `a,b,c`: a comma-separated list of values from `values`. */
const listOf = <T extends string>(values: readonly [T, ...T[]]) =>
  z
    .string()
    .transform((text) => text.split(',').filter(Boolean))
    .pipe(z.array(z.enum(values)))
    .optional()
    .describe(`comma-separated: ${values.join(', ')}`);

const flag = z.enum(['true', 'false']).optional();
const thresholdKm = z.coerce
  .number()
  .min(0)
  .max(500)
  .optional()
  .describe('distance to the coastline, in km, within which a partner counts as coastal');
const homeCountry = z
  .string()
  .length(2)
  .toUpperCase()
  .default('CN')
  .describe('the country whose places are home');

/** Which ties an analysis looks at: whose (a place, a province or a country) and which kinds. */
const selectionFields = z.object({
  place: z.string().optional().describe('the ties of a place'),
  subdivisions: flag.describe('with place: also its districts and counties'),
  province: z.string().optional().describe('the ties of a province and everything in it'),
  country: countryParam.describe('the ties of a country'),
  type: listOf(PARTNERSHIP_TYPES),
  level: listOf(LEVELS),
  status: listOf(PARTNERSHIP_STATUSES),
  from: yearParam.describe('signed in or after this year'),
  to: yearParam.describe('signed in or before this year'),
  undated: flag.describe('with from or to: keep undated ties'),
  threshold: thresholdKm,
});
type Selection = z.infer<typeof selectionFields>;

/** Exactly one home: a place, a province or a country. */
function withOneHome<T extends typeof selectionFields>(schema: T) {
  return schema.refine((q) => [q.place, q.province, q.country].filter(Boolean).length === 1, {
    message: 'give exactly one of place, province or country',
    path: ['place'],
  });
}

function tieFilter(q: Selection): TieFilter {
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

export const analysisRoutes: RoutePlugin = async (plugin) => {
  const app = withZod(plugin);
  const cache = app.analysisCache;
  const network = () => cache.network();
  const tags = ['analysis'];
  const coast = () => cache.get('coast', () => worldCoastIndex());
  const layoutOf = async (dataset: Dataset, q: Selection) =>
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
        querystring: withOneHome(
          selectionFields.extend({
            format: z
              .enum(['json', 'csv', 'xlsx'])
              .default('json')
              .describe('csv or xlsx lists the partners'),
          }),
        ),
        response: { 200: jsonOrCsv(layoutReplySchema, 'the layout, with stated figures beside it') },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const dataset = await cache.data();
      requirePlace(dataset, q.place);
      const layout = await layoutOf(dataset, q);
      if (q.format !== 'json') {
        return sendTable(
          reply,
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
          q.format,
          'layout-partners',
        );
      }
      const subject = q.place ? { placeId: q.place } : q.country ? { countryCode: q.country } : null;
      const selection = selectTies(dataset, tieFilter(q));
      const stated = subject
        ? compareStatedFigures(dataset, selection, observationsFor(dataset, subject), q.place ?? null)
        : [];
      const counts = await cache.get('project-counts', (d) => projectCounts(d));
      // A country's layout has thousands of home places; list them only when there are few.
      const { homePlaceIds, ...rest } = layout;
      return reply.send({
        ...rest,
        homePlaceCount: homePlaceIds.length,
        ...(homePlaceIds.length <= 100 ? { homePlaceIds } : {}),
        stated,
        practical: practicalCooperation(dataset, selection, { counts }),
      });
    },
  );

  app.get(
    '/api/analysis/imbalance',
    {
      schema: {
        tags,
        summary:
          'Partners against a benchmark: surplus and deficit by continent and country, dissimilarity, ranked gaps',
        querystring: withOneHome(
          selectionFields.extend({
            benchmark: z
              .enum(['equal-continents', 'countries', 'urban-population', 'belt-and-road', 'corridor'])
              .default('urban-population'),
            corridor: z.string().optional().describe('with benchmark=corridor: the corridor id'),
            weighting: z.enum(['equal', 'urban-population']).optional(),
            gaps: z.coerce.number().int().min(1).max(200).default(20).describe('how many gap countries'),
          }),
        ),
        response: { 200: imbalanceSchema },
      },
    },
    async (request) => {
      const q = request.query;
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
        querystring: z.object({
          places: z
            .string()
            .transform((t) => t.split(',').filter(Boolean))
            .pipe(z.array(z.string()).min(2, 'give two to four places').max(4, 'give two to four places'))
            .describe('two to four place ids, comma-separated'),
          subdivisions: flag,
          threshold: thresholdKm,
        }),
        response: { 200: comparisonSchema },
      },
    },
    async (request) => {
      const q = request.query;
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
        querystring: z
          .object({
            country: countryParam.describe('a foreign country'),
            place: z.string().optional().describe('a foreign place'),
            home: homeCountry,
            min: z.coerce
              .number()
              .int()
              .min(2)
              .max(50)
              .default(2)
              .describe('holders that make a place contested'),
          })
          .refine((x) => Boolean(x.country) !== Boolean(x.place), {
            message: 'give a country or a place',
            path: ['country'],
          }),
        response: {
          200: z.union([
            countryCompetitionSchema.extend({ capitalCase: capitalCaseSchema }),
            foreignPlaceHoldingsSchema,
          ]),
        },
      },
    },
    async (request) => {
      const q = request.query;
      const dataset = await cache.data();
      const options = { homeCountryCode: q.home, minHolders: q.min };
      try {
        if (q.place) {
          requirePlace(dataset, q.place);
          return placeCompetition(dataset, q.place, options)!;
        }
        if (!dataset.countries.has(q.country!))
          throw new Problem(404, 'Not found', `no country ${q.country}`);
        return {
          ...countryCompetition(dataset, q.country!, options),
          capitalCase: capitalCase(dataset, q.country!, options),
        };
      } catch (error) {
        if (error instanceof NotForeignError)
          throw new Problem(400, 'Not foreign', error.message, [
            { field: `query.${q.place ? 'place' : 'country'}`, reason: error.message },
          ]);
        throw error;
      }
    },
  );

  app.get(
    '/api/analysis/contested',
    {
      schema: {
        tags,
        summary: 'Foreign places tied to the most domestic cities',
        querystring: z.object({
          home: homeCountry,
          limit: z.coerce.number().int().min(1).max(500).default(50),
          min: z.coerce
            .number()
            .int()
            .min(2)
            .max(50)
            .default(2)
            .describe('holders that make a place contested'),
        }),
        response: { 200: z.object({ items: z.array(foreignPlaceHoldingsSchema) }) },
      },
    },
    async (request) => {
      const q = request.query;
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
        querystring: z.object({
          country: z.string().length(2).toUpperCase().default('CN'),
          by: z.enum(['place', 'province']).default('place'),
          sort: z.enum(['ties', 'countries', 'continents']).default('ties'),
          limit: z.coerce.number().int().min(1).max(5000).default(50),
          format: z.enum(['json', 'csv', 'xlsx']).default('json'),
        }),
        response: { 200: jsonOrCsv(z.object({ items: z.array(rankedEntrySchema) }), 'the ranking') },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const dataset = await cache.data();
      const items = rankDomestic(dataset, {
        countryCode: q.country,
        by: q.by,
        sortBy: q.sort,
        limit: q.limit,
      });
      if (q.format !== 'json') {
        return sendTable(
          reply,
          items.map((r) => ({
            rank: r.rank,
            id: r.id,
            nameEn: r.place?.nameEn ?? null,
            nameZh: r.place?.nameZh ?? null,
            ties: r.ties,
            dated: r.dated,
            partners: r.partners,
            countries: r.countries,
            continents: r.continents,
          })),
          q.format,
          `rankings-${q.by}`,
        );
      }
      return reply.send({ items });
    },
  );

  app.get(
    '/api/analysis/coverage',
    {
      schema: {
        tags,
        summary:
          "Stated counts of each partner country's ties with Chinese places (AidData, from CIFCA) beside the ties counted here, with how many are dated and the coverage ratio",
        querystring: z.object({
          country: countryParam.describe('only this partner country'),
          format: z.enum(['json', 'csv', 'xlsx']).default('json'),
        }),
        response: { 200: jsonOrCsv(coverageResultSchema, 'the coverage table') },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const result = await cache.get('coverage', (dataset) => statedCoverage(dataset, 'CN'));
      const countries = q.country
        ? result.countries.filter((c) => c.country.code === q.country)
        : result.countries;
      if (q.format !== 'json') return sendTable(reply, coverageRows(countries), q.format, 'coverage');
      return reply.send({ ...result, countries, attribution: AIDDATA_DIPLOMACY_ATTRIBUTION });
    },
  );

  app.get(
    '/api/analysis/network/summary',
    {
      schema: {
        tags,
        summary: 'The partnership network: size, components, communities, hubs and bridges',
        response: { 200: networkSummarySchema },
      },
    },
    async () => {
      const dataset = await cache.data();
      const a = await network();
      const top = (metric: (typeof NODE_METRICS)[number]) =>
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
    {
      schema: {
        tags,
        summary: 'Per-place network metrics, sorted by one of them',
        querystring: z.object({
          sort: z.enum(NODE_METRICS).default('degree'),
          country: countryParam,
          limit: z.coerce.number().int().min(1).max(50000).default(100),
          offset: z.coerce.number().int().min(0).default(0),
          format: z.enum(['json', 'csv', 'xlsx']).default('json'),
        }),
        response: {
          200: jsonOrCsv(
            z.object({
              total: z.number(),
              limit: z.number(),
              offset: z.number(),
              items: z.array(networkNodeRowSchema),
            }),
            'a page of places with their metrics',
          ),
        },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const dataset = await cache.data();
      const a = await network();
      const rows = a.nodes
        .filter((m) => !q.country || m.countryCode === q.country)
        .sort((x, y) => y[q.sort] - x[q.sort] || x.id.localeCompare(y.id));
      const items = rows.slice(q.offset, q.offset + q.limit).map((m) => nodeRow(dataset, m));
      if (q.format !== 'json') return sendTable(reply, items, q.format, 'network-places');
      return reply.send({ total: rows.length, limit: q.limit, offset: q.offset, items });
    },
  );

  app.get(
    '/api/analysis/network',
    {
      schema: {
        tags,
        summary: 'The network around a place: its partners (and theirs), with metrics and communities',
        querystring: z.object({
          place: z.string().min(1),
          depth: z.coerce.number().int().min(1).max(2).default(1).describe('1 its partners, 2 theirs too'),
          limit: z.coerce.number().int().min(10).max(2000).default(300).describe('places shown at most'),
        }),
        response: { 200: egoNetworkSchema },
      },
    },
    async (request) => {
      const q = request.query;
      const dataset = await cache.data();
      if (!dataset.places.has(q.place))
        throw new Problem(404, 'Not found', `no place with id ${q.place} in the partnership network`);
      const a = await network();
      const metrics = new Map(a.nodes.map((m) => [m.id, m]));
      const graph = egoGraph(await cache.graph(), q.place, q.depth);
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
      schema: {
        tags,
        summary: 'Country-by-country matrix of partnerships and the country network metrics',
        response: { 200: countryNetworkSchema },
      },
    },
    async () => {
      const dataset = await cache.data();
      return cache.get('network:countries', async () => {
        const graph = await cache.graph();
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
    {
      schema: {
        tags,
        summary: 'The partnership network with metrics as GEXF or GraphML, for Gephi',
        querystring: z.object({ format: z.enum(['gexf', 'graphml']).default('gexf') }),
        response: {
          200: {
            description: 'the graph file, as a download',
            content: { 'application/xml': { schema: z.string() } },
          },
        },
      },
    },
    async (request, reply) => {
      const { format } = request.query;
      const analysis = await network();
      const graph = await cache.graph();
      const description =
        'Amity partnership network. Twin-city pairs: Wikipedia contributors (CC BY-SA 4.0).';
      const body =
        format === 'gexf'
          ? toGexf(graph, { analysis, description })
          : toGraphml(graph, { analysis, description });
      return reply
        .type('application/xml; charset=utf-8')
        .header('Content-Disposition', `attachment; filename="amity-network.${format}"`)
        .send(body);
    },
  );
};
