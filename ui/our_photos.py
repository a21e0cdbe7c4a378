"""Our photos: the class's own photos as a third data set, on the cat classifier page and on the class board.

A joined student's photos go to the class board (core/board.py: only the 64 × 64 × 3 pixels, the label, the
student, the time); a learner alone keeps them in this session only. The original file or camera frame is
turned into the model's 64 × 64 input at once (core/images.py) and never stored or logged.

Three lessons are computed live from core/our_photos.py: the course's model on our photos, training with our
photos (split by student), and what changed.
"""

from __future__ import annotations

import hashlib
import io
import time
from dataclasses import dataclass
from itertools import count as counter

import numpy as np
import pandas as pd
import streamlit as st
from PIL import Image
from sqlalchemy.exc import SQLAlchemyError

from core.board import DEFAULT_LIFETIME, MAX_PHOTOS_PER_STUDENT, BoardError, board_url, format_code
from core.cat_task import CatTask
from core.chapters import chapter
from core.chapters.cat_classifier import REFERENCE_ITERATIONS, REFERENCE_LEARNING_RATE
from core.chapters.class_board import REFRESH_SECONDS, SNAPSHOT_SECONDS
from core.datasets import CAT_FILES, DataRefused, data_dir, refuse_if_told
from core.dual_logistic import train_steps
from core.figures.common import cost_curve_figure
from core.images import PhotoError, enlarge, photo_to_input
from core.our_photos import (Comparison, Score, best_run, compare, comparison_of, score, split_by_photo, split_by_student,
                             tally, what_changed, what_is_missing, with_photos)
from core.run_story import percent
from core.settings import format_number
from core.text import t
from ui.cat_data import class_name, task_from_folder, trained_logistic
from ui.cat_views import UPLOAD_MB
from ui.class_link import Seat, board, board_errors, board_for, class_snapshot, markdown_literal, seat
from ui.explain import explain
from ui.live import paced, snapshot_every
from ui.live_plot import live_plotly_chart

ALONE_KEY = "our_photos.alone"  # a learner alone: their photos, in this session only
DRAFT_KEY = "our_photos.draft"  # a counter in the uploader's and camera's keys: a new one empties them
COMPARED_KEY = "our_photos.compared"  # {(photos, alone, learning rate, iterations): the lesson 2 comparison}
NOTE_KEY = "our_photos.note"  # what the last click did, said once on the next run
CAMERA_TOGGLE, LABEL_KEY, TRAIN_TOGGLE = "our_photos_camera_on", "our_photos_label", "our_photos_train"
UPLOAD_TYPES = ["jpg", "jpeg", "png", "webp"]
ALONE = "alone"  # the student id of a learner alone's photos
CAT = chapter("cat_classifier")  # its learning rate and iterations: the board trains its best run again
THUMB = 64  # pixels: a photo at its own size


@dataclass(frozen=True, eq=False)
class SessionPhoto:
    """A learner alone's photo, shaped like core.board.Photo."""

    photo_id: int
    student_id: str
    nickname: str
    label: int
    pixels: np.ndarray
    added_at: float


_ids = counter(1)


# ---- where the photos live ----

@st.cache_resource(ttl=SNAPSHOT_SECONDS, max_entries=100, show_spinner=False)
def class_photos(url: str, code: str) -> list:
    """A class's photos, read once for every viewer within SNAPSHOT_SECONDS (shared: the pixels are
    read-only). Cleared in this process whenever this process adds or deletes one."""
    return board_for(url).photos(code)


def photos_of(current: Seat | None) -> list:
    if current is None:
        return list(st.session_state.get(ALONE_KEY, []))
    with board_errors(unavailable=st.warning):
        return class_photos(board_url(), current.code)
    return []


def _fingerprint(photos) -> str:
    """What identifies a photo set in the caches below: its photos' ids, labels and pixels."""
    digest = hashlib.sha1()
    for p in photos:
        digest.update(f"{p.photo_id}:{p.student_id}:{p.label};".encode())
        digest.update(p.pixels.tobytes())
    return digest.hexdigest()


