"""The command line end to end (in-process, with the fake front-end of tests/engine_fakes.py):
exit codes, the five output formats and --output-file, --fix/--diff/--unsafe-fixes, stdin, selection."""

from __future__ import annotations

import json
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import SHARED

SARIF_SCHEMA = SHARED / "schemas" / "sarif-schema-2.1.0.json"


def make_project(root: Path, files: dict[str, str | bytes]) -> Path:
    (root / ".git").mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8", newline="")
    return root


# -- exit codes -----------------------------------------------------------------------

def test_clean_project_exits_0(fake_engine, cli, tmp_path):
    make_project(tmp_path, {"deploy.sh": "echo GOOD\n"})
    code, out, err = cli(["check", "--no-cache"], cwd=tmp_path)
    assert (code, err) == (0, "")
    assert out == "All checks passed (1 file checked).\n"


def test_findings_exit_1_and_text_format(fake_engine, cli, tmp_path):
    make_project(tmp_path, {"b.sh": "echo WARN\n", "a.sh": "x=1\necho  BAD\n"})
    code, out, _ = cli(["check", "--no-cache"], cwd=tmp_path)
    assert code == 1
    assert out.splitlines() == [
        "a.sh:2:7: SUM190 [*] `BAD` is bad; write GOOD",
        "b.sh:1:6: SUM190 `WARN` needs a look",
        "Found 2 problems (2 warnings) in 2 files checked.",
        "[*] 1 fixable with `sumlint check --fix`.",
    ]


def test_fail_on_and_exit_zero(fake_engine, cli, tmp_path):
    make_project(tmp_path, {"a.sh": "echo WARN\n"})
    assert cli(["check", "--no-cache", "--fail-on", "error"], cwd=tmp_path)[0] == 0
    assert cli(["check", "--no-cache", "--exit-zero"], cwd=tmp_path)[0] == 0
    (tmp_path / "sumlint.toml").write_text('fail-on = "error"\n')
    assert cli(["check", "--no-cache"], cwd=tmp_path)[0] == 0
    assert cli(["check", "--no-cache", "--fail-on", "info"], cwd=tmp_path)[0] == 1


def test_severity_override_changes_exit_code(fake_engine, cli, tmp_path):
    make_project(tmp_path, {"a.sh": "echo WARN\n", "sumlint.toml": '[severity]\nSUM190 = "info"\n'})
    code, out, _ = cli(["check", "--no-cache"], cwd=tmp_path)
    assert code == 0
    assert "1 info" in out


def test_nonexistent_path_is_a_usage_error(fake_engine, cli, tmp_path):
    make_project(tmp_path, {})
    code, out, err = cli(["check", "nope.sh"], cwd=tmp_path)
    assert code == 2 and out == ""
    assert err == "sumlint: error: nope.sh: no such file or directory\n"


@pytest.mark.internal_errors
def test_internal_error_one_line_and_traceback_with_verbose(fake_engine, cli, tmp_path, monkeypatch):
    """A front-end that raises on one file costs that file its rules (SUM004 at 1:1 instead);
    the other files are still linted and reported, one line per crash goes to stderr, and the
    exit code is 2 (tests/test_engine_internal_errors.py has the rest)."""
    from engine_fakes import crash_front_end

    crash_front_end(monkeypatch, "parse", lambda source, ctx: source.path.name == "a.sh", ValueError("kaboom"))
    make_project(tmp_path, {"a.sh": "echo WARN\n", "b.sh": "echo WARN\n"})
    code, out, err = cli(["check", "--no-cache"], cwd=tmp_path)
    assert code == 2
    assert out.splitlines()[:2] == [
        ("a.sh:1:1: SUM004 internal error in shell front-end: ValueError: kaboom (a bug in sumlint; "
         "please report it, with --verbose for the traceback)"),
        "b.sh:1:6: SUM190 `WARN` needs a look",
    ]
    assert err == ("sumlint: internal error in shell front-end on a.sh: ValueError: kaboom "
                   "(a bug in sumlint; please report it)\n")
    code, out, err = cli(["check", "--no-cache", "--verbose"], cwd=tmp_path)
    assert code == 2 and "b.sh:1:6: SUM190" in out
    assert err.startswith("sumlint: internal error in shell front-end on a.sh: ValueError: kaboom")
    assert "Traceback (most recent call last):" in err and err.endswith("ValueError: kaboom\n")


