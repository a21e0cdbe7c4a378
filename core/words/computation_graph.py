"""Words of the computation-graph chapter."""

EN = {
    "cg.title": "The computation graph: values forward, derivatives backward",
    "cg.intro": (
        "Every model is a chain of small operations. Write each one as a node, and two passes do all the "
        "work: the **forward pass** carries values from the inputs to the cost, left to right "
        "(**blue**); the **backward pass** carries derivatives from the cost back to every input, right "
        "to left (**red**), one chain-rule step at a time. Pick a graph in the sidebar, set its inputs, "
        "and walk through both passes with the step slider."
    ),
    "cg.settings": "Graph",
    "cg.graph": "Which graph",
    "cg.graph_help": "From the text's warm-up example to a small two-layer network.",
    "cg.graph_warmup": "J = 3(a + b·c)",
    "cg.graph_logistic": "Logistic regression, one example",
    "cg.graph_batch": "Logistic regression, m examples",
    "cg.graph_network": "Two-layer network",
    "cg.m": "Number of examples m",
    "cg.about_warmup": (
        "The text's warm-up: **J = 3(a + b·c)**, computed in three steps: u = b·c, v = a + u, J = 3v. "
        "With a = 5, b = 3, c = 2 the cost is J = 33, and the backward pass finds dJ/da = 3, dJ/db = 6, "
        "dJ/dc = 9: nudge b by 0.001 and J moves by about 0.006."
    ),
    "cg.about_logistic": (
        "Logistic regression on one example with two features: z = w₁x₁ + w₂x₂ + b, a = σ(z), and the "
        "loss L(a, y) = −(y log a + (1 − y) log(1 − a)). The backward pass yields the text's famous "
        "shortcut dz = a − y, and from it dw₁ = x₁·dz, dw₂ = x₂·dz, db = dz. Green inputs are the "
        "parameters gradient descent learns; grey ones are the example (features and label)."
    ),
    "cg.about_batch": (
        "The same model on m examples, sharing w₁, w₂ and b. The cost is the mean of the losses, "
        "J = (1/m)(L⁽¹⁾ + … + L⁽ᵐ⁾), so every loss reaches J through an edge whose local derivative is 1/m: "
        "that is where the 1/m in dw₁ = (1/m) Σ x₁⁽ⁱ⁾dz⁽ⁱ⁾ comes from. A parameter used by every example "
        "collects one chain-rule term from each of them."
    ),
    "cg.about_network": (
        "A tiny two-layer network: two inputs, two hidden units with tanh, one sigmoid output. The graph "
        "grows, but nothing new happens: each node still multiplies the derivative it receives by its "
        "local derivative, and x₁, used by both hidden units, adds up two terms."
    ),
    "cg.inputs_header": "1 · The inputs",
    "cg.parameters": "Parameters (learned)",
    "cg.data": "Data (given)",
    "cg.example": "Example {i}",
    "cg.walk_header": "2 · Forward, then backward, one step at a time",
    "cg.step": "Step",
    "cg.step_help": "Slide right to compute one more node: first every value (forward), then every derivative (backward).",
    "cg.step_zero": "Step 0 of {total}: only the inputs are known. Slide right to start the forward pass.",
    "cg.step_forward": "Step {index} of {total} · **forward pass**, operation {k} of {count}: the value of {node}.",
    "cg.step_backward": "Step {index} of {total} · **backward pass**, node {k} of {count}: the derivative of {output} with respect to {node}.",
    "cg.step_start": "The backward pass starts at the output: its derivative with respect to itself is 1.",
    "cg.step_local": "The local derivatives used in this step:",
    "cg.step_done": "All {total} steps done: every value and every derivative is known.",
    "cg.legend": (
        "Each box: the node's formula, its value (**blue**, forward) and the derivative of the output with "
        "respect to it (**red**, backward); “?” is not computed yet. Dashed red arrows carry derivatives "
        "back, labelled with each edge's local derivative. Highlighted: the current step. Double border: "
        "the output."
    ),
    "cg.all_steps": "All steps, written out",
    "cg.forward_list": "Forward pass",
    "cg.backward_list": "Backward pass",
    "cg.shortcut_header": "The shortcut the text derives",
    "cg.shortcut_logistic": (
        "Multiplying the local derivatives along the chain collapses into simple closed forms. With this "
        "example's numbers:"
    ),
    "cg.shortcut_batch": (
        "Each example contributes its own dz⁽ⁱ⁾ = a⁽ⁱ⁾ − y⁽ⁱ⁾; the mean node divides by m. With these numbers:"
    ),
    "cg.shortcut_network": (
        "The output unit gives the same dz = a − y as logistic regression; each hidden unit multiplies it "
        "by its outgoing weight and by tanh's derivative 1 − a²:"
    ),
    "cg.shortcut_matches": "✓ equals backprop's {derivative} = {value}",
    "cg.shortcut_differs": "✗ backprop gives {derivative} = {value}",
    "cg.checks_header": "3 · Checking and using the derivatives",
    "cg.fd_header": "Every derivative, checked by finite differences",
    "cg.fd_intro": (
        "Nudge one input up and down by a tiny h and measure how the output moves: "
        "(J(x + h) − J(x − h)) / 2h. Backprop gets the same numbers from one backward pass, for every "
        "input at once."
    ),
    "cg.fd_input": "Input",
    "cg.fd_backprop": "Backprop",
    "cg.fd_numeric": "Finite difference",
    "cg.fd_difference": "Difference",
    "cg.fd_agrees": "Agrees",
    "cg.fd_all_agree": "All {count} derivatives agree with their finite differences.",
    "cg.fd_some_differ": "{count} derivatives differ from their finite differences: this should never happen.",
    "cg.gd_header": "One step of gradient descent",
    "cg.gd_intro": (
        "Move every parameter a little against its derivative, θ := θ − α·dθ, and run the forward pass again."
    ),
    "cg.gd_none": "This graph's inputs are all data; there is nothing to learn.",
    "cg.lr": "Learning rate α",
    "cg.lr_help": "Size of the step, on a log scale.",
    "cg.gd_parameter": "Parameter",
    "cg.gd_before": "Before",
    "cg.gd_derivative": "Derivative",
    "cg.gd_after": "After",
    "cg.cost_before": "Output before",
    "cg.cost_after": "Output after one step",
    "cg.gd_down": "The step lowered the output by {drop:.4g}: the derivatives point uphill, and we stepped the other way.",
    "cg.gd_up": (
        "The step raised the output by {rise:.4g}: α = {lr} overshoots here. The derivative only describes "
        "the slope near the current point; try a smaller learning rate."
    ),
    "cg.gd_infinite": (
        "With α = {lr} the step is so large that a prediction saturates to exactly 0 or 1 on the wrong side: "
        "the loss becomes infinite. Try a smaller learning rate."
    ),
    # ---- input labels: one per InputSpec key of core/graphs.py ----
    "cg.in.a": "a",
    "cg.in.b": "b",
    "cg.in.c": "c",
    "cg.in.x1": "x₁ (feature 1)",
    "cg.in.x2": "x₂ (feature 2)",
    "cg.in.y": "y (label: 1 or 0)",
    "cg.in.w1": "w₁ (weight of x₁)",
    "cg.in.w2": "w₂ (weight of x₂)",
    "cg.in.bias": "b (bias)",
    "cg.in.x1_2": "x₁⁽²⁾",
    "cg.in.x2_2": "x₂⁽²⁾",
    "cg.in.y_2": "y⁽²⁾",
    "cg.in.x1_3": "x₁⁽³⁾",
    "cg.in.x2_3": "x₂⁽³⁾",
    "cg.in.y_3": "y⁽³⁾",
    "cg.in.x1_4": "x₁⁽⁴⁾",
    "cg.in.x2_4": "x₂⁽⁴⁾",
    "cg.in.y_4": "y⁽⁴⁾",
    "cg.in.n_w11": "w[1]₁₁ (x₁ → hidden 1)",
    "cg.in.n_w12": "w[1]₁₂ (x₂ → hidden 1)",
    "cg.in.n_b1": "b[1]₁ (bias of hidden 1)",
    "cg.in.n_w21": "w[1]₂₁ (x₁ → hidden 2)",
    "cg.in.n_w22": "w[1]₂₂ (x₂ → hidden 2)",
    "cg.in.n_b2": "b[1]₂ (bias of hidden 2)",
    "cg.in.n_v1": "w[2]₁ (hidden 1 → output)",
    "cg.in.n_v2": "w[2]₂ (hidden 2 → output)",
    "cg.in.n_c": "b[2] (bias of the output)",
    "cg.to_gradient_descent": "Take many such steps on the gradient-descent page, starting from w = {gd_w0}, b = {gd_b0}",
}
