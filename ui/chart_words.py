"""A chart said in words, drawn: the chart with its sentence as the text alternative, the sentence beside it,
and "Show the numbers" (core/chart_words.py computes both from the chart's own data)."""

from __future__ import annotations

import streamlit as st

from core.chart_words import ChartWords
from core.run_story import Sentence
from core.text import t
from ui.live_plot import inside, live_plotly_chart


def words_text(sentence: Sentence) -> str:
    """A core sentence in the learner's language."""
    return t(sentence.key, **sentence.values, **{name: t(key) for name, key in sentence.words.items()})


def numbers_table(words: ChartWords) -> dict:
    """The chart's numbers, column by column, in the learner's language."""
    return {t(key, **words.column_words.get(key, {})):
            [words_text(row[i]) if isinstance(row[i], Sentence) else row[i] for row in words.rows]
            for i, key in enumerate(words.columns)}


def show_numbers(words: ChartWords, key: str | None = None) -> None:
    """The chart's numbers as a small table, in an expander (nothing when the chart has none). With a `key`, the
    table is sent only once the learner opens it (a lazy expander: most never do, and a closed panel's table
    was sent and drawn again at every change of a slider)."""
    if not words.columns:
        return
    if key is None:  # a chart drawn again and again in one run (a live training's slot): no key to keep
        with st.expander(t("live.show_numbers")):
            st.table(numbers_table(words), hide_index=True)
        return
    _numbers_panel(words, numbers_key(key))


def numbers_key(chart_key: str) -> str:
    """The session key of a keyed chart's "Show the numbers" panel (open or closed)."""
    return f"{chart_key}_numbers"


@st.fragment
def _numbers_panel(words: ChartWords, key: str) -> None:
    # A fragment: opening the panel reruns only it.
    panel = st.expander(t("live.show_numbers"), key=key, on_change="rerun")
    if panel.open:
        panel.table(numbers_table(words), hide_index=True)


def chart(figure, words: ChartWords, where=st, numbers: bool = True, key: str | None = None,
          slot: str | None = None) -> str:
    """`figure` in `where` (the page, a column, a slot) with its sentence as alternative text and beside it,
    and its numbers under it. With a `key`, a rerun updates the chart in place (ui/live_plot.py): for a chart
    a learner's control redraws; with a `slot`, the live training's frame before it. Returns the sentence."""
    text = words_text(words.sentence)
    with inside(where):
        live_plotly_chart(figure, key=key, slot=slot, alt=text)
        st.caption(text)
        if numbers:
            show_numbers(words, key)
    return text
