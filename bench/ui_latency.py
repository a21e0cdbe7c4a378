"""How long the app takes to answer in a browser, page by page, as a ratio to a one-slider app.

Starts `streamlit run app.py` and bench/one_slider_app.py side by side (headless, 127.0.0.1, free ports, no
file watcher, no usage stats), drives both in Debian's headless Chromium through Playwright and prints, for
every page of the registry (core/chapters) (URL: the file stem; the first chapter at /):

- slider: a key press (ArrowRight / ArrowLeft alternately, so the value moves back and forth) on the page's
  learning-rate slider (widget key `lr` or `*_lr`), or its first slider, until the server's script_finished
  has reached the page and the page is drawn (below). The first two changes after loading are reported
  apart (they are the warm-up: the first one is the only change whose new value neither the server's caches
  nor the browser's message cache have seen); then the median of --repeats changes between those two values,
  and its ratio to the one-slider app measured just before that page in the same run (the machine is
  shared: only ratios compare across runs). Also its ratio to bench/one_chart_app.py's slider, which redraws
  one st.plotly_chart: what Streamlit itself costs a page whose slider changes one chart.
- on the gradient-descent page, also its descent chart alone (bench/one_surface_app.py, measured just before the
  page): the page's descent figure (its surface a picture, as the page opens) under its learning-rate slider, drawn in place by the app's own chart, and
  nothing else; its slider change and its fresh visit are what the page cannot go under while it draws that
  figure.
- fresh visit: a new browser context (empty HTTP cache), navigation start until the first run has finished,
  the page is drawn and the app idle; the median of 3, after one visit that warmed the server ("first visit");
  and its ratio to the same measure of bench/one_chart_app.py (one plotly chart), taken just before.
- train: on the three training pages, the page opened with the instant pace in its URL (the option's key,
  or its label if the page only takes that; checked on the pace slider), then a click on Train until a new
  success alert (the final result) is visible and painted; page defaults otherwise; 3 fresh contexts.

When a run counts as answered: an init script wraps the page's WebSocket and reads the top-level fields of
each ForwardMsg as the page's main thread receives it (the websocket signal; `data-test-script-state` is only
checked afterwards, to catch a second run). From a script_finished other than FINISHED_EARLY_FOR_RERUN, two
requestAnimationFrames; if an element still shows its loading skeleton then (`stSkeleton`: its code is
fetched on first use, e.g. plotly.js) or a chart updated in place has not yet drawn its new figure
(ui/live_plot.py), frame by frame until none is left, then one more frame; a chart out of sight (more than a quarter
of a screen's height away) draws its new figure only when it comes near the screen, as a learner scrolls to it: not
waited for, and counted ("deferred"). Key presses and
clicks are timed by their DOM event timestamps: every browser-side number is on the page's own clock.

Where the time goes (printed below the main table; everything also in the JSON line):
- presend: key press until the page sent its rerun_script BackMsg;
- server: the same rerun_script messages (captured from the browser over CDP) replayed on a new websocket
  with no browser attached, rerun sent until script_finished received: the server's own time;
- client: total - presend - server (the browser's share, with what the two lose to each other on 2 cores);
- seen: rerun sent until script_finished as Chrome's DevTools reports them (Blink emits those events on the
  page's main thread, so a busy page delays them: not a server time);
- task/script/layout/style: Chrome's Performance.getMetrics deltas over the change (main-thread seconds);
- CPU server/renderer/gpu: CPU seconds from /proc of the Streamlit server and of Chromium's renderer and GPU
  processes (with --disable-gpu, WebGL, i.e. plotly's 3D charts, is drawn in software in the GPU process);
- KB: ForwardMsg bytes received; "full KB": not served from the browser's message cache. Below the tables:
  the largest messages of a change ("ref": Streamlit sent only a reference to a message the browser had
  cached), the server's longest silences in the replay (seconds, and the element that ended each: mostly
  the time the script spent computing it), and the JavaScript files a fresh visit loads.

Run:  FIRST_CONTACT_DATA_DIR=/work/shared/data python bench/ui_latency.py
      [--pages cat_classifier,gradient_descent] [--repeats 5] [--app-dir /work/main] [--json out.json]
      [--no-fresh] [--no-train]
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import re
import statistics
import subprocess
import sys
import time
import urllib.parse
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # the harness

from harness.serving import AppProcess  # noqa: E402

BASELINE_APP = HERE / "one_slider_app.py"
BASELINE_CHART_APP = HERE / "one_chart_app.py"  # the fresh-visit baseline: one plotly chart
SURFACE_APP = HERE / "one_surface_app.py"  # the gradient-descent page's descent chart alone: that page's floor
SURFACE_PAGE = "gradient_descent"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking"]
VIEWPORT = {"width": 1400, "height": 1000}
IDLE = "[data-testid='stApp'][data-test-script-state='notRunning']"
TIMEOUT_MS = 90_000
FRESH_VISITS = 3
TRAIN_REPEATS = 3
PACE_KEY = "instant"  # the option's stable key; its label is read from the page (the slider's first tick)
METRICS = ("TaskDuration", "ScriptDuration", "LayoutDuration", "RecalcStyleDuration")

# ---- in the page: time key presses, clicks, the rerun sent, script_finished and the paints after it ----

PAGE_PROBE = r"""
(() => {
  if (window.__fc) return;
  const fc = window.__fc = {keys: [], clicks: [], sent: [], finished: [], painted: [], waiters: []};
  addEventListener('keydown', e => fc.keys.push(e.timeStamp), true);
  addEventListener('mousedown', e => fc.clicks.push(e.timeStamp), true);
  const varint = (b, i) => { let v = 0, s = 1, x; do { x = b[i++]; v += (x & 0x7f) * s; s *= 128; } while (x & 0x80); return [v, i]; };
  // the top-level fields of a protobuf message: {field number: varint value or length}
  const fields = b => {
    const out = {}; let i = 0;
    while (i < b.length) {
      let tag, v; [tag, i] = varint(b, i);
      const f = Math.floor(tag / 8), w = tag & 7;
      if (w === 0) [v, i] = varint(b, i);
      else if (w === 2) { [v, i] = varint(b, i); i += v; }
      else if (w === 1) i += 8; else if (w === 5) i += 4; else break;
      out[f] = v;
    }
    return out;
  };
  const bytes = d => d instanceof ArrayBuffer ? new Uint8Array(d) : ArrayBuffer.isView(d) ? new Uint8Array(d.buffer, d.byteOffset, d.byteLength) : null;
  const SKELETON_LIMIT_MS = 120000;
  const SETTLE_MS = 200;  // how long a page must stay without a chart to draw before its change is timed
  // The frame after each drawing of an in-place chart (ui/live_plot.py counts them in data-renders).
  fc.chartsPainted = [];
  new MutationObserver(() => requestAnimationFrame(() => fc.chartsPainted.push(performance.now())))
    .observe(document, {subtree: true, attributes: true, attributeFilter: ['data-renders']});
  const EARLY_FOR_RERUN = 2;  // ForwardMsg.script_finished (field 6) values; BackMsg.rerun_script is field 11
  const settle = () => { for (const w of fc.waiters.splice(0)) w(); };
  const onForward = (t, b) => {
    const f = fields(b);
    if (!(6 in f) || f[6] === EARLY_FOR_RERUN) return;
    const record = {finished: t, status: f[6], skeletonFrames: 0};
    fc.finished.push(record);
    requestAnimationFrame(() => requestAnimationFrame(() => { record.twoFrames = performance.now(); }));
    // Two frames after script_finished; while an element still shows its loading skeleton (its code is
    // fetched on first use: plotly, sliders, tables...), wait frame by frame until the last one is gone.
    // A chart updated in place (ui/live_plot.py) is pending from the moment it gets a new figure until
    // Plotly.react has drawn it: wait for that too; and for a chart whose component script has not yet
    // run (its element is there, its plot not yet: neither a skeleton nor pending; a fresh visit's first
    // frames), as tests/browser_checks.CHARTS_ALL_DRAWN does.
    const waiting = () => (document.querySelector("[data-testid='stSkeleton'], .fc-live-plot[data-pending]")
                           || [...document.querySelectorAll("[data-testid='stBidiComponentRegular']")]
                                .some(element => !element.querySelector('.fc-live-plot')))
                          && performance.now() - t < SKELETON_LIMIT_MS;
    const frame = () => {
      if (waiting()) {
        record.skeletonFrames++;
        return requestAnimationFrame(frame);
      }
      requestAnimationFrame(() => {
        const quiet = performance.now();
        // Watched a while longer: React runs a component's effects after it paints, so a chart may get its new
        // figure (and draw it) only after a frame found nothing pending. Timed at the first quiet frame alone,
        // half of a chart page's changes were timed 30-50 ms before their chart had drawn (the median too low).
        // The wait does not count: the change is timed at the frame after the last chart it drew.
        setTimeout(() => requestAnimationFrame(() => {  // after the frame a drawing just finished asked for
          if (waiting()) { record.skeletonFrames++; return requestAnimationFrame(frame); }
          record.painted = Math.max(quiet, ...fc.chartsPainted.filter(at => at > t));
          // Charts out of sight wait to draw a new figure until they come near the screen (ui/live_plot.py): counted.
          record.deferred = document.querySelectorAll('.fc-live-plot[data-deferred]').length;
          fc.painted.push(record); settle();
        }), SETTLE_MS);
      });
    };
    requestAnimationFrame(frame);
  };
  const Native = window.WebSocket;
  class Probed extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', e => {  // registered before Streamlit's onmessage: sees it first
        const t = performance.now(), b = bytes(e.data);
        if (b) onForward(t, b); else if (e.data instanceof Blob) e.data.arrayBuffer().then(a => onForward(t, new Uint8Array(a)));
      });
    }
    send(data) {
      const b = bytes(data);
      if (b && 11 in fields(b)) fc.sent.push(performance.now());
      return super.send(data);
    }
  }
  window.WebSocket = Probed;
  // The first paint after a finished run that started after `since`; null after timeoutMs.
  fc.waitPainted = (since, timeoutMs) => new Promise(resolve => {
    const deadline = performance.now() + timeoutMs;
    const check = () => {
      const r = fc.painted.find(r => r.finished > since);
      if (r) return resolve(r);
      if (performance.now() > deadline) return resolve(null);
      fc.waiters.push(check); setTimeout(() => settle(), 250);
    };
    check();
  });
  // The last run finished after `since`, once drawn.
  fc.lastPainted = (since, timeoutMs) => {
    const last = fc.finished.filter(r => r.finished > since).at(-1);
    return last ? fc.waitPainted(last.finished - 1e-6, timeoutMs) : Promise.resolve(null);
  };
  // A visible success alert whose text was not on the page before, then one more frame (painted).
  fc.waitSuccess = (known, timeoutMs) => new Promise(resolve => {
    const deadline = performance.now() + timeoutMs;
    const look = () => {
      for (const el of document.querySelectorAll("[data-testid='stAlertContentSuccess']")) {
        const box = el.getBoundingClientRect(), text = el.innerText;
        if (box.height > 0 && !known.includes(text) && !el.closest("[data-stale='true']")) {
          const found = performance.now();
          return requestAnimationFrame(() => resolve({found, painted: performance.now(), text}));
        }
      }
      if (performance.now() > deadline) return resolve(null);
      requestAnimationFrame(look);
    };
    look();
  });
})();
"""

# The page's learning-rate slider (widget key "lr" or "*_lr", else a label naming the learning rate), else
# its first slider. Returns its index among the page's range inputs, its value, min and max.
FIND_SLIDER = r"""
() => {
  const inputs = [...document.querySelectorAll("[data-testid='stSlider'] input[type='range']")];
  const keyOf = el => { const c = el.closest("[class*='st-key-']"); const m = c && c.className.match(/st-key-(\S+)/); return m ? m[1] : ''; };
  const labelOf = el => (el.closest("[data-testid='stSlider']").querySelector("[data-testid='stWidgetLabel']") || {}).innerText || '';
  let i = inputs.findIndex(el => /(^|_)lr$/.test(keyOf(el)));
  if (i < 0) i = inputs.findIndex(el => /learning rate/i.test(labelOf(el)));
  if (i < 0 && inputs.length) i = 0;
  if (i < 0) return null;
  const el = inputs[i];
  return {index: i, key: keyOf(el), label: labelOf(el).trim(), value: +el.value, min: +el.min, max: +el.max,
          text: el.getAttribute('aria-valuetext')};
}
"""


# ---- the servers ----

@contextmanager
def streamlit_server(script: Path, args: tuple = ()):
    """The script's server (harness.serving.AppProcess: headless, loopback, a free port, no file watcher,
    no usage statistics), run from the script's folder: its URL and process id."""
    server = AppProcess(script=script, args=args)
    try:
        server.start().wait_ready()
    except RuntimeError as error:
        server.stop()
        raise SystemExit(str(error)) from None
    try:
        yield server.url, server.pid
    finally:
        server.stop()


