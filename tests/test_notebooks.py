"""Download as notebook: the generated notebooks are valid, stand alone, and print the app's numbers.

The executed tests run each notebook in a real Jupyter kernel (nbclient + ipykernel) in a temporary
folder holding links to the cat files, read what it printed, and compare it with core/'s training for
the same settings: every printed cost must be core's cost written with "{:f}" (6 decimals), and the
accuracies must be core's. Each kernel runs numpy's BLAS on one thread: on a shared 2-core machine
several BLAS threads fighting for the cores made the deep notebook 4 times slower.
"""

from __future__ import annotations

import ast
import hashlib
import inspect
import os
import re
import time
import types
from pathlib import Path

import nbformat
import numpy as np
import pytest
from nbclient import NotebookClient
from threadpoolctl import threadpool_limits

from core.datasets import CAT_FILES, MIRRORS, data_dir
from core.planar import PLANAR_SETS
from core.dual_logistic import train as train_logistic
from core.nn import final_snapshot, train_steps
from core import logistic, nn, planar
from core.notebooks import (LOGISTIC_CELLS, WRITTEN_HERE, cat_notebook, deep_notebook, notebook_bytes,
                            notebook_file_name, shallow_notebook, with_helpers)

pytestmark = pytest.mark.cat_data  # the pages and runs here read the cat images

