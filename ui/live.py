"""Live training in a page: one driver for every chapter that trains (Train, Stop training, a paced loop,
the run kept in the session, its redraw, how it ended, and whether it still matches the settings).

Training is faster than the eye, so a run is spread over `seconds` (0: as fast as it goes) with a few
redraws a second. The training section is a fragment: a click on Train reruns that section only, not
the page above it. "Stop training" sits outside the fragment, so its click reruns the whole page, and
that is what interrupts a running loop at once (a button inside a running fragment would wait for it);
a change in the sidebar does the same. Every redraw and every store in the session is a Streamlit call,
the point where such an interruption lands.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any, Callable, Hashable, Iterator, Mapping

import numpy as np
import streamlit as st

from core.chapters import Chapter
from core.figures.common import FULL_POINTS, train_test_figure
from core.settings import Setting
from core.run_story import (CAPTION, INFO, WARNING, Sentence, accuracy_chart_text, chart_numbers, cost_chart_text,
                             percent, run_story)
from core.snapshot import TrainingSnapshot
from core.text import t
from ui.chart_words import words_text
from ui.class_link import post_run
from ui.controls import describe_value
from ui.live_plot import live_plotly_chart
from ui.opened_run import opened_run_card, say_reproduction
from ui.presenter_mode import presenting

FRAMES_PER_SECOND = 8
INSTANT_FRAMES = 3  # "instant": a glimpse of the curve growing, not a film (each frame is sent to the browser)


@dataclass(frozen=True)
class RunRecord:
    """A run as the page keeps it: the settings it was made with (by URL key) and its latest snapshot."""

    settings: Mapping[str, object]
    snapshot: TrainingSnapshot | None


@dataclass(frozen=True)
class Slots:
    """Where a run is drawn: the progress bar, the row of metrics, and the page's chart slots."""

    progress: object
    metrics: object
    charts: list


