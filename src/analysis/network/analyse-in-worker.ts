/**
 * `analyseNetwork`, or the Louvain communities alone, in a worker thread: the full graph takes seconds
 * of CPU, which a server must not spend on the thread that answers requests. Falls back to this thread
 * when workers cannot start.
 */
import { startWorker } from '../../domain/workers.ts';
import { analyseNetwork } from './analyse.ts';
import { louvainCommunities } from './communities.ts';
import { toCsr } from './csr.ts';
import type { AnalyseOptions, NetworkAnalysis, NetworkEdge, NetworkGraph, NetworkNode } from './types.ts';

export type NetworkTask =
  | { kind: 'analyse'; graph: PackedGraph; options: AnalyseOptions }
  | { kind: 'communities'; graph: PackedGraph; seed: number; resolution: number };

/**
 * A graph as columns, to hand to a worker: copying tens of thousands of small objects to another thread
 * costs several times what copying a few arrays does.
 */
export interface PackedGraph {
  /** Node ids, then ids that only edges name. */
  ids: string[];
  nodeCount: number;
  countryCodes: string[];
  continents: string[];
  /** undefined where a node has no label. */
  labels: (string | undefined)[];
  source: Int32Array;
  target: Int32Array;
  /** NaN where an edge has no weight. */
  weight: Float64Array;
}

export function packGraph(graph: NetworkGraph): PackedGraph {
  const ids = graph.nodes.map((node) => node.id);
  const index = new Map<string, number>();
  ids.forEach((id, i) => index.set(id, i));
  const indexOf = (id: string) => {
    let i = index.get(id);
    if (i === undefined) {
      i = ids.push(id) - 1;
      index.set(id, i);
    }
    return i;
  };
  const m = graph.edges.length;
  const source = new Int32Array(m);
  const target = new Int32Array(m);
  const weight = new Float64Array(m);
  graph.edges.forEach((edge, e) => {
    source[e] = indexOf(edge.source);
    target[e] = indexOf(edge.target);
    weight[e] = edge.weight ?? NaN;
  });
  return {
    ids,
    nodeCount: graph.nodes.length,
    countryCodes: graph.nodes.map((node) => node.countryCode),
    continents: graph.nodes.map((node) => node.continent),
    labels: graph.nodes.map((node) => node.label),
    source,
    target,
    weight,
  };
}

export function unpackGraph(packed: PackedGraph): NetworkGraph {
  const nodes = Array.from({ length: packed.nodeCount }, (_, i) => {
    const node: NetworkNode = {
      id: packed.ids[i],
      countryCode: packed.countryCodes[i],
      continent: packed.continents[i],
    };
    if (packed.labels[i] !== undefined) node.label = packed.labels[i];
    return node;
  });
  const edges = Array.from(packed.source, (s, e) => {
    const edge: NetworkEdge = { source: packed.ids[s], target: packed.ids[packed.target[e]] };
    if (!Number.isNaN(packed.weight[e])) edge.weight = packed.weight[e];
    return edge;
  });
  return { nodes, edges };
}

/** Each node's Louvain community, by the node ids of the graph's CSR form. */
export interface NodeCommunities {
  ids: string[];
  community: Int32Array;
}

function inWorker<T>(task: NetworkTask, inThread: () => T): Promise<T> {
  return new Promise((resolve, reject) => {
    let worker;
    try {
      worker = startWorker(new URL('./network-worker.ts', import.meta.url), task);
    } catch {
      resolve(inThread());
      return;
    }
    worker.once('message', (answer: T) => {
      resolve(answer);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`network worker stopped with code ${code}`));
    });
  });
}

export function analyseNetworkInWorker(
  graph: NetworkGraph,
  options: AnalyseOptions = {},
): Promise<NetworkAnalysis> {
  return inWorker({ kind: 'analyse', graph: packGraph(graph), options }, () =>
    analyseNetwork(graph, options),
  );
}

/** The Louvain communities of the graph (as analyseNetwork finds them with the same seed and resolution). */
export function communitiesInWorker(graph: NetworkGraph, seed = 1, resolution = 1): Promise<NodeCommunities> {
  return inWorker({ kind: 'communities', graph: packGraph(graph), seed, resolution }, () => {
    const csr = toCsr(graph);
    return { ids: csr.ids, community: louvainCommunities(csr, seed, resolution).community };
  });
}
