"""The built wheel: every rule module lands under sumlint/rules/, every engine module and data
file is there, no top-level `rules` package leaks into site-packages, and no source file
imports `rules.` as a top-level package (it only works from a checkout)."""

from __future__ import annotations

import ast
import shutil
import importlib.util
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def _local_backend_builds_wheels() -> bool:
    """setuptools >= 70.1 builds wheels without the `wheel` package."""
    if importlib.util.find_spec("setuptools") is None:
        return False
    from importlib.metadata import version

    major, minor = (int(x) for x in version("setuptools").split(".")[:2])
    return (major, minor) >= (70, 1) or importlib.util.find_spec("wheel") is not None


@pytest.fixture(scope="module")
def wheel_names(tmp_path_factory) -> set[str]:
    out = tmp_path_factory.mktemp("wheel")
    # A clean copy: a stale build/ folder in the checkout would leak old files into the wheel.
    source = tmp_path_factory.mktemp("src") / "sumlint"
    shutil.copytree(REPO, source, ignore=shutil.ignore_patterns(
        ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".sumlint_cache", ".pytest_cache",
        ".hypothesis", "fixtures", "generated"))
    command = [sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(source)]
    if _local_backend_builds_wheels():
        command.insert(4, "--no-isolation")  # offline and fast when the build backend is here
    run = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    (wheel,) = out.glob("sumlint-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


def test_every_rule_module_is_in_the_wheel_under_sumlint_rules(wheel_names):
    expected = {"sumlint/rules/" + p.relative_to(REPO / "rules").as_posix() for p in (REPO / "rules").rglob("*.py")}
    missing = sorted(expected - wheel_names)
    assert not missing, f"rule modules missing from the wheel (add their package to pyproject's `packages`): {missing}"


def test_every_engine_module_and_data_file_is_in_the_wheel(wheel_names):
    expected = {p.relative_to(REPO).as_posix() for p in (REPO / "sumlint").rglob("*")
                if p.is_file() and "__pycache__" not in p.parts and p.suffix in (".py", ".json")}
    missing = sorted(expected - wheel_names)
    assert not missing, f"missing from the wheel (a package not listed in pyproject's `packages`?): {missing}"
    assert any(n.startswith("sumlint/data/") and n.endswith(".json") for n in wheel_names) or \
        not list((REPO / "sumlint" / "data").glob("*.json"))


def test_no_top_level_rules_package_and_the_entry_point(wheel_names):
    assert not [n for n in wheel_names if n.startswith("rules/")]
    tops = {n.split("/")[0] for n in wheel_names}
    assert {t for t in tops if not t.endswith(".dist-info")} == {"sumlint"}
    entry_points = next(n for n in wheel_names if n.endswith(".dist-info/entry_points.txt"))
    assert entry_points


def test_nothing_imports_rules_as_a_top_level_package():
    offenders = []
    for folder in ("sumlint", "rules", "tests", "bench"):
        for path in (REPO / folder).rglob("*.py"):
            if "fixtures" in path.relative_to(REPO).parts:
                continue  # test data, broken on purpose; never imported
            try:
                tree = ast.parse(path.read_text(encoding="utf-8"))
            except SyntaxError as err:
                offenders.append(f"{path}: does not parse: {err}")
                continue
            for node in ast.walk(tree):
                names = []
                if isinstance(node, ast.Import):
                    names = [a.name for a in node.names]
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    names = [node.module]
                offenders += [f"{path.relative_to(REPO)}:{node.lineno}: {n}" for n in names
                              if n == "rules" or n.startswith("rules.")]
    assert not offenders, "import sumlint.rules..., never rules...:\n" + "\n".join(offenders)
