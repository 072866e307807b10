import type { CsrGraph } from './csr.ts';

/**
 * Shortest-path centralities on hop distances: Brandes' betweenness and closeness, sharing one BFS per source.
 * Typed arrays and an Int32Array queue keep each BFS allocation-free; per-source state is reset only where the
 * search reached, so disconnected graphs cost no more than their components.
 */

export interface BrandesResult {
  /** Dependencies summed over ordered (source, target) pairs, before normalisation. */
  raw: Float64Array;
  /** For each source: nodes reached (itself included) and the sum of hop distances. Zero for non-sources. */
  reach: Int32Array;
  distanceSum: Float64Array;
  /** For every node: the sum of its hop distances from all sources that reached it (for sampled closeness). */
  distanceFromSources: Float64Array;
}

export function brandes(g: CsrGraph, sources: Int32Array): BrandesResult {
  const { n, offsets, targets } = g;
  const raw = new Float64Array(n);
  const reach = new Int32Array(n);
  const distanceSum = new Float64Array(n);
  const distanceFromSources = new Float64Array(n);
  const dist = new Int32Array(n).fill(-1);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const order = new Int32Array(n);

  for (let si = 0; si < sources.length; si++) {
    const s = sources[si];
    dist[s] = 0;
    sigma[s] = 1;
    order[0] = s;
    let head = 0;
    let tail = 1;
    let total = 0;
    while (head < tail) {
      const v = order[head++];
      const dv = dist[v];
      const sv = sigma[v];
      total += dv;
      const next = dv + 1;
      for (let p = offsets[v], end = offsets[v + 1]; p < end; p++) {
        const w = targets[p];
        const dw = dist[w];
        if (dw < 0) {
          dist[w] = next;
          sigma[w] = sv;
          order[tail++] = w;
        } else if (dw === next) {
          sigma[w] += sv;
        }
      }
    }
    reach[s] = tail;
    distanceSum[s] = total;

    // Dependencies in order of non-increasing distance; predecessors are recognised by distance, not stored.
    for (let i = tail - 1; i > 0; i--) {
      const w = order[i];
      const dw = dist[w];
      distanceFromSources[w] += dw;
      const coefficient = (1 + delta[w]) / sigma[w];
      const previous = dw - 1;
      for (let p = offsets[w], end = offsets[w + 1]; p < end; p++) {
        const v = targets[p];
        if (dist[v] === previous) delta[v] += sigma[v] * coefficient;
      }
      raw[w] += delta[w];
    }
    for (let i = 0; i < tail; i++) {
      const v = order[i];
      dist[v] = -1;
      sigma[v] = 0;
      delta[v] = 0;
    }
  }
  return { raw, reach, distanceSum, distanceFromSources };
}

/** Normalises raw Brandes sums as NetworkX `betweenness_centrality(normalized=True, endpoints=False)` (3.5+). */
export function normaliseBetweenness(raw: Float64Array, sources: Int32Array, exact: boolean): Float64Array {
  const n = raw.length;
  const out = new Float64Array(n);
  if (n <= 2) return out;
  const k = sources.length;
  if (exact) {
    const scale = 1 / ((n - 1) * (n - 2));
    for (let i = 0; i < n; i++) out[i] = raw[i] * scale;
    return out;
  }
  // A source cannot lie between itself and a target, so sources are scaled over k-1 sampled sources.
  const scaleNonSource = 1 / (k * (n - 2));
  const scaleSource = k > 1 ? 1 / ((k - 1) * (n - 2)) : 0;
  for (let i = 0; i < n; i++) out[i] = raw[i] * scaleNonSource;
  for (let i = 0; i < k; i++) out[sources[i]] = raw[sources[i]] * scaleSource;
  return out;
}

