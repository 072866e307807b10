/** What the network analyses answer, as the API sends them. */
import { z } from 'zod';

export const NODE_METRICS = [
  'degree',
  'betweenness',
  'closeness',
  'eigenvector',
  'pagerank',
  'coreNumber',
  'clustering',
  'continentParticipation',
] as const;

/** A place in the network with its metrics and names. */
export const networkNodeRowSchema = z
  .object({
    id: z.string(),
    nameEn: z.string(),
    nameZh: z.string().nullable(),
    countryCode: z.string(),
    continent: z.string(),
    degree: z.number().describe('distinct partners'),
    betweenness: z.number().describe('share of shortest paths through the place (normalised as NetworkX)'),
    closeness: z.number().describe('Wasserman–Faust closeness'),
    eigenvector: z.number(),
    pagerank: z.number(),
    coreNumber: z.number().describe('k-core number'),
    clustering: z.number().describe('local clustering coefficient'),
    community: z.number().describe('Louvain community, 0 the largest'),
    component: z.number().describe('connected component, 0 the largest'),
    continentParticipation: z.number().describe('0 all partners on one continent, towards 1 spread evenly'),
    interContinentalEdges: z.number(),
  })
  .meta({ id: 'NetworkNode' });

export const groupMatrixSchema = z
  .object({
    keys: z.array(z.string()),
    weights: z.array(z.array(z.number())),
    edges: z.array(z.array(z.number())),
    nodeCounts: z.array(z.number()),
  })
  .meta({ id: 'GroupMatrix' });

export const networkSummarySchema = z
  .object({
    nodes: z.number(),
    edges: z.number(),
    density: z.number(),
    averageClustering: z.number(),
    transitivity: z.number(),
    components: z.object({ count: z.number(), largest: z.number() }),
    communities: z.object({ count: z.number(), modularity: z.number(), largest: z.array(z.number()) }),
    bridges: z.number(),
    interContinentalEdges: z.number(),
    intraContinentalEdges: z.number(),
    continents: groupMatrixSchema,
    hubs: z.object({
      degree: z.array(networkNodeRowSchema),
      betweenness: z.array(networkNodeRowSchema),
      pagerank: z.array(networkNodeRowSchema),
    }),
    betweenness: z.object({ mode: z.enum(['exact', 'sampled']), pivots: z.number() }),
  })
  .meta({ id: 'NetworkSummary' });

export const egoNetworkSchema = z
  .object({
    center: z.string(),
    depth: z.number(),
    truncated: z.boolean(),
    nodes: z.array(networkNodeRowSchema),
    edges: z.array(z.object({ source: z.string(), target: z.string(), weight: z.number().optional() })),
  })
  .meta({ id: 'EgoNetwork' });

export const countryNetworkSchema = z
  .object({
    matrix: groupMatrixSchema,
    countries: z.array(
      z.object({
        id: z.string(),
        countryCode: z.string(),
        continent: z.string(),
        label: z.string().optional(),
        nameEn: z.string(),
        nameZh: z.string().nullable(),
        degree: z.number(),
        weightedDegree: z.number(),
        betweenness: z.number(),
        closeness: z.number(),
        eigenvector: z.number(),
        pagerank: z.number(),
        coreNumber: z.number(),
        clustering: z.number(),
        component: z.number(),
        community: z.number(),
        continentParticipation: z.number(),
        interContinentalEdges: z.number(),
        internationalEdges: z.number(),
      }),
    ),
    communities: z.object({
      count: z.number(),
      sizes: z.array(z.number()),
      modularity: z.number(),
      resolution: z.number(),
      seed: z.number(),
    }),
  })
  .meta({ id: 'CountryNetwork' });