def test_a_crash_outside_any_file_stops_the_run_with_one_line(fake_engine, cli, tmp_path, monkeypatch):
    from sumlint import output

    def boom(fmt, diagnostics, context):
        raise ValueError("kaboom")

    monkeypatch.setattr(output, "render", boom)
    make_project(tmp_path, {"a.sh": "echo WARN\n"})
    code, out, err = cli(["check", "--no-cache"], cwd=tmp_path)
    assert (code, out) == (2, "")
    assert err == "sumlint: internal error: kaboom (run with --verbose for the traceback)\n"
    code, _, err = cli(["check", "--no-cache", "--verbose"], cwd=tmp_path)
    assert code == 2 and "Traceback" in err and "ValueError: kaboom" in err


# -- output formats --------------------------------------------------------------------

def test_json_has_exactly_the_documented_keys(fake_engine, cli, tmp_path):
    make_project(tmp_path, {"sub/a.sh": "echo BAD WARN\n"})
    code, out, _ = cli(["check", "--no-cache", "-f", "json"], cwd=tmp_path)
    data = json.loads(out)
    assert code == 1 and len(data) == 2
    keys = {"code", "severity", "message", "path", "line", "column", "end_line", "end_column", "fix"}
    assert all(set(item) == keys for item in data)
    assert data[0] == {
        "code": "SUM190", "severity": "warning", "message": "`BAD` is bad; write GOOD",
        "path": "sub/a.sh", "line": 1, "column": 6, "end_line": 1, "end_column": 9,
        "fix": {"message": "Replace with GOOD", "applicability": "safe",
                "edits": [{"line": 1, "column": 6, "end_line": 1, "end_column": 9, "content": "GOOD"}]}}
    assert data[1]["fix"] is None and data[1]["column"] == 10


def test_json_path_outside_cwd_is_absolute(fake_engine, cli, tmp_path):
    make_project(tmp_path / "proj", {"a.sh": "echo WARN\n"})
    (tmp_path / "elsewhere").mkdir()
    _, out, _ = cli(["check", "--no-cache", "-f", "json", str(tmp_path / "proj")], cwd=tmp_path / "elsewhere")
    assert json.loads(out)[0]["path"] == str((tmp_path / "proj" / "a.sh").resolve())


def test_json_show_suppressed_carries_the_reason(fake_engine, cli, tmp_path):
    make_project(tmp_path, {"a.sh": "echo WARN  # sumlint: disable=SUM190 -- reviewed by ops\n"})
    code, out, _ = cli(["check", "--no-cache", "-f", "json"], cwd=tmp_path)
    assert (code, json.loads(out)) == (0, [])
    _, out, _ = cli(["check", "--no-cache", "-f", "json", "--show-suppressed"], cwd=tmp_path)
    (item,) = json.loads(out)
    assert item["suppression"] == {"kind": "line", "line": 1, "reason": "reviewed by ops"}


def test_github_annotations_escape_data_and_properties(fake_engine, cli, tmp_path):
    from sumlint.diagnostics import Diagnostic, Severity, Span
    from sumlint.output import OutputContext, render

    d = Diagnostic("SUM101", Severity.ERROR, "50% done\r\nnext: a,b", str(tmp_path / "we,ird:name.service"),
                   Span(3, 4, 5, 6))
    info = Diagnostic("SUM102", Severity.INFO, "fyi", str(tmp_path / "a.service"), Span(1, 1, 1, 2))
    out = render("github", [d, info], OutputContext(cwd=tmp_path))
    assert out.splitlines() == [
        "::error file=we%2Cird%3Aname.service,line=3,col=4,endLine=5,endColumn=6,title=SUM101::"
        "50%25 done%0D%0Anext: a,b",
        "::notice file=a.service,line=1,col=1,endLine=1,endColumn=2,title=SUM102::fyi",
    ]


def test_github_format_via_cli(fake_engine, cli, tmp_path):
    make_project(tmp_path, {"a.sh": "echo BAD\n"})
    code, out, _ = cli(["check", "--no-cache", "--output-format", "github"], cwd=tmp_path)
    assert code == 1
    assert out == "::warning file=a.sh,line=1,col=6,endLine=1,endColumn=9,title=SUM190::`BAD` is bad; write GOOD\n"



