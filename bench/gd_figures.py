"""Time to build the gradient descent page's figures from scratch (a slider change that misses every
cache), and the size of what is sent to the browser. Run: python bench/gd_figures.py"""

import sys
import time
from pathlib import Path

import plotly.io as pio

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.figures.gradient_descent import comparison_figure, cost_figure, descent_figure  # noqa: E402
from core.optimizers import OPTIMIZERS, descend  # noqa: E402
from core.surfaces import SURFACES, grid, make_surface  # noqa: E402

WORDS = dict(w="w", b="b", cost="J", step="step", path="path", point="point", downhill="downhill",
              minimum="minimum", play="Play", pause="Pause", all_paths="all")
RATES = (0.01, 0.1, 0.5, 1.0, 2.0, 5.0)
START = (-3.0, 3.0)


def page_figures(key: str, rate: float, iterations: int) -> dict:
    surface = make_surface(key, 1.0, 0)
    surface_grid = grid(surface, 41)
    path = descend(surface, START, rate, iterations, "gd")
    by_rate = {str(r): descend(surface, START, r, iterations, "gd") for r in RATES}
    by_optimizer = {name: descend(surface, START, rate, iterations, name) for name in OPTIMIZERS}
    return {
        "descent": descent_figure(surface_grid, path, surface.view, surface.minima, dict(WORDS, title="descent")),
        "cost": cost_figure(path, dict(WORDS, title="cost")),
        "rates": comparison_figure(surface_grid, by_rate, surface.view, surface.minima, dict(WORDS, title="rates"),
                                   slider_labels=list(by_rate), slider_prefix="a = "),
        "optimizers": comparison_figure(surface_grid, by_optimizer, surface.view, surface.minima, dict(WORDS, title="opt")),
    }


def main() -> None:
    page_figures("logistic", 1.0, 10)  # warm up imports and plotly's validators
    print(f"{'surface':10} {'iters':>5} {'build s':>8} {'send s':>7} {'descent bytes':>14} {'all bytes':>10} frames")
    for key in SURFACES:
        for iterations in (100, 200):
            start = time.perf_counter()
            figures = page_figures(key, 1.0 if key == "logistic" else 0.1, iterations)
            built = time.perf_counter()
            # what Streamlit does with each figure: to_dict, then JSON
            sizes = {name: len(pio.to_json(fig.to_dict(), validate=False)) for name, fig in figures.items()}
            sent = time.perf_counter()
            print(f"{key:10} {iterations:5d} {built - start:8.3f} {sent - built:7.3f} {sizes['descent']:14,d} "
                  f"{sum(sizes.values()):10,d} {len(figures['descent'].frames)}")


if __name__ == "__main__":
    main()
