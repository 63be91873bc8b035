"""The host's own shell scripts (generated at run time; skipped where there are none):
sumlint never crashes on them, and no script that ``bash -n`` accepts gets SUM001."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from sumlint.config import Config
from sumlint.kinds import SHEBANG_RE
from sumlint.runner import Linter
from sumlint.shell import frontend

BIN_DIRS = ("/usr/bin", "/usr/sbin", "/bin", "/sbin", "/usr/lib")
MAX_SCRIPTS = 400


def host_scripts() -> list[Path]:
    """Files directly in the bin folders (and one level into /usr/lib) with a sh/bash shebang."""
    found: dict[str, Path] = {}
    for folder in BIN_DIRS:
        base = Path(folder)
        if not base.is_dir():
            continue
        candidates = list(base.iterdir())
        if folder == "/usr/lib":
            candidates = [c for d in candidates if d.is_dir() and not d.is_symlink()
                          for c in _safe_iterdir(d)]
        for path in candidates:
            try:
                if path.is_symlink() or not path.is_file():
                    continue
                with path.open("rb") as handle:
                    head = handle.read(128)
            except OSError:
                continue
            if SHEBANG_RE.match(head):
                found.setdefault(os.path.realpath(path), path)
    return sorted(found.values())[:MAX_SCRIPTS]


def _safe_iterdir(path: Path) -> list[Path]:
    try:
        return list(path.iterdir())
    except OSError:
        return []


SCRIPTS = host_scripts()


def test_host_scripts_lint_without_crash_or_false_parse_errors() -> None:
    if not SCRIPTS:
        pytest.skip("no sh/bash scripts in /usr/bin, /usr/sbin, /bin, /sbin, /usr/lib on this host")
    if frontend.bash_path() is None:
        pytest.skip("bash is not installed on this host: cannot tell valid scripts from broken ones")
    linter = Linter(Config(root=Path("/")))
    wrongly_rejected = []
    linted = 0
    for path in SCRIPTS:
        result = linter.lint_path(path, "shell")  # an exception here is the failure
        linted += 1
        parse_errors = [d for d in result.diagnostics if d.code == "SUM001"]
        if not parse_errors or result.source is None:
            continue
        if frontend.bash_verdict(result.source.text) == "":
            wrongly_rejected.append(f"{path}: {parse_errors[0].message}")
        for d in result.diagnostics:
            lines = result.source.text.split("\n")
            assert 1 <= d.span.line <= len(lines), f"{path}: {d.code} outside the file: {d.span}"
    print(f"linted {linted} host scripts")
    assert not wrongly_rejected, "SUM001 on scripts bash accepts:\n" + "\n".join(wrongly_rejected)


def test_host_scripts_diagnostics_stay_inside_the_file() -> None:
    if not SCRIPTS:
        pytest.skip("no sh/bash scripts in /usr/bin, /usr/sbin, /bin, /sbin, /usr/lib on this host")
    linter = Linter(Config(root=Path("/")))
    for path in SCRIPTS[:150]:
        result = linter.lint_path(path, "shell")
        if result.source is None:
            continue
        lines = result.source.text.split("\n")
        for d in result.diagnostics:
            assert 1 <= d.span.line <= d.span.end_line <= len(lines), f"{path}: {d}"
            assert 1 <= d.span.column <= len(lines[d.span.line - 1]) + 1, f"{path}: {d}"
        for facts in result.facts:
            for cmd in facts.data["commands"]:
                line, column, end_line, end_column = cmd["span"]
                assert 1 <= line <= end_line <= len(lines), f"{path}: {cmd}"
                assert 1 <= column <= len(lines[line - 1]) + 1, f"{path}: {cmd}"
                assert 1 <= end_column <= len(lines[end_line - 1]) + 1, f"{path}: {cmd}"
