"""## What it does
Reports the service settings that make systemd refuse to load the unit at all ("bad unit
file setting"), checked after drop-ins are merged:

* no `ExecStart=` and no `ExecStop=` (nor `SuccessAction=`): nothing to run;
* no `ExecStart=` in a service whose `Type=` is not `oneshot`;
* more than one `ExecStart=` in a service whose `Type=` is not `oneshot`;
* `Restart=always` or `Restart=on-success` with `Type=oneshot`.

A drop-in that adds a second `ExecStart=` without resetting the list first (an empty
`ExecStart=` line) is reported on the unit's own `ExecStart=`, with the drop-in as related
location. Not reported: an empty (0-byte) unit file, which is how systemd masks a unit; a
`Type=` that is a placeholder; and, in unit blocks in runbooks (which often show only part
of a unit), a missing `ExecStart=`.

## Why is this bad?
systemd does not start such a service: `systemctl start` fails with "Unit ... has a bad
unit file setting", and the reason is only in the journal. A second `ExecStart=` often
comes from a copy-paste where the author meant to replace the first (an empty
`ExecStart=` line resets the list, which is how a drop-in replaces the command).

## Example
```ini title=worker.service
[Unit]
Description=Background worker

[Service]
Type=simple
ExecStart=/srv/app/venv/bin/python manage.py migrate
ExecStart=/srv/app/venv/bin/celery -A config worker
```

## Use instead
```ini title=worker.service
[Unit]
Description=Background worker

[Service]
Type=simple
ExecStartPre=/srv/app/venv/bin/python manage.py migrate
ExecStart=/srv/app/venv/bin/celery -A config worker
```
"""

from __future__ import annotations

from sumlint.diagnostics import Related, Severity, Violation
from sumlint.rule import Rule
from sumlint.systemd.rulekit import label, section_anchor, template_between


class ServiceSettingsSystemdRefuses(Rule):
    code = "SUM109"
    name = "service-settings-systemd-refuses"
    summary = "Service settings that make systemd refuse to load the unit"
    kinds = frozenset({"systemd"})
    severity = Severity.ERROR
    embedded = True

    def check(self, model, ctx):
        if model.foreign or model.dropin or model.type != "service" or model.masked:
            return  # an empty unit file is a mask (systemd.unit(5)), not a broken unit
        types = model.items("Service", "Type")
        type_value = types[-1][0] if types else None
        if type_value is not None and model.has_placeholder(type_value):
            return
        starts = [d for d in model.effective("Service", "ExecStart") if not d.empty]
        stops = [d for d in model.effective("Service", "ExecStop") if not d.empty]
        success = model.items("Unit", "SuccessAction")
        if type_value is None:
            bus = model.items("Service", "BusName")
            type_value = "simple" if starts else ("dbus" if bus else "oneshot")
            said = f"no `Type=` (so `Type={type_value}`)"
        else:
            said = f"`Type={type_value}`"
        anchor = types[-1][1] if types and types[-1][2].path is None else section_anchor(model, "Service")
        if not starts and not ctx.embedded:
            if not stops and not (success and success[-1][0] not in ("", "none")):
                yield Violation(f"{label(model)} has no `ExecStart=` (nor `ExecStop=`): systemd "
                                "refuses to load it (\"Service has no ExecStart=, ExecStop=, or "
                                "SuccessAction=\"); add the command to run", anchor)
            elif type_value != "oneshot":
                yield Violation(f"{label(model)} has no `ExecStart=` with {said}: only "
                                "`Type=oneshot` services may omit it, and systemd refuses to "
                                "load this one", anchor)
        if len(starts) > 1 and type_value != "oneshot":
            second = next((d for d in starts[1:] if d.path is None), None)
            if second is not None and template_between(model, starts[0].line, second.line):
                pass  # {% if %} ... {% else %} ...: alternatives in a template
            elif second is not None:
                yield Violation(
                    f"second `ExecStart=` (the first is on line {starts[0].line}) with {said}: "
                    "only `Type=oneshot` services may have several, and systemd refuses to load "
                    "this one; use `ExecStartPre=` for preparation steps, or an empty `ExecStart=` "
                    "line to replace the command", second.key_span)
            elif starts[0].path is None:
                dropin = next(d for d in starts[1:] if d.path is not None)
                yield Violation(
                    f"the drop-in `{dropin.path.name}` adds a second `ExecStart=` with {said}, and "
                    "systemd refuses to load the unit: a drop-in that replaces the command must "
                    "reset the list first with an empty `ExecStart=` line", starts[0].key_span,
                    related=(Related(str(dropin.path), dropin.key_span,
                                     "the second ExecStart= (no `ExecStart=` reset before it)"),))
        if type_value == "oneshot":
            restarts = model.items("Service", "Restart")
            if restarts and restarts[-1][0] in ("always", "on-success") and restarts[-1][2].path is None:
                yield Violation(
                    f"`Restart={restarts[-1][0]}` with {said}: systemd refuses to load it "
                    "(a oneshot service that succeeded would be restarted forever); use "
                    "`Restart=on-failure`, or another `Type=`", restarts[-1][1])
