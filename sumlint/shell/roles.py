"""What a script does: deploy actions, package installs, app restarts; the family options.

The ``[tool.sumlint.shell]`` options are declared once here (``OPTIONS``) and attached to
the shell rules that read them, so ``sumlint rule`` documents them where they act.
"""

from __future__ import annotations

import fnmatch
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
        "to the project root, or file names)."),
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


def is_deploy_action(cmd, options, services) -> bool:
    if any(an.matches(cmd, p) for p in options.get("deploy-commands", DEPLOY_COMMANDS)):
        return True
    return is_app_restart(cmd, options, services)


def is_migrate(cmd, options) -> bool:
    return any(an.matches(cmd, p) for p in options.get("migrate-commands", MIGRATE_COMMANDS))


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
    if any(glob_match(rel, g) for g in options.get("deploy-scripts", [])) or deploy_actions(script, ctx, options):
        found.add("deploy")
    provision_globs = options.get("provision-scripts", [])
    if provision_globs:
        if any(glob_match(rel, g) for g in provision_globs):
            found.add("provision")
    elif install_entries(script):
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
