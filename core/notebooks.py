"""Jupyter notebooks that reproduce a learner's run, to take home: "Download as notebook".

Each generator takes a page's settings and returns an `nbformat.NotebookNode` in the text's own style:
numpy, matplotlib.pyplot and h5py imported as the course does, every function written out in a cell
after a markdown cell with its formulas, training that prints "Cost after iteration i: c" every 100
iterations, the cost curve drawn with matplotlib, the accuracies printed. The notebook never imports
this app; run with the same settings it prints the app's numbers.

Where the app's code is the course's code (logistic regression, the planar data generators), the cells
are that code's own source (`inspect.getsource`), so the two cannot drift apart. The networks are
written here in the course's names and layout (the app trains the same iterates in a faster form);
tests/test_notebooks.py runs the notebooks and checks that their printed costs match core/'s.
"""

from __future__ import annotations

import inspect
import types

import nbformat
import numpy as np
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from core import logistic
from core.datasets import CAT_FILES, IMAGE_SHAPE, MIRRORS, TEST_FILE, TRAIN_FILE
from core.planar import PLANAR_SETS
from core.settings import format_number
from core.text import CATALOGUES, DEFAULT_LANGUAGE, t

# What the app's pages accept (kept in step with pages/shallow_network.py and pages/deep_network.py).
HIDDEN_ACTIVATIONS = ("tanh", "relu", "sigmoid")
DEEP_INITS = ("scaled", "small", "he")
PLANAR_SEED = 1  # the shallow page draws every data set with seed 1; its `seed` setting is the weights'

KERNEL_METADATA = {
    "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
    "language_info": {"name": "python"},
}


NOTEBOOK_MIME = "application/x-ipynb+json"  # for st.download_button(mime=...)


# ---- building blocks ----

def shown(value: float) -> str:
    """A setting as a reader wants it in a title or a file name: 0.3, not 0.30000000000000004 (a slider's
    float steps). The code cells keep the exact value, so the run is the app's to the last bit."""
    return format_number(float(f"{float(value):.10g}"))


def source_of(*functions) -> str:
    """The functions' own source, one after the other, as a cell's code."""
    return "\n\n\n".join(inspect.getsource(function).rstrip() for function in functions)


def with_helpers(function) -> list[types.FunctionType]:
    """`function` preceded by every function of its own module it calls (recursively), helpers first:
    the cells a generator's source needs to run on its own."""
    module = inspect.getmodule(function)
    ordered: list[types.FunctionType] = []

    def names(code):
        yield from code.co_names
        for constant in code.co_consts:
            if isinstance(constant, types.CodeType):  # comprehensions, lambdas
                yield from names(constant)

    def visit(f):
        if f in ordered:
            return
        for name in names(f.__code__):
            helper = getattr(module, name, None)
            if isinstance(helper, types.FunctionType) and helper.__module__ == module.__name__ and helper is not f:
                visit(helper)
        ordered.append(f)

    visit(function)
    return ordered


def _notebook(cells, chapter: str, settings: dict, language: str) -> nbformat.NotebookNode:
    notebook = new_notebook(cells=cells, metadata=dict(KERNEL_METADATA))
    # The settings travel with the notebook: its file name is made from them, and a test can read them.
    notebook.metadata["first_contact"] = {"chapter": chapter, "settings": settings, "language": language}
    nbformat.validate(notebook)
    return notebook


def _md(*keys: str, language: str = DEFAULT_LANGUAGE, **values):
    """One markdown cell in `language` from its keys, joined by blank lines: prose filled with `values`, and
    each `.latex_` key a display formula, as it is."""
    parts = [f"$${t(key, language)}$$" if ".latex_" in key else t(key, language, **values) for key in keys]
    return new_markdown_cell("\n\n".join(parts))


def _language(language: str):
    """`_md` for one language; an unknown language is refused before any cell is made."""
    if language not in CATALOGUES:
        raise ValueError(f"language must be one of {tuple(CATALOGUES)}, not {language!r}")
    return lambda *keys, **values: _md(*keys, language=language, **values)


def _code(text: str):
    return new_code_cell(text.strip("\n"))


PACKAGES_CAT = "nb.packages_cat"
PACKAGES_PLANAR = "nb.packages_planar"

IMPORTS_CAT = """
import numpy as np
import matplotlib.pyplot as plt
import h5py

%matplotlib inline
"""

