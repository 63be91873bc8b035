"""Per-file settings rules: behaviour fixtures cannot show (unsafe fixes, info variants)."""

from __future__ import annotations

from pathlib import Path

from harness import fixture_config, lint_fixture
from sumlint.diagnostics import Severity
from sumlint.fixes import fix_text


def _lint(tmp_path: Path, name: str, text: str):
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return lint_fixture(path, text, fixture_config(tmp_path))


def test_sum403_unsafe_fix_uncomments(tmp_path: Path) -> None:
    text = "A=1\n  #  REDIS_URL=redis://127.0.0.1:6379/0\n#export REDIS_URL=x\n"
    found, source = _lint(tmp_path, ".env.example", text)
    sum403 = [d for d in found if d.code == "SUM403"]
    assert len(sum403) == 1 and sum403[0].fix is not None and not sum403[0].fix.safe
    assert sum403[0].span.line == 2 and sum403[0].span.column == 6
    fixed, applied = fix_text(source, sum403, unsafe=True)
    assert applied == 1
    assert fixed == "A=1\n  REDIS_URL=redis://127.0.0.1:6379/0\n#export REDIS_URL=x\n"
    assert fix_text(source, sum403)[1] == 0  # not applied without --unsafe-fixes


def test_sum403_commented_empty_has_no_fix(tmp_path: Path) -> None:
    found, _ = _lint(tmp_path, ".env.example", "# REDIS_URL=\n")
    assert [(d.code, d.fix) for d in found] == [("SUM403", None)]
    assert "set it, e.g. `REDIS_URL=redis://127.0.0.1:6379/0`" in found[0].message


def test_sum403_follows_the_policy(tmp_path: Path) -> None:
    text = "# VALKEY_URL=valkey://127.0.0.1:6380/0\nREDIS_URL=\n"
    path = tmp_path / ".env.example"
    config = fixture_config(tmp_path, {"services": {"redis": {"required": False},
                                                     "valkey": {"units": ["valkey-server.service"],
                                                                "env": ["VALKEY_URL"],
                                                                "url-schemes": ["valkey"], "port": 6380}}})
    found, _ = lint_fixture(path, text, config)
    assert [(d.code, d.span.line) for d in found] == [("SUM403", 1)]
    assert "VALKEY_URL" in found[0].message


def test_sum403_accepts_the_policys_hosts(tmp_path: Path) -> None:
    """`hosts` lists where the service may run besides loopback: a Compose service name, a
    managed instance's domain (a glob)."""
    text = ("REDIS_URL=redis://redis:6379/0\nCELERY_BROKER_URL=rediss://main.abc.cache.amazonaws.com:6379/1\n"
            "CACHE_URL=redis://cache.internal:6379/2\n")
    path = tmp_path / ".env.example"
    found, _ = lint_fixture(path, text, fixture_config(tmp_path))
    assert [d.span.line for d in found if d.code == "SUM403"] == [1, 2, 3]
    assert "or add `redis` to the policy's `hosts` ([tool.sumlint.services.redis])" in found[0].message
    config = fixture_config(tmp_path, {"services": {"redis": {"hosts": ["redis", "*.cache.amazonaws.com"]}}})
    found, _ = lint_fixture(path, text, config)
    assert [(d.code, d.span.line, d.span.column) for d in found] == [("SUM403", 3, 19)]


PRODUCTION = "mysite/settings/production.py"


def test_sum401_info_when_location_is_computed(tmp_path: Path) -> None:
    text = ('import os\nCACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache",\n'
            '    "LOCATION": f"redis://{os.environ[\'REDIS_HOST\']}:6379/0"}}\n')
    found, _ = _lint(tmp_path, PRODUCTION, text)
    assert [(d.code, d.severity, d.span.line) for d in found] == [("SUM401", Severity.INFO, 3)]
    assert "f-string" in found[0].message


