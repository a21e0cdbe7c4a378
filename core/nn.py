"""A fully connected network of any depth in numpy: the text's shallow and deep networks, step by step.

Shapes follow the course: X (n_x, m), W_l (n_l, n_{l-1}), b_l (n_l, 1), A_l (n_l, m). Hidden layers use
relu, tanh or sigmoid; the output is one sigmoid unit with the stable cross-entropy cost.

Fast and exact where features outnumber examples (the cat images: n = 12288, m = 209): every update of
W1 adds dZ1·Xᵀ/m, so W1 = W1₀ + B·Xᵀ with B of shape (n1, m). With K = XᵀX and C = W1₀·X computed
once, Z1 = C + B·K costs O(n1·m²) instead of O(n1·n·m), and the iterates are the same numbers as the
direct loop's (up to rounding). `train_steps` picks that form when n > m.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core.logistic import accuracy, log_loss_from_logits, sigmoid
from core.snapshot import TrainingSnapshot

INITS = ("small", "scaled", "he")
ACTIVATIONS = ("relu", "tanh", "sigmoid")


def initialize_parameters(layer_dims, init: str = "scaled", seed: int = 1) -> dict[str, np.ndarray]:
    """The course's initialisation: after np.random.seed(seed), W_l = randn(n_l, n_{l-1}) times 0.01
    ("small"), divided by sqrt(n_{l-1}) ("scaled"), or times sqrt(2 / n_{l-1}) ("he"); biases zero."""
    if init not in INITS:
        raise ValueError(f"init must be one of {INITS}, not {init!r}")
    np.random.seed(seed)
    params = {}
    for l in range(1, len(layer_dims)):
        n, n_prev = layer_dims[l], layer_dims[l - 1]
        W = np.random.randn(n, n_prev)
        scale = {"small": 0.01, "scaled": 1 / np.sqrt(n_prev), "he": np.sqrt(2 / n_prev)}[init]
        params[f"W{l}"] = W * scale
        params[f"b{l}"] = np.zeros((n, 1))
    return params


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


def forward_from_first(Z1, params, L: int, hidden: str):
    """Forward pass given the first layer's pre-activation; returns (logits Z_L, cache)."""
    cache = [(Z1, activate(Z1, hidden if L > 1 else "sigmoid"))]
    for l in range(2, L + 1):
        Z = params[f"W{l}"] @ cache[-1][1] + params[f"b{l}"]
        cache.append((Z, activate(Z, hidden if l < L else "sigmoid")))
    return cache[-1][0], cache


def forward(X, params, hidden: str = "relu"):
    """(logits of the output unit (1, m), cache of (Z_l, A_l) per layer)."""
    L = len(params) // 2
    return forward_from_first(params["W1"] @ X + params["b1"], params, L, hidden)


def backward_to_first(Y, params, cache, hidden: str):
    """Gradients of the cost for layers 2..L, and dZ1 (the first layer's gradient is dZ1·Xᵀ/m)."""
    L = len(cache)
    m = Y.shape[1]
    grads = {}
    dZ = cache[-1][1] - Y  # sigmoid output with cross-entropy
    for l in range(L, 1, -1):
        A_prev = cache[l - 2][1]
        grads[f"dW{l}"] = dZ @ A_prev.T / m
        grads[f"db{l}"] = dZ.sum(axis=1, keepdims=True) / m
        dA_prev = params[f"W{l}"].T @ dZ
        Z_prev, A_prev = cache[l - 2]
        dZ = dA_prev * activation_slope(Z_prev, A_prev, hidden)
    grads["db1"] = dZ.sum(axis=1, keepdims=True) / m
    return grads, dZ


def backward(X, Y, params, cache, hidden: str = "relu"):
    """All gradients {"dW1", "db1", ...} of the cross-entropy cost."""
    grads, dZ1 = backward_to_first(Y, params, cache, hidden)
    grads["dW1"] = dZ1 @ X.T / Y.shape[1]
    return grads


def cost(logits, Y) -> float:
    return log_loss_from_logits(logits, Y)