# -- GitLab Code Quality --------------------------------------------------------------

def _gitlab(cli, cwd):
    code, out, _ = cli(["check", "--no-cache", "-f", "gitlab"], cwd=cwd)
    return code, json.loads(out)


def test_gitlab_report_has_the_keys_gitlab_requires(fake_engine, cli, tmp_path):
    make_project(tmp_path, {"sub/a.sh": "echo BAD\necho WARN  # sumlint: disable=SUM190\n"})
    code, issues = _gitlab(cli, tmp_path)
    assert code == 1
    (issue,) = issues  # the suppressed one is left out
    assert issue["description"] == "SUM190 `BAD` is bad; write GOOD"
    assert issue["check_name"] == "SUM190" and issue["severity"] == "minor"
    assert issue["location"] == {"path": "sub/a.sh", "lines": {"begin": 1, "end": 1}}
    assert len(issue["fingerprint"]) == 32 and int(issue["fingerprint"], 16) >= 0


def test_gitlab_fingerprints_are_unique_and_survive_moved_lines(fake_engine, cli, tmp_path):
    """GitLab shows one finding per fingerprint and calls a finding new when its fingerprint
    is: identical findings get distinct ones, and a line added above changes none."""
    make_project(tmp_path, {"a.sh": "echo BAD\necho BAD\n", "b.sh": "echo BAD\n"})
    _, before = _gitlab(cli, tmp_path)
    prints = [i["fingerprint"] for i in before]
    assert len(set(prints)) == 3
    (tmp_path / "a.sh").write_text("set -e\n\necho BAD\necho BAD\n")
    _, after = _gitlab(cli, tmp_path)
    assert [i["fingerprint"] for i in after] == prints
    assert [i["location"]["lines"]["begin"] for i in after] == [3, 4, 1]


def test_gitlab_severity_scale(fake_engine, cli, tmp_path):
    from sumlint.diagnostics import Diagnostic, Severity, Span
    from sumlint.output import OutputContext, render

    made = [Diagnostic("SUM101", sev, "m", str(tmp_path / "u.service"), Span(i + 1, 1, i + 3, 2))
            for i, sev in enumerate((Severity.ERROR, Severity.WARNING, Severity.INFO))]
    issues = json.loads(render("gitlab", made, OutputContext(cwd=tmp_path)))
    assert [i["severity"] for i in issues] == ["major", "minor", "info"]
    assert issues[0]["location"]["lines"] == {"begin": 1, "end": 3}


def test_sarif_partial_fingerprints_survive_moved_lines(fake_engine, cli, tmp_path):
    """Code scanning matches alerts across runs by partialFingerprints: stable when a line is
    added above, distinct for identical findings (the GitLab format's fingerprint)."""
    make_project(tmp_path, {"a.sh": "echo BAD\necho BAD\n"})

    def prints():
        _, out, _ = cli(["check", "--no-cache", "-f", "sarif"], cwd=tmp_path)
        return [r["partialFingerprints"]["sumlintFinding/v1"] for r in json.loads(out)["runs"][0]["results"]]

    before = prints()
    (tmp_path / "a.sh").write_text("set -e\necho BAD\necho BAD\n")
    assert prints() == before and len(set(before)) == 2


# -- --output-file --------------------------------------------------------------------

def test_output_file_gets_the_report_and_stdout_stays_empty(fake_engine, cli, tmp_path, monkeypatch):
    monkeypatch.setenv("FORCE_COLOR", "1")  # a file never gets colour codes
    make_project(tmp_path, {"a.sh": "echo BAD\n"})
    code, out, err = cli(["check", "--no-cache", "-o", "reports/sumlint.txt"], cwd=tmp_path)
    assert (code, out, err) == (1, "", "")
    text = (tmp_path / "reports" / "sumlint.txt").read_text()
    assert text.startswith("a.sh:1:6: SUM190 [*] `BAD` is bad; write GOOD\n") and "\x1b" not in text
    code, out, _ = cli(["check", "--no-cache", "-f", "sarif", "--output-file", "r.sarif"], cwd=tmp_path)
    assert (code, out) == (1, "")
    assert json.loads((tmp_path / "r.sarif").read_text())["runs"][0]["results"][0]["ruleId"] == "SUM190"


