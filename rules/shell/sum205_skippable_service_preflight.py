"""## What it does
Reports a service preflight that is skipped when its tool is missing: the preflight runs
only inside `if command -v redis-cli …; then …; fi` (or `which`, `type`, `hash`, or
`command -v redis-cli && …`), and the path taken when the tool is absent only warns or
does nothing instead of stopping the script.

## Why is this bad?
A server without `redis-cli` is exactly the server where Redis was never installed: the
preflight then passes silently and the deploy goes on without the check it was written
for. If the tool is missing, the script should stop and say so.

## Example
```bash title=deploy.sh
#!/bin/bash
set -euo pipefail
if command -v redis-cli >/dev/null; then
  redis-cli ping || exit 1
else
  echo "warning: redis-cli not found, skipping the Redis check" >&2
fi
./venv/bin/python manage.py migrate --noinput
```

## Use instead
```bash title=deploy.sh
#!/bin/bash
set -euo pipefail
command -v redis-cli >/dev/null || { echo "redis-cli is not installed" >&2; exit 1; }
redis-cli ping || exit 1
./venv/bin/python manage.py migrate --noinput
```
"""

from __future__ import annotations

from sumlint.diagnostics import Severity, Violation
from sumlint.rule import Rule
from sumlint.shell import preflight as pf


class SkippableServicePreflight(Rule):
    code = "SUM205"
    name = "skippable-service-preflight"
    summary = "Service preflight is skipped with only a warning when its tool is missing"
    kinds = frozenset({"shell"})
    severity = Severity.WARNING
    embedded = False

    def check(self, model, ctx):
        if ctx.embedded:
            return
        seen = set()
        for service in ctx.services:
            if not service.preflight:
                continue
            program = pf.program_of(service.preflight[0])
            for entry in pf.preflight_entries(model, service):
                for block in entry.blocks:
                    guard = pf.guard_of(model, block, program)
                    if guard is None or guard.alternative_stops or id(guard.owner) in seen:
                        continue
                    seen.add(id(guard.owner))
                    name = service.names[0] if service.names else service.name
                    yield Violation(
                        f"the {name} preflight `{pf.label(entry.node)}` ({pf.at(entry.node)}) is "
                        f"skipped when `{program}` is not installed, and the script goes on: make the "
                        f"missing tool an error (`command -v {program} >/dev/null || exit 1`)",
                        guard.lookup.span if guard.lookup.origin is None else pf.site(entry))
