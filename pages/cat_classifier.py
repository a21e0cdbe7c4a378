"""Chapter: logistic regression on cat / non-cat images, trained live.

Each section that reacts to its own widgets is a fragment (the image picker, training, the learning-rate
comparison, the photo), so a click there reruns that section only, not the gallery above it.
"""

import streamlit as st

from core.board_figures import rate_colours
from core.cat_task import costs_csv, parameters_npz
from core.chart_words import comparison_words
from core.chapters import chapter
from core.chapters.cat_classifier import (COMPARE_ITERATIONS, COMPARE_RATES, IMAGE_INDEX, ITERATIONS, LEARNING_RATE, LEARNING_RATES,
                                          PACE, PACE_SECONDS_PER_1000, REFERENCE_ITERATIONS, REFERENCE_LEARNING_RATE,
                                          TEXT_IMAGES)
from core.dual_logistic import train_steps
from core.run_story import RateResult, comparison_lesson, percent
from core.figures.common import comparison_figure
from core.images import enlarge, weights_to_image
from core.notebooks import cat_notebook
from core.settings import format_number
from core.text import t
from ui.accessibility import calm
from ui.chart_words import chart
from ui.cat_data import cat_task, class_name, trained_logistic
from ui.cat_views import gallery, pictures, show_mislabeled, try_your_photo
from ui.code_panel import code_panel, fast_form_panel, logistic_forms_agreement
from ui.controls import setting_widget
from ui.explain import explain
from ui.notebook_download import notebook_download
from ui.our_photos import our_photos_section
from ui.live import Training, step_8_view, training_section
from ui.router import ensure_router

ensure_router()
CHAPTER = chapter("cat_classifier")
st.title(t("cat_classifier.title"))
explain(t("cat_classifier.intro"))
with st.expander(t("cat_classifier.notes_header")):
    st.markdown(t("cat_classifier.notes"))

task = cat_task()
if task is None:
    st.stop()
problem = task.problem

# ---- Settings (outside every fragment: a change reruns the page, which also stops a run) ----
st.sidebar.header(t("cat_classifier.settings"))
learning_rate = setting_widget(LEARNING_RATE)
num_iterations = setting_widget(ITERATIONS)
pace = setting_widget(calm(PACE))  # instant when the system asks for reduced motion

# ---- 1 · The data ----
st.header(t("cat_classifier.data_header"))
n, m = problem.X_train.shape
m_test = problem.X_test.shape[1]
cats = int(problem.Y_train.sum())
columns = st.columns(4)
columns[0].metric(t("cat_classifier.m_train"), m)
columns[1].metric(t("cat_classifier.m_test"), m_test)
columns[2].metric(t("cat_classifier.image_shape"), "64 × 64 × 3")
columns[3].metric(t("cat_classifier.features"), n)
explain(t("cat_classifier.data_shapes", m=m, m_test=m_test, n=n, cats=cats, noncats=m - cats))
gallery(task)


@st.fragment
def image_picker() -> None:
    with st.container(border=True):
        left, right = st.columns([1, 2])
        with left:
            index = min(setting_widget(IMAGE_INDEX, where=st), m - 1)
            st.markdown(t("cat_classifier.image_label", index=index, label=class_name(problem.Y_train[0, index]),
                          y=int(problem.Y_train[0, index])))
            for shown in (i for i in TEXT_IMAGES if i < m):  # the text's two examples, one click away
                st.button(t("cat_classifier.show_text_image", index=shown, label=class_name(problem.Y_train[0, shown])),
                          key=f"cat_text_image_{shown}", on_click=st.session_state.update,
                          kwargs={IMAGE_INDEX.key: shown})
        right.image(enlarge(task.train_images[index], 4), width=256,
                    alt=t("cat_classifier.train_image_alt", index=index, label=class_name(problem.Y_train[0, index])))


image_picker()

# ---- 2 · Training ----
st.header(t("cat_classifier.train_header"))
explain(t("cat_classifier.train_intro"))
code_panel("cat_classifier.logistic")
fast_form_panel("cat_classifier.span", logistic_forms_agreement(task, task.source))


def confusion_matrix(probabilities) -> None:
    """The test set's 2×2 confusion matrix (cat first, as the question is "cat?"), each cell opening its images."""
    st.subheader(t("cat_classifier.confusion_header"))
    st.caption(t("cat_classifier.confusion_intro"))
    cells = task.confusion(probabilities)
    for truth in (1, 0):
        row = st.columns([1, 2, 2])
        row[0].markdown(f"**{t('cat_classifier.confusion_truth', label=class_name(truth))}**")
        for column, predicted in zip(row[1:], (1, 0)):
            indices = cells[(truth, predicted)]
            # Its images are sent once the cell is opened (a lazy expander): most runs are looked at, not opened.
            cell = column.expander(t("cat_classifier.confusion_cell", label=class_name(predicted), count=len(indices)),
                                   key=f"cat_confusion_{truth}{predicted}", on_change="rerun")
            if not cell.open:
                continue
            with cell:
                if indices:
                    test = pictures(task, task.source, "test")
                    st.image([test[i] for i in indices], width=64, caption=[f"#{i}" for i in indices],
                             alt=[t("cat_classifier.test_image_alt", index=i, label=class_name(truth)) for i in indices])
                else:
                    st.caption(t("cat_classifier.confusion_empty"))


