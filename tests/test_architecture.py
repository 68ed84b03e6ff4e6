"""The import rules of DESIGN §4, read from the source: forms_engine knows nothing of page kinds, and no circles.

Every import counts, at module level or inside a function: a function-level import still runs the other module,
it only hides the circle until an unlucky import order. Importing `a.b.c` runs `a/__init__.py` and
`a/b/__init__.py` too, so it depends on those packages as well (except the importer's own packages, which are
already running).
"""

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("forms_engine", "participation", "portal", "search")

# Imports that close a circle and are still to be removed, each with why it is here. The test fails when one of
# them is no longer needed, so that this list only shrinks.
KNOWN_CIRCLES = set()


def project_modules():
    modules = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if "migrations" in parts:
                continue
            if parts[-1] == "__init__":
                parts.pop()
            modules[".".join(parts)] = path
    return modules


MODULES = project_modules()


def imported_names(name, path):
    """The modules (or packages) `name` imports, as dotted names, with the line of each import."""
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package[: len(package) - node.level + 1] + ([base] if base else []))
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                yield (submodule if submodule in MODULES else base), node.lineno


def import_graph():
    """{module: {project module it runs: line}}."""
    graph = {}
    for name, path in MODULES.items():
        own = {".".join(name.split(".")[:length]) for length in range(1, name.count(".") + 2)}
        for target, line in imported_names(name, path):
            parts = target.split(".")
            for length in range(1, len(parts) + 1):
                runs = ".".join(parts[:length])
                if runs in MODULES and runs not in own:
                    graph.setdefault(name, {}).setdefault(runs, line)
    return graph


def circles(graph):
    """The strongly connected groups of more than one module (Tarjan), each sorted."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(module):
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for target in graph.get(module, {}):
            if target not in index:
                visit(target)
                low[module] = min(low[module], low[target])
            elif target in on_stack:
                low[module] = min(low[module], index[target])
        if low[module] == index[module]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == module:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for module in sorted(MODULES):
        if module not in index:
            visit(module)
    return found


def describe(graph, group):
    return [f"{a} -> {b} (line {line})" for a in group for b, line in graph.get(a, {}).items() if b in group]


def without(graph, edges):
    return {a: {b: line for b, line in targets.items() if (a, b) not in edges} for a, targets in graph.items()}


def test_the_import_graph_is_read():
    graph = import_graph()

    assert "forms_engine.models" in graph["participation.models.open_calls"]
    assert "participation.models" in graph["participation.statistics.queries"]


def test_forms_engine_imports_nothing_of_the_apps_that_use_it():
    graph = import_graph()

    forbidden = [
        f"{module} -> {target} (line {line})"
        for module, targets in graph.items()
        if module.split(".")[0] == "forms_engine"
        for target, line in targets.items()
        if target.split(".")[0] in ("participation", "search") or target.startswith("portal.models")
    ]
    assert forbidden == []


def test_no_import_circles_between_project_modules():
    graph = import_graph()

    found = circles(without(graph, KNOWN_CIRCLES))

    assert found == [], "\n".join(line for group in found for line in describe(graph, group))


def test_each_known_circle_is_still_a_circle():
    graph = import_graph()

    for edge in KNOWN_CIRCLES:
        assert edge[1] in graph.get(edge[0], {}), f"{edge} is gone: remove it from KNOWN_CIRCLES"
        assert circles(without(graph, KNOWN_CIRCLES - {edge})), f"{edge} no longer closes a circle"


# Modules that treat particular languages' text (Finnish morphology, stemmers, hyphenation dictionaries); a language
# they do not know gets the generic treatment, so a new language needs no change in them either.
LANGUAGE_SPECIFIC_TEXT = {"search.analysis", "portal.hyphenation"}


def test_no_code_names_a_content_language():
    """Adding a language is a settings change plus its translations (README, "Languages"): no module outside the
    settings, the demo's texts and the language-specific text analysis names a language code."""
    from django.conf import settings

    codes = {code for code, _name in settings.LANGUAGES}
    found = []
    for name, path in MODULES.items():
        leaf = name.split(".")[-1]
        if ".settings" in name or leaf.startswith("demo") or ".demo_data" in name or name in LANGUAGE_SPECIFIC_TEXT:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and node.value in codes:
                found.append(f"{name} line {node.lineno}: {node.value!r}")
    written_lang = re.compile('lang="(?:' + "|".join(codes) + ')"')
    templates = [
        f"{path.relative_to(ROOT)}: {match}"
        for path in (ROOT / "templates").rglob("*.html")
        for match in written_lang.findall(path.read_text(encoding="utf-8"))
    ]
    assert found + templates == []
