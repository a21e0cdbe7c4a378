"""Chapter: logistic regression on cat / non-cat images, trained live."""

import streamlit as st

from core.cat_task import costs_csv, parameters_npz
from core.dual_logistic import train_steps
from core.figures import FULL_POINTS, comparison_figure, cost_curve_figure
from core.images import enlarge, weights_to_image
from core.settings import CHOICE, MULTI, SLIDER, Setting, format_number, log_grid
from core.text import t
from ui.router import ensure_router
from ui.cat_data import cat_task, trained_model
from ui.cat_views import show_mislabeled, try_your_photo
from ui.class_link import post_run
from ui.controls import setting_widget
from ui.live import paced, show_outcome, show_progress, snapshot_every, training_controls

LEARNING_RATES = log_grid(1e-5, 1.0)
PACE_SECONDS_PER_1000 = {"instant": 0.0, "watch": 1.5, "slow": 6.0}

LEARNING_RATE = Setting("lr", "cat.lr", CHOICE, 0.005, options=LEARNING_RATES, help="cat.lr_help")
ITERATIONS = Setting("iters", "cat.iters", SLIDER, 2000, min_value=100, max_value=5000, step=100)
PACE = Setting("pace", "cat.pace", CHOICE, "watch", options=tuple(PACE_SECONDS_PER_1000),
               option_labels=("cat.pace_instant", "cat.pace_watch", "cat.pace_slow"), help="cat.pace_help")
IMAGE_INDEX = Setting("img", "cat.image_index", SLIDER, 25, min_value=0, max_value=208, step=1)
COMPARE_RATES = Setting("compare", "cat.compare_rates", MULTI, (0.01, 0.001, 0.0001), options=LEARNING_RATES)
COMPARE_ITERATIONS = Setting("compare_iters", "cat.compare_iters", SLIDER, 1500,
                             min_value=100, max_value=5000, step=100)

ensure_router()
st.title(t("cat.title"))
st.markdown(t("cat.intro"))

task = cat_task()
if task is None:
    st.stop()
problem = task.problem

# ---- Settings (all above any loop, so a change interrupts a run at once) ----
st.sidebar.header(t("cat.settings"))
learning_rate = setting_widget(LEARNING_RATE)
num_iterations = setting_widget(ITERATIONS)
pace = setting_widget(PACE)

# ---- The data ----
st.header(t("cat.data_header"))
n, m = problem.X_train.shape
m_test = problem.X_test.shape[1]
cats = int(problem.Y_train.sum())
columns = st.columns(4)
columns[0].metric(t("cat.m_train"), m)
columns[1].metric(t("cat.m_test"), m_test)
columns[2].metric(t("cat.image_shape"), "64 × 64 × 3")
columns[3].metric(t("cat.features"), n)
st.markdown(t("cat.data_shapes", m=m, m_test=m_test, n=n, cats=cats, noncats=m - cats))

GALLERY_COLUMNS, GALLERY_ROWS = 8, 3
for row_start in range(0, min(GALLERY_ROWS * GALLERY_COLUMNS, m), GALLERY_COLUMNS):  # even rows at any width
    for column, i in zip(st.columns(GALLERY_COLUMNS), range(row_start, min(row_start + GALLERY_COLUMNS, m))):
        column.image(task.train_images[i], caption=f"#{i} {task.label_name(problem.Y_train[0, i])}",
                     width="stretch")
with st.container(border=True):
    left, right = st.columns([1, 2])
    with left:
        index = min(setting_widget(IMAGE_INDEX, where=st), m - 1)
        st.markdown(t("cat.image_label", index=index, label=task.label_name(problem.Y_train[0, index]),
                      y=int(problem.Y_train[0, index])))
    right.image(enlarge(task.train_images[index], 4), width=256)

# ---- Training ----
st.header(t("cat.train_header"))
st.markdown(t("cat.train_intro"))
train_clicked, stop_clicked, progress_slot, metrics_slot = training_controls(t("cat.train"), t("cat.stop"))
chart_slot = st.empty()


