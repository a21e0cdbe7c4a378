"""A class on one server: N students open the cat page within a ramp and press Train, without a browser.

Each simulated student is one browser tab spoken in Streamlit's own websocket protocol
(harness/protocol_client.py): it loads the page's HTML (keeping cookies, like a browser behind the sticky
proxy), opens the websocket, runs the page with its own query string (its own learning rate from the
page's grid, the instant pace), fetches the page's images, finds the Train button's widget id in the
deltas it received, clicks it, and waits for the success message with the final accuracies. Every
student's accuracies are checked against core's own run for its learning rate, so a session that saw
another's results counts as an error.

The server's CPU seconds, peak resident memory (VmHWM) and thread count are read from /proc.

    python bench/classroom_load.py                         # 1, 10, 20 and 40 students, one app process
    python bench/classroom_load.py --students 40 --replicas 2     # two processes behind nginx (deploy/nginx.conf)
    python bench/classroom_load.py --students 40 --blas-threads 1 # OPENBLAS_NUM_THREADS=1 in the app
    python bench/classroom_load.py --students 40 --distinct       # forty different (rate, iterations) pairs
    python bench/classroom_load.py --students 40 --lesson         # forty students following the teacher, 60 s
    python bench/classroom_load.py --students 40 --idle 60        # then forty open pages read for 60 s, no click
    python bench/classroom_load.py --url http://host:8080 --students 10   # a server already running
    python bench/classroom_load.py --memory-rounds 3              # 3 rounds of 50 sessions opened and closed
    python bench/classroom_load.py --students 40 --photos 5       # forty joined students add 5 photos each

With --photos N, every student has joined one class (on a fresh SQLite board, or $FIRST_CONTACT_BOARD_URL
with --url) and adds N photos on the cat page as a browser does: asks the server for an upload address,
PUTs the PNG file there, reruns the "Our photos" fragment with the file (the preview), chooses "cat" or
"non-cat" and presses Add (one form: the label costs no round trip). Timed from the upload to the "Added" message; the board must then hold every photo once.
Targets: none lost, none duplicated, p95 under 2 s on one process.

Targets (2-core machine): 40 students all complete with no error, p95 under 5 s from click to final
accuracy and under 3 s to open the page, peak memory under 1 GB, server CPU under 0.2 s per student.
Timings on a shared machine are noisy: compare runs made back to back.
"""

from __future__ import annotations

import argparse
import asyncio
import math
import os
import random
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the harness; its servers find ../shared/data beside the checkout themselves

from core.chapters.cat_classifier import ITERATIONS  # noqa: E402
from harness.protocol_client import ProtocolError, Tab, cat_outcome, shows_number  # noqa: E402
from harness.serving import (AppProcess, Nginx, expected_cat_results, nginx_available,  # noqa: E402
                             proc_stats, start_apps, with_shared_data)

TARGET_P95_CLICK, TARGET_P95_OPEN, TARGET_PEAK_MB, TARGET_CPU_PER_STUDENT = 5.0, 3.0, 1024, 0.2
TARGET_MEMORY_GROWTH = 0.05
TARGET_IDLE_PERCENT = 2.0  # open pages nobody touches: at most this share of one core (issue 19)


@dataclass
class Student:
    index: int
    learning_rate: str  # as in the URL: "0.005"
    iterations: int
    arrive_at: float  # seconds after the class started
    open_seconds: float | None = None
    click_to_accuracy: float | None = None
    click_to_done: float | None = None
    shown: tuple[float, float] | None = None
    replica: str | None = None
    error: str | None = None
    wrong: str | None = None

    @property
    def completed(self) -> bool:
        return self.error is None and self.wrong is None and self.click_to_accuracy is not None


@dataclass
class Servers:
    """The app processes under test (none if --url), and the URL the students use."""

    url: str
    apps: list[AppProcess] = field(default_factory=list)
    proxy: Nginx | None = None
    pids: list[int] = field(default_factory=list)

    def cpu(self) -> float | None:
        return sum(proc_stats(pid).cpu_seconds for pid in self.pids) if self.pids else None

    def stop(self) -> None:
        if self.proxy:
            self.proxy.stop()
        for app in self.apps:
            app.stop()


