"""The host's own shell scripts (generated at run time; skipped where there are none):
sumlint never crashes on them, and no script that ``bash -n`` accepts gets SUM001."""

from __future__ import annotations

from pathlib import Path

import pytest

from sumlint.config import Config
from sumlint.runner import Linter
from sumlint.shell import frontend

from hostfiles import host_scripts

MAX_SCRIPTS = 400


SCRIPTS = host_scripts(MAX_SCRIPTS)


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
