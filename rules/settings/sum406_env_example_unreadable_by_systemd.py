"""## What it does
When a unit reads the env file with `EnvironmentFile=` (matched by file name: a unit's
`EnvironmentFile=/srv/site/app/.env` is the deployed copy of `.env.example`), checks that the
env example only uses syntax systemd reads the way python-dotenv and django-environ do:

* no trailing comment after a value (`DEBUG=0  # never 1`): systemd has no trailing
  comments, the service gets `DEBUG` = `0  # never 1`;
* no `export` prefix: systemd takes `export DEBUG` for the variable name, which is invalid,
  and ignores the line;
* no `${VAR}` references inside values: python-dotenv expands them, systemd passes them on
  literally (a warning: the application may expand them itself).

## Why is this bad?
The env example is written and tested with the tools developers use (`python-dotenv`,
`django-environ`, `source .env`), but in production systemd reads the copy, with its own,
simpler syntax. The differences do not fail: they silently change or drop values, so the
service starts with `DEBUG=0  # never 1` (truthy) or without a variable.

## Example
```ini title=.env.example
DJANGO_DEBUG=0  # never 1 in production
export DJANGO_SECRET_KEY=change-me
```
```ini title=deploy/systemd/sum-__SITE_SLUG__-gunicorn.service
[Service]
EnvironmentFile=/srv/__SITE_SLUG__/app/.env
ExecStart=/srv/__SITE_SLUG__/venv/bin/gunicorn mysite.wsgi
```

## Use instead
```ini title=.env.example
# never 1 in production
DJANGO_DEBUG=0
DJANGO_SECRET_KEY=change-me
```
```ini title=deploy/systemd/sum-__SITE_SLUG__-gunicorn.service
[Service]
EnvironmentFile=/srv/__SITE_SLUG__/app/.env
ExecStart=/srv/__SITE_SLUG__/venv/bin/gunicorn mysite.wsgi
```

## Fix safety
Safe: the fixes move a trailing comment onto its own line above the variable and remove
`export `. Tools that read the file both ways (python-dotenv, django-environ, a shell's
`source`) see the same values afterwards; systemd then sees them too.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath
from typing import Iterable

from sumlint.diagnostics import Fix, Severity, Span, TextEdit, Violation
from sumlint.rule import ProjectRule, RuleContext
from sumlint.settings.projectfacts import env_files, has_template_marks, locate, rel, wildcard_regex

EXAMPLE_SUFFIXES = (".example", ".sample", ".template", ".dist", ".tmpl")
REFERENCE_RE = re.compile(r"\$\{[A-Za-z_][A-Za-z0-9_]*(?:[:?+-][^}]*)?\}")


def deployed_name(example: str) -> str | None:
    """`.env.example` -> `.env`; None for names that are not an example of another file."""
    for suffix in EXAMPLE_SUFFIXES:
        if example.endswith(suffix) and len(example) > len(suffix):
            return example[: -len(suffix)]
    return None


class EnvExampleUnreadableBySystemd(ProjectRule):
    code = "SUM406"
    name = "env-example-unreadable-by-systemd"
    summary = "Env example read by a unit's EnvironmentFile= uses syntax systemd reads differently"
    kinds = frozenset({"env", "systemd"})
    severity = Severity.ERROR
    fixable = True

    def check_project(self, project, ctx: RuleContext) -> Iterable[Violation]:
        readers = []  # (unit facts, EnvironmentFile value, span)
        for ff in project.of_kind("systemd", embedded=False):
            service = ff.data.get("sections", {}).get("Service", {})
            for item in service.get("EnvironmentFile", ()):
                if isinstance(item, (list, tuple)) and len(item) >= 2 and isinstance(item[0], str):
                    readers.append((ff, item[0].lstrip("-").strip(), item[1]))
        if not readers:
            return
        placeholder_re = getattr(ctx.config, "placeholder_re", None)
        # Index the readers by the file name they read; templated names are matched as patterns.
        by_name: dict[str, list] = {}
        templated = []
        for reader in readers:
            base = reader[1].rsplit("/", 1)[-1]
            if not base:
                continue
            if has_template_marks(base, placeholder_re):
                templated.append((wildcard_regex(base, placeholder_re), reader))
            by_name.setdefault(base, []).append(reader)
        for env in env_files(project):
            name = env.path.rsplit("/", 1)[-1]
            deployed = deployed_name(name)
            matched = by_name.get(name, []) + (by_name.get(deployed, []) if deployed else [])
            if not matched:
                matched = [r for pattern, r in templated
                           if pattern.fullmatch(name) or (deployed and pattern.fullmatch(deployed))]
            if not matched:
                continue
            unit_ff, value, raw_span = matched[0]
            unit_at = locate(unit_ff, raw_span)
            unit = unit_ff.data.get("unit") or PurePosixPath(unit_ff.path).name
            reader = f"`{unit}` reads this file (EnvironmentFile= at {rel(project, unit_at.path)}:{unit_at.span.line})"
            related = (unit_at.related(f"EnvironmentFile={value}"),)
            for entry in env.data.get("entries", ()):
                if entry.get("commented"):
                    continue
                var = entry.get("name", "")
                if entry.get("comment_span"):
                    yield self._comment(env, entry, var, reader, related)
                if entry.get("export_span"):
                    span = env.span(entry["export_span"])
                    yield Violation(
                        f"`export {var}=`: {reader}, and systemd takes `export {var}` for the "
                        f"variable name and ignores the line, so the service runs without {var}; "
                        "drop `export`", span, path=env.path, related=related,
                        fix=Fix("remove `export `", (TextEdit(span, ""),)))
                value_text = entry.get("value", "")
                if entry.get("quote") != "'" and isinstance(value_text, str):
                    ref = REFERENCE_RE.search(value_text)
                    if ref and not (placeholder_re and placeholder_re.fullmatch(ref.group())):
                        yield Violation(
                            f"{var} refers to `{ref.group()}`: {reader}, and systemd does not expand "
                            f"references in EnvironmentFile= values (python-dotenv does), so the service "
                            f"gets the text `{ref.group()}`; write the value out",
                            env.span(entry["value_span"]), path=env.path, related=related,
                            severity=Severity.WARNING)

    @staticmethod
    def _comment(env, entry: dict, var: str, reader: str, related) -> Violation:
        comment_span = env.span(entry["comment_span"])
        comment = entry.get("comment") or ""
        shown = entry.get("value", "")
        edits = [TextEdit(comment_span, "")]
        start_line = env.span(entry["span"]).line
        if comment:
            edits.insert(0, TextEdit(Span(start_line, 1, start_line, 1), f"# {comment}\n"))
        return Violation(
            f"trailing comment after {var}: {reader}, and systemd has no trailing comments, so "
            f"the service gets {var} with `#{comment and ' ' + comment}` appended to `{shown}`; put "
            "the comment on its own line", comment_span, path=env.path, related=related,
            fix=Fix("move the comment onto its own line", tuple(edits)))
