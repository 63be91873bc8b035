"""## What it does
Reports a `# comment` written after a value on the same line, such as
`Restart=always  # keep it up` or `ExecStart=/srv/app/venv/bin/celery worker # the worker`.
systemd only knows comments on lines of their own: the text after `#` is part of the
value. In commands, a `#` inside quotes (`/bin/sh -c 'x # y'`) is not reported; in free
text such as `Description=Worker #2`, only a `#` followed by a blank is.

## Why is this bad?
The "comment" changes the value: `Restart=always # keep it up` is not a valid restart
setting, so systemd ignores the line and the service is never restarted; in `ExecStart=`
the words become arguments (`#`, `the`, `worker`) passed to the program. It is a classic
mistake because most other config formats allow trailing comments.

## Example
```ini title=worker.service
[Unit]
Description=Background worker

[Service]
ExecStart=/srv/app/venv/bin/celery -A config worker
Restart=always  # keep the worker up
```

## Use instead
```ini title=worker.service
[Unit]
Description=Background worker

[Service]
ExecStart=/srv/app/venv/bin/celery -A config worker
# keep the worker up
Restart=always
```

## Fix safety
Unsafe: the fix moves the comment onto its own line above the directive. That changes the
value systemd reads (usually into the one that was meant), so review it.
"""

from __future__ import annotations

from sumlint.diagnostics import Fix, Severity, Span, TextEdit, Violation
from sumlint.rule import Rule
from sumlint.systemd import directives as table
from sumlint.systemd.rulekit import trailing_comment


class TrailingCommentInValue(Rule):
    code = "SUM107"
    name = "trailing-comment-in-value"
    summary = "Trailing `# comment` after a value is part of the value in systemd"
    kinds = frozenset({"systemd"})
    severity = Severity.ERROR
    fixable = True
    embedded = True

    def check(self, model, ctx):
        if model.foreign:
            return
        for directive in model.directives:
            if directive.section is None or directive.empty:
                continue
            value_type = table.directive_type(directive.section, directive.key)
            at = trailing_comment(directive.key, directive.value, value_type)
            if at is None:
                continue
            value = directive.value
            kept = value[:at].rstrip(" \t")
            comment = value[at:]
            span = directive.span_of(at, len(value))
            fix = None
            line, column = directive.position(len(kept))
            if span.line == span.end_line == line:
                indent = " " * (directive.key_span.column - 1)
                fix = Fix("Move the comment onto its own line above the directive", (
                    TextEdit(Span(directive.line, 1, directive.line, 1), f"{indent}{comment}\n"),
                    TextEdit(Span(line, column, span.end_line, span.end_column), "")), safe=False)
            yield Violation(
                f"`{comment if len(comment) <= 40 else comment[:39] + '…'}` is part of the "
                f"`{directive.key}=` value, not a comment: systemd only treats lines that "
                f"start with `#` or `;` as comments; move it onto its own line", span, fix=fix)
