"""What the class board draws (core/board_figures.py), its QR code (core/qr.py) and a run made from a
training snapshot (core.board.run_from_snapshot)."""

from __future__ import annotations

import io
import math

import numpy as np
import qrcode
from PIL import Image
from qrcode.constants import ERROR_CORRECT_M

from core.board import MAX_CURVE_POINTS, PostedRun, run_from_snapshot
from core.board_figures import (BoardWords, accuracy_figure, curves_figure, log_ticks, outcome, rate_colours,
                                table_rows)
from core.qr import qr_png
from core.snapshot import TrainingSnapshot

WORDS = BoardWords(curves_title="Curves", scatter_title="Accuracy", iteration="Iteration", cost="Cost",
                   learning_rate="Learning rate", accuracy="Accuracy (%)", test_accuracy="Test accuracy",
                   train_accuracy="Train accuracy", diverged="Diverged", runs_count="{count} runs")


def posted(run_id: int, nickname: str, lr: float, *, test=70.0, train=90.0, diverged=False, costs=(0.7, 0.5, 0.3),
           iterations=300, num_iterations=300) -> PostedRun:
    return PostedRun(run_id=run_id, nickname=nickname, page="cat_classifier", settings={"lr": lr, "iters": 300},
                     final_cost=costs[-1], train_accuracy=train, test_accuracy=test, diverged=diverged,
                     costs=list(costs), iterations=iterations, num_iterations=num_iterations, posted_at=1e9 + run_id)


def test_curves_are_one_trace_per_learning_rate_with_escaped_nicknames():
    runs = [posted(1, "<b>Ada</b>", 0.01), posted(2, "Bob", 0.01), posted(3, "Cy & Dee", 0.0001),
            PostedRun(**{**posted(4, "no rate", 0.1).__dict__, "settings": {"iters": 3}})]
    figure = curves_figure(runs, WORDS)
    lines = [trace for trace in figure["data"] if trace["mode"] == "lines"]
    assert [trace["name"] for trace in lines] == ["α = 0.0001", "α = 0.01"]  # the run without a rate is left out
    fast = lines[1]
    assert fast["y"] == [0.7, 0.5, 0.3, None, 0.7, 0.5, 0.3, None]  # two runs, each ended by a gap
    assert fast["x"] == [0, 298, 300, None, 0, 298, 300, None]  # thinned points at their iterations (even ones, then the last)
    assert "&lt;b&gt;Ada&lt;/b&gt;" in fast["customdata"] and "Cy &amp; Dee" in lines[0]["customdata"]
    assert "<b>" not in str(figure)
    colourbar = figure["data"][-1]["marker"]
    assert colourbar["showscale"] and colourbar["colorbar"]["ticktext"] == ["0.0001", "0.01"]
    assert figure["layout"]["yaxis"]["type"] == "log"


def test_colours_follow_the_learning_rate_on_a_log_scale():
    colours = rate_colours([0.1, 0.001, 0.01, 0.01])
    assert list(colours) == [0.001, 0.01, 0.1] and len(set(colours.values())) == 3
    assert rate_colours([0.5]) and rate_colours([]) == {}
    # 0.01 sits halfway between 0.001 and 0.1 on a log scale: the palette's middle colour
    assert colours[0.01] == rate_colours([0.001, 0.1, 0.01])[0.01]


def test_accuracy_groups_identical_runs_and_marks_the_diverged():
    runs = [posted(1, "Ada", 0.01), posted(2, "Bob", 0.01), posted(3, "Cy", 1.0, diverged=True, test=None),
            posted(4, "Dee", 0.001, test=60.0)]
    figure = accuracy_figure(runs, WORDS)
    test, train, diverged = figure["data"]
    assert (test["name"], train["name"], diverged["name"]) == ("Test accuracy", "Train accuracy", "Diverged")
    assert sorted(zip(test["x"], test["y"])) == [(0.001, 60.0), (0.01, 70.0)]
    sizes = dict(zip(test["x"], test["marker"]["size"]))
    assert sizes[0.01] > sizes[0.001]  # two runs on one point: a larger marker
    assert ["2 runs", "Ada, Bob"] in test["customdata"]
    assert diverged["x"] == [1.0] and diverged["marker"]["symbol"] == "x"
    assert figure["layout"]["xaxis"]["type"] == "log"


def test_presenter_mode_is_larger():
    runs = [posted(1, "Ada", 0.01)]
    small, large = curves_figure(runs, WORDS), curves_figure(runs, WORDS, presenter=True)
    assert large["layout"]["font"]["size"] > small["layout"]["font"]["size"]
    assert large["layout"]["height"] > small["layout"]["height"]
    assert large["layout"]["xaxis"]["tickfont"]["size"] == large["layout"]["font"]["size"]


def test_an_empty_board_draws_empty_charts():
    assert [t for t in curves_figure([], WORDS)["data"]] == []
    assert all(not trace["x"] for trace in accuracy_figure([], WORDS)["data"])


def test_log_ticks_read_as_numbers():
    assert log_ticks(0.4, 3.2) == [0.5, 1.0, 2.0]
    assert log_ticks(0.63, 0.69) == []  # too narrow for 1-2-5: plotly's own ticks
    assert log_ticks(1e-3, 1e9)[:3] == [0.001, 0.01, 0.1]  # a long range: powers of ten only


def test_table_rows_are_newest_first_with_an_outcome():
    runs = [posted(1, "Ada", 0.01), posted(2, "Bob", 0.01, iterations=120), posted(3, "Cy", 1.0, diverged=True)]
    rows = table_rows(runs)
    assert [row["nickname"] for row in rows] == ["Cy", "Bob", "Ada"]
    assert [row["outcome"] for row in rows] == ["diverged", "stopped", "finished"]
    assert outcome(posted(5, "E", 0.1, iterations=None, num_iterations=None)) == "finished"


def test_the_qr_code_encodes_the_link():
    link = "http://127.0.0.1:8501/class_board?class=ABCD-2345"
    image = Image.open(io.BytesIO(qr_png(link, box_size=4, border=4))).convert("L")
    expected = qrcode.QRCode(error_correction=ERROR_CORRECT_M, box_size=4, border=4)
    expected.add_data(link)
    expected.make(fit=True)
    matrix = expected.get_matrix()  # with the border
    assert image.size == (4 * len(matrix), 4 * len(matrix))
    drawn = [[image.getpixel((4 * col + 2, 4 * row + 2)) < 128 for col in range(len(matrix))]
             for row in range(len(matrix))]
    assert drawn == matrix
    assert qr_png(link + "&x") != qr_png(link)


def test_a_run_from_a_long_diverged_snapshot():
    costs = np.concatenate([np.linspace(0.7, 2.0, 4999), [np.inf]])
    snapshot = TrainingSnapshot(iteration=4999, num_iterations=5000, costs=costs, train_accuracy=np.float64(65.5),
                                test_accuracy=None, diverged=True)
    run = run_from_snapshot("cat_classifier", {"lr": 1.0}, snapshot)
    assert len(run.costs) == MAX_CURVE_POINTS and run.costs[0] == 0.7 and run.costs[-1] is None
    assert run.final_cost == math.inf and run.diverged is True and run.test_accuracy is None
    assert (run.iterations, run.num_iterations) == (4999, 5000)
