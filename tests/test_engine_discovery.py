"""Discovery and classification, partial runs, and bad input through the CLI."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from sumlint.config import ConfigError, from_table, load_config
from sumlint.discovery import discover
from sumlint.runner import check_paths


def tree(root: Path, files: dict[str, str | bytes]) -> Path:
    (root / ".git").mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode())
    return root


def found(root: Path, table: dict | None = None, paths: list[Path] | None = None) -> dict[str, str]:
    config = from_table(table or {}, None)
    config.root = root
    result = discover(paths or [root], config)
    return {p.relative_to(root).as_posix(): kind for p, kind in result.files}


# -- classification ----------------------------------------------------------------------

def test_every_kind_and_its_variants(tmp_path):
    tree(tmp_path, {
        "deploy/systemd/app-web.service": "", "deploy/systemd/app-celery.service.template": "",
        "deploy/systemd/app.socket.in": "", "deploy/systemd/app.timer.j2": "",
        "deploy/systemd/app-web.service.d/override.conf": "", "etc/other.conf": "",
        "scripts/deploy.sh": "", "scripts/lib.bash": "", "scripts/provision": "#!/usr/bin/env bash\n",
        "scripts/run": "#!/bin/sh -e\n", "scripts/tool": "#!/usr/bin/python3\n", "scripts/blob": b"\0\0",
        "docs/runbook.md": "", "myproject/settings/production.py": "", "myproject/settings.py": "",
        "myproject/views.py": "", ".env.example": "", "prod.env.example": "", "requirements.txt": "",
        "requirements/production.txt": "", "requirements-dev.txt": "", "notes.txt": "",
    })
    assert found(tmp_path) == {
        ".env.example": "env", "prod.env.example": "env",
        "deploy/systemd/app-celery.service.template": "systemd", "deploy/systemd/app-web.service": "systemd",
        "deploy/systemd/app-web.service.d/override.conf": "systemd", "deploy/systemd/app.socket.in": "systemd",
        "deploy/systemd/app.timer.j2": "systemd", "docs/runbook.md": "markdown",
        "myproject/settings.py": "settings", "myproject/settings/production.py": "settings",
        "requirements-dev.txt": "requirements", "requirements.txt": "requirements",
        "requirements/production.txt": "requirements", "scripts/deploy.sh": "shell",
        "scripts/lib.bash": "shell", "scripts/provision": "shell", "scripts/run": "shell",
    }


def test_a_folder_run_outside_a_repository_keeps_the_folder_name_in_the_path(cli, tmp_path):
    # No .git and no configuration: the folder given is the root, and `prod.py` alone names no
    # kind; its folder's name (settings/) does, as it does from the folder above.
    settings = tmp_path / "site" / "settings"
    settings.mkdir(parents=True)
    (settings / "prod.py").write_text("DEBUG = False\n")
    (tmp_path / "site" / "requirements").mkdir()
    (tmp_path / "site" / "requirements" / "production.txt").write_text("django==5.1\n")
    for where, args in ((tmp_path / "site", ["settings", "requirements"]), (settings, ["."]), (settings, ["prod.py"])):
        code, out, err = cli(["check", "--show-files", "--isolated", *args], cwd=where)
        assert code == 0, err
        listed = dict(line.split() for line in out.splitlines())
        assert "settings" in listed.values(), (where, out)
        if args == ["settings", "requirements"]:
            assert listed == {"settings/prod.py": "settings", "requirements/production.txt": "requirements"}


def test_kinds_remapping(tmp_path):
    tree(tmp_path, {"ops/hooks/post-deploy.txt": "", "ops/site.env.dist": ""})
    assert found(tmp_path, {"kinds": {"shell": ["ops/hooks/*.txt"], "env": ["*.env.dist"]}}) == {
        "ops/hooks/post-deploy.txt": "shell", "ops/site.env.dist": "env"}


# -- ignoring ----------------------------------------------------------------------------

def test_nested_gitignore_and_negation(tmp_path):
    tree(tmp_path, {
        ".gitignore": "generated/\n*.local.sh\n",
        "a.sh": "", "b.local.sh": "", "generated/x.sh": "",
        "sub/.gitignore": "only-here.sh\n!keep.local.sh\n", "sub/only-here.sh": "", "sub/keep.local.sh": "",
        "sub/deeper/only-here.sh": "", "other/only-here.sh": "",
    })
    assert set(found(tmp_path)) == {"a.sh", "other/only-here.sh", "sub/keep.local.sh"}
    assert set(found(tmp_path, {"respect-gitignore": False})) >= {"b.local.sh", "generated/x.sh", "sub/only-here.sh"}


def test_gitignore_of_parent_folders_applies_to_a_subfolder_run(tmp_path):
    tree(tmp_path, {".gitignore": "*.gen.sh\n", "sub/a.sh": "", "sub/b.gen.sh": ""})
    assert set(found(tmp_path, paths=[tmp_path / "sub"])) == {"sub/a.sh"}


def test_exclude_and_extend_exclude(tmp_path):
    tree(tmp_path, {"a.sh": "", "legacy/b.sh": "", "build/c.sh": "", ".venv/bin/activate.sh": "", "x/legacy/d.sh": ""})
    assert set(found(tmp_path)) == {"a.sh", "legacy/b.sh", "x/legacy/d.sh"}  # defaults exclude build, .venv
    assert set(found(tmp_path, {"extend-exclude": ["/legacy/"]})) == {"a.sh", "x/legacy/d.sh"}
    assert set(found(tmp_path, {"extend-exclude": ["legacy"]})) == {"a.sh"}
    replaced = found(tmp_path, {"exclude": ["a.sh"]})  # `exclude` replaces the defaults
    assert set(replaced) == {"legacy/b.sh", "build/c.sh", ".venv/bin/activate.sh", "x/legacy/d.sh"}


def test_explicit_paths_are_always_linted(tmp_path):
    tree(tmp_path, {".gitignore": "ignored.sh\n", "ignored.sh": "", "build/x.sh": ""})
    assert found(tmp_path) == {}
    assert found(tmp_path, paths=[tmp_path / "ignored.sh", tmp_path / "build" / "x.sh"]) == {
        "ignored.sh": "shell", "build/x.sh": "shell"}


def test_explicit_file_of_no_kind_is_reported(fake_engine, cli, tmp_path):
    tree(tmp_path, {"notes.txt": "hello"})
    code, out, _ = cli(["check", "--no-cache", "notes.txt"], cwd=tmp_path)
    assert code == 1 and out.startswith("notes.txt:1:1: SUM001 not a file kind sumlint reads")


def test_symlinks(tmp_path):
    tree(tmp_path, {"real/a.sh": ""})
    (tmp_path / "loop").symlink_to(tmp_path / "loop")
    (tmp_path / "dirlink").symlink_to(tmp_path / "real")  # folders are not followed
    (tmp_path / "alias.sh").symlink_to(tmp_path / "real" / "a.sh")  # same file once
    (tmp_path / "dangling.sh").symlink_to(tmp_path / "nowhere.sh")
    config = load_config(tmp_path)
    result = discover([tmp_path], config)
    assert [p.name for p, _ in result.files] == ["alias.sh"]
    assert sorted((p.name, m) for p, m in result.problems) == [
        ("dangling.sh", "broken or looping symlink; not linted"), ("loop", "broken or looping symlink; not linted")]


def test_symlink_loop_given_explicitly_is_a_usage_error(cli, tmp_path):
    tree(tmp_path, {})
    (tmp_path / "loop.sh").symlink_to(tmp_path / "loop.sh")
    with pytest.raises(ConfigError, match="loop.sh: cannot be resolved"):
        discover([tmp_path / "loop.sh"], load_config(tmp_path))
    code, out, err = cli(["check", "loop.sh"], cwd=tmp_path)
    assert code == 2 and out == "" and "loop.sh: cannot be resolved" in err and "Traceback" not in err


def test_unreadable_folder_is_reported_not_fatal(fake_engine, cli, tmp_path, monkeypatch):
    tree(tmp_path, {"ok.sh": "echo\n", "locked/x.sh": "echo\n"})
    real_scandir = os.scandir

    def scandir(path="."):
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    code, out, _ = cli(["check", "--no-cache"], cwd=tmp_path)
    assert code == 1
    assert out.splitlines()[0] == "locked:1:1: SUM001 cannot read folder: Permission denied"


def test_unreadable_folder_as_an_unprivileged_user():
    """The real thing: a folder with mode 000, sumlint run as `nobody` through setpriv."""
    setpriv = shutil.which("setpriv")
    if os.geteuid() != 0 or setpriv is None:
        pytest.skip("needs root and setpriv to run sumlint as an unprivileged user on this host")
    top = Path(tempfile.mkdtemp(prefix="sumlint-perm-"))
    try:
        top.chmod(0o755)
        (top / ".git").mkdir()
        locked = top / "locked"
        locked.mkdir()
        (locked / "x.sh").write_text("echo\n")
        locked.chmod(0)
        for p in (top, top / ".git"):
            p.chmod(0o755)
        probe = subprocess.run([setpriv, "--reuid=nobody", "--regid=nogroup", "--clear-groups",
                                sys.executable, "-c", "import sumlint"], capture_output=True, cwd=top)
        if probe.returncode != 0:
            pytest.skip(f"`nobody` cannot run this Python: {probe.stderr.decode()[-200:]}")
        run = subprocess.run([setpriv, "--reuid=nobody", "--regid=nogroup", "--clear-groups",
                              sys.executable, "-m", "sumlint", "check", "--no-cache", "--select", "SUM001"],
                             capture_output=True, text=True, cwd=top)
        assert run.returncode == 1, run.stderr
        assert "locked:1:1: SUM001 cannot read folder: Permission denied" in run.stdout
        assert "Traceback" not in run.stderr
    finally:
        (top / "locked").chmod(0o755)
        shutil.rmtree(top, ignore_errors=True)


# -- bad files -----------------------------------------------------------------------------

def snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("content, expected", [
    (b"echo ok\nab\xffc\n", "a.sh:2:3: SUM001 not valid UTF-8: byte 0xff at line 2, column 3; save the file as UTF-8"),
    (b"\xef\xbb\xbf\xc3\xa9t\xc3\xa9\n\xe9t\xe9\n",
     "a.sh:2:1: SUM001 not valid UTF-8: byte 0xe9 at line 2, column 1; save the file as UTF-8"),
    (b"echo \xc3\xa9\xc3\n", "a.sh:1:7: SUM001 not valid UTF-8: byte 0xc3 at line 1, column 7; save the file as UTF-8"),
    (b"\x7fELF\x02\x01\x01\x00\x00", "a.sh:1:8: SUM001 binary file (NUL byte); not linted"),
])
def test_unreadable_content_points_at_the_bad_byte(fake_engine, cli, tmp_path, content, expected):
    tree(tmp_path, {"a.sh": content})
    before = snapshot(tmp_path)
    code, out, err = cli(["check", "--no-cache"], cwd=tmp_path)
    assert (code, err) == (1, "")
    assert out.splitlines()[0] == expected
    assert snapshot(tmp_path) == before


def test_empty_file_is_fine(fake_engine, cli, tmp_path):
    tree(tmp_path, {"a.sh": b"", "empty.service": b""})
    assert cli(["check", "--no-cache"], cwd=tmp_path) == (0, "All checks passed (2 files checked).\n", "")


def test_huge_file_is_refused_without_being_read(fake_engine, cli, tmp_path, monkeypatch):
    tree(tmp_path, {})
    with open(tmp_path / "big.sh", "wb") as handle:  # 50 MB, sparse
        handle.truncate(50 * 1024 * 1024)
    reads: list[int] = []
    import io

    original = io.BufferedReader.read

    class Spy(io.BufferedReader):
        def read(self, size=-1):
            reads.append(size)
            return original(self, size)

    real_fdopen = os.fdopen
    monkeypatch.setattr(os, "fdopen", lambda fd, mode="r", *a, **k: Spy(io.FileIO(fd, "rb"))
                        if mode == "rb" else real_fdopen(fd, mode, *a, **k))
    code, out, err = cli(["check", "--no-cache", "big.sh"], cwd=tmp_path)
    assert code == 1 and err == ""
    assert out.splitlines()[0] == ("big.sh:1:1: SUM001 file is 50.0 MiB, over the 5.0 MiB limit "
                                   "(raise `max-file-size` in the configuration to lint it)")
    assert reads == []


def test_not_a_regular_file(fake_engine, cli, tmp_path):
    tree(tmp_path, {})
    os.mkfifo(tmp_path / "pipe.sh")
    code, out, _ = cli(["check", "--no-cache", "pipe.sh"], cwd=tmp_path)
    assert code == 1 and "pipe.sh:1:1: SUM001 not a regular file" in out


def test_parse_problem_is_sum001_at_the_token_and_rules_still_run(fake_engine, cli, tmp_path):
    tree(tmp_path, {"a.sh": "echo BAD\n  PARSE-ERROR\n"})
    _, out, _ = cli(["check", "--no-cache", "-q"], cwd=tmp_path)
    assert out.splitlines() == ["a.sh:1:6: SUM190 [*] `BAD` is bad; write GOOD",
                                "a.sh:2:3: SUM001 cannot parse PARSE-ERROR"]


# -- partial runs ---------------------------------------------------------------------------

def test_partial_run_reads_the_whole_project_but_reports_given_paths(fake_engine, cli, tmp_path):
    tree(tmp_path, {"deploy/app.service": "# needs:redis needs:missing-a\n",
                    "scripts/provision.sh": "# provides:redis\n",
                    "scripts/other.sh": "# needs:missing-b\necho WARN\n"})
    code, out, _ = cli(["check", "--no-cache", "-q", "deploy/app.service"], cwd=tmp_path)
    assert out.splitlines() == ["deploy/app.service:1:15: SUM590 `missing-a` is needed here but nothing provides it"]
    (tmp_path / "deploy" / "app.service").write_text("# needs:redis\n")
    assert cli(["check", "--no-cache", "deploy/app.service"], cwd=tmp_path)[0] == 0
    (tmp_path / "scripts" / "provision.sh").write_text("# provides:nothing\n")
    code, out, _ = cli(["check", "--no-cache", "-q", "deploy/app.service"], cwd=tmp_path)
    assert code == 1 and out == "deploy/app.service:1:3: SUM590 `redis` is needed here but nothing provides it\n"
    code, out, _ = cli(["check", "--no-cache", "-q"], cwd=tmp_path)
    assert len(out.splitlines()) == 3  # the whole project: every finding


def test_partial_run_from_a_subfolder_uses_the_project_root(fake_engine, cli, tmp_path):
    tree(tmp_path, {"deploy/app.service": "# needs:redis\n", "scripts/provision.sh": "# provides:redis\n"})
    assert cli(["check", "--no-cache", "app.service"], cwd=tmp_path / "deploy")[0] == 0
    assert cli(["check", "--no-cache", "."], cwd=tmp_path / "deploy")[0] == 0


def test_partial_run_api(fake_engine, tmp_path):
    tree(tmp_path, {"a.sh": "# needs:x\n", "b.sh": "# needs:y\n"})
    config = load_config(tmp_path)
    result = check_paths([tmp_path / "a.sh"], config, explicit=True)
    assert [Path(d.path).name for d in result.active] == ["a.sh"]
    assert result.report == {(tmp_path / "a.sh").resolve()} and len(result.files) == 2


def test_a_virtual_environment_is_skipped_by_its_pyvenv_cfg_not_its_name(tmp_path):
    """`env/` is often the deployment's env files; a virtual environment under any name has
    a pyvenv.cfg."""
    tree(tmp_path, {"env/production.env.example": "REDIS_URL=redis://127.0.0.1:6379/0\n",
                    "env/deploy.sh": "", "py312/pyvenv.cfg": "home = /usr/bin\n", "py312/bin/activate.sh": "",
                    "py312/lib/python3.12/site-packages/pkg/settings.py": ""})
    assert set(found(tmp_path)) == {"env/production.env.example", "env/deploy.sh"}


def test_force_exclude_skips_what_a_walk_would_skip(fake_engine, cli, tmp_path):
    tree(tmp_path, {".gitignore": "gen/\n*.local.sh\n", "sumlint.toml": 'extend-exclude = ["legacy"]\n',
                    "a.sh": "echo WARN\n", "gen/b.sh": "echo WARN\n", "c.local.sh": "echo WARN\n",
                    "legacy/d.sh": "echo WARN\n", "notes.txt": "x\n", "sub/.gitignore": "e.sh\n",
                    "sub/e.sh": "echo WARN\n"})
    names = ["a.sh", "gen/b.sh", "c.local.sh", "legacy/d.sh", "notes.txt", "sub/e.sh"]
    code, out, _ = cli(["check", "--no-cache", "-q", "--force-exclude", *names], cwd=tmp_path)
    assert out == "a.sh:1:6: SUM190 `WARN` needs a look\n"
    code, out, _ = cli(["check", "--no-cache", "-q", *names], cwd=tmp_path)
    assert len(out.splitlines()) == 6  # named explicitly: all linted (notes.txt as SUM001)
    code, out, _ = cli(["check", "--no-cache", "--force-exclude", "notes.txt"], cwd=tmp_path)
    assert (code, out) == (0, "All checks passed (0 files checked).\n")


def test_partial_run_counts_only_the_given_files(fake_engine, cli, tmp_path):
    tree(tmp_path, {"a.sh": "# provides:x\n", "b.sh": "# needs:x\n", "c.sh": "echo\n"})
    assert cli(["check", "--no-cache", "b.sh"], cwd=tmp_path)[1] == "All checks passed (1 file checked).\n"


def test_show_files_lists_kinds(cli, tmp_path):
    tree(tmp_path, {"deploy/app.service.j2": "", "scripts/provision": "#!/bin/bash\n", "notes.txt": "",
                    ".gitignore": "ignored.md\n", "ignored.md": ""})
    code, out, _ = cli(["check", "--show-files"], cwd=tmp_path)
    assert code == 0 and out == "deploy/app.service.j2  systemd\nscripts/provision  shell\n"
    code, out, _ = cli(["check", "--show-files", "notes.txt"], cwd=tmp_path)
    assert out == "notes.txt  (no kind: SUM001)\n"
    assert not (tmp_path / ".sumlint_cache").exists()


def test_a_batch_run_keeps_no_file_text(tmp_path):
    """``check_paths`` drops each file's text once the file is linted (10,000 files held about
    7 MB of it): project rules read facts, and the text output and ``--fix`` read the files
    again. The diagnostics and facts stay."""
    (tmp_path / ".git").mkdir()
    (tmp_path / "deploy.sh").write_text("#!/bin/bash\nsystemctl restart gunicorn\n", encoding="utf-8")
    (tmp_path / "runbook.md").write_text("# Runbook\n\nRedis is optional.\n", encoding="utf-8")
    result = check_paths([tmp_path], load_config(tmp_path))
    assert len(result.files) == 2 and all(r.source is None for r in result.files)
    assert any(d.code == "SUM301" for d in result.active)
    assert all(r.facts for r in result.files)
