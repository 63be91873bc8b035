"""The server's project state, in process: configuration, exclusions, project rules over
disk facts with open buffers in their place."""

from __future__ import annotations

from pathlib import Path

from sumlint.discovery import discover
from sumlint.lsp.workspace import ProjectState, is_excluded, key_of

UNIT = """\
# sumlint: disable-file=SUM501 -- the broker is named redis6 on this host
[Unit]
After=redis6.service
Wants=redis6.service

[Service]
ExecStart=/srv/app/venv/bin/celery -A proj worker
"""
RUNBOOK = "# Provisioning\n\nInstall Redis and enable it: `systemctl enable --now {unit}`.\n"


def project_with_facts(root: Path) -> tuple[ProjectState, Path, Path]:
    (root / "units").mkdir()
    unit = root / "units" / "celery.service"
    runbook = root / "runbook.md"
    unit.write_text(UNIT)
    runbook.write_text(RUNBOOK.format(unit="redis-server.service"))
    project = ProjectState(root, folder=True)
    found = discover([project.root], project.config)
    project.disk = {key_of(p): project.lint_disk_file(p, k) for p, k in found.files}
    return project, unit, runbook


def codes(diagnostics) -> list[str]:
    return sorted(d.code for d in diagnostics)


def test_suppressions_of_project_rules_are_not_unused_before_the_scan(tmp_path):
    project, unit, _ = project_with_facts(tmp_path)
    result = project.linter.lint_text(unit, UNIT, "systemd")
    project.scanned = False
    before = project.finish(result, project.project_diagnostics({key_of(unit): result}))
    assert "SUM002" not in codes(before) and "SUM501" not in codes(before)
    project.scanned = True
    extra = project.project_diagnostics({key_of(unit): result})
    assert "SUM501" in codes(extra[key_of(unit)])
    after = project.finish(result, extra[key_of(unit)])
    assert "SUM002" not in codes(after) and "SUM501" not in codes(after)  # used, and suppressed
    # Finishing again (the server does so on every refresh) gives the same answer.
    assert codes(project.finish(result, extra[key_of(unit)])) == codes(after)


def test_a_suppression_that_is_really_unused_is_reported_once_the_project_is_read(tmp_path):
    project, unit, runbook = project_with_facts(tmp_path)
    runbook.write_text(RUNBOOK.format(unit="redis6.service"))  # now every file agrees
    found = discover([project.root], project.config)
    project.disk = {key_of(p): project.lint_disk_file(p, k) for p, k in found.files}
    project.touch()
    project.scanned = True
    result = project.linter.lint_text(unit, UNIT, "systemd")
    extra = project.project_diagnostics({key_of(unit): result}).get(key_of(unit), [])
    assert "SUM002" in codes(project.finish(result, extra))


def test_project_findings_are_reused_while_the_facts_are_the_same(tmp_path):
    project, unit, _ = project_with_facts(tmp_path)
    project.scanned = True
    result = project.linter.lint_text(unit, UNIT, "systemd")
    first = project.project_diagnostics({key_of(unit): result})
    assert project.project_diagnostics({key_of(unit): result}) is first
    project.touch()
    assert project.project_diagnostics({key_of(unit): result}) is not first


def test_exclusions_follow_discovery(tmp_path):
    (tmp_path / "sumlint.toml").write_text('extend-exclude = ["vendor"]\n')
    (tmp_path / ".gitignore").write_text("build-output/\n*.generated.sh\n")
    for name in ("vendor/a.sh", "build-output/b.sh", "src/c.generated.sh", "src/d.sh"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("echo\n")
    project = ProjectState(tmp_path, folder=True)
    found = {p.relative_to(tmp_path).as_posix() for p, _ in discover([tmp_path], project.config).files}
    for name in ("vendor/a.sh", "build-output/b.sh", "src/c.generated.sh", "src/d.sh"):
        assert is_excluded(tmp_path / name, project.config) == (name not in found), name
    assert not is_excluded(tmp_path.parent / "elsewhere.sh", project.config)


def test_config_files_that_affect_a_project(tmp_path):
    (tmp_path / "app").mkdir()
    project = ProjectState(tmp_path / "app", folder=True)
    assert project.affected_by_config_file(tmp_path / "app" / "sumlint.toml")
    assert project.affected_by_config_file(tmp_path / "pyproject.toml")  # found by walking up
    assert not project.affected_by_config_file(tmp_path / "app" / "sub" / "sumlint.toml")
    assert not project.affected_by_config_file(tmp_path / "app" / "setup.cfg")


def test_a_base_configuration_affects_the_projects_extending_it(tmp_path):
    base = tmp_path / "org" / "lint-base.toml"
    base.parent.mkdir()
    base.write_text("ignore = []\n")
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "sumlint.toml").write_text('extend = "../org/lint-base.toml"\n')
    project = ProjectState(tmp_path / "app", folder=True)
    assert project.affected_by_config_file(base)  # not a config file name, but its base
    assert not project.affected_by_config_file(tmp_path / "org" / "other.toml")


def test_a_broken_config_keeps_the_last_good_one(tmp_path):
    config = tmp_path / "sumlint.toml"
    config.write_text('ignore = ["SUM101"]\n')
    project = ProjectState(tmp_path, folder=True)
    good = project.config
    assert project.problem is None and good.ignore == ("SUM101",)
    config.write_text('ignore = ["SUM101"\n')
    assert project.load_config() is False
    assert project.config is good and project.problem is not None
    assert project.problem.path == config and "invalid TOML" in project.problem.message
    config.write_text('ignore = []\n')
    assert project.load_config() is True and project.problem is None and project.config.ignore == ()
