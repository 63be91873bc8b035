"""## What it does
Reports a date or time format in a command (`date +%Y-%m-%d`, `--log-name=app-%H:%M`) whose
`%` sequences are systemd specifiers: systemd replaces `%Y`, `%m`, `%d`, `%H`, `%M`, `%S`
and the like in `Exec*=` lines before the program sees them. Two or more specifiers joined
by `-`, `:`, `_`, `.` or a blank (the shape of a strftime format) are reported; paths such
as `%S/app/%N.log` are not.

## Why is this bad?
The command gets the unit file's directory, the machine ID and the credentials directory
instead of a date: `/usr/bin/tar -czf /backup/db-%Y-%m-%d.tar.gz` writes to a path like
`/backup/db-/etc/systemd/system-0c8e…-.tar.gz`. Nothing fails, so the mistake shows up only
when someone looks for last night's backup.

## Example
```ini title=backup.service
[Unit]
Description=Nightly backup

[Service]
Type=oneshot
User=backup
ExecStart=/usr/bin/pg_dump --file=/backup/site-%Y-%m-%d.sql site
```

## Use instead
```ini title=backup.service
[Unit]
Description=Nightly backup

[Service]
Type=oneshot
User=backup
ExecStart=/bin/sh -c 'exec /usr/bin/pg_dump --file=/backup/site-$(date +%%Y-%%m-%%d).sql site'
```

## Fix safety
Unsafe: the fix doubles each `%` of the format (`%%Y-%%m-%%d`), so the program receives
the format instead of systemd's values. That is almost always what was meant, but it
changes the command.
"""

from __future__ import annotations

import re

from sumlint.diagnostics import Fix, Severity, TextEdit, Violation
from sumlint.rule import Rule
from sumlint.systemd import directives as table
from sumlint.systemd.values import SPECIFIER_LETTERS, SPECIFIER_NAMES

FORMAT_RE = re.compile(r"(?<!%)%[A-Za-z](?:[-:_. ]%[A-Za-z])+")


class FormatStringSpecifiers(Rule):
    code = "SUM112"
    name = "format-string-specifiers"
    summary = "Date format in a command is replaced by systemd specifiers"
    kinds = frozenset({"systemd"})
    severity = Severity.WARNING
    fixable = True
    embedded = True

    def check(self, model, ctx):
        if model.foreign:
            return
        for directive in model.directives:
            if directive.key not in table.EXEC_KEYS or "%" not in directive.value:
                continue
            value = directive.value
            if model.has_placeholder(value):
                value = model.placeholder_re.sub(lambda m: "x" * len(m.group(0)), value)
            for match in FORMAT_RE.finditer(value):
                text = match.group(0)
                letters = re.findall(r"%([A-Za-z])", text)
                if not all(letter in SPECIFIER_LETTERS for letter in letters):
                    continue  # an unknown one is SUM104's
                if _escaped_run(value, match.start()):
                    continue
                meaning = ", ".join(f"`%{l}` {SPECIFIER_NAMES.get(l, 'a specifier')}"
                                    for l in dict.fromkeys(letters))
                span = directive.span_of(match.start(), match.end())
                fixed = text.replace("%", "%%")
                yield Violation(
                    f"`{text}` in `{directive.key}=` looks like a date format, but systemd "
                    f"replaces it before the command runs ({meaning}); write `{fixed}`",
                    span, fix=Fix(f"Escape as `{fixed}`", (TextEdit(span, fixed),), safe=False))


def _escaped_run(value: str, start: int) -> bool:
    """The `%` at ``start`` is the second of an odd run (``%%Y``)."""
    run = 0
    i = start - 1
    while i >= 0 and value[i] == "%":
        run += 1
        i -= 1
    return run % 2 == 1
