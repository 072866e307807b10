import { describe, expect, it } from 'vitest';
import {
  analyseCountryNetwork,
  brandes,
  closenessFromSums,
  exactShortestPaths,
  toCsr,
  analyseNetwork,
  countryMatrix,
  NetworkInputError,
  toGexf,
  toGraphml,
  type NetworkAnalysis,
  type NetworkGraph,
} from '../../../src/analysis/network/index.ts';
import { seededRandom } from '../../../src/analysis/random.ts';

/** Builds a graph from "a-b" edge strings; every node in country XX, continent Europe unless given. */
function graph(
  edges: string[],
  extraNodes: string[] = [],
  place: Record<string, [string, string]> = {},
): NetworkGraph {
  const ids = new Set<string>();
  const list = edges.map((e) => {
    const [source, target] = e.split('-');
    ids.add(source);
    ids.add(target);
    return { source, target };
  });
  for (const id of extraNodes) ids.add(id);
  const nodes = [...ids].map((id) => ({
    id,
    countryCode: place[id]?.[0] ?? 'XX',
    continent: place[id]?.[1] ?? 'Europe',
  }));
  return { nodes, edges: list };
}

function byId(
  analysis: NetworkAnalysis,
  key: 'betweenness' | 'closeness' | 'pagerank' | 'coreNumber' | 'clustering',
) {
  return Object.fromEntries(analysis.nodes.map((n) => [n.id, n[key]]));
}

describe('path a-b-c-d', () => {
  const result = analyseNetwork(graph(['a-b', 'b-c', 'c-d']));

  it('betweenness: b lies on (a,c) and (a,d), c on (a,d) and (b,d); 2 pairs / ((n-1)(n-2)/2 = 3) = 2/3', () => {
    const b = byId(result, 'betweenness');
    expect(b.a).toBe(0);
    expect(b.b).toBeCloseTo(2 / 3, 12);
    expect(b.c).toBeCloseTo(2 / 3, 12);
    expect(b.d).toBe(0);
  });

  it('closeness: a has distances 1+2+3 = 6 -> 3/6; b has 1+1+2 = 4 -> 3/4', () => {
    const c = byId(result, 'closeness');
    expect(c.a).toBeCloseTo(0.5, 12);
    expect(c.b).toBeCloseTo(0.75, 12);
    expect(c.c).toBeCloseTo(0.75, 12);
    expect(c.d).toBeCloseTo(0.5, 12);
  });

  it('PageRank: x_a = 0.0375 + 0.425 x_b and x_b = 0.0375 + 0.85 x_a + 0.425 x_b give x_a = 10/57, x_b = 37/114', () => {
    const p = byId(result, 'pagerank');
    expect(p.a).toBeCloseTo(10 / 57, 9);
    expect(p.b).toBeCloseTo(37 / 114, 9);
    expect(p.c).toBeCloseTo(37 / 114, 9);
    expect(p.d).toBeCloseTo(10 / 57, 9);
  });

  it('every edge of a path is a bridge; one component; 1-core; no triangles', () => {
    expect(result.bridges.map((b) => [b.source, b.target, b.smallerSide, b.largerSide])).toEqual([
      ['a', 'b', 1, 3],
      ['b', 'c', 2, 2],
      ['c', 'd', 1, 3],
    ]);
    expect(result.components).toEqual({ count: 1, sizes: [4] });
    expect(Object.values(byId(result, 'coreNumber'))).toEqual([1, 1, 1, 1]);
    expect(result.transitivity).toBe(0);
    expect(result.averageClustering).toBe(0);
  });
});

describe('star: centre c with leaves l1..l4', () => {
  const result = analyseNetwork(graph(['c-l1', 'c-l2', 'c-l3', 'c-l4']));

  it('betweenness: the centre is on all C(4,2) = 6 leaf pairs, 6 / ((4 x 3)/2) = 1', () => {
    const b = byId(result, 'betweenness');
    expect(b.c).toBeCloseTo(1, 12);
    expect(b.l1).toBe(0);
  });

  it('closeness: centre 4/4 = 1, leaf 4/(1 + 2 x 3) = 4/7', () => {
    const c = byId(result, 'closeness');
    expect(c.c).toBeCloseTo(1, 12);
    expect(c.l3).toBeCloseTo(4 / 7, 12);
  });

  it('PageRank: x_c = 0.03 + 0.85 (1 - x_c) gives x_c = 0.88/1.85 = 88/185; a leaf gets (1 - x_c)/4 = 97/740', () => {
    const p = byId(result, 'pagerank');
    expect(p.c).toBeCloseTo(88 / 185, 9);
    expect(p.l2).toBeCloseTo(97 / 740, 9);
  });

  it('four leaf bridges, all nodes in the 1-core', () => {
    expect(result.bridges).toHaveLength(4);
    expect(result.bridges.every((b) => b.smallerSide === 1 && b.largerSide === 4)).toBe(true);
    expect(new Set(Object.values(byId(result, 'coreNumber')))).toEqual(new Set([1]));
  });
});

