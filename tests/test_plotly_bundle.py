"""ui/plotly_bundle.py without a browser or a network: which bundle a figure needs, and the cartesian
bundle fetched from a package this test writes itself (pinned size and SHA-256 checked, nothing half-written)."""

import hashlib
import io
import tarfile

import plotly.graph_objects as go
import pytest

import ui.plotly_bundle as bundle
from core.datasets import DatasetUnavailable, PinnedFile
from ui.plotly_bundle import PLOTLY_JS


def spec(*traces, frames=()):
    return go.Figure(list(traces), frames=list(frames)).to_dict()


def test_a_2d_figure_needs_the_cartesian_bundle_and_a_3d_one_the_full():
    assert bundle.needed_by(spec(go.Scatter(x=[0, 1]), go.Heatmap(z=[[0, 1]]), go.Contour(z=[[0, 1], [1, 0]]),
                                 go.Bar(y=[1]))) == bundle.CARTESIAN
    assert bundle.needed_by({"data": [{"x": [0, 1]}]}) == bundle.CARTESIAN  # a trace without a type is a scatter
    assert bundle.needed_by(spec(go.Scatter(x=[0]), go.Surface(z=[[0, 1], [1, 0]]))) == bundle.FULL
    assert bundle.needed_by(spec(go.Scatter(x=[0]), frames=[go.Frame(data=[go.Scatter3d(x=[0], y=[0], z=[0])])])) \
        == bundle.FULL  # an animation's frames count too


def test_a_chart_asks_for_the_cartesian_bundle_only_once_it_is_there(monkeypatch):
    monkeypatch.setattr(bundle, "_full_pages", set())
    flat = spec(go.Scatter(x=[0, 1]))
    monkeypatch.setattr(bundle, "_ready", False)
    assert bundle.bundle_for(flat) == bundle.FULL
    monkeypatch.setattr(bundle, "_ready", True)
    assert bundle.bundle_for(flat) == bundle.CARTESIAN
    assert bundle.bundle_for(spec(go.Surface(z=[[0, 1], [1, 0]]))) == bundle.FULL


def test_a_page_that_drew_a_3d_figure_loads_the_full_bundle_for_its_2d_charts_too(monkeypatch):
    """One bundle per visit: the browser mounts a page's charts in no fixed order, and a 2D chart that asked
    first would have the tab load both bundles."""
    monkeypatch.setattr(bundle, "_ready", True)
    monkeypatch.setattr(bundle, "_full_pages", set())
    flat, surface = spec(go.Scatter(x=[0, 1])), spec(go.Surface(z=[[0, 1], [1, 0]]))
    assert bundle.bundle_for(flat, page="descent") == bundle.CARTESIAN  # not yet known
    assert bundle.bundle_for(surface, page="descent") == bundle.FULL
    assert bundle.bundle_for(flat, page="descent") == bundle.FULL
    assert bundle.bundle_for(flat, page="loss") == bundle.CARTESIAN


def test_the_plotly_package_says_its_plotly_js_version():
    version = bundle.plotly_js_version(PLOTLY_JS)
    assert version and version.count(".") == 2


def package_with(content: bytes, folder) -> PinnedFile:
    """A package shaped like npm's (package/plotly-cartesian.min.js), written to `folder`, and its pin."""
    data = io.BytesIO()
    with tarfile.open(fileobj=data, mode="w:gz") as archive:
        member = tarfile.TarInfo(f"package/{bundle.CARTESIAN}")
        member.size = len(content)
        archive.addfile(member, io.BytesIO(content))
    raw = data.getvalue()
    pinned = PinnedFile("plotly.js-cartesian-dist-min-test.tgz", hashlib.sha256(raw).hexdigest(), len(raw), split="")
    (folder / pinned.name).write_bytes(raw)
    return pinned


@pytest.fixture
def registry(tmp_path, monkeypatch):
    """A folder served as the registry (file:// URLs) and a static folder; returns (write_package, static)."""
    source, static = tmp_path / "registry", tmp_path / "static"
    source.mkdir(), static.mkdir()
    mirrors = (source.as_uri() + "/{name}",)

    def publish(content: bytes, inner_pin: bytes | None = None):
        monkeypatch.setattr(bundle, "CARTESIAN_PACKAGE", package_with(content, source))
        monkeypatch.setattr(bundle, "CARTESIAN_SHA256", hashlib.sha256(inner_pin or content).hexdigest())
        return mirrors

    return publish, static


def test_the_pinned_bundle_is_put_where_streamlit_serves_it(registry):
    publish, static = registry
    bundle.fetch_cartesian(static, mirrors=publish(b"window.Plotly = {};"))
    assert (static / bundle.CARTESIAN).read_bytes() == b"window.Plotly = {};"
    assert [path.name for path in static.iterdir()] == [bundle.CARTESIAN]  # no package or part file left behind


def test_a_package_holding_another_file_is_refused_and_nothing_is_written(registry):
    publish, static = registry
    with pytest.raises(Exception, match="not the pinned file"):
        bundle.fetch_cartesian(static, mirrors=publish(b"something else", inner_pin=b"window.Plotly = {};"))
    assert list(static.iterdir()) == []


def test_an_unreachable_registry_leaves_every_chart_on_the_full_bundle(registry, monkeypatch, tmp_path):
    publish, static = registry
    publish(b"window.Plotly = {};")
    with pytest.raises(DatasetUnavailable):
        bundle.fetch_cartesian(static, mirrors=((tmp_path / "nowhere").as_uri() + "/{name}",))
    monkeypatch.setattr(bundle, "_ready", False)
    monkeypatch.setattr(bundle, "REGISTRY", ((tmp_path / "nowhere").as_uri() + "/{name}",))
    monkeypatch.setattr(bundle, "_missing_in", None)
    monkeypatch.setattr(bundle, "_next_look", 0.0)
    bundle._fetch_quietly(static)  # what the background thread does: a warning in the log, no exception
    assert not bundle._ready and list(static.iterdir()) == []
    # Another process puts the bundle there: this one looks again, at most once a LOOK_AGAIN seconds.
    monkeypatch.setattr(bundle, "_full_pages", set())
    flat = spec(go.Scatter(x=[0, 1]))
    (static / bundle.CARTESIAN).write_bytes(b"window.Plotly = {};")
    assert bundle.bundle_for(flat) == bundle.FULL  # not yet: the last look was just now
    monkeypatch.setattr(bundle, "_next_look", 0.0)
    assert bundle.bundle_for(flat) == bundle.CARTESIAN and bundle._ready


def test_a_bundle_already_there_is_ready_at_once_and_another_version_is_never_used(registry, monkeypatch):
    publish, static = registry
    publish(b"window.Plotly = {};")
    (static / bundle.CARTESIAN).write_bytes(b"window.Plotly = {};")
    monkeypatch.setattr(bundle, "_ready", False)
    (static / bundle.FULL).write_bytes(b"/**\n* plotly.js v0.0.1\n*/")  # another plotly.js: not this bundle
    bundle.prepare(static)
    assert not bundle._ready
    (static / bundle.FULL).write_bytes(f"/**\n* plotly.js v{bundle.CARTESIAN_VERSION}\n*/".encode())
    bundle.prepare(static)
    assert bundle._ready
