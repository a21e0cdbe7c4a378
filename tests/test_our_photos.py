"""The class's photos as a data set (core/our_photos.py): split by student, scored, added to training."""

from dataclasses import dataclass

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from core.cat_task import CatTask
from core.dual_logistic import train
from core.our_photos import (Comparison, Score, Split, compare, matrices, score, split_by_photo, split_by_student, tally,
                             what_changed, what_is_missing, with_photos)
from core.span import gram


@dataclass(frozen=True)
class FakePhoto:
    student_id: str
    label: int
    pixels: np.ndarray


def photo(student: str, label: int, seed: int = 0) -> FakePhoto:
    return FakePhoto(student, label, np.random.default_rng(seed).integers(0, 256, (64, 64, 3), dtype=np.uint8))


@st.composite
def class_photos(draw):
    counts = draw(st.lists(st.integers(1, 20), min_size=1, max_size=12))
    return [FakePhoto(f"s{s}", (s + k) % 2, np.zeros((64, 64, 3), np.uint8)) for s, n in enumerate(counts)
            for k in range(n)]


@given(class_photos(), st.integers(0, 50))
@settings(max_examples=200, deadline=None)
def test_no_student_is_on_both_sides_and_every_photo_is_used_once(photos, seed):
    split = split_by_student(photos, seed=seed)
    train_students, test_students = split.students
    assert not train_students & test_students
    assert len(split.train) + len(split.test) == len(photos) and split.test
    students = {p.student_id for p in photos}
    if len(students) > 1:
        assert len(split.test) >= 0.3 * len(photos) or not split.train
        assert split.train or len(students) == len(test_students)


def test_one_students_photos_are_all_for_testing():
    split = split_by_student([photo("mei", 1, k) for k in range(4)])
    assert not split.train and len(split.test) == 4


def small_task(m_train: int = 12, m_test: int = 6) -> CatTask:
    rng = np.random.default_rng(1)
    images = lambda m: rng.integers(0, 256, (m, 64, 64, 3), dtype=np.uint8)  # noqa: E731
    labels = lambda m: (np.arange(m) % 2).astype(np.int64).reshape(1, -1)  # noqa: E731  (the course's (1, m))
    return CatTask.from_arrays(images(m_train), labels(m_train), images(m_test), labels(m_test),
                               np.array([b"non-cat", b"cat"]))


def test_training_with_our_photos_grows_the_gram_matrix_exactly():
    task = small_task()
    ours = [photo("a", 1, 1), photo("a", 0, 2), photo("b", 1, 3)]
    problem = with_photos(task, ours)
    X_ours, Y_ours = matrices(ours)
    X_all = np.hstack([task.problem.X_train, X_ours])
    assert problem.m == 15 and list(problem.Y_train[0, -3:]) == [1.0, 0.0, 1.0]
    np.testing.assert_allclose(problem.K_train, gram(X_all), rtol=1e-12)
    np.testing.assert_allclose(problem.K_test, gram(X_all, task.problem.X_test), rtol=1e-12)
    assert problem.X_test is task.problem.X_test  # still tested on the course's test set
    assert with_photos(task, []) is task.problem  # no photo: the course's own problem, its numbers unchanged


def test_a_score_counts_each_cell_of_the_confusion_matrix():
    task = small_task()
    run = train(task.problem, 0.0, 1)  # α = 0: every weight 0, b = 0: σ(0) = 0.5, which is "not a cat"
    ours = [photo("a", 1), photo("a", 0), photo("b", 0), photo("b", 1), photo("b", 1)]
    result = score(task.problem, run, ours)
    assert result.accuracy == pytest.approx(40.0)
    assert result.confusion == {(1, 1): [], (1, 0): [0, 3, 4], (0, 1): [], (0, 0): [1, 2]}
    assert np.isnan(score(task.problem, run, []).accuracy)


@pytest.mark.cat_data
def test_with_no_photo_the_course_numbers_stand(cat_task):
    run = train(with_photos(cat_task, []), 0.005, 2000)
    assert run.train_accuracy == pytest.approx(99.04, abs=0.01) and run.test_accuracy == pytest.approx(70.0)


@given(st.integers(0, 40), st.integers(0, 50))
@settings(max_examples=100, deadline=None)
def test_a_learner_alones_photos_are_split_one_by_one_with_one_on_each_side(count, seed):
    photos = [photo("me", k % 2, k) for k in range(count)]
    split = split_by_photo(photos, seed=seed)
    ids = lambda side: {id(p) for p in side}  # noqa: E731
    assert not ids(split.train) & ids(split.test)
    assert len(split.train) + len(split.test) == count
    if count >= 2:
        assert split.train and split.test and len(split.test) >= round(0.3 * count) >= 0
    assert what_is_missing(split) == (None if count >= 2 else "no_photos" if count == 0 else "one_side")


