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
  analyseNetwork,
  countryMatrix,
  toGexf,
  toGraphml,
  type NetworkAnalysis,
  type NodeMetrics,
} from '../analysis/network/index.ts';
import { egoGraph, partnershipGraph } from '../analysis/partnership-graph.ts';
import { Problem, parseQuery, toCsv } from './http.ts';

/** Everything derived from one version of the data, computed on first use. */
export class AnalysisCache {
  private version = -1;
  private dataset: Promise<Dataset> | null = null;
  private memo = new Map<string, unknown>();
  /** When the data version was last checked; a burst of requests shares one check. */
  private checkedAt = 0;

  constructor(private readonly db: Database) {}

  private async current(): Promise<void> {
    const now = Date.now();
    if (now - this.checkedAt < 500 && this.dataset) return;
    this.checkedAt = now;
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
    return this.get('network', (dataset) => analyseNetwork(partnershipGraph(dataset), { seed: 1 }));
  }

  /** Forces a reload on the next request (tests, and writes made outside the change log). */
  invalidate(): void {
    this.checkedAt = 0;
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

export async function analysisRoutes(
  app: FastifyInstance,
  { cache }: { cache: AnalysisCache },
): Promise<void> {
  const network = () => cache.network();
  const tags = ['analysis'];

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
