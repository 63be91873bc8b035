"""## What it does
Checks the env example (`.env.example`, `.env.sample`, ...) against the required services
of the policy (by default Redis, variable `REDIS_URL`):

* the service's variable is present but commented out (`# REDIS_URL=...`) or empty
  (`REDIS_URL=`);
* a switch that turns the service off is set that way (`USE_REDIS=false`, `DISABLE_REDIS=1`,
  `REDIS_ENABLED=0`; also one named for its role, `ENABLE_REDIS_CACHE=false`,
  `USE_REDIS_SESSIONS=0`, but not a setting of it, `ENABLE_REDIS_TLS=false`), or one that lets
  the software start without it (`REDIS_OPTIONAL=true`, `REDIS_REQUIRED=false`);
* a URL for the service (the service's variable, or any value with one of its URL schemes
  such as `redis://`) points at a host that is not the loopback interface
  (`127.0.0.1`, `localhost`, `::1`), a unix socket, or one of the policy's `hosts` (a team
  that runs Redis as a Docker Compose service sets `hosts = ["redis"]`; a managed instance,
  `hosts = ["*.cache.amazonaws.com"]`).

Values with placeholders (`__REDIS_HOST__`, `${HOST}`) are not judged.

## Why is this bad?
The golden path provisions the service on the same machine and only there: it listens on
the loopback interface. An operator who copies an env example with the service's variable
commented out gets settings that fall back to something else (or fail); one that points at
another host sends cache and broker traffic to a machine the deployment does not manage.

## Example
```ini title=.env.example
DJANGO_SECRET_KEY=change-me
# REDIS_URL=redis://127.0.0.1:6379/0
```

## Use instead
```ini title=.env.example
DJANGO_SECRET_KEY=change-me
REDIS_URL=redis://127.0.0.1:6379/0
```

## Fix safety
For a commented-out variable with a value, the fix removes the comment marker. It is unsafe:
the commented value may be an example the author meant to keep inactive.
"""

from __future__ import annotations

from typing import Iterable
from urllib.parse import urlsplit

from sumlint.diagnostics import Fix, Severity, Span, TextEdit, Violation
from sumlint.rule import Rule, RuleContext
from sumlint.settings.projectfacts import has_template_marks, is_loopback


class EnvExampleDisablesRequiredService(Rule):
    code = "SUM403"
    name = "env-example-disables-required-service"
    summary = "Env example comments out, empties, switches off or moves off-host a required service"
    kinds = frozenset({"env"})
    severity = Severity.WARNING
    fixable = True

    def check(self, model, ctx: RuleContext) -> Iterable[Violation]:
        placeholder_re = getattr(ctx.config, "placeholder_re", None)
        for service in ctx.services:
            label = service.names[0] if service.names else service.name
            for var in service.env:
                entry = model.get(var)
                if entry is None or model.active(var) is not None and not model.active(var).empty:
                    continue
                active = model.active(var)
                if active is not None and active.empty:
                    yield Violation(
                        f"{var} is empty, so the settings get no {label} URL; production requires "
                        f"{label}: set it, e.g. `{var}={_example(service)}`", active.name_span)
                    continue
                fix = None
                if not entry.empty and entry.marker_span is not None:
                    fix = Fix(f"uncomment {var}", (TextEdit(entry.marker_span, ""),), safe=False)
                yield Violation(
                    f"{var} is commented out, so the settings get no {label} URL; production requires "
                    f"{label}: uncomment it" + ("" if not entry.empty else f" and set it, e.g. "
                                                f"`{var}={_example(service)}`"),
                    entry.name_span, fix=fix)
            switch = service.switch_off_pattern()
            for entry in model.entries:
                if entry.commented or entry.empty or entry.value_span.line != entry.value_span.end_line:
                    continue
                value = entry.value.strip()
                if switch is not None and switch.fullmatch(f"{entry.name}={value}".lower()):
                    yield Violation(
                        f"{entry.name}={value} turns {label} off, but production requires {label}: "
                        "set it so the service is used", entry.value_span)
                    continue
                scheme = urlsplit(value).scheme if "://" in value else ""
                if entry.name not in service.env and (not scheme or scheme not in service.url_schemes):
                    continue
                if not scheme or scheme == "unix" or has_template_marks(value, placeholder_re):
                    continue
                try:
                    host = urlsplit(value).hostname
                except ValueError:
                    continue
                if is_loopback(host) or service.allows_host(host):
                    continue
                offset = entry.raw_value.lower().find(host) if host else -1
                if offset == -1:
                    span = entry.value_span
                else:
                    column = entry.value_span.column + offset
                    span = Span(entry.line, column, entry.line, column + len(host))
                yield Violation(
                    f"{entry.name} points {label} at `{host}`, but the deployment runs {label} on this "
                    f"machine: use 127.0.0.1 (or localhost), or add `{host}` to the policy's `hosts` "
                    f"([tool.sumlint.services.{service.name}]) if {label} runs there", span)


def _example(service) -> str:
    scheme = service.url_schemes[0] if service.url_schemes else service.name
    port = f":{service.port}" if service.port else ""
    return f"{scheme}://127.0.0.1{port}/0"