@st.cache_resource(max_entries=2000, show_spinner=False)
def png(_pixels: np.ndarray, key: str) -> bytes:
    """A photo as a PNG file, encoded once per process (`key` names it: a class code and photo id)."""
    buffer = io.BytesIO()
    Image.fromarray(_pixels).save(buffer, format="PNG")
    return buffer.getvalue()


def thumbnail(p, where: str) -> bytes:
    return png(p.pixels, f"{where}:{p.photo_id}") if where != ALONE else png(p.pixels, f"{ALONE}:{_fingerprint([p])}")


# ---- adding a photo ----

def _notice(current: Seat | None) -> None:
    hours = round(DEFAULT_LIFETIME.total_seconds() / 3600)
    where = (t("our_photos.notice_class", code=format_code(current.code), hours=hours) if current is not None
             else t("our_photos.notice_alone"))
    st.info(t("our_photos.notice", where=where), icon=":material/privacy_tip:")


def _add_form(current: Seat | None) -> None:
    draft = st.session_state.setdefault(DRAFT_KEY, 0)
    camera = st.toggle(t("our_photos.camera_toggle"), key=CAMERA_TOGGLE, help=t("our_photos.camera_help"))
    shot = st.camera_input(t("our_photos.camera_label"), key=f"our_photos_camera_{draft}") if camera else None
    upload = st.file_uploader(t("our_photos.upload_label"), type=UPLOAD_TYPES, key=f"our_photos_upload_{draft}",
                              max_upload_size=UPLOAD_MB, help=t("our_photos.upload_help", mb=UPLOAD_MB))
    chosen = shot or upload
    if chosen is None:
        return
    try:
        pixels = photo_to_input(chosen.getvalue(), crop=True)  # the original goes no further than this call
    except PhotoError as error:
        st.error(t(f"photo.{error.code}", name=markdown_literal(chosen.name or "photo"), mb=UPLOAD_MB))
        return
    left, right = st.columns([1, 2])
    left.image(enlarge(pixels, 2), width=128, caption=t("our_photos.preview_caption"), alt=t("our_photos.preview_alt"))
    # A form: choosing the label costs no round trip to the server, only Add does (a class adds hundreds).
    with right.form("our_photos_form", border=False):
        # The options are the words themselves (no format_func): a test in any language can choose one.
        words = {class_name(1): 1, class_name(0): 0}
        st.segmented_control(t("our_photos.label_label"), list(words), key=LABEL_KEY)
        st.form_submit_button(t("our_photos.add"), key="our_photos_add", type="primary", icon=":material/add_a_photo:",
                              on_click=_add, args=(current, pixels, words))


def _add(current: Seat | None, pixels: np.ndarray, words: dict) -> None:
    label = words.get(st.session_state.get(LABEL_KEY))
    if label is None:
        st.session_state[NOTE_KEY] = ("warning", t("our_photos.label_needed"))
        return
    if current is None:
        mine = st.session_state.setdefault(ALONE_KEY, [])
        if len(mine) >= MAX_PHOTOS_PER_STUDENT:
            st.session_state[NOTE_KEY] = ("warning", t("our_photos.too_many_alone", count=len(mine)))
            return
        pixels = pixels.copy()
        pixels.setflags(write=False)
        mine.append(SessionPhoto(next(_ids), ALONE, "", int(label), pixels, time.time()))
        st.session_state[NOTE_KEY] = ("success", t("our_photos.added_alone"))
    else:
        try:
            board().add_photo(current.code, current.student_id, pixels, int(label))
        except (BoardError, SQLAlchemyError) as error:  # said on the next run, by board_errors' rules
            st.session_state[NOTE_KEY] = ("error", error)
            return
        class_photos.clear()
        st.session_state[NOTE_KEY] = ("success", t("our_photos.added_class", code=format_code(current.code)))
    st.session_state[DRAFT_KEY] = st.session_state.get(DRAFT_KEY, 0) + 1  # empties the uploader and camera
    st.session_state.pop(LABEL_KEY, None)


