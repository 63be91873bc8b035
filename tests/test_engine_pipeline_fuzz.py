"""The whole pipeline on generated input, for every kind with its real front-end and rules:
lint, project rules, suppressions and fixes never raise, and every diagnostic points inside
the file (1-based lines that exist, columns within the line or at its end)."""

from __future__ import annotations

from pathlib import Path

from conftest import assert_no_internal_error
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sumlint.config import Config
from sumlint.fixes import fix_text
from sumlint.runner import Linter

ROOT = Path("/nonexistent-sumlint-fuzz")
NAMES = {"systemd": "app-celery.service", "shell": "deploy.sh", "markdown": "runbook.md",
         "settings": "settings.py", "env": ".env.example", "requirements": "requirements.txt"}
PIECES = st.sampled_from(list("[]=\\\n\t #;\"'`$(){}-_.:/@|&<>*!~0123456789") + [
    "[Service]\n", "[Unit]\n", "ExecStart=", "After=", "Wants=", "redis", "celery", "```", "```sh\n",
    "```ini\n", "REDIS_URL=", "CACHES = ", "import os\n", "def ", "os.environ[", "-r ", "git+", "\\\n",
    "# sumlint: disable=SUM101", "<!-- sumlint: disable=SUM301 -->", "\r\n", "é", "日本", "\u2028", "\x0c",
    "systemctl restart ", "apt-get install -y ", "redis-cli ping", "set -euo pipefail\n", "#!/bin/bash\n"])
LINTER = Linter(Config(root=ROOT))


@settings(max_examples=250, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.sampled_from(sorted(NAMES)), st.lists(PIECES, max_size=60).map("".join))
def test_pipeline_never_raises_and_positions_stay_inside(kind, text):
    path = ROOT / NAMES[kind]
    result = LINTER.lint_bytes(path, text.encode("utf-8"), kind)
    run = LINTER.finish([result], LINTER.run_project([result]))
    assert_no_internal_error(run)  # a crash is contained as SUM004: it must still fail here
    lines = text.replace("\r\n", "\n").split("\n")
    for d in run.diagnostics:
        if d.path != str(path):
            continue
        s = d.span
        assert 1 <= s.line <= len(lines) and 1 <= s.end_line <= len(lines), (d.code, s, d.message)
        assert 1 <= s.column <= len(lines[s.line - 1]) + 1, (d.code, s, d.message)
        # A one-character marker at the end of a line (Span.at) may end one past it.
        assert 1 <= s.end_column <= len(lines[s.end_line - 1]) + 2, (d.code, s, d.message)
        assert (s.line, s.column) <= (s.end_line, s.end_column), (d.code, s, d.message)
    if result.source is not None:
        fix_text(result.source, run.active, unsafe=True)
