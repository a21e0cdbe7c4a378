"""DOT export: valid structure (checked by parsing, no Graphviz here), every value and derivative shown."""

import re
import xml.etree.ElementTree as ET

import pytest

from core.figures.computation_graph import BLUE, HIGHLIGHT_FILL, PENDING, RED, plain, short, to_dot
from core.graphs import GRAPH_KEYS, graph_spec, steps, view_at

NODE = re.compile(r"^  (n\d+) \[label=<(.*)>, (.*)\];$")
EDGE = re.compile(r'^  (n\d+) -> (n\d+) \[(.*)\];$')


def parse(dot: str):
    """(nodes {id: label}, edges [(from, to, attributes)]) or an AssertionError saying what is wrong."""
    lines = dot.splitlines()
    assert lines[0] == "digraph computation {" and lines[-1] == "}"
    nodes, edges = {}, []
    for line in lines[1:-1]:
        if line.lstrip().startswith(("graph [", "node [", "edge [")):
            continue
        if match := NODE.match(line):
            assert match.group(1) not in nodes, f"node declared twice: {line}"
            nodes[match.group(1)] = match.group(2)
        elif match := EDGE.match(line):
            edges.append(match.groups())
        else:
            raise AssertionError(f"not a node, an edge or a default: {line!r}")
    outside_labels = re.sub(r"label=<.*?</TABLE>>", "", dot)
    assert outside_labels.count("{") == outside_labels.count("}") == 1
    assert outside_labels.count("[") == outside_labels.count("]")
    for quoted in re.findall(r'"((?:[^"\\]|\\.)*)"', outside_labels):
        assert "\n" not in quoted
    for label in nodes.values():
        ET.fromstring(label)  # an HTML-like label must be well-formed XML: escaped &, <, >
    for source, target, _ in edges:
        assert source in nodes and target in nodes, (source, target)
    return nodes, edges


def full_view(kind, m=2):
    spec = graph_spec(kind, m)
    built = spec.build()
    all_steps = steps(built)
    return spec, built, view_at(built, all_steps, len(all_steps))


@pytest.mark.parametrize("kind", GRAPH_KEYS)
def test_dot_is_valid_and_shows_every_value_and_derivative(kind):
    spec, built, view = full_view(kind)
    dot = to_dot(built.order, built.output, view.valued, view.graded)
    nodes, edges = parse(dot)
    assert len(nodes) == len(built.order)
    forward = [e for e in edges if "dashed" not in e[2]]
    backward = [e for e in edges if "dashed" in e[2]]
    assert len(forward) == len(backward) == sum(len(n.parents) for n in built.order)
    out = plain(built.output.name)
    for node, label in zip(built.order, nodes.values()):
        name = plain(node.name)
        assert f"{name} = {short(node.value)}" in label
        assert f"d{out}/d{name} = {short(node.grad)}" in label
        assert BLUE in label and RED in label and "?" not in label


def test_warm_up_labels_carry_the_texts_numbers():
    _, built, view = full_view("warmup")
    dot = to_dot(built.order, built.output, view.valued, view.graded)
    for text in ("J = 33", "dJ/dJ = 1", "v = 11", "dJ/dv = 3", "a = 5", "dJ/da = 3", "dJ/db = 6", "dJ/dc = 9",
                 "u = b · c", 'label="dv/da = 1"', 'label="du/db = 2"'):
        assert text in dot, text


def test_before_any_step_only_inputs_have_values_and_nothing_is_red():
    spec = graph_spec("logistic")
    built = spec.build()
    view = view_at(built, steps(built), 0)
    nodes, edges = parse(to_dot(built.order, built.output, view.valued, view.graded))
    assert "dashed" not in " ".join(e[2] for e in edges)
    assert all(RED not in label for label in nodes.values())
    assert "z = ?" in nodes["n5"] and "dL/dz = ?" in nodes["n5"] and PENDING in nodes["n5"]
    assert "x₁ = 1" in " ".join(nodes.values())


def test_the_current_node_is_highlighted_once():
    spec = graph_spec("warmup")
    built = spec.build()
    all_steps = steps(built)
    view = view_at(built, all_steps, 5)
    dot = to_dot(built.order, built.output, view.valued, view.graded, view.step.node)
    assert dot.count(HIGHLIGHT_FILL) == 1
    highlighted = next(line for line in dot.splitlines() if HIGHLIGHT_FILL in line)
    assert "dJ/dv = 3" in highlighted


def test_labels_are_escaped():
    from core import autodiff as ad

    x = ad.value(1, "x<&>")
    out = ad.scale(2, x, 'J"')
    ad.backward(out)
    order = ad.topological_order(out)
    dot = to_dot(order, out, set(order), set(order))
    nodes, _ = parse(dot)
    assert "x&lt;&amp;&gt; = 1" in " ".join(nodes.values())


def test_plain_names():
    assert plain("w^{[1]}_{11}") == "w[1]₁₁"
    assert plain("x_1^{(2)}") == "x₁⁽²⁾"
    assert plain(r"\frac{1}{2}(L^{(1)} + L^{(2)})") == "(1/2)(L⁽¹⁾ + L⁽²⁾)"
    assert plain(r"\sigma(z) \cdot b - 1") == "σ(z) · b − 1"
    assert short(-0.731059) == "−0.7311" and short(-0.0) == "0"


def test_big_graphs_can_drop_edge_labels():
    _, built, view = full_view("batch", 4)
    with_labels = to_dot(built.order, built.output, view.valued, view.graded)
    without = to_dot(built.order, built.output, view.valued, view.graded, edge_labels=False)
    parse(without)
    assert 'label="' in with_labels and 'label="' not in without
