"""The project's imports read from the source (ast), module-level and inside functions alike: who imports
what (tests/test_imports.py: no cycle; tests/conftest.py: which pages read the cat data).

Dynamic imports (`importlib.import_module`) are not read: core/chapters and core/text load a chapter's
module and words by name on purpose, lazily."""

from __future__ import annotations

import ast
from collections import deque
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROJECT = ("app", "bench", "core", "harness", "pages", "tests", "ui")  # what counts as the project's own


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


def import_graph(packages: tuple[str, ...], root: Path = ROOT) -> dict[str, list[Import]]:
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


def reaches(module: str, target: str, root: Path = ROOT) -> bool:
    """Whether importing `module` imports `target`, directly or through other project modules."""
    seen, todo = {module}, [module]
    while todo:
        name = todo.pop()
        path = root.joinpath(*name.split("."))
        path = path / "__init__.py" if path.is_dir() else path.with_suffix(".py")
        for step in imports_of(path, root):
            if step.target == target:
                return True
            if step.target not in seen:
                seen.add(step.target)
                todo.append(step.target)
    return False

