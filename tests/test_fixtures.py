"""Runs every fixture under tests/fixtures/ (see tests/harness.py for the format).

* ``tests/fixtures/<family>/<name>.<ext>``: one file, per-file rules.
* ``tests/fixtures/projects/<case>/``: a whole project tree (with a ``sumlint.toml`` if it
  needs configuration); every rule, project rules included, over the tree.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from harness import (FIXTURES, check_fixed, compare, copy_tree_stripped, fixture_config,
                     lint_fixture, strip_expectations)
from sumlint.config import load_config
from sumlint.runner import check_paths

SINGLE = sorted(p for p in FIXTURES.glob("*/*") if p.is_file() and p.parent.name != "projects"
                and ".fixed." not in p.name and p.name != "README.md")
PROJECTS = sorted(p for p in (FIXTURES / "projects").glob("*") if p.is_dir())


def _golden(path: Path) -> Path:
    name = path.name
    stem, dot, ext = name.partition(".")
    return path.with_name(f"{stem}.fixed.{ext}" if dot else f"{name}.fixed")


@pytest.mark.parametrize("path", SINGLE, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_fixture(path: Path) -> None:
    text, expected = strip_expectations(path.read_text(encoding="utf-8"))
    config = fixture_config(path.parent)
    found, _ = lint_fixture(path, text, config)
    compare(found, expected, path.name)
    golden = _golden(path)
    if golden.exists():
        check_fixed(path, text, config, golden)


@pytest.mark.parametrize("case", PROJECTS, ids=lambda p: p.name)
def test_project_fixture(case: Path, tmp_path: Path) -> None:
    expectations = copy_tree_stripped(case, tmp_path)
    (tmp_path / ".git").mkdir()  # the project root
    config = load_config(tmp_path)
    result = check_paths([tmp_path], config)
    by_path: dict[str, list] = {}
    for d in result.active:
        by_path.setdefault(d.path, []).append(d)
    for path in sorted({*map(str, expectations), *by_path}):
        compare(by_path.get(path, []), expectations.get(Path(path), []),
                f"{case.name}/{Path(path).relative_to(tmp_path)}")
