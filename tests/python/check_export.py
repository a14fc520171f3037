#!/usr/bin/env python3
"""Reads a stancegraph export with the analysts' own tools and prints a JSON summary.

usage: python3 tests/python/check_export.py gexf|graphml|json|csv PATH

GEXF and GraphML are read with NetworkX (read_gexf with version="1.3", read_graphml), JSON (the
graph contract, graphology's serialized graph) and CSV (pandas read_csv, a folder or a zip) are built
into a NetworkX MultiDiGraph. The summary names, in the export schema's names:
  graph (NetworkX class), nodes, edges, nodeKeys / edgeKeys (attribute names with at least one value,
  including id and, for edges, source and target), nodeIds / edgeIds (sorted), and `values`: every
  node's and edge's attributes, so the caller can compare them with the database. Aliases are a
  JSON array in GEXF (liststring), GraphML and CSV; they are decoded to a list here.
Structural GEXF fields are not attributes: node/edge `label` (a copy of name/type) and edge
`start`/`end` (the timeline, a copy of date).
"""
import json
import math
import sys
import zipfile
from pathlib import Path

import networkx as nx
import pandas as pd

CONTRACT_NODE = {"label": "name", "entityType": "type"}
CONTRACT_EDGE = {"relation": "type", "start": "evidenceStart", "end": "evidenceEnd"}


def present(value):
    if value is None:
        return False
    if isinstance(value, float) and math.isnan(value):
        return False
    return True


def plain(value):
    if hasattr(value, "item"):
        value = value.item()
    return value if present(value) else None


def read_gexf(path):
    graph = nx.read_gexf(path, version="1.3")
    for _, data in graph.nodes(data=True):
        data.pop("label", None)
    for _, _, data in graph.edges(data=True):
        for key in ("label", "start", "end"):
            data.pop(key, None)
    return graph


def read_graphml(path):
    return nx.read_graphml(path, force_multigraph=True)


def read_json(path):
    payload = json.loads(Path(path).read_text(encoding="utf-8"))
    graph = nx.MultiDiGraph()
    for node in payload["graph"]["nodes"]:
        graph.add_node(node["key"], **{CONTRACT_NODE.get(k, k): v for k, v in node["attributes"].items()})
    for edge in payload["graph"]["edges"]:
        attrs = {CONTRACT_EDGE.get(k, k): v for k, v in edge["attributes"].items()}
        graph.add_edge(edge["source"], edge["target"], key=edge["key"], **attrs)
    graph.graph["version"] = payload["version"]
    return graph


def read_csv_tables(path):
    if str(path).endswith(".zip"):
        with zipfile.ZipFile(path) as archive:
            with archive.open("nodes.csv") as f:
                nodes = pd.read_csv(f, dtype={"id": str})
            with archive.open("edges.csv") as f:
                edges = pd.read_csv(f, dtype={"id": str, "source": str, "target": str})
    else:
        nodes = pd.read_csv(Path(path) / "nodes.csv", dtype={"id": str})
        edges = pd.read_csv(Path(path) / "edges.csv", dtype={"id": str, "source": str, "target": str})
    return nodes, edges


def read_csv(path):
    nodes, edges = read_csv_tables(path)
    graph = nx.MultiDiGraph()
    for row in nodes.to_dict("records"):
        graph.add_node(row.pop("id"), **row)
    for row in edges.to_dict("records"):
        graph.add_edge(row.pop("source"), row.pop("target"), key=row.pop("id"), **row)
    graph.graph["dtypes"] = {**{f"node.{k}": str(v) for k, v in nodes.dtypes.items()}, **{f"edge.{k}": str(v) for k, v in edges.dtypes.items()}}
    return graph


READERS = {"gexf": read_gexf, "graphml": read_graphml, "json": read_json, "csv": read_csv}


def _pair_counts(multi):
    counts = {}
    for source, target in multi.edges():
        counts[(source, target)] = counts.get((source, target), 0) + 1
    return counts


def summary(graph):
    multi = nx.MultiDiGraph(graph)
    node_keys, edge_keys = {"id"}, {"id", "source", "target"}
    nodes, edges = {}, {}
    for node, data in multi.nodes(data=True):
        values = {k: plain(v) for k, v in data.items() if present(plain(v))}
        if isinstance(values.get("aliases"), str):
            values["aliases"] = json.loads(values["aliases"])
        node_keys.update(values)
        nodes[str(node)] = values
    for source, target, key, data in multi.edges(keys=True, data=True):
        values = {k: plain(v) for k, v in data.items() if k != "id" and present(plain(v))}
        edge_keys.update(values)
        # a DiGraph (read_gexf without parallel edges) numbers its keys; the stance id is in data["id"]
        edges[str(data.get("id", key))] = {"source": str(source), "target": str(target), **values}
    return {
        "graph": type(graph).__name__,
        "directed": graph.is_directed(),
        "multi": any(n > 1 for n in _pair_counts(multi).values()),
        "nodes": multi.number_of_nodes(),
        "edges": multi.number_of_edges(),
        "nodeKeys": sorted(node_keys),
        "edgeKeys": sorted(edge_keys),
        "nodeIds": sorted(nodes),
        "edgeIds": sorted(edges),
        "values": {"nodes": nodes, "edges": edges},
        "dtypes": graph.graph.get("dtypes", {}),
    }


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in READERS:
        print("usage: check_export.py gexf|graphml|json|csv PATH", file=sys.stderr)
        sys.exit(2)
    graph = READERS[sys.argv[1]](sys.argv[2])
    print(json.dumps(summary(graph), ensure_ascii=False, default=str))


if __name__ == "__main__":
    main()
