"""## What it does
Follows the production settings' Celery broker and default cache to the environment
variables they are read from (`CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL",
REDIS_URL)` reads `CELERY_BROKER_URL` first, then `REDIS_URL`), and checks the value the env
example gives the first of those variables it sets: when that value's URL scheme is not one
of the required service's (`amqp://`, `memory://`, `locmem://` where Redis is required),
production would run on something else than the settings suggest.

Empty values and values with placeholders are not judged. Nothing is reported when there is
no env example or no production settings.

## Why is this bad?
Settings that default to Redis look right on review, and the env example is copied without
a second look: a `CELERY_BROKER_URL=amqp://...` left in it from another project silently moves
the broker off the Redis the deployment provisions, orders units after and monitors.

## Example
```ini title=.env.example
REDIS_URL=redis://127.0.0.1:6379/0
CELERY_BROKER_URL=amqp://guest:guest@localhost:5672//
```
```python title=mysite/settings/production.py
import os

REDIS_URL = os.environ["REDIS_URL"]
CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", REDIS_URL)
```

## Use instead
```ini title=.env.example
REDIS_URL=redis://127.0.0.1:6379/0
# CELERY_BROKER_URL=  (defaults to REDIS_URL)
```
```python title=mysite/settings/production.py
import os

REDIS_URL = os.environ["REDIS_URL"]
CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", REDIS_URL)
```
"""

from __future__ import annotations

from typing import Iterable
from urllib.parse import urlsplit

from sumlint.diagnostics import Severity, Violation
from sumlint.rule import ProjectRule, RuleContext
from sumlint.settings.projectfacts import env_files, has_template_marks, locate, nearest, where


class EnvExampleOverridesRequiredService(ProjectRule):
    code = "SUM405"
    name = "env-example-overrides-required-service"
    summary = "Env example sets the broker or cache variable to another service than the required one"
    kinds = frozenset({"settings", "env"})
    severity = Severity.ERROR

    def check_project(self, project, ctx: RuleContext) -> Iterable[Violation]:
        examples = env_files(project)
        production = [f for f in project.of_kind("settings", embedded=False) if f.data.get("production")]
        if not examples or not production:
            return
        placeholder_re = getattr(ctx.config, "placeholder_re", None)
        reported: set[tuple] = set()
        for service in ctx.services:
            label = service.names[0] if service.names else service.name
            schemes = set(service.url_schemes)
            if not schemes:
                continue
            for ff in production:
                near = nearest(ff.path, examples)
                for what, resolved in self._chains(ff.data, service):
                    for var in resolved.get("vars") or ():
                        hit = self._active(near, var)
                        if hit is None:
                            continue
                        env_ff, entry = hit
                        value = str(entry.get("value", "")).strip()
                        if not value or has_template_marks(value, placeholder_re):
                            break
                        scheme = urlsplit(value).scheme.lower() if "://" in value else ""
                        if scheme and scheme not in schemes:
                            at = locate(env_ff, entry.get("value_span") or entry["span"])
                            key = (at.path, at.span.line, at.span.column)
                            if key not in reported:
                                reported.add(key)
                                setting = locate(ff, resolved.get("span") or [1, 1, 1, 1], resolved.get("path"))
                                yield Violation(
                                    f"{var}={value} moves {what} to {scheme}://, but production requires "
                                    f"{label}: {where(project, setting)} reads {what} from {var}; "
                                    f"set a {service.url_schemes[0]}:// URL or "
                                    f"leave {var} unset", at.span, path=at.path,
                                    related=(setting.related(f"{what} read from {var}"),))
                        break  # the first variable the env example sets is the one in force

    @staticmethod
    def _chains(data: dict, service) -> Iterable[tuple[str, dict]]:
        if service.depends("celery"):
            broker = (data.get("celery") or {}).get("broker")
            if broker:
                yield "the Celery broker", broker
        default = (data.get("caches") or {}).get("default") or {}
        if service.cache_backends:
            if default.get("from_url"):
                yield "the default cache", default["from_url"]
            elif default.get("backend") in service.cache_backends and default.get("location"):
                yield "the default cache", default["location"]

    @staticmethod
    def _active(examples, var: str):
        for ff in examples:
            entry = (ff.data.get("vars") or {}).get(var)
            if entry and not entry.get("commented"):
                return ff, entry
        return None
