"""Chapter: a network with one hidden layer on two-dimensional data, trained live."""

import streamlit as st

from core.chapters.shallow_network import (ACTIVATION, DATA, EXPERIMENT_ITERATIONS, EXPERIMENT_UNITS, HIDDEN,
                                           ITERATIONS, LEARNING_RATE, LIVE_SECONDS, NOISE, PACE, SEED)
from core.planar import PLANAR_SETS, data_box, plane_grid
from core.figures import cost_curve_figure
from core.nn import layer_shapes, predict_proba, train_steps
from core.nn_figures import decision_boundary_figure
from core.settings import format_number
from core.text import t
from ui.controls import setting_widget
from ui.live import paced, show_outcome, show_progress, snapshot_every, training_controls
from ui.router import ensure_router

ensure_router()



@st.cache_data(max_entries=16, show_spinner=False)
def planar_data(name: str, noise: float):
    return PLANAR_SETS[name](seed=1, noise=noise)


@st.cache_data(max_entries=16, show_spinner=False)
def trained(name: str, noise: float, layer_dims: tuple, hidden: str, seed: int, learning_rate: float,
            iterations: int):
    """A finished run (cached: the logistic-regression contrast and the experiment's networks)."""
    X, Y = planar_data(name, noise)
    final = None
    for final in train_steps(X, Y, list(layer_dims), hidden=hidden, init="small", seed=seed,
                             learning_rate=learning_rate, num_iterations=iterations, snapshot_every=iterations):
        pass
    return final


def boundary(snapshot, hidden: str, title: str, X, Y, steps: int = 80, **layout):
    xs, ys, points = plane_grid(data_box(X), steps)
    probabilities = predict_proba(snapshot.params, points)
    return decision_boundary_figure(xs, ys, probabilities, X, Y, title, (t("sn.class_0"), t("sn.class_1")),
                                    t("sn.probability"), **layout)


st.title(t("sn.title"))
st.markdown(t("sn.intro"))

st.sidebar.header(t("sn.settings"))
data_name = setting_widget(DATA)
noise = setting_widget(NOISE)
units = setting_widget(HIDDEN)
activation = setting_widget(ACTIVATION)
learning_rate = setting_widget(LEARNING_RATE)
iterations = setting_widget(ITERATIONS)
seed = setting_widget(SEED)
pace = setting_widget(PACE)

X, Y = planar_data(data_name, noise)
layer_dims = (2, units, 1)
st.caption(t("sn.shapes", m=X.shape[1], h=units, count=sum(count for *_, count in layer_shapes(layer_dims))))

# ---- Training, live ----
st.header(t("sn.train_header"))
train_clicked, _, progress_slot, metrics_slot = training_controls(t("sn.train"), t("sn.stop"), "sn_")
left, right = st.columns(2)
boundary_slot, cost_slot = left.empty(), right.empty()
settings_now = (data_name, noise, layer_dims, activation, seed, learning_rate, iterations)


def draw(snapshot, settings) -> None:
    """One view of a run, on the run's own data (the sliders may have moved on since)."""
    name, noise_level, dims, hidden = settings[:4]
    run_X, run_Y = planar_data(name, noise_level)
    show_progress(progress_slot, metrics_slot, snapshot,
                  t("sn.progress", i=snapshot.iteration, total=snapshot.num_iterations),
                  [(t("sn.iteration"), snapshot.iteration), (t("sn.cost"), f"{snapshot.cost:.6f}"),
                   (t("sn.accuracy"), f"{snapshot.train_accuracy:.2f} %")])
    # A coarser grid while training keeps each redraw light, so Stop is felt at once.
    figure = boundary(snapshot, hidden, t("sn.boundary_live", h=dims[1]), run_X, run_Y,
                      steps=80 if snapshot.done else 40, show_scale=False)
    # A network that stopped changing (dead ReLUs) would redraw an identical figure: Streamlit refuses two.
    boundary_slot.plotly_chart(figure.update_layout(meta={"iteration": snapshot.iteration}))
    cost_slot.plotly_chart(cost_curve_figure(snapshot.costs, t("sn.cost_chart"), t("sn.iteration"),
                                             t("sn.cost"), total_iterations=snapshot.num_iterations))


if train_clicked:
    seconds = LIVE_SECONDS[pace]
    steps = train_steps(X, Y, list(layer_dims), hidden=activation, init="small", seed=seed,
                        learning_rate=learning_rate, num_iterations=iterations,
                        snapshot_every=snapshot_every(iterations, seconds, frames_per_second=4))
    for snapshot in paced(steps, seconds):
        st.session_state["sn_run"] = (settings_now, snapshot)  # a point where Stop lands
        draw(snapshot, settings_now)

saved = st.session_state.get("sn_run")
if saved is None:
    boundary_slot.info(t("sn.not_trained"))  # the chart takes its place when training starts
else:
    run_settings, run = saved
    if not train_clicked:
        draw(run, run_settings)
    show_outcome(run, finished=t("sn.finished", i=run.iteration, acc=run.train_accuracy, h=run_settings[2][1],
                                 act=t(f"sn.act_{run_settings[3]}")),
                 stopped=t("sn.stopped", i=run.iteration, total=run.num_iterations),
                 diverged=t("sn.diverged", i=run.iteration, lr=format_number(run_settings[5])))
    if run_settings != settings_now:
        st.warning(t("sn.stale"))

# ---- Logistic regression for contrast ----
st.header(t("sn.logistic_header"))
st.markdown(t("sn.logistic_intro"))
logistic = trained(data_name, noise, (2, 1), "sigmoid", seed, 1.2, 2000)
columns = st.columns([3, 2])
columns[0].plotly_chart(boundary(logistic, "sigmoid", t("sn.logistic_chart"), X, Y, height=380))
columns[1].markdown(t("sn.logistic_accuracy", acc=logistic.train_accuracy))

# ---- The hidden-layer size experiment ----
st.header(t("sn.experiment_header"))
st.markdown(t("sn.experiment_intro"))
experiment_iterations = setting_widget(EXPERIMENT_ITERATIONS, where=st)
experiment_key = (data_name, noise, activation, seed, learning_rate, experiment_iterations)
if st.button(t("sn.experiment_run"), key="sn_experiment"):
    bar = st.progress(0.0)
    results = {}
    for done, h in enumerate(EXPERIMENT_UNITS):
        bar.progress(done / len(EXPERIMENT_UNITS), text=t("sn.experiment_progress", h=h))
        results[h] = trained(data_name, noise, (2, h, 1), activation, seed, learning_rate, experiment_iterations)
    bar.empty()
    st.session_state["sn_experiment_results"] = (experiment_key, results)
experiment = st.session_state.get("sn_experiment_results")
if experiment is not None:
    key, results = experiment
    if key != experiment_key:
        st.warning(t("sn.stale"))
    experiment_X, experiment_Y = planar_data(key[0], key[1])
    grid = st.columns(4)
    for position, (h, result) in enumerate(results.items()):
        grid[position % 4].plotly_chart(boundary(
            result, key[2], t("sn.experiment_cell", h=h, acc=result.train_accuracy), experiment_X, experiment_Y,
            height=300, show_scale=False, show_legend=False))
    st.dataframe({t("sn.experiment_units"): list(results),
                  t("sn.experiment_table_accuracy"): [f"{r.train_accuracy:.2f} %" for r in results.values()],
                  t("sn.experiment_table_cost"): [f"{r.cost:.4f}" for r in results.values()]},
                 hide_index=True)
