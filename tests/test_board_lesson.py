"""The lesson on the class board (core/board.py): ask, answer, reveal, a run by its id; on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest
import sqlalchemy as sa

from core import board as board_module
from core.board import Answers, Board, BoardError, LessonStep, format_code
from core.checks import Check
from tests.conftest_postgres import postgres_server  # noqa: F401  (a fixture)
from tests.test_board import STORED_AS_GIVEN, Clock, a_run, board_url, refused  # noqa: F401  (fixtures)

# Checks built for the tests (the chapters' own CHECKS are written elsewhere): core's answer is a lambda.
ALPHA = Check(key="gradient_descent.alpha_one", kind="choice", question="q", explanation="e",
              solve=lambda: "oscillates", options=("settles", "oscillates", "blows_up"),
              option_labels=("l1", "l2", "l3"))
EPOCHS = Check(key="perceptron.epochs", kind="number", question="q", explanation="e", solve=lambda: 6,
               tolerance=0.5, min_value=0, max_value=100)
TEST_CHECKS = {check.key: check for check in (ALPHA, EPOCHS)}


@pytest.fixture
def make_board(board_url):
    made = []

    def make(**options) -> Board:
        made.append(Board(board_url, find_check=TEST_CHECKS.__getitem__, **options))
        return made[-1]

    yield make
    for board in made:
        board.dispose()


def a_class(board: Board, *nicknames: str):
    code, key = board.open_class()
    return code, key, [board.join(code, name) for name in nicknames]


def stored_answers(board: Board) -> list[tuple]:
    """Every answer row, as stored: what a refusal must leave alone."""
    table = board_module.answers_table
    with board._engine.connect() as conn:
        return sorted(tuple(row) for row in conn.execute(sa.select(table)).all())


def state(board: Board, code: str) -> tuple:
    """All a refusal could change: the step, both checks' answers, the stored rows."""
    return (board.current_step(code), board.answers(code, ALPHA.key), board.answers(code, EPOCHS.key),
            stored_answers(board))


# ---- the happy path ----

def test_ask_answer_reveal(make_board):
    board = make_board()
    code, key, (ada, bob, cy) = a_class(board, "Ada", "Bob", "Cy")
    assert board.current_step(code) == LessonStep(code=code, step=0, chapter=None, check=None, asked=(), revealed=(),
                                                  closed=False, asked_at=None)
    step = board.ask(format_code(code).lower(), key, "gradient_descent")
    assert (step.step, step.chapter, step.check, step.asked) == (1, "gradient_descent", None, ())
    step = board.ask(code, key, "gradient_descent", ALPHA.key)
    assert (step.step, step.chapter, step.check, step.asked, step.revealed) == (
        2, "gradient_descent", ALPHA.key, (ALPHA.key,), ())
    assert board.current_step(code) == step

    assert board.answer(code, ada, ALPHA.key, "oscillates") == "oscillates"
    assert board.answer(code, bob, ALPHA.key, "blows_up") == "blows_up"
    seen = board.answers(code, ALPHA.key)
    assert isinstance(seen, Answers)
    assert (seen.asked, seen.revealed, seen.joined, seen.answered) == (True, False, 3, 2)
    assert seen.counts == {"settles": 0, "oscillates": 1, "blows_up": 1} and seen.numbers == ()
    assert seen.correct_answer is None and seen.waiting == ("Cy",)
    assert [(s.nickname, s.value, s.correct) for s in seen.students] == [("Ada", "oscillates", None),
                                                                       ("Bob", "blows_up", None)]
    assert [s.student_id for s in seen.students] == [ada, bob]
    assert ada not in repr(seen)  # a student's id is their secret: kept out of logs

    step = board.reveal(code, key, ALPHA.key)
    assert step.revealed == (ALPHA.key,) and step.step == 2  # a reveal is not a new step
    seen = board.answers(code, ALPHA.key)
    assert seen.revealed and seen.correct_answer == "oscillates"
    assert [(s.nickname, s.correct) for s in seen.students] == [("Ada", True), ("Bob", False)]
    assert board.reveal(code, key, ALPHA.key) == board.current_step(code)  # again: nothing changes