def _delete(current: Seat | None, photo_id: int) -> None:
    if current is None:
        st.session_state[ALONE_KEY] = [p for p in st.session_state.get(ALONE_KEY, []) if p.photo_id != photo_id]
    else:
        try:
            board().delete_photo(current.code, photo_id, student_id=current.student_id)
        except (BoardError, SQLAlchemyError) as error:
            st.session_state[NOTE_KEY] = ("error", error)
            return
        class_photos.clear()
    st.session_state[NOTE_KEY] = ("success", t("our_photos.deleted"))


def _say_note() -> None:
    note = st.session_state.pop(NOTE_KEY, None)
    if note is None:
        return
    kind, what = note
    if isinstance(what, Exception):
        with board_errors():
            raise what
    else:
        getattr(st, kind)(what)


def _mine(photos: list, current: Seat | None) -> None:
    mine = [p for p in photos if p.student_id == (current.student_id if current else ALONE)]
    st.subheader(t("our_photos.mine_header", count=len(mine)))
    if not mine:
        st.caption(t("our_photos.mine_none"))
        return
    where = current.code if current else ALONE
    with st.container(horizontal=True, gap="small", key="our_photos_mine"):  # wraps on a phone's narrow screen
        for number, p in enumerate(mine, 1):
            with st.container(width="content", horizontal_alignment="center", gap=None):
                st.image(thumbnail(p, where), width=THUMB, caption=class_name(p.label),
                         alt=t("our_photos.thumb_alt", number=number, label=class_name(p.label)))
                st.button(t("our_photos.delete"), key=f"our_photos_delete_{p.photo_id}", type="tertiary",
                          icon=":material/delete:", on_click=_delete, args=(current, p.photo_id))


# ---- the three lessons ----

def reference(task: CatTask):
    """The course lab's model (the page's reference): learning rate 0.005, 2,000 iterations."""
    return trained_logistic(task, task.source, REFERENCE_LEARNING_RATE, REFERENCE_ITERATIONS).snapshot


@st.cache_resource(max_entries=64, show_spinner=False)
def scored(_task: CatTask, source: str, _photos: tuple, fingerprint: str) -> Score:
    """The course's model on a photo set, once per process and photo set."""
    return score(_task.problem, reference(_task), _photos)


@st.cache_resource(max_entries=32, show_spinner=False)
def compared(_task: CatTask, source: str, _photos: tuple, fingerprint: str, alone: bool, learning_rate: float,
             num_iterations: int) -> tuple[str | None, Comparison | None]:
    """Lesson 2 on a photo set: (what is missing, None) or (None, the comparison)."""
    split = split_by_photo(_photos) if alone else split_by_student(_photos)
    missing = what_is_missing(split)
    if missing is not None:
        return missing, None
    course_run = trained_logistic(_task, source, learning_rate, num_iterations).snapshot
    return None, compare(_task, split, learning_rate, num_iterations, course_run=course_run)


def confusion_cells(photos, result: Score, where: str) -> None:
    st.caption(t("our_photos.confusion_intro"))
    for truth in (1, 0):
        row = st.columns([1, 2, 2])
        row[0].markdown(f"**{t('our_photos.confusion_truth', label=class_name(truth))}**")
        for column, predicted in zip(row[1:], (1, 0)):
            indices = result.confusion[(truth, predicted)]
            # The pictures only on request: an expander would send every photo of the class on every rerun.
            with column.container(border=True):
                st.markdown(t("our_photos.confusion_cell", label=class_name(predicted), count=len(indices)))
                if not indices:
                    st.caption(t("our_photos.confusion_empty"))
                elif st.toggle(t("our_photos.confusion_show"), key=f"our_photos_cell_{truth}{predicted}"):
                    st.image([thumbnail(photos[i], where) for i in indices], width=THUMB,
                             alt=[t("our_photos.cell_alt", label=class_name(truth), answer=class_name(predicted))
                                  for _ in indices])


