"""The pages' fast forms measured against the text's loops, so a page can show how closely they agree.

The cat page trains logistic regression in the span form (core/dual_logistic.py) and the deep network trains
its first layer in it (core/nn.py with core/span.py); the text writes the plain loop. Algebra makes the two
the same iterates; floating point makes them differ in the last bits. These functions run both forms from
the same start on the same data and return the largest differences. tests/test_dual_logistic.py and
tests/test_nn.py prove the agreement at fixed tolerances; this is the number a learner is shown.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core.dual_logistic import GramProblem, train
from core.logistic import model, propagate
from core.nn import final_snapshot


@dataclass(frozen=True)
class FormsAgreement:
    iterations: int
    learning_rate: float
    costs_compared: int  # how many costs were compared (the text's loop records one every 100 iterations)
    cost_difference: float  # max |J_text - J_fast| over those costs
    weight_difference: float  # max |text - fast| over every parameter after the last step


def logistic_agreement(problem: GramProblem, learning_rate: float = 0.005, num_iterations: int = 100
                       ) -> FormsAgreement:
    """The text's `model` (w = 0, then `optimize`) against the span form's `train`, on the same data."""
    text = model(problem.X_train, problem.Y_train, problem.X_test, problem.Y_test, num_iterations, learning_rate)
    # `model` records the cost every 100 iterations and before each step; the cost after the last step is
    # computed here, so the comparison covers the end of the run too.
    _, last_cost = propagate(text["w"], text["b"], problem.X_train, problem.Y_train)
    text_costs = np.array([*text["costs"], last_cost])
    fast = train(problem, learning_rate, num_iterations)
    fast_costs = np.append(fast.costs[:-1][::100], fast.costs[-1])
    weights = max(float(np.max(np.abs(problem.weights(fast.alpha) - text["w"]))), abs(fast.b - text["b"]))
    return FormsAgreement(num_iterations, learning_rate, len(text_costs),
                          float(np.max(np.abs(text_costs - fast_costs))), weights)


def network_agreement(X, Y, layer_dims, *, hidden: str = "relu", init: str = "scaled", learning_rate: float = 0.0075,
                      num_iterations: int = 10, gram=None) -> FormsAgreement:
    """The network trained with the text's first layer (W1 @ X at every step) against the span form, from the
    same start: costs compared at every iteration, every parameter at the end."""
    runs = [final_snapshot(X, Y, list(layer_dims), hidden=hidden, init=init, learning_rate=learning_rate,
                           num_iterations=num_iterations, span=span, gram=gram if span else None)
            for span in (False, True)]
    text, fast = runs
    weights = max(float(np.max(np.abs(text.params[key] - fast.params[key]))) for key in text.params)
    return FormsAgreement(num_iterations, learning_rate, len(text.costs),
                          float(np.max(np.abs(text.costs - fast.costs))), weights)
