"""Finding, downloading and validating the cat files; error paths use small HDF5 files written here."""

import http.server
import socket
import threading
from pathlib import Path

import h5py
import numpy as np
import pytest

from core.datasets import (TEST_FILE, TRAIN_FILE, DatasetError, DatasetUnavailable, PinnedFile, data_dir,
                           download_file, ensure_catvnoncat, flatten_and_scale, load_catvnoncat,
                           read_uploaded_catvnoncat)
from harness.serving import free_port


def test_loader_returns_the_classic_shapes(cat_arrays):
    train_x, train_y, test_x, test_y, classes = cat_arrays
    assert train_x.shape == (209, 64, 64, 3) and train_x.dtype == np.uint8
    assert test_x.shape == (50, 64, 64, 3) and test_x.dtype == np.uint8
    assert train_y.shape == (1, 209) and test_y.shape == (1, 50)
    assert list(classes) == [b"non-cat", b"cat"]
    assert int(train_y.sum()) == 72 and int(test_y.sum()) == 33


def test_flatten_and_scale(cat_arrays):
    flat = flatten_and_scale(cat_arrays[0])
    assert flat.shape == (12288, 209) and flat.dtype == np.float64
    assert 0.0 <= flat.min() and flat.max() <= 1.0
    # column j is image j, in the course's row-major order
    np.testing.assert_array_equal(flat[:, 3], cat_arrays[0][3].reshape(-1) / 255.0)


def test_data_dir_order(monkeypatch, tmp_path):
    monkeypatch.setenv("FIRST_CONTACT_DATA_DIR", str(tmp_path))
    assert data_dir() == tmp_path
    assert data_dir("elsewhere") == Path("elsewhere")
    monkeypatch.delenv("FIRST_CONTACT_DATA_DIR")
    assert data_dir().name == "data"


def write_split(path, split, images=None, labels=None, classes=None, drop=()):
    images = np.zeros((4, 64, 64, 3), np.uint8) if images is None else images
    labels = np.array([0, 1, 0, 1]) if labels is None else labels
    classes = np.array([b"non-cat", b"cat"]) if classes is None else classes
    with h5py.File(path, "w") as h5:
        for key, value in ((f"{split}_set_x", images), (f"{split}_set_y", labels), ("list_classes", classes)):
            if key not in drop:
                h5[key] = value
    return path


def make_pair(folder, **broken_train):
    write_split(folder / TRAIN_FILE.name, "train", **broken_train)
    write_split(folder / TEST_FILE.name, "test")
    return folder


def test_small_valid_pair_loads(tmp_path):
    train_x, train_y, test_x, test_y, classes = load_catvnoncat(make_pair(tmp_path))
    assert train_x.shape == (4, 64, 64, 3) and train_y.shape == (1, 4)


@pytest.mark.parametrize("broken, message", [
    (dict(drop=("train_set_y",)), "missing key(s) train_set_y"),
    (dict(images=np.zeros((4, 32, 32, 3), np.uint8)), "expected (m, 64, 64, 3)"),
    (dict(images=np.zeros((4, 64, 64, 3), np.float32)), "expected uint8"),
    (dict(labels=np.array([0, 1, 2, 1])), "labels must be 0 or 1"),
    (dict(labels=np.array([0, 1, 1])), "labels have shape (3,)"),
    (dict(labels=np.array([0.0, 1.0, 0.0, 1.0])), "expected integers"),
    (dict(classes=np.array([1, 2])), "list_classes"),
])
def test_wrong_files_raise_one_clear_error(tmp_path, broken, message):
    make_pair(tmp_path, **broken)
    with pytest.raises(DatasetError) as caught:
        load_catvnoncat(tmp_path)
    assert message in str(caught.value)
    assert TRAIN_FILE.name in str(caught.value)  # names the file


def test_not_hdf5_at_all(tmp_path):
    make_pair(tmp_path)
    (tmp_path / TEST_FILE.name).write_bytes(b"this is not an HDF5 file" * 100)
    with pytest.raises(DatasetError, match=r"test_catvnoncat\.h5: not a readable HDF5 file"):
        load_catvnoncat(tmp_path)


def test_uploaded_bytes_get_the_same_checks(tmp_path):
    make_pair(tmp_path, labels=np.array([0, 1, 5, 1]))
    with pytest.raises(DatasetError, match="train_catvnoncat.h5: labels must be 0 or 1"):
        read_uploaded_catvnoncat((tmp_path / TRAIN_FILE.name).read_bytes(), (tmp_path / TEST_FILE.name).read_bytes())
    make_pair(tmp_path)
    arrays = read_uploaded_catvnoncat((tmp_path / TRAIN_FILE.name).read_bytes(),
                                      (tmp_path / TEST_FILE.name).read_bytes())
    assert arrays[1].shape == (1, 4)


# ---- downloads, against a server on 127.0.0.1 ----

