"""## What it does
Reports a `sumlint:` comment that sumlint cannot read as a suppression: a misspelt action
(`disabel=`), no codes, or a code that is not a sumlint rule.

## Why is this bad?
A malformed suppression silently suppresses nothing, so the author believes a finding is
handled while it is still reported, or worse, a typo in the code hides nothing and the
finding comes back in CI.

## Example
```sh title=deploy.sh
#!/bin/bash
# sumlint: disabel=SUM201
echo deploy
```

## Use instead
```sh title=deploy.sh
#!/bin/bash
echo deploy
```
"""

from sumlint.diagnostics import Severity
from sumlint.rule import Rule


class MalformedSuppression(Rule):
    code = "SUM003"
    name = "malformed-suppression"
    summary = "Suppression comment cannot be understood"
    kinds = frozenset({"systemd", "shell", "markdown", "settings", "env", "requirements"})
    severity = Severity.WARNING
    engine = True
