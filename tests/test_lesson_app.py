"""The lesson loop through Streamlit's AppTest (ui/lesson.py): the teacher asks a check from the registry, a
joined student's page shows it, they lock in an answer, the teacher sees it tallied, reveals, and the student
reads whether they were right with the explanation; following the teacher moves the student's page."""

from __future__ import annotations

import pytest

from core.board import format_code
from core.chapters import find_check
from core.text import ZH, t
from tests.apptest import open_page, rerun, texts

BOARD_PAGE = "pages/class_board.py"
CHECK = "perceptron.xor_separates"  # a choice; core answers "no"


def as_teacher(monkeypatch, code: str, key: str, **query):
    import ui.browser_memory

    monkeypatch.setattr(ui.browser_memory, "_opened_with", lambda: {f"fc_teacher_{code}": key})
    return open_page(BOARD_PAGE, **{"class": format_code(code)}, **query)


def as_student(code: str, student: str, page: str, **query):
    return open_page(page, **{"class": format_code(code), "student": student}, **query)


def answered(at) -> str:
    return {m.label: m.value for m in at.metric}[t("lesson.answered")]


def test_ask_answer_reveal(board, monkeypatch):
    import ui.lesson

    code, key = board.open_class()
    mei = board.join(code, "Mei")
    teacher = as_teacher(monkeypatch, code, key)
    assert t("lesson.nothing_asked") in texts(teacher.caption)
    teacher.selectbox(key="lesson_chapter").set_value("perceptron")
    rerun(teacher)
    teacher.selectbox(key="lesson_check_perceptron").set_value(CHECK)
    teacher.button(key="lesson_ask").click()
    rerun(teacher)
    step = board.current_step(code)
    assert (step.chapter, step.check) == ("perceptron", CHECK)
    assert answered(teacher) == t("lesson.answered_value", answered=0, joined=1)

    check = find_check(CHECK)
    student = as_student(code, mei, "pages/perceptron.py")
    assert t("lesson.teacher_asks", question=check.question_text()) in texts(student.info)
    assert not [link for link in student.get("page_link") if link.proto.label == t("lesson.run_it")]  # predict first
    assert student.button(key=f"lesson_lock_{CHECK}").disabled  # nothing chosen yet
    student.radio(key=f"lesson_answer_{CHECK}").set_value("yes")
    rerun(student)
    student.button(key=f"lesson_lock_{CHECK}").click()
    rerun(student)
    assert board.answers(code, CHECK).counts == {"yes": 1, "no": 0}
    assert t("lesson.locked", answer=t(check.label("yes"))) in texts(student.success)
    [run_it] = [link for link in student.get("page_link") if link.proto.label == t("lesson.run_it")]
    assert "perceptron" in run_it.proto.page and "pc_data=xor" in run_it.proto.query_string \
        and "pc_epochs=100" in run_it.proto.query_string
    student.radio(key=f"lesson_answer_{CHECK}").set_value("no")  # a second lock-in replaces the first
    rerun(student)
    student.button(key=f"lesson_lock_{CHECK}").click()
    rerun(student)
    assert board.answers(code, CHECK).counts == {"yes": 0, "no": 1}

    rerun(teacher)
    assert answered(teacher) == t("lesson.answered_value", answered=1, joined=1)
    bars = [p.proto.text for p in teacher.get("progress")]
    assert t("lesson.option_count", option=t(check.label("no")), count=1) in bars
    teacher.button(key="lesson_reveal").click()
    rerun(teacher)
    assert board.current_step(code).revealed == (CHECK,)
    assert t("lesson.revealed", answer=t(check.label("no"))) in texts(teacher.success)
    assert check.explain() in texts(teacher.markdown)

    ui.lesson.lesson_step.clear()
    rerun(student)
    assert t("lesson.right", answer=t(check.label("no"))) in texts(student.success)
    assert check.explain() in texts(student.markdown)
    # a reload: the student's answer is read back from the board
    again = as_student(code, mei, "pages/perceptron.py")
    assert t("lesson.right", answer=t(check.label("no"))) in texts(again.success)


def test_the_answers_stay_off_the_projector_until_the_reveal(board, monkeypatch):
    code, key = board.open_class()
    mei = board.join(code, "Mei")
    board.ask(code, key, "perceptron", CHECK)
    board.answer(code, mei, CHECK, "yes")
    teacher = as_teacher(monkeypatch, code, key, present="1")
    assert answered(teacher) == t("lesson.answered_value", answered=1, joined=1)
    assert not teacher.get("progress") and t("lesson.hidden_on_projector") in texts(teacher.caption)
    teacher.button(key="lesson_reveal").click()
    rerun(teacher)
    assert len(teacher.get("progress")) == 2