class Sampler(threading.Thread):
    """Samples the servers' threads and memory every 0.2 s (peak RSS comes from VmHWM anyway)."""

    def __init__(self, pids: list[int]):
        super().__init__(daemon=True)
        self.pids, self.max_threads, self.max_rss = pids, 0, 0.0
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.is_set():
            try:
                stats = [proc_stats(pid) for pid in self.pids]
            except (FileNotFoundError, ProcessLookupError):
                return
            self.max_threads = max(self.max_threads, sum(s.threads for s in stats))
            self.max_rss = max(self.max_rss, sum(s.rss_mb for s in stats))
            self.done.wait(0.2)


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100); nan for no values."""
    if not values:
        return math.nan
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q / 100 * len(ordered)) - 1)]


def app_env(args) -> dict:
    if args.blas_threads is None:
        return {}
    n = str(args.blas_threads)
    return {"OPENBLAS_NUM_THREADS": n, "OMP_NUM_THREADS": n, "MKL_NUM_THREADS": n}


def start_servers(args, app_args: tuple = (), probe: bool = False) -> Servers:
    if args.url:
        return Servers(args.url, pids=list(args.server_pid or []))
    apps = start_apps(args.replicas, env=app_env(args), args=app_args, probe=probe)
    servers = Servers(apps[0].url, apps=apps, pids=[app.pid for app in apps])
    if args.replicas > 1 or args.proxy:
        if not nginx_available():
            servers.stop()
            sys.exit("--replicas/--proxy need nginx (apt-get install -y nginx)")
        servers.proxy = Nginx([app.port for app in apps]).start()
        servers.url = servers.proxy.url
    return servers


async def warm_up(servers: Servers, args) -> list[str]:
    """Open the page once on every app process (the teacher, before class: caches filled); the
    learning-rate grid from the page's own slider (the widget bound to the URL parameter lr)."""
    grid: list[str] = []
    for url in [app.url for app in servers.apps] or [servers.url]:
        async with Tab(url, args.page, f"pace={args.pace}&iters={args.iters}", fetch_media=not args.no_media) as tab:
            await tab.open()
            grid = list(tab.widget_for_param("lr").proto.options)
            if not args.no_warmup_train:
                await tab.click("Train")
    return grid


async def student(s: Student, url: str, args, expected, start: float, all_opened: asyncio.Event,
                  opened: list, class_over: asyncio.Event) -> None:
    await asyncio.sleep(max(0.0, start + s.arrive_at - time.perf_counter()))
    query = f"lr={s.learning_rate}&iters={s.iterations}&pace={args.pace}" + (f"&lang={args.lang}" if args.lang else "")
    tab = Tab(url, args.page, query, fetch_media=not args.no_media, timeout=args.timeout)
    try:
        s.open_seconds = await tab.open()
        opened.append(s.index)
        if len(opened) == args.current_n:
            all_opened.set()
        if args.together:
            await all_opened.wait()
        clicked = time.perf_counter()
        at = await tab.click("Train", wait=False)
        outcome = await tab.wait_for(lambda: cat_outcome(tab, at), args.timeout, "the final accuracy")
        s.click_to_accuracy = outcome.at - clicked
        await tab.wait_finished(at, args.timeout)
        s.click_to_done = tab.finished[-1][2] - clicked
        await tab.settle()
        s.shown = (outcome.train_accuracy, outcome.test_accuracy)
        want = expected[(s.learning_rate, s.iterations)]
        if (abs(s.shown[0] - want[0]) > 0.006 or abs(s.shown[1] - want[1]) > 0.006
                or not shows_number(outcome.text, s.learning_rate)):
            s.wrong = f"lr {s.learning_rate}, {s.iterations} iterations: shown {outcome.text!r}, expected {want[0]:.2f} % / {want[1]:.2f} %"
        if tab.exceptions:
            s.error = "; ".join(tab.exceptions)[:300]
        s.replica = tab.replica
    except (ProtocolError, OSError, asyncio.TimeoutError) as error:
        s.error = f"{type(error).__name__}: {error}"[:300]
        opened.append(s.index)  # never block the others' start
        if len(opened) == args.current_n:
            all_opened.set()
    finally:
        await class_over.wait()  # tabs stay open until the class is over (memory is measured with all open)
        await tab.close()


CALIBRATION_ITERATIONS = 2000


