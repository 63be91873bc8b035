"""What a script does: deploy actions, package installs, app restarts; the family options.

The ``[tool.sumlint.shell]`` options are declared once here (``OPTIONS``) and attached to
the shell rules that read them, so ``sumlint rule`` documents them where they act.
"""

from __future__ import annotations

import fnmatch
import re
from typing import Any

from sumlint.kinds import glob_match
from sumlint.rule import Option
from sumlint.shell import analysis as an

DEPLOY_COMMANDS = ["manage.py migrate", "manage.py collectstatic", "django-admin migrate",
                   "django-admin collectstatic"]
MIGRATE_COMMANDS = ["manage.py migrate", "django-admin migrate"]
APP_UNITS = ["sum-*", "*gunicorn*", "*uwsgi*", "*uvicorn*", "*daphne*", "*celery*", "*django*",
             "*wagtail*"]

OPTIONS: dict[str, Option] = {
    "deploy-commands": Option(
        DEPLOY_COMMANDS,
        "Commands that make a script a deploy script (deploy actions), as words after the "
        "program: `manage.py migrate` also matches `\"$PY\" manage.py migrate --noinput`."),
    "migrate-commands": Option(
        MIGRATE_COMMANDS, "Commands that apply database migrations (SUM206)."),
    "app-units": Option(
        APP_UNITS,
        "Glob patterns of the application's units: `systemctl restart|reload|start` of a "
        "matching unit is a deploy action."),
    "deploy-scripts": Option(
        [], "Globs of scripts that are deploy scripts whatever they contain (paths relative "
        "to the project root, or file names). Otherwise a script with deploy actions is one, "
        "unless it is a test, CI or development script: it runs pytest, tox or "
        "`manage.py test`, uses test/CI/dev/local settings (`DJANGO_SETTINGS_MODULE=app.settings.test`, "
        "`--settings=…dev`), or its file name says so (`test.sh`, `ci.sh`, `test-*.sh`, `setup-dev.sh`, `*-local.sh`)."),
    "provision-scripts": Option(
        [], "Globs of provisioning scripts. When set, only matching scripts are provisioning "
        "scripts; when empty, any script that installs system packages is one."),
    "exit-functions": Option(
        [], "Names of functions from sourced libraries that always exit (like `die`); "
        "`die`, `fatal`, `abort`, `bail`, `panic`, `error_exit` and `fail` are known."),
}


def shell_options(ctx) -> dict[str, Any]:
    values = {name: opt.default for name, opt in OPTIONS.items()}
    config = getattr(ctx, "config", None)
    if config is not None:
        values.update(config.family_options.get("shell", {}))
    return values


def _relpath(ctx) -> str:
    try:
        return ctx.path.resolve().relative_to(ctx.config.root.resolve()).as_posix()
    except (ValueError, AttributeError, OSError):
        return getattr(ctx.path, "name", "")


def is_app_restart(cmd, options, services, verbs=an.SYSTEMCTL_START) -> bool:
    action = an.systemctl_action(cmd) or an.service_action(cmd)
    if not action or action[0] not in verbs:
        return False
    return any(is_app_unit(u.text, options, services) for u in action[1])


def is_app_unit(unit: str, options, services) -> bool:
    name = an.unit_name(unit)
    if any(s.is_unit(name) for s in services):
        return False
    globs = options.get("app-units", APP_UNITS)
    base = name.rsplit("/", 1)[-1]
    return any(fnmatch.fnmatchcase(base, g) or fnmatch.fnmatchcase(unit, g) for g in globs) or \
        any(s.depends(base) for s in services)


# `migrate --check`, `migrate --plan`, `collectstatic --dry-run`: they change nothing.
READ_ONLY_FLAGS = frozenset({"--check", "--plan", "--dry-run", "-n", "--help", "-h"})


def _read_only(cmd) -> bool:
    return any(a.text in READ_ONLY_FLAGS for a in cmd.argv[1:])


