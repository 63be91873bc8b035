"""## What it does
Checks that a unit which starts the Django application (`ExecStart=` runs gunicorn, uvicorn,
daphne, hypercorn, uwsgi, Celery, `manage.py` or `django-admin`, directly, through
`python -m` or through `sh -c`) gives it the environment the production settings require:
when the settings read variables without a default (`os.environ["DJANGO_SECRET_KEY"]`) and
the unit has no `EnvironmentFile=`, every such variable must come from the unit's
`Environment=` or `PassEnvironment=`.

Nothing is reported when the settings load an env file themselves
(`environ.Env.read_env()`, `load_dotenv()`, python-decouple), or when a read is guarded by a
`try` that catches `KeyError`.

## Why is this bad?
systemd starts services with an almost empty environment: what the operator exported in
their shell, or wrote in the env file next to the code, is not there unless the unit says
so. Gunicorn then dies at import with `KeyError: 'DJANGO_SECRET_KEY'` and systemd restarts
it in a loop, while `manage.py check` in an interactive shell passes.

## Example
```ini title=deploy/systemd/sum-__SITE_SLUG__-gunicorn.service
[Service]
User=__DEPLOY_USER__
ExecStart=/srv/__SITE_SLUG__/venv/bin/gunicorn mysite.wsgi
```
```python title=mysite/settings/production.py
import os

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
```

## Use instead
```ini title=deploy/systemd/sum-__SITE_SLUG__-gunicorn.service
[Service]
User=__DEPLOY_USER__
EnvironmentFile=/srv/__SITE_SLUG__/app/.env
ExecStart=/srv/__SITE_SLUG__/venv/bin/gunicorn mysite.wsgi
```
```python title=mysite/settings/production.py
import os

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
```
"""

from __future__ import annotations

import shlex
from typing import Iterable

from sumlint.diagnostics import Severity, Violation
from sumlint.rule import ProjectRule, RuleContext
from sumlint.settings.projectfacts import env_reads, exec_location, settings_files, where

APP_PROGRAMS = {"gunicorn", "uvicorn", "daphne", "hypercorn", "uwsgi", "celery", "django-admin",
                "granian", "manage.py"}
APP_MODULES = {"gunicorn", "uvicorn", "daphne", "hypercorn", "celery", "django", "granian"}


def runs_app(argv: list[str]) -> str | None:
    """What Django process an Exec line starts (e.g. ``gunicorn``), or None."""
    words: list[str] = []
    for word in argv:
        words.append(word)
        if " " in word:  # sh -c '... venv/bin/gunicorn ...'
            try:
                words.extend(shlex.split(word))
            except ValueError:
                words.extend(word.split())
    for index, word in enumerate(words):
        base = word.rsplit("/", 1)[-1]
        if base in APP_PROGRAMS:
            return base
        if base.startswith("python"):
            rest = words[index + 1:]
            if "-m" in rest[:2] and rest.index("-m") + 1 < len(rest):
                module = rest[rest.index("-m") + 1].split(".", 1)[0]
                if module in APP_MODULES:
                    return f"python -m {module}"
    return None


class AppUnitWithoutEnvironment(ProjectRule):
    code = "SUM407"
    name = "app-unit-without-environment"
    summary = "Unit starts the Django app without the environment variables the settings require"
    kinds = frozenset({"settings", "systemd"})
    severity = Severity.ERROR

    def check_project(self, project, ctx: RuleContext) -> Iterable[Violation]:
        files = settings_files(project)
        if not files or any(f.data.get("env_loaders") for f in files):
            return
        required: dict[str, object] = {}
        for _, read, located in env_reads(project):
            if read.get("required") and not read.get("in_function") and not read.get("guarded"):
                required.setdefault(read["var"], located)
        if not required:
            return
        for ff in project.of_kind("systemd", embedded=False):
            service = ff.data.get("sections", {}).get("Service", {})
            if service.get("EnvironmentFile"):
                continue
            provided: set[str] = set()
            for key in ("Environment", "PassEnvironment"):
                for value, _ in service.get(key, ()):
                    try:
                        words = shlex.split(str(value))
                    except ValueError:
                        words = str(value).split()
                    provided.update(w.split("=", 1)[0] for w in words)
            missing = [v for v in required if v not in provided]
            if not missing:
                continue
            for line in ff.data.get("exec", ()):
                if line.get("key") != "ExecStart":
                    continue
                program = runs_app(line.get("argv") or [])
                if program is None:
                    continue
                at = exec_location(project, ff, line, (line.get("argv") or [""])[0])
                if at.path != ff.path:  # the ExecStart= comes from a drop-in: report it there
                    span, path = at.span, at.path
                else:
                    span, path = at.span, ff.path
                first = required[missing[0]]
                more = f" and {len(missing) - 1} more ({', '.join(missing[1:4])}{', ...' if len(missing) > 4 else ''})" \
                    if len(missing) > 1 else ""
                yield Violation(
                    f"this unit starts the Django app ({program}) without EnvironmentFile=, but the "
                    f"settings require {missing[0]} ({where(project, first)}){more} from the "
                    "environment and systemd passes none of it: add EnvironmentFile= (the deployed "
                    "copy of the env example) or Environment=",
                    span, path=path,
                    related=tuple(required[v].related(f"{v} is required here") for v in missing[:3]))
                break
