"""A browserless Streamlit client: one browser tab, spoken in Streamlit's own websocket protocol.

Used by `bench/classroom_load.py` (many tabs at once) and by the proxy and session tests. It does what
the browser does, minus drawing: fetch the page (collecting cookies, as a load balancer's sticky cookie
needs), open `ws://HOST:PORT/_stcore/stream` with the subprotocol `streamlit`, send a `rerun_script`
BackMsg carrying the page's query string, and keep every ForwardMsg's element by its delta path. A
click on a button is a `rerun_script` whose WidgetState has the button's id and `trigger_value=True`
(and the button's fragment id if it lives in an `st.fragment`, as the browser sends it).

Elements are found by content (kind, label, text), never by position: a fragment rerun redraws only its
own part of the page, and the layout may change. Like the browser, the client drops the elements a
finished run did not redraw.

    async with Tab("http://127.0.0.1:8501", "cat_classifier", "lr=0.01&pace=instant") as tab:
        await tab.open()
        await tab.click("Train")
        print(cat_outcome(tab))
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import re
import time
import urllib.parse
from dataclasses import dataclass, field

import websockets
from streamlit.proto.Alert_pb2 import Alert
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetState

REPLICA_HEADER = "x-first-contact-replica"  # added by deploy/nginx.conf: which app process answered
SUCCESS = Alert.Format.SUCCESS
DONE = {ForwardMsg.FINISHED_SUCCESSFULLY, ForwardMsg.FINISHED_FRAGMENT_RUN_SUCCESSFULLY,
        ForwardMsg.FINISHED_WITH_COMPILE_ERROR}


def served_by(replica_header: str | None) -> str | None:
    """The replica that finally answered: nginx lists every one it tried ("a:1, b:2")."""
    if not replica_header:
        return None
    return replica_header.replace(" : ", ", ").split(",")[-1].strip()


class ProtocolError(Exception):
    """The server closed the tab, answered with an error, or a wait timed out."""


def run_sync(coroutine):
    """asyncio.run in a thread of its own: works even where an event loop already runs in this thread
    (Playwright's sync API keeps one in pytest's main thread once a browser is open)."""
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


# ---- a little HTTP, enough for the page, the health check, media and uploads ----

@dataclass
class HttpResponse:
    status: int
    headers: dict[str, str]  # lower-case names; Set-Cookie values joined by "\n"
    body: bytes


async def http_request(url: str, method: str = "GET", headers: dict | None = None, body: bytes = b"",
                       timeout: float = 60.0) -> HttpResponse:
    """One HTTP/1.1 request on its own connection (Connection: close); http:// only."""
    parts = urllib.parse.urlsplit(url)
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    lines = [f"{method} {path} HTTP/1.1", f"Host: {parts.netloc}", "Connection: close",
             "Accept-Encoding: identity", f"Content-Length: {len(body)}"]
    lines += [f"{name}: {value}" for name, value in (headers or {}).items()]

    async def exchange() -> HttpResponse:
        reader, writer = await asyncio.open_connection(parts.hostname, parts.port or 80)
        try:
            writer.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body)
            await writer.drain()
            raw = await reader.read()
        finally:
            writer.close()
        head, _, payload = raw.partition(b"\r\n\r\n")
        status_line, *header_lines = head.decode("latin-1").split("\r\n")
        found: dict[str, str] = {}
        for line in header_lines:
            name, _, value = line.partition(":")
            name, value = name.strip().lower(), value.strip()
            found[name] = f"{found[name]}\n{value}" if name in found else value
        if found.get("transfer-encoding", "").lower() == "chunked":
            payload = _unchunk(payload)
        return HttpResponse(int(status_line.split()[1]), found, payload)

    return await asyncio.wait_for(exchange(), timeout)


def _unchunk(data: bytes) -> bytes:
    out, i = bytearray(), 0
    while True:
        end = data.index(b"\r\n", i)
        size = int(data[i:end].split(b";")[0], 16)
        if size == 0:
            return bytes(out)
        out += data[end + 2:end + 2 + size]
        i = end + 2 + size + 2


