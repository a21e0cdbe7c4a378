"""Binary classification and the logistic model: which examples, the weights w (w₁, w₂) and the bias b set by
hand; the chapter's checks."""

from core import checks, logistic_model as lm
from core.settings import CHOICE, SLIDER, Setting

DATA_SETS = tuple(lm.DATA_SETS)
PROBE_X = 0.9  # the one-feature example the probability check asks about (labelled 0)

DATA = Setting("lm_data", "logistic_model.data", CHOICE, "one", options=DATA_SETS, help="logistic_model.data_help",
               option_labels=("logistic_model.data_one", "logistic_model.data_two"))
W = Setting("lm_w", "logistic_model.w", SLIDER, 1.0, min_value=-4.0, max_value=4.0, step=0.1,
            help="logistic_model.w_help")
W2 = Setting("lm_w2", "logistic_model.w2", SLIDER, 0.0, min_value=-4.0, max_value=4.0, step=0.1,
             help="logistic_model.w2_help")
B = Setting("lm_b", "logistic_model.b", SLIDER, 0.0, min_value=-5.0, max_value=5.0, step=0.1,
            help="logistic_model.b_help")

SETTINGS = (DATA, W, W2, B)


def weights(values) -> tuple[float, ...]:
    """The weights the data set uses: w alone with one feature, (w₁, w₂) with two (w₂ is then shown)."""
    return (values[W.key],) if values[DATA.key] == "one" else (values[W.key], values[W2.key])


def model(values):
    """(X, Y, w, b, ŷ) of the page with these settings."""
    X, Y = lm.DATA_SETS[values[DATA.key]]()
    w, b = lm.parameters(*weights(values)), values[B.key]
    return X, Y, w, b, lm.hypothesis(w, b, X)


# ---- checks: each answer read off what the page shows with the check's settings ----

def _probability(values) -> dict:
    X, Y, w, b, y_hat = model(values)
    at = list(X[0]).index(PROBE_X)
    z = float((w.T @ X + b)[0, at])
    return {"answer": float(y_hat[0, at]), "z": z, "label": int(Y[0, at]), "x": PROBE_X,
            "says": int(y_hat[0, at] > lm.THRESHOLD)}


def _right_count(values) -> dict:
    X, Y, w, b, y_hat = model(values)
    split = lm.sides(y_hat, Y)
    return {"answer": split.right, "total": split.total, "said_one": split.said_one, "right_one": split.right_one,
            "said_zero": split.said_zero, "right_zero": split.right_zero, "boundary": lm.boundary_x(float(w[0, 0]), b)}


def _all_right(values) -> dict:
    X, Y = lm.DATA_SETS[values[DATA.key]]()
    best = lm.best_right(X, Y)
    return {"answer": "yes" if best == X.shape[1] else "no", "best": best, "total": X.shape[1]}


def _check(name, kind, observe, settings, **fields):
    return checks.run_check(f"logistic_model.{name}", kind, observe, chapter_settings=SETTINGS, settings=settings,
                            **fields)


CHECKS = (
    _check("probability", checks.NUMBER, _probability, {DATA.key: "one", W.key: 2.0, B.key: -1.0},
           tolerance=0.01, min_value=0, max_value=1),
    _check("right_count", checks.NUMBER, _right_count, {DATA.key: "one", W.key: 2.0, B.key: -1.0},
           tolerance=0, min_value=0, max_value=12),
    _check("all_right", checks.CHOICE, _all_right, {DATA.key: "one"}, options=("yes", "no")),
)
