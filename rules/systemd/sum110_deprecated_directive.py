"""## What it does
Reports directives and values that systemd documents as deprecated, with what to use
instead (systemd.unit(5), systemd.service(5), systemd.kill(5), systemd.exec(5) and the
"Deprecated Options" of systemd.resource-control(5)):

* old spellings: `BindTo=` (`BindsTo=`), `PropagateReloadTo=` / `PropagateReloadFrom=`
  (`PropagatesReloadTo=` / `ReloadPropagatedFrom=`), `StartLimitInterval=`
  (`StartLimitIntervalSec=`);
* start-limit and failure settings under `[Service]` (`StartLimitInterval=`,
  `StartLimitBurst=`, `StartLimitAction=`, `RebootArgument=`, which belong in `[Unit]` since
  systemd 229, and `FailureAction=`, since 236);
* `RequiresOverridable=` / `RequisiteOverridable=`, which systemd ignores;
* cgroup-v1 settings: `MemoryLimit=` (`MemoryMax=`), `CPUShares=` (`CPUWeight=`),
  `BlockIO*=` (`IO*=`);
* `PermissionsStartOnly=` (use the `+` prefix on the commands that need privileges);
* `KillMode=none`, and `StandardOutput=`/`StandardError=` `syslog` (`journal`).

Directives the table's systemd version no longer knows are SUM103's.

## Why is this bad?
Deprecated settings are removed sooner or later, and some already behave differently:
`MemoryLimit=` and `CPUShares=` are only translated on a host with the unified cgroup
hierarchy (the default on current distributions), and the translation is dropped as soon as
the unit also sets a unified setting (`MemoryLimit=1G` next to `MemoryHigh=800M` limits
nothing), so the limit you think protects the server may not be there. Settings in the wrong section keep working only through a
compatibility shim.

## Example
```ini title=worker.service
[Unit]
Description=Background worker

[Service]
ExecStart=/srv/app/venv/bin/celery -A config worker
MemoryLimit=1G
```

## Use instead
```ini title=worker.service
[Unit]
Description=Background worker

[Service]
ExecStart=/srv/app/venv/bin/celery -A config worker
MemoryMax=1G
```

## Fix safety
Safe where the new spelling means exactly the same: renaming `BindTo=`,
`PropagateReloadTo=`, `PropagateReloadFrom=`, `StartLimitInterval=`; moving the
start-limit settings from `[Service]` to `[Unit]`; `syslog` to `journal` (what systemd
does with it anyway). No fix for the cgroup-v1 settings, whose replacements use other
scales and semantics, nor for `PermissionsStartOnly=` and `KillMode=none`.
"""

from __future__ import annotations

from sumlint.diagnostics import Fix, Severity, Span, TextEdit, Violation
from sumlint.rule import Rule
from sumlint.systemd import directives as table
from sumlint.systemd.rulekit import insert_lines

RENAMED = {"BindTo": "BindsTo", "PropagateReloadTo": "PropagatesReloadTo",
           "PropagateReloadFrom": "ReloadPropagatedFrom",
           "StartLimitInterval": "StartLimitIntervalSec"}
MOVED_TO_UNIT = {"StartLimitInterval": "StartLimitIntervalSec", "StartLimitBurst": "StartLimitBurst",
                 "StartLimitAction": "StartLimitAction", "FailureAction": "FailureAction",
                 "RebootArgument": "RebootArgument"}
# systemd NEWS: StartLimit*= and RebootArgument= moved to [Unit] in 229, FailureAction= in 236.
MOVED_IN = {"FailureAction": 236}
IGNORED = ("RequiresOverridable", "RequisiteOverridable")
CGROUP_V1 = {"MemoryLimit": "MemoryMax", "CPUShares": "CPUWeight",
             "StartupCPUShares": "StartupCPUWeight", "BlockIOAccounting": "IOAccounting",
             "BlockIOWeight": "IOWeight", "StartupBlockIOWeight": "StartupIOWeight",
             "BlockIODeviceWeight": "IODeviceWeight", "BlockIOReadBandwidth": "IOReadBandwidthMax",
             "BlockIOWriteBandwidth": "IOWriteBandwidthMax"}
