"""``--statistics``: one line per rule with its number of problems, most frequent first.

Text::

      12  SUM301  [ ] required-service-called-optional
       3  SUM101  [*] unit-without-required-service-dependency

``[*]`` marks a rule whose problems here all have a fix ``--fix`` applies (with
``--unsafe-fixes``: any fix), ``[-]`` one where only some do. JSON is an array of objects
with the keys ``code``, ``name``, ``count`` and ``fixable`` (how many of them have such a fix).
Suppressed problems are counted only with ``--show-suppressed``, like the problems themselves.
"""

from __future__ import annotations

import json
from collections import Counter

from sumlint.output import OutputContext


def _rows(diagnostics, context: OutputContext) -> list[dict]:
    from sumlint.registry import all_rules

    rules = all_rules()
    counts: Counter[str] = Counter()
    fixable: Counter[str] = Counter()
    for d in diagnostics:
        counts[d.code] += 1
        fixable[d.code] += bool(d.fix and (d.fix.safe or context.unsafe_fixes) and not d.suppressed)
    rows = []
    for code, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        rule = rules.get(code)
        rows.append({"code": code, "name": rule.name if rule is not None else "", "count": count,
                     "fixable": fixable[code]})
    return rows


def render_statistics(fmt: str, diagnostics, context: OutputContext) -> str:
    rows = _rows(diagnostics, context)
    if fmt == "json":
        return json.dumps(rows, indent=2) + "\n"
    width = max((len(str(r["count"])) for r in rows), default=1)
    lines = []
    for r in rows:
        mark = "[*]" if r["fixable"] == r["count"] else "[-]" if r["fixable"] else "[ ]"
        lines.append(f"{r['count']:>{max(width, 4)}}  {r['code']}  {mark} {r['name']}".rstrip())
    if not context.quiet:
        total = sum(r["count"] for r in rows)
        files = f"{context.files_checked} file{'s' if context.files_checked != 1 else ''}"
        lines.append(f"Found {total} problem{'s' if total != 1 else ''} in {files} checked." if total
                     else f"All checks passed ({files} checked).")
    return "\n".join(lines) + "\n"
