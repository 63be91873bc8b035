"""A crash in sumlint (a rule, front-end or facts extractor that raises) is contained: it costs
only what crashed, is reported as SUM004 at 1:1 of the file, cannot be hidden, is never
cached, and makes ``sumlint check`` exit 2 with one line per crash on stderr.

With the fake engine of tests/engine_fakes.py plus SUM191 (``install_crashing_rule``), which
flags ``ODD`` and raises ``IndexError`` on a line with ``CRASH``."""

from __future__ import annotations

import json

import engine_fakes
import pytest
from engine_fakes import crash_front_end
from test_engine_cli import make_project

pytestmark = pytest.mark.internal_errors

SUM004_A = ("a.sh:1:1: SUM004 internal error in SUM191: IndexError: list index out of range "
            "(a bug in sumlint; please report it, with --verbose for the traceback)")
STDERR_A = ("sumlint: internal error in SUM191 on a.sh: IndexError: list index out of range "
            "(a bug in sumlint; please report it)\n")


@pytest.fixture
def crashing(fake_engine, monkeypatch):
    engine_fakes.install_crashing_rule(monkeypatch)
    return fake_engine


def lines(out: str) -> list[str]:
    return [line for line in out.splitlines() if line and not line.startswith(("Found ", "[*] ", "All checks", "Fixed "))]


# -- what is lost, and what is not ---------------------------------------------------------

def test_a_crashing_rule_loses_only_its_own_findings_on_that_file(crashing, cli, tmp_path):
    make_project(tmp_path, {"a.sh": "echo WARN ODD\necho CRASH\n", "b.sh": "echo ODD WARN\n"})
    code, out, err = cli(["check", "--no-cache"], cwd=tmp_path)
    assert code == 2
    assert lines(out) == [
        SUM004_A,
        "a.sh:1:6: SUM190 `WARN` needs a look",  # the other rule on the crashing file
        "b.sh:1:6: SUM191 `ODD` is odd",  # the crashing rule on the other file
        "b.sh:1:10: SUM190 `WARN` needs a look",
    ]
    assert err == STDERR_A  # one line; no traceback without --verbose
    code, out, err = cli(["check", "--no-cache", "--verbose"], cwd=tmp_path)
    assert code == 2 and SUM004_A in out
    assert err.startswith(STDERR_A) and "Traceback (most recent call last):" in err
    assert "in check\n" in err and err.endswith("IndexError: list index out of range\n")


def test_exit_2_even_with_exit_zero_and_fail_on(crashing, cli, tmp_path):
    make_project(tmp_path, {"a.sh": "echo CRASH\n"})
    for args in ([], ["--exit-zero"], ["--fail-on", "error"], ["-q"], ["--statistics"]):
        code, _, err = cli(["check", "--no-cache", *args], cwd=tmp_path)
        assert (code, err) == (2, STDERR_A), args


def test_a_crash_on_each_of_two_files_is_two_lines(crashing, cli, tmp_path):
    make_project(tmp_path, {"a.sh": "echo CRASH\n", "b.sh": "echo CRASH\necho CRASH\n"})
    code, out, err = cli(["check", "--no-cache"], cwd=tmp_path)
    assert code == 2 and [line.split(":")[0] for line in lines(out)] == ["a.sh", "b.sh"]
    assert err == STDERR_A + STDERR_A.replace("a.sh", "b.sh")


def test_a_crashing_embedded_rule_loses_only_its_findings_in_the_block(crashing, cli, tmp_path):
    make_project(tmp_path, {"run.md": "# Run\n\n```sh\necho CRASH WARN\n```\n\n```sh\necho CRASH\n```\n"})
    code, out, err = cli(["check", "--no-cache"], cwd=tmp_path)
    assert code == 2
    assert lines(out) == [  # one SUM004 for the rule, though it crashed on both blocks
        SUM004_A.replace("a.sh", "run.md"),
        "run.md:4:12: SUM190 `WARN` needs a look",
    ]
    assert err == STDERR_A.replace("a.sh", "run.md")


