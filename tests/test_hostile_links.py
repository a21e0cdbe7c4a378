"""Any link a learner can type: generated query strings thrown at every page never raise, and every
widget ends inside its declared range (a refused value falls back to the default, with a notice)."""

import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.chapters import all_settings
from core.settings import CHOICE, MULTI, SLIDER, SWITCH, TEXT, TOGGLE, validate_value
from tests.apptest import open_page
from tests.test_chapters import widget_values

pytestmark = pytest.mark.cat_data

NUMBERS = st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.integers(-10**12, 10**12),
                    st.sampled_from([1e308, -1e308, 1e-320, 0, -0.0]))
TEXTS = st.one_of(st.text(max_size=30), st.sampled_from(["", " ", "nan", "inf", "-inf", "1e999", "../../etc/passwd",
                                                          "<b>x</b>", "0x1F", "1,2,3,4,5,6,7", "999, 999", "猫"]))


def raw_values(setting):
    own = list(setting.options) if setting.options else []
    values = st.one_of(NUMBERS.map(str), TEXTS, *([st.sampled_from([str(o) for o in own])] if own else []))
    return st.lists(values, min_size=1, max_size=3) if setting.kind == MULTI else values


def queries(slug):
    declared = all_settings()[slug]
    return st.fixed_dictionaries({}, optional={s.key: raw_values(s) for s in declared} | {
        "lang": st.sampled_from(["en", "zh", "fr", ""])})


@pytest.mark.parametrize("slug", sorted(all_settings()))
def test_no_link_breaks_a_page(slug):
    declared = {s.key: s for s in all_settings()[slug]}

    @settings(max_examples=3, deadline=None, suppress_health_check=list(HealthCheck), derandomize=False)
    @given(queries(slug))
    def check(query):
        at = open_page(f"pages/{slug}.py", **query)  # fails on any exception the page raised
        for key, value in widget_values(at).items():
            setting = declared.get(key)
            if setting is None or setting.kind == TEXT:  # any text is a text setting's value
                continue
            value = list(value) if setting.kind == MULTI else value
            assert validate_value(setting, value) is None, (key, value, query.get(key))
            if setting.kind == SLIDER:
                assert math.isfinite(value)

    check()
