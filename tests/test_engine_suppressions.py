"""Suppression comments in every form, SUM002 (unused, with its fix) and SUM003 (malformed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from harness import fixture_config
from sumlint.config import load_config
from sumlint.fixes import fix_text
from sumlint.runner import Linter, check_paths
from sumlint.source import decode


def lint(tmp_path: Path, name: str, text: str, table: dict | None = None):
    """All diagnostics (suppressed ones too) of ``text`` linted as the file ``name``."""
    from sumlint.discovery import classify_file

    config = fixture_config(tmp_path, table)
    path = tmp_path / name
    linter = Linter(config)
    source = decode(path, text.encode(), classify_file(path, config), config.max_file_size)
    result = linter.finish([linter.lint_source(source)], [])
    return result, source


def brief(result):
    return [(d.code, d.span.line, d.span.column, d.suppressed is not None) for d in result.diagnostics]


def test_trailing_comment_suppresses_its_own_line_only(fake_engine, tmp_path):
    result, _ = lint(tmp_path, "a.sh", "echo BAD  # sumlint: disable=SUM190\necho BAD\n")
    assert brief(result) == [("SUM190", 1, 6, True), ("SUM190", 2, 6, False)]


def test_own_line_comment_covers_the_next_code_line_and_its_continuations(fake_engine, tmp_path):
    text = ("# sumlint: disable=SUM190 -- legacy\n"
            "\n"
            "# an ordinary comment\n"
            "echo BAD \\\n"
            "  BAD \\\n"
            "  BAD\n"
            "echo BAD\n")
    result, _ = lint(tmp_path, "a.sh", text)
    assert brief(result) == [("SUM190", 4, 6, True), ("SUM190", 5, 3, True), ("SUM190", 6, 3, True),
                             ("SUM190", 7, 6, False)]
    assert result.diagnostics[0].suppressed.reason == "legacy"
    assert result.diagnostics[0].suppressed.line == 1


def test_several_codes_and_spacing(fake_engine, tmp_path):
    result, _ = lint(tmp_path, "a.sh", "echo BAD #sumlint:disable=SUM190,SUM590\n")
    codes = [(d.code, d.span.column, d.suppressed is not None) for d in result.diagnostics]
    assert codes == [("SUM190", 6, True), ("SUM002", 34, False)]  # SUM590 suppressed nothing


def test_disable_file(fake_engine, tmp_path):
    result, _ = lint(tmp_path, "a.sh", "echo BAD\necho RISKY\n# sumlint: disable-file=SUM190 -- generated\n")
    assert all(d.suppressed and d.suppressed.kind == "file" and d.suppressed.reason == "generated"
               for d in result.diagnostics)
    assert len(result.diagnostics) == 2


def test_systemd_trailing_text_is_a_value_not_a_comment(fake_engine, tmp_path):
    result, _ = lint(tmp_path, "a.service",
                     "[Service]\nExecStart=/bin/BAD # sumlint: disable=SUM190\n; sumlint: disable=SUM190\nUser=BAD\n")
    assert brief(result) == [("SUM190", 2, 16, False), ("SUM190", 4, 6, True)]


def test_semicolon_is_not_a_comment_in_shell(fake_engine, tmp_path):
    result, _ = lint(tmp_path, "a.sh", "echo BAD ; sumlint: disable=SUM190\n")
    assert brief(result) == [("SUM190", 1, 6, False)]


@pytest.mark.parametrize("block, lines", [
    ("needs:a and\nneeds:b in one paragraph\n", [2, 3]),
    ("- needs:a\n- needs:b\n", [2, 3]),
    ("| x | needs:a |\n|---|---|\n| y | needs:b |\n", [2, 4]),
])
def test_markdown_comment_covers_the_next_block(fake_engine, tmp_path, block, lines):
    text = "<!-- sumlint: disable=SUM590 -- documented elsewhere -->\n" + block + "\nneeds:c\n"
    (tmp_path / ".git").mkdir()
    (tmp_path / "runbook.md").write_text(text)
    result = check_paths([tmp_path], load_config(tmp_path))
    found = [(d.span.line, d.suppressed is not None) for d in result.diagnostics]
    after = text.count("\n")
    assert found == [*((line, True) for line in lines), (after, False)]


def test_markdown_comment_before_a_fenced_block_covers_the_whole_block(fake_engine, tmp_path):
    text = ("# Deploy\n\n<!-- sumlint: disable=SUM190 -->\n```sh\necho BAD\n\necho BAD\n```\n\n"
            "```sh\necho BAD\n```\n")
    result, _ = lint(tmp_path, "runbook.md", text)
    assert brief(result) == [("SUM190", 5, 6, True), ("SUM190", 7, 6, True), ("SUM190", 11, 6, False)]


def test_suppression_inside_an_embedded_block(fake_engine, tmp_path):
    text = "Run:\n\n```sh\necho BAD  # sumlint: disable=SUM190\necho BAD\n# sumlint: disable=SUM590\n```\n"
    result, source = lint(tmp_path, "runbook.md", text)
    # It suppresses inside the block, but an unused one there is not SUM002: code samples in
    # docs often show suppression comments on purpose.
    assert brief(result) == [("SUM190", 4, 6, True), ("SUM190", 5, 6, False)]
    fixed, applied = fix_text(source, result.active)
    assert fixed == "Run:\n\n```sh\necho BAD  # sumlint: disable=SUM190\necho GOOD\n# sumlint: disable=SUM590\n```\n" and applied == 1


def test_unused_suppression_fix_keeps_used_codes(fake_engine, tmp_path):
    result, source = lint(tmp_path, "a.sh", "echo BAD  # sumlint: disable=SUM590,SUM190 -- why\n")
    (unused,) = [d for d in result.active if d.code == "SUM002"]
    assert (unused.span.column, unused.span.end_column) == (30, 36)
    assert unused.message == "unused suppression: no SUM590 diagnostic here to suppress"
    fixed, _ = fix_text(source, [unused])
    assert fixed == "echo BAD  # sumlint: disable=SUM190 -- why\n"


def test_unused_own_line_suppression_fix_removes_the_line(fake_engine, tmp_path):
    result, source = lint(tmp_path, "a.sh", "#!/bin/sh\n# sumlint: disable=SUM190\necho ok\n")
    assert [(d.code, d.span.line) for d in result.active] == [("SUM002", 2)]
    assert fix_text(source, result.active)[0] == "#!/bin/sh\necho ok\n"


def test_codes_of_disabled_rules_are_not_unused(fake_engine, tmp_path):
    text = "echo ok  # sumlint: disable=SUM190\n"
    assert [d.code for d in lint(tmp_path, "a.sh", text)[0].active] == ["SUM002"]
    assert lint(tmp_path, "a.sh", text, {"ignore": ["SUM190"]})[0].active == []
    assert lint(tmp_path, "a.sh", text, {"ignore": ["SUM002"]})[0].active == []
    assert lint(tmp_path, "a.sh", text, {"per-file-ignores": {"*.sh": ["SUM190"]}})[0].active == []


def test_bridged_codes_may_be_suppressed(fake_engine, tmp_path):
    result, _ = lint(tmp_path, "a.sh", "echo ok  # sumlint: disable=SC2086\n")
    assert [d.code for d in result.active] == []  # no ShellCheck run: not reported as unused


@pytest.mark.parametrize("line, column, message", [
    ("# sumlint: disabel=SUM190", 1, "malformed suppression `# sumlint: disabel=SUM190`: expected "
     "`sumlint: disable=CODE[,CODE] [-- reason]` (did you mean `disable`?)"),
    ("# sumlint: disable", 1, "malformed suppression `# sumlint: disable`"),
    ("# sumlint: disable=", 1, "malformed suppression"),
    ("# sumlint: disable=E501", 20, "`E501` in a suppression is not a rule code (SUMnnn)"),
    ("# sumlint: disable=SUM999", 20, "suppression names SUM999, which is not a sumlint rule"),
])
def test_malformed_suppressions_are_reported(fake_engine, tmp_path, line, column, message):
    result, _ = lint(tmp_path, "a.sh", f"{line}\necho ok\n")
    (d,) = result.active
    assert (d.code, d.span.line, d.span.column) == ("SUM003", 1, column)
    assert d.message.startswith(message)


def test_malformed_in_markdown_and_env(fake_engine, tmp_path):
    result, _ = lint(tmp_path, "README.md", "<!-- sumlint: disabel=SUM301 -->\ntext\n")
    assert [(d.code, d.span.column) for d in result.active] == [("SUM003", 1)]
    result, _ = lint(tmp_path, ".env.example", "A=1  # sumlint: enable=SUM401\n")
    assert [(d.code, d.span.column) for d in result.active] == [("SUM003", 6)]


def test_suppressing_a_project_rule_finding(fake_engine, tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / "a.sh").write_text("# needs:x  # sumlint: disable=SUM590 -- provided by the image\n")
    result = check_paths([tmp_path], load_config(tmp_path))
    assert [(d.code, d.suppressed.reason) for d in result.diagnostics] == [("SUM590", "provided by the image")]
    assert result.active == []
