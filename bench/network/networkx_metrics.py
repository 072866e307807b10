"""NetworkX reference for Amity's network analysis.

Usage:
  python3 networkx_metrics.py verify EDGES.tsv   -> JSON with the metrics Amity is checked against
  python3 networkx_metrics.py bench EDGES.tsv [--betweenness-pivots K]  -> JSON with seconds per metric

EDGES.tsv: one undirected edge per line, "source<TAB>target<TAB>weight"; node ids are opaque strings.
Isolated nodes are not in the file; their count is passed as --isolated N (they change normalisations).
"""

import argparse
import json
import sys
import time

import networkx as nx


def read_graph(path, isolated):
    G = nx.Graph()
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                continue
            source, target, weight = line.split("\t")
            G.add_edge(source, target, weight=float(weight))
    for i in range(isolated):
        G.add_node(f"\u0000isolated{i}")
    return G


def timed(timings, name, fn):
    # CPU time of this process: the benchmark machines are shared, and wall time follows their load
    start = time.process_time()
    value = fn()
    timings[name] = time.process_time() - start
    return value


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["verify", "bench"])
    parser.add_argument("edges")
    parser.add_argument("--isolated", type=int, default=0)
    parser.add_argument("--betweenness-pivots", type=int, default=0)
    parser.add_argument("--skip", default="", help="comma-separated metrics to leave out (e.g. closeness)")
    args = parser.parse_args()
    skip = set(filter(None, args.skip.split(",")))

    timings = {}
    G = timed(timings, "load", lambda: read_graph(args.edges, args.isolated))
    out = {"networkx": nx.__version__, "python": sys.version.split()[0], "nodes": G.number_of_nodes(), "edges": G.number_of_edges()}

    timed(timings, "degree", lambda: (dict(G.degree()), dict(G.degree(weight="weight"))))
    if "betweenness" not in skip:
        k = args.betweenness_pivots or None
        betweenness = timed(timings, "betweenness", lambda: nx.betweenness_centrality(G, k=k, seed=1))
    if "closeness" not in skip:
        closeness = timed(timings, "closeness", lambda: nx.closeness_centrality(G))
    if args.mode == "verify":
        # Tight tolerances so that the comparison measures the algorithms, not where the iterations stopped.
        pagerank = nx.pagerank(G, alpha=0.85, tol=1e-15, max_iter=100000)
        eigenvector = nx.eigenvector_centrality(G, weight="weight", tol=1e-13, max_iter=100000)
    else:
        pagerank = timed(timings, "pagerank", lambda: nx.pagerank(G, alpha=0.85))
        eigenvector = timed(timings, "eigenvector", lambda: nx.eigenvector_centrality(G, weight="weight", max_iter=1000))
    core = timed(timings, "kcore", lambda: nx.core_number(G))
    clustering = timed(timings, "clustering", lambda: nx.clustering(G))
    average_clustering = timed(timings, "averageClustering", lambda: nx.average_clustering(G))
    transitivity = timed(timings, "transitivity", lambda: nx.transitivity(G))
    components = timed(timings, "components", lambda: [len(c) for c in nx.connected_components(G)])
    communities = timed(timings, "louvain", lambda: nx.community.louvain_communities(G, weight="weight", seed=1))
    modularity = timed(timings, "modularity", lambda: nx.community.modularity(G, communities, weight="weight"))
    bridges = timed(timings, "bridges", lambda: list(nx.bridges(G)))

    out["timings"] = timings
    out["modularity"] = modularity
    out["communities"] = len(communities)
    out["averageClustering"] = average_clustering
    out["transitivity"] = transitivity
    out["componentSizes"] = sorted(components, reverse=True)
    out["bridges"] = len(bridges)
    if args.mode == "verify":
        out["nodesMetrics"] = {
            v: {
                "betweenness": betweenness.get(v) if "betweenness" not in skip else None,
                "closeness": closeness.get(v) if "closeness" not in skip else None,
                "pagerank": pagerank[v],
                "eigenvector": eigenvector[v],
                "coreNumber": core[v],
                "clustering": clustering[v],
            }
            for v in G.nodes
        }
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
