"""Shallow network: the 2-D data set, the hidden layer, the run's hyper-parameters, the experiment; the checks."""

import functools

from core import checks
from core.nn import final_snapshot, layer_shapes
from core.planar import PLANAR_SETS
from core.settings import CHOICE, SLIDER, Setting, log_grid

LIVE_SECONDS = {"instant": 0.0, "watch": 4.0}
EXPERIMENT_UNITS = (1, 2, 3, 4, 5, 20, 50)
DATA_SEED = 1  # every data set is drawn from this seed; the seed setting draws the network's first weights
LOGISTIC_LEARNING_RATE, LOGISTIC_ITERATIONS = 1.2, 2000  # logistic regression, for contrast

DATA = Setting("sn_data", "shallow_network.data", CHOICE, "flower", options=tuple(PLANAR_SETS),
               option_labels=tuple(f"shallow_network.data_{name}" for name in PLANAR_SETS))
NOISE = Setting("sn_noise", "shallow_network.noise", SLIDER, 0.2, min_value=0.0, max_value=0.5, step=0.05)
HIDDEN = Setting("sn_hidden", "shallow_network.hidden", SLIDER, 4, min_value=1, max_value=50, step=1)
ACTIVATION = Setting("sn_act", "shallow_network.activation", CHOICE, "tanh", options=("tanh", "relu", "sigmoid"),
                     option_labels=("shallow_network.act_tanh", "shallow_network.act_relu", "shallow_network.act_sigmoid"))
LEARNING_RATE = Setting("sn_lr", "shallow_network.lr", CHOICE, 1.2, options=log_grid(1e-3, 10.0, mantissas=(1, 1.2, 2, 5)))
ITERATIONS = Setting("sn_iters", "shallow_network.iters", SLIDER, 10000, min_value=100, max_value=20000, step=100)
SEED = Setting("sn_seed", "shallow_network.seed", SLIDER, 2, min_value=0, max_value=50, step=1)
PACE = Setting("sn_pace", "shallow_network.pace", CHOICE, "watch", options=tuple(LIVE_SECONDS),
               option_labels=("shallow_network.pace_instant", "shallow_network.pace_watch"))
EXPERIMENT_ITERATIONS = Setting("sn_exp_iters", "shallow_network.experiment_iters", SLIDER, 5000,
                                min_value=100, max_value=10000, step=100)

SETTINGS = (DATA, NOISE, HIDDEN, ACTIVATION, LEARNING_RATE, ITERATIONS, SEED, PACE, EXPERIMENT_ITERATIONS)


# ---- checks: each answer read off the run the page shows with the check's settings ----

@functools.cache
def _trained(name: str, noise: float, layer_dims: tuple, hidden: str, seed: int, learning_rate: float,
             iterations: int):
    """A finished run as the page trains it (the "small" start drawn from `seed`)."""
    X, Y = PLANAR_SETS[name](seed=DATA_SEED, noise=noise)
    return final_snapshot(X, Y, list(layer_dims), hidden=hidden, init="small", seed=seed, learning_rate=learning_rate,
                          num_iterations=iterations)


def _logistic_accuracy(values) -> float:
    return float(_trained(values[DATA.key], values[NOISE.key], (2, 1), "sigmoid", values[SEED.key],
                          LOGISTIC_LEARNING_RATE, LOGISTIC_ITERATIONS).train_accuracy)


def _parameters(values) -> dict:
    units = values[HIDDEN.key]
    return {"answer": sum(count for *_, count in layer_shapes((2, units, 1))), "h": units, "w1": 2 * units}


def _line(values) -> dict:
    accuracy = _logistic_accuracy(values)
    answer = "chance" if accuracy < 60 else "good" if accuracy < 85 else "excellent"
    return {"answer": answer, "acc": float(accuracy)}


NEAR = (50, 70, 90)  # the accuracies a learner picks between


def _hidden_layer(values) -> dict:
    run = _trained(values[DATA.key], values[NOISE.key], (2, values[HIDDEN.key], 1), values[ACTIVATION.key],
                   values[SEED.key], values[LEARNING_RATE.key], values[ITERATIONS.key])
    nearest = min(NEAR, key=lambda accuracy: abs(accuracy - run.train_accuracy))
    return {"answer": f"near_{nearest}", "acc": float(run.train_accuracy), "cost": run.cost,
            "logistic": _logistic_accuracy(values)}


def _check(name, kind, observe, settings, **fields):
    return checks.run_check(f"shallow_network.{name}", kind, observe, chapter_settings=SETTINGS, settings=settings,
                            **fields)


_FLOWER = {DATA.key: "flower", NOISE.key: 0.2, SEED.key: 2}
CHECKS = (
    _check("parameters", checks.NUMBER, _parameters, {HIDDEN.key: 5}, tolerance=0, min_value=0, max_value=1e9),
    _check("logistic_flower", checks.CHOICE, _line, _FLOWER, options=("chance", "good", "excellent")),
    _check("four_units", checks.CHOICE, _hidden_layer,
           _FLOWER | {HIDDEN.key: 4, ACTIVATION.key: "tanh", LEARNING_RATE.key: 1.2, ITERATIONS.key: 2000},
           options=tuple(f"near_{accuracy}" for accuracy in NEAR)),
)