def predict(params, X, hidden: str = "relu"):
    """0/1 predictions (1, m)."""
    logits, _ = forward(X, params, hidden)
    return (sigmoid(logits) > 0.5).astype(float)


@dataclass(frozen=True, kw_only=True)
class NetSnapshot(TrainingSnapshot):
    params: dict  # a copy, with W1 materialised


def train_steps(X, Y, layer_dims, *, hidden="relu", init="scaled", seed=1, learning_rate=0.0075,
                num_iterations=2500, snapshot_every=100, X_test=None, Y_test=None, params=None, span=None,
                gram=None):
    """Gradient descent yielding a NetSnapshot every `snapshot_every` iterations and at the end.

    `span` (default: when there are more features than examples) trains the first layer in the span
    form W1 = W1₀ + B·Xᵀ; False forces the direct loop (the two give the same iterates). `gram` may
    pass (XᵀX, XᵀX_test) already computed (the cat task holds them), so they are not computed again.
    """
    params = {k: v.copy() for k, v in (params or initialize_parameters(layer_dims, init, seed)).items()}
    L = len(layer_dims) - 1
    m = X.shape[1]
    span = X.shape[0] > m if span is None else span
    if span:
        K = gram[0] if gram is not None else X.T @ X  # (m, m)
        C = params["W1"] @ X  # (n1, m)
        B = np.zeros((layer_dims[1], m))
        if X_test is not None:
            K_test = gram[1] if gram is not None else X.T @ X_test
            C_test = params["W1"] @ X_test
    costs = np.empty(num_iterations + 1)

    def materialise():
        out = {k: v.copy() for k, v in params.items()}
        if span:
            out["W1"] = params["W1"] + B @ X.T
        return out

    for i in range(num_iterations + 1):
        with np.errstate(over="ignore", invalid="ignore"):  # divergence is detected below, not warned
            Z1 = (C + B @ K if span else params["W1"] @ X) + params["b1"]
            logits, cache = forward_from_first(Z1, params, L, hidden)
            costs[i] = cost(logits, Y)
            diverged = not np.isfinite(costs[i])
            report = diverged or i == num_iterations or (i > 0 and i % snapshot_every == 0)
            if report:
                test_acc = None
                if X_test is not None:
                    Z1_test = (C_test + B @ K_test if span else params["W1"] @ X_test) + params["b1"]
                    test_logits, _ = forward_from_first(Z1_test, params, L, hidden)
                    test_acc = accuracy((sigmoid(test_logits) > 0.5).astype(float), Y_test)
                snapshot = NetSnapshot(iteration=i, num_iterations=num_iterations, costs=costs[: i + 1].copy(),
                                       train_accuracy=accuracy((sigmoid(logits) > 0.5).astype(float), Y),
                                       test_accuracy=test_acc, params=materialise(), diverged=diverged)
            if not diverged and i < num_iterations:
                grads, dZ1 = backward_to_first(Y, params, cache, hidden)
                for l in range(2, L + 1):
                    params[f"W{l}"] -= learning_rate * grads[f"dW{l}"]
                    params[f"b{l}"] -= learning_rate * grads[f"db{l}"]
                params["b1"] -= learning_rate * grads["db1"]
                if span:
                    B -= learning_rate * dZ1 / m
                else:
                    params["W1"] -= learning_rate * dZ1 @ X.T / m
        if report:
            yield snapshot
            if snapshot.done:
                return


def fit(X, Y, layer_dims, *, hidden="relu", init="scaled", seed=1, learning_rate=0.0075, num_iterations=2500):
    """Train from the course's initialisation; (parameters, costs every 100 iterations)."""
    final = None
    for final in train_steps(X, Y, layer_dims, hidden=hidden, init=init, seed=seed, learning_rate=learning_rate,
                             num_iterations=num_iterations, snapshot_every=max(num_iterations, 1)):
        pass
    return final.params, [float(c) for c in final.costs[:num_iterations][::100]]


def predict_proba(params, X, hidden: str = "relu"):
    """P(class 1) for the columns of X, shape (m,)."""
    return sigmoid(forward(X, params, hidden)[0])[0]


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