def chapter_paths(app_dir: Path) -> tuple[list[str], dict[str, tuple[str, str]]]:
    """The page files of the registry's CHAPTERS, in menu order, and for each chapter that trains its pace
    setting's URL key and its Train button's widget key (imported in a child process)."""
    code = ("import json; from core.chapters import CHAPTERS, declaration; print(json.dumps("
            "[[c.path, [declaration(c.slug).PACE.key, c.session_key('train')] if c.trains else None] for c in CHAPTERS]))")
    out = subprocess.run([sys.executable, "-c", code], cwd=app_dir, capture_output=True, text=True, check=True,
                         timeout=60)
    chapters = json.loads(out.stdout.strip().splitlines()[-1])
    return [path for path, _ in chapters], {Path(path).stem: tuple(keys) for path, keys in chapters if keys}


def git_commit(app_dir: Path) -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=app_dir, capture_output=True, text=True,
                              check=True).stdout.strip()
    except (subprocess.SubprocessError, OSError):
        return "?"


# ---- CPU seconds per process (from /proc): the Streamlit server, and Chromium's processes by type ----

TICK = os.sysconf("SC_CLK_TCK")
SERVER_PID: int | None = None  # the app's server, set in main()


def _stat(pid: int) -> tuple[int, float] | None:
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return int(fields[1]), (int(fields[11]) + int(fields[12])) / TICK  # ppid, utime + stime
    except (OSError, IndexError, ValueError):
        return None


