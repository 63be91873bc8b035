"""Following sourced libraries: which `source` paths are understood, and that their
functions count where the script calls them."""

from __future__ import annotations

from pathlib import Path

import pytest

from sumlint.shell import analysis as an
from sumlint.shell.model import build
from sumlint.shell.sources import follow

LIB = 'die() { exit 1; }\ncheck() {\n  redis-cli ping || die down\n}\n'


@pytest.mark.parametrize("line", [
    'source "$(dirname "$0")/lib/common.sh"',
    '. "${BASH_SOURCE%/*}/lib/common.sh"',
    'source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"',
    'HERE="$(cd "$(dirname "$0")" && pwd)"\nsource "$HERE/lib/common.sh"',
    'HERE=$(dirname "$(readlink -f "$0")")\n. "${HERE}/lib/common.sh"',
    "source lib/common.sh",
])
def test_source_forms(tmp_path: Path, line: str) -> None:
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "common.sh").write_text(LIB)
    script = build(f"#!/bin/bash\n{line}\ncheck\n")
    follow(script, tmp_path / "deploy.sh")
    assert "check" in script.functions
    assert script.dependencies == [(tmp_path / "lib" / "common.sh").resolve()]
    entries = an.trace(script)
    ping = next(e for e in entries if e.node.text() == "redis-cli ping")
    assert ping.node.origin == str((tmp_path / "lib" / "common.sh").resolve())
    assert an.on_failure(script, ping.node, ping, "PONG").stops


@pytest.mark.parametrize("line", ['source "$LIB"', "source /nonexistent/lib.sh", 'source "$(mktemp)"'])
def test_unknown_sources_are_ignored(tmp_path: Path, line: str) -> None:
    script = build(f"{line}\ncheck\n")
    follow(script, tmp_path / "deploy.sh")
    assert "check" not in script.functions and script.dependencies == []


def test_script_functions_win_and_cycles_stop(tmp_path: Path) -> None:
    (tmp_path / "a.sh").write_text('source "$(dirname "$0")/b.sh"\ncheck() { :; }\n')
    (tmp_path / "b.sh").write_text('source "$(dirname "$0")/a.sh"\nother() { :; }\n')
    script = build('check() { echo mine; }\nsource "$(dirname "$0")/a.sh"\n')
    follow(script, tmp_path / "deploy.sh")
    assert script.functions["check"].origin is None
    assert "other" in script.functions
