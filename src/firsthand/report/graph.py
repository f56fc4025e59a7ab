"""Layout of a story's derivation graph for an inline SVG: origins on top, retellings below.

Layers come from networkx's topological generations (over the condensation, so a cycle of
rewrites with unknown direction shares one layer); within a layer, nodes are ordered by the
mean position of what they derive from, which keeps edges short; long layers wrap.
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

NODE_WIDTH = 168
NODE_HEIGHT = 44
GAP_X = 28
GAP_Y = 56
MARGIN = 16
PER_ROW = 6


@dataclass(frozen=True)
class GraphNode:
    key: str
    label: str
    detail: str
    external: bool
    href: str | None
    x: float
    y: float


@dataclass(frozen=True)
class GraphEdge:
    path: str
    kind: str
    uncredited: bool
    direction_known: bool
    title: str


@dataclass(frozen=True)
class GraphLayout:
    width: float
    height: float
    nodes: list[GraphNode]
    edges: list[GraphEdge]
    node_width: float = NODE_WIDTH
    node_height: float = NODE_HEIGHT


@dataclass(frozen=True)
class NodeSpec:
    label: str
    detail: str
    external: bool
    href: str | None


@dataclass(frozen=True)
class EdgeSpec:
    source: str
    target: str
    kind: str
    uncredited: bool
    direction_known: bool
    title: str


def _rows(graph: nx.DiGraph[str]) -> list[list[str]]:
    """Nodes in display rows: one topological layer per row, wrapped at PER_ROW."""
    condensed = nx.condensation(graph)
    members: dict[int, list[str]] = {}
    for node, component in condensed.graph["mapping"].items():
        members.setdefault(component, []).append(node)
    column: dict[str, float] = {}
    rows: list[list[str]] = []
    for generation in nx.topological_generations(condensed):
        layer = sorted(node for component in generation for node in members[component])

        def barycentre(node: str) -> float:
            parents = [column[p] for p in graph.predecessors(node) if p in column]
            return sum(parents) / len(parents) if parents else float("inf")

        layer.sort(key=barycentre)
        for start in range(0, len(layer), PER_ROW):
            row = layer[start : start + PER_ROW]
            for index, node in enumerate(row):
                column[node] = index - (len(row) - 1) / 2
            rows.append(row)
    return rows


def _curve(source: GraphNode, target: GraphNode) -> str:
    """An S-curve between facing sides of two boxes; a loop below them when in one row."""
    x1, x2 = source.x + NODE_WIDTH / 2, target.x + NODE_WIDTH / 2
    if target.y > source.y:
        y1, y2 = source.y + NODE_HEIGHT, target.y
        bend = (y1 + y2) / 2
    elif target.y < source.y:
        y1, y2 = source.y, target.y + NODE_HEIGHT
        bend = (y1 + y2) / 2
    else:
        y1 = y2 = source.y + NODE_HEIGHT
        bend = y1 + GAP_Y / 2
    return f"M{x1:.1f},{y1:.1f} C{x1:.1f},{bend:.1f} {x2:.1f},{bend:.1f} {x2:.1f},{y2:.1f}"


def layout(nodes: dict[str, NodeSpec], edges: list[EdgeSpec]) -> GraphLayout:
    """Positions for every node (top-left corners) and edge end points, in SVG user units."""
    for edge in edges:
        for end in (edge.source, edge.target):
            if end not in nodes:
                raise ValueError(f"derivation edge names unknown node {end!r}")
    graph: nx.DiGraph[str] = nx.DiGraph()
    graph.add_nodes_from(nodes)
    graph.add_edges_from((e.source, e.target) for e in edges)
    rows = _rows(graph)
    widest = max((len(row) for row in rows), default=0)
    width = 2 * MARGIN + widest * NODE_WIDTH + max(widest - 1, 0) * GAP_X
    # GAP_Y / 2 below the last row leaves room for a loop between two nodes of that row.
    height = 2 * MARGIN + GAP_Y / 2 + len(rows) * NODE_HEIGHT + max(len(rows) - 1, 0) * GAP_Y
    placed: dict[str, GraphNode] = {}
    for row_index, row in enumerate(rows):
        row_width = len(row) * NODE_WIDTH + (len(row) - 1) * GAP_X
        left = (width - row_width) / 2
        for index, key in enumerate(row):
            spec = nodes[key]
            placed[key] = GraphNode(
                key=key,
                label=spec.label,
                detail=spec.detail,
                external=spec.external,
                href=spec.href,
                x=left + index * (NODE_WIDTH + GAP_X),
                y=MARGIN + row_index * (NODE_HEIGHT + GAP_Y),
            )
    drawn = []
    for edge in edges:
        source, target = placed[edge.source], placed[edge.target]
        drawn.append(
            GraphEdge(
                path=_curve(source, target),
                kind=edge.kind,
                uncredited=edge.uncredited,
                direction_known=edge.direction_known,
                title=edge.title,
            )
        )
    return GraphLayout(width=width, height=height, nodes=[placed[k] for k in nodes], edges=drawn)
