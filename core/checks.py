"""Checks for understanding: a question a teacher asks about a chapter's idea, answered before the run.

A chapter declares its checks beside its settings (`core/chapters/<slug>.py`, `CHECKS`). The right answer is
never typed in: each check names a function of core that computes it (the descent diverges or not, the
number of parameters, the epochs to converge), so a change in core that changes the answer fails a test.
Most are made by `run_check`: the answer and the facts the explanation quotes are read off one run of core
with the chapter's settings as "Run it" leaves them, so the page shows the very run the question is about.
Streamlit-free: the page (predict, lock in, run it) and the class board (ask, answers, reveal) read it.
"""

from __future__ import annotations

import functools
import math
import re
import string
from dataclasses import dataclass, field
from typing import Any, Callable, Mapping

from core.settings import Setting, format_number, validate_value
from core.text import t

CHOICE = "choice"  # one of `options` (stable keys; their words are `option_labels`)
NUMBER = "number"  # a number, right within `tolerance`, allowed between `min_value` and `max_value`
KINDS = (CHOICE, NUMBER)
ANSWER_ERRORS = ("not_an_option", "not_a_number", "out_of_range")  # AnswerError codes; words `checks.error.<code>`


class AnswerError(ValueError):
    """An answer a check cannot take; `code` names why (a catalogue key suffix: `checks.error.<code>`)."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


@dataclass(frozen=True, eq=False)
class Check:
    key: str  # unique in the app: "<chapter slug>.<name>"
    kind: str
    question: str  # catalogue key
    solve: Callable[[], Any]  # core computes the right answer: an option's key, or a number
    explanation: str  # catalogue key, its {placeholders} filled by `explain()`
    options: tuple[str, ...] = ()  # CHOICE: the options' stable keys
    option_labels: tuple[str, ...] = ()  # CHOICE: catalogue keys, one per option
    tolerance: float = 0.0  # NUMBER: how far from the right number an answer may be and still be right
    min_value: float = -1e9  # NUMBER: what an answer may be at all
    max_value: float = 1e9
    settings: Mapping[str, Any] = field(default_factory=dict)  # what "Run it" applies to the page, by URL key
    facts: Callable[[], Mapping[str, Any]] | None = None  # numbers from core the explanation quotes
    # observe(values) -> {"answer": ..., facts}: the run read off, `values` being every setting of the chapter
    # (a check made by `run_check`; a test re-runs it with the other settings moved, to show they do not matter)
    observe: Callable[[Mapping[str, Any]], Mapping[str, Any]] | None = None
    needs_cat_data: bool = False  # its answer is computed on the cat images (core.datasets raises without them)

    def __post_init__(self):
        if self.kind not in KINDS:
            raise ValueError(f"check {self.key!r}: kind {self.kind!r} is not one of {KINDS}")
        if "." not in self.key:
            raise ValueError(f"check {self.key!r}: the key starts with its chapter's slug and a dot")
        if self.kind == CHOICE and (len(self.options) < 2 or len(self.option_labels) != len(self.options)):
            raise ValueError(f"check {self.key!r}: two options at least, one label each")
        if self.kind == NUMBER and not (self.tolerance >= 0 and self.min_value < self.max_value):
            raise ValueError(f"check {self.key!r}: a tolerance of 0 or more, and min_value < max_value")

    @property
    def chapter(self) -> str:
        """The slug of the chapter that asks it."""
        return self.key.split(".", 1)[0]

    def correct_answer(self):
        """The right option's key, or the right number, as core computes it (once per process)."""
        return _solved(self)

    def explain_values(self) -> dict[str, Any]:
        """The values the explanation's placeholders take: core's facts and the right answer.

        A check made by `run_check` reads its "answer" off the run like its other facts, so the explanation
        says what the run showed; a test holds it to `correct_answer()`."""
        values = dict(self.facts()) if self.facts is not None else {}
        values.setdefault("answer", self.correct_answer())
        return values

    def label(self, option: str) -> str:
        """The catalogue key naming one of a choice's options."""
        return self.option_labels[self.options.index(option)]

    def answer_words(self, value, language: str | None = None) -> str:
        """An answer as the learner reads it: its option's label, or the number in plain decimals."""
        if self.kind == CHOICE:
            return t(self.label(value), language)
        return format_number(float(value))

    def question_text(self, language: str | None = None) -> str:
        """The question, its {placeholders} (the URL keys of its settings) filled with the values "Run it"
        applies: the question can never name another run than the one the page will show."""
        return t(self.question, language, **settings_words(self.settings))

    def explain(self, language: str | None = None) -> str:
        """The explanation, filled with the check's settings and the run's facts; {answer} names the right
        option (its label) or is the number."""
        values = settings_words(self.settings) | self.explain_values()
        if self.kind == CHOICE:
            values["answer"] = t(self.label(values["answer"]), language)
        return t(self.explanation, language, **values)

    def error_text(self, error: AnswerError, language: str | None = None) -> str:
        """Why an answer was refused, in the learner's language."""
        return t(f"checks.error.{error.code}", language, low=format_number(self.min_value),
                 high=format_number(self.max_value))

    def parse(self, value) -> str | float:
        """The answer as stored (an option's key, or a finite float), or raise AnswerError."""
        if self.kind == CHOICE:
            if not isinstance(value, str) or value not in self.options:
                raise AnswerError("not_an_option")
            return value
        if isinstance(value, str):
            value = _plain_number(value)
        try:
            number = float(value)
        except (TypeError, ValueError):
            raise AnswerError("not_a_number") from None
        if isinstance(value, bool) or not math.isfinite(number):
            raise AnswerError("not_a_number")
        if not self.min_value <= number <= self.max_value:
            raise AnswerError("out_of_range")
        return number

    def is_correct(self, value) -> bool:
        """Whether `value` (already parsed) is the right answer."""
        right = self.correct_answer()
        if self.kind == CHOICE:
            return value == right
        return abs(float(value) - float(right)) <= self.tolerance


