"""Speed of the cat page's training path, as ratios measured in this one process.

1. 2000 iterations of the dual (Gram) form against the textbook numpy loop (float64, the course's code
   shape). Target: ratio at most 0.05.
2. The course's 209 images and 1,000 of a class's photos (issue: our photos): growing the Gram matrix once,
   then 2000 iterations. Target: training under 1 s on one core.
3. Through AppTest: click Train at the instant pace until the final accuracy is shown (2000 iterations).
   Target: under 1 s on a 2-core machine.

Run from the project root: python bench/train_speed.py
"""

import os
import statistics
import sys
import time
from pathlib import Path
from types import SimpleNamespace

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("FIRST_CONTACT_DATA_DIR", str(ROOT.parent / "shared" / "data"))

from core.cat_task import CatTask  # noqa: E402
from core.datasets import flatten_and_scale, load_catvnoncat  # noqa: E402
from core.dual_logistic import train  # noqa: E402
from core.logistic import initialize_with_zeros, optimize  # noqa: E402

ITERATIONS, LEARNING_RATE, REPEATS, PHOTOS = 2000, 0.005, 3, 1000


def best_of(function, repeats=REPEATS):
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times)


def main():
    arrays = load_catvnoncat()
    X, Y = flatten_and_scale(arrays[0]), arrays[1]
    start = time.perf_counter()
    task = CatTask.from_arrays(*arrays)
    prepare = time.perf_counter() - start

    textbook, _ = best_of(lambda: optimize(*initialize_with_zeros(X.shape[0]), X, Y, ITERATIONS, LEARNING_RATE))
    dual, _ = best_of(lambda: train(task.problem, LEARNING_RATE, ITERATIONS))
    print(f"prepare (flatten + Gram matrices, once per process): {prepare * 1000:7.1f} ms")
    print(f"textbook loop, {ITERATIONS} iterations:               {textbook * 1000:7.1f} ms")
    print(f"dual form,     {ITERATIONS} iterations:               {dual * 1000:7.1f} ms")
    print(f"ratio dual / textbook: {dual / textbook:.4f}  (target <= 0.05)")

    from core.our_photos import with_photos

    rng = np.random.default_rng(0)
    photos = [SimpleNamespace(student_id=f"s{k // 20}", label=k % 2,
                              pixels=rng.integers(0, 256, (64, 64, 3), dtype=np.uint8)) for k in range(PHOTOS)]
    start = time.perf_counter()
    grown = with_photos(task, photos)
    grow = time.perf_counter() - start
    with_ours, _ = best_of(lambda: train(grown, LEARNING_RATE, ITERATIONS))
    print(f"209 + {PHOTOS} photos: Gram matrix grown once {grow * 1000:7.1f} ms; {ITERATIONS} iterations "
          f"{with_ours * 1000:7.1f} ms ({with_ours / dual:.1f} x the course's 209; target < 1000 ms)")

    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.query_params.update(pace="instant", iters=str(ITERATIONS), lr=str(LEARNING_RATE))
    at.switch_page("pages/cat_classifier.py")
    at.run()  # loads the data (cached for the process) and draws the page once

    def click_train():
        at.button(key="cat_classifier_train").click().run()
        assert any("Finished 2000 iterations" in s.value for s in at.success), "final accuracy not shown"

    best, median = best_of(click_train)
    print(f"AppTest: click Train (instant, {ITERATIONS} iterations) to final accuracy: "
          f"best {best * 1000:.0f} ms, median {median * 1000:.0f} ms  (target < 1000 ms)")


if __name__ == "__main__":
    main()
