"""GitHub Actions workflow commands: one annotation per diagnostic.

``::error file=PATH,line=L,col=C,endLine=EL,endColumn=EC,title=CODE::message``; warnings
use ``::warning``, info ``::notice``. Escaping follows the runner's rules: in the message
``%``, ``\\r`` and ``\\n`` are percent-encoded; in property values also ``:`` and ``,``.
Paths are relative to the working directory (run sumlint from the repository root).
"""

from __future__ import annotations

from sumlint.diagnostics import Severity
from sumlint.output import OutputContext, display_path

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render(diagnostics, context: OutputContext) -> str:
    out = []
    for d in diagnostics:
        if d.suppressed:
            continue
        s = d.span
        props = {"file": display_path(d.path, context.cwd), "line": s.line, "col": s.column,
                 "endLine": s.end_line, "endColumn": s.end_column, "title": d.code}
        joined = ",".join(f"{k}={escape_property(str(v))}" for k, v in props.items())
        out.append(f"::{COMMANDS[d.severity]} {joined}::{escape_data(d.message)}")
    return "".join(line + "\n" for line in out)
