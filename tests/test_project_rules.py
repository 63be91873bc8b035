"""Cross-file rules (SUM402, SUM404, SUM5xx) on facts built by hand.

The fixture projects (tests/fixtures/projects/) run the real front-ends; these tests pin
the rules' behaviour on exact facts, independent of the other front-ends' progress.
"""

from __future__ import annotations

from pathlib import Path

from harness import fixture_config
from sumlint.project import FileFacts, Project
from sumlint.registry import all_rules
from sumlint.rule import RuleContext

ROOT = Path("/proj")


def run(code: str, files: list[FileFacts], table: dict | None = None):
    config = fixture_config(ROOT, table)
    rule = all_rules()[code]()
    ctx = RuleContext(path=ROOT, kind="project", config=config, options=config.options_for(rule.family))
    return list(rule.check_project(Project(ROOT, files), ctx))


def unit(name: str, after=(), wants=(), exec_=(), placeholders=()) -> FileFacts:
    sections = {"Unit": {"After": [[a, [2, 7, 2, 7 + len(a)]] for a in after],
                         "Wants": [[w, [3, 7, 3, 7 + len(w)]] for w in wants]}}
    return FileFacts(str(ROOT / "deploy/systemd" / name), "systemd", {
        "unit": name.removesuffix(".template"), "type": "service", "dropin": False,
        "sections": sections, "exec": [{"key": "ExecStart", "argv": argv, "span": [6, 11, 6, 11 + len(" ".join(argv))],
                                        "prefix": "", "path": None} for argv in exec_],
        "placeholders": [[p, [1, 1, 1, 1 + len(p)]] for p in placeholders]})


def script(name: str, enabled=(), restarted=(), urls=()) -> FileFacts:
    return FileFacts(str(ROOT / "deploy" / name), "shell", {
        "roles": ["provision"], "commands": [],
        "units_enabled": [[u, [4, 20, 4, 20 + len(u)]] for u in enabled],
        "units_started": [], "units_restarted": [[u, [5, 17, 5, 17 + len(u)]] for u in restarted],
        "packages_installed": [], "preflights": [], "assignments": {},
        "urls": [[u, [7, 1, 7, 1 + len(u)]] for u in urls]})


def runbook(units=(), placeholders=(), urls=()) -> FileFacts:
    return FileFacts(str(ROOT / "docs/runbook.md"), "markdown", {
        "placeholders": [[p, [3, 10, 3, 10 + len(p)]] for p in placeholders],
        "units": [[u, [5, 3, 5, 3 + len(u)]] for u in units],
        "urls": [[u, [8, 1, 8, 1 + len(u)]] for u in urls], "headings": [], "runbook": True})


def env(vars_: dict[str, tuple[str, bool]]) -> FileFacts:
    data = {"vars": {}, "entries": [], "placeholders": [], "urls": []}
    for line, (name, (value, commented)) in enumerate(vars_.items(), start=1):
        data["vars"][name] = {"value": value, "span": [line, 1, line, 1 + len(name)],
                              "value_span": [line, 2 + len(name), line, 2 + len(name) + len(value)],
                              "commented": commented, "empty": value == ""}
        if "://" in value and not commented:
            data["urls"].append([value, [line, 2 + len(name), line, 2 + len(name) + len(value)]])
    return FileFacts(str(ROOT / ".env.example"), "env", data)


def settings(reads=(), caches=None, urls=(), production=True) -> FileFacts:
    return FileFacts(str(ROOT / "mysite/settings/production.py"), "settings", {
        "production": production, "parsed": True, "env_reads": [
            {"var": var, "required": required, "has_default": not required, "default": None,
             "default_ref": None, "form": "os.environ[]", "span": [line, 5, line, 5 + len(var)],
             "path": None, "setting": None}
            for line, (var, required) in enumerate(reads, start=1)],
        "caches": caches or {}, "databases": {}, "celery": {}, "urls": list(urls), "pyproject": None})