def draw(snapshot, max_points=None) -> None:
    show_progress(progress_slot, metrics_slot, snapshot,
                  t("cat.progress", i=snapshot.iteration, total=snapshot.num_iterations),
                  [(t("cat.iteration"), snapshot.iteration), (t("cat.cost"), f"{snapshot.cost:.6f}"),
                   (t("cat.train_accuracy"), f"{snapshot.train_accuracy:.2f} %"),
                   (t("cat.test_accuracy"), f"{snapshot.test_accuracy:.2f} %")])
    chart_slot.plotly_chart(
        cost_curve_figure(snapshot.costs, t("cat.cost_chart", lr=format_number(snapshot.learning_rate)),
                          t("cat.iteration"), t("cat.cost"), total_iterations=snapshot.num_iterations,
                          **({"max_points": max_points} if max_points else {})),
    )


if train_clicked:
    seconds = PACE_SECONDS_PER_1000[pace] * num_iterations / 1000
    steps = train_steps(problem, learning_rate, num_iterations, snapshot_every(num_iterations, seconds))
    for snapshot in paced(steps, seconds):
        st.session_state["cat_run"] = snapshot  # keeps the latest state; also a point where Stop lands
        draw(snapshot, FULL_POINTS if snapshot.done else None)  # the finished curve: every iteration

run = st.session_state.get("cat_run")
if run is None:
    chart_slot.info(t("cat.not_trained"))  # the chart takes its place when training starts
else:
    if not train_clicked:
        draw(run, FULL_POINTS)
    lr_text = format_number(run.learning_rate)
    show_outcome(run, finished=t("cat.finished", i=run.iteration, lr=lr_text, train=run.train_accuracy,
                                 test=run.test_accuracy),
                 stopped=t("cat.stopped", i=run.iteration, total=run.num_iterations),
                 diverged=t("cat.diverged", i=run.iteration, lr=lr_text))
    post_run("cat_classifier", {"lr": run.learning_rate, "iters": run.num_iterations}, run)  # if in a class
    if (run.learning_rate, run.num_iterations) != (learning_rate, num_iterations):
        st.caption(t("cat.stale", lr=format_number(run.learning_rate), iters=run.num_iterations))

    if not run.diverged:
        show_mislabeled(task, task.test_probabilities(run))

        st.subheader(t("cat.weights_header"))
        left, right = st.columns([1, 2])
        left.image(enlarge(weights_to_image(problem.weights(run.alpha)), 4), width=256,
                   caption=t("cat.weights_caption"))
        right.markdown(t("cat.weights_explain"))

        downloads = st.columns(2)
        downloads[0].download_button(t("cat.download_params"), parameters_npz(task, run),
                                     file_name="cat_logistic_parameters.npz", mime="application/octet-stream")
        downloads[1].download_button(t("cat.download_costs"), costs_csv(run.costs),
                                     file_name="cat_logistic_costs.csv", mime="text/csv")
if stop_clicked and run is not None and not run.done:
    st.toast(t("cat.stop_toast", i=run.iteration))

# ---- Learning-rate comparison ----
st.header(t("cat.compare_header"))
st.markdown(t("cat.compare_intro"))
compare_columns = st.columns(2)
with compare_columns[0]:
    rates = setting_widget(COMPARE_RATES, where=st)
with compare_columns[1]:
    compare_iterations = setting_widget(COMPARE_ITERATIONS, where=st)
if rates:
    runs = {rate: trained_model(task, task.source, rate, compare_iterations) for rate in sorted(rates, reverse=True)}
    st.plotly_chart(comparison_figure(
        {t("cat.compare_label", lr=format_number(rate)): r.costs[:-1] for rate, r in runs.items()},
        t("cat.compare_chart", iters=compare_iterations), t("cat.iteration"), t("cat.cost")))
    st.dataframe(
        {t("cat.lr"): [format_number(rate) for rate in runs],
         t("cat.final_cost"): [f"{r.costs[-2]:.6f}" for r in runs.values()],
         t("cat.train_accuracy"): [f"{r.train_accuracy:.2f} %" for r in runs.values()],
         t("cat.test_accuracy"): [f"{r.test_accuracy:.2f} %" for r in runs.values()]},
        hide_index=True)
    st.markdown(t("cat.compare_lesson"))
else:
    st.info(t("cat.compare_empty"))

# ---- Your own photo ----
st.header(t("cat.photo_header"))
model = run if run is not None and run.done and not run.diverged else trained_model(task, task.source, 0.005, 2000)
st.markdown(t("cat.photo_intro", lr=format_number(model.learning_rate), iters=model.iteration,
              which=t("cat.photo_model_yours" if model is run else "cat.photo_model_reference")))
try_your_photo(task, lambda image: task.cat_probability(model, image), key="photo_upload")