def lesson_course_model(task: CatTask, photos: tuple, fingerprint: str, where: str) -> None:
    st.subheader(t("our_photos.lesson1_header"))
    run = reference(task)
    st.caption(t("our_photos.model_caption", m=task.problem.m, lr=format_number(REFERENCE_LEARNING_RATE),
                 iters=REFERENCE_ITERATIONS))
    result = scored(task, task.source, photos, fingerprint)
    m_test = task.problem.X_test.shape[1]
    columns = st.columns(2)
    columns[0].metric(t("our_photos.accuracy_ours", count=len(photos)), f"{percent(result.accuracy)} %")
    columns[1].metric(t("our_photos.accuracy_course", count=m_test), f"{percent(run.test_accuracy)} %")
    right = len(result.confusion[(1, 1)]) + len(result.confusion[(0, 0)])
    explain(t("our_photos.lesson1_explain", right=right, count=len(photos), ours=percent(result.accuracy),
              course=percent(run.test_accuracy)))
    confusion_cells(photos, result, where)


def _train_live(task: CatTask, split, learning_rate: float, num_iterations: int, seconds: float) -> Comparison:
    """Lesson 2's training with our photos, drawn as it goes at the page's pace (its progress and its cost
    curve), then compared with the course's run of the same settings."""
    problem = with_photos(task, split.train)
    progress, curve = st.empty(), st.empty()
    words = {"title": t("our_photos.live_chart"), "x": t("cat_classifier.iteration"), "y": t("cat_classifier.cost")}
    run = None
    for run in paced(train_steps(problem, learning_rate, num_iterations, snapshot_every(num_iterations, seconds)),
                     seconds):
        progress.progress(run.iteration / max(1, run.num_iterations),
                          text=t("our_photos.live_progress", i=run.iteration, total=run.num_iterations))
        live_plotly_chart(cost_curve_figure(run.costs, words, total_iterations=run.num_iterations),
                          alt=t("our_photos.live_chart"), where=curve)
    progress.empty()
    course_run = trained_logistic(task, task.source, learning_rate, num_iterations).snapshot
    return comparison_of(task, split, problem, run, course_run)


def lesson_training(task: CatTask, photos: tuple, fingerprint: str, alone: bool, learning_rate: float,
                    num_iterations: int, seconds: float = 0.0) -> Comparison | None:
    st.subheader(t("our_photos.lesson2_header"))
    on = st.toggle(t("our_photos.train_toggle"), key=TRAIN_TOGGLE, help=t("our_photos.train_help", m=task.problem.m))
    if not on:
        return None
    split = split_by_photo(photos) if alone else split_by_student(photos)
    missing = what_is_missing(split)
    if missing is not None:
        st.info(t(f"our_photos.missing_{missing}" + ("" if missing == "no_photos" else "_alone" if alone else "_class")))
        return None
    kept = st.session_state.setdefault(COMPARED_KEY, {})
    made_with = (fingerprint, alone, learning_rate, num_iterations)
    result = kept.get(made_with)
    if result is None:
        result = _train_live(task, split, learning_rate, num_iterations, seconds)
        kept.clear()  # one comparison per session: the latest photos and settings
        kept[made_with] = result
    train_side, test_side = result.split.students
    st.caption(t("our_photos.split_alone", train=len(result.split.train), test=len(result.split.test)) if alone else
               t("our_photos.split_class", train=len(result.split.train), test=len(result.split.test),
                 train_students=len(train_side), test_students=len(test_side)))
    m, m_test = task.problem.m, task.problem.X_test.shape[1]
    st.dataframe(pd.DataFrame({
        t("our_photos.col_model"): [t("our_photos.row_course", m=m),
                                    t("our_photos.row_with", m=m, added=len(result.split.train))],
        t("our_photos.col_ours", count=len(result.split.test)): [percent(result.before.accuracy),
                                                                 percent(result.after.accuracy)],
        t("our_photos.col_course", count=m_test): [percent(result.before_course), percent(result.after_course)],
    }), hide_index=True, key="our_photos_table")
    st.caption(t("our_photos.table_caption", lr=format_number(learning_rate), iters=num_iterations))
    return result


