"""Words shared by the whole app: navigation, home page, notices about settings from the URL."""

EN = {
    # ---- app and navigation ----
    "app.title": "First Contact",
    "nav.section_start": "Start",
    "nav.section_logistic": "Logistic regression",
    "nav.home": "Home",
    "nav.section_foundations": "Foundations",
    "nav.perceptron": "Perceptron and XOR",
    "nav.activations": "Activation functions",
    "nav.loss_and_cost": "Loss and cost",
    "nav.vectorization": "Vectorization",
    "nav.computation_graph": "Computation graph",
    "nav.gradient_descent": "Gradient descent",
    "nav.cat_classifier": "Cat classifier",
    "nav.section_networks": "Neural networks",
    "nav.shallow_network": "Shallow network",
    "nav.deep_network": "Deep network",
    # ---- home ----
    "home.title": "First Contact: deep learning from first principles",
    "home.intro": (
        "A hands-on lab that walks through a beginner's text on neural networks, chapter by chapter. "
        "Every formula runs in plain numpy in front of you: slide a learning rate and watch the cost fall, "
        "press **Train** and watch a classifier learn to tell cats from everything else.\n\n"
        "Use the menu on the left to open a chapter. Settings live in the address bar, so a copied link "
        "opens the same view for your class."
    ),
    "home.steps_header": "The eight steps of building a network",
    "home.steps_intro": "Every model in this lab, from one neuron to a deep network, is built the same way:",
    "home.step_import": "Import the packages",
    "home.step_import_detail": "numpy for the arrays and the math, h5py to read the images, plotly to draw.",
    "home.step_load": "Load the data",
    "home.step_load_detail": "Read the images and labels, look at a few, flatten each image into a column and scale it to [0, 1].",
    "home.step_graph": "Define the computation graph",
    "home.step_graph_detail": "Write the model as a chain of simple operations: z = wᵀx + b, a = σ(z), then the loss.",
    "home.step_init": "Initialise the parameters",
    "home.step_init_detail": "Start from w = 0 and b = 0 (logistic regression) or small random weights (networks).",
    "home.step_forward": "Forward pass",
    "home.step_forward_detail": "Compute the prediction and the cost, left to right through the graph.",
    "home.step_backward": "Backward pass",
    "home.step_backward_detail": "Compute the gradients dJ/dw and dJ/db, right to left, by the chain rule.",
    "home.step_repeat": "Repeat: update and iterate",
    "home.step_repeat_detail": "Take a step downhill, w := w − α·dw, b := b − α·db, and do it again many times.",
    "home.step_curves": "Plot the curves, tune the hyper-parameters",
    "home.step_curves_detail": "Watch the cost fall, compare learning rates, and check accuracy on images the model never saw.",
    "home.open_chapter": "Open the chapter: {chapter}",
    "home.coming_later": "A chapter showing this step in detail is on its way.",
    # ---- settings from the URL ----
    "url_notice.malformed": "⚠ The link asked for {name} = “{value}”, which is not a value; using {default}.",
    "url_notice.out_of_range": "⚠ The link asked for {name} = {value}, outside the slider's range; using {default}.",
    "url_notice.not_an_option": "⚠ The link asked for {name} = {value}, which is not one of the choices; using {default}.",
    "url_notice.unknown_kind": "⚠ The link's value for {name} could not be used; using {default}.",
    # ---- live training ----
    "live.overshoot_settled": (
        "The cost rose at first (to {peak:.3g} at iteration {at}) before it fell: the first steps overshoot "
        "the valley and bounce across it, then the descent settles. A smaller learning rate avoids the "
        "bounce but is slower; a larger one bounces harder."
    ),
    "live.overshoot": (
        "The cost rose above its starting value (to {peak:.3g} at iteration {at}): the steps overshoot the "
        "valley, and it ends higher than it started. Choose a smaller learning rate."
    ),
}
