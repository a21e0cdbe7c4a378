"""A picture a chart shows, served as a file the browser keeps: inside the figure it would travel again with
every figure (a descent's surface, 40 KB, at every learning rate, to every student).

Files are named by their content in static/pictures/ (Streamlit's static serving, as plotly.js): replicas
write the same name for the same picture, and a picture never changes under its name.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile

from ui.live_plot import serve_plotly_js
from ui.plotly_bundle import STATIC_DIR

FOLDER = "pictures"
_LOGGER = logging.getLogger(__name__)


def picture_url(image: bytes, suffix: str) -> str | None:
    """The address of `image` (its file type's `suffix`, ".webp") relative to the page, written to static/ the
    first time; None where static/ is not served or not writable (the figure then carries the picture)."""
    if not serve_plotly_js():
        return None
    name = hashlib.sha256(image).hexdigest()[:24] + suffix
    target = STATIC_DIR / FOLDER / name
    try:
        if not target.is_file():
            target.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=target.parent, delete=False, suffix=".part") as part:
                part.write(image)
            os.chmod(part.name, 0o644)
            os.replace(part.name, target)
    except OSError as error:
        _LOGGER.warning("a picture cannot be written to %s (%r): the figure carries it", target.parent, error)
        return None
    return f"./app/static/{FOLDER}/{name}"
