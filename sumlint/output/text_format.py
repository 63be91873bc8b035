"""``path:line:col: CODE message``; on a terminal also the source line and a caret underline."""

from __future__ import annotations

from collections import Counter

from sumlint.diagnostics import Severity
from sumlint.output import OutputContext, display_path

_COLORS = {Severity.ERROR: "\033[31m", Severity.WARNING: "\033[33m", Severity.INFO: "\033[36m"}
_BOLD, _RESET = "\033[1m", "\033[0m"


def render(diagnostics, context: OutputContext) -> str:
    out: list[str] = []
    lines_cache: dict[str, list[str] | None] = {}
    for d in diagnostics:
        path = display_path(d.path, context.cwd)
        code = d.code
        if context.color:
            path = f"{_BOLD}{path}{_RESET}"
            code = f"{_COLORS[d.severity]}{code}{_RESET}"
        fixable = " [*]" if d.fix and d.fix.safe else ""
        suppressed = " (suppressed)" if d.suppressed else ""
        out.append(f"{path}:{d.span.line}:{d.span.column}: {code}{fixable} {d.message}{suppressed}")
        if context.show_source:
            source_lines = lines_cache.get(d.path)
            if d.path not in lines_cache:
                try:
                    with open(d.path, encoding="utf-8", errors="replace") as handle:
                        source_lines = handle.read().split("\n")
                except OSError:
                    source_lines = None
                lines_cache[d.path] = source_lines
            if source_lines and 0 < d.span.line <= len(source_lines):
                text = source_lines[d.span.line - 1].rstrip("\r").replace("\t", " ")
                width = (d.span.end_column - d.span.column) if d.span.end_line == d.span.line else len(text) - d.span.column + 1
                out.append(f"  {d.span.line:>4} | {text}")
                out.append("       | " + " " * (d.span.column - 1) + "^" * max(width, 1))
    counts = Counter(d.severity for d in diagnostics)
    fixable = sum(1 for d in diagnostics if d.fix and d.fix.safe)
    if diagnostics:
        parts = [f"{counts[s]} {s}{'s' if counts[s] != 1 else ''}" for s in
                 (Severity.ERROR, Severity.WARNING, Severity.INFO) if counts[s]]
        summary = f"Found {len(diagnostics)} problem{'s' if len(diagnostics) != 1 else ''} ({', '.join(parts)})"
        summary += f" in {context.files_checked} file{'s' if context.files_checked != 1 else ''} checked."
        if fixable:
            summary += f"\n[*] {fixable} fixable with `sumlint check --fix`."
        out.append(summary)
    else:
        out.append(f"All checks passed ({context.files_checked} file{'s' if context.files_checked != 1 else ''} checked).")
    if context.fixed:
        out.append(f"Fixed {context.fixed} problem{'s' if context.fixed != 1 else ''}.")
    return "\n".join(out) + "\n"
