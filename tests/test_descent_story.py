"""The gradient-descent page's sentences never contradict the path beside them (core/descent_story.py), over
many learning rates (diverging ones too), iteration counts, starts, surfaces and optimizers."""

import numpy as np
from hypothesis import given, settings, strategies as st

from core.chapters.gradient_descent import LEARNING_RATES
from core.descent_story import NO_NUMBER, message, number, row
from core.optimizers import OPTIMIZERS, descend
from core.surfaces import SURFACES, make_surface
from core.text import EN

RATES = st.one_of(st.sampled_from(LEARNING_RATES + (50.0, 100.0)), st.floats(1e-3, 60.0))


@given(st.sampled_from(SURFACES), RATES, st.integers(1, 200), st.floats(-4, 4), st.floats(-4, 4),
       st.sampled_from(OPTIMIZERS))
@settings(max_examples=300, deadline=None)
def test_the_sentence_and_the_row_agree_with_the_path(surface_key, rate, iterations, w0, b0, optimizer):
    surface = make_surface(surface_key)
    path = descend(surface, (w0, b0), rate, iterations, optimizer)
    kind, key, fields = message(surface, path, str(rate))
    EN[key].format(**fields)  # every field the sentence names is there
    (short, short_fields), steps, final = row(surface, path)
    assert steps == path.steps
    if path.diverged:
        # "Divergence detected" only for a path that left: the step it says is where it left, and no final J.
        assert kind == "error" and final == NO_NUMBER and "diverged" in EN[short]
        if path.escape:
            assert fields["step"] == short_fields["step"] == path.escape[0]
            w_out, b_out = path.escape[1:]
            view = surface.view
            assert not (view[0] <= w_out <= view[1] and view[2] <= b_out <= view[3]) or not np.isfinite(w_out + b_out)
        return
    assert kind != "error" and final == number(path.cost[-1])
    assert fields["steps"] == path.steps and fields["cost"] == number(path.cost[-1])
    best_w, best_b = surface.minima[0]
    at_best = np.hypot(path.w[-1] - best_w, path.b[-1] - best_b) < 0.05
    if key == "gradient_descent.outcome_global_minimum":
        # "Reached the minimum" only where the lowest minimum is, with a cost no higher than the start's.
        assert at_best and path.cost[-1] <= path.cost[0] + 1e-9 and short == "gradient_descent.short_global_minimum"
    if key == "gradient_descent.outcome_local_minimum":
        assert not at_best and float(fields["best"]) <= float(fields["cost"])
