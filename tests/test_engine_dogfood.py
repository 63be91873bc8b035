"""sumlint passes on its own repository, with the repository's own configuration.

The docs quote the hedges SUM301 reports and settings that differ from page to page on
purpose; `pyproject.toml` says so in `per-file-ignores`, and anything else a change brings in
(a stray file, a doc example that breaks a rule) fails here, where a user running
`sumlint check .` in a clone would see it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_the_repository_lints_clean_with_its_own_configuration():
    result = subprocess.run(
        [sys.executable, "-m", "sumlint", "check", "--no-cache", "."],
        cwd=REPO, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("All checks passed"), result.stdout
