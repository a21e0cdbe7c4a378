"""The chapter's four computation graphs, the step-by-step walk through them, and the checks beside them.

Each graph is a pure function of its inputs (a mapping key -> number) returning a `Built`: the output
node, the input nodes by key and the topological order, with every gradient already filled. The
learner's view of a step is plain data too: which values and which derivatives are known so far, the
current node, and the formula used at that step, in LaTeX, with its numbers.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Callable, Mapping

from core import autodiff as ad
from core.autodiff import Node

MAX_EXAMPLES = 4


@dataclass(frozen=True)
class InputSpec:
    key: str  # unique across the graphs: the page's URL parameter is "cg_" + key
    tex: str  # the name in formulas
    default: float
    low: float
    high: float
    step: float
    learnable: bool  # a parameter gradient descent updates (data and labels are not)


@dataclass(frozen=True)
class Built:
    output: Node
    inputs: dict[str, Node]  # by InputSpec.key
    order: list[Node]  # topological: inputs before what is made from them, in the order written

    @property
    def backward_order(self) -> list[Node]:
        """Output first; every node after all the nodes made from it; siblings in the order written."""
        return list(reversed(ad.topological_order(self.output, last_parent_first=True)))


@dataclass(frozen=True)
class GraphSpec:
    key: str
    inputs: tuple[InputSpec, ...]
    make: Callable[[Mapping[str, float]], tuple[Node, dict[str, Node]]]

    def defaults(self) -> dict[str, float]:
        return {spec.key: spec.default for spec in self.inputs}

    def build(self, values: Mapping[str, float] | None = None) -> Built:
        """Forward pass (while building) and backward pass; unknown keys in `values` are ignored."""
        filled = self.defaults() | {k: v for k, v in (values or {}).items() if k in self.defaults()}
        output, inputs = self.make(filled)
        ad.backward(output)
        return Built(output, inputs, ad.topological_order(output))


def _inputs(values: Mapping[str, float], specs: tuple[InputSpec, ...]) -> dict[str, Node]:
    return {s.key: ad.value(values[s.key], s.tex) for s in specs}


# ---- 1. the warm-up: J = 3(a + b·c) ----

WARMUP_INPUTS = (
    InputSpec("a", "a", 5.0, -10.0, 10.0, 0.5, True),
    InputSpec("b", "b", 3.0, -10.0, 10.0, 0.5, True),
    InputSpec("c", "c", 2.0, -10.0, 10.0, 0.5, True),
)


def warmup(values: Mapping[str, float]) -> tuple[Node, dict[str, Node]]:
    x = _inputs(values, WARMUP_INPUTS)
    u = ad.mul(x["b"], x["c"], "u")
    v = ad.add(x["a"], u, "v")
    return ad.scale(3, v, "J"), x


# ---- 2. logistic regression, one example with two features ----

PARAMETERS = (
    InputSpec("w1", "w_1", 0.5, -3.0, 3.0, 0.1, True),
    InputSpec("w2", "w_2", -1.0, -3.0, 3.0, 0.1, True),
    InputSpec("bias", "b", 0.5, -3.0, 3.0, 0.1, True),
)
# Example 1 is the single example of graph 2; examples 2-4 join it in graph 3.
EXAMPLES = ((1.0, 2.0, 1), (2.0, -1.0, 0), (-1.0, 0.5, 1), (0.5, 1.5, 0))


def example_inputs(i: int, tex_suffix: str = "") -> tuple[InputSpec, InputSpec, InputSpec]:
    """x1, x2, y of example i (1-based); example 1 keeps the plain keys x1, x2, y."""
    key = "" if i == 1 else f"_{i}"
    x1, x2, y = EXAMPLES[i - 1]
    return (InputSpec(f"x1{key}", f"x_1{tex_suffix}", x1, -3.0, 3.0, 0.1, False),
            InputSpec(f"x2{key}", f"x_2{tex_suffix}", x2, -3.0, 3.0, 0.1, False),
            InputSpec(f"y{key}", f"y{tex_suffix}", y, 0, 1, 1, False))


LOGISTIC_INPUTS = (*example_inputs(1), *PARAMETERS)


def logistic(values: Mapping[str, float]) -> tuple[Node, dict[str, Node]]:
    x = _inputs(values, LOGISTIC_INPUTS)
    z = ad.linear([x["w1"], x["w2"]], [x["x1"], x["x2"]], x["bias"], "z")
    a = ad.sigmoid(z, "a")
    return ad.cross_entropy(a, x["y"], "L"), x


# ---- 3. the same for m examples: J = (1/m) sum of the losses ----

def batch_inputs(m: int) -> tuple[InputSpec, ...]:
    return (*PARAMETERS, *(s for i in range(1, m + 1) for s in example_inputs(i, f"^{{({i})}}")))


def batch(m: int) -> Callable[[Mapping[str, float]], tuple[Node, dict[str, Node]]]:
    def make(values: Mapping[str, float]) -> tuple[Node, dict[str, Node]]:
        x = _inputs(values, batch_inputs(m))
        losses = []
        for i in range(1, m + 1):
            key, sup = ("" if i == 1 else f"_{i}"), f"^{{({i})}}"
            z = ad.linear([x["w1"], x["w2"]], [x[f"x1{key}"], x[f"x2{key}"]], x["bias"], f"z{sup}")
            a = ad.sigmoid(z, f"a{sup}")
            losses.append(ad.cross_entropy(a, x[f"y{key}"], f"L{sup}"))
        return ad.mean(losses, "J"), x

    return make


# ---- 4. a 2-2-1 network: two tanh hidden units, one sigmoid output ----

NETWORK_PARAMETERS = (
    InputSpec("n_w11", "w^{[1]}_{11}", 0.5, -3.0, 3.0, 0.1, True),
    InputSpec("n_w12", "w^{[1]}_{12}", -0.4, -3.0, 3.0, 0.1, True),
    InputSpec("n_b1", "b^{[1]}_{1}", 0.1, -3.0, 3.0, 0.1, True),
    InputSpec("n_w21", "w^{[1]}_{21}", 0.3, -3.0, 3.0, 0.1, True),
    InputSpec("n_w22", "w^{[1]}_{22}", 0.8, -3.0, 3.0, 0.1, True),
    InputSpec("n_b2", "b^{[1]}_{2}", -0.2, -3.0, 3.0, 0.1, True),
    InputSpec("n_v1", "w^{[2]}_{1}", 1.0, -3.0, 3.0, 0.1, True),
    InputSpec("n_v2", "w^{[2]}_{2}", -1.5, -3.0, 3.0, 0.1, True),
    InputSpec("n_c", "b^{[2]}", 0.2, -3.0, 3.0, 0.1, True),
)
NETWORK_INPUTS = (*example_inputs(1), *NETWORK_PARAMETERS)


def network(values: Mapping[str, float]) -> tuple[Node, dict[str, Node]]:
    x = _inputs(values, NETWORK_INPUTS)
    features = [x["x1"], x["x2"]]
    hidden = []
    for j in (1, 2):
        z = ad.linear([x[f"n_w{j}1"], x[f"n_w{j}2"]], features, x[f"n_b{j}"], f"z^{{[1]}}_{{{j}}}")
        hidden.append(ad.tanh(z, f"a^{{[1]}}_{{{j}}}"))
    z2 = ad.linear([x["n_v1"], x["n_v2"]], hidden, x["n_c"], "z^{[2]}")
    a2 = ad.sigmoid(z2, "a^{[2]}")
    return ad.cross_entropy(a2, x["y"], "L"), x


GRAPH_KEYS = ("warmup", "logistic", "batch", "network")


def graph_spec(kind: str, m: int = 2) -> GraphSpec:
    """The graph named `kind`; `m` (1..4) is the number of examples of the "batch" graph."""
    if kind == "warmup":
        return GraphSpec(kind, WARMUP_INPUTS, warmup)
    if kind == "logistic":
        return GraphSpec(kind, LOGISTIC_INPUTS, logistic)
    if kind == "batch":
        if not 1 <= m <= MAX_EXAMPLES:
            raise ValueError(f"m must be between 1 and {MAX_EXAMPLES}, not {m}")
        return GraphSpec(f"batch{m}", batch_inputs(m), batch(m))
    if kind == "network":
        return GraphSpec(kind, NETWORK_INPUTS, network)
    raise ValueError(f"unknown graph {kind!r}")


# ---- writing a step out ----

def number(x: float) -> str:
    """4 significant digits, LaTeX-ready: 0.2689, -0.7311, 33, \\infty."""
    if math.isinf(x):
        return r"\infty" if x > 0 else r"-\infty"
    text = f"{x:.4g}"
    return "0" if text == "-0" else text


def factor(x: float) -> str:
    """A number inside a product: negatives in parentheses."""
    text = number(x)
    return f"({text})" if text.startswith("-") else text


def derivative(top: Node, bottom: Node) -> str:
    return rf"\frac{{d{top.name}}}{{d{bottom.name}}}"


def formula(node: Node, with_numbers: bool = False) -> str:
    words = [factor(p.value) if with_numbers else p.name for p in node.parents]
    return _single_parentheses(ad.fill(node.formula, node, words))


def _single_parentheses(tex: str) -> str:
    """sigma((-1)) -> sigma(-1): a negative number alone inside a function's parentheses."""
    return re.sub(r"\((\(-[^()]*\))\)", r"\1", tex)


