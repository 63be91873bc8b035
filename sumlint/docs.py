"""Rule documentation: listings, one rule's page, docs/rules.md, and the doc examples.

A rule's documentation is its module docstring, in sections headed ``## What it does``,
``## Why is this bad?``, ``## Example``, ``## Use instead`` and optionally
``## Fix safety`` and ``## Options``. Example and Use instead hold fenced blocks whose
info string is ``<lang> title=<file name>``; the file name decides the file kind.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from sumlint import registry

REQUIRED_SECTIONS = ("What it does", "Why is this bad?", "Example", "Use instead")
FENCE_RE = re.compile(r"^(?P<fence>```+|~~~+)(?P<info>[^\n]*)\n(?P<body>.*?)^(?P=fence)\s*$",
                      re.MULTILINE | re.DOTALL)


@dataclass
class DocExample:
    title: str  # file name, e.g. celery.service
    lang: str
    text: str
    files: dict[str, str]  # extra files of the example project, from further fences


def sections(doc: str) -> dict[str, str]:
    found: dict[str, str] = {}
    current = None
    buffer: list[str] = []
    for line in doc.split("\n"):
        heading = re.match(r"^##\s+(.*?)\s*$", line)
        if heading:
            if current is not None:
                found[current] = "\n".join(buffer).strip()
            current, buffer = heading.group(1), []
        else:
            buffer.append(line)
    if current is not None:
        found[current] = "\n".join(buffer).strip()
    return found


def examples(section_text: str) -> list[DocExample]:
    """Every fenced block of a section; the first is the file the rule is expected to judge."""
    found = []
    for match in FENCE_RE.finditer(section_text):
        info = match.group("info").strip()
        lang = info.split()[0] if info else ""
        title = re.search(r"title=(\S+)", info)
        found.append(DocExample(title.group(1) if title else "", lang, match.group("body"), {}))
    return found


def _kinds_label(rule) -> str:
    from sumlint.kinds import KINDS

    label = "all" if set(rule.kinds) >= set(KINDS) else ",".join(sorted(rule.kinds))
    return f"project:{label}" if rule.project else label


def rules_listing(fmt: str) -> str:
    rules = registry.all_rules()
    rows = [(r.code, r.name, _kinds_label(r), str(r.severity), "yes" if r.fixable else "", r.summary)
            for r in rules.values()]
    if fmt == "json":
        return json.dumps([{"code": c, "name": n, "kinds": sorted(r.kinds), "project": r.project,
                            "severity": s, "fixable": r.fixable, "summary": r.summary}
                           for (c, n, k, s, f, _), r in zip(rows, rules.values())], indent=2) + "\n"
    if fmt == "markdown":
        lines = ["| Code | Name | Kinds | Severity | Fixable | Summary |", "|---|---|---|---|---|---|"]
        lines += [f"| [{c}](#{c.lower()}) | {n} | {k} | {s} | {f} | {m.replace('|', chr(92) + '|')} |"
                  for c, n, k, s, f, m in rows]
        return "\n".join(lines) + "\n"
    widths = [max(len(row[i]) for row in rows) if rows else 4 for i in range(5)]
    header = ("CODE", "NAME", "KINDS", "SEVERITY", "FIX")
    widths = [max(w, len(h)) for w, h in zip(widths, header)]
    out = ["  ".join(h.ljust(w) for h, w in zip(header, widths)) + "  SUMMARY"]
    out += ["  ".join(v.ljust(w) for v, w in zip(row[:5], widths)) + "  " + row[5] for row in rows]
    return "\n".join(out) + "\n"


def rule_page(rule, heading_level: int = 1) -> str:
    h = "#" * heading_level
    meta = (f"{h} {rule.code} {rule.name}\n\n{rule.summary}.\n\n"
            f"- Kinds: {', '.join(sorted(rule.kinds))}{' (project rule: reads facts of every file)' if rule.project else ''}\n"
            f"- Default severity: {rule.severity}\n- Fixable: {'yes' if rule.fixable else 'no'}\n")
    if rule.embedded:
        meta += "- Also checks code blocks of that kind inside markdown files\n"
    if rule.options:
        meta += f"- Options (in `[tool.sumlint.{rule.family}]`): " + ", ".join(
            f"`{name}`" for name in sorted(rule.options)) + "\n"
    body = re.sub(r"^## ", "#" * (heading_level + 1) + " ", rule.doc, flags=re.MULTILINE)
    return meta + "\n" + body.strip() + "\n"


def rules_markdown() -> str:
    """The content of docs/rules.md."""
    parts = ["# sumlint rules\n",
             "Generated from the rule modules by `python -m sumlint.docs > docs/rules.md`; "
             "do not edit by hand (a test fails when this page is stale).\n",
             rules_listing("markdown")]
    for rule in registry.all_rules().values():
        parts.append(f'<a id="{rule.code.lower()}"></a>\n\n' + rule_page(rule, heading_level=2))
    return "\n".join(parts)


if __name__ == "__main__":
    import sys

    sys.stdout.write(rules_markdown())
