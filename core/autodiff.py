"""A scalar automatic-differentiation engine, small enough to read in one sitting (after micrograd).

Every operation makes a Node holding its value, its parents and, for each edge to a parent, the local
derivative d(node)/d(parent), computed on the spot in the forward pass. `backward` then walks the graph
in reverse topological order and applies the chain rule: each node passes its gradient times the local
derivative to its parents. Names and formulas are LaTeX, with #0, #1, ... standing for the parents'
names and #s for the node's own name, so a page can write every step out in symbols or in numbers.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from core.logistic import sigmoid as _stable_sigmoid


@dataclass(eq=False)  # identity, not value, makes two nodes the same node
class Node:
    value: float
    name: str  # LaTeX, e.g. "w_1" or "z^{(2)}"
    op: str = "input"
    parents: tuple[Node, ...] = ()
    local: tuple[float, ...] = ()  # d(self)/d(parent), one per edge
    formula: str = ""  # how the value is made from the parents, e.g. "#0 + #1"
    local_formulas: tuple[str, ...] = ()  # each local derivative in symbols, e.g. "#1" for d(b·c)/db
    grad: float = field(default=0.0, compare=False)  # d(output)/d(self), filled by backward()

    def __repr__(self) -> str:
        return f"Node({self.name}={self.value:g}, grad={self.grad:g})"


def fill(template: str, node: Node, words: list[str], own: str | None = None) -> str:
    """Replace #i by words[i] and #s by `own` (highest index first, so #1 never eats #10)."""
    for i in reversed(range(len(words))):
        template = template.replace(f"#{i}", words[i])
    return template.replace("#s", own if own is not None else node.name)


# ---- building blocks ----

def value(x: float, name: str) -> Node:
    """An input: a number the graph starts from."""
    return Node(float(x), name)


def add(x: Node, y: Node, name: str) -> Node:
    return Node(x.value + y.value, name, "add", (x, y), (1.0, 1.0), "#0 + #1", ("1", "1"))


def sub(x: Node, y: Node, name: str) -> Node:
    return Node(x.value - y.value, name, "sub", (x, y), (1.0, -1.0), "#0 - #1", ("1", "-1"))


def neg(x: Node, name: str) -> Node:
    return Node(-x.value, name, "neg", (x,), (-1.0,), "-#0", ("-1",))


def mul(x: Node, y: Node, name: str) -> Node:
    return Node(x.value * y.value, name, "mul", (x, y), (y.value, x.value), r"#0 \cdot #1", ("#1", "#0"))


def scale(k: float, x: Node, name: str) -> Node:
    """k·x for a constant k (the 3 in J = 3v): a constant is not a node, it has no derivative."""
    k_text = f"{k:g}"
    return Node(k * x.value, name, "scale", (x,), (float(k),), rf"{k_text} \cdot #0", (k_text,))


def log(x: Node, name: str) -> Node:
    return Node(math.log(x.value), name, "log", (x,), (1.0 / x.value,), r"\log #0", (r"\frac{1}{#0}",))


def sigmoid(x: Node, name: str) -> Node:
    a = float(_stable_sigmoid(x.value))  # never overflows, at any z
    return Node(a, name, "sigmoid", (x,), (a * (1.0 - a),), r"\sigma(#0)", ("#s(1 - #s)",))


def tanh(x: Node, name: str) -> Node:
    a = math.tanh(x.value)
    return Node(a, name, "tanh", (x,), (1.0 - a * a,), r"\tanh(#0)", ("1 - {#s}^2",))


def total(nodes: list[Node], name: str) -> Node:
    """The sum of several nodes."""
    formula = " + ".join(f"#{i}" for i in range(len(nodes)))
    return Node(math.fsum(n.value for n in nodes), name, "sum", tuple(nodes), (1.0,) * len(nodes),
                formula, ("1",) * len(nodes))


def mean(nodes: list[Node], name: str) -> Node:
    """(1/m)·(sum of m nodes): each edge carries the 1/m of the cost J."""
    m = len(nodes)
    formula = rf"\frac{{1}}{{{m}}}(" + " + ".join(f"#{i}" for i in range(m)) + ")"
    return Node(math.fsum(n.value for n in nodes) / m, name, "mean", tuple(nodes), (1.0 / m,) * m,
                formula, (rf"\frac{{1}}{{{m}}}",) * m)


def linear(weights: list[Node], inputs: list[Node], bias: Node, name: str) -> Node:
    """z = w1·x1 + w2·x2 + ... + b as one node, drawn as the text draws it; parents w1, x1, w2, x2, ..., b."""
    parents, local, local_formulas = [], [], []
    for i, (w, x) in enumerate(zip(weights, inputs)):
        parents += [w, x]
        local += [x.value, w.value]  # dz/dw = x, dz/dx = w
        local_formulas += [f"#{2 * i + 1}", f"#{2 * i}"]
    formula = " + ".join(rf"#{2 * i} \cdot #{2 * i + 1}" for i in range(len(weights))) + f" + #{2 * len(weights)}"
    z = math.fsum(w.value * x.value for w, x in zip(weights, inputs)) + bias.value
    return Node(z, name, "linear", (*parents, bias), (*local, 1.0), formula, (*local_formulas, "1"))


def _minus_log(p: float) -> float:
    return -math.log(p) if p > 0 else math.inf


def _ratio(weight: float, q: float) -> float:
    """weight / q, where a zero weight wins (0 · anything = 0) and q = 0 gives infinity."""
    return 0.0 if weight == 0 else (weight / q if q > 0 else math.inf)


def cross_entropy(a: Node, y: Node, name: str) -> Node:
    """L(a, y) = -(y log a + (1 - y) log(1 - a)), one node as in the text.

    dL/da = -y/a + (1 - y)/(1 - a) and dL/dy = log(1 - a) - log a. A term whose weight is 0 is skipped,
    so a label of exactly 0 or 1 never multiplies 0 by log 0; a prediction that saturates to exactly
    0 or 1 against its label makes the loss infinite, which the caller reports.
    """
    p, t = a.value, y.value
    loss = (t * _minus_log(p) if t else 0.0) + ((1 - t) * _minus_log(1 - p) if t != 1 else 0.0)
    d_a = _ratio(1 - t, 1 - p) - _ratio(t, p)
    d_y = _minus_log(p) - _minus_log(1 - p)
    return Node(loss, name, "cross_entropy", (a, y), (d_a, d_y), r"-(#1 \log #0 + (1 - #1)\log(1 - #0))",
                (r"-\frac{#1}{#0} + \frac{1 - #1}{1 - #0}", r"\log(1 - #0) - \log #0"))


# ---- the two passes ----

def topological_order(output: Node, last_parent_first: bool = False) -> list[Node]:
    """Every node after the nodes it is made from. Parents are visited in the order they were written
    (z(1) before z(2) in the forward pass); with `last_parent_first`, the reversed list is the order
    the text walks backwards: J, v, a, u, b, c."""
    order, seen = [], set()

    def visit(node: Node) -> None:
        if node in seen:
            return
        seen.add(node)
        for parent in (reversed(node.parents) if last_parent_first else node.parents):
            visit(parent)
        order.append(node)

    visit(output)
    return order


def backward(output: Node) -> list[Node]:
    """Fill every node's grad with d(output)/d(node); return the topological order."""
    order = topological_order(output)
    for node in order:
        node.grad = 0.0
    output.grad = 1.0
    for node in reversed(order):
        for parent, local in zip(node.parents, node.local):
            parent.grad += node.grad * local  # a node used twice collects both contributions
    return order
