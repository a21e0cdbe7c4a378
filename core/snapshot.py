"""What every training generator yields: the state of a run after some iterations."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True, kw_only=True)
class TrainingSnapshot:
    iteration: int
    num_iterations: int
    costs: np.ndarray  # the cost at every iteration so far; the current parameters' cost last
    train_accuracy: float
    test_accuracy: float | None
    diverged: bool = False
    # The record the text's step 8 plots, at every iteration so far (None without a test set): the test
    # set's cost, and the train and test accuracy (%), one row per iteration.
    test_costs: np.ndarray | None = None
    accuracies: np.ndarray | None = None  # (iterations + 1, 2)

    @property
    def cost(self) -> float:
        return float(self.costs[-1])

    @property
    def done(self) -> bool:
        return self.diverged or self.iteration >= self.num_iterations

    def cost_peak(self) -> tuple[int, float] | None:
        """(iteration, cost) of the highest cost if the cost ever rose above its start: an overshoot."""
        if self.diverged or len(self.costs) < 2:
            return None
        peak = int(np.argmax(self.costs))
        return (peak, float(self.costs[peak])) if peak > 0 and self.costs[peak] > self.costs[0] else None
