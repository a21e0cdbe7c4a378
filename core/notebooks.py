"""Jupyter notebooks that reproduce a learner's run, to take home: "Download as notebook".

Each generator takes a page's settings and the learner's language and returns an `nbformat.NotebookNode` in
the text's own style: numpy, matplotlib.pyplot and h5py imported as the course does, every function written
out in a cell after a markdown cell with its formulas, training that prints "Cost after iteration i: c"
every 100 iterations, the cost curve drawn with matplotlib, the accuracies printed. The notebook never
imports this app; run with the same settings it prints the app's numbers. Only the markdown changes with
the language: the code, what it prints and the formulas are the same in every language.

The functions, classes and constants the notebooks show are the app's own source (`inspect.getsource`):
logistic regression (core/logistic.py), the planar data sets and the plane grid (core/planar.py), and the
networks' building blocks (core/nn.py), each cell with whatever of the app's own its pieces use
(`with_helpers`). So the code shown, the code in the notebook and the code that runs cannot drift apart.
Only the course's training loops (`nn_model`, `L_layer_model`), the plots and the data-file cells are
written here (`WRITTEN_HERE`); tests/test_notebooks.py checks that every other definition in a notebook is
exactly core's source, and runs the notebooks against core's numbers.
"""

from __future__ import annotations

import ast
import functools
import inspect
import sys
import types
from dataclasses import dataclass

import nbformat
import numpy as np
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from core import logistic, nn, planar
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


OWN_PACKAGE = __name__.split(".")[0]  # "core": what `with_helpers` follows; numpy and the rest are imported


@dataclass(frozen=True)
class Constant:
    """A name assigned once at the top of one of the app's modules (core.nn.ACTIVATIONS): its source is
    that assignment."""

    module: str
    name: str

    @property
    def __name__(self) -> str:
        return self.name


@functools.lru_cache(maxsize=None)
def _assignments(module_name: str) -> dict[str, str]:
    """{name: source of its top-level assignment} for a module."""
    source = inspect.getsource(sys.modules[module_name])
    found = {}
    for node in ast.parse(source).body:
        targets = (node.targets if isinstance(node, ast.Assign)
                   else [node.target] if isinstance(node, ast.AnnAssign) else [])
        for target in targets:
            if isinstance(target, ast.Name):
                found[target.id] = ast.get_source_segment(source, node)
    return found


def source_of(*pieces) -> str:
    """The pieces' own source (functions, classes, constants), one after the other, as a cell's code."""
    return "\n\n\n".join(_assignments(piece.module)[piece.name] if isinstance(piece, Constant)
                          else inspect.getsource(piece).rstrip() for piece in pieces)


def _codes(piece):
    """The code objects of a function, or of a class's methods and properties."""
    if isinstance(piece, types.FunctionType):
        yield piece.__code__
    elif isinstance(piece, type):
        for member in vars(piece).values():
            member = getattr(member, "__func__", member)  # staticmethod, classmethod
            member = getattr(member, "fget", member)  # property
            if isinstance(member, types.FunctionType):
                yield member.__code__


def _names(code):
    yield from code.co_names
    for constant in code.co_consts:
        if isinstance(constant, types.CodeType):  # comprehensions, lambdas, nested functions
            yield from _names(constant)


def _helper(piece, name):
    """What `name` means where `piece` is defined, if it is a function, class or constant of the app's own."""
    module = piece.__module__
    value = vars(sys.modules[module]).get(name)
    if isinstance(value, (types.FunctionType, type)):
        return value if value.__module__.split(".")[0] == OWN_PACKAGE else None
    if value is not None and name in _assignments(module):
        return Constant(module, name)
    return None


