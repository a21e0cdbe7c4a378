"""Helpers for driving the app through Streamlit's AppTest (shared by the page tests)."""

from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT


def rerun(at: AppTest) -> AppTest:
    """Run the script again and fail on any exception the page raised."""
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def open_page(page: str | None = None, **query) -> AppTest:
    """The app at `page` (a path relative to app.py; None for home), with URL query parameters."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    for key, value in query.items():
        at.query_params[key] = value
    if page:
        at.switch_page(page)
    return rerun(at)


def texts(elements) -> str:
    return " ".join(str(e.value) for e in elements)


def metrics(at: AppTest) -> dict:
    return {m.label: m.value for m in at.metric}


def small_tables(at: AppTest) -> list:
    """The page's Markdown tables (ui/small_table.py), in order, each as a DataFrame of the cells' text (bold
    marks removed) under their headings."""
    import pandas as pd

    tables = []
    for element in at.markdown:
        lines = [line for line in str(element.value).splitlines() if line.startswith("|")]
        if len(lines) < 2 or not set(lines[1]) <= set("|:- "):
            continue
        rows = [[cell.strip().strip("*").replace("\\|", "|") for cell in line.strip("|").split(" | ")]
                for line in lines]
        tables.append(pd.DataFrame(rows[2:], columns=rows[0]))
    return tables