/** Closeness from one node's reach and distance sum, with the Wasserman-Faust factor (reach-1)/(n-1). */
function wassermanFaust(reachIncludingSelf: number, distanceSum: number, n: number): number {
  if (distanceSum <= 0 || n <= 1) return 0;
  const r = reachIncludingSelf - 1;
  return (r / distanceSum) * (r / (n - 1));
}

export function closenessFromSums(reach: Int32Array, distanceSum: Float64Array): Float64Array {
  const n = reach.length;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = wassermanFaust(reach[i], distanceSum[i], n);
  return out;
}

/** Exact closeness by a BFS from every node (used when betweenness is sampled). */
export function closenessExact(g: CsrGraph, only?: Int32Array): Float64Array {
  const { n, offsets, targets } = g;
  const out = new Float64Array(n);
  const dist = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const count = only ? only.length : n;
  for (let si = 0; si < count; si++) {
    const s = only ? only[si] : si;
    dist[s] = 0;
    queue[0] = s;
    let head = 0;
    let tail = 1;
    let total = 0;
    while (head < tail) {
      const v = queue[head++];
      const next = dist[v] + 1;
      total += next - 1;
      for (let p = offsets[v], end = offsets[v + 1]; p < end; p++) {
        const w = targets[p];
        if (dist[w] < 0) {
          dist[w] = next;
          queue[tail++] = w;
        }
      }
    }
    out[s] = wassermanFaust(tail, total, n);
    for (let i = 0; i < tail; i++) dist[queue[i]] = -1;
  }
  return out;
}

/**
 * Closeness estimated from the distances to sampled pivots (Eppstein and Wang): a node's distance sum within its
 * component C is taken as |C| / (pivots in C) times its summed distance from those pivots. Components without a
 * pivot are computed exactly.
 */
export function closenessSampled(
  g: CsrGraph,
  pivots: Int32Array,
  distanceFromSources: Float64Array,
  component: Int32Array,
  componentSizes: number[],
): Float64Array {
  const n = g.n;
  const pivotsIn = new Int32Array(componentSizes.length);
  for (let i = 0; i < pivots.length; i++) pivotsIn[component[pivots[i]]]++;
  const unsampled: number[] = [];
  const out = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    const c = component[v];
    const k = pivotsIn[c];
    if (k === 0) {
      unsampled.push(v);
      continue;
    }
    const size = componentSizes[c];
    out[v] = wassermanFaust(size, (distanceFromSources[v] * size) / k, n);
  }
  if (unsampled.length > 0) {
    const exact = closenessExact(g, Int32Array.from(unsampled));
    for (const v of unsampled) out[v] = exact[v];
  }
  return out;
}

export interface ExactShortestPaths {
  /** Raw Brandes sums over ordered pairs (as `brandes(...).raw` with every node a source); null if not asked for. */
  raw: Float64Array | null;
  /** Wasserman-Faust closeness of every node. */
  closeness: Float64Array;
}

/**
 * Exact betweenness and closeness with the degree-one reduction: a leaf (degree 1, its neighbour of higher degree)
 * sees the graph exactly as its neighbour does, one step further. Leaves are folded into their neighbour as a
 * weight (targets it stands for) and a multiplicity (sources it stands for), so BFS runs only from and over the
 * other nodes; the pairs a folded leaf makes through its own neighbour are added in closed form. Partnership
 * networks are about half leaves, so this roughly halves the sources and shrinks each search.
 */
