"""The class board page and the cat page's link to it, through Streamlit's AppTest."""

from __future__ import annotations

import pytest

from core.board import format_code
from core.text import EN, t
from harness.serving import free_port
from tests.apptest import open_page, rerun, texts

pytestmark = pytest.mark.cat_data  # the pages and runs here read the cat images

BOARD_PAGE = "pages/class_board.py"
CAT_PAGE = "pages/cat_classifier.py"
CAT_RUN = "cat_classifier_run"  # the session key of the cat page's run


def everything_shown(at) -> str:
    return " ".join(texts(at.get(kind)) for kind in ("markdown", "caption", "info", "success", "warning", "error",
                                                      "text", "code", "header", "html"))


def join(code: str, nickname: str):
    at = open_page(BOARD_PAGE, **{"class": format_code(code)})
    at.text_input(key="join_nickname").input(nickname)
    at.button[-1].click()  # the form's submit button
    return rerun(at)


def train_cat(at, lr: float = 0.01, iterations: int = 100):
    at.switch_page(CAT_PAGE)
    rerun(at)
    at.select_slider(key="pace").set_value("instant")
    at.slider(key="iters").set_value(iterations)
    at.select_slider(key="lr").set_value(lr)
    at.button(key="cat_classifier_train").click()
    return rerun(at)


def test_a_teacher_opens_a_class_with_a_code_and_a_qr_code(board):
    at = open_page(BOARD_PAGE)
    assert [b.label for b in at.button] == [t("class_board.open_button"), t("class_board.join_button")]
    at.button(key="open_class").click()
    rerun(at)
    code = at.query_params["class"]
    assert len(code) == 9 and code[4] == "-"
    assert code in texts(at.get("html"))  # shown large
    assert len(at.get("image")) == 1  # the QR code
    [join_link] = [c.value for c in at.code]  # the teacher link only on request
    assert join_link.endswith(f"/class_board?class={code}") and "teacher=" not in join_link
    at.button(key="teacher_link_toggle").click()
    rerun(at)
    join_link, teacher_link = [c.value for c in at.code]
    assert t("class_board.teacher_link_warning") in texts(at.warning)
    key = teacher_link.split("teacher=")[1]
    assert len(key) >= 32 and board.is_teacher(code, key)
    assert "teacher" not in at.query_params  # the key stays off the projector's address bar
    assert at.button(key="teacher_link_toggle").label == t("class_board.hide_teacher_link")
    at.button(key="teacher_link_toggle").click()
    rerun(at)
    assert len(at.code) == 1
    metrics = {m.label: m.value for m in at.metric}
    assert metrics == {"Students": "0", "Runs": "0", "Class": "open"}
    assert t("class_board.no_runs") in texts(at.info)


def test_a_student_joins_and_the_join_is_kept_in_the_address(board):
    code, _ = board.open_class()
    at = join(code, "  <b>Zoë</b> **🐱** ")
    assert at.query_params["class"] == format_code(code) and at.query_params["student"]
    assert t("class_board.joined", code=format_code(code)) in texts(at.success)
    assert t("class_board.your_nickname", nickname="<b>Zoë</b> **🐱**") in texts(at.get("text"))  # plain text
    assert "<b>Zoë</b>" not in texts(at.markdown)  # never rendered as Markdown or HTML
    assert board.info(code).students == 1
    # a reload: a new session with the same address is the same student
    again = open_page(BOARD_PAGE, **{"class": at.query_params["class"], "student": at.query_params["student"]})
    assert t("class_board.your_nickname", nickname="<b>Zoë</b> **🐱**") in texts(again.get("text"))
    assert board.info(code).students == 1