IMPORTS_PLANAR = """
import numpy as np
import matplotlib.pyplot as plt

%matplotlib inline
"""


def _data_files_code() -> str:
    """Pins and download code, the pins copied from core.datasets (never retyped)."""
    pins = "".join(f"    {f.name!r}: ({f.sha256!r}, {f.size}),\n" for f in CAT_FILES)
    mirrors = "".join(f"    {m!r},\n" for m in MIRRORS)
    return f'''
import hashlib
import urllib.request
from pathlib import Path

# The course's two files, pinned by SHA-256 and size (the same pins as the First Contact app).
DATA_FILES = {{
{pins}}}
# Copies pinned to a commit, so the bytes behind a URL cannot change; tried in order.
MIRRORS = (
{mirrors})


def sha256_of(path):
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def download(name, sha256, size):
    """Fetch `name` from the first mirror whose bytes have the pinned size and SHA-256."""
    problems = []
    for template in MIRRORS:
        url = template.format(name=name)
        try:
            with urllib.request.urlopen(url, timeout=30) as response:
                data = response.read(size + 1)  # one byte more than the file has: a longer file is wrong
        except OSError as error:  # no network, a refused connection, HTTP errors
            problems.append(f"{{url}}: {{error}}")
            continue
        if len(data) != size or hashlib.sha256(data).hexdigest() != sha256:
            problems.append(f"{{url}}: not the course's file (size or SHA-256 differs)")
            continue
        Path(name).write_bytes(data)
        return
    raise RuntimeError(
        f"Could not download {{name}}.\\n  " + "\\n  ".join(problems) + "\\n"
        f"Without network: copy {{', '.join(DATA_FILES)}} into the folder of this notebook "
        f"({{Path.cwd()}}); the First Contact app keeps them in its data/ folder. Then run this cell again."
    )
'''


ENSURE_DATA_FILES = """
for name, (sha256, size) in DATA_FILES.items():
    if not Path(name).is_file():
        print(f"{name} is not next to this notebook: downloading it.")
        download(name, sha256, size)
    elif sha256_of(name) != sha256:
        print(f"Note: {name} is not the course's file (its SHA-256 differs); using it anyway.")
print("Data files ready:", ", ".join(DATA_FILES))
"""

LOAD_DATASET = f"""
def load_dataset():
    \"\"\"The pictures (m, 64, 64, 3), the labels as rows (1, m), and the class names.\"\"\"
    with h5py.File({TRAIN_FILE.name!r}, "r") as train_dataset:
        train_set_x_orig = np.array(train_dataset["train_set_x"][:])
        train_set_y_orig = np.array(train_dataset["train_set_y"][:])
    with h5py.File({TEST_FILE.name!r}, "r") as test_dataset:
        test_set_x_orig = np.array(test_dataset["test_set_x"][:])
        test_set_y_orig = np.array(test_dataset["test_set_y"][:])
        classes = np.array(test_dataset["list_classes"][:])
    train_set_y_orig = train_set_y_orig.reshape((1, train_set_y_orig.shape[0]))
    test_set_y_orig = test_set_y_orig.reshape((1, test_set_y_orig.shape[0]))
    return train_set_x_orig, train_set_y_orig, test_set_x_orig, test_set_y_orig, classes
"""


def _cat_data_cells(x: str, y: str, md) -> list:
    """Cells that leave the flattened, scaled images in `{x}` / `test_...` and labels in `{y}`: the cat
    notebook uses the course's logistic-regression names (train_set_x), the deep one its own (train_x)."""
    test_x, test_y = x.replace("train", "test"), y.replace("train", "test")
    return [
        md("nb.data_files", train=TRAIN_FILE.name, test=TEST_FILE.name),
        _code(_data_files_code()),
        _code(ENSURE_DATA_FILES),
        md("nb.load_dataset"),
        _code(LOAD_DATASET),
        _code(f"""
{x}_orig, {y}, {test_x}_orig, {test_y}, classes = load_dataset()
print("training pictures:", {x}_orig.shape, " labels:", {y}.shape)
print("test pictures:    ", {test_x}_orig.shape, " labels:", {test_y}.shape)
"""),
        md("nb.example_picture"),
        _code(f"""
index = 25
plt.imshow({x}_orig[index])
plt.title(f"y = {{{y}[0, index]}}: a {{classes[{y}[0, index]].decode('utf-8')}} picture")
plt.show()
"""),
        md("nb.flatten", "nb.latex_flatten"),
        _code(f"""
{x}_flatten = {x}_orig.reshape({x}_orig.shape[0], -1).T
{test_x}_flatten = {test_x}_orig.reshape({test_x}_orig.shape[0], -1).T
{x} = {x}_flatten / 255.
{test_x} = {test_x}_flatten / 255.
print("{x}:", {x}.shape, " {test_x}:", {test_x}.shape)
"""),
    ]