def test_a_following_student_is_brought_to_the_teachers_chapter(board):
    code, key = board.open_class()
    mei = board.join(code, "Mei")
    board.ask(code, key, "perceptron", CHECK)
    student = as_student(code, mei, "pages/home.py")
    # the question first, by the banner's fragment; the page moves on the next poll
    assert t("lesson.teacher_asks", question=find_check(CHECK).question_text()) in texts(student.info)
    assert t("lesson.moving", chapter=t("nav.perceptron")) in texts(student.caption)
    assert student.get("title")[0].value != t("perceptron.title")
    rerun(student)
    assert student.get("title")[0].value == t("perceptron.title")  # moved from home to the perceptron
    assert t("lesson.teacher_asks", question=find_check(CHECK).question_text()) in texts(student.info)
    assert (student.query_params["pc_data"], student.query_params["pc_epochs"]) == ("xor", "100")  # the check's
    assert student.query_params["student"] == mei  # still in the class
    rerun(student)  # followed once: the student may go elsewhere again
    student.switch_page("pages/home.py")
    rerun(student)
    assert student.get("title")[0].value != t("perceptron.title")


def test_not_following_stays_and_offers_a_link(board):
    import ui.lesson

    code, key = board.open_class()
    mei = board.join(code, "Mei")
    board.ask(code, key, "perceptron")
    student = as_student(code, mei, "pages/perceptron.py")
    assert t("lesson.teacher_brings", chapter=t("nav.perceptron")) in texts(student.info)
    student.toggle(key="lesson_follow_toggle").set_value(False)
    rerun(student)
    board.ask(code, key, "activations")
    ui.lesson.lesson_step.clear()
    rerun(student)
    assert t("lesson.teacher_brings", chapter=t("nav.activations")) in texts(student.info)
    assert [link for link in student.get("page_link") if "activations" in link.proto.page]
    assert "activations" not in student.get("title")[0].value.lower()


def test_the_banner_in_chinese(board):
    code, key = board.open_class()
    mei = board.join(code, "Mei")
    board.ask(code, key, "perceptron", CHECK)
    student = as_student(code, mei, "pages/perceptron.py", lang="zh")
    question = find_check(CHECK).question_text("zh")
    assert ZH["lesson.teacher_asks"].format(question=question) in texts(student.info)
    assert student.button(key=f"lesson_lock_{CHECK}").label == ZH["lesson.lock"]
    from tests.test_language import english_words, shown_texts

    banner = [text.replace(format_code(code), "").replace("Mei", "") for text in shown_texts(student)
              if "老师" in text or "班级" in text or "锁定" in text]  # the class code and nickname are data
    assert banner and english_words(banner) == [], english_words(banner)


def test_a_number_question_and_a_refused_answer(board, monkeypatch):
    import ui.lesson

    key_ = "perceptron.and_epochs"
    check = find_check(key_)
    right = check.correct_answer()
    code, key = board.open_class()
    mei = board.join(code, "Mei")
    board.ask(code, key, "perceptron", key_)
    student = as_student(code, mei, "pages/perceptron.py")
    student.number_input(key=f"lesson_answer_{key_}").set_value(right + 1)
    rerun(student)
    student.button(key=f"lesson_lock_{key_}").click()
    rerun(student)
    assert board.answers(code, key_).numbers == (right + 1,)
    teacher = as_teacher(monkeypatch, code, key)
    assert t("lesson.numbers", numbers=f"{right + 1:g}") in texts(teacher.markdown)

    board.close(code, key)  # a closed class takes no answer: said, and nothing changes
    student.number_input(key=f"lesson_answer_{key_}").set_value(right)
    rerun(student)
    student.button(key=f"lesson_lock_{key_}").click()
    rerun(student)
    assert t("class_board.error.class_closed") in texts(student.warning)
    assert board.answers(code, key_).numbers == (right + 1,)
    board.reveal(code, key, key_)
    ui.lesson.lesson_step.clear()
    rerun(student)
    assert t("lesson.wrong", mine=f"{right + 1:g}", answer=f"{right:g}") in texts(student.error)


@pytest.mark.parametrize("key_", [check.key for check in __import__("core.chapters", fromlist=["all_checks"]).all_checks()])
def test_every_check_can_be_asked_answered_and_revealed_on_a_students_page(board, key_):
    """Every check of the registry, asked: the banner (its question, its options or a number box) on a student's
    page; revealed (those computed without the cat data): right or wrong and the explanation."""
    import ui.lesson

    check = find_check(key_)
    code, key = board.open_class()
    mei = board.join(code, "Mei")
    board.ask(code, key, check.chapter, key_)
    student = as_student(code, mei, "pages/home.py")  # the first poll shows it; the page moves on the next
    assert t("lesson.teacher_asks", question=check.question_text()) in texts(student.info)
    if check.kind == "choice":
        assert student.radio(key=f"lesson_answer_{key_}").options == [t(label) for label in check.option_labels]
    else:
        assert student.number_input(key=f"lesson_answer_{key_}")
    if check.needs_cat_data:
        return
    board.answer(code, mei, key_, check.options[0] if check.kind == "choice" else check.min_value)
    board.reveal(code, key, key_)
    ui.lesson.lesson_step.clear()
    again = as_student(code, mei, "pages/home.py")
    assert check.explain() in texts(again.markdown)
    assert texts(again.success) or texts(again.error)