CALIBRATION = f"""
import time
from core.cat_task import CatTask
from core.datasets import load_catvnoncat
from core.dual_logistic import train
task = CatTask.from_arrays(*load_catvnoncat())
train(task.problem, 0.005, 10)  # warm
times = []
for _ in range(3):
    start = time.process_time()
    train(task.problem, 0.005, {CALIBRATION_ITERATIONS})
    times.append(time.process_time() - start)
print(sorted(times)[1])
"""


def calibration_cpu() -> float:
    """The CPU seconds of one 2000-iteration cat training on this machine, now (the median of three): figures
    from two machines compare through it. The same code the page runs, in a fresh process with one BLAS
    thread as in the app: in this process the BLAS threads that built the data would spin and be counted."""
    env = with_shared_data({**os.environ, **{name: "1" for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS",
                                                                  "MKL_NUM_THREADS")}})
    out = subprocess.run([sys.executable, "-c", CALIBRATION], cwd=ROOT, env=env, capture_output=True, text=True,
                         check=True, timeout=300)
    return float(out.stdout.strip().splitlines()[-1])


def class_settings(n: int, grid: list[str], args) -> list[tuple[str, int]]:
    """Each student's (learning rate, iterations). By default the rates of the page's grid in turn, all with
    --iters (a rate two students share is trained once: the page replays it). With --distinct, every student a
    different pair from the page's own grids, as a real class slides to forty different places."""
    if not args.distinct:
        return [(grid[i % len(grid)], args.iters) for i in range(n)]
    iterations = list(range(ITERATIONS.min_value, ITERATIONS.max_value + 1, ITERATIONS.step))
    pairs = [(rate, count) for rate in grid for count in iterations]
    random.Random(0).shuffle(pairs)
    return pairs[:n]


def expected_results(settings: list[tuple[str, int]], args) -> dict[tuple[str, int], tuple[float, float]]:
    """{(rate, iterations): (train %, test %)} from core, one fresh process per iteration count."""
    expected = {}
    for count in sorted({count for _, count in settings}):
        rates = {rate for rate, c in settings if c == count}
        expected.update({(rate, count): result
                         for rate, result in expected_cat_results(rates, count, app_env(args)).items()})
    return expected


async def run_class(servers: Servers, args, n: int, settings: list[tuple[str, int]], expected) -> list[Student]:
    students = [Student(i, rate, count, args.ramp * i / n) for i, (rate, count) in enumerate(settings)]
    all_opened, class_over, opened = asyncio.Event(), asyncio.Event(), []
    start = time.perf_counter()
    args.current_n = n
    tasks = [asyncio.create_task(student(s, servers.url, args, expected, start, all_opened, opened, class_over))
             for s in students]
    while not all(s.completed or s.error or s.wrong for s in students):
        await asyncio.sleep(0.05)
        if all(t.done() for t in tasks):
            break
    args.idle_cpu = None
    if args.idle and servers.cpu() is not None:
        # Everyone has the page and a result, and reads it: what open, quiet tabs cost the server.
        before = servers.cpu()
        await asyncio.sleep(args.idle)
        args.idle_cpu = servers.cpu() - before
    class_over.set()
    await asyncio.gather(*tasks)
    return students


