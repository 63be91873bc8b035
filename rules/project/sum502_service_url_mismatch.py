"""## What it does
Compares every URL that addresses a required service (by its URL schemes, `redis://` and
`rediss://` for Redis) across the files that carry one: defaults in the settings
(`os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")`), values in the env example, URLs
in the runbook (prose and env/shell blocks) and in scripts. Two things must agree:

* the **port**: a URL without a port uses the service's port from the policy (6379);
* the **host**: the loopback interface (`127.0.0.1`, `localhost`, `::1` count as one) or
  the same host name everywhere. (Env examples that point the service at another host are
  reported by SUM403 instead.)

The reference is the policy's port and the loopback interface when any file uses them,
else the most common value; each URL that differs is reported once, naming a file and
line that uses the reference. URLs with placeholders or variables in their authority are
skipped (`__HOST__`, `${REDIS_HOST}`, `<host>`), and so are hosts that stand for one in
docs (`redis://...`, `redis://your-redis-url`, `redis.example.com`) and unix sockets; a
placeholder in the password only (`redis://:<password>@127.0.0.1:6379`) leaves the host and
port compared. The database number (`/0`, `/1`) is not compared: the cache and the broker may
use different ones.

## Why is this bad?
The URL is written in several places and only one is used at a time: the settings default
applies when the env file does not set the variable, the runbook is what an operator
follows when something is down. A port or host that differs in one of them works until the
day that copy is the one in force.

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

import re

from collections import Counter
from typing import Iterable
from urllib.parse import urlsplit

from sumlint.diagnostics import Severity, Violation
from sumlint.rule import ProjectRule, RuleContext
from sumlint.settings.projectfacts import Located, has_template_marks, is_loopback, locate, where


# hosts that stand for "your host here" in docs: elided ("redis://..."), "your-redis-url",
# "xxx", and the example domains of RFC 2606 ("redis.example.com")
_STAND_IN_HOST = re.compile(r"\.{2,}|…+|x{2,}|your[-_.]?(?:[\w-]*[-_.])?(?:redis|host|hostname|url|server|domain|ip|endpoint|instance)[\w.-]*|my[-_]redis[-_\w]*|(?:[\w-]+\.)*example(?:\.(?:com|org|net))?|"
                            r"(?:[\w-]+\.)+(?:example|invalid|test)", re.IGNORECASE)


def _stand_in_host(host: str | None) -> bool:
    return bool(host) and _STAND_IN_HOST.fullmatch(host) is not None


class ServiceUrlMismatch(ProjectRule):
    code = "SUM502"
    name = "service-url-mismatch"
    summary = "A required service's URL uses a port or host that other files contradict"
    kinds = frozenset({"settings", "env", "markdown", "shell"})
    severity = Severity.WARNING

    def check_project(self, project, ctx: RuleContext) -> Iterable[Violation]:
        placeholder_re = getattr(ctx.config, "placeholder_re", None)
        for service in ctx.services:
            schemes = {s for s in service.url_schemes if s != "unix"}
            if not schemes:
                continue
            urls: list[tuple[Located, str, int, str, bool]] = []  # where, url, port, host, env file
            seen: set[tuple] = set()
            env_paths = {f.path for f in project.of_kind("env", embedded=False)}
            for located, url in self._urls(project):
                key = (located.path, located.span.line, located.span.column, url)
                if key in seen:
                    continue
                seen.add(key)
                try:
                    parts = urlsplit(url)
                    port = parts.port
                    host = parts.hostname
                except ValueError:
                    continue
                if parts.scheme.lower() not in schemes:
                    continue
                authority = parts.netloc.rsplit("@", 1)[-1]
                if not authority or has_template_marks(authority, placeholder_re) or _stand_in_host(host):
                    continue
                if port is None:
                    if service.port is None:
                        continue
                    port = service.port
                host_key = "loopback" if is_loopback(host) else (host or "").lower()
                urls.append((located, url, port, host_key, located.path in env_paths))
            if len({u[0].path for u in urls}) < 2:
                continue
            ports = Counter(u[2] for u in urls)
            ref_port = service.port if service.port in ports else ports.most_common(1)[0][0]
            hosts = Counter(u[3] for u in urls)
            ref_host = "loopback" if "loopback" in hosts else hosts.most_common(1)[0][0]
            label = service.names[0] if service.names else service.name
            for located, url, port, host, in_env in urls:
                problems = []
                if port != ref_port:
                    refs = [u for u in urls if u[2] == ref_port and u[0].path != located.path]
                    if refs:
                        why = " (the service's port)" if ref_port == service.port else ""
                        problems.append((f"port {port}", f"port {ref_port}{why}", refs))
                if host != ref_host and not in_env:
                    refs = [u for u in urls if u[3] == ref_host and u[0].path != located.path]
                    if refs:
                        shown = "this machine (loopback)" if ref_host == "loopback" else ref_host
                        problems.append((f"host {host}", f"{shown}", refs))
                if not problems:
                    continue
                ref = problems[0][2][0]
                theirs = " and ".join(p[1] for p in problems)
                mine = " and ".join(p[0] for p in problems)
                related: dict[tuple, object] = {}
                for _, _, refs in problems:
                    for r in refs[:3]:
                        related.setdefault((r[0].path, r[0].span), r[0].related(f"{label} at `{r[1]}`"))
                yield Violation(
                    f"`{url}` puts {label} on {mine}, but {where(project, ref[0])} uses {theirs} "
                    f"(`{ref[1]}`); use one URL everywhere",
                    located.span, path=located.path, related=tuple(related.values()))

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
