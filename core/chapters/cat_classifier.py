"""Cat classifier: the run's hyper-parameters and pace, the image shown, the learning rates compared; the checks."""

from core import checks
from core.dual_logistic import train
from core.settings import CHOICE, MULTI, SLIDER, Setting, format_number, log_grid

LEARNING_RATES = log_grid(1e-5, 1.0)
PACE_SECONDS_PER_1000 = {"instant": 0.0, "watch": 1.5, "slow": 6.0}
# The course lab's reference model (α 0.005, 2000 iterations): the photo's model until the learner trains.
REFERENCE_LEARNING_RATE, REFERENCE_ITERATIONS = 0.005, 2000

LEARNING_RATE = Setting("lr", "cat_classifier.lr", CHOICE, REFERENCE_LEARNING_RATE, options=LEARNING_RATES, help="cat_classifier.lr_help")
ITERATIONS = Setting("iters", "cat_classifier.iters", SLIDER, REFERENCE_ITERATIONS, min_value=100, max_value=5000, step=100)
PACE = Setting("pace", "cat_classifier.pace", CHOICE, "watch", options=tuple(PACE_SECONDS_PER_1000),
               option_labels=("cat_classifier.pace_instant", "cat_classifier.pace_watch", "cat_classifier.pace_slow"), help="cat_classifier.pace_help")
TEXT_IMAGES = (7, 10)  # the two training images the text shows: a cat, then not a cat
IMAGE_INDEX = Setting("img", "cat_classifier.image_index", SLIDER, TEXT_IMAGES[0], min_value=0, max_value=208, step=1)
COMPARE_RATES = Setting("compare", "cat_classifier.compare_rates", MULTI, (0.01, 0.001, 0.0001), options=LEARNING_RATES)
COMPARE_ITERATIONS = Setting("compare_iters", "cat_classifier.compare_iters", SLIDER, 1500,
                             min_value=100, max_value=5000, step=100)

SETTINGS = (LEARNING_RATE, ITERATIONS, PACE, IMAGE_INDEX, COMPARE_RATES, COMPARE_ITERATIONS)


# ---- checks: each answer read off the run the page shows with the check's settings ----

def _best_rate(values) -> dict:
    """The comparison's runs, largest rate first as the page lists them, and the one it names best on the test
    set (the first of equals, as the page's `max` does)."""
    problem = checks.cat_problem()
    rates = sorted(values[COMPARE_RATES.key], reverse=True)
    runs = [train(problem, rate, values[COMPARE_ITERATIONS.key]) for rate in rates]
    finite = [(rate, run) for rate, run in zip(rates, runs) if not run.diverged]
    best = max(finite, key=lambda pair: pair[1].test_accuracy)[0] if finite else None
    facts = {"answer": format_number(best) if best is not None else "none",
             "best_test": max((float(run.test_accuracy) for _, run in finite), default=float("nan"))}
    for place, (rate, run) in enumerate(zip(rates, runs), start=1):  # the table's rows: α, final cost, accuracies
        facts |= {f"rate_{place}": format_number(rate), f"cost_{place}": float(run.costs[-2]),
                  f"train_{place}": float(run.train_accuracy), f"test_{place}": float(run.test_accuracy)}
    return facts


OVERFIT_GAP = 10  # percentage points between train and test accuracy the page calls a gap (overfitting)


def _train_and_test(values) -> dict:
    run = train(checks.cat_problem(), values[LEARNING_RATE.key], values[ITERATIONS.key])
    gap = run.train_accuracy - run.test_accuracy
    answer = "well_below" if gap >= OVERFIT_GAP else "above" if gap <= -OVERFIT_GAP else "close"
    return {"answer": answer, "train": float(run.train_accuracy), "test": float(run.test_accuracy), "gap": float(gap),
            "cost": run.cost, "test_cost": float(run.test_costs[-1])}


def _check(name, kind, observe, settings, **fields):
    return checks.run_check(f"cat_classifier.{name}", kind, observe, chapter_settings=SETTINGS, settings=settings,
                            needs_cat_data=True, **fields)


COMPARED_IN_CHECK = (0.01, 0.001, 0.0001)
CHECKS = (
    _check("best_rate", checks.CHOICE, _best_rate, {COMPARE_RATES.key: COMPARED_IN_CHECK, COMPARE_ITERATIONS.key: 1500},
           options=tuple(format_number(rate) for rate in COMPARED_IN_CHECK)),
    _check("overfitting", checks.CHOICE, _train_and_test,
           {LEARNING_RATE.key: REFERENCE_LEARNING_RATE, ITERATIONS.key: REFERENCE_ITERATIONS},
           options=("close", "well_below", "above")),
)