def test_output_file_is_written_when_nothing_is_found(fake_engine, cli, tmp_path):
    make_project(tmp_path, {"a.sh": "echo GOOD\n"})
    assert cli(["check", "--no-cache", "-f", "gitlab", "-o", "cq.json"], cwd=tmp_path)[0] == 0
    assert json.loads((tmp_path / "cq.json").read_text()) == []


def test_output_file_that_cannot_be_written_exits_2_naming_it(fake_engine, cli, tmp_path):
    make_project(tmp_path, {"a.sh": "echo BAD\n", "taken": "a file, not a folder\n"})
    code, out, err = cli(["check", "--no-cache", "-o", "taken/report.json"], cwd=tmp_path)
    assert code == 2 and out == ""
    assert "--output-file taken/report.json: cannot write it" in err


def test_output_file_with_stdin_fix_keeps_the_fixed_text_on_stdout(fake_engine, cli, tmp_path):
    make_project(tmp_path, {})
    code, out, err = cli(["check", "--fix", "--stdin-filename", "x.sh", "-o", "r.txt", "-"], cwd=tmp_path,
                         stdin=b"echo BAD\necho WARN\n")
    assert (out, err) == ("echo GOOD\necho WARN\n", "")
    assert "x.sh:2:6: SUM190" in (tmp_path / "r.txt").read_text() and code == 1


def test_output_file_takes_the_diff_and_refuses_add_suppressions(fake_engine, cli, tmp_path):
    make_project(tmp_path, {"a.sh": "echo BAD\n"})
    code, out, _ = cli(["check", "--no-cache", "--diff", "-o", "fix.patch"], cwd=tmp_path)
    assert code == 1 and out == "" and "+echo GOOD" in (tmp_path / "fix.patch").read_text()
    code, _, err = cli(["check", "--add-suppressions", "-o", "x.txt"], cwd=tmp_path)
    assert code == 2 and "--output-file" in err and not (tmp_path / "x.txt").exists()


def _sarif(cli, tmp_path):
    make_project(tmp_path, {
        "a.sh": "echo BAD  # sumlint: disable=SUM190 -- legacy, tracked in OPS-12\necho RISKY\n",
        "docs/run book.md": "# needs:WARNx\n",
        "b.sh": "# provides:WARNx\n"})
    code, out, _ = cli(["check", "--no-cache", "-f", "sarif"], cwd=tmp_path)
    return code, json.loads(out)


def test_sarif_content(fake_engine, cli, tmp_path):
    code, sarif = _sarif(cli, tmp_path)
    assert code == 1 and sarif["version"] == "2.1.0"
    (run,) = sarif["runs"]
    driver = run["tool"]["driver"]
    assert driver["name"] == "sumlint" and driver["version"] and driver["informationUri"].startswith("https://")
    ids = [r["id"] for r in driver["rules"]]
    assert ids == ["SUM190", "SUM590"]
    rule = driver["rules"][0]
    assert rule["name"] == "fake-word" and rule["shortDescription"]["text"] == "Fake word rule"
    assert rule["fullDescription"]["text"] == "Flags BAD."
    assert "## Why is this bad?" in rule["help"]["markdown"] and rule["help"]["text"]
    assert rule["helpUri"].endswith("#sum190") and rule["defaultConfiguration"]["level"] == "warning"
    root_uri = run["originalUriBaseIds"]["PROJECTROOT"]["uri"]
    assert root_uri == tmp_path.resolve().as_uri() + "/"
    by_line = {(r["ruleId"], r["locations"][0]["physicalLocation"]["region"]["startLine"],
                r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]): r for r in run["results"]}
    suppressed = by_line[("SUM190", 1, "a.sh")]
    assert suppressed["suppressions"] == [{"kind": "inSource", "status": "accepted",
                                           "justification": "legacy, tracked in OPS-12"}]
    risky = by_line[("SUM190", 2, "a.sh")]
    assert "suppressions" not in risky and risky["ruleIndex"] == 0 and risky["level"] == "warning"
    assert risky["locations"][0]["physicalLocation"]["region"] == {
        "startLine": 2, "startColumn": 6, "endLine": 2, "endColumn": 11}
    assert risky["locations"][0]["physicalLocation"]["artifactLocation"]["uriBaseId"] == "PROJECTROOT"
    assert risky["fixes"][0]["description"]["text"].endswith("(unsafe)")
    related = by_line[("SUM590", 1, "docs/run%20book.md")]
    assert related["ruleIndex"] == 1 and related["level"] == "error"
    assert related["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "b.sh"
    assert related["relatedLocations"][0]["message"]["text"] == "provided here"


def test_sarif_validates_against_the_oasis_schema(fake_engine, cli, tmp_path):
    if not SARIF_SCHEMA.is_file():
        pytest.skip(f"SARIF schema not found at {SARIF_SCHEMA} (the shared folder is absent)")
    import jsonschema

    _, sarif = _sarif(cli, tmp_path)
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft7Validator.check_schema(schema)
    errors = sorted(jsonschema.Draft7Validator(schema).iter_errors(sarif), key=str)
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:5])
    empty = json.loads(cli(["check", "--no-cache", "-f", "sarif", "--select", "SUM001"], cwd=tmp_path)[1])
    assert not list(jsonschema.Draft7Validator(schema).iter_errors(empty))
    assert empty["runs"][0]["results"] == []


