"""What one kind of Streamlit element costs a browser each time a slider's change sends it again: the one-slider
app with K copies of the element (bench/element_cost_app.py), its slider change timed as bench/ui_latency.py times
a page's (answered and painted, Chromium), against the same app with none, alternated in one run.

Run:  python bench/element_cost.py [--count 10] [--kinds st.table,small_table,...] [--repeats 12] [--rounds 2]
Prints, per kind, the median change and the extra milliseconds per element over the app without them.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import ui_latency  # noqa: E402
from harness.serving import AppProcess  # noqa: E402

APP = HERE / "element_cost_app.py"
KINDS = ("markdown", "container", "expander", "latex", "small_table", "st.table", "st.dataframe")


def change_time(browser, count: int, kind: str, repeats: int) -> float:
    app = AppProcess(script=APP, env=dict(os.environ, K=str(count), KIND=kind)).start().wait_ready()
    try:
        tab = ui_latency.Tab(browser, app.url)
        tab.load(app.url)
        keys = ["ArrowRight", "ArrowLeft"]
        for i in range(3):  # warm-up
            ui_latency.slider_change(tab, keys[i % 2])
        times = [ui_latency.slider_change(tab, keys[i % 2])["total"] for i in range(repeats)]
        tab.close()
        return statistics.median(times)
    finally:
        app.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10)
    parser.add_argument("--kinds", default=",".join(KINDS))
    parser.add_argument("--repeats", type=int, default=12)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=ui_latency.CHROMIUM, args=ui_latency.CHROMIUM_ARGS)
        for round_ in range(args.rounds):
            for kind in args.kinds.split(","):
                bare = change_time(browser, 0, kind, args.repeats)
                full = change_time(browser, args.count, kind, args.repeats)
                print(f"round {round_ + 1}  {kind:13s} none {bare:.3f} s, {args.count} of them {full:.3f} s: "
                      f"{1000 * (full - bare) / args.count:+.1f} ms each ({full / bare:.2f}×)", flush=True)
        browser.close()


if __name__ == "__main__":
    main()