def test_number_checks_and_the_order_of_asked_and_revealed(make_board):
    clock = Clock()
    board = make_board(clock=clock)
    code, key, students = a_class(board, "Ada", "Bob", "Cy", "Dee")
    board.ask(code, key, "gradient_descent", ALPHA.key)
    clock.now += 1
    board.ask(code, key, "perceptron", EPOCHS.key)
    for student, value in zip(students, (6, "6.4", 12.5, 0)):  # a number, or the text a page's field holds
        clock.now += 1
        board.answer(code, student, EPOCHS.key, value)
    seen = board.answers(code, EPOCHS.key)
    assert seen.numbers == (0.0, 6.0, 6.4, 12.5) and seen.counts == {} and seen.kind == "number"
    clock.now += 1
    board.reveal(code, key, EPOCHS.key)
    clock.now += 1
    board.reveal(code, key, ALPHA.key)
    seen = board.answers(code, EPOCHS.key)
    assert [(s.value, s.correct) for s in seen.students] == [(6.0, True), (6.4, True), (12.5, False), (0.0, False)]
    assert seen.correct_answer == 6.0
    step = board.ask(code, key, "gradient_descent", ALPHA.key)  # asked again: the class comes back to it
    assert step.step == 3 and step.asked == (ALPHA.key, EPOCHS.key) and step.revealed == (EPOCHS.key, ALPHA.key)
    assert step.asked_at == clock.now
    refused("check_revealed", board.answer, code, students[0], ALPHA.key, "settles")  # revealed stays revealed


def test_a_second_answer_replaces_the_first_and_after_the_reveal_none_is_taken(make_board):
    board = make_board()
    code, key, (ada, bob) = a_class(board, "Ada", "Bob")
    board.ask(code, key, "gradient_descent", ALPHA.key)
    board.answer(code, ada, ALPHA.key, "settles")
    board.answer(code, ada, ALPHA.key, "blows_up")
    board.answer(code, ada, ALPHA.key, "oscillates")
    seen = board.answers(code, ALPHA.key)
    assert seen.answered == 1 and seen.counts == {"settles": 0, "oscillates": 1, "blows_up": 0}
    assert len(stored_answers(board)) == 1
    board.answer(code, bob, ALPHA.key, "settles")
    board.reveal(code, key, ALPHA.key)
    before = state(board, code)
    refused("check_revealed", board.answer, code, ada, ALPHA.key, "settles")
    refused("check_revealed", board.answer, code, bob, ALPHA.key, "oscillates")
    assert state(board, code) == before
    assert [(s.nickname, s.value, s.correct) for s in board.answers(code, ALPHA.key).students] == [
        ("Ada", "oscillates", True), ("Bob", "settles", False)]


def test_a_check_asked_earlier_still_takes_answers(make_board):
    board = make_board()
    code, key, (ada,) = a_class(board, "Ada")
    board.ask(code, key, "gradient_descent", ALPHA.key)
    board.ask(code, key, "perceptron")  # the class moved on; ALPHA stays asked
    board.answer(code, ada, ALPHA.key, "settles")
    assert board.answers(code, ALPHA.key).answered == 1


# ---- the teacher key ----

def test_a_wrong_teacher_key_asks_and_reveals_nothing(make_board):
    board = make_board()
    code, key, (ada,) = a_class(board, "Ada")
    _, other_key = board.open_class()
    board.ask(code, key, "gradient_descent", ALPHA.key)
    board.answer(code, ada, ALPHA.key, "settles")
    before = state(board, code)
    for wrong in ("", "x" * 43, other_key, key[:-1], key + "x", None, 42):
        refused("wrong_teacher_key", board.ask, code, wrong, "perceptron", EPOCHS.key)
        refused("wrong_teacher_key", board.ask, code, wrong, "gradient_descent")
        refused("wrong_teacher_key", board.reveal, code, wrong, ALPHA.key)
    assert state(board, code) == before
    assert not board.answers(code, ALPHA.key).revealed and board.current_step(code).step == 1


