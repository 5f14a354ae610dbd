"""No import cycle between the project's apps.

The graph is built from the source (ast), not by importing it: an edge A → B
for every `import B...` in a module of app A. A lower app never imports a
higher one; higher apps register themselves (search kinds, sitemap entries,
seed content, public models) through the app registry.

`site_config.urls`, `site_config.settings` and `site_config.wsgi` are the
composition root: they name every app by design and are left out; the rest
of `site_config` (request memo, typography, CSV safety, SEO) is a library
like any app. Migrations are left out (they name model bases by path).

The run's figures section prints the layered graph: layer 0 imports no other
app, each app sits one layer above the highest app it imports.
"""

import ast
from pathlib import Path

import pytest

from tests import figures

ROOT = Path(__file__).resolve().parent.parent
COMPOSITION_ROOT = ("site_config.urls", "site_config.settings", "site_config.wsgi")


def project_apps():
    return sorted({p.parent.name for p in ROOT.glob("*/apps.py")} | {"site_config"})


def module_name(path):
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_modules(tree, *, lazy):
    """Absolute imports; inside function bodies too when `lazy`."""
    found = []

    def visit(node):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
                if not lazy:
                    continue
            if isinstance(child, ast.Import):
                found.extend(alias.name for alias in child.names)
            elif isinstance(child, ast.ImportFrom) and child.level == 0:
                found.append(child.module)
            visit(child)

    visit(tree)
    return found


def import_graph(*, lazy=False):
    """{app: {imported app: [an importing module, ...]}}"""
    apps = project_apps()
    graph = {app: {} for app in apps}
    for app in apps:
        for path in sorted((ROOT / app).rglob("*.py")):
            module = module_name(path)
            if "migrations" in path.parts or module.startswith(COMPOSITION_ROOT):
                continue
            for target in imported_modules(ast.parse(path.read_text()), lazy=lazy):
                other = target.split(".")[0]
                if other in graph and other != app:
                    graph[app].setdefault(other, []).append(module)
    return graph


def find_cycle(graph):
    """One cycle as a list of apps, or None."""
    state = {}

    def visit(app, trail):
        state[app] = "open"
        for other in sorted(graph[app]):
            if state.get(other) == "open":
                return [*trail[trail.index(other) :], other]
            if other not in state:
                cycle = visit(other, [*trail, other])
                if cycle:
                    return cycle
        state[app] = "done"
        return None

    for app in sorted(graph):
        if app not in state:
            cycle = visit(app, [app])
            if cycle:
                return cycle
    return None


def layers(graph):
    layer = {}

    def depth(app):
        if app not in layer:
            layer[app] = 1 + max((depth(o) for o in graph[app]), default=-1)
        return layer[app]

    for app in graph:
        depth(app)
    return layer


def describe(graph):
    layer = layers(graph)
    lines = []
    for app in sorted(graph, key=lambda a: (layer[a], a)):
        imports = ", ".join(sorted(graph[app], key=lambda a: (layer[a], a)))
        lines.append(f"  layer {layer[app]}  {app:<14} -> {imports or '(none)'}")
    return "\n".join(lines)


def explain(graph, cycle):
    return "\n".join(
        f"  {a} -> {b} (e.g. {graph[a][b][0]})"
        for a, b in zip(cycle, cycle[1:], strict=False)
    )


@pytest.mark.parametrize(
    "lazy",
    [False, True],
    ids=["module-level imports", "imports in functions too"],
)
def test_no_import_cycle_between_apps(lazy):
    graph = import_graph(lazy=lazy)
    cycle = find_cycle(graph)
    assert cycle is None, "Import cycle between apps:\n" + explain(graph, cycle)
    scope = "all imports" if lazy else "module-level imports"
    figures.report(f"apps by layer ({scope})", "\n" + describe(graph))


def test_the_check_finds_a_cycle():
    """The check itself: a cycle drawn by hand is found."""
    graph = {"a": {"b": ["a.x"]}, "b": {"c": ["b.y"]}, "c": {"a": ["c.z"]}}
    assert find_cycle(graph) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b": ["a.x"]}, "b": {}}) is None