def requirements(*names: str) -> FileFacts:
    return FileFacts(str(ROOT / "requirements.txt"), "requirements", {
        "requirements": [{"name": n, "raw": n, "extras": [], "specifier": "", "marker": "", "url": None,
                          "editable": False, "span": [i, 1, i, 1 + len(n)], "path": None}
                         for i, n in enumerate(names, start=1)],
        "constraints": [], "unnamed": [], "includes": [], "names": sorted(names)})


# -- SUM501 -----------------------------------------------------------------------------

def test_sum501_unit_disagrees_with_the_provisioning_script() -> None:
    found = run("SUM501", [unit("celery.service", after=["redis6.service"], wants=["redis6.service"]),
                           script("provision.sh", enabled=["redis-server"])])
    assert [(v.path, v.span.line) for v in found] == [(str(ROOT / "deploy/systemd/celery.service"), 2),
                                                      (str(ROOT / "deploy/systemd/celery.service"), 3)]
    assert "deploy/provision.sh:4 enables `redis-server`" in found[0].message
    assert found[0].related and found[0].related[0].path == str(ROOT / "deploy/provision.sh")


def test_sum501_aliases_agree() -> None:
    assert not run("SUM501", [unit("celery.service", after=["redis.service"], wants=["redis.service"]),
                              script("provision.sh", enabled=["redis-server"]),
                              runbook(units=["redis-server.service"])])


def test_sum501_other_services_are_not_the_service() -> None:
    assert not run("SUM501", [unit("celery.service", after=["redis-sentinel.service"]),
                              script("provision.sh", enabled=["redis-server"])])


def test_sum501_runbook_disagrees() -> None:
    found = run("SUM501", [unit("celery.service", after=["redis-server.service"]),
                           runbook(units=["redis6-server.service"])])
    assert len(found) == 1 and found[0].path.endswith("runbook.md")


# -- SUM502 -----------------------------------------------------------------------------

def test_sum502_port_disagreement_names_the_other_file() -> None:
    found = run("SUM502", [env({"REDIS_URL": ("redis://127.0.0.1:6380/0", False)}),
                           settings(urls=[["redis://127.0.0.1:6379/1", [3, 30, 3, 55], None]])])
    assert len(found) == 1
    assert found[0].path == str(ROOT / ".env.example")
    assert "mysite/settings/production.py:3 uses port 6379" in found[0].message


def test_sum502_missing_port_is_the_default_and_db_numbers_differ_freely() -> None:
    assert not run("SUM502", [env({"REDIS_URL": ("redis://localhost/0", False)}),
                              settings(urls=[["redis://127.0.0.1:6379/1", [3, 30, 3, 55], None]]),
                              runbook(urls=["redis://localhost:6379/2"])])


def test_sum502_placeholders_and_single_file() -> None:
    assert not run("SUM502", [env({"REDIS_URL": ("redis://__HOST__:__PORT__/0", False)}),
                              settings(urls=[["redis://127.0.0.1:6379/1", [3, 30, 3, 55], None]])])
    assert not run("SUM502", [env({"A": ("redis://127.0.0.1:6380/0", False),
                                   "B": ("redis://127.0.0.1:6379/0", False)})])


def test_sum502_host_disagreement_outside_env_examples() -> None:
    found = run("SUM502", [settings(urls=[["redis://localhost:6379/1", [3, 30, 3, 55], None]]),
                           runbook(urls=["redis://redis.internal:6379/0"]),
                           env({"REDIS_URL": ("redis://cache.example:6379/0", False)})])
    assert [v.path for v in found] == [str(ROOT / "docs/runbook.md")]
    assert "host redis.internal" in found[0].message and "this machine (loopback)" in found[0].message


def test_sum502_port_and_host_in_one_message() -> None:
    found = run("SUM502", [settings(urls=[["redis://127.0.0.1:6379/1", [3, 30, 3, 55], None]]),
                           runbook(urls=["redis://10.0.0.5:6380/0"])])
    assert len(found) == 1 and "port 6380 and host 10.0.0.5" in found[0].message