@pytest.mark.parametrize("code_text, nickname, error", [
    ("ABCD-O000", "Ada", "class_board.error.bad_code"),
    ("ABCD-2345", "Ada", "class_board.error.class_not_found"),
    (None, "x" * 30, "class_board.error.nickname_too_long"),  # the input box stops at 48; the board at 24
    (None, "   ", "class_board.error.nickname_empty"),
    (None, "Taken", "class_board.error.nickname_taken"),
], ids=["bad code", "unknown class", "too long", "blank", "taken"])
def test_joining_is_refused_with_a_clear_message(board, code_text, nickname, error):
    code, _ = board.open_class()
    board.join(code, "Taken")
    at = open_page(BOARD_PAGE)
    at.text_input(key="join_code").input(code_text or format_code(code))
    at.text_input(key="join_nickname").input(nickname)
    at.button[-1].click()
    rerun(at)
    assert EN[error] in texts(at.error)
    assert "student" not in at.query_params


def test_a_students_run_is_sent_once_shown_on_the_board_and_withdrawn(board):
    code, _ = board.open_class()
    at = join(code, "Ada")
    at = train_cat(at, lr=0.01)
    sent = t("link.sent", code=format_code(code))
    assert sent in texts(at.caption)
    assert at.query_params["class"] == format_code(code)  # kept in the address on the training page too
    [run] = board.runs(code)
    assert (run.nickname, run.page, run.settings, run.iterations) == ("Ada", "cat_classifier",
                                                                      {"lr": 0.01, "iters": 100}, 100)
    assert run.costs[0] == pytest.approx(0.6931, abs=1e-4) and len(run.costs) == 101
    assert run.test_accuracy is not None and not run.diverged
    at.slider(key="img").set_value(3)
    rerun(at)  # any rerun shows the same run again: not posted again
    assert len(board.runs(code)) == 1 and sent in texts(at.caption)

    at.switch_page(BOARD_PAGE)
    rerun(at)
    assert {m.label: m.value for m in at.metric}["Runs"] == "1"
    assert len(at.get("plotly_chart")) == 2
    table = at.dataframe[0].value
    assert list(table[t("class_board.col_nickname")]) == ["Ada"] and list(table[t("class_board.col_lr")]) == [0.01]

    at.switch_page(CAT_PAGE)
    rerun(at)
    at.button(key="class_link_withdraw").click()
    rerun(at)
    assert board.runs(code) == []
    assert t("link.withdrawn", count=1, code=format_code(code)) in texts(at.caption)


def test_runs_are_sent_at_most_once_a_second(board, monkeypatch):
    import ui.class_link

    code, _ = board.open_class()
    at = train_cat(join(code, "Ada"), lr=0.01)
    monkeypatch.setattr(ui.class_link, "MIN_SECONDS_BETWEEN_POSTS", 3600)
    at.select_slider(key="lr").set_value(0.005)
    at.button(key="cat_classifier_train").click()
    rerun(at)
    assert t("link.too_soon") in texts(at.caption) and len(board.runs(code)) == 1
    monkeypatch.setattr(ui.class_link, "MIN_SECONDS_BETWEEN_POSTS", 0)
    rerun(at)  # the next click sends it
    assert [r.learning_rate for r in board.runs(code)] == [0.01, 0.005]


def test_a_closed_class_says_so_and_keeps_the_run_off_the_board(board):
    code, key = board.open_class()
    at = join(code, "Ada")
    board.close(code, key)
    at = train_cat(at)
    assert t("link.not_sent", code=format_code(code)) in texts(at.warning)
    assert EN["class_board.error.class_closed"] in texts(at.warning)
    assert board.runs(code) == []


def test_only_the_teacher_link_gives_close_and_clear(board):
    code, key = board.open_class()
    ada = board.join(code, "Ada")
    board.post(code, ada, dict(page="cat_classifier", settings={"lr": 0.01}, final_cost=0.3, train_accuracy=90.0,
                               test_accuracy=70.0, diverged=False, costs=[0.7, 0.3]))
    wrong = open_page(BOARD_PAGE, **{"class": format_code(code), "teacher": "x" * 43})
    assert t("class_board.teacher_link_wrong") in texts(wrong.warning)
    assert not [b for b in wrong.button if b.key in ("close_class", "clear_class")]

    at = open_page(BOARD_PAGE, **{"class": format_code(code), "teacher": key})
    assert "teacher" not in at.query_params
    assert at.button(key="clear_class").disabled  # until confirmed
    at.checkbox(key="clear_confirm").check()
    rerun(at)
    at.button(key="clear_class").click()
    rerun(at)
    assert board.runs(code) == []
    at.button(key="close_class").click()
    rerun(at)
    assert board.info(code).closed
    assert {m.label: m.value for m in at.metric}["Class"] == "closed"


