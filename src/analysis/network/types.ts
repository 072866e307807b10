/** Plain-data shapes of the partnership network and of its analysis. No I/O here. */

/** A place in the partnership network. */
export interface NetworkNode {
  /** Stable identifier, unique within the graph. */
  id: string;
  /** ISO 3166-1 alpha-2 (or any country key the caller uses consistently). */
  countryCode: string;
  continent: string;
  label?: string;
}

/** An undirected partnership between two places. `weight` defaults to 1. */
export interface NetworkEdge {
  source: string;
  target: string;
  weight?: number;
}

export interface NetworkGraph {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

/** Per-node metrics, in the order of `graph.nodes`. */
export interface NodeMetrics {
  id: string;
  countryCode: string;
  continent: string;
  label?: string;
  /** Number of distinct partners. */
  degree: number;
  /** Sum of edge weights (NetworkX `G.degree(weight='weight')`). */
  weightedDegree: number;
  /** Shortest-path betweenness, hop distances, normalised by 1/((n-1)(n-2)) as NetworkX does. */
  betweenness: number;
  /** Closeness with the Wasserman-Faust scaling for disconnected graphs (NetworkX `wf_improved=True`). */
  closeness: number;
  /** Power-iteration eigenvector centrality on A+I, unit Euclidean norm (NetworkX `eigenvector_centrality`, weighted). */
  eigenvector: number;
  /** PageRank, alpha 0.85 by default, weighted; dangling (isolated) nodes spread uniformly. */
  pagerank: number;
  /** k-core number. */
  coreNumber: number;
  /** Local clustering coefficient (unweighted). */
  clustering: number;
  /** Index into `components.sizes` (0 is the largest component). */
  component: number;
  /** Community index (0 is the largest community). */
  community: number;
  /** 1 - sum over continents of (weight to that continent / weighted degree)^2; 0 for isolated nodes. */
  continentParticipation: number;
  /** Partners on another continent. */
  interContinentalEdges: number;
  /** Partners in another country. */
  internationalEdges: number;
}

export interface BridgeEdge {
  source: string;
  target: string;
  weight: number;
  /** Nodes on the smaller side once the edge is removed (1 for an edge to a leaf). */
  smallerSide: number;
  /** Nodes on the larger side once the edge is removed. */
  largerSide: number;
}

/** Symmetric matrix of edge weights between groups (countries or continents); the diagonal holds ties within a group. */
export interface GroupMatrix {
  keys: string[];
  /** `weights[i][j]`: total weight of edges between keys[i] and keys[j]; each edge counted once, also on the diagonal. */
  weights: number[][];
  /** Same as `weights` but counting edges rather than summing weights. */
  edges: number[][];
  /** Nodes in each group. */
  nodeCounts: number[];
}

export interface BetweennessOptions {
  /** 'exact' (Brandes from every node) or sampled from `pivots` seeded random sources. Default 'exact'. */
  mode?: 'exact' | 'sampled';
  /** Number of pivots when sampled. Default min(n, 500). */
  pivots?: number;
}

export interface ClosenessOptions {
  /**
   * 'exact': a BFS from every node (O(nm)). 'sampled': distances from the betweenness pivots estimate each node's
   * distance sum (Eppstein-Wang), exact for components that hold no pivot. 'sampled' needs sampled betweenness.
   */
  mode?: 'exact' | 'sampled';
}

export interface IterationOptions {
  /** Convergence when the L1 change over all nodes is below n * tolerance (as NetworkX). */
  tolerance?: number;
  maxIterations?: number;
}

export interface AnalyseOptions {
  betweenness?: BetweennessOptions;
  closeness?: ClosenessOptions;
  pagerank?: IterationOptions & { alpha?: number };
  eigenvector?: IterationOptions;
  louvain?: { seed?: number; resolution?: number };
  /** Seed of the pivot sample. Default 1. */
  seed?: number;
}

export interface IterationReport {
  iterations: number;
  converged: boolean;
}

export interface NetworkAnalysis {
  nodeCount: number;
  /** Distinct undirected edges after merging duplicates and dropping self-loops. */
  edgeCount: number;
  selfLoopsDropped: number;
  /** Edges that repeated an earlier pair (either direction); their weights were added to it. */
  duplicateEdgesMerged: number;
  density: number;
  nodes: NodeMetrics[];
  averageClustering: number;
  transitivity: number;
  components: { count: number; sizes: number[] };
  communities: { count: number; sizes: number[]; modularity: number; resolution: number; seed: number };
  bridges: BridgeEdge[];
  continents: { matrix: GroupMatrix; interContinentalEdges: number; intraContinentalEdges: number };
  betweenness: { mode: 'exact' | 'sampled'; pivots: number };
  closeness: { mode: 'exact' | 'sampled' };
  pagerank: IterationReport & { alpha: number };
  eigenvector: IterationReport;
}
