/**
 * The real twin-city graph checked against NetworkX on the same edge list (bench/network/networkx_metrics.py):
 * the full graph against NetworkX's stored output (test/fixtures/network, written by
 * bench/network/make-networkx-reference.ts, because exact betweenness takes NetworkX tens of minutes), and a
 * subgraph against NetworkX run live. Needs a Python with NetworkX and SciPy (Debian: python3-networkx
 * python3-scipy); set AMITY_PYTHON to choose one.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  analyseNetwork,
  toGexf,
  toGraphml,
  type NetworkAnalysis,
  type NetworkGraph,
} from '../../../src/analysis/network/index.ts';
import { findPython, runPythonJson } from '../../../bench/network/python.ts';
import { edgeListText, loadTwinCitiesGraph, repoRoot } from '../../../bench/network/twin-cities-graph.ts';

interface NetworkxReference {
  networkx: string;
  nodes: number;
  edges: number;
  modularity: number;
  averageClustering: number;
  transitivity: number;
  componentSizes: number[];
  bridges: number;
  nodesMetrics: Record<
    string,
    {
      betweenness: number;
      closeness: number;
      pagerank: number;
      eigenvector: number;
      coreNumber: number;
      clustering: number;
    }
  >;
}

const FLOOR = 1e-12;

function relativeErrors(
  ours: NetworkAnalysis,
  reference: NetworkxReference,
  key: 'betweenness' | 'closeness' | 'pagerank' | 'eigenvector',
  floor: number,
) {
  let worst = 0;
  let compared = 0;
  const mismatches: string[] = [];
  for (const node of ours.nodes) {
    const theirs = reference.nodesMetrics[node.id];
    if (!theirs) continue;
    const a = node[key];
    const b = theirs[key];
    if (Math.abs(b) <= floor) {
      if (Math.abs(a) > floor * 10) mismatches.push(`${node.id}: ${a} vs ${b}`);
      continue;
    }
    compared++;
    const error = Math.abs(a - b) / Math.abs(b);
    if (error > worst) worst = error;
  }
  return { worst, compared, mismatches };
}

const REFERENCE = join(repoRoot, 'test/fixtures/network/networkx-twin-cities.json.gz');
const ANALYSE_OPTIONS = {
  pagerank: { tolerance: 1e-15, maxIterations: 100_000 },
  eigenvector: { tolerance: 1e-13, maxIterations: 100_000 },
};

function requirePython(): string {
  const found = findPython(['networkx', 'scipy']);
  if (!found) {
    throw new Error(
      'NetworkX is not importable from python3: install it (Debian: apt-get install python3-networkx python3-scipy; ' +
        'or pip install networkx scipy), or point AMITY_PYTHON at a Python that has it.',
    );
  }
  return found;
}

/** The places within `hops` ties of the best-connected place, and the ties among them. */
function neighbourhood(graph: NetworkGraph, hops: number, limit: number): NetworkGraph {
  const adjacent = new Map<string, string[]>();
  for (const e of graph.edges) {
    adjacent.set(e.source, [...(adjacent.get(e.source) ?? []), e.target]);
    adjacent.set(e.target, [...(adjacent.get(e.target) ?? []), e.source]);
  }
  const hub = [...adjacent].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))[0][0];
  const kept = new Set([hub]);
  let frontier = [hub];
  for (let h = 0; h < hops && kept.size < limit; h++) {
    const next: string[] = [];
    for (const v of frontier) {
      for (const w of adjacent.get(v) ?? []) {
        if (kept.has(w) || kept.size >= limit) continue;
        kept.add(w);
        next.push(w);
      }
    }
    frontier = next;
  }
  return {
    nodes: graph.nodes.filter((n) => kept.has(n.id)),
    edges: graph.edges.filter((e) => kept.has(e.source) && kept.has(e.target)),
  };
}

