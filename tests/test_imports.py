"""The imports of core/, ui/ and harness/, read from the source (ast), module-level and inside functions alike:
no module imports itself back through others (a cycle works only by the order modules happen to load in,
and breaks when a newcomer imports them in another), and ui/ and core/ import none of the project's own
modules inside a function, where such an import would only hide a cycle.

Dynamic imports (`importlib.import_module`) are not read: core/chapters and core/text load a chapter's
module and words by name on purpose, lazily."""

from __future__ import annotations

import ast
import functools
from collections import deque
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import ROOT

WALKED = ("core", "ui", "harness")  # the packages whose imports are read
PROJECT = ("app", "bench", "core", "harness", "pages", "tests", "ui")  # what counts as the project's own
NO_IMPORTS_IN_FUNCTIONS = ("core", "ui")
# (module, imported module): a function-level import of the project's own code allowed, with the reason.
ALLOWED_IN_FUNCTIONS: dict[tuple[str, str], str] = {}


@dataclass(frozen=True)
class Import:
    source: str  # the importing module, dotted
    target: str  # the imported project module, dotted (a package stands for its __init__.py)
    line: int
    in_function: bool


def module_name(path: Path, root: Path = ROOT) -> str:
    parts = path.relative_to(root).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def is_module(name: str, root: Path = ROOT) -> bool:
    base = root.joinpath(*name.split("."))
    return base.with_suffix(".py").is_file() or (base / "__init__.py").is_file()


def project_module(name: str, root: Path = ROOT) -> str | None:
    """The longest prefix of `name` that is a module of the project (`core.settings.Setting` -> core.settings)."""
    if name.split(".")[0] not in PROJECT:
        return None
    parts = name.split(".")
    for end in range(len(parts), 0, -1):
        if is_module(".".join(parts[:end]), root):
            return ".".join(parts[:end])
    return None


def imports_of(path: Path, root: Path = ROOT) -> list[Import]:
    """Every import of a project module in the file, noting whether it runs inside a function."""
    source = module_name(path, root)
    package = source if path.name == "__init__.py" else source.rpartition(".")[0]
    found: list[Import] = []

    def visit(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Import):
                names = [alias.name for alias in child.names]
            elif isinstance(child, ast.ImportFrom):
                base = child.module or ""
                if child.level:  # relative: from the package, `level - 1` packages up
                    up = package.split(".")[:len(package.split(".")) - (child.level - 1)]
                    base = ".".join([*up, base] if base else up)
                # `from core.figures import common` imports the module core.figures.common
                names = [f"{base}.{alias.name}" if is_module(f"{base}.{alias.name}", root) else base
                         for alias in child.names]
            else:
                visit(child, in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)))
                continue
            for name in names:
                target = project_module(name, root)
                if target is not None and target != source:
                    found.append(Import(source, target, child.lineno, in_function))

    visit(ast.parse(path.read_text(), str(path)), False)
    return found


def import_graph(packages=WALKED, root: Path = ROOT) -> dict[str, list[Import]]:
    """{module: its imports of project modules}, for every module of `packages`."""
    files = sorted(path for package in packages for path in (root / package).rglob("*.py"))
    return {module_name(path, root): imports_of(path, root) for path in files}


def cycles(graph: dict[str, list[Import]]) -> list[list[Import]]:
    """One cycle through each group of modules that import one another (Tarjan's strongly connected
    components), as the chain of imports that closes it."""
    edges = {module: sorted({i.target for i in found if i.target in graph}) for module, found in graph.items()}
    index, low, on_stack, stack, groups = {}, {}, set(), [], []

    def connect(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for target in edges[module]:
            if target not in index:
                connect(target)
                low[module] = min(low[module], low[target])
            elif target in on_stack:
                low[module] = min(low[module], index[target])
        if low[module] == index[module]:
            group = []
            while not group or group[-1] != module:
                group.append(stack.pop())
                on_stack.discard(group[-1])
            groups.append(set(group))

    for module in sorted(edges):
        if module not in index:
            connect(module)
    found = []
    for group in groups:
        if len(group) < 2:
            continue
        # the shortest way from one module of the group back to itself (breadth first), as its imports
        start = min(group)
        paths, todo, cycle = {start: []}, deque([start]), None
        while cycle is None:
            module = todo.popleft()
            for step in graph[module]:
                if step.target == start:
                    cycle = [*paths[module], step]
                    break
                if step.target in group and step.target not in paths:
                    paths[step.target] = [*paths[module], step]
                    todo.append(step.target)
        found.append(cycle)
    return found


def describe(cycle: list[Import]) -> str:
    return " -> ".join([cycle[0].source, *(
        f"{i.target} ({i.source.replace('.', '/')}.py:{i.line}{', in a function' if i.in_function else ''})"
        for i in cycle)])


@functools.cache
def project_graph() -> dict[str, list[Import]]:
    return import_graph()


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