def test_the_board_survives_hostile_nicknames_and_diverged_runs(board):
    code, _ = board.open_class()
    for n, nickname in enumerate(["<img src=x onerror=f()>", "**bold** $x$", "مرحبا", "👩‍👩‍👧‍👦", "学生"]):
        student = board.join(code, nickname)
        board.post(code, student, dict(page="cat_classifier", settings={"lr": 10.0 ** -n, "iters": 100},
                                       final_cost=None if n == 0 else 0.3, train_accuracy=80.0 + n,
                                       test_accuracy=60.0 + n, diverged=n == 0, costs=[0.69, None] if n == 0
                                       else [0.69, 0.5, 0.3], iterations=1 if n == 0 else 2, num_iterations=100))
    at = open_page(BOARD_PAGE, **{"class": format_code(code), "present": "1"})
    assert {m.label: m.value for m in at.metric}["Runs"] == "5"
    table = at.dataframe[0].value
    assert set(table[t("class_board.col_nickname")]) >= {"<img src=x onerror=f()>", "**bold** $x$"}
    assert "diverged" in set(table[t("class_board.col_outcome")])
    assert "onerror" not in everything_shown(at)  # only inside the table's data, never as markup
    [curves, accuracy] = at.get("plotly_chart")
    assert "&lt;img src=x onerror=f()&gt;" in curves.proto.spec  # escaped for plotly's HTML labels
    assert "<img" not in curves.proto.spec and "<img" not in accuracy.proto.spec


def test_a_missing_or_expired_class_is_explained(board):
    at = open_page(BOARD_PAGE, **{"class": "ABCD-2345"})
    assert EN["class_board.error.class_not_found"] in texts(at.error)
    at = open_page(BOARD_PAGE, **{"class": "not a code"})
    assert EN["class_board.error.bad_code"] in texts(at.error)


def test_the_page_is_in_the_menu_and_its_words_in_both_languages():
    from core.words import class_board as words
    from core.chapters import CHAPTERS

    assert any(c.path == BOARD_PAGE and c.title == "nav.class_board" for c in CHAPTERS)
    assert words.EN.keys() == words.ZH.keys()
    import string

    fields = lambda text: {f for _, f, _, _ in string.Formatter().parse(text) if f}
    assert all(fields(words.EN[key]) == fields(words.ZH[key]) for key in words.EN)


def test_leaving_the_class_forgets_the_seat(board):
    code, _ = board.open_class()
    at = join(code, "Ada")
    at.button(key="leave_class").click()
    rerun(at)
    assert "class" not in at.query_params and "student" not in at.query_params
    assert at.button(key="open_class")  # back to the start: open or join
    assert board.info(code).students == 1  # leaving keeps the runs; withdrawing removes them


def test_an_unreachable_database_is_said_and_breaks_nothing(monkeypatch):
    port = free_port()  # nothing listens on it: the connection is refused at once
    monkeypatch.setenv("FIRST_CONTACT_BOARD_URL", f"postgresql://nobody@127.0.0.1:{port}/none")
    at = open_page(BOARD_PAGE)
    at.button(key="open_class").click()
    rerun(at)
    assert t("class_board.unavailable") in texts(at.error)
    at = open_page(BOARD_PAGE, **{"class": "ABCD-2345"})
    assert t("class_board.unavailable") in texts(at.warning)
    at = open_page(CAT_PAGE, **{"class": "ABCD-2345", "student": "someone"})  # a seat that cannot be checked
    assert not at.exception