def _cost_curve_code(costs: str) -> str:
    return f"""
plt.plot(np.squeeze({costs}))
plt.ylabel("cost")
plt.xlabel("iterations (per hundreds)")
plt.title("Learning rate = " + str(learning_rate))
plt.show()
"""


# ---- the cat classifier: logistic regression, the app's own functions ----

SIGMOID = ("nb.sigmoid", "nb.latex_sigmoid", "nb.sigmoid_stable", "nb.latex_sigmoid_stable")

LOGISTIC_CELLS = (  # (markdown keys, function): every function `logistic.model` needs, in reading order
    (SIGMOID, logistic.sigmoid),
    (("nb.cost", "nb.latex_cost", "nb.cost_from_z", "nb.latex_cost_from_z", "nb.cost_from_z_why"),
     logistic.log_loss_from_logits),
    (("nb.cat.initialize_with_zeros",), logistic.initialize_with_zeros),
    (("nb.cat.propagate", "nb.cat.latex_forward", "nb.cat.backward", "nb.cat.latex_backward"), logistic.propagate),
    (("nb.cat.optimize", "nb.cat.latex_optimize", "nb.cat.optimize_note"), logistic.optimize),
    (("nb.cat.predict", "nb.cat.latex_predict"), logistic.predict),
    (("nb.accuracy", "nb.latex_accuracy"), logistic.accuracy),
    (("nb.cat.model",), logistic.model),
)


def cat_notebook(learning_rate: float = 0.005, num_iterations: int = 2000,
                 language: str = DEFAULT_LANGUAGE) -> nbformat.NotebookNode:
    """The cat classifier's run: logistic regression from zeros, printing what `logistic.model` prints."""
    md = _language(language)
    learning_rate, num_iterations = float(learning_rate), int(num_iterations)
    cells = [
        md("nb.cat.title", learning_rate=shown(learning_rate), num_iterations=num_iterations),
        md("nb.generated_by", packages=t(PACKAGES_CAT, language)),
        md("nb.imports"),
        _code(IMPORTS_CAT),
        *_cat_data_cells("train_set_x", "train_set_y", md),
    ]
    for keys, function in LOGISTIC_CELLS:
        cells += [md(*keys), _code(source_of(function))]
    cells += [
        md("nb.cat.train"),
        md("nb.same_numbers"),
        _code(f"""
learning_rate = {learning_rate!r}
num_iterations = {num_iterations!r}
d = model(train_set_x, train_set_y, test_set_x, test_set_y,
          num_iterations=num_iterations, learning_rate=learning_rate, print_cost=True)
"""),
        md("nb.cost_curve"),
        _code(_cost_curve_code('d["costs"]')),
        md("nb.cat.next"),
    ]
    return _notebook(cells, "cat_classifier", {"learning_rate": learning_rate, "num_iterations": num_iterations},
                     language)


# ---- the shallow network: the course's planar-data lab, with the page's choices ----

