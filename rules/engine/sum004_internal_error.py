"""## What it does
Reports that sumlint itself failed on this file: a rule, the file's front-end (its parser) or
its facts extractor raised an exception. That is a bug in sumlint, not a problem of the file.
Only what crashed is lost: a rule that crashed reports nothing on this file while every other
rule still does; a front-end that crashed leaves no rule anything to check on the file; a
facts extractor that crashed leaves the file out of the cross-file rules. Other files are not
affected.

The diagnostic is at line 1, column 1 of the file. A cross-file (project) rule that crashed
loses only its own findings; its SUM004 is at line 1, column 1 of the configuration file, or,
when there is none, of the first linted file by path.

## Why is this bad?
Some checks did not run, so a clean report for this file means less than usual. Nothing can
hide it: not `select`, `ignore`, `extend-select` or `per-file-ignores`, not a suppression
comment (one that names SUM004 is reported as SUM003), not a severity override or
`--fail-on`. `sumlint check` prints one line on stderr for each crash (with `--verbose`, its
traceback), still prints every other finding, and exits 2, also with `--exit-zero`. A result
with SUM004 is never cached, so the next run tries again.

## Example
No file triggers it on purpose; it appears only when sumlint has a bug. A rule that raised
`IndexError` on `deploy.sh` is reported as:

```text
deploy.sh:1:1: SUM004 internal error in SUM204: IndexError: list index out of range (a bug in sumlint; please report it, with --verbose for the traceback)
```

## Use instead
Report the bug with the output of `sumlint check --verbose` on the file (the traceback) and,
if you can share it, the file. Until it is fixed, excluding the file (`extend-exclude`) stops
the crash, and with it every check of the file.
"""

from sumlint.diagnostics import Severity
from sumlint.rule import Rule


class InternalError(Rule):
    code = "SUM004"
    name = "internal-error"
    summary = "sumlint failed on this file"
    kinds = frozenset({"systemd", "shell", "markdown", "settings", "env", "requirements"})
    severity = Severity.ERROR
    engine = True