def test_text_shows_related_and_quiet_drops_summary(fake_engine, cli, tmp_path):
    make_project(tmp_path, {"a.md": "# needs:WARNy\n", "b.sh": "# provides:WARNy\n"})
    _, out, _ = cli(["check", "--no-cache"], cwd=tmp_path)
    assert out.splitlines()[:2] == ["a.md:1:3: SUM590 `WARNy` provided elsewhere",
                                    "    b.sh:1:3: provided here"]
    _, out, _ = cli(["check", "--no-cache", "-q"], cwd=tmp_path)
    assert "Found" not in out and out.startswith("a.md:1:3:")


def test_text_source_snippet_and_caret(fake_engine, tmp_path):
    from sumlint.diagnostics import Diagnostic, Severity, Span
    from sumlint.output import OutputContext, render

    path = tmp_path / "a.sh"
    path.write_text("x=1\r\necho \"日本\" BAD\r\n", encoding="utf-8", newline="")
    d = Diagnostic("SUM190", Severity.WARNING, "bad", str(path), Span(2, 11, 2, 14))
    out = render("text", [d], OutputContext(cwd=tmp_path, show_source=True, files_checked=1))
    assert out.splitlines()[1:3] == ["    2 | echo \"日本\" BAD", "      | " + " " * 12 + "^^^"]


# -- fixes -------------------------------------------------------------------------------

def test_fix_writes_keeps_mode_crlf_bom_and_is_stable(fake_engine, cli, tmp_path):
    make_project(tmp_path, {"a.sh": b"\xef\xbb\xbfecho BAD\r\necho BAD WARN\r\n# end\r\n"})
    path = tmp_path / "a.sh"
    path.chmod(0o751)
    code, out, _ = cli(["check", "--no-cache", "--fix"], cwd=tmp_path)
    assert code == 1  # WARN remains
    assert path.read_bytes() == b"\xef\xbb\xbfecho GOOD\r\necho GOOD WARN\r\n# end\r\n"
    assert stat.S_IMODE(path.stat().st_mode) == 0o751
    assert out.splitlines() == ["a.sh:2:11: SUM190 `WARN` needs a look",
                                "Found 1 problem (1 warning) in 1 file checked.", "Fixed 2 problems."]
    assert not [p for p in tmp_path.iterdir() if "sumlint-tmp" in p.name]
    before = path.read_bytes()
    code, out, _ = cli(["check", "--no-cache", "--fix"], cwd=tmp_path)
    assert path.read_bytes() == before and "Fixed" not in out


def test_fix_all_clean_exits_0(fake_engine, cli, tmp_path):
    make_project(tmp_path, {"a.sh": "echo BAD\n"})
    code, out, _ = cli(["check", "--fix"], cwd=tmp_path)
    assert code == 0 and out == "All checks passed (1 file checked).\nFixed 1 problem.\n"


def test_fix_through_a_symlink_rewrites_the_target(fake_engine, cli, tmp_path):
    make_project(tmp_path, {"real/a.sh": "echo BAD\n"})
    (tmp_path / "link.sh").symlink_to(tmp_path / "real" / "a.sh")
    cli(["check", "--no-cache", "--fix", "link.sh"], cwd=tmp_path)
    assert (tmp_path / "link.sh").is_symlink()
    assert (tmp_path / "real" / "a.sh").read_text() == "echo GOOD\n"


