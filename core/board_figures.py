"""What the class board draws: every cost curve coloured by learning rate, final accuracy against the
learning rate, and the table. Built from plain dicts (cheap to make every few seconds for a whole class);
words arrive already translated, in `BoardWords`.

Nicknames are the students' own text: plotly reads a subset of HTML in hover labels, so they are escaped
before they reach a figure.
"""

from __future__ import annotations

import html
import math
from collections import defaultdict
from dataclasses import dataclass

from plotly.colors import sample_colorscale

from core.board import PostedRun, curve_positions
from core.settings import format_number
from core.text import t

# The top of Plasma is a pale yellow that vanishes on a projector's white: stop short of it.
PALETTE_STOP = 0.85
PALETTE = [[i / 8, colour] for i, colour in
           enumerate(sample_colorscale("Plasma", [PALETTE_STOP * i / 8 for i in range(9)]))]
DIVERGED_COLOUR = "#d62728"
# CJK fonts first: plotly draws with the page's fonts, and a nickname or a label may be Chinese.
FONT_FAMILY = "Noto Sans CJK SC, Noto Sans SC, PingFang SC, Microsoft YaHei, sans-serif"
MAX_NAMES_IN_HOVER = 8


@dataclass(frozen=True)
class BoardWords:
    curves_title: str
    scatter_title: str
    iteration: str
    cost: str
    learning_rate: str
    accuracy: str
    test_accuracy: str
    train_accuracy: str
    diverged: str
    runs_count: str  # with a {count} placeholder


def board_words(language: str | None = None) -> BoardWords:
    """The board charts' words from the catalogue (default: the learner's language)."""
    return BoardWords(
        curves_title=t("class_board.curves_title", language), scatter_title=t("class_board.scatter_title", language),
        iteration=t("class_board.iteration", language), cost=t("class_board.cost", language),
        learning_rate=t("class_board.learning_rate", language), accuracy=t("class_board.accuracy", language),
        test_accuracy=t("class_board.test_accuracy", language),
        train_accuracy=t("class_board.train_accuracy", language), diverged=t("class_board.diverged", language),
        runs_count=t("class_board.runs_count", language, count="{count}"))


def _scale(presenter: bool) -> dict:
    return dict(font=22, height=620, line=3.5, marker=16) if presenter else dict(font=14, height=440, line=2,
                                                                                    marker=11)


def _log_position(rate: float, low: float, high: float) -> float:
    """Where `rate` sits between the class's lowest and highest learning rate, on a log scale, in [0, 1]."""
    if high <= low:
        return 0.5
    return (math.log10(rate) - math.log10(low)) / (math.log10(high) - math.log10(low))


def rate_colours(rates) -> dict[float, str]:
    """A colour for each learning rate, on one log-scaled palette."""
    rates = sorted(set(rates))
    if not rates:
        return {}
    low, high = rates[0], rates[-1]
    positions = [_log_position(rate, low, high) for rate in rates]
    return dict(zip(rates, sample_colorscale(PALETTE, positions)))


def _layout(title: str, x_title: str, y_title: str, presenter: bool, *, log_x=False, log_y=False) -> dict:
    size = _scale(presenter)
    # Every font set explicitly: Streamlit's chart theme sets ticks, legend and axis titles on its own.
    font = dict(family=FONT_FAMILY, size=size["font"])

    def axis(text: str, log: bool) -> dict:
        return dict(title=dict(text=text, font=font), tickfont=font, type="log" if log else "linear")

    return dict(
        title=dict(text=title, font=dict(family=FONT_FAMILY, size=size["font"] + 4)),
        font=font,
        xaxis=axis(x_title, log_x),
        yaxis=axis(y_title, log_y),
        height=size["height"],
        margin=dict(l=10, r=10, t=60 + size["font"], b=10),
        legend=dict(orientation="h", yanchor="bottom", y=1.0, xanchor="right", x=1.0, font=font),
        hoverlabel=dict(font=font),
        uirevision=title,  # the refreshes every few seconds keep the viewer's zoom
    )


def log_ticks(low: float, high: float) -> list[float]:
    """Tick values for a log axis from `low` to `high`: 1, 2, 5 in each power of ten over a short range,
    powers of ten alone over a long one (plotly's own labels are bare digits, 5 for 0.5, on a short range)."""
    first, last = math.floor(math.log10(low)), math.ceil(math.log10(high))
    mantissas = (1, 2, 5) if last - first <= 4 else (1,)
    ticks = [float(f"{m}e{e}") for e in range(first, last + 1) for m in mantissas]
    inside = [tick for tick in ticks if low / 1.2 <= tick <= high * 1.2]
    return inside if len(inside) >= 2 else []  # a narrow range: plotly's own ticks read well there


def _with_rate(runs: list[PostedRun]) -> list[PostedRun]:
    return [run for run in runs if run.learning_rate is not None]