@pytest.fixture
def file_server(tmp_path):
    """Serves tmp_path/'served' over HTTP on a free loopback port; yields (folder, url template)."""
    served = tmp_path / "served"
    served.mkdir()

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=str(served), **kwargs)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield served, f"http://127.0.0.1:{server.server_address[1]}/{{name}}"
    server.shutdown()
    server.server_close()


@pytest.mark.cat_data  # serves the real files
def test_download_good_files(file_server, tmp_path):
    served, url = file_server
    for pinned in (TRAIN_FILE, TEST_FILE):
        (served / pinned.name).write_bytes((data_dir() / pinned.name).read_bytes())
    target = tmp_path / "fresh"
    assert ensure_catvnoncat(target, mirrors=(url,)) == target
    assert load_catvnoncat(target)[0].shape == (209, 64, 64, 3)
    assert sorted(p.name for p in target.iterdir()) == [TEST_FILE.name, TRAIN_FILE.name]  # no .part left


def test_corrupt_download_is_rejected_and_next_mirror_used(file_server, tmp_path):
    served, url = file_server
    good = b"exactly the right bytes"
    pinned = PinnedFile("x.h5", __import__("hashlib").sha256(good).hexdigest(), len(good), "train")
    (served / "x.h5").write_bytes(good[:-1] + b"!")  # same size, wrong hash
    target = tmp_path / "fresh"
    with pytest.raises(DatasetUnavailable, match="wrong content"):
        download_file(pinned, target, mirrors=(url,))
    assert list(target.iterdir()) == []  # the corrupt bytes never became the file
    (served / "good").mkdir()
    (served / "good" / "x.h5").write_bytes(good)
    good_url = url.replace("{name}", "good/{name}")
    assert download_file(pinned, target, mirrors=(url, good_url)).read_bytes() == good


def test_oversized_download_is_cut_short(file_server, tmp_path):
    served, url = file_server
    pinned = PinnedFile("x.h5", "0" * 64, 10, "train")
    (served / "x.h5").write_bytes(b"y" * 10_000)
    with pytest.raises(DatasetUnavailable, match="wrong content"):
        download_file(pinned, tmp_path, mirrors=(url,))


def test_server_down_gives_a_clear_error(tmp_path):
    port = free_port()  # nothing listens on it
    with pytest.raises(DatasetUnavailable) as caught:
        ensure_catvnoncat(tmp_path, mirrors=(f"http://127.0.0.1:{port}/{{name}}",))
    text = str(caught.value)
    assert TRAIN_FILE.name in text and "could not be downloaded" in text and f"127.0.0.1:{port}" in text
    assert list(tmp_path.iterdir()) == []


def test_missing_file_on_server(file_server, tmp_path):
    _, url = file_server
    with pytest.raises(DatasetUnavailable, match="HTTP 404"):
        download_file(TRAIN_FILE, tmp_path, mirrors=(url,))


def test_truncated_hdf5_file_is_refused(tmp_path):
    make_pair(tmp_path)
    whole = (tmp_path / TRAIN_FILE.name).read_bytes()
    (tmp_path / TRAIN_FILE.name).write_bytes(whole[: len(whole) // 2])  # a copy cut short
    with pytest.raises(DatasetError, match=r"train_catvnoncat\.h5: not a readable HDF5 file"):
        load_catvnoncat(tmp_path)


def test_a_download_that_is_an_html_page_is_refused_and_the_folder_left_as_it_was(file_server, tmp_path):
    served, url = file_server
    (served / TRAIN_FILE.name).write_text("<!doctype html><html><body>Sign in to continue</body></html>")
    target = tmp_path / "data"
    target.mkdir()
    (target / "notes.txt").write_text("the teacher's own file")
    with pytest.raises(DatasetUnavailable, match="wrong content"):
        download_file(TRAIN_FILE, target, mirrors=(url,))
    assert [p.name for p in target.iterdir()] == ["notes.txt"]


def test_a_download_that_stops_half_way_is_refused_and_leaves_no_part(tmp_path):
    """The server promises the whole file, sends half of it and hangs up."""
    whole = (data_dir() / TEST_FILE.name).read_bytes() if (data_dir() / TEST_FILE.name).is_file() else b"z" * 1000

    class HalfWay(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.send_header("Content-Length", str(len(whole)))
            self.end_headers()
            self.wfile.write(whole[: len(whole) // 2])
            self.wfile.flush()
            self.connection.shutdown(socket.SHUT_RDWR)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), HalfWay)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        pinned = PinnedFile(TEST_FILE.name, TEST_FILE.sha256, len(whole), "test")
        with pytest.raises(DatasetUnavailable, match=TEST_FILE.name):
            download_file(pinned, tmp_path, mirrors=(f"http://127.0.0.1:{server.server_address[1]}/{{name}}",))
        assert list(tmp_path.iterdir()) == []
    finally:
        server.shutdown()
        server.server_close()
