"""## What it does
Reports Django management commands that stop and ask a question (`collectstatic`,
`flush`, `remove_stale_contenttypes`, `createsuperuser`) run by a script without
`--noinput` (or `--no-input`), through `manage.py`, `django-admin` or
`python -m django`, after wrappers such as `sudo -u www-data` or `"$PY"`. Commands whose
standard input is redirected or piped (`< /dev/null`, `yes | …`) are fine, and so are
development setup scripts (dev/local settings or a `dev` file name: `setup-dev.sh`), which
someone runs at a terminal on purpose; test and CI scripts are checked (CI has no terminal).

## Why is this bad?
A deploy script runs without a terminal, in CI or over ssh. `collectstatic` asks "Are
you sure you want to do this?" before it writes; without a terminal it waits for an
answer that never comes, or fails on end of input: the deploy hangs or stops half-way,
after the migrations and before the restart. (`migrate` is not reported: Django itself
does not prompt there.)

## Example
```bash title=deploy.sh
#!/bin/bash
set -euo pipefail
redis-cli ping || exit 1
./venv/bin/python manage.py collectstatic --clear
./venv/bin/python manage.py migrate
```

## Use instead
```bash title=deploy.sh
#!/bin/bash
set -euo pipefail
redis-cli ping || exit 1
./venv/bin/python manage.py collectstatic --clear --noinput
./venv/bin/python manage.py migrate
```

## Fix safety
Unsafe: the fix appends `--noinput` after the subcommand. Django then takes the default
answer to every question, which for `collectstatic --clear`, `flush` and
`remove_stale_contenttypes` means deleting without confirmation; review the command.
"""

from __future__ import annotations

from sumlint.diagnostics import Fix, Severity, Span, TextEdit, Violation
from sumlint.rule import Rule
from sumlint.shell.analysis import basename

# Commands that ask before acting. `migrate` is left out: it prompts only through
# third-party post-migrate handlers, and flagging every `migrate` would be noise.
PROMPTING = {"collectstatic", "flush", "remove_stale_contenttypes", "createsuperuser"}
NOINPUT = {"--noinput", "--no-input"}
ASKS = {"collectstatic": "it asks for confirmation before it overwrites the collected files",
        "flush": "it asks for confirmation before it deletes every row",
        "remove_stale_contenttypes": "it asks for confirmation before it deletes content types",
        "createsuperuser": "it asks for a username, e-mail address and password"}
NOINPUT_NOTE = {"createsuperuser": " with `--username` and `--email`, and set "
                                   "`DJANGO_SUPERUSER_PASSWORD` in its environment"}
LAUNCHERS = ("manage.py", "django-admin", "django-admin.py")


class ManageCommandWithoutNoinput(Rule):
    code = "SUM207"
    name = "manage-command-without-noinput"
    summary = "Django management command that can prompt runs without `--noinput`"
    kinds = frozenset({"shell"})
    severity = Severity.WARNING
    fixable = True
    embedded = False

    def check(self, model, ctx):
        if ctx.embedded:
            return
        from sumlint.shell.roles import purpose

        if purpose(model, ctx) == "dev":
            return  # a development setup script asks its user on purpose (createsuperuser)
        for cmd in model.commands:
            if not cmd.argv or cmd.origin is not None:
                continue
            texts = [a.text for a in cmd.argv]
            launcher = next((i for i, t in enumerate(texts) if basename(t) in LAUNCHERS
                             or (t == "django" and i > 0 and texts[i - 1] == "-m")), None)
            if launcher is None:
                continue
            sub = _subcommand(texts, launcher + 1)
            if sub is None or texts[sub] not in PROMPTING:
                continue
            if any(t in NOINPUT or t.startswith("--noinput=") for t in texts):
                continue
            if any(r.op in ("<", "<<", "<<<", "<<-", "<&") for r in cmd.redirects) or \
                    (cmd.parent is not None and cmd.parent.type == "pipeline" and cmd.parent.children[0] is not cmd):
                continue
            arg = cmd.argv[sub]
            fix = None
            if arg.static and arg.span.line == arg.span.end_line:
                end = Span(arg.span.end_line, arg.span.end_column, arg.span.end_line, arg.span.end_column)
                fix = Fix("append `--noinput`", (TextEdit(end, " --noinput"),), safe=False)
            name = "python -m django" if texts[launcher] == "django" else basename(texts[launcher])
            yield Violation(
                f"`{name} {texts[sub]}` runs without `--noinput`: {ASKS[texts[sub]]}, which fails or "
                "waits forever when no one is at a terminal (CI, cron, ssh without a tty); add "
                f"`--noinput`{NOINPUT_NOTE.get(texts[sub], '')}", arg.span, fix=fix)


def _subcommand(texts: list[str], start: int) -> int | None:
    """Index of the subcommand, skipping Django's global options (`-v 0`, `--settings x`)."""
    i = start
    while i < len(texts):
        if texts[i] in ("-v", "--verbosity", "--settings", "--pythonpath"):
            i += 2
            continue
        if texts[i].startswith("-"):
            i += 1
            continue
        return i
    return None