# ---- refusals ----

def test_every_refused_answer_changes_nothing(make_board):
    board = make_board()
    code, key, (ada, bob) = a_class(board, "Ada", "Bob")
    other, _, (stranger,) = a_class(board, "Eve")
    board.ask(code, key, "gradient_descent", ALPHA.key)
    board.answer(code, ada, ALPHA.key, "settles")
    board.ask(code, key, "perceptron")  # EPOCHS' chapter, without EPOCHS: that check is still not asked
    before = state(board, code)
    cases = [
        ("answer_not_an_option", (code, bob, ALPHA.key, "Oscillates")),
        ("answer_not_an_option", (code, bob, ALPHA.key, "<b>settles</b>")),
        ("answer_not_an_option", (code, bob, ALPHA.key, 1)),
        ("answer_not_an_option", (code, bob, ALPHA.key, None)),
        ("check_not_found", (code, bob, "gradient_descent.no_such_check", "settles")),
        ("check_not_found", (code, bob, None, "settles")),
        ("check_not_asked", (code, bob, EPOCHS.key, 6)),  # a real check, not asked in this class
        ("student_not_found", (code, "not-a-student", ALPHA.key, "settles")),
        ("student_not_found", (code, stranger, ALPHA.key, "settles")),  # a student of another class
        ("class_not_found", ("ABCD-2345", ada, ALPHA.key, "settles")),
        ("bad_code", ("nope", ada, ALPHA.key, "settles")),
    ]
    for code_expected, args in cases:
        refused(code_expected, board.answer, *args)
        assert state(board, code) == before, code_expected
    board.ask(code, key, "perceptron", EPOCHS.key)
    board.answer(code, bob, EPOCHS.key, 7)
    before = state(board, code)
    for value, expected in (("seven", "answer_not_a_number"), (float("nan"), "answer_not_a_number"),
                            (float("inf"), "answer_not_a_number"), (True, "answer_not_a_number"),
                            (None, "answer_not_a_number"), ([6], "answer_not_a_number"),
                            (-1, "answer_out_of_range"), (100.5, "answer_out_of_range"),
                            ("1e9", "answer_out_of_range")):
        refused(expected, board.answer, code, bob, EPOCHS.key, value)
        assert state(board, code) == before, value
    board.close(code, key)
    before = state(board, code)
    refused("class_closed", board.answer, code, ada, ALPHA.key, "blows_up")
    refused("class_closed", board.answer, code, bob, EPOCHS.key, 6)
    refused("class_closed", board.ask, code, key, "gradient_descent", ALPHA.key)
    assert state(board, code) == before
    assert [s.value for s in board.answers(code, EPOCHS.key).students] == [7.0]
    step = board.reveal(code, key, ALPHA.key)  # a closed class may still see the answer
    assert step.closed and step.revealed == (ALPHA.key,)


def test_what_the_teacher_cannot_ask_or_reveal(make_board):
    board = make_board()
    code, key, _ = a_class(board, "Ada")
    before = state(board, code)
    refused("chapter_not_found", board.ask, code, key, "no_such_chapter")
    refused("chapter_not_found", board.ask, code, key, None)
    refused("chapter_not_found", board.ask, code, key, ["gradient_descent"])
    refused("check_not_found", board.ask, code, key, "gradient_descent", "gradient_descent.nope")
    refused("check_not_in_chapter", board.ask, code, key, "activations", ALPHA.key)
    refused("check_not_asked", board.reveal, code, key, ALPHA.key)
    refused("check_not_found", board.reveal, code, key, "nope.nope")
    refused("check_not_found", board.answers, code, "nope.nope")
    assert state(board, code) == before
    unasked = board.answers(code, EPOCHS.key)
    assert (unasked.asked, unasked.revealed, unasked.answered, unasked.joined) == (False, False, 0, 1)


