"""A computation graph as Graphviz DOT, for st.graphviz_chart (rendered in the browser, no system Graphviz).

Left to right like the text: blue for values flowing forward, red for derivatives flowing back. Each node
shows its formula, its value and its derivative d(output)/d(node); a value or derivative not computed
yet shows as "?". Colours are explicit because the chart ignores the app's theme.
"""

from __future__ import annotations

import html
import re

from core.autodiff import Node, fill
from core.figures.common import presenting

BLUE = "#1565c0"  # forward: values
RED = "#c62828"  # backward: derivatives
PENDING = "#9e9e9e"  # not computed yet
INK = "#263238"
HIGHLIGHT_FILL, HIGHLIGHT_BORDER = "#fff3c4", "#f9a825"
# Points (1.33 px each when the graph is drawn at its own size, as presenter mode draws it): an edge's
# derivative is small on a screen, and at least 18 px on a projector.
EDGE_FONT, ROOM_EDGE_FONT = 11, 14
PARAMETER_FILL, DATA_FILL, OPERATION_FILL = "#e8f5e9", "#f1f3f4", "#ffffff"

_SUBSCRIPT = str.maketrans("0123456789()+-", "₀₁₂₃₄₅₆₇₈₉₍₎₊₋")
_SUPERSCRIPT = str.maketrans("0123456789()+-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁽⁾⁺⁻")
_WORDS = ((r"\cdot", "·"), (r"\sigma", "σ"), (r"\tanh", "tanh"), (r"\log", "log"), (r"\,", ""))


def plain(tex: str) -> str:
    """Our small LaTeX (names and node formulas) as Unicode text: w^{[1]}_{11} -> w[1]₁₁, x_1^{(2)} -> x₁⁽²⁾."""
    text = re.sub(r"\\frac\{([^{}]*)\}\{([^{}]*)\}", r"(\1/\2)", tex)
    for command, symbol in _WORDS:
        text = text.replace(command, symbol)
    text = re.sub(r"\^\{\[([^{}]*)\]\}", r"[\1]", text)  # layer index: written plainly, as in W[1]
    text = re.sub(r"_\{([^{}]*)\}|_(\w)", lambda m: (m.group(1) or m.group(2)).translate(_SUBSCRIPT), text)
    text = re.sub(r"\^\{([^{}]*)\}|\^(\w)", lambda m: (m.group(1) or m.group(2)).translate(_SUPERSCRIPT), text)
    return text.replace("{", "").replace("}", "").replace("-", "−")


def short(x: float) -> str:
    """4 significant digits with a true minus sign."""
    text = f"{x:.4g}"
    return ("0" if text == "-0" else text).replace("-", "−")


def _row(text: str, colour: str, bold: bool = False, size: int = 14) -> str:
    body = html.escape(text, quote=False)
    if bold:
        body = f"<B>{body}</B>"
    return f'<TR><TD><FONT COLOR="{colour}" POINT-SIZE="{size}">{body}</FONT></TD></TR>'


def _label(node: Node, output: Node, known_value: bool, known_grad: bool) -> str:
    name = plain(node.name)
    formula = node.formula if node.op != "cross_entropy" else "L(#0, #1)"  # the text's short name: fits a box
    terms = plain(fill(formula, node, [p.name for p in node.parents])).split(" + ")
    # A long sum goes one term a line: narrow boxes keep a big graph wide enough to read.
    titles = [f"{name} = {' + '.join(terms)}"] if len(terms) < 3 else (
        [f"{name} = {terms[0]}"] + [f"+ {term}" for term in terms[1:]])
    value = f"{name} = {short(node.value) if known_value else '?'}"
    grad = f"d{plain(output.name)}/d{name} = {short(node.grad) if known_grad else '?'}"
    rows = (tuple(_row(title, INK, bold=True) for title in titles) if node.parents else ()) + (
        _row(value, BLUE if known_value else PENDING, bold=not node.parents),
        _row(grad, RED if known_grad else PENDING))
    return '<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="1">' + "".join(rows) + "</TABLE>>"


def to_dot(order: list[Node], output: Node, valued=frozenset(), graded=frozenset(), current: Node | None = None,
           parameters=frozenset(), edge_labels: bool = True) -> str:
    """DOT for the graph whose nodes are `order` (topological). `valued` / `graded`: the nodes whose value /
    derivative is known so far; `current` is highlighted; `parameters` are filled green, other inputs grey.
    Once a node's derivative is known, a red arrow runs back along each edge into it, labelled with the
    edge's local derivative."""
    ids = {node: f"n{i}" for i, node in enumerate(order)}
    lines = [
        "digraph computation {",
        '  graph [rankdir=LR, bgcolor="white", nodesep=0.25, ranksep=0.6, fontname="Helvetica"];',
        f'  node [shape=box, style="rounded,filled", fontname="Helvetica", color="{INK}", penwidth=1.2];',
        f'  edge [fontname="Helvetica", fontsize={ROOM_EDGE_FONT if presenting() else EDGE_FONT}, arrowsize=0.7];',
    ]
    for node in order:
        fillcolor = (HIGHLIGHT_FILL if node is current else OPERATION_FILL if node.parents
                     else PARAMETER_FILL if node in parameters else DATA_FILL)
        border = f', color="{HIGHLIGHT_BORDER}", penwidth=3.5' if node is current else ""
        peripheries = ", peripheries=2" if node is output else ""
        label = _label(node, output, node in valued, node in graded)
        lines.append(f'  {ids[node]} [label={label}, fillcolor="{fillcolor}"{border}{peripheries}];')
    for child in order:
        for i, parent in enumerate(child.parents):
            colour = BLUE if child in valued else PENDING
            lines.append(f'  {ids[parent]} -> {ids[child]} [color="{colour}", penwidth=1.6];')
            if parent in graded:
                text = (f'd{plain(child.name)}/d{plain(parent.name)} = {short(child.local[i])}'
                        if edge_labels else "")
                label = f', label="{_escape_quoted(text)}", fontcolor="{RED}"' if text else ""
                lines.append(f'  {ids[child]} -> {ids[parent]} [color="{RED}", style=dashed, '
                             f'constraint=false{label}];')
    lines.append("}")
    return "\n".join(lines)


def _escape_quoted(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')
