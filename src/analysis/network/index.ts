/**
 * Network analysis of the partnership network: pure functions over plain nodes and edges.
 *
 * `analyseNetwork` computes every per-node metric and the graph-level summaries; `countryMatrix`,
 * `countryGraph` and `analyseCountryNetwork` aggregate to countries; `toGexf` and `toGraphml` export for Gephi.
 * The lower-level functions work on the CSR form from `toCsr` and are exported for benchmarks and reuse.
 */
export type {
  AnalyseOptions,
  BetweennessOptions,
  BridgeEdge,
  ClosenessOptions,
  GroupMatrix,
  IterationOptions,
  IterationReport,
  NetworkAnalysis,
  NetworkEdge,
  NetworkGraph,
  NetworkNode,
  NodeMetrics,
} from './types.ts';
export { analyseNetwork, analyseCountryNetwork, type CountryNetworkAnalysis } from './analyse.ts';
export { analyseNetworkInWorker, communitiesInWorker, type NodeCommunities } from './analyse-in-worker.ts';
export {
  countryMatrix,
  countryGraph,
  groupMatrixOf,
  groupTies,
  type CountryGraph,
  type CountryNode,
} from './groups.ts';
export { toGexf, toGraphml, escapeXml, type ExportOptions } from './export.ts';
export { toCsr, localityOrdered, NetworkInputError, type CsrGraph } from './csr.ts';
export {
  brandes,
  exactShortestPaths,
  normaliseBetweenness,
  closenessExact,
  closenessFromSums,
  closenessSampled,
} from './paths.ts';
export { pagerank, eigenvectorCentrality } from './spectral.ts';
export {
  degrees,
  coreNumbers,
  clustering,
  triangleCounts,
  connectedComponents,
  bridges,
} from './structure.ts';
export { louvainCommunities, modularity } from './communities.ts';
