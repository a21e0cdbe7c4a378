"""Deep network: the hidden layers, activation, initialisation and the run's hyper-parameters; the checks."""

import math

from core import checks
from core.nn import final_snapshot, layer_shapes, parse_hidden_sizes, predict_proba
from core.settings import CHOICE, SLIDER, TEXT, Setting, log_grid

LIVE_SECONDS = {"instant": 0.0, "watch": 4.0}
# The course lab's networks beside logistic regression: name -> (hidden sizes, init, α, iterations).
REFERENCE_NETWORKS = {"deep_network.model_two_layer": ((7,), "small", 0.0075, 2500),
                      "deep_network.model_deep": ((20, 7, 5), "scaled", 0.0075, 2500)}

LAYERS = Setting("dn_layers", "deep_network.layers", TEXT, "20, 7, 5", pattern=r"\d{1,3}(\s*,\s*\d{1,3}){0,5}",
                 help="deep_network.layers_help")
ACTIVATION = Setting("dn_act", "deep_network.activation", CHOICE, "relu", options=("relu", "tanh", "sigmoid"),
                     option_labels=("deep_network.act_relu", "deep_network.act_tanh", "deep_network.act_sigmoid"))
INIT = Setting("dn_init", "deep_network.init", CHOICE, "scaled", options=("scaled", "small", "he"),
               option_labels=("deep_network.init_scaled", "deep_network.init_small", "deep_network.init_he"))
LEARNING_RATE = Setting("dn_lr", "deep_network.lr", CHOICE, 0.0075, options=log_grid(1e-4, 1.0, mantissas=(1, 2, 5, 7.5)))
ITERATIONS = Setting("dn_iters", "deep_network.iters", SLIDER, 2500, min_value=100, max_value=3000, step=100)
PACE = Setting("dn_pace", "deep_network.pace", CHOICE, "watch", options=tuple(LIVE_SECONDS),
               option_labels=("deep_network.pace_instant", "deep_network.pace_watch"))

SETTINGS = (LAYERS, ACTIVATION, INIT, LEARNING_RATE, ITERATIONS, PACE)


# ---- checks: each answer read off what the page shows with the check's settings ----

def features() -> int:
    """The numbers per image, 64 × 64 × 3: the input layer's size (core.datasets is imported here, where a check
    needs it, so the registry loads no data reader)."""
    from core.datasets import IMAGE_SHAPE

    return math.prod(IMAGE_SHAPE)


def _parameters(values) -> dict:
    n = features()
    shapes = layer_shapes((n, *parse_hidden_sizes(values[LAYERS.key]), 1))
    total = sum(count for *_, count in shapes)
    first = shapes[0][3]
    return {"answer": total, "first": first, "share": 100 * first / total, "units": shapes[0][1][0], "n": n}


def _learns(values) -> dict:
    problem = checks.cat_problem()
    sizes = parse_hidden_sizes(values[LAYERS.key])
    run = final_snapshot(problem.X_train, problem.Y_train, [problem.X_train.shape[0], *sizes, 1],
                         hidden=values[ACTIVATION.key], init=values[INIT.key], learning_rate=values[LEARNING_RATE.key],
                         num_iterations=values[ITERATIONS.key], gram=(problem.K_train, problem.K_test))
    cat = predict_proba(run.params, problem.X_train) > 0.5
    one_answer = bool(cat.all() or not cat.any())  # the same answer for every image: it learned nothing
    return {"answer": "stuck" if one_answer else "learns", "start": float(run.costs[0]), "end": run.cost,
            "train": float(run.train_accuracy), "noncats": 100 * float((problem.Y_train == 0).mean())}


def _check(name, kind, observe, settings, **fields):
    return checks.run_check(f"deep_network.{name}", kind, observe, chapter_settings=SETTINGS, settings=settings,
                            **fields)


CHECKS = (
    _check("parameters", checks.NUMBER, _parameters, {LAYERS.key: "20, 7, 5"}, tolerance=0, min_value=0,
           max_value=1e12),
    _check("small_start", checks.CHOICE, _learns,
           {LAYERS.key: "20, 7, 5", ACTIVATION.key: "relu", INIT.key: "small", LEARNING_RATE.key: 0.0075,
            ITERATIONS.key: 1000},
           options=("learns", "stuck"), needs_cat_data=True),
)
