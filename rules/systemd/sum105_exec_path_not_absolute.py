"""## What it does
Checks that the program of every `Exec*=` command (`ExecStart=`, `ExecStartPre=`,
`ExecReload=`, `ExecStop=`, ...) is an absolute path. The prefixes `-`, `@`, `:`, `+`, `!`
and `|` are allowed before it, a `%`-specifier that expands to an absolute path (`%h`,
`%t`, `%S`, ...) may start it, and a placeholder (`__VENV__/bin/celery`,
`{{ venv }}/bin/gunicorn`) is accepted as it stands.

A relative path (`venv/bin/celery`) and a variable (`$CELERY_BIN`, `${VENV}/bin/celery`)
are errors: systemd refuses them. A bare program name is a warning when it names a program
that a deploy installs into a virtualenv (`celery`, `gunicorn`, `uvicorn`, `python`,
`manage.py`, ...); bare names of system programs (`systemctl`, `rm`) are fine, as
systemd.service(5) says, unless `report-all-bare-names` is set.

## Why is this bad?
systemd does not use `$PATH` or the `WorkingDirectory=` to find the program: a relative
path or an unexpanded variable makes it reject the line ("Neither a valid executable name
nor an absolute path"), and the unit has no command. A bare name is looked up only in
systemd's fixed search path (`/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin`), never
in the site's virtualenv, so `ExecStart=celery ...` runs a system-wide Celery, if any,
not the one the deploy installed. To use a variable, run the command through
`/bin/sh -c '...'`.

## Options
- `report-all-bare-names` (boolean, default `false`): also warn about bare names of
  programs that are not usually installed in a virtualenv.

## Example
```ini title=worker.service
[Unit]
Description=Background worker

[Service]
WorkingDirectory=/srv/app
ExecStart=venv/bin/celery -A config worker
```

## Use instead
```ini title=worker.service
[Unit]
Description=Background worker

[Service]
WorkingDirectory=/srv/app
ExecStart=/srv/app/venv/bin/celery -A config worker
```
"""

from __future__ import annotations

from sumlint.diagnostics import Severity, Violation
from sumlint.rule import Option, Rule
from sumlint.systemd import directives as table
from sumlint.systemd import values
from sumlint.systemd.model import split_exec

SEARCH_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin"
# Programs a Python deploy runs from its virtualenv: a bare name finds the system's copy.
VENV_PROGRAMS = frozenset({
    "celery", "gunicorn", "uvicorn", "daphne", "hypercorn", "uwsgi", "flower", "python",
    "python3", "pip", "pip3", "django-admin", "manage.py", "wagtail", "huey_consumer", "rq",
    "dramatiq", "waitress-serve", "supervisord"})


class ExecPathNotAbsolute(Rule):
    code = "SUM105"
    name = "exec-path-not-absolute"
    summary = "Command in an Exec*= directive is not an absolute path"
    kinds = frozenset({"systemd"})
    severity = Severity.ERROR
    embedded = True
    options = {
        "report-all-bare-names": Option(False, "Warn about every Exec*= program given without "
                                               "a path, not only virtualenv programs"),
    }

    def check(self, model, ctx):
        report_all = bool(ctx.options.get("report-all-bare-names", False))
        if model.foreign:
            return
        allowed = set(table.sections_for(model.type))
        for directive in model.directives:
            if directive.key not in table.EXEC_KEYS or directive.empty:
                continue
            if directive.section not in allowed:
                continue
            line = split_exec(directive, model.placeholder_re)
            if not line.argv:
                yield Violation(f"`{directive.key}=` has prefixes but no command",
                                directive.value_span)
                continue
            program, span = line.argv[0], line.spans[0]
            if values.is_absolute(program) or _starts_with_placeholder(model, program):
                continue
            key = directive.key
            if program.startswith("$"):
                yield Violation(
                    f"`{key}=` starts with the variable `{program}`: systemd does not expand "
                    "variables in the program path and refuses the line; write the absolute "
                    f"path, or run it through `/bin/sh -c '{program} ...'`", span)
            elif "/" in program:
                yield Violation(
                    f"`{key}=` runs `{program}`, a relative path: systemd refuses it (it does "
                    "not resolve it against WorkingDirectory=); write the absolute path", span)
            elif report_all or program in VENV_PROGRAMS or program.startswith("python3."):
                yield Violation(
                    f"`{key}=` runs `{program}` without a path: systemd looks it up only in "
                    f"{SEARCH_PATH}, not in the virtualenv nor in PATH= from Environment=; "
                    "write the absolute path", span, severity=Severity.WARNING)


def _starts_with_placeholder(model, program: str) -> bool:
    if model.placeholder_re is None:
        return False
    match = model.placeholder_re.match(program)
    return match is not None and match.start() == 0
