"""The chapter's four graphs: the text's numbers, closed forms, finite differences, the step walk."""

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.graphs import (GRAPH_KEYS, MAX_EXAMPLES, check_gradients, gradient_step, graph_spec, shortcuts, steps,
                         view_at)
from core.logistic import log_loss_from_logits, propagate, sigmoid

ALL_SPECS = [graph_spec(k, m) for k in GRAPH_KEYS for m in ((1, 2, 3, 4) if k == "batch" else (2,))]


def grads(built):
    return {key: node.grad for key, node in built.inputs.items()}


def test_the_warm_up_gives_the_texts_numbers():
    built = graph_spec("warmup").build()
    assert built.output.value == 33
    assert grads(built) == {"a": 3, "b": 6, "c": 9}
    built = graph_spec("warmup").build({"a": 1, "b": -2, "c": 0.5})
    assert built.output.value == 3 * (1 - 2 * 0.5)
    assert grads(built) == {"a": 3, "b": 1.5, "c": -6}


def test_the_warm_up_steps_are_written_out_with_numbers():
    all_steps = steps(graph_spec("warmup").build())
    assert [s.phase for s in all_steps] == ["forward"] * 3 + ["backward"] * 6
    assert all_steps[0].tex == r"u = b \cdot c = 3 \cdot 2 = 6"
    assert all_steps[2].tex == r"J = 3 \cdot v = 3 \cdot 11 = 33"
    by_node = {s.node.name: s for s in all_steps if s.phase == "backward"}
    assert [s.node.name for s in all_steps[3:]] == ["J", "v", "a", "u", "b", "c"]
    assert by_node["J"].tex == r"\frac{dJ}{dJ} = 1"
    assert by_node["v"].tex == r"\frac{dJ}{dv} = 3"
    assert by_node["a"].tex == r"\frac{dJ}{da} = \frac{dJ}{dv} \cdot \frac{dv}{da} = 3 \cdot 1 = 3"
    assert by_node["b"].tex == r"\frac{dJ}{db} = \frac{dJ}{du} \cdot \frac{du}{db} = 3 \cdot 2 = 6"
    assert by_node["b"].local_tex == (r"\frac{du}{db} = c = 2",)
    assert by_node["c"].tex.endswith(r"= 3 \cdot 3 = 9")


def test_the_view_reveals_values_then_derivatives():
    built = graph_spec("warmup").build()
    all_steps = steps(built)
    start = view_at(built, all_steps, 0)
    assert start.step is None and {n.name for n in start.valued} == {"a", "b", "c"} and not start.graded
    after_forward = view_at(built, all_steps, 3)
    assert after_forward.step.node.name == "J" and len(after_forward.valued) == 6 and not after_forward.graded
    back_two = view_at(built, all_steps, 5)
    assert {n.name for n in back_two.graded} == {"J", "v"}
    end = view_at(built, all_steps, 99)  # clamped to the last step
    assert end.index == end.total == 9 and len(end.graded) == 6


logistic_values = st.fixed_dictionaries({
    "x1": st.floats(-3, 3), "x2": st.floats(-3, 3), "w1": st.floats(-3, 3), "w2": st.floats(-3, 3),
    "bias": st.floats(-3, 3), "y": st.sampled_from([0, 1])})


@settings(max_examples=60, deadline=None)
@given(logistic_values)
def test_logistic_derivatives_equal_the_closed_forms(v):
    built = graph_spec("logistic").build(v)
    z = v["w1"] * v["x1"] + v["w2"] * v["x2"] + v["bias"]
    a = float(sigmoid(z))
    # The graph computes the text's L(a, y) from a, so log(1 - a) carries a's rounding magnified by
    # 1 / (1 - a) (near z = 20 that is 1e-7 of a loss of 20); the stable form from z is exact.
    conditioning = 1e-15 / max(min(a, 1 - a), 1e-300)
    assert built.output.value == pytest.approx(log_loss_from_logits(z, v["y"]), rel=1e-9, abs=1e-12 + conditioning)
    dz = a - v["y"]
    g = grads(built)
    assert g["w1"] == pytest.approx(v["x1"] * dz, rel=1e-9, abs=1e-12)
    assert g["w2"] == pytest.approx(v["x2"] * dz, rel=1e-9, abs=1e-12)
    assert g["bias"] == pytest.approx(dz, rel=1e-9, abs=1e-12)
    for line in shortcuts(graph_spec("logistic"), built):
        assert line.value == pytest.approx(line.node.grad, rel=1e-9, abs=1e-12)


