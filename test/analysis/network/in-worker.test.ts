/** The network metrics and communities a server computes in a worker thread are those of this thread. */
import { describe, expect, it } from 'vitest';
import {
  analyseNetwork,
  analyseNetworkInWorker,
  communitiesInWorker,
  type NetworkGraph,
} from '../../../src/analysis/network/index.ts';
import { packGraph, unpackGraph } from '../../../src/analysis/network/analyse-in-worker.ts';

/** Two triangles joined by a bridge, one weighted edge, one node without a label. */
const graph: NetworkGraph = {
  nodes: [
    { id: 'a', countryCode: 'CN', continent: 'Asia', label: 'A' },
    { id: 'b', countryCode: 'CN', continent: 'Asia', label: 'B' },
    { id: 'c', countryCode: 'JP', continent: 'Asia' },
    { id: 'd', countryCode: 'FR', continent: 'Europe', label: 'D' },
    { id: 'e', countryCode: 'FR', continent: 'Europe', label: 'E' },
    { id: 'f', countryCode: 'DE', continent: 'Europe', label: 'F' },
  ],
  edges: [
    { source: 'a', target: 'b' },
    { source: 'b', target: 'c', weight: 2 },
    { source: 'c', target: 'a' },
    { source: 'c', target: 'd' },
    { source: 'd', target: 'e' },
    { source: 'e', target: 'f' },
    { source: 'f', target: 'd' },
  ],
};

describe('the network in a worker thread', () => {
  it('packs a graph into columns and back without a change', () => {
    const packed = packGraph(graph);
    expect(packed.source).toBeInstanceOf(Int32Array);
    expect(unpackGraph(structuredClone(packed))).toEqual(graph);
    // An edge may name a node the list leaves out: the id travels with the edges.
    const loose = { nodes: graph.nodes.slice(0, 2), edges: [{ source: 'a', target: 'z' }] };
    expect(unpackGraph(packGraph(loose))).toEqual(loose);
  });

  it('gives the metrics and the communities found in this thread', async () => {
    const here = analyseNetwork(graph, { seed: 1 });
    expect(await analyseNetworkInWorker(graph, { seed: 1 })).toEqual(here);
    const { ids, community } = await communitiesInWorker(graph, 1, 1);
    const byId = new Map(ids.map((id, v) => [id, community[v]]));
    for (const node of here.nodes) expect(byId.get(node.id)).toBe(node.community);
    expect(new Set(community).size).toBe(2);
  }, 60_000);
});
