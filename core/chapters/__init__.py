"""The registry: every chapter of the app, once, in the text's order. Streamlit-free.

A chapter is one `Chapter` entry here plus its declaration module `core/chapters/<slug>.py` (its `SETTINGS`,
the named settings its page uses, its `CHECKS`). Its slug is its one name: the page `pages/<slug>.py` and
its address `/<slug>`, its catalogue keys `<slug>.*` (menu title `nav.<slug>`), its session keys and its
runs on the class board. The menu, the home page's steps, the lesson path, the class board (chapter names,
learning-rate axis), the code panels and the tests all read `CHAPTERS`; no other module lists chapters.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from types import ModuleType

from core.checks import Check
from core.code_listing import Listing, chapter_listings
from core.settings import Setting

# The text's eight steps of building a network (home page), in its order: `home.step_<name>` words them.
STEPS = ("import", "load", "graph", "init", "forward", "backward", "repeat", "curves")

# The words every training chapter has, `<slug>.<name>` in the catalogue (the live-training driver says them).
TRAINING_WORDS = ("train", "stop", "progress", "not_trained", "finished", "stopped", "diverged")
# ... and those of a chapter trained on a training and a test set (the text's step 8, drawn live).
STEP_8_WORDS = ("iteration", "cost", "train_accuracy", "test_accuracy", "accuracy", "cost_chart", "accuracy_chart")


@dataclass(frozen=True)
class Chapter:
    slug: str
    icon: str
    section: str  # catalogue key of its part of the menu
    steps: tuple[str, ...] = ()  # the home page's steps (STEPS) whose meaning in the text it shows
    on_path: bool = True  # on the lesson path (previous / next chapter); the class board stands outside
    trains: bool = False  # trains live, and a joined student's runs go to the class board
    step_8: bool = False  # trained on a training and a test set: draws the text's step 8
    learning_rate: Setting | None = None  # the setting a run's learning rate is (the board's axis)
    iterations: Setting | None = None  # the setting a run's number of iterations is (the live view's pacing)
    settings: tuple[Setting, ...] = ()
    checks: tuple[Check, ...] = ()
    listings: tuple[Listing, ...] = ()  # the code panels it shows (core/code_listing.py)

    def __post_init__(self):
        if self.trains and not {self.learning_rate, self.iterations} <= set(self.settings):
            raise ValueError(f"chapter {self.slug!r} trains: its learning rate and iterations must be its settings")
        for check in self.checks:
            if check.chapter != self.slug:
                raise ValueError(f"check {check.key!r} does not start with its chapter's slug {self.slug!r}")

    @property
    def path(self) -> str:
        """The page's file, relative to app.py."""
        return f"pages/{self.slug}.py"

    @property
    def url_path(self) -> str:
        """The page's address after the host: the first chapter is the app's root."""
        return "" if self is CHAPTERS[0] else self.slug

    @property
    def title(self) -> str:
        return f"nav.{self.slug}"

    def word(self, name: str) -> str:
        """The catalogue key of one of the words the app says for every training chapter."""
        if name not in TRAINING_WORDS + STEP_8_WORDS:
            raise KeyError(f"{name!r} is not one of the training chapters' words")
        return f"{self.slug}.{name}"

    @property
    def words(self) -> tuple[str, ...]:
        """The catalogue keys this chapter must have because of what it does (checked in both languages)."""
        names = (TRAINING_WORDS if self.trains else ()) + (STEP_8_WORDS if self.step_8 else ())
        return tuple(f"{self.slug}.{name}" for name in names)

    def session_key(self, name: str) -> str:
        """A key of this chapter in a learner's session or of one of its widgets (e.g. its kept run, Train)."""
        return f"{self.slug}_{name}"


def _declaration(slug: str) -> ModuleType | None:
    try:
        return importlib.import_module(f"core.chapters.{slug}")
    except ModuleNotFoundError as missing:
        if missing.name != f"core.chapters.{slug}":
            raise
        return None  # a chapter without settings (home)


