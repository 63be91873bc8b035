"""## What it does
Reports a deploy script that applies database migrations (`manage.py migrate`) after it
has restarted or reloaded an application unit (`systemctl restart
sum-${SITE_SLUG}-gunicorn.service`): the restart comes first on the path to the migrate.

## Why is this bad?
Between the restart and the end of the migration the new code serves requests against
the old schema: new columns do not exist yet, and every view that reads them fails. If
the migration then fails, the new code stays up on the old schema. Migrate first, then
restart (stop/start around the migration is fine too).

## Example
```bash title=deploy.sh
#!/bin/bash
set -euo pipefail
redis-cli ping || exit 1
sudo systemctl restart "sum-${SITE_SLUG}-gunicorn.service"
./venv/bin/python manage.py migrate --noinput
```

## Use instead
```bash title=deploy.sh
#!/bin/bash
set -euo pipefail
redis-cli ping || exit 1
./venv/bin/python manage.py migrate --noinput
sudo systemctl restart "sum-${SITE_SLUG}-gunicorn.service"
```

## Options
`migrate-commands` in `[tool.sumlint.shell]` lists the commands that apply migrations
(default `manage.py migrate`, `django-admin migrate`); `app-units` the globs of the
application's units.
"""

from __future__ import annotations

from sumlint.diagnostics import Related, Severity, Violation
from sumlint.rule import Rule
from sumlint.shell import analysis as an
from sumlint.shell import preflight as pf
from sumlint.shell.roles import OPTIONS, is_app_restart, is_migrate


class MigrateAfterAppRestart(Rule):
    code = "SUM206"
    name = "migrate-after-app-restart"
    summary = "Migrations run after the application was restarted"
    kinds = frozenset({"shell"})
    severity = Severity.WARNING
    embedded = False
    options = {"migrate-commands": OPTIONS["migrate-commands"], "app-units": OPTIONS["app-units"]}

    def check(self, model, ctx):
        if ctx.embedded:
            return
        entries = an.trace(model)
        restart = None
        for e in entries:
            if restart is None:
                if is_app_restart(e.node, ctx.options, ctx.services, an.SYSTEMCTL_RESTART):
                    restart = e
                continue
            if is_migrate(e.node, ctx.options) and an.dominates(restart, e):
                r = restart.node
                action = an.systemctl_action(r) or an.service_action(r)
                done = "reloaded" if action and "reload" in action[0] else "restarted"
                yield Violation(
                    f"`{pf.label(e.node)}` runs after `{pf.label(r)}` ({pf.at(r)}): the {done} "
                    "app serves requests on the old schema until the migration ends; migrate first, "
                    f"then {done[:-2]}", pf.site(e),
                    related=(Related(r.origin or str(ctx.path), r.span, f"the app is {done} here"),))
                return