def test_a_class_that_expires_under_a_student_is_said(board, monkeypatch):
    """The class ends while the student reads a page: the next poll says so instead of "In class …"."""
    import ui.lesson

    code, key = board.open_class()
    mei = board.join(code, "Mei")
    student = as_student(code, mei, "pages/home.py")
    assert [c for c in student.caption if str(c.value).startswith("In class")]
    board.expire(now=board.info(code).expires_at + 1)
    ui.lesson.lesson_step.clear()
    rerun(student)
    assert not [c for c in student.caption if str(c.value).startswith("In class")]
    assert t("class_board.error.class_not_found") in texts(student.warning)
    assert "student" not in student.query_params


def test_withdrawing_forgets_the_locked_answers(board):
    code, key = board.open_class()
    mei = board.join(code, "Mei")
    board.ask(code, key, "perceptron", CHECK)
    student = as_student(code, mei, "pages/perceptron.py")
    student.radio(key=f"lesson_answer_{CHECK}").set_value("no")
    rerun(student)
    student.button(key=f"lesson_lock_{CHECK}").click()
    rerun(student)
    student.switch_page(BOARD_PAGE)
    rerun(student)
    student.button(key="board_withdraw").click()
    rerun(student)
    assert board.answers(code, CHECK).answered == 0
    assert not [s for s in student.success if str(s.value).startswith("Locked in")]


@pytest.mark.cat_data
def test_everyone_run_it_trains_on_every_following_page_and_the_board_gathers_the_runs(board, monkeypatch):
    """After the reveal, the teacher's **Everyone run it** asks the check again; a following student's page (on
    the chapter already, its controls moved elsewhere) takes the check's settings and trains at once, and the
    teacher's panel lists the class's runs of exactly those settings."""
    import ui.lesson

    check = find_check("cat_classifier.overfitting")  # lr 0.005, 2000 iterations
    code, key = board.open_class()
    mei = board.join(code, "Mei")
    board.ask(code, key, "cat_classifier", check.key)
    board.answer(code, mei, check.key, check.correct_answer())
    student = as_student(code, mei, "pages/cat_classifier.py", pace="instant", lr="0.01", iters="300")
    assert student.slider(key="iters").value == 300
    rerun(student)  # the step seen: nothing moves (already there, the check not revealed)
    assert student.slider(key="iters").value == 300 and "cat_classifier_run" not in student.session_state

    board.reveal(code, key, check.key)
    teacher = as_teacher(monkeypatch, code, key)
    assert t("lesson.no_runs_yet") in texts(teacher.caption)
    teacher.button(key="lesson_everyone_run").click()
    rerun(teacher)
    assert board.current_step(code).step == 2

    ui.lesson.lesson_step.clear()
    rerun(student)  # the banner sees the new step
    rerun(student)  # and the page runs it: the check's settings, trained at once
    assert (student.slider(key="iters").value, student.select_slider(key="lr").value) == (2000, 0.005)
    assert student.session_state["cat_classifier_run"].snapshot.done
    [run] = board.runs(code)
    assert (run.settings["lr"], run.settings["iters"]) == (0.005, 2000)

    from ui.class_link import class_snapshot

    class_snapshot.clear()
    rerun(teacher)
    assert t("lesson.runs_of_check", count=1, students=1) in texts(teacher.markdown)


def test_a_students_page_under_apptest_never_starts_the_lesson_bell(board):
    """AppTest's runtime is a stand-in (a MagicMock with Runtime's spec): a bell thread started under it rang
    into the mock every second and logged tracebacks, and Python 3.11 formats those with ast.parse, which
    broke other tests' page compilation at random ("AST constructor recursion depth mismatch")."""
    from ui.lesson_bell import BELL

    code, key = board.open_class()
    mei = board.join(code, "Mei")
    board.ask(code, key, "perceptron", CHECK)
    student = as_student(code, mei, "pages/perceptron.py")
    assert t("lesson.teacher_asks", question=find_check(CHECK).question_text()) in texts(student.info)
    assert not BELL.can_ring() and BELL._thread is None and not BELL._pages  # the banner polls at its old beat
