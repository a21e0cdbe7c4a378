"""The whole app in Simplified Chinese: every page opened with lang=zh shows no catalogue key and no English
outside formulas, code and proper names; the language survives the move between chapters."""

import re

import pytest

from core.text import EN, ZH
from tests.apptest import open_page
from core.chapters import CHAPTERS

pytestmark = pytest.mark.cat_data  # the pages and runs here read the cat images

# Latin-letter words a Chinese page may show: proper names, code, units and symbols of the text.
ALLOWED = {
    "first", "contact", "english",  # the app's name; the language switch names English in English
    "numpy", "python", "h5py", "plotly", "matplotlib", "jupyter", "hdf5", "h5", "png", "jpeg", "gif", "bmp",
    "webp", "csv", "npz", "ipynb", "mb", "kb", "sha", "rosenblatt", "novikoff", "relu", "leaky", "tanh",
    "sigmoid", "xor", "and", "or", "adam", "rmsprop", "momentum", "keras", "tensorflow", "gram", "dot",
    "np", "exp", "log", "max", "sum", "mean", "zeros", "randn", "sqrt", "he", "ok", "id", "url", "qr",
    "train", "test", "catvnoncat", "set", "x", "y", "w", "b", "z", "dw", "db", "dz", "j", "m", "n",
    "lr", "iters", "vs", "frank", "dj", "da", "dc", "wx", "bc",  # Frank Rosenblatt; dJ/da, dJ/dc, wx and bc are math
}
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]+")
FORMULA = re.compile(r"\$[^$]*\$|`[^`]*`|\\\(.*?\\\)")
TEXT_ELEMENTS = ("title", "header", "subheader", "markdown", "caption", "info", "warning", "error", "success",
                 "toast", "exception")
LABELLED = ("button", "slider", "select_slider", "multiselect", "text_input", "toggle", "file_uploader",
            "download_button", "metric", "expander", "button_group", "selectbox", "radio", "checkbox")


def shown_texts(at) -> list[str]:
    """Everything a learner reads on the page: texts, labels, metric labels, table headers."""
    texts = [str(getattr(e, "value", "")) for kind in TEXT_ELEMENTS for e in at.get(kind)]
    for kind in LABELLED:
        for element in at.get(kind):
            label = getattr(element, "label", None) or getattr(getattr(element, "proto", None), "label", "")
            texts.append(str(label))
    for table in at.get("dataframe"):
        texts.extend(str(column) for column in table.value.columns)
    for table in at.get("table"):
        texts.extend(str(column) for column in getattr(table.value, "columns", []))
    return texts


def english_words(texts: list[str]) -> list[str]:
    found = []
    for text in texts:
        prose = FORMULA.sub(" ", text)
        prose = re.sub(r"https?://\S+", " ", prose)
        prose = re.sub(r"\b[A-Za-z]\^\[\d\]", " ", prose)  # the course's layer notation: W^[1], a^[2]
        found += [w for w in LATIN_WORD.findall(prose) if w.lower() not in ALLOWED]
    return found


def test_the_check_finds_english():
    assert english_words(["这是 **猫**。", "α = 0.005，$\\frac{1}{m}$", "numpy 的 `np.dot`"]) == []
    assert english_words(["Press the button to start"]) == ["Press", "the", "button", "to", "start"]


@pytest.mark.parametrize("chapter", CHAPTERS, ids=lambda c: c.path)
def test_every_page_speaks_chinese(chapter):
    at = open_page(None if chapter is CHAPTERS[0] else chapter.path, lang="zh")
    texts = shown_texts(at)
    assert texts, "nothing was read off the page"
    keys = [text for text in texts if text in EN or text in ZH and text != ZH[text]]
    assert not keys, f"catalogue keys shown: {keys}"
    words = english_words(texts)
    assert not words, f"English on {chapter.path}: {sorted(set(words))}"


def test_the_language_follows_the_learner_between_chapters():
    at = open_page("pages/cat_classifier.py", lang="zh", lr="0.01")
    assert at.title[0].value == ZH["cat_classifier.title"] and at.query_params["lr"] == "0.01"
    at.switch_page("pages/gradient_descent.py").run()
    assert at.title[0].value == ZH["gradient_descent.title"] and at.query_params["lang"] == "zh"
    at.button_group(key="language_switch").set_value("en").run()
    assert at.title[0].value == EN["gradient_descent.title"] and "lang" not in at.query_params


def test_a_worded_choice_survives_the_language_switch_and_the_next_change():
    """A browser holds a select slider's value as its displayed words: after a switch to Chinese it still
    said "Momentum", which the Chinese options do not have, so the next change of any other setting reset
    the optimizer to gradient descent. The switch now hands the widget its value in the new words (and
    only then: a rerun in the same language sends no value)."""
    at = open_page("pages/gradient_descent.py", gd_opt="momentum")
    assert at.select_slider(key="gd_opt").value == "momentum"
    at.button_group(key="language_switch").set_value("zh").run()
    optimizer = at.select_slider(key="gd_opt")
    assert optimizer.value == "momentum" and optimizer.proto.set_value
    assert list(optimizer.proto.raw_value) == [ZH["gradient_descent.opt_momentum"]]
    at.slider(key="gd_iters").set_value(20).run()
    optimizer = at.select_slider(key="gd_opt")
    assert optimizer.value == "momentum" and not optimizer.proto.set_value
    assert at.query_params["gd_opt"] == "momentum"