def results(record) -> None:
    """What a run learned: the test images it gets wrong, its weights as a picture, its files."""
    run = record.snapshot
    probabilities = task.test_probabilities(run)
    show_mislabeled(task, probabilities)
    confusion_matrix(probabilities)
    st.subheader(t("cat_classifier.weights_header"))
    left, right = st.columns([1, 2])
    weights = problem.weights(run.alpha)
    left.image(enlarge(weights_to_image(weights), 4), width=256, caption=t("cat_classifier.weights_caption"),
               alt=t("cat_classifier.weights_alt", low=float(weights.min()), high=float(weights.max())))
    explain(t("cat_classifier.weights_explain"), where=right)
    downloads = st.columns(3)
    with downloads[2]:
        notebook_download(cat_notebook, "cat_classifier", "cat_notebook", learning_rate=record.settings[LEARNING_RATE.key],
                          num_iterations=record.settings[ITERATIONS.key])
    # Written when pressed (on its own thread), not on every rerun of every learner's page.
    downloads[0].download_button(t("cat_classifier.download_params"), lambda: parameters_npz(task, run),
                                 file_name="cat_logistic_parameters.npz", mime="application/octet-stream")
    downloads[1].download_button(t("cat_classifier.download_costs"), lambda: costs_csv(run.costs),
                                 file_name="cat_logistic_costs.csv", mime="text/csv")


training_section(Training(
    CHAPTER, settings={LEARNING_RATE: learning_rate, ITERATIONS: num_iterations}, data=task.source,
    start=lambda run, every: train_steps(problem, run[LEARNING_RATE], run[ITERATIONS], every),
    seconds=PACE_SECONDS_PER_1000[pace] * num_iterations / 1000, charts=2,
    draw=step_8_view(CHAPTER, lambda run: {"lr": format_number(run.learning_rate)}), after=results,
    outcome=lambda record: dict(lr=format_number(record.snapshot.learning_rate), train=record.snapshot.train_accuracy,
                                test=record.snapshot.test_accuracy)))


# ---- 3 · Learning-rate comparison ----
@st.fragment
def comparison() -> None:
    st.header(t("cat_classifier.compare_header"))
    explain(t("cat_classifier.compare_intro"))
    left, right = st.columns(2)
    with left:
        rates = setting_widget(COMPARE_RATES, where=st)
    with right:
        iterations = setting_widget(COMPARE_ITERATIONS, where=st)
    if not rates:
        st.info(t("cat_classifier.compare_empty"))
        return
    runs = {rate: trained_logistic(task, task.source, rate, iterations).snapshot for rate in sorted(rates, reverse=True)}
    label = {rate: t("cat_classifier.compare_label", lr=format_number(rate)) for rate in runs}
    colour = rate_colours(LEARNING_RATES)  # one colour per rate whatever else is compared
    curves = {label[rate]: r.costs[:-1] for rate, r in runs.items()}
    chart(comparison_figure(
        curves,
        {"title": t("cat_classifier.compare_chart", iters=iterations), "x": t("cat_classifier.iteration"), "y": t("cat_classifier.cost")},
        colours={label[rate]: colour[rate] for rate in runs}),
        comparison_words(curves, "cat_classifier.lr", "cat_classifier.compare_text", iters=iterations),
        numbers=False, key="cat_compare")  # its numbers: the table below
    results = [RateResult(rate, float(r.costs[-2]), r.train_accuracy, r.test_accuracy, r.diverged)
               for rate, r in runs.items()]
    st.dataframe(
        {t("cat_classifier.lr"): [format_number(r.learning_rate) for r in results],
         t("cat_classifier.final_cost"): [f"{r.final_cost:.6f}" for r in results],
         t("cat_classifier.train_accuracy"): [f"{percent(r.train_accuracy)} %" for r in results],
         t("cat_classifier.test_accuracy"): [f"{percent(r.test_accuracy)} %" for r in results]},
        hide_index=True)
    explain(t("text.between_sentences").join(t(s.key, **s.values) for s in comparison_lesson(results, iterations)))


comparison()


# ---- 4 · Your own photo ----
@st.fragment
def photo() -> None:
    st.header(t("cat_classifier.photo_header"))
    explain(t("cat_classifier.photo_intro", lr=format_number(REFERENCE_LEARNING_RATE), iters=REFERENCE_ITERATIONS))

    def model():
        """The learner's latest run if it finished, else the course lab's reference model; and why."""
        record = st.session_state.get(CHAPTER.session_key("run"))
        if record is not None and record.snapshot.done and not record.snapshot.diverged:
            return record.snapshot, "cat_classifier.photo_model_yours", {}
        reference = trained_logistic(task, task.source, REFERENCE_LEARNING_RATE, REFERENCE_ITERATIONS).snapshot
        if record is None:
            return reference, "cat_classifier.photo_model_reference", {}
        # A run cut short (or diverged) is not the model the learner chose to train: say so, and use the course's.
        why = "story.photo_diverged" if record.snapshot.diverged else "story.photo_stopped"
        return reference, why, {"i": record.snapshot.iteration, "total": record.snapshot.num_iterations,
                                "own_lr": format_number(record.settings[LEARNING_RATE.key])}

    def which() -> str:
        run, words, values = model()
        return t(words, lr=format_number(run.learning_rate), iters=run.iteration, **values)

    try_your_photo(task, lambda image: task.cat_probability(model()[0], image), key="photo_upload", which=which)


photo()

# ---- 5 · Our photos (ui/our_photos.py) ----
our_photos_section(task, learning_rate, num_iterations, PACE_SECONDS_PER_1000[pace] * num_iterations / 1000)
