"""Settings declared once: URL values are parsed, refused values fall back to the default with a reason."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.chapters.cat_classifier import COMPARE_RATES as MANY
from core.chapters.cat_classifier import ITERATIONS as ITERS
from core.chapters.cat_classifier import LEARNING_RATE as LR
from core.chapters.cat_classifier import LEARNING_RATES as RATES
from core.chapters.cat_classifier import PACE
from core.chapters.deep_network import LAYERS
from core.settings import SLIDER, TOGGLE, Setting, parse_url_value, url_text

FLAG = Setting("flag", "cat_classifier.lr", TOGGLE, False)  # no chapter has a toggle yet


def test_log_grid_is_1_2_5_and_exact():
    assert RATES[:4] == (1e-05, 2e-05, 5e-05, 0.0001)
    assert RATES[-3:] == (0.2, 0.5, 1.0)
    assert 0.005 in RATES and 0.001 in RATES and 0.01 in RATES  # exactly the literals the text uses
    assert len(RATES) == 16


@pytest.mark.parametrize("setting, raw, expected", [
    (LR, "0.01", 0.01), (LR, "0.00001", 1e-05), (LR, "0.0050", 0.005), (LR, "1", 1.0),
    (ITERS, "300", 300), (ITERS, "5000", 5000), (PACE, "slow", "slow"),
    (MANY, ["0.01", "0.0001"], [0.01, 0.0001]), (FLAG, "true", True), (FLAG, "0", False),
])
def test_good_values_are_taken(setting, raw, expected):
    assert parse_url_value(setting, raw) == (expected, None)


@pytest.mark.parametrize("setting, raw, problem", [
    (LR, "abc", "malformed"), (LR, "nan", "malformed"), (LR, "inf", "malformed"),
    (LR, "0.003", "not_an_option"), (LR, "1000", "not_an_option"),
    (ITERS, "99999", "out_of_range"), (ITERS, "-5", "out_of_range"), (ITERS, "1e400", "malformed"),
    (ITERS, "150.5", "malformed"), (ITERS, "1e-320", "malformed"),
    (PACE, "warp", "not_an_option"), (MANY, ["0.01", "7"], "not_an_option"), (FLAG, "maybe", "malformed"),
])
def test_bad_values_fall_back_to_the_default_with_a_reason(setting, raw, problem):
    assert parse_url_value(setting, raw) == (setting.default, problem)


def test_absent_value_is_the_default_silently():
    assert parse_url_value(ITERS, None) == (2000, None)
    assert parse_url_value(ITERS, "") == (2000, None)


@given(st.text())
def test_any_text_from_the_url_never_raises(raw):
    for setting in (LR, ITERS, PACE, MANY, FLAG):
        value, problem = parse_url_value(setting, raw)
        assert problem is None or value == setting.default


def test_a_bad_default_is_caught_at_declaration():
    with pytest.raises(ValueError):
        Setting("x", "cat_classifier.lr", SLIDER, 0, min_value=1, max_value=2)


def test_url_values_are_language_neutral():
    assert url_text(PACE, "watch") == "watch" and url_text(LR, 0.0001) == "0.0001"
    assert url_text(MANY, [0.01, 0.001]) == ["0.01", "0.001"] and url_text(FLAG, True) == "1"
    for value in (*PACE.options, *RATES):
        assert parse_url_value(PACE if isinstance(value, str) else LR, url_text(PACE, value)) == (value, None)


@pytest.mark.parametrize("raw, expected", [("7", ("7", None)), (" 20,7 ", ("20,7", None)),
                                           ("20, 7, x", ("20, 7, 5", "malformed")),
                                           ("1,2,3,4,5,6,7", ("20, 7, 5", "malformed"))])
def test_text_settings_match_their_pattern(raw, expected):
    assert parse_url_value(LAYERS, raw) == expected


def test_numbers_are_written_plainly():
    from core.settings import format_number

    assert [format_number(v) for v in (1e-05, 0.005, 1.2, 1.0, 10_000_000, 2000, 0.0075)] == [
        "0.00001", "0.005", "1.2", "1", "10000000", "2000", "0.0075"]
