"""The cat data set, loaded once per server process and shared read-only by every session, and the
finished runs every session may share: the course lab's reference models and the learning-rate
comparison, each trained once per process."""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass

import streamlit as st

from core.cat_task import CatTask
from core.datasets import (TEST_FILE, TRAIN_FILE, data_dir, load_catvnoncat, read_uploaded_catvnoncat,
                           refuse_if_told)
from core.dual_logistic import train
from core.nn import NetSnapshot, final_snapshot
from core.snapshot import TrainingSnapshot
from core.text import t


@dataclass(frozen=True)
class Trained:
    """A finished run and the seconds it took."""

    snapshot: TrainingSnapshot
    seconds: float


@st.cache_resource(max_entries=2, show_spinner=False)
def task_from_folder(folder: str) -> CatTask:
    """Reads (downloading if needed) and prepares the task; an error is not cached, so a retry retries."""
    return CatTask.from_arrays(*load_catvnoncat(folder), source=folder)


@st.cache_resource(max_entries=2, show_spinner=False)
def task_from_upload(train_bytes: bytes, test_bytes: bytes) -> CatTask:
    digest = hashlib.sha256(train_bytes + test_bytes).hexdigest()
    return CatTask.from_arrays(*read_uploaded_catvnoncat(train_bytes, test_bytes), source=f"upload:{digest}")


@st.cache_resource(max_entries=32, show_spinner=False)
def trained_logistic(_task: CatTask, source: str, learning_rate: float, num_iterations: int) -> Trained:
    """Logistic regression run to the end, shared by every session and page (keyed by `task.source`:
    the arrays themselves are not hashed)."""
    start = time.perf_counter()
    return Trained(train(_task.problem, learning_rate, num_iterations), time.perf_counter() - start)


@st.cache_resource(max_entries=8, show_spinner=False)
def trained_network(_task: CatTask, source: str, hidden_sizes: tuple, hidden: str, init: str, learning_rate: float,
                    num_iterations: int) -> Trained:
    """A network on the cats run to the end, shared like `trained_logistic`."""
    problem = _task.problem
    start = time.perf_counter()
    final: NetSnapshot = final_snapshot(
        problem.X_train, problem.Y_train, [problem.X_train.shape[0], *hidden_sizes, 1], hidden=hidden, init=init,
        learning_rate=learning_rate, num_iterations=num_iterations, X_test=problem.X_test, Y_test=problem.Y_test,
        gram=(problem.K_train, problem.K_test))
    return Trained(final, time.perf_counter() - start)


def class_name(label) -> str:
    """"cat" or "non-cat" in the learner's language (the file's own names are English bytes)."""
    return t(f"cat_classifier.class_{int(label)}")


def cat_task() -> CatTask | None:
    """The task from disk (or a download), else from two uploaded files; None (with help shown) if neither."""
    folder = str(data_dir())
    refuse_if_told(data_dir())  # outside the try: a test that reaches the data without its marker must fail
    failed = st.session_state.get("cat_data_error")
    if failed is None or st.session_state.pop("cat_data_retry", False):
        try:
            with st.spinner(t("data.loading")):
                return task_from_folder(folder)
        except Exception as error:  # DatasetError, or anything h5py raises on a damaged file
            st.session_state["cat_data_error"] = failed = str(error)
    st.error(t("data.missing", folder=folder, train=TRAIN_FILE.name, test=TEST_FILE.name))
    with st.expander(t("data.missing_details")):
        st.code(failed, language=None)
    st.button(t("data.retry"), on_click=lambda: st.session_state.update(cat_data_retry=True))
    st.markdown(t("data.upload_intro"))
    columns = st.columns(2)
    train_file = columns[0].file_uploader(TRAIN_FILE.name, type=["h5"], key="upload_train_h5", max_upload_size=20)
    test_file = columns[1].file_uploader(TEST_FILE.name, type=["h5"], key="upload_test_h5", max_upload_size=20)
    if train_file is None or test_file is None:
        return None
    try:
        task = task_from_upload(train_file.getvalue(), test_file.getvalue())
    except Exception as error:
        st.error(t("data.upload_invalid", problem=str(error)))
        return None
    st.success(t("data.upload_ok"))
    return task
