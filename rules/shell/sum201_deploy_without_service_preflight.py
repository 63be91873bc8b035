"""## What it does
Checks that a deploy script runs each required service's preflight (for Redis,
`redis-cli ping`, with any `-h/-p/-u/-a` flags) on every path before its first deploy
action, and that a failed preflight stops the script. Deploy actions are Django's
`manage.py migrate` and `collectstatic` and `systemctl restart|reload|start` of the
application's units (configurable). A failed preflight stops the script when it is
followed by `|| die …` or `|| exit 1`, sits in `if ! …; then …; exit 1; fi`, is compared
with its reply (`[[ "$(redis-cli ping)" == PONG ]] || exit 1`), is a bare command under
`set -e`, or is inside a function that is called (and checked) before the deploy action.

It reports: no preflight at all; a preflight that runs only after the first deploy action
or only on some paths; a preflight whose failure is swallowed (`|| true`, an `if` that
only prints); a preflight that only appears in a comment, in heredoc text (`cat <<'EOF'`
usage text) or in a function that is never called.

## Why is this bad?
Migrations, `collectstatic` and restarts of an app that needs Redis fail half-way, or the
app comes back up and every request that touches the cache or Celery errors. A preflight
that fails fast leaves the running release untouched, with a message that says what is
wrong. The platform's incident log has both: a deploy that migrated while Redis was down,
and a preflight whose `|| true` hid it.

## Example
```bash title=deploy.sh
#!/bin/bash
set -euo pipefail
cd /srv/app
redis-cli ping || true
./venv/bin/python manage.py migrate --noinput
sudo systemctl restart "sum-${SITE_SLUG}-gunicorn.service"
```

## Use instead
```bash title=deploy.sh
#!/bin/bash
set -euo pipefail
die() { echo "deploy: $*" >&2; exit 1; }
cd /srv/app
[[ "$(redis-cli ping)" == PONG ]] || die "Redis does not answer; not deploying"
./venv/bin/python manage.py migrate --noinput
sudo systemctl restart "sum-${SITE_SLUG}-gunicorn.service"
```

## Options
In `[tool.sumlint.shell]`: `deploy-commands` (the commands that count as deploy actions,
default `manage.py migrate`, `manage.py collectstatic` and the `django-admin` forms),
`app-units` (globs of the application's units whose restart is a deploy action),
`deploy-scripts` (globs of scripts that are deploy scripts whatever they contain) and
`exit-functions` (functions from sourced libraries that always exit, like `die`). The
preflight command and its reply come from the service policy
(`[tool.sumlint.services.<name>]` `preflight` and `preflight-reply`).
"""

from __future__ import annotations

from sumlint.diagnostics import Severity, Violation
from sumlint.rule import Rule
from sumlint.shell import analysis as an
from sumlint.shell import preflight as pf
from sumlint.shell.roles import OPTIONS, deploy_actions, roles