def test_a_crashing_front_end_skips_the_file_and_no_other(crashing, cli, tmp_path, monkeypatch):
    crash_front_end(monkeypatch, "parse", lambda source, ctx: "FE-CRASH" in source.text,
                    RecursionError("maximum recursion depth exceeded"))
    make_project(tmp_path, {
        "a.sh": "# FE-CRASH\necho WARN  # sumlint: disable=SUM190\n",  # not an unused suppression
        "b.sh": "echo WARN\n"})
    code, out, err = cli(["check", "--no-cache"], cwd=tmp_path)
    assert code == 2
    assert lines(out) == [
        ("a.sh:1:1: SUM004 internal error in shell front-end: RecursionError: maximum recursion depth "
         "exceeded (a bug in sumlint; please report it, with --verbose for the traceback)"),
        "b.sh:1:6: SUM190 `WARN` needs a look",
    ]
    assert err == ("sumlint: internal error in shell front-end on a.sh: RecursionError: maximum "
                   "recursion depth exceeded (a bug in sumlint; please report it)\n")


def test_a_crashing_facts_extractor_drops_only_the_files_facts(crashing, cli, tmp_path, monkeypatch):
    crash_front_end(monkeypatch, "facts", lambda model, ctx: ctx.path.name == "b.sh", KeyError("words"))
    make_project(tmp_path, {"a.sh": "# needs:thing\n", "b.sh": "# provides:thing\necho WARN\n"})
    code, out, err = cli(["check", "--no-cache"], cwd=tmp_path)
    assert code == 2
    assert lines(out) == [
        "a.sh:1:3: SUM590 `thing` is needed here but nothing provides it",  # b.sh's facts are lost
        ("b.sh:1:1: SUM004 internal error in shell facts: KeyError: 'words' (a bug in sumlint; "
         "please report it, with --verbose for the traceback)"),
        "b.sh:2:6: SUM190 `WARN` needs a look",  # its rules' findings stay
    ]
    assert err == ("sumlint: internal error in shell facts on b.sh: KeyError: 'words' "
                   "(a bug in sumlint; please report it)\n")


def _crash_project_rule(monkeypatch) -> None:
    def check_project(self, project, ctx):
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(engine_fakes.FakeProjectRule, "check_project", check_project)


def test_a_crashing_project_rule_is_reported_on_the_config_file(crashing, cli, tmp_path, monkeypatch):
    _crash_project_rule(monkeypatch)
    make_project(tmp_path, {"a.sh": "# needs:x  # sumlint: disable=SUM590\necho WARN\n",
                            "sumlint.toml": "fail-on = \"error\"\n"})
    code, out, err = cli(["check", "--no-cache"], cwd=tmp_path)
    assert code == 2
    assert lines(out) == [  # (SUM590 crashed: its suppression is not reported unused)
        "a.sh:2:6: SUM190 `WARN` needs a look",
        ("sumlint.toml:1:1: SUM004 internal error in SUM590: ZeroDivisionError: division by zero "
         "(a bug in sumlint; please report it, with --verbose for the traceback)"),
    ]
    assert err == ("sumlint: internal error in SUM590 on sumlint.toml: ZeroDivisionError: division by "
                   "zero (a bug in sumlint; please report it)\n")
    # Only a.sh is asked for: its project findings are, and the crash still is, reported.
    code, out, _ = cli(["check", "--no-cache", "a.sh"], cwd=tmp_path)
    assert code == 2 and "sumlint.toml:1:1: SUM004" in out


def test_without_a_config_file_a_project_rule_crash_is_on_the_first_file(crashing, cli, tmp_path, monkeypatch):
    _crash_project_rule(monkeypatch)
    make_project(tmp_path, {"b.sh": "echo\n", "a/z.sh": "echo\n"})
    code, out, _ = cli(["check", "--no-cache", "-q"], cwd=tmp_path)
    assert code == 2 and lines(out) == [
        ("a/z.sh:1:1: SUM004 internal error in SUM590: ZeroDivisionError: division by zero "
         "(a bug in sumlint; please report it, with --verbose for the traceback)")]


# -- it cannot be hidden -------------------------------------------------------------------

