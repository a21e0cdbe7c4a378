"""Which plotly.js a chart loads, and serving it: plotly's cartesian partial bundle for a figure drawn in
2D, the full bundle for the rest (the descent's surface when the learner turns it in 3D).

A chart page's first visit spends about a second running plotly.js after the page is drawn: the full
bundle is 4.6 MB and runs in 1.05-1.17 s in Chromium here, the cartesian one is 1.5 MB and runs in
0.42-0.44 s (measured in a blank page; the README's fresh-visit figures). The plotly package ships only
the full one, so the cartesian bundle of the same plotly.js version is fetched once from the npm registry
(pinned: version, size, SHA-256), in the background when the first chart is drawn, and kept in static/
beside the full one. Until it is there, or where it cannot be fetched (no network), or when the plotly
package carries another plotly.js than the pinned one, every chart loads the full bundle, as before.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import tarfile
import tempfile
import threading
import time
from pathlib import Path

import plotly

from core.datasets import DatasetError, PinnedFile, download_file

FULL = "plotly.min.js"
CARTESIAN = "plotly-cartesian.min.js"
STATIC_DIR = Path(__file__).resolve().parent.parent / "static"  # served at app/static/ (server.enableStaticServing)
PLOTLY_JS = Path(plotly.__file__).parent / "package_data" / FULL  # the full bundle, as the plotly package ships it
# The trace types the cartesian bundle holds (its README, plotly.js 4.1.1).
CARTESIAN_TRACES = frozenset({"bar", "box", "contour", "heatmap", "histogram", "histogram2d", "histogram2dcontour",
                              "image", "pie", "scatter", "scatterternary", "violin"})

# npm's package of the bundle, for the plotly.js version the plotly package ships (plotly 7.1.0: 4.1.1).
CARTESIAN_VERSION = "4.1.1"
CARTESIAN_PACKAGE = PinnedFile(f"plotly.js-cartesian-dist-min-{CARTESIAN_VERSION}.tgz",
                               "c5f9a84666b97e571a04de689e09319869e60900e265c89eac2f71d0b5a0de88", 501252, split="")
CARTESIAN_SHA256 = "79542150855a52c567260e3137095dbe2b744e6d702a5cabe67da246942fba7a"  # the file inside
REGISTRY = ("https://registry.npmjs.org/plotly.js-cartesian-dist-min/-/{name}",)
_VERSION = re.compile(rb"\* plotly\.js(?: \([^)]*\))? v(\d+\.\d+\.\d+)")

_LOGGER = logging.getLogger(__name__)
_ready = False  # the cartesian bundle is in static/ and may be asked for
# After this process's own fetch failed: the folder to look in again, at most once a LOOK_AGAIN seconds, for a
# bundle put there since (another replica's fetch, `python -m ui.plotly_bundle`), and when to look next.
LOOK_AGAIN = 60.0
_missing_in: Path | None = None
_next_look = 0.0
# The pages (of one session: what a page draws is the learner's choice) that drew a figure only the full bundle
# draws: every chart there asks for the full one too, so a visit loads one bundle, not both (the browser mounts
# a page's charts in no fixed order).
_full_pages: set[str] = set()


def needed_by(figure: dict) -> str:
    """The bundle that can draw `figure` (a figure's dict: data, layout, frames)."""
    traces = [*figure.get("data", ()), *(trace for frame in figure.get("frames", ()) for trace in frame.get("data", ()))]
    return CARTESIAN if all(trace.get("type", "scatter") in CARTESIAN_TRACES for trace in traces) else FULL


def bundle_for(figure: dict, page: str = "") -> str:
    """The bundle a chart of `figure` on `page` loads: the cartesian one when it is here and can draw every
    figure the page has drawn so far (in this process)."""
    if needed_by(figure) == FULL:
        _full_pages.add(page)
        return FULL
    if not _ready and _missing_in is not None:
        _look_again()
    return CARTESIAN if _ready and page not in _full_pages else FULL


def _look_again() -> None:
    global _ready, _next_look
    now = time.monotonic()
    if now < _next_look:
        return
    _next_look = now + LOOK_AGAIN
    if is_pinned_cartesian(_missing_in / CARTESIAN):
        _ready = True


def plotly_js_version(path: Path) -> str | None:
    """The plotly.js version a bundle says in its header."""
    with open(path, "rb") as handle:
        found = _VERSION.search(handle.read(400))
    return found.group(1).decode() if found else None


def is_pinned_cartesian(path: Path) -> bool:
    return path.is_file() and hashlib.sha256(path.read_bytes()).hexdigest() == CARTESIAN_SHA256


def prepare(static_dir: Path) -> None:
    """Once per process, with the full bundle in `static_dir`: the cartesian bundle is ready if it is there
    (and whole), else fetched in the background, unless the full bundle is another plotly.js version."""
    global _ready
    full_version = plotly_js_version(static_dir / FULL)
    if full_version != CARTESIAN_VERSION:
        _LOGGER.info("plotly.js %s is not the pinned cartesian bundle's %s: every chart loads the full bundle",
                     full_version, CARTESIAN_VERSION)
        return
    if is_pinned_cartesian(static_dir / CARTESIAN):
        _ready = True
        return
    threading.Thread(target=_fetch_quietly, args=(static_dir,), name="plotly-cartesian", daemon=True).start()


def write_atomically(target: Path, data: bytes) -> None:
    """`data` as the file `target`, whole or not at all (replicas may write the same file at once, and a page may
    ask for it meanwhile): written beside it, made readable like the rest of static/ (a temporary file is its
    owner's alone), then moved into place."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=target.parent, delete=False, suffix=".part") as part:
        part.write(data)
    try:
        os.chmod(part.name, 0o644)
        os.replace(part.name, target)
    except OSError:
        Path(part.name).unlink(missing_ok=True)
        raise


def fetch_cartesian(static_dir: Path, mirrors=None) -> None:
    """Download the pinned package and put its bundle into `static_dir` (atomically: replicas may race)."""
    with tempfile.TemporaryDirectory(dir=static_dir, prefix=".npm-") as folder:
        package = download_file(CARTESIAN_PACKAGE, Path(folder), mirrors=mirrors or REGISTRY)
        with tarfile.open(package) as archive:
            member = archive.extractfile(f"package/{CARTESIAN}")
            content = member.read() if member else b""
        if hashlib.sha256(content).hexdigest() != CARTESIAN_SHA256:
            raise DatasetError(package, f"package/{CARTESIAN} is not the pinned file")
        write_atomically(static_dir / CARTESIAN, content)


def _fetch_quietly(static_dir: Path) -> None:
    global _ready, _missing_in, _next_look
    try:
        fetch_cartesian(static_dir)
        _ready = True
    except (DatasetError, OSError, tarfile.TarError) as error:  # every chart keeps the full bundle, for now
        _LOGGER.warning("plotly's cartesian bundle could not be fetched (%s): every chart loads the full one until "
                        "it is in %s", error, static_dir)
        _next_look, _missing_in = time.monotonic() + LOOK_AGAIN, static_dir


def install(static_dir: Path = STATIC_DIR) -> bool:
    """Put the cartesian bundle into `static_dir` now (at install time, or a test), unless it is there. False
    when the plotly package carries another plotly.js (nothing fetched); raises when it cannot be fetched."""
    if plotly_js_version(PLOTLY_JS) != CARTESIAN_VERSION:
        return False
    static_dir.mkdir(exist_ok=True)
    if not is_pinned_cartesian(static_dir / CARTESIAN):
        fetch_cartesian(static_dir)
    return True


if __name__ == "__main__":  # at install time: `python -m ui.plotly_bundle` puts the bundle into static/
    if install():
        print(f"{STATIC_DIR / CARTESIAN} is there")
    else:
        print(f"the plotly package carries plotly.js {plotly_js_version(PLOTLY_JS)}, the pinned bundle is "
              f"{CARTESIAN_VERSION}: every chart will load the full bundle, nothing fetched")
