"""## What it does
Reports a unit pulled in with `Wants=`, `Requires=`, `BindsTo=` or `Requisite=` that the
unit is not ordered against (no `After=` or `Before=` naming it), after drop-ins are merged
and list resets applied. Also reports the documented pitfall `After=network-online.target`
without `Wants=network-online.target` (or `Requires=`).

Not reported: dependencies of `.target` units (systemd adds the `After=` itself), targets
pulled in (other than `network-online.target`: a target is a synchronisation point that
usually carries the ordering itself), the unit's own socket (`NAME.socket`, also `{{ site }}-NAME.socket` in a template
that is installed under the rendered name, and `Sockets=`: socket units order themselves before the service they activate;
in a unit shown without a file name, a socket named like its program or description: `Requires=gunicorn.socket`
in the tutorial's "gunicorn daemon"), timers and paths pulled
in (their start time does not matter), a dependency that is a placeholder
(`Wants={{ extra_unit }}`: it may name a target), and dependencies that come from a
drop-in.

## Why is this bad?
A requirement dependency does not order anything: systemd starts both units at the same
time, so the service may start before what it needs is up. `Requires=` even keeps the
service running when the dependency fails to start, if it started first. The mistake only
shows at boot, intermittently. Likewise `After=network-online.target` alone waits for
nothing when no other unit pulls that target in (systemd.special(7), "network-online").

## Example
```ini title=web.service
[Unit]
Description=Web app
Wants=postgresql.service

[Service]
ExecStart=/srv/app/venv/bin/gunicorn config.wsgi
```

## Use instead
```ini title=web.service
[Unit]
Description=Web app
Wants=postgresql.service
After=postgresql.service

[Service]
ExecStart=/srv/app/venv/bin/gunicorn config.wsgi
```

## Fix safety
Adding `After=` is safe: it only delays the unit until the dependency it already pulls in
has started, which is what the dependency was written for. It is merged into the last
`After=` line of `[Unit]` when there is one. The fix for `After=network-online.target`
(adding `Wants=network-online.target`) is unsafe: it makes boot wait for the network.
"""

from __future__ import annotations

from sumlint.diagnostics import Fix, Severity, Violation
from sumlint.rule import Rule
from sumlint.systemd.rulekit import add_to_list, depends_on, insert_lines, label

PULLING = ("Wants", "Requires", "BindsTo", "BindTo", "Requisite")
NETWORK_ONLINE = "network-online.target"


def _normal(name: str, aliases: dict[str, str]) -> str:
    name = name if "." in name else name + ".service"
    return aliases.get(name, name)


class DependencyWithoutOrdering(Rule):
    code = "SUM102"
    name = "dependency-without-ordering"
    summary = "Unit pulls in another unit without ordering against it"
    kinds = frozenset({"systemd"})
    severity = Severity.WARNING
    fixable = True
    embedded = True

    def check(self, model, ctx):
        if model.foreign or model.dropin:
            return
        aliases = {alias: service.unit for service in ctx.services for alias in service.units}
        ordered = {_normal(item, aliases)
                   for key in ("After", "Before")
                   for item, _, _ in model.items("Unit", key)}
        implicit = model.type == "target"
        stem = model.name.rsplit(".", 1)[0] if model.name else None
        sockets = {item for item, _, _ in model.items("Service", "Sockets")}
        if stem:
            sockets.add(stem + ".socket")
        # SUM101 reports a required service (Redis for Celery units): not twice.
        reported: set[str] = set()
        if model.type == "service":
            reported = {service.unit for service in ctx.services
                        if service.units and depends_on(service, model)}
        reported.update(alias for service in ctx.services for alias in service.units
                        if service.unit in reported)
        if not implicit:
            for key in PULLING:
                for item, span, directive in model.items("Unit", key):
                    name = _normal(item, aliases)
                    if (name in ordered or directive.path is not None or name in reported
                            or name.endswith((".timer", ".path")) or not _is_unit_name(item)
                            or (name.endswith(".target") and name != NETWORK_ONLINE)
                            or name in sockets or _own_socket(model, name, stem)
                            or stem is None and _socket_of_unnamed(model, name)
                            or model.is_placeholder(item)):
                        continue
                    reported.add(name)
                    addition = add_to_list(model, "Unit", "After", [item])
                    fix = None
                    if addition is not None:
                        edits = [addition.edit] if addition.edit else [
                            insert_lines(model, "Unit", [addition.line_text])]
                        fix = Fix(f"Add `After={item}` to [Unit]", tuple(edits), safe=True)
                    yield Violation(
                        f"{label(model)} depends on `{item}` ({key}=) but is not ordered against "
                        f"it, so systemd starts both at the same time; add `After={item}` (or "
                        f"`Before=` if {label(model)} must start first)", span, fix=fix)
        pulled = {_normal(item, aliases) for key in PULLING for item, _, _ in model.items("Unit", key)}
        if NETWORK_ONLINE not in pulled:
            for item, span, directive in model.items("Unit", "After"):
                if item != NETWORK_ONLINE or directive.path is not None:
                    continue
                addition = add_to_list(model, "Unit", "Wants", [NETWORK_ONLINE])
                fix = None
                if addition is not None:
                    edits = [addition.edit] if addition.edit else [
                        insert_lines(model, "Unit", [addition.line_text])]
                    fix = Fix(f"Add `Wants={NETWORK_ONLINE}` to [Unit]", tuple(edits), safe=False)
                yield Violation(
                    f"`After={NETWORK_ONLINE}` without `Wants={NETWORK_ONLINE}`: unless another "
                    f"unit pulls the target in, {label(model)} does not wait for the network; add "
                    f"`Wants={NETWORK_ONLINE}`", span, fix=fix)
                break


def _socket_of_unnamed(model, name: str) -> bool:
    """A unit without a file name (a block in a runbook: "[Unit] Description=gunicorn daemon
    Requires=gunicorn.socket") whose program or description carries the socket's name: it is
    the service that socket activates, and the socket orders itself before it."""
    if not name.endswith(".socket"):
        return False
    socket_stem = name.removesuffix(".socket").lower()
    programs = {value.split()[0].rsplit("/", 1)[-1].lower().lstrip("@-:+!")
                for value, _, _ in model.items("Service", "ExecStart") if value.split()}
    described = {word.strip(".,:;()").lower() for value, _, _ in model.items("Unit", "Description")
                 for word in value.split()}
    return socket_stem in programs or socket_stem in described


def _own_socket(model, name: str, stem: str | None) -> bool:
    """A socket named like the unit once placeholders are rendered: the template
    `gunicorn.service.j2` requiring `{{ site_name }}-gunicorn.socket` is installed as
    `<site>-gunicorn.service`, which that socket activates (and orders itself before)."""
    if not stem or not name.endswith(".socket") or not model.has_placeholder(name):
        return False
    socket_stem = model.without_placeholders(name.removesuffix(".socket"), "\0")
    own = model.without_placeholders(stem, "\0")
    socket_rest = socket_stem.replace("\0", "").strip("-_.@")
    own_rest = own.replace("\0", "").strip("-_.@")
    return bool(own_rest) and (socket_rest == own_rest or socket_rest.endswith(("-" + own_rest,
                                                                                   "_" + own_rest)))


def _is_unit_name(item: str) -> bool:
    return bool(item) and not item.startswith("-")
