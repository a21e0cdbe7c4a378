"""Perceptron and XOR: which points, how many epochs, which hidden-layer network; the chapter's checks."""

import numpy as np

from core import checks, perceptron as pc
from core.perceptron import XOR_SEED as GOOD_XOR_SEED
from core.settings import CHOICE, SLIDER, Setting

DATA_SETS = ("and", "or", "cloud", "xor")
XOR_LEARNING_RATE, XOR_ITERATIONS = 1.0, 2000

DATA = Setting("pc_data", "perceptron.data", CHOICE, "and", options=DATA_SETS, help="perceptron.data_help",
               option_labels=("perceptron.data_and", "perceptron.data_or", "perceptron.data_cloud", "perceptron.data_xor"))
NOISE = Setting("pc_noise", "perceptron.noise", SLIDER, 0.1, min_value=0.02, max_value=0.5, step=0.02, help="perceptron.noise_help")
SEED = Setting("pc_seed", "perceptron.seed", SLIDER, 0, min_value=0, max_value=20, step=1)
EPOCHS = Setting("pc_epochs", "perceptron.epochs", SLIDER, 30, min_value=5, max_value=100, step=5, help="perceptron.epochs_help")
XOR_SEED = Setting("pc_xor_seed", "perceptron.xor_seed", SLIDER, GOOD_XOR_SEED, min_value=0, max_value=9, step=1,
                   help="perceptron.xor_seed_help")

SETTINGS = (DATA, NOISE, SEED, EPOCHS, XOR_SEED)


# ---- checks: each answer read off the run the page shows with the check's settings ----

def data_points(name: str, noise: float, seed: int):
    """The page's points: a logic gate, or the two clouds (the only data the spread and the seed shape)."""
    if name == "cloud":
        return pc.separable_cloud(40, noise, seed)
    return {"and": pc.and_points, "or": pc.or_points, "xor": pc.xor_points}[name]()


def _perceptron_run(values) -> pc.PerceptronRun:
    X, y = data_points(values[DATA.key], values[NOISE.key], values[SEED.key])
    return pc.train_perceptron(X, y, max_epochs=values[EPOCHS.key])


def _epochs_to_converge(values) -> dict:
    last = _perceptron_run(values).epochs[-1]
    return {"answer": last.number, "updates": last.updates, "w1": float(last.w[0]), "w2": float(last.w[1]),
            "b": float(last.b)}


def _separates(values) -> dict:
    run = _perceptron_run(values)
    return {"answer": "yes" if run.converged else "no", "epochs": run.epochs[-1].number, "least": min(run.errors)}


def _hidden_layer_solves(values) -> dict:
    network = pc.train_xor_network(values[XOR_SEED.key], XOR_LEARNING_RATE, XOR_ITERATIONS)
    X, y = pc.xor_points()
    right = int(np.sum(network.predict(X) == y))
    return {"answer": "solves" if right == 4 else "stuck", "right": right, "cost": network.costs[-1],
            "good_seed": GOOD_XOR_SEED, "iterations": XOR_ITERATIONS}


def _check(name, kind, observe, settings, **fields):
    return checks.run_check(f"perceptron.{name}", kind, observe, chapter_settings=SETTINGS, settings=settings, **fields)


CHECKS = (
    _check("and_epochs", checks.NUMBER, _epochs_to_converge, {DATA.key: "and", EPOCHS.key: 30},
           tolerance=0, min_value=0, max_value=1000),
    _check("xor_separates", checks.CHOICE, _separates, {DATA.key: "xor", EPOCHS.key: 100}, options=("yes", "no")),
    _check("xor_hidden_seed", checks.CHOICE, _hidden_layer_solves, {XOR_SEED.key: 0}, options=("solves", "stuck")),
)
