"""Words of the shallow network chapter (one hidden layer on two-dimensional data)."""

EN = {
    "sn.title": "A shallow network: one hidden layer",
    "sn.intro": (
        "Logistic regression draws one straight line. Put a layer of hidden units in front of it and the "
        "network can bend its boundary around the data. Each hidden unit computes its own line, "
        "a¹ = g(W¹x + b¹); the output unit mixes them, a² = σ(W²a¹ + b²). Pick a data set, the number of "
        "hidden units and their activation, then press **Train** and watch the boundary take shape."
    ),
    "sn.settings": "Network settings",
    "sn.data": "Data set",
    "sn.data_flower": "flower",
    "sn.data_xor": "XOR clusters",
    "sn.data_circles": "circles",
    "sn.data_moons": "moons",
    "sn.data_blobs": "blobs",
    "sn.noise": "Noise",
    "sn.hidden": "Hidden units",
    "sn.activation": "Hidden activation",
    "sn.act_tanh": "tanh",
    "sn.act_relu": "ReLU",
    "sn.act_sigmoid": "sigmoid",
    "sn.lr": "Learning rate α",
    "sn.iters": "Iterations",
    "sn.seed": "Random seed of the initial weights",
    "sn.pace": "Pace of the live view",
    "sn.pace_instant": "instant",
    "sn.pace_watch": "watch (about 4 s)",
    "sn.class_0": "class 0 (red)",
    "sn.class_1": "class 1 (blue)",
    "sn.probability": "P(blue)",
    "sn.shapes": (
        "Shapes: X is (2, {m}), W¹ is ({h}, 2), b¹ is ({h}, 1), W² is (1, {h}), b² is (1, 1): "
        "{count} parameters in all."
    ),
    "sn.train_header": "Training",
    "sn.train": "Train",
    "sn.stop": "Stop training",
    "sn.not_trained": "Press **Train**: the decision boundary will form here as the network learns.",
    "sn.progress": "Iteration {i} of {total}",
    "sn.iteration": "Iteration",
    "sn.cost": "Cost J",
    "sn.accuracy": "Accuracy",
    "sn.boundary_live": "Decision boundary of the network ({h} hidden units)",
    "sn.cost_chart": "Learning curve",
    "sn.finished": "Finished {i} iterations: accuracy {acc:.2f} % with {h} hidden {act} units.",
    "sn.stopped": "Training stopped at iteration {i} of {total}; the boundary shows the network as it stood then.",
    "sn.diverged": (
        "Training diverged at iteration {i}: the cost stopped being a finite number with α = {lr}. "
        "Choose a smaller learning rate."
    ),
    "sn.stale": "These results are for earlier settings (shown on their own data); press Train to use the current ones.",
    "sn.logistic_header": "For contrast: logistic regression",
    "sn.logistic_intro": (
        "The same data with no hidden layer: one sigmoid unit, trained by the same gradient descent. "
        "Its boundary is a straight line, so on data like the flower it can do little better than a coin."
    ),
    "sn.logistic_chart": "Decision boundary of logistic regression",
    "sn.logistic_accuracy": "Logistic regression accuracy: **{acc:.2f} %**.",
    "sn.experiment_header": "How many hidden units?",
    "sn.experiment_intro": (
        "The text's experiment: train the same network with 1, 2, 3, 4, 5, 20 and 50 hidden units and "
        "compare. Too few units cannot bend the boundary enough; many units fit the training points more "
        "closely, which is not always better on new data."
    ),
    "sn.experiment_iters": "Iterations per network",
    "sn.experiment_run": "Run the experiment",
    "sn.experiment_progress": "Training the network with {h} hidden units…",
    "sn.experiment_cell": "n_h = {h}: {acc:.2f} %",
    "sn.experiment_units": "Hidden units",
    "sn.experiment_table_accuracy": "Accuracy",
    "sn.experiment_table_cost": "Final cost",
}
