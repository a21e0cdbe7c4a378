"""Charts said in words: for each chart of the foundation and network chapters (and the class board), one
sentence computed from the chart's own data, and the few rows of numbers a "Show the numbers" table lists.

A learner who cannot see a chart reads the sentence (the page shows it beside the chart and passes it as the
chart's text alternative); one who reads numbers better than curves opens the table. Both come from the same
arrays the figure is drawn from, so they cannot disagree with it: tests/test_chart_words.py checks them
against hand-computed cases. No Streamlit here; catalogue keys and values only (the page translates).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping, Sequence

import numpy as np

from core.activations import SATURATED_FRACTION
from core.run_story import CAPTION, Sentence, percent
from core.settings import format_number

TABLE_ROWS = 11  # rows of a "Show the numbers" table drawn from a long series: evenly spaced, first and last


@dataclass(frozen=True)
class ChartWords:
    """A chart in words: its sentence, and its numbers as a small table (column catalogue keys, rows of
    cells; a cell is text or a number, or a Sentence the page translates)."""

    sentence: Sentence
    columns: tuple[str, ...] = ()
    rows: tuple[tuple, ...] = ()
    column_words: Mapping[str, Mapping[str, object]] = field(default_factory=dict)  # values of a column's key


def signed(value: float, digits: int = 2) -> str:
    """A number as a sentence writes it: fixed decimals, a true minus sign, never −0."""
    text = f"{float(value) + 0.0:.{digits}f}"
    return "0" + text[2:] if text.startswith("-0") and float(text) == 0 else text.replace("-", "−")


def affine(weights: Sequence[float], b: float, names: Sequence[str] = ("x₁", "x₂"), digits: int = 2) -> str:
    """w₁·x₁ + w₂·x₂ + b written as a sentence reads it: 2.00·x₁ − 1.00·x₂ − 0.50 (a subtraction, not "+ −")."""
    text = ""
    for value, name in list(zip(weights, names)) + [(b, "")]:
        part = f"{abs(float(value)) + 0.0:.{digits}f}" + (f"·{name}" if name else "")
        negative = float(f"{float(value):.{digits}f}") < 0
        text += (("−" if negative else "") + part) if not text else ((" − " if negative else " + ") + part)
    return text


def spaced(count: int, rows: int = TABLE_ROWS) -> list[int]:
    """Indices 0..count-1 for a table of at most `rows` rows: evenly spaced, the first and the last kept."""
    if count <= 0:
        return []
    return sorted(set(np.linspace(0, count - 1, min(rows, count)).round().astype(int).tolist()))


# ---- perceptron ----

def perceptron_words(run, points: int) -> ChartWords:
    """The perceptron's animation: how many epochs it plays, the errors at the start and at the end (the
    fewest too), and the line the last frame draws (core.perceptron.PerceptronRun)."""
    first, last = run.epochs[0], run.epochs[-1]
    values = {"epochs": last.number, "first": first.errors, "last": last.errors, "least": min(run.errors),
              "updates": last.updates, "line": affine(last.w, last.b), "points": points}
    key = "perceptron.chart_text_converged" if run.converged else "perceptron.chart_text"
    rows = tuple((e.number, signed(e.w[0]), signed(e.w[1]), signed(e.b), e.errors, e.updates)
                 for e in (run.epochs[i] for i in spaced(len(run.epochs))))
    return ChartWords(Sentence(key, values, CAPTION),
                      ("perceptron.epoch", "perceptron.col_w1", "perceptron.col_w2", "perceptron.col_b",
                       "perceptron.errors", "perceptron.metric_updates"), rows)


def xor_words(X, y, probabilities, cost: float) -> ChartWords:
    """The XOR network's chart: the probability of class 1 it gives each of the four points, how many it
    gets right (probability above 0.5 for label 1, at or below for 0), and its final cost."""
    p = np.ravel(probabilities)
    said = (p > 0.5).astype(int)
    points = ", ".join(f"({a:g}, {b:g}) → {q:.3f}" for (a, b), q in zip(np.asarray(X), p))
    values = {"points": points, "right": int(np.sum(said == np.ravel(y))), "total": len(p), "cost": f"{cost:.4f}"}
    return ChartWords(Sentence("perceptron.xor_chart_text", values, CAPTION))


# ---- logistic model ----

def logistic_words(split, boundary: float | None, weights: Sequence[float], b: float, always: float | None = None) -> ChartWords:
    """The logistic model's charts: where the boundary is, how many examples each side of 0.5 holds and how
    many of them are right. `split` is core.logistic_model.Sides; `boundary` the x where wx + b = 0 (one
    feature); `weights` the weights; `always` σ(b) when every weight is 0 (no boundary)."""
    values = {"right": split.right, "total": split.total, "said_one": split.said_one, "right_one": split.right_one,
              "said_zero": split.said_zero, "right_zero": split.right_zero, "b": signed(b, 1)}
    if always is not None:
        key = "logistic_model.chart_text_flat"
        values.update(y_hat=f"{always:.3f}")
    elif len(weights) == 1:
        key = "logistic_model.chart_text_one"
        values.update(x=signed(boundary), z=affine(weights, b, ("x",), 1))
    else:
        key = "logistic_model.chart_text_two"
        values.update(z=affine(weights, b, digits=1))
    return ChartWords(Sentence(key, values, CAPTION))


# ---- activations ----

def activation_words(z, g, dg, z0: float, g0: float, slope0: float, saturated,
                     fraction: float = SATURATED_FRACTION) -> ChartWords:
    """The activation chart: g and its slope at the marked z, the steepest slope on the chart, and where the
    function saturates (`saturated`: core.activations.saturated_intervals over the chart's range)."""
    z, g, dg = (np.asarray(a, dtype=float) for a in (z, g, dg))
    values = {"z0": signed(z0, 1), "g": f"{g0:.4f}", "slope": f"{slope0:.4f}", "peak": f"{float(np.max(dg)):.4f}",
              "low": signed(z[0], 1), "high": signed(z[-1], 1), "percent": 100 * fraction}
    if saturated:
        key = "activations.chart_text_saturated"
        values["ranges"] = ", ".join(f"{signed(start, 1)} ≤ z ≤ {signed(end, 1)}" for start, end in saturated)
    else:
        key = "activations.chart_text"
    at = spaced(len(z), 9)
    rows = tuple((signed(z[i], 1), f"{g[i]:.4f}", f"{dg[i]:.4f}") for i in at)
    return ChartWords(Sentence(key, values, CAPTION), ("activations.z", "activations.chart_function",
                                                       "activations.chart_derivative"), rows)


def collapse_words(w, b: float, error: float) -> ChartWords:
    """The linear network's chart: one plane, the single layer it collapses to."""
    return ChartWords(Sentence("activations.linear_chart_text", {"layer": affine(w, b), "error": f"{error:.1e}"}, CAPTION))


def output_words(values) -> ChartWords:
    """A network's output over the plane: its lowest and highest value."""
    values = np.asarray(values, dtype=float)
    return ChartWords(Sentence("activations.output_chart_text", {"low": signed(values.min()), "high": signed(values.max())},
                               CAPTION))


# ---- loss and cost ----

def loss_curves_words(a: float, loss_if_one: float, loss_if_zero: float) -> ChartWords:
    """The two loss curves at the marked prediction a."""
    return ChartWords(Sentence("loss_and_cost.chart_text", {"a": f"{a:g}", "one": f"{loss_if_one:.4f}",
                                                            "zero": f"{loss_if_zero:.4f}"}, CAPTION))


def losses_words(losses, J: float) -> ChartWords:
    """The bars of m losses: the smallest, the largest (examples numbered from 1, as the chart numbers
    them), and their mean J, the line across the bars."""
    losses = np.asarray(losses, dtype=float)
    low, high = int(np.argmin(losses)), int(np.argmax(losses))
    return ChartWords(Sentence("loss_and_cost.bars_text", {
        "m": len(losses), "low": f"{losses[low]:.4f}", "low_i": low + 1, "high": f"{losses[high]:.4f}",
        "high_i": high + 1, "cost": f"{J:.4f}"}, CAPTION))


def convexity_words(w, squared, logloss, concave, log_concave=()) -> ChartWords:
    """The two costs over one weight: where each is lowest on the chart, and the stretches where each bends
    down (not convex: `concave` for the squared error, `log_concave` for the log loss)."""
    w, squared, logloss = (np.asarray(a, dtype=float) for a in (w, squared, logloss))
    s, l = int(np.argmin(squared)), int(np.argmin(logloss))
    values = {"low": signed(w[0], 0), "high": signed(w[-1], 0), "count": len(concave),
              "ranges": ", ".join(f"{signed(a, 1)} … {signed(c, 1)}" for a, c in concave) or "—",
              "log_count": len(log_concave),
              "squared_min": f"{squared[s]:.4f}", "squared_at": signed(w[s], 1),
              "log_min": f"{logloss[l]:.4f}", "log_at": signed(w[l], 1)}
    rows = tuple((signed(w[i], 1), f"{squared[i]:.4f}", f"{logloss[i]:.4f}") for i in spaced(len(w), 9))
    return ChartWords(Sentence("loss_and_cost.convex_text", values, CAPTION),
                      ("loss_and_cost.convex_w", "loss_and_cost.convex_squared", "loss_and_cost.convex_log"), rows)


# ---- vectorization ----

def milliseconds(seconds: float) -> str:
    """A time in milliseconds as the page writes it: whole above 100 ms, three significant digits below."""
    value = seconds * 1000
    return f"{value:,.0f}" if value >= 100 else f"{value:.3g}"


def ratio_text(ratio: float) -> str:
    return f"{ratio:,.0f}" if ratio >= 10 else f"{ratio:.1f}"


def timing_words(way_keys: Sequence[str], seconds: Sequence[float]) -> ChartWords:
    """Timing bars: each way's time, and how many times faster the fastest is than the slowest
    (`way_keys`: catalogue keys of the ways' names, in the bars' order)."""
    slow, fast = int(np.argmax(seconds)), int(np.argmin(seconds))
    values = {"slow_ms": milliseconds(seconds[slow]), "fast_ms": milliseconds(seconds[fast]),
              "ratio": ratio_text(seconds[slow] / max(seconds[fast], 1e-12))}
    rows = tuple((Sentence(key), milliseconds(s), ratio_text(s / max(seconds[fast], 1e-12)))
                 for key, s in zip(way_keys, seconds))
    return ChartWords(Sentence("vectorization.bars_text", values, CAPTION,
                               {"slow": way_keys[slow], "fast": way_keys[fast]}),
                      ("vectorization.col_way", "vectorization.col_ms", "vectorization.col_slower"), rows)


# ---- a cost curve (shallow network, the deep network's comparison) ----

def curve_rows(costs, rows: int = TABLE_ROWS) -> tuple[tuple, ...]:
    """(iteration, cost) at a few evenly spaced iterations, the first and the last."""
    costs = np.asarray(costs, dtype=float)
    return tuple((i, f"{costs[i]:.4f}") for i in spaced(len(costs), rows))


def shallow_words(costs, accuracy: float, points: int, iterations: int) -> ChartWords:
    """The shallow network's finished run: the cost's path, and how many of the points the boundary gets right."""
    costs = np.asarray(costs, dtype=float)
    values = {"first": f"{costs[0]:.4f}", "last": f"{costs[-1]:.4f}", "iterations": iterations,
              "accuracy": percent(accuracy), "points": points}
    return ChartWords(Sentence("shallow_network.chart_text", values, CAPTION,
                               {"moved": "story.fell" if costs[-1] <= costs[0] else "story.rose"}),
                      ("shallow_network.iteration", "shallow_network.cost"), curve_rows(costs))


def boundary_words(accuracy: float, points: int) -> ChartWords:
    """A decision boundary over the points: how many of them it gets right (%)."""
    return ChartWords(Sentence("shallow_network.boundary_text", {"accuracy": percent(accuracy), "points": points}, CAPTION))


def comparison_words(curves: Mapping[str, Sequence[float]], name_column: str = "deep_network.model",
                     sentence: str = "deep_network.compare_text", **values) -> ChartWords:
    """Cost curves of named models on one chart: each one's first and final cost; the lowest final cost (of those
    still finite). `name_column` heads the names' column, `sentence` says it (with `values` for its other fields)."""
    finals = {name: float(np.asarray(costs, dtype=float)[-1]) for name, costs in curves.items()}
    finite = {name: cost for name, cost in finals.items() if np.isfinite(cost)}
    best = min(finite, key=finite.get) if finite else "-"
    each = ", ".join(f"{name} {cost:.4f}" for name, cost in finals.items())
    rows = tuple((name, len(costs) - 1, f"{float(costs[0]):.4f}", f"{finals[name]:.4f}") for name, costs in curves.items())
    return ChartWords(Sentence(sentence, {**values, "each": each, "best": best,
                                          "low": f"{finite[best]:.4f}" if finite else "-"}, CAPTION),
                      (name_column, "deep_network.iteration", "deep_network.first_cost", "deep_network.final_cost"), rows)


# ---- the class board ----

def board_rows(runs) -> tuple[tuple, ...]:
    """Per learning rate (as the board's charts group them): the runs, the lowest final cost, the best test
    and train accuracy, the diverged runs."""
    by_rate: dict[float, list] = {}
    for run in runs:
        if run.learning_rate is not None:
            by_rate.setdefault(run.learning_rate, []).append(run)
    rows = []
    for rate in sorted(by_rate):
        group = by_rate[rate]
        kept = [r for r in group if not r.diverged]
        costs = [r.final_cost for r in kept if r.final_cost is not None]
        tests = [r.test_accuracy for r in kept if r.test_accuracy is not None]
        trains = [r.train_accuracy for r in kept if r.train_accuracy is not None]
        rows.append((format_number(rate), len(group), f"{min(costs):.4f}" if costs else "—",
                     f"{max(tests):.1f}" if tests else "—", f"{max(trains):.1f}" if trains else "—",
                     sum(r.diverged for r in group)))
    return tuple(rows)


BOARD_COLUMNS = ("class_board.col_lr", "class_board.runs_metric", "class_board.col_final_cost", "class_board.col_test",
                 "class_board.col_train", "class_board.outcome_diverged")


def board_curves_words(runs) -> ChartWords:
    """The board's cost curves: how many runs at how many learning rates, the lowest final cost and its
    rate, how many diverged."""
    runs = [r for r in runs if r.learning_rate is not None]
    kept = [r for r in runs if not r.diverged and r.final_cost is not None]
    values = {"runs": len(runs), "rates": len({r.learning_rate for r in runs}), "diverged": sum(r.diverged for r in runs)}
    if kept:
        best = min(kept, key=lambda r: r.final_cost)
        values.update(cost=f"{best.final_cost:.4f}", lr=format_number(best.learning_rate))
        key = "class_board.curves_text"
    else:
        key = "class_board.curves_text_none"
    return ChartWords(Sentence(key, values, CAPTION), BOARD_COLUMNS, board_rows(runs))


def board_accuracy_words(runs) -> ChartWords:
    """The board's accuracy chart: the best test accuracy and its rate (the best train accuracy when no run
    has a test set), how many diverged."""
    runs = [r for r in runs if r.learning_rate is not None]
    kept = [r for r in runs if not r.diverged]
    values = {"runs": len(runs), "diverged": sum(r.diverged for r in runs)}
    tested = [r for r in kept if r.test_accuracy is not None]
    trained = [r for r in kept if r.train_accuracy is not None]
    if tested:
        best = max(tested, key=lambda r: r.test_accuracy)
        values.update(accuracy=f"{best.test_accuracy:.1f}", lr=format_number(best.learning_rate))
        key = "class_board.accuracy_text"
    elif trained:
        best = max(trained, key=lambda r: r.train_accuracy)
        values.update(accuracy=f"{best.train_accuracy:.1f}", lr=format_number(best.learning_rate))
        key = "class_board.accuracy_text_train"
    else:
        key = "class_board.curves_text_none"
        values["rates"] = len({r.learning_rate for r in runs})
    return ChartWords(Sentence(key, values, CAPTION), BOARD_COLUMNS, board_rows(runs))


# ---- the computation graph ----

def graph_words(order, output, valued, graded, plain=lambda tex: tex) -> ChartWords:
    """The graph as far as the walk has gone: every value known so far, left to right, and every derivative
    of the output known so far (`plain` writes a node's LaTeX name as text). The table lists every node:
    its value and its derivative where known."""
    known = [n for n in order if n in valued]
    values = "; ".join(f"{plain(n.name)} = {n.value:.4g}" for n in known)
    grads = "; ".join(f"∂{plain(output.name)}/∂{plain(n.name)} = {n.grad:.4g}" for n in reversed(order) if n in graded)
    key = "computation_graph.graph_text_backward" if grads else "computation_graph.graph_text"
    rows = tuple((plain(n.name), f"{n.value:.4g}" if n in valued else "—", f"{n.grad:.4g}" if n in graded else "—")
                 for n in order)
    return ChartWords(Sentence(key, {"values": values, "grads": grads, "known": len(known), "nodes": len(order)},
                               CAPTION),
                      ("computation_graph.col_node", "computation_graph.col_value", "computation_graph.col_derivative"),
                      rows)