describe('triangle a-b-c with a tail c-d', () => {
  const result = analyseNetwork(graph(['a-b', 'b-c', 'c-a', 'c-d']), { pagerank: { tolerance: 1e-15 } });

  it('betweenness: c is on (a,d) and (b,d): 2 / 3', () => {
    const b = byId(result, 'betweenness');
    expect(b).toEqual({ a: 0, b: 0, c: expect.closeTo(2 / 3, 12), d: 0 });
  });

  it('closeness: a 3/(1+1+2) = 3/4, c 3/3 = 1, d 3/(1+2+2) = 3/5', () => {
    const c = byId(result, 'closeness');
    expect(c.a).toBeCloseTo(0.75, 12);
    expect(c.c).toBeCloseTo(1, 12);
    expect(c.d).toBeCloseTo(0.6, 12);
  });

  it('clustering: a, b = 1; c = 1 triangle of 3 neighbour pairs = 1/3; d = 0; average 7/12; transitivity 3/5', () => {
    const c = byId(result, 'clustering');
    expect(c).toEqual({ a: 1, b: 1, c: expect.closeTo(1 / 3, 12), d: 0 });
    expect(result.averageClustering).toBeCloseTo(7 / 12, 12);
    // 3 x 1 triangle / connected triples (a: 1, b: 1, c: 3, d: 0) = 3/5
    expect(result.transitivity).toBeCloseTo(0.6, 12);
  });

  it('k-core: the triangle is the 2-core, the tail the 1-core; c-d is the only bridge', () => {
    expect(byId(result, 'coreNumber')).toEqual({ a: 2, b: 2, c: 2, d: 1 });
    expect(result.bridges).toEqual([{ source: 'c', target: 'd', weight: 1, smallerSide: 1, largerSide: 3 }]);
  });

  it('PageRank satisfies x_v = 0.15/4 + 0.85 sum_{u~v} x_u/deg(u), summing to 1 (a = b ~ 0.24593, c ~ 0.36674, d ~ 0.14141)', () => {
    const p = byId(result, 'pagerank');
    const t = 0.15 / 4;
    expect(p.a).toBeCloseTo(t + 0.85 * (p.b / 2 + p.c / 3), 10);
    expect(p.c).toBeCloseTo(t + 0.85 * (p.a / 2 + p.b / 2 + p.d), 10);
    expect(p.d).toBeCloseTo(t + 0.85 * (p.c / 3), 10);
    expect(p.a + p.b + p.c + p.d).toBeCloseTo(1, 12);
    expect(p.c).toBeCloseTo(0.36674, 4);
  });
});