function compareWithNetworkx(
  name: string,
  load: () => { graph: NetworkGraph; reference: NetworkxReference; minNodes: number },
) {
  describe(name, () => {
    let graph: NetworkGraph;
    let ours: NetworkAnalysis;
    let reference: NetworkxReference;
    let minNodes: number;

    beforeAll(
      () => {
        ({ graph, reference, minNodes } = load());
        ours = analyseNetwork(graph, ANALYSE_OPTIONS);
      },
      60 * 60 * 1000,
    );

    it('has the same graph', () => {
      expect(ours.nodeCount).toBe(reference.nodes);
      expect(ours.edgeCount).toBe(reference.edges);
      expect(ours.nodeCount).toBeGreaterThan(minNodes);
      const missing = ours.nodes.filter(
        (n) => ours.nodes.length && !(n.id in reference.nodesMetrics) && n.degree > 0,
      );
      expect(missing.map((n) => n.id)).toEqual([]);
    });
    it('betweenness (exact) within 1e-6 relative', () => {
      const { worst, compared, mismatches } = relativeErrors(ours, reference, 'betweenness', FLOOR);
      console.log(
        `betweenness: ${compared} nodes above ${FLOOR}, worst relative error ${worst.toExponential(2)}`,
      );
      expect(mismatches).toEqual([]);
      expect(compared).toBeGreaterThan(1000);
      expect(worst).toBeLessThan(1e-6);
    });

    it('PageRank within 1e-6 relative', () => {
      const { worst, compared, mismatches } = relativeErrors(ours, reference, 'pagerank', FLOOR);
      console.log(`pagerank: ${compared} nodes, worst relative error ${worst.toExponential(2)}`);
      expect(mismatches).toEqual([]);
      expect(worst).toBeLessThan(1e-6);
    });

    it('closeness (Wasserman-Faust) within 1e-9 relative', () => {
      const { worst, mismatches } = relativeErrors(ours, reference, 'closeness', FLOOR);
      console.log(`closeness: worst relative error ${worst.toExponential(2)}`);
      expect(mismatches).toEqual([]);
      expect(worst).toBeLessThan(1e-9);
    });

    it('eigenvector centrality within 1e-4 relative above 1e-6', () => {
      const { worst, compared } = relativeErrors(ours, reference, 'eigenvector', 1e-6);
      console.log(
        `eigenvector: ${compared} nodes above 1e-6, worst relative error ${worst.toExponential(2)}`,
      );
      expect(worst).toBeLessThan(1e-4);
    });

    it('core numbers, clustering, transitivity, components and bridges agree exactly', () => {
      for (const node of ours.nodes) {
        const theirs = reference.nodesMetrics[node.id];
        if (!theirs) continue;
        expect(node.coreNumber).toBe(theirs.coreNumber);
        expect(node.clustering).toBeCloseTo(theirs.clustering, 12);
      }
      expect(ours.averageClustering).toBeCloseTo(reference.averageClustering, 12);
      expect(ours.transitivity).toBeCloseTo(reference.transitivity, 12);
      expect(ours.components.sizes).toEqual(reference.componentSizes);
      expect(ours.bridges.length).toBe(reference.bridges);
    });

    it('Louvain modularity within 0.02 of NetworkX louvain_communities', () => {
      console.log(`modularity: Amity ${ours.communities.modularity}, NetworkX ${reference.modularity}`);
      expect(Math.abs(ours.communities.modularity - reference.modularity)).toBeLessThan(0.02);
    });
  });
}

compareWithNetworkx('full twin-city graph against the stored NetworkX reference', () => {
  if (!existsSync(REFERENCE))
    throw new Error(`${REFERENCE} is missing: run npx tsx bench/network/make-networkx-reference.ts`);
  return {
    graph: loadTwinCitiesGraph(),
    reference: JSON.parse(gunzipSync(readFileSync(REFERENCE)).toString('utf8')) as NetworkxReference,
    minNodes: 15_000,
  };
});

let dir: string;
let python: string;
compareWithNetworkx('a 3,000-place subgraph against NetworkX run now', () => {
  python = requirePython();
  const graph = neighbourhood(loadTwinCitiesGraph(), 3, 3000);
  dir = mkdtempSync(join(tmpdir(), 'amity-network-test-'));
  const edgesPath = join(dir, 'edges.tsv');
  writeFileSync(edgesPath, edgeListText(graph));
  const reference = runPythonJson<NetworkxReference>(python, [
    join(repoRoot, 'bench/network/networkx_metrics.py'),
    'verify',
    edgesPath,
  ]);
  return { graph, reference, minNodes: 2_000 };
});

describe('exports read back by NetworkX', () => {
  let graph: NetworkGraph;
  let ours: NetworkAnalysis;
  beforeAll(() => {
    python ??= requirePython();
    dir ??= mkdtempSync(join(tmpdir(), 'amity-network-test-'));
    graph = neighbourhood(loadTwinCitiesGraph(), 3, 3000);
    ours = analyseNetwork(graph);
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('GEXF and GraphML exports are read back by NetworkX with their attributes', () => {
    const gexfPath = join(dir, 'graph.gexf');
    const graphmlPath = join(dir, 'graph.graphml');
    writeFileSync(gexfPath, toGexf(graph, { analysis: ours }));
    writeFileSync(graphmlPath, toGraphml(graph, { analysis: ours }));
    const read = runPythonJson<
      Record<
        'gexf' | 'graphml',
        { nodes: number; edges: number; first: string; attributes: Record<string, unknown> }
      >
    >(python, [join(repoRoot, 'bench/network/validate_exports.py'), gexfPath, graphmlPath]);
    const first = ours.nodes[0];
    for (const format of ['gexf', 'graphml'] as const) {
      expect(read[format].nodes).toBe(ours.nodeCount);
      expect(read[format].edges).toBe(ours.edgeCount);
      expect(read[format].first).toBe(first.id);
      expect(read[format].attributes.country).toBe(first.countryCode);
      expect(read[format].attributes.continent).toBe(first.continent);
      expect(Number(read[format].attributes.pagerank)).toBeCloseTo(first.pagerank, 12);
    }
  });
});