def is_deploy_action(cmd, options, services) -> bool:
    if any(an.matches(cmd, p) for p in options.get("deploy-commands", DEPLOY_COMMANDS)):
        return not _read_only(cmd)
    return is_app_restart(cmd, options, services)


def is_migrate(cmd, options) -> bool:
    return any(an.matches(cmd, p) for p in options.get("migrate-commands", MIGRATE_COMMANDS)) \
        and not _read_only(cmd)


TEST_RUNNERS = frozenset({"pytest", "py.test", "tox", "nox"})
_SETTINGS_RE = re.compile(r"(?:^|[=\s])(?:--settings[= ])?([\w.]+\.settings(?:\.[\w]+)*)")


def purpose(script, ctx) -> str | None:
    """"test" for a test or CI script (it runs pytest, `manage.py test`, or uses test/CI
    settings or a test/CI file name), "dev" for a development one (dev/local settings or
    file name), else None. Such scripts are not deploy or provisioning scripts."""
    def compute():
        stem = _relpath(ctx).rsplit("/", 1)[-1].split(".")[0].lower()
        test_name = stem in ("test", "tests", "ci", "runtests") or stem.startswith(
            ("test-", "test_", "tests-", "tests_", "ci-", "ci_", "run-tests", "run_tests"))
        dev_name = stem in ("dev", "local") or stem.startswith(
            ("dev-", "dev_", "local-", "local_", "setup-dev", "setup_dev", "bootstrap-dev",
             "bootstrap_dev")) or stem.endswith(("-dev", "_dev", "-local", "_local"))
        modules = set()
        for cmd in script.commands:
            for a in cmd.assigns:
                if a.name == "DJANGO_SETTINGS_MODULE" and a.value is not None:
                    modules.add(a.value.text.strip("\"'"))
            for arg in cmd.argv:
                m = _SETTINGS_RE.search(arg.text)
                if m and (arg.text.startswith("--settings") or "DJANGO_SETTINGS_MODULE=" in arg.text):
                    modules.add(m.group(1))
        last = {m.rsplit(".", 1)[-1].lower() for m in modules}
        runs_tests = any(c.base in TEST_RUNNERS or an.matches(c, "manage.py test")
                         or (c.base == "coverage" and "run" in c.args) for c in script.commands)
        if runs_tests or last & {"test", "tests", "testing", "ci"} or test_name:
            return "test"
        if last & {"dev", "development", "local"} or dev_name:
            return "dev"
        return None
    return _memo(script, ("purpose", _relpath(ctx)), compute)


def _memo(script, key, compute):
    cache = script.__dict__.setdefault("_memo", {})
    if key not in cache:
        cache[key] = compute()
    return cache[key]


def deploy_actions(script, ctx, options) -> list:
    services = ctx.services if getattr(ctx, "config", None) is not None else []
    key = ("deploy", tuple(options.get("deploy-commands", ())), tuple(options.get("app-units", ())),
           tuple(id(s) for s in services))
    return _memo(script, key, lambda: [e for e in an.trace(script)
                                       if is_deploy_action(e.node, options, services)])


def install_entries(script) -> list:
    return _memo(script, ("install",), lambda: [e for e in an.trace(script)
                                                if an.installed_packages(e.node) is not None])


def roles(script, ctx, options) -> set[str]:
    found = set()
    rel = _relpath(ctx)
    if any(glob_match(rel, g) for g in options.get("deploy-scripts", [])):
        found.add("deploy")
    elif deploy_actions(script, ctx, options) and purpose(script, ctx) is None:
        found.add("deploy")
    provision_globs = options.get("provision-scripts", [])
    if provision_globs:
        if any(glob_match(rel, g) for g in provision_globs):
            found.add("provision")
    elif install_entries(script) and purpose(script, ctx) is None:
        found.add("provision")
    return found


def install_exit_functions(script, options) -> None:
    """Make configured exit functions known to the failure analysis."""
    extra = options.get("exit-functions", [])
    if extra:
        cache = script.__dict__.setdefault("_exits", {})
        for name in extra:
            if name not in script.functions:
                cache[name] = True
