"""A class that holds together, through Streamlit's AppTest: a student's seat on every page and its recovery,
the teacher's view after a reload, and the address the join link is built from.

AppTest has no browser: the cookies a new session would open with are handed to ui/browser_memory through
`cookies(monkeypatch, {...})`, and the cookies a page writes are read from its (hidden) script elements.
"""

from __future__ import annotations

import re

import pytest

from core.board import format_code
from core.text import EN, ZH, t
from tests.apptest import open_page, rerun, texts

BOARD_PAGE = "pages/class_board.py"
OTHER_PAGE = "pages/perceptron.py"


def cookies(monkeypatch, jar: dict[str, str]) -> None:
    """The cookies every new session opens with (what a browser sends when a tab opens or reloads)."""
    import ui.browser_memory

    monkeypatch.setattr(ui.browser_memory, "_opened_with", lambda: dict(jar))


def written_cookies(at) -> dict[str, str]:
    """name -> value of every cookie the page's scripts write ("" for one forgotten)."""
    found = {}
    for element in at.get("html"):
        for name, value, age in re.findall(r'"(fc_\w+)=([^;]*); Max-Age=(\d+)', str(element.proto.body)):
            found[name] = value if age != "0" else ""
    return found


def join(code: str, nickname: str, **query):
    at = open_page(BOARD_PAGE, **{"class": format_code(code)}, **query)
    at.text_input(key="join_nickname").input(nickname)
    [submit] = [b for b in at.button if str(b.key or "").startswith("FormSubmitter:join_class")]
    submit.click()
    return rerun(at)


def seat_line(at) -> str:
    return " ".join(str(c.value) for c in at.caption if str(c.value).startswith(("In class", "你在班级")))


def test_joining_puts_the_seat_in_the_address_and_every_page_says_so(board):
    from ui.class_link import markdown_literal

    code, _ = board.open_class()
    at = join(code, "**Zoë** <b>$x$")
    student = at.query_params["student"]
    assert at.query_params["class"] == format_code(code) and student
    line = t("seat.line", code=format_code(code), nickname=markdown_literal("**Zoë** <b>$x$"))
    assert seat_line(at) == line == rf"In class {format_code(code)} as \*\*Zoë\*\* \<b\>\$x\$"
    assert written_cookies(at) == {f"fc_seat_{code}": student}  # this browser remembers the seat
    assert student not in " ".join(str(e.value) for kind in ("markdown", "caption", "text", "success")
                                   for e in at.get(kind))  # the id is a secret: never on the page
    at.switch_page(OTHER_PAGE)  # a page switch clears the address: the seat is written back
    rerun(at)
    assert seat_line(at) == line
    assert at.query_params["student"] == student and at.query_params["class"] == format_code(code)


def test_the_seat_line_in_chinese(board):
    code, _ = board.open_class()
    at = join(code, "学生", lang="zh")
    assert seat_line(at) == ZH["seat.line"].format(code=format_code(code), nickname="学生")
    assert at.button(key="seat_leave").label == ZH["seat.leave"]


def test_a_reload_keeps_the_seat(board):
    code, _ = board.open_class()
    at = join(code, "Ada")
    again = open_page(OTHER_PAGE, **{"class": at.query_params["class"], "student": at.query_params["student"]})
    assert seat_line(again) == t("seat.line", code=format_code(code), nickname="Ada")
    assert board.info(code).students == 1


def test_a_new_tab_without_the_seat_offers_it_back_in_one_click(board, monkeypatch):
    code, _ = board.open_class()
    ada = board.join(code, "Ada")
    board.post(code, ada, dict(page="cat_classifier", settings={"lr": 0.01}, final_cost=0.3, train_accuracy=90.0,
                               test_accuracy=70.0, diverged=False, costs=[0.7, 0.3]))
    cookies(monkeypatch, {f"fc_seat_{code}": ada})
    at = open_page(OTHER_PAGE)  # a link the teacher shared: no class, no student
    assert t("seat.lost", code=format_code(code), nickname="Ada") in texts(at.warning)
    assert not seat_line(at)
    at.button(key="seat_rejoin_0").click()
    rerun(at)
    assert seat_line(at) == t("seat.line", code=format_code(code), nickname="Ada")
    assert at.query_params["student"] == ada  # the same student: runs and answers kept
    assert [run.nickname for run in board.runs(code)] == ["Ada"] and board.info(code).students == 1
    assert not [w for w in at.warning if "Ada" in str(w.value)]


def test_a_remembered_seat_that_is_gone_is_forgotten_and_offered_not(board, monkeypatch):
    code, _ = board.open_class()
    cookies(monkeypatch, {f"fc_seat_{code}": "not-a-student", "fc_seat_ABCD2345": "x"})
    at = open_page(OTHER_PAGE)
    assert not at.warning and not [b for b in at.button if str(b.key).startswith("seat_")]
    assert written_cookies(at) == {f"fc_seat_{code}": "", "fc_seat_ABCD2345": ""}


