"""Chapter: an L-layer network on the cat images, trained live, compared with the simpler models."""

import streamlit as st

from core.chapters import chapter
from core.chapters.cat_classifier import REFERENCE_ITERATIONS, REFERENCE_LEARNING_RATE
from core.chapters.deep_network import (ACTIVATION, INIT, ITERATIONS, LAYERS, LEARNING_RATE, LIVE_SECONDS, PACE,
                                        REFERENCE_NETWORKS)
from core.datasets import flatten_and_scale
from core.figures.common import comparison_figure
from core.notebooks import deep_notebook
from core.nn import layer_shapes, parse_hidden_sizes, predict_proba, train_steps
from core.settings import format_number
from core.chart_words import comparison_words
from core.text import t
from ui.accessibility import calm
from ui.cat_data import cat_task, trained_logistic, trained_network
from ui.cat_views import show_mislabeled, try_your_photo
from ui.chart_words import chart
from ui.code_panel import code_panel, fast_form_panel, network_forms_agreement
from ui.controls import setting_widget
from ui.explain import explain
from ui.notebook_download import notebook_download
from ui.live import Training, step_8_view, training_section
from ui.router import ensure_router

ensure_router()
CHAPTER = chapter("deep_network")
st.title(t("deep_network.title"))
explain(t("deep_network.intro"))
task = cat_task()
if task is None:
    st.stop()
problem = task.problem

st.sidebar.header(t("deep_network.settings"))
layers_text = setting_widget(LAYERS)
try:
    hidden_sizes = parse_hidden_sizes(layers_text)
except ValueError:
    st.sidebar.warning(t("deep_network.layers_invalid", text=layers_text, default=LAYERS.default))
    hidden_sizes = parse_hidden_sizes(LAYERS.default)
activation = setting_widget(ACTIVATION)
init = setting_widget(INIT)
learning_rate = setting_widget(LEARNING_RATE)
iterations = setting_widget(ITERATIONS)
pace = setting_widget(calm(PACE))  # instant when the system asks for reduced motion
layer_dims = (problem.X_train.shape[0], *hidden_sizes, 1)

# ---- The layers ----
st.header(t("deep_network.shapes_header"))
shapes = layer_shapes(layer_dims)
st.markdown(t("deep_network.shapes_intro", dims=" → ".join(map(str, layer_dims)),
              count=f"{sum(count for *_, count in shapes):,}"))
st.table({t("deep_network.layer"): [l for l, *_ in shapes],
          t("deep_network.w_shape"): [f"{w[0]} × {w[1]}" for _, w, _, _ in shapes],
          t("deep_network.b_shape"): [f"{b[0]} × {b[1]}" for _, _, b, _ in shapes],
          t("deep_network.parameters"): [f"{count:,}" for *_, count in shapes]}, hide_index=True)

# ---- Training, live ----
st.header(t("deep_network.train_header"))
code_panel("deep_network.engine")
fast_form_panel("deep_network.span", network_forms_agreement(task, task.source))


def results(record) -> None:
    """What the network gets wrong on the test set, and the run to take home."""
    show_mislabeled(task, predict_proba(record.snapshot.params, problem.X_test))
    made = record.settings
    notebook_download(deep_notebook, "deep_network", "dn_notebook", hidden_sizes=parse_hidden_sizes(made[LAYERS.key]),
                      activation=made[ACTIVATION.key], init=made[INIT.key], learning_rate=made[LEARNING_RATE.key],
                      num_iterations=made[ITERATIONS.key])


run = training_section(Training(
    CHAPTER, settings={LAYERS: ", ".join(map(str, hidden_sizes)), ACTIVATION: activation, INIT: init,
                       LEARNING_RATE: learning_rate, ITERATIONS: iterations}, data=task.source,
    start=lambda run, every: train_steps(
        problem.X_train, problem.Y_train, [problem.X_train.shape[0], *parse_hidden_sizes(run[LAYERS]), 1],
        hidden=run[ACTIVATION], init=run[INIT], learning_rate=run[LEARNING_RATE], num_iterations=run[ITERATIONS],
        snapshot_every=every, X_test=problem.X_test, Y_test=problem.Y_test, gram=(problem.K_train, problem.K_test)),
    seconds=LIVE_SECONDS[pace], charts=2, draw=step_8_view(CHAPTER),
    outcome=lambda record: dict(train=record.snapshot.train_accuracy, test=record.snapshot.test_accuracy,
                                lr=format_number(record.settings[LEARNING_RATE.key])),
    after=results))


def reference_runs() -> dict:
    """The course lab's three models, each trained once per server process (shared with the cat page)."""
    runs = {t("deep_network.model_logistic"): trained_logistic(task, task.source, REFERENCE_LEARNING_RATE, REFERENCE_ITERATIONS)}
    for name, (sizes, network_init, rate, count) in REFERENCE_NETWORKS.items():
        runs[t(name)] = trained_network(task, task.source, sizes, "relu", network_init, rate, count)
    return runs


# ---- The three models of the course ----
@st.fragment
def compare() -> None:
    st.header(t("deep_network.compare_header"))
    explain(t("deep_network.compare_intro"))
    if st.button(t("deep_network.compare_run"), key="dn_compare"):
        with st.spinner(t("deep_network.compare_progress")):
            reference_runs()
        st.session_state["dn_compared"] = True
    if not st.session_state.get("dn_compared"):
        return
    results = reference_runs()
    st.dataframe({t("deep_network.model"): list(results),
                  t("deep_network.train_accuracy"): [f"{r.snapshot.train_accuracy:.2f} %" for r in results.values()],
                  t("deep_network.test_accuracy"): [f"{r.snapshot.test_accuracy:.2f} %" for r in results.values()],
                  t("deep_network.seconds"): [f"{r.seconds:.2f}" for r in results.values()]}, hide_index=True)
    curves = {name: r.snapshot.costs[:-1] for name, r in results.items()}
    chart(comparison_figure(curves, {"title": t("deep_network.compare_chart"), "x": t("deep_network.iteration"),
                                     "y": t("deep_network.cost")}), comparison_words(curves), key="dn_compare_chart")
    logistic, *_, deep = (r.snapshot.test_accuracy for r in results.values())
    explain(t("deep_network.compare_lesson", deep=deep, logistic=logistic))


compare()


# ---- Your own photo ----
@st.fragment
def photo() -> None:
    st.header(t("deep_network.photo_header"))
    explain(t("deep_network.photo_intro"))

    def model():
        """The learner's latest finished network, else the course lab's L-layer one (trained on demand)."""
        record = st.session_state.get(CHAPTER.session_key("run"))
        if record is not None and record.snapshot.done and not record.snapshot.diverged:
            return record.snapshot.params, "deep_network.photo_model_yours"
        sizes, network_init, rate, count = REFERENCE_NETWORKS["deep_network.model_deep"]
        return (trained_network(task, task.source, sizes, "relu", network_init, rate, count).snapshot.params,
                "deep_network.photo_model_reference")

    try_your_photo(task, lambda image: float(predict_proba(model()[0], flatten_and_scale(image[None]))[0]),
                   key="dn_photo_upload", which=lambda: t(model()[1]))


photo()