def test_one_students_run_is_opened_from_the_table(board):
    code, _ = board.open_class()
    for nickname, rate in (("Ada", 0.01), ("<b>Bo</b>", 0.005)):
        student = board.join(code, nickname)
        board.post(code, student, dict(page="cat_classifier", settings={"lr": rate, "iters": 100}, final_cost=0.3,
                                       train_accuracy=90.0, test_accuracy=70.0, diverged=False, costs=[0.7, 0.5, 0.3],
                                       iterations=2, num_iterations=100))
    at = open_page(BOARD_PAGE, **{"class": format_code(code)})
    assert not at.get("page_link") or not [l for l in at.get("page_link") if "Run it again" in l.proto.label]
    at.session_state["board_table"] = {"selection": {"rows": [0], "columns": []}}  # the newest: Bo's
    rerun(at)
    assert t("class_board.one_run_header", nickname=r"\<b\>Bo\</b\>", chapter=t("nav.cat_classifier")) in texts(
        at.subheader)
    assert len(at.get("plotly_chart")) == 3  # the board's two charts and this run's curve
    [again] = [l for l in at.get("page_link") if l.proto.label == t("class_board.run_again", chapter=t("nav.cat_classifier"))]
    bo = board.runs(code)[-1]
    assert "cat_classifier" in again.proto.page and again.proto.query_string == f"run={bo.run_id}&class={format_code(code)}"


def test_a_students_exact_run_opens_read_only_and_runs_again_to_the_same_cost(board):
    """/cat_classifier?run=<id>&class=<code>: the run's settings on the controls, its stored numbers and curve;
    Run it again trains them here (not replayed: this process forgets its finished runs) to the same final
    cost, to 1e-9."""
    from ui import live

    code, _ = board.open_class()
    train_cat(join(code, "Mei"), lr=0.005, iterations=120)
    [stored] = board.runs(code)
    assert stored.settings["lr"] == 0.005 and stored.settings["iters"] == 120
    live._shared_runs.clear()

    teacher = open_page(CAT_PAGE, run=str(stored.run_id), **{"class": format_code(code)})
    assert t("opened_run.header", nickname="Mei", code=format_code(code)) in texts(teacher.subheader)
    assert teacher.slider(key="iters").value == 120 and teacher.select_slider(key="lr").value == 0.005
    assert f"{stored.final_cost:.6f}" in [m.value for m in teacher.metric]
    assert f"run_curve_{stored.run_id}" in [chart.key for chart in teacher.get("plotly_chart")]  # the stored curve
    assert CAT_RUN not in teacher.session_state  # read-only: nothing trained yet
    teacher.button(key="opened_run_again").click()
    rerun(teacher)
    again = teacher.session_state[CAT_RUN].snapshot
    assert again.done and abs(again.cost - stored.final_cost) <= 1e-9
    assert t("opened_run.reproduced", nickname="Mei", mine=f"{again.cost:.9f}", theirs=f"{stored.final_cost:.9f}",
             difference=f"{abs(again.cost - stored.final_cost):.1e}") in texts(teacher.success)
    assert len(board.runs(code)) == 1  # the teacher has no seat: the reproduction is not posted


@pytest.mark.parametrize("query, words", [
    ({"run": "99999"}, "opened_run.no_class"),
    ({"run": "99999", "class": "ABCD-2345"}, "class_board.error.class_not_found"),
])
def test_a_run_link_that_cannot_be_shown_says_why(board, query, words):
    at = open_page(CAT_PAGE, **query)
    assert t(words).split("{")[0][:30] in texts(at.warning)


def test_a_run_link_to_another_chapter_points_there(board):
    code, _ = board.open_class()
    student = board.join(code, "Ada")
    board.post(code, student, dict(page="deep_network", settings={"dn_lr": 0.0075, "dn_iters": 100}, final_cost=0.3,
                                   train_accuracy=90.0, test_accuracy=70.0, diverged=False, costs=[0.7, 0.3],
                                   iterations=1, num_iterations=100))
    [run] = board.runs(code)
    at = open_page(CAT_PAGE, run=str(run.run_id), **{"class": format_code(code)})
    assert t("opened_run.not_here", chapter=t("nav.deep_network")) in texts(at.warning)
    assert "opened_run_again" not in [b.key for b in at.button]
