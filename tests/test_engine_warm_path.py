"""The warm path: project (cross-file) findings come from the cache when no file changed,
are recomputed as soon as one did, and a warm run of an unchanged project imports no rule
module at all (the import budget of ``sumlint check`` on a filled cache)."""

from __future__ import annotations

from pathlib import Path

from sumlint import runner
from sumlint.cache import CACHE_DIR
from test_engine_cache import FILES, SETTINGS, cold_then_warm, project


def _count_project_runs(monkeypatch) -> list[int]:
    calls: list[int] = []
    original = runner.Linter.run_project

    def counted(self, results):
        calls.append(len(results))
        return original(self, results)

    monkeypatch.setattr(runner.Linter, "run_project", counted)
    return calls


def test_project_findings_are_cached_and_follow_every_change(fake_engine, cli, monkeypatch, tmp_path):
    project(tmp_path, {"a.sh": "echo # needs:x\n", "b.sh": "echo\n", "c.sh": "echo # needs:y\n"})
    runs = _count_project_runs(monkeypatch)
    first = cli(["check"], cwd=tmp_path)
    assert first[0] == 1 and first[1].count("SUM590") == 2 and runs == [3]
    assert cli(["check"], cwd=tmp_path) == first and runs == [3]  # warm: not run again
    assert (next((tmp_path / CACHE_DIR).glob("v*")) / "project.findings").is_file()

    (tmp_path / "b.sh").write_text("echo # provides:x\n")  # another file's facts change
    code, out, _ = cli(["check", "-q"], cwd=tmp_path)
    assert runs == [3, 3] and out == "c.sh:1:8: SUM590 `y` is needed here but nothing provides it\n"
    assert cli(["check", "-q"], cwd=tmp_path)[1] == out and runs == [3, 3]
    assert cli(["check", "-q", "--no-cache"], cwd=tmp_path)[1] == out

    (tmp_path / "d.sh").write_text("echo # provides:y\n")  # a new file
    code, out, _ = cli(["check", "-q"], cwd=tmp_path)
    assert code == 0 and out == "" and runs == [3, 3, 3, 4]  # --no-cache ran once too

    (tmp_path / "b.sh").write_text("echo\n")  # back to an earlier state: recomputed, same as fresh
    assert cli(["check", "-q"], cwd=tmp_path)[1] == cli(["check", "-q", "--no-cache"], cwd=tmp_path)[1]
    assert "SUM590 `x`" in cli(["check", "-q"], cwd=tmp_path)[1]


def test_explicit_paths_and_other_selections_get_their_own_project_findings(fake_engine, cli, tmp_path):
    project(tmp_path, {"a.sh": "echo # needs:x\n", "b.sh": "echo # provides:x\n", "c.sh": "echo # needs:z\n"})
    whole = cli(["check", "-q"], cwd=tmp_path)
    alone = cli(["check", "-q", "c.sh"], cwd=tmp_path)
    assert alone == cli(["check", "-q", "--no-cache", "c.sh"], cwd=tmp_path)
    assert cli(["check", "-q"], cwd=tmp_path) == whole
    ignored = cli(["check", "-q", "--ignore", "SUM590"], cwd=tmp_path)
    assert "SUM590" not in ignored[1] and "SUM590" in cli(["check", "-q"], cwd=tmp_path)[1]


def test_a_corrupt_project_entry_is_recomputed(fake_engine, cli, monkeypatch, tmp_path):
    project(tmp_path, {"a.sh": "echo # needs:x\n"})
    runs = _count_project_runs(monkeypatch)
    expected = cli(["check"], cwd=tmp_path)
    entry = next((tmp_path / CACHE_DIR).glob("v*")) / "project.findings"
    for garbage in (b"\0{", b'{"key": 1}', entry.read_bytes().replace(b'"diagnostics":[{', b'"diagnostics":[{"x":1,')):
        entry.write_bytes(garbage)
        assert cli(["check"], cwd=tmp_path) == expected
    assert len(runs) == 3  # the first, then the two entries that did not match or load
    assert cli(["check"], cwd=tmp_path) == expected and len(runs) == 3


def test_a_warm_run_of_an_unchanged_project_imports_no_rule_module(tmp_path):
    project(tmp_path, {**FILES, **SETTINGS})
    cold_modules, cold_out, warm_modules, warm_out = cold_then_warm(tmp_path)
    assert warm_out == cold_out and "SUM" in cold_out  # the project has findings to serve
    rules = [m for m in warm_modules if m.startswith("sumlint.rules.")]
    assert rules == [], f"a warm run imported rule modules: {rules}"
    assert any(m.startswith("sumlint.rules.") for m in cold_modules)  # the probe sees them


def test_the_project_state_names_every_file_of_the_run(fake_engine, tmp_path):
    """A run whose results did not all go through the cache computes project findings."""
    from sumlint.cache import Cache
    from sumlint.config import load_config

    project(tmp_path, {"a.sh": "echo # needs:x\n"})
    config = load_config(tmp_path)
    cache = Cache(config)
    linter = runner.Linter(config)
    result = linter.lint_path(Path(tmp_path / "a.sh"), "shell")
    assert [d.code for d in cache.project(linter, [result])] == ["SUM590"]
    assert not (cache.entries / "project.findings").exists()


def test_a_config_of_only_comments_is_read_without_the_toml_parser_and_agrees_with_it():
    import tomllib

    from hypothesis import given, settings, strategies as st

    from sumlint.config import _only_comments

    pieces = st.sampled_from(["#", " ", "\t", "\n", "\r\n", "\r", "a", "=", "1", "[x]", "é", "\x00", "\x7f",
                              "\x0c", "\ufeff", "\u2028", '"', "# key = 1\n"])

    @settings(max_examples=400, deadline=None)
    @given(st.lists(pieces, max_size=12).map("".join))
    def agrees(text: str) -> None:
        if _only_comments(text):
            assert tomllib.loads(text) == {}

    agrees()
    assert _only_comments("# only a comment\n\n   # another\r\n")
    assert not _only_comments("select = []\n")


def test_a_config_of_only_comments_loads_as_the_defaults(tmp_path):
    import subprocess
    import sys

    from sumlint.config import load_config

    (tmp_path / "sumlint.toml").write_text("# nothing configured yet\n\n")
    config = load_config(tmp_path)
    assert config.path == tmp_path / "sumlint.toml" and config.select == ("SUM",)
    probe = ("import sys; from sumlint.config import load_config; from pathlib import Path; "
             f"load_config(Path({str(tmp_path)!r})); print('tomllib' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True).stdout.strip() == "False"
