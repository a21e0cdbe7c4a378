"""Figure builders of the foundation chapters: the right traces, small animations, words passed through."""

import json

import numpy as np

from core import perceptron as pc
from core.activations import ACTIVATIONS, TwoLayerNet, output_grid, saturated_intervals
from core.figures.activations import activation_figure, network_output_figure
from core.figures.loss_and_cost import convexity_figure, loss_curves_figure, losses_bar_figure
from core.figures.perceptron import MAX_FRAMES, perceptron_animation, xor_network_figure
from core.figures.vectorization import timing_bars_figure

PC_WORDS = {"class0": "zero", "class1": "one", "line": "line", "wrong": "wrong", "errors": "errors",
            "epoch": "Epoch", "play": "Play", "pause": "Pause", "frame": "Epoch {epoch}: {errors} wrong"}


def test_perceptron_animation_frames_carry_only_the_moving_traces():
    X, y = pc.and_points()
    run = pc.train_perceptron(X, y)
    fig = perceptron_animation(X, y, run, pc.BOX, PC_WORDS)
    assert len(fig.frames) == len(run.epochs)
    assert all(list(frame.traces) == [3, 4, 5] and len(frame.data) == 3 for frame in fig.frames)
    assert fig.layout.title.text == f"Epoch {run.epochs[-1].number}: 0 wrong"
    assert fig.frames[0].layout.title.text == "Epoch 0: 1 wrong"
    assert list(fig.data[2].y) == run.errors  # the error curve
    assert [step.label for step in fig.layout.sliders[0].steps] == [str(e.number) for e in run.epochs]
    assert len(json.dumps(fig.to_plotly_json(), default=str)) < 60_000


def test_long_runs_are_thinned_to_at_most_max_frames():
    X, y = pc.xor_points()
    run = pc.train_perceptron(X, y, max_epochs=300)
    fig = perceptron_animation(X, y, run, pc.BOX, PC_WORDS)
    assert len(fig.frames) <= MAX_FRAMES
    assert fig.frames[0].name == "0" and fig.frames[-1].name == "300"


def test_zero_line_draws_nothing():
    X, y = pc.xor_points()
    run = pc.train_perceptron(X, y, max_epochs=1)
    fig = perceptron_animation(X, y, run, pc.BOX, PC_WORDS)
    assert list(fig.frames[0].data[0].x) == []  # w = 0: no line yet


def test_xor_network_figure():
    network = pc.train_xor_network()
    xs, ys, P = pc.probability_grid(network, steps=9)
    lines = [network.hidden_line(i) for i in range(2)]
    fig = xor_network_figure(xs, ys, P, *pc.xor_points(), lines, {
        "title": "T", "probability": "P", "class0": "zero", "class1": "one", "hidden": "unit {unit}"})
    names = [trace.name for trace in fig.data]
    assert names == ["P", "zero", "one", "unit 1", "unit 2"]
    assert np.array_equal(np.asarray(fig.data[0].z), P)


def test_activation_figure_shades_saturation_on_both_panels():
    activation = ACTIVATIONS["tanh"]
    z = np.linspace(-5, 5, 51)
    saturated = saturated_intervals(activation, -5, 5)
    fig = activation_figure(z, activation.function(z), activation.derivative(z), 1.0,
                            float(activation.function(1.0)), float(activation.derivative(1.0)), saturated,
                            {"title": "T", "function": "g", "derivative": "dg", "tangent": "tan",
                             "saturated": "sat", "z": "z"})
    assert len(fig.layout.shapes) == 2 * len(saturated) + 2  # shading and the z marker line, on each panel
    shading = [(shape.xref, shape.yref, shape.x0, shape.x1) for shape in fig.layout.shapes if shape.type == "rect"]
    assert shading == [(x, f"{y} domain", start, end) for start, end in saturated for x, y in (("x", "y"), ("x2", "y2"))]
    marks = [(shape.xref, shape.yref, shape.x0, shape.x1) for shape in fig.layout.shapes if shape.type == "line"]
    assert marks == [("x", "y domain", 1.0, 1.0), ("x2", "y2 domain", 1.0, 1.0)]  # each panel's full height at z
    tangent = fig.data[1]
    slope = (tangent.y[1] - tangent.y[0]) / (tangent.x[1] - tangent.x[0])
    assert np.isclose(slope, activation.derivative(1.0))


def test_other_builders_take_their_words():
    net = TwoLayerNet.random(0)
    xs, ys, Z = output_grid(net, np.tanh, steps=11)
    assert network_output_figure(xs, ys, Z, {"title": "Net", "output": "out"}).layout.title.text == "Net"
    a = np.linspace(0.01, 0.99, 9)
    fig = loss_curves_figure(a, -np.log(a), -np.log1p(-a), 0.5, {"title": "L", "y1": "one", "y0": "zero", "a": "a",
                                                                 "loss": "loss"})
    assert [trace.name for trace in fig.data[:2]] == ["one", "zero"]
    assert np.allclose(fig.data[2].y, np.log(2))
    fig = losses_bar_figure(np.array([0.1, 0.2, 0.3]), np.array([0, 1, 1]), np.array([0.1, 0.8, 0.7]), 0.2,
                            {"title": "B", "example": "i", "loss": "L", "cost": "J = {J:.1f}", "class0": "zero",
                             "class1": "one", "hover": "%{y}"})
    assert fig.layout.annotations[0].text == "J = 0.2" and list(fig.data[1].x) == [2, 3]
    w = np.linspace(-1, 1, 5)
    fig = convexity_figure(w, w**2, w**2, [(-0.5, 0.5)], {"title": "C", "squared": "sq", "log": "log", "w": "w",
                                                          "cost": "J", "concave": "bends"})
    assert [trace.name for trace in fig.data] == ["sq", "log", "bends"]
    fig = timing_bars_figure(["loop", "numpy"], [120.0, 0.5], ["120 ms", "0.5 ms"], {"title": "Times", "x": "ms"})
    assert list(fig.data[0].text) == ["120 ms", "0.5 ms"] and fig.layout.xaxis.type == "log"
