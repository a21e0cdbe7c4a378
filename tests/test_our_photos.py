"""The class's photos as a data set (core/our_photos.py): split by student, scored, added to training."""

from dataclasses import dataclass

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from core.cat_task import CatTask
from core.dual_logistic import train
from core.our_photos import matrices, score, split_by_student, with_photos
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