class DeployWithoutServicePreflight(Rule):
    code = "SUM201"
    name = "deploy-without-service-preflight"
    summary = "Deploy script does not stop when a required service fails its preflight"
    kinds = frozenset({"shell"})
    severity = Severity.ERROR
    embedded = False
    options = {k: OPTIONS[k] for k in ("deploy-commands", "app-units", "deploy-scripts", "exit-functions")}

    def check(self, model, ctx):
        if ctx.embedded:
            return
        if "deploy" not in roles(model, ctx, ctx.options):
            return  # also a test, CI or development script (shell.roles.purpose)
        actions = deploy_actions(model, ctx, ctx.options)
        for service in ctx.services:
            if not service.preflight:
                continue
            violation = self._check_service(model, service, actions)
            if violation is not None:
                yield violation

    def _check_service(self, script, service, actions):
        name = service.names[0] if service.names else service.name
        preflight = service.preflight[0]
        program = pf.program_of(preflight)
        entries = pf.preflight_entries(script, service)
        if not actions:
            # A deploy script by configuration only: any stopping preflight will do.
            if any(an.on_failure(script, e.node, e, service.preflight_reply).stops for e in entries):
                return None
            target = script.commands[0] if script.commands else None
            if target is None:
                return None
            return Violation(f"deploy script has no {name} preflight that stops it on failure: run "
                             f"`{preflight}` and exit when it fails", target.span)
        # Every deploy action must be preceded, on its path, by a preflight that stops the
        # script on failure (`case "$1" in migrate) migrate ;;` is a path of its own).
        outcomes: dict[int, an.Outcome] = {}
        first = None
        for action in actions:
            dominating = [e for e in entries if pf.dominates_ignoring_guards(script, e, action, program)]
            if not dominating:
                first = action
                break
            for e in dominating:
                if e.order not in outcomes:
                    outcomes[e.order] = an.on_failure(script, e.node, e, service.preflight_reply)
            if any(outcomes[e.order].stops for e in dominating):
                continue
            entry = dominating[0]
            where = f"`{pf.label(action.node)}` ({pf.at(action.node)})"
            # Suggest the script's own exit helper when it has one, else a plain exit.
            helper = next((n for n in ("die", "fatal", "abort", "bail", "fail")
                           if n in script.functions and an.exits(script, n)), None)
            stop = (f"|| {helper} \"{name} is not answering\"" if helper else
                    f"|| {{ echo \"{name} is not answering\" >&2; exit 1; }}")
            return Violation(
                f"{name} preflight `{pf.label(entry.node)}`{_in_library(entry.node)} does not stop the "
                f"deploy when it fails: {outcomes[entry.order].how}; the deploy goes on to {where}. "
                f"Make a failure exit, e.g. `{preflight} {stop}`",
                pf.site(entry))
        if first is None:
            return None
        where = f"`{pf.label(first.node)}` ({pf.at(first.node)})"
        if first is not actions[0]:
            call = _path_call(first, actions)
            if call is not None:
                other = entries[0]
                return Violation(
                    f"`{pf.label(call)}` ({pf.at(call)}) reaches the deploy action {where} without a "
                    f"{name} preflight on its path (the one at {pf.at(other.node)} runs on other paths "
                    f"only): run `{preflight}` and exit when it fails on this path too", call.span)
            where = f"{where} on its path"
        earlier = [e for e in entries if e.order < first.order]
        if earlier:
            if any(pf.guard_of(script, b, program) for e in earlier for b in e.blocks):
                return None  # guarded by `command -v`: SUM205 reports whether it can be skipped
            e = earlier[0]
            return Violation(
                f"{name} preflight `{pf.label(e.node)}` runs only on some paths ({pf.at(e.node)}), "
                f"not on every path before the deploy action {where}; run it unconditionally "
                "before deploying", pf.site(first))
        later = [e for e in entries if e.order > first.order]
        if later:
            e = later[0]
            return Violation(
                f"{name} preflight `{pf.label(e.node)}` ({pf.at(e.node)}) runs only after the "
                f"deploy action {where}; move it before", pf.site(first))
        called = an.called_functions(script)
        uncalled = [c for c in script.commands if c.function and any(
            an.matches_preflight(c, p) for p in service.preflight)]
        if uncalled:
            if called is None:
                return None  # a dynamic call could run it: do not guess
            c = uncalled[0]
            return Violation(
                f"{name} preflight `{pf.label(c)}` (line {c.span.line}) is in function `{c.function}`, "
                f"which is never called before the deploy action {where}; call it first",
                pf.site(first))
        mentions = pf.text_mentions(script, service)
        if mentions:
            kind, span = mentions[0]
            what = "heredoc text" if kind == "heredoc" else "a comment"
            return Violation(
                f"`{preflight}` appears only in {what} (line {span.line}), which does not run it; "
                f"the deploy reaches {where} without a {name} preflight", pf.site(first))
        return Violation(
            f"deploy script runs {where} without a {name} preflight: run `{preflight}` before it "
            f"and exit when {name} does not answer", pf.site(first))


def _in_library(node) -> str:
    return f" ({pf.at(node)})" if node.origin is not None else ""


def _path_call(entry, actions):
    """For a deploy action reached again through another call (`case` item, option), the
    call in this script that starts the unchecked path."""
    earlier = [a for a in actions if a.node is entry.node and a.order < entry.order]
    if not earlier:
        return None
    shared = {id(c) for a in earlier for c in a.calls}
    for call in reversed(entry.calls):
        if id(call) not in shared and call.origin is None:
            return call
    return None