def chain(*parts: str) -> str:
    """a = b = c, without repeating a part equal to the one before it."""
    kept = [parts[0]]
    for part in parts[1:]:
        if part != kept[-1]:
            kept.append(part)
    return " = ".join(kept)


def uses(order: list[Node], node: Node) -> list[tuple[Node, int]]:
    """(child, parent index) for every edge leaving `node`: the terms of its chain rule."""
    return [(child, i) for child in order for i, parent in enumerate(child.parents) if parent is node]


def local_derivative(child: Node, index: int) -> str:
    """d(child)/d(parent) = its formula = its number, e.g. du/db = c = 2."""
    symbols = ad.fill(child.local_formulas[index], child, [p.name for p in child.parents])
    numbers = ad.fill(child.local_formulas[index], child, [factor(p.value) for p in child.parents],
                      own=factor(child.value))
    value = number(child.local[index])
    if numbers in (value, factor(child.local[index])):
        numbers = value
    return chain(derivative(child, child.parents[index]), symbols, _single_parentheses(numbers), value)


@dataclass(frozen=True)
class Step:
    phase: str  # "forward" or "backward"
    node: Node
    tex: str  # the step, in symbols then in numbers
    local_tex: tuple[str, ...] = ()  # the local derivatives a backward step multiplies by


