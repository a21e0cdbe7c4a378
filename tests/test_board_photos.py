"""The class's own photos on the class board (core/board.py), on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import numpy as np
import pytest
import sqlalchemy as sa

from core import board as board_module
from core.board import (CAT, MAX_PHOTOS, MAX_PHOTOS_PER_STUDENT, NOT_A_CAT, PHOTO_BYTES, PHOTO_SHAPE, Board,
                        BoardError, LimitReached, Photo)
from tests.conftest_postgres import postgres_server  # noqa: F401  (a fixture)
from tests.test_board import STORED_AS_GIVEN, Clock, a_run, board_url, make_board, refused  # noqa: F401  (fixtures)


def a_photo(seed: int) -> np.ndarray:
    """A 64 x 64 x 3 picture of its own: different seeds give different pixels."""
    return np.random.default_rng(seed).integers(0, 256, PHOTO_SHAPE, dtype=np.uint8)


def stored_photos(board: Board) -> list[tuple]:
    table = board_module.photos_table
    with board._engine.connect() as conn:
        return sorted((r.id, r.class_code, r.student_id, r.label, bytes(r.pixels))
                      for r in conn.execute(sa.select(table)).all())


def test_a_photo_goes_in_and_comes_out(make_board):
    clock = Clock()
    board = make_board(clock=clock)
    code, _ = board.open_class()
    ada, bob = board.join(code, "Ada"), board.join(code, "Bob")
    pixels = a_photo(1)
    first = board.add_photo(code, ada, pixels, CAT)
    clock.now += 5
    second = board.add_photo(code, bob, np.asfortranarray(a_photo(2)), np.int64(NOT_A_CAT))  # any memory layout
    photos = board.photos(code)
    assert [p.photo_id for p in photos] == [first, second] and all(isinstance(p, Photo) for p in photos)
    mine = photos[0]
    assert (mine.student_id, mine.nickname, mine.label, mine.added_at) == (ada, "Ada", 1, 1_800_000_000.0)
    assert mine.pixels.dtype == np.uint8 and mine.pixels.shape == (64, 64, 3)
    assert np.array_equal(mine.pixels, pixels) and np.array_equal(photos[1].pixels, a_photo(2))
    assert (photos[1].label, photos[1].added_at) == (0, 1_800_000_005.0)
    with pytest.raises(ValueError):
        mine.pixels[0, 0, 0] = 7  # read-only: a page cannot change the class's photo by accident
    assert ada not in repr(mine)  # the student's secret stays out of logs
    assert board.info(code).photos == 2
    # only the pixels, the label, the student and the time: 12,288 bytes of picture per photo
    assert [len(row[-1]) for row in stored_photos(board)] == [PHOTO_BYTES] * 2
    assert set(board_module.photos_table.c.keys()) == {"id", "class_code", "student_id", "label", "pixels", "added_at"}


BAD_PIXELS = [
    np.zeros((64, 64), np.uint8), np.zeros((64, 64, 4), np.uint8), np.zeros((3, 64, 64), np.uint8),
    np.zeros((64, 64, 3), np.float64), np.zeros((64, 64, 3), np.int16), np.zeros((128, 128, 3), np.uint8),
    np.zeros((64, 64, 3), np.uint8).tolist(), b"\0" * PHOTO_BYTES, None, "cat.jpg",
]
BAD_LABELS = [2, -1, True, False, np.bool_(True), "cat", "1", 1.0, None, np.float64(0)]


def test_anything_but_64_by_64_colour_pixels_and_a_label_is_refused(make_board):
    board = make_board()
    code, _ = board.open_class()
    ada = board.join(code, "Ada")
    for pixels in BAD_PIXELS:
        refused("bad_photo", board.add_photo, code, ada, pixels, CAT)
    for label in BAD_LABELS:
        refused("bad_label", board.add_photo, code, ada, a_photo(0), label)
    refused("student_not_found", board.add_photo, code, "not-a-student", a_photo(0), CAT)
    other, _ = board.open_class()
    refused("student_not_found", board.add_photo, other, ada, a_photo(0), CAT)
    assert stored_photos(board) == [] and board.photos(code) == []


def test_photos_are_bounded_per_student_and_per_class(make_board):
    board = make_board(max_photos_per_student=3, max_photos=5)
    code, _ = board.open_class()
    ada, bob = board.join(code, "Ada"), board.join(code, "Bob")
    mine = [board.add_photo(code, ada, a_photo(n), CAT) for n in range(3)]
    error = refused("too_many_own_photos", board.add_photo, code, ada, a_photo(3), CAT)
    assert isinstance(error, LimitReached)
    board.add_photo(code, bob, a_photo(4), NOT_A_CAT)
    board.add_photo(code, bob, a_photo(5), NOT_A_CAT)
    before = stored_photos(board)
    refused("too_many_photos", board.add_photo, code, bob, a_photo(6), CAT)
    refused("too_many_photos", board.add_photo, code, ada, a_photo(6), CAT)
    assert stored_photos(board) == before and len(before) == 5
    board.delete_photo(code, mine[0], student_id=ada)  # a bound counts what is stored now
    board.add_photo(code, ada, a_photo(7), CAT)
    assert board.info(code).photos == 5


def test_the_bounds_are_the_issues_and_the_words_say_them():
    from core.words import class_board as words

    assert (MAX_PHOTOS_PER_STUDENT, MAX_PHOTOS) == (20, 1000)
    assert "20" in words.EN["class_board.error.too_many_own_photos"]
    assert "1,000" in words.EN["class_board.error.too_many_photos"]
    assert "20" in words.ZH["class_board.error.too_many_own_photos"]
    assert "1000" in words.ZH["class_board.error.too_many_photos"]


def test_the_class_bound_holds_under_concurrent_adds(make_board):
    board = make_board(max_photos=50, max_photos_per_student=20)
    code, _ = board.open_class()
    students = [board.join(code, f"s{n}") for n in range(8)]

    def add_ten(n: int) -> list[str]:
        refusals = []
        for i in range(10):
            try:
                board.add_photo(code, students[n], a_photo(100 * n + i), CAT)
            except BoardError as error:
                refusals.append(error.code)
        return refusals

    with ThreadPoolExecutor(8) as pool:
        refusals = sum(pool.map(add_ten, range(8)), [])
    assert refusals == ["too_many_photos"] * 30 and len(board.photos(code)) == 50


def test_forty_students_add_five_photos_each_from_eight_threads(make_board):
    board = make_board()
    code, _ = board.open_class()
    students = [board.join(code, f"student {n}") for n in range(40)]
    barrier = threading.Barrier(8)

    def add_all(start: int) -> list[int]:
        barrier.wait(10)
        return [board.add_photo(code, students[n], a_photo(10 * n + i), (n + i) % 2)
                for n in range(start, 40, 8) for i in range(5)]

    with ThreadPoolExecutor(8) as pool:
        ids = sum(pool.map(add_all, range(8)), [])
    photos = board.photos(code)
    assert len(ids) == len(set(ids)) == len(photos) == 200 and sorted(ids) == [p.photo_id for p in photos]
    stored = {(p.nickname, p.label, p.pixels.tobytes()) for p in photos}
    expected = {(f"student {n}", (n + i) % 2, a_photo(10 * n + i).tobytes()) for n in range(40) for i in range(5)}
    assert stored == expected  # every photo once, with its own student and label
    assert board.info(code).photos == 200


def test_who_deletes_which_photo(make_board):
    board = make_board()
    code, key = board.open_class()
    other, other_key = board.open_class()
    ada, bob = board.join(code, "Ada"), board.join(code, "Bob")
    eve = board.join(other, "Eve")
    adas = [board.add_photo(code, ada, a_photo(n), CAT) for n in range(3)]
    bobs = [board.add_photo(code, bob, a_photo(10 + n), NOT_A_CAT) for n in range(3)]
    eves = board.add_photo(other, eve, a_photo(20), CAT)
    before = stored_photos(board)
    for photo, kwargs, expected in [
        (bobs[0], dict(student_id=ada), "not_your_photo"),  # someone else's
        (bobs[0], dict(), "not_your_photo"),  # nobody's
        (bobs[0], dict(student_id=None), "not_your_photo"),
        (bobs[0], dict(student_id=""), "not_your_photo"),
        (bobs[0], dict(teacher_key=other_key), "wrong_teacher_key"),
        (bobs[0], dict(teacher_key="", student_id=bob), "wrong_teacher_key"),  # a key given decides alone
        (eves, dict(student_id=eve), "photo_not_found"),  # another class's photo, through this class
        (eves, dict(teacher_key=key), "photo_not_found"),
        (max(bobs) + 100, dict(teacher_key=key), "photo_not_found"),
        ("x", dict(student_id=ada), "photo_not_found"),
        (None, dict(student_id=ada), "photo_not_found"),
    ]:
        refused(expected, lambda: board.delete_photo(code, photo, **kwargs))
        assert stored_photos(board) == before, (photo, kwargs)
    refused("wrong_teacher_key", board.delete_photos, code, other_key)
    assert stored_photos(board) == before

    board.delete_photo(code, adas[0], student_id=ada)  # her own
    refused("photo_not_found", lambda: board.delete_photo(code, adas[0], student_id=ada))  # gone
    board.delete_photo(code, str(bobs[1]), teacher_key=key)  # any, with the teacher key
    assert [p.photo_id for p in board.photos(code)] == [adas[1], adas[2], bobs[0], bobs[2]]
    board.close(code, key)
    refused("class_closed", board.add_photo, code, ada, a_photo(9), CAT)  # a closed class takes no new photos
    board.delete_photo(code, adas[1], student_id=ada)  # but its students may still delete theirs
    assert board.delete_photos(code, key) == 3 and board.photos(code) == []
    assert [p.photo_id for p in board.photos(other)] == [eves]  # the other class keeps its own


def test_clear_keeps_the_photos_and_expiry_deletes_them(make_board):
    clock = Clock()
    board = make_board(clock=clock, lifetime=timedelta(hours=2))
    code, key = board.open_class()
    young, _ = board.open_class(lifetime=timedelta(hours=5))
    ada = board.join(code, "Ada")
    board.add_photo(code, ada, a_photo(1), CAT)
    board.add_photo(young, board.join(young, "Bob"), a_photo(2), CAT)
    board.post(code, ada, a_run())
    assert board.clear(code, key) == 1 and len(board.photos(code)) == 1  # the class's data set is not a run
    assert board.withdraw(code, ada) == 0 and len(board.photos(code)) == 1  # nor does withdrawing runs take it
    clock.now += 2 * 3600 + 1
    refused("class_expired", board.photos, code)
    refused("class_expired", board.add_photo, code, ada, a_photo(3), CAT)
    refused("class_expired", board.delete_photos, code, key)
    assert board.expire() == 1
    assert [row[1] for row in stored_photos(board)] == [young]
    refused("class_not_found", board.photos, code)


def test_nicknames_come_back_as_given_with_the_photos(make_board):
    board = make_board()
    code, _ = board.open_class()
    for n, nickname in enumerate(STORED_AS_GIVEN):
        board.add_photo(code, board.join(code, nickname), a_photo(n), CAT)
    assert [p.nickname for p in board.photos(code)] == STORED_AS_GIVEN


def test_the_database_itself_refuses_a_photo_of_another_size_or_label(make_board):
    """The board checks first; the table's constraints stop a row that went around it."""
    board = make_board()
    code, _ = board.open_class()
    ada = board.join(code, "Ada")
    table = board_module.photos_table
    for pixels, label in ((b"\0" * (PHOTO_BYTES - 1), 1), (b"\0" * PHOTO_BYTES, 2)):
        with pytest.raises(sa.exc.IntegrityError):
            with board._write() as conn:
                conn.execute(table.insert().values(class_code=code, student_id=ada, label=label, pixels=pixels,
                                                   added_at=0.0))
    assert stored_photos(board) == []