def test_sum502_placeholder_in_the_password_is_compared_and_in_the_host_skipped() -> None:
    found = run("SUM502", [settings(urls=[["redis://127.0.0.1:6379/1", [3, 30, 3, 55], None]]),
                           runbook(urls=["redis://:<password>@127.0.0.1:6380/0", "redis://<host>:6390/0"])])
    assert len(found) == 1
    assert "`redis://:<password>@127.0.0.1:6380/0` puts Redis on port 6380" in found[0].message


def test_sum502_hosts_that_stand_for_one_in_docs_are_skipped() -> None:
    """"redis://..." (elided), "redis://your-redis-url" and RFC 2606's example domains say
    "your host here": neither their host nor their port is compared."""
    settings_url = settings(urls=[["redis://127.0.0.1:6379/1", [3, 30, 3, 55], None]])
    for url in ("redis://...", "redis://…:6380", "redis://your-redis-url", "redis://YOUR_REDIS_HOST:6380/0",
                "redis://redis.example.com:6380", "redis://cache.example.org", "redis://xxx:6380"):
        assert not run("SUM502", [settings_url, runbook(urls=[url])]), url
    found = run("SUM502", [settings_url, runbook(urls=["redis://yourcompany-cache.internal:6379/0"])])
    assert len(found) == 1 and "host yourcompany-cache.internal" in found[0].message


# -- SUM503 -----------------------------------------------------------------------------

def test_sum503_restart_matches_template_with_wildcards() -> None:
    files = [unit("sum-__SITE_SLUG__-gunicorn.service.template"),
             script("deploy.sh", restarted=["sum-${SITE_SLUG}-gunicorn.service", "nginx", "redis-server",
                                            "sum-mysite-gunicorn"])]
    assert not run("SUM503", files)


def test_sum503_renamed_unit_is_reported() -> None:
    found = run("SUM503", [unit("sum-__SITE_SLUG__-gunicorn.service"),
                           script("deploy.sh", restarted=["sum-${SITE_SLUG}-web.service", "sum-mysite-web"])])
    assert [f.span.line for f in found] == [5, 5]
    assert "`sum-${SITE_SLUG}-web.service`" in found[0].message
    assert "sum-__SITE_SLUG__-gunicorn.service" in found[0].message


def test_sum503_template_instances_and_no_units() -> None:
    assert not run("SUM503", [unit("sum-worker@.service"), script("deploy.sh", restarted=["sum-worker@mysite"])])
    assert not run("SUM503", [script("deploy.sh", restarted=["sum-${SITE_SLUG}-web.service"])])


# -- SUM504 -----------------------------------------------------------------------------

def test_sum504_undocumented_placeholder_once_per_file() -> None:
    found = run("SUM504", [unit("sum-__SITE_SLUG__-gunicorn.service",
                                placeholders=["__SITE_SLUG__", "__DEPLOY_USER__", "__DEPLOY_USER__"]),
                           runbook(placeholders=["__SITE_SLUG__"])])
    assert len(found) == 1 and "`__DEPLOY_USER__`" in found[0].message
    assert found[0].related[0].path == str(ROOT / "docs/runbook.md")


def test_sum504_without_runbook_nothing() -> None:
    assert not run("SUM504", [unit("x.service", placeholders=["__A__"])])
    assert not run("SUM504", [unit("x.service", placeholders=["{{ slug }}"]), runbook(placeholders=["{{slug}}"])])


# -- SUM402 / SUM404 -----------------------------------------------------------------------

def test_sum402_required_missing_commented_and_optional() -> None:
    found = run("SUM402", [settings(reads=[("SECRET_KEY", True), ("REDIS_URL", True), ("SENTRY_DSN", False),
                                           ("DEBUG", False)]),
                           env({"REDIS_URL": ("redis://127.0.0.1:6379/0", True), "DEBUG": ("0", False)})])
    by_line = {v.span.line: v for v in found}
    assert sorted(by_line) == [1, 2, 3]
    assert "does not set it" in by_line[1].message
    assert "only has it in a comment" in by_line[2].message
    assert by_line[3].severity is not None and str(by_line[3].severity) == "warning"


