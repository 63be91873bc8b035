"""GitLab Code Quality: the JSON array GitLab reads from ``artifacts:reports:codequality``
and shows in the merge request's Code Quality widget and the changes view.

Each active diagnostic is one object with the keys GitLab requires: ``description`` (the
code and the message), ``check_name`` (the code), ``fingerprint``, ``severity`` and
``location`` (``path`` relative to the working directory, ``lines.begin`` and
``lines.end``). Suppressed diagnostics are left out.

GitLab compares the fingerprints of the source and target branches to say which findings a
merge request adds or fixes, and shows only the first of several findings with the same
fingerprint. So the fingerprint hashes what a finding is (code, path, message) and its
rank among identical findings in the file, not its line: a line added above a finding does
not make it "new" (``sumlint.output.fingerprints``). Severities use GitLab's scale: error is ``major``, warning ``minor``,
info ``info``, so errors rank above warnings in the widget.
"""

from __future__ import annotations

import json

from sumlint.diagnostics import Severity
from sumlint.output import OutputContext, display_path
from sumlint.output.fingerprints import fingerprint, order, ranks

SEVERITIES = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.INFO: "info"}


def issues(diagnostics, context: OutputContext) -> list[dict]:
    active = [d for d in diagnostics if not d.suppressed]
    rank = ranks(active)
    out = []
    for d in sorted(active, key=order):
        path = display_path(d.path, context.cwd)
        out.append({
            "description": f"{d.code} {d.message}",
            "check_name": d.code,
            "fingerprint": fingerprint(d.code, path, d.message, rank[id(d)]),
            "severity": SEVERITIES[d.severity],
            "location": {"path": path,
                         "lines": {"begin": d.span.line, "end": max(d.span.end_line, d.span.line)}},
        })
    return out


def render(diagnostics, context: OutputContext) -> str:
    return json.dumps(issues(diagnostics, context), indent=2) + "\n"
