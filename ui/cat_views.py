"""Views of the cat data shared by every chapter that classifies cats (logistic regression, deep network)."""

from __future__ import annotations

from typing import Callable

import numpy as np
import streamlit as st

from core.cat_task import CatTask
from core.images import MAX_UPLOAD_BYTES, PhotoError, enlarge, photo_to_input
from core.text import t

UPLOAD_MB = MAX_UPLOAD_BYTES // (1024 * 1024)


def show_mislabeled(task: CatTask, test_probabilities: np.ndarray) -> None:
    """The test images a model gets wrong, each with its true label and the model's P(cat)."""
    st.subheader(t("cat.mislabeled_header"))
    wrong = task.mislabeled(test_probabilities)
    st.markdown(t("cat.mislabeled_intro", count=len(wrong), total=len(test_probabilities)))
    if wrong:
        st.image([task.test_images[i] for i, _ in wrong], width=84, caption=[
            t("cat.mislabeled_caption", index=i, truth=task.label_name(task.problem.Y_test[0, i]), p=p)
            for i, p in wrong])


def try_your_photo(task: CatTask, probability_of_cat: Callable[[np.ndarray], float], key: str) -> None:
    """An uploader: the picture as the model sees it (64x64) and the model's probability of cat."""
    upload = st.file_uploader(t("cat.photo_upload"), key=key, max_upload_size=UPLOAD_MB,
                              help=t("cat.photo_help", mb=UPLOAD_MB))
    if upload is None:
        return
    try:
        image = photo_to_input(upload.getvalue())
    except PhotoError as error:
        st.error(t(f"photo.{error.code}", name=upload.name, mb=UPLOAD_MB))
        return
    probability = probability_of_cat(image)
    left, right = st.columns([1, 2])
    left.image(enlarge(image, 4), width=256, caption=t("cat.photo_resized"))
    right.metric(t("cat.photo_probability"), f"{probability:.1%}")
    right.markdown(t("cat.photo_verdict", verdict=task.classes[int(probability > 0.5)]))
    right.caption(t("cat.photo_caveat"))
