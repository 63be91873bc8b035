"""Pathological and huge inputs for every front-end: sumlint never crashes (no internal
error, no RecursionError), every diagnostic points inside its file, and a file that truly
cannot be handled gets a clear SUM001 instead.

The inputs are generated at run time by ``tests/pathological.py`` (moderate sizes here; the
sizes the robustness issue asks for, and the timings, are in ``bench/bench_pathological.py``).
No timing is asserted: a quadratic regression shows up in the benchmark, not as a flaky test.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from conftest import assert_no_internal_error
from pathological import CASES, check_positions, write_project  # noqa: E402
from pathological import lint_project as _lint_project


def lint_project(root: Path, target: Path | None = None):
    """``pathological.lint_project``, failing on a crash in sumlint: the runner contains it as
    SUM004 (the run goes on), so it is checked here explicitly."""
    result = _lint_project(root, target)
    assert_no_internal_error(result)
    return result


def _lint_case(tmp_path: Path, name: str):
    case = CASES[name]
    target = write_project(tmp_path, case.build(case.small))
    result = lint_project(tmp_path)  # a crash in sumlint (SUM004) fails the test
    return case, target, result


@pytest.mark.parametrize("name", sorted(CASES))
def test_pathological_input_is_linted_with_positions_inside_the_file(tmp_path, name):
    case, target, result = _lint_case(tmp_path, name)
    assert check_positions(result) == []
    linted = {str(f.path) for f in result.files}
    assert str(target) in linted, f"{target.name} was not linted"
    unreadable = [d for d in result.diagnostics if d.code == "SUM001" and d.path == str(target)]
    if case.unreadable:
        assert unreadable, f"{name}: expected SUM001 (the file cannot be handled)"
        assert all(d.message.strip() for d in unreadable)
    elif case.unreadable is False:
        assert not unreadable, unreadable[0].message


def test_invalid_utf8_is_reported_where_it_is(tmp_path):
    write_project(tmp_path, {"deploy/deploy.sh": b"#!/bin/bash\necho ok\necho \xff\xfe\n"})
    result = lint_project(tmp_path)
    [d] = [d for d in result.diagnostics if d.code == "SUM001"]
    assert (d.span.line, d.span.column) == (3, 6) and "UTF-8" in d.message


def test_requirements_include_cycle_is_followed_once(tmp_path):
    write_project(tmp_path, {"requirements.txt": "-r requirements-b.txt\ndjango\n",
                             "requirements-b.txt": "-r requirements.txt\nredis\n"})
    from sumlint.config import from_table
    from sumlint.settings.requirements import parse
    from sumlint.source import decode

    path = tmp_path / "requirements.txt"
    config = from_table({}, None)
    config.root = tmp_path
    ctx = type("Ctx", (), {"path": path, "config": config, "root": tmp_path, "embedded": False})()
    model = parse(decode(path, path.read_bytes(), "requirements"), ctx)
    names = sorted(model.names())
    assert names == ["django", "redis"]
    assert len([d for d in model.dependencies if Path(d).name == "requirements-b.txt"]) == 1
    assert check_positions(lint_project(tmp_path)) == []


def test_self_include_terminates(tmp_path):
    write_project(tmp_path, {"requirements.txt": "-r requirements.txt\n" * 3 + "django\n"})
    result = lint_project(tmp_path)
    assert check_positions(result) == []


def test_dropin_folder_with_many_files_is_merged(tmp_path):
    files = {"deploy/app.service": "[Service]\nExecStart=/usr/bin/true\n"}
    for i in range(300):
        files[f"deploy/app.service.d/{i:04d}.conf"] = f"[Unit]\nAfter=x{i}.service\n"
    write_project(tmp_path, files)
    result = lint_project(tmp_path)
    assert check_positions(result) == []
    unit = next(r for r in result.files if r.path.name == "app.service")
    after = unit.facts[0].data["sections"]["Unit"]["After"]
    assert len(after) == 300 and after[0][0] == "x0.service" and after[-1][0] == "x299.service"


def test_deep_python_expression_is_a_clear_sum001(tmp_path):
    write_project(tmp_path, {"mysite/settings/production.py": "X = " + "1 + " * 5000 + "1\n"})
    result = lint_project(tmp_path)
    [d] = [d for d in result.diagnostics if d.code == "SUM001"]
    assert "nest" in d.message and "RecursionError" not in d.message


def test_tree_sitter_giving_up_is_a_clear_sum001(monkeypatch):
    """The shell front-end bounds tree-sitter's time; a parse it gives up on is a SUM001
    with the reason, and the rules run on an empty script (never a hang or a crash)."""
    from sumlint.shell import model

    monkeypatch.setattr(model, "PARSE_SECONDS", 0.0)
    monkeypatch.setattr(model, "PARSE_SECONDS_PER_MB", 0.0)
    script = model.build("#!/bin/bash\n" + "<" * 20000 + "\n")
    assert script.abandoned and "gave up" in script.abandoned and script.commands == []
    monkeypatch.undo()
    again = model.build("#!/bin/bash\nredis-cli ping\n")  # the parser starts afresh
    assert again.abandoned is None and [c.name for c in again.commands] == ["redis-cli"]


def test_long_shell_variable_chain_resolves_what_it_can():
    from sumlint.shell.model import build

    text = "V0=redis\n" + "".join(f'V{i + 1}="$V{i}"\n' for i in range(2000)) + 'echo "$V2000" "$V5"\n'
    script = build(text)
    echo = script.commands[-1]
    assert echo.argv[2].text == "redis" and echo.argv[2].static


def test_too_many_included_requirements_files_is_a_clear_sum001(tmp_path):
    files = {"requirements.txt": "".join(f"-r requirements/r{i}.txt\n" for i in range(40))}
    files.update({f"requirements/r{i}.txt": f"-c ../requirements.txt\npkg{i}\n" for i in range(40)})
    write_project(tmp_path, files)
    result = lint_project(tmp_path)
    assert check_positions(result) == []
    [d] = [d for d in result.diagnostics if d.code == "SUM001" and d.path.endswith("/requirements.txt")]
    assert "more than 32 files are included" in d.message and d.span.line == 33  # r32.txt: the 33rd


def test_markdown_it_failing_is_a_clear_sum001(tmp_path):
    """markdown-it itself raises on a few inputs (an HTML comment opened in a list item in a
    blockquote, ">- <!--" then a ">" line); the docs front-end reports that as SUM001 naming
    the parser, and the run goes on."""
    write_project(tmp_path, {"docs/runbook.md": ">- <!--\n>", "docs/other.md": "Redis (optional)\n"})
    result = lint_project(tmp_path)
    [d] = [d for d in result.diagnostics if d.code == "SUM001"]
    assert d.path.endswith("runbook.md") and "markdown parser failed" in d.message
    assert any(d.code == "SUM301" and d.path.endswith("other.md") for d in result.diagnostics)
