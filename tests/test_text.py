"""Words declared once: every key a page uses is in every catalogue, and pages hold no loose sentences."""

import ast
import re
import string
from pathlib import Path

import pytest

from core.chapters import all_settings
from core.images import PhotoError
from core.text import CATALOGUES, EN, t
from core.chapters import CHAPTERS, STEPS

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted([ROOT / "app.py", *(ROOT / "pages").glob("*.py"), *(ROOT / "ui").glob("*.py")])
# Streamlit calls whose first argument is shown to the learner.
SHOWN = {"title", "header", "subheader", "markdown", "caption", "write", "text", "info", "warning", "error",
         "success", "toast", "button", "slider", "select_slider", "multiselect", "file_uploader", "metric",
         "download_button", "expander", "spinner", "radio", "selectbox", "toggle", "latex"}


def trees():
    return [(path, ast.parse(path.read_text())) for path in SOURCES]


def constant_strings(node):
    """String constants an expression can evaluate to (covers `"a" if c else "b"`)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        return constant_strings(node.body) + constant_strings(node.orelse)
    return []


def used_keys():
    keys, prefixes = set(), set()
    for path, tree in trees():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name == "t" and node.args:
                arg = node.args[0]
                keys.update((key, path.name) for key in constant_strings(arg))
                if isinstance(arg, ast.JoinedStr) and isinstance(arg.values[0], ast.Constant):
                    prefixes.add((arg.values[0].value, path.name))
    # The words the registry says a chapter needs for what it does (training, step 8): the driver says them.
    for chapter in CHAPTERS:
        keys.update((key, "core/chapters/__init__.py") for key in chapter.words)
    # Settings are declared in core/chapters: their words are read from the declarations themselves.
    for slug, settings in all_settings().items():
        for setting in settings:
            keys.update((key, f"core/chapters/{slug}.py") for key in (setting.label, setting.help,
                                                                      *setting.option_labels) if key)
    return keys, prefixes


def test_the_scan_finds_the_pages_keys():
    keys, prefixes = used_keys()
    assert ("cat_classifier.train_header", "cat_classifier.py") in keys and ("cat_classifier.train", "core/chapters/__init__.py") in keys and ("cat_classifier.lr", "core/chapters/cat_classifier.py") in keys
    assert ("photo.", "cat_views.py") in prefixes and ("url_notice.", "controls.py") in prefixes


def test_every_key_used_is_in_every_catalogue():
    keys, _ = used_keys()
    keys |= {(c.title, "chapters") for c in CHAPTERS} | {(c.section, "chapters") for c in CHAPTERS}
    keys |= {(f"home.step_{step}{detail}", "chapters") for step in STEPS for detail in ("", "_detail")}
    for language, catalogue in CATALOGUES.items():
        missing = sorted(f"{key} (in {where})" for key, where in keys if key not in catalogue)
        assert not missing, f"missing from the {language} catalogue: {missing}"


def test_computed_keys_have_every_case():
    problems = {"malformed", "out_of_range", "not_an_option", "unknown_kind"}
    assert {f"url_notice.{p}" for p in problems} <= EN.keys()
    source = (ROOT / "core" / "images.py").read_text()
    codes = set(re.findall(r'PhotoError\("(\w+)"', source))
    assert codes and {f"photo.{c}" for c in codes} <= EN.keys()
    assert issubclass(PhotoError, ValueError)


def test_languages_share_keys_and_placeholders():
    fields = lambda text: {f for _, f, _, _ in string.Formatter().parse(text) if f}
    for language, catalogue in CATALOGUES.items():
        assert catalogue.keys() == EN.keys(), language
        for key, text in catalogue.items():
            if ".latex_" in key:  # formulas: shown as they are (t() formats only when given values)
                continue
            assert fields(text) == fields(EN[key]), (language, key)


def test_missing_key_fails_loudly():
    with pytest.raises(KeyError):
        t("no.such.key")


def test_no_loose_sentences_in_pages():
    loose = []
    for path, tree in trees():
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and getattr(node.func, "attr", None) in SHOWN and node.args):
                continue
            if getattr(getattr(node.func, "value", None), "id", "").lower().endswith("logger"):
                continue  # the server's log, for whoever runs it, not the learner's screen
            arg = node.args[0]
            parts = [arg.value] if isinstance(arg, ast.Constant) and isinstance(arg.value, str) else [
                v.value for v in getattr(arg, "values", []) if isinstance(v, ast.Constant)]
            if any(any(ch.isalpha() for ch in part) for part in parts):
                loose.append(f"{path.name}:{node.lineno}")
    assert not loose, f"user-facing literals outside the catalogue: {loose}"


def test_every_test_the_readme_robustness_table_names_exists():
    readme = (ROOT / "README.md").read_text()
    table = readme[readme.index("## Robustness"):readme.index("## Layout")]
    named = set(re.findall(r"`(?:[\w/]+\.py::)?(test_\w+)`", table))
    files = set(re.findall(r"`(test_\w+\.py)", table))
    sources = " ".join(path.read_text() for path in (ROOT / "tests").glob("test_*.py"))
    assert len(named) >= 15 and all((ROOT / "tests" / name).is_file() for name in files)
    missing = sorted(name for name in named if f"def {name}(" not in sources)
    assert not missing, f"README names tests that do not exist: {missing}"