def curves_figure(runs: list[PostedRun], words: BoardWords, presenter: bool = False) -> dict:
    """Every run's cost curve on one chart: one trace per learning rate (its runs joined by gaps), so forty
    students make a handful of traces, not forty."""
    runs = _with_rate(runs)
    colours = rate_colours(run.learning_rate for run in runs)
    by_rate: dict[float, list[PostedRun]] = defaultdict(list)
    for run in runs:
        by_rate[run.learning_rate].append(run)
    size = _scale(presenter)
    traces = []
    for rate in sorted(by_rate):
        x, y, who = [], [], []
        for run in by_rate[rate]:
            x += curve_positions(run.iterations, len(run.costs)) + [None]
            y += list(run.costs) + [None]
            who += [html.escape(run.nickname)] * len(run.costs) + [""]
        label = f"α = {format_number(rate)}"
        traces.append(dict(
            type="scatter", mode="lines", x=x, y=y, customdata=who, name=label, connectgaps=False,
            line=dict(color=colours[rate], width=size["line"]), opacity=0.85,
            hovertemplate=f"%{{customdata}}<br>{label}<br>{words.iteration} %{{x}}<br>{words.cost} %{{y:.4f}}"
                          "<extra></extra>",
        ))
    if len(colours) > 1:  # the colour bar: the learning rates on their log scale
        logs = [math.log10(rate) for rate in colours]
        traces.append(dict(
            type="scatter", mode="markers", x=[None], y=[None], showlegend=False, hoverinfo="skip",
            marker=dict(colorscale=PALETTE, cmin=min(logs), cmax=max(logs), color=[min(logs)], showscale=True,
                        colorbar=dict(title=dict(text="α", font=dict(size=size["font"])),
                                      tickfont=dict(size=size["font"]), tickvals=logs,
                                      ticktext=[format_number(rate) for rate in colours])),
        ))
    layout = _layout(words.curves_title, words.iteration, words.cost, presenter, log_y=True)
    costs = [c for run in runs for c in run.costs if c is not None and c > 0]
    if costs:
        ticks = log_ticks(min(costs), max(costs))
        if ticks:
            layout["yaxis"].update(tickvals=ticks, ticktext=[format_number(tick) for tick in ticks])
    layout["showlegend"] = len(colours) <= 8  # past that, the colour bar says it better
    return dict(data=traces, layout=layout)


def _grouped(runs: list[PostedRun], value) -> dict[tuple, list[PostedRun]]:
    """Runs that land on one point (same rate, same accuracy) as one marker: the class often repeats a rate,
    and the same settings give the same result."""
    groups: dict[tuple, list[PostedRun]] = defaultdict(list)
    for run in runs:
        groups[(run.learning_rate, round(value(run), 2))].append(run)
    return groups


def _names(runs: list[PostedRun]) -> str:
    names = [html.escape(run.nickname) for run in runs[:MAX_NAMES_IN_HOVER]]
    return ", ".join(names) + (", …" if len(runs) > MAX_NAMES_IN_HOVER else "")


def accuracy_figure(runs: list[PostedRun], words: BoardWords, presenter: bool = False) -> dict:
    """Final test (filled) and train (hollow) accuracy against the learning rate; diverged runs as red
    crosses at the bottom. A marker grows with the number of runs on it."""
    runs = _with_rate(runs)
    colours = rate_colours(run.learning_rate for run in runs)
    size = _scale(presenter)
    traces = []
    kept = [run for run in runs if not run.diverged]
    for name, value, symbol in ((words.test_accuracy, lambda r: r.test_accuracy, "circle"),
                                (words.train_accuracy, lambda r: r.train_accuracy, "circle-open")):
        groups = _grouped([run for run in kept if value(run) is not None], value)
        traces.append(dict(
            type="scatter", mode="markers", name=name,
            x=[rate for rate, _ in groups], y=[accuracy for _, accuracy in groups],
            customdata=[[words.runs_count.format(count=len(g)), _names(g)] for g in groups.values()],
            marker=dict(symbol=symbol, color=[colours[rate] for rate, _ in groups],
                        size=[size["marker"] + 4 * math.sqrt(len(g) - 1) for g in groups.values()],
                        line=dict(width=2, color=[colours[rate] for rate, _ in groups])),
            hovertemplate=f"{name} %{{y:.1f}} %<br>{words.learning_rate} %{{x}}<br>%{{customdata[0]}}: "
                          "%{customdata[1]}<extra></extra>",
        ))
    diverged = _grouped([run for run in runs if run.diverged], lambda r: 0.0)
    if diverged:
        traces.append(dict(
            type="scatter", mode="markers", name=words.diverged,
            x=[rate for rate, _ in diverged], y=[0.0] * len(diverged),
            customdata=[[words.runs_count.format(count=len(g)), _names(g)] for g in diverged.values()],
            marker=dict(symbol="x", color=DIVERGED_COLOUR, size=size["marker"] + 4,
                        line=dict(width=1, color=DIVERGED_COLOUR)),
            hovertemplate=f"{words.diverged}<br>{words.learning_rate} %{{x}}<br>%{{customdata[0]}}: "
                          "%{customdata[1]}<extra></extra>",
        ))
    layout = _layout(words.scatter_title, words.learning_rate, words.accuracy, presenter, log_x=True)
    layout["yaxis"]["range"] = [-5, 105]
    if colours:  # ticks at the class's own rates, written as the sliders write them
        layout["xaxis"].update(tickvals=list(colours), ticktext=[format_number(rate) for rate in colours])
    return dict(data=traces, layout=layout)


def outcome(run: PostedRun) -> str:
    """finished, stopped or diverged: a catalogue key suffix."""
    if run.diverged:
        return "diverged"
    if run.num_iterations is not None and run.iterations is not None and run.iterations < run.num_iterations:
        return "stopped"
    return "finished"


def table_rows(runs: list[PostedRun]) -> list[dict]:
    """One plain row per run, newest first, numbers left as numbers so the table sorts them as numbers."""
    return [dict(nickname=run.nickname, page=run.page, learning_rate=run.learning_rate,
                 iterations=run.iterations, final_cost=run.final_cost, train_accuracy=run.train_accuracy,
                 test_accuracy=run.test_accuracy, outcome=outcome(run), posted_at=run.posted_at)
            for run in reversed(runs)]
