"""Predict, then run, on a chapter page (ui/predict.py), for a learner on their own, in both languages."""

import pytest

from core.chapters import chapter
from core.text import EN, ZH
from tests.apptest import open_page as open_app_page, rerun, texts
from ui.predict import LOCKED_KEY, PANEL_KEY


def open_page(page, **query):
    """The page with its "Predict, then run" panel opened (its questions are drawn only then)."""
    at = open_app_page(page, **query)
    at.session_state[PANEL_KEY] = True
    return rerun(at)


def answer_and_run(at, check, value):
    at.radio(key=f"predict_answer_{check.key}").set_value(value)
    rerun(at)
    at.button(key=f"predict_lock_{check.key}").click()
    rerun(at)
    at.button(key=f"predict_run_{check.key}").click()
    rerun(at)


def test_a_right_prediction_runs_the_checks_settings_and_holds():
    check = chapter("gradient_descent").checks[0]
    at = open_page("pages/gradient_descent.py")
    assert not at.toggle(key="gd_more").value
    answer_and_run(at, check, check.correct_answer())
    # The page now shows exactly the run the question is about.
    for key, value in check.settings.items():
        assert at.session_state[key] == value, key
    assert at.toggle(key="gd_more").value and at.select_slider(key="gd_surface").value == check.settings["gd_surface"]
    assert "Your prediction held" in texts(at.success)
    assert check.explain("en") in [element.value for element in at.markdown]


def test_a_wrong_prediction_is_said_in_chinese():
    check = chapter("gradient_descent").checks[0]
    wrong = next(option for option in check.options if option != check.correct_answer())
    at = open_page("pages/gradient_descent.py", lang="zh")
    # AppTest formats a radio's options in English outside the script run, so a Chinese radio cannot be set
    # through it: the locked answer is put where the Lock button puts it.
    at.session_state[LOCKED_KEY] = {check.key: wrong}
    rerun(at)
    at.button(key=f"predict_run_{check.key}").click()
    rerun(at)
    shown = texts(at.error)
    assert "你的预测不成立" in shown and ZH[check.label(wrong)] in shown, shown
    assert check.explain("zh") in [element.value for element in at.markdown]


def test_run_it_comes_only_after_locking_in():
    check = chapter("perceptron").checks[0]
    at = open_page("pages/perceptron.py")
    assert not [b for b in at.button if b.key == f"predict_run_{check.key}"]
    assert EN["predict.header"].format(count=len(chapter("perceptron").checks)) in [e.label for e in at.expander]


@pytest.mark.cat_data
def test_the_cat_page_asks_too():
    check = chapter("cat_classifier").checks[0]
    at = open_page("pages/cat_classifier.py")
    assert at.radio(key=f"predict_answer_{check.key}") if check.kind == "choice" else at.number_input(
        key=f"predict_answer_{check.key}")


@pytest.mark.cat_data
def test_run_it_on_a_training_chapter_trains_the_checks_settings():
    check = chapter("cat_classifier").checks[1]  # overfitting: lr 0.005, 2000 iterations
    at = open_page("pages/cat_classifier.py", pace="instant")
    assert "cat_classifier_run" not in at.session_state
    answer_and_run(at, check, check.correct_answer())
    record = at.session_state["cat_classifier_run"]
    assert record.snapshot.done and (record.settings["lr"], record.settings["iters"]) == (0.005, 2000)
    assert "Your prediction held" in texts(at.success)


@pytest.mark.cat_data
def test_a_run_it_link_puts_its_settings_on_moved_controls_and_trains():
    at = open_page("pages/cat_classifier.py", pace="instant")
    at.slider(key="iters").set_value(300)
    rerun(at)
    at.query_params.update(go="1", iters="200", lr="0.005")
    rerun(at)
    assert at.slider(key="iters").value == 200 and "go" not in at.query_params
    assert at.session_state["cat_classifier_run"].settings["iters"] == 200


@pytest.mark.cat_data
def test_the_cat_page_predicts_then_trains_in_chinese():
    check = chapter("cat_classifier").checks[1]
    at = open_page("pages/cat_classifier.py", lang="zh", pace="instant")
    at.session_state[LOCKED_KEY] = {check.key: check.correct_answer()}  # a Chinese radio: see above
    rerun(at)
    at.button(key=f"predict_run_{check.key}").click()
    rerun(at)
    assert at.session_state["cat_classifier_run"].snapshot.done
    held = ZH["predict.held"].split("{")[0]
    assert held in texts(at.success) and check.explain("zh") in [element.value for element in at.markdown]


def test_the_panel_draws_its_questions_only_once_opened():
    check = chapter("perceptron").checks[0]
    at = open_app_page("pages/perceptron.py")
    answer = f"predict_answer_{check.key}"
    assert answer not in [w.key for w in [*at.radio, *at.number_input]]
    at.session_state[PANEL_KEY] = True
    rerun(at)
    assert answer in [w.key for w in [*at.radio, *at.number_input]]