def test_selection_ignores_and_severities_do_not_hide_sum004(crashing, cli, tmp_path):
    make_project(tmp_path, {"a.sh": "echo CRASH\n", "sumlint.toml": (
        'ignore = ["SUM004", "SUM0"]\n[per-file-ignores]\n"a.sh" = ["SUM004", "SUM"]\n'
        '[severity]\nSUM004 = "info"\n')})
    for args in ([], ["--ignore", "SUM004"], ["--select", "SUM191"], ["--select", "SUM19", "--ignore", "SUM0"],
                 ["--extend-select", "SUM191"], ["--fail-on", "error"]):
        code, out, err = cli(["check", "--no-cache", "-q", *args], cwd=tmp_path)
        assert (code, lines(out), err) == (2, [SUM004_A], STDERR_A), args
    # A rule that is not selected does not run, so it cannot crash.
    assert cli(["check", "--no-cache", "-q", "--select", "SUM190"], cwd=tmp_path) == (0, "", "")


def test_suppression_comments_do_not_hide_sum004(crashing, cli, tmp_path):
    make_project(tmp_path, {"a.sh": (
        "# sumlint: disable-file=SUM004\n"
        "echo CRASH  # sumlint: disable=SUM191,SUM004\n")})
    code, out, err = cli(["check", "--no-cache", "-q", "--show-suppressed"], cwd=tmp_path)
    assert code == 2 and err == STDERR_A
    assert lines(out) == [
        SUM004_A,
        "a.sh:1:25: SUM003 SUM004 (internal-error) cannot be suppressed",
        "a.sh:2:39: SUM003 SUM004 (internal-error) cannot be suppressed",
        # SUM191 crashed: its suppression is not "unused" (no SUM002, whose fix would delete it)
    ]


def test_add_suppressions_leaves_sum004_alone(crashing, cli, tmp_path):
    make_project(tmp_path, {"a.sh": "echo CRASH\necho WARN\n"})
    code, out, err = cli(["check", "--no-cache", "--add-suppressions"], cwd=tmp_path)
    assert code == 2 and err == STDERR_A and out == "Added 1 suppression to 1 file.\n"
    assert (tmp_path / "a.sh").read_text() == "echo CRASH\necho WARN  # sumlint: disable=SUM190\n"


# -- every output format carries it --------------------------------------------------------

