"""Words of the perceptron chapter: Rosenblatt's rule, its limit on XOR, and the hidden-layer fix."""

EN = {
    "pc.title": "The perceptron, and the line it cannot draw",
    "pc.intro": (
        "In 1958 Frank Rosenblatt built a machine that learned from its mistakes. It computes w·x + b and "
        "answers 1 if that is positive, 0 if not: a straight line splits the plane into a *yes* side and a "
        "*no* side. Each time it gets a point wrong it nudges the line towards that point: "
        "**w ← w + α (y − ŷ) x** and **b ← b + α (y − ŷ)**. Pick a data set and press ▶ under the chart."
    ),
    "pc.settings": "Perceptron settings",
    "pc.data": "Data set",
    "pc.data_help": "AND and OR are the logic gates on the four corners of the unit square; XOR is 1 when exactly one input is 1.",
    "pc.data_and": "AND",
    "pc.data_or": "OR",
    "pc.data_cloud": "two clouds",
    "pc.data_xor": "XOR",
    "pc.noise": "Spread of the clouds",
    "pc.noise_help": "Only for the two clouds. Small: a clear gap between them. Large: they overlap and no line separates them.",
    "pc.seed": "Random seed of the clouds",
    "pc.epochs": "Most epochs",
    "pc.epochs_help": "An epoch is one pass over every point. Training stops early once no point is wrong.",
    "pc.train_header": "1 · The line, epoch by epoch",
    "pc.class0": "label 0",
    "pc.class1": "label 1",
    "pc.line": "the perceptron's line",
    "pc.wrong": "misclassified",
    "pc.errors": "misclassified points",
    "pc.epoch": "Epoch",
    "pc.play": "▶ Play",
    "pc.pause": "❚❚ Pause",
    "pc.frame": "Epoch {epoch}: {errors} misclassified",
    "pc.metric_epochs": "Epochs run",
    "pc.metric_updates": "Updates made",
    "pc.metric_errors": "Misclassified at the end",
    "pc.converged": "Converged after {epochs} epochs ({updates} updates): the line separates every point. w = ({w1:.2f}, {w2:.2f}), b = {b:.2f}.",
    "pc.xor_never": (
        "After {epochs} epochs the perceptron still gets at least {least} of the four points wrong, and it "
        "always will: **no single straight line puts (0, 1) and (1, 0) on one side and (0, 0) and (1, 1) on "
        "the other.** The rule keeps moving the line around forever. This is the limit Minsky and Papert "
        "pointed out in 1969."
    ),
    "pc.not_converged": (
        "Not converged after {epochs} epochs: {errors} points are still on the wrong side. Either the clouds "
        "overlap, so no line separates them and the line never settles, or it needs more epochs: try a "
        "smaller spread or more epochs."
    ),
    "pc.rule_note": (
        "Starting from w = 0 and b = 0, the learning rate α only scales the line's equation, not the line, so "
        "it is fixed at 1 here. Novikoff proved in 1962 that when some line separates the points with a margin "
        "γ, and every point (with a 1 appended) lies within a distance R of the origin, the rule makes at most "
        "(R/γ)² updates. A point exactly on the line gets w·x + b = 0, which the rule answers with 0: "
        "so a label-0 point may sit on the final line and still be right."
    ),
    "pc.fix_header": "2 · The fix: one hidden layer",
    "pc.fix_intro": (
        "Give the network two hidden units between the inputs and the output. Each hidden unit draws its own "
        "line (tanh(w·x + b)); the output unit combines the two answers with a sigmoid. Two lines can fence "
        "off a band, and the band is XOR. Trained by gradient descent on the log loss ({iterations} steps, "
        "α = {lr})."
    ),
    "pc.xor_seed": "Starting weights (seed)",
    "pc.xor_seed_help": "The random numbers the hidden layer starts from. Some starts get stuck.",
    "pc.xor_chart": "A 2-2-1 network on XOR: its probability of label 1, and its hidden units' lines",
    "pc.probability": "P(label 1)",
    "pc.hidden": "hidden unit {unit}: w·x + b = 0",
    "pc.xor_accuracy": "Accuracy on the four points",
    "pc.xor_cost": "Final cost",
    "pc.xor_solved": "All four points right: the two hidden lines cut the square into a band that holds (0, 1) and (1, 0), and the output unit says 1 inside the band.",
    "pc.xor_stuck": (
        "From this start gradient descent got stuck: {right} of 4 right, with some point left at a probability "
        "near 0.5. A hidden layer makes XOR *possible*, not guaranteed; try another seed (seed {good} works)."
    ),
    "pc.xor_table_point": "point (x₁, x₂)",
    "pc.xor_table_label": "label y",
    "pc.xor_table_h1": "hidden unit 1",
    "pc.xor_table_h2": "hidden unit 2",
    "pc.xor_table_p": "P(label 1)",
    "pc.bio_header": "A note on biology",
    "pc.bio": (
        "The perceptron borrows its picture from a nerve cell. Signals arrive at the **synapses**; how strongly "
        "each synapse passes its signal on is a **weight** w. The cell body adds the weighted signals up, and "
        "the neuron fires only if the sum crosses a **threshold**: that threshold is the bias, −b. Whether it "
        "fires, and how strongly, is the **activation**: a hard step here, a smooth sigmoid or tanh in the "
        "networks that follow. The analogy stops there: real neurons are far more complicated, and modern "
        "networks are built for the mathematics, not to imitate brains."
    ),
}
