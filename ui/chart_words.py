"""A chart said in words, drawn: the chart with its sentence as the text alternative, the sentence beside it,
and "Show the numbers" (core/chart_words.py computes both from the chart's own data)."""

from __future__ import annotations

import streamlit as st

from core.chart_words import ChartWords
from core.run_story import Sentence
from core.text import t
from ui.live_plot import live_plotly_chart


def words_text(sentence: Sentence) -> str:
    """A core sentence in the learner's language."""
    return t(sentence.key, **sentence.values, **{name: t(key) for name, key in sentence.words.items()})


def show_numbers(words: ChartWords) -> None:
    """The chart's numbers as a small table, in an expander (nothing when the chart has none)."""
    if not words.columns:
        return
    with st.expander(t("live.show_numbers")):
        st.table({t(key, **words.column_words.get(key, {})):
                  [words_text(row[i]) if isinstance(row[i], Sentence) else row[i] for row in words.rows]
                  for i, key in enumerate(words.columns)}, hide_index=True)


def chart(figure, words: ChartWords, where=st, numbers: bool = True, key: str | None = None,
          slot: str | None = None) -> str:
    """`figure` in `where` (the page, a column, a slot) with its sentence as alternative text and beside it,
    and its numbers under it. With a `key`, a rerun updates the chart in place (ui/live_plot.py): for a chart
    a learner's control redraws; with a `slot`, the live training's frame before it. Returns the sentence."""
    text = words_text(words.sentence)
    with where.container():
        live_plotly_chart(figure, key=key, slot=slot, alt=text)
        st.caption(text)
        if numbers:
            show_numbers(words)
    return text