def test_not_me_forgets_the_seat_on_this_browser(board, monkeypatch):
    code, _ = board.open_class()
    ada = board.join(code, "Ada")
    cookies(monkeypatch, {f"fc_seat_{code}": ada})
    at = open_page(OTHER_PAGE)
    at.button(key="seat_forget_0").click()
    rerun(at)
    assert not at.warning and written_cookies(at) == {f"fc_seat_{code}": ""}
    assert "student" not in at.query_params


def test_a_seat_the_board_does_not_know_is_said_not_dropped(board):
    code, _ = board.open_class()
    at = open_page(OTHER_PAGE, **{"class": format_code(code), "student": "someone-else"})
    shown = texts(at.warning)
    assert t("seat.lost_link", code=format_code(code).replace("-", r"\-")) in shown
    assert EN["class_board.error.student_not_found"] in shown
    assert "student" not in at.query_params
    [link] = [link for link in at.get("page_link") if link.proto.label == t("seat.join_again")]
    assert "class_board" in link.proto.page
    rerun(at)  # the notice stays until the student joins again
    assert t("seat.lost_link", code=format_code(code).replace("-", r"\-")) in texts(at.warning)


def test_leave_forgets_the_seat_and_this_tab_may_take_it_back(board):
    code, _ = board.open_class()
    at = join(code, "Ada")
    student = at.query_params["student"]
    at.switch_page(OTHER_PAGE)
    rerun(at)
    at.button(key="seat_leave").click()
    rerun(at)
    assert not seat_line(at) and "student" not in at.query_params and "class" not in at.query_params
    assert written_cookies(at)[f"fc_seat_{code}"] == ""  # the browser forgets it
    assert t("seat.left", code=format_code(code)) in texts(at.warning)
    at.button(key="seat_rejoin_0").click()
    rerun(at)
    assert at.query_params["student"] == student and seat_line(at)


# ---- the teacher ----

def teacher_cookie(at) -> tuple[str, str]:
    [(name, key)] = [(n, v) for n, v in written_cookies(at).items() if n.startswith("fc_teacher_")]
    return name, key


def test_the_teacher_view_survives_a_reload_without_showing_the_key(board, monkeypatch):
    at = open_page(BOARD_PAGE)
    at.button(key="open_class").click()
    rerun(at)
    code = at.query_params["class"]
    name, key = teacher_cookie(at)
    assert name == f"fc_teacher_{code.replace('-', '')}" and board.is_teacher(code, key)

    for _ in range(3):  # written again for a few runs (a script a rerun cut short), then no more in the page
        rerun(at)
    assert not [n for n in written_cookies(at) if n.startswith("fc_teacher_")]
    assert key not in " ".join(str(h.proto.body) for h in at.get("html"))

    cookies(monkeypatch, {name: key})
    again = open_page(BOARD_PAGE, **{"class": code})  # a reload: a new session, the same address
    assert again.button(key="close_class") and again.button(key="clear_class")  # plain teacher buttons
    assert not again.expander  # not inside an expander
    assert key not in " ".join(str(c.value) for c in again.code) and "teacher" not in again.query_params
    assert t("class_board.watching", code=code) not in texts(again.info)
    again.button(key="close_class").click()
    rerun(again)
    assert board.info(code).closed


def test_a_remembered_key_that_does_not_fit_gives_the_watching_view(board, monkeypatch):
    code, _ = board.open_class()
    cookies(monkeypatch, {f"fc_teacher_{code}": "x" * 43})
    at = open_page(BOARD_PAGE, **{"class": format_code(code)})
    assert not [b for b in at.button if b.key in ("close_class", "clear_class")]
    assert t("class_board.watching", code=format_code(code)) in texts(at.info)
    assert written_cookies(at) == {f"fc_teacher_{code}": ""}


def test_the_teacher_link_is_never_offered_in_presenter_mode(board, monkeypatch):
    code, key = board.open_class()
    cookies(monkeypatch, {f"fc_teacher_{code}": key})
    at = open_page(BOARD_PAGE, **{"class": format_code(code), "present": "1"})
    assert at.button(key="close_class")
    assert not [b for b in at.button if b.key == "teacher_link_toggle"]
    assert t("class_board.teacher_link_presenter") in texts(at.caption)
    assert all(key not in str(c.value) for c in at.code)
    # shown on request, then presenter mode turned on: hidden at once
    at = open_page(BOARD_PAGE, **{"class": format_code(code)})
    at.button(key="teacher_link_toggle").click()
    rerun(at)
    assert any(key in str(c.value) for c in at.code)
    at.toggle(key="presenter_switch").set_value(True)
    rerun(at)
    assert all(key not in str(c.value) for c in at.code)