@functools.cache
def _solved(check: Check):
    answer = check.solve()
    if check.kind == CHOICE and answer not in check.options:
        raise ValueError(f"check {check.key!r}: core answered {answer!r}, not one of its options")
    if check.kind == NUMBER:
        answer = float(answer)
    return answer


# Thousands written with commas (245,973 or 245，973, as a Chinese keyboard types them): the commas dropped.
# A lone comma stays, and the number is refused: "4,6" may mean 4.6 or 46, and a check never guesses.
_THOUSANDS = re.compile(r"[-+]?\d{1,3}([,，]\d{3})+(\.\d*)?")


def _plain_number(text: str) -> str:
    text = text.strip().replace("−", "-").replace("．", ".")  # a typographic minus; a full-width point
    return re.sub(r"[,，]", "", text) if _THOUSANDS.fullmatch(text) else text


def settings_words(settings: Mapping[str, Any]) -> dict[str, str]:
    """Each setting's value as a question quotes it: numbers in plain decimals, several values joined."""
    def words(value) -> str:
        if isinstance(value, (list, tuple)):
            return ", ".join(words(v) for v in value)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return format_number(value)
        return str(value)

    return {key: words(value) for key, value in settings.items()}


def placeholders(text: str) -> set[str]:
    """The names of the {placeholders} in a catalogue text."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def cat_problem():
    """The cat images the checks' answers are computed on, read once per process (`needs_cat_data` checks).
    Imported here, not above: the registry loads no data reader until a check needs one."""
    from core.cat_task import local_task

    return local_task().problem


def run_check(key: str, kind: str, observe: Callable[[Mapping[str, Any]], Mapping[str, Any]], *,
              chapter_settings: tuple[Setting, ...], settings: Mapping[str, Any] | None = None,
              options: tuple[str, ...] = (), **fields) -> Check:
    """A check whose answer is read off the very run "Run it" shows.

    `observe(values)` runs core with `values` (every setting of the chapter: its default, or the check's
    `settings`) and returns {"answer": the option's key or the number, ...the facts the explanation quotes}.
    It runs once per process, on first use; the answer and the facts come from that one run. The words are
    `<slug>.check.<name>.question`, `.explanation` and `.option.<option>` (core/words/checks.py).
    Settings that are not the chapter's, or values it does not allow, fail at import.
    """
    settings = dict(settings or {})
    known = {setting.key: setting for setting in chapter_settings}
    for setting_key, value in settings.items():
        if setting_key not in known:
            raise ValueError(f"check {key!r}: {setting_key!r} is not a setting of its chapter")
        problem = validate_value(known[setting_key], value)
        if problem:
            raise ValueError(f"check {key!r}: {setting_key} = {value!r} is {problem}")
    values = {setting.key: setting.default for setting in chapter_settings} | settings

    @functools.cache
    def observed() -> dict[str, Any]:
        return dict(observe(values))

    slug, name = key.split(".", 1)
    words = f"{slug}.check.{name}"
    return Check(key, kind, f"{words}.question", lambda: observed()["answer"], f"{words}.explanation",
                 options=options, option_labels=tuple(f"{words}.option.{option}" for option in options),
                 settings=settings, facts=observed, observe=observe, **fields)