def _kind(pid: int) -> str:
    try:
        raw = open(f"/proc/{pid}/cmdline", "rb").read()  # Chromium rewrites it: one string, spaces between
    except OSError:
        return "other"
    kind = re.search(rb"--type=([\w-]+)", raw)
    if kind:
        return {b"renderer": "renderer", b"gpu-process": "gpu"}.get(kind.group(1), "browser")
    return "browser" if b"chromium" in raw.split(b"\0")[0] else "other"


def cpu_snapshot() -> dict:
    """CPU seconds so far: the app's server; this process's Chromium descendants by type."""
    stats = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            stat = _stat(int(entry))
            if stat:
                stats[int(entry)] = stat
    children: dict[int, list[int]] = {}
    for pid, (ppid, _) in stats.items():
        children.setdefault(ppid, []).append(pid)
    out = {"server": stats.get(SERVER_PID, (0, 0.0))[1], "renderer": 0.0, "gpu": 0.0, "browser": 0.0}
    todo = list(children.get(os.getpid(), []))
    while todo:
        pid = todo.pop()
        todo += children.get(pid, [])
        if pid != SERVER_PID and pid in stats:
            kind = _kind(pid)
            if kind in out:
                out[kind] += stats[pid][1]
    return out


def cpu_delta(before: dict, after: dict) -> dict:
    return {k: max(0.0, after[k] - before[k]) for k in before}


# ---- one page in the browser, with its websocket frames seen from CDP ----

def describe_element(msg) -> str:
    element = msg.delta.new_element
    kind = element.WhichOneof("type") or "?"
    if kind == "plotly_chart":
        try:
            title = json.loads(element.plotly_chart.spec).get("layout", {}).get("title", "")
            title = title.get("text", "") if isinstance(title, dict) else title
            return f"plotly '{str(title)[:48]}'"
        except (ValueError, AttributeError):
            return "plotly"
    if kind in ("markdown", "heading"):
        return f"{kind} '{getattr(element, kind).body[:32]}'"
    if kind == "imgs":
        return "image"
    return kind


HASHES: dict = {}  # ForwardMsg hash -> (description, bytes): a ref names a message sent earlier


