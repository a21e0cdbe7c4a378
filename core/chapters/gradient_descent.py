"""Gradient descent: the surface, the optimizer, the learning rate, the start, the inspected step; the checks."""

from core import checks
from core.optimizers import OPTIMIZERS, ZIGZAG_SHARE, descend, outcome, zigzag_fraction
from core.settings import CHOICE, SLIDER, TOGGLE, Setting, log_grid
from core.surfaces import DATA_SURFACES, SURFACES, VIEW, make_surface

LEARNING_RATES = log_grid(0.001, 20.0)  # up to 20: divergence on the logistic surface the page opens on
COMPARED_RATES = (0.01, 0.1, 0.5, 1.0, 5.0, 20.0)  # crawl ... diverge, on every surface (the logistic one too)
MAX_ITERATIONS = 200

SURFACE = Setting("gd_surface", "gradient_descent.surface", CHOICE, "logistic", options=SURFACES, help="gradient_descent.surface_help",
                  option_labels=("gradient_descent.surface_logistic", "gradient_descent.surface_bowl", "gradient_descent.surface_valley",
                                 "gradient_descent.surface_saddle", "gradient_descent.surface_minima"))
NOISE = Setting("gd_noise", "gradient_descent.noise", SLIDER, 1.0, min_value=1.0, max_value=3.0, step=0.1, help="gradient_descent.noise_help")
SEED = Setting("gd_seed", "gradient_descent.seed", SLIDER, 0, min_value=0, max_value=99, step=1, help="gradient_descent.seed_help")
LEARNING_RATE = Setting("gd_lr", "gradient_descent.lr", CHOICE, 1.0, options=LEARNING_RATES, help="gradient_descent.lr_help")
ITERATIONS = Setting("gd_iters", "gradient_descent.iters", SLIDER, 100, min_value=10, max_value=MAX_ITERATIONS, step=10)
OPTIMIZER = Setting("gd_opt", "gradient_descent.optimizer", CHOICE, "gd", options=OPTIMIZERS, help="gradient_descent.optimizer_help",
                    option_labels=("gradient_descent.opt_gd", "gradient_descent.opt_momentum", "gradient_descent.opt_rmsprop", "gradient_descent.opt_adam"))
# The start lies on the drawn map (every surface shares the view).
START_W = Setting("gd_w0", "gradient_descent.start_w", SLIDER, -3.0, min_value=VIEW[0], max_value=VIEW[1], step=0.1,
                  help="gradient_descent.start_help")
START_B = Setting("gd_b0", "gradient_descent.start_b", SLIDER, 3.0, min_value=VIEW[2], max_value=VIEW[3], step=0.1,
                  help="gradient_descent.start_help")
# Off: the text's lesson (logistic regression's cost, plain gradient descent); on: the other surfaces and optimizers.
MORE = Setting("gd_more", "gradient_descent.more", TOGGLE, False, help="gradient_descent.more_help")
# Off: the surface as a picture (no WebGL: a GPU-less class's laptops answer at once); on: a 3D scene to turn.
TURN_SURFACE = Setting("gd_turn", "gradient_descent.turn_surface", TOGGLE, False, help="gradient_descent.turn_surface_help")
INSPECT = Setting("gd_step", "gradient_descent.inspect_step", SLIDER, 0, min_value=0, max_value=MAX_ITERATIONS, step=1)

# The words the descent figures draw: each role's catalogue key (gradient_descent.<key>).
FIGURE_WORDS = (("w", "axis_w"), ("b", "axis_b"), ("cost", "axis_cost"), ("step", "axis_step"), ("path", "trace_path"),
                ("point", "trace_point"), ("downhill", "trace_downhill"), ("minimum", "trace_minimum"), ("play", "play"),
                ("pause", "pause"), ("all_paths", "all_paths"), ("step_prefix", "slider_step"))

