"""Checks for understanding: a question a teacher asks about a chapter's idea, answered before the run.

A chapter declares its checks beside its settings (`core/chapters/<slug>.py`, `CHECKS`). The right answer is
never typed in: each check names a function of core that computes it (the descent diverges or not, the
number of parameters, the epochs to converge), so a change in core that changes the answer fails a test.
Streamlit-free: the page (predict, lock in, run it) and the class board (ask, answers, reveal) read it.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass, field
from typing import Any, Callable, Mapping

CHOICE = "choice"  # one of `options` (stable keys; their words are `option_labels`)
NUMBER = "number"  # a number, right within `tolerance`, allowed between `min_value` and `max_value`
KINDS = (CHOICE, NUMBER)


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
        """The values the explanation's placeholders take: core's facts and the right answer."""
        values = dict(self.facts()) if self.facts is not None else {}
        values.setdefault("answer", self.correct_answer())
        return values

    def parse(self, value) -> str | float:
        """The answer as stored (an option's key, or a finite float), or raise AnswerError."""
        if self.kind == CHOICE:
            if not isinstance(value, str) or value not in self.options:
                raise AnswerError("not_an_option")
            return value
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
