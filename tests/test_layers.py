"""The code's layout holds: every import points down the declared layers (none up, no circle, those
under TYPE_CHECKING and inside functions included), no module is over 400 lines, and ARCHITECTURE.md
names every module."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "centertrack"
ARCHITECTURE = Path(__file__).resolve().parents[1] / "ARCHITECTURE.md"
MAX_LINES = 400

# Bottom to top: a module may import from its own layer and the layers below it, never above.
# A module in no layer fails the test: a new module is given its place here (and in ARCHITECTURE.md).
LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("base", ("centertrack", "limits", "errors", "thai", "catalog", "catalog.*", "issues")),
    ("reference", ("reference", "places", "indicators")),
    ("reading", ("readers", "readers.*", "form", "registers")),
    ("records", ("records", "frames")),
    ("checks", ("checks", "checks.*")),
    ("runner", ("runner",)),
    ("models", ("progress", "annex", "trends", "history", "history.*", "template", "letter", "letter_date",
                "letter_words",
                "feedback")),
    ("output", ("output",)),
    ("writers", ("reports", "reports.*")),
    ("operations", ("operations", "operations.*")),
    ("front ends", ("cli", "cli.*", "web", "web.*", "__main__")),
)  # fmt: skip


def module_name(path: Path) -> str:
    parts = path.relative_to(SRC).with_suffix("").parts
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts) or "centertrack"


MODULES = {module_name(path): path for path in sorted(SRC.rglob("*.py"))}


def layer_of(module: str) -> int:
    for number, (_, patterns) in enumerate(LAYERS):
        for pattern in patterns:
            if module == pattern or (pattern.endswith(".*") and module.startswith(pattern[:-1])):
                return number
    raise AssertionError(f"{module}: in no layer of tests/test_layers.py: give it its place")


def imports_of(module: str) -> set[str]:
    """The centertrack modules that ``module`` imports, wherever in the file."""
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
    package = module if MODULES[module].name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: from the module's package
                base = package.split(".") if package and package != "centertrack" else []
                base = base[: len(base) - node.level + 1]
                stem = ".".join(["centertrack", *base, *([node.module] if node.module else [])])
            else:
                stem = node.module or ""
            names = [stem] + [f"{stem}.{alias.name}" for alias in node.names]
        for name in names:
            if name == "centertrack" or name.startswith("centertrack."):
                inner = name.removeprefix("centertrack").removeprefix(".") or "centertrack"
                if inner in MODULES and inner != module:
                    found.add(inner)
    return found


GRAPH = {module: imports_of(module) for module in MODULES}


def test_every_module_has_a_layer() -> None:
    for module in MODULES:
        layer_of(module)


@pytest.mark.parametrize("module", sorted(MODULES))
def test_imports_point_down(module: str) -> None:
    up = [
        f"{module} ({LAYERS[layer_of(module)][0]}) imports {other} ({LAYERS[layer_of(other)][0]})"
        for other in sorted(GRAPH[module])
        if layer_of(other) > layer_of(module)
    ]
    assert not up, "\n".join(up)


def test_the_front_ends_stand_apart() -> None:
    """The web page never imports the command line, nor it the web page: what both need is below them."""
    crossing = [
        f"{module} imports {other}"
        for module in GRAPH
        for other in GRAPH[module]
        if {module.split(".")[0], other.split(".")[0]} == {"cli", "web"}
    ]
    assert not crossing, crossing


def test_no_import_circle() -> None:
    """Also within a layer: a circle is found by a depth-first walk of the import graph."""
    state: dict[str, int] = {}  # 1: on the walk's path, 2: done
    path: list[str] = []

    def walk(module: str) -> None:
        state[module] = 1
        path.append(module)
        for other in sorted(GRAPH[module]):
            if state.get(other) == 1:
                circle = [*path[path.index(other) :], other]
                raise AssertionError("import circle: " + " → ".join(circle))
            if other not in state:
                walk(other)
        path.pop()
        state[module] = 2

    for module in sorted(GRAPH):
        if module not in state:
            walk(module)


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_module_is_over_400_lines(module: str) -> None:
    lines = len(MODULES[module].read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{MODULES[module].relative_to(SRC.parent)}: {lines} lines"


def test_architecture_names_every_module() -> None:
    text = ARCHITECTURE.read_text(encoding="utf-8")
    unnamed = [
        str(path.relative_to(SRC.parent))
        for path in MODULES.values()
        if str(path.relative_to(SRC)) not in text and path.name != "__init__.py"
    ]
    assert not unnamed, f"ARCHITECTURE.md does not name: {', '.join(unnamed)}"


def test_the_graph_sees_the_imports() -> None:
    """The tests above are not vacuous: known imports are in the graph, at their layers."""
    assert "checks.context" in GRAPH["runner"]
    assert layer_of("runner") > layer_of("checks.context")
    assert "runner" not in GRAPH["checks.detail"]


def test_no_machine_path_in_the_repository() -> None:
    """Paths in the docs and the code are relative to the repository, never one machine's."""
    root = SRC.parents[1]
    machine = re.compile(r"(?<![\w.~])/(?:work|root|home|tmp|Users)/")
    found = [
        f"{path.relative_to(root)}:{number}"
        for pattern in ("*.md", "*.py", "*.toml", "*.txt")
        for path in root.rglob(pattern)
        if not {".git", "work", ".venv", "venv", "build"} & set(path.relative_to(root).parts[:-1])
        for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1)
        if machine.search(line) and path.name != "test_layers.py"
    ]
    assert not found, found


