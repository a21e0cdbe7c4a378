"""Whether this script runs on a real Streamlit server, with browsers attached.

AppTest runs pages on a stand-in runtime (a MagicMock with Runtime's spec, which passes isinstance but has
none of the runtime's internals, and no browser runs the page's JavaScript): what needs a real server asks
here and falls back otherwise.
"""

from __future__ import annotations

try:
    from streamlit.runtime import Runtime
except ImportError:  # pragma: no cover - another Streamlit
    Runtime = None


def real_server() -> bool:
    """A running Streamlit server's runtime: not none, and not AppTest's stand-in."""
    return Runtime is not None and Runtime.exists() and type(Runtime.instance()) is Runtime