def _chapter(slug: str, icon: str, section: str, *, trains: bool = False, **facts) -> Chapter:
    """An entry, its settings and checks read from its declaration module (a chapter that trains names its
    learning rate and its iterations there LEARNING_RATE and ITERATIONS; one that only shows descent, its
    learning rate)."""
    declared = _declaration(slug)
    if trains:
        facts.update(learning_rate=declared.LEARNING_RATE, iterations=declared.ITERATIONS)
    elif hasattr(declared, "LEARNING_RATE"):  # a chapter that shows descent without training a model
        facts.update(learning_rate=declared.LEARNING_RATE)
    return Chapter(slug, icon, section, trains=trains,
                   settings=tuple(getattr(declared, "SETTINGS", ())), checks=tuple(getattr(declared, "CHECKS", ())),
                   listings=chapter_listings(slug), **facts)


CHAPTERS: tuple[Chapter, ...] = (
    _chapter("home", ":material/home:", "nav.section_start"),
    _chapter("perceptron", ":material/linear_scale:", "nav.section_foundations", steps=("graph",)),
    _chapter("logistic_model", ":material/call_split:", "nav.section_foundations", steps=("graph", "forward")),
    _chapter("activations", ":material/show_chart:", "nav.section_foundations", steps=("graph",)),
    _chapter("loss_and_cost", ":material/functions:", "nav.section_foundations", steps=("forward",)),
    _chapter("computation_graph", ":material/account_tree:", "nav.section_logistic",
             steps=("graph", "forward", "backward")),
    _chapter("gradient_descent", ":material/downhill_skiing:", "nav.section_logistic", steps=("repeat",)),
    _chapter("vectorization", ":material/speed:", "nav.section_logistic", steps=("forward",)),
    _chapter("cat_classifier", ":material/pets:", "nav.section_logistic",
             steps=("import", "load", "init", "repeat", "curves"), trains=True, step_8=True),
    _chapter("shallow_network", ":material/hub:", "nav.section_networks", steps=("load", "curves"),
             trains=True),
    _chapter("deep_network", ":material/layers:", "nav.section_networks", steps=("init", "backward", "curves"),
             trains=True, step_8=True),
    _chapter("class_board", ":material/groups:", "nav.section_classroom", steps=("curves",), on_path=False),
)
_BY_SLUG = {chapter.slug: chapter for chapter in CHAPTERS}
LESSONS = tuple(chapter for chapter in CHAPTERS if chapter.on_path)  # the lesson path, in the text's order
TRAINING = tuple(chapter for chapter in CHAPTERS if chapter.trains)


def chapter(slug: str) -> Chapter:
    """The chapter with this slug (KeyError if none)."""
    return _BY_SLUG[slug]


def declaration(slug: str) -> ModuleType:
    """The declarations module `core/chapters/<slug>.py` of the chapter `slug`."""
    module = _declaration(chapter(slug).slug)
    if module is None:
        raise KeyError(f"chapter {slug!r} declares nothing")
    return module


def all_settings() -> dict[str, tuple[Setting, ...]]:
    """{slug: its settings} for every chapter that has settings."""
    return {entry.slug: entry.settings for entry in CHAPTERS if entry.settings}


def steps() -> tuple[tuple[str, tuple[Chapter, ...]], ...]:
    """The text's eight steps in order, each with the chapters that show it (in the chapters' order)."""
    return tuple((step, tuple(entry for entry in CHAPTERS if step in entry.steps)) for step in STEPS)


def all_checks() -> tuple[Check, ...]:
    """Every check of every chapter, in the chapters' order."""
    return tuple(check for entry in CHAPTERS for check in entry.checks)


def find_check(key: str) -> Check:
    """The check with this key (KeyError if none)."""
    for check in all_checks():
        if check.key == key:
            return check
    raise KeyError(key)


def learning_rate_of(slug: str, settings) -> float | None:
    """The learning rate of a run of chapter `slug` made with `settings` ({URL key: value}), if it has one."""
    entry = _BY_SLUG.get(slug)
    if entry is None or not entry.trains or entry.learning_rate is None:  # only a training chapter posts runs
        return None
    value = settings.get(entry.learning_rate.key)
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None
