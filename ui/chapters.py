"""The app's table of contents, declared once: the router builds navigation from it and the home
page links each step of building a network to the first chapter that shows it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Chapter:
    path: str  # relative to app.py
    title: str  # catalogue key
    icon: str
    section: str  # catalogue key


CHAPTERS = (
    Chapter("pages/home.py", "nav.home", ":material/home:", "nav.section_start"),
    Chapter("pages/cat_classifier.py", "nav.cat_classifier", ":material/pets:", "nav.section_logistic"),
)

# The eight steps of building a network (home page), each with the chapters that show it, best first.
# A chapter not yet in CHAPTERS is skipped, so a step gains its link when its page lands.
STEPS = (
    ("home.step_import", ("pages/cat_classifier.py",)),
    ("home.step_load", ("pages/cat_classifier.py",)),
    ("home.step_graph", ("pages/computation_graph.py",)),
    ("home.step_init", ("pages/cat_classifier.py",)),
    ("home.step_forward", ("pages/computation_graph.py", "pages/cat_classifier.py")),
    ("home.step_backward", ("pages/computation_graph.py", "pages/cat_classifier.py")),
    ("home.step_repeat", ("pages/gradient_descent.py", "pages/cat_classifier.py")),
    ("home.step_curves", ("pages/cat_classifier.py",)),
)


def chapter_for(paths: tuple[str, ...]) -> Chapter | None:
    """The first of `paths` that is a chapter of the app."""
    known = {chapter.path: chapter for chapter in CHAPTERS}
    return next((known[path] for path in paths if path in known), None)