def test_unsafe_fixes_need_the_flag(fake_engine, cli, tmp_path):
    make_project(tmp_path, {"a.sh": "echo RISKY BAD\n"})
    code, out, _ = cli(["check", "--no-cache", "--fix"], cwd=tmp_path)
    assert (tmp_path / "a.sh").read_text() == "echo RISKY GOOD\n"
    assert "1 hidden fix can be enabled with the `--unsafe-fixes` option." in out
    code, out, _ = cli(["check", "--no-cache", "--fix", "--unsafe-fixes"], cwd=tmp_path)
    assert code == 0 and (tmp_path / "a.sh").read_text() == "echo SAFE GOOD\n"


def test_fix_loop_reaches_a_fixed_point(fake_engine, cli, tmp_path, monkeypatch):
    """Fixes that overlap wait for the next pass; the loop re-lints until stable."""
    from engine_fakes import FakeWordRule
    from sumlint.diagnostics import Fix, TextEdit, Violation

    original = FakeWordRule.check

    def overlapping(self, model, ctx):
        for v in original(self, model, ctx):
            yield v
            if v.fix:  # a second fix over the same token: applied in a later pass, if still needed
                yield Violation("again", v.span, Fix("again", (TextEdit(v.span, "GOOD"),)))

    monkeypatch.setattr(FakeWordRule, "check", overlapping)
    make_project(tmp_path, {"a.sh": "BAD BAD\n"})
    code, out, _ = cli(["check", "--no-cache", "--fix"], cwd=tmp_path)
    assert (tmp_path / "a.sh").read_text() == "GOOD GOOD\n" and code == 0


def test_diff_writes_nothing(fake_engine, cli, tmp_path):
    make_project(tmp_path, {"a.sh": "echo BAD\necho ok\n", "b.sh": "echo WARN"})
    code, out, err = cli(["check", "--no-cache", "--diff"], cwd=tmp_path)
    assert code == 1
    assert out == ("--- a/a.sh\n+++ b/a.sh\n@@ -1,2 +1,2 @@\n-echo BAD\n+echo GOOD\n echo ok\n")
    assert err == "Would fix 1 problem.\n"
    assert (tmp_path / "a.sh").read_text() == "echo BAD\necho ok\n"
    (tmp_path / "a.sh").write_text("echo ok")
    code, out, err = cli(["check", "--no-cache", "--diff"], cwd=tmp_path)
    assert (code, out) == (0, "")


def test_diff_without_trailing_newline(fake_engine, cli, tmp_path):
    make_project(tmp_path, {"a.sh": "echo BAD"})
    _, out, _ = cli(["check", "--no-cache", "--diff"], cwd=tmp_path)
    assert out.endswith("-echo BAD\n\\ No newline at end of file\n+echo GOOD\n\\ No newline at end of file\n")


def test_fix_removes_unused_suppression(fake_engine, cli, tmp_path):
    make_project(tmp_path, {"a.sh": "echo ok  # sumlint: disable=SUM190\n# sumlint: disable=SUM190\necho fine\n"})
    code, out, _ = cli(["check", "--no-cache"], cwd=tmp_path)
    assert out.count("SUM002 [*] unused suppression: no SUM190 diagnostic here to suppress") == 2
    cli(["check", "--no-cache", "--fix"], cwd=tmp_path)
    assert (tmp_path / "a.sh").read_text() == "echo ok\necho fine\n"


# -- stdin --------------------------------------------------------------------------------

def test_stdin_lints_as_the_named_file(fake_engine, cli, tmp_path):
    make_project(tmp_path, {"deploy.sh": "echo GOOD\n"})
    code, out, _ = cli(["check", "--stdin-filename", "deploy.sh", "-"], cwd=tmp_path, stdin=b"echo WARN\n")
    assert code == 1 and out.startswith("deploy.sh:1:6: SUM190 `WARN` needs a look\n")
    assert not (tmp_path / ".sumlint_cache").exists()


