"""## What it does
Compares the environment variables the settings read with the env example
(`.env.example`, `.env.sample`, ...):

* a variable the settings **require** (`os.environ["X"]`, `env("X")` or `config("X")`
  without a default) that the env example does not set, or sets only in a comment
  (`# X=...`), is an error;
* a variable read **with a default** (`os.environ.get("X", ...)`) that is not documented at
  all (not in the env example, not even commented, nor in an env block of a runbook) is a
  warning.

The settings in use are the production settings and the bases they star-import (all
settings files when there are no production settings). Variables set by a unit's
`Environment=` count as set. In a repository with several env examples, the one in the
deepest folder that contains the settings is used (a monorepo's site folder before the
root). A read inside a `try` that catches `KeyError` (or
`ImproperlyConfigured`) is not required; a read inside a function body is not checked (it
may never run). Nothing is reported when the project has no env example. Each variable is
reported once, at its first read (the fix is one line in the env example).

## Why is this bad?
The env example is what an operator copies to create the real environment file. A required
variable missing from it makes the first start fail with `KeyError` (or django-environ's
`ImproperlyConfigured`) far from the deploy step that caused it; an undocumented optional
variable is a setting no one knows they can change.

## Example
```python title=mysite/settings/production.py
import os

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
```
```ini title=.env.example
# DJANGO_SECRET_KEY=change-me
```

## Use instead
```python title=mysite/settings/production.py
import os

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
```
```ini title=.env.example
DJANGO_SECRET_KEY=change-me
```
"""

from __future__ import annotations

import difflib
from typing import Iterable

from sumlint.diagnostics import Severity, Violation
from sumlint.rule import ProjectRule, RuleContext
from sumlint.settings.projectfacts import env_files, env_reads, locate, nearest, rel, unit_environment


class EnvVarMissingFromEnvExample(ProjectRule):
    code = "SUM402"
    name = "env-var-missing-from-env-example"
    summary = "Environment variable the settings read is missing from the env example"
    kinds = frozenset({"settings", "env"})
    severity = Severity.ERROR

    def check_project(self, project, ctx: RuleContext) -> Iterable[Violation]:
        examples = env_files(project)
        if not examples:
            return
        mentioned: set[str] = set()
        for ff in env_files(project, embedded=True):
            mentioned.update(ff.data.get("vars", {}))
        from_units = unit_environment(project)
        reads = list(env_reads(project))
        wanted = {read.get("var") for _, read, _ in reads}
        indexes: dict[tuple, tuple] = {}
        chosen_for: dict[str, list] = {}
        reported: set[tuple] = set()
        for settings_ff, read, located in reads:
            var = read.get("var")
            if not var or var in from_units or read.get("in_function"):
                continue
            # The env example next to these settings (a monorepo's site), else every one.
            chosen = chosen_for.get(settings_ff.path)
            if chosen is None:
                chosen = chosen_for[settings_ff.path] = nearest(settings_ff.path, examples)
            key = tuple(id(f) for f in chosen)
            if key not in indexes:
                indexes[key] = _index(chosen)
            active, commented = indexes[key]
            if var in active or (var, key) in reported:
                continue
            reported.add((var, key))  # the fix is one line in the env example: report it once
            first = chosen[0]
            example_name = rel(project, first.path)
            if read.get("required"):
                if var in commented:
                    ff, entry = commented[var]
                    entry_at = locate(ff, entry["span"])
                    yield Violation(
                        f"the settings require {var} (no default), but {rel(project, ff.path)}:"
                        f"{entry_at.span.line} only has it in a comment; uncomment it there and give "
                        "it a value", located.span, path=located.path,
                        related=(entry_at.related(f"{var} is commented out here"),))
                    continue
                near = difflib.get_close_matches(var, [n for n in active if n not in wanted], n=1, cutoff=0.75)
                if near:
                    ff, entry = active[near[0]]
                    entry_at = locate(ff, entry["span"])
                    yield Violation(
                        f"the settings require {var} (no default), but {example_name} does not set "
                        f"it; it sets {near[0]} at line {entry_at.span.line}: a typo? Name it {var}",
                        located.span, path=located.path,
                        related=(entry_at.related(f"{near[0]}, not {var}"),))
                    continue
                yield Violation(
                    f"the settings require {var} (no default), but {example_name} does not set "
                    f"it; add `{var}=` with an example value", located.span, path=located.path,
                    related=(first.related([1, 1, 1, 1], f"the env example without {var}"),))
            elif var not in mentioned and var not in commented:
                default = read.get("default")
                shown = f" ({default!r})" if default not in (None, "") else ""
                yield Violation(
                    f"{var} is read with a default{shown} but is not documented in {example_name}; "
                    f"add it (commented out if the default is fine)", located.span,
                    severity=Severity.WARNING, path=located.path,
                    related=(first.related([1, 1, 1, 1], f"the env example without {var}"),))


def _index(examples) -> tuple[dict[str, tuple], dict[str, tuple]]:
    active: dict[str, tuple] = {}
    commented: dict[str, tuple] = {}
    for ff in examples:
        for name, var in ff.data.get("vars", {}).items():
            if not var.get("commented"):
                active.setdefault(name, (ff, var))
            else:
                commented.setdefault(name, (ff, var))
    return active, commented