def lesson_what_changed(result: Comparison | None) -> None:
    st.subheader(t("our_photos.lesson3_header"))
    if result is None:
        st.caption(t("our_photos.lesson3_off"))
        return
    explain(t("text.between_sentences").join(t(f"our_photos.{key}", **values) for key, values in what_changed(result)))


@st.fragment
def our_photos_section(task: CatTask, learning_rate: float, num_iterations: int, seconds: float = 0.0) -> None:
    """The cat classifier page's "Our photos": the notice, the camera or an upload, the learner's photos, and
    the three lessons on every photo of the class (or of this session)."""
    with st.container(key="our_photos"):
        _section(task, learning_rate, num_iterations, seconds)


def _section(task: CatTask, learning_rate: float, num_iterations: int, seconds: float) -> None:
    st.header(t("our_photos.header"))
    explain(t("our_photos.intro"))
    current = seat()
    _notice(current)
    _say_note()
    _add_form(current)
    photos = tuple(photos_of(current))
    _mine(list(photos), current)
    if current is not None and photos:
        st.caption(t("our_photos.class_count", code=format_code(current.code), count=len(photos),
                     students=len({p.student_id for p in photos})))
    if not photos:
        st.info(t("our_photos.lesson1_none"))
        return
    fingerprint = (f"{current.code}:" + ",".join(str(p.photo_id) for p in photos) if current is not None
                   else _fingerprint(photos))
    lesson_course_model(task, photos, fingerprint, current.code if current else ALONE)
    result = lesson_training(task, photos, fingerprint, current is None, learning_rate, num_iterations, seconds)
    lesson_what_changed(result)


# ---- the class board ----

@st.fragment(run_every=REFRESH_SECONDS)
def board_photos(code: str, teacher_key: str | None, task: CatTask | None = None) -> None:
    """The class board's photos: thumbnails by label, counts per label and per student, the course's model's
    accuracy on them; the teacher deletes any or all."""
    with st.container(key="our_photos_board"):
        _board_section(code, teacher_key, task)


def _board_section(code: str, teacher_key: str | None, task: CatTask | None) -> None:
    st.header(t("our_photos.board_header"))
    with board_errors(unavailable=st.warning):
        photos = tuple(class_photos(board_url(), code))
        _say_note()
        if not photos:
            st.info(t("our_photos.board_none"))
            return
        labels, students = tally(photos)
        counts = st.columns(3)
        counts[0].metric(t("our_photos.board_cats"), labels[1])
        counts[1].metric(t("our_photos.board_not_cats"), labels[0])
        accuracy = None
        task = task or _course_task()
        if task is not None:
            result = scored(task, task.source, photos, f"{code}:" + ",".join(str(p.photo_id) for p in photos))
            accuracy = percent(result.accuracy)
            counts[2].metric(t("our_photos.board_accuracy"), f"{accuracy} %")
        explain(t("our_photos.board_explain", count=len(photos), cats=labels[1], not_cats=labels[0],
                  students=len(students), accuracy=accuracy if accuracy is not None else "–"))
        if task is not None:
            _best_run_with_photos(code, task, photos)
        st.dataframe(pd.DataFrame({t("our_photos.col_student"): list(students),
                                   t("our_photos.col_photos"): list(students.values())}),
                     hide_index=True, key="our_photos_students")
        st.caption(t("our_photos.board_per_student"))
        # The pictures on request: the board redraws itself every few seconds for every viewer.
        if not st.toggle(t("our_photos.board_show"), key="our_photos_board_show"):
            return
        for label, title in ((1, "our_photos.board_cats"), (0, "our_photos.board_not_cats")):
            shown = [p for p in photos if p.label == label]
            st.subheader(f"{t(title)} ({len(shown)})")
            if shown:
                st.image([thumbnail(p, code) for p in shown], width=THUMB,
                         caption=[t("our_photos.board_thumb", number=p.photo_id, nickname=p.nickname) for p in shown],
                         alt=[t("our_photos.board_thumb_alt", number=p.photo_id, nickname=p.nickname,
                                label=class_name(label)) for p in shown])
        if teacher_key:  # the teacher deletes what they have looked at
            _teacher_deletes(code, teacher_key, photos)


