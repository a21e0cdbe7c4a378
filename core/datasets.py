"""The cat / non-cat images: found, downloaded, validated, and flattened into columns.

Every way a file can be wrong ends in one error type, `DatasetError`, naming the file and the problem.
"""

from __future__ import annotations

import hashlib
import io
import os
import tempfile
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import h5py
import numpy as np

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR_ENV = "FIRST_CONTACT_DATA_DIR"
# Set (to the message to raise), this process refuses the cat data: the test suite sets it for every test not
# marked `cat_data` and for the app servers such tests start (tests/conftest.py).
REFUSE_ENV = "FIRST_CONTACT_REFUSE_CAT_DATA"
IMAGE_SHAPE = (64, 64, 3)


@dataclass(frozen=True)
class PinnedFile:
    name: str
    sha256: str
    size: int
    split: str  # "train" or "test": the prefix of the keys inside the file


TRAIN_FILE = PinnedFile(
    "train_catvnoncat.h5",
    "fbe56ab67c3ae28d564e3a644189117976d6b31af0a3ce9bb17dbf22908af242",
    2572022,
    "train",
)
TEST_FILE = PinnedFile(
    "test_catvnoncat.h5",
    "6a9d39ce52fa85953c5834695b8534a30ed8cfd54971fb2f080b5a24d002b951",
    616958,
    "test",
)
CAT_FILES = (TRAIN_FILE, TEST_FILE)

# Pinned to commits, so the bytes behind a URL cannot change; tried in order.
MIRRORS = (
    "https://github.com/giuseppefutia/word2vec/raw/c8a26537fe6ac0bb9b0fe979696d1457d2bc4092/datasets/{name}",
    "https://github.com/Hiren2002/Logistic-Regression/raw/a6139a838a0e624f4ab923377df0c5d3386fdf1f/datasets/{name}",
)


class DatasetError(Exception):
    """A data file is missing, unreachable or not what it should be."""

    def __init__(self, file: str | os.PathLike, problem: str):
        self.file = str(file)
        self.problem = problem
        super().__init__(f"{self.file}: {problem}")


class DatasetUnavailable(DatasetError):
    """The files are not on disk and could not be downloaded."""


class DataRefused(RuntimeError):
    """The cat data is there, but this process was told not to read it ($FIRST_CONTACT_REFUSE_CAT_DATA).
    Not a DatasetError, so the pages do not offer the upload instead: it must surface."""


def data_dir(data_dir: str | os.PathLike | None = None) -> Path:
    """The folder holding the data: the argument, else $FIRST_CONTACT_DATA_DIR, else data/."""
    if data_dir is not None:
        return Path(data_dir)
    from_env = os.environ.get(DATA_DIR_ENV)
    return Path(from_env) if from_env else PROJECT_ROOT / "data"


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def download_file(pinned: PinnedFile, folder: Path, mirrors=None, timeout: float = 20.0) -> Path:
    """Fetch one pinned file into `folder`, trying each mirror in turn.

    Bytes go to a temporary file in the same folder, renamed into place only when size and
    SHA-256 match, so a partial or corrupt download never becomes the data set.
    """
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / pinned.name
    failures = []
    for template in mirrors or MIRRORS:
        url = template.format(name=pinned.name)
        handle, tmp_name = tempfile.mkstemp(dir=folder, prefix=f".{pinned.name}.", suffix=".part")
        tmp = Path(tmp_name)
        try:
            digest, size = hashlib.sha256(), 0
            with os.fdopen(handle, "wb") as out, urllib.request.urlopen(url, timeout=timeout) as response:
                for block in iter(lambda: response.read(1 << 16), b""):
                    size += len(block)
                    if size > pinned.size:
                        break  # more bytes than the pinned file has: wrong file, stop reading
                    digest.update(block)
                    out.write(block)
            if size != pinned.size or digest.hexdigest() != pinned.sha256:
                failures.append(f"{url}: wrong content (size or SHA-256 does not match the pinned file)")
                continue
            os.replace(tmp, target)
            return target
        except urllib.error.HTTPError as error:
            failures.append(f"{url}: HTTP {error.code} {error.reason}")
        except (urllib.error.URLError, OSError, ValueError) as error:
            failures.append(f"{url}: {getattr(error, 'reason', error)}")
        finally:
            tmp.unlink(missing_ok=True)
    raise DatasetUnavailable(target, "could not be downloaded. " + "; ".join(failures))


