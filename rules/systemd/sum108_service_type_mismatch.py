"""## What it does
Checks `Type=` against what `ExecStart=` runs:

* `Type=forking` with a program that stays in the foreground (a Celery `worker`, `beat` or
  `flower` without `--detach`, `gunicorn` without `--daemon`, `uvicorn`, `daphne`,
  `hypercorn`, `manage.py runserver`, `uwsgi` without `--daemonize`);
* `Type=simple`, `exec`, `idle` or `notify` (or no `Type=`, which means `simple`) with a
  program that forks into the background and exits (`celery multi start`, `--detach`,
  `gunicorn --daemon`, `uwsgi --daemonize`);
* `Type=oneshot` with a long-running server (the start never completes), or with a program
  that forks into the background without `RemainAfterExit=yes`;
* `Type=notify` with Celery, which never sends systemd the `READY=1` notification.

With `RemainAfterExit=yes`, a program that forks into the background is accepted with
any `Type=`: the unit stays active and the daemon is left alone.

Commands run through `/bin/sh -c '...'` are looked into.

## Why is this bad?
With `Type=forking` systemd waits for the started process to exit, leaving a child behind:
a foreground worker never does, so the start hangs until `TimeoutStartSec=` and systemd
kills it. With `Type=simple` it is the other way round: the process that forks and exits
looks like a service that stopped, and systemd cleans up the daemon it left behind (or
restarts it in a loop with `Restart=always`). `Type=notify` waits for a notification the
program never sends, and times out.

## Example
```ini title=worker.service
[Unit]
Description=Background worker

[Service]
Type=forking
ExecStart=/srv/app/venv/bin/celery -A config worker --loglevel=INFO
```

## Use instead
```ini title=worker.service
[Unit]
Description=Background worker

[Service]
Type=simple
ExecStart=/srv/app/venv/bin/celery -A config worker --loglevel=INFO
```
"""

from __future__ import annotations

from sumlint.diagnostics import Severity, Violation
from sumlint.rule import Rule
from sumlint.systemd.model import split_words

FOREGROUND_TYPES = ("simple", "exec", "idle", "notify", "notify-reload")
CELERY_FOREGROUND = ("worker", "beat", "flower", "events")


def _base(word: str) -> str:
    return word.rsplit("/", 1)[-1]


def analyse(argv: list[str]) -> tuple[str, str, int] | None:
    """What a command line does: ("foreground"|"background", what, word index), or None
    when unknown. Looks into ``sh -c '...'``."""
    if len(argv) >= 3 and _base(argv[0]) in ("sh", "bash", "dash") and argv[1] == "-c":
        inner = [w for w, _, _ in split_words(argv[2])]
        found = analyse(inner)
        return (found[0], found[1], 2) if found else None
    words = [_base(w) if i == 0 else w for i, w in enumerate(argv)]
    for i, word in enumerate(words):
        base = _base(word).lower()
        rest = words[i + 1:]
        if "celery" in base and not base.startswith("-"):
            detached = "--detach" in rest or any(w.startswith("--detach=") for w in rest)
            if "multi" in rest:
                sub = rest[rest.index("multi") + 1: rest.index("multi") + 2]
                if sub and sub[0] in ("start", "restart"):
                    return "background", "`celery multi start` (it starts the nodes and exits)", i
                return None
            for sub in CELERY_FOREGROUND:
                if sub in rest:
                    if detached:
                        return "background", f"`celery {sub} --detach`", i
                    return "foreground", f"`celery {sub}` (it stays in the foreground)", i
            return None
        if base == "gunicorn":
            if "--daemon" in rest or "-D" in rest:
                return "background", "`gunicorn --daemon`", i
            return "foreground", "`gunicorn` (it stays in the foreground without --daemon)", i
        if base in ("uvicorn", "daphne", "hypercorn"):
            return "foreground", f"`{base}` (it always stays in the foreground)", i
        if base in ("uwsgi",):
            if any(w.startswith("--daemonize") for w in rest) or "-d" in rest:
                return "background", "`uwsgi --daemonize`", i
            return "foreground", "`uwsgi` (it stays in the foreground without --daemonize)", i
        if base == "manage.py" and "runserver" in rest:
            return "foreground", "`manage.py runserver`", i
    return None


def _remains(model) -> bool:
    remain = model.items("Service", "RemainAfterExit")
    return bool(remain) and remain[-1][0].lower() in ("1", "yes", "y", "true", "t", "on")


class ServiceTypeMismatch(Rule):
    code = "SUM108"
    name = "service-type-mismatch"
    summary = "Service Type= does not match how the ExecStart= program runs"
    kinds = frozenset({"systemd"})
    severity = Severity.ERROR
    embedded = True

    def check(self, model, ctx):
        if model.foreign or model.dropin or model.type != "service":
            return
        starts = [e for e in model.exec_lines if e.key == "ExecStart"]
        if len(starts) != 1 or not starts[0].argv:
            return
        start = starts[0]
        found = analyse(start.argv)
        if found is None:
            return
        mode, what, index = found
        types = model.items("Service", "Type")
        type_value = types[-1][0] if types else ""
        type_span = types[-1][1] if types else None
        own_type = types and types[-1][2].path is None
        if model.has_placeholder(type_value):
            return
        word_span = start.spans[min(index, len(start.spans) - 1)]
        if start.directive.path is not None:
            return
        if type_value == "forking" and mode == "foreground":
            yield Violation(
                f"`Type=forking` but ExecStart= runs {what}: systemd waits for the process to "
                "fork and exit, which it never does, and kills it after TimeoutStartSec=; use "
                "`Type=simple` (or `exec`)", type_span if own_type else word_span)
        elif type_value == "oneshot" and mode == "foreground":
            yield Violation(
                f"`Type=oneshot` but ExecStart= runs {what}, a long-running server: systemd waits "
                "for it to exit before the unit counts as started, so the start never finishes "
                "(and units ordered after it never start); use `Type=simple` (or `exec`)",
                type_span if own_type else word_span)
        elif mode == "background" and _remains(model):
            return  # RemainAfterExit=yes keeps the unit (and the daemon's processes) up
        elif type_value == "oneshot" and mode == "background":
            yield Violation(
                f"`Type=oneshot` but ExecStart= runs {what}, without `RemainAfterExit=yes`: once "
                "the command exits the unit is inactive and systemd stops the daemon it left "
                "behind; use `Type=forking` with `PIDFile=`, or add `RemainAfterExit=yes`",
                type_span if own_type else word_span)
        elif (type_value in FOREGROUND_TYPES or not type_value) and mode == "background":
            said = f"`Type={type_value}`" if type_value else "no `Type=` (so `Type=simple`)"
            yield Violation(
                f"{said} but ExecStart= runs {what}: the started process exits at once, so "
                "systemd takes the service for stopped and cleans up the daemon it left behind; "
                "use `Type=forking` with `PIDFile=`, or run the program in the foreground",
                type_span if (type_value and own_type) else word_span)
        elif type_value in ("notify", "notify-reload") and mode == "foreground" and "celery" in what:
            yield Violation(
                f"`Type={type_value}` but ExecStart= runs {what}, and Celery never sends "
                "READY=1 to systemd: the start times out after TimeoutStartSec=; use "
                "`Type=simple` (or `exec`)", type_span if own_type else word_span)
