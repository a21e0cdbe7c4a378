"""Every word the learner reads, by key, per language. Pages call `t(key, **values)`.

The words live in core/words/, one module per chapter, each with a dict per language (EN, ZH);
this module merges them. A test checks that every key a page uses exists in every language, and
tests/test_catalogue_zh.py that the Chinese has every English key with the same placeholders: a key
missing from a language raises KeyError in `t`, never falls back to another language.
"""

from __future__ import annotations

import importlib
import pkgutil
from typing import Callable

from core import words


def _merge(language: str) -> dict[str, str]:
    merged: dict[str, str] = {}
    for info in sorted(pkgutil.iter_modules(words.__path__), key=lambda i: i.name):
        part = getattr(importlib.import_module(f"core.words.{info.name}"), language, {})
        clash = merged.keys() & part.keys()
        if clash:
            raise KeyError(f"core/words/{info.name}.py repeats keys: {sorted(clash)}")
        merged.update(part)
    return merged


EN = _merge("EN")
ZH = _merge("ZH")
CATALOGUES = {"en": EN, "zh": ZH}
LANGUAGES = tuple(CATALOGUES)
DEFAULT_LANGUAGE = "en"

# Who says which language the learner reads now. The app installs one that reads the learner's session
# (ui/language.py); core stays free of Streamlit, and without one every text is in the default language.
_current_language: Callable[[], str] | None = None


def use_language_from(provider: Callable[[], str] | None) -> None:
    global _current_language
    _current_language = provider


def current_language() -> str:
    if _current_language is None:
        return DEFAULT_LANGUAGE
    language = _current_language()
    return language if language in CATALOGUES else DEFAULT_LANGUAGE


def t(key: str, language: str | None = None, **values) -> str:
    """The text for `key` in `language` (default: the learner's), with {placeholders} filled from `values`.

    A missing key raises KeyError: better a failing test than an empty label.
    """
    text = CATALOGUES[language or current_language()][key]
    return text.format(**values) if values else text
