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
    Chapter("pages/perceptron.py", "nav.perceptron", ":material/linear_scale:", "nav.section_foundations"),
    Chapter("pages/activations.py", "nav.activations", ":material/show_chart:", "nav.section_foundations"),
    Chapter("pages/loss_and_cost.py", "nav.loss_and_cost", ":material/functions:", "nav.section_foundations"),
    Chapter("pages/vectorization.py", "nav.vectorization", ":material/speed:", "nav.section_foundations"),
    Chapter("pages/computation_graph.py", "nav.computation_graph", ":material/account_tree:", "nav.section_logistic"),
    Chapter("pages/gradient_descent.py", "nav.gradient_descent", ":material/downhill_skiing:", "nav.section_logistic"),
    Chapter("pages/cat_classifier.py", "nav.cat_classifier", ":material/pets:", "nav.section_logistic"),
    Chapter("pages/shallow_network.py", "nav.shallow_network", ":material/hub:", "nav.section_networks"),
    Chapter("pages/deep_network.py", "nav.deep_network", ":material/layers:", "nav.section_networks"),
    Chapter("pages/class_board.py", "nav.class_board", ":material/groups:", "nav.section_classroom"),
)

# The eight steps of building a network (home page), each with the chapters that show it. A chapter not
# yet in CHAPTERS is skipped, so a step gains its link when its page lands.
STEPS = (
    ("home.step_import", ("pages/vectorization.py",)),
    ("home.step_load", ("pages/cat_classifier.py", "pages/shallow_network.py")),
    ("home.step_graph", ("pages/perceptron.py", "pages/activations.py", "pages/computation_graph.py")),
    ("home.step_init", ("pages/cat_classifier.py", "pages/deep_network.py")),
    ("home.step_forward", ("pages/computation_graph.py", "pages/loss_and_cost.py", "pages/vectorization.py")),
    ("home.step_backward", ("pages/computation_graph.py", "pages/deep_network.py")),
    ("home.step_repeat", ("pages/gradient_descent.py", "pages/cat_classifier.py")),
    ("home.step_curves", ("pages/cat_classifier.py", "pages/shallow_network.py", "pages/deep_network.py",
                          "pages/class_board.py")),
)


def chapters_for(paths: tuple[str, ...]) -> list[Chapter]:
    """The chapters of the app among `paths`, in that order."""
    known = {chapter.path: chapter for chapter in CHAPTERS}
    return [known[path] for path in paths if path in known]
