"""Training curves as a class reads them.

Plain gradient descent with a step too long for the cost's steepest direction overshoots the valley's floor
and lands on its far side; the next step comes back. The cost then jumps between two values every other
iteration (the cat classifier's test cost at α = 0.005: 0.693, 1.298, 0.626, 1.648, 0.609, 1.727, …) while
the swing slowly dies out. Drawn one point per iteration on a few hundred pixels, that swing fills the chart
as a solid block; thinned with an odd stride, it draws a slow wave that is not in the data. So: find the
swing and say where it is (`find_swing`), draw the even and the odd iterations as two lines (`split_swing`),
and thin a curve to even iterations only (`even_indices`).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

VISIBLE = 0.02  # a swing smaller than this share of the curve's range is not seen on a chart
LEAST_RUN = 4  # successive zigzag iterations before it is a swing and not noise


@dataclass(frozen=True)
class Swing:
    start: int  # the first iteration of the swing
    end: int  # the last iteration where it is still visible
    largest: float  # the largest jump between one iteration and the next, within the swing
    ongoing: bool  # still visible at the curve's last iterations

    def words(self) -> dict:
        return {"start": self.start, "end": self.end, "jump": self.largest}


def zigzag_height(values) -> np.ndarray:
    """For each inner iteration i (1 .. n-2): how far values[i] sits from the midpoint of its neighbours
    when it lies beyond both of them (a zigzag), else 0. Index j is iteration j + 1."""
    v = np.asarray(values, dtype=float)
    if len(v) < 3:
        return np.zeros(0)
    before, here, after = v[:-2], v[1:-1], v[2:]
    with np.errstate(invalid="ignore"):
        zig = (here - before) * (after - here) < 0
        height = np.abs(here - (before + after) / 2)
    return np.where(zig & np.isfinite(height), height, 0.0)


def find_swing(values, visible: float = VISIBLE) -> Swing | None:
    """The two-iteration swing of a curve, if it has one a chart would show (None for a smooth curve, a
    curve with non-finite values, or scattered wiggles)."""
    v = np.asarray(values, dtype=float).ravel()
    if len(v) < LEAST_RUN + 2 or not np.all(np.isfinite(v)):
        return None
    span = float(v.max() - v.min())
    if span == 0:
        return None
    seen = zigzag_height(v) > visible * span
    # Runs of successive zigzag iterations; a swing is a run of LEAST_RUN or more (the first to the last).
    edges = np.flatnonzero(np.diff(np.concatenate(([0], seen.astype(np.int8), [0]))))
    runs = [(start, stop) for start, stop in zip(edges[::2], edges[1::2]) if stop - start >= LEAST_RUN]
    if not runs:
        return None
    first, last = runs[0][0], runs[-1][1] - 1  # indices into the inner iterations
    start, end = int(first) + 1, int(last) + 1
    jumps = np.abs(np.diff(v[start - 1:end + 2]))
    return Swing(start=start, end=end, largest=float(jumps.max()), ongoing=end >= len(v) - 1 - LEAST_RUN)


def split_swing(values) -> tuple[tuple[np.ndarray, np.ndarray], tuple[np.ndarray, np.ndarray]]:
    """(iterations, values) of the even and of the odd iterations: two lines that are each smooth where the
    curve swings between them."""
    v = np.asarray(values, dtype=float)
    iterations = np.arange(len(v))
    return (iterations[0::2], v[0::2]), (iterations[1::2], v[1::2])


def even_indices(length: int, max_points: int) -> np.ndarray:
    """The iterations a curve of `length` points keeps when thinned to at most `max_points`: all of them if
    they fit, else even iterations only, evenly spread from the first, and the last (where a run ended or
    diverged). Thinning across both sides of a two-iteration swing would draw a wave that is not in the data."""
    if length <= max_points:
        return np.arange(length)
    return even_positions(length, min(max_points, -(-(length - 1) // 2) + 1))


def even_positions(length: int, points: int) -> np.ndarray:
    """The iterations of the `points` kept by `even_indices` from a curve of `length` points."""
    if points >= length:
        return np.arange(points)
    evens = -(-(length - 1) // 2)  # even iterations before the last
    spread = 2 * np.round(np.linspace(0, evens - 1, points - 1)).astype(int)
    return np.concatenate((spread, [length - 1]))
