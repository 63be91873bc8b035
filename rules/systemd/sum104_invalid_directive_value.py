"""## What it does
Checks that each directive's value parses for its type, the way systemd's own parsers
read it: booleans (`yes`/`no`, `true`/`false`, `on`/`off`, `1`/`0`), time spans
(`RestartSec=5s`, `TimeoutStartSec=1min 30s`, `infinity`), enumerations (`Type=`,
`Restart=`, `KillMode=`, `NotifyAccess=`, `StandardOutput=`, job modes, failure actions),
signals (`KillSignal=SIGTERM`), nice levels, octal modes (`UMask=0027`), integers, unit names
in dependency lists (`After=redis` lacks its `.service` suffix) and in `[Install]`
(`WantedBy=multi-user` lacks `.target`, an `Alias=` of another type), `Environment=`
assignments (`NAME=value`, quoted when the value has blanks), slices, and absolute paths
where systemd requires them (`WorkingDirectory=`, `EnvironmentFile=`, `Where=`, ...), and
`%`-specifiers: `%z` is not one, so systemd cannot resolve the value (for `Exec*=`,
`WorkingDirectory=`, `User=` it then refuses to start the unit); write `%%` for a percent
sign.

Placeholders (`__DEPLOY_USER__`, `{{ timeout }}`, `@PORT@`) are opaque and satisfy every
type; `%`-specifiers are accepted where systemd expands them (unit names, paths).

## Why is this bad?
systemd logs "Failed to parse ..., ignoring" and drops the line, so `Restart=on-fail`
means no restart at all and `After=redis` orders after nothing. `systemd-analyze verify`
would tell you, but it refuses to look at a unit template whose binaries do not exist yet.

## Example
```ini title=worker.service
[Unit]
Description=Background worker

[Service]
ExecStart=/srv/app/venv/bin/celery -A config worker
Restart=on-fail
RestartSec=5 seconds later
```

## Use instead
```ini title=worker.service
[Unit]
Description=Background worker

[Service]
ExecStart=/srv/app/venv/bin/celery -A config worker
Restart=on-failure
RestartSec=5s
```

## Fix safety
Only a unit named without its type suffix gets a fix: `.service` for a dependency
(`After=redis`), `.target` for `WantedBy=`/`RequiredBy=`. It is unsafe: systemd ignored
the name so far, and the fix makes it take effect.
"""

from __future__ import annotations

import re

from sumlint.diagnostics import Fix, Severity, TextEdit, Violation
from sumlint.rule import Rule
from sumlint.systemd import directives as table
from sumlint.systemd import values
from sumlint.systemd.model import split_words
from sumlint.systemd.rulekit import trailing_comment

LIST_UNIT_TYPES = ("UNIT [...]",)
# Types parsed strictly (a `%` there is just a bad value); elsewhere systemd resolves
# %-specifiers first, and an unknown one makes it drop the line.
STRICT_TYPES = frozenset({"BOOLEAN", "SECONDS", "SERVICETYPE", "SERVICERESTART",
                          "SERVICEEXITTYPE", "KILLMODE", "ACCESS", "TIMEOUTMODE", "ACTION",
                          "MODE", "UNSIGNED", "INTEGER", "NICE", "OOMSCOREADJUST", "SIGNAL",
                          "OUTPUT", "INPUT", "TIMER", "LIMIT", "WEIGHT", "CPUWEIGHT", "SHARES",
                          "NANOSECONDS", "SIZE", "LONG", "LEVEL", "FACILITY", "IOCLASS",
                          "IOPRIORITY", "CPUSCHEDPOLICY", "CPUSCHEDPRIO", "SECUREBITS",
                          "PERSONALITY", "POLICY", "ERRNO", "TOS"})
# Directives where an unresolvable specifier is fatal: systemd does not start the unit.
FATAL_SPECIFIER_KEYS = frozenset({"WorkingDirectory", "User", "Group", "RootDirectory"})
INSTALL_UNIT_KEYS = ("WantedBy", "RequiredBy", "Also", "Alias")
ENV_NAME_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


