"""``path:line:col: CODE message``; on a terminal also the source line and a caret underline.

``[*]`` after the code marks a diagnostic ``--fix`` can fix. A summary line ends the
output (unless ``--quiet``).
"""

from __future__ import annotations

from collections import Counter

from sumlint.diagnostics import Severity
from sumlint.output import OutputContext, display_path

_COLORS = {Severity.ERROR: "\033[31m", Severity.WARNING: "\033[33m", Severity.INFO: "\033[36m"}
_BOLD, _DIM, _RESET = "\033[1m", "\033[2m", "\033[0m"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' if n != 1 else ''}"


def _width(text: str) -> int:
    """Terminal cells: East Asian wide characters take two, combining marks none."""
    import unicodedata

    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1
               for c in text)


def _source_lines(d, context: OutputContext, cache: dict) -> list[str]:
    if d.path not in cache:
        try:
            with open(d.path, encoding="utf-8", errors="replace", newline="") as handle:
                text = handle.read()
            cache[d.path] = text.lstrip("\ufeff").replace("\r\n", "\n").split("\n")
        except OSError:
            cache[d.path] = None
    return cache[d.path] or []


def _snippet(d, lines: list[str], color: bool) -> list[str]:
    if not 0 < d.span.line <= len(lines):
        return []
    text = lines[d.span.line - 1]
    start = max(d.span.column - 1, 0)
    end = d.span.end_column - 1 if d.span.end_line == d.span.line else len(text)
    end = max(min(end, len(text)), start)
    shown = text.replace("\t", " ")
    pad = " " * _width(shown[:start])
    carets = "^" * max(_width(shown[start:end]), 1)
    if color:
        carets = f"{_COLORS[d.severity]}{carets}{_RESET}"
    gutter = f"{d.span.line:>5} | "
    return [f"{gutter}{shown}", " " * (len(gutter) - 2) + "| " + pad + carets]


def render(diagnostics, context: OutputContext) -> str:
    out: list[str] = []
    cache: dict = {}
    fixable = 0
    for d in diagnostics:
        path = display_path(d.path, context.cwd)
        code = d.code
        if context.color:
            path = f"{_BOLD}{path}{_RESET}"
            code = f"{_COLORS[d.severity]}{_BOLD}{code}{_RESET}"
        can_fix = bool(d.fix and (d.fix.safe or context.unsafe_fixes) and not d.suppressed)
        fixable += can_fix
        marker = " [*]" if can_fix else ""
        suppressed = ""
        if d.suppressed:
            reason = f": {d.suppressed.reason}" if d.suppressed.reason else ""
            suppressed = f" (suppressed{reason})"
        out.append(f"{path}:{d.span.line}:{d.span.column}: {code}{marker} {d.message}{suppressed}")
        if context.show_source:
            out.extend(_snippet(d, _source_lines(d, context, cache), context.color))
        for related in d.related:
            rel = display_path(related.path, context.cwd)
            line = f"    {rel}:{related.span.line}:{related.span.column}: {related.message}"
            out.append(f"{_DIM}{line}{_RESET}" if context.color else line)
    if context.quiet:
        return "\n".join(out) + ("\n" if out else "")
    active = [d for d in diagnostics if not d.suppressed]
    counts = Counter(d.severity for d in active)
    files = _plural(context.files_checked, "file")
    if active:
        parts = [f"{counts[s]} {s}{'s' if counts[s] != 1 else ''}" for s in
                 (Severity.ERROR, Severity.WARNING, Severity.INFO) if counts[s]]
        out.append(f"Found {_plural(len(active), 'problem')} ({', '.join(parts)}) in {files} checked.")
        if fixable:
            option = "--fix --unsafe-fixes" if context.unsafe_fixes else "--fix"
            out.append(f"[*] {fixable} fixable with `sumlint check {option}`.")
        if context.unsafe_hidden:
            out.append(f"{_plural(context.unsafe_hidden, 'hidden fix')} can be enabled with "
                       "the `--unsafe-fixes` option.".replace("fixs", "fixes"))
    else:
        out.append(f"All checks passed ({files} checked).")
    if context.fixed:
        out.append(f"Fixed {_plural(context.fixed, 'problem')}.")
    return "\n".join(out) + "\n"
