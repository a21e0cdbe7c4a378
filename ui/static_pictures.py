"""A picture a chart shows, served as a file the browser keeps: inside the figure it would travel again with
every figure (a descent's surface, 40 KB, at every learning rate, to every student).

Files are named by their content in static/pictures/ (Streamlit's static serving, as plotly.js): replicas
write the same name for the same picture, and a picture never changes under its name. The folder keeps the
KEPT most recently used (a data surface's noise and seed make thousands of pictures possible): a page asks
for its picture's address at every run, which marks it used, or writes it again if it was removed.
"""

from __future__ import annotations

import hashlib
import logging
import os
import time

from ui.live_plot import serve_plotly_js
from ui.plotly_bundle import STATIC_DIR, write_atomically

FOLDER = "pictures"
KEPT = 256  # far more than a lesson uses: a class on one surface shares one picture
MARK_EVERY = 60.0  # seconds: a picture in use is marked at most this often (not a disk write per rerun)
_LOGGER = logging.getLogger(__name__)


def picture_url(image: bytes, suffix: str) -> str | None:
    """The address of `image` (its file type's `suffix`, ".webp") relative to the page, written to static/ the
    first time and marked used after; None where static/ is not served or not writable (the figure then carries
    the picture)."""
    if not serve_plotly_js():
        return None
    name = hashlib.sha256(image).hexdigest()[:24] + suffix
    target = STATIC_DIR / FOLDER / name
    try:
        if target.is_file():
            if time.time() - target.stat().st_mtime > MARK_EVERY:
                os.utime(target)
        else:
            write_atomically(target, image)
            _forget_old(target.parent)
    except OSError as error:
        _LOGGER.warning("a picture cannot be written to %s (%r): the figure carries it", target.parent, error)
        return None
    return f"./app/static/{FOLDER}/{name}"


def _forget_old(folder) -> None:
    """All but the KEPT most recently used pictures removed (another replica may be removing them too)."""
    for path in sorted(folder.glob("*.webp"), key=_last_used)[:-KEPT]:
        path.unlink(missing_ok=True)


def _last_used(path) -> float:
    try:
        return path.stat().st_mtime
    except FileNotFoundError:  # removed meanwhile
        return 0.0