def _best_run_with_photos(code: str, task: CatTask, photos: tuple) -> None:
    """The class's best cat run (on the board) trained again with our photos: its learning rate and iterations,
    on the course's 209 pictures and our photos split by student, against the same run without them."""
    _, runs = class_snapshot(board_url(), code)
    best = best_run(runs, CAT.learning_rate.key, CAT.iterations.key)
    if best is None:
        st.caption(t("our_photos.board_best_none"))
        return
    learning_rate, iterations = float(best.settings[CAT.learning_rate.key]), int(best.settings[CAT.iterations.key])
    missing, result = compared(task, task.source, photos, _fingerprint(photos), False, learning_rate, iterations)
    if missing is not None:
        st.caption(t("our_photos.board_best_missing", nickname=markdown_literal(best.nickname)))
        return
    st.markdown(t("our_photos.board_best", nickname=markdown_literal(best.nickname), lr=format_number(learning_rate),
                  iters=iterations, train=len(result.split.train), test=len(result.split.test),
                  before=percent(result.before.accuracy), after=percent(result.after.accuracy),
                  course_before=percent(result.before_course), course_after=percent(result.after_course)))


def _course_task() -> CatTask | None:
    """The course's cat data if it is on this machine (the board page never downloads it), else None."""
    folder = data_dir()
    if not all((folder / pinned.name).is_file() for pinned in CAT_FILES):
        return None
    refuse_if_told(folder)
    try:
        return task_from_folder(str(folder))
    except DataRefused:
        raise
    except Exception:  # noqa: BLE001  (a damaged file: the board shows its photos without the accuracy)
        return None


def _teacher_deletes(code: str, teacher_key: str, photos: tuple) -> None:
    names = {p.photo_id: t("our_photos.board_thumb", number=p.photo_id, nickname=p.nickname) for p in photos}
    with st.container(border=True, key="our_photos_teacher"):
        chosen = st.multiselect(t("our_photos.board_delete_some"), list(names), format_func=names.get,
                                key="our_photos_chosen")
        left, right = st.columns(2)
        left.button(t("our_photos.board_delete_button"), key="our_photos_delete_chosen", disabled=not chosen,
                    icon=":material/delete:", on_click=_teacher_delete, args=(code, teacher_key, tuple(chosen)))
        sure = right.checkbox(t("our_photos.board_delete_confirm", count=len(photos)), key="our_photos_all_confirm")
        right.button(t("our_photos.board_delete_all"), key="our_photos_delete_all", icon=":material/delete_sweep:",
                     disabled=not sure, on_click=_teacher_delete, args=(code, teacher_key, None))


def _teacher_delete(code: str, teacher_key: str, photo_ids: tuple | None) -> None:
    try:
        if photo_ids is None:
            deleted = board().delete_photos(code, teacher_key)
        else:
            for photo_id in photo_ids:
                board().delete_photo(code, photo_id, teacher_key=teacher_key)
            deleted = len(photo_ids)
    except (BoardError, SQLAlchemyError) as error:
        st.session_state[NOTE_KEY] = ("error", error)
    else:
        st.session_state[NOTE_KEY] = ("success", t("our_photos.board_deleted", count=deleted))
    finally:
        class_photos.clear()
        for key in ("our_photos_chosen", "our_photos_all_confirm"):
            st.session_state.pop(key, None)