def refuse_if_told(folder: Path) -> None:
    """Raise DataRefused, with $FIRST_CONTACT_REFUSE_CAT_DATA's message, if it is set and `folder` holds the
    pinned cat files. So a test that reads the data without its marker fails where the data is, instead of
    failing (not being skipped) on a newcomer's machine where it is not."""
    message = os.environ.get(REFUSE_ENV)
    if message and all((folder / pinned.name).is_file() and sha256_of(folder / pinned.name) == pinned.sha256
                       for pinned in CAT_FILES):
        raise DataRefused(message)


def ensure_catvnoncat(data_dir_arg: str | os.PathLike | None = None, mirrors=None) -> Path:
    """Make sure both cat files are in the data folder (downloading what is missing); return it."""
    folder = data_dir(data_dir_arg)
    for pinned in CAT_FILES:
        if not (folder / pinned.name).is_file():
            download_file(pinned, folder, mirrors)
    refuse_if_told(folder)
    return folder


def _read_split(source: str | os.PathLike | BinaryIO, split: str, label: str):
    """Read and validate one HDF5 file's images, labels and class names."""
    try:
        h5 = h5py.File(source, "r")
    except FileNotFoundError:
        raise DatasetError(label, "file not found") from None
    except OSError as error:
        raise DatasetError(label, f"not a readable HDF5 file ({error})") from None
    with h5:
        wanted = (f"{split}_set_x", f"{split}_set_y", "list_classes")
        missing = [key for key in wanted if key not in h5]
        if missing:
            raise DatasetError(label, f"missing key(s) {', '.join(missing)}; found {', '.join(sorted(h5)) or 'none'}")
        images, labels, classes = (np.asarray(h5[key][()]) for key in wanted)
    if images.ndim != 4 or images.shape[1:] != IMAGE_SHAPE or images.shape[0] == 0:
        raise DatasetError(label, f"images have shape {images.shape}, expected (m, 64, 64, 3)")
    if images.dtype != np.uint8:
        raise DatasetError(label, f"images have dtype {images.dtype}, expected uint8")
    if labels.shape != (images.shape[0],):
        raise DatasetError(label, f"labels have shape {labels.shape}, expected ({images.shape[0]},)")
    if not np.issubdtype(labels.dtype, np.integer):
        raise DatasetError(label, f"labels have dtype {labels.dtype}, expected integers")
    if not np.isin(labels, (0, 1)).all():
        raise DatasetError(label, f"labels must be 0 or 1, found {sorted(set(np.unique(labels)) - {0, 1})[:5]}")
    if classes.shape != (2,) or classes.dtype.kind != "S":
        raise DatasetError(label, f"list_classes should be two byte strings, found {classes!r}")
    return images, labels, classes


def read_catvnoncat(train_source, test_source, train_label=None, test_label=None):
    """Load both splits from paths or file-like objects (an upload), as the classic loader returns them."""
    train_x, train_y, _ = _read_split(train_source, "train", train_label or str(train_source))
    test_x, test_y, classes = _read_split(test_source, "test", test_label or str(test_source))
    return train_x, train_y.reshape(1, -1), test_x, test_y.reshape(1, -1), classes


def load_catvnoncat(data_dir: str | os.PathLike | None = None):
    """(train_x, train_y, test_x, test_y, classes) exactly as the course's `load_dataset()`:
    uint8 images (m, 64, 64, 3), labels (1, m), classes [b'non-cat', b'cat'].

    Looks in `data_dir`, else $FIRST_CONTACT_DATA_DIR, else data/; downloads missing files.
    """
    folder = ensure_catvnoncat(data_dir)
    return read_catvnoncat(folder / TRAIN_FILE.name, folder / TEST_FILE.name)


def read_uploaded_catvnoncat(train_bytes: bytes, test_bytes: bytes):
    """The same checks for two files a user uploaded."""
    return read_catvnoncat(
        io.BytesIO(train_bytes), io.BytesIO(test_bytes), TRAIN_FILE.name, TEST_FILE.name
    )


def flatten_and_scale(images: np.ndarray) -> np.ndarray:
    """(m, 64, 64, 3) uint8 -> (12288, m) float64 in [0, 1], one column per image (the course's layout)."""
    return images.reshape(images.shape[0], -1).T / 255.0