def test_sum401_urls_built_by_fstrings_say_their_scheme(tmp_path: Path) -> None:
    # f"redis://{HOST}:…" is a Redis URL whatever the host: a broker built so uses Redis, a
    # cache LOCATION built so is named as one (info); an amqp:// one is not Redis (error).
    text = ('import os\nHOST = os.environ.get("REDIS_HOST", "localhost")\n'
            'CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache",\n'
            '    "LOCATION": f"redis://{HOST}:6379/0"}}\n'
            'CELERY_BROKER_URL = f"redis://{HOST}:6379/1"\n')
    found, _ = _lint(tmp_path, PRODUCTION, text)
    assert [(d.code, d.severity, d.span.line) for d in found] == [("SUM401", Severity.INFO, 4)]
    assert "is a redis:// URL built by the f-string" in found[0].message
    amqp = text.replace('f"redis://{HOST}:6379/1"', 'f"amqp://{HOST}:5672//"').replace(
        'f"redis://{HOST}:6379/0"', 'os.environ["REDIS_URL"]')
    found, _ = _lint(tmp_path, PRODUCTION, amqp)
    assert [(d.code, d.severity, d.span.line, d.span.column) for d in found] == [("SUM401", Severity.ERROR, 5, 21)]
    assert found[0].message.startswith("CELERY_BROKER_URL is an amqp:// URL")


def test_sum401_location_from_another_variable(tmp_path: Path) -> None:
    text = ('import os\nCACHES = {"default": {"BACKEND": "django_redis.cache.RedisCache",\n'
            '    "LOCATION": os.environ["CACHE_LOCATION"]}}\n')
    found, _ = _lint(tmp_path, PRODUCTION, text)
    assert [(d.code, d.span.line, d.span.column) for d in found] == [("SUM401", 3, 28)]
    assert "CACHE_LOCATION, not from REDIS_URL" in found[0].message


def test_sum401_conditional_caches_is_hedged(tmp_path: Path) -> None:
    text = ('import os\nif os.environ.get("CI"):\n'
            '    CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}\n')
    found, _ = _lint(tmp_path, PRODUCTION, text)
    assert [(d.code, d.severity) for d in found] == [("SUM401", Severity.INFO)]
    assert "if/try block" in found[0].message


def test_sum401_not_on_non_production_settings(tmp_path: Path) -> None:
    text = 'CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}\n'
    found, _ = _lint(tmp_path, "mysite/settings/dev.py", text)
    assert found == []


def test_sum401_production_globs_are_configurable(tmp_path: Path) -> None:
    text = 'CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}\n'
    path = tmp_path / "config" / "deployed.py"
    path.parent.mkdir()
    config = fixture_config(tmp_path, {"kinds": {"settings": ["config/*.py"]},
                                       "settings": {"production-settings": ["config/deployed.py"]}})
    found, _ = lint_fixture(path, text, config)
    assert [d.code for d in found] == ["SUM401"]


def test_sum406_fixes_move_comments_and_drop_export(tmp_path: Path) -> None:
    from sumlint.config import load_config
    from sumlint.runner import check_paths
    from sumlint.source import read_source

    (tmp_path / ".git").mkdir()
    unit = tmp_path / "deploy" / "app.service"
    unit.parent.mkdir()
    unit.write_text("[Service]\nEnvironmentFile=-/srv/app/.env\nExecStart=/usr/bin/true\n")
    env = tmp_path / ".env.example"
    env.write_bytes(b"A=1  # one\r\nexport B=2\r\nC=\"x y\" # three\r\n")
    result = check_paths([tmp_path], load_config(tmp_path))
    found = [d for d in result.active if d.code == "SUM406"]
    assert [(d.span.line, d.span.column) for d in found] == [(1, 4), (2, 1), (3, 8)]
    fixed, applied = fix_text(read_source(env, "env"), found)
    assert applied == 3
    assert fixed == "# one\r\nA=1\r\nB=2\r\n# three\r\nC=\"x y\"\r\n"


def test_sum406_needs_a_unit_that_reads_the_file(tmp_path: Path) -> None:
    from sumlint.config import load_config
    from sumlint.runner import check_paths

    (tmp_path / ".git").mkdir()
    (tmp_path / "app.service").write_text("[Service]\nEnvironmentFile=/etc/default/other\nExecStart=/usr/bin/true\n")
    (tmp_path / ".env.example").write_text("A=1  # one\nexport B=2\n")
    result = check_paths([tmp_path], load_config(tmp_path))
    assert not [d for d in result.active if d.code == "SUM406"]


