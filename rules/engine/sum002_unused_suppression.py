"""## What it does
Reports a suppression comment (`# sumlint: disable=CODE`) that suppresses nothing: no
diagnostic with that code is reported on the lines it covers. Only codes of enabled rules
are checked, so disabling a rule in the configuration does not make its suppressions
"unused".

## Why is this bad?
Stale suppressions hide future problems: once the line is fixed, the comment stays and
would silence the next real finding on that line.

## Example
```ini title=web.service
[Unit]
Description=web
# sumlint: disable=SUM101
After=network.target
```

## Use instead
```ini title=web.service
[Unit]
Description=web
After=network.target
```

## Fix safety
Safe: the fix removes the unused code from the comment, or the whole comment when no code
is left.
"""

from sumlint.diagnostics import Severity
from sumlint.rule import Rule


class UnusedSuppression(Rule):
    code = "SUM002"
    name = "unused-suppression"
    summary = "Suppression comment suppresses nothing"
    kinds = frozenset({"systemd", "shell", "markdown", "settings", "env", "requirements"})
    severity = Severity.WARNING
    fixable = True
    engine = True