SHALLOW_FUNCTIONS = {
    "layer_sizes": '''
def layer_sizes(X, Y, n_h):
    """(n_x, n_h, n_y): the sizes of the input, hidden and output layers."""
    n_x = X.shape[0]
    n_y = Y.shape[0]
    return n_x, n_h, n_y
''',
    "initialize_parameters": '''
def initialize_parameters(n_x, n_h, n_y, seed):
    """Weights 0.01 * randn after np.random.seed(seed), biases zero."""
    np.random.seed(seed)  # the same seed, the same starting weights: the run is repeatable
    W1 = np.random.randn(n_h, n_x) * 0.01
    b1 = np.zeros((n_h, 1))
    W2 = np.random.randn(n_y, n_h) * 0.01
    b2 = np.zeros((n_y, 1))
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
''',
    "hidden_activation": '''
def hidden_activation(Z, activation):
    """g(Z) for the hidden layer."""
    if activation == "tanh":
        return np.tanh(Z)
    if activation == "relu":
        return np.maximum(0, Z)
    if activation == "sigmoid":
        return sigmoid(Z)
    raise ValueError(f"activation must be tanh, relu or sigmoid, not {activation!r}")


def hidden_activation_slope(Z, A, activation):
    """g'(Z) for the hidden layer, from its Z and A = g(Z)."""
    if activation == "tanh":
        return 1 - A**2
    if activation == "relu":
        return (Z > 0).astype(float)
    if activation == "sigmoid":
        return A * (1 - A)
    raise ValueError(f"activation must be tanh, relu or sigmoid, not {activation!r}")
''',
    "forward_propagation": '''
def forward_propagation(X, parameters, activation):
    """A2, the output probabilities (1, m), and the cache the backward pass needs."""
    W1, b1, W2, b2 = parameters["W1"], parameters["b1"], parameters["W2"], parameters["b2"]
    Z1 = np.dot(W1, X) + b1
    A1 = hidden_activation(Z1, activation)
    Z2 = np.dot(W2, A1) + b2
    A2 = sigmoid(Z2)
    cache = {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}
    return A2, cache
''',
    "compute_cost": '''
def compute_cost(Z2, Y):
    """The cross-entropy cost of the output A2 = sigmoid(Z2), computed from Z2 (never log 0)."""
    return float(np.mean(np.logaddexp(0.0, Z2) - Y * Z2))
''',
    "backward_propagation": '''
def backward_propagation(parameters, cache, X, Y, activation):
    """The gradients of the cost with respect to W1, b1, W2, b2."""
    m = X.shape[1]
    W2 = parameters["W2"]
    Z1, A1, A2 = cache["Z1"], cache["A1"], cache["A2"]
    dZ2 = A2 - Y
    dW2 = np.dot(dZ2, A1.T) / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dZ1 = np.dot(W2.T, dZ2) * hidden_activation_slope(Z1, A1, activation)
    dW1 = np.dot(dZ1, X.T) / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
''',
    "update_parameters": '''
def update_parameters(parameters, grads, learning_rate):
    """One step of gradient descent on every parameter."""
    W1 = parameters["W1"] - learning_rate * grads["dW1"]
    b1 = parameters["b1"] - learning_rate * grads["db1"]
    W2 = parameters["W2"] - learning_rate * grads["dW2"]
    b2 = parameters["b2"] - learning_rate * grads["db2"]
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
''',
    "nn_model": '''
def nn_model(X, Y, n_h, activation="tanh", learning_rate=1.2, num_iterations=10000, seed=2,
             print_cost=False):
    """Train the network; (parameters, the cost every 100 iterations)."""
    n_x, n_h, n_y = layer_sizes(X, Y, n_h)
    parameters = initialize_parameters(n_x, n_h, n_y, seed)
    costs = []
    for i in range(num_iterations):
        A2, cache = forward_propagation(X, parameters, activation)
        cost = compute_cost(cache["Z2"], Y)
        if not np.isfinite(cost):  # the steps overshoot further and further: no point going on
            print(f"Iteration {i}: the cost is {cost}. The learning rate is too large; the run stops here.")
            break
        if i % 100 == 0:
            costs.append(cost)
            if print_cost:
                print(f"Cost after iteration {i}: {cost:f}")
        grads = backward_propagation(parameters, cache, X, Y, activation)
        parameters = update_parameters(parameters, grads, learning_rate)
    return parameters, costs
''',
    "predict": '''
def predict(parameters, X, activation):
    """0/1 predictions (1, m): 1 where the predicted probability is above 0.5."""
    A2, cache = forward_propagation(X, parameters, activation)
    return (A2 > 0.5).astype(float)
''',
}

PLOT_PLANAR = """
plt.scatter(X[0, :], X[1, :], c=Y.ravel(), s=20, cmap=plt.cm.Spectral)
plt.xlabel("x1")
plt.ylabel("x2")
plt.title(f"{Y.shape[1]} points, two classes")
plt.show()
"""