def test_the_registry_resolves_checks_by_default(board_url):
    """Without an injected resolver the chapters' own checks are asked, answered and marked by core's answer."""
    from core.chapters import all_checks

    board = Board(board_url)
    try:
        code, key = board.open_class()
        ada = board.join(code, "Ada")
        refused("check_not_found", board.ask, code, key, "gradient_descent", "gradient_descent.surely_not_a_check")
        numbers = [c for c in all_checks() if c.kind == "number"][:2]
        choices = [c for c in all_checks() if c.kind == "choice"][:2]
        assert len(numbers) == len(choices) == 2
        for check in numbers + choices:
            board.ask(code, key, check.chapter, check.key)
            board.answer(code, ada, check.key, check.correct_answer())
            board.reveal(code, key, check.key)
            [mine] = board.answers(code, check.key).students
            assert mine.correct is True and mine.value == check.correct_answer(), check.key
    finally:
        board.dispose()


# ---- many students at once ----

def test_forty_students_answer_from_eight_threads(make_board):
    board = make_board()
    code, key, students = a_class(board, *(f"student {n}" for n in range(40)))
    board.ask(code, key, "gradient_descent", ALPHA.key)
    chosen = {student: ALPHA.options[n % 3] for n, student in enumerate(students)}
    barrier = threading.Barrier(8)

    def answer_all(start: int) -> list[str]:
        barrier.wait(10)  # eight threads start together
        refusals = []
        for student in students[start::8]:
            try:
                board.answer(code, student, ALPHA.key, chosen[student])
            except BoardError as error:
                refusals.append(error.code)
        return refusals

    with ThreadPoolExecutor(8) as pool:
        refusals = list(pool.map(answer_all, range(8)))
    assert refusals == [[]] * 8
    seen = board.answers(code, ALPHA.key)
    assert (seen.answered, seen.joined, seen.waiting) == (40, 40, ())
    assert seen.counts == {"settles": 14, "oscillates": 13, "blows_up": 13}
    assert {s.student_id: s.value for s in seen.students} == chosen
    assert len(stored_answers(board)) == 40


# ---- close, clear, withdraw, expiry ----

def test_clear_starts_the_lesson_over_and_withdraw_takes_a_students_answers(make_board):
    board = make_board()
    code, key, (ada, bob) = a_class(board, "Ada", "Bob")
    board.ask(code, key, "perceptron", EPOCHS.key)
    board.ask(code, key, "gradient_descent", ALPHA.key)
    for student in (ada, bob):
        board.answer(code, student, ALPHA.key, "settles")
        board.answer(code, student, EPOCHS.key, 6)
        board.post(code, student, a_run())
    board.reveal(code, key, EPOCHS.key)
    assert board.withdraw(code, ada) == 1  # the number of runs, as before; and Ada's answers, even revealed ones
    assert [s.nickname for s in board.answers(code, ALPHA.key).students] == ["Bob"]
    assert [s.nickname for s in board.answers(code, EPOCHS.key).students] == ["Bob"]
    refused("wrong_teacher_key", board.clear, code, "wrong")
    assert len(stored_answers(board)) == 2
    assert board.clear(code, key) == 1
    step = board.current_step(code)
    assert (step.step, step.chapter, step.check, step.asked, step.revealed) == (2, "gradient_descent", None, (), ())
    assert stored_answers(board) == [] and board.runs(code) == []
    refused("check_not_asked", board.answer, code, bob, ALPHA.key, "settles")
    board.ask(code, key, "gradient_descent", ALPHA.key)  # the lesson again, from the start
    board.answer(code, bob, ALPHA.key, "oscillates")
    assert board.answers(code, ALPHA.key).answered == 1 and board.info(code).students == 2