@dataclass
class Run:
    """One script run seen from a websocket: rerun_script sent .. script_finished received, in seconds on the
    observer's clock; what arrived in between and when."""
    sent: float
    request: bytes = b""  # the rerun_script BackMsg itself (to replay it without a browser)
    finished: float | None = None
    bytes: int = 0
    messages: int = 0
    elements: list = field(default_factory=list)  # (bytes, description, "full" | "ref", seconds after sent)

    @property
    def server(self) -> float | None:
        return None if self.finished is None else self.finished - self.sent

    def add(self, msg, size: int, now: float) -> bool:
        """Count one ForwardMsg; True when it ends the run."""
        self.bytes += size
        self.messages += 1
        kind = msg.WhichOneof("type")
        if kind == "delta" and msg.delta.WhichOneof("type") == "new_element":
            description = describe_element(msg)
            HASHES[msg.hash] = (description, size)
            self.elements.append((size, description, "full", now - self.sent))
        elif kind == "ref_hash":  # the browser has it cached: we count the size of what it stands for
            description, original = HASHES.get(msg.ref_hash, ("?", size))
            self.elements.append((original, description, "ref", now - self.sent))
        elif kind == "script_finished" and msg.script_finished != 2:  # not FINISHED_EARLY_FOR_RERUN
            self.finished = now
            return True
        return False


def as_full_run(request: bytes) -> bytes:
    """A captured rerun_script BackMsg as a full run (the same widgets and trigger, no fragment id)."""
    from streamlit.proto.BackMsg_pb2 import BackMsg

    msg = BackMsg.FromString(request)
    msg.rerun_script.fragment_id = ""
    return msg.SerializeToString()


def replay(ws_url: str, requests: list[bytes]) -> list[tuple[Run, float]]:
    """Send captured rerun_script BackMsgs, one after another's script_finished, on a new websocket (a new
    session, no browser): the server's own time for each run, its server CPU seconds."""
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
    from websockets.sync.client import connect

    out = []
    with connect(ws_url, subprotocols=["streamlit"], max_size=None, open_timeout=60) as ws:
        for request in requests:
            cpu = _stat(SERVER_PID)[1]
            run = Run(sent=time.perf_counter(), request=request)
            ws.send(request)
            try:
                while True:
                    data = ws.recv(timeout=TIMEOUT_MS / 1000)
                    if isinstance(data, bytes) and run.add(ForwardMsg.FromString(data), len(data), time.perf_counter()):
                        break
            except TimeoutError:  # a click replayed into a fresh session that does not run it (a fragment's)
                out.append((None, None))
                continue
            out.append((run, _stat(SERVER_PID)[1] - cpu))
    return out


class Tab:
    """A page in its own browser context, probed in the page and over CDP."""

    def __init__(self, browser, url: str, context=None):
        """A page in a new context, or in `context` (shared: its HTTP cache is warm) when given."""
        from streamlit.proto.BackMsg_pb2 import BackMsg
        from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

        self._back, self._forward = BackMsg, ForwardMsg
        self._own_context = context is None
        self.context = context or browser.new_context(viewport=VIEWPORT)
        self.page = self.context.new_page()
        self.page.add_init_script(PAGE_PROBE)
        self.errors: list[str] = []
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.runs: list[Run] = []
        self._open: Run | None = None
        self.cdp = self.context.new_cdp_session(self.page)
        self.cdp.on("Network.webSocketFrameSent", self._on_sent)
        self.cdp.on("Network.webSocketFrameReceived", self._on_received)
        self.cdp.send("Network.enable")
        self.cdp.send("Performance.enable")
        self.url = url

    def close(self) -> None:
        try:
            (self.context if self._own_context else self.page).close()
        except Exception:  # noqa: BLE001 - closing a context whose browser went away
            pass

    # websocket frames, decoded as they arrive. The CDP timestamps are when the renderer's main thread handled
    # the frame (Blink reports them), so a busy page delays them: the server's own time comes from replay().
    @staticmethod
    def _payload(event) -> bytes | None:
        response = event.get("response", {})
        if response.get("opcode") != 2:
            return None
        return base64.b64decode(response.get("payloadData", ""))

    def _on_sent(self, event) -> None:
        data = self._payload(event)
        if data is None:
            return
        try:
            msg = self._back.FromString(data)
        except Exception:  # noqa: BLE001 - not a BackMsg
            return
        if msg.WhichOneof("type") == "rerun_script":
            self._open = Run(sent=event["timestamp"], request=data)
            self.runs.append(self._open)

    def _on_received(self, event) -> None:
        data = self._payload(event)
        if data is None or self._open is None:
            return
        try:
            msg = self._forward.FromString(data)
        except Exception:  # noqa: BLE001
            return
        if self._open.add(msg, len(data), event["timestamp"]):
            self._open = None

    def metrics(self) -> dict:
        values = {m["name"]: m["value"] for m in self.cdp.send("Performance.getMetrics")["metrics"]}
        return {name: values.get(name, 0.0) for name in METRICS}

    def finished_runs(self, since: int, timeout: float = 5.0) -> list[Run]:
        """The complete runs started at index `since` or later (waits a little for CDP events to drain)."""
        deadline = time.monotonic() + timeout
        while True:
            self.page.evaluate("0")  # a round trip: Playwright dispatches the events queued before it
            runs = self.runs[since:]
            if runs and all(r.finished is not None for r in runs) or time.monotonic() > deadline:
                return [r for r in runs if r.finished is not None]
            time.sleep(0.05)

    # the page's clock
    def wait_painted(self, since: float) -> dict:
        """The page-clock record of the run that started after `since`: finished, painted (and runs seen)."""
        record = self.page.evaluate("([since, t]) => window.__fc.waitPainted(since, t)", [since, TIMEOUT_MS])
        if record is None:
            raise TimeoutError("no script_finished within the timeout")
        # A second run (the page or a widget asked for one)? Take the last one, once the app is idle.
        self.page.wait_for_selector(IDLE, timeout=TIMEOUT_MS)
        self.page.wait_for_timeout(150)
        latest = self.page.evaluate("([since, t]) => window.__fc.lastPainted(since, t)", [since, TIMEOUT_MS])
        if latest and latest["finished"] > record["finished"]:
            record = latest
        record["runs"] = self.page.evaluate("(s) => window.__fc.finished.filter(r => r.finished > s).length", since)
        return record

    def load(self, url: str) -> dict:
        """Navigate; the first full run finished, drawn and idle (page times from navigation start)."""
        before, cpu_before = self.metrics(), cpu_snapshot()
        start_index = len(self.runs)
        self.page.goto(url, wait_until="commit", timeout=TIMEOUT_MS)
        record = self.wait_painted(0.0)
        after, cpu_after = self.metrics(), cpu_snapshot()
        runs = self.finished_runs(start_index)
        record["server"] = runs[-1].server if runs else None
        # a cross-site navigation may start a new renderer whose counters start again at zero
        record["metrics"] = {k: (after[k] - before[k] if after[k] >= before[k] else after[k]) for k in METRICS}
        record["cpu"] = cpu_delta(cpu_before, cpu_after)
        return record