PLOT_DECISION_BOUNDARY = '''
def plot_decision_boundary(model, X, Y, step=0.02):
    """Colour the plane by the class `model` predicts for each point, and draw the data on top."""
    x_min, x_max = X[0, :].min() - 1, X[0, :].max() + 1
    y_min, y_max = X[1, :].min() - 1, X[1, :].max() + 1
    xx, yy = np.meshgrid(np.arange(x_min, x_max, step), np.arange(y_min, y_max, step))
    Z = model(np.c_[xx.ravel(), yy.ravel()]).reshape(xx.shape)
    plt.contourf(xx, yy, Z, cmap=plt.cm.Spectral)
    plt.scatter(X[0, :], X[1, :], c=Y.ravel(), s=20, cmap=plt.cm.Spectral, edgecolors="k", linewidths=0.3)
    plt.xlabel("x1")
    plt.ylabel("x2")
'''

DRAW_DECISION_BOUNDARY = """
plot_decision_boundary(lambda x: predict(parameters, x.T, activation), X, Y)
plt.title(f"Decision boundary: {n_h} hidden units, {activation}")
plt.show()
"""


def shallow_notebook(data: str = "flower", noise: float = 0.2, hidden_units: int = 4, activation: str = "tanh",
                     learning_rate: float = 1.2, num_iterations: int = 10000, seed: int = 2,
                     language: str = DEFAULT_LANGUAGE) -> nbformat.NotebookNode:
    """The shallow network's run: one hidden layer trained on the page's planar data set."""
    md = _language(language)
    if data not in PLANAR_SETS:
        raise ValueError(f"data must be one of {tuple(PLANAR_SETS)}, not {data!r}")
    if activation not in HIDDEN_ACTIVATIONS:
        raise ValueError(f"activation must be one of {HIDDEN_ACTIVATIONS}, not {activation!r}")
    noise, learning_rate = float(noise), float(learning_rate)
    hidden_units, num_iterations, seed = int(hidden_units), int(num_iterations), int(seed)
    generator = PLANAR_SETS[data]
    m = inspect.signature(generator).parameters["m"].default
    functions = SHALLOW_FUNCTIONS
    cells = [
        md("nb.sn.title", data=data, noise=shown(noise), hidden_units=hidden_units, activation=activation,
            learning_rate=shown(learning_rate), num_iterations=num_iterations, seed=seed),
        md("nb.generated_by", packages=t(PACKAGES_PLANAR, language)),
        md("nb.imports_planar"),
        _code(IMPORTS_PLANAR),
        md("nb.sn.data", m=m, function=generator.__name__),
        _code(source_of(*with_helpers(generator))),
        # noise!r: the exact float the app used (the flower takes the course's own path at exactly 0.2)
        _code(f"X, Y = {generator.__name__}(seed={PLANAR_SEED}, noise={noise!r})\n"
              f'print("X:", X.shape, " Y:", Y.shape)'),
        _code(PLOT_PLANAR),
        md("nb.sn.layer_sizes"),
        _code(functions["layer_sizes"]),
        md("nb.sn.initialize", "nb.sn.latex_initialize"),
        _code(functions["initialize_parameters"]),
        md(*SIGMOID),
        _code(source_of(logistic.sigmoid)),
        md("nb.sn.hidden_activation", "nb.latex_activations", "nb.activations_note"),
        _code(functions["hidden_activation"]),
        md("nb.sn.forward", "nb.sn.latex_forward", "nb.sn.forward_note"),
        _code(functions["forward_propagation"]),
        md("nb.cost", "nb.sn.latex_cost", "nb.cost_from_output_z", "nb.sn.latex_cost_from_z",
            "nb.cost_from_output_z_why"),
        _code(functions["compute_cost"]),
        md("nb.sn.backward", "nb.sn.latex_backward_2", "nb.sn.latex_backward_1", "nb.elementwise"),
        _code(functions["backward_propagation"]),
        md("nb.update", "nb.latex_update"),
        _code(functions["update_parameters"]),
        md("nb.sn.model"),
        _code(functions["nn_model"]),
        md("nb.predict", "nb.sn.latex_predict"),
        _code(functions["predict"]),
        md("nb.accuracy", "nb.latex_accuracy"),
        _code(source_of(logistic.accuracy)),
        md("nb.sn.train"),
        md("nb.same_numbers"),
        _code(f"""
n_h = {hidden_units!r}
activation = {activation!r}
learning_rate = {learning_rate!r}
num_iterations = {num_iterations!r}
seed = {seed!r}
parameters, costs = nn_model(X, Y, n_h, activation=activation, learning_rate=learning_rate,
                             num_iterations=num_iterations, seed=seed, print_cost=True)
Y_prediction = predict(parameters, X, activation)
print(f"train accuracy: {{accuracy(Y_prediction, Y)}} %")
"""),
        md("nb.cost_curve"),
        _code(_cost_curve_code("costs")),
        md("nb.sn.boundary"),
        _code(PLOT_DECISION_BOUNDARY),
        _code(DRAW_DECISION_BOUNDARY),
        md("nb.sn.next"),
    ]
    settings = {"data": data, "noise": noise, "hidden_units": hidden_units, "activation": activation,
                "learning_rate": learning_rate, "num_iterations": num_iterations, "seed": seed}
    return _notebook(cells, "shallow_network", settings, language)


