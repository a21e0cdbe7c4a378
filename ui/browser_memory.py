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
    """Keep `value` in this browser for `seconds`, under PREFIX + name (written at once, and again on every
    full run while this session lives, in case a rerun replaced the page before the script ran)."""
    if remembered(name) == value:
        return
    _written()[PREFIX + name] = (value, int(seconds))
    _write({PREFIX + name: (value, int(seconds))})


def forget(name: str) -> None:
    if PREFIX + name not in _opened_with() and PREFIX + name not in _written():
        return
    _written()[PREFIX + name] = None
    _write({PREFIX + name: None})


def write_again() -> None:
    """Once per full run (app.py): write this session's cookies again (a script the browser missed)."""
    if _written():
        _write(_written())


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