def gaps(run: Run, count: int = 3) -> list:
    """The longest silences of the server during a run, each with the element that ended it: mostly the
    script computing that element (ordered by length; seconds)."""
    times = [0.0] + [at for *_, at in run.elements] + [run.server]
    names = [f"{kind} {what}" for _, what, kind, _ in run.elements] + ["script_finished"]
    pairs = sorted(((later - earlier, name) for earlier, later, name in zip(times, times[1:], names)), reverse=True)
    return [(round(gap, 3), name) for gap, name in pairs[:count]]


def slider_change(tab: Tab, key: str) -> dict:
    """One key press on the page's slider until answered and drawn; the parts of that time."""
    page = tab.page
    found = page.evaluate(FIND_SLIDER)
    slider = page.locator("[data-testid='stSlider'] input[type='range']").nth(found["index"])
    slider.focus()
    since = page.evaluate("() => performance.now()")
    start_index = len(tab.runs)
    before, cpu_before = tab.metrics(), cpu_snapshot()
    page.keyboard.press(key)
    record = tab.wait_painted(since)
    after, cpu_after = tab.metrics(), cpu_snapshot()
    timing = page.evaluate(
        "(since) => ({key: window.__fc.keys.find(t => t > since), sent: window.__fc.sent.find(t => t > since)})",
        since)
    runs = tab.finished_runs(start_index)
    run = runs[-1] if runs else None
    total = (record["painted"] - timing["key"]) / 1000
    presend = (timing["sent"] - timing["key"]) / 1000 if timing.get("sent") else None
    return {"total": total, "two_frames": (record["twoFrames"] - timing["key"]) / 1000, "presend": presend,
            "seen": run.server if run else None, "runs": record["runs"], "deferred": record.get("deferred", 0),
            "metrics": {k: after[k] - before[k] for k in METRICS}, "cpu": cpu_delta(cpu_before, cpu_after),
            "kb": run.bytes / 1000 if run else None, "messages": run.messages if run else None,
            "full_kb": sum(size for size, _, kind, _ in run.elements if kind == "full") / 1000 if run else None,
            "elements": sorted(run.elements, reverse=True)[:8] if run else [],
            "gaps": gaps(run) if run else [], "value": page.evaluate(FIND_SLIDER)["text"]}


def summarize(changes: list[dict]) -> dict:
    return {**{name: median([c[name] for c in changes])
               for name in ("total", "two_frames", "presend", "seen", "kb", "full_kb")},
            "metrics": {k: median([c["metrics"][k] for c in changes]) for k in METRICS},
            "cpu": {k: median([c["cpu"][k] for c in changes]) for k in changes[0]["cpu"]}}


