"""What following the teacher costs: N joined students, without a browser, reading a page while they follow
the lesson (ui/lesson.py). Each client does what a browser does: it reruns its banner fragment on the beat the
server asks for (`auto_rerun`: the slow safety beat while the process's lesson bell rings for it,
ui/lesson_bell.py; every 3 s where it cannot), and takes the reruns the bell pushes when the teacher moves on.

The teacher (through core/board.py directly) asks two gradient-descent checks and reveals one. Printed: the
server's CPU per student-minute of following between steps (no new step: the bell's reads and the banner's
safety polls), and how long each student took to see each step (the banner's question drawn, or the page
followed to the chapter).

    python bench/lesson_follow.py                 # 40 students, 90 s
    python bench/lesson_follow.py --students 10 --seconds 60
    python bench/lesson_follow.py --floor         # the same clients on an app with one empty polling fragment

Target (2-core machine): every student sees a new step within 5 s; 40 following students cost under 2 % of
one core between steps. Timings on a shared machine are noisy.
"""
from __future__ import annotations

import argparse
import asyncio
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from streamlit.proto.ForwardMsg_pb2 import ForwardMsg  # noqa: E402

from core.board import Board  # noqa: E402
from core.chapters import find_check  # noqa: E402
from core.text import t  # noqa: E402
from harness.protocol_client import Tab  # noqa: E402
from harness.serving import AppProcess, proc_stats  # noqa: E402

SETTLE = 15.0  # seconds after an ask before a quiet window starts (the pages that follow have loaded)
CHECKS = ("gradient_descent.alpha_one", "gradient_descent.saddle")


class FollowingTab(Tab):
    """A tab that reruns its run_every fragments on the beat the server asked for, as a browser does."""

    def __post_init__(self):
        super().__post_init__()
        self.auto: dict[str, float] = {}  # fragment id -> interval
        self.polls = 0

    def _handle(self, message: ForwardMsg) -> None:
        kind = message.WhichOneof("type")
        if kind == "auto_rerun":
            self.auto[message.auto_rerun.fragment_id] = message.auto_rerun.interval
        elif kind == "stop_auto_rerun":
            self.auto.clear()
        super()._handle(message)

    def shows(self, text: str) -> bool:
        return any(text in shown for shown in self.texts())


async def follow(tab: FollowingTab, until: float) -> None:
    """Rerun each polling fragment on its beat until `until` (time.monotonic)."""
    due: dict[str, float] = {}
    while time.monotonic() < until:
        now = time.monotonic()
        for fragment_id, interval in list(tab.auto.items()):
            # Browsers opened at different moments poll out of step: a random phase, not forty at once.
            if due.setdefault(fragment_id, now + random.uniform(0, interval)) <= now:
                due[fragment_id] = now + interval
                await tab.rerun(fragment_id=fragment_id)
                tab.polls += 1
        await asyncio.sleep(0.1)


async def watch(tabs: list[FollowingTab], texts: list[str], asked_at: list[float | None],
                seen: dict[tuple[int, int], float], until: float) -> None:
    """Note when each tab first shows each asked step's text: seen[(tab, step)] = seconds after the ask."""
    while time.monotonic() < until:
        for number, tab in enumerate(tabs):
            for step, text in enumerate(texts):
                if asked_at[step] is not None and (number, step) not in seen and tab.shows(text):
                    seen[(number, step)] = time.monotonic() - asked_at[step]
        await asyncio.sleep(0.25)