SETTINGS = (LEARNING_RATE, ITERATIONS, START_W, START_B, MORE, SURFACE, NOISE, SEED, OPTIMIZER, TURN_SURFACE, INSPECT)
MORE_SETTINGS = (SURFACE, NOISE, SEED, OPTIMIZER)  # shown, and used, only with MORE on


# ---- checks: each answer read off the descent the page shows with the check's settings ----

def _descent(values):
    """(surface, path) as the page computes them (the noise and the seed shape only the data surfaces)."""
    key = values[SURFACE.key]
    noise, seed = (values[NOISE.key], values[SEED.key]) if key in DATA_SURFACES else (NOISE.default, SEED.default)
    surface = make_surface(key, noise, seed)
    path = descend(surface, (float(values[START_W.key]), float(values[START_B.key])), values[LEARNING_RATE.key],
                   values[ITERATIONS.key], values[OPTIMIZER.key])
    return surface, path


def behaviour(surface, path) -> str:
    """What the page shows of a path, in one word: "blow_up" (it leaves the map), "oscillate" (most steps
    turn back across the valley), "settle" (at a minimum) or "crawl" (still on its way, or stopped elsewhere)."""
    if path.diverged:
        return "blow_up"
    if zigzag_fraction(path) > ZIGZAG_SHARE:
        return "oscillate"
    return "settle" if outcome(surface, path) in ("global_minimum", "local_minimum") else "crawl"


def _stability(values) -> dict:
    surface, path = _descent(values)
    limit = 2 / surface.curvature  # the bowl's stable learning rates are those below 2/L
    return {"answer": behaviour(surface, path), "curvature": surface.curvature, "limit": limit,
            "ratio": values[LEARNING_RATE.key] / limit, "step": path.escape[0] if path.escape else path.steps}


# Where a path ends, as the page says it (core.optimizers.outcome), in the words of the checks' options.
_ENDS = {"global_minimum": "valley", "local_minimum": "valley", "stationary": "saddle", "diverged": "blow_up",
         "moving": "moving"}


def _saddle(values) -> dict:
    surface, path = _descent(values)
    return {"answer": _ENDS[outcome(surface, path)], "w": float(path.w[-1]), "b": float(path.b[-1]),
            "slope": float((path.dw[-1] ** 2 + path.db[-1] ** 2) ** 0.5), "steps": path.steps}


def _which_well(values) -> dict:
    surface, path = _descent(values)
    end = outcome(surface, path)
    best_w, best_b = surface.minima[0]
    return {"answer": {"global_minimum": "deepest", "local_minimum": "shallower"}.get(end, end),
            "w": float(path.w[-1]), "b": float(path.b[-1]), "cost": float(path.cost[-1]),
            "best": float(surface.cost(best_w, best_b)), "best_w": best_w, "best_b": best_b}


def _check(name, kind, observe, settings, **fields):
    return checks.run_check(f"gradient_descent.{name}", kind, observe, chapter_settings=SETTINGS, settings=settings,
                            **fields)


# Everything that shapes a descent: the page shows exactly this path after "Run it".
_PLAIN = {ITERATIONS.key: 100, OPTIMIZER.key: "gd", MORE.key: True}  # the checks' surfaces are among the "more"
CHECKS = (
    _check("alpha_one", checks.CHOICE, _stability,
           _PLAIN | {SURFACE.key: "bowl", NOISE.key: 1.0, SEED.key: 0, LEARNING_RATE.key: 1.0,
                     START_W.key: -3.0, START_B.key: 3.0},
           options=("settle", "crawl", "oscillate", "blow_up")),
    _check("saddle", checks.CHOICE, _saddle,
           _PLAIN | {SURFACE.key: "saddle", LEARNING_RATE.key: 0.1, START_W.key: -3.0, START_B.key: 0.0},
           options=("valley", "saddle", "blow_up")),
    _check("which_well", checks.CHOICE, _which_well,
           _PLAIN | {SURFACE.key: "minima", LEARNING_RATE.key: 0.1, START_W.key: -3.0, START_B.key: 3.0},
           options=("deepest", "shallower")),
)
