"""Gradient descent: the surface, the optimizer, the learning rate, the start, the inspected step."""

from core.optimizers import OPTIMIZERS
from core.settings import CHOICE, SLIDER, Setting, log_grid
from core.surfaces import SURFACES, VIEW

LEARNING_RATES = log_grid(0.001, 5.0)
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
INSPECT = Setting("gd_step", "gradient_descent.inspect_step", SLIDER, 0, min_value=0, max_value=MAX_ITERATIONS, step=1)

SETTINGS = (SURFACE, NOISE, SEED, LEARNING_RATE, ITERATIONS, OPTIMIZER, START_W, START_B, INSPECT)
