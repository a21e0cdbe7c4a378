"""Words of the deep network chapter (an L-layer network on the cat images)."""

EN = {
    "dn.title": "A deep network for the cats",
    "dn.intro": (
        "Logistic regression reached 70 % on the test cats. Stack layers of hidden units in front of the "
        "output and the network can learn features of its own: edges, patches, shapes. The text builds "
        "this in Keras; here every step is plain numpy you can read: initialise, forward through every "
        "layer, backward through every layer, update, repeat. Set the hidden layer sizes in the sidebar "
        "(for example **20, 7, 5**) and press **Train**."
    ),
    "dn.settings": "Network settings",
    "dn.layers": "Hidden layer sizes",
    "dn.layers_help": "Comma-separated unit counts, one per hidden layer: 7 is the text's two-layer network, 20, 7, 5 its L-layer one.",
    "dn.layers_invalid": "“{text}” is not a list of layer sizes (1 to 200 units, at most 6 layers); using {default}.",
    "dn.activation": "Hidden activation",
    "dn.act_relu": "ReLU",
    "dn.act_tanh": "tanh",
    "dn.act_sigmoid": "sigmoid",
    "dn.init": "Initialisation",
    "dn.init_scaled": "randn / √n (the text's L-layer)",
    "dn.init_small": "randn × 0.01 (the text's two-layer)",
    "dn.init_he": "He: randn × √(2/n)",
    "dn.lr": "Learning rate α",
    "dn.iters": "Iterations",
    "dn.pace": "Pace of the live view",
    "dn.pace_instant": "instant",
    "dn.pace_watch": "watch (about 4 s)",
    "dn.shapes_header": "The layers",
    "dn.shapes_intro": "Layer sizes {dims}: {count} parameters to learn, almost all of them in W1, which looks at every pixel.",
    "dn.layer": "Layer",
    "dn.w_shape": "W shape",
    "dn.b_shape": "b shape",
    "dn.parameters": "Parameters",
    "dn.train_header": "Training",
    "dn.train": "Train",
    "dn.stop": "Stop training",
    "dn.not_trained": "Press **Train**: the cost and accuracy curves will grow here as the network learns.",
    "dn.progress": "Iteration {i} of {total}",
    "dn.iteration": "Iteration",
    "dn.cost": "Cost J",
    "dn.train_accuracy": "Train accuracy",
    "dn.test_accuracy": "Test accuracy",
    "dn.accuracy": "Accuracy (%)",
    "dn.cost_chart": "Learning curve",
    "dn.accuracy_chart": "Accuracy while learning",
    "dn.finished": "Finished {i} iterations: train accuracy {train:.2f} %, test accuracy {test:.2f} %.",
    "dn.stopped": "Training stopped at iteration {i} of {total}. The results below are for the network as it stood then.",
    "dn.diverged": "Training diverged at iteration {i}: the cost stopped being a finite number with α = {lr}. Choose a smaller learning rate.",
    "dn.stale": "These results are for other settings; press Train to use the current ones.",
    "dn.compare_header": "Logistic regression, two layers, L layers",
    "dn.compare_intro": (
        "The text's three cat models side by side, each with its own settings: logistic regression "
        "(α = 0.005, 2000 iterations), the two-layer network 12288-7-1 and the L-layer network "
        "12288-20-7-5-1 (α = 0.0075, 2500 iterations)."
    ),
    "dn.compare_run": "Train the three models",
    "dn.compare_progress": "Training {model}…",
    "dn.model": "Model",
    "dn.seconds": "Time (s)",
    "dn.model_logistic": "Logistic regression",
    "dn.model_two_layer": "Two-layer network (7)",
    "dn.model_deep": "L-layer network (20, 7, 5)",
    "dn.compare_chart": "Cost of the three models",
    "dn.compare_lesson": (
        "Depth pays here: the L-layer network classifies 80 % of the test cats against 70 % for logistic "
        "regression, with the same data and the same gradient descent."
    ),
    "dn.photo_header": "Try your own photo",
    "dn.photo_intro": "Classified by {which}.",
    "dn.photo_model_yours": "the network you trained",
    "dn.photo_model_reference": "the text's L-layer network (or, once you have trained one above, yours)",
}
