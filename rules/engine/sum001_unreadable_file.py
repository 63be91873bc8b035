"""## What it does
Reports a file that sumlint could not read or parse: binary content, bytes that are not
UTF-8, a file over the size limit, an unreadable file or folder, a broken symlink, or a
syntax error that the file's front-end could not recover from. The diagnostic points at the
first bad byte or token.

## Why is this bad?
A file sumlint cannot read is a file no rule checked. Saying so is better than passing it
silently: a deploy script saved as Latin-1 or a unit with a stray NUL byte would otherwise
look clean.

## Example
```ini title=broken.service
[Unit]
Description=web
After=network.target \\
```

## Use instead
```ini title=fixed.service
[Unit]
Description=web
After=network.target
```
"""

from sumlint.diagnostics import Severity
from sumlint.rule import Rule


class UnreadableFile(Rule):
    code = "SUM001"
    name = "unreadable-file"
    summary = "File could not be read or parsed"
    kinds = frozenset({"systemd", "shell", "markdown", "settings", "env", "requirements"})
    severity = Severity.ERROR
    engine = True
