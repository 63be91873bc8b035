"""## What it does
Checks that production settings use each required service of the policy (by default Redis)
where the policy says they must:

* the `default` cache uses one of the service's cache backends
  (`django.core.cache.backends.redis.RedisCache`, `django_redis.cache.RedisCache`);
* its `LOCATION` is read from the service's URL variable (`REDIS_URL`, or a prefixed
  `BLOG_REDIS_URL`), not hard-coded and not read from another variable (one whose default is
  the service's URL, `os.environ.get("CACHE_URL", "redis://127.0.0.1:6379/0")`, counts);
* the Celery broker (`CELERY_BROKER_URL`, followed through defaults such as
  `os.environ.get("CELERY_BROKER_URL", REDIS_URL)`) does not resolve to another transport
  when Celery depends on the service.

Only production settings are checked (see `production-settings`); settings merged in with
`from .base import *` count, and a finding in a base module is reported at the import
that brings it in. When `CACHES` or the broker is computed (`CACHES = build_caches()`), the
rule says so at info level instead of guessing; an f-string that spells out its scheme
(`f"redis://{REDIS_HOST}:6379/1"`) is a URL of that scheme, so such a broker uses Redis (and an
`f"amqp://…"` one does not), and such a cache LOCATION is named as a redis:// URL not read from
`REDIS_URL` (info).

## Why is this bad?
The deployment provisions Redis for production and the units order Celery after it; settings
that keep the local-memory cache (each gunicorn worker with its own cache, sessions lost on
restart) or a broker on another transport run a different system from the one provisioned
and monitored. A location hard-coded in settings also ignores the `REDIS_URL` the operator sets.

## Example
```python title=mysite/settings/production.py
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    }
}
```

## Use instead
```python title=mysite/settings/production.py
import os

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": os.environ["REDIS_URL"],
    }
}
```

## Options
- `production-settings` (list of globs, default `["**/settings/production.py",
  "**/settings/prod.py", "**/settings/live.py", "settings_production.py", "settings_prod.py",
  "settings.py"]`): which settings files are production settings, matched against the path
  relative to the project root. A `settings.py` next to a more specific production file
  (`settings_production.py`, `settings/production.py`) is not production. Shared by the
  settings rules.
"""

from __future__ import annotations

from typing import Iterable
from urllib.parse import urlsplit

from sumlint.diagnostics import Related, Severity, Span, Violation
from sumlint.rule import Option, Rule, RuleContext
from sumlint.settings.frontend import DEFAULT_PRODUCTION


def _label(service) -> str:
    return service.names[0] if service.names else service.name


def _service_var(service, names) -> bool:
    """A variable of the service: its own (`REDIS_URL`) or a prefixed one a project keeps
    its settings under (`BLOG_REDIS_URL`, `DJANGO_REDIS_URL`)."""
    return any(n == v or n.endswith("_" + v) for n in names for v in service.env)


def _service_default(service, resolved) -> bool:
    """Read from a variable whose default is the service's URL
    (`os.environ.get("CACHE_URL", "redis://127.0.0.1:6379/0")`)."""
    const = resolved.const if isinstance(resolved.const, str) else ""
    return bool(resolved.vars) and "://" in const and urlsplit(const).scheme in service.url_schemes


def _short(backend: str) -> str:
    return backend.rsplit(".", 1)[-1] if backend else backend


