"""The cat / non-cat task as the pages use it: images kept for display, matrices prepared for training."""

from __future__ import annotations

import functools
import io
from dataclasses import dataclass

import numpy as np

from core.datasets import data_dir, flatten_and_scale, load_catvnoncat, refuse_if_told
from core.dual_logistic import GramProblem, Snapshot, predict_proba


@dataclass(frozen=True)
class CatTask:
    train_images: np.ndarray  # (m, 64, 64, 3) uint8, read-only
    test_images: np.ndarray
    classes: tuple[str, ...]  # ("non-cat", "cat")
    problem: GramProblem
    source: str = ""  # where the data came from (a folder, or an upload's hash): a cache key for results

    @classmethod
    def from_arrays(cls, train_x, train_y, test_x, test_y, classes, source: str = "") -> "CatTask":
        """From `load_catvnoncat`'s five arrays; every array is made read-only (shared between sessions)."""
        for images in (train_x, test_x):
            images.setflags(write=False)
        problem = GramProblem.build(flatten_and_scale(train_x), train_y, flatten_and_scale(test_x), test_y)
        names = tuple(c.decode("utf-8") for c in classes)
        return cls(train_images=train_x, test_images=test_x, classes=names, problem=problem, source=source)

    def test_probabilities(self, snapshot: Snapshot) -> np.ndarray:
        return predict_proba(self.problem, snapshot, self.problem.X_test)

    def mislabeled(self, test_probabilities: np.ndarray) -> list[tuple[int, float]]:
        """(index, probability of cat) for every test image a model gets wrong, from its probabilities."""
        predicted = np.asarray(test_probabilities) > 0.5
        truth = self.problem.Y_test[0] == 1
        return [(int(i), float(test_probabilities[i])) for i in np.flatnonzero(predicted != truth)]

    def confusion(self, test_probabilities: np.ndarray) -> dict[tuple[int, int], list[int]]:
        """The test images by (true label, predicted label): the cells of the 2×2 confusion matrix."""
        predicted = (np.asarray(test_probabilities) > 0.5).astype(int)
        truth = self.problem.Y_test[0].astype(int)
        return {(y, p): [int(i) for i in np.flatnonzero((truth == y) & (predicted == p))]
                for y in (1, 0) for p in (1, 0)}

    def cat_probability(self, snapshot: Snapshot, image: np.ndarray) -> float:
        """Probability that one (64, 64, 3) uint8 image is a cat, for a logistic-regression run."""
        return float(predict_proba(self.problem, snapshot, flatten_and_scale(image[None]))[0])


@functools.lru_cache(maxsize=2)
def folder_task(folder: str) -> CatTask:
    """The task read from a data folder, once per process: what the checks' answers are computed on.
    Raises core.datasets.DatasetError without the files (an error is not cached: a retry retries)."""
    return CatTask.from_arrays(*load_catvnoncat(folder), source=folder)


def local_task() -> CatTask:
    """The task from the configured data folder (`core.datasets.data_dir()`), read once per process."""
    folder = data_dir()
    refuse_if_told(folder)  # before the cache: the test suite's guard holds for every call (core.datasets)
    return folder_task(str(folder))


def parameters_npz(task: CatTask, snapshot: Snapshot) -> bytes:
    """The trained parameters as a .npz file: w (12288, 1), b, the settings and the cost history."""
    buffer = io.BytesIO()
    np.savez(
        buffer,
        w=task.problem.weights(snapshot.alpha),
        b=np.float64(snapshot.b),
        learning_rate=np.float64(snapshot.learning_rate),
        num_iterations=np.int64(snapshot.iteration),
        costs=snapshot.costs,
    )
    return buffer.getvalue()


def costs_csv(costs: np.ndarray) -> str:
    """One line per iteration: iteration,cost."""
    lines = ["iteration,cost"] + [f"{i},{c:.10g}" for i, c in enumerate(costs)]
    return "\n".join(lines) + "\n"
