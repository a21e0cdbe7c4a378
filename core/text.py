"""Every word the learner reads, by key, per language. Pages call `t(key, **values)`.

The words live in core/words/, one module per chapter, each with a dict per language (EN, ZH);
this module merges them. A test checks that every key a page uses exists in every language, and
tests/test_catalogue_zh.py that the Chinese has every English key with the same placeholders: a key
missing from a language raises KeyError in `t`, never falls back to another language.
"""

from __future__ import annotations

import importlib
import pkgutil

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
DEFAULT_LANGUAGE = "en"


def t(key: str, language: str = DEFAULT_LANGUAGE, **values) -> str:
    """The text for `key` in `language`, with {placeholders} filled from `values`.

    A missing key raises KeyError: better a failing test than an empty label.
    """
    text = CATALOGUES[language][key]
    return text.format(**values) if values else text
