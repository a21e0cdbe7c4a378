"""One network engine in numpy, in the course's names and shapes: the XOR fix, the shallow and the deep
networks are all this code.

Shapes follow the course: X (n_x, m) with one example per column, W_l (n_l, n_{l-1}), b_l (n_l, 1),
A_l (n_l, m). Hidden layers use relu, tanh or sigmoid; the output is one sigmoid unit, and the
cross-entropy cost is computed from its logits, so it never takes log(0).

The parameters remember the hidden activation they were made for (`Parameters.hidden`): `predict` uses
it, and refuses a different one. Where features outnumber examples (the cats: 12288 numbers, 209 images)
`train_steps` trains the first layer in the span form of core/span.py: the same iterates, far cheaper.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core.logistic import accuracy, log_loss_from_logits, sigmoid
from core.snapshot import TrainingSnapshot
from core.span import SpanLayer

INITS = ("small", "scaled", "he")
ACTIVATIONS = ("relu", "tanh", "sigmoid")


class Parameters(dict):
    """{"W1": ..., "b1": ..., ..., "WL": ..., "bL": ...}, and the hidden activation they belong to."""

    def __init__(self, arrays=(), hidden: str = "relu"):
        super().__init__(arrays)
        if hidden not in ACTIVATIONS:
            raise ValueError(f"activation must be one of {ACTIVATIONS}, not {hidden!r}")
        self.hidden = hidden

    @property
    def layers(self) -> int:
        return len(self) // 2

    def copy(self) -> "Parameters":
        return Parameters({key: value.copy() for key, value in self.items()}, self.hidden)


def initialize_parameters_deep(layer_dims, init: str = "scaled", seed: int = 1, hidden: str = "relu") -> Parameters:
    """The course's initialisation: W_l = randn(n_l, n_{l-1}) drawn after seeding with `seed`, times 0.01
    ("small"), divided by sqrt(n_{l-1}) ("scaled"), or times sqrt(2 / n_{l-1}) ("he"); biases zero.

    The numbers are those of `np.random.seed(seed)` then `np.random.randn`, drawn from a generator of
    this call's own, so sessions training at the same time never disturb each other's draws.
    """
    if init not in INITS:
        raise ValueError(f"init must be one of {INITS}, not {init!r}")
    random = np.random.RandomState(seed)
    parameters = Parameters(hidden=hidden)
    for l in range(1, len(layer_dims)):
        n, n_prev = layer_dims[l], layer_dims[l - 1]
        scale = {"small": 0.01, "scaled": 1 / np.sqrt(n_prev), "he": np.sqrt(2 / n_prev)}[init]
        parameters[f"W{l}"] = random.randn(n, n_prev) * scale
        parameters[f"b{l}"] = np.zeros((n, 1))
    return parameters


def activate(Z, name: str):
    if name == "relu":
        return np.maximum(0, Z)
    if name == "tanh":
        return np.tanh(Z)
    if name == "sigmoid":
        return sigmoid(Z)
    raise ValueError(f"activation must be one of {ACTIVATIONS}, not {name!r}")


def activation_slope(Z, A, name: str):
    """dA/dZ, from the cached Z and A."""
    if name == "relu":
        return (Z > 0).astype(float)
    if name == "tanh":
        return 1 - A**2
    return A * (1 - A)


def L_model_forward(X, parameters: Parameters, Z1=None):
    """Forward propagation, left to right: (AL, caches) with one (A_prev, Z, A) per layer.

    `Z1`, the first layer's W1·X + b1, may be given when it was computed another way (the span form).
    """
    caches, A, L = [], X, parameters.layers
    for l in range(1, L + 1):
        Z = Z1 if l == 1 and Z1 is not None else parameters[f"W{l}"] @ A + parameters[f"b{l}"]
        A_next = activate(Z, parameters.hidden if l < L else "sigmoid")
        caches.append((A, Z, A_next))
        A = A_next
    return A, caches


def compute_cost(ZL, Y) -> float:
    """J = -(1/m) Σ (y log a + (1 - y) log(1 - a)) with a = σ(z), from the output's logits ZL.

    (The course writes compute_cost(AL, Y) with log(AL); from ZL the same number never takes log 0.)
    """
    return log_loss_from_logits(ZL, Y)


def L_model_backward(AL, Y, caches, parameters: Parameters, first_layer_weights: bool = True) -> dict:
    """Backward propagation, right to left: {"dW_l", "db_l"} for every layer, and "dZ1".

    Without `first_layer_weights`, dW1 = dZ1·Xᵀ/m is left out (the span form applies dZ1 directly).
    """
    m = Y.shape[1]
    grads = {}
    dZ = AL - Y  # a sigmoid output with the cross-entropy cost
    for l in range(len(caches), 0, -1):
        A_prev, _, _ = caches[l - 1]
        if l > 1 or first_layer_weights:
            grads[f"dW{l}"] = dZ @ A_prev.T / m
        grads[f"db{l}"] = dZ.sum(axis=1, keepdims=True) / m
        if l > 1:
            _, Z_prev, _ = caches[l - 2]
            dZ = (parameters[f"W{l}"].T @ dZ) * activation_slope(Z_prev, A_prev, parameters.hidden)
    grads["dZ1"] = dZ
    return grads


def update_parameters(parameters: Parameters, grads: dict, learning_rate: float) -> Parameters:
    """One gradient-descent step on every parameter that has a gradient: W := W − α·dW, b := b − α·db."""
    for key in list(parameters):
        if "d" + key in grads:
            parameters[key] -= learning_rate * grads["d" + key]
    return parameters


def _predicted(AL) -> np.ndarray:
    return (AL > 0.5).astype(float)


@dataclass(frozen=True, kw_only=True)
class NetSnapshot(TrainingSnapshot):
    params: Parameters  # a copy, with W1 formed


def train_steps(X, Y, layer_dims, *, hidden="relu", init="scaled", seed=1, learning_rate=0.0075,
                num_iterations=2500, snapshot_every=100, X_test=None, Y_test=None, params=None, span=None,
                gram=None):
    """Gradient descent yielding a NetSnapshot every `snapshot_every` iterations and at the end.

    `span` (default: when there are more features than examples) trains the first layer in the span form
    of core/span.py; False forces the direct loop (the two give the same iterates). `gram` may pass
    (XᵀX, XᵀX_test) already computed (the cat task holds them). A non-finite cost stops the run with
    `diverged=True`.
    """
    parameters = (params or initialize_parameters_deep(layer_dims, init, seed, hidden)).copy()
    parameters.hidden = hidden
    span = X.shape[0] > X.shape[1] if span is None else span
    first = None
    if span:
        K, K_test = gram if gram is not None else (None, None)
        first = SpanLayer(parameters["W1"], X, K, X_test=X_test, K_test=K_test)
    costs = np.empty(num_iterations + 1)
    testing = X_test is not None
    test_costs, accuracies = np.empty(num_iterations + 1), np.empty((num_iterations + 1, 2))

    def formed() -> Parameters:
        out = parameters.copy()
        if span:
            out["W1"] = first.weights()
        return out

    def test_record(i: int) -> None:
        """The test set's cost and accuracy for the parameters of iteration i (the text's step 8)."""
        Z1_test = first.Z_test() + parameters["b1"] if span else None
        AL_test, caches_test = L_model_forward(X_test, parameters, Z1_test)
        test_costs[i] = compute_cost(caches_test[-1][1], Y_test)
        accuracies[i, 1] = accuracy(_predicted(AL_test), Y_test)

    for i in range(num_iterations + 1):
        with np.errstate(over="ignore", invalid="ignore"):  # divergence is detected below, not warned
            AL, caches = L_model_forward(X, parameters, first.Z() + parameters["b1"] if span else None)
            costs[i] = compute_cost(caches[-1][1], Y)
            accuracies[i, 0] = accuracy(_predicted(AL), Y)
            if testing:
                test_record(i)
            diverged = not np.isfinite(costs[i])
            report = diverged or i == num_iterations or (i > 0 and i % snapshot_every == 0)
            if report:
                snapshot = NetSnapshot(
                    iteration=i, num_iterations=num_iterations, costs=costs[: i + 1].copy(),
                    train_accuracy=accuracies[i, 0], test_accuracy=accuracies[i, 1] if testing else None,
                    params=formed(), diverged=diverged, test_costs=test_costs[: i + 1].copy() if testing else None,
                    accuracies=accuracies[: i + 1].copy() if testing else None)
            if not diverged and i < num_iterations:
                grads = L_model_backward(AL, Y, caches, parameters, first_layer_weights=not span)
                update_parameters(parameters, grads, learning_rate)
                if span:
                    first.step(grads["dZ1"], learning_rate)
        if report:
            yield snapshot
            if snapshot.done:
                return


def final_snapshot(*args, **kwargs) -> NetSnapshot:
    """`train_steps` run to the end, with no snapshot on the way."""
    kwargs["snapshot_every"] = max(kwargs.get("num_iterations", 2500), 1)
    final = None
    for final in train_steps(*args, **kwargs):
        pass
    return final


def fit(X, Y, layer_dims, *, hidden="relu", init="scaled", seed=1, learning_rate=0.0075, num_iterations=2500):
    """The course's L_layer_model: (parameters, the cost every 100 iterations)."""
    final = final_snapshot(X, Y, layer_dims, hidden=hidden, init=init, seed=seed, learning_rate=learning_rate,
                           num_iterations=num_iterations)
    return final.params, [float(c) for c in final.costs[:num_iterations][::100]]


