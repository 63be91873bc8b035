"""The cache: hits parse nothing, every input of the key invalidates, corrupt and foreign
entries are ignored and rewritten, concurrent runs never corrupt it; plus the import
budget (a warm run imports no parser; a cold run without settings never imports libcst)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from sumlint.cache import CACHE_DIR, Cache
from sumlint.config import load_config
from sumlint.runner import check_paths


def project(root: Path, files: dict[str, str]) -> Path:
    (root / ".git").mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    return root


def entries(root: Path) -> list[Path]:
    return sorted((root / CACHE_DIR).glob("v*/*.json"))


def test_cold_then_warm(fake_engine, cli, tmp_path):
    project(tmp_path, {"a.sh": "echo BAD  # sumlint: disable=SUM190 -- ok\necho WARN\n# needs:x\n",
                       "b.md": "<!-- sumlint: disabel=SUM1 -->\n```sh\necho RISKY\n```\n"})
    first = cli(["check", "-f", "json", "--show-suppressed"], cwd=tmp_path)
    assert {Path(p).name for p in fake_engine.parsed} == {"a.sh", "b.md"}
    assert (tmp_path / CACHE_DIR / ".gitignore").read_text() == "# Created by sumlint.\n*\n"
    assert (tmp_path / CACHE_DIR / "CACHEDIR.TAG").read_text().startswith("Signature: 8a477f597d28d172789f06886806bc55")
    assert len(entries(tmp_path)) == 2
    fake_engine.parsed.clear()
    second = cli(["check", "-f", "json", "--show-suppressed"], cwd=tmp_path)
    assert fake_engine.parsed == [] and second == first
    assert cli(["check", "-f", "sarif"], cwd=tmp_path)[1] == cli(["check", "--no-cache", "-f", "sarif"], cwd=tmp_path)[1]


def test_a_changed_file_is_linted_again_alone(fake_engine, cli, tmp_path):
    project(tmp_path, {"a.sh": "echo\n", "b.sh": "echo\n"})
    cli(["check"], cwd=tmp_path)
    (tmp_path / "b.sh").write_text("echo WARN\n")
    fake_engine.parsed.clear()
    code, out, _ = cli(["check", "-q"], cwd=tmp_path)
    assert [Path(p).name for p in fake_engine.parsed] == ["b.sh"] and out == "b.sh:1:6: SUM190 `WARN` needs a look\n"


def test_dependencies_are_part_of_the_key(fake_engine, cli, tmp_path):
    project(tmp_path, {"app.service": "# depends-on:app.service.d\n", "app.service.d/x.txt": "1"})
    cli(["check"], cwd=tmp_path)
    fake_engine.parsed.clear()
    cli(["check"], cwd=tmp_path)
    assert fake_engine.parsed == []
    (tmp_path / "app.service.d" / "new.txt").write_text("2")  # a folder dependency: its listing
    cli(["check"], cwd=tmp_path)
    assert [Path(p).name for p in fake_engine.parsed] == ["app.service"]


def test_configuration_is_part_of_the_key(fake_engine, cli, tmp_path):
    project(tmp_path, {"a.sh": "echo bad\n"})
    assert cli(["check"], cwd=tmp_path)[0] == 0
    (tmp_path / "sumlint.toml").write_text("[shell]\nstrict = true\n")
    assert cli(["check"], cwd=tmp_path)[0] == 1
    assert len(list((tmp_path / CACHE_DIR).glob("v*"))) == 2


def test_corrupt_and_foreign_entries_are_ignored_and_rewritten(fake_engine, cli, tmp_path):
    project(tmp_path, {"a.sh": "echo WARN\n", "b.sh": "echo BAD\n", "c.sh": "echo\n"})
    expected = cli(["check"], cwd=tmp_path)
    a, b, c = (e for e in entries(tmp_path))  # noqa: not in path order; rewrite all three ways
    a.write_bytes(b"\0garbage{")
    data = json.loads(b.read_text())
    data["path"] = "/elsewhere/b.sh"
    b.write_text(json.dumps(data))
    data = json.loads(c.read_text())
    data["diagnostics"] = [{"code": "SUM190"}]  # does not validate
    c.write_text(json.dumps(data))
    fake_engine.parsed.clear()
    assert cli(["check"], cwd=tmp_path) == expected
    assert len(fake_engine.parsed) == 3
    assert all(json.loads(e.read_text())["key"] for e in entries(tmp_path))  # rewritten whole
    fake_engine.parsed.clear()
    assert cli(["check"], cwd=tmp_path) == expected and fake_engine.parsed == []


def test_no_cache_and_clean(fake_engine, cli, tmp_path):
    project(tmp_path, {"a.sh": "echo\n"})
    cli(["check", "--no-cache"], cwd=tmp_path)
    assert not (tmp_path / CACHE_DIR).exists()
    cli(["check"], cwd=tmp_path)
    assert (tmp_path / CACHE_DIR).is_dir()
    assert cli(["clean"], cwd=tmp_path) == (0, f"Removed {tmp_path / CACHE_DIR}\n", "")
    assert not (tmp_path / CACHE_DIR).exists()
    assert cli(["clean"], cwd=tmp_path)[1].startswith("No cache at")


def test_unwritable_cache_is_silently_skipped(fake_engine, cli, tmp_path):
    project(tmp_path, {"a.sh": "echo WARN\n"})
    (tmp_path / CACHE_DIR).write_text("a file where the folder should be")
    code, out, err = cli(["check"], cwd=tmp_path)
    assert code == 1 and err == "" and "SUM190" in out


def test_fix_updates_the_cache(fake_engine, cli, tmp_path):
    project(tmp_path, {"a.sh": "echo BAD\n"})
    cli(["check", "--fix"], cwd=tmp_path)
    fake_engine.parsed.clear()
    assert cli(["check"], cwd=tmp_path)[0] == 0 and fake_engine.parsed == []


def test_concurrent_writers_never_leave_a_torn_entry(fake_engine, tmp_path):
    project(tmp_path, {"a.sh": "echo\n"})
    config = load_config(tmp_path)
    cache = Cache(config)
    cache._prepare()
    target = cache.entries / "same.json"
    blobs = [json.dumps({"writer": i, "pad": "x" * 200_000}).encode() for i in range(8)]
    seen: list[int] = []

    def write(blob):
        for _ in range(20):
            cache._write(target, blob)

    def read():
        for _ in range(200):
            try:
                seen.append(json.loads(target.read_bytes())["writer"])
            except FileNotFoundError:
                pass

    threads = [threading.Thread(target=write, args=(b,)) for b in blobs] + [threading.Thread(target=read)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert seen and set(seen) <= set(range(8))  # every read saw a whole entry
    assert not list(cache.entries.glob(".tmp-*"))


# -- real front-ends, in fresh interpreters ---------------------------------------------------

FILES = {
    "deploy/systemd/app-celery.service": "[Unit]\nDescription=celery\n\n[Service]\n"
                                         "ExecStart=/srv/venv/bin/celery -A proj worker\n",
    "deploy/deploy.sh": "#!/bin/bash\nset -euo pipefail\nsystemctl restart app-celery.service\n",
    "docs/runbook.md": "# Runbook\n\nRedis is required.\n\n```bash\nredis-cli ping\n```\n",
    ".env.example": "REDIS_URL=redis://127.0.0.1:6379/0\n",
    "requirements.txt": "django==5.0\nredis==5.0\n",
}
SETTINGS = {"proj/settings/production.py": "CACHES = {'default': {'BACKEND': "
                                           "'django.core.cache.backends.redis.RedisCache'}}\n"}
PARSERS = ("tree_sitter", "tree_sitter_bash", "markdown_it", "libcst")

PROBE = textwrap.dedent("""
    import json, sys
    from sumlint.cli import main
    try:
        main(sys.argv[1:])
    except SystemExit:
        pass
    mods = sorted(m for m in sys.modules if m.split(".")[0] in {parsers!r}
                  or (m.startswith("sumlint.") and m.endswith(("frontend", "envfile", "requirements")))
                  or (m.startswith("sumlint.rules.") and m.count(".") == 3))
    print("MODULES=" + json.dumps(mods))
