"""## What it does
Checks that a unit which needs a required production service (by the service policy: by
default Celery units need Redis, found by the unit's name or by what `ExecStart=` runs,
including a worker started through `/bin/sh -c '${CELERY_BIN} ...'`) both

* orders itself after the service: `After=redis-server.service` (or an alias such as
  `redis.service`), and
* pulls the service in: `Wants=`, `Requires=` or `BindsTo=` naming it,

in `[Unit]`, after drop-ins (`NAME.d/*.conf`) are merged and list resets (`After=` with an
empty value) applied. The message says which half is missing. A commented-out
`# After=redis-server.service` does not count. User units (in a `user/` folder or
installed into `default.target`) are not checked: a user manager cannot depend on system
units.

## Why is this bad?
Without `After=`, systemd starts the worker in parallel with Redis at boot: the worker
races its broker, fails to connect, and either crashes into a restart loop or, worse, starts
with a broken connection pool. Without `Wants=`/`Requires=`, nothing starts Redis for the
worker at all: `After=` alone only orders two jobs that are both already queued. Celery's
own example units order after `network.target` only, and countless projects copy them.

## Example
```ini title=sum-__SITE_SLUG__-celery.service
[Unit]
Description=Celery worker for __SITE_SLUG__
After=network.target

[Service]
Type=simple
User=__DEPLOY_USER__
ExecStart=/srv/__SITE_SLUG__/venv/bin/celery -A config worker --loglevel=INFO

[Install]
WantedBy=multi-user.target
```

## Use instead
```ini title=sum-__SITE_SLUG__-celery.service
[Unit]
Description=Celery worker for __SITE_SLUG__
After=network.target redis-server.service
Wants=redis-server.service

[Service]
Type=simple
User=__DEPLOY_USER__
ExecStart=/srv/__SITE_SLUG__/venv/bin/celery -A config worker --loglevel=INFO

[Install]
WantedBy=multi-user.target
```

## Fix safety
Safe: the fix only adds the missing unit names (the name the unit already uses for the other
half: after `After=redis.service` it adds `Wants=redis.service`, since on Red Hat systems
that is the unit and on Debian it is an alias of `redis-server.service`), appending them to
the last `After=` / `Wants=` line of the unit's `[Unit]` section (or adding such a line after
the section's last directive, or a `[Unit]` section when there is none). Adding an ordering
and a soft dependency never stops a unit from starting. No fix is offered when a drop-in resets the
list after the unit file, since an edit to the file could not take effect.
"""

from __future__ import annotations

from sumlint.diagnostics import Fix, Severity, TextEdit, Violation
from sumlint.rule import Rule
from sumlint.systemd.rulekit import (PULL_KEYS, add_to_list, depends_on, insert_lines,
                                     is_user_unit, label, mentions, section_anchor)


class UnitWithoutRequiredServiceDependency(Rule):
    code = "SUM101"
    name = "unit-without-required-service-dependency"
    summary = "Unit that needs a required service does not order after it and pull it in"
    kinds = frozenset({"systemd"})
    severity = Severity.ERROR
    fixable = True
    embedded = True

    def check(self, model, ctx):
        if model.foreign or model.dropin or model.type != "service":
            return
        if not model.embedded and is_user_unit(model):
            return  # a user manager cannot order after or pull in system units
        for service in ctx.services:
            if not service.units or not depends_on(service, model):
                continue
            yield from self._check_service(model, service)

    def _check_service(self, model, service):
        unit = service.unit
        after = mentions(model, "Unit", ("After",), service)
        pulls = mentions(model, "Unit", PULL_KEYS, service)
        if after and pulls:
            return
        who = label(model)
        prose = service.names[0] if service.names else service.name
        hint = _commented_hint(model, service, after, pulls) or _suffixless_hint(model, service)
        if not after and not pulls:
            message = (f"{who} needs {prose} but neither orders after nor pulls in `{unit}`: "
                       f"add `After={unit}` (else it may start before {prose} is up) and "
                       f"`Wants={unit}` (else nothing starts {prose} for it) under [Unit]{hint}")
            span = section_anchor(model, "Unit")
        elif not after:
            item, span, directive = pulls[0]
            unit = item  # the name the unit already uses (`redis.service`, Debian's alias)
            message = (f"{who} pulls in `{item}` ({directive.key}=) but is not ordered after it: "
                       f"add `After={unit}`, else it may start before {prose} is up{hint}")
            if directive.path is not None:
                span = section_anchor(model, "Unit")
        else:
            item, span, directive = after[0]
            unit = item
            message = (f"{who} is ordered after `{item}` but does not pull it in: add "
                       f"`Wants={unit}` (or `Requires=`/`BindsTo=`), else nothing starts "
                       f"{prose} for it{hint}")
            if directive.path is not None:
                span = section_anchor(model, "Unit")
        yield Violation(message, span, fix=_fix(model, unit, not after, not pulls))


def _suffixless_hint(model, service) -> str:
    for key in ("After", *PULL_KEYS):
        for item, span, _ in model.items("Unit", key):
            if "." not in item and service.is_unit(item):
                return (f" (`{key}={item}` on line {span.line} does not count: without its "
                        "`.service` suffix systemd ignores it)")
    return ""


def _commented_hint(model, service, after, pulls) -> str:
    for comment in model.file.comments:
        key, eq, value = comment.text.partition("=")
        key = key.strip()
        if not eq or key not in ("After", *PULL_KEYS):
            continue
        if (key == "After" and after) or (key != "After" and pulls):
            continue
        if any(service.is_unit(word) for word in value.split()):
            return (f" (the `{key}=` on line {comment.line} is commented out and does not count)")
    return ""


def _fix(model, unit: str, need_after: bool, need_pull: bool) -> Fix | None:
    additions = []
    if need_after:
        additions.append(add_to_list(model, "Unit", "After", [unit]))
    if need_pull:
        additions.append(add_to_list(model, "Unit", "Wants", [unit]))
    if any(a is None for a in additions):
        return None
    edits: list[TextEdit] = [a.edit for a in additions if a.edit is not None]
    new_lines = [a.line_text for a in additions if a.line_text is not None]
    if new_lines:
        edits.append(insert_lines(model, "Unit", new_lines))
    # Two insertions at one place (a merged After= value and a new Wants= line after it)
    # must be one edit, in order.
    merged: list[TextEdit] = []
    for edit in edits:
        if merged and merged[-1].span == edit.span and edit.span.line == edit.span.end_line \
                and edit.span.column == edit.span.end_column:
            merged[-1] = TextEdit(edit.span, merged[-1].new_text + edit.new_text)
        else:
            merged.append(edit)
    edits = merged
    keys = " and ".join(f"`{a.key}={unit}`" for a in additions)
    return Fix(f"Add {keys} to [Unit]", tuple(edits), safe=True)