def snapshot_every(num_iterations: int, seconds: float, frames_per_second: float = FRAMES_PER_SECOND) -> int:
    """Iterations between two redraws (fewer frames a second for heavier views)."""
    if seconds <= 0:
        return max(1, num_iterations // INSTANT_FRAMES)
    return max(1, round(num_iterations / (seconds * frames_per_second)))


def paced(snapshots: Iterator[TrainingSnapshot], seconds: float):
    """Yield each snapshot, then wait as long as it takes for the run to last `seconds` in all."""
    start = time.perf_counter()
    for snapshot in snapshots:
        yield snapshot
        wait = start + seconds * snapshot.iteration / snapshot.num_iterations - time.perf_counter()
        if wait > 0 and not snapshot.done:
            time.sleep(wait)


def run_settings(settings: Mapping[Setting, object]) -> dict[str, object]:
    """{URL key: value} for the settings a run is made with."""
    return {setting.key: value for setting, value in settings.items()}


def stale_notice(made: Mapping[str, object], settings: Mapping[Setting, object]) -> None:
    """Say so, the same way on every page, when what is shown was made with other settings than the
    current ones (`made`: {URL key: value} as `run_settings` kept them)."""
    changes = [t("live.stale_change", name=t(setting.label), then=describe_value(setting, made[setting.key]),
                 now=describe_value(setting, value))
               for setting, value in settings.items() if made.get(setting.key) != value]
    if changes:
        st.warning(t("live.stale", changes=t("text.between_items").join(changes)), icon="⚠️")


def show_outcome(record: RunRecord, chapter: Chapter, values: Mapping[str, object]) -> None:
    """How a run ended, in the chapter's words (finished, stopped, diverged), then what its own numbers say
    (core/run_story.py: the cost's path, the swing, the train-test gap)."""
    run = record.snapshot
    values = dict(values, i=run.iteration, total=run.num_iterations)
    if run.diverged:
        st.error(t(chapter.word("diverged"), **values))
    elif not run.done:
        st.warning(t(chapter.word("stopped"), **values))
    else:
        st.success(t(chapter.word("finished"), **values))
    say(run_story(run, record.settings[chapter.learning_rate.key]))


def say(sentences: list[Sentence]) -> None:
    """Show sentences computed by core, each the way its kind asks."""
    show = {INFO: st.info, WARNING: st.warning, CAPTION: st.caption}
    for sentence in sentences:
        show[sentence.kind](words_text(sentence))


def show_progress(slots: Slots, snapshot: TrainingSnapshot, chapter: Chapter,
                  metrics: list[tuple[str, object]]) -> None:
    """The progress bar and a row of metrics (label, value) for one snapshot."""
    slots.progress.progress(snapshot.iteration / snapshot.num_iterations,
                            text=t(chapter.word("progress"), i=snapshot.iteration, total=snapshot.num_iterations))
    with slots.metrics.container():
        for column, (label, value) in zip(st.columns(len(metrics)), metrics):
            column.metric(label, value)


def step_8_charts(slots: Slots, run: TrainingSnapshot, chapter: Chapter, finished: bool, **values) -> None:
    """The text's step 8, drawn live: the cost, then the accuracy, on the training and the test set,
    against the iterations (the chapter's cost_chart and accuracy_chart titles, with `values`)."""
    word = chapter.word
    sets = {"x": t(word("iteration")), "train": t("live.train_set"), "test": t("live.test_set"),
            "even": t("story.even"), "odd": t("story.odd")}
    points = {"max_points": FULL_POINTS} if finished else {}  # a finished curve keeps every iteration
    accuracies = run.accuracies if run.accuracies is not None else np.array([[run.train_accuracy, np.nan]])
    cost_chart = train_test_figure(run.costs, run.test_costs, dict(sets, title=t(word("cost_chart"), **values),
                                                                   y=t(word("cost"))),
                                   total_iterations=run.num_iterations, **points)
    in_words = cost_chart_text(run) if finished else None  # said once the run ends, not at every frame
    if in_words is None:
        live_plotly_chart(cost_chart, alt=t(word("cost_chart"), **values), slot=f"{chapter.slug}_live_cost",
                          where=slots.charts[0])
    else:
        with slots.charts[0].container():
            live_plotly_chart(cost_chart, alt=words_text(in_words), slot=f"{chapter.slug}_live_cost")
            say([in_words])
            with st.expander(t("live.show_numbers")):
                show_numbers(run, chapter)
    accuracy_chart = train_test_figure(
        accuracies[:, 0], accuracies[:, 1] if run.test_costs is not None else None,
        dict(sets, title=t(word("accuracy_chart"), **values), y=t(word("accuracy"))),
        total_iterations=run.num_iterations, **points)
    in_words = accuracy_chart_text(run) if finished else None  # the table under the cost chart has its numbers
    if in_words is None:
        live_plotly_chart(accuracy_chart, alt=t(word("accuracy_chart"), **values), slot=f"{chapter.slug}_live_accuracy",
                          where=slots.charts[1])
    else:
        with slots.charts[1].container():
            live_plotly_chart(accuracy_chart, alt=words_text(in_words), slot=f"{chapter.slug}_live_accuracy")
            say([in_words])


def show_numbers(run: TrainingSnapshot, chapter: Chapter) -> None:
    """The step-8 charts' numbers as a table (a few iterations and the test cost's lowest), for a learner
    who reads numbers rather than curves."""
    word = chapter.word
    rows = chart_numbers(run)
    columns = {t(word("iteration")): [row[0] for row in rows],
               t("story.training_cost").capitalize(): [f"{row[1]:.4f}" for row in rows]}
    if run.test_costs is not None:
        columns[t("story.test_cost").capitalize()] = [f"{row[2]:.4f}" for row in rows]
    columns[t(word("train_accuracy"))] = [f"{percent(row[3])} %" for row in rows]
    if run.test_costs is not None:
        columns[t(word("test_accuracy"))] = [f"{percent(row[4])} %" for row in rows]
    st.table(columns, hide_index=True)


# Finished runs shared by every session of the process: in a class, many learners train with the same
# settings on the same data, and a run is a pure function of those (the generators draw their start from
# their own seed). Bounded; a run cut short by Stop is never kept.
SHARED_RUNS = 32
_shared_runs: OrderedDict = OrderedDict()
_shared_runs_lock = threading.Lock()


def shared_run(run_key: Hashable | None, start: Callable[[], Iterator[TrainingSnapshot]]) -> Iterator[TrainingSnapshot]:
    """The run's snapshots: replayed from a run with the same `run_key` finished earlier in this process
    (the learner still sees the curve grow, paced as usual), else trained now and kept once it finished."""
    if run_key is not None:
        with _shared_runs_lock:
            kept = _shared_runs.get(run_key)
            if kept is not None:
                _shared_runs.move_to_end(run_key)
        if kept is not None:
            yield from kept
            return
    snapshots = []
    for snapshot in start():
        snapshots.append(snapshot)
        yield snapshot
    if run_key is not None and snapshots and snapshots[-1].done:
        with _shared_runs_lock:
            _shared_runs[run_key] = tuple(snapshots)
            while len(_shared_runs) > SHARED_RUNS:
                _shared_runs.popitem(last=False)


def step_8_view(chapter: Chapter, title_values: Callable[[TrainingSnapshot], Mapping] = lambda run: {}):
    """The `draw` of a chapter trained on a training and a test set (cat, deep): progress, the four numbers
    of the run so far, and the step-8 charts (titles filled from `title_values(run)`)."""
    word = chapter.word

    def draw(record: RunRecord, slots: Slots, finished: bool) -> None:
        run = record.snapshot
        show_progress(slots, run, chapter, [
            (t(word("iteration")), run.iteration), (t(word("cost")), f"{run.cost:.6f}"),
            (t(word("train_accuracy")), f"{run.train_accuracy:.2f} %"),
            (t(word("test_accuracy")), f"{run.test_accuracy:.2f} %")])
        step_8_charts(slots, run, chapter, finished=finished, **title_values(run))
    return draw


@dataclass(frozen=True)
class Training:
    """What a training chapter tells the live driver, once.

    `settings`: every setting a run is made with, and its current value (the chapter's learning rate and
    iterations among them: the registry names which); `data`: what the run trains on besides them (the data
    set's source); `start(values, every)` begins a run (a core training generator) from `values` (the same
    `Setting -> value` mapping) with a snapshot every `every` iterations; `draw(record, slots, finished)`
    fills the progress, metric and chart slots; `outcome(record)` gives the values the chapter's finished /
    stopped / diverged sentences need; `after(record)` draws what follows a finished run; `seconds`: how long
    the learner watches a run (0: as fast as it goes), at most `frames_per_second` redraws a second.
    """

    chapter: Chapter
    settings: Mapping[Setting, Any]
    data: Hashable
    start: Callable[[Mapping[Setting, Any], int], Iterator[TrainingSnapshot]]
    draw: Callable[[RunRecord, Slots, bool], None]
    outcome: Callable[[RunRecord], Mapping]
    seconds: float
    charts: int = 1
    frames_per_second: float = FRAMES_PER_SECOND
    after: Callable[[RunRecord], None] | None = None

    def __post_init__(self):
        if not self.chapter.trains or not {self.chapter.learning_rate, self.chapter.iterations} <= set(self.settings):
            raise ValueError(f"{self.chapter.slug}: a training chapter's run is made with its learning rate and iterations")

    @property
    def learning_rate(self) -> float:
        return self.settings[self.chapter.learning_rate]

    @property
    def every(self) -> int:
        """Iterations between two snapshots: as many redraws as the pace allows."""
        return snapshot_every(self.settings[self.chapter.iterations], self.seconds, self.frames_per_second)

    @property
    def run_key(self) -> Hashable:
        """What makes two runs the same: the chapter, the data, every setting and the snapshots' spacing."""
        return (self.chapter.slug, self.data, tuple(sorted(run_settings(self.settings).items())), self.every)


def _made_with(record: RunRecord, settings: Mapping[str, object]) -> bool:
    """Whether the run kept in the session was made with these settings (those it has a value for)."""
    return all(record.settings.get(key, value) == value for key, value in settings.items())


def training_section(training: Training) -> RunRecord | None:
    """Train, "Stop training", and the view of the chapter's run kept in the session. A joined student's
    run goes to the class board under the chapter's slug; a run finished earlier in this process with the
    same `run_key` is replayed, not trained again. Returns the run kept in the session, if any."""
    chapter = training.chapter
    key = chapter.session_key("run")
    opened = opened_run_card(chapter, presenting())  # ?run=<id>&class=<code>: a student's exact run, read-only
    # Train, then "Stop training", side by side and each as wide as its words (fixed columns cut the words
    # off in presenter mode's larger type).
    buttons = st.container(horizontal=True)
    train_slot = buttons.container(width="content")
    stop_clicked = buttons.button(t(chapter.word("stop")), key=chapter.session_key("stop_training"))
    current = run_settings(training.settings)

    @st.fragment
    def section():
        train_clicked = train_slot.button(t(chapter.word("train")), type="primary", key=chapter.session_key("train"))
        train_clicked = st.session_state.pop(chapter.session_key("train_now"), False) or train_clicked  # Run it again
        notice = st.container()  # above the charts it qualifies: a run made with other settings says so first
        charts = st.columns(training.charts) if training.charts > 1 else [st]
        slots = Slots(st.empty(), st.empty(), [column.empty() for column in charts])
        if train_clicked:
            start = lambda: training.start(training.settings, training.every)  # noqa: E731
            for snapshot in paced(shared_run(training.run_key, start), training.seconds):
                record = RunRecord(current, snapshot)
                st.session_state[key] = record  # keeps the latest state; also a point where Stop lands
                training.draw(record, slots, snapshot.done)
        record = st.session_state.get(key)
        if record is None:
            slots.charts[0].info(t(chapter.word("not_trained")))  # the chart takes its place when training starts
            return
        with notice:
            stale_notice(record.settings, training.settings)
        if not train_clicked:
            training.draw(record, slots, True)
        show_outcome(record, chapter, training.outcome(record))
        if opened is not None and record.snapshot.done and _made_with(record, opened.settings):
            say_reproduction(opened, record.snapshot.cost)
        post_run(chapter.slug, record.settings, record.snapshot)  # to the class board, once, if this student joined one
        if training.after is not None and not record.snapshot.diverged:
            training.after(record)

    section()
    record = st.session_state.get(key)
    if stop_clicked and record is not None and not record.snapshot.done:
        st.toast(t("live.stop_toast", i=record.snapshot.iteration))
    return record
