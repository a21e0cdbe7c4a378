"""The lesson bell: each server process tells its own following students' pages that the teacher has moved
on, instead of every page asking every few seconds.

A page that polls the board in an `st.fragment(run_every=3)` costs its server a fragment run at every beat:
3.8 ms of CPU in Streamlit 1.67 even for an empty fragment (40 pages: 5 % of a core, measured with
bench/lesson_follow.py's client on an app that does nothing else), for a step that changes a few times a
lesson. So one thread per process reads, once a second, the current step of the classes its pages follow
(one query per class, core/board.py's `current_step`, on the shared database, so replicas behind nginx each
hear the teacher) and, when a class has moved on, asks just those pages' sessions to rerun their banner
fragment: what `run_every` does, sent only when there is something to show. The banner keeps a slow beat
(`SAFETY_SECONDS`) in case the bell cannot ring.

Ringing uses Streamlit internals (the runtime's sessions and its event loop, the way Streamlit itself reruns
a session when a source file changes). `listen` says whether this process can ring: without a runtime (in
AppTest) or without those internals, it returns False and the banner polls at its old beat.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass

from core.board import Board, LessonStep
from ui.server_runtime import real_server

try:  # Streamlit's internals the bell rings through; without them the banner polls at its old beat
    from streamlit.proto.ClientState_pb2 import ClientState
    from streamlit.runtime import Runtime
    from streamlit.runtime.scriptrunner import get_script_run_ctx
    from streamlit.runtime.scriptrunner_utils.script_run_context import ThreadState
except ImportError:  # pragma: no cover - another Streamlit
    Runtime = None

BELL_SECONDS = 1.0  # how often a process reads the steps of the classes its pages follow
SAFETY_SECONDS = 60  # the banner's own beat while the bell rings for it (a bell that cannot ring is caught by it)
RING_AGAIN_SECONDS = 2.0  # a page rung and not yet rerun is not rung again before this
MOST_RINGS = 3  # rung this often without its banner running again: the page is gone, forget it
TRIGGERS = {"trigger_value", "string_trigger_value", "json_trigger_value", "chat_input_value"}  # a click's one-off values

_LOGGER = logging.getLogger(__name__)


def ring_request(last, fragment_id: str):
    """The rerun a ring asks of a session: its page's last request (query string, page, widget values) for
    the banner fragment alone, as its own beat would, without that request's clicks: a ring must never press
    "Lock in my answer" (or Train) a second time."""
    state = ClientState()
    state.CopyFrom(last)
    state.fragment_id = fragment_id
    state.is_auto_rerun = True
    kept = [widget for widget in state.widget_states.widgets if widget.WhichOneof("value") not in TRIGGERS]
    del state.widget_states.widgets[:]
    state.widget_states.widgets.extend(kept)
    return state


def shown(step: LessonStep) -> tuple:
    """What a banner shows of a step: a page whose banner shows less than the class's step is rung."""
    return (step.step, step.chapter, step.check, step.revealed, step.closed)


@dataclass
class _Page:
    url: str  # the board's database
    code: str  # the class
    fragment_id: str  # the banner's fragment on this page
    shown: tuple  # shown(step) of the step its banner drew last
    again: bool  # the banner asked to run once more soon (its page is moving to the teacher's chapter)
    rung_at: float = 0.0
    rings: int = 0


class LessonBell:
    """The process's bell (one thread, started by the first page that listens)."""

    def __init__(self):
        self._lock = threading.Lock()
        self._pages: dict[str, _Page] = {}  # session id -> its page
        self._latest: dict[tuple[str, str], LessonStep] = {}  # (url, code) -> the step read last
        self._boards: dict[str, Board] = {}  # its own (a cached Streamlit resource is for script threads)
        self._thread: threading.Thread | None = None

    # ---- from the banner (a script thread) ----

    @staticmethod
    def can_ring() -> bool:
        """Whether this process can ring a page: a running Streamlit server with the internals the bell uses."""
        try:
            return (real_server() and get_script_run_ctx() is not None
                    and Runtime.instance()._get_async_objs().eventloop is not None)  # noqa: SLF001
        except Exception:  # noqa: BLE001 - a runtime without an event loop yet, or another Streamlit
            return False

    def listen(self, url: str, code: str, step: LessonStep, again: bool = False) -> bool:
        """Ring this session's banner fragment (the one running now) when class `code` moves past `step`,
        or within a second or two if `again`. False: this process cannot ring (the banner polls as before)."""
        if not self.can_ring():
            return False
        ctx, fragment_id = get_script_run_ctx(), ThreadState.get().fragment_id
        if not fragment_id:
            return False
        with self._lock:
            self._pages[ctx.session_id] = _Page(url, code, fragment_id, shown(step), again)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="lesson-bell", daemon=True)
                self._thread.start()
        return True

    def forget(self) -> None:
        """This session follows no class any more."""
        ctx = get_script_run_ctx() if Runtime is not None else None
        if ctx is not None:
            with self._lock:
                self._pages.pop(ctx.session_id, None)

    def latest(self, url: str, code: str) -> LessonStep | None:
        """The step the bell read last for this class (fresher than the banner's cached read when it rang)."""
        return self._latest.get((url, code))

    # ---- the bell's thread ----

    def _run(self) -> None:
        while True:
            time.sleep(BELL_SECONDS)
            if not real_server():
                continue  # a server shutting down (or AppTest's stand-in runtime)
            try:
                self.ring_once()
            except Exception as error:  # noqa: BLE001 - a bad moment (database away) must not stop the bell
                # No traceback: Python 3.11 formats one with ast.parse, whose depth counter is shared by all
                # threads, so formatting it here can break a script thread compiling a page at that moment.
                _LOGGER.warning("the lesson bell could not ring: %r", error)

    def _read(self, url: str, code: str) -> LessonStep | None:
        board = self._boards.get(url) or self._boards.setdefault(url, Board(url))
        try:
            return board.current_step(code)
        except Exception:  # noqa: BLE001 - a class gone or a database away: the banner's own beat says so
            return None

    def ring_once(self) -> int:
        """Read each followed class's step once; ring every page that shows less. How many were rung."""
        runtime = Runtime.instance()
        loop = runtime._get_async_objs().eventloop  # noqa: SLF001
        sessions = runtime._session_mgr  # noqa: SLF001
        with self._lock:
            pages = dict(self._pages)
        for url, code in {(page.url, page.code) for page in pages.values()}:
            step = self._read(url, code)
            if step is not None:
                self._latest[(url, code)] = step

        def ring(session, fragment_id: str) -> None:  # on the event loop, as a browser's rerun request is
            session.request_rerun(ring_request(session._client_state, fragment_id))  # noqa: SLF001

        now, rung = time.monotonic(), 0
        for session_id, page in pages.items():
            active = sessions.get_active_session_info(session_id)
            step = self._latest.get((page.url, page.code))
            if active is None or page.rings >= MOST_RINGS:
                if active is None and sessions.get_session_info(session_id) is not None:
                    continue  # disconnected for a moment: kept until it comes back or expires
                with self._lock:
                    if self._pages.get(session_id) is page:
                        del self._pages[session_id]
                continue
            if step is None or not (page.again or shown(step) != page.shown):
                continue
            if now - page.rung_at < RING_AGAIN_SECONDS:
                continue
            page.rung_at, page.rings = now, page.rings + 1
            loop.call_soon_threadsafe(ring, active.session, page.fragment_id)
            rung += 1
        return rung


BELL = LessonBell()
