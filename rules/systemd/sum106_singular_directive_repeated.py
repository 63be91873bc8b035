"""## What it does
Reports a single-valued directive (`Type=`, `User=`, `Restart=`, `RestartSec=`,
`Description=`, ...) assigned twice in the same section of one file. systemd keeps the
last value and silently drops the earlier one. List-valued directives (`After=`,
`Environment=`, `ExecStartPre=`, ...) accumulate and are never reported, nor are
overrides in drop-ins, which is what drop-ins are for, nor alternatives in a template
(`{% if %} Restart=no {% else %} Restart=always {% endif %}`).

## Why is this bad?
The earlier line reads as if it were in force, but it is not: after an edit to a long unit
(or a merge of two branches) a `User=root` near the top may hide a `User=app` below it, or
the other way round. Whoever reads the unit should see the value systemd uses, once.

## Example
```ini title=web.service
[Unit]
Description=Web app

[Service]
User=app
ExecStart=/srv/app/venv/bin/gunicorn config.wsgi
User=root
```

## Use instead
```ini title=web.service
[Unit]
Description=Web app

[Service]
User=app
ExecStart=/srv/app/venv/bin/gunicorn config.wsgi
```

## Fix safety
Safe: the fix deletes the earlier assignment, which systemd ignores anyway, so what
systemd does is unchanged. Continuation lines of that assignment go with it; comments stay.
"""

from __future__ import annotations

from sumlint.diagnostics import Fix, Severity, Span, TextEdit, Violation
from sumlint.rule import Rule
from sumlint.systemd import directives as table
from sumlint.systemd.rulekit import template_between

SCALAR_TYPES = frozenset({
    "BOOLEAN", "SECONDS", "UNSIGNED", "INTEGER", "NICE", "OOMSCOREADJUST", "SIGNAL", "STRING",
    "LIMIT", "SLICE", "UNIT", "ACTION", "OUTPUT", "INPUT", "TIMEOUTMODE", "KILLMODE", "ACCESS",
    "SERVICETYPE", "SERVICERESTART", "SERVICEEXITTYPE", "MODE"})
SCALAR_KEYS = frozenset({"User", "Group", "WorkingDirectory", "PIDFile", "RootDirectory",
                         "ProtectSystem", "ProtectHome", "BusName", "CPUQuota", "TasksMax",
                         "MemoryLimit", "PrivateUsers", "DynamicUser"})


class SingularDirectiveRepeated(Rule):
    code = "SUM106"
    name = "singular-directive-repeated"
    summary = "Single-valued directive set twice in a section; only the last one counts"
    kinds = frozenset({"systemd"})
    severity = Severity.WARNING
    fixable = True
    embedded = True

    def check(self, model, ctx):
        if model.foreign:
            return
        last: dict[tuple[str, str], object] = {}
        for directive in model.directives:
            if directive.section is None or directive.empty:
                continue
            last[(directive.section, directive.key)] = directive
        for directive in model.directives:
            if directive.section is None or directive.empty:
                continue
            final = last[(directive.section, directive.key)]
            if final is directive or not _singular(directive.section, directive.key):
                continue
            if template_between(model, directive.line, final.line):
                continue  # {% if %} ... {% else %} ...: alternatives, not a repetition
            same = directive.value == final.value
            message = (f"`{directive.key}=` is set again on line {final.line}"
                       + (" to the same value" if same else f" (`{_short(final.value)}`)")
                       + f"; systemd uses the last one, so this `{_short(directive.value)}` has "
                       "no effect: remove it")
            fix = Fix(f"Remove the ineffective `{directive.key}=` line",
                      (TextEdit(Span(directive.line, 1, directive.end_line + 1, 1), ""),))
            yield Violation(message, directive.key_span, fix=fix)


def _singular(section: str, key: str) -> bool:
    if table.list_kind(section, key) != "single":
        return False
    return key in SCALAR_KEYS or table.directive_type(section, key) in SCALAR_TYPES


def _short(value: str, limit: int = 40) -> str:
    return value if len(value) <= limit else value[: limit - 1] + "…"