# ---- the deep network: the course's L-layer lab, with the page's choices ----

DEEP_FUNCTIONS = {
    "initialize_parameters_deep": '''
def initialize_parameters_deep(layer_dims, init="scaled", seed=1):
    """W1, b1, ..., WL, bL for the layer sizes [n_x, n_1, ..., n_L]."""
    np.random.seed(seed)  # the same seed, the same starting weights: the run is repeatable
    parameters = {}
    L = len(layer_dims) - 1  # layers with parameters (the input layer has none)
    for l in range(1, L + 1):
        n, n_prev = layer_dims[l], layer_dims[l - 1]
        if init == "small":
            scale = 0.01
        elif init == "scaled":
            scale = 1 / np.sqrt(n_prev)
        elif init == "he":
            scale = np.sqrt(2 / n_prev)
        else:
            raise ValueError(f"init must be small, scaled or he, not {init!r}")
        parameters["W" + str(l)] = np.random.randn(n, n_prev) * scale
        parameters["b" + str(l)] = np.zeros((n, 1))
    return parameters
''',
    "activations": '''
def relu(Z):
    return np.maximum(0, Z)


def relu_backward(dA, Z):
    """dZ = dA * g'(Z): the gradient passes where Z > 0 and stops elsewhere."""
    return dA * (Z > 0)


def tanh_backward(dA, Z):
    A = np.tanh(Z)
    return dA * (1 - A**2)


def sigmoid_backward(dA, Z):
    s = sigmoid(Z)
    return dA * (s * (1 - s))
''',
    "linear_forward": '''
def linear_forward(A, W, b):
    """Z = W A + b, and the cache (A, W, b) for the backward pass."""
    Z = np.dot(W, A) + b
    cache = (A, W, b)
    return Z, cache
''',
    "linear_activation_forward": '''
def linear_activation_forward(A_prev, W, b, activation):
    """A = g(W A_prev + b), and the cache (linear cache, Z)."""
    Z, linear_cache = linear_forward(A_prev, W, b)
    if activation == "relu":
        A = relu(Z)
    elif activation == "tanh":
        A = np.tanh(Z)
    elif activation == "sigmoid":
        A = sigmoid(Z)
    else:
        raise ValueError(f"activation must be relu, tanh or sigmoid, not {activation!r}")
    cache = (linear_cache, Z)
    return A, cache
''',
    "L_model_forward": '''
def L_model_forward(X, parameters, hidden_activation="relu"):
    """AL, the output probabilities (1, m), and one cache per layer."""
    caches = []
    A = X
    L = len(parameters) // 2
    for l in range(1, L):
        A, cache = linear_activation_forward(A, parameters["W" + str(l)], parameters["b" + str(l)],
                                             hidden_activation)
        caches.append(cache)
    AL, cache = linear_activation_forward(A, parameters["W" + str(L)], parameters["b" + str(L)], "sigmoid")
    caches.append(cache)
    return AL, caches
''',
    "compute_cost": '''
def compute_cost(ZL, Y):
    """The cross-entropy cost of the output AL = sigmoid(ZL), computed from ZL (never log 0)."""
    return float(np.mean(np.logaddexp(0.0, ZL) - Y * ZL))
''',
    "linear_backward": '''
def linear_backward(dZ, cache):
    """dA_prev, dW, db from dZ and the layer's cache (A_prev, W, b)."""
    A_prev, W, b = cache
    m = A_prev.shape[1]
    dW = np.dot(dZ, A_prev.T) / m
    db = np.sum(dZ, axis=1, keepdims=True) / m
    dA_prev = np.dot(W.T, dZ)
    return dA_prev, dW, db
''',
    "linear_activation_backward": '''
def linear_activation_backward(dA, cache, activation):
    """dA_prev, dW, db for one layer with activation g."""
    linear_cache, Z = cache
    if activation == "relu":
        dZ = relu_backward(dA, Z)
    elif activation == "tanh":
        dZ = tanh_backward(dA, Z)
    elif activation == "sigmoid":
        dZ = sigmoid_backward(dA, Z)
    else:
        raise ValueError(f"activation must be relu, tanh or sigmoid, not {activation!r}")
    return linear_backward(dZ, linear_cache)
''',
    "L_model_backward": '''
def L_model_backward(AL, Y, caches, hidden_activation="relu"):
    """The gradients dA0..dA(L-1), dW1..dWL, db1..dbL."""
    grads = {}
    L = len(caches)
    dZL = AL - Y  # the sigmoid output and the cross-entropy cost together
    grads["dA" + str(L - 1)], grads["dW" + str(L)], grads["db" + str(L)] = linear_backward(dZL, caches[L - 1][0])
    for l in reversed(range(L - 1)):
        dA_prev, dW, db = linear_activation_backward(grads["dA" + str(l + 1)], caches[l], hidden_activation)
        grads["dA" + str(l)] = dA_prev
        grads["dW" + str(l + 1)] = dW
        grads["db" + str(l + 1)] = db
    return grads
''',
    "update_parameters": '''
def update_parameters(parameters, grads, learning_rate):
    """One step of gradient descent on every layer's W and b."""
    L = len(parameters) // 2
    for l in range(1, L + 1):
        parameters["W" + str(l)] = parameters["W" + str(l)] - learning_rate * grads["dW" + str(l)]
        parameters["b" + str(l)] = parameters["b" + str(l)] - learning_rate * grads["db" + str(l)]
    return parameters
''',
    "L_layer_model": '''
def L_layer_model(X, Y, layers_dims, hidden_activation="relu", init="scaled", learning_rate=0.0075,
                  num_iterations=2500, seed=1, print_cost=False):
    """Train the L-layer network; (parameters, the cost every 100 iterations)."""
    parameters = initialize_parameters_deep(layers_dims, init, seed)
    costs = []
    for i in range(num_iterations):
        AL, caches = L_model_forward(X, parameters, hidden_activation)
        ZL = caches[-1][1]  # the output layer's Z: the cost is computed from it
        cost = compute_cost(ZL, Y)
        if not np.isfinite(cost):  # the steps overshoot further and further: no point going on
            print(f"Iteration {i}: the cost is {cost}. The learning rate is too large; the run stops here.")
            break
        if i % 100 == 0:
            costs.append(cost)
            if print_cost:
                print(f"Cost after iteration {i}: {cost:f}")
        grads = L_model_backward(AL, Y, caches, hidden_activation)
        parameters = update_parameters(parameters, grads, learning_rate)
    return parameters, costs
''',
    "predict": '''
def predict(parameters, X, hidden_activation="relu"):
    """0/1 predictions (1, m): 1 where the predicted probability is above 0.5."""
    AL, caches = L_model_forward(X, parameters, hidden_activation)
    return (AL > 0.5).astype(float)
''',
}

