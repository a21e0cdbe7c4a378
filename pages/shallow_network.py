"""Chapter: a network with one hidden layer on two-dimensional data, trained live."""

import streamlit as st

from core.chapters import chapter
from core.chapters.shallow_network import (ACTIVATION, DATA, EXPERIMENT_ITERATIONS, EXPERIMENT_UNITS, HIDDEN,
                                           ITERATIONS, LEARNING_RATE, LIVE_SECONDS, NOISE, PACE, SEED)
from core.planar import PLANAR_SETS, data_box, plane_grid
from core.figures.common import cost_curve_figure
from core.figures.shallow_network import decision_boundary_figure
from core.notebooks import shallow_notebook
from core.nn import layer_shapes, predict_proba, train_steps
from core.settings import format_number
from core.chart_words import boundary_words, shallow_words
from core.text import t
from ui.accessibility import calm
from ui.chart_words import chart, words_text
from ui.code_panel import code_panel
from ui.controls import setting_widget
from ui.explain import explain
from ui.live_plot import live_plotly_chart
from ui.notebook_download import notebook_download
from ui.live import Training, run_settings, show_progress, stale_notice, training_section
from ui.router import ensure_router

ensure_router()
CHAPTER = chapter("shallow_network")


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


def boundary(snapshot, title: str, X, Y, steps: int = 80, **layout):
    xs, ys, points = plane_grid(data_box(X), steps)
    probabilities = predict_proba(snapshot.params, points)
    words = {"title": title, "class0": t("shallow_network.class_0"), "class1": t("shallow_network.class_1"), "probability": t("shallow_network.probability")}
    return decision_boundary_figure(xs, ys, probabilities, X, Y, words, **layout)


st.title(t("shallow_network.title"))
explain(t("shallow_network.intro"))

st.sidebar.header(t("shallow_network.settings"))
data_name = setting_widget(DATA)
noise = setting_widget(NOISE)
units = setting_widget(HIDDEN)
activation = setting_widget(ACTIVATION)
learning_rate = setting_widget(LEARNING_RATE)
iterations = setting_widget(ITERATIONS)
seed = setting_widget(SEED)
pace = setting_widget(calm(PACE))  # instant when the system asks for reduced motion

X, Y = planar_data(data_name, noise)
layer_dims = (2, units, 1)
st.caption(t("shallow_network.shapes", m=X.shape[1], h=units, count=sum(count for *_, count in layer_shapes(layer_dims))))
code_panel("shallow_network.engine")

# ---- Training, live ----
st.header(t("shallow_network.train_header"))


def draw(record, slots, finished: bool) -> None:
    """One view of a run, on the run's own data (the sliders may have moved on since)."""
    run, made = record.snapshot, record.settings
    run_X, run_Y = planar_data(made[DATA.key], made[NOISE.key])
    show_progress(slots, run, CHAPTER, [(t("shallow_network.iteration"), run.iteration), (t("shallow_network.cost"), f"{run.cost:.6f}"),
                                     (t("shallow_network.accuracy"), f"{run.train_accuracy:.2f} %")])
    # A coarser grid while training keeps each redraw light, so Stop is felt at once.
    figure = boundary(run, t("shallow_network.boundary_live", h=made[HIDDEN.key]), run_X, run_Y, steps=80 if finished else 40,
                      show_scale=False)
    # A network that stopped changing (dead ReLUs) would redraw an identical figure: Streamlit refuses two.
    figure.update_layout(meta={"iteration": run.iteration})
    costs = cost_curve_figure(
        run.costs, {"title": t("shallow_network.cost_chart"), "x": t("shallow_network.iteration"), "y": t("shallow_network.cost")},
        total_iterations=run.num_iterations)
    if not finished or run.diverged:  # said in words once the run ends, not at every frame
        live_plotly_chart(figure, alt=t("shallow_network.boundary_live", h=made[HIDDEN.key]), slot="sn_live_boundary",
                          where=slots.charts[0])
        live_plotly_chart(costs, alt=t("shallow_network.cost_chart"), slot="sn_live_cost", where=slots.charts[1])
        return
    in_words = shallow_words(run.costs, run.train_accuracy, run_X.shape[1], run.iteration)
    live_plotly_chart(figure, alt=words_text(in_words.sentence), slot="sn_live_boundary", where=slots.charts[0])
    chart(costs, in_words, slot="sn_live_cost", where=slots.charts[1])