SYSLOG = {"syslog": "journal", "syslog+console": "journal+console"}
# cgroup-v1 settings whose replacement counts differently (shares 2..262144 around 1024 and
# blkio weights 10..1000 around 500, against weights 1..10000 around 100).
OTHER_SCALE = {"CPUShares", "StartupCPUShares", "BlockIOWeight", "StartupBlockIOWeight",
               "BlockIODeviceWeight"}


class DeprecatedDirective(Rule):
    code = "SUM110"
    name = "deprecated-directive"
    summary = "Deprecated directive or value; systemd documents a replacement"
    kinds = frozenset({"systemd"})
    severity = Severity.WARNING
    fixable = True
    embedded = True

    def check(self, model, ctx):
        if model.foreign:
            return
        allowed = set(table.sections_for(model.type))
        for directive in model.directives:
            section, key, value = directive.section, directive.key, directive.value
            if section not in allowed or table.directive_type(section, key) is None:
                continue
            span = directive.key_span
            if section == "Unit" and key in RENAMED:
                new = RENAMED[key]
                yield Violation(f"`{key}=` is the old spelling of `{new}=`; use `{new}=`", span,
                                fix=Fix(f"Rename to `{new}=`", (TextEdit(span, new),)))
            elif section == "Unit" and key in IGNORED:
                yield Violation(f"`{key}=` was removed in systemd 232 and is ignored; use "
                                f"`{key.removesuffix('Overridable')}=`", span)
            elif section not in ("Unit", "Install") and key in MOVED_TO_UNIT:
                new = MOVED_TO_UNIT[key]
                yield Violation(
                    f"`{key}=` belongs in [Unit]{f' (as `{new}=`)' if new != key else ''} since "
                    f"systemd {MOVED_IN.get(key, 229)}; [{section}] only keeps it for compatibility", span,
                    fix=_move_to_unit(model, directive, new))
            elif key in CGROUP_V1:
                new = CGROUP_V1[key]
                family = ("`MemoryMin=`, `MemoryLow=`, `MemoryHigh=`, `MemoryMax=` or "
                          "`MemorySwapMax=`" if key == "MemoryLimit" else
                          "`CPUWeight=` or `StartupCPUWeight=`" if "CPUShares" in key else
                          "an `IO*=` setting")
                scale = (" (its value uses another scale: see systemd.resource-control(5))"
                         if key in OTHER_SCALE else " (same value)")
                yield Violation(
                    f"`{key}=` is a cgroup-v1 setting, deprecated since systemd 252: on the "
                    f"unified hierarchy (the default) systemd only translates it to `{new}=`, "
                    f"and ignores it as soon as the unit also sets {family}; "
                    f"use `{new}=`{scale}", span)
            elif key == "PermissionsStartOnly":
                yield Violation(
                    "`PermissionsStartOnly=` is deprecated; drop it and prefix the commands that "
                    "need full privileges with `+` (e.g. `ExecStartPre=+/usr/bin/install ...`)", span)
            elif key == "KillMode" and value == "none":
                yield Violation(
                    "`KillMode=none` is deprecated and unsafe: processes survive the stop of the "
                    "service; use `mixed` or `control-group`", directive.value_span)
            elif key in ("StandardOutput", "StandardError") and value in SYSLOG:
                new = SYSLOG[value]
                yield Violation(f"`{key}={value}` is obsolete; systemd reads it as `{new}`: write "
                                f"`{key}={new}`", directive.value_span,
                                fix=Fix(f"Use `{new}`", (TextEdit(directive.value_span, new),)))


def _move_to_unit(model, directive, new_key: str) -> Fix | None:
    if directive.path is not None:
        return None
    if any(d.section == "Unit" and d.key in (new_key, directive.key) for d in model.directives):
        return None  # [Unit] sets it already: which value wins is for a person to decide
    remove = TextEdit(Span(directive.line, 1, directive.end_line + 1, 1), "")
    add = insert_lines(model, "Unit", [f"{new_key}={directive.value}"])
    if add.span.line >= directive.line:
        return None  # keep the edits ordered and apart; rare ([Unit] after [Service])
    return Fix(f"Move to [Unit] as `{new_key}=`", (add, remove))
