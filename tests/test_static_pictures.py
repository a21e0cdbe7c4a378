"""Pictures served as files (ui/static_pictures.py): named by content, written once, the least recently used
removed past KEPT, and written again when asked for after their removal."""

import os

import pytest

from ui import static_pictures


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setattr(static_pictures, "STATIC_DIR", tmp_path)
    monkeypatch.setattr(static_pictures, "serve_plotly_js", lambda: True)
    monkeypatch.setattr(static_pictures, "KEPT", 3)
    return tmp_path / static_pictures.FOLDER


def test_a_picture_is_written_once_under_its_content(folder):
    url = static_pictures.picture_url(b"one", ".webp")
    assert url.startswith("./app/static/pictures/") and url.endswith(".webp")
    path = folder / url.rsplit("/", 1)[-1]
    assert path.read_bytes() == b"one" and oct(path.stat().st_mode)[-3:] == "644"
    assert static_pictures.picture_url(b"one", ".webp") == url != static_pictures.picture_url(b"two", ".webp")


def test_the_least_recently_used_go_and_come_back_when_asked_for(folder):
    urls = [static_pictures.picture_url(content, ".webp") for content in (b"a", b"b", b"c")]
    for age, url in enumerate(urls):  # a used first, c last
        os.utime(folder / url.rsplit("/", 1)[-1], (1000 + age, 1000 + age))
    static_pictures.picture_url(b"a", ".webp")  # a page shows a again: now the most recent
    static_pictures.picture_url(b"d", ".webp")
    left = {path.read_bytes() for path in folder.iterdir()}
    assert left == {b"a", b"c", b"d"}  # b, the least recently used, went
    assert static_pictures.picture_url(b"b", ".webp") == urls[1] and (folder / urls[1].rsplit("/", 1)[-1]).is_file()


def test_without_static_serving_the_figure_carries_the_picture(monkeypatch):
    monkeypatch.setattr(static_pictures, "serve_plotly_js", lambda: False)
    assert static_pictures.picture_url(b"one", ".webp") is None