training_section(Training(
    CHAPTER, settings={DATA: data_name, NOISE: noise, HIDDEN: units, ACTIVATION: activation, SEED: seed,
                       LEARNING_RATE: learning_rate, ITERATIONS: iterations}, data="planar",
    start=lambda run, every: train_steps(
        *planar_data(run[DATA], run[NOISE]), [2, run[HIDDEN], 1], hidden=run[ACTIVATION], init="small",
        seed=run[SEED], learning_rate=run[LEARNING_RATE], num_iterations=run[ITERATIONS], snapshot_every=every),
    seconds=LIVE_SECONDS[pace], charts=2, frames_per_second=4, draw=draw, after=lambda record: notebook_download(
        shallow_notebook, "shallow_network", "sn_notebook", data=record.settings[DATA.key], noise=record.settings[NOISE.key],
        hidden_units=record.settings[HIDDEN.key], activation=record.settings[ACTIVATION.key],
        learning_rate=record.settings[LEARNING_RATE.key], num_iterations=record.settings[ITERATIONS.key],
        seed=record.settings[SEED.key]),
    outcome=lambda record: dict(acc=record.snapshot.train_accuracy, h=record.settings[HIDDEN.key],
                                act=t(f"shallow_network.act_{record.settings[ACTIVATION.key]}"),
                                lr=format_number(record.settings[LEARNING_RATE.key]))))

# ---- Logistic regression for contrast ----
st.header(t("shallow_network.logistic_header"))
explain(t("shallow_network.logistic_intro"))
logistic = trained(data_name, noise, (2, 1), "sigmoid", seed, 1.2, 2000)
columns = st.columns([3, 2])
live_plotly_chart(boundary(logistic, t("shallow_network.logistic_chart"), X, Y, height=380),
                  alt=words_text(boundary_words(logistic.train_accuracy, X.shape[1]).sentence), where=columns[0],
                  key="sn_logistic")
columns[1].markdown(t("shallow_network.logistic_accuracy", acc=logistic.train_accuracy))

# ---- The hidden-layer size experiment ----
@st.fragment
def experiment() -> None:
    st.header(t("shallow_network.experiment_header"))
    explain(t("shallow_network.experiment_intro"))
    experiment_iterations = setting_widget(EXPERIMENT_ITERATIONS, where=st)
    settings = {DATA: data_name, NOISE: noise, ACTIVATION: activation, SEED: seed, LEARNING_RATE: learning_rate,
                EXPERIMENT_ITERATIONS: experiment_iterations}
    if st.button(t("shallow_network.experiment_run"), key="sn_experiment"):
        bar = st.progress(0.0)
        results = {}
        for done, h in enumerate(EXPERIMENT_UNITS):
            bar.progress(done / len(EXPERIMENT_UNITS), text=t("shallow_network.experiment_progress", h=h))
            results[h] = trained(data_name, noise, (2, h, 1), activation, seed, learning_rate, experiment_iterations)
        bar.empty()
        st.session_state["sn_experiment_results"] = (run_settings(settings), results)
    kept = st.session_state.get("sn_experiment_results")
    if kept is None:
        return
    made, results = kept
    stale_notice(made, settings)
    experiment_X, experiment_Y = planar_data(made[DATA.key], made[NOISE.key])
    grid = st.columns(4)
    for position, (h, result) in enumerate(results.items()):
        live_plotly_chart(boundary(
            result, t("shallow_network.experiment_cell", h=h, acc=result.train_accuracy), experiment_X, experiment_Y,
            height=300, show_scale=False, show_legend=False),
            alt=words_text(boundary_words(result.train_accuracy, experiment_X.shape[1]).sentence), where=grid[position % 4],
            key=f"sn_experiment_{h}")
    st.dataframe({t("shallow_network.experiment_units"): list(results),
                  t("shallow_network.experiment_table_accuracy"): [f"{r.train_accuracy:.2f} %" for r in results.values()],
                  t("shallow_network.experiment_table_cost"): [f"{r.cost:.4f}" for r in results.values()]},
                 hide_index=True)


experiment()