def with_helpers(*pieces) -> list:
    """The pieces preceded by every function, class and constant of the app's own they use (recursively,
    across the app's modules), helpers first: the cells a piece's source needs to run on its own."""
    ordered: list = []
    visiting: set = set()

    def visit(piece):
        if piece in ordered or piece in visiting:
            return
        visiting.add(piece)
        for code in _codes(piece):
            for name in _names(code):
                helper = _helper(piece, name)
                if helper is not None and helper is not piece:
                    visit(helper)
        ordered.append(piece)

    for piece in pieces:
        visit(piece)
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


# ---- the networks: the app's own functions (core/nn.py), the course's training loops around them ----

NETWORK_CELLS = (  # (markdown keys, what the cell shows): each cell also shows what its pieces use, unless shown above
    (("nb.net.parameters",), (nn.Parameters,)),
    (("nb.net.initialize", "nb.net.latex_initialize", "nb.net.scales", "nb.net.latex_scales", "nb.net.seed"),
     (nn.initialize_parameters_deep,)),
    (SIGMOID, (logistic.sigmoid,)),
    (("nb.net.activations", "nb.latex_activations", "nb.net.activations_note"), (nn.activate, nn.activation_slope)),
    (("nb.net.forward", "nb.net.latex_forward", "nb.net.forward_note"), (nn.L_model_forward,)),
    (("nb.cost", "nb.net.latex_cost", "nb.net.cost_from_z", "nb.net.latex_cost_from_z", "nb.cost_from_z_why"),
     (nn.compute_cost,)),
    (("nb.net.backward", "nb.net.latex_dZL", "nb.net.backward_layers", "nb.net.latex_backward", "nb.net.backward_note"),
     (nn.L_model_backward,)),
    (("nb.update", "nb.latex_update", "nb.net.update_note"), (nn.update_parameters,)),
)

PREDICTION_CELLS = (
    (("nb.predict", "nb.net.latex_predict", "nb.net.predict_note"), (nn.predict,)),
    (("nb.accuracy", "nb.latex_accuracy"), (logistic.accuracy,)),
)

# Functions the notebooks write out themselves (the course's loops and plots, the data files): every other
# function, class or constant in a notebook is the app's own source (tests/test_notebooks.py checks both).
WRITTEN_HERE = ("sha256_of", "download", "load_dataset", "layer_sizes", "nn_model", "L_layer_model",
                "plot_decision_boundary")


def _core_cells(specs, md, shown: list) -> list:
    """A markdown cell and a code cell per spec; the code is the source of the spec's pieces, preceded by
    whatever of the app's own they use that no earlier cell showed."""
    cells = []
    for keys, pieces in specs:
        new = [piece for piece in with_helpers(*pieces) if piece not in shown]
        shown.extend(new)
        cells += [md(*keys), _code(source_of(*new))]
    return cells


TRAINING_LOOP = '''    costs = []
    for i in range(num_iterations):
        AL, caches = L_model_forward(X, parameters)
        ZL = caches[-1][1]  # the output layer's Z: the cost is computed from it
        cost = compute_cost(ZL, Y)
        if not np.isfinite(cost):  # the steps overshoot further and further: no point going on
            print(f"Iteration {i}: the cost is {cost}. The learning rate is too large; the run stops here.")
            break
        if i % 100 == 0:
            costs.append(cost)
            if print_cost:
                print(f"Cost after iteration {i}: {cost:f}")
        grads = L_model_backward(AL, Y, caches, parameters)
        parameters = update_parameters(parameters, grads, learning_rate)
    return parameters, costs
'''

# ---- the shallow network: the course's planar-data lab, with the page's choices ----

LAYER_SIZES = '''
def layer_sizes(X, Y, n_h):
    """(n_x, n_h, n_y): the sizes of the input, hidden and output layers."""
    n_x = X.shape[0]
    n_y = Y.shape[0]
    return n_x, n_h, n_y
'''

