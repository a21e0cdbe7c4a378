"""The plane: small two-dimensional data sets, each a pure function of its seed, and the grid over the
plane on which a two-input model (or a cost over two parameters) is evaluated to be drawn.

Shapes follow the course: X (2, m) with one example per column, Y (1, m) of 0/1 labels.
"""

from __future__ import annotations

import numpy as np

def planar_flower(seed: int = 1, m: int = 400):
    """The course's "flower": X (2, m), Y (1, m); two classes of petals that no line separates."""
    np.random.seed(seed)
    half = m // 2
    X = np.zeros((m, 2))
    Y = np.zeros((m, 1), dtype="uint8")
    for j in range(2):
        rows = slice(half * j, half * (j + 1))
        t = np.linspace(j * 3.12, (j + 1) * 3.12, half) + np.random.randn(half) * 0.2
        r = 4 * np.sin(4 * t) + np.random.randn(half) * 0.2
        X[rows] = np.c_[r * np.sin(t), r * np.cos(t)]
        Y[rows] = j
    return X.T, Y.T


def _as_columns(points: np.ndarray, labels: np.ndarray):
    return points.T.astype(float), labels.reshape(1, -1).astype(int)


def xor_cloud(seed: int = 1, m: int = 400, noise: float = 0.2):
    """Four clusters at the corners of a square; opposite corners share a class (XOR)."""
    rng = np.random.default_rng(seed)
    corners = rng.integers(0, 2, size=(m, 2))
    points = (corners * 2 - 1) * 1.0 + rng.normal(scale=noise * 2, size=(m, 2))
    return _as_columns(points, corners[:, 0] ^ corners[:, 1])


def circles(seed: int = 1, m: int = 400, noise: float = 0.2):
    """A disc of one class inside a ring of the other."""
    rng = np.random.default_rng(seed)
    labels = np.arange(m) % 2
    radius = np.where(labels == 1, 1.0, 2.5) + rng.normal(scale=noise, size=m)
    angle = rng.uniform(0, 2 * np.pi, size=m)
    return _as_columns(np.c_[radius * np.cos(angle), radius * np.sin(angle)], labels)


def moons(seed: int = 1, m: int = 400, noise: float = 0.2):
    """Two interleaved half circles."""
    rng = np.random.default_rng(seed)
    labels = np.arange(m) % 2
    t = rng.uniform(0, np.pi, size=m)
    points = np.where(labels[:, None] == 0, np.c_[np.cos(t), np.sin(t)], np.c_[1 - np.cos(t), 0.5 - np.sin(t)])
    return _as_columns(points * 2 + rng.normal(scale=noise, size=(m, 2)), labels)


def blobs(seed: int = 1, m: int = 400, noise: float = 0.2):
    """Two round clusters; a straight line separates them when the noise is small."""
    rng = np.random.default_rng(seed)
    labels = np.arange(m) % 2
    centres = np.where(labels[:, None] == 1, [1.2, 1.2], [-1.2, -1.2])
    return _as_columns(centres + rng.normal(scale=0.4 + 2 * noise, size=(m, 2)), labels)


def planar_noisy_flower(seed: int = 1, m: int = 400, noise: float = 0.2):
    """The flower with adjustable noise (noise = 0.2 and m = 400 give exactly `planar_flower(seed)`)."""
    if noise == 0.2 and m == 400:
        return planar_flower(seed)
    rng = np.random.default_rng(seed)
    half = m // 2
    X, Y = np.zeros((m, 2)), np.zeros(m, dtype=int)
    for j in range(2):
        t = np.linspace(j * 3.12, (j + 1) * 3.12, half) + rng.normal(scale=noise, size=half)
        r = 4 * np.sin(4 * t) + rng.normal(scale=noise, size=half)
        X[half * j: half * (j + 1)] = np.c_[r * np.sin(t), r * np.cos(t)]
        Y[half * j: half * (j + 1)] = j
    return _as_columns(X, Y)


PLANAR_SETS = {"flower": planar_noisy_flower, "xor": xor_cloud, "circles": circles, "moons": moons, "blobs": blobs}


def plane_grid(box, steps: int = 80):
    """(xs, ys, points (2, steps²)) over box = (x_min, x_max, y_min, y_max): where a 2-input model is
    evaluated to draw it over the plane; values come back as `.reshape(len(ys), len(xs))`."""
    xs = np.linspace(box[0], box[1], steps)
    ys = np.linspace(box[2], box[3], steps)
    gx, gy = np.meshgrid(xs, ys)
    return xs, ys, np.vstack([gx.ravel(), gy.ravel()])


def data_box(X, pad: float = 0.5):
    """(x_min, x_max, y_min, y_max) around the columns of X (2, m), with a margin."""
    return (float(X[0].min() - pad), float(X[0].max() + pad), float(X[1].min() - pad), float(X[1].max() + pad))
