"""Chapter: vectorization, timed live: loop against numpy for a dot product, a gradient, the cat training."""

import time

import numpy as np
import streamlit as st

from core.figures.vectorization import timing_bars_figure
from core.chapters.vectorization import CAT_LEARNING_RATE, EXAMPLES, GRADIENT_FEATURES, ITERATIONS, LENGTH
from core.chart_words import milliseconds, ratio_text, timing_words
from core.text import t
from core.vectorize import (LOOP_BUDGET, REPEATS, broadcast_steps, loop_examples_within, time_cat_training,
                            time_dot, time_gradient)
from ui.cat_data import cat_task
from ui.chart_words import chart
from ui.code_panel import code_panel
from ui.controls import setting_widget
from ui.explain import explain, for_the_teacher
from ui.router import ensure_router

NOISY_RATIO = 2  # on a quiet server each method is at least 5 times faster than the one before it

ensure_router()


@st.cache_resource(max_entries=32, show_spinner=False)
def _measured(name: str, inputs, round_: int, _measure):
    return _measure()


def timed(name: str, inputs, measure):
    """A timing of these inputs measured on this server, shared by every learner (a class opening the page
    does not run the loops forty times); "Time again" measures afresh, for this learner."""
    round_key = f"{name}_round"
    if st.button(t("vectorization.time_again"), key=f"{name}_again"):
        st.session_state[round_key] = time.time_ns()  # a round nobody else has: measured now
    return _measured(name, inputs, st.session_state.get(round_key, 0), measure)


def times(ratio: float) -> str:
    return t("vectorization.times", x=ratio_text(ratio))


def ms(seconds: float) -> str:
    return t("vectorization.ms", ms=milliseconds(seconds))


def bars(title: str, name_keys: list[str], seconds: list[float], chart_key: str) -> None:
    """The times as bars, under `chart_key`: without a key a new figure would be a new chart, drawn anew."""
    chart(timing_bars_figure([t(key) for key in name_keys], [s * 1000 for s in seconds], [ms(s) for s in seconds],
                             {"title": title, "x": t("vectorization.axis_ms")}), timing_words(name_keys, seconds), key=chart_key)


st.title(t("vectorization.title"))
explain(t("vectorization.intro", repeats=REPEATS))

# ---- 1 · dot product ----
st.header(t("vectorization.dot_header"))
st.latex(t("vectorization.latex_dot"))
st.markdown(t("vectorization.dot_code"))
code_panel("vectorization.dot")


@st.fragment
def dot_product() -> None:
    """n and what it times: a change reruns (and redraws) only this section."""
    n = setting_widget(LENGTH, where=st)
    dot = timed("vec_dot", n, lambda: time_dot(n))
    columns = st.columns(3)
    loop_text = ms(dot.loop_seconds_for_n)
    columns[0].metric(t("vectorization.loop_ms"), ("≈ " if dot.extrapolated else "") + loop_text)
    columns[1].metric(t("vectorization.numpy_ms"), ms(dot.numpy_seconds))
    columns[2].metric(t("vectorization.speedup"), ("≈ " if dot.extrapolated else "") + times(dot.speedup))
    if dot.extrapolated:
        st.caption(t("vectorization.dot_capped", loop_n=dot.loop_n, loop_ms=dot.loop_seconds * 1000, n=dot.n,
                     factor=dot.n / dot.loop_n, loop_value=dot.loop_value, numpy_value=dot.numpy_value_on_loop_n))
    else:
        st.caption(t("vectorization.dot_same", loop_value=dot.loop_value, numpy_value=dot.numpy_value_on_loop_n))
    bars(t("vectorization.dot_chart", n=dot.n), ["vectorization.loop_ms", "vectorization.numpy_ms"], [dot.loop_seconds_for_n, dot.numpy_seconds],
         "vec_dot_chart")


dot_product()

# ---- 2 · gradient ----
st.header(t("vectorization.grad_header"))
explain(t("vectorization.grad_intro", n=GRADIENT_FEATURES))
st.latex(t("vectorization.latex_vectorized"))
code_panel("vectorization.gradient")