def test_expiry_deletes_the_lesson_and_answers(make_board):
    clock = Clock()
    board = make_board(clock=clock, lifetime=timedelta(hours=2))
    code, key, (ada,) = a_class(board, "Ada")
    young = board.open_class(lifetime=timedelta(hours=5))
    young_student = board.join(young[0], "Bob")
    for class_code, class_key, student in ((code, key, ada), (*young, young_student)):
        board.ask(class_code, class_key, "gradient_descent", ALPHA.key)
        board.answer(class_code, student, ALPHA.key, "settles")
    clock.now += 2 * 3600 + 1
    for call, args in ((board.current_step, (code,)), (board.answers, (code, ALPHA.key)),
                       (board.answer, (code, ada, ALPHA.key, "blows_up")), (board.ask, (code, key, "perceptron")),
                       (board.reveal, (code, key, ALPHA.key))):
        refused("class_expired", call, *args)
    assert board.expire() == 1
    refused("class_not_found", board.current_step, code)
    with board._engine.connect() as conn:
        for table in (board_module.answers_table, board_module.lesson_checks_table):
            assert conn.execute(sa.select(table.c.class_code)).scalars().all() == [young[0]], table.name
    assert board.answers(young[0], ALPHA.key).answered == 1


# ---- a student's exact run ----

def test_a_run_by_its_id(make_board):
    clock = Clock()
    board = make_board(clock=clock, lifetime=timedelta(hours=1))
    code, _, (ada, bob) = a_class(board, "Ada", "Bob")
    other, _, (eve,) = a_class(board, "Eve")
    first = board.post(code, ada, a_run("a", lr=0.005, costs=(0.69, float("inf"))))
    second = board.post(code, bob, a_run("b", lr=0.5))
    elsewhere = board.post(other, eve, a_run("e"))
    run = board.run(code, second)
    assert run == board.runs(code)[1]
    assert (run.run_id, run.nickname, run.settings, run.learning_rate) == (second, "Bob", {"lr": 0.5, "iters": 300,
                                                                                          "tag": "b"}, 0.5)
    assert board.run(format_code(code), str(first)).costs == [0.69, None]  # the digits of `?run=` will do
    for wrong in (elsewhere, second + 1000, 0, -1, True, "1x", " 1", "", None, 2.0, "9" * 40):
        refused("run_not_found", board.run, code, wrong)
    board.withdraw(code, bob)
    refused("run_not_found", board.run, code, second)
    clock.now += 3601
    refused("class_expired", board.run, code, first)


# ---- nicknames and cost ----

def test_nicknames_come_back_as_given_in_the_answers(make_board):
    board = make_board()
    code, key, students = a_class(board, *STORED_AS_GIVEN)
    board.ask(code, key, "gradient_descent", ALPHA.key)
    for student in students[::2]:
        board.answer(code, student, ALPHA.key, "settles")
    seen = board.answers(code, ALPHA.key)
    assert [s.nickname for s in seen.students] + list(seen.waiting) == STORED_AS_GIVEN[::2] + STORED_AS_GIVEN[1::2]


def test_current_step_is_one_query_on_the_class_key(make_board, board_url):
    board = make_board()
    code, key, _ = a_class(board, "Ada")
    board.ask(code, key, "gradient_descent", ALPHA.key)
    board.ask(code, key, "perceptron", EPOCHS.key)
    statements = []
    listen = lambda conn, cursor, statement, *rest: statements.append(statement)
    sa.event.listen(board._engine, "before_cursor_execute", listen)
    try:
        step = board.current_step(code)
    finally:
        sa.event.remove(board._engine, "before_cursor_execute", listen)
    assert step.asked == (ALPHA.key, EPOCHS.key)
    queries = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(queries) == 1, statements
    if board_url.startswith("sqlite"):  # the plan: a search by the primary keys, no scan of a table
        with board._engine.connect() as conn:
            plan = " ".join(row[-1] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + queries[0], (code,)))
        assert "SCAN" not in plan and plan.count("SEARCH") == 2, plan
