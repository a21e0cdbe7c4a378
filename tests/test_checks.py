"""The checks for understanding: every answer computed by core and pinned, every check's settings a real run of
its chapter, its words in both languages, its explanation agreeing with its answer, and answers validated."""

import dataclasses
import math
import string

import pytest
from hypothesis import given, settings as hypothesis_settings, strategies as st

from core.chapters import CHAPTERS, all_checks, chapter, find_check
from core.checks import ANSWER_ERRORS, CHOICE, NUMBER, AnswerError, Check, placeholders, settings_words
from core.settings import CHOICE as CHOICE_SETTING, MULTI, SLIDER, SWITCH, TEXT, TOGGLE, validate_value
from core.text import EN, LANGUAGES, ZH, t

# The chapters that compute: those with settings (every one but the home page and the class board).
COMPUTING = tuple(entry.slug for entry in CHAPTERS if entry.settings)

# What core answers today. A change in core that changes an answer fails here: then the check's words (its
# question, options and explanation) must be read again before the new answer is written in.
EXPECTED = {
    "perceptron.and_epochs": 5,
    "perceptron.xor_separates": "no",
    "perceptron.xor_hidden_seed": "stuck",
    "logistic_model.probability": 0.6899744811276125,  # σ(2 · 0.9 − 1) = σ(0.8)
    "logistic_model.right_count": 9,
    "logistic_model.all_right": "no",
    "activations.sigmoid_slope": 0.25,
    "activations.saturated": "saturated",
    "activations.steepest": "tanh",
    "activations.no_activation": "one_layer",
    "loss_and_cost.confident_wrong": 4.605170185988091,  # -log 0.01
    "loss_and_cost.coin_toss": 0.6931471805599453,  # log 2
    "loss_and_cost.squared_error": "not_convex",
    "computation_graph.warmup_value": -6,  # 3(2 + (-1)(4))
    "computation_graph.warmup_derivative": 12,  # 3c
    "computation_graph.big_step": "up",
    "gradient_descent.alpha_one": "blow_up",
    "gradient_descent.saddle": "saddle",
    "gradient_descent.which_well": "shallower",
    "vectorization.same_cost": "same",
    "vectorization.shape_of_z": "row",
    "vectorization.gram_saving": 12288 / 209,
    "cat_classifier.best_rate": "0.01",
    "cat_classifier.overfitting": "well_below",
    "shallow_network.parameters": 21,  # 5·2 + 5 + 5 + 1
    "shallow_network.logistic_flower": "chance",
    "shallow_network.four_units": "near_90",
    "deep_network.parameters": 245_973,  # 20·12289 + 7·21 + 5·8 + 1·6
    "deep_network.small_start": "stuck",
}

CHECKS = all_checks()


def each_check(checks=CHECKS):
    """The checks as test parameters, those computed on the cat images marked `cat_data`."""
    return [pytest.param(check, id=check.key, marks=[pytest.mark.cat_data] if check.needs_cat_data else [])
            for check in checks]


# ---- the checks exist, and every chapter that computes asks some ----

def test_every_computing_chapter_asks_at_least_two_and_the_app_at_least_18():
    assert len(COMPUTING) == 10 and "class_board" not in COMPUTING and "home" not in COMPUTING
    per_chapter = {slug: len(chapter(slug).checks) for slug in COMPUTING}
    assert min(per_chapter.values()) >= 2, per_chapter
    assert len(CHECKS) >= 18
    assert {check.chapter for check in CHECKS} == set(COMPUTING)


def test_keys_are_unique_in_the_app_and_found_by_key():
    keys = [check.key for check in CHECKS]
    assert len(keys) == len(set(keys))
    for check in CHECKS:
        assert find_check(check.key) is check
    with pytest.raises(KeyError):
        find_check("gradient_descent.no_such_check")


def test_every_check_has_a_pinned_answer():
    assert sorted(EXPECTED) == sorted(check.key for check in CHECKS)


def test_the_chapters_checks_come_from_their_declaration_modules():
    for entry in CHAPTERS:
        assert all(check.chapter == entry.slug for check in entry.checks)


# ---- every answer computed by core, and pinned ----

