"""A small table a slider redraws, as a Markdown table: a plain HTML table in the page, drawn by the browser in
about a millisecond. Streamlit's `st.table` took about 30 ms and `st.dataframe` (a data grid) about 20 ms to
draw twelve rows of seven columns again in Chromium here, at every change of the slider above them
(bench notes: README, issue 19). For tables of a few rows that are read as they are, not sorted or scrolled."""

from __future__ import annotations

import streamlit as st
from tabulate import tabulate


def _cell(value, bold: bool) -> str:
    text = str(value).replace("|", "\\|").replace("\n", " ")  # a cell's own bar would end the cell
    return f"**{text}**" if bold and text else text


def small_table(columns: dict[str, list], where=st, *, right: tuple[str, ...] = (), bold_row: int | None = None) -> str:
    """`columns` (heading: the column's cells, already written as the page shows them) as a Markdown table in
    `where`; the columns named in `right` aligned right (numbers), the row `bold_row` in bold. Returns the
    Markdown."""
    headings = list(columns)
    rows = [[_cell(cell, at == bold_row) for cell in row] for at, row in enumerate(zip(*columns.values()))]
    text = tabulate(rows, headers=[_cell(heading, False) for heading in headings], tablefmt="pipe",
                    disable_numparse=True, colalign=["right" if heading in right else "left" for heading in headings])
    where.markdown(text)
    return text