DEEP_CELLS = (  # (markdown keys, function name) in reading order
    (("nb.dn.initialize", "nb.dn.latex_initialize", "nb.dn.scales", "nb.dn.latex_scales"),
     "initialize_parameters_deep"),
    (("nb.dn.linear_forward", "nb.dn.latex_linear_forward", "nb.dn.linear_forward_note"), "linear_forward"),
    (("nb.dn.linear_activation_forward", "nb.dn.latex_linear_activation_forward",
      "nb.dn.linear_activation_forward_note"), "linear_activation_forward"),
    (("nb.dn.L_model_forward", "nb.dn.latex_L_model_forward"), "L_model_forward"),
    (("nb.cost", "nb.dn.latex_cost", "nb.cost_from_output_z", "nb.dn.latex_cost_from_z", "nb.cost_from_output_z_why"),
     "compute_cost"),
    (("nb.dn.linear_backward", "nb.dn.latex_linear_backward"), "linear_backward"),
    (("nb.dn.linear_activation_backward", "nb.dn.latex_linear_activation_backward",
      "nb.dn.linear_activation_backward_note"), "linear_activation_backward"),
    (("nb.dn.L_model_backward", "nb.dn.latex_L_model_backward", "nb.dn.L_model_backward_note"), "L_model_backward"),
    (("nb.update", "nb.latex_update"), "update_parameters"),
    (("nb.dn.model",), "L_layer_model"),
    (("nb.predict", "nb.dn.latex_predict"), "predict"),
)