def matches(check: Check, expected) -> bool:
    answer = check.correct_answer()
    if check.kind == CHOICE:
        return answer == expected
    return math.isclose(answer, expected, rel_tol=1e-9, abs_tol=1e-12)


@pytest.mark.parametrize("check", each_check())
def test_the_answer_computed_by_core_is_the_pinned_one(check):
    answer = check.correct_answer()
    if check.kind == CHOICE:
        assert answer in check.options
    else:
        assert isinstance(answer, float) and math.isfinite(answer)
        assert check.min_value <= answer <= check.max_value
    assert matches(check, EXPECTED[check.key]), (check.key, answer)
    assert check.is_correct(check.parse(answer))


def test_a_changed_answer_fails_the_pinned_table():
    alpha_one = find_check("gradient_descent.alpha_one")
    assert not matches(dataclasses.replace(alpha_one, solve=lambda: "settle"), EXPECTED[alpha_one.key])
    parameters = find_check("deep_network.parameters")
    assert not matches(dataclasses.replace(parameters, solve=lambda: 245_974), EXPECTED[parameters.key])


# ---- the settings are a real run of the chapter, and they decide the answer ----

@pytest.mark.parametrize("check", CHECKS, ids=lambda check: check.key)
def test_settings_are_settings_of_the_chapter_with_allowed_values(check):
    by_key = {setting.key: setting for setting in chapter(check.chapter).settings}
    for key, value in check.settings.items():
        assert key in by_key, (check.key, key)
        assert validate_value(by_key[key], value) is None, (check.key, key, value)


def moved(setting):
    """Another value the setting allows than its default (None if there is none)."""
    default = setting.default
    if setting.kind == SLIDER:
        value = setting.max_value if default != setting.max_value else setting.min_value
        value = int(value) if isinstance(default, int) else float(value)
    elif setting.kind in (CHOICE_SETTING, SWITCH):
        value = next(option for option in setting.options if option != default)
    elif setting.kind == MULTI:
        value = (setting.options[0],) if tuple(default) != (setting.options[0],) else (setting.options[1],)
    elif setting.kind == TOGGLE:
        value = not default
    elif setting.kind == TEXT:
        value = "3"
    else:
        return None
    return value if validate_value(setting, value) is None else None


def answer_with_the_rest_moved(check: Check, settings) -> object:
    """The answer when every setting of the chapter that `settings` leave alone holds another value than its
    default: a learner's own settings, which "Run it" keeps."""
    values = {}
    for setting in chapter(check.chapter).settings:
        other = moved(setting)
        values[setting.key] = other if other is not None else setting.default
    return check.observe(values | dict(settings))["answer"]


@pytest.mark.parametrize("check", each_check())
def test_the_settings_decide_the_answer_whatever_else_the_learner_set(check):
    answer = answer_with_the_rest_moved(check, check.settings)
    if check.kind == CHOICE:
        assert answer == check.correct_answer()
    else:
        assert math.isclose(answer, check.correct_answer(), rel_tol=1e-12)


def test_a_setting_left_out_of_a_check_is_caught():
    alpha_one = find_check("gradient_descent.alpha_one")
    without_rate = {key: value for key, value in alpha_one.settings.items() if key != "gd_lr"}
    assert answer_with_the_rest_moved(alpha_one, without_rate) != alpha_one.correct_answer()


def test_moved_values_are_allowed_and_differ():
    for entry in CHAPTERS:
        for setting in entry.settings:
            other = moved(setting)
            assert other is not None and other != setting.default, setting.key


# ---- the words, in both languages ----

def word_keys(check: Check) -> tuple[str, ...]:
    return (check.question, check.explanation, *check.option_labels)


def fields(text: str) -> list[tuple[str, str]]:
    """(name, format spec) of every {placeholder}."""
    return sorted((name, spec) for _, name, spec, _ in string.Formatter().parse(text) if name)


