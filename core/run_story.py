"""What a run says, in sentences computed from its own numbers: the path of its cost, the two-iteration swing,
the gap between the training and the test set, and what a comparison of learning rates teaches.

A sentence beside a chart must never contradict it (a class that catches one stops trusting the rest), so
every sentence is chosen here, from the run, and tests/test_run_story.py checks over many runs that each one
holds: "kept falling" only when the training cost fell, no advice for a smaller rate beside a run that did
not diverge, percentages written exactly as the table beside them writes them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Mapping

import numpy as np

from core.curves import find_swing
from core.settings import format_number
from core.snapshot import TrainingSnapshot

INFO, WARNING, CAPTION = "info", "warning", "caption"  # how a page shows a sentence
FALLING_OVER = 10  # iterations over which "still falling" is judged at the end of a run
GAP_POINTS = 10  # a train-test gap of this many points (with 90 % or more on the training set) is overfitting


@dataclass(frozen=True)
class Sentence:
    key: str  # catalogue key
    values: Mapping[str, object] = field(default_factory=dict)
    kind: str = INFO
    words: Mapping[str, str] = field(default_factory=dict)  # placeholders filled with a catalogue key's text


def percent(value: float) -> str:
    """An accuracy as every table and sentence of the app writes it: two decimals (the unit follows)."""
    return f"{value:.2f}"


def cost_path(run: TrainingSnapshot) -> list[Sentence]:
    """The training cost's path: it rose above its start and then fell, or it ended above its start."""
    peak = run.cost_peak()
    if peak is None:
        return []
    at, value = peak
    values = {"peak": value, "at": at, "start": float(run.costs[0]), "end": run.cost, "i": run.iteration}
    if run.test_costs is not None:
        test_at = int(np.argmax(run.test_costs))
        values.update(test_peak=float(run.test_costs[test_at]), test_at=test_at)
        key = "story.rose_then_fell_test" if run.cost < run.costs[0] else "story.ended_above_start_test"
    else:
        key = "story.rose_then_fell" if run.cost < run.costs[0] else "story.ended_above_start"
    return [Sentence(key, values, INFO if run.cost < run.costs[0] else WARNING)]


def swing(run: TrainingSnapshot, learning_rate: float) -> list[Sentence]:
    """The two-iteration swing, where it is on the chart, and why: on the test cost if it swings, else on the
    training cost."""
    for curve, key in ((run.test_costs, "story.test_cost"), (run.costs, "story.training_cost")):
        found = find_swing(curve) if curve is not None else None
        if found is not None:
            values = dict(found.words(), lr=format_number(learning_rate), i=run.iteration)
            return [Sentence("story.swing_ongoing" if found.ongoing else "story.swing", values, words={"curve": key})]
    return []


def gap(run: TrainingSnapshot) -> list[Sentence]:
    """Where the test cost stopped falling while the training cost went on: the text's step 8."""
    if run.test_costs is None or run.iteration < 2 or run.cost >= run.costs[0]:
        return []  # no test set; or a run that ended above its start, which cost_path has already said
    test, train = np.asarray(run.test_costs), np.asarray(run.costs)
    best = int(np.argmin(test))
    values = {"best": best, "low": float(test[best]), "end": float(test[-1]), "train": run.cost,
              "train_then": float(train[best])}
    if best < run.iteration and test[-1] > test[best] * 1.001:
        if train[-1] < train[best]:
            return [Sentence("story.overfit", values)]
        return [Sentence("story.test_rose", values, CAPTION)]
    earlier = max(0, run.iteration - FALLING_OVER)
    if test[-1] <= test[earlier] and train[-1] <= train[earlier]:
        return [Sentence("story.still_falling", values, CAPTION)]
    return []


def run_story(run: TrainingSnapshot, learning_rate: float) -> list[Sentence]:
    """Everything a finished or stopped run's numbers say, in order (nothing for a diverged run: its own
    sentence says where it diverged)."""
    if run.diverged:
        return []
    return cost_path(run) + swing(run, learning_rate) + gap(run)


def cost_chart_text(run: TrainingSnapshot) -> Sentence | None:
    """The step-8 cost chart in one sentence, from its own numbers: where the training cost started and
    ended, the accuracies, and where the test cost was lowest (None for a diverged run: no curve is drawn)."""
    if run.diverged or len(run.costs) < 2:
        return None
    values = {"first": float(run.costs[0]), "last": run.cost, "iterations": run.iteration,
              "train": percent(run.train_accuracy)}
    words = {"moved": "story.fell" if run.cost <= run.costs[0] else "story.rose"}
    if run.test_costs is None or run.test_accuracy is None:
        return Sentence("story.cost_chart_text_train", values, CAPTION, words)
    best = int(np.argmin(run.test_costs))
    values.update(test=percent(run.test_accuracy), best=best, low=float(run.test_costs[best]))
    return Sentence("story.cost_chart_text", values, CAPTION, words)