def report(n: int, students: list[Student], cpu: float | None, peaks: list[float], threads: int,
           args, replicas_label: str) -> None:
    done = [s for s in students if s.completed]
    errors = [s for s in students if s.error or s.wrong]
    opens = [s.open_seconds for s in students if s.open_seconds is not None]
    clicks = [s.click_to_accuracy for s in done]
    dones = [s.click_to_done for s in done if s.click_to_done is not None]
    peak = sum(peaks) if peaks else math.nan
    fmt = lambda v: f"{v:.2f}" if not math.isnan(v) else "n/a"  # noqa: E731
    print(f"\n== {n} students, {replicas_label}, arriving within {args.ramp:g} s, pace {args.pace}, "
          f"{'iterations ' + str(min(s.iterations for s in students)) + '-' + str(max(s.iterations for s in students)) if args.distinct else str(args.iters) + ' iterations'}"
          f"{', clicking together' if args.together else ''}")
    print(f"  open the page      p50 {fmt(percentile(opens, 50))} s   p95 {fmt(percentile(opens, 95))} s   "
          f"max {fmt(max(opens, default=math.nan))} s   (target p95 < {TARGET_P95_OPEN:g} s)")
    print(f"  click -> accuracy  p50 {fmt(percentile(clicks, 50))} s   p95 {fmt(percentile(clicks, 95))} s   "
          f"max {fmt(max(clicks, default=math.nan))} s   (target p95 < {TARGET_P95_CLICK:g} s)")
    print(f"  click -> page done p50 {fmt(percentile(dones, 50))} s   p95 {fmt(percentile(dones, 95))} s")
    print(f"  calibration        one {CALIBRATION_ITERATIONS}-iteration cat training: {calibration_cpu():.3f} CPU-s here")
    if cpu is not None:
        print(f"  server CPU         {cpu:.1f} s in all, {cpu / n:.3f} s per student "
              f"(open + train once; target < {TARGET_CPU_PER_STUDENT:g} s)")
    if args.idle_cpu is not None:
        print(f"  idle tabs          {n} pages open and read for {args.idle:g} s after training: "
              f"{args.idle_cpu:.2f} CPU-s, {100 * args.idle_cpu / args.idle:.2f} % of one core "
              f"(target < {TARGET_IDLE_PERCENT:g} %)")
    if peaks:
        per = " + ".join(f"{p:.0f}" for p in peaks)
        print(f"  peak RSS           {peak:.0f} MB ({per}; target < {TARGET_PEAK_MB} MB), max threads {threads}")
    replicas = sorted({s.replica for s in students if s.replica})
    if replicas:
        counts = {r: sum(s.replica == r for s in students) for r in replicas}
        print(f"  students per replica: {counts}")
    for s in errors[:5]:
        print(f"  student {s.index}: {s.error or s.wrong}")
    print(f"students {n}: completed {len(done)}/{n}, errors {len(errors)}, "
          f"p50 {fmt(percentile(clicks, 50))} s, p95 {fmt(percentile(clicks, 95))} s, peak RSS {peak:.0f} MB",
          flush=True)


async def classroom(args) -> None:
    for n in args.students:
        servers = start_servers(args)
        try:
            grid = await warm_up(servers, args)
            settings = class_settings(n, grid, args)
            expected = expected_results(settings, args)
            cpu_before = servers.cpu()
            sampler = Sampler(servers.pids)
            sampler.start()
            students = await run_class(servers, args, n, settings, expected)
            sampler.done.set()
            # (the quiet reading after the class, with --idle, is reported on its own line)
            cpu = servers.cpu() - cpu_before - (args.idle_cpu or 0.0) if cpu_before is not None else None
            peaks = [proc_stats(pid).peak_rss_mb for pid in servers.pids]
            label = (f"{len(servers.apps)} app processes behind nginx" if servers.proxy
                     else "1 app process" if servers.apps else servers.url)
            if args.blas_threads is not None:
                label += f", OPENBLAS_NUM_THREADS={args.blas_threads}"
            if args.distinct:
                label += ", every student different settings"
            report(n, students, cpu, peaks, sampler.max_threads, args, label)
        finally:
            servers.stop()


async def memory_rounds(args) -> None:
    """Rounds of sessions opened (page + one training run) and closed; RSS after each round."""
    ttl_args = (f"--server.disconnectedSessionTTL={args.ttl}",) if args.ttl is not None else ()
    servers = start_servers(args, ttl_args, probe=True)
    if not servers.pids:
        sys.exit("--memory-rounds needs the server's pid (--server-pid) or a server it starts")
    try:
        grid = await warm_up(servers, args)
        ttl = args.ttl if args.ttl is not None else _configured_ttl()
        rss = lambda: sum(proc_stats(pid).rss_mb for pid in servers.pids)  # noqa: E731
        print(f"memory: {args.memory_rounds} rounds of {args.memory_sessions} sessions, "
              f"disconnectedSessionTTL {ttl} s; RSS after warm-up {rss():.0f} MB")
        after = []
        for round_number in range(1, args.memory_rounds + 1):
            start = time.perf_counter()
            tabs = [Tab(servers.url, args.page, f"lr={grid[i % len(grid)]}&iters={args.iters}&pace=instant",
                        fetch_media=not args.no_media) for i in range(args.memory_sessions)]
            batch = max(1, args.memory_batch)
            for first in range(0, len(tabs), batch):
                await asyncio.gather(*(_open_and_train(tab) for tab in tabs[first:first + batch]))
            peak_open = rss()
            await asyncio.gather(*(tab.close() for tab in tabs))
            await asyncio.sleep(ttl + 2)  # the closed sessions outlive their tabs by the TTL
            # Streamlit drops expired sessions when it next stores one: one more visit (a late student).
            await _open_and_train(Tab(servers.url, args.page, "pace=instant", fetch_media=not args.no_media), close=True)
            after.append(rss())
            inside = [app.probe() for app in servers.apps if app.probe_file]
            print(f"  round {round_number}: {time.perf_counter() - start:.1f} s, RSS with all open "
                  f"{peak_open:.0f} MB, after closing and TTL {after[-1]:.0f} MB; inside: {inside}", flush=True)
        if len(after) >= 3:
            growth = (after[-1] - after[-2]) / after[-2]
            verdict = "ok" if growth < TARGET_MEMORY_GROWTH else "TOO MUCH"
            print(f"memory growth round {len(after)} over round {len(after) - 1}: {growth:+.1%} "
                  f"(target < {TARGET_MEMORY_GROWTH:.0%}): {verdict}")
    finally:
        servers.stop()


