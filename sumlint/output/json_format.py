"""A JSON array; each object has exactly the keys code, severity, message, path, line,
column, end_line, end_column, fix (plus ``suppression`` with ``--show-suppressed``)."""

from __future__ import annotations

import json

from sumlint.output import OutputContext, display_path


def diagnostic_object(d, context: OutputContext) -> dict:
    fix = None
    if d.fix:
        fix = {"message": d.fix.message, "applicability": "safe" if d.fix.safe else "unsafe",
               "edits": [e.to_dict() for e in d.fix.edits]}
    item = {
        "code": d.code, "severity": str(d.severity), "message": d.message,
        "path": display_path(d.path, context.cwd), "line": d.span.line, "column": d.span.column,
        "end_line": d.span.end_line, "end_column": d.span.end_column, "fix": fix,
    }
    if context.show_suppressed:
        item["suppression"] = ({"kind": d.suppressed.kind, "line": d.suppressed.line,
                                "reason": d.suppressed.reason} if d.suppressed else None)
    return item


def render(diagnostics, context: OutputContext) -> str:
    return json.dumps([diagnostic_object(d, context) for d in diagnostics], indent=2) + "\n"
