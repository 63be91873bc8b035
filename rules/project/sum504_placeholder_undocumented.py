"""## What it does
Checks that every placeholder a template uses (`__SITE_SLUG__` in a unit template, an env
example or a script; the patterns are `placeholders` in the configuration) is documented in
the runbook, the markdown file that explains how to fill the templates (any markdown file
that mentions at least one placeholder). Each undocumented placeholder is reported once per
file, at its first use. A Jinja placeholder counts by its variable (`{{ workers }}` in the
runbook documents `{{ workers | default(3) }}`); names the template binds itself
(`{% for key, value in env.items() %}`) and Ansible's own variables (`{{ ansible_managed }}`,
`{{ inventory_hostname }}`, `{{ item }}`) need no documentation. Nothing is reported when no markdown file mentions placeholders.

## Why is this bad?
Whoever instantiates the templates works from the runbook's list. A placeholder missing
from it survives into the installed unit: systemd then runs
`/srv/__SITE_SLUG__/venv/bin/gunicorn` literally and fails, or a unit runs as a user named
`__DEPLOY_USER__`.

## Example
```ini title=deploy/systemd/sum-__SITE_SLUG__-gunicorn.service
[Service]
User=__DEPLOY_USER__
ExecStart=/srv/__SITE_SLUG__/venv/bin/gunicorn config.wsgi
```
```markdown title=docs/runbook.md
# Installing the units

Replace `__SITE_SLUG__` with the site's short name in every file of `deploy/systemd/`.
```

## Use instead
```ini title=deploy/systemd/sum-__SITE_SLUG__-gunicorn.service
[Service]
User=__DEPLOY_USER__
ExecStart=/srv/__SITE_SLUG__/venv/bin/gunicorn config.wsgi
```
```markdown title=docs/runbook.md
# Installing the units

Replace `__SITE_SLUG__` with the site's short name and `__DEPLOY_USER__` with the deploy
user in every file of `deploy/systemd/`.
```
"""

from __future__ import annotations

import re
from typing import Iterable

from sumlint.diagnostics import Severity, Violation
from sumlint.rule import ProjectRule, RuleContext
from sumlint.settings.projectfacts import locate, where


_JINJA = re.compile(r"\{\{-?\s*([A-Za-z_][\w.]*)\s*(?:\|.*)?-?\}\}", re.DOTALL)


# Variables Ansible itself defines for every template: no runbook explains them.
ANSIBLE_BUILTINS = frozenset({"inventory_hostname", "inventory_hostname_short", "hostvars",
                              "groups", "group_names", "item", "omit", "playbook_dir",
                              "role_path", "lookup", "query", "range", "loop"})


def _builtin(placeholder: str) -> bool:
    jinja = _JINJA.fullmatch(placeholder.strip())
    if not jinja:
        return False
    root = jinja.group(1).split(".")[0]
    return root in ANSIBLE_BUILTINS or root.startswith("ansible_")


def _key(placeholder: str) -> str:
    """The placeholder without blanks; a Jinja expression by its variable, so that a
    runbook's `{{ gunicorn_workers }}` documents `{{ gunicorn_workers | default(3) }}`."""
    jinja = _JINJA.fullmatch(placeholder.strip())
    if jinja:
        return "{{" + jinja.group(1) + "}}"
    return re.sub(r"\s+", "", placeholder)


class PlaceholderUndocumented(ProjectRule):
    code = "SUM504"
    name = "placeholder-undocumented"
    summary = "A template uses a placeholder the runbook does not document"
    kinds = frozenset({"systemd", "env", "shell", "markdown"})
    severity = Severity.WARNING

    def check_project(self, project, ctx: RuleContext) -> Iterable[Violation]:
        documented: dict[str, object] = {}
        runbooks = []
        for ff in project.of_kind("markdown", embedded=False):
            found = ff.data.get("placeholders") or []
            if found:
                runbooks.append(ff)
            for item in found:
                documented.setdefault(_key(item[0]), locate(ff, item[1]))
        if not runbooks:
            return
        runbook = sorted(runbooks, key=lambda f: (not f.data.get("runbook"), f.path))[0]
        names = sorted({_key(p[0]) for p in runbook.data.get("placeholders", ())})
        shown = ", ".join(names[:4]) + (" ..." if len(names) > 4 else "")
        for kind in ("systemd", "env", "shell"):
            for ff in project.of_kind(kind, embedded=False):
                reported: set[str] = set()
                for item in ff.data.get("placeholders") or ():
                    if not isinstance(item, (list, tuple)) or len(item) < 2:
                        continue
                    key = _key(item[0])
                    if key in documented or key in reported or _builtin(item[0]):
                        continue
                    reported.add(key)
                    located = locate(ff, item[1])
                    first = locate(runbook, runbook.data["placeholders"][0][1])
                    yield Violation(
                        f"`{item[0]}` is not documented in the runbook: {where(project, first)} explains "
                        f"the other placeholders ({shown}), not this one; add what to replace "
                        f"`{item[0]}` with", located.span, path=located.path,
                        related=(first.related("the runbook's placeholders"),))
