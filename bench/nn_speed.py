"""Speed of the deep-network chapter's training: the span form of the first layer against the plain
float64 loop (the same code with span=False), in this one process. Target: ratio at most 0.1.

Run from the project root: python bench/nn_speed.py
"""

import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("FIRST_CONTACT_DATA_DIR", str(ROOT.parent / "shared" / "data"))

from core.datasets import flatten_and_scale, load_catvnoncat  # noqa: E402
from core.nn import train_steps  # noqa: E402

RUNS = (("two-layer 12288-7-1", [12288, 7, 1], "small"), ("L-layer 12288-20-7-5-1", [12288, 20, 7, 5, 1], "scaled"))
ITERATIONS = 2500


def timed(X, Y, dims, init, span):
    start = time.perf_counter()
    for final in train_steps(X, Y, dims, init=init, learning_rate=0.0075, num_iterations=ITERATIONS,
                             snapshot_every=ITERATIONS, span=span):
        pass
    return time.perf_counter() - start, final


def main():
    train_x, train_y, *_ = load_catvnoncat()
    X = flatten_and_scale(train_x)
    for name, dims, init in RUNS:
        fast, fast_run = timed(X, train_y, dims, init, span=True)
        plain, plain_run = timed(X, train_y, dims, init, span=False)
        print(f"{name}, {ITERATIONS} iterations: span form {fast:.2f} s, plain loop {plain:.2f} s, "
              f"ratio {fast / plain:.3f} (target <= 0.1); final costs {fast_run.cost:.6f} / {plain_run.cost:.6f}")


if __name__ == "__main__":
    main()
