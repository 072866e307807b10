import type { NetworkGraph } from './types.ts';

/**
 * Compressed sparse row form of an undirected simple graph: the neighbours of node `u` are
 * `targets[offsets[u] .. offsets[u+1])`, sorted by index. Every undirected edge appears twice (once per end);
 * `edgeOf` maps each half-edge back to its undirected edge.
 */
export interface CsrGraph {
  n: number;
  /** Undirected edges. */
  m: number;
  ids: string[];
  indexOf: Map<string, number>;
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
  edgeOf: Int32Array;
  edgeSource: Int32Array;
  edgeTarget: Int32Array;
  edgeWeight: Float64Array;
  selfLoopsDropped: number;
  duplicateEdgesMerged: number;
}

export class NetworkInputError extends Error {
  override name = 'NetworkInputError';
}

/** Builds the CSR form, dropping self-loops and merging repeated pairs (weights add). Throws on bad input. */
export function toCsr(graph: NetworkGraph): CsrGraph {
  const n = graph.nodes.length;
  const ids: string[] = new Array(n);
  const indexOf = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const id = graph.nodes[i].id;
    if (typeof id !== 'string' || id === '')
      throw new NetworkInputError(`nodes[${i}].id: must be a non-empty string`);
    if (indexOf.has(id)) throw new NetworkInputError(`nodes[${i}].id: duplicate id ${JSON.stringify(id)}`);
    indexOf.set(id, i);
    ids[i] = id;
  }

  const pairIndex = new Map<number, number>();
  const src: number[] = [];
  const dst: number[] = [];
  const wgt: number[] = [];
  let selfLoopsDropped = 0;
  let duplicateEdgesMerged = 0;
  for (let e = 0; e < graph.edges.length; e++) {
    const edge = graph.edges[e];
    const a = indexOf.get(edge.source);
    if (a === undefined)
      throw new NetworkInputError(`edges[${e}].source: unknown node ${JSON.stringify(edge.source)}`);
    const b = indexOf.get(edge.target);
    if (b === undefined)
      throw new NetworkInputError(`edges[${e}].target: unknown node ${JSON.stringify(edge.target)}`);
    const w = edge.weight ?? 1;
    if (typeof w !== 'number' || !Number.isFinite(w) || w <= 0) {
      throw new NetworkInputError(`edges[${e}].weight: must be a finite positive number, got ${String(w)}`);
    }
    if (a === b) {
      selfLoopsDropped++;
      continue;
    }
    const u = a < b ? a : b;
    const v = a < b ? b : a;
    const key = u * n + v;
    const existing = pairIndex.get(key);
    if (existing !== undefined) {
      wgt[existing] += w;
      duplicateEdgesMerged++;
      continue;
    }
    pairIndex.set(key, src.length);
    src.push(u);
    dst.push(v);
    wgt.push(w);
  }
  const m = src.length;

  const offsets = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
    offsets[src[e] + 1]++;
    offsets[dst[e] + 1]++;
  }
  for (let i = 0; i < n; i++) offsets[i + 1] += offsets[i];
  const fill = offsets.slice(0, n);
  const targets = new Int32Array(2 * m);
  const weights = new Float64Array(2 * m);
  const edgeOf = new Int32Array(2 * m);
  // Edges sorted by (u, v) give every adjacency list in increasing neighbour order without a per-list sort.
  const order = new Int32Array(m);
  for (let e = 0; e < m; e++) order[e] = e;
  const edgeSource = Int32Array.from(src);
  const edgeTarget = Int32Array.from(dst);
  const edgeWeight = Float64Array.from(wgt);
  order.sort((x, y) => edgeSource[x] - edgeSource[y] || edgeTarget[x] - edgeTarget[y]);
  // Pass 1 gives every node its smaller neighbours (ascending), pass 2 its larger ones (ascending).
  for (let k = 0; k < m; k++) {
    const e = order[k];
    const u = edgeSource[e];
    const v = edgeTarget[e];
    const pv = fill[v]++;
    targets[pv] = u;
    weights[pv] = edgeWeight[e];
    edgeOf[pv] = e;
  }
  for (let k = 0; k < m; k++) {
    const e = order[k];
    const u = edgeSource[e];
    const v = edgeTarget[e];
    const pu = fill[u]++;
    targets[pu] = v;
    weights[pu] = edgeWeight[e];
    edgeOf[pu] = e;
  }
  return {
    n,
    m,
    ids,
    indexOf,
    offsets,
    targets,
    weights,
    edgeOf,
    edgeSource,
    edgeTarget,
    edgeWeight,
    selfLoopsDropped,
    duplicateEdgesMerged,
  };
}

/**
 * A copy of `g` with nodes renumbered in breadth-first order from the highest-degree node of each component, so
 * that nodes met together in a search sit together in memory. `order[newIndex]` is the original index.
 * Searches over graphs larger than the processor caches run markedly faster on it.
 */
export function localityOrdered(g: CsrGraph): { graph: CsrGraph; order: Int32Array } {
  const { n, offsets, targets, weights, edgeOf } = g;
  const byDegree = new Int32Array(n);
  for (let i = 0; i < n; i++) byDegree[i] = i;
  byDegree.sort((a, b) => offsets[b + 1] - offsets[b] - (offsets[a + 1] - offsets[a]) || a - b);
  const order = new Int32Array(n);
  const newOf = new Int32Array(n).fill(-1);
  let tail = 0;
  for (let i = 0; i < n; i++) {
    const root = byDegree[i];
    if (newOf[root] >= 0) continue;
    newOf[root] = tail;
    order[tail++] = root;
    for (let head = tail - 1; head < tail; head++) {
      const v = order[head];
      for (let p = offsets[v]; p < offsets[v + 1]; p++) {
        const w = targets[p];
        if (newOf[w] < 0) {
          newOf[w] = tail;
          order[tail++] = w;
        }
      }
    }
  }
  const newOffsets = new Int32Array(n + 1);
  for (let u = 0; u < n; u++) newOffsets[u + 1] = newOffsets[u] + offsets[order[u] + 1] - offsets[order[u]];
  const newTargets = new Int32Array(targets.length);
  const newWeights = new Float64Array(targets.length);
  const newEdgeOf = new Int32Array(targets.length);
  const slots: number[] = [];
  for (let u = 0; u < n; u++) {
    const old = order[u];
    slots.length = 0;
    for (let p = offsets[old]; p < offsets[old + 1]; p++) slots.push(p);
    slots.sort((a, b) => newOf[targets[a]] - newOf[targets[b]]);
    let q = newOffsets[u];
    for (const p of slots) {
      newTargets[q] = newOf[targets[p]];
      newWeights[q] = weights[p];
      newEdgeOf[q] = edgeOf[p];
      q++;
    }
  }
  const edgeSource = new Int32Array(g.m);
  const edgeTarget = new Int32Array(g.m);
  for (let e = 0; e < g.m; e++) {
    edgeSource[e] = newOf[g.edgeSource[e]];
    edgeTarget[e] = newOf[g.edgeTarget[e]];
  }
  const ids = Array.from(order, (old) => g.ids[old]);
  return {
    graph: {
      ...g,
      ids,
      indexOf: new Map(ids.map((id, i) => [id, i])),
      offsets: newOffsets,
      targets: newTargets,
      weights: newWeights,
      edgeOf: newEdgeOf,
      edgeSource,
      edgeTarget,
    },
    order,
  };
}