def accuracy_chart_text(run: TrainingSnapshot) -> Sentence | None:
    """The step-8 accuracy chart in one sentence, from its own numbers: the train (and test) accuracy at the
    first and the last iteration, and the test accuracy's highest and where (None for a diverged run)."""
    if run.diverged or run.accuracies is None or len(run.accuracies) < 2:
        return None
    first, last = run.accuracies[0], run.accuracies[-1]
    values = {"iterations": run.iteration, "train_first": percent(first[0]), "train": percent(last[0])}
    if run.test_costs is None or not np.isfinite(run.accuracies[:, 1]).any():
        return Sentence("story.accuracy_chart_text_train", values, CAPTION)
    best = int(np.nanargmax(run.accuracies[:, 1]))
    values.update(test_first=percent(first[1]), test=percent(last[1]), best=best,
                  high=percent(run.accuracies[best, 1]))
    return Sentence("story.accuracy_chart_text", values, CAPTION)


def chart_numbers(run: TrainingSnapshot, rows: int = 11) -> list[tuple[int, float, float | None, float, float | None]]:
    """The step-8 charts' numbers at a few iterations, for a table beside them: evenly spaced from the first to
    the last, and the iteration where the test cost was lowest. Each row: (iteration, training cost, test
    cost, train accuracy %, test accuracy %); None where there is no test set."""
    iterations = len(run.costs) - 1
    at = set(np.linspace(0, iterations, min(rows, iterations + 1)).round().astype(int).tolist())
    if run.test_costs is not None:
        at.add(int(np.argmin(run.test_costs)))
    accuracies = run.accuracies
    table = []
    for i in sorted(at):
        test_cost = float(run.test_costs[i]) if run.test_costs is not None else None
        train_accuracy, test_accuracy = (accuracies[i] if accuracies is not None and i < len(accuracies)
                                         else (np.nan, np.nan))
        table.append((i, float(run.costs[i]), test_cost, float(train_accuracy),
                      None if run.test_costs is None else float(test_accuracy)))
    return table


@dataclass(frozen=True)
class RateResult:
    """One learning rate's run in a comparison: its final cost and accuracies, as the table shows them."""

    learning_rate: float
    final_cost: float
    train_accuracy: float
    test_accuracy: float
    diverged: bool = False


def comparison_lesson(results: list[RateResult], iterations: int) -> list[Sentence]:
    """What runs with several learning rates teach, read off them: the best on the test set, the widest
    train-test gap (overfitting), the slowest; then the goal."""
    finite = [r for r in results if not r.diverged]
    goal = Sentence("story.compare_goal")
    if not finite:
        return [goal]
    best = max(finite, key=lambda r: r.test_accuracy)
    tied = [r.learning_rate for r in finite if percent(r.test_accuracy) == percent(best.test_accuracy)]
    sentences = [Sentence("story.compare_best" if len(tied) == 1 else "story.compare_best_tied",
                          {"lr": format_number(best.learning_rate), "test": percent(best.test_accuracy),
                           "rates": ", ".join(map(format_number, sorted(tied, reverse=True)))})]
    gaps = {r.learning_rate: r.train_accuracy - r.test_accuracy for r in finite if r.train_accuracy >= 90}
    widest = max(gaps, key=gaps.get) if gaps else None
    if widest is not None and gaps[widest] >= GAP_POINTS:
        run = next(r for r in finite if r.learning_rate == widest)
        sentences.append(Sentence("story.compare_gap", {
            "lr": format_number(widest), "train": percent(run.train_accuracy), "test": percent(run.test_accuracy),
            "gap": percent(run.train_accuracy - run.test_accuracy)}))
    slowest = min(finite, key=lambda r: r.learning_rate)  # the smallest steps: the cost falls slowest
    if len(finite) > 1 and slowest is not best and slowest.final_cost >= max(r.final_cost for r in finite):
        sentences.append(Sentence("story.compare_slow", {"lr": format_number(slowest.learning_rate), "iters": iterations,
                                                         "cost": slowest.final_cost}))
    return sentences + [goal]


REPRODUCED = 1e-9  # a run trained again from the same seed and settings agrees with the stored one to this


def reproduction(stored_cost: float | None, new_cost: float | None) -> tuple[bool, float]:
    """(whether a run trained again reproduces the stored one, the absolute difference of their final costs).
    Two diverged runs (no finite cost) agree with each other; one finite and one not do not."""
    finite = [cost is not None and math.isfinite(cost) for cost in (stored_cost, new_cost)]
    if not any(finite):
        return True, 0.0
    if not all(finite):
        return False, math.inf
    difference = abs(stored_cost - new_cost)
    return difference <= REPRODUCED, difference
