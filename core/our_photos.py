"""The class's own photos as a third data set beside the course's train and test sets.

Three lessons are read off it: how the course's model does on our photos, what training with them changes,
and by how much. Our photos are split **by student**, never by photo: a student's cat photographed twice
would otherwise sit on both sides and flatter the model. Works on anything with `student_id`, `label` and
`pixels` (a `core.board.Photo`, or a learner's photos kept in the session only).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Protocol, Sequence

import numpy as np

from core.cat_task import CatTask
from core.datasets import flatten_and_scale
from core.dual_logistic import GramProblem, Snapshot, predict_proba, train

TEST_SHARE = 0.3  # about this share of our photos is held out for testing, by whole students


class LabelledPhoto(Protocol):
    student_id: str
    label: int  # 1 cat, 0 not a cat
    pixels: np.ndarray  # (64, 64, 3) uint8


@dataclass(frozen=True)
class Split:
    train: tuple  # photos whose students are all on the training side
    test: tuple

    @property
    def students(self) -> tuple[set, set]:
        return {p.student_id for p in self.train}, {p.student_id for p in self.test}


def split_by_student(photos: Sequence[LabelledPhoto], test_share: float = TEST_SHARE, seed: int = 0) -> Split:
    """Whole students to the test side, in a shuffled order fixed by `seed`, until it holds at least
    `test_share` of the photos; the others' photos train. No student is on both sides. With photos of one
    student only, they all go to the test side (there is no one left to learn from)."""
    students = sorted({p.student_id for p in photos})
    random.Random(seed).shuffle(students)
    testing, held = set(), 0
    for student in students:
        if held >= test_share * len(photos) and testing:
            break
        testing.add(student)
        held += sum(1 for p in photos if p.student_id == student)
    return Split(train=tuple(p for p in photos if p.student_id not in testing),
                 test=tuple(p for p in photos if p.student_id in testing))


def matrices(photos: Sequence[LabelledPhoto]) -> tuple[np.ndarray, np.ndarray]:
    """X (12288, m) in [0, 1] and Y (1, m), the course's layout."""
    if not photos:
        return np.zeros((64 * 64 * 3, 0)), np.zeros((1, 0))
    images = np.stack([p.pixels for p in photos])
    return flatten_and_scale(images), np.array([[p.label for p in photos]], dtype=float)


@dataclass(frozen=True)
class Score:
    """A model on a set of labelled photos: accuracy (%) and the 2×2 confusion matrix's cells as indices."""

    probabilities: np.ndarray
    accuracy: float
    confusion: dict  # (true label, predicted label) -> [photo index, ...]


def score(problem: GramProblem, snapshot: Snapshot, photos: Sequence[LabelledPhoto]) -> Score:
    X, Y = matrices(photos)
    probabilities = predict_proba(problem, snapshot, X) if len(photos) else np.zeros(0)
    predicted = (probabilities > 0.5).astype(int)
    truth = Y[0].astype(int)
    accuracy = float(100 * np.mean(predicted == truth)) if len(photos) else float("nan")
    confusion = {(y, p): [int(i) for i in np.flatnonzero((truth == y) & (predicted == p))]
                 for y in (1, 0) for p in (1, 0)}
    return Score(probabilities, accuracy, confusion)


def with_photos(task: CatTask, photos: Sequence[LabelledPhoto]) -> GramProblem:
    """The course's 209 training images and `photos` as one training set, tested on the course's 50.

    The Gram matrix grows only by the new rows: the course's block is reused, the photos' blocks are one
    product each (building it is what costs; 2,000 iterations on it then cost what m² costs)."""
    course = task.problem
    if not photos:
        return course
    X_ours, Y_ours = matrices(photos)
    across, ours = course.X_train.T @ X_ours, X_ours.T @ X_ours
    K_train = np.block([[course.K_train, across], [across.T, ours]])
    arrays = dict(X_train=np.hstack([course.X_train, X_ours]),
                  Y_train=np.hstack([course.Y_train.reshape(1, -1), Y_ours]),
                  X_test=course.X_test, Y_test=course.Y_test, K_train=K_train,
                  K_test=np.vstack([course.K_test, X_ours.T @ course.X_test]))
    for array in arrays.values():
        array.setflags(write=False)
    return GramProblem(**arrays)


