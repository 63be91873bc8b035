"""A partial run (only the changed file on the command line) still reports the cross-file
findings that involve that file, read against the whole project's facts."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from harness import FIXTURES, copy_tree_stripped
from sumlint.config import load_config
from sumlint.runner import check_paths

UNIT = "deploy/systemd/sum-__SITE_SLUG__-gunicorn.service"


def _project(tmp_path: Path) -> Path:
    copy_tree_stripped(FIXTURES / "projects" / "incident_gunicorn_not_in_requirements", tmp_path)
    copy_tree_stripped(FIXTURES / "projects" / "incident_redis_client_not_in_requirements", tmp_path)
    (tmp_path / ".git").mkdir()
    return tmp_path


def test_only_the_unit_passed(tmp_path: Path) -> None:
    root = _project(tmp_path)
    # The unit file alone has nothing wrong; the finding needs requirements.txt.
    (root / "requirements.txt").write_text("Django>=4.2\nwagtail>=5.2\n", encoding="utf-8")
    config = load_config(root)
    result = check_paths([root / UNIT], config, explicit=True)
    codes = sorted((d.code, Path(d.path).name, d.span.line) for d in result.active)
    # Both findings are about the unit and need other files: gunicorn is not in
    # requirements.txt (SUM404), and the settings' required variables never reach it (SUM407).
    assert codes == [("SUM404", "sum-__SITE_SLUG__-gunicorn.service", 9),
                     ("SUM407", "sum-__SITE_SLUG__-gunicorn.service", 9)]
    sum404 = next(d for d in result.active if d.code == "SUM404")
    assert sum404.related[0].path.endswith("requirements.txt")


def test_only_the_requirements_passed_reports_nothing_elsewhere(tmp_path: Path) -> None:
    root = _project(tmp_path)
    (root / "requirements.txt").write_text("Django>=4.2\nwagtail>=5.2\n", encoding="utf-8")
    config = load_config(root)
    result = check_paths([root / "requirements.txt"], config, explicit=True)
    assert result.active == []  # the findings belong to the unit and the settings


def test_partial_run_through_the_cli(tmp_path: Path) -> None:
    root = _project(tmp_path)
    (root / "requirements.txt").write_text("Django>=4.2\nwagtail>=5.2\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "sumlint", "check", "--output-format", "json", UNIT],
                          cwd=root, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, done.stderr
    found = json.loads(done.stdout)
    items = found if isinstance(found, list) else found.get("diagnostics", found)
    assert sorted(d["code"] for d in items) == ["SUM404", "SUM407"]
    assert all("gunicorn" in d["message"] for d in items)
