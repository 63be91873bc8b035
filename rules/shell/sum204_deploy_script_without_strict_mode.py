"""## What it does
Checks that deploy and provisioning scripts turn on strict mode before their first
action (deploy action or package install): `set -e` (stop at the first failing command),
`set -u` (stop on an unset variable) and, in bash, `set -o pipefail` (a pipeline fails
when any part fails). Any spelling counts: `set -euo pipefail`, `set -o errexit`,
`set -Eeuo pipefail`, `#!/bin/bash -eu`, `#!/usr/bin/env -S bash -euo pipefail`, and a
`set` at the top level of a library the script sources first (`. "$(dirname "$0")/lib.sh"`).
For `#!/bin/sh` scripts `pipefail` is not required (POSIX sh before 2024 lacks it). The
message lists the missing flags and what each lets through; when `set -e` comes only after
the first action it says so.

## Why is this bad?
Without `set -e` a failed `git pull`, `pip install` or `migrate` does not stop the
deploy: the next steps run against a half-updated release and the script still exits 0,
so CI reports success. Without `set -u` a typo in `$SITE_SLUG` restarts `sum--gunicorn`,
and without `pipefail` `curl … | tar x` hides the failed download.

## Example
```bash title=deploy.sh
#!/bin/bash
cd /srv/app
git pull --ff-only
./venv/bin/python manage.py migrate --noinput
```

## Use instead
```bash title=deploy.sh
#!/bin/bash
set -euo pipefail
cd /srv/app
git pull --ff-only
./venv/bin/python manage.py migrate --noinput
```

## Fix safety
Unsafe: when no strict-mode flag is set at all, the fix inserts `set -euo pipefail`
(`set -eu` for sh) after the shebang. That changes how the script behaves on errors and
unset variables, which is the point, but a script that relied on continuing after a
failure needs review.
"""

from __future__ import annotations

from sumlint.diagnostics import Fix, Severity, Span, TextEdit, Violation
from sumlint.rule import Rule
from sumlint.shell import analysis as an
from sumlint.shell import preflight as pf
from sumlint.shell.roles import deploy_actions, install_entries, roles


class DeployScriptWithoutStrictMode(Rule):
    code = "SUM204"
    name = "deploy-script-without-strict-mode"
    summary = "Deploy or provisioning script runs without `set -euo pipefail`"
    kinds = frozenset({"shell"})
    severity = Severity.WARNING
    fixable = True
    embedded = False

    def check(self, model, ctx):
        if ctx.embedded:
            return
        found_roles = roles(model, ctx, ctx.options)
        if not found_roles:
            return
        actions = deploy_actions(model, ctx, ctx.options) + install_entries(model)
        entries = an.trace(model)
        first = min(actions, key=lambda e: e.order) if actions else (entries[-1] if entries else None)
        if first is None:
            return
        errexit, nounset = an.shebang_flags(model)
        pipefail = an.shebang_pipefail(model)
        any_set = errexit or nounset
        for e in entries:
            if e.order >= first.order:
                break
            if e.node.base == "set" and not e.blocks:
                before = (errexit, pipefail, nounset)
                errexit, pipefail, nounset = an.set_flags(e.node, errexit, pipefail, nounset)
                any_set = any_set or (errexit, pipefail, nounset) != before
        missing = []
        if not errexit:
            missing.append("`set -e`")
        if not nounset:
            missing.append("`set -u`")
        if not pipefail and model.dialect == "bash":
            missing.append("`set -o pipefail`")
        if not missing:
            return
        later = next((e for e in entries if e.order > first.order and e.node.base == "set"
                      and an.set_flags(e.node, False, False, False) != (False, False, False)), None)
        role = "deploy" if "deploy" in found_roles else "provisioning"
        what = f"`{pf.label(first.node)}` ({pf.at(first.node)})"
        wanted = "set -euo pipefail" if model.dialect == "bash" else "set -eu"
        message = (f"{role} script runs {what} without {', '.join(missing)}: "
                   f"{'; '.join(_consequences(model, errexit, nounset, pipefail))}; add `{wanted}` "
                   "at the top")
        if later is not None:
            message += f" (the `set` at {pf.at(later.node)} comes too late)"
        fix = None
        lines = model.text.split("\n")
        if model.shebang:
            span = Span(1, 1, 1, len(lines[0]) + 1)
            if not any_set and later is None and len(lines) > 1:
                fix = Fix(f"insert `{wanted}` after the shebang",
                          (TextEdit(Span(2, 1, 2, 1), wanted + "\n"),), safe=False)
        else:
            span = pf.site(first)
        yield Violation(message, span, fix=fix)


def _consequences(model, errexit: bool, nounset: bool, pipefail: bool) -> list[str]:
    """What each missing flag lets through (`set -e` stops at a failing command; `pipefail`
    only makes a pipeline report an earlier part's failure, and only matters with `set -e`
    or a tested status)."""
    said = []
    if not errexit:
        said.append("a failing command does not stop it")
    if not nounset:
        said.append("an unset or misspelt variable expands to nothing")
    if not pipefail and model.dialect == "bash":
        pipe = next((n for n in model.root.walk() if n.type == "pipeline" and n.origin is None), None)
        if pipe is not None and len(pipe.children) > 1:
            first = next((c for c in pipe.children[0].walk() if c.type == "command" and c.argv), None)
            name = f"`{pf.label(first)}`" if first is not None else "an earlier command"
            said.append(f"the pipeline at line {pipe.span.line} succeeds even when {name} "
                        "fails (only its last command's status counts)")
        else:
            said.append("a pipeline succeeds even when an earlier command in it fails (only "
                        "its last command's status counts)")
    return said