async def _open_and_train(tab: Tab, close: bool = False) -> None:
    await tab.open()
    at = await tab.click("Train")
    await tab.settle()
    if cat_outcome(tab, at) is None:
        raise ProtocolError("no final accuracy")
    if close:
        await tab.close()


def _configured_ttl() -> float:
    import tomllib

    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())
    return float(config.get("server", {}).get("disconnectedSessionTTL", 120))


# ---- --photos: a class adding its own photos ----

TARGET_P95_PHOTO = 2.0


class UploadingTab(Tab):
    """A Tab that also uploads a file as the browser's file uploader does (file_urls_request, then a PUT)."""

    def __post_init__(self):
        super().__post_init__()
        self.file_urls: dict[str, object] = {}  # request id -> FileURLs

    def _handle(self, message) -> None:
        if message.WhichOneof("type") == "file_urls_response":
            self._seq += 1
            for urls in message.file_urls_response.file_urls:
                self.file_urls[message.file_urls_response.response_id] = urls
            return
        super()._handle(message)

    async def upload(self, name: str, data: bytes, mime: str = "image/png"):
        """Upload one file; the UploadedFileInfo a rerun carries in the uploader's widget state."""
        from streamlit.proto.BackMsg_pb2 import BackMsg
        from streamlit.proto.Common_pb2 import UploadedFileInfo

        request = BackMsg()
        request.file_urls_request.request_id = request_id = f"r{random.getrandbits(48)}"
        request.file_urls_request.file_names.append(name)
        request.file_urls_request.session_id = self.session_id
        await self._ws.send(request.SerializeToString())
        await self.wait_for(lambda: request_id in self.file_urls, self.timeout, "an upload address")
        urls = self.file_urls.pop(request_id)
        boundary = f"----fc{random.getrandbits(64):x}"
        body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n"
                f"Content-Type: {mime}\r\n\r\n").encode() + data + f"\r\n--{boundary}--\r\n".encode()
        headers = {"Content-Type": f"multipart/form-data; boundary={boundary}"}
        if "_streamlit_xsrf" in self.cookies:
            headers["X-Xsrftoken"] = self.cookies["_streamlit_xsrf"]
        response = await self.get(urls.upload_url, method="PUT", headers=headers, body=body, timeout=self.timeout)
        if response.status not in (200, 204):
            raise ProtocolError(f"PUT {urls.upload_url}: HTTP {response.status} {response.body[:200]!r}")
        return UploadedFileInfo(file_id=urls.file_id, name=name, size=len(data), file_urls=urls)


def photo_file(seed: int) -> bytes:
    """A 200 x 150 PNG of coloured blocks, different for every seed (the board keeps each once)."""
    import io

    import numpy as np
    from PIL import Image

    blocks = np.random.default_rng(seed).integers(0, 256, (15, 20, 3), dtype=np.uint8)
    buffer = io.BytesIO()
    Image.fromarray(np.kron(blocks, np.ones((10, 10, 1), dtype=np.uint8))).save(buffer, format="PNG")
    return buffer.getvalue()


@dataclass
class PhotoStudent:
    index: int
    student_id: str
    arrive_at: float
    open_seconds: float | None = None
    seconds: list[float] = field(default_factory=list)  # per photo: upload -> "Added"
    error: str | None = None


