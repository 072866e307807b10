import type { CsrGraph } from './csr.ts';

export function degrees(g: CsrGraph): { degree: Int32Array; weightedDegree: Float64Array } {
  const { n, offsets, weights } = g;
  const degree = new Int32Array(n);
  const weightedDegree = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    degree[v] = offsets[v + 1] - offsets[v];
    let s = 0;
    for (let p = offsets[v]; p < offsets[v + 1]; p++) s += weights[p];
    weightedDegree[v] = s;
  }
  return { degree, weightedDegree };
}

/** Core numbers by Batagelj and Zaversnik's bucket algorithm, O(m). */
export function coreNumbers(g: CsrGraph): Int32Array {
  const { n, offsets, targets } = g;
  const deg = new Int32Array(n);
  let maxDegree = 0;
  for (let v = 0; v < n; v++) {
    deg[v] = offsets[v + 1] - offsets[v];
    if (deg[v] > maxDegree) maxDegree = deg[v];
  }
  const bin = new Int32Array(maxDegree + 1);
  for (let v = 0; v < n; v++) bin[deg[v]]++;
  let start = 0;
  for (let d = 0; d <= maxDegree; d++) {
    const count = bin[d];
    bin[d] = start;
    start += count;
  }
  const pos = new Int32Array(n);
  const vert = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    pos[v] = bin[deg[v]]++;
    vert[pos[v]] = v;
  }
  for (let d = maxDegree; d > 0; d--) bin[d] = bin[d - 1];
  bin[0] = 0;
  for (let i = 0; i < n; i++) {
    const v = vert[i];
    for (let p = offsets[v]; p < offsets[v + 1]; p++) {
      const u = targets[p];
      if (deg[u] > deg[v]) {
        const du = deg[u];
        const pu = pos[u];
        const pw = bin[du];
        const w = vert[pw];
        if (u !== w) {
          pos[u] = pw;
          vert[pu] = w;
          pos[w] = pu;
          vert[pw] = u;
        }
        bin[du]++;
        deg[u]--;
      }
    }
  }
  return deg;
}

/** Triangles through each node, each triangle found once from its lowest-indexed vertex (sorted adjacency). */
export function triangleCounts(g: CsrGraph): Float64Array {
  const { n, offsets, targets } = g;
  const triangles = new Float64Array(n);
  const mark = new Int32Array(n).fill(-1);
  for (let u = 0; u < n; u++) {
    const end = offsets[u + 1];
    for (let p = offsets[u]; p < end; p++) mark[targets[p]] = u;
    for (let p = offsets[u]; p < end; p++) {
      const v = targets[p];
      if (v <= u) continue;
      for (let q = offsets[v + 1] - 1; q >= offsets[v]; q--) {
        const w = targets[q];
        if (w <= v) break; // lists are sorted: only neighbours above v remain to close (u, v, w) once
        if (mark[w] === u) {
          triangles[u]++;
          triangles[v]++;
          triangles[w]++;
        }
      }
    }
  }
  return triangles;
}

export interface Clustering {
  local: Float64Array;
  /** Mean of the local coefficients over all nodes, zeros included (NetworkX `average_clustering`). */
  average: number;
  /** 3 x triangles / connected triples (NetworkX `transitivity`). */
  transitivity: number;
}

export function clustering(g: CsrGraph): Clustering {
  const { n, offsets } = g;
  const triangles = triangleCounts(g);
  const local = new Float64Array(n);
  let sum = 0;
  let closed = 0;
  let triples = 0;
  for (let v = 0; v < n; v++) {
    const d = offsets[v + 1] - offsets[v];
    const pairs = (d * (d - 1)) / 2;
    if (pairs > 0) local[v] = triangles[v] / pairs;
    sum += local[v];
    closed += triangles[v];
    triples += pairs;
  }
  return { local, average: n > 0 ? sum / n : 0, transitivity: triples > 0 ? closed / triples : 0 };
}

export interface Components {
  /** Component of each node; component 0 is the largest, ties broken by the smallest node index. */
  component: Int32Array;
  sizes: number[];
}

export function connectedComponents(g: CsrGraph): Components {
  const { n, offsets, targets } = g;
  const label = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const sizes: number[] = [];
  for (let s = 0; s < n; s++) {
    if (label[s] >= 0) continue;
    const c = sizes.length;
    label[s] = c;
    queue[0] = s;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = queue[head++];
      for (let p = offsets[v]; p < offsets[v + 1]; p++) {
        const w = targets[p];
        if (label[w] < 0) {
          label[w] = c;
          queue[tail++] = w;
        }
      }
    }
    sizes.push(tail);
  }
  return relabelBySize(label, sizes);
}

/** Renumbers groups so that 0 is the largest (stable for ties: first-seen group first). */
export function relabelBySize(label: Int32Array, sizes: number[]): Components {
  const order = sizes.map((_, i) => i).sort((a, b) => sizes[b] - sizes[a] || a - b);
  const rank = new Int32Array(sizes.length);
  order.forEach((c, r) => (rank[c] = r));
  const component = new Int32Array(label.length);
  for (let v = 0; v < label.length; v++) component[v] = rank[label[v]];
  return { component, sizes: order.map((c) => sizes[c]) };
}

export interface Bridge {
  edge: number;
  /** Nodes cut off on the DFS-child side of the edge. */
  childSide: number;
}

/** Bridge edges by Tarjan's low-link on an iterative DFS, with the size of the side each bridge cuts off. */
export function bridges(g: CsrGraph): Bridge[] {
  const { n, offsets, targets, edgeOf } = g;
  const discovery = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parentEdge = new Int32Array(n).fill(-1);
  const cursor = new Int32Array(n);
  const subtree = new Int32Array(n);
  const stack = new Int32Array(n);
  const found: Bridge[] = [];
  let time = 0;
  for (let root = 0; root < n; root++) {
    if (discovery[root] >= 0) continue;
    let top = 0;
    stack[0] = root;
    discovery[root] = low[root] = time++;
    cursor[root] = offsets[root];
    subtree[root] = 1;
    while (top >= 0) {
      const v = stack[top];
      if (cursor[v] < offsets[v + 1]) {
        const p = cursor[v]++;
        const e = edgeOf[p];
        if (e === parentEdge[v]) continue;
        const w = targets[p];
        if (discovery[w] < 0) {
          discovery[w] = low[w] = time++;
          parentEdge[w] = e;
          cursor[w] = offsets[w];
          subtree[w] = 1;
          stack[++top] = w;
        } else if (discovery[w] < low[v]) {
          low[v] = discovery[w];
        }
      } else {
        top--;
        if (top >= 0) {
          const u = stack[top];
          if (low[v] < low[u]) low[u] = low[v];
          subtree[u] += subtree[v];
          if (low[v] > discovery[u]) found.push({ edge: parentEdge[v], childSide: subtree[v] });
        }
      }
    }
  }
  return found.sort((a, b) => a.edge - b.edge);
}
