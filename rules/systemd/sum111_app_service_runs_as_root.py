"""## What it does
Reports a service unit that runs the application (Celery, Gunicorn, Uvicorn, Daphne,
Hypercorn, uWSGI or `manage.py`) as root: it sets `User=root` (or, with the option
`require-user`, has no `User=` nor `DynamicUser=yes` at all), and the program is not told
to drop privileges itself (`gunicorn --user`, `celery --uid`, `uwsgi --uid`). A `User=`
placeholder (`User=__DEPLOY_USER__`) counts as set. Drop-ins are merged first. User units (in a `user/` folder, or installed
`WantedBy=default.target`) run as their user and are not reported.

Unit blocks in runbooks are not checked: they often show only part of a unit.

## Why is this bad?
A system service without `User=` runs as root. The web app and its workers execute code
that handles untrusted input (requests, task payloads); a bug there becomes a root
compromise of the server. Celery warns loudly about it and refuses to run as root when
it accepts pickle payloads. The deploy user or a dedicated account is enough for
everything the app does.

## Options
- `require-user` (boolean, default `false`): also report app services without any
  `User=` (a system service without `User=` runs as root). Off by default because unit
  snippets and user units often leave it out; turn it on for a deploy repository whose
  units are all system units.

## Example
```ini title=web.service
[Unit]
Description=Web app

[Service]
User=root
WorkingDirectory=/srv/app
ExecStart=/srv/app/venv/bin/gunicorn config.wsgi
```

## Use instead
```ini title=web.service
[Unit]
Description=Web app

[Service]
User=app
Group=www-data
WorkingDirectory=/srv/app
ExecStart=/srv/app/venv/bin/gunicorn config.wsgi
```
"""

from __future__ import annotations

from sumlint.diagnostics import Severity, Violation
from sumlint.rule import Option, Rule
from sumlint.systemd.model import split_words
from sumlint.systemd.rulekit import is_user_unit, label, section_anchor

APP_PROGRAMS = ("celery", "gunicorn", "uvicorn", "daphne", "hypercorn", "uwsgi", "manage.py")
DROP_FLAGS = ("--user", "-u", "--uid", "--gid")
TRUE = ("1", "yes", "y", "true", "t", "on")


def _program(argv: list[str]) -> tuple[str, list[str]] | None:
    """The app program an ExecStart= runs (looking into ``sh -c``), and its words."""
    words = list(argv)
    if len(argv) >= 3 and argv[0].rsplit("/", 1)[-1] in ("sh", "bash", "dash") and argv[1] == "-c":
        words = [w for w, _, _ in split_words(argv[2])]
    for word in words:
        base = word.rsplit("/", 1)[-1].lower()
        for program in APP_PROGRAMS:
            if base == program or (program == "celery" and base in ("${celery_bin}", "$celery_bin")):
                return program, words
    return None


class AppServiceRunsAsRoot(Rule):
    code = "SUM111"
    name = "app-service-runs-as-root"
    summary = "Service runs the web app or its workers as root"
    kinds = frozenset({"systemd"})
    severity = Severity.WARNING
    options = {
        "require-user": Option(False, "SUM111: also report app services that have no User= "
                                      "(system services without User= run as root)"),
    }

    def check(self, model, ctx):
        if model.foreign or model.dropin or model.type != "service" or model.embedded:
            return
        if is_user_unit(model):
            return
        starts = [e for e in model.exec_lines if e.key == "ExecStart"]
        if not starts:
            return
        found = _program(starts[-1].argv)
        if found is None:
            return
        program, words = found
        if any(w in DROP_FLAGS or w.startswith(tuple(f + "=" for f in DROP_FLAGS)) for w in words):
            return
        if "+" in starts[-1].prefix or "!" in starts[-1].prefix:
            return  # explicitly privileged on purpose; the author knows
        dynamic = model.items("Service", "DynamicUser")
        if dynamic and dynamic[-1][0].lower() in TRUE:
            return
        users = model.items("Service", "User")
        if users and users[-1][0] not in ("", "root", "0"):
            return
        if users and users[-1][0] in ("root", "0") and users[-1][2].path is None:
            yield Violation(
                f"{label(model)} runs `{program}` as root (`User={users[-1][0]}`): run the app as "
                "the deploy user or a dedicated account", users[-1][1])
            return
        if not ctx.options.get("require-user", False) or users:
            return
        yield Violation(
            f"{label(model)} runs `{program}` as root: it has no `User=`; add `User=` (and "
            "`Group=`) naming the deploy user or a dedicated account",
            section_anchor(model, "Service"))