class InvalidDirectiveValue(Rule):
    code = "SUM104"
    name = "invalid-directive-value"
    summary = "Directive value does not parse for its type; systemd ignores the line"
    kinds = frozenset({"systemd"})
    severity = Severity.ERROR
    fixable = True
    embedded = True

    def check(self, model, ctx):
        if model.foreign:
            return
        allowed = set(table.sections_for(model.type))
        for directive in model.directives:
            section, key = directive.section, directive.key
            if section not in allowed or directive.empty:
                continue
            value_type = table.directive_type(section, key)
            if value_type is None or trailing_comment(key, directive.value, value_type) is not None:
                continue  # unknown (SUM103) or a trailing comment (SUM107 explains it)
            if value_type not in STRICT_TYPES:
                bad = _unknown_specifier(model, directive)
                if bad is not None:
                    yield bad
                    continue
            if value_type in LIST_UNIT_TYPES:
                for item, span in directive.items(model.placeholder_re):
                    if model.has_placeholder(item):
                        continue
                    problem = values.unit_name_problem(item)
                    if problem:
                        fix = None
                        if "." not in item:
                            fix = Fix(f"Use `{item}.service`", (TextEdit(span, item + ".service"),),
                                      safe=False)
                        yield Violation(f"`{key}=`: {problem}; systemd ignores this dependency",
                                        span, fix=fix)
                continue
            if key in INSTALL_UNIT_KEYS and section == "Install":
                yield from _install_names(model, directive)
                continue
            if value_type == "ENVIRON":
                yield from _environment(model, directive)
                continue
            value = directive.value
            if model.has_placeholder(value):
                continue
            problem = values.problem(section, key, value_type, value)
            if problem is None:
                problem = _path_problem(key, value)
            if problem:
                tail = "" if "fatal error" in problem else "; systemd ignores this line"
                yield Violation(f"`{key}=`: {problem}{tail}", directive.value_span)


def _path_problem(key: str, value: str) -> str | None:
    if key == "WorkingDirectory":
        path = value[1:] if value.startswith("-") else value
        if path == "~" or values.is_absolute(path):
            return None
        if not value.startswith("-"):
            return (f"`{value}` is not an absolute path (nor `~` alone), and systemd refuses to "
                    "start the unit (\"fatal error\"); this is not just an ignored line")
        return f"`{value}` is not an absolute path (nor `~` alone)"
    if key == "EnvironmentFile":
        path = value[1:] if value.startswith("-") else value
        if values.is_absolute(path):
            return None
        return f"`{value}` is not an absolute path (a leading `-` makes the file optional)"
    return None


def _install_names(model, directive):
    key = directive.key
    for item, span in directive.items(model.placeholder_re):
        if model.has_placeholder(item):
            continue
        problem = values.unit_name_problem(item)
        if problem:
            fix = None
            if "." not in item and key in ("WantedBy", "RequiredBy"):
                fix = Fix(f"Use `{item}.target`", (TextEdit(span, item + ".target"),), safe=False)
            yield Violation(f"`{key}=`: {problem}; `systemctl enable` fails on it", span, fix=fix)
        elif key == "Alias" and model.type and not item.endswith("." + model.type):
            yield Violation(f"`Alias={item}` must have the unit's own type suffix `.{model.type}`; "
                            "`systemctl enable` refuses it", span)


def _environment(model, directive):
    value = directive.value
    for word, start, end in split_words(value, model.placeholder_re):
        if model.has_placeholder(word):
            continue
        name, eq, _ = word.partition("=")
        if eq and ENV_NAME_RE.match(name):
            continue
        span = directive.span_of(start, end)
        what = "has no `=`" if not eq else f"has the invalid variable name `{name}`"
        yield Violation(f"`Environment=`: `{word}` {what} (expected `NAME=value`; quote "
                        "values with blanks: `\"NAME=a b\"`); systemd ignores it", span)


def _unknown_specifier(model, directive):
    value = directive.value
    if "%" not in value:
        return None
    masked = _mask(model, value) if model.has_placeholder(value) else value
    for offset, letter in values.specifiers(masked):
        if letter in values.SPECIFIER_LETTERS:
            continue
        key = directive.key
        fatal = (key.startswith("Exec") or key in FATAL_SPECIFIER_KEYS
                 or table.directive_type(directive.section, key) == "PATH [...]")
        effect = ("systemd cannot resolve it and refuses to start the unit" if fatal
                  else "systemd cannot resolve it and ignores the line")
        return Violation(f"`{key}=`: `%{letter}` is not a systemd specifier: {effect}; write "
                         "`%%` for a literal percent sign", directive.span_of(offset, offset + 2))
    return None


def _mask(model, value: str) -> str:
    """``value`` with every placeholder replaced by as many `x` (same offsets)."""
    return model.placeholder_re.sub(lambda m: "x" * len(m.group(0)), value)