COST_LINE = re.compile(r"^Cost after iteration (\d+): (\S+)$", re.M)
ACCURACY_LINE = re.compile(r"^(train|test) accuracy: (\S+) %$", re.M)
KERNEL_ENV = {**os.environ, "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


@pytest.fixture(autouse=True, scope="module")
def one_blas_thread():
    with threadpool_limits(limits=1):
        yield


# ---- helpers ----

def code_cells(notebook):
    return [cell for cell in notebook.cells if cell.cell_type == "code"]


def execute(notebook, folder: Path) -> str:
    """Run every cell in a fresh kernel with `folder` as its working directory; what it printed."""
    started = time.perf_counter()
    NotebookClient(notebook, timeout=600, kernel_name="python3",
                   resources={"metadata": {"path": str(folder)}}).execute(env=KERNEL_ENV)
    print(f"executed {notebook_file_name(notebook)} in {time.perf_counter() - started:.1f} s")  # shown with -s
    return "".join(output.text for cell in code_cells(notebook) for output in cell.outputs
                   if output.output_type == "stream" and output.name == "stdout")


def printed_costs(text: str) -> list[tuple[int, str]]:
    return [(int(i), cost) for i, cost in COST_LINE.findall(text)]


def printed_accuracies(text: str) -> dict[str, float]:
    found = ACCURACY_LINE.findall(text)
    assert len(found) == len(dict(found)), f"an accuracy printed twice: {found}"
    return {split: float(value) for split, value in found}


def expected_costs(snapshot) -> list[tuple[int, str]]:
    """What the course's loop prints for a core run: the cost before the step, every 100 iterations,
    up to the last step taken (all of them, or up to the iteration where the cost stopped being finite)."""
    return [(i, f"{snapshot.costs[i]:f}") for i in range(0, snapshot.iteration, 100)]


def functions_of(notebook) -> dict:
    """Execute only the cells that define functions and classes (no data, no training), in this process."""
    namespace = {"np": np}
    for cell in code_cells(notebook):
        if re.search(r"^(def|class) ", cell.source, re.M) and "load_dataset()" not in cell.source:
            exec(cell.source, namespace)
    return namespace


@pytest.fixture
def cat_folder(tmp_path):
    """An empty folder holding links to the two cat files, as a learner's download folder would."""
    for pinned in CAT_FILES:
        source = data_dir() / pinned.name
        if not source.is_file():
            pytest.fail(f"{source} not found: set FIRST_CONTACT_DATA_DIR")
        (tmp_path / pinned.name).symlink_to(source.resolve())
    return tmp_path


# ---- the notebooks as documents (no kernel) ----

ALL_NOTEBOOKS = {  # each takes language="zh" too
    "cat": lambda **language: cat_notebook(learning_rate=0.01, num_iterations=1500, **language),
    "shallow": lambda **language: shallow_notebook(data="moons", noise=0.3, hidden_units=7, activation="relu",
                                                   learning_rate=0.5, num_iterations=3000, seed=5, **language),
    "deep": lambda **language: deep_notebook(hidden_sizes=(7,), activation="tanh", init="he", learning_rate=0.02,
                                             num_iterations=1200, **language),
}
CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.mark.parametrize("which", ALL_NOTEBOOKS)
def test_a_valid_notebook_that_needs_nothing_of_the_app(which):
    notebook = ALL_NOTEBOOKS[which]()
    nbformat.validate(notebook)
    assert notebook.metadata["kernelspec"]["name"] == "python3"
    sources = "\n".join(cell.source for cell in code_cells(notebook))
    assert not re.search(r"^\s*(from|import)\s+(core|ui|pages|streamlit)\b", sources, re.M)
    assert "import numpy as np" in sources and "import matplotlib.pyplot as plt" in sources
    assert ("import h5py" in sources) == (which != "shallow")
    assert 'print(f"Cost after iteration {i}: {cost:f}")' in sources
    assert "plt.plot(np.squeeze(" in sources


@pytest.mark.parametrize("which", ALL_NOTEBOOKS)
def test_every_function_follows_its_markdown(which):
    cells = ALL_NOTEBOOKS[which]().cells
    defining = [i for i, cell in enumerate(cells)
                if cell.cell_type == "code" and re.search(r"^(def|class) ", cell.source, re.M)]
    assert len(defining) >= 8
    for i in defining:
        assert cells[i - 1].cell_type == "markdown", cells[i].source[:80]
    formulas = [cells[i - 1].source for i in defining if "$$" in cells[i - 1].source]
    assert len(formulas) >= len(defining) // 2


def test_the_title_names_the_settings():
    assert all(text in cat_notebook(0.0001, 700).cells[0].source for text in ("0.0001", "700 iterations"))
    title = ALL_NOTEBOOKS["shallow"]().cells[0].source
    assert all(text in title for text in ("moons", "noise 0.3", "7 hidden units", "relu", "0.5", "3000", "seed 5"))
    title = deep_notebook(hidden_sizes=(20, 7, 5), init="small", learning_rate=0.0075).cells[0].source
    assert all(text in title for text in ("12288 → 20 → 7 → 5 → 1", "relu", "small", "0.0075", "2500"))


@pytest.mark.parametrize("which", ALL_NOTEBOOKS)
def test_a_chinese_notebook_reads_chinese_and_runs_the_same_code(which):
    english, chinese = ALL_NOTEBOOKS[which](), ALL_NOTEBOOKS[which](language="zh")
    assert chinese.metadata["first_contact"]["language"] == "zh"
    assert english.metadata["first_contact"]["language"] == "en"
    assert [cell.cell_type for cell in chinese.cells] == [cell.cell_type for cell in english.cells]
    assert [cell.source for cell in code_cells(chinese)] == [cell.source for cell in code_cells(english)]
    markdown = [cell.source for cell in chinese.cells if cell.cell_type == "markdown"]
    assert [text for text in markdown if not CJK.search(re.sub(r"\$[^$]*\$", "", text))] == []
    assert not any(CJK.search(cell.source) for cell in english.cells)
    formulas = lambda notebook: [re.findall(r"\$\$.*?\$\$", cell.source, re.S) for cell in notebook.cells]
    assert formulas(chinese) == formulas(english)  # the same formulas, in the same places
    assert notebook_file_name(chinese) == notebook_file_name(english)


def test_settings_the_pages_cannot_have_are_refused():
    with pytest.raises(ValueError):
        shallow_notebook(data="spiral")
    with pytest.raises(ValueError):
        shallow_notebook(activation="softmax")
    with pytest.raises(ValueError):
        deep_notebook(init="xavier")
    with pytest.raises(ValueError):
        cat_notebook(language="fr")


def test_bytes_and_file_name_for_the_download_button():
    notebook = ALL_NOTEBOOKS["deep"]()
    data = notebook_bytes(notebook)
    assert isinstance(data, bytes)
    assert nbformat.reads(data.decode("utf-8"), as_version=4) == notebook
    assert notebook_file_name(cat_notebook(0.005, 2000)) == "cat_classifier_lr0.005_2000_iterations.ipynb"
    assert notebook_file_name(notebook) == "deep_network_7_tanh_he_lr0.02_1200_iterations.ipynb"
    slider_noise = 0.1 + 0.2  # 0.30000000000000004: shown as 0.3, used exactly
    notebook = shallow_notebook(noise=slider_noise)
    assert notebook_file_name(notebook) == "shallow_network_flower_noise0.3_4_tanh_units_lr1.2_10000_iterations_seed2.ipynb"
    assert "(noise 0.3)" in notebook.cells[0].source
    assert "noise=0.30000000000000004)" in "".join(cell.source for cell in code_cells(notebook))
    assert notebook_file_name(cat_notebook(0.00001, 100)) == "cat_classifier_lr0.00001_100_iterations.ipynb"
    assert notebook_file_name(ALL_NOTEBOOKS["cat"]()) == "cat_classifier_lr0.01_1500_iterations.ipynb"


@pytest.mark.parametrize("name", PLANAR_SETS)
@pytest.mark.parametrize("noise", [0.2, 0.35])
def test_the_data_cells_generate_the_pages_points(name, noise):
    """The generator cell (the app's own source with its helpers) and the call after it give the page's
    data, for every data set, on the course's path (the flower at 0.2) and off it."""
    cells = code_cells(shallow_notebook(data=name, noise=noise))
    generator_cell = next(i for i, cell in enumerate(cells) if f"def {PLANAR_SETS[name].__name__}(" in cell.source)
    namespace = {"np": np}
    exec(cells[generator_cell].source, namespace)
    exec(cells[generator_cell + 1].source, namespace)
    X, Y = PLANAR_SETS[name](seed=1, noise=noise)
    np.testing.assert_array_equal(namespace["X"], X)
    np.testing.assert_array_equal(namespace["Y"], Y)


def test_the_cat_notebook_holds_every_function_the_apps_model_calls():
    assert set(with_helpers(logistic.model)) == {function for _, function in LOGISTIC_CELLS}


def test_helpers_are_found_in_dependency_order():
    names = [f.__name__ for f in with_helpers(PLANAR_SETS["flower"])]
    assert names == ["planar_flower", "_as_columns", "planar_noisy_flower"]
    assert [f.__name__ for f in with_helpers(PLANAR_SETS["moons"])] == ["_as_columns", "moons"]


# ---- the code in the notebooks is the app's code ----

CORE_MODULES = {"cat": (logistic,), "shallow": (nn, logistic, planar), "deep": (nn, logistic)}


def top_level_definitions(source: str) -> list[tuple[str, str, str]]:
    """(name, "def" or "assign", its exact source) for each function, class and single-name assignment."""
    found = []
    for node in ast.parse(source).body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            found.append((node.name, "def", ast.get_source_segment(source, node)))
        elif isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            found.append((node.targets[0].id, "assign", ast.get_source_segment(source, node)))
    return found


def core_source(modules, name: str) -> str | None:
    """The app's own source of `name` (a function, class or module constant): from the first module that has it."""
    for module in modules:
        value = getattr(module, name, None)
        if isinstance(value, (types.FunctionType, type)) and value.__module__.startswith("core."):
            return inspect.getsource(value).rstrip()
        assigned = {n: text for n, kind, text in top_level_definitions(inspect.getsource(module)) if kind == "assign"}
        if name in assigned:
            return assigned[name]
    return None


def not_the_apps_code(notebook, modules) -> list[str]:
    """Every function, class or constant in the notebook's code that should be the app's source and is not:
    a copy that differs from core's, or a function written by hand that `WRITTEN_HERE` does not name."""
    problems = []
    for cell in code_cells(notebook):
        source = "\n".join(line for line in cell.source.splitlines() if not line.startswith("%"))
        for name, kind, text in top_level_definitions(source):
            if name in WRITTEN_HERE:
                continue
            expected = core_source(modules, name)
            if expected is None and kind == "def":
                problems.append(f"{name}: written in the notebook, not the app's")
            elif expected is not None and text != expected:
                problems.append(f"{name}: differs from the app's source")
    return problems


@pytest.mark.parametrize("which", ALL_NOTEBOOKS)
def test_every_function_of_the_app_in_a_notebook_is_its_exact_source(which):
    notebook = ALL_NOTEBOOKS[which]()
    assert not_the_apps_code(notebook, CORE_MODULES[which]) == []
    names = [name for cell in code_cells(notebook)
             for name, kind, _ in top_level_definitions("\n".join(line for line in cell.source.splitlines()
                                                                  if not line.startswith("%")))
             if kind == "def"]
    assert len(names) == len(set(names)), "a function defined twice"


def test_the_source_check_can_fail():
    notebook = ALL_NOTEBOOKS["shallow"]()
    cell = next(cell for cell in code_cells(notebook) if "def activate(" in cell.source)
    cell.source = cell.source.replace("np.maximum(0, Z)", "np.maximum(0.0, Z)")
    cell = next(cell for cell in code_cells(notebook) if "ACTIVATIONS = (" in cell.source)
    cell.source = cell.source.replace('"relu", ', "")
    notebook.cells.append(nbformat.v4.new_code_cell("def relu(Z):\n    return np.maximum(0, Z)"))
    assert not_the_apps_code(notebook, CORE_MODULES["shallow"]) == [
        "ACTIVATIONS: differs from the app's source", "activate: differs from the app's source",
        "relu: written in the notebook, not the app's"]


def test_what_the_notebooks_write_themselves_is_not_in_the_app():
    assert [name for name in WRITTEN_HERE if core_source((nn, logistic, planar), name)] == []


@pytest.mark.parametrize("which", ["shallow", "deep"])
def test_the_network_notebooks_hold_everything_their_training_loop_calls(which):
    """The course's loop calls these; they, and everything of the app's they use, are the app's source."""
    defined = {name for cell in code_cells(ALL_NOTEBOOKS[which]())
               for name, _, _ in top_level_definitions("\n".join(line for line in cell.source.splitlines()
                                                                 if not line.startswith("%")))}
    needed = with_helpers(nn.initialize_parameters_deep, nn.L_model_forward, nn.compute_cost, nn.L_model_backward,
                          nn.update_parameters, nn.predict, logistic.accuracy)
    assert {piece.__name__ for piece in needed} <= defined
    assert {"Parameters", "ACTIVATIONS", "INITS", "sigmoid", "log_loss_from_logits", "activation_slope"} <= defined


# ---- the data cells: found next to the notebook, else downloaded with the SHA-256 check ----

def data_cells(notebook):
    """(the cell defining the pins and `download`, the cell that makes sure the files are there)."""
    cells = code_cells(notebook)
    first = next(i for i, cell in enumerate(cells) if "DATA_FILES = {" in cell.source)
    return cells[first].source, cells[first + 1].source


def test_the_pins_are_the_apps():
    for notebook in (cat_notebook(), deep_notebook()):
        definitions, _ = data_cells(notebook)
        namespace = {}
        exec(definitions, namespace)
        assert namespace["DATA_FILES"] == {f.name: (f.sha256, f.size) for f in CAT_FILES}
        assert namespace["MIRRORS"] == MIRRORS


@pytest.fixture
def download_cells(tmp_path, monkeypatch):
    """Run the data cells in an empty folder, downloading from local mirrors given as file:// URLs."""
    empty = tmp_path / "notebook"
    empty.mkdir()
    monkeypatch.chdir(empty)
    definitions, ensure = data_cells(cat_notebook())

    def run(*mirror_folders):
        namespace = {}
        exec(definitions, namespace)
        namespace["MIRRORS"] = tuple(f"{Path(folder).resolve().as_uri()}/{{name}}" for folder in mirror_folders)
        exec(ensure, namespace)

    return empty, run


def test_missing_files_are_downloaded_and_checked(download_cells, capsys):
    folder, run = download_cells
    run(folder.parent / "unreachable", data_dir())  # the first mirror fails, the second serves
    for pinned in CAT_FILES:
        assert hashlib.sha256((folder / pinned.name).read_bytes()).hexdigest() == pinned.sha256
    assert "downloading" in capsys.readouterr().out
    run(data_dir())  # present now: nothing downloaded again
    assert "downloading" not in capsys.readouterr().out


def test_a_wrong_download_is_refused_with_what_to_do(download_cells, tmp_path):
    folder, run = download_cells
    impostor = tmp_path / "impostor"
    impostor.mkdir()
    for pinned in CAT_FILES:  # right names, wrong bytes (one byte changed)
        data = bytearray((data_dir() / pinned.name).read_bytes())
        data[-1] ^= 1
        (impostor / pinned.name).write_bytes(bytes(data))
    with pytest.raises(RuntimeError) as refused:
        run(impostor, tmp_path / "unreachable")
    message = str(refused.value)
    assert "not the course's file" in message and "Without network" in message and str(folder) in message
    assert not any((folder / pinned.name).exists() for pinned in CAT_FILES)


# ---- executed, compared with core ----
# One kernel run per notebook (each kernel costs 2 to 6 s to start on a busy machine), at the text's own
# settings; the other settings run the same cells in this process, which is much quicker.

def run_in_process(notebook, folder: Path, monkeypatch, capsys) -> str:
    """Every code cell, in order, in one namespace of this process (magics dropped, figures closed)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    monkeypatch.chdir(folder)
    monkeypatch.setattr(plt, "show", lambda *args, **kwargs: None)  # nothing to show on Agg
    capsys.readouterr()
    namespace = {}
    try:
        for cell in code_cells(notebook):
            exec("\n".join(line for line in cell.source.splitlines() if not line.startswith("%")), namespace)
    finally:
        plt.close("all")
    return capsys.readouterr().out


def assert_costs_agree(text: str, snapshot) -> list[tuple[int, str]]:
    """The printed costs are core's, at the same iterations, to 6 decimals (what "{:f}" shows)."""
    printed = printed_costs(text)
    expected = expected_costs(snapshot)
    assert [i for i, _ in printed] == [i for i, _ in expected]
    for (i, shown), (_, core) in zip(printed, expected):
        # Half a unit of the 6th decimal from rounding, plus room for the last-digit differences between
        # the app's faster form and the textbook loop (1e-9 at most on the stable runs below).
        assert abs(float(shown) - float(core)) <= 0.5e-6 + 1e-9, (i, shown, core)
    return printed


def assert_accuracies_agree(text: str, snapshot, splits=("train", "test")):
    expected = {"train": snapshot.train_accuracy, "test": snapshot.test_accuracy}
    assert printed_accuracies(text) == pytest.approx({split: expected[split] for split in splits}, abs=1e-9)


def test_cat_notebook_at_the_texts_settings(cat_folder, cat_task):
    """The text's run (α = 0.005, 2000 iterations) in a kernel: its printed numbers, and core's."""
    text = execute(cat_notebook(learning_rate=0.005, num_iterations=2000), cat_folder)
    printed = assert_costs_agree(text, train_logistic(cat_task.problem, 0.005, 2000))
    assert_accuracies_agree(text, train_logistic(cat_task.problem, 0.005, 2000))
    assert len(printed) == 20 and printed[-1] == (1900, "0.140872")
    accuracies = printed_accuracies(text)
    assert f"{accuracies['train']:.2f}" == "99.04" and accuracies["test"] == 70.0


@pytest.mark.parametrize("learning_rate, iterations", [(0.001, 201), (0.0001, 301)])
def test_cat_notebook_at_other_settings(learning_rate, iterations, cat_folder, cat_task, monkeypatch, capsys):
    text = run_in_process(cat_notebook(learning_rate, iterations), cat_folder, monkeypatch, capsys)
    core = train_logistic(cat_task.problem, learning_rate, iterations)
    assert len(assert_costs_agree(text, core)) == (iterations - 1) // 100 + 1
    assert_accuracies_agree(text, core)


def shallow_core_run(settings):
    X, Y = PLANAR_SETS[settings["data"]](seed=1, noise=settings["noise"])  # as the page draws it
    snapshot = final_snapshot(X, Y, [2, settings["hidden_units"], 1], hidden=settings["activation"], init="small",
                              seed=settings["seed"], learning_rate=settings["learning_rate"],
                              num_iterations=settings["num_iterations"])
    assert not snapshot.diverged
    return snapshot


def test_shallow_notebook_at_the_texts_settings(tmp_path):
    """The page's defaults (the course's flower, 4 tanh units, α = 1.2, seed 2) in a kernel, 1000 iterations."""
    settings = dict(data="flower", noise=0.2, hidden_units=4, activation="tanh", learning_rate=1.2,
                    num_iterations=1000, seed=2)
    text = execute(shallow_notebook(**settings), tmp_path)
    core = shallow_core_run(settings)
    assert len(assert_costs_agree(text, core)) == 10
    assert_accuracies_agree(text, core, splits=("train",))


SHALLOW_RUNS = [  # every data set and hidden activation, on and off the flower's course path
    dict(data="moons", noise=0.3, hidden_units=7, activation="relu", learning_rate=0.5, num_iterations=600, seed=5),
    dict(data="xor", noise=0.15, hidden_units=3, activation="sigmoid", learning_rate=5.0, num_iterations=400, seed=0),
    dict(data="circles", noise=0.1, hidden_units=5, activation="tanh", learning_rate=1.2, num_iterations=500, seed=3),
    dict(data="blobs", noise=0.25, hidden_units=2, activation="relu", learning_rate=0.1, num_iterations=300, seed=1),
    dict(data="flower", noise=0.35, hidden_units=20, activation="tanh", learning_rate=2.0, num_iterations=500,
         seed=7),
]


@pytest.mark.parametrize("settings", SHALLOW_RUNS, ids=[s["data"] for s in SHALLOW_RUNS])
def test_shallow_notebook_at_other_settings(settings, tmp_path, monkeypatch, capsys):
    text = run_in_process(shallow_notebook(**settings), tmp_path, monkeypatch, capsys)
    core = shallow_core_run(settings)
    assert len(assert_costs_agree(text, core)) == (settings["num_iterations"] - 1) // 100 + 1
    assert_accuracies_agree(text, core, splits=("train",))


def test_a_chinese_notebook_prints_what_core_computes(tmp_path, monkeypatch, capsys):
    """The words change, the code and what it prints do not: the same lines, parsed the same way."""
    settings = SHALLOW_RUNS[0]
    text = run_in_process(shallow_notebook(**settings, language="zh"), tmp_path, monkeypatch, capsys)
    core = shallow_core_run(settings)
    assert len(assert_costs_agree(text, core)) == (settings["num_iterations"] - 1) // 100 + 1
    assert_accuracies_agree(text, core, splits=("train",))


def test_a_run_that_overflows_stops_where_the_apps_stops(capsys):
    """A learning rate far too large: the notebook's loop stops at the iteration where core's does."""
    settings = dict(data="blobs", noise=0.2, hidden_units=5, activation="relu", learning_rate=1e4,
                    num_iterations=100, seed=2)
    X, Y = PLANAR_SETS["blobs"](seed=1, noise=0.2)
    for core in train_steps(X, Y, [2, 5, 1], hidden="relu", init="small", seed=2, learning_rate=1e4,
                            num_iterations=100, snapshot_every=100):
        pass
    assert core.diverged and 0 < core.iteration < 100
    functions = functions_of(shallow_notebook(**settings))
    with np.errstate(all="ignore"):  # the overflow is the point here
        functions["nn_model"](X, Y, 5, activation="relu", learning_rate=1e4, num_iterations=100, seed=2,
                              print_cost=True)
    text = capsys.readouterr().out
    assert_costs_agree(text, core)
    assert re.search(rf"^Iteration {core.iteration}: the cost is (inf|nan)\. The learning rate is too large",
                     text, re.M)


def deep_core_run(problem, hidden_sizes, activation, init, learning_rate, iterations):
    return final_snapshot(problem.X_train, problem.Y_train, [problem.X_train.shape[0], *hidden_sizes, 1],
                          hidden=activation, init=init, learning_rate=learning_rate, num_iterations=iterations,
                          X_test=problem.X_test, Y_test=problem.Y_test,
                          gram=(problem.K_train, problem.K_test))  # as the page trains it


def test_deep_notebook_at_the_texts_settings(cat_folder, cat_task):
    """The text's L-layer model (20, 7, 5, ReLU, randn/√n, α = 0.0075) in a kernel, 101 iterations."""
    text = execute(deep_notebook(hidden_sizes=(20, 7, 5), activation="relu", init="scaled", learning_rate=0.0075,
                                 num_iterations=101), cat_folder)
    core = deep_core_run(cat_task.problem, (20, 7, 5), "relu", "scaled", 0.0075, 101)
    printed = assert_costs_agree(text, core)
    assert printed == [(0, "0.771749"), (100, "0.672053")]  # the text prints 0.771749 first
    assert_accuracies_agree(text, core)


DEEP_RUNS = [  # (hidden sizes, activation, init, learning rate, iterations); the text's two-layer model first
    ((7,), "relu", "small", 0.0075, 101),
    ((7,), "tanh", "he", 0.005, 101),
    ((5, 3), "sigmoid", "small", 0.5, 101),
]


@pytest.mark.parametrize("run", DEEP_RUNS, ids=[f"{'-'.join(map(str, r[0]))}-{r[1]}" for r in DEEP_RUNS])
def test_deep_notebook_at_other_settings(run, cat_folder, cat_task, monkeypatch, capsys):
    hidden_sizes, activation, init, learning_rate, iterations = run
    notebook = deep_notebook(hidden_sizes=hidden_sizes, activation=activation, init=init,
                             learning_rate=learning_rate, num_iterations=iterations)
    text = run_in_process(notebook, cat_folder, monkeypatch, capsys)
    core = deep_core_run(cat_task.problem, *run)
    printed = assert_costs_agree(text, core)
    if run == DEEP_RUNS[0]:
        assert printed[:2] == [(0, "0.693050"), (100, "0.646432")]  # the text's two-layer model
    assert_accuracies_agree(text, core)