def test_stdin_fix_prints_the_fixed_text(fake_engine, cli, tmp_path):
    make_project(tmp_path, {})
    code, out, err = cli(["check", "--fix", "--stdin-filename", "x.sh", "-"], cwd=tmp_path,
                         stdin=b"echo BAD\r\necho WARN\r\n")
    assert out == "echo GOOD\r\necho WARN\r\n"
    assert "x.sh:2:6: SUM190" in err and "Fixed 1 problem." in err and code == 1
    assert not (tmp_path / "x.sh").exists()


def test_stdin_sees_the_rest_of_the_project(fake_engine, cli, tmp_path):
    make_project(tmp_path, {"unit.service": "# provides:thing\n", "other.sh": "# needs:nothing\n"})
    code, out, _ = cli(["check", "--stdin-filename", "deploy.sh", "-"], cwd=tmp_path,
                       stdin=b"# needs:thing\n")
    assert code == 0, out  # provided by unit.service; other.sh's finding is not reported
    code, out, _ = cli(["check", "--stdin-filename", "deploy.sh", "-"], cwd=tmp_path,
                       stdin=b"# needs:else\n")
    assert code == 1 and out.splitlines()[0] == "deploy.sh:1:3: SUM590 `else` is needed here but nothing provides it"


def test_stdin_usage_errors(fake_engine, cli, tmp_path):
    make_project(tmp_path, {})
    assert cli(["check", "-"], cwd=tmp_path, stdin=b"")[0:2] == (2, "")
    code, _, err = cli(["check", "--stdin-filename", "notes.txt", "-"], cwd=tmp_path, stdin=b"x")
    assert code == 2 and "not a file kind sumlint reads" in err


# -- selection -----------------------------------------------------------------------------

def test_cli_select_and_ignore_layer_over_config(fake_engine, cli, tmp_path):
    make_project(tmp_path, {"a.sh": "echo WARN\n# needs:x\n", "sumlint.toml": 'ignore = ["SUM590"]\n'})
    _, out, _ = cli(["check", "--no-cache", "-q"], cwd=tmp_path)
    assert "SUM190" in out and "SUM590" not in out
    _, out, _ = cli(["check", "--no-cache", "-q", "--select", "SUM5"], cwd=tmp_path)
    assert "SUM190" not in out and "SUM590" in out  # --select replaces the configured ignore
    _, out, _ = cli(["check", "--no-cache", "-q", "--ignore", "SUM190"], cwd=tmp_path)
    assert out == ""  # --ignore adds to the configured one
    code, _, err = cli(["check", "--select", "SUM19"], cwd=tmp_path)
    assert code == 1 and err == ""  # a prefix
    code, _, err = cli(["check", "--select", "SUM191"], cwd=tmp_path)
    assert code == 2 and "no rule SUM191 (did you mean SUM190?)" in err
    code, _, err = cli(["check", "--ignore", "E501"], cwd=tmp_path)
    assert code == 2 and "'E501' is not a rule code" in err


def test_ignoring_an_engine_code(fake_engine, cli, tmp_path):
    make_project(tmp_path, {"a.sh": b"\xff\n"})
    assert cli(["check", "--no-cache"], cwd=tmp_path)[0] == 1
    assert cli(["check", "--no-cache", "--ignore", "SUM001"], cwd=tmp_path)[0] == 0


# -- other commands --------------------------------------------------------------------------

def test_rules_and_rule_commands(fake_engine, cli, tmp_path):
    code, out, _ = cli(["rules"], cwd=tmp_path)
    assert code == 0 and out.splitlines()[0].split() == ["CODE", "NAME", "KINDS", "SEVERITY", "FIX", "SUMMARY"]
    assert any(line.startswith("SUM190  fake-word") for line in out.splitlines())
    data = json.loads(cli(["rules", "--format", "json"], cwd=tmp_path)[1])
    assert {r["code"] for r in data} == {"SUM001", "SUM002", "SUM003", "SUM004", "SUM190", "SUM590"}
    assert cli(["rules", "--format", "markdown"], cwd=tmp_path)[1].startswith("| Code | Name |")
    code, out, _ = cli(["rule", "sum190"], cwd=tmp_path)
    assert code == 0 and out.startswith("# SUM190 fake-word\n") and "## Why is this bad?" in out
    code, out, err = cli(["rule", "SUM191"], cwd=tmp_path)
    assert code == 2 and "did you mean SUM190?" in err