def _activation_of(parameters, hidden: str | None) -> str:
    known = getattr(parameters, "hidden", None)
    if known is None and hidden is None:
        raise ValueError("these parameters do not say which hidden activation they were trained with: pass hidden=")
    if known is not None and hidden is not None and hidden != known:
        raise ValueError(f"these parameters were trained with {known} hidden units, not {hidden}")
    return known or hidden


def predict_proba(parameters, X, hidden: str | None = None):
    """P(class 1) for the columns of X, shape (m,), with the parameters' own hidden activation."""
    net = parameters if isinstance(parameters, Parameters) else Parameters(parameters, _activation_of(parameters, hidden))
    _activation_of(net, hidden)
    return L_model_forward(X, net)[0][0]


def predict(parameters, X, hidden: str | None = None):
    """0/1 predictions (1, m), as the course's predict(parameters, X)."""
    return _predicted(predict_proba(parameters, X, hidden))[None, :]


def parse_hidden_sizes(text: str, max_units: int = 200, max_layers: int = 6) -> tuple[int, ...]:
    """"20, 7, 5" -> (20, 7, 5). Raises ValueError for anything else (empty, zero, too big, too deep)."""
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if not parts or len(parts) > max_layers or not all(p.isdigit() for p in parts):
        raise ValueError(text)
    sizes = tuple(int(p) for p in parts)
    if not all(1 <= size <= max_units for size in sizes):
        raise ValueError(text)
    return sizes


def layer_shapes(layer_dims) -> list[tuple[int, tuple[int, int], tuple[int, int], int]]:
    """(layer, W shape, b shape, parameter count) for every layer."""
    return [(l, (layer_dims[l], layer_dims[l - 1]), (layer_dims[l], 1), layer_dims[l] * (layer_dims[l - 1] + 1))
            for l in range(1, len(layer_dims))]

