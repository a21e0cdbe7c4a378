"""The scalar autodiff engine: exact values, every operation's backward against finite differences."""

import math
import warnings

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core import autodiff as ad

finite = st.floats(-5, 5, allow_nan=False)
positive = st.floats(0.05, 20, allow_nan=False)
probability = st.floats(0.02, 0.98, allow_nan=False)
label = st.floats(0, 1, allow_nan=False)

# Each operation as (how to build it from input nodes, strategies for its inputs).
OPERATIONS = {
    "add": (lambda x: ad.add(x[0], x[1], "s"), (finite, finite)),
    "sub": (lambda x: ad.sub(x[0], x[1], "d"), (finite, finite)),
    "neg": (lambda x: ad.neg(x[0], "n"), (finite,)),
    "mul": (lambda x: ad.mul(x[0], x[1], "p"), (finite, finite)),
    "scale": (lambda x: ad.scale(-2.5, x[0], "k"), (finite,)),
    "log": (lambda x: ad.log(x[0], "l"), (positive,)),
    "sigmoid": (lambda x: ad.sigmoid(x[0], "a"), (finite,)),
    "tanh": (lambda x: ad.tanh(x[0], "h"), (finite,)),
    "sum": (lambda x: ad.total(list(x), "t"), (finite, finite, finite)),
    "mean": (lambda x: ad.mean(list(x), "m"), (finite, finite, finite, finite)),
    "linear": (lambda x: ad.linear([x[0], x[2]], [x[1], x[3]], x[4], "z"), (finite,) * 5),
    "cross_entropy": (lambda x: ad.cross_entropy(x[0], x[1], "L"), (probability, label)),
}


def numeric_gradient(make, values, i, h=1e-6):
    up = [ad.value(v + (h if j == i else 0), f"x{j}") for j, v in enumerate(values)]
    down = [ad.value(v - (h if j == i else 0), f"x{j}") for j, v in enumerate(values)]
    return (make(up).value - make(down).value) / (2 * h)


@pytest.mark.parametrize("name", OPERATIONS)
def test_every_operations_backward_matches_finite_differences(name):
    make, strategies = OPERATIONS[name]

    @settings(max_examples=40, deadline=None)
    @given(st.tuples(*strategies))
    def check(values):
        inputs = [ad.value(v, f"x{i}") for i, v in enumerate(values)]
        out = make(inputs)
        ad.backward(out)
        for i, node in enumerate(inputs):
            assert node.grad == pytest.approx(numeric_gradient(make, values, i), rel=1e-5, abs=1e-6), (name, i)

    check()


def test_the_warm_up_by_hand():
    a, b, c = ad.value(5, "a"), ad.value(3, "b"), ad.value(2, "c")
    u = ad.mul(b, c, "u")
    v = ad.add(a, u, "v")
    J = ad.scale(3, v, "J")
    order = ad.backward(J)
    assert (u.value, v.value, J.value) == (6, 11, 33)
    assert (J.grad, v.grad, u.grad, a.grad, b.grad, c.grad) == (1, 3, 3, 3, 6, 9)
    assert [n.name for n in order] == ["a", "b", "c", "u", "v", "J"]
    # backward in the text's order: J, v, a, u, b, c
    assert [n.name for n in reversed(ad.topological_order(J, last_parent_first=True))] == ["J", "v", "a", "u", "b", "c"]


def test_a_node_used_twice_collects_both_terms():
    x = ad.value(3, "x")
    square = ad.mul(x, x, "s")
    ad.backward(square)
    assert x.grad == 6
    y = ad.value(2, "y")
    both = ad.add(ad.mul(y, ad.value(4, "k"), "p"), y, "q")  # 4y + y
    ad.backward(both)
    assert y.grad == 5


def test_backward_twice_gives_the_same_gradients():
    x = ad.value(0.7, "x")
    out = ad.tanh(ad.mul(x, x, "s"), "t")
    ad.backward(out)
    first = x.grad
    ad.backward(out)
    assert x.grad == first == pytest.approx(2 * 0.7 * (1 - math.tanh(0.49) ** 2))


def test_exact_local_derivatives():
    z = ad.value(0.0, "z")
    assert ad.sigmoid(z, "a").local == (0.25,)
    assert ad.tanh(z, "h").local == (1.0,)
    assert ad.mean([z, z, z, z], "J").local == (0.25,) * 4
    a, y = ad.value(0.25, "a"), ad.value(1.0, "y")
    loss = ad.cross_entropy(a, y, "L")
    assert loss.value == pytest.approx(math.log(4)) and loss.local[0] == pytest.approx(-4.0)


def test_saturation_is_finite_or_honestly_infinite_without_warnings():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        a = ad.sigmoid(ad.value(1000.0, "z"), "a")
        assert a.value == 1.0
        right = ad.cross_entropy(a, ad.value(1.0, "y"), "L")
        assert right.value == 0.0 and right.local[0] == -1.0
        wrong = ad.cross_entropy(a, ad.value(0.0, "y"), "L")
        assert math.isinf(wrong.value) and math.isinf(wrong.local[0])
        assert ad.sigmoid(ad.value(-1000.0, "z"), "a").value == 0.0


def test_formulas_fill_with_names_and_numbers():
    b, c = ad.value(3, "b"), ad.value(2, "c")
    u = ad.mul(b, c, "u")
    assert ad.fill(u.formula, u, ["b", "c"]) == r"b \cdot c"
    assert ad.fill(u.local_formulas[0], u, ["b", "c"]) == "c"
    a = ad.sigmoid(ad.value(0, "z"), "a")
    assert ad.fill(a.local_formulas[0], a, ["z"]) == "a(1 - a)"
