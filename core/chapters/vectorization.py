"""Vectorization: the sizes the loops and numpy race on."""

from core.settings import CHOICE, Setting

GRADIENT_FEATURES = 100
CAT_LEARNING_RATE = 0.005

LENGTH = Setting("vec_n", "vectorization.n", CHOICE, 1_000_000, help="vectorization.n_help",
                 options=(1_000, 10_000, 100_000, 1_000_000, 2_000_000, 5_000_000, 10_000_000))
EXAMPLES = Setting("vec_m", "vectorization.m", CHOICE, 2_000, options=(500, 1_000, 2_000, 5_000, 10_000))
ITERATIONS = Setting("vec_iters", "vectorization.iters", CHOICE, 20, options=(5, 10, 20), help="vectorization.iters_help")

SETTINGS = (LENGTH, EXAMPLES, ITERATIONS)
