"""Layout of the derivation graph: origins above what derives from them, nothing overlapping."""

from __future__ import annotations

import pytest

from firsthand.report.graph import NODE_HEIGHT, NODE_WIDTH, PER_ROW, EdgeSpec, NodeSpec, layout


def spec(label: str, external: bool = False) -> NodeSpec:
    return NodeSpec(label=label, detail="", external=external, href=None)


def edge(source: str, target: str) -> EdgeSpec:
    return EdgeSpec(source, target, "rewrite", False, True, f"{target} from {source}")


def test_origins_sit_above_their_retellings_and_nothing_overlaps() -> None:
    nodes = {name: spec(name, external=name == "wire") for name in ["a", "b", "c", "d", "wire"]}
    drawn = layout(nodes, [edge("wire", "a"), edge("a", "b"), edge("a", "c"), edge("c", "d")])
    at = {n.key: n for n in drawn.nodes}
    assert at["wire"].y < at["a"].y < at["b"].y
    assert at["c"].y < at["d"].y
    boxes = [(n.x, n.y) for n in drawn.nodes]
    for i, (x1, y1) in enumerate(boxes):
        for x2, y2 in boxes[i + 1 :]:
            assert abs(x1 - x2) >= NODE_WIDTH or abs(y1 - y2) >= NODE_HEIGHT
        assert x1 >= 0 and x1 + NODE_WIDTH <= drawn.width and y1 + NODE_HEIGHT <= drawn.height
    assert all(e.path.startswith("M") for e in drawn.edges)


def test_a_cycle_of_unknown_direction_is_drawn_in_one_row() -> None:
    drawn = layout({"a": spec("a"), "b": spec("b")}, [edge("a", "b"), edge("b", "a")])
    assert drawn.nodes[0].y == drawn.nodes[1].y


def test_long_layers_wrap() -> None:
    nodes = {str(n): spec(str(n)) for n in range(PER_ROW * 2 + 1)}
    drawn = layout(nodes, [])
    assert len({n.y for n in drawn.nodes}) == 3


def test_an_edge_to_an_unknown_node_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown node 'ghost'"):
        layout({"a": spec("a")}, [edge("ghost", "a")])
