"""Activation functions: values by hand, slopes against finite differences, saturation, linear collapse."""

import math

import numpy as np
import pytest
from hypothesis import given, strategies as st

from core.activations import (
    ACTIVATIONS, LEAKY_SLOPE, TwoLayerNet, leaky_relu, output_grid, relu, relu_derivative,
    saturated_intervals, sigmoid_derivative, tanh,
)


def test_values_by_hand():
    assert ACTIVATIONS["sigmoid"].function(0.0) == 0.5
    assert sigmoid_derivative(0.0) == 0.25
    assert ACTIVATIONS["sigmoid"].function(math.log(3)) == pytest.approx(0.75)  # 1 / (1 + 1/3)
    assert tanh(0.0) == 0.0 and ACTIVATIONS["tanh"].derivative(0.0) == 1.0
    assert tanh(math.log(2)) == pytest.approx(0.6)  # (2 - 1/2) / (2 + 1/2)
    assert relu([-2.0, 0.0, 3.0]).tolist() == [0.0, 0.0, 3.0]
    assert relu_derivative([-2.0, 0.0, 3.0]).tolist() == [0.0, 0.0, 1.0]
    assert leaky_relu([-2.0, 3.0]).tolist() == [-2.0 * LEAKY_SLOPE, 3.0]
    assert leaky_relu(-2.0, slope=0.01) == pytest.approx(-0.02)


@pytest.mark.parametrize("key", list(ACTIVATIONS))
def test_derivative_against_finite_differences(key):
    activation = ACTIVATIONS[key]
    z = np.linspace(-5, 5, 101)
    z = z[np.abs(z) > 1e-3]  # ReLU and leaky ReLU have no slope at 0 itself
    h = 1e-6
    numeric = (activation.function(z + h) - activation.function(z - h)) / (2 * h)
    assert np.allclose(activation.derivative(z), numeric, atol=1e-7)


@pytest.mark.parametrize("key", list(ACTIVATIONS))
def test_peak_slope_is_the_steepest(key):
    activation = ACTIVATIONS[key]
    slopes = activation.derivative(np.linspace(-8, 8, 1601))
    assert slopes.max() == pytest.approx(activation.peak_slope)


@given(st.floats(-700, 700))
def test_no_overflow_anywhere(z):
    for activation in ACTIVATIONS.values():
        assert np.isfinite(activation.function(z)) and np.isfinite(activation.derivative(z))


def test_saturated_intervals():
    # sigmoid: σ(1 - σ) < 0.0125 once |z| > ln((1 + sqrt(1 - 0.05)) / (1 - sqrt(1 - 0.05))) / 1 ≈ 4.36
    edge = math.log((1 + math.sqrt(0.95)) / (1 - math.sqrt(0.95)))
    (left, right) = saturated_intervals(ACTIVATIONS["sigmoid"], -6, 6)
    assert left[0] == -6 and right[1] == 6
    assert left[1] == pytest.approx(-edge, abs=0.02) and right[0] == pytest.approx(edge, abs=0.02)
    # tanh: 1 - tanh² < 0.05 once |z| > atanh(sqrt(0.95)) ≈ 2.18
    (_, right) = saturated_intervals(ACTIVATIONS["tanh"], -6, 6)
    assert right[0] == pytest.approx(math.atanh(math.sqrt(0.95)), abs=0.02)
    assert saturated_intervals(ACTIVATIONS["relu"], -6, 6) == [(-6.0, 0.0)]  # dead for z <= 0
    assert saturated_intervals(ACTIVATIONS["leaky_relu"], -6, 6) == []  # never flat: the point of it


def test_two_linear_layers_are_one():
    net = TwoLayerNet.random(seed=4)
    X = np.random.default_rng(0).normal(size=(50, 2))
    w, b = net.collapsed()
    assert np.allclose(net.output(X), X @ w + b)
    # with tanh between the layers it is no longer an affine map of x
    assert not np.allclose(net.output(X, tanh), X @ w + b)


def test_linear_network_boundary_is_a_line():
    """Without activation the output is affine, so its second differences vanish along every axis."""
    net = TwoLayerNet.random(seed=1)
    xs, ys, Z = output_grid(net, lambda z: z, steps=21)
    assert Z.shape == (21, 21)
    assert np.allclose(np.diff(Z, 2, axis=0), 0, atol=1e-9) and np.allclose(np.diff(Z, 2, axis=1), 0, atol=1e-9)
    _, _, bent = output_grid(net, relu, steps=21)
    assert not np.allclose(np.diff(bent, 2, axis=1), 0, atol=1e-6)