export function exactShortestPaths(g: CsrGraph, withBetweenness = true): ExactShortestPaths {
  const { n, offsets, targets } = g;
  const degree = new Int32Array(n);
  for (let v = 0; v < n; v++) degree[v] = offsets[v + 1] - offsets[v];
  const isLeaf = new Uint8Array(n);
  const leaves = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    if (degree[v] === 1 && degree[targets[offsets[v]]] > 1) {
      isLeaf[v] = 1;
      leaves[targets[offsets[v]]]++;
    }
  }

  // The graph without leaves, in CSR form over its own indices.
  const coreOf = new Int32Array(n).fill(-1);
  const coreNodes: number[] = [];
  for (let v = 0; v < n; v++) if (!isLeaf[v]) coreOf[v] = coreNodes.push(v) - 1;
  const k = coreNodes.length;
  const coreOffsets = new Int32Array(k + 1);
  for (let c = 0; c < k; c++)
    coreOffsets[c + 1] = coreOffsets[c] + degree[coreNodes[c]] - leaves[coreNodes[c]];
  const coreTargets = new Int32Array(coreOffsets[k]);
  const weight = new Float64Array(k);
  for (let c = 0; c < k; c++) {
    const v = coreNodes[c];
    weight[c] = 1 + leaves[v];
    let q = coreOffsets[c];
    for (let p = offsets[v]; p < offsets[v + 1]; p++)
      if (!isLeaf[targets[p]]) coreTargets[q++] = coreOf[targets[p]];
  }

  const raw = withBetweenness ? new Float64Array(n) : null;
  const closeness = new Float64Array(n);
  const coreRaw = new Float64Array(k);
  const reachOf = new Float64Array(k);
  const distanceSumOf = new Float64Array(k);
  const dist = new Int32Array(k).fill(-1);
  const sigma = new Float64Array(k);
  const delta = new Float64Array(k);
  const order = new Int32Array(k);

  for (let s = 0; s < k; s++) {
    dist[s] = 0;
    sigma[s] = 1;
    order[0] = s;
    let head = 0;
    let tail = 1;
    let reach = 0;
    let weightedDistance = 0;
    while (head < tail) {
      const v = order[head++];
      const dv = dist[v];
      const sv = sigma[v];
      reach += weight[v];
      weightedDistance += weight[v] * dv;
      const next = dv + 1;
      for (let p = coreOffsets[v], end = coreOffsets[v + 1]; p < end; p++) {
        const w = coreTargets[p];
        const dw = dist[w];
        if (dw < 0) {
          dist[w] = next;
          sigma[w] = sv;
          order[tail++] = w;
        } else if (dw === next) {
          sigma[w] += sv;
        }
      }
    }
    reachOf[s] = reach;
    // every reached leaf is one step beyond its neighbour: reach - tail of them
    distanceSumOf[s] = weightedDistance + (reach - tail);

    if (withBetweenness) {
      const multiplicity = weight[s];
      for (let i = tail - 1; i > 0; i--) {
        const w = order[i];
        const coefficient = (weight[w] + delta[w]) / sigma[w];
        const previous = dist[w] - 1;
        for (let p = coreOffsets[w], end = coreOffsets[w + 1]; p < end; p++) {
          const v = coreTargets[p];
          if (dist[v] === previous) delta[v] += sigma[v] * coefficient;
        }
        coreRaw[w] += multiplicity * delta[w];
      }
    }
    for (let i = 0; i < tail; i++) {
      const v = order[i];
      dist[v] = -1;
      sigma[v] = 0;
      delta[v] = 0;
    }
  }

  for (let c = 0; c < k; c++) {
    const v = coreNodes[c];
    const r = reachOf[c];
    closeness[v] = wassermanFaust(r, distanceSumOf[c], n);
    const l = leaves[v];
    if (l > 0) {
      // a leaf's distances are its neighbour's plus one to everything but itself and the neighbour
      const leafCloseness = wassermanFaust(r, distanceSumOf[c] + r - 2, n);
      for (let p = offsets[v]; p < offsets[v + 1]; p++)
        if (isLeaf[targets[p]]) closeness[targets[p]] = leafCloseness;
    }
    if (raw) {
      // Ordered pairs through v that start at one of its leaves (l(r-2)), or end at one and start elsewhere
      // than at v or its leaves (l(r-1-l)).
      raw[v] = coreRaw[c] + (l > 0 ? l * (r - 2) + l * (r - 1 - l) : 0);
    }
  }
  return { raw, closeness };
}
