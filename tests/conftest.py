"""Shared fixtures. The cat data comes from $FIRST_CONTACT_DATA_DIR (CI: ../shared/data)."""

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# Default to the shared copy beside the checkout, so a plain `pytest` works here as in CI.
_shared = ROOT.parent / "shared" / "data"
if "FIRST_CONTACT_DATA_DIR" not in os.environ and _shared.is_dir():
    os.environ["FIRST_CONTACT_DATA_DIR"] = str(_shared)


@pytest.fixture(scope="session")
def cat_arrays():
    from core.datasets import TRAIN_FILE, data_dir, load_catvnoncat

    if not (data_dir() / TRAIN_FILE.name).is_file():
        pytest.fail(f"cat data not found in {data_dir()}: set FIRST_CONTACT_DATA_DIR")
    return load_catvnoncat()


@pytest.fixture(scope="session")
def cat_task(cat_arrays):
    from core.cat_task import CatTask

    return CatTask.from_arrays(*(a.copy() for a in cat_arrays))


@pytest.fixture(scope="session")
def cat_xy(cat_arrays):
    from core.datasets import flatten_and_scale

    train_x, train_y, test_x, test_y, _ = cat_arrays
    return flatten_and_scale(train_x), train_y, flatten_and_scale(test_x), test_y
