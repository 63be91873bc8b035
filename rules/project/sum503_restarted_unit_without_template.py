"""## What it does
Checks that every project unit a script restarts, reloads, starts or enables
(`systemctl restart "sum-${SITE_SLUG}-gunicorn.service"`) corresponds to a unit template in
the repository (`deploy/systemd/sum-__SITE_SLUG__-gunicorn.service`). Shell variables
(`$VAR`, `${VAR}`), template placeholders (`__SITE_SLUG__`, `{{ slug }}`) and globs count as
wildcards on both sides; `name@instance.service` matches the template `name@.service`.

A unit counts as a project unit when its name has a variable or placeholder, or starts with
the same prefix as the repository's units (`sum-` for `sum-__SITE_SLUG__-celery.service`).
OS units (`nginx`, `redis-server`) are not checked, and nothing is checked when the
repository has no unit files. Runbook shell blocks are checked too.

## Why is this bad?
A deploy script that restarts `sum-${SITE_SLUG}-web.service` after the unit was renamed to
`...-gunicorn.service` fails with `Unit ... not found` at the end of the deploy, after the
code was switched, leaving the old processes serving the new code, or nothing at all.

## Example
```bash title=deploy/deploy.sh
#!/bin/bash
set -euo pipefail
SITE_SLUG="$1"
systemctl restart "sum-${SITE_SLUG}-web.service"
```
```ini title=deploy/systemd/sum-__SITE_SLUG__-gunicorn.service
[Unit]
Description=gunicorn for __SITE_SLUG__

[Service]
ExecStart=/srv/__SITE_SLUG__/venv/bin/gunicorn config.wsgi
```

## Use instead
```bash title=deploy/deploy.sh
#!/bin/bash
set -euo pipefail
SITE_SLUG="$1"
systemctl restart "sum-${SITE_SLUG}-gunicorn.service"
```
```ini title=deploy/systemd/sum-__SITE_SLUG__-gunicorn.service
[Unit]
Description=gunicorn for __SITE_SLUG__

[Service]
ExecStart=/srv/__SITE_SLUG__/venv/bin/gunicorn config.wsgi
```
"""

from __future__ import annotations

import difflib
import re
from typing import Iterable

from sumlint.diagnostics import Severity, Violation
from sumlint.rule import ProjectRule, RuleContext
from sumlint.settings.projectfacts import (has_template_marks, locate, rel, sample, unit_name,
                                           wildcard_regex)

VERBS = (("units_restarted", "restarts"), ("units_started", "starts"), ("units_enabled", "enables"))


def _closest(wanted: str, samples: list[str]) -> int | None:
    """The template most like ``wanted``: most equal tokens in place (`sum-x-web.service` is
    closest to `sum-x-gunicorn.service`), then string similarity; None if none is close."""
    tokens = re.split(r"[-@._]", wanted)
    best, best_key = None, None
    for index, candidate in enumerate(samples):
        other = re.split(r"[-@._]", candidate)
        same = sum(1 for a, b in zip(tokens, other) if a == b)
        same += sum(1 for a, b in zip(reversed(tokens), reversed(other)) if a == b)
        key = (same, difflib.SequenceMatcher(None, wanted, candidate).ratio())
        if best_key is None or key > best_key:
            best, best_key = index, key
    if best is None or best_key[0] < len(tokens):  # about half the tokens, counted from both ends
        return None
    return best


class RestartedUnitWithoutTemplate(ProjectRule):
    code = "SUM503"
    name = "restarted-unit-without-template"
    summary = "A script restarts or enables a project unit that no unit template in the repository provides"
    kinds = frozenset({"shell", "systemd"})
    severity = Severity.ERROR

    def check_project(self, project, ctx: RuleContext) -> Iterable[Violation]:
        placeholder_re = getattr(ctx.config, "placeholder_re", None)
        templates = [(ff, ff.data.get("unit")) for ff in project.of_kind("systemd", embedded=False)
                     if ff.data.get("unit") and not ff.data.get("dropin")]
        if not templates:
            return
        names = [unit_name(t) for _, t in templates]
        # The project's own prefix (`sum-`), from its templated units when it has some, and
        # never from a unit of a policy service (a repository may ship a redis override).
        own = [n for n in names if not any(s.is_unit(n) for s in ctx.services)]
        templated = [n for n in own if has_template_marks(n, placeholder_re)]
        prefixes = {n.split("-", 1)[0] + "-" for n in (templated or own)
                    if "-" in n and not has_template_marks(n.split("-", 1)[0], placeholder_re)}
        samples = [sample(n, placeholder_re) for n in names]
        regexes = [wildcard_regex(n, placeholder_re) for n in names]
        services = ctx.services
        for ff in project.of_kind("shell"):
            for field, verb in VERBS:
                for item in ff.data.get(field, ()):
                    if not isinstance(item, (list, tuple)) or len(item) < 2 or not isinstance(item[0], str):
                        continue
                    raw = item[0].strip("'\"")
                    if not raw or raw.startswith("-"):
                        continue
                    wanted = unit_name(raw)
                    marked = has_template_marks(wanted, placeholder_re)
                    if not marked and not any(wanted.startswith(p) for p in prefixes):
                        continue
                    if any(s.is_unit(wanted) for s in services):
                        continue
                    if self._matches(wanted, placeholder_re, names, samples, regexes):
                        continue
                    located = locate(ff, item[1])
                    subject = "this runbook's shell block" if ff.embedded else "this script"
                    index = _closest(sample(wanted, placeholder_re), samples)
                    if index is not None:
                        t = templates[index][0]
                        hint = (f"the closest unit is `{names[index]}` ({rel(project, t.path)}:1); "
                                f"use its name or add a template for `{raw}`")
                        related = (t.related([1, 1, 1, 1], f"unit template `{names[index]}`"),)
                    else:
                        listed = ", ".join(f"`{n}`" for n in sorted(set(names))[:4])
                        hint = (f"the repository's units are {listed}{' ...' if len(set(names)) > 4 else ''}; "
                                f"add a template for `{raw}`")
                        related = tuple(t.related([1, 1, 1, 1], f"unit template `{n}`")
                                        for (t, _), n in list(zip(templates, names))[:3])
                    yield Violation(
                        f"{subject} {verb} `{raw}`, but no unit in the repository matches it: {hint}",
                        located.span, path=located.path, related=related)

    @staticmethod
    def _matches(wanted: str, placeholder_re, names, samples, regexes) -> bool:
        wanted_sample = sample(wanted, placeholder_re)
        wanted_re = wildcard_regex(wanted, placeholder_re)
        candidates = {wanted_sample}
        if "@" in wanted_sample:  # an instance matches its template name@.service
            head, _, tail = wanted_sample.partition("@")
            candidates.add(head + "@" + "." + tail.rsplit(".", 1)[-1])
        for name, name_sample, regex in zip(names, samples, regexes):
            if name == wanted or any(regex.fullmatch(c) for c in candidates):
                return True
            if wanted_re.fullmatch(name_sample):
                return True
            if "@." in name and "@" in wanted:
                if re.fullmatch(regex.pattern.replace(r"@\.", r"@[^.]*\."), wanted_sample, re.IGNORECASE):
                    return True
        return False
