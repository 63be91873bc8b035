"""No module of the engine or the rules binds a module-level name twice.

claims.py grew by appending readings, and four times a table was defined again under a name
already taken (``_ROMANCE_ARTICLES``, ``_SETUP_NOUNS``, ``_HOST_NOUNS``, ``_DEFAULT_SETUPS``):
the later definition silently replaced the earlier one, and the readings written against the
earlier table lost words. Functions, classes and plain assignments all count; a name bound in
both branches of an ``if``/``try`` at module level (a fallback import) does not."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MODULES = sorted(p for folder in ("sumlint", "rules") for p in (ROOT / folder).rglob("*.py"))


def _bound_names(tree: ast.Module) -> Counter:
    names: Counter = Counter()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                for leaf in ast.walk(target):
                    if isinstance(leaf, ast.Name):
                        names[leaf.id] += 1
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names[node.target.id] += 1
    return names


def test_modules_are_found() -> None:
    assert any(p.name == "claims.py" for p in MODULES)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_module_level_name_is_bound_twice(path: Path) -> None:
    names = _bound_names(ast.parse(path.read_text(encoding="utf-8")))
    twice = sorted(name for name, count in names.items() if count > 1 and name != "__all__")
    assert not twice, f"{path.relative_to(ROOT)} binds these names more than once: {', '.join(twice)}"
