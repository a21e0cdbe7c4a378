"""Loss and cost: one prediction, then m examples; the chapter's checks."""

import numpy as np

from core import checks
from core.loss import concave_stretches, log_loss, log_loss_cost, squared_error_cost
from core.settings import SLIDER, Setting

PREDICTION = Setting("loss_a", "loss_and_cost.a", SLIDER, 0.7, min_value=0.01, max_value=0.99, step=0.01, help="loss_and_cost.a_help")
EXAMPLES = Setting("loss_m", "loss_and_cost.m", SLIDER, 12, min_value=2, max_value=40, step=1)
SEED = Setting("loss_seed", "loss_and_cost.seed", SLIDER, 0, min_value=0, max_value=50, step=1)

SETTINGS = (PREDICTION, EXAMPLES, SEED)

CONVEXITY_W = np.linspace(-8, 8, 321)  # the weights the convexity chart draws the two costs over


# ---- checks: each answer read off what the page shows with the check's settings ----

def _loss_if_cat(values) -> dict:
    a = values[PREDICTION.key]
    wrong, right = float(log_loss(a, 1)), float(log_loss(a, 0))  # the page's two metrics: y = 1, y = 0
    return {"answer": wrong, "if_zero": right, "ratio": wrong / right}


def _convexity(values) -> dict:
    squared = concave_stretches(CONVEXITY_W, squared_error_cost(CONVEXITY_W))
    logarithmic = concave_stretches(CONVEXITY_W, log_loss_cost(CONVEXITY_W))
    (start, end), *_ = squared or [(float("nan"), float("nan"))]
    return {"answer": "not_convex" if squared else "convex", "count": len(squared), "start": start, "end": end,
            "log_count": len(logarithmic)}


def _check(name, kind, observe, settings, **fields):
    return checks.run_check(f"loss_and_cost.{name}", kind, observe, chapter_settings=SETTINGS, settings=settings,
                            **fields)


CHECKS = (
    _check("confident_wrong", checks.NUMBER, _loss_if_cat, {PREDICTION.key: 0.01}, tolerance=0.05,
           min_value=0, max_value=1000),
    _check("coin_toss", checks.NUMBER, _loss_if_cat, {PREDICTION.key: 0.5}, tolerance=0.01, min_value=0,
           max_value=1000),
    # The convexity chart has no setting: "Run it" shows it as it always is.
    _check("squared_error", checks.CHOICE, _convexity, {}, options=("convex", "not_convex")),
)
