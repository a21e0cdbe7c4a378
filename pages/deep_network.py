"""Chapter: an L-layer network on the cat images, trained live, compared with the simpler models."""

import time

import streamlit as st

from core.datasets import flatten_and_scale
from core.dual_logistic import train as train_logistic
from core.figures import comparison_figure, cost_curve_figure
from core.nn import layer_shapes, parse_hidden_sizes, predict_proba, train_steps
from core.chapters.deep_network import ACTIVATION, INIT, ITERATIONS, LAYERS, LEARNING_RATE, LIVE_SECONDS, PACE
from core.settings import format_number
from core.text import t
from ui.cat_data import cat_task
from ui.cat_views import show_mislabeled, try_your_photo
from ui.controls import setting_widget
from ui.live import paced, show_outcome, show_progress, snapshot_every, training_controls
from ui.router import ensure_router

ensure_router()

# The text's three models: (name key, hidden sizes or None for logistic regression, init, lr, iterations)
REFERENCE_MODELS = (("dn.model_logistic", None, None, 0.005, 2000),
                    ("dn.model_two_layer", (7,), "small", 0.0075, 2500),
                    ("dn.model_deep", (20, 7, 5), "scaled", 0.0075, 2500))


@st.cache_resource(max_entries=8, show_spinner=False)
def reference_run(_task, source: str, hidden_sizes, init, learning_rate, iterations):
    """One of the text's models, trained once per server: (final snapshot, seconds it took)."""
    problem = _task.problem
    start = time.perf_counter()
    if hidden_sizes is None:
        final = train_logistic(problem, learning_rate, iterations)
    else:
        for final in train_steps(problem.X_train, problem.Y_train, [problem.X_train.shape[0], *hidden_sizes, 1],
                                 hidden="relu", init=init, learning_rate=learning_rate, num_iterations=iterations,
                                 snapshot_every=iterations, X_test=problem.X_test, Y_test=problem.Y_test,
                                 gram=(problem.K_train, problem.K_test)):
            pass
    return final, time.perf_counter() - start


st.title(t("dn.title"))
st.markdown(t("dn.intro"))
task = cat_task()
if task is None:
    st.stop()
problem = task.problem

st.sidebar.header(t("dn.settings"))
layers_text = setting_widget(LAYERS)
try:
    hidden_sizes = parse_hidden_sizes(layers_text)
except ValueError:
    st.sidebar.warning(t("dn.layers_invalid", text=layers_text, default=LAYERS.default))
    hidden_sizes = parse_hidden_sizes(LAYERS.default)
activation = setting_widget(ACTIVATION)
init = setting_widget(INIT)
learning_rate = setting_widget(LEARNING_RATE)
iterations = setting_widget(ITERATIONS)
pace = setting_widget(PACE)
layer_dims = (problem.X_train.shape[0], *hidden_sizes, 1)

# ---- The layers ----
st.header(t("dn.shapes_header"))
shapes = layer_shapes(layer_dims)
st.markdown(t("dn.shapes_intro", dims=" → ".join(map(str, layer_dims)),
              count=f"{sum(count for *_, count in shapes):,}"))
st.table({t("dn.layer"): [l for l, *_ in shapes],
              t("dn.w_shape"): [f"{w[0]} × {w[1]}" for _, w, _, _ in shapes],
              t("dn.b_shape"): [f"{b[0]} × {b[1]}" for _, _, b, _ in shapes],
              t("dn.parameters"): [f"{count:,}" for *_, count in shapes]}, hide_index=True)

# ---- Training, live ----
st.header(t("dn.train_header"))
train_clicked, _, progress_slot, metrics_slot = training_controls(t("dn.train"), t("dn.stop"), "dn_")
left, right = st.columns(2)
cost_slot, accuracy_slot = left.empty(), right.empty()
settings_now = (layer_dims, activation, init, learning_rate, iterations)


