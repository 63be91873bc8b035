"""Unit blocks in runbooks: the systemd rules run on them, positions and fixes land in the
markdown file."""

from __future__ import annotations

from pathlib import Path

from sumlint.config import Config
from sumlint.fixes import fix_text
from sumlint.runner import Linter
from sumlint.source import decode

RUNBOOK = """# Runbook

Install the worker unit:

```ini
[Service]
ExecStart=/srv/app/venv/bin/celery -A config worker
Restart=on-fail

[Unit]
Description=Celery worker
After=network.target \\
  postgresql.service
```

Then start it.
"""


def lint(text: str, tmp_path: Path):
    path = tmp_path / "runbook.md"
    source = decode(path, text.encode(), "markdown")
    result = Linter(Config(root=tmp_path)).lint_source(source)
    return [d for d in result.diagnostics if d.code.startswith("SUM1")], source


def test_unit_block_in_a_runbook_is_checked_at_its_markdown_position(tmp_path: Path) -> None:
    found, source = lint(RUNBOOK, tmp_path)
    by_code = {d.code: d for d in found}
    assert set(by_code) == {"SUM101", "SUM104"}, [(d.code, d.message) for d in found]
    assert (by_code["SUM104"].span.line, by_code["SUM104"].span.column) == (8, 9)
    assert source.lines[7][8:15] == "on-fail"
    assert (by_code["SUM101"].span.line, by_code["SUM101"].span.column) == (10, 1)
    assert by_code["SUM101"].message.startswith("this unit needs Redis")


def test_fix_in_a_runbook_block_goes_after_the_continued_line(tmp_path: Path) -> None:
    found, source = lint(RUNBOOK, tmp_path)
    fixed, applied = fix_text(source, [d for d in found if d.code == "SUM101"])
    assert applied == 1
    assert ("After=network.target \\\n  postgresql.service redis-server.service\n"
            "Wants=redis-server.service\n```\n") in fixed
    again, _ = lint(fixed, tmp_path)
    assert not [d for d in again if d.code == "SUM101"]
