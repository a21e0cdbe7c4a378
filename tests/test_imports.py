"""The imports of core/, ui/ and harness/, read from the source (tests/import_graph.py): no module imports
itself back through others (a cycle works only by the order modules happen to load in, and breaks when a
newcomer imports them in another), and ui/ and core/ import none of the project's own modules inside a
function, where such an import would only hide a cycle."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from tests.import_graph import PROJECT, Import, cycles, describe, import_graph

WALKED = ("core", "ui", "harness")  # the packages whose imports are read
NO_IMPORTS_IN_FUNCTIONS = ("core", "ui")
# (module, imported module): a function-level import of the project's own code allowed, with the reason.
NO_DATA_READER = "the registry (core.chapters) loads no data reader (h5py) until a check needs the cat images"
ALLOWED_IN_FUNCTIONS: dict[tuple[str, str], str] = {
    ("core.checks", "core.cat_task"): NO_DATA_READER,
    ("core.chapters.deep_network", "core.datasets"): NO_DATA_READER,
}


@functools.cache
def project_graph() -> dict[str, list[Import]]:
    return import_graph(WALKED)


def test_no_import_cycle_in_core_ui_and_harness():
    found = cycles(project_graph())
    assert not found, "import cycles:\n" + "\n".join(describe(cycle) for cycle in found)


def test_ui_and_core_import_the_project_only_at_module_level():
    hidden = [i for found in project_graph().values() for i in found
              if i.source.split(".")[0] in NO_IMPORTS_IN_FUNCTIONS and i.in_function
              and (i.source, i.target) not in ALLOWED_IN_FUNCTIONS]
    assert not hidden, "imports of the project's own modules inside a function (move them to the top; if that " \
        "makes a cycle, move what both need into a module of its own):\n" + "\n".join(
            f"{i.source.replace('.', '/')}.py:{i.line} imports {i.target}" for i in hidden)


def test_harness_imports_neither_the_tests_nor_the_benches():
    wrong = [i for found in project_graph().values() for i in found
             if i.source.split(".")[0] == "harness" and i.target.split(".")[0] in ("tests", "bench")]
    assert not wrong, wrong


# ---- the checks themselves catch what they are for ----

def write_modules(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root


@pytest.fixture
def toy_project(tmp_path):
    """ui/a imports ui/b at the top; ui/b imports ui/a inside a function (the shape ui/controls and
    ui/presenter had); core/c imports core.d through `from core import d`, core/d imports core/c."""
    return write_modules(tmp_path, {
        "ui/__init__.py": "",
        "ui/a.py": "from ui.b import shown\n",
        "ui/b.py": "def shown():\n    from ui.a import x\n    return x\n",
        "core/__init__.py": "",
        "core/c.py": "from core import d\nimport numpy\n",
        "core/d.py": "import core.c\n",
        "core/e.py": "from . import c\nfrom .d import anything\n",
    })


def test_a_cycle_through_a_function_level_import_is_found(toy_project):
    graph = import_graph(("core", "ui"), toy_project)
    found = {frozenset(i.source for i in cycle) for cycle in cycles(graph)}
    assert found == {frozenset({"ui.a", "ui.b"}), frozenset({"core.c", "core.d"})}
    ui_cycle = next(c for c in cycles(graph) if c[0].source.startswith("ui"))
    assert "in a function" in describe(ui_cycle)
    assert [i for i in graph["ui.b"] if i.in_function] == [Import("ui.b", "ui.a", 2, True)]
    assert {i.target for i in graph["core.e"]} == {"core.c", "core.d"}  # relative imports resolved
    assert all(i.target.split(".")[0] in PROJECT for found in graph.values() for i in found)  # numpy is not ours


def test_imports_one_way_are_no_cycle(toy_project):
    (toy_project / "ui" / "b.py").write_text("def shown():\n    return 1\n")
    (toy_project / "core" / "d.py").write_text("X = 1\n")
    assert cycles(import_graph(("core", "ui"), toy_project)) == []