# ---------------------------------------------------------------- words at the edge (issue 28)

# Only the front ends say things in a language and name their options; the catalogue holds the words.
SPEAKERS = ("cli", "cli.*", "web", "web.*", "__main__", "catalog", "catalog.*")
OPTION_NAME = re.compile(r"(?<![\w-])--[a-z][a-z-]*")
LANGUAGES = frozenset({"th", "en"})


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def speaking(source: str) -> list[str]:
    """Where a module's code compares the language or names a command-line option in a string
    (its docstrings and comments may)."""
    tree = ast.parse(source)
    docstrings = _docstrings(tree)
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare):
            sides = [node.left, *node.comparators]
            if any(isinstance(side, ast.Constant) and side.value in LANGUAGES for side in sides):
                found.append((node.lineno, "compares the language"))
        elif isinstance(node, (ast.If, ast.IfExp, ast.While)):
            if isinstance(node.test, ast.Name) and node.test.id in ("th", "thai", "en", "english"):
                found.append((node.lineno, f"if {node.test.id}"))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            option = OPTION_NAME.search(node.value)
            found += [(node.lineno, f"names {option.group()}")] if option else []
    return [f"line {line}: {what}" for line, what in sorted(found)]


@pytest.mark.parametrize("module", sorted(MODULES))
def test_only_the_front_ends_speak(module: str) -> None:
    """The core hands up codes and data; no module below the front ends picks words by the language
    or names an option of the command line (a refusal names its field; the front end says it)."""
    if any(module == p or (p.endswith(".*") and module.startswith(p[:-1])) for p in SPEAKERS):
        return
    found = speaking(MODULES[module].read_text(encoding="utf-8"))
    assert not found, f"{MODULES[module].relative_to(SRC.parent)}: " + "; ".join(found)


def test_the_speaking_check_sees_a_branch_and_an_option() -> None:
    source = '''
"""A docstring may say --period."""
def say(lang, th):
    """So may this one: --db."""
    # and a comment: --force
    word = "ใช่" if lang == "th" else "yes"
    other = "no" if "en" != lang else ""
    if th:
        return "name a file with --db"
    return word + other
'''
    found = speaking(source)
    assert [f.split(": ", 1)[1] for f in found] == [
        "compares the language",
        "compares the language",
        "if th",
        "names --db",
    ], found
