"""Logistic regression with the text's own API and shapes: w (n, 1), b scalar, X (n, m), Y (1, m).

The only departures from the course's code are numerical: the sigmoid never overflows and the cost
is computed from z (log(1 + e^z) - y z), so it is finite at any z and never takes log(0).
"""

from __future__ import annotations

import numpy as np


def sigmoid(z):
    """1 / (1 + e^-z), evaluated so that e^x is only taken of x <= 0 (no overflow at any z)."""
    z = np.asarray(z, dtype=float)
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def log_loss_from_logits(z, y):
    """Cross-entropy cost -mean(y log a + (1 - y) log(1 - a)) with a = sigmoid(z), from z directly."""
    z = np.asarray(z, dtype=float)
    return float(np.mean(np.logaddexp(0.0, z) - y * z))


def sigmoid_and_log_loss(z, y):
    """(sigmoid(z), the cross-entropy cost) from one exponential: the same numbers as `sigmoid` and
    `log_loss_from_logits`, for a training loop that needs both at every step."""
    e = np.exp(-np.abs(z))
    a = np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
    return a, float(np.mean(np.maximum(z, 0.0) + np.log1p(e) - y * z))


def initialize_with_zeros(dim):
    """w of shape (dim, 1) and b = 0.0."""
    return np.zeros((dim, 1)), 0.0


def propagate(w, b, X, Y):
    """Forward and backward pass: (grads {"dw", "db"}, cost)."""
    m = X.shape[1]
    z = w.T @ X + b
    A = sigmoid(z)
    cost = log_loss_from_logits(z, Y)
    dZ = A - Y
    grads = {"dw": (X @ dZ.T) / m, "db": float(np.sum(dZ) / m)}
    return grads, cost


def optimize(w, b, X, Y, num_iterations=100, learning_rate=0.009, print_cost=False):
    """Gradient descent; the cost is recorded every 100 iterations. Returns (params, grads, costs)."""
    w = np.array(w, dtype=float, copy=True)
    costs = []
    grads = {"dw": np.zeros_like(w), "db": 0.0}
    for i in range(num_iterations):
        grads, cost = propagate(w, b, X, Y)
        w = w - learning_rate * grads["dw"]
        b = b - learning_rate * grads["db"]
        if i % 100 == 0:
            costs.append(cost)
            if print_cost:
                print(f"Cost after iteration {i}: {cost:f}")
    return {"w": w, "b": b}, grads, costs


def predict(w, b, X):
    """0/1 predictions (1, m): 1 where the predicted probability is above 0.5."""
    w = np.asarray(w, dtype=float).reshape(X.shape[0], 1)
    return (sigmoid(w.T @ X + b) > 0.5).astype(float)


def accuracy(Y_prediction, Y):
    """Percentage of correct predictions, as the course prints it."""
    return 100.0 - float(np.mean(np.abs(Y_prediction - Y))) * 100.0


def model(X_train, Y_train, X_test, Y_test, num_iterations=2000, learning_rate=0.5, print_cost=False):
    """Train from zeros and predict both sets; the course's result dictionary."""
    w, b = initialize_with_zeros(X_train.shape[0])
    params, _, costs = optimize(w, b, X_train, Y_train, num_iterations, learning_rate, print_cost)
    w, b = params["w"], params["b"]
    Y_prediction_test = predict(w, b, X_test)
    Y_prediction_train = predict(w, b, X_train)
    if print_cost:
        print(f"train accuracy: {accuracy(Y_prediction_train, Y_train)} %")
        print(f"test accuracy: {accuracy(Y_prediction_test, Y_test)} %")
    return {
        "costs": costs,
        "Y_prediction_test": Y_prediction_test,
        "Y_prediction_train": Y_prediction_train,
        "w": w,
        "b": b,
        "learning_rate": learning_rate,
        "num_iterations": num_iterations,
    }
