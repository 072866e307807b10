/** The partnership network of a Dataset as the graph the network analysis takes. Pure. */
import type { Dataset } from '../domain/dataset.ts';
import type { NetworkGraph } from './network/index.ts';

export interface GraphFilter {
  type?: string;
  status?: string;
}

export function partnershipGraph(dataset: Dataset, filter: GraphFilter = {}): NetworkGraph {
  const ties = dataset.ties.filter(
    (t) => (!filter.type || t.type === filter.type) && (!filter.status || t.status === filter.status),
  );
  const used = new Set<string>();
  for (const t of ties) {
    used.add(t.a);
    used.add(t.b);
  }
  const nodes = [...used].sort().map((id) => {
    const place = dataset.places.get(id);
    const country = place ? dataset.countries.get(place.countryCode) : undefined;
    return {
      id,
      countryCode: place?.countryCode ?? '??',
      continent: country?.continent ?? 'unknown',
      label: place ? place.nameEn : id,
    };
  });
  return { nodes, edges: ties.map((t) => ({ source: t.a, target: t.b })) };
}

/** The places within `depth` ties of `center`, and the ties among them. */
export function egoGraph(graph: NetworkGraph, center: string, depth: number): NetworkGraph {
  const neighbours = new Map<string, string[]>();
  for (const e of graph.edges) {
    if (!neighbours.has(e.source)) neighbours.set(e.source, []);
    if (!neighbours.has(e.target)) neighbours.set(e.target, []);
    neighbours.get(e.source)!.push(e.target);
    neighbours.get(e.target)!.push(e.source);
  }
  const within = new Set<string>([center]);
  let frontier = [center];
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const v of frontier) {
      for (const w of neighbours.get(v) ?? []) {
        if (within.has(w)) continue;
        within.add(w);
        next.push(w);
      }
    }
    frontier = next;
  }
  return {
    nodes: graph.nodes.filter((n) => within.has(n.id)),
    edges: graph.edges.filter((e) => within.has(e.source) && within.has(e.target)),
  };
}
