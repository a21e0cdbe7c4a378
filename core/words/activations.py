"""Words of the activation functions chapter."""

EN = {
    "act.title": "Activation functions: the bend in the network",
    "act.intro": (
        "Every unit of a network computes z = wᵀx + b and then passes z through an **activation function** "
        "g, giving a = g(z). The choice of g decides what the unit can express and how well gradients flow "
        "back through it during training, because backpropagation multiplies by the slope g′(z) at every layer."
    ),
    "act.settings": "Activation settings",
    "act.function": "Activation function",
    "act.sigmoid": "sigmoid",
    "act.tanh": "tanh",
    "act.relu": "ReLU",
    "act.leaky_relu": "leaky ReLU",
    "act.z": "z",
    "act.z_help": "The input of the activation: the value marked on both charts.",
    "act.range": "z range shown (±)",
    "act.curve_header": "1 · The function and its slope",
    "act.chart": "{name}: g(z) and its slope g′(z)",
    "act.chart_function": "g(z)",
    "act.chart_derivative": "g′(z)",
    "act.chart_tangent": "tangent at z",
    "act.chart_saturated": "saturated: g′(z) near 0",
    "act.value": "g(z) at z = {z:g}",
    "act.slope": "g′(z) at z = {z:g}",
    "act.formula_header": "Formulas",
    "act.latex_sigmoid": r"g(z) = \sigma(z) = \frac{1}{1 + e^{-z}} \qquad g'(z) = \sigma(z)\,\bigl(1 - \sigma(z)\bigr)",
    "act.latex_tanh": r"g(z) = \tanh z = \frac{e^{z} - e^{-z}}{e^{z} + e^{-z}} \qquad g'(z) = 1 - \tanh^2 z",
    "act.latex_relu": r"g(z) = \max(0, z) \qquad g'(z) = \begin{cases} 0 & z < 0 \\ 1 & z > 0 \end{cases}",
    "act.latex_leaky_relu": r"g(z) = \max(\alpha z, z) \qquad g'(z) = \begin{cases} \alpha & z < 0 \\ 1 & z > 0 \end{cases}",
    "act.note_sigmoid": "Squashes any z into (0, 1), so its output reads as a probability: the usual choice for the output unit of a yes/no classifier. Its steepest slope is only 0.25, at z = 0.",
    "act.note_tanh": "A sigmoid stretched to (−1, 1) and centred on zero (tanh z = 2σ(2z) − 1). Hidden units whose outputs average near zero make the next layer's learning easier, so tanh usually beats sigmoid in hidden layers.",
    "act.note_relu": "The default for hidden layers: cheap, and a slope of exactly 1 for every positive z, so gradients pass through undiminished. At z = 0 it has no slope; libraries use 0 there, as we do. A unit whose z stays negative has slope 0 and stops learning (a dead ReLU).",
    "act.note_leaky_relu": "ReLU with a small slope α for negative z (often 0.01; here α = {slope:g} so you can see it), so no unit ever dies completely.",
    "act.saturation_header": "Saturation and vanishing gradients",
    "act.saturated_at": "Shaded: where g′(z) is below {percent:.0f} % of its steepest slope ({ranges}).",
    "act.never_saturated": "This function never saturates in the range shown: its slope never drops below {percent:.0f} % of its steepest.",
    "act.vanishing": (
        "Where the curve goes flat, the slope g′(z) is nearly zero, and backpropagation multiplies the "
        "gradient by it: a saturated unit passes almost nothing back, and through many layers the gradients "
        "reaching the first ones vanish."
    ),
    "act.compare_header": "All four at z = {z:g}",
    "act.col_function": "function",
    "act.col_value": "g(z)",
    "act.col_slope": "g′(z)",
    "act.linear_header": "2 · Why non-linearity matters",
    "act.linear_intro": (
        "Take a network with two inputs, a hidden layer of {width} units and one output, with random weights. "
        "Without an activation, the two layers collapse into one: W₂(W₁x + b₁) + b₂ = (W₂W₁)x + (W₂b₁ + b₂), "
        "just another linear function. Its decision boundary (output = 0, the black curve) is a straight "
        "line, however many linear layers you stack. Put {name} between the layers and the boundary can bend."
    ),
    "act.weights_seed": "Random weights (seed)",
    "act.linear_chart": "No activation: the boundary is a line",
    "act.nonlinear_chart": "With {name}: the boundary bends",
    "act.output": "output",
    "act.collapse": "The linear network is exactly one layer: w = ({w1:.3f}, {w2:.3f}), b = {b:.3f}, at every input to within {error:.1e}.",
}
