"""Reads Amity's GEXF and GraphML exports with NetworkX and prints what it found, as JSON.

Usage: python3 validate_exports.py FILE.gexf FILE.graphml
"""

import json
import sys

import networkx as nx


def summary(G):
    node, data = next(iter(G.nodes(data=True)))
    return {"nodes": G.number_of_nodes(), "edges": G.number_of_edges(), "first": node, "attributes": data}


gexf = nx.read_gexf(sys.argv[1])
graphml = nx.read_graphml(sys.argv[2])
json.dump({"gexf": summary(gexf), "graphml": summary(graphml)}, sys.stdout, default=str)