def draw(snapshot, accuracies) -> None:
    show_progress(progress_slot, metrics_slot, snapshot,
                  t("dn.progress", i=snapshot.iteration, total=snapshot.num_iterations),
                  [(t("dn.iteration"), snapshot.iteration), (t("dn.cost"), f"{snapshot.cost:.6f}"),
                   (t("dn.train_accuracy"), f"{snapshot.train_accuracy:.2f} %"),
                   (t("dn.test_accuracy"), f"{snapshot.test_accuracy:.2f} %")])
    cost_slot.plotly_chart(cost_curve_figure(snapshot.costs, t("dn.cost_chart"), t("dn.iteration"), t("dn.cost"),
                                             total_iterations=snapshot.num_iterations))
    figure = comparison_figure({t("dn.train_accuracy"): accuracies["train"], t("dn.test_accuracy"): accuracies["test"]},
                               t("dn.accuracy_chart"), t("dn.iteration"), t("dn.accuracy"))
    for trace in figure.data:  # accuracies are measured at the snapshots, not every iteration
        trace.x = accuracies["at"]
    figure.update_xaxes(range=[0, snapshot.num_iterations])
    accuracy_slot.plotly_chart(figure)


if train_clicked:
    seconds = LIVE_SECONDS[pace]
    accuracies = {"at": [], "train": [], "test": []}
    steps = train_steps(problem.X_train, problem.Y_train, list(layer_dims), hidden=activation, init=init,
                        learning_rate=learning_rate, num_iterations=iterations,
                        snapshot_every=snapshot_every(iterations, seconds), X_test=problem.X_test,
                        Y_test=problem.Y_test, gram=(problem.K_train, problem.K_test))
    for snapshot in paced(steps, seconds):
        for name, value in (("at", snapshot.iteration), ("train", snapshot.train_accuracy),
                            ("test", snapshot.test_accuracy)):
            accuracies[name].append(value)
        st.session_state["dn_run"] = (settings_now, snapshot, accuracies)  # a point where Stop lands
        draw(snapshot, accuracies)

saved = st.session_state.get("dn_run")
run = None
if saved is None:
    cost_slot.info(t("dn.not_trained"))  # the chart takes its place when training starts
else:
    run_settings, run, accuracies = saved
    if not train_clicked:
        draw(run, accuracies)
    show_outcome(run, finished=t("dn.finished", i=run.iteration, train=run.train_accuracy, test=run.test_accuracy),
                 stopped=t("dn.stopped", i=run.iteration, total=run.num_iterations),
                 diverged=t("dn.diverged", i=run.iteration, lr=format_number(run_settings[3])))
    if run_settings != settings_now:
        st.caption(t("dn.stale"))
    if not run.diverged:
        show_mislabeled(task, predict_proba(run.params, problem.X_test))

# ---- The three models of the text ----
st.header(t("dn.compare_header"))
st.markdown(t("dn.compare_intro"))
if st.button(t("dn.compare_run"), key="dn_compare"):
    bar = st.progress(0.0)
    for done, (name, *spec) in enumerate(REFERENCE_MODELS):
        bar.progress(done / len(REFERENCE_MODELS), text=t("dn.compare_progress", model=t(name)))
        reference_run(task, task.source, *spec)
    bar.empty()
    st.session_state["dn_compared"] = True
if st.session_state.get("dn_compared"):
    results = {t(name): reference_run(task, task.source, *spec) for name, *spec in REFERENCE_MODELS}
    st.dataframe({t("dn.model"): list(results),
                  t("dn.train_accuracy"): [f"{r.train_accuracy:.2f} %" for r, _ in results.values()],
                  t("dn.test_accuracy"): [f"{r.test_accuracy:.2f} %" for r, _ in results.values()],
                  t("dn.seconds"): [f"{seconds:.2f}" for _, seconds in results.values()]}, hide_index=True)
    st.plotly_chart(comparison_figure({name: r.costs[:-1] for name, (r, _) in results.items()},
                                      t("dn.compare_chart"), t("dn.iteration"), t("dn.cost")))
    st.markdown(t("dn.compare_lesson"))

# ---- Your own photo ----
st.header(t("dn.photo_header"))
yours = run is not None and run.done and not run.diverged
st.markdown(t("dn.photo_intro", which=t("dn.photo_model_yours" if yours else "dn.photo_model_reference")))


def cat_probability(image) -> float:
    """With the learner's network, else the text's L-layer one (trained only when a photo arrives)."""
    params = run.params if yours else reference_run(task, task.source, *REFERENCE_MODELS[2][1:])[0].params
    return float(predict_proba(params, flatten_and_scale(image[None]))[0])


try_your_photo(task, cat_probability, key="dn_photo_upload")