NN_MODEL = '''
def nn_model(X, Y, n_h, activation="tanh", learning_rate=1.2, num_iterations=10000, seed=2,
             print_cost=False):
    """Train the network with one hidden layer; (parameters, the cost every 100 iterations)."""
    n_x, n_h, n_y = layer_sizes(X, Y, n_h)
    parameters = initialize_parameters_deep([n_x, n_h, n_y], init="small", seed=seed, hidden=activation)
''' + TRAINING_LOOP

PLOT_PLANAR = """
plt.scatter(X[0, :], X[1, :], c=Y.ravel(), s=20, cmap=plt.cm.Spectral)
plt.xlabel("x1")
plt.ylabel("x2")
plt.title(f"{Y.shape[1]} points, two classes")
plt.show()
"""

PLOT_DECISION_BOUNDARY = '''
def plot_decision_boundary(model, X, Y, steps=300):
    """Colour the plane by the class `model` predicts at each point of a grid, and draw the data on top."""
    xs, ys, points = plane_grid(data_box(X, pad=1.0), steps)
    predictions = model(points).reshape(len(ys), len(xs))
    plt.contourf(xs, ys, predictions, cmap=plt.cm.Spectral)
    plt.scatter(X[0, :], X[1, :], c=Y.ravel(), s=20, cmap=plt.cm.Spectral, edgecolors="k", linewidths=0.3)
    plt.xlabel("x1")
    plt.ylabel("x2")
'''

DRAW_DECISION_BOUNDARY = """
plot_decision_boundary(lambda points: predict(parameters, points), X, Y)
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
    shown_pieces: list = []
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
        _code(LAYER_SIZES),
        md("nb.net.from_the_app", model="nn_model"),
        *_core_cells(NETWORK_CELLS, md, shown_pieces),
        md("nb.sn.model"),
        _code(NN_MODEL),
        *_core_cells(PREDICTION_CELLS, md, shown_pieces),
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
Y_prediction = predict(parameters, X)
print(f"train accuracy: {{accuracy(Y_prediction, Y)}} %")
"""),
        md("nb.cost_curve"),
        _code(_cost_curve_code("costs")),
        md("nb.sn.grid"),
        _code(source_of(planar.data_box, planar.plane_grid)),
        md("nb.sn.boundary"),
        _code(PLOT_DECISION_BOUNDARY),
        _code(DRAW_DECISION_BOUNDARY),
        md("nb.sn.next"),
    ]
    settings = {"data": data, "noise": noise, "hidden_units": hidden_units, "activation": activation,
                "learning_rate": learning_rate, "num_iterations": num_iterations, "seed": seed}
    return _notebook(cells, "shallow_network", settings, language)


# ---- the deep network: the course's L-layer lab, with the page's choices ----

L_LAYER_MODEL = '''
def L_layer_model(X, Y, layers_dims, hidden_activation="relu", init="scaled", learning_rate=0.0075,
                  num_iterations=2500, seed=1, print_cost=False):
    """Train the L-layer network; (parameters, the cost every 100 iterations)."""
    parameters = initialize_parameters_deep(layers_dims, init=init, seed=seed, hidden=hidden_activation)
''' + TRAINING_LOOP


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
    shown_pieces: list = []
    cells = [
        md("nb.dn.title", layer_dims=" → ".join(map(str, layer_dims)), activation=activation, init=init,
           learning_rate=shown(learning_rate), num_iterations=num_iterations),
        md("nb.generated_by", packages=t(PACKAGES_CAT, language)),
        md("nb.imports"),
        _code(IMPORTS_CAT),
        *_cat_data_cells("train_x", "train_y", md),
        md("nb.net.from_the_app", model="L_layer_model"),
        *_core_cells(NETWORK_CELLS, md, shown_pieces),
        md("nb.dn.model"),
        _code(L_LAYER_MODEL),
        *_core_cells(PREDICTION_CELLS, md, shown_pieces),
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
print(f"train accuracy: {{accuracy(predict(parameters, train_x), train_y)}} %")
print(f"test accuracy: {{accuracy(predict(parameters, test_x), test_y)}} %")
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
