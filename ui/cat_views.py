"""Views of the cat data shared by every chapter that classifies cats (logistic regression, deep network)."""

from __future__ import annotations

import io
from typing import Callable

import numpy as np
import streamlit as st
from PIL import Image

from core.cat_task import CatTask
from core.images import MAX_UPLOAD_BYTES, PhotoError, enlarge, photo_to_input
from core.text import t
from ui.cat_data import class_name

UPLOAD_MB = MAX_UPLOAD_BYTES // (1024 * 1024)


def show_mislabeled(task: CatTask, test_probabilities: np.ndarray) -> None:
    """The test images a model gets wrong, each with its true label and the model's P(cat)."""
    st.subheader(t("cat_classifier.mislabeled_header"))
    wrong = task.mislabeled(test_probabilities)
    st.markdown(t("cat_classifier.mislabeled_intro", count=len(wrong), total=len(test_probabilities)))
    if wrong:
        test = pictures(task, task.source, "test")
        st.image([test[i] for i, _ in wrong], width=84, caption=[
            t("cat_classifier.mislabeled_caption", index=i, truth=class_name(task.problem.Y_test[0, i]), p=p)
            for i, p in wrong], alt=[
            t("cat_classifier.mislabeled_alt", index=i, truth=class_name(task.problem.Y_test[0, i]), p=p)
            for i, p in wrong])


def try_your_photo(task: CatTask, probability_of_cat: Callable[[np.ndarray], float], key: str,
                   which: Callable[[], str]) -> None:
    """An uploader: the picture as the model sees it (64x64), the model's probability of cat, and
    `which()`: which model answered (asked only when a photo arrives, so it is the latest)."""
    upload = st.file_uploader(t("cat_classifier.photo_upload"), key=key, max_upload_size=UPLOAD_MB,
                              help=t("cat_classifier.photo_help", mb=UPLOAD_MB))
    if upload is None:
        return
    try:
        image = photo_to_input(upload.getvalue())
    except PhotoError as error:
        st.error(t(f"photo.{error.code}", name=upload.name, mb=UPLOAD_MB))
        return
    probability = probability_of_cat(image)
    left, right = st.columns([1, 2])
    left.image(enlarge(image, 4), width=256, caption=t("cat_classifier.photo_resized"), alt=t("cat_classifier.photo_alt"))
    right.metric(t("cat_classifier.photo_probability"), f"{probability:.1%}")
    right.markdown(t("cat_classifier.photo_verdict", verdict=class_name(probability > 0.5)))
    right.caption(which())
    right.caption(t("cat_classifier.photo_caveat"))


GALLERY_COLUMNS, GALLERY_ROWS = 8, 3
GALLERY_WIDTH = 112  # pixels: eight to a row fit the main column of a 1280-pixel projector


@st.cache_resource(max_entries=4, show_spinner=False)
def pictures(_task: CatTask, source: str, split: str) -> tuple[bytes, ...]:
    """Every image of a split ("train" or "test") as a PNG file, encoded once per process: a page shows
    them on every rerun, for every learner, and encoding is most of what showing an image costs."""
    encoded = []
    for image in _task.train_images if split == "train" else _task.test_images:
        buffer = io.BytesIO()
        Image.fromarray(image).save(buffer, format="PNG")
        encoded.append(buffer.getvalue())
    return tuple(encoded)


def gallery(task: CatTask) -> None:
    """The first images of the training set with their labels: one element a row, in even rows."""
    count = min(GALLERY_ROWS * GALLERY_COLUMNS, len(task.train_images))
    train = pictures(task, task.source, "train")
    for start in range(0, count, GALLERY_COLUMNS):
        indices = range(start, min(start + GALLERY_COLUMNS, count))
        st.image([train[i] for i in indices], width=GALLERY_WIDTH,
                 caption=[f"#{i} {class_name(task.problem.Y_train[0, i])}" for i in indices],
                 alt=[t("cat_classifier.train_image_alt", index=i, label=class_name(task.problem.Y_train[0, i]))
                      for i in indices])