@pytest.mark.parametrize("check", CHECKS, ids=lambda check: check.key)
def test_words_exist_in_both_languages_with_the_same_placeholders(check):
    slug, name = check.key.split(".", 1)
    for key in word_keys(check):
        assert key.startswith(f"{slug}.check.{name}."), key
        assert key in EN and key in ZH, key
        assert fields(EN[key]) == fields(ZH[key]), key
    for language in LANGUAGES:
        labels = [t(label, language) for label in check.option_labels]
        assert len(set(labels)) == len(labels), (check.key, language, labels)


@pytest.mark.parametrize("check", CHECKS, ids=lambda check: check.key)
def test_the_question_quotes_only_its_own_settings(check):
    assert placeholders(EN[check.question]) <= set(check.settings), check.key
    for language in LANGUAGES:
        text = check.question_text(language)
        assert "{" not in text and text.strip()
        for key in placeholders(EN[check.question]):
            assert settings_words(check.settings)[key] in text


def test_the_question_says_the_settings_run_it_applies():
    assert "α = 1," in find_check("gradient_descent.alpha_one").question_text("en")
    assert "α = 1，" in find_check("gradient_descent.alpha_one").question_text("zh")
    assert "a = 2, b = -1 and c = 4" in find_check("computation_graph.warmup_value").question_text("en")
    assert "α = 0.01, 0.001, 0.0001" in find_check("cat_classifier.best_rate").question_text("en")


@pytest.mark.parametrize("check", CHECKS, ids=lambda check: check.key)
def test_every_explanation_names_the_answer_and_no_question_gives_it_away(check):
    for language in ("en", "zh"):
        catalogue = EN if language == "en" else ZH
        assert "answer" in placeholders(catalogue[check.explanation]), (check.key, language)
        assert "answer" not in placeholders(catalogue[check.question]), (check.key, language)


def test_an_error_word_for_every_way_an_answer_is_refused():
    for code in ANSWER_ERRORS:
        for language in LANGUAGES:
            assert t(f"checks.error.{code}", language, low="0", high="1").strip()
    check = find_check("deep_network.parameters")
    assert check.error_text(AnswerError("out_of_range"), "en") == "Give a number between 0 and 1000000000000."
    assert "0" in check.error_text(AnswerError("out_of_range"), "zh")


# ---- the explanation, read off the run, agrees with the answer ----

def explanation_names_the_answer(check: Check, language: str) -> bool:
    """Whether the filled explanation states core's answer: the right option's label, or the right number as
    the explanation's own {answer:spec} writes it."""
    text = check.explain(language)
    answer = check.correct_answer()
    if check.kind == CHOICE:
        return t(check.label(answer), language) in text
    catalogue = EN if language == "en" else ZH
    spec = dict(fields(catalogue[check.explanation]))["answer"]
    return format(answer, spec) in text


@pytest.mark.parametrize("check", each_check())
def test_the_explanation_agrees_with_the_answer(check):
    values = check.explain_values()
    expected_names = placeholders(EN[check.explanation]) - set(check.settings)
    assert expected_names <= set(values), (check.key, expected_names - set(values))
    for name in expected_names:
        value = values[name]
        if isinstance(value, float):
            assert math.isfinite(value), (check.key, name)
    for language in LANGUAGES:
        text = check.explain(language)
        assert "{" not in text
        assert explanation_names_the_answer(check, language), (check.key, language, text)


def test_a_wrong_answer_is_caught_by_the_explanation():
    # The explanation says what the run showed; an answer typed in (or computed from another run) contradicts it.
    alpha_one = find_check("gradient_descent.alpha_one")
    for wrong in ("settle", "crawl", "oscillate"):
        lying = dataclasses.replace(alpha_one, solve=lambda wrong=wrong: wrong)
        for language in LANGUAGES:
            assert not explanation_names_the_answer(lying, language)
    value = find_check("computation_graph.warmup_value")
    for language in LANGUAGES:
        assert not explanation_names_the_answer(dataclasses.replace(value, solve=lambda: -5.0), language)


def test_an_explanation_quotes_the_run():
    text = find_check("gradient_descent.alpha_one").explain("en")
    assert text.startswith("Blow up: leave the map.") and "2/L = 0.569" in text and "1.76 times" in text
    assert find_check("computation_graph.warmup_value").explain("en") == (
        "Forward, one node at a time: u = bc = -4, v = a + u = -2, J = 3v = -6.")
    assert find_check("deep_network.parameters").explain("zh").startswith("245,973 个。")


