"""Unit blocks in runbooks: the systemd rules run on them, positions and fixes land in the
markdown file."""

from __future__ import annotations

from pathlib import Path

import pytest

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


UNIT_LINES = ["```ini", "[Unit]", "Description=Celery", "After=network.target", "",
              "[Service]", "ExecStart=/srv/app/venv/bin/celery -A proj worker", "```"]
NO_UNIT_SECTION = ["```ini", "[Service]", "ExecStart=/srv/app/venv/bin/celery -A proj worker", "```"]


def _nested(prefix: str, lines: list[str], lead: str) -> str:
    """The unit block inside a container: every line of it behind ``prefix``."""
    return "# Deploy\n\n" + lead + "".join((prefix + line).rstrip() + "\n" if line else prefix.rstrip() + "\n"
                                           for line in lines)



@pytest.mark.parametrize("prefix, lead", [
    ("   ", "1. Create the unit:\n\n"),         # a fence indented in a list item
    ("> ", ""),                                 # a fence in a blockquote
    ("    ", '=== "systemd"\n\n'),              # a fence in a MkDocs content tab
])
@pytest.mark.parametrize("lines", [UNIT_LINES, NO_UNIT_SECTION], ids=["after-line", "new-section"])
def test_fix_adds_lines_with_the_block_prefix(tmp_path: Path, prefix: str, lead: str, lines: list[str]) -> None:
    text = _nested(prefix, lines, lead)
    found, source = lint(text, tmp_path)
    sum101 = [d for d in found if d.code == "SUM101"]
    assert len(sum101) == 1, [(d.code, d.message) for d in found]
    fixed, applied = fix_text(source, sum101)
    assert applied == 1
    added = [line for line in fixed.split("\n") if "redis-server.service" in line]
    assert added and all(line.startswith(prefix) for line in added), fixed
    assert any(line == prefix + "Wants=redis-server.service" for line in added), fixed
    assert all(not line.endswith(" ") for line in fixed.split("\n")), fixed  # (no trailing spaces on added blank lines)
    again, source = lint(fixed, tmp_path)
    assert not [d for d in again if d.code == "SUM101"], fixed
    assert fix_text(source, again)[0] == fixed or not again  # nothing more to fix


def test_a_message_names_other_lines_of_the_block_in_the_markdown_file(tmp_path: Path) -> None:
    text = ("# Runbook\n\n1. Install the unit:\n\n   ```ini\n   [Unit]\n   Description=first\n"
            "   After=redis-server.service\n   Wants=redis-server.service\n   Description=second\n\n"
            "   [Service]\n   ExecStart=/usr/bin/true\n   ExecStart=/usr/bin/false\n   ```\n")
    lines = text.split("\n")
    found = {d.code: d for d in lint(text, tmp_path)[0]}
    repeated = found["SUM106"]
    assert lines[repeated.span.line - 1].strip() == "Description=first"
    assert f"set again on line {lines.index('   Description=second') + 1} " in repeated.message
    second = found["SUM109"]
    assert lines[second.span.line - 1].strip() == "ExecStart=/usr/bin/false"
    assert f"the first is on line {lines.index('   ExecStart=/usr/bin/true') + 1})" in second.message


def test_message_line_mapping_leaves_quoted_text_and_other_files_alone() -> None:
    from sumlint.kinds import EmbeddedBlock
    from sumlint.runner import _map_message

    block = EmbeddedBlock("shell", "a\nb\nc\n", [(20, 0), (21, 0), (22, 2)])
    assert _map_message(block, "the `if` at line 3 goes on") == "the `if` at line 22 goes on"
    assert _map_message(block, "(line 1) and line 2.") == "(line 20) and line 21."
    assert _map_message(block, "`echo line 2` at line 2") == "`echo line 2` at line 21"
    assert _map_message(block, "in common.sh line 2, called at line 1") == "in common.sh line 2, called at line 20"
    assert _map_message(block, "no reference here") == "no reference here"


def test_prose_in_a_unit_block_is_a_missing_closing_fence(tmp_path: Path) -> None:
    """A runbook that forgot a unit block's closing fence: the next paragraph and unit run on
    inside the block until the next fence. The first sentence the parser meets is reported."""
    text = ("# Workers\n\n1. Create the unit:\n\n   ```ini\n   [Unit]\n   Description=Redis\n\n"
            "   [Install]\n   WantedBy=multi-user.target\n\n"
            "   Then create rqworker@.service so that workers can be started one by one:\n\n"
            "   [Service]\n   ExecStart=/srv/app/venv/bin/rq worker\n   ```\n")
    path = tmp_path / "runbook.md"
    found = Linter(Config(root=tmp_path)).lint_source(decode(path, text.encode(), "markdown")).diagnostics
    (stray,) = [d for d in found if d.code == "SUM001"]
    assert (stray.span.line, stray.span.column) == (12, 4)
    assert "closing fence is probably missing above that line" in stray.message


@pytest.mark.parametrize("line", ["...", "d /run/celery 0755 app app -", "# and so on", "<snip>"])
def test_elisions_and_foreign_lines_in_a_unit_block_are_left_alone(tmp_path: Path, line: str) -> None:
    text = f"```ini\n[Service]\nExecStart=/bin/true\n{line}\n```\n"
    path = tmp_path / "runbook.md"
    found = Linter(Config(root=tmp_path)).lint_source(decode(path, text.encode(), "markdown")).diagnostics
    assert "SUM001" not in [d.code for d in found]
