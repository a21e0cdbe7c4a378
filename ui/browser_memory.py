"""What this browser remembers across tabs and reloads: a few cookies of the app's own (a student's seat in
a class, a teacher's key), so that a new tab or a reload finds them again without showing them anywhere.

Streamlit reads the cookies of the request that opened a session (`st.context.cookies`) and cannot set one,
so a cookie is written by a short script on the page (`st.html(..., unsafe_allow_javascript=True)`, inside a
container hidden by ui/styles.py), and this session keeps what it wrote or forgot, since the cookies it
opened with do not change. Only values this app made (class codes, student ids, teacher keys: URL-safe
letters) are written, and they are written as JSON strings, so nothing a user typed reaches the script.

A cookie is never shown: not in the address bar, not on the page, not on a projector. It is `SameSite=Strict`
(never sent by another site's page) and `Secure` over HTTPS.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from urllib.parse import quote, unquote

import streamlit as st

PREFIX = "fc_"
WRITTEN_KEY = "browser_memory.written"  # {name: (value, seconds) or None (forgotten)}, this session's writes
AGAIN_KEY = "browser_memory.again"  # {name: how many more full runs write it again}
WRITE_AGAIN_RUNS = 3  # a script the browser missed (a rerun replaced the page at once) is written again this often
SHOWN_KEY = "browser_memory.shown"  # how many script containers this session has drawn (each its own key)
HIDDEN_KEY = "browser_memory"  # the container's key prefix; ui/styles.py hides every .st-key-browser_memory*


def _opened_with() -> Mapping[str, str]:
    """The cookies of the request that opened this session (none under AppTest, which has no browser)."""
    try:
        return st.context.cookies.to_dict()
    except Exception:  # noqa: BLE001 - no session client (a background thread): nothing remembered
        return {}


def _written() -> dict:
    return st.session_state.setdefault(WRITTEN_KEY, {})


def remembered_all(prefix: str) -> dict[str, str]:
    """Every remembered cookie whose name starts with `prefix` (after PREFIX), by the rest of its name."""
    full = PREFIX + prefix
    found = {name: unquote(value) for name, value in _opened_with().items() if name.startswith(full)}
    for name, entry in _written().items():
        if name.startswith(full):
            if entry is None:
                found.pop(name, None)
            else:
                found[name] = entry[0]
    return {name[len(full):]: value for name, value in found.items() if value}


def remembered(name: str) -> str | None:
    return remembered_all(name).get("")


def remember(name: str, value: str, seconds: int) -> None:
    """Keep `value` in this browser for `seconds`, under PREFIX + name (written at once, and again in the next
    few full runs, in case a rerun replaced the page before the script ran)."""
    if remembered(name) == value:
        return
    _written()[PREFIX + name] = (value, int(seconds))
    st.session_state.setdefault(AGAIN_KEY, {})[PREFIX + name] = WRITE_AGAIN_RUNS
    _write({PREFIX + name: (value, int(seconds))})


def forget(name: str) -> None:
    if PREFIX + name not in _opened_with() and PREFIX + name not in _written():
        return
    _written()[PREFIX + name] = None
    st.session_state.setdefault(AGAIN_KEY, {})[PREFIX + name] = WRITE_AGAIN_RUNS
    _write({PREFIX + name: None})


def write_again() -> None:
    """At the top of each full run (app.py): write again what this session wrote in its last few full runs, in
    case a rerun replaced the page before the browser ran the script. Then no more: a value (a teacher key)
    does not stay in the page longer than it must."""
    again = st.session_state.get(AGAIN_KEY)
    if not again:
        return
    due = {name: _written().get(name) for name, runs in again.items() if runs > 0}
    st.session_state[AGAIN_KEY] = {name: runs - 1 for name, runs in again.items() if runs > 1}
    if due:
        _write(due)


def _write(entries: Mapping[str, tuple[str, int] | None]) -> None:
    lines = []
    for name, entry in entries.items():
        value, seconds = ("", 0) if entry is None else entry
        cookie = f"{name}={quote(value, safe='')}; Max-Age={seconds}; Path=/; SameSite=Strict"
        lines.append(f"document.cookie = {json.dumps(cookie)} + secure;")
    script = "\n".join(lines).replace("<", "\\u003c")
    shown = st.session_state.get(SHOWN_KEY, 0)
    st.session_state[SHOWN_KEY] = shown + 1
    with st.container(key=f"{HIDDEN_KEY}_{shown}"):
        st.html(f"<script>(() => {{ const secure = location.protocol === 'https:' ? '; Secure' : '';\n"
                f"{script}\n}})();</script>", unsafe_allow_javascript=True)