# ---- what the page shows ----

@dataclass
class Shown:
    """One element on the page: where (delta path), what (its proto), from which message (seq)."""

    path: tuple[int, ...]
    kind: str  # the Element oneof: "button", "alert", "metric", "markdown", "slider", "imgs", ...
    proto: object  # the element's own message (Button, Alert, ...)
    fragment_id: str
    seq: int
    at: float  # time.perf_counter() when it arrived

    @property
    def text(self) -> str:
        """The readable text of the element (label, body, value), for matching."""
        p = self.proto
        for name in ("body", "label"):
            value = getattr(p, name, None)
            if isinstance(value, str) and value:
                return value
        return ""


@dataclass
class Tab:
    """One browser tab without the browser. Use as `async with Tab(...) as tab:`."""

    base_url: str  # http://host:port (a Streamlit server or a proxy in front of several)
    page: str = ""  # url path name of the page: "cat_classifier"; "" for the default page
    query: str = ""  # the query string without "?": "lr=0.01&pace=instant"
    fetch_media: bool = True  # fetch every /media/ image once, as a browser does
    cookies: dict[str, str] = field(default_factory=dict)  # a browser's cookie jar for this site
    timeout: float = 120.0

    def __post_init__(self):
        self.base_url = self.base_url.rstrip("/")
        self.replica: str | None = None  # the replica that answered the websocket handshake (behind nginx)
        self.first_page_replica: str | None = None  # ... the first page (before any sticky cookie)
        self.replicas_seen: set[str] = set()  # ... every response
        self.page_script_hash = ""
        self.elements: dict[tuple[int, ...], Shown] = {}
        self.blocks: set[tuple[int, ...]] = set()
        self.exceptions: list[str] = []  # st.exception / error tracebacks the server drew
        self.toasts: list[str] = []
        self.finished: list[tuple[int, int, float]] = []  # (seq, status, time) of each script_finished
        self.bytes_received = 0
        self.largest_message = 0  # bytes of the largest ForwardMsg received
        self.media_fetched: set[str] = set()
        self.media_bytes = 0
        self.session_id = ""
        self._seq = 0
        self._run_start_seq = 0
        self._run_fragments: set[str] = set()
        self._ws = None
        self._reader: asyncio.Task | None = None
        self._changed = asyncio.Condition()
        self._closed: str | None = None
        self._media_tasks: list[asyncio.Task] = []

    # ---- connection ----

    async def __aenter__(self) -> "Tab":
        return self

    async def __aexit__(self, *exc) -> None:
        await self.close()

    def _cookie_header(self) -> dict[str, str]:
        return {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())} if self.cookies else {}

    def _keep(self, response: HttpResponse) -> HttpResponse:
        for line in response.headers.get("set-cookie", "").split("\n"):
            name, _, rest = line.partition("=")
            if name.strip() and rest:
                self.cookies[name.strip()] = rest.split(";")[0].strip()
        if served_by(response.headers.get(REPLICA_HEADER)):
            self.replicas_seen.add(served_by(response.headers.get(REPLICA_HEADER)))
        return response

    async def get(self, path: str, **kwargs) -> HttpResponse:
        """An HTTP request to this site with this tab's cookies (kept up to date)."""
        headers = {**self._cookie_header(), **kwargs.pop("headers", {})}
        return self._keep(await http_request(self.base_url + path, headers=headers, **kwargs))

    async def connect(self) -> None:
        """Load the page's HTML (cookies), check health, then open the websocket (no script run yet)."""
        page = await self.get(f"/{self.page}" + (f"?{self.query}" if self.query else ""), timeout=self.timeout)
        if page.status != 200:
            raise ProtocolError(f"GET /{self.page}: HTTP {page.status}")
        self.first_page_replica = self.first_page_replica or served_by(page.headers.get(REPLICA_HEADER))
        await self.get("/_stcore/health", timeout=self.timeout)
        ws_url = "ws" + self.base_url[len("http"):] + "/_stcore/stream"
        try:
            self._ws = await websockets.connect(
                ws_url, subprotocols=["streamlit"], additional_headers={**self._cookie_header(),
                                                                        "Origin": self.base_url},
                max_size=None, open_timeout=self.timeout, compression=None, ping_interval=None)
        except Exception as error:  # refused, proxy error page, handshake timeout
            raise ProtocolError(f"websocket {ws_url}: {error!r}") from error
        self.replica = served_by(self._ws.response.headers.get(REPLICA_HEADER))
        if self.replica:
            self.replicas_seen.add(self.replica)
        self._reader = asyncio.create_task(self._read())

    async def open(self) -> float:
        """Connect, run the page once and wait until it finished; seconds taken (media included)."""
        start = time.perf_counter()
        if self._ws is None:
            await self.connect()
        await self.rerun()
        await self.settle()
        return time.perf_counter() - start

    async def settle(self) -> None:
        """Wait for the media (images) the page asked for so far."""
        while self._media_tasks:
            tasks, self._media_tasks = self._media_tasks, []
            await asyncio.gather(*tasks)

    async def close(self) -> None:
        """Close the tab (the websocket), as a browser does when the tab is closed."""
        for task in self._media_tasks:
            task.cancel()
        if self._ws is not None:
            await self._ws.close()
        if self._reader is not None:
            try:
                await asyncio.wait_for(self._reader, 5)
            except (asyncio.TimeoutError, asyncio.CancelledError):
                self._reader.cancel()
        self._ws = None

    # ---- messages ----

    async def _read(self) -> None:
        try:
            async for data in self._ws:
                self.bytes_received += len(data)
                self.largest_message = max(self.largest_message, len(data))
                message = ForwardMsg()
                message.ParseFromString(data)
                self._handle(message)
                async with self._changed:
                    self._changed.notify_all()
        except websockets.ConnectionClosed as closed:
            self._closed = f"websocket closed: {closed!r}"
        except Exception as error:  # a message we could not read: report it, do not hang
            self._closed = f"client error: {error!r}"
        else:
            self._closed = "websocket closed"
        async with self._changed:
            self._changed.notify_all()

    def _handle(self, message: ForwardMsg) -> None:
        self._seq += 1
        kind = message.WhichOneof("type")
        now = time.perf_counter()
        if kind == "new_session":  # sent when every script run (full or fragment) starts
            self._run_start_seq = self._seq
            self.page_script_hash = message.new_session.page_script_hash or self.page_script_hash
            self.session_id = self.session_id or message.new_session.initialize.session_id
        elif kind == "navigation" and message.navigation.page_script_hash:
            self.page_script_hash = message.navigation.page_script_hash
        elif kind == "page_info_changed":
            self.query = message.page_info_changed.query_string  # the address bar follows bound widgets
        elif kind == "delta":
            self._delta(message, now)
        elif kind == "script_finished":
            status = message.script_finished
            if status == ForwardMsg.FINISHED_SUCCESSFULLY:  # the browser drops what this run did not draw
                self._drop(lambda shown: shown.seq < self._run_start_seq)
            elif status == ForwardMsg.FINISHED_FRAGMENT_RUN_SUCCESSFULLY:
                fragments = self._run_fragments
                self._drop(lambda shown: shown.seq < self._run_start_seq and shown.fragment_id in fragments)
            self._run_fragments = set()
            self.finished.append((self._seq, status, now))

    def _drop(self, stale) -> None:
        for path in [path for path, shown in self.elements.items() if stale(shown)]:
            del self.elements[path]

    def _delta(self, message: ForwardMsg, now: float) -> None:
        delta = message.delta
        path = tuple(message.metadata.delta_path)
        which = delta.WhichOneof("type")
        if delta.fragment_id:
            self._run_fragments.add(delta.fragment_id)
        if which in ("new_element", "add_block"):
            # Whatever was drawn at or under this path is replaced.
            for old in [p for p in self.elements if p[:len(path)] == path]:
                del self.elements[old]
        if which == "add_block":
            self.blocks.add(path)
            return
        if which == "new_transient":
            for element in delta.new_transient.elements:
                if element.WhichOneof("type") == "toast":
                    self.toasts.append(element.toast.body)
            return
        if which != "new_element":
            return
        element = delta.new_element
        element_kind = element.WhichOneof("type")
        if element_kind is None:
            return
        proto = getattr(element, element_kind)
        self.elements[path] = Shown(path, element_kind, proto, delta.fragment_id, self._seq, now)
        if element_kind == "exception":
            self.exceptions.append(f"{proto.type}: {proto.message}")
        if element_kind == "imgs" and self.fetch_media:
            for image in proto.imgs:
                if image.url.startswith("/media/") and image.url not in self.media_fetched:
                    self.media_fetched.add(image.url)
                    self._media_tasks.append(asyncio.create_task(self._fetch_media(image.url)))

    async def _fetch_media(self, url: str) -> None:
        response = await self.get(url, timeout=self.timeout)
        if response.status != 200:
            self.exceptions.append(f"GET {url}: HTTP {response.status}")
        self.media_bytes += len(response.body)

    async def wait_for(self, predicate, timeout: float | None = None, what: str = "a condition"):
        """Wait until predicate() is truthy (checked after every message); return its value."""
        deadline = time.perf_counter() + (timeout or self.timeout)
        async with self._changed:
            while True:
                value = predicate()
                if value:
                    return value
                if self._closed:
                    raise ProtocolError(f"{self._closed} while waiting for {what}")
                left = deadline - time.perf_counter()
                if left <= 0:
                    raise ProtocolError(f"timed out waiting for {what}")
                try:
                    await asyncio.wait_for(self._changed.wait(), left)
                except asyncio.TimeoutError:
                    pass

    async def wait_finished(self, after_seq: int, timeout: float | None = None) -> int:
        """Wait for a script run that ended after message `after_seq`; its status."""
        def done():
            for seq, status, _ in self.finished:
                if seq > after_seq and status in DONE:
                    return status + 1  # truthy even for FINISHED_SUCCESSFULLY (0)
            return None

        status = await self.wait_for(done, timeout, "the script run to finish") - 1
        if status == ForwardMsg.FINISHED_WITH_COMPILE_ERROR:
            raise ProtocolError("the page failed to compile")
        return status

    @property
    def seq(self) -> int:
        """Number of messages received so far (a position to wait from)."""
        return self._seq

    # ---- actions ----

    async def send_rerun(self, widgets: list[WidgetState] = (), fragment_id: str = "") -> int:
        """Send a rerun_script as the browser does; returns the message count it was sent at."""
        message = BackMsg()
        state = message.rerun_script
        state.query_string = self.query
        state.page_name = self.page
        if self.page_script_hash:
            state.page_script_hash = self.page_script_hash
        state.widget_states.widgets.extend(widgets)
        if fragment_id:
            state.fragment_id = fragment_id
        sent_at = self._seq
        if self._closed or self._ws is None:
            raise ProtocolError(self._closed or "not connected")
        await self._ws.send(message.SerializeToString())
        return sent_at

    async def rerun(self, widgets: list[WidgetState] = (), fragment_id: str = "",
                    timeout: float | None = None) -> int:
        """Rerun and wait for it to finish; the message count it was sent at."""
        sent_at = await self.send_rerun(widgets, fragment_id)
        await self.wait_finished(sent_at, timeout)
        return sent_at

    async def click(self, label: str, wait: bool = True, timeout: float | None = None) -> int:
        """Press the button labelled `label` (waiting for it to be drawn: a fragment may draw it after the
        rest of the page); the message count at the click (to look for what followed)."""
        try:
            await self.wait_for(lambda: self.find("button", label), timeout, what=f"the button {label!r}")
        except ProtocolError:
            pass  # `button` says which buttons there are
        button = self.button(label)
        trigger = WidgetState(id=button.proto.id, trigger_value=True)
        if wait:
            return await self.rerun([trigger], button.fragment_id, timeout)
        return await self.send_rerun([trigger], button.fragment_id)

    # ---- reading the page ----

    def find(self, kind: str | None = None, text: str | re.Pattern | None = None, after_seq: int = 0) -> list[Shown]:
        """Elements of this kind whose text equals `text` (or matches the pattern), oldest first."""
        found = []
        for shown in self.elements.values():
            if kind and shown.kind != kind or shown.seq <= after_seq:
                continue
            if isinstance(text, re.Pattern) and not text.search(shown.text):
                continue
            if isinstance(text, str) and shown.text != text:
                continue
            found.append(shown)
        return sorted(found, key=lambda shown: shown.seq)

    def button(self, label: str) -> Shown:
        buttons = self.find("button", label)
        if not buttons:
            shown = sorted({s.text for s in self.find("button")})
            raise ProtocolError(f"no button {label!r} on the page (buttons: {shown})")
        return buttons[-1]

    def alerts(self, format: int | None = None, after_seq: int = 0) -> list[Shown]:
        return [a for a in self.find("alert", after_seq=after_seq) if format is None or a.proto.format == format]

    def metrics(self, after_seq: int = 0) -> dict[str, str]:
        """label -> value of every metric on the page (the latest drawn wins)."""
        return {m.proto.label: m.proto.body for m in self.find("metric", after_seq=after_seq)}

    def widget(self, label: str) -> Shown:
        for shown in reversed(self.find()):
            if getattr(shown.proto, "label", None) == label and getattr(shown.proto, "id", ""):
                return shown
        raise ProtocolError(f"no widget {label!r} on the page")

    def widget_for_param(self, key: str) -> Shown:
        """The widget for URL parameter `key` (the app's widget keys are their URL keys, and a keyed
        widget's id ends in "-<key>"): language-independent."""
        for shown in reversed(self.find()):
            if getattr(shown.proto, "query_param_key", None) == key or str(getattr(shown.proto, "id", "")).endswith(f"-{key}"):
                return shown
        raise ProtocolError(f"no widget bound to the URL parameter {key!r}")

    def widget_value(self, label: str):
        """The value the server set or declared for a widget: a slider's number(s), a select slider's
        option text, a checkbox's bool (best effort: what the element says, not what a user dragged)."""
        proto = self.widget(label).proto

        def plain(value):
            if value is None or isinstance(value, (bool, str, int, float)):
                return value
            value = list(value)
            return value[0] if len(value) == 1 else value

        options = list(getattr(proto, "options", ()))
        if options and len(getattr(proto, "raw_value", ())):
            return plain(proto.raw_value)
        if getattr(proto, "set_value", False) and hasattr(proto, "value"):
            return plain(proto.value)
        default = plain(getattr(proto, "default", None))
        if options and isinstance(default, (int, float)):
            return options[int(default)]
        return default

    def texts(self) -> list[str]:
        return [shown.text for shown in self.find() if shown.text]


# ---- the cat page's outcome, in any language ----

PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s*%")


@dataclass
class CatOutcome:
    train_accuracy: float
    test_accuracy: float
    text: str
    at: float  # perf_counter() when the message carrying it arrived


def cat_outcome(tab: Tab, after_seq: int = 0) -> CatOutcome | None:
    """The finished run's accuracies: the success alert (st.success, kind "success") carrying two
    percentages, drawn after message `after_seq`. Matched by structure, not wording, so it reads the
    page in any language. Falls back to None while the run is still going."""
    for alert in reversed(tab.alerts(SUCCESS, after_seq)):
        numbers = PERCENT.findall(alert.proto.body)
        if len(numbers) >= 2:
            return CatOutcome(float(numbers[-2]), float(numbers[-1]), alert.proto.body, alert.at)
    return None


def shows_number(text: str, number_text: str) -> bool:
    """Whether `number_text` (e.g. "0.01") appears in `text` as a whole number, not inside another."""
    return re.search(rf"(?<![\d.]){re.escape(number_text)}(?![\d])", text) is not None