def deep_notebook(hidden_sizes=(20, 7, 5), activation: str = "relu", init: str = "scaled",
                  learning_rate: float = 0.0075, num_iterations: int = 2500, seed: int = 1,
                  language: str = DEFAULT_LANGUAGE) -> nbformat.NotebookNode:
    """The deep network's run: an L-layer network on the cat pictures (the page always uses seed 1)."""
    md = _language(language)
    hidden_sizes = tuple(int(size) for size in hidden_sizes)
    if activation not in HIDDEN_ACTIVATIONS:
        raise ValueError(f"activation must be one of {HIDDEN_ACTIVATIONS}, not {activation!r}")
    if init not in DEEP_INITS:
        raise ValueError(f"init must be one of {DEEP_INITS}, not {init!r}")
    learning_rate, num_iterations, seed = float(learning_rate), int(num_iterations), int(seed)
    n_x = int(np.prod(IMAGE_SHAPE))
    layer_dims = [n_x, *hidden_sizes, 1]
    cells = [
        md("nb.dn.title", layer_dims=" → ".join(map(str, layer_dims)), activation=activation, init=init,
            learning_rate=shown(learning_rate), num_iterations=num_iterations),
        md("nb.generated_by", packages=t(PACKAGES_CAT, language)),
        md("nb.imports"),
        _code(IMPORTS_CAT),
        *_cat_data_cells("train_x", "train_y", md),
        md(*SIGMOID),
        _code(source_of(logistic.sigmoid)),
        md("nb.dn.activations", "nb.latex_activations", "nb.activations_note"),
        _code(DEEP_FUNCTIONS["activations"]),
    ]
    for keys, name in DEEP_CELLS:
        cells += [md(*keys), _code(DEEP_FUNCTIONS[name])]
    cells += [
        md("nb.accuracy", "nb.latex_accuracy"),
        _code(source_of(logistic.accuracy)),
        md("nb.dn.train"),
        md("nb.same_numbers"),
        _code(f"""
layers_dims = {layer_dims!r}
hidden_activation = {activation!r}
init = {init!r}
learning_rate = {learning_rate!r}
num_iterations = {num_iterations!r}
seed = {seed!r}
parameters, costs = L_layer_model(train_x, train_y, layers_dims, hidden_activation=hidden_activation, init=init,
                                  learning_rate=learning_rate, num_iterations=num_iterations, seed=seed,
                                  print_cost=True)
print(f"train accuracy: {{accuracy(predict(parameters, train_x, hidden_activation), train_y)}} %")
print(f"test accuracy: {{accuracy(predict(parameters, test_x, hidden_activation), test_y)}} %")
"""),
        md("nb.cost_curve"),
        _code(_cost_curve_code("costs")),
        md("nb.dn.next"),
    ]
    settings = {"hidden_sizes": list(hidden_sizes), "activation": activation, "init": init,
                "learning_rate": learning_rate, "num_iterations": num_iterations, "seed": seed}
    return _notebook(cells, "deep_network", settings, language)


# ---- for the pages' download buttons ----

def notebook_bytes(notebook: nbformat.NotebookNode) -> bytes:
    """The .ipynb file's bytes, for `st.download_button(data=...)`."""
    return nbformat.writes(notebook).encode("utf-8")


def notebook_file_name(notebook: nbformat.NotebookNode) -> str:
    """A file name that says which run it holds, e.g. cat_classifier_lr0.005_2000_iterations.ipynb."""
    chapter = notebook.metadata["first_contact"]["chapter"]
    s = notebook.metadata["first_contact"]["settings"]
    run = f"lr{shown(s['learning_rate'])}_{s['num_iterations']}_iterations"
    if chapter == "shallow_network":
        parts = [s["data"], f"noise{shown(s['noise'])}", f"{s['hidden_units']}_{s['activation']}_units",
                 run, f"seed{s['seed']}"]
    elif chapter == "deep_network":
        parts = ["-".join(map(str, s["hidden_sizes"])), s["activation"], s["init"], run]
    else:
        parts = [run]
    return "_".join([chapter, *parts]) + ".ipynb"
