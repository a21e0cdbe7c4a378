"""Every control of a page declared once: key (also its URL parameter), kind, range or options, default.

The declaration is plain data; `ui/controls.py` renders it. `parse_url_value` decides what a value
arriving in the address bar means, so a hand-edited or stale link never raises.
"""

from __future__ import annotations

import math
import re

import numpy as np
from dataclasses import dataclass
from typing import Any

SLIDER = "slider"  # numbers between min_value and max_value
CHOICE = "choice"  # one of `options`, shown on a slider (log-scaled numbers, named paces, ...)
SWITCH = "switch"  # one of a few named `options`, shown as buttons side by side (the language)
MULTI = "multi"  # several of `options`
TOGGLE = "toggle"
TEXT = "text"  # free text matching `pattern` (e.g. layer sizes "20, 7, 5")


@dataclass(frozen=True)
class Setting:
    key: str  # widget key and URL query parameter
    label: str  # catalogue key of the label
    kind: str
    default: Any
    min_value: float | None = None
    max_value: float | None = None
    step: float | None = None
    options: tuple = ()
    help: str | None = None  # catalogue key
    option_labels: tuple = ()  # catalogue keys naming the options, if they are words
    pattern: str | None = None  # TEXT: a regular expression the whole text must match

    def __post_init__(self):
        problem = validate_value(self, self.default)
        if problem:
            raise ValueError(f"setting {self.key!r}: default {self.default!r} is {problem}")
        if self.option_labels and len(self.option_labels) != len(self.options):
            raise ValueError(f"setting {self.key!r}: one label per option")

    def clamp(self, value: float) -> float:
        """A number moved into the slider's range (for a link computed elsewhere)."""
        return min(max(value, self.min_value), self.max_value)


def log_grid(low: float, high: float, mantissas=(1, 2, 5)) -> tuple[float, ...]:
    """1-2-5 values from low to high inclusive: a learning-rate slider that is even on a log scale."""
    values = []
    for exponent in range(math.floor(math.log10(low)) - 1, math.ceil(math.log10(high)) + 1):
        for mantissa in mantissas:
            value = float(f"{mantissa}e{exponent}")  # via text, so 0.001 is exactly the literal 0.001
            if low * (1 - 1e-12) <= value <= high * (1 + 1e-12):
                values.append(value)
    return tuple(values)


def format_number(value: float) -> str:
    """Plain decimals a beginner reads at a glance: 0.00001, 0.005, 1.2, 10000000 (never 1e-05 or 1e+07).

    Streamlit also writes this text into the URL for a bound choice, so links stay readable too.
    """
    if isinstance(value, (int, np.integer)) or float(value).is_integer():
        return str(int(value))
    return np.format_float_positional(float(value), trim="-")


def url_text(setting: Setting, value) -> str | list[str]:
    """What the address bar holds for `value`: a number as plain decimals, a worded option as its stable
    key (never its label, which depends on the language), several values as a list."""
    if setting.kind == MULTI:
        return [url_text(Setting(setting.key, setting.label, CHOICE, v, options=setting.options), v) for v in value]
    if setting.kind == TOGGLE:
        return "1" if value else "0"
    if isinstance(value, (int, float, np.integer, np.floating)) and not isinstance(value, bool):
        return format_number(value)
    return str(value)


def validate_value(setting: Setting, value) -> str | None:
    """None if `value` is allowed for `setting`, else a problem code (a catalogue key suffix)."""
    if setting.kind == SLIDER:
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            return "malformed"
        if isinstance(setting.default, int) and not isinstance(value, int):  # a count or a seed: whole numbers
            return "malformed"
        return None if setting.min_value <= value <= setting.max_value else "out_of_range"
    if setting.kind in (CHOICE, SWITCH):
        return None if value in setting.options else "not_an_option"
    if setting.kind == MULTI:
        return None if all(v in setting.options for v in value) else "not_an_option"
    if setting.kind == TOGGLE:
        return None if isinstance(value, bool) else "malformed"
    if setting.kind == TEXT:
        return None if isinstance(value, str) and re.fullmatch(setting.pattern, value) else "malformed"
    return "unknown_kind"


def _parse_one(setting: Setting, raw: str):
    """Text from the URL -> a candidate value, or raise ValueError."""
    text = raw.strip()
    if setting.kind == TEXT:
        return text
    if setting.kind == TOGGLE:
        lowered = text.lower()
        if lowered in ("true", "1", "yes", "on"):
            return True
        if lowered in ("false", "0", "no", "off"):
            return False
        raise ValueError(text)
    numeric = [o for o in (setting.options or (setting.default,)) if isinstance(o, (int, float))]
    if not numeric:
        return text  # options are words
    number = float(text) + 0.0  # + 0.0 turns "-0" into 0.0, which numpy's scale checks accept
    if not math.isfinite(number):
        raise ValueError(text)
    if setting.kind == SLIDER:
        return int(number) if isinstance(setting.default, int) and number.is_integer() else number
    # A number among options: accept it if it is one of them (up to float formatting).
    for option in setting.options:
        if math.isclose(option, number, rel_tol=1e-9):
            return option
    return number


def parse_url_value(setting: Setting, raw: str | list[str] | None):
    """(value, problem): the value a URL parameter asks for, or the default and a problem code
    ("malformed", "out_of_range", "not_an_option") saying why it was refused."""
    if raw is None or raw == [] or raw == "":
        return setting.default, None
    try:
        if setting.kind == MULTI:
            texts = raw if isinstance(raw, list) else [raw]
            value = [_parse_one(setting, t) for t in texts]
        else:
            value = _parse_one(setting, raw[-1] if isinstance(raw, list) else raw)
    except ValueError:
        return setting.default, "malformed"
    problem = validate_value(setting, value)
    return (setting.default, problem) if problem else (value, None)
