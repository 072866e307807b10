import { stateOf } from '../../domain/geo.ts';
import { louvainCommunities } from './communities.ts';
import { localityOrdered, NetworkInputError, toCsr, type CsrGraph } from './csr.ts';
import { countryGraph, groupMatrixOf, groupTies, type CountryNode } from './groups.ts';
import { brandes, closenessSampled, exactShortestPaths, normaliseBetweenness } from './paths.ts';
import { sampleIndices } from '../random.ts';
import { eigenvectorCentrality, pagerank } from './spectral.ts';
import { bridges, clustering, connectedComponents, coreNumbers, degrees } from './structure.ts';
import type { AnalyseOptions, BridgeEdge, NetworkAnalysis, NetworkGraph, NodeMetrics } from './types.ts';

/** Every metric of the partnership network, computed on a CSR form of it. Pure: same input and options, same output. */
export function analyseNetwork(graph: NetworkGraph, options: AnalyseOptions = {}): NetworkAnalysis {
  const g = toCsr(graph);
  return analyseCsr(g, graph, options);
}

function analyseCsr(g: CsrGraph, graph: NetworkGraph, options: AnalyseOptions = {}): NetworkAnalysis {
  const { n, m } = g;
  const seed = options.seed ?? 1;
  const betweennessMode = options.betweenness?.mode ?? 'exact';
  const closenessMode = options.closeness?.mode ?? 'exact';
  if (closenessMode === 'sampled' && betweennessMode !== 'sampled') {
    throw new NetworkInputError(
      'options.closeness.mode: sampled closeness reuses the pivots of sampled betweenness',
    );
  }

  const { degree, weightedDegree } = degrees(g);
  const components = connectedComponents(g);

  let sources: Int32Array;
  if (betweennessMode === 'exact') {
    sources = new Int32Array(n);
    for (let i = 0; i < n; i++) sources[i] = i;
  } else {
    const pivots = options.betweenness?.pivots ?? Math.min(n, 500);
    if (!Number.isInteger(pivots) || pivots < 1) {
      throw new NetworkInputError(
        `options.betweenness.pivots: must be a positive integer, got ${String(pivots)}`,
      );
    }
    sources = sampleIndices(n, pivots, seed);
  }
  const exact = betweennessMode === 'exact';
  // The searches run on a copy renumbered for memory locality; results are mapped back to input order.
  const local = localityOrdered(g);
  const back = (values: Float64Array) => {
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) out[local.order[i]] = values[i];
    return out;
  };
  let betweenness: Float64Array;
  let closeness: Float64Array;
  if (exact) {
    const paths = exactShortestPaths(local.graph, true);
    betweenness = normaliseBetweenness(back(paths.raw!), sources, true);
    closeness = back(paths.closeness);
  } else {
    const newOf = new Int32Array(n);
    for (let i = 0; i < n; i++) newOf[local.order[i]] = i;
    const localSources = sources.map((s) => newOf[s]);
    const localComponent = new Int32Array(n);
    for (let i = 0; i < n; i++) localComponent[i] = components.component[local.order[i]];
    const shortest = brandes(local.graph, localSources);
    betweenness = normaliseBetweenness(back(shortest.raw), sources, false);
    closeness =
      closenessMode === 'exact'
        ? back(exactShortestPaths(local.graph, false).closeness)
        : back(
            closenessSampled(
              local.graph,
              localSources,
              shortest.distanceFromSources,
              localComponent,
              components.sizes,
            ),
          );
  }

  const alpha = options.pagerank?.alpha ?? 0.85;
  const rank = pagerank(g, alpha, options.pagerank?.tolerance, options.pagerank?.maxIterations);
  const eigen = eigenvectorCentrality(g, options.eigenvector?.tolerance, options.eigenvector?.maxIterations);
  const cores = coreNumbers(g);
  const clusters = clustering(g);
  const louvainSeed = options.louvain?.seed ?? seed;
  const resolution = options.louvain?.resolution ?? 1;
  const communities = louvainCommunities(g, louvainSeed, resolution);
  const continentOf = graph.nodes.map((node) => node.continent);
  const continentTies = groupTies(g, continentOf);
  // Ties within a state are not international: Shenzhen–Hong Kong is not (stateOf).
  const countryTies = groupTies(
    g,
    graph.nodes.map((node) => stateOf(node.countryCode)),
  );

  const nodes: NodeMetrics[] = graph.nodes.map((node, v) => {
    const metrics: NodeMetrics = {
      id: node.id,
      countryCode: node.countryCode,
      continent: node.continent,
      degree: degree[v],
      weightedDegree: weightedDegree[v],
      betweenness: betweenness[v],
      closeness: closeness[v],
      eigenvector: eigen.values[v],
      pagerank: rank.values[v],
      coreNumber: cores[v],
      clustering: clusters.local[v],
      component: components.component[v],
      community: communities.community[v],
      continentParticipation: continentTies.participation[v],
      interContinentalEdges: continentTies.crossEdges[v],
      internationalEdges: countryTies.crossEdges[v],
    };
    if (node.label !== undefined) metrics.label = node.label;
    return metrics;
  });

  const bridgeEdges: BridgeEdge[] = bridges(g).map(({ edge, childSide }) => {
    const size = components.sizes[components.component[g.edgeSource[edge]]];
    const other = size - childSide;
    return {
      source: g.ids[g.edgeSource[edge]],
      target: g.ids[g.edgeTarget[edge]],
      weight: g.edgeWeight[edge],
      smallerSide: Math.min(childSide, other),
      largerSide: Math.max(childSide, other),
    };
  });

  const continentMatrix = groupMatrixOf(g, continentOf);
  let intra = 0;
  for (let i = 0; i < continentMatrix.keys.length; i++) intra += continentMatrix.edges[i][i];

  return {
    nodeCount: n,
    edgeCount: m,
    selfLoopsDropped: g.selfLoopsDropped,
    duplicateEdgesMerged: g.duplicateEdgesMerged,
    density: n > 1 ? (2 * m) / (n * (n - 1)) : 0,
    nodes,
    averageClustering: clusters.average,
    transitivity: clusters.transitivity,
    components: { count: components.sizes.length, sizes: components.sizes },
    communities: {
      count: communities.sizes.length,
      sizes: communities.sizes,
      modularity: communities.modularity,
      resolution,
      seed: louvainSeed,
    },
    bridges: bridgeEdges,
    continents: { matrix: continentMatrix, interContinentalEdges: m - intra, intraContinentalEdges: intra },
    betweenness: { mode: betweennessMode, pivots: sources.length },
    closeness: { mode: exact ? 'exact' : closenessMode },
    pagerank: { alpha, iterations: rank.iterations, converged: rank.converged },
    eigenvector: { iterations: eigen.iterations, converged: eigen.converged },
  };
}

export interface CountryNetworkAnalysis extends NetworkAnalysis {
  countries: CountryNode[];
}

/** The same metrics on the graph aggregated to countries (edge weights = ties between the two countries). */
export function analyseCountryNetwork(
  graph: NetworkGraph,
  options: AnalyseOptions = {},
): CountryNetworkAnalysis {
  const countries = countryGraph(graph);
  return { ...analyseNetwork(countries, options), countries: countries.nodes };
}
