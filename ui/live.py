"""Live training in a page: pace a core training generator's snapshots, and show progress and metrics.

Training is faster than the eye, so a run is spread over `seconds` (0: as fast as it goes) with about
FRAMES_PER_SECOND redraws a second. Every redraw is a Streamlit call, which is where a click on
"Stop training" or a slider change interrupts the run.
"""

from __future__ import annotations

import time

import streamlit as st

from core.text import t

FRAMES_PER_SECOND = 8
INSTANT_FRAMES = 10


def training_controls(train_label: str, stop_label: str, key_prefix: str = ""):
    """The Train and "Stop training" buttons, then empty slots for the progress bar and the metrics.

    Returns (train clicked, stop clicked, progress slot, metrics slot). Drawn above any training loop,
    so a click on Stop reruns the page at once.
    """
    buttons = st.columns([1, 1, 4])
    train = buttons[0].button(train_label, type="primary", key=f"{key_prefix}train")
    stop = buttons[1].button(stop_label, key=f"{key_prefix}stop_training")
    return train, stop, st.empty(), st.empty()


def snapshot_every(num_iterations: int, seconds: float, frames_per_second: float = FRAMES_PER_SECOND) -> int:
    """Iterations between two redraws (fewer frames a second for heavier views)."""
    if seconds <= 0:
        return max(1, num_iterations // INSTANT_FRAMES)
    return max(1, round(num_iterations / (seconds * frames_per_second)))


def paced(snapshots, seconds: float):
    """Yield each snapshot, then wait as long as it takes for the run to last `seconds` in all."""
    start = time.perf_counter()
    for snapshot in snapshots:
        yield snapshot
        wait = start + seconds * snapshot.iteration / snapshot.num_iterations - time.perf_counter()
        if wait > 0 and not snapshot.done:
            time.sleep(wait)


def show_outcome(run, finished: str, stopped: str, diverged: str) -> None:
    """How a run ended, in the page's words, then what its cost curve says about the learning rate."""
    if run.diverged:
        st.error(diverged)
    elif not run.done:
        st.warning(stopped)
    else:
        st.success(finished)
    explain_cost_path(run)


def explain_cost_path(snapshot) -> None:
    """Say so when the cost rose above its start: overshooting steps that settled, or did not."""
    peak = snapshot.cost_peak()
    if peak is None:
        return
    at, value = peak
    if snapshot.cost < snapshot.costs[0]:
        st.info(t("live.overshoot_settled", peak=value, at=at))
    else:
        st.warning(t("live.overshoot", peak=value, at=at))


def show_progress(progress_slot, metrics_slot, snapshot, text: str, metrics: list[tuple[str, object]]) -> None:
    """The progress bar and a row of metrics (label, value) for one snapshot."""
    progress_slot.progress(snapshot.iteration / snapshot.num_iterations, text=text)
    with metrics_slot.container():
        for column, (label, value) in zip(st.columns(len(metrics)), metrics):
            column.metric(label, value)
