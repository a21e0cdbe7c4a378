"""Words of the loss and cost chapter."""

EN = {
    "loss.title": "Loss is one example, cost is the average",
    "loss.intro": (
        "A classifier outputs a = ŷ, its probability that the label is 1. The **loss** L(a, y) says how bad "
        "that one answer is for the true label y. The **cost** J is the average loss over all m training "
        "examples: it is the single number gradient descent pushes down."
    ),
    "loss.settings": "Loss settings",
    "loss.a": "Prediction a",
    "loss.a_help": "The model's probability that the label is 1.",
    "loss.m": "Number of examples m",
    "loss.seed": "Random examples (seed)",
    "loss.one_header": "1 · The loss of one example",
    "loss.latex_loss": r"\mathcal{L}(a, y) = -\bigl(y \log a + (1 - y) \log(1 - a)\bigr)",
    "loss.one_explain": (
        "For y = 1 only the first term is left, −log a: no loss when a = 1, and a loss that grows without "
        "limit as a confident a falls to 0. For y = 0 it is the mirror image, −log(1 − a). At a = 0.5 both "
        "are log 2 ≈ 0.693: the price of knowing nothing."
    ),
    "loss.chart": "Log loss of one example",
    "loss.chart_y1": "y = 1: −log a",
    "loss.chart_y0": "y = 0: −log(1 − a)",
    "loss.chart_a": "prediction a",
    "loss.chart_loss": "loss L",
    "loss.if_one": "L(a, 1) at a = {a:g}",
    "loss.if_zero": "L(a, 0) at a = {a:g}",
    "loss.many_header": "2 · m examples: the cost is the average loss",
    "loss.many_intro": (
        "Here are {m} examples with their labels and a model's predictions. Each bar is one example's loss; "
        "the dashed line is J, their mean. A few confident mistakes (tall bars) can dominate the cost."
    ),
    "loss.latex_cost": r"J(w, b) = \frac{1}{m} \sum_{i=1}^{m} \mathcal{L}\bigl(a^{(i)}, y^{(i)}\bigr)",
    "loss.bars_chart": "The loss of each example, and the cost J",
    "loss.bars_example": "example i",
    "loss.bars_cost": "J = {J:.3f}",
    "loss.bars_hover": "a = %{customdata:.3f}<br>loss = %{y:.3f}<extra></extra>",
    "loss.label0": "label y = 0",
    "loss.label1": "label y = 1",
    "loss.cost_metric": "Cost J",
    "loss.worst_metric": "Largest single loss",
    "loss.col_example": "i",
    "loss.col_label": "label y",
    "loss.col_prediction": "prediction a",
    "loss.col_loss": "loss L",
    "loss.table": "The examples",
    "loss.convex_header": "3 · Why not squared error?",
    "loss.convex_intro": (
        "Squared error, (a − y)², looks like the natural choice. But when a = σ(wx) comes out of a sigmoid, "
        "the squared-error cost is **not convex**: it has flat plateaus where the sigmoid saturates and it "
        "bends down in places, so gradient descent can stall far from the best w. The log loss of a sigmoid "
        "is convex: one valley, and every downhill step leads to its bottom. Both curves below use the same "
        "{m} one-feature examples and a single weight w (no bias)."
    ),
    "loss.convex_chart": "Cost over one weight w",
    "loss.convex_squared": "squared error (a − y)²",
    "loss.convex_log": "log loss",
    "loss.convex_w": "weight w",
    "loss.convex_cost": "cost J(w)",
    "loss.convex_concave": "bends down: not convex",
    "loss.convex_found": "The squared-error curve bends down on {count} stretches of w (shaded); the log-loss curve never does.",
    "loss.derivation_header": "Where the log loss comes from",
    "loss.derivation_intro": "Read a as the model's probability that y = 1. Then the probability it gives to the label actually observed is, in one formula for both cases:",
    "loss.latex_likelihood": r"P(y \mid x) = a^{y} (1 - a)^{1 - y} \qquad \begin{cases} y = 1: & P = a \\ y = 0: & P = 1 - a \end{cases}",
    "loss.derivation_log": "Training should make that probability large. Its logarithm rises and falls with it and turns powers into products:",
    "loss.latex_log_likelihood": r"\log P(y \mid x) = y \log a + (1 - y) \log(1 - a) = -\mathcal{L}(a, y)",
    "loss.derivation_cost": (
        "So minimising the loss is maximising the probability of the right label. For m independent examples "
        "the probabilities multiply; their logarithms add, and dividing by m gives the cost:"
    ),
    "loss.latex_likelihood_m": r"\log \prod_{i=1}^{m} P\bigl(y^{(i)} \mid x^{(i)}\bigr) = -\sum_{i=1}^{m} \mathcal{L}\bigl(a^{(i)}, y^{(i)}\bigr) = -m\,J",
    "loss.derivation_end": "Minimising J is maximum-likelihood estimation: the principle behind the formula.",
}
