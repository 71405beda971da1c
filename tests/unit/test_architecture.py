"""The layout is the architecture: checks that keep it so.

- the import graph of ``src/seedparse`` (built with ``ast``, imports inside functions
  and ``TYPE_CHECKING`` blocks included) has no cycle;
- a module outside ``formats/`` is not used by one reader package only (it belongs in
  that package), and no reader package imports another's modules (what two readers
  share belongs outside ``formats/``);
- no module is over 800 lines, and each package says in two lines what lives in it;
- the built-in readers named in ``_protocol.BUILTIN_READERS`` are the entry points of
  seedparse's own ``pyproject.toml``;
- no test imports from a private module what a public module (``seedparse``,
  ``seedparse.testing``, the adapters, ...) re-exports.
"""

from __future__ import annotations

import ast
import importlib
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

import seedparse
from seedparse._protocol import BUILTIN_READERS, ENTRY_POINT_GROUP

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "src" / "seedparse"
MAX_LINES = 800


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES: dict[str, Path] = {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _resolve(importer: str, node: ast.ImportFrom | ast.Import) -> Iterator[str]:
    """The seedparse modules an import statement of ``importer`` names."""
    if isinstance(node, ast.Import):
        for alias in node.names:
            if alias.name.split(".")[0] == "seedparse":
                yield alias.name
        return
    if node.level:
        is_package = MODULES[importer].name == "__init__.py"
        base = importer.split(".")
        base = base[: len(base) - node.level + (1 if is_package else 0)]
        module = ".".join(base + ([node.module] if node.module else []))
    else:
        module = node.module or ""
        if module.split(".")[0] != "seedparse":
            return
    # "from . import tail" imports the submodule (its package is imported already).
    submodules = [f"{module}.{a.name}" for a in node.names if f"{module}.{a.name}" in MODULES]
    if len(submodules) < len(node.names):
        yield module
    yield from submodules


def _graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {name: set() for name in MODULES}
    for name, path in MODULES.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                for target in _resolve(name, node):
                    assert target in MODULES, f"{name} imports {target}, which does not exist"
                    if target != name:
                        graph[name].add(target)
    return graph


GRAPH = _graph()


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle as a list of modules (first == last), or None."""
    state: dict[str, int] = {}  # 1: on the stack, 2: done
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return [*stack[stack.index(nxt) :], nxt]
            if nxt not in state and (found := visit(nxt)) is not None:
                return found
        stack.pop()
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state and (found := visit(start)) is not None:
            return found
    return None


def test_the_graph_is_read_from_the_source() -> None:
    # A sanity check of the parser: edges the code is known to have.
    assert "seedparse._protocol" in GRAPH["seedparse._registry"]
    assert "seedparse.formats.webpage.tail" in GRAPH["seedparse.formats.webpage.body"]
    assert "seedparse._io.walk" in GRAPH["seedparse._io.parallel"]


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) is None


def test_no_import_cycles() -> None:
    cycle = _cycle(GRAPH)
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])


def _reader_package(module: str) -> str | None:
    parts = module.split(".")
    if len(parts) >= 3 and parts[1] == "formats":
        return ".".join(parts[:3])
    return None


def test_no_shared_module_is_used_by_one_reader_only() -> None:
    users: dict[str, set[str]] = {name: set() for name in MODULES}
    for importer, targets in GRAPH.items():
        for target in targets:
            users[target].add(importer)
    lonely = {}
    for module, importers in users.items():
        if _reader_package(module) is not None or module.startswith("seedparse.formats"):
            continue
        packages = {_reader_package(importer) for importer in importers}
        if len(packages) == 1 and None not in packages:
            lonely[module] = packages.pop()
    assert not lonely, f"move these into the reader package that uses them: {lonely}"


def test_no_reader_imports_another_readers_helpers() -> None:
    # What two readers share lives outside formats/ (in _text/, say), not in one of them.
    crossing = sorted(
        f"{importer} -> {target}"
        for importer, targets in GRAPH.items()
        for target in targets
        if (mine := _reader_package(importer)) is not None
        and (theirs := _reader_package(target)) is not None
        and mine != theirs
    )
    assert not crossing, f"move what two readers share out of formats/: {crossing}"


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_module_is_over_800_lines(module: str) -> None:
    lines = MODULES[module].read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_LINES, f"{module} has {lines} lines"


@pytest.mark.parametrize(
    "package", sorted(name for name, path in MODULES.items() if path.name == "__init__.py")
)
def test_each_package_says_what_lives_in_it(package: str) -> None:
    doc = ast.get_docstring(ast.parse(MODULES[package].read_text(encoding="utf-8")))
    assert doc, f"{package} has no docstring"
    if package != "seedparse":  # the root's docstring is the user-facing overview
        first = doc.split("\n\n")[0]
        assert first.count("\n") <= 1, f"{package}: say what lives here in two lines"


def test_builtin_readers_match_the_entry_points() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    declared = pyproject["project"]["entry-points"][ENTRY_POINT_GROUP]
    builtin = {name: value for name, value in declared.items() if value.startswith("seedparse.")}
    assert builtin == dict(BUILTIN_READERS)
    for name, value in BUILTIN_READERS.items():
        module, _, attribute = value.partition(":")
        reader = getattr(importlib.import_module(module), attribute)()
        assert reader.name == name
        assert getattr(seedparse, attribute) is type(reader)  # also public


def _private_imports() -> Iterator[tuple[str, int, str, str]]:
    """(test file, line, module, name) for each ``from seedparse._x... import name``."""
    for path in sorted((ROOT / "tests").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and not node.level:
                parts = node.module.split(".")
                if parts[0] == "seedparse" and any(p.startswith("_") for p in parts[1:]):
                    for alias in node.names:
                        yield str(path.relative_to(ROOT)), node.lineno, node.module, alias.name


def _public_names() -> dict[int, tuple[object, str]]:
    """What the public modules (no ``_`` in their path) export, by identity: the root,
    ``seedparse.testing``, ``seedparse.dask`` and the readers' packages. Not the
    adapters: they define what they export (no private module holds it), and importing
    LangChain and LlamaIndex here would cost seconds. Classes and functions only: a
    number or a string could be the same object as an unrelated constant."""
    public: dict[int, tuple[object, str]] = {}
    for name in MODULES:
        if name.startswith("seedparse.integrations") or any(
            part.startswith("_") for part in name.split(".")
        ):
            continue
        module = importlib.import_module(name)
        for exported in getattr(module, "__all__", ()):
            value = getattr(module, exported)
            if isinstance(value, type) or callable(value):
                public.setdefault(id(value), (value, f"{name}.{exported}"))
    return public


def test_the_public_names_are_found() -> None:
    public = {where for _, where in _public_names().values()}
    assert {"seedparse.Document", "seedparse.testing.check_reader"} <= public


def test_tests_import_public_names_from_seedparse() -> None:
    found = list(_private_imports())
    assert found, "the scan should see the tests' private imports"
    public = _public_names()
    wrong = []
    for where, line, module, name in found:
        parent = importlib.import_module(module)
        if not hasattr(parent, name):  # a submodule that nothing has imported yet
            importlib.import_module(f"{module}.{name}")
        private = getattr(parent, name)
        if id(private) in public and public[id(private)][0] is private:
            wrong.append(f"{where}:{line}: import {public[id(private)][1]}, not {module}.{name}")
    assert not wrong, "\n".join(wrong)
