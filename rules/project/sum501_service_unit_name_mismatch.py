"""## What it does
Checks that every file names a required service's systemd unit the same way: the units'
`After=`/`Wants=`/`Requires=`/`BindsTo=`, the units the provisioning script enables,
starts or restarts (`systemctl enable --now redis-server`), and the units the runbook names (in prose,
code spans and shell blocks). A unit name and its aliases from the policy count as the same
unit (Debian's `redis-server.service` is also `redis.service`); a variant such as
`redis6.service` or an instance `redis-server@main.service` is a different unit.

The reference is the policy's unit when any file uses it (or an alias), else the unit the
provisioning script enables. Each other name is reported, naming the file and line that
uses the reference.

## Why is this bad?
systemd only orders and starts units by exact name. A worker ordered `After=redis6.service`
while provisioning enables `redis-server.service` is ordered after nothing: at boot it races
Redis. An operator following a runbook that enables another name gets `Unit ... not found`.

## Example
```ini title=deploy/systemd/celery.service
[Unit]
After=redis6.service
Wants=redis6.service

[Service]
ExecStart=/srv/app/venv/bin/celery -A proj worker
```
```markdown title=docs/runbook.md
# Provisioning

Install Redis and enable it: `systemctl enable --now redis-server.service`.
```

## Use instead
```ini title=deploy/systemd/celery.service
[Unit]
After=redis.service
Wants=redis.service

[Service]
ExecStart=/srv/app/venv/bin/celery -A proj worker
```
```markdown title=docs/runbook.md
# Provisioning

Install Redis and enable it: `systemctl enable --now redis-server.service`.
```
"""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable

from sumlint.diagnostics import Severity, Violation
from sumlint.rule import ProjectRule, RuleContext
from sumlint.settings.projectfacts import (UNIT_KEYS, Located, canonical_unit, locate, names_service,
                                           where)


class ServiceUnitNameMismatch(ProjectRule):
    code = "SUM501"
    name = "service-unit-name-mismatch"
    summary = "Files name a required service's systemd unit differently"
    kinds = frozenset({"systemd", "shell", "markdown"})
    severity = Severity.ERROR

    def check_project(self, project, ctx: RuleContext) -> Iterable[Violation]:
        for service in ctx.services:
            if not service.units:
                continue  # no unit to name: nothing to agree on
            mentions = list(self._mentions(project, service))
            groups: dict[str, list[tuple[Located, str, str, str, str]]] = defaultdict(list)
            for mention in mentions:
                groups[canonical_unit(mention[1], service)].append(mention)
            if len(groups) < 2:
                continue
            if service.unit in groups:
                reference = service.unit
            else:
                enabled = [canonical_unit(m[1], service) for m in mentions if m[4] == "enables"]
                reference = enabled[0] if enabled else max(sorted(groups), key=lambda k: len(groups[k]))
            ref_mentions = groups[reference]
            aliases = [u for u in service.units if u != reference] if reference == service.unit else []
            also = f" (or its alias {', '.join(aliases)})" if aliases else ""
            label = service.names[0] if service.names else service.name
            for canonical, items in sorted(groups.items()):
                if canonical == reference:
                    continue
                for located, name, phrase, _, _ in items:
                    others = [m for m in ref_mentions if m[0].path != located.path] or ref_mentions
                    unique: dict[tuple, tuple] = {}
                    for m in others:
                        unique.setdefault((m[0].path, m[0].span), m)
                    others = list(unique.values())
                    ref_loc, _, _, ref_phrase, _ = others[0]
                    yield Violation(
                        f"{phrase}, but {where(project, ref_loc)} {ref_phrase}: name {label}'s unit "
                        f"`{reference}`{also} everywhere",
                        located.span, path=located.path,
                        related=tuple(m[0].related(m[3]) for m in others[:3]))

    def _mentions(self, project, service) -> Iterable[tuple[Located, str, str, str, str]]:
        """(where, unit name, phrase about itself, phrase as the reference, verb) for every
        mention of the service's unit."""
        for ff in project.of_kind("systemd"):
            unit = ff.data.get("sections", {}).get("Unit", {})
            origins = ff.data.get("origins", {}).get("Unit", {})
            for key in UNIT_KEYS:
                for index, item in enumerate(unit.get(key, ())):
                    value, span = item[0], item[1]
                    if not isinstance(value, str) or not names_service(value, service):
                        continue
                    origin = origins.get(key, [])
                    path = origin[index] if index < len(origin) else None
                    located = locate(ff, span, str(project.root / path) if path else None)
                    yield (located, value, f"this unit's {key}= names `{value}`",
                           f"names `{value}` in {key}=", "names")
        for ff in project.of_kind("shell"):
            subject = "this runbook's shell block" if ff.embedded else "this script"
            for field, verb in (("units_enabled", "enables"), ("units_started", "starts"),
                                ("units_restarted", "restarts")):
                for value, span in ff.data.get(field, ()):
                    if isinstance(value, str) and names_service(value, service):
                        yield (locate(ff, span), value, f"{subject} {verb} `{value}`",
                               f"{verb} `{value}`", verb)
        for ff in project.of_kind("markdown", embedded=False):
            for value, span in ff.data.get("units", ()):
                if isinstance(value, str) and names_service(value, service):
                    yield (locate(ff, span), value, f"the runbook names `{value}`",
                           f"names `{value}`", "names")