class ProductionSettingsBypassRequiredService(Rule):
    code = "SUM401"
    name = "production-settings-bypass-required-service"
    summary = "Production cache or Celery broker does not use the required service"
    kinds = frozenset({"settings"})
    severity = Severity.ERROR
    options = {
        "production-settings": Option(list(DEFAULT_PRODUCTION),
                                      "globs of the production settings files (relative to the root)"),
    }

    def check(self, model, ctx: RuleContext) -> Iterable[Violation]:
        if not getattr(model, "production", False) or not getattr(model, "parsed", False):
            return
        for service in ctx.services:
            if service.cache_backends:
                yield from self._cache(model, service)
            if service.depends("celery"):
                yield from self._broker(model, service)

    # -- helpers ------------------------------------------------------------------------

    def _at(self, model, span: Span | None, path: str | None, message: str,
            severity: Severity | None = None, note: str = "") -> Violation:
        where, other = model.locate(span, path)
        related: tuple[Related, ...] = ()
        if other is not None and span is not None:
            from pathlib import Path

            message += f" (set in {Path(other).name}:{span.line}, which this import brings in)"
            related = (Related(other, span, note or "set here"),)
        return Violation(message, where, severity=severity, related=related)

    def _cache(self, model, service) -> Iterable[Violation]:
        env_var = service.env[0] if service.env else None
        wanted = service.cache_backends[0]
        assignment = model.settings.get("CACHES")
        caches = model.caches()
        if assignment is None:
            unfollowed = [i for i in model.imports if i.problem and i.origin is None and not i.optional]
            if unfollowed:
                first = unfollowed[0]
                yield Violation(
                    f"CACHES is not set here and may come from `from {first.module} import *`, which "
                    f"sumlint cannot follow ({first.problem}); production requires {wanted}",
                    first.span, severity=Severity.INFO)
                return
            yield Violation(
                f"production settings never set CACHES, so Django uses its local-memory cache; "
                f"set CACHES['default'] to {wanted}"
                + (f" with LOCATION read from {env_var}" if env_var else ""),
                Span(1, 1, 1, 1))
            return
        if "*" in caches:
            entry = caches["*"]
            yield self._at(model, entry["span"], entry["path"],
                           f"CACHES comes from {entry['dynamic']}: sumlint cannot tell whether the default cache "
                           f"uses {_label(service)}; "
                           "assign a literal dict to check it", Severity.INFO)
            return
        default = caches.get("default")
        if default is None:
            yield self._at(model, assignment.value.span, assignment.value.path,
                           f"CACHES has no 'default' alias; Django needs one and production requires it "
                           f"to use {wanted}")
            return
        severity = Severity.INFO if assignment.conditional else None
        hedge = " (CACHES is assigned in an if/try block; the last assignment was checked)" if assignment.conditional else ""
        if "from_url" in default:
            resolved = default["from_url"]
            if _service_var(service, resolved.vars) or _service_default(service, resolved):
                return
            const = resolved.const if isinstance(resolved.const, str) else None
            if const and urlsplit(const).scheme not in service.url_schemes:
                yield self._at(model, resolved.const_span, resolved.const_path,
                               f"the default cache URL `{const}` is not a {_label(service)} URL; read it from "
                               f"{env_var}" + hedge, severity)
            elif not const:
                var = resolved.vars[0] if resolved.vars else "?"
                yield self._at(model, default["span"], default["path"],
                               f"the default cache is configured from {var}, so its backend depends on the "
                               f"environment; read it from {env_var} to make production use {_label(service)}",
                               Severity.INFO)
            return
        if "dynamic" in default and "backend" not in default:
            yield self._at(model, default["span"], default["path"],
                           f"CACHES['default'] comes from {default['dynamic']}: sumlint cannot check its backend",
                           Severity.INFO)
            return
        backend = default.get("backend")
        if backend is None:
            if "backend_span" in default:
                yield self._at(model, default["backend_span"], default.get("backend_path"),
                               f"the default cache BACKEND comes from {default.get('dynamic')}: sumlint cannot check it",
                               Severity.INFO)
            else:
                yield self._at(model, default["span"], default["path"],
                               f"CACHES['default'] has no BACKEND; set it to {wanted}" + hedge, severity)
            return
        if backend not in service.cache_backends:
            yield self._at(model, default["backend_span"], default.get("backend_path"),
                           f"the default cache uses {_short(backend)}, but production requires "
                           f"{_label(service)}: use {wanted}"
                           + (f" with LOCATION read from {env_var}" if env_var else "") + hedge, severity)
            return
        if not env_var:
            return
        location = default.get("location")
        if location is None:
            yield self._at(model, default["backend_span"], default.get("backend_path"),
                           f"the default cache ({_short(backend)}) has no LOCATION; read it from {env_var}"
                           + hedge, severity)
            return
        if _service_var(service, location.vars) or _service_default(service, location):
            return
        if location.vars:
            span, path = location.var_spans[0]
            yield self._at(model, span, path,
                           f"the default cache LOCATION is read from {location.vars[0]}, not from {env_var}; "
                           f"the deployment sets {env_var} for {_label(service)}" + hedge, severity)
        elif location.const is not None:
            yield self._at(model, location.const_span, location.const_path,
                           f"the default cache LOCATION is hard-coded ({location.const!r}); read it from "
                           f"{env_var}" + hedge, severity)
        elif location.dynamic and location.scheme and location.scheme in service.url_schemes:
            yield self._at(model, default["location_span"], default["path"],
                           f"the default cache LOCATION is {_a(location.scheme)}:// URL built by {location.dynamic}, not "
                           f"read from {env_var}, which the deployment sets for {_label(service)}", Severity.INFO)
        elif location.dynamic:
            yield self._at(model, default["location_span"], default["path"],
                           f"the default cache LOCATION comes from {location.dynamic}: sumlint cannot tell whether "
                           f"it comes from {env_var}", Severity.INFO)

    def _broker(self, model, service) -> Iterable[Violation]:
        broker = model.celery().get("broker")
        if broker is None:
            return
        if _service_var(service, broker.vars):
            return
        const = broker.const if isinstance(broker.const, str) else None
        if const:
            scheme = urlsplit(const).scheme if "://" in const else ""
            if scheme and scheme not in service.url_schemes:
                yield self._at(model, broker.const_span, broker.const_path,
                               _other_transport(broker, service, f"resolves to `{const}` ({scheme})"))
        elif broker.dynamic and broker.scheme and not broker.vars:
            if broker.scheme not in service.url_schemes:  # (a redis:// URL built from its parts uses it)
                yield self._at(model, broker.span, broker.path, _other_transport(
                    broker, service, f"is {_a(broker.scheme)}:// URL ({broker.dynamic})"))
        elif broker.dynamic and not broker.vars:
            yield self._at(model, broker.span, broker.path,
                           f"the Celery broker comes from {broker.dynamic}: sumlint cannot tell whether it uses "
                           f"{_label(service)}", Severity.INFO)


def _a(scheme: str) -> str:
    """"a redis", "an amqp": the article before a URL scheme."""
    return ("an " if scheme[:1] in "aeiou" else "a ") + scheme


def _other_transport(broker, service, what: str) -> str:
    """The message for a broker that is another transport: "CELERY_BROKER_URL resolves to …"."""
    setting = broker.via[0] if broker.via else "CELERY_BROKER_URL"
    return (f"{setting} {what}, but Celery must use {_label(service)} in production: read it from "
            f"{service.env[0] if service.env else 'the service URL'}")