def test_settings_py_is_not_production_next_to_settings_production(tmp_path: Path) -> None:
    text = 'CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}\n'
    found, _ = _lint(tmp_path, "mysite/settings.py", text)
    assert [d.code for d in found] == ["SUM401"]  # alone, settings.py is what production runs
    (tmp_path / "mysite" / "settings_production.py").write_text("from .settings import *\n")
    found, _ = _lint(tmp_path, "mysite/settings.py", text)
    assert found == []


def test_sum401_unfollowed_star_import_is_info_not_a_guess(tmp_path: Path) -> None:
    found, _ = _lint(tmp_path, PRODUCTION, "from ..common import *\nDEBUG = False\n")
    assert [(d.code, d.severity, d.span.line) for d in found] == [("SUM401", Severity.INFO, 1)]
    assert "cannot follow" in found[0].message


def test_sum401_follows_a_plain_sibling_star_import(tmp_path: Path) -> None:
    (tmp_path / "proj").mkdir()
    (tmp_path / "proj" / "settings_base.py").write_text(
        'CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}\n')
    found, _ = _lint(tmp_path, "proj/settings_production.py", "from settings_base import *\n")
    assert [(d.code, d.severity, d.span.line) for d in found] == [("SUM401", Severity.ERROR, 1)]
    assert "DummyCache" in found[0].message and found[0].related


def test_cache_notices_files_the_settings_depend_on(tmp_path: Path) -> None:
    """A warm cache must not serve a stale settings result when a file it looked for appears."""
    import json
    import subprocess
    import sys

    (tmp_path / ".git").mkdir()
    (tmp_path / "mysite").mkdir()
    (tmp_path / "mysite" / "settings.py").write_text(
        'CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}\n')

    def codes() -> list[str]:
        done = subprocess.run([sys.executable, "-m", "sumlint", "check", "--output-format", "json", "."],
                              cwd=tmp_path, capture_output=True, text=True, timeout=120)
        data = json.loads(done.stdout)
        items = data if isinstance(data, list) else data.get("diagnostics", [])
        return sorted(d["code"] for d in items)

    assert codes() == ["SUM401"]
    assert codes() == ["SUM401"]  # warm cache
    (tmp_path / "mysite" / "settings_production.py").write_text(
        'from .settings import *\nimport os\nCACHES = {"default": {"BACKEND": '
        '"django.core.cache.backends.redis.RedisCache", "LOCATION": os.environ["REDIS_URL"]}}\n')
    assert codes() == []


def test_sum407_recognises_app_processes() -> None:
    from sumlint.rules.settings.sum407_app_unit_without_environment import runs_app

    assert runs_app(["/srv/x/venv/bin/gunicorn", "mysite.wsgi"]) == "gunicorn"
    assert runs_app(["/srv/x/venv/bin/python", "-m", "celery", "-A", "x", "worker"]) == "python -m celery"
    assert runs_app(["/srv/x/venv/bin/python", "/srv/x/app/manage.py", "runserver"]) == "manage.py"
    assert runs_app(["/bin/sh", "-c", "exec /srv/x/venv/bin/celery -A x beat"]) == "celery"
    assert runs_app(["/usr/bin/pg_dump", "db"]) is None
    assert runs_app(["/usr/bin/python3", "-m", "http.server"]) is None
    assert runs_app([]) is None


def test_sum407_not_when_the_settings_load_an_env_file(tmp_path: Path) -> None:
    from sumlint.config import load_config
    from sumlint.runner import check_paths

    (tmp_path / ".git").mkdir()
    (tmp_path / "mysite" / "settings").mkdir(parents=True)
    (tmp_path / "mysite" / "settings" / "production.py").write_text(
        "import environ\nenv = environ.Env()\nenviron.Env.read_env('/srv/app/.env')\nSECRET_KEY = env('SECRET_KEY')\n")
    (tmp_path / "app.service").write_text("[Service]\nExecStart=/srv/app/venv/bin/gunicorn mysite.wsgi\n")
    result = check_paths([tmp_path], load_config(tmp_path))
    assert not [d for d in result.active if d.code == "SUM407"]
    (tmp_path / "mysite" / "settings" / "production.py").write_text(
        "import environ\nenv = environ.Env()\nSECRET_KEY = env('SECRET_KEY')\n")
    result = check_paths([tmp_path], load_config(tmp_path))
    assert [d.span.line for d in result.active if d.code == "SUM407"] == [2]