describe('two 4-cliques {a1..a4} and {b1..b4} joined by the bridge a1-b1', () => {
  const clique = (p: string) => [
    `${p}1-${p}2`,
    `${p}1-${p}3`,
    `${p}1-${p}4`,
    `${p}2-${p}3`,
    `${p}2-${p}4`,
    `${p}3-${p}4`,
  ];
  const result = analyseNetwork(graph([...clique('a'), ...clique('b'), 'a1-b1']));

  it('betweenness: a1 is on the 3 x 4 = 12 pairs (a2..a4, b1..b4): 12 / (7 x 6 / 2) = 4/7', () => {
    const b = byId(result, 'betweenness');
    expect(b.a1).toBeCloseTo(4 / 7, 12);
    expect(b.b1).toBeCloseTo(4 / 7, 12);
    expect(b.a2).toBe(0);
  });

  it('closeness: a1 7/(3 + 1 + 3 x 2) = 0.7; a2 7/(3 + 2 + 3 x 3) = 0.5', () => {
    const c = byId(result, 'closeness');
    expect(c.a1).toBeCloseTo(0.7, 12);
    expect(c.a2).toBeCloseTo(0.5, 12);
  });

  it('clustering: a2 = 1, a1 = 3 of 6 pairs = 0.5; average (6 + 2 x 0.5)/8; transitivity 3 x 8 / 30', () => {
    const c = byId(result, 'clustering');
    expect(c.a2).toBe(1);
    expect(c.a1).toBe(0.5);
    expect(result.averageClustering).toBeCloseTo(7 / 8, 12);
    expect(result.transitivity).toBeCloseTo(0.8, 12);
  });

  it('every node is in the 3-core; the only bridge is a1-b1, cutting 4 from 4', () => {
    expect(new Set(Object.values(byId(result, 'coreNumber')))).toEqual(new Set([3]));
    expect(result.bridges).toEqual([
      { source: 'a1', target: 'b1', weight: 1, smallerSide: 4, largerSide: 4 },
    ]);
  });

  it('Louvain finds the two cliques; modularity 2 x (6/13 - (13/26)^2) = 11/26', () => {
    expect(result.communities.count).toBe(2);
    expect(result.communities.sizes).toEqual([4, 4]);
    expect(result.communities.modularity).toBeCloseTo(11 / 26, 12);
    const community = Object.fromEntries(result.nodes.map((n) => [n.id, n.community]));
    expect(community.a2).toBe(community.a4);
    expect(community.a1).not.toBe(community.b1);
  });

  it('PageRank is symmetric between the cliques and sums to 1', () => {
    const p = byId(result, 'pagerank');
    expect(p.a1).toBeCloseTo(p.b1, 12);
    expect(p.a2).toBeCloseTo(p.b3, 12);
    expect(Object.values(p).reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
  });
});

describe('disconnected graph: triangle {a,b,c}, edge {d,e}, isolated f', () => {
  const result = analyseNetwork(graph(['a-b', 'b-c', 'c-a', 'd-e'], ['f']));

  it('components are numbered by size', () => {
    expect(result.components).toEqual({ count: 3, sizes: [3, 2, 1] });
    expect(result.nodes.map((n) => n.component)).toEqual([0, 0, 0, 1, 1, 2]);
  });

  it('closeness (Wasserman-Faust): triangle (2/2)(2/5) = 0.4, edge (1/1)(1/5) = 0.2, isolated 0', () => {
    const c = byId(result, 'closeness');
    expect(c.a).toBeCloseTo(0.4, 12);
    expect(c.d).toBeCloseTo(0.2, 12);
    expect(c.f).toBe(0);
  });

  it('PageRank: the isolated node is dangling and spreads its rank uniformly; the total stays 1', () => {
    const p = byId(result, 'pagerank');
    expect(Object.values(p).reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
    // x_f = 0.15/6 + 0.85 x_f / 6  ->  x_f = 0.025 / (1 - 0.85/6)
    expect(p.f).toBeCloseTo(0.025 / (1 - 0.85 / 6), 9);
  });
});

describe('sampling, seeds and input handling', () => {
  const clique = (p: string) => [`${p}1-${p}2`, `${p}1-${p}3`, `${p}2-${p}3`];
  const g = graph([...clique('a'), ...clique('b'), ...clique('c'), 'a1-b1', 'b2-c2', 'c3-d', 'd-e']);

  it('sampled betweenness with as many pivots as nodes equals the exact values', () => {
    const exact = analyseNetwork(g);
    const sampled = analyseNetwork(g, { betweenness: { mode: 'sampled', pivots: g.nodes.length } });
    sampled.nodes.forEach((n, i) => expect(n.betweenness).toBeCloseTo(exact.nodes[i].betweenness, 12));
    expect(sampled.betweenness).toEqual({ mode: 'sampled', pivots: g.nodes.length });
  });

  it('sampled closeness with every node a pivot equals the exact values', () => {
    const exact = analyseNetwork(g);
    const sampled = analyseNetwork(g, {
      betweenness: { mode: 'sampled', pivots: g.nodes.length },
      closeness: { mode: 'sampled' },
    });
    sampled.nodes.forEach((n, i) => expect(n.closeness).toBeCloseTo(exact.nodes[i].closeness, 12));
  });

  it('the same seed gives the same sample and the same communities', () => {
    const options = { betweenness: { mode: 'sampled' as const, pivots: 4 }, seed: 7 };
    expect(analyseNetwork(g, options)).toEqual(analyseNetwork(g, options));
  });

  it('merges repeated pairs (weights add) and drops self-loops, reporting both', () => {
    const result = analyseNetwork({
      nodes: [
        { id: 'x', countryCode: 'CN', continent: 'Asia' },
        { id: 'y', countryCode: 'FR', continent: 'Europe' },
      ],
      edges: [
        { source: 'x', target: 'y' },
        { source: 'y', target: 'x', weight: 2 },
        { source: 'x', target: 'x' },
      ],
    });
    expect(result.edgeCount).toBe(1);
    expect(result.duplicateEdgesMerged).toBe(1);
    expect(result.selfLoopsDropped).toBe(1);
    expect(result.nodes[0].weightedDegree).toBe(3);
  });

  it('rejects unknown nodes, duplicate ids and bad weights, naming the row and field', () => {
    const nodes = [{ id: 'x', countryCode: 'CN', continent: 'Asia' }];
    expect(() => analyseNetwork({ nodes, edges: [{ source: 'x', target: 'q' }] })).toThrow(
      new NetworkInputError('edges[0].target: unknown node "q"'),
    );
    expect(() => analyseNetwork({ nodes: [...nodes, ...nodes], edges: [] })).toThrow(
      /nodes\[1\]\.id: duplicate/,
    );
    expect(() =>
      analyseNetwork({
        nodes: [...nodes, { id: 'z', countryCode: 'CN', continent: 'Asia' }],
        edges: [{ source: 'x', target: 'z', weight: -1 }],
      }),
    ).toThrow(/edges\[0\]\.weight/);
  });

  it('handles the empty graph', () => {
    const result = analyseNetwork({ nodes: [], edges: [] });
    expect(result.nodeCount).toBe(0);
    expect(result.communities.modularity).toBe(0);
  });

  it('handles a graph without edges: every node its own community, uniform PageRank', () => {
    const result = analyseNetwork(graph([], ['x', 'y']));
    expect(result.communities).toMatchObject({ count: 2, modularity: 0 });
    expect(result.nodes.map((n) => n.pagerank)).toEqual([0.5, 0.5]);
    expect(result.bridges).toEqual([]);
  });
});

describe('continents and countries', () => {
  // Shanghai and Beijing (CN, Asia) are both tied to Paris (FR) and Lyon (FR, Europe); Shanghai also to Osaka (JP, Asia).
  const place: Record<string, [string, string]> = {
    sh: ['CN', 'Asia'],
    bj: ['CN', 'Asia'],
    pa: ['FR', 'Europe'],
    ly: ['FR', 'Europe'],
    os: ['JP', 'Asia'],
  };
  const g = graph(['sh-pa', 'sh-ly', 'sh-os', 'bj-pa', 'bj-ly', 'pa-ly', 'sh-bj'], [], place);

  it('participation over continents and cross-continent counts', () => {
    const result = analyseNetwork(g);
    const sh = result.nodes.find((n) => n.id === 'sh')!;
    // sh: 2 ties to Europe, 2 to Asia (os, bj): 1 - (1/2)^2 - (1/2)^2 = 1/2
    expect(sh.continentParticipation).toBeCloseTo(0.5, 12);
    expect(sh.interContinentalEdges).toBe(2);
    expect(sh.internationalEdges).toBe(3);
    const os = result.nodes.find((n) => n.id === 'os')!;
    expect(os.continentParticipation).toBe(0);
    expect(result.continents.interContinentalEdges).toBe(4);
    expect(result.continents.intraContinentalEdges).toBe(3);
    expect(result.continents.matrix.keys).toEqual(['Asia', 'Europe']);
    expect(result.continents.matrix.weights).toEqual([
      [2, 4],
      [4, 1],
    ]);
  });

  it('country matrix: symmetric, domestic ties on the diagonal', () => {
    const matrix = countryMatrix(g);
    expect(matrix.keys).toEqual(['CN', 'FR', 'JP']);
    expect(matrix.weights).toEqual([
      [1, 4, 1],
      [4, 1, 0],
      [1, 0, 0],
    ]);
    expect(matrix.nodeCounts).toEqual([2, 2, 1]);
  });

  it('counts Hong Kong and Taiwan under China, as China does', () => {
    const regions = graph(['sh-hk', 'hk-pa', 'tp-pa', 'sh-pa'], [], {
      sh: ['CN', 'Asia'],
      hk: ['HK', 'Asia'],
      tp: ['TW', 'Asia'],
      pa: ['FR', 'Europe'],
    });
    const matrix = countryMatrix(regions);
    expect(matrix.keys).toEqual(['CN', 'FR']);
    expect(matrix.weights).toEqual([
      [1, 3],
      [3, 0],
    ]);
    const result = analyseNetwork(regions);
    // Shanghai–Hong Kong is not international; Shanghai–Paris is.
    expect(result.nodes.find((n) => n.id === 'sh')!.internationalEdges).toBe(1);
    expect(analyseCountryNetwork(regions).countries.map((c) => [c.id, c.places])).toEqual([
      ['CN', 3],
      ['FR', 1],
    ]);
  });

  it('country graph and its metrics', () => {
    const result = analyseCountryNetwork(g);
    expect(result.countries.map((c) => [c.id, c.continent, c.places, c.domesticWeight])).toEqual([
      ['CN', 'Asia', 2, 1],
      ['FR', 'Europe', 2, 1],
      ['JP', 'Asia', 1, 0],
    ]);
    // CN-FR (weight 4) and CN-JP (weight 1): CN is the centre of a 3-path
    const cn = result.nodes.find((n) => n.id === 'CN')!;
    expect(cn.betweenness).toBe(1);
    expect(cn.weightedDegree).toBe(5);
    expect(result.bridges).toHaveLength(2);
  });
});

describe('GEXF and GraphML', () => {
  const g: NetworkGraph = {
    nodes: [
      { id: 'Tom & "Jerry" <1>', countryCode: 'GB', continent: 'Europe', label: "O'Hare\u0001" },
      { id: '上海|China', countryCode: 'CN', continent: 'Asia', label: '上海' },
    ],
    edges: [{ source: 'Tom & "Jerry" <1>', target: '上海|China', weight: 2 }],
  };
  const analysis = analyseNetwork(g);

  it('escapes markup and drops characters XML cannot carry', () => {
    const gexf = toGexf(g, { analysis });
    expect(gexf).toContain('id="Tom &amp; &quot;Jerry&quot; &lt;1&gt;"');
    expect(gexf).toContain('label="O&apos;Hare\uFFFD"');
    expect(gexf).not.toContain('\u0001');
    expect(gexf).toContain('<attribute id="5" title="betweenness" type="double"/>');
    expect(gexf).toContain('weight="2"');
    const graphml = toGraphml(g, { analysis });
    expect(graphml).toContain('<node id="上海|China">');
    expect(graphml).toContain('attr.name="pagerank" attr.type="double"');
    expect(graphml).toContain('<data key="weight">2</data>');
  });
});

describe('degree-one reduction', () => {
  it('gives the plain Brandes sums and closeness on a random graph with leaves, stars, pairs and isolated nodes', () => {
    const random = seededRandom(3);
    const nodes = Array.from({ length: 300 }, (_, i) => ({
      id: `v${i}`,
      countryCode: 'XX',
      continent: 'Europe',
    }));
    const edges: NetworkGraph['edges'] = [];
    // a sparse random core on v0..v149, leaves v150..v279 hung on it, pairs v280-v281 ..., v296..v299 isolated
    for (let i = 0; i < 200; i++)
      edges.push({ source: `v${Math.floor(random() * 150)}`, target: `v${Math.floor(random() * 150)}` });
    for (let i = 150; i < 280; i++) edges.push({ source: `v${i}`, target: `v${Math.floor(random() * 150)}` });
    for (let i = 280; i < 296; i += 2) edges.push({ source: `v${i}`, target: `v${i + 1}` });
    const g = toCsr({ nodes, edges });
    const all = Int32Array.from({ length: g.n }, (_, i) => i);
    const plain = brandes(g, all);
    const plainCloseness = closenessFromSums(plain.reach, plain.distanceSum);
    const reduced = exactShortestPaths(g);
    for (let v = 0; v < g.n; v++) {
      expect(reduced.raw![v]).toBeCloseTo(plain.raw[v], 8);
      expect(reduced.closeness[v]).toBeCloseTo(plainCloseness[v], 12);
    }
  });
});