async def add_photos(s: PhotoStudent, url: str, code: str, args, start: float) -> None:
    from urllib.parse import quote

    from streamlit.proto.Alert_pb2 import Alert
    from streamlit.proto.WidgetStates_pb2 import WidgetState

    await asyncio.sleep(max(0.0, start + s.arrive_at - time.perf_counter()))
    query = f"class={code}&student={quote(s.student_id)}" + (f"&lang={args.lang}" if args.lang else "")
    tab = UploadingTab(url, "cat_classifier", query, fetch_media=not args.no_media, timeout=args.timeout)
    try:
        s.open_seconds = await tab.open()
        for k in range(args.photos):
            began = time.perf_counter()
            uploader = [u for u in tab.find("file_uploader") if "our_photos_upload" in u.proto.id][-1]
            info = await tab.upload(f"photo{k}.png", photo_file(s.index * 1000 + k))
            state = WidgetState(id=uploader.proto.id)
            state.file_uploader_state_value.uploaded_file_info.append(info)
            await tab.rerun([state], uploader.fragment_id, args.timeout)
            label = tab.find("button_group")[-1]
            options = [option.content for option in label.proto.options]  # cat, non-cat in the page's language
            choice = WidgetState(id=label.proto.id)
            choice.string_array_value.data.append(options[k % 2])  # inside the form: sent with Add, no rerun
            add = next(b for b in reversed(tab.find("button")) if b.proto.id.endswith("-our_photos_add"))
            at = await tab.send_rerun([state, choice, WidgetState(id=add.proto.id, trigger_value=True)],
                                      add.fragment_id)
            await tab.wait_for(lambda: [a for a in tab.alerts(Alert.SUCCESS, at)], args.timeout, "the photo's Added")
            s.seconds.append(time.perf_counter() - began)
            await tab.wait_finished(at, args.timeout)
            errors = [a.proto.body for a in tab.alerts(Alert.ERROR, at)] + tab.exceptions
            if errors:
                raise ProtocolError("; ".join(errors)[:300])
    except (ProtocolError, OSError, asyncio.TimeoutError, StopIteration, IndexError) as error:
        s.error = f"{type(error).__name__}: {error}"[:300]
    finally:
        await tab.close()


async def photo_classroom(args) -> None:
    import tempfile

    from core.board import URL_VARIABLE, Board

    for n in args.students:
        with tempfile.TemporaryDirectory() as folder:
            board_url = os.environ.get(URL_VARIABLE) if args.url else f"sqlite:///{folder}/board.sqlite3"
            if not board_url:
                sys.exit(f"--photos with --url needs ${URL_VARIABLE}: the board the server writes to")
            board = Board(board_url, max_photos_per_student=max(20, args.photos))
            code, _ = board.open_class()
            students = [PhotoStudent(i, board.join(code, f"student {i}"), args.ramp * i / n) for i in range(n)]
            env = {**app_env(args), URL_VARIABLE: board_url}
            servers = (Servers(args.url, pids=list(args.server_pid or [])) if args.url else
                       Servers("", apps=start_apps(args.replicas, env=env)))
            if servers.apps:
                servers.url, servers.pids = servers.apps[0].url, [app.pid for app in servers.apps]
            try:
                cpu_before = servers.cpu()
                start = time.perf_counter()
                await asyncio.gather(*(add_photos(s, servers.url, code, args, start) for s in students))
                wall = time.perf_counter() - start
                cpu = servers.cpu() - cpu_before if cpu_before is not None else None
                peaks = [proc_stats(pid).peak_rss_mb for pid in servers.pids]
            finally:
                servers.stop()
            stored = board.photos(code)
            board.dispose()
        report_photos(n, students, stored, wall, cpu, peaks, args)


