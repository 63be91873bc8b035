"""The real pre-commit hook: ``pre-commit try-repo <this repository> sumlint --all-files`` on
a small git repository. It builds the hook's environment from PyPI (network needed, about a
minute), so its name says so: ``-k "not pypi"`` leaves it out of a quick run."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True,
                   env={**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com",
                        "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.com"})


def _pre_commit() -> str:
    exe = Path(sys.executable).parent / "pre-commit"
    if exe.exists():
        return str(exe)
    found = shutil.which("pre-commit")
    if not found:
        pytest.skip("pre-commit is not installed in this environment (it is in the `test` extra)")
    return found


def test_hook_definition_covers_every_kind():
    import yaml  # pre-commit's own dependency

    (hook,) = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text())
    assert hook["id"] == "sumlint" and hook["language"] == "python"
    assert hook["entry"].split()[:2] == ["sumlint", "check"] and "--force-exclude" in hook["entry"]
    assert hook["types"] == ["text"] and "files" not in hook and hook["require_serial"] is True


def test_pre_commit_try_repo_from_pypi(tmp_path):
    """Fails on a bad file, passes on good ones. Needs PyPI to build the hook environment."""
    pre_commit = _pre_commit()
    if shutil.which("git") is None:
        pytest.skip("git is not installed on this host")
    work = tmp_path / "site"
    work.mkdir()
    _git(work, "init", "-q")
    (work / "scripts").mkdir()
    (work / "scripts" / "hello.sh").write_text("#!/bin/bash\nset -euo pipefail\necho hello\n")
    (work / "NOTES.md").write_text("# Notes\n\nNothing to see here.\n")
    (work / "data.txt").write_text("not a kind sumlint reads\n")
    _git(work, "add", ".")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"), "NO_COLOR": "1"}
    env.pop("VIRTUAL_ENV", None)

    def run():
        return subprocess.run([pre_commit, "try-repo", str(REPO), "sumlint", "--all-files", "--verbose"],
                              cwd=work, capture_output=True, text=True, env=env, timeout=900)

    good = run()
    assert good.returncode == 0, good.stdout + good.stderr
    assert "Passed" in good.stdout
    # A shebang script without an extension, recognised by sumlint, with a malformed suppression.
    bad = work / "scripts" / "provision"
    bad.write_text("#!/usr/bin/env bash\n# sumlint: disabel=SUM201\necho provision\n")
    bad.chmod(0o755)
    _git(work, "add", ".")
    failed = run()
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "Failed" in failed.stdout
    assert "scripts/provision:2:1: SUM003 malformed suppression" in failed.stdout