def test_what_is_missing_asks_for_a_second_student():
    assert what_is_missing(split_by_student([photo("a", 1), photo("a", 0)])) == "one_side"
    assert what_is_missing(split_by_student([photo("a", 1), photo("b", 0)])) is None
    assert what_is_missing(split_by_student([])) == "no_photos"


def test_compare_trains_with_our_training_photos_and_scores_both_models_on_the_held_out_ones():
    task = small_task()
    ours = [photo("a", 1, 1), photo("a", 0, 2), photo("b", 1, 3), photo("c", 0, 4)]
    split = split_by_student(ours)
    result = compare(task, split, 0.001, 20)
    before, after = train(task.problem, 0.001, 20), train(with_photos(task, split.train), 0.001, 20)
    assert result.before.accuracy == score(task.problem, before, split.test).accuracy
    assert result.after.accuracy == score(with_photos(task, split.train), after, split.test).accuracy
    assert result.before_course == before.test_accuracy and result.after_course == after.test_accuracy
    assert result.gain == result.after.accuracy - result.before.accuracy
    cached = compare(task, split, 0.001, 20, course_run=train(task.problem, 0.0, 1))  # a given course run is used
    assert cached.before_course == train(task.problem, 0.0, 1).test_accuracy


def fake_comparison(before: float, after: float, before_course: float, after_course: float, diverged=False):
    empty = lambda accuracy: Score(np.zeros(0), accuracy, {})  # noqa: E731
    return Comparison(split=Split((photo("a", 1),), (photo("b", 1), photo("b", 0))), before=empty(before),
                      after=empty(after), before_course=before_course, after_course=after_course, diverged=diverged)


def test_what_changed_reads_the_direction_and_size_off_the_numbers():
    up = what_changed(fake_comparison(50.0, 75.0, 70.0, 70.0))
    assert [key for key, _ in up] == ["changed_ours_up", "changed_course_equal"]
    assert up[0][1] == dict(before="50.00", after="75.00", points="25.00", count=2, added=1)
    down = what_changed(fake_comparison(75.0, 50.0, 70.0, 64.0))
    assert [key for key, _ in down] == ["changed_ours_down", "changed_course_down"] and down[1][1]["points"] == "6.00"
    assert what_changed(fake_comparison(50, 50, 70, 72, diverged=True)) == [("changed_diverged", {})]
    near = what_changed(fake_comparison(50.0, 50.0, 70.0, 70.2))
    assert [key for key, _ in near] == ["changed_ours_equal", "changed_course_same"]


def test_tally_counts_per_label_and_per_student():
    labels, students = tally([photo("a", 1), photo("b", 0), photo("a", 1)])
    assert labels == {1: 2, 0: 1} and students == {"a": 2, "b": 1}


def test_the_best_run_is_the_highest_test_accuracy_then_the_lowest_cost():
    from core.board import PostedRun
    from core.our_photos import best_run

    def run(run_id, test, cost, page="cat_classifier", diverged=False, **settings):
        return PostedRun(run_id=run_id, nickname="n", page=page, settings=settings or {"lr": 0.005, "iters": 100},
                         final_cost=cost, train_accuracy=90.0, test_accuracy=test, diverged=diverged, costs=[],
                         iterations=100, num_iterations=100, posted_at=0.0)

    runs = [run(1, 70.0, 0.3), run(2, 72.0, 0.5), run(3, 72.0, 0.4), run(4, 99.0, 0.1, diverged=True),
            run(5, 99.0, 0.1, page="deep_network"), run(6, 98.0, 0.1, alpha=0.1), run(7, None, 0.1)]
    assert best_run(runs, "lr", "iters").run_id == 3
    assert best_run(runs[3:], "lr", "iters") is None


def test_the_training_drawn_step_by_step_ends_in_the_same_comparison():
    """A page draws the training with our photos snapshot by snapshot (train_steps), then compares: the same
    numbers as compare() in one go."""
    from core.dual_logistic import train_steps
    from core.our_photos import comparison_of

    task = small_task()
    split = split_by_student([photo("a", 1, 1), photo("a", 0, 2), photo("b", 1, 3), photo("c", 0, 4)])
    problem = with_photos(task, split.train)
    snapshots = list(train_steps(problem, 0.001, 20, snapshot_every=5))
    assert [s.iteration for s in snapshots] == [5, 10, 15, 20]
    stepped = comparison_of(task, split, problem, snapshots[-1], train(task.problem, 0.001, 20))
    whole = compare(task, split, 0.001, 20)
    numbers = lambda c: (c.before.accuracy, c.after.accuracy, c.before_course, c.after_course, c.diverged)  # noqa: E731
    assert numbers(stepped) == numbers(whole)