def test_sum402_unit_environment_counts_as_set() -> None:
    service = unit("app.service")
    service.data["sections"]["Service"] = {"Environment": [['DJANGO_SETTINGS_MODULE=mysite.settings "SECRET_KEY=a b"',
                                                             [5, 13, 5, 60]]]}
    found = run("SUM402", [settings(reads=[("SECRET_KEY", True), ("DJANGO_SETTINGS_MODULE", True), ("X", True)]),
                           env({"A": ("1", False)}), service])
    assert [v.span.line for v in found] == [3]


def test_sum402_suggests_a_near_name() -> None:
    found = run("SUM402", [settings(reads=[("DJANGO_SECRET_KEY", True), ("DJANGO_DEBUG", False)]),
                           env({"DJANGO_SECRET_KY": ("x", False), "DJANGO_DEBUG": ("0", False)})])
    assert len(found) == 1 and "DJANGO_SECRET_KY at line 1: a typo?" in found[0].message
    assert found[0].related[0].span.line == 1


def test_sum402_without_env_example_nothing() -> None:
    assert not run("SUM402", [settings(reads=[("SECRET_KEY", True)])])


def test_sum404_program_and_backend() -> None:
    cache = {"default": {"span": [5, 1, 5, 2], "path": None, "backend": "django.core.cache.backends.redis.RedisCache",
                         "backend_span": [6, 20, 6, 65], "backend_path": None}}
    files = [settings(caches=cache), requirements("django", "celery"),
             unit("gunicorn.service", exec_=[["/srv/app/venv/bin/gunicorn", "config.wsgi"],
                                             ["/usr/bin/gunicorn"]])]
    found = run("SUM404", files)
    messages = sorted(v.message for v in found)
    assert len(found) == 2
    assert any("`redis`" in m and "RedisCache" in m for m in messages)
    assert any("gunicorn" in m and "203/EXEC" in m for m in messages)
    exec_hit = next(v for v in found if "gunicorn" in v.message)
    assert exec_hit.span.column == 11 and exec_hit.span.end_column == 11 + len("/srv/app/venv/bin/gunicorn")


def test_sum404_transitive_and_configured_providers() -> None:
    cache = {"default": {"span": [5, 1, 5, 2], "path": None, "backend": "django_redis.cache.RedisCache",
                         "backend_span": [6, 20, 6, 50], "backend_path": None}}
    files = [settings(caches=cache), requirements("django-redis", "sum-platform-core"),
             unit("celery.service", exec_=[["/srv/app/venv/bin/celery", "-A", "proj", "worker"]])]
    found = run("SUM404", files)
    assert [v.message for v in found if "celery" in v.message]
    assert not run("SUM404", files, {"settings": {"provided-by": {"sum-platform-core": ["celery"]}}})


def test_sum404_platform_markers() -> None:
    from sumlint.settings.projectfacts import installs_on_linux

    assert not installs_on_linux('sys_platform == "win32"')
    assert installs_on_linux("sys_platform != 'win32'") and installs_on_linux('platform_system == "Linux"')
    assert installs_on_linux('python_version >= "3.10"') and installs_on_linux("")
    req = requirements("django", "gunicorn")
    req.data["requirements"][1]["marker"] = 'sys_platform == "win32"'
    found = run("SUM404", [req, unit("g.service", exec_=[["/srv/app/venv/bin/gunicorn"]])])
    assert len(found) == 1 and "gunicorn" in found[0].message


def test_sum404_without_requirements_nothing() -> None:
    assert not run("SUM404", [unit("g.service", exec_=[["/srv/venv/bin/gunicorn"]])])


def test_sum402_monorepo_uses_the_site_env_example() -> None:
    site_settings = settings(reads=[("SITE_ONLY", True)])
    site_settings.path = str(ROOT / "site1/mysite/settings/production.py")
    root_env = env({"SITE_ONLY": ("x", False)})
    site_env = env({"OTHER": ("y", False)})
    site_env.path = str(ROOT / "site1/.env.example")
    found = run("SUM402", [site_settings, root_env, site_env])
    assert len(found) == 1 and "site1/.env.example does not set it" in found[0].message