# ---- answers: parsed, refused, judged ----

CHOICE_CHECK = find_check("gradient_descent.alpha_one")
NUMBER_CHECK = find_check("loss_and_cost.confident_wrong")  # right within 0.05, allowed from 0 to 1000


def refused(check: Check, value) -> str | None:
    try:
        check.parse(value)
    except AnswerError as error:
        assert error.code in ANSWER_ERRORS
        return error.code
    return None


@given(st.one_of(st.text(), st.integers(), st.floats(allow_nan=True), st.none(), st.booleans(),
                 st.lists(st.text(), max_size=2)))
def test_a_choice_takes_only_its_options(value):
    if isinstance(value, str) and value in CHOICE_CHECK.options:
        assert CHOICE_CHECK.parse(value) == value
    else:
        assert refused(CHOICE_CHECK, value) == "not_an_option"


def test_each_option_parses_to_itself():
    for check in CHECKS:
        for option in check.options:
            assert check.parse(option) == option


@given(st.floats(min_value=0, max_value=1000))
def test_a_number_in_range_is_taken_as_itself(number):
    assert NUMBER_CHECK.parse(number) == number
    assert NUMBER_CHECK.parse(repr(number)) == number


@given(st.one_of(st.floats(max_value=-1e-9), st.floats(min_value=1000.000001)).filter(math.isfinite))
def test_a_number_out_of_range_is_refused(number):
    assert refused(NUMBER_CHECK, number) == "out_of_range"
    assert refused(NUMBER_CHECK, repr(number)) == "out_of_range"


@given(st.one_of(st.sampled_from([math.nan, math.inf, -math.inf, "nan", "inf", "-Infinity", True, False, None, "",
                                  "4,6", "1,00", "12 13", "0x10", [1.0], {"a": 1}]),
                 st.text(alphabet="abcdefghjklmopqrstuvwxyz ,;%/", min_size=1)))
def test_anything_else_is_not_a_number(value):
    assert refused(NUMBER_CHECK, value) == "not_a_number"


@pytest.mark.parametrize("text, number", [(" 4.6 ", 4.6), ("245,973", 245973.0), ("245，973", 245973.0),
                                          ("1,000.5", 1000.5), ("4.", 4.0), ("４．６", 4.6)])
def test_numbers_as_people_type_them(text, number):
    assert find_check("deep_network.parameters").parse(text) == number


@given(st.floats(min_value=0, max_value=1000))
def test_right_within_the_tolerance(number):
    right = NUMBER_CHECK.correct_answer()
    assert NUMBER_CHECK.is_correct(NUMBER_CHECK.parse(number)) == (abs(number - right) <= NUMBER_CHECK.tolerance)


def test_a_choice_is_right_only_for_its_answer():
    assert [option for option in CHOICE_CHECK.options if CHOICE_CHECK.is_correct(option)] == ["blow_up"]


# ---- a check that cannot be made ----

def test_a_check_with_a_setting_its_chapter_does_not_have_fails_at_import():
    from core.chapters.gradient_descent import SETTINGS
    from core.checks import run_check

    observe = lambda values: {"answer": "a"}  # noqa: E731
    with pytest.raises(ValueError, match="not a setting"):
        run_check("gradient_descent.x", CHOICE, observe, chapter_settings=SETTINGS, settings={"lr": 1.0},
                  options=("a", "b"))
    with pytest.raises(ValueError, match="not_an_option"):
        run_check("gradient_descent.x", CHOICE, observe, chapter_settings=SETTINGS, settings={"gd_lr": 0.3},
                  options=("a", "b"))
    with pytest.raises(ValueError):
        run_check("gradient_descent.x", NUMBER, observe, chapter_settings=SETTINGS, tolerance=-1)


def test_an_answer_core_gives_that_is_not_an_option_fails_loudly():
    broken = dataclasses.replace(CHOICE_CHECK, solve=lambda: "moving")
    with pytest.raises(ValueError, match="not one of its options"):
        broken.correct_answer()