def forward_step(node: Node) -> Step:
    return Step("forward", node, chain(node.name, formula(node), formula(node, True), number(node.value)))


def backward_step(node: Node, built: Built) -> Step:
    """dJ/dn = sum over the nodes c made from n of dJ/dc · dc/dn (dJ/dJ = 1 is left out)."""
    out = built.output
    if node is out:
        return Step("backward", node, f"{derivative(out, out)} = 1")
    terms = uses(built.order, node)
    symbols = " + ".join(derivative(child, node) if child is out
                         else rf"{derivative(out, child)} \cdot {derivative(child, node)}" for child, _ in terms)
    numbers = " + ".join(factor(child.local[i]) if child is out
                         else rf"{factor(child.grad)} \cdot {factor(child.local[i])}" for child, i in terms)
    if len(terms) == 1 and terms[0][0] is out:
        numbers = number(node.grad)
    tex = chain(derivative(out, node), symbols, numbers, number(node.grad))
    return Step("backward", node, tex, tuple(local_derivative(child, i) for child, i in terms))


def steps(built: Built) -> list[Step]:
    """The forward pass, one operation at a time, then the backward pass, one node at a time."""
    forward = [forward_step(n) for n in built.order if n.parents]
    return forward + [backward_step(n, built) for n in built.backward_order]


@dataclass(frozen=True)
class View:
    """What the graph shows after `index` of `total` steps."""
    index: int
    total: int
    step: Step | None  # the step just taken (None at step 0)
    valued: frozenset  # nodes whose value is known
    graded: frozenset  # nodes whose derivative is known


def view_at(built: Built, all_steps: list[Step], index: int) -> View:
    index = max(0, min(index, len(all_steps)))
    done = all_steps[:index]
    valued = {n for n in built.order if not n.parents} | {s.node for s in done if s.phase == "forward"}
    graded = {s.node for s in done if s.phase == "backward"}
    return View(index, len(all_steps), done[-1] if done else None, frozenset(valued), frozenset(graded))


# ---- the checks beside the graph ----

@dataclass(frozen=True)
class GradientCheck:
    key: str
    tex: str
    backprop: float
    numeric: float

    @property
    def agrees(self) -> bool:
        return abs(self.backprop - self.numeric) <= 1e-6 + 1e-5 * abs(self.numeric)


def check_gradients(spec: GraphSpec, values: Mapping[str, float] | None = None,
                    h: float = 1e-6) -> list[GradientCheck]:
    """Every input's derivative by backprop and by central differences (J(x + h) - J(x - h)) / 2h."""
    values = spec.defaults() | dict(values or {})
    built = spec.build(values)
    checks = []
    for s in spec.inputs:
        step = h * max(1.0, abs(values[s.key]))
        up = spec.build(values | {s.key: values[s.key] + step}).output.value
        down = spec.build(values | {s.key: values[s.key] - step}).output.value
        checks.append(GradientCheck(s.key, s.tex, built.inputs[s.key].grad, (up - down) / (2 * step)))
    return checks


