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

    @property
    def cost(self) -> float:
        return float(self.costs[-1])

    @property
    def done(self) -> bool:
        return self.diverged or self.iteration >= self.num_iterations
