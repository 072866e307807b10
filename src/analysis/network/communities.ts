import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import type { CsrGraph } from './csr.ts';
import { seededRandom } from '../random.ts';
import { relabelBySize } from './structure.ts';

// The package is CommonJS whose typings declare an ES default export; under NodeNext the function is the module.
const louvain = louvainModule as unknown as (typeof louvainModule)['default'];

/**
 * Newman-Girvan modularity with resolution gamma, weighted, as NetworkX `community.modularity`:
 * Q = sum over communities c of [ L_c / m - gamma * (D_c / 2m)^2 ], L_c the weight inside c, D_c its total strength.
 */
export function modularity(g: CsrGraph, community: Int32Array, resolution = 1): number {
  const { n, m, edgeSource, edgeTarget, edgeWeight } = g;
  if (m === 0) return 0;
  let k = 0;
  for (let v = 0; v < n; v++) if (community[v] + 1 > k) k = community[v] + 1;
  const inside = new Float64Array(k);
  const strength = new Float64Array(k);
  let total = 0;
  for (let e = 0; e < m; e++) {
    const w = edgeWeight[e];
    const a = community[edgeSource[e]];
    const b = community[edgeTarget[e]];
    total += w;
    if (a === b) inside[a] += w;
    strength[a] += w;
    strength[b] += w;
  }
  let q = 0;
  for (let c = 0; c < k; c++) q += inside[c] / total - resolution * (strength[c] / (2 * total)) ** 2;
  return q;
}

export interface Communities {
  /** Community of each node; 0 is the largest. */
  community: Int32Array;
  sizes: number[];
  modularity: number;
}

/** Louvain (graphology-communities-louvain) with a seeded generator, so the same input and seed give the same partition. */
export function louvainCommunities(g: CsrGraph, seed = 1, resolution = 1): Communities {
  const { n, m, ids, edgeSource, edgeTarget, edgeWeight } = g;
  if (n === 0) return { community: new Int32Array(0), sizes: [], modularity: 0 };
  const graph = new UndirectedGraph({ multi: false, allowSelfLoops: false });
  for (let v = 0; v < n; v++) graph.addNode(ids[v]);
  for (let e = 0; e < m; e++)
    graph.addEdge(ids[edgeSource[e]], ids[edgeTarget[e]], { weight: edgeWeight[e] });
  const result = louvain.detailed(graph, { rng: seededRandom(seed), resolution, getEdgeWeight: 'weight' });
  const label = new Int32Array(n);
  let count = 0;
  for (let v = 0; v < n; v++) {
    label[v] = result.communities[ids[v]];
    if (label[v] + 1 > count) count = label[v] + 1;
  }
  const sizes = new Array<number>(count).fill(0);
  for (let v = 0; v < n; v++) sizes[label[v]]++;
  const relabelled = relabelBySize(label, sizes);
  return {
    community: relabelled.component,
    sizes: relabelled.sizes.filter((s) => s > 0),
    modularity: modularity(g, relabelled.component, resolution),
  };
}
