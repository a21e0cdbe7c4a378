"""Activation functions: which one, where on z, and the random two-layer network."""

from core.activations import ACTIVATIONS
from core.settings import CHOICE, SLIDER, Setting

NAMES = tuple(ACTIVATIONS)
HIDDEN_WIDTH = 8

FUNCTION = Setting("act_fn", "activations.function", CHOICE, "sigmoid", options=NAMES,
                   option_labels=tuple(f"activations.{name}" for name in NAMES))
Z_VALUE = Setting("act_z", "activations.z", SLIDER, 1.0, min_value=-8.0, max_value=8.0, step=0.1, help="activations.z_help")
Z_RANGE = Setting("act_range", "activations.range", SLIDER, 6, min_value=2, max_value=10, step=1)
WEIGHTS_SEED = Setting("act_seed", "activations.weights_seed", SLIDER, 5, min_value=0, max_value=20, step=1)

SETTINGS = (FUNCTION, Z_VALUE, Z_RANGE, WEIGHTS_SEED)