def test_json_sarif_github_and_gitlab_include_sum004(crashing, cli, tmp_path):
    make_project(tmp_path, {"a.sh": "echo CRASH\n", "b.sh": "echo WARN\n"})
    code, out, err = cli(["check", "--no-cache", "-f", "json"], cwd=tmp_path)
    assert (code, err) == (2, STDERR_A)
    data = json.loads(out)
    assert [(d["path"], d["code"], d["severity"], d["line"], d["column"]) for d in data] == [
        ("a.sh", "SUM004", "error", 1, 1), ("b.sh", "SUM190", "warning", 1, 6)]
    assert data[0]["message"] == SUM004_A.split("SUM004 ", 1)[1]

    code, out, _ = cli(["check", "--no-cache", "-f", "sarif"], cwd=tmp_path)
    (run,) = json.loads(out)["runs"]
    assert code == 2 and "SUM004" in [r["id"] for r in run["tool"]["driver"]["rules"]]
    [sarif] = [r for r in run["results"] if r["ruleId"] == "SUM004"]
    assert sarif["level"] == "error" and "suppressions" not in sarif
    assert sarif["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "a.sh"
    assert sarif["locations"][0]["physicalLocation"]["region"]["startLine"] == 1

    code, out, _ = cli(["check", "--no-cache", "-f", "github"], cwd=tmp_path)
    assert code == 2 and out.startswith("::error file=a.sh,line=1,col=1,") and "title=SUM004::" in out
    code, out, _ = cli(["check", "--no-cache", "-f", "gitlab"], cwd=tmp_path)
    assert code == 2 and [d["check_name"] for d in json.loads(out)] == ["SUM004", "SUM190"]


# -- the cache, --fix, --diff, stdin --------------------------------------------------------

def test_the_cache_never_keeps_a_result_with_a_crash(crashing, cli, tmp_path, monkeypatch):
    from sumlint.cache import CACHE_DIR

    make_project(tmp_path, {"a.sh": "echo CRASH WARN\n", "b.sh": "echo WARN\n"})
    first = cli(["check"], cwd=tmp_path)
    assert first[0] == 2 and len(list((tmp_path / CACHE_DIR).glob("v*/*.json"))) == 1  # b.sh only
    crashing.parsed.clear()
    assert cli(["check"], cwd=tmp_path) == first  # a.sh linted again, and crashing again
    assert [p.rsplit("/", 1)[-1] for p in crashing.parsed] == ["a.sh"]
    monkeypatch.setattr(engine_fakes.FakeCrashingRule, "word", "NEVER")  # the bug is fixed
    code, out, err = cli(["check"], cwd=tmp_path)
    assert (code, err) == (1, "") and "SUM004" not in out and "a.sh:1:12: SUM190" in out


def test_the_project_findings_of_a_crashing_project_rule_are_not_cached(crashing, cli, tmp_path, monkeypatch):
    make_project(tmp_path, {"a.sh": "# needs:x\n"})
    original = engine_fakes.FakeProjectRule.check_project
    _crash_project_rule(monkeypatch)
    assert cli(["check"], cwd=tmp_path)[0] == 2
    assert cli(["check"], cwd=tmp_path)[0] == 2  # not served from the cache
    monkeypatch.setattr(engine_fakes.FakeProjectRule, "check_project", original)
    code, out, err = cli(["check", "-q"], cwd=tmp_path)
    assert (code, out, err) == (1, "a.sh:1:3: SUM590 `x` is needed here but nothing provides it\n", "")


def test_fix_applies_the_other_rules_fixes_and_keeps_the_crashing_rules_suppressions(crashing, cli, tmp_path):
    text = "echo BAD\necho CRASH  # sumlint: disable=SUM191\n# sumlint: disable=SUM191\necho ok\n"
    make_project(tmp_path, {"a.sh": text, "b.sh": "echo BAD\n"})
    code, out, err = cli(["check", "--no-cache", "--fix"], cwd=tmp_path)
    assert code == 2 and err == STDERR_A  # once, though --fix lints a.sh again
    assert (tmp_path / "a.sh").read_text() == text.replace("BAD", "GOOD")
    assert (tmp_path / "b.sh").read_text() == "echo GOOD\n"
    assert lines(out) == [SUM004_A] and "Fixed 2 problems." in out
    code, out, err = cli(["check", "--no-cache", "--diff"], cwd=tmp_path)
    assert (code, out, err) == (2, "", "No fixes available.\n" + STDERR_A)


def test_stdin_with_a_crash(crashing, cli, tmp_path):
    make_project(tmp_path, {})
    code, out, err = cli(["check", "--stdin-filename", "a.sh", "-"], cwd=tmp_path, stdin=b"echo CRASH WARN\n")
    assert code == 2 and err == STDERR_A and lines(out) == [SUM004_A, "a.sh:1:12: SUM190 `WARN` needs a look"]
    code, out, err = cli(["check", "--fix", "--stdin-filename", "a.sh", "-"], cwd=tmp_path,
                         stdin=b"echo BAD\necho CRASH\n")
    assert code == 2 and out == "echo GOOD\necho CRASH\n"  # the fixed text; the report on stderr
    assert err.startswith(SUM004_A + "\n") and err.endswith(STDERR_A)


# -- in process -----------------------------------------------------------------------------

def test_the_linter_records_each_crash_and_take_errors_gives_it_once(crashing, tmp_path):
    from sumlint.config import Config
    from sumlint.runner import Linter

    linter = Linter(Config(root=tmp_path))
    result = linter.lint_text(tmp_path / "a.sh", "echo CRASH\n", "shell")
    again = linter.lint_text(tmp_path / "a.sh", "echo CRASH\n", "shell")
    [error] = result.errors
    assert (error.what, error.path, error.summary) == ("SUM191", tmp_path / "a.sh",
                                                       "IndexError: list index out of range")
    assert "Traceback (most recent call last):" in error.traceback and again.errors
    assert [d.code for d in result.diagnostics] == ["SUM004"]
    assert linter.take_errors() == [error] and linter.take_errors() == []


def test_a_long_or_multi_line_exception_message_is_shortened(crashing, tmp_path, monkeypatch):
    from sumlint.config import Config
    from sumlint.runner import Linter

    def check(self, model, ctx):
        raise ValueError("first line " + "x" * 1000 + "\nsecond line")

    monkeypatch.setattr(engine_fakes.FakeCrashingRule, "check", check)
    result = Linter(Config(root=tmp_path)).lint_text(tmp_path / "a.sh", "echo\n", "shell")
    [d] = result.diagnostics
    assert "second line" not in d.message and "x" * 280 in d.message and "x" * 400 not in d.message
    assert d.message.startswith("internal error in SUM191: ValueError: first line x")
