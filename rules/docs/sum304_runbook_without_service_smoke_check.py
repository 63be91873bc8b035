"""## What it does
Reports a deploy runbook that never checks that a required service answers: no shell block
runs the service's preflight from the policy (`redis-cli ping` for Redis; also in its
container: `docker compose exec redis redis-cli ping`) or `systemctl status` / `systemctl
is-active` on its unit, and no step in prose gives the preflight as a command ("- Check Redis:
`redis-cli ping`"). The diagnostic points at the command
that starts the service (or installs it), where the check belongs.

Only runbooks are checked (see SUM303 for how a runbook is recognised), and only when the
runbook installs or starts the service itself.

## Why is this bad?
`systemctl enable --now redis-server` succeeds even when Redis exits a second later (a bad
`bind` line, no memory). A runbook without a smoke check lets the operator move on to the
app, and the failure shows up as a 500 long after the step that caused it.

## Example
````markdown title=docs/deploy.md
# Deploy the Django site

```bash
sudo apt install -y nginx redis-server
sudo systemctl enable --now redis-server
```
````

## Use instead
````markdown title=docs/deploy.md
# Deploy the Django site

```bash
sudo apt install -y nginx redis-server
sudo systemctl enable --now redis-server
redis-cli ping   # PONG
```
````
"""

from __future__ import annotations

import re

from sumlint.diagnostics import Severity, Violation
from sumlint.rule import Rule


class RunbookWithoutServiceSmokeCheck(Rule):
    code = "SUM304"
    name = "runbook-without-service-smoke-check"
    summary = "A runbook starts a required service but never checks that it answers"
    kinds = frozenset({"markdown"})
    severity = Severity.WARNING

    def check(self, model, ctx):
        from sumlint.markdown.runbook import is_runbook, mentions_in_commands, program

        if not hasattr(model, "shell_commands") or not model.shell_commands():
            return
        dependents = tuple(d for s in ctx.services for d in s.dependents)
        if not is_runbook(model, dependents):
            return
        for service in ctx.services:
            related = mentions_in_commands(model, service)
            if not related:
                continue
            if _has_check(model, service, program):
                continue
            label = service.names[0] if service.names else service.name
            starts = [(f, c) for f, c in related if program(c)[0] in ("systemctl", "service")
                      and any(a in ("start", "enable", "restart") for a in program(c)[1])]
            fence, command = (starts or related)[-1]
            check = service.preflight[0] if service.preflight else f"systemctl is-active {service.unit}"
            reply = f" (expect {service.preflight_reply})" if service.preflight and service.preflight_reply else ""
            yield Violation(
                f"the runbook starts {label} but never checks that it answers: add `{check}`{reply} "
                f"after this step", command.span)


def _has_check(model, service, program) -> bool:
    from sumlint.markdown.runbook import CONTAINER_TOOLS

    preflights = [p.split() for p in service.preflight]
    units = {*service.units, *(u.removesuffix(".service") for u in service.units)}
    for _, command in model.shell_commands():
        name, args = program(command)
        words = [name, *args]
        for pre in preflights:
            if pre and words[:1] == pre[:1] and all(w in words for w in pre[1:]):
                return True
            # the check run in the service's container: `docker compose exec redis redis-cli ping`
            if pre and name in CONTAINER_TOOLS and pre[0] in args \
                    and all(w in args[args.index(pre[0]) + 1:] for w in pre[1:]):
                return True
        if name == "systemctl" and any(a in ("status", "is-active") for a in args) and \
                any(a in units for a in args):
            return True
        if name == "service" and len(args) >= 2 and args[0] in units and args[1] == "status":
            return True
    text = model.source.text
    for pre in preflights:
        # a step in prose that runs it: "- Check Redis: `redis-cli ping`" (after the commands:
        # a search of the whole text)
        if pre and pre[0] in text and re.search("`[^`\n]*?" + "[^`\n]*?".join(
                rf"(?<![\w-]){re.escape(w)}(?![\w-])" for w in pre) + "[^`\n]*`", text) is not None:
            return True
    return False