def measure_slider(browser, url: str, repeats: int) -> dict | None:
    tab = Tab(browser, url)
    try:
        tab.load(url)
        found = tab.page.evaluate(FIND_SLIDER)
        if found is None:
            return None
        # Alternate so the value moves at each press (start downwards if the slider is at its top).
        keys = ["ArrowLeft", "ArrowRight"] if found["value"] >= found["max"] else ["ArrowRight", "ArrowLeft"]
        changes = [slider_change(tab, keys[i % 2]) for i in range(2 + repeats)]
        first, measured = changes[:2], changes[2:]
        if tab.errors:
            print(f"  JavaScript errors: {tab.errors[:3]}", file=sys.stderr)
        # The same two reruns without a browser: the server's own time (the first run only opens the session).
        a, b = (run.request for run in tab.runs[-2:])
        # (The first, as a full run, opens the session and draws its fragments: a slider inside a fragment
        # then reruns only its fragment there too.)
        alone = [(run, cpu) for run, cpu in replay(ws_of(url), [as_full_run(a)] + [b, a] * ((repeats + 1) // 2))[1:]
                 if run is not None]
        summary = summarize(measured)
        server = median([run.server for run, _ in alone])
        return {"slider": {"key": found["key"], "label": found["label"], "values": [found["text"], first[0]["value"]]},
                "first_two": [c["total"] for c in first], "first_two_detail": first, "samples": measured,
                **summary, "server": server, "server_cpu": median([cpu for _, cpu in alone]),
                "client": summary["total"] - (summary["presend"] or 0) - server,
                "elements": measured[-1]["elements"], "gaps": gaps(alone[-1][0]),
                "runs": max(c["runs"] for c in changes), "deferred": max(c["deferred"] for c in measured)}
    finally:
        tab.close()


def ws_of(url: str) -> str:
    return re.sub(r"^http(s?)://([^/]+).*$", r"ws\1://\2/_stcore/stream", url)


def measure_fresh(browser, url: str, visits: int) -> dict:
    samples = []
    for _ in range(visits):
        tab = Tab(browser, url)
        try:
            record = tab.load(url)
            (alone, server_cpu), = replay(ws_of(url), [tab.runs[0].request])  # a new session, no browser
            resources = tab.page.evaluate("""() => performance.getEntriesByType('resource')
                .filter(e => e.initiatorType === 'script' || /\\.js(\\?|$)/.test(e.name))
                .map(e => [e.name.split('/').pop().slice(0, 40), Math.round(e.decodedBodySize / 1000),
                           Math.round(e.responseEnd - e.startTime), Math.round(e.responseEnd)])""")
            samples.append({"total": record["painted"] / 1000, "two_frames": record["twoFrames"] / 1000,
                            "finished": record["finished"] / 1000, "seen": record["server"], "server": alone.server,
                            "server_cpu": server_cpu, "gaps": gaps(alone), "metrics": record["metrics"],
                            "cpu": record["cpu"], "js_kb": sum(r[1] for r in resources), "js_files": len(resources),
                            "largest_js": sorted(resources, key=lambda r: -r[1])[:4]})
        finally:
            tab.close()
    return {"total": median([s["total"] for s in samples]), "server": median([s["server"] for s in samples]),
            "gaps": samples[-1]["gaps"], "js_kb": median([s["js_kb"] for s in samples]),
            "js_files": median([s["js_files"] for s in samples]), "largest_js": samples[-1]["largest_js"],
            "finished": median([s["finished"] for s in samples]),
            "task": median([s["metrics"]["TaskDuration"] for s in samples]),
            "cpu": {k: median([s["cpu"][k] for s in samples]) for k in samples[0]["cpu"]}, "samples": samples}


def measure_revisit(browser, url: str, visits: int) -> float:
    """Like a fresh visit, but in a context that loaded the page once already (its HTTP cache warm): a new
    tab and a new session, without downloading Streamlit's and plotly's JavaScript again. Median, seconds."""
    context = browser.new_context(viewport=VIEWPORT)
    try:
        samples = []
        for visit in range(visits + 1):
            tab = Tab(browser, url, context)
            try:
                record = tab.load(url)
            finally:
                tab.close()
            if visit:
                samples.append(record["painted"] / 1000)
        return median(samples)
    finally:
        context.close()


def instant_pace_url(browser, url: str, pace_key: str) -> str:
    """The page's URL with the instant pace, as the page accepts it: the stable key or the shown label."""
    tab = Tab(browser, url)
    try:
        tab.load(url)
        label = tab.page.locator(f".st-key-{pace_key} [data-testid='stSliderTickBar'] p").first.inner_text().strip()
    finally:
        tab.close()
    separator = "&" if "?" in url else "?"
    for value in dict.fromkeys((PACE_KEY, label)):
        candidate = f"{url}{separator}{urllib.parse.urlencode({pace_key: value})}"
        tab = Tab(browser, candidate)
        try:
            tab.load(candidate)
            shown = tab.page.locator(f".st-key-{pace_key} input[type='range']").get_attribute("aria-valuetext")
        finally:
            tab.close()
        if shown == label:
            return candidate
    raise RuntimeError(f"neither {PACE_KEY!r} nor {label!r} in the URL gives the instant pace ({pace_key})")


def measure_train(browser, url: str, pace_key: str, button_key: str, repeats: int) -> dict:
    target = instant_pace_url(browser, url, pace_key)
    samples = []
    for _ in range(repeats):
        tab = Tab(browser, target)
        try:
            tab.load(target)
            page = tab.page
            known = page.evaluate("() => [...document.querySelectorAll(\"[data-testid='stAlertContentSuccess']\")]"
                                  ".map(e => e.innerText)")
            button = page.locator(f".st-key-{button_key} button")
            if button.count() == 0:
                button = page.get_by_role("button", name="Train", exact=True)
            button.scroll_into_view_if_needed()
            since = page.evaluate("() => performance.now()")
            start_index = len(tab.runs)
            cpu_before = cpu_snapshot()
            button.click()
            alert = page.evaluate("([known, t]) => window.__fc.waitSuccess(known, t)", [known, TIMEOUT_MS])
            if alert is None:
                raise TimeoutError("no new success alert after Train")
            record = tab.wait_painted(since)
            cpu = cpu_delta(cpu_before, cpu_snapshot())
            click = page.evaluate("(since) => window.__fc.clicks.find(t => t > since)", since)
            runs = tab.finished_runs(start_index)
            run = runs[-1] if runs else None
            # The same click without a browser (a new session whose first run presses Train: a full run, as a
            # fresh session has no fragment to rerun and would wait for nothing).
            (alone, server_cpu), = replay(ws_of(target), [as_full_run(run.request)]) if run else [(None, None)]
            samples.append({"total": (alert["painted"] - click) / 1000, "idle": (record["painted"] - click) / 1000,
                            "seen": run.server if run else None, "server": alone and alone.server,
                            "server_cpu": server_cpu, "kb": run.bytes / 1000 if run else None,
                            "messages": run.messages if run else None, "cpu": cpu,
                            "gaps": gaps(alone) if alone else [], "alert": alert["text"][:100]})
        finally:
            tab.close()
    return {"url": target, "total": median([s["total"] for s in samples]),
            "idle": median([s["idle"] for s in samples]), "server": median([s["server"] for s in samples]),
            "kb": median([s["kb"] for s in samples]),
            "cpu": {k: median([s["cpu"][k] for s in samples]) for k in samples[0]["cpu"]}, "samples": samples}


def median(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


# ---- the report ----

def fmt(value, spec=".2f", empty="-") -> str:
    return empty if value is None else format(value, spec)


def print_tables(results: dict) -> None:
    base = results["baseline"]
    print(f"\nbaseline (one-slider app): slider {base['total']:.3f} s (median of all {base['count']} baseline "
          f"changes; each page's ratio uses the {results['repeats']} measured just before it); one-chart app "
          f"(one slider redrawing one st.plotly_chart): {results['chart_baseline']:.3f} s (median of the pages')")
    print(f"load average {results['load_before'][0]:.1f} before, {results['load_after'][0]:.1f} after "
          f"({os.cpu_count()} cores)")
    print("\nfresh visit: new browser context (empty HTTP cache), and its ratio to bench/one_chart_app.py's (one "
          "plotly chart) measured\njust before; cached: new tab and session, the JavaScript cached; first visit: the "
          "server's first run of that page (cold\ncaches), once")
    print("\n| page | slider s | × one-slider | × one-chart | first two s | fresh visit s | × one-chart | cached s "
          "| first visit s | train → final s |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, r in results["pages"].items():
        s, f, tr = r.get("slider"), r.get("fresh"), r.get("train")
        ratio, chart_ratio, fresh_ratio = r.get("ratio"), r.get("chart_ratio"), r.get("fresh_ratio")
        print(f"| {name} | {fmt(s and s['total'])} | {fmt(ratio, '.1f')}{'×' if ratio else ''} "
              f"| {fmt(chart_ratio, '.1f')}{'×' if chart_ratio else ''} "
              f"| {' / '.join(fmt(x) for x in s['first_two']) if s else '-'} | {fmt(f and f['total'])} "
              f"| {fmt(fresh_ratio, '.1f')}{'×' if fresh_ratio else ''} "
              f"| {fmt(f and f.get('cached'))} | {fmt(r.get('first_visit'))} | {fmt(tr and tr['total'])} |")
    for name, r in results["pages"].items():
        if "surface_floor" in r:
            print(f"\n{name}: its descent chart alone (bench/one_surface_app.py: the same figure, drawn the same way, "
                  f"nothing else on the page) answers a slider change in {r['surface_floor']:.2f} s, "
                  f"{r['surface_floor_ratio']:.1f}× the one-slider app: the page's floor")
        if "surface_fresh" in r:
            print(f"{name}: a fresh visit to its descent chart alone takes {r['surface_fresh']:.2f} s, "
                  f"{r['surface_fresh_ratio']:.1f}× the one-chart app's")

    print("\nA slider change, where the time goes (medians; seconds). presend: key press → rerun sent; server: the "
          "same reruns replayed\nwithout a browser (rerun sent → script_finished); client: total - presend - server; "
          "seen: rerun → script_finished as the\npage's main thread saw them (CDP); task/script/layout/style: Chrome "
          "main-thread seconds (Performance.getMetrics); CPU: CPU\nseconds of the Streamlit server (in the browser "
          "run), of the renderer and of the GPU process (WebGL in software); KB:\nbytes received (full: not served "
          "from the browser's message cache); deferred: charts out of sight whose new figure waits until\nthey come "
          "near the screen (ui/live_plot.py), not drawn within the change")
    print("\n| page | total | presend | server | client | seen | task | script | layout | style "
          "| CPU server | CPU renderer | CPU gpu | KB | full KB | deferred |")
    print("| --- |" + " ---: |" * 15)
    rows = [("one-slider", base)] + [(n, r.get("slider")) for n, r in results["pages"].items()]
    for name, s in rows:
        if s is None:
            continue
        m, c = s["metrics"], s["cpu"]
        print(f"| {name} | {fmt(s['total'])} | {fmt(s['presend'])} | {fmt(s['server'])} | {fmt(s['client'])} "
              f"| {fmt(s['seen'])} | {fmt(m['TaskDuration'])} | {fmt(m['ScriptDuration'])} "
              f"| {fmt(m['LayoutDuration'])} | {fmt(m['RecalcStyleDuration'])} | {fmt(c['server'])} "
              f"| {fmt(c['renderer'])} | {fmt(c['gpu'])} | {fmt(s['kb'], '.0f')} | {fmt(s['full_kb'], '.0f')} "
              f"| {s.get('deferred', 0)} |")

    print("\nFresh visits and Train, where the time goes (medians; seconds). finished: navigation start → "
          "script_finished in the page;\nserver: the same first run replayed without a browser; idle: Train → the "
          "run finished and drawn")
    print("\n| page | fresh total | finished | server | task | CPU server | CPU renderer | CPU gpu "
          "| train total | train idle | train server | train KB |")
    print("| --- |" + " ---: |" * 11)
    for name, r in results["pages"].items():
        f, tr = r.get("fresh"), r.get("train")
        if not f and not tr:
            continue
        fc = (f or {}).get("cpu", {})
        print(f"| {name} | {fmt(f and f['total'])} | {fmt(f and f['finished'])} | {fmt(f and f['server'])} "
              f"| {fmt(f and f['task'])} | {fmt(fc.get('server'))} | {fmt(fc.get('renderer'))} | {fmt(fc.get('gpu'))} "
              f"| {fmt(tr and tr['total'])} | {fmt(tr and tr['idle'])} | {fmt(tr and tr['server'])} "
              f"| {fmt(tr and tr['kb'], '.0f')} |")

    print("\nA slider change's largest messages (KB; ref = sent as a reference to a message the browser cached) "
          "and the server's\nlongest silences without a browser (s, then the element that ended it: mostly the time "
          "to compute that element):")
    for name, r in results["pages"].items():
        s = r.get("slider")
        if s or r.get("fresh"):
            print(f"  {name}")
        if s:
            parts = ", ".join(f"{size / 1000:.0f} {kind} {what}" for size, what, kind, _ in s["elements"][:5])
            print(f"    slider {s['slider']['key'] or s['slider']['label']}: {' → '.join(map(str, s['slider']['values']))}"
                  f"\n    messages: {parts}\n    silences: {s['gaps']}")
        f, tr = r.get("fresh"), r.get("train")
        if f:
            print(f"    fresh visit silences: {f['gaps']}\n    fresh visit JavaScript: {f['js_files']:.0f} files, "
                  f"{f['js_kb']:.0f} KB; largest [file, KB, ms to load, ms after navigation]: {f['largest_js']}")
        if tr:
            print(f"    train silences: {tr['samples'][-1]['gaps']}")


def main() -> None:
    global SERVER_PID
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--app-dir", type=Path, default=HERE.parent, help="checkout to measure (default: this one)")
    parser.add_argument("--pages", help="comma-separated page names (file stems; the first chapter is at /)")
    parser.add_argument("--repeats", type=int, default=5, help="slider changes per page (median)")
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--no-fresh", action="store_true", help="skip the fresh visits")
    parser.add_argument("--no-train", action="store_true", help="skip Train → final")
    args = parser.parse_args()

    app_dir = args.app_dir.resolve()
    paths, training = chapter_paths(app_dir)
    names = [Path(p).stem for p in paths]
    home = names[0]  # the default page answers at /
    if args.pages:
        wanted = [p.strip() for p in args.pages.split(",") if p.strip()]
        unknown = set(wanted) - set(names)
        if unknown:
            raise SystemExit(f"unknown pages {sorted(unknown)}; the app has {names}")
        names = [n for n in names if n in wanted]

    from playwright.sync_api import sync_playwright

    results = {"app_dir": str(app_dir), "commit": git_commit(app_dir), "repeats": args.repeats,
               "load_before": os.getloadavg(), "started": time.strftime("%Y-%m-%d %H:%M:%S"), "pages": {}}
    print(f"app {app_dir} at {results['commit']}; load average {os.getloadavg()[0]:.2f}; "
          f"{os.cpu_count()} cores", flush=True)
    with ExitStack() as stack:
        app_url, SERVER_PID = stack.enter_context(streamlit_server(app_dir / "app.py"))
        base_url, _ = stack.enter_context(streamlit_server(BASELINE_APP))
        chart_url, _ = stack.enter_context(streamlit_server(BASELINE_CHART_APP))
        surface_url = (stack.enter_context(streamlit_server(SURFACE_APP, ("--server.enableStaticServing=true",)))[0]
                       if SURFACE_PAGE in names else None)
        p = stack.enter_context(sync_playwright())
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        stack.callback(browser.close)
        results["chromium"] = browser.version
        baseline_samples, baselines = [], []
        for name in names:
            url = f"{app_url}/" if name == home else f"{app_url}/{name}"
            print(f"{name}:", end=" ", flush=True)
            r = results["pages"][name] = {"url": url}
            base = measure_slider(browser, base_url, args.repeats)  # the baseline, just before this page
            baseline_samples += base["samples"]
            baselines.append(base)
            r["baseline"] = base["total"]
            chart_base = measure_slider(browser, chart_url, args.repeats)  # one slider, one chart: Streamlit's floor
            r["chart_baseline"] = chart_base["total"]
            warm = Tab(browser, url)  # the server's first visit to this page (imports, caches)
            try:
                r["first_visit"] = warm.load(url)["painted"] / 1000
            finally:
                warm.close()
            print(f"first visit {r['first_visit']:.2f}", end=" ", flush=True)
            if name == SURFACE_PAGE and surface_url:  # its descent chart alone, just before the page
                floor = measure_slider(browser, surface_url, args.repeats)
                r["surface_floor"], r["surface_floor_ratio"] = floor["total"], floor["total"] / base["total"]
                print(f"its descent chart alone {floor['total']:.2f} ({r['surface_floor_ratio']:.1f}×)", end=" ", flush=True)
            r["slider"] = measure_slider(browser, url, args.repeats)
            if r["slider"]:
                r["ratio"] = r["slider"]["total"] / base["total"]
                r["chart_ratio"] = r["slider"]["total"] / chart_base["total"]
                print(f"slider {r['slider']['total']:.2f} ({r['ratio']:.1f}×, baseline {base['total']:.2f}; "
                      f"{r['chart_ratio']:.1f}× the one-chart app's {chart_base['total']:.2f})", end=" ", flush=True)
            if not args.no_fresh:
                r["fresh_baseline"] = measure_fresh(browser, chart_url, FRESH_VISITS)["total"]  # just before
                r["fresh"] = measure_fresh(browser, url, FRESH_VISITS)
                if name == SURFACE_PAGE and surface_url:
                    r["surface_fresh"] = measure_fresh(browser, surface_url, FRESH_VISITS)["total"]
                    r["surface_fresh_ratio"] = r["surface_fresh"] / r["fresh_baseline"]
                r["fresh"]["cached"] = measure_revisit(browser, url, FRESH_VISITS)
                r["fresh_ratio"] = r["fresh"]["total"] / r["fresh_baseline"]
                print(f"fresh {r['fresh']['total']:.2f} ({r['fresh_ratio']:.1f}×, one-chart app "
                      f"{r['fresh_baseline']:.2f}; cached {r['fresh']['cached']:.2f})", end=" ", flush=True)
            if not args.no_train and name in training:
                r["train"] = measure_train(browser, url, *training[name], TRAIN_REPEATS)
                print(f"train {r['train']['total']:.2f}", end=" ", flush=True)
            print(flush=True)
        results["chart_baseline"] = median([r["chart_baseline"] for r in results["pages"].values()])
        results["baseline"] = {**summarize(baseline_samples), "count": len(baseline_samples),
                               **{k: median([b[k] for b in baselines]) for k in ("server", "server_cpu", "client")}}
    results["load_after"] = os.getloadavg()
    print_tables(results)
    line = json.dumps(results, default=str)
    if args.json:
        args.json.write_text(line + "\n")
    print("\nJSON " + line)


if __name__ == "__main__":
    main()