def test_version_fast_path_imports_nothing_heavy():
    code = ("import sys; from sumlint.cli import main\n"
            "try:\n main(['--version'])\nexcept SystemExit: pass\n"
            "print(sorted(m for m in sys.modules if m in ('click', 'pathspec', 'sumlint.registry', 'libcst',"
            " 'tree_sitter', 'markdown_it')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.splitlines() == [f"sumlint {__import__('sumlint').__version__}", "[]"]


def test_sarif_of_the_bundled_examples_validates(cli, tmp_path):
    """The real rules over examples/ (related locations, fixes, placeholders in paths)."""
    examples = Path(__file__).resolve().parents[1] / "examples"
    if not SARIF_SCHEMA.is_file():
        pytest.skip(f"SARIF schema not found at {SARIF_SCHEMA} (the shared folder is absent)")
    if not any(examples.rglob("*.service")):
        pytest.skip("examples/ has no sample deploy repo")
    import jsonschema

    code, out, err = cli(["check", "--no-cache", "-f", "sarif", str(examples)], cwd=tmp_path)
    sarif = json.loads(out)
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    errors = list(jsonschema.Draft7Validator(schema).iter_errors(sarif))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:5])
    results = sarif["runs"][0]["results"]
    assert code == 1 and results and err == ""
    rules = sarif["runs"][0]["tool"]["driver"]["rules"]
    assert all(rules[r["ruleIndex"]]["id"] == r["ruleId"] for r in results)


def test_stdin_of_a_new_file_uses_the_config_of_its_folder(fake_engine, cli, tmp_path):
    make_project(tmp_path / "proj", {"sumlint.toml": 'ignore = ["SUM190"]\n'})
    code, out, _ = cli(["check", "--stdin-filename", str(tmp_path / "proj" / "new" / "x.sh"), "-"],
                       cwd=tmp_path, stdin=b"echo WARN\n")
    assert code == 0, out


# -- --statistics and --show-source -----------------------------------------------------------

def test_statistics_counts_per_rule_and_keeps_the_exit_code(fake_engine, cli, tmp_path):
    make_project(tmp_path, {"b.sh": "echo WARN\n", "a.sh": "x=1\necho  BAD\necho BAD\n",
                            "c.md": "# needs:WARNy\n", "d.sh": "# provides:WARNy\n"})
    code, out, _ = cli(["check", "--no-cache", "--statistics"], cwd=tmp_path)
    assert code == 1
    lines = out.splitlines()
    # three SUM190 (two with a fix: only some), one SUM590; most frequent first
    assert lines[0].startswith("   3  SUM190  [-] ") and lines[1].startswith("   1  SUM590  [ ] ")
    assert lines[-1] == "Found 4 problems in 4 files checked."
    code, out, _ = cli(["check", "--no-cache", "--statistics", "-f", "json"], cwd=tmp_path)
    rows = json.loads(out)
    assert [(r["code"], r["count"], r["fixable"]) for r in rows] == [("SUM190", 3, 2), ("SUM590", 1, 0)]
    assert all(set(r) == {"code", "name", "count", "fixable"} for r in rows)


def test_statistics_of_a_clean_project_and_its_usage_errors(fake_engine, cli, tmp_path):
    make_project(tmp_path, {"deploy.sh": "echo GOOD\n"})
    assert cli(["check", "--no-cache", "--statistics"], cwd=tmp_path)[:2] == (0, "All checks passed (1 file checked).\n")
    code, _, err = cli(["check", "--no-cache", "--statistics", "-f", "sarif"], cwd=tmp_path)
    assert code == 2 and "--statistics prints text or json, not sarif" in err
    code, _, err = cli(["check", "--no-cache", "--statistics", "--diff"], cwd=tmp_path)
    assert code == 2 and "cannot be combined" in err


def test_show_source_outside_a_terminal(fake_engine, cli, tmp_path):
    make_project(tmp_path, {"a.sh": "x=1\necho  BAD\n"})
    _, out, _ = cli(["check", "--no-cache", "--show-source"], cwd=tmp_path)
    assert out.splitlines()[1:3] == ["    2 | echo  BAD", "      |       ^^^"]
    _, out, _ = cli(["check", "--no-cache", "--no-show-source"], cwd=tmp_path)
    assert "|" not in out