def report_photos(n: int, students: list, stored: list, wall: float, cpu, peaks: list, args) -> None:
    times = [t for s in students for t in s.seconds]
    expected = n * args.photos
    keys = [(p.student_id, p.pixels.tobytes()) for p in stored]
    duplicates = len(keys) - len(set(keys))
    per_student = {s.student_id: sum(1 for p in stored if p.student_id == s.student_id) for s in students}
    short = [s.index for s in students if per_student[s.student_id] != len(s.seconds)]
    fmt = lambda v: f"{v:.2f}" if not math.isnan(v) else "n/a"  # noqa: E731
    print(f"\n== {n} students adding {args.photos} photos each, arriving within {args.ramp:g} s, one class, "
          f"{'1 app process' if args.replicas == 1 and not args.url else args.url or str(args.replicas) + ' processes'}")
    print(f"  open the page       p50 {fmt(percentile([s.open_seconds for s in students if s.open_seconds], 50))} s")
    print(f"  upload -> Added     p50 {fmt(percentile(times, 50))} s   p95 {fmt(percentile(times, 95))} s   "
          f"max {fmt(max(times, default=math.nan))} s   (target p95 < {TARGET_P95_PHOTO:g} s)")
    print(f"  photos: {len(times)} added, {len(stored)} stored of {expected}, {duplicates} duplicated; "
          f"students whose stored count differs from what they saw added: {len(short)}; all in {wall:.1f} s")
    if cpu is not None:
        print(f"  server CPU {cpu:.1f} s ({cpu / max(1, len(times)):.3f} s per photo), peak memory "
              f"{sum(peaks):.0f} MB")
    for s in [s for s in students if s.error][:5]:
        print(f"  student {s.index}: {s.error}")
    ok = len(stored) == expected and not duplicates and not short and percentile(times, 95) < TARGET_P95_PHOTO
    print("  OK" if ok else "  NOT MET")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--students", type=int, nargs="+", default=[1, 10, 20, 40], help="class sizes, in turn")
    parser.add_argument("--ramp", type=float, default=10.0, help="students arrive evenly within this many seconds")
    parser.add_argument("--page", default="cat_classifier")
    parser.add_argument("--iters", type=int, default=2000)
    parser.add_argument("--lesson", action="store_true",
                        help="students joined and following the teacher for --lesson-seconds while the teacher asks "
                             "two checks and reveals one (bench/lesson_follow.py): CPU per student-minute, time to "
                             "see each step")
    parser.add_argument("--lesson-seconds", type=float, default=60.0)
    parser.add_argument("--distinct", action="store_true",
                        help="every student a different learning rate and iteration count from the page's grids")
    parser.add_argument("--pace", default="instant")
    parser.add_argument("--lang", default="", help="add lang=... to every student's query string")
    parser.add_argument("--together", action="store_true",
                        help="everyone presses Train at the same instant, once all have the page open")
    parser.add_argument("--url", help="an already-running server or proxy (nothing is started)")
    parser.add_argument("--server-pid", type=int, nargs="*", help="with --url: app pids to read CPU and memory of")
    parser.add_argument("--replicas", type=int, default=1, help="app processes; more than 1 puts nginx in front")
    parser.add_argument("--proxy", action="store_true", help="nginx in front even of one app process")
    parser.add_argument("--blas-threads", type=int, help="OPENBLAS/OMP/MKL_NUM_THREADS for the app processes")
    parser.add_argument("--no-media", action="store_true", help="do not fetch the page's images")
    parser.add_argument("--no-warmup-train", action="store_true", help="the warm-up visit does not train")
    parser.add_argument("--idle", type=float, default=0.0,
                        help="after the class has trained, keep every tab open this many seconds with no click: "
                             "the server's CPU for open, quiet pages")
    parser.add_argument("--timeout", type=float, default=180.0)
    parser.add_argument("--memory-rounds", type=int, default=0,
                        help="instead of a class: rounds of sessions opened and closed, RSS after each")
    parser.add_argument("--memory-sessions", type=int, default=50)
    parser.add_argument("--memory-batch", type=int, default=10, help="sessions open at once within a round")
    parser.add_argument("--ttl", type=float, help="override server.disconnectedSessionTTL (memory rounds)")
    parser.add_argument("--photos", type=int, default=0,
                        help="every student joins a class and adds this many photos on the cat page")
    args = parser.parse_args()
    if args.photos:
        asyncio.run(photo_classroom(args))
    elif args.lesson:
        # Following the teacher (joined students reading while their lesson banner polls): its own script.
        from bench.lesson_follow import main_async as follow_the_teacher

        asyncio.run(follow_the_teacher(argparse.Namespace(students=max(args.students), seconds=args.lesson_seconds)))
    elif args.memory_rounds:
        asyncio.run(memory_rounds(args))
    else:
        asyncio.run(classroom(args))


if __name__ == "__main__":
    main()