async def main_async(args) -> None:
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{folder}/board.sqlite3"
        server = AppProcess(script=ROOT / "app.py", env={"FIRST_CONTACT_BOARD_URL": url}).start().wait_ready()
        board = Board(url)
        try:
            code, key = board.open_class()
            ids = [board.join(code, f"s{n}") for n in range(args.students)]
            texts = [t("lesson.teacher_asks", question=find_check(key_).question_text()) for key_ in CHECKS]
            tabs = [FollowingTab(server.url, page="", query=f"class={code}&student={sid}", fetch_media=False)
                    for sid in ids]
            for tab in tabs:  # arrive within a few seconds
                await tab.open()
            start = time.monotonic()
            until = start + args.seconds
            asked_at: list[float | None] = [None, None]
            seen: dict[tuple[int, int], float] = {}
            tasks = [asyncio.create_task(follow(tab, until)) for tab in tabs]
            tasks.append(asyncio.create_task(watch(tabs, texts, asked_at, seen, until)))
            quiet = []  # (cpu seconds, wall seconds) of windows with no new step

            async def window(seconds: float) -> None:
                before, at = proc_stats(server.pid).cpu_seconds, time.monotonic()
                polls = sum(tab.polls for tab in tabs)
                await asyncio.sleep(seconds)
                quiet.append((proc_stats(server.pid).cpu_seconds - before, time.monotonic() - at))
                counted.append(sum(tab.polls for tab in tabs) - polls)

            counted: list[int] = []

            third = args.seconds / 3
            await asyncio.sleep(2)
            await window(third - 4)  # nothing asked yet: the polls alone
            board.ask(code, key, "gradient_descent", CHECKS[0])
            asked_at[0] = time.monotonic()
            await asyncio.sleep(SETTLE)  # students follow to the chapter: a full page each, not counted
            await window(third - SETTLE - 2)  # the question shown, nothing new: the polls alone
            board.ask(code, key, "gradient_descent", CHECKS[1])
            asked_at[1] = time.monotonic()
            board.reveal(code, key, CHECKS[0])
            await asyncio.gather(*tasks)
            cpu = sum(c for c, _ in quiet)
            wall = sum(w for _, w in quiet)
            per_student_minute = cpu / (args.students * wall / 60)
            print(f"{args.students} students following for {args.seconds:.0f} s")
            print(f"between steps: {100 * cpu / wall:.1f} % of one core in all; "
                  f"{per_student_minute * 1000:.1f} ms CPU per student-minute; "
                  f"{sum(counted) / (args.students * wall / 60):.1f} polls per student-minute "
                  f"({1000 * cpu / max(1, sum(counted)):.1f} ms each); windows {[round(c / w * 100, 1) for c, w in quiet]} %")
            for number in range(len(CHECKS)):
                times = [when for (_, step), when in seen.items() if step == number]
                if times:
                    print(f"step {number + 1}: {len(times)}/{args.students} saw it; median {statistics.median(times):.1f} s, "
                          f"slowest {max(times):.1f} s")
                else:
                    print(f"step {number + 1}: nobody saw it")
            print(f"polling fragments per tab at the end: {sorted(set(len(tab.auto) for tab in tabs))}; "
                  f"page: {sorted(set(tab.page_script_hash[:8] for tab in tabs))}")
            for tab in tabs:
                await tab.close()
        finally:
            board.dispose()
            server.stop()


FLOOR_APP = """
import streamlit as st

st.title("One polling fragment")


@st.fragment(run_every=3)
def poll():
    pass


poll()
"""


async def floor_async(args) -> None:
    """What Streamlit itself charges for a polling fragment: N clients on an app that has nothing but one empty
    st.fragment(run_every=3), with this app's .streamlit/config.toml (no file watcher, no GC after each run)."""
    with tempfile.TemporaryDirectory() as folder:
        script = Path(folder) / "floor_app.py"
        script.write_text(FLOOR_APP)
        (Path(folder) / ".streamlit").mkdir()
        shutil.copy(ROOT / ".streamlit" / "config.toml", Path(folder) / ".streamlit" / "config.toml")
        server = AppProcess(script=script).start().wait_ready()
        try:
            tabs = [FollowingTab(server.url, page="", query="", fetch_media=False) for _ in range(args.students)]
            for tab in tabs:
                await tab.open()
            until = time.monotonic() + args.seconds + 4
            tasks = [asyncio.create_task(follow(tab, until)) for tab in tabs]
            await asyncio.sleep(2)
            before, at, polls = proc_stats(server.pid).cpu_seconds, time.monotonic(), sum(tab.polls for tab in tabs)
            await asyncio.sleep(args.seconds)
            cpu, wall = proc_stats(server.pid).cpu_seconds - before, time.monotonic() - at
            polls = sum(tab.polls for tab in tabs) - polls
            print(f"{args.students} tabs polling an empty fragment every 3 s for {wall:.0f} s: {100 * cpu / wall:.1f} % "
                  f"of one core; {polls} polls, {1000 * cpu / max(1, polls):.2f} ms of server CPU each")
            await asyncio.gather(*tasks)
            for tab in tabs:
                await tab.close()
        finally:
            server.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--students", type=int, default=40)
    parser.add_argument("--seconds", type=float, default=90.0)
    parser.add_argument("--floor", action="store_true",
                        help="instead: what an empty polling fragment costs Streamlit (the reason for the bell)")
    args = parser.parse_args()
    asyncio.run(floor_async(args) if args.floor else main_async(args))


if __name__ == "__main__":
    main()
