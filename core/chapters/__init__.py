"""Each chapter's controls, declared once, Streamlit-free: `core/chapters/<slug>.py` defines `SETTINGS`
(every `Setting` its page shows) and names the settings the page uses. Pages, tests and links to a
chapter import them from here."""

from __future__ import annotations

import importlib

SLUGS = ("perceptron", "activations", "loss_and_cost", "vectorization", "computation_graph",
         "gradient_descent", "cat_classifier", "shallow_network", "deep_network", "class_board")


def chapter(slug: str):
    """The declarations module of the chapter `slug`."""
    if slug not in SLUGS:
        raise KeyError(slug)
    return importlib.import_module(f"core.chapters.{slug}")


def all_settings() -> dict[str, tuple]:
    """{slug: SETTINGS} for every chapter."""
    return {slug: chapter(slug).SETTINGS for slug in SLUGS}
