"""## What it does
Checks that a provisioning script (one that installs system packages with
apt/apt-get/dnf/yum/zypper/apk, or one matched by `provision-scripts`) sets up each
required service completely: it installs the service's package (`redis-server`), enables
and starts its unit (`systemctl enable --now redis-server`, or `enable` plus `start`), and
verifies that it answers (the preflight, `redis-cli ping`, checked for `PONG`), in that
order. The message lists what is missing or out of order.

Packages named by an unresolvable variable (`apt-get install -y $PACKAGES`) count as
possibly installing the service, so they are not reported as missing. A script that does not
install the service's package but starts a container stack (`docker compose … up`,
`docker-compose up -d`, `docker stack deploy`) is not checked: its services come from the
compose file, which sumlint does not read.

## Why is this bad?
A server provisioned without Redis, or with Redis installed but not enabled, works until
the first reboot or the first Celery task. Verifying that the service answers at the end
of provisioning turns a silent gap into a failed provisioning run.

## Example
```bash title=provision.sh
#!/bin/bash
set -euo pipefail
apt-get update
apt-get install -y nginx postgresql python3-venv
```

## Use instead
```bash title=provision.sh
#!/bin/bash
set -euo pipefail
apt-get update
apt-get install -y nginx postgresql python3-venv redis-server
systemctl enable --now redis-server
[[ "$(redis-cli ping)" == PONG ]] || { echo "Redis did not start" >&2; exit 1; }
```

## Options
`provision-scripts` in `[tool.sumlint.shell]`: globs of the provisioning scripts. When
set, only those scripts are checked; by default any script that installs system packages
is one. The package, unit and preflight come from the service policy
(`[tool.sumlint.services.<name>]` `packages`, `units`, `preflight`, `preflight-reply`).
"""

from __future__ import annotations

from sumlint.diagnostics import Severity, Violation
from sumlint.rule import Rule
from sumlint.shell import analysis as an
from sumlint.shell import preflight as pf
from sumlint.shell.roles import OPTIONS, install_entries, roles


class ProvisionWithoutServiceSetup(Rule):
    code = "SUM202"
    name = "provision-without-service-setup"
    summary = "Provisioning script does not install, enable, start and verify a required service"
    kinds = frozenset({"shell"})
    severity = Severity.ERROR
    embedded = False
    options = {"provision-scripts": OPTIONS["provision-scripts"]}

    def check(self, model, ctx):
        if ctx.embedded or "provision" not in roles(model, ctx, ctx.options):
            return
        installs = install_entries(model)
        entries = an.trace(model)
        anchor = installs[0] if installs else (entries[0] if entries else None)
        if anchor is None:
            return
        for service in ctx.services:
            problems = self._problems(model, service, installs, entries)
            if problems:
                name = service.names[0] if service.names else service.name
                todo = problems[0] if len(problems) == 1 else ", ".join(problems[:-1]) + " and " + problems[-1]
                yield Violation(f"provisioning script does not fully set up {name}; it must also {todo}",
                                pf.site(anchor))

    def _problems(self, script, service, installs, entries) -> list[str]:
        packages = set(service.packages)
        install = None
        dynamic = False
        for e in installs:
            args = an.installed_packages(e.node) or []
            if any(a.text in packages or a.text.split("=")[0] in packages for a in args):
                install = e
                break
            if any(not a.static for a in args):
                dynamic = True
        enable = start = None
        for e in entries:
            action = an.systemctl_action(e.node) or an.service_action(e.node)
            if not action:
                continue
            verb, units = action
            if not any(service.is_unit(an.unit_name(u.text)) or u.text in packages for u in units):
                continue
            if verb in ("enable", "enable-now", "reenable") and enable is None:
                enable = e
            if verb in ("start", "enable-now", "restart", "reload-or-restart", "try-restart") and start is None:
                start = e
        if install is None and not dynamic and any(_starts_containers(e.node) for e in entries):
            return []  # `docker compose up`: the services come from the compose file, which sumlint does not read
        checks = [e for e in pf.preflight_entries(script, service)]
        verify = next((e for e in checks if start is None or e.order > start.order), None)
        unit = service.unit.removesuffix(".service")
        problems = []
        if install is None and not dynamic and service.packages:
            problems.append(f"install `{service.packages[0]}`")
        if enable is None and start is None:
            problems.append(f"enable and start `{service.unit}` (`systemctl enable --now {unit}`)")
        elif enable is None:
            problems.append(f"enable `{service.unit}` so that it starts at boot (`systemctl enable {unit}`)")
        elif start is None:
            problems.append(f"start `{service.unit}` (`systemctl enable --now {unit}`)")
        if service.preflight and verify is None:
            reply = f" and expect `{service.preflight_reply}`" if service.preflight_reply else ""
            if checks:
                c = checks[0].node
                problems.append(f"verify it after starting it (`{pf.label(c)}` at {pf.at(c)} runs "
                                "before the service is started)")
            else:
                problems.append(f"verify that it answers (run `{service.preflight[0]}`{reply})")
        if install is not None and not problems:
            first_unit = min((e for e in (enable, start) if e is not None), key=lambda e: e.order)
            if first_unit.order < install.order:
                problems.append(f"install `{service.packages[0]}` before enabling or starting it "
                                f"({pf.at(first_unit.node)} comes before {pf.at(install.node)})")
        return problems


def _starts_containers(cmd) -> bool:
    """`docker compose … up`, `docker-compose up -d`, `podman-compose up`, `docker stack deploy`."""
    words = [a.text for a in cmd.argv]
    if not words:
        return False
    if an.basename(words[0]) in ("sudo", "doas"):
        words = [w for w in words[1:] if not w.startswith("-")]  # (`sudo -E docker compose up`)
        if not words:
            return False
    program = an.basename(words[0])
    if program in ("docker-compose", "podman-compose"):
        return "up" in words[1:]
    if program in ("docker", "podman") and len(words) > 2:
        return words[1] == "compose" and "up" in words[2:] or words[1:3] == ["stack", "deploy"]
    return False
