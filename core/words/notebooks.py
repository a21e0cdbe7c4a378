"""Words of the downloadable notebooks (core/notebooks.py): the markdown cells a learner reads at home.

Keys with `.latex_` hold formulas and are used as they are (never formatted); the others may take
{placeholders} and hold no braces of their own.
"""

EN = {
    # ---- shared by the notebooks ----
    "nb.generated_by": (
        "*Written by First Contact from your run in the app. It needs {packages} and nothing else: every "
        "function is written out below, so read it, change it and run it again "
        "(Run All, from the top).*"
    ),
    "nb.imports": (
        "## Packages\n\n"
        "- [numpy](https://numpy.org) does all the arithmetic on vectors and matrices.\n"
        "- [matplotlib](https://matplotlib.org) draws the pictures and the cost curve.\n"
        "- [h5py](https://www.h5py.org) reads the HDF5 files that hold the images."
    ),
    "nb.imports_planar": (
        "## Packages\n\n"
        "- [numpy](https://numpy.org) does all the arithmetic on vectors and matrices.\n"
        "- [matplotlib](https://matplotlib.org) draws the data, the decision boundary and the cost curve."
    ),
    "nb.data_files": (
        "## The data files\n\n"
        "The next two cells make sure `{train}` and `{test}` are in the folder of this notebook. A missing "
        "file is downloaded from a pinned copy and kept only if its size and SHA-256 fingerprint are the "
        "course's, so a damaged or different file is never used.\n\n"
        "**Without network:** copy the two files into the folder of this notebook (the First Contact app "
        "keeps them in its `data/` folder, or wherever `FIRST_CONTACT_DATA_DIR` points) and run the cells "
        "again."
    ),
    "nb.load_dataset": (
        "## Loading the images\n\n"
        "`load_dataset` reads both files: the pictures as `uint8` arrays of shape (m, 64, 64, 3), the labels "
        "(1 = cat, 0 = non-cat) as row vectors of shape (1, m), and the two class names."
    ),
    "nb.example_picture": "One of the training pictures and its label (change `index` to see another):",
    "nb.latex_flatten": (
        "## Flatten and scale\n\n"
        "Each 64 × 64 × 3 picture becomes one column of $n_x = 64 \\cdot 64 \\cdot 3 = 12288$ numbers, so "
        "$X$ has shape $(12288, m)$, one example per column. Dividing by 255 puts every pixel in $[0, 1]$:\n\n"
        "$$X = \\frac{1}{255}\\begin{bmatrix} x^{(1)} & x^{(2)} & \\cdots & x^{(m)} \\end{bmatrix}$$"
    ),
    "nb.latex_sigmoid": (
        "## The sigmoid\n\n"
        "$$\\sigma(z) = \\frac{1}{1 + e^{-z}}$$\n\n"
        "The textbook's one-liner `1 / (1 + np.exp(-z))` overflows for very negative $z$. This version "
        "only ever takes $e^{-|z|}$: for $z \\ge 0$ it is $\\frac{1}{1 + e^{-z}}$, for $z < 0$ the same "
        "value written as $\\frac{e^{z}}{1 + e^{z}}$."
    ),
    "nb.latex_cost_from_z": (
        "## The cost\n\n"
        "$$J = -\\frac{1}{m}\\sum_{i=1}^{m}\\Bigl(y^{(i)}\\log a^{(i)} + \\bigl(1 - y^{(i)}\\bigr)"
        "\\log\\bigl(1 - a^{(i)}\\bigr)\\Bigr), \\qquad a = \\sigma(z)$$\n\n"
        "With $a = \\sigma(z)$ the same number is $J = \\frac{1}{m}\\sum_{i=1}^{m}"
        "\\Bigl(\\log\\bigl(1 + e^{z^{(i)}}\\bigr) - y^{(i)} z^{(i)}\\Bigr)$. It is computed that way, from "
        "$z$, with `np.logaddexp(0, z)` $= \\log(e^0 + e^z)$: a very confident prediction can round $a$ to "
        "exactly 0 or 1, and then the first formula would take $\\log 0$."
    ),
    "nb.latex_accuracy": (
        "## Accuracy\n\n"
        "Each prediction $\\hat y^{(i)}$ is 0 or 1, so $|\\hat y^{(i)} - y^{(i)}|$ is 1 for a mistake and 0 "
        "otherwise:\n\n"
        "$$\\text{accuracy} = 100 - \\frac{100}{m}\\sum_{i=1}^{m}\\bigl|\\hat y^{(i)} - y^{(i)}\\bigr| \\quad \\%$$"
    ),
    "nb.latex_update": (
        "## Updating the parameters\n\n"
        "One step of gradient descent, for every layer $l$, with the learning rate $\\alpha$:\n\n"
        "$$W^{[l]} := W^{[l]} - \\alpha\\, dW^{[l]}, \\qquad b^{[l]} := b^{[l]} - \\alpha\\, db^{[l]}$$"
    ),
    "nb.same_numbers": (
        "*With the same settings this notebook prints the app's costs to 6 decimals. One exception: near the "
        "largest learning rate that still works, where the cost keeps jumping up and down, the last-digit "
        "rounding differences between two ways of computing the same step (the app takes a faster route to "
        "the same numbers) grow from step to step, and after a while the two runs print different costs. "
        "Neither is wrong: such a run depends on the last digit of every number.*"
    ),
    "nb.cost_curve": (
        "## The cost curve\n\n"
        "The cost recorded every 100 iterations. A smooth fall means the learning rate suits the problem; "
        "a curve that bounces or climbs means it is too large."
    ),
    # ---- the cat classifier (logistic regression) ----
    "nb.cat.title": (
        "# Logistic regression: cat or not cat\n\n"
        "Your run in First Contact, to take home: **learning rate α = {learning_rate}**, "
        "**{num_iterations} iterations**, the parameters starting at zero, on the course's 209 training and "
        "50 test pictures."
    ),
    "nb.cat.latex_initialize_with_zeros": (
        "## Starting from zero\n\n"
        "$w$ is a column of $n_x = 12288$ zeros and $b = 0$. With a single unit there is no symmetry to "
        "break, so zeros are a fine start for logistic regression (not for a network with hidden layers)."
    ),
    "nb.cat.latex_propagate": (
        "## Forward and backward propagation\n\n"
        "Forward, for all $m$ examples at once:\n\n"
        "$$Z = w^T X + b, \\qquad A = \\sigma(Z), \\qquad J = \\frac{1}{m}\\sum_{i=1}^{m}"
        "\\Bigl(\\log\\bigl(1 + e^{z^{(i)}}\\bigr) - y^{(i)} z^{(i)}\\Bigr)$$\n\n"
        "Backward, the gradients of the cost:\n\n"
        "$$dw = \\frac{\\partial J}{\\partial w} = \\frac{1}{m} X (A - Y)^T, \\qquad "
        "db = \\frac{\\partial J}{\\partial b} = \\frac{1}{m}\\sum_{i=1}^{m}\\bigl(a^{(i)} - y^{(i)}\\bigr)$$"
    ),
    "nb.cat.latex_optimize": (
        "## Gradient descent\n\n"
        "Repeat `num_iterations` times, with the learning rate $\\alpha$:\n\n"
        "$$w := w - \\alpha\\, dw, \\qquad b := b - \\alpha\\, db$$\n\n"
        "Every 100 iterations the cost is recorded (and printed), as it was before that iteration's step."
    ),
    "nb.cat.latex_predict": (
        "## Predicting\n\n"
        "$$\\hat y = \\begin{cases} 1 & \\text{if } \\sigma(w^T x + b) > 0.5 \\\\ 0 & \\text{otherwise} "
        "\\end{cases}$$"
    ),
    "nb.cat.model": (
        "## The model\n\n"
        "`model` puts the pieces together: start from zero, run gradient descent, predict both sets and "
        "print both accuracies."
    ),
    "nb.cat.train": (
        "## Training with your settings\n\n"
        "The same learning rate and number of iterations as your run in the app, so the same costs and "
        "accuracies. Change them and run the cell again."
    ),
    "nb.cat.next": (
        "## Things to try\n\n"
        "- The learning rates 0.01 and 0.0001: one bounces at the start, the other barely moves.\n"
        "- More iterations: the training accuracy keeps climbing, the test accuracy does not (overfitting).\n"
        "- `index` above: which test pictures does the model get wrong? `d[\"Y_prediction_test\"]` holds its "
        "answers."
    ),
    # ---- the shallow network (one hidden layer on planar data) ----
    "nb.sn.title": (
        "# A network with one hidden layer on planar data\n\n"
        "Your run in First Contact, to take home: the **{data}** data set (noise {noise}), **{hidden_units} "
        "hidden units** with **{activation}**, **learning rate α = {learning_rate}**, **{num_iterations} "
        "iterations**, the initial weights drawn with **seed {seed}**."
    ),
    "nb.sn.data": (
        "## The data\n\n"
        "{m} points in the plane, two classes. `X` has shape (2, {m}), one point per column; `Y` has shape "
        "(1, {m}), the class of each point (0 or 1). `{function}` below is the exact generator the app uses, "
        "with the same seed, so these are the points you trained on. This data set has no separate test set: "
        "the accuracy printed at the end is measured on these points."
    ),
    "nb.sn.layer_sizes": (
        "## The layer sizes\n\n"
        "$n_x$ inputs (2: the two coordinates of a point), $n_h$ hidden units, $n_y$ outputs (1: the "
        "probability of class 1)."
    ),
    "nb.sn.latex_initialize": (
        "## Initialising the parameters\n\n"
        "Small random weights break the symmetry between hidden units (with zeros every unit would learn "
        "the same thing); the biases start at zero. `np.random.seed` fixes the draw, so the same seed gives "
        "the same start:\n\n"
        "$$W^{[1]} = 0.01 \\cdot \\text{randn}(n_h, n_x), \\quad b^{[1]} = 0, \\qquad "
        "W^{[2]} = 0.01 \\cdot \\text{randn}(n_y, n_h), \\quad b^{[2]} = 0$$"
    ),
    "nb.sn.latex_hidden_activation": (
        "## The hidden layer's activation $g$ and its slope $g'$\n\n"
        "$$\\tanh: \\; g(z) = \\tanh z,\\; g'(z) = 1 - a^2 \\qquad "
        "\\text{ReLU}: \\; g(z) = \\max(0, z),\\; g'(z) = \\begin{cases} 1 & z > 0 \\\\ 0 & z \\le 0 \\end{cases}"
        " \\qquad \\text{sigmoid}: \\; g(z) = \\sigma(z),\\; g'(z) = a(1 - a)$$\n\n"
        "where $a = g(z)$ is kept from the forward pass."
    ),
    "nb.sn.latex_forward": (
        "## Forward propagation\n\n"
        "$$Z^{[1]} = W^{[1]} X + b^{[1]}, \\qquad A^{[1]} = g\\bigl(Z^{[1]}\\bigr), \\qquad "
        "Z^{[2]} = W^{[2]} A^{[1]} + b^{[2]}, \\qquad A^{[2]} = \\sigma\\bigl(Z^{[2]}\\bigr)$$\n\n"
        "The cache keeps $Z^{[1]}, A^{[1]}, Z^{[2]}, A^{[2]}$ for the backward pass."
    ),
    "nb.sn.latex_cost": (
        "## The cost\n\n"
        "$$J = -\\frac{1}{m}\\sum_{i=1}^{m}\\Bigl(y^{(i)}\\log a^{[2](i)} + \\bigl(1 - y^{(i)}\\bigr)"
        "\\log\\bigl(1 - a^{[2](i)}\\bigr)\\Bigr)$$\n\n"
        "computed from $Z^{[2]}$ as $\\frac{1}{m}\\sum_i\\bigl(\\log(1 + e^{z^{[2](i)}}) - y^{(i)} z^{[2](i)}\\bigr)$: "
        "the same number, but never $\\log 0$ when a confident prediction rounds $a^{[2]}$ to 0 or 1."
    ),
    "nb.sn.latex_backward": (
        "## Backward propagation\n\n"
        "$$dZ^{[2]} = A^{[2]} - Y, \\qquad dW^{[2]} = \\frac{1}{m} dZ^{[2]} A^{[1]T}, \\qquad "
        "db^{[2]} = \\frac{1}{m}\\sum_{i} dZ^{[2](i)}$$\n\n"
        "$$dZ^{[1]} = W^{[2]T} dZ^{[2]} \\ast g'\\bigl(Z^{[1]}\\bigr), \\qquad "
        "dW^{[1]} = \\frac{1}{m} dZ^{[1]} X^T, \\qquad db^{[1]} = \\frac{1}{m}\\sum_{i} dZ^{[1](i)}$$\n\n"
        "($\\ast$ multiplies element by element.)"
    ),
    "nb.sn.model": (
        "## The model\n\n"
        "`nn_model` repeats forward, cost, backward and update `num_iterations` times and prints the cost "
        "every 100 iterations. If the cost stops being a number (the learning rate is too large) the run "
        "stops there, as it does in the app."
    ),
    "nb.sn.latex_predict": (
        "## Predicting\n\n"
        "$$\\hat y = \\begin{cases} 1 & \\text{if } a^{[2]} > 0.5 \\\\ 0 & \\text{otherwise} \\end{cases}$$"
    ),
    "nb.sn.train": (
        "## Training with your settings\n\n"
        "The same data, hidden units, activation, learning rate, iterations and seed as your run in the "
        "app, so the same costs and accuracy. Change them and run the cell again."
    ),
    "nb.sn.boundary": (
        "## The decision boundary\n\n"
        "Every point of the plane coloured by the class the network predicts there, with the data on top."
    ),
    "nb.sn.next": (
        "## Things to try\n\n"
        "- `n_h` = 1, 2, 3, 5, 20, 50: when does the boundary bend enough? When does it start to hug the "
        "noise?\n"
        "- Another `seed`: the same network from another start.\n"
        "- `activation = \"relu\"` or `\"sigmoid\"`, and a learning rate ten times smaller or larger."
    ),
    # ---- the deep network (L layers on the cats) ----
    "nb.dn.title": (
        "# A deep network: cat or not cat\n\n"
        "Your run in First Contact, to take home: layer sizes **{layer_dims}**, **{activation}** in the "
        "hidden layers and a sigmoid output, **{init}** initialisation (seed 1), **learning rate "
        "α = {learning_rate}**, **{num_iterations} iterations**, on the course's 209 training and 50 test "
        "pictures."
    ),
    "nb.dn.latex_initialize": (
        "## Initialising the parameters\n\n"
        "For every layer $l = 1, \\dots, L$, after `np.random.seed(seed)` (the same seed, the same start):\n\n"
        "$$W^{[l]} = \\text{randn}\\bigl(n^{[l]}, n^{[l-1]}\\bigr) \\cdot s, \\qquad b^{[l]} = 0$$\n\n"
        "with the scale $s = 0.01$ (`\"small\"`, the text's two-layer network), "
        "$s = 1/\\sqrt{n^{[l-1]}}$ (`\"scaled\"`, the text's L-layer network) or "
        "$s = \\sqrt{2/n^{[l-1]}}$ (`\"he\"`, made for ReLU)."
    ),
    "nb.dn.latex_activations": (
        "## Activations and their slopes\n\n"
        "The backward functions turn $dA$ into $dZ = dA \\ast g'(Z)$:\n\n"
        "$$\\text{ReLU}: g(z) = \\max(0, z),\\; g'(z) = \\begin{cases} 1 & z > 0 \\\\ 0 & z \\le 0 \\end{cases}"
        "\\qquad \\tanh: g'(z) = 1 - \\tanh^2 z \\qquad \\sigma: g'(z) = \\sigma(z)\\bigl(1 - \\sigma(z)\\bigr)$$"
    ),
    "nb.dn.latex_linear_forward": (
        "## Forward: the linear part of a layer\n\n"
        "$$Z^{[l]} = W^{[l]} A^{[l-1]} + b^{[l]}, \\qquad A^{[0]} = X$$\n\n"
        "The cache keeps $(A^{[l-1]}, W^{[l]}, b^{[l]})$ for the backward pass."
    ),
    "nb.dn.latex_linear_activation_forward": (
        "## Forward: one whole layer\n\n"
        "$$A^{[l]} = g\\bigl(Z^{[l]}\\bigr) = g\\bigl(W^{[l]} A^{[l-1]} + b^{[l]}\\bigr)$$\n\n"
        "with $g$ the hidden activation, or the sigmoid for the output layer."
    ),
    "nb.dn.latex_L_model_forward": (
        "## Forward through all $L$ layers\n\n"
        "$L - 1$ hidden layers with the hidden activation, then one sigmoid unit:\n\n"
        "$$X \\to \\bigl[\\text{linear} \\to g\\bigr] \\times (L-1) \\to \\text{linear} \\to \\sigma \\to "
        "A^{[L]} = \\hat Y$$"
    ),
    "nb.dn.latex_cost": (
        "## The cost\n\n"
        "$$J = -\\frac{1}{m}\\sum_{i=1}^{m}\\Bigl(y^{(i)}\\log a^{[L](i)} + \\bigl(1 - y^{(i)}\\bigr)"
        "\\log\\bigl(1 - a^{[L](i)}\\bigr)\\Bigr)$$\n\n"
        "computed from the output's $Z^{[L]}$ as $\\frac{1}{m}\\sum_i\\bigl(\\log(1 + e^{z^{[L](i)}}) - "
        "y^{(i)} z^{[L](i)}\\bigr)$: the same number, but never $\\log 0$ when a confident prediction rounds "
        "$a^{[L]}$ to 0 or 1."
    ),
    "nb.dn.latex_linear_backward": (
        "## Backward: the linear part of a layer\n\n"
        "From $dZ^{[l]}$ and the cache $(A^{[l-1]}, W^{[l]}, b^{[l]})$:\n\n"
        "$$dW^{[l]} = \\frac{1}{m} dZ^{[l]} A^{[l-1]T}, \\qquad db^{[l]} = \\frac{1}{m}\\sum_{i} dZ^{[l](i)}, "
        "\\qquad dA^{[l-1]} = W^{[l]T} dZ^{[l]}$$"
    ),
    "nb.dn.latex_linear_activation_backward": (
        "## Backward: one whole layer\n\n"
        "$$dZ^{[l]} = dA^{[l]} \\ast g'\\bigl(Z^{[l]}\\bigr)$$\n\n"
        "then the linear part as above."
    ),
    "nb.dn.latex_L_model_backward": (
        "## Backward through all $L$ layers\n\n"
        "For a sigmoid output and this cost, the chain rule through $\\sigma$ simplifies to\n\n"
        "$$dZ^{[L]} = A^{[L]} - Y$$\n\n"
        "(the text's $dA^{[L]} = -\\bigl(\\frac{Y}{A^{[L]}} - \\frac{1 - Y}{1 - A^{[L]}}\\bigr)$ times "
        "$\\sigma'(Z^{[L]}) = A^{[L]}(1 - A^{[L]})$ gives the same, but divides by zero when $A^{[L]}$ "
        "rounds to 0 or 1). From there, layer by layer back to the first."
    ),
    "nb.dn.model": (
        "## The model\n\n"
        "`L_layer_model` repeats forward, cost, backward and update `num_iterations` times and prints the "
        "cost every 100 iterations. If the cost stops being a number (the learning rate is too large) the run "
        "stops there, as it does in the app."
    ),
    "nb.dn.latex_predict": (
        "## Predicting\n\n"
        "$$\\hat y = \\begin{cases} 1 & \\text{if } a^{[L]} > 0.5 \\\\ 0 & \\text{otherwise} \\end{cases}$$"
    ),
    "nb.dn.train": (
        "## Training with your settings\n\n"
        "The same layer sizes, activation, initialisation, learning rate and iterations as your run in the "
        "app, so the same costs and accuracies. Change them and run the cell again."
    ),
    "nb.dn.next": (
        "## Things to try\n\n"
        "- `layers_dims = [12288, 7, 1]` with `init = \"small\"`: the text's two-layer network.\n"
        "- `init = \"small\"` on the deep network: the signal shrinks layer after layer and the cost hardly "
        "moves at first.\n"
        "- `hidden_activation = \"sigmoid\"`: why does a deep stack of sigmoids learn so slowly?"
    ),
}
