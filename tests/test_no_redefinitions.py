"""No module or class body defines the same name twice.

Python lets a later ``_PATTERN = re.compile(…)`` silently replace an earlier one of the same name.
In ``sumlint/markdown/claims.py`` (14,000 lines) that happened once: a new pattern took the name of
one that ``analyse_comment`` reads a group from, and SUM301 crashed with "no such group" on
comment lines. This test reads the source with ``ast`` and fails on any name bound twice at the
top level of a module or of a class (functions, classes and plain assignments; ``+=`` and
property setters are meant to rebind and are left alone).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted(p for folder in ("sumlint", "rules", "bench") for p in (ROOT / folder).rglob("*.py"))


def _bound_names(node: ast.stmt) -> list[str]:
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        rebinding = any(isinstance(d, ast.Attribute) and d.attr in ("setter", "deleter", "register")
                        or isinstance(d, ast.Name) and d.id == "overload" for d in node.decorator_list)
        return [] if rebinding else [node.name]
    if isinstance(node, ast.Assign):
        return [t.id for t in node.targets if isinstance(t, ast.Name)]
    if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
        return [node.target.id]
    return []


def redefinitions(body: list[ast.stmt], where: str) -> list[str]:
    """``where: name`` (with both lines) for each name bound twice in ``body`` or a class in it."""
    seen: dict[str, int] = {}
    found: list[str] = []
    for node in body:
        if isinstance(node, ast.ClassDef):
            found += redefinitions(node.body, f"{where}.{node.name}")
        for name in _bound_names(node):
            if name in seen:
                found.append(f"{where}: {name} (lines {seen[name]} and {node.lineno})")
            seen[name] = node.lineno
    return found


def test_the_check_finds_a_redefinition() -> None:
    tree = ast.parse("import re\nA = re.compile('x')\nB = 1\nA = re.compile('y')\n"
                     "class C:\n    def f(self): pass\n    def f(self): pass\n")
    assert redefinitions(tree.body, "m") == ["m: A (lines 2 and 4)", "m.C: f (lines 6 and 7)"]


def test_the_check_leaves_augmented_assignments_and_setters_alone() -> None:
    tree = ast.parse("A = {1}\nA |= {2}\nclass C:\n    @property\n    def v(self): return 1\n"
                     "    @v.setter\n    def v(self, x): pass\n")
    assert redefinitions(tree.body, "m") == []


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_name_is_defined_twice(path: Path) -> None:
    where = str(path.relative_to(ROOT))
    assert redefinitions(ast.parse(path.read_text(encoding="utf-8")).body, where) == []