def test_stop_teaching_on_this_browser(board, monkeypatch):
    code, key = board.open_class()
    cookies(monkeypatch, {f"fc_teacher_{code}": key})
    at = open_page(BOARD_PAGE, **{"class": format_code(code)})
    at.button(key="forget_teacher").click()
    rerun(at)
    assert not [b for b in at.button if b.key == "close_class"]
    assert written_cookies(at)[f"fc_teacher_{code}"] == ""


# ---- the join link's address ----

def join_link(at) -> str:
    return str(at.code[0].value)


def opened_class(board, monkeypatch, headers: dict | None = None, **query):
    import ui.class_board

    if headers is not None:
        monkeypatch.setattr(ui.class_board, "_request_headers", lambda: dict(headers))
    monkeypatch.setattr(ui.class_board, "_network_address", lambda: {"address": "192.168.1.20"})
    code, key = board.open_class()
    cookies(monkeypatch, {f"fc_teacher_{code}": key})
    return code, open_page(BOARD_PAGE, **{"class": format_code(code)}, **query)


def test_the_join_link_uses_the_configured_public_address(board, monkeypatch):
    monkeypatch.setenv("FIRST_CONTACT_PUBLIC_URL", "https://school.example/first-contact/")
    code, at = opened_class(board, monkeypatch, headers={"Host": "localhost:8501"})
    assert join_link(at) == f"https://school.example/first-contact/class_board?class={format_code(code)}"
    assert t("class_board.local_address", host="localhost") not in texts(at.warning)


def test_the_join_link_uses_the_host_the_request_came_through(board, monkeypatch):
    code, at = opened_class(board, monkeypatch, headers={"Host": "127.0.0.1:8501",
                                                         "X-Forwarded-Host": "school.example",
                                                         "X-Forwarded-Proto": "https"})
    assert join_link(at) == f"https://school.example/class_board?class={format_code(code)}"
    assert not at.warning
    code, at = opened_class(board, monkeypatch, headers={"Host": "192.168.1.7:8501"})
    assert join_link(at) == f"http://192.168.1.7:8501/class_board?class={format_code(code)}"


@pytest.mark.parametrize("host", ["localhost:8501", "127.0.0.1:8501"])
def test_a_join_link_on_localhost_is_warned_about(board, monkeypatch, host):
    code, at = opened_class(board, monkeypatch, headers={"Host": host})
    shown = texts(at.warning)
    assert t("class_board.local_address", host=host.split(":")[0]) in shown
    assert t("class_board.local_address_suggestion", url="http://192.168.1.20:8501") in shown
    code, at = opened_class(board, monkeypatch, headers={"Host": host}, lang="zh")
    assert ZH["class_board.local_address"].format(host=host.split(":")[0]) in texts(at.warning)


@pytest.mark.parametrize("class_text, student", [
    ("ABCD-O000", "x"), ("<b>x</b>", "y"), ("猫" * 40, "z"), ("ABCD-2345", "'\"><script>" * 30), ("", "x"),
], ids=["bad code", "markup", "long", "unknown class", "no class"])
def test_a_hostile_seat_in_a_link_breaks_nothing(board, class_text, student):
    at = open_page(OTHER_PAGE, **{"class": class_text, "student": student})  # fails on any exception
    assert not seat_line(at)
    assert "<script>" not in " ".join(str(e.value) for kind in ("markdown", "warning", "caption")
                                      for e in at.get(kind))


def test_the_teacher_comes_back_to_the_board_from_a_chapter(board, monkeypatch):
    at = open_page(BOARD_PAGE)
    at.button(key="open_class").click()
    rerun(at)
    code = at.query_params["class"]
    at.switch_page(OTHER_PAGE)  # a chapter to show the class: the address loses the class
    rerun(at)
    assert t("seat.teaching", code=code) in texts(at.caption)
    [back] = [link for link in at.get("page_link") if link.proto.label == t("seat.back_to_board")]
    assert "class_board" in back.proto.page and f"class={code}" in back.proto.query_string
    at.switch_page(BOARD_PAGE)  # the menu's link, without the class
    rerun(at)
    assert at.query_params["class"] == code and at.button(key="close_class")
    assert not [c for c in at.caption if str(c.value) == t("seat.teaching", code=code)]  # not on the board itself

    name, key = f"fc_teacher_{code.replace('-', '')}", board_key(board, code, at)
    cookies(monkeypatch, {name: key})
    fresh = open_page(BOARD_PAGE)  # a new tab on the bare board: the class this browser teaches
    assert fresh.query_params["class"] == code and fresh.button(key="close_class")


def board_key(board, code, at) -> str:
    at.button(key="teacher_link_toggle").click()
    rerun(at)
    key = str(at.code[1].value).split("teacher=")[1]
    assert board.is_teacher(code, key)
    return key