@st.fragment
def gradient_race() -> None:
    """m and what it times: a change reruns (and redraws) only this section."""
    m = setting_widget(EXAMPLES, where=st)
    gradient = timed("vec_gradient", m, lambda: time_gradient(GRADIENT_FEATURES, m))
    columns = st.columns(3)
    columns[0].metric(t("vectorization.loop_ms"), ms(gradient.loop_seconds))
    columns[1].metric(t("vectorization.numpy_ms"), ms(gradient.vectorized_seconds))
    columns[2].metric(t("vectorization.speedup"), times(gradient.speedup))
    st.caption(t("vectorization.grad_same", difference=gradient.max_difference))
    bars(t("vectorization.grad_chart", m=m), ["vectorization.loop_ms", "vectorization.numpy_ms"],
         [gradient.loop_seconds, gradient.vectorized_seconds], "vec_grad_chart")


gradient_race()

# ---- 3 · shapes (on the cat data) ----
task = cat_task()
if task is None:
    st.stop()
problem = task.problem
n_features, m_cats = problem.X_train.shape
st.header(t("vectorization.shapes_header"))
explain(t("vectorization.shapes_intro", n=n_features, m=m_cats))
st.latex(t("vectorization.latex_shapes"))
steps = broadcast_steps(np.zeros((n_features, 1)), problem.X_train, 0.0)
st.dataframe({t("vectorization.col_step"): [step for step, _ in steps], t("vectorization.col_shape"): [shape for _, shape in steps]},
             hide_index=True)

# ---- 4 · the cat classifier three ways ----
st.header(t("vectorization.cat_header"))
iterations = setting_widget(ITERATIONS, where=st)  # beside the race it sets (a full run: the race is the page's end)
explain(t("vectorization.cat_intro", iters=iterations, lr=CAT_LEARNING_RATE, m=m_cats))
code_panel("vectorization.race")
timings, k_seconds = timed("vec_cat", (task.source, iterations), lambda: time_cat_training(
    problem, iterations, CAT_LEARNING_RATE, examples=loop_examples_within(problem, iterations)))
if timings[0].examples < m_cats:
    st.warning(t("vectorization.cat_subset", used=timings[0].examples, m=m_cats, budget=LOOP_BUDGET))
loop_seconds = timings[0].seconds


def race_table(shown) -> None:
    st.dataframe({
        t("vectorization.col_way"): [t(f"vectorization.way_{timing.way}") for timing in shown],
        t("vectorization.col_total"): [ms(timing.seconds) for timing in shown],
        t("vectorization.col_per_iteration"): [ms(timing.seconds / iterations) for timing in shown],
        t("vectorization.col_cost"): [f"{timing.final_cost:.10f}" for timing in shown],
        t("vectorization.col_speedup"): [times(loop_seconds / max(timing.seconds, 1e-9)) for timing in shown],
    }, hide_index=True)


# The main line races the text's two ways; the span (Gram) form, a better algorithm, waits in the teacher's box.
loop, vectorized, gram = timings
race_table((loop, vectorized))
if not loop.seconds > NOISY_RATIO * vectorized.seconds > NOISY_RATIO * gram.seconds:
    st.warning(t("vectorization.noisy"))
st.caption(t("vectorization.cat_same", spread=abs(loop.final_cost - vectorized.final_cost)))
bars(t("vectorization.cat_chart", iters=iterations), [f"vectorization.way_{w.way}" for w in (loop, vectorized)],
     [loop.seconds, vectorized.seconds], "vec_cat_chart")
with for_the_teacher(t("vectorization.gram_topic")):
    race_table((gram,))
    st.markdown(t("vectorization.gram_why", m2=m_cats**2, nm=n_features * m_cats,
                  spread=max(abs(gram.final_cost - w.final_cost) for w in (loop, vectorized))))
    st.caption(t("vectorization.gram_once", ms=k_seconds * 1000))