def split_by_photo(photos: Sequence[LabelledPhoto], test_share: float = TEST_SHARE, seed: int = 0) -> Split:
    """A learner alone has one student only: their photos are held out one by one (shuffled by `seed`),
    at least one on each side when there are two or more. The same cat photographed twice may then sit on
    both sides, which the page says."""
    order = list(range(len(photos)))
    random.Random(seed).shuffle(order)
    held = min(max(1, round(test_share * len(photos))), max(len(photos) - 1, 1)) if photos else 0
    testing = set(order[:held])
    return Split(train=tuple(p for i, p in enumerate(photos) if i not in testing),
                 test=tuple(p for i, p in enumerate(photos) if i in testing))


@dataclass(frozen=True)
class Comparison:
    """Lessons 2 and 3: the course's model and the model trained with our photos (the same learning rate and
    iterations), each on our held-out photos and on the course's test set."""

    split: Split
    before: Score  # trained on the course's images only, on our held-out photos
    after: Score  # trained on the course's images and our training photos, on our held-out photos
    before_course: float  # test accuracy (%) on the course's test set
    after_course: float
    diverged: bool

    @property
    def gain(self) -> float:
        return self.after.accuracy - self.before.accuracy

    @property
    def course_gain(self) -> float:
        return self.after_course - self.before_course


def what_is_missing(split: Split) -> str | None:
    """Why our photos cannot yet train and test (a catalogue key suffix), or None when they can."""
    if not split.train and not split.test:
        return "no_photos"
    if not split.train:
        return "one_side"
    return None


def compare(task: CatTask, split: Split, learning_rate: float, num_iterations: int,
            course_run: Snapshot | None = None) -> Comparison:
    """Train with our training photos and score both models on our held-out photos and the course's test set.
    `course_run`: the course-only run with the same settings, if already trained (a cache)."""
    problem = with_photos(task, split.train)
    after_run = train(problem, learning_rate, num_iterations)
    before_run = course_run if course_run is not None else train(task.problem, learning_rate, num_iterations)
    return comparison_of(task, split, problem, after_run, before_run)


def comparison_of(task: CatTask, split: Split, problem: GramProblem, after_run: Snapshot,
                  before_run: Snapshot) -> Comparison:
    """Lessons 2 and 3 from two finished runs: `after_run` trained on `problem` (the course's pictures and our
    training photos, `with_photos`), `before_run` on the course's alone, with the same settings. A page that
    draws the training with our photos as it goes (`train_steps` on `problem`) ends here."""
    return Comparison(split=split, before=score(task.problem, before_run, split.test),
                      after=score(problem, after_run, split.test), before_course=float(before_run.test_accuracy),
                      after_course=float(after_run.test_accuracy),
                      diverged=bool(after_run.diverged or before_run.diverged))


SAME_POINTS = 0.5  # a change smaller than this (in percentage points) is "no change"


def what_changed(comparison: Comparison) -> list[tuple[str, dict]]:
    """One or two sentences read off the numbers: (catalogue key suffix, values)."""
    if comparison.diverged:
        return [("changed_diverged", {})]

    def direction(gain: float) -> str:
        return "equal" if f"{abs(gain):.2f}" == "0.00" else "same" if abs(gain) < SAME_POINTS else "up" if gain > 0 else "down"

    values = dict(before=f"{comparison.before.accuracy:.2f}", after=f"{comparison.after.accuracy:.2f}",
                  points=f"{abs(comparison.gain):.2f}", count=len(comparison.split.test),
                  added=len(comparison.split.train))
    course = dict(before=f"{comparison.before_course:.2f}", after=f"{comparison.after_course:.2f}",
                  points=f"{abs(comparison.course_gain):.2f}")
    return [(f"changed_ours_{direction(comparison.gain)}", values),
            (f"changed_course_{direction(comparison.course_gain)}", course)]


def tally(photos: Sequence) -> tuple[dict[int, int], dict[str, int]]:
    """Counts per label (1 cat, 0 not a cat) and per student's nickname (in the order they first added one)."""
    labels = {1: 0, 0: 0}
    students: dict[str, int] = {}
    for p in photos:
        labels[int(p.label)] += 1
        name = getattr(p, "nickname", p.student_id)
        students[name] = students.get(name, 0) + 1
    return labels, students


def best_run(runs, learning_rate_key: str, iterations_key: str):
    """The class's best finished run of the cat classifier (highest test accuracy, then lowest final cost), whose
    settings the board trains again with the class's photos; None without one. `runs`: the board's PostedRuns."""
    usable = [run for run in runs if run.page == "cat_classifier" and not run.diverged
              and run.test_accuracy is not None and run.final_cost is not None
              and learning_rate_key in run.settings and iterations_key in run.settings]
    return max(usable, key=lambda run: (run.test_accuracy, -run.final_cost, -run.run_id), default=None)
