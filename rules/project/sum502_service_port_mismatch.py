"""## What it does
Compares the port of every URL that addresses a required service (by its URL schemes,
`redis://` and `rediss://` for Redis) across the files that carry one: defaults in the
settings (`os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")`), values in the env
example, URLs in the runbook (prose and env/shell blocks) and in scripts. A URL without a
port uses the service's port from the policy (6379).

The reference is the policy's port when any file uses it, else the most common port; each
URL on another port is reported, naming a file and line that uses the reference. URLs with
placeholders or variables in their authority are skipped, and so are unix sockets. The
database number (`/0`, `/1`) is not compared: the cache and the broker may use different ones.

## Why is this bad?
The port is written in several places and only one is used at a time: the settings default
applies when the env file does not set the variable, the runbook is what an operator follows
when something is down. A port that differs in one of them works until the day that copy is
the one in force.

## Example
```ini title=.env.example
REDIS_URL=redis://127.0.0.1:6380/0
```
```python title=mysite/settings/production.py
import os

REDIS_URL = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")
```

## Use instead
```ini title=.env.example
REDIS_URL=redis://127.0.0.1:6379/0
```
```python title=mysite/settings/production.py
import os

REDIS_URL = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")
```
"""

from __future__ import annotations

from collections import Counter
from typing import Iterable
from urllib.parse import urlsplit

from sumlint.diagnostics import Severity, Violation
from sumlint.rule import ProjectRule, RuleContext
from sumlint.settings.projectfacts import Located, has_template_marks, locate, where


class ServicePortMismatch(ProjectRule):
    code = "SUM502"
    name = "service-port-mismatch"
    summary = "A required service's URL uses a port that other files contradict"
    kinds = frozenset({"settings", "env", "markdown", "shell"})
    severity = Severity.WARNING

    def check_project(self, project, ctx: RuleContext) -> Iterable[Violation]:
        placeholder_re = getattr(ctx.config, "placeholder_re", None)
        for service in ctx.services:
            schemes = {s for s in service.url_schemes if s != "unix"}
            if not schemes:
                continue
            urls: list[tuple[Located, str, int]] = []
            seen: set[tuple] = set()
            for located, url in self._urls(project):
                key = (located.path, located.span.line, located.span.column, url)
                if key in seen:
                    continue
                seen.add(key)
                try:
                    parts = urlsplit(url)
                except ValueError:
                    continue
                if parts.scheme.lower() not in schemes:
                    continue
                authority = parts.netloc.rsplit("@", 1)[-1]
                if not authority or has_template_marks(authority, placeholder_re):
                    continue
                try:
                    port = parts.port
                except ValueError:
                    continue
                if port is None:
                    if service.port is None:
                        continue
                    port = service.port
                urls.append((located, url, port))
            if len({p for _, _, p in urls}) < 2 or len({loc.path for loc, _, _ in urls}) < 2:
                continue
            counts = Counter(p for _, _, p in urls)
            reference = service.port if service.port in counts else counts.most_common(1)[0][0]
            refs = [u for u in urls if u[2] == reference]
            why = " (the service's port)" if reference == service.port else ""
            for located, url, port in urls:
                if port == reference:
                    continue
                others = [r for r in refs if r[0].path != located.path]
                if not others:
                    continue  # only this file disagrees with itself: not a cross-file finding
                ref = others[0]
                label = service.names[0] if service.names else service.name
                yield Violation(
                    f"`{url}` puts {label} on port {port}, but {where(project, ref[0])} uses port "
                    f"{reference}{why} (`{ref[1]}`); use one port everywhere",
                    located.span, path=located.path,
                    related=tuple(r[0].related(f"{label} on port {reference}: `{r[1]}`") for r in others[:3]))

    def _urls(self, project) -> Iterable[tuple[Located, str]]:
        for ff in project.of_kind("settings", embedded=False):
            for item in ff.data.get("urls", ()):
                url, span = item[0], item[1]
                path = item[2] if len(item) > 2 else None
                yield locate(ff, span, path), url
        for kind in ("env", "markdown", "shell"):
            for ff in project.of_kind(kind):
                for item in ff.data.get("urls", ()):
                    if isinstance(item, (list, tuple)) and len(item) >= 2 and isinstance(item[0], str):
                        yield locate(ff, item[1]), item[0]
