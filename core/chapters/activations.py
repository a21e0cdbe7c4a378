"""Activation functions: which one, where on z, and the random two-layer network; the chapter's checks."""

import numpy as np

from core import checks
from core.activations import ACTIVATIONS, SATURATED_FRACTION, TwoLayerNet, output_grid
from core.settings import CHOICE, SLIDER, Setting

NAMES = tuple(ACTIVATIONS)
HIDDEN_WIDTH = 8

FUNCTION = Setting("act_fn", "activations.function", CHOICE, "sigmoid", options=NAMES,
                   option_labels=tuple(f"activations.{name}" for name in NAMES))
Z_VALUE = Setting("act_z", "activations.z", SLIDER, 1.0, min_value=-8.0, max_value=8.0, step=0.1, help="activations.z_help")
Z_RANGE = Setting("act_range", "activations.range", SLIDER, 6, min_value=2, max_value=10, step=1)
WEIGHTS_SEED = Setting("act_seed", "activations.weights_seed", SLIDER, 5, min_value=0, max_value=20, step=1)

SETTINGS = (FUNCTION, Z_VALUE, Z_RANGE, WEIGHTS_SEED)


# ---- checks: each answer read off what the page shows with the check's settings ----

def _slope(values) -> dict:
    activation = ACTIVATIONS[values[FUNCTION.key]]
    z = values[Z_VALUE.key]
    return {"answer": float(activation.derivative(z)), "value": float(activation.function(z))}


def _saturated(values) -> dict:
    activation = ACTIVATIONS[values[FUNCTION.key]]
    slope = float(activation.derivative(values[Z_VALUE.key]))
    saturated = slope < SATURATED_FRACTION * activation.peak_slope  # the page's shading
    return {"answer": "saturated" if saturated else "not_saturated", "slope": slope, "peak": activation.peak_slope,
            "share": 100 * slope / activation.peak_slope, "limit": 100 * SATURATED_FRACTION}


def _steepest(values) -> dict:
    z = values[Z_VALUE.key]
    slopes = {name: float(ACTIVATIONS[name].derivative(z)) for name in NAMES}  # the page's comparison table
    return {"answer": max(slopes, key=slopes.get), **{f"slope_{name}": slope for name, slope in slopes.items()}}


def _collapse(values) -> dict:
    net = TwoLayerNet.random(values[WEIGHTS_SEED.key], HIDDEN_WIDTH)
    xs, ys, linear = output_grid(net, lambda z: z)
    w, b = net.collapsed()
    grid = np.column_stack([c.ravel() for c in np.meshgrid(xs, ys)])
    error = float(np.max(np.abs(linear.ravel() - (grid @ w + b))))
    return {"answer": "one_layer" if error < 1e-9 else "curved", "w1": float(w[0]), "w2": float(w[1]), "b": b,
            "error": error, "width": HIDDEN_WIDTH}


def _check(name, kind, observe, settings, **fields):
    return checks.run_check(f"activations.{name}", kind, observe, chapter_settings=SETTINGS, settings=settings, **fields)


CHECKS = (
    _check("sigmoid_slope", checks.NUMBER, _slope, {FUNCTION.key: "sigmoid", Z_VALUE.key: 0.0},
           tolerance=0.005, min_value=-10, max_value=10),
    _check("saturated", checks.CHOICE, _saturated, {FUNCTION.key: "sigmoid", Z_VALUE.key: 5.0},
           options=("saturated", "not_saturated")),
    _check("steepest", checks.CHOICE, _steepest, {Z_VALUE.key: -1.0}, options=NAMES),
    _check("no_activation", checks.CHOICE, _collapse, {WEIGHTS_SEED.key: 5}, options=("one_layer", "curved")),
)
