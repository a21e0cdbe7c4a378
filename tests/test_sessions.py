"""Sessions on a shared server, through the browserless protocol client (harness/protocol_client.py).

- A tab closed mid-training stops its run: the session's script thread ends within a second and the
  server's CPU falls idle, while another tab's run goes on.
- Closed sessions give their memory back: rounds of sessions opened (page, images, one training run)
  and closed. After each round the server holds no more sessions and images than one visit needs
  (counted inside the server by harness/streamlit_probe.py: resident memory alone cannot show it, a
  session here is well under 1 MB), and the third round adds less than 5 % resident memory over the
  second. The full-size version (three rounds of 50) is `python bench/classroom_load.py --memory-rounds 3`.

One app process for the module, with the project's .streamlit/config.toml except a 1 s
disconnectedSessionTTL, so a closed session expires during the test instead of after two minutes.
"""

import asyncio
import sys
import time
from pathlib import Path

import pytest

from harness.protocol_client import Tab, cat_outcome, run_sync
from harness.serving import AppProcess, proc_stats

pytestmark = [pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc (Linux)"), pytest.mark.cat_data]

TTL = 1
ROUNDS, SESSIONS_PER_ROUND, AT_ONCE = 3, 5, 5
MAX_GROWTH = 0.05


@pytest.fixture(scope="module")
def server():
    app = AppProcess(args=(f"--server.disconnectedSessionTTL={TTL}",), probe=True).start().wait_ready()
    yield app
    app.stop()


def tids(pid: int) -> set[int]:
    return {int(p.name) for p in Path(f"/proc/{pid}/task").iterdir()}


def thread_cpu(pid: int, tid: int) -> float:
    try:
        stat = Path(f"/proc/{pid}/task/{tid}/stat").read_text()
    except FileNotFoundError:
        return -1.0
    fields = stat[stat.rindex(")") + 2:].split()
    return int(fields[11]) + int(fields[12])


def progress(tab: Tab, after_seq: int) -> int:
    """The training progress bar's value, 0-100 (0 before it is drawn): language-independent."""
    bars = tab.find("progress", after_seq=after_seq)
    return bars[-1].proto.value if bars else 0


async def start_training(server, tab: Tab) -> int:
    """Click Train on an open tab and return the id of the script thread the run started."""
    before = tids(server.pid)
    at = await tab.click("Train", wait=False)
    await tab.wait_for(lambda: progress(tab, at) >= 5, 60, "the training run to advance")
    new = tids(server.pid) - before
    assert new, "no thread started for the run"
    return max(new, key=lambda tid: thread_cpu(server.pid, tid))  # the one that has been drawing frames


def test_a_closed_tab_stops_its_run_within_a_second(server):
    async def scenario():
        # A long run at the "watch" pace: 5000 iterations over about 7.5 s, redrawn 8 times a second.
        closing = Tab(server.url, "cat_classifier", "iters=5000&pace=watch", fetch_media=False)
        staying = Tab(server.url, "cat_classifier", "iters=5000&pace=watch&lr=0.01", fetch_media=False)
        try:
            await asyncio.gather(closing.open(), staying.open())
            closing_thread = await start_training(server, closing)
            staying_thread = await start_training(server, staying)
            assert closing_thread != staying_thread

            await closing.close()  # the tab is gone: no Stop pressed, the websocket just closes
            closed_at = time.perf_counter()
            while closing_thread in tids(server.pid) and time.perf_counter() - closed_at < 5:
                await asyncio.sleep(0.02)
            ended_after = time.perf_counter() - closed_at
            assert closing_thread not in tids(server.pid), "the closed tab's run still has its thread after 5 s"
            assert ended_after < 1.0, f"the closed tab's run took {ended_after:.2f} s to stop"
            assert staying_thread in tids(server.pid), "the other tab's run should go on"

            # The other tab still gets its frames; closing it too leaves the server idle.
            shown = progress(staying, 0)
            await staying.wait_for(lambda: progress(staying, 0) > shown, 10, "the other run to advance")
            await staying.close()
            while staying_thread in tids(server.pid) and time.perf_counter() - closed_at < 10:
                await asyncio.sleep(0.02)
            await asyncio.sleep(0.2)
            cpu = proc_stats(server.pid).cpu_seconds
            await asyncio.sleep(1.0)
            idle_cpu = proc_stats(server.pid).cpu_seconds - cpu
            assert idle_cpu < 0.15, f"the server spent {idle_cpu:.2f} CPU-s in the second after both tabs closed"
        finally:
            await closing.close()
            await staying.close()

    run_sync(scenario())


async def open_train_close(url: str, learning_rate: str) -> None:
    async with Tab(url, "cat_classifier", f"lr={learning_rate}&iters=500&pace=instant", fetch_media=True) as tab:
        await tab.open()
        at = await tab.click("Train")
        assert cat_outcome(tab, at) is not None, tab.texts()
        assert not tab.exceptions, tab.exceptions


def test_closed_sessions_give_their_memory_back(server):
    rates = ["0.001", "0.002", "0.005", "0.01", "0.02"]

    async def one_round():
        for first in range(0, SESSIONS_PER_ROUND, AT_ONCE):
            await asyncio.gather(*(open_train_close(server.url, rates[(first + i) % len(rates)])
                                   for i in range(AT_ONCE)))
        await asyncio.sleep(TTL + 1)
        # The server drops expired sessions when it next stores one: a last visit makes it do so.
        await open_train_close(server.url, "0.005")

    async def scenario():
        await open_train_close(server.url, "0.005")
        one_visit = server.probe()
        rounds = []
        for _ in range(ROUNDS):
            await one_round()
            rounds.append((proc_stats(server.pid).rss_mb, server.probe()))
        return one_visit, rounds

    one_visit, rounds = run_sync(scenario())
    for number, (_, inside) in enumerate(rounds, 1):
        # Only the last visit's session may remain (it is within its TTL), with its images.
        assert inside["alive_app_sessions"] <= 2, (number, inside)
        assert inside["known_sessions"] <= 2, (number, inside)
        assert inside["media_files"] <= one_visit["media_files"] + 5, (number, one_visit, inside)
    resident = [rss for rss, _ in rounds]
    growth = (resident[-1] - resident[-2]) / resident[-2]
    assert growth < MAX_GROWTH, (f"round {ROUNDS} added {growth:.1%} resident memory over round {ROUNDS - 1} "
                                 f"(MB after each round: {[round(r) for r in resident]})")