def test_the_logistic_shortcut_reads_like_the_text():
    spec = graph_spec("logistic")
    lines = [s.tex for s in shortcuts(spec, spec.build())]
    assert lines[0] == "dz = a - y = 0.2689 - 1 = -0.7311"
    assert lines[1] == r"dw_1 = x_1 \cdot dz = 1 \cdot (-0.7311) = -0.7311"
    assert lines[3] == "db = dz = -0.7311"


@pytest.mark.parametrize("m", range(1, MAX_EXAMPLES + 1))
def test_m_examples_match_the_vectorised_course_code(m):
    spec = graph_spec("batch", m)
    built = spec.build()
    values = spec.defaults()
    keys = [("" if i == 1 else f"_{i}") for i in range(1, m + 1)]
    X = np.array([[values[f"x1{k}"] for k in keys], [values[f"x2{k}"] for k in keys]])
    Y = np.array([[values[f"y{k}"] for k in keys]], dtype=float)
    w = np.array([[values["w1"]], [values["w2"]]])
    course, cost = propagate(w, values["bias"], X, Y)
    assert built.output.value == pytest.approx(cost, rel=1e-12)
    g = grads(built)
    assert [g["w1"], g["w2"]] == pytest.approx(course["dw"].ravel().tolist(), rel=1e-12)
    assert g["bias"] == pytest.approx(course["db"], rel=1e-12)
    for line in shortcuts(spec, built):
        assert line.value == pytest.approx(line.node.grad, rel=1e-12, abs=1e-15)
    # the 1/m: every loss reaches J with derivative 1/m
    assert [loss.grad for loss in built.output.parents] == [1 / m] * m


@pytest.mark.parametrize("spec", ALL_SPECS, ids=lambda s: s.key)
def test_every_input_derivative_agrees_with_finite_differences(spec):
    checks = check_gradients(spec)
    assert [c.key for c in checks] == [s.key for s in spec.inputs]
    assert all(c.agrees for c in checks), [(c.key, c.backprop, c.numeric) for c in checks if not c.agrees]


@settings(max_examples=15, deadline=None)
@given(st.lists(st.floats(-3, 3), min_size=12, max_size=12), st.sampled_from([0, 1]))
def test_the_network_gradients_hold_anywhere_in_the_slider_ranges(numbers, y):
    spec = graph_spec("network")
    keys = [s.key for s in spec.inputs if s.key != "y"]
    values = dict(zip(keys, numbers)) | {"y": y}
    assert all(c.agrees for c in check_gradients(spec, values))


def test_network_shortcuts_and_step_count():
    spec = graph_spec("network")
    built = spec.build()
    for line in shortcuts(spec, built):
        assert line.value == pytest.approx(line.node.grad, rel=1e-12)
    all_steps = steps(built)
    assert len(all_steps) == 7 + len(built.order)  # 7 operations forward, every node backward
    x1_step = next(s for s in all_steps if s.phase == "backward" and s.node is built.inputs["x1"])
    assert len(x1_step.local_tex) == 2 and x1_step.tex.count(r"\cdot") == 4  # two terms: x1 feeds both units


def test_one_gradient_descent_step():
    spec = graph_spec("logistic")
    built = spec.build()
    update = gradient_step(spec, None, 0.5)
    assert [s.key for s, *_ in update.rows] == ["w1", "w2", "bias"]
    for s, before, grad, after in update.rows:
        assert grad == built.inputs[s.key].grad and after == before - 0.5 * grad
    assert update.cost_before == built.output.value and update.cost_after < update.cost_before
    assert update.cost_after == spec.build(update.new_values).output.value
    warm = gradient_step(graph_spec("warmup"), None, 0.1)
    assert warm.new_values == pytest.approx({"a": 4.7, "b": 2.4, "c": 1.1})
    assert warm.cost_after == pytest.approx(3 * (4.7 + 2.4 * 1.1))


def test_a_huge_step_is_reported_as_infinite_not_garbage():
    # One example alone: a huge step in the right direction drives its loss to exactly 0.
    assert gradient_step(graph_spec("logistic"), None, 1e4).cost_after == 0.0
    # Two examples pulling apart: the huge step saturates one of them on the wrong side.
    update = gradient_step(graph_spec("batch", 2), {"x1_2": 1.0, "x2_2": 2.0, "y_2": 0}, 1e4)
    assert math.isinf(update.cost_after)


def test_unknown_graphs_are_refused():
    with pytest.raises(ValueError):
        graph_spec("lstm")
    with pytest.raises(ValueError):
        graph_spec("batch", 5)