""")


def probe(root: Path, *args: str) -> tuple[list[str], str]:
    env = {**os.environ, "XDG_CACHE_HOME": str(root.parent / "xdg-cache")}  # the rule index
    run = subprocess.run([sys.executable, "-c", PROBE.format(parsers=set(PARSERS)), "check", *args],
                         capture_output=True, text=True, cwd=root, env=env)
    assert "Traceback" not in run.stderr, run.stderr
    marker = run.stdout.rindex("MODULES=")
    return json.loads(run.stdout[marker + 8:]), run.stdout[:marker]


def cold_then_warm(root: Path) -> tuple[list[str], str, list[str], str]:
    """Run twice in a fresh subprocess each: the modules and output of the cold run, then of
    the warm run. In a shared development tree another edit to sumlint's code between the two runs
    changes the cache key (a new key folder): that warm run was cold; try again."""
    import shutil

    for _ in range(3):
        cold_modules, cold_out = probe(root)
        warm_modules, warm_out = probe(root)
        if len(list((root / CACHE_DIR).glob("v*"))) == 1:
            break
        shutil.rmtree(root / CACHE_DIR)
    return cold_modules, cold_out, warm_modules, warm_out


def test_a_warm_run_parses_nothing_and_imports_no_parser(tmp_path):
    project(tmp_path, {**FILES, **SETTINGS})
    cold_modules, cold_out, warm_modules, warm_out = cold_then_warm(tmp_path)
    assert warm_out == cold_out
    parsers = [m for m in warm_modules if m.split(".")[0] in PARSERS]
    assert parsers == [], f"a warm run imported parsers: {parsers}"
    from sumlint.registry import rule_index

    per_file = {info.module for info in rule_index().values() if not info.project}
    loaded = sorted(set(warm_modules) & per_file)
    assert loaded == [], f"a warm run imported per-file rules it did not need: {loaded}"
    print(f"cold run imported: {cold_modules}; warm run: {warm_modules}")
    cold_parsers = {m.split(".")[0] for m in cold_modules} & set(PARSERS)
    from sumlint import runner

    if runner.frontend("settings") is not None:
        assert "libcst" in cold_parsers  # the probe does see imports: the cold run parsed settings


def test_a_cold_run_without_settings_never_imports_libcst(tmp_path):
    project(tmp_path, FILES)
    modules, _ = probe(tmp_path, "--no-cache")
    assert "libcst" not in modules, modules


def test_cached_results_equal_fresh_results_with_the_real_rules(tmp_path):
    """Facts and diagnostics survive the JSON round trip: the real front-ends' output is
    JSON-clean (lists, not tuples; no sets) and project rules see the same facts."""
    project(tmp_path, {**FILES, **SETTINGS})
    config = load_config(tmp_path)
    fresh = check_paths([tmp_path], config)
    cache = Cache(config)
    check_paths([tmp_path], config, cache=cache)
    cache = Cache(config)
    warm = check_paths([tmp_path], config, cache=cache)
    assert cache.hits == len(fresh.files) and cache.misses == 0
    assert [d.to_dict() for d in warm.diagnostics] == [d.to_dict() for d in fresh.diagnostics]
    assert [json.loads(json.dumps([f.to_dict() for f in r.facts])) for r in warm.files] == \
        [json.loads(json.dumps([f.to_dict() for f in r.facts])) for r in fresh.files]


def test_a_new_systemd_drop_in_invalidates_the_unit(cli, tmp_path):
    """The real systemd front-end lists drop-in folders as dependencies of the unit."""
    from sumlint import runner
    from sumlint.registry import rule_index

    if runner.frontend("systemd") is None or "SUM101" not in rule_index():
        pytest.skip("the systemd front-end or SUM101 is not installed")
    project(tmp_path, {"app-celery.service": "[Unit]\nDescription=celery\n\n[Service]\n"
                                             "ExecStart=/srv/venv/bin/celery -A proj worker\n"})
    code, out, _ = cli(["check", "-q", "--select", "SUM101"], cwd=tmp_path)
    assert code == 1 and out.startswith("app-celery.service:1:1: SUM101")
    project(tmp_path, {"app-celery.service.d/redis.conf": "[Unit]\nAfter=redis-server.service\n"
                                                          "Wants=redis-server.service\n"})
    assert cli(["check", "-q", "--select", "SUM101"], cwd=tmp_path) == (0, "", "")
    (tmp_path / "app-celery.service.d" / "redis.conf").write_text("[Unit]\nDescription=x\n")
    assert cli(["check", "-q", "--select", "SUM101"], cwd=tmp_path)[0] == 1


def test_key_folders_unused_for_a_week_are_pruned(fake_engine, cli, tmp_path):
    import os as os_module
    import time

    project(tmp_path, {"a.sh": "echo\n"})
    old = tmp_path / CACHE_DIR / "v0.0.1-0123456789ab"
    recent = tmp_path / CACHE_DIR / "v0.0.2-0123456789ab"
    for folder in (old, recent):
        folder.mkdir(parents=True)
        (folder / "x.json").write_text("{}")
    week_ago = time.time() - 8 * 86400
    os_module.utime(old, (week_ago, week_ago))
    cli(["check"], cwd=tmp_path)
    assert not old.exists() and recent.exists() and len(entries(tmp_path)) == 2


def test_clean_works_with_a_broken_config(fake_engine, cli, tmp_path):
    project(tmp_path, {"a.sh": "echo\n"})
    cli(["check"], cwd=tmp_path)
    (tmp_path / "sumlint.toml").write_text("select = [")
    code, out, err = cli(["clean"], cwd=tmp_path)
    assert code == 0 and not (tmp_path / CACHE_DIR).exists() and "invalid TOML" in err