@dataclass(frozen=True)
class Update:
    """One gradient-descent step: parameter := parameter - learning_rate * derivative."""
    learning_rate: float
    rows: tuple[tuple[InputSpec, float, float, float], ...]  # (parameter, before, derivative, after)
    cost_before: float
    cost_after: float

    @property
    def new_values(self) -> dict[str, float]:
        return {spec.key: after for spec, _, _, after in self.rows}


def gradient_step(spec: GraphSpec, values: Mapping[str, float] | None, learning_rate: float) -> Update:
    values = spec.defaults() | dict(values or {})
    built = spec.build(values)
    rows = tuple((s, values[s.key], built.inputs[s.key].grad,
                  values[s.key] - learning_rate * built.inputs[s.key].grad) for s in spec.inputs if s.learnable)
    after = spec.build(values | {s.key: new for s, _, _, new in rows}).output.value
    return Update(learning_rate, rows, built.output.value, after)


@dataclass(frozen=True)
class Shortcut:
    tex: str  # the closed form with its numbers
    value: float  # what the closed form gives
    node: Node  # the node whose backprop derivative it must equal


def shortcuts(spec: GraphSpec, built: Built) -> list[Shortcut]:
    """The text's closed forms (dz = a - y, dw1 = x1 dz, ...) evaluated next to backprop's numbers."""
    x = built.inputs
    if spec.key == "logistic":
        a, y = built.output.parents
        z = a.parents[0]
        dz = a.value - y.value
        lines = [Shortcut(f"dz = a - y = {number(a.value)} - {factor(y.value)} = {number(dz)}", dz, z)]
        for w, feature in (("w1", "x1"), ("w2", "x2")):
            name, xi = x[w].name, x[feature]
            lines.append(Shortcut(rf"d{name} = {xi.name} \cdot dz = {factor(xi.value)} \cdot {factor(dz)} = "
                                  f"{number(xi.value * dz)}", xi.value * dz, x[w]))
        lines.append(Shortcut(f"db = dz = {number(dz)}", dz, x["bias"]))
        return lines
    if spec.key.startswith("batch"):
        losses = built.output.parents
        m = len(losses)
        dzs = [loss.parents[0].value - loss.parents[1].value for loss in losses]
        lines = [Shortcut(rf"dz^{{({i})}} = a^{{({i})}} - y^{{({i})}} = {number(loss.parents[0].value)} - "
                          rf"{factor(loss.parents[1].value)} = {number(dz)}, \quad \frac{{dJ}}{{dz^{{({i})}}}} = "
                          rf"\frac{{dz^{{({i})}}}}{{m}} = {number(dz / m)}", dz / m, loss.parents[0].parents[0])
                 for i, (loss, dz) in enumerate(zip(losses, dzs), start=1)]
        for w, feature in (("w1", "x1"), ("w2", "x2")):
            xs = [x[feature if i == 1 else f"{feature}_{i}"].value for i in range(1, m + 1)]
            total = sum(xi * dz for xi, dz in zip(xs, dzs)) / m
            products = " + ".join(rf"{factor(xi)} \cdot {factor(dz)}" for xi, dz in zip(xs, dzs))
            lines.append(Shortcut(
                rf"d{x[w].name} = \frac{{1}}{{m}}\sum_i {feature[0]}_{feature[1]}^{{(i)}} dz^{{(i)}} = "
                rf"\frac{{1}}{{{m}}}({products}) = {number(total)}", total, x[w]))
        db = sum(dzs) / m
        lines.append(Shortcut(rf"db = \frac{{1}}{{m}}\sum_i dz^{{(i)}} = \frac{{1}}{{{m}}}("
                              + " + ".join(factor(dz) for dz in dzs) + f") = {number(db)}", db, x["bias"]))
        return lines
    if spec.key == "network":
        a2, y = built.output.parents
        z2 = a2.parents[0]
        dz2 = a2.value - y.value
        lines = [Shortcut(f"dz^{{[2]}} = a^{{[2]}} - y = {number(a2.value)} - {factor(y.value)} = {number(dz2)}",
                          dz2, z2)]
        for j, key in ((1, "n_v1"), (2, "n_v2")):
            hidden = z2.parents[2 * j - 1]
            dz1 = x[key].value * dz2 * (1 - hidden.value ** 2)
            lines.append(Shortcut(
                rf"dz^{{[1]}}_{{{j}}} = w^{{[2]}}_{{{j}}} \cdot dz^{{[2]}} \cdot (1 - (a^{{[1]}}_{{{j}}})^2) = "
                rf"{factor(x[key].value)} \cdot {factor(dz2)} \cdot (1 - {factor(hidden.value)}^2) = {number(dz1)}",
                dz1, hidden.parents[0]))
        return lines
    return []
