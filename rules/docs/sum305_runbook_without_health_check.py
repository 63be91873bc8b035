"""## What it does
Reports a deploy runbook that restarts the site but never requests its health endpoint
(`/health/` by default): no shell block runs `curl`, `wget` or `http` on a URL containing the
health path. The diagnostic points at the last command that restarts or starts a unit of the
site (not only a required service's own unit, `systemctl restart redis-server`, nor the
host's database, SSH daemon or firewall).

Only runbooks are checked (see SUM303 for how a runbook is recognised).

## Why is this bad?
The health view is the one check that exercises the whole stack (database, cache, broker)
through the app. A deploy that ends at `systemctl restart` reports success even when every
request fails.

## Example
````markdown title=docs/deploy.md
# Deploy the Django site

```bash
sudo systemctl restart gunicorn.service
```
````

## Use instead
````markdown title=docs/deploy.md
# Deploy the Django site

```bash
sudo systemctl restart gunicorn.service
curl -fsS http://127.0.0.1/health/
```
````

## Options
- `health-path` (default `"/health/"`): the path of the site's health view.
"""

from __future__ import annotations

from sumlint.diagnostics import Severity, Violation
from sumlint.rule import Option, Rule

FETCHERS = {"curl", "wget", "http", "https", "xh"}


class RunbookWithoutHealthCheck(Rule):
    code = "SUM305"
    name = "runbook-without-health-check"
    summary = "A runbook restarts the site but never requests its health endpoint"
    kinds = frozenset({"markdown"})
    severity = Severity.INFO
    options = {"health-path": Option("/health/", "The path of the site's health view")}

    def check(self, model, ctx):
        from sumlint.markdown.runbook import is_runbook, program

        if not hasattr(model, "shell_commands"):
            return
        commands = model.shell_commands()
        others = {u.lower().removesuffix(".service") for s in ctx.services for u in s.units} | _NOT_THE_SITE
        restarts = [(f, c) for f, c in commands if program(c)[0] == "systemctl"
                    and any(a in ("restart", "start", "reload", "try-restart") or a == "--now"
                            for a in program(c)[1]) and _restarts_the_site(program(c)[1], others)]
        if not restarts:
            return
        dependents = tuple(d for s in ctx.services for d in s.dependents)
        if not is_runbook(model, dependents):
            return
        path = str(ctx.options.get("health-path", "/health/") or "/health/")
        stem = path.rstrip("/") or path
        for _, command in commands:
            name, args = program(command)
            if name in FETCHERS and any(stem in a for a in args):
                return
        _, last = restarts[-1]
        yield Violation(
            f"the runbook restarts the site but never requests {path}: add "
            f"`curl -fsS http://127.0.0.1{path}` after the restart, so a broken deploy fails here",
            last.span)


_VERBS = frozenset({"restart", "start", "reload", "try-restart", "enable", "reload-or-restart", "sudo"})
# units a runbook restarts that are not the site: the database, the SSH daemon, the firewall
_NOT_THE_SITE = frozenset({"postgresql", "mysql", "mariadb", "ssh", "sshd", "ufw", "fail2ban", "cron", "docker",
                           "containerd", "systemd-journald", "systemd-resolved", "chrony", "ntp"})


def _restarts_the_site(args, others) -> bool:
    """The command (re)starts some unit other than a required service's own or the host's
    infrastructure: `systemctl restart redis-server` alone restarts no part of the site."""
    units = [a.lower().removesuffix(".service") for a in args if not a.startswith("-") and a not in _VERBS]
    return not units or any(u.split("@")[0] not in others and not u.startswith("postgresql") for u in units)
