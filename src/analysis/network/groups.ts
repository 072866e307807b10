import { stateOf } from '../../domain/geo.ts';
import { toCsr, type CsrGraph } from './csr.ts';
import type { GroupMatrix, NetworkGraph, NetworkNode } from './types.ts';

/** Groups of nodes by a key (country or continent), keys sorted for stable output. */
function groupIndex(keysOfNodes: string[]): { keys: string[]; groupOf: Int32Array } {
  const keys = [...new Set(keysOfNodes)].sort();
  const position = new Map(keys.map((k, i) => [k, i]));
  const groupOf = new Int32Array(keysOfNodes.length);
  for (let v = 0; v < keysOfNodes.length; v++) groupOf[v] = position.get(keysOfNodes[v])!;
  return { keys, groupOf };
}

export function groupMatrixOf(g: CsrGraph, keysOfNodes: string[]): GroupMatrix {
  const { keys, groupOf } = groupIndex(keysOfNodes);
  const k = keys.length;
  const weights = keys.map(() => new Array<number>(k).fill(0));
  const edges = keys.map(() => new Array<number>(k).fill(0));
  const nodeCounts = new Array<number>(k).fill(0);
  for (let v = 0; v < g.n; v++) nodeCounts[groupOf[v]]++;
  for (let e = 0; e < g.m; e++) {
    const a = groupOf[g.edgeSource[e]];
    const b = groupOf[g.edgeTarget[e]];
    const w = g.edgeWeight[e];
    weights[a][b] += w;
    edges[a][b] += 1;
    if (a !== b) {
      weights[b][a] += w;
      edges[b][a] += 1;
    }
  }
  return { keys, weights, edges, nodeCounts };
}

export interface GroupTies {
  /** 1 - sum over groups of (share of weighted degree into the group)^2 (Guimera and Amaral's participation). */
  participation: Float64Array;
  /** Neighbours in another group. */
  crossEdges: Int32Array;
}

export function groupTies(g: CsrGraph, keysOfNodes: string[]): GroupTies {
  const { groupOf, keys } = groupIndex(keysOfNodes);
  const { n, offsets, targets, weights } = g;
  const participation = new Float64Array(n);
  const crossEdges = new Int32Array(n);
  const share = new Float64Array(keys.length);
  const touched: number[] = [];
  for (let v = 0; v < n; v++) {
    let strength = 0;
    for (let p = offsets[v]; p < offsets[v + 1]; p++) {
      const c = groupOf[targets[p]];
      if (share[c] === 0) touched.push(c);
      share[c] += weights[p];
      strength += weights[p];
      if (c !== groupOf[v]) crossEdges[v]++;
    }
    if (strength > 0) {
      let sumSquares = 0;
      for (const c of touched) sumSquares += (share[c] / strength) ** 2;
      participation[v] = 1 - sumSquares;
    }
    for (const c of touched) share[c] = 0;
    touched.length = 0;
  }
  return { participation, crossEdges };
}

/**
 * The country-by-country matrix: total edge weight between every pair of countries, with ties inside a country on
 * the diagonal (each edge counted once). Duplicate pairs are merged and self-loops dropped first. Places count
 * under their state in China's view: Hong Kong's, Macao's and Taiwan's under China (stateOf).
 */
export function countryMatrix(graph: NetworkGraph): GroupMatrix {
  const g = toCsr(graph);
  return groupMatrixOf(
    g,
    graph.nodes.map((node) => stateOf(node.countryCode)),
  );
}

export interface CountryNode extends NetworkNode {
  /** Places of this country in the place graph. */
  places: number;
  /** Total weight of ties between places of this country (the matrix diagonal, left out of the country graph). */
  domesticWeight: number;
}

export interface CountryGraph {
  nodes: CountryNode[];
  edges: { source: string; target: string; weight: number }[];
}

/**
 * The place graph aggregated to countries: one node per country (its continent is the one most of its places
 * have), one edge per pair of countries with the summed weight of the ties between them.
 */
export function countryGraph(graph: NetworkGraph): CountryGraph {
  const matrix = countryMatrix(graph);
  const continentVotes = new Map<string, Map<string, number>>();
  for (const node of graph.nodes) {
    const state = stateOf(node.countryCode);
    const votes = continentVotes.get(state) ?? new Map<string, number>();
    votes.set(node.continent, (votes.get(node.continent) ?? 0) + 1);
    continentVotes.set(state, votes);
  }
  const nodes: CountryNode[] = matrix.keys.map((code, i) => {
    const votes = [...continentVotes.get(code)!.entries()].sort(
      (a, b) => b[1] - a[1] || a[0].localeCompare(b[0]),
    );
    return {
      id: code,
      countryCode: code,
      continent: votes[0][0],
      label: code,
      places: matrix.nodeCounts[i],
      domesticWeight: matrix.weights[i][i],
    };
  });
  const edges: CountryGraph['edges'] = [];
  for (let i = 0; i < matrix.keys.length; i++) {
    for (let j = i + 1; j < matrix.keys.length; j++) {
      if (matrix.weights[i][j] > 0)
        edges.push({ source: matrix.keys[i], target: matrix.keys[j], weight: matrix.weights[i][j] });
    }
  }
  return { nodes, edges };
}
