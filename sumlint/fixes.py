"""Applying fixes: text edits on the file's own text, line endings and BOM kept.

Edits are applied to ``SourceFile.raw_text`` (not the LF-normalised text): positions are
(line, column) and columns are the same in both, so CRLF and even mixed line endings
survive. New lines in an edit's text get the file's dominant line ending.
"""

from __future__ import annotations

from sumlint.diagnostics import Diagnostic, TextEdit
from sumlint.source import SourceFile


def _offsets(raw: str) -> list[int]:
    starts = [0]
    pos = raw.find("\n")
    while pos != -1:
        starts.append(pos + 1)
        pos = raw.find("\n", pos + 1)
    return starts


def _offset(raw: str, starts: list[int], line: int, column: int) -> int:
    """Offset of (line, column) in ``raw``; a column past the end of the line clamps to the
    end of its content (before ``\r\n`` or ``\n``)."""
    if line > len(starts):
        return len(raw)
    start = starts[line - 1]
    end = starts[line] - 1 if line < len(starts) else len(raw)  # at the "\n" (or EOF)
    if end > start and raw[end - 1] == "\r" and line < len(starts):
        end -= 1
    return start + min(max(column - 1, 0), end - start)


def apply_edits(source: SourceFile, edits: list[TextEdit]) -> tuple[str, int]:
    """Apply non-overlapping edits (later ones that overlap are skipped). Returns (text, applied)."""
    raw = source.raw_text
    starts = _offsets(raw)
    spans = []
    for edit in edits:
        s = edit.span
        start = _offset(raw, starts, s.line, s.column)
        end = _offset(raw, starts, s.end_line, s.end_column)
        # An edit that ends at column 1 of the next line removes the line ending too.
        if s.end_column == 1 and s.end_line > s.line and s.end_line <= len(starts):
            end = starts[s.end_line - 1]
        spans.append((start, end, edit.new_text.replace("\n", source.newline) if source.newline != "\n" else edit.new_text))
    spans.sort(key=lambda item: (item[0], item[1]))
    chosen = []
    last_end = -1
    for start, end, text in spans:
        if start < last_end or (chosen and start == chosen[-1][0] == end == chosen[-1][1]):
            continue
        chosen.append((start, end, text))
        last_end = end
    out = raw
    for start, end, text in reversed(chosen):
        out = out[:start] + text + out[end:]
    return out, len(chosen)


def fixes_to_apply(diagnostics: list[Diagnostic], unsafe: bool = False) -> list[Diagnostic]:
    return [d for d in diagnostics if d.fix and d.suppressed is None and (d.fix.safe or unsafe)]


def fix_text(source: SourceFile, diagnostics: list[Diagnostic], unsafe: bool = False) -> tuple[str, int]:
    """The text with every applicable fix applied once (each fix all-or-nothing)."""
    raw = source.raw_text
    starts = _offsets(raw)
    taken: list[tuple[int, int]] = []
    edits: list[TextEdit] = []
    count = 0
    for d in sorted(fixes_to_apply(diagnostics, unsafe), key=Diagnostic.sort_key):
        ranges = []
        for e in d.fix.edits:
            ranges.append((_offset(raw, starts, e.span.line, e.span.column),
                           _offset(raw, starts, e.span.end_line, e.span.end_column)))
        if any(not (b <= s2 or a >= e2) or (a == b == s2 == e2) for a, b in ranges for s2, e2 in taken):
            continue  # overlaps an earlier fix: left for the next pass
        taken.extend(ranges)
        edits.extend(d.fix.edits)
        count += 1
    text, _ = apply_edits(source, edits)
    return text, count
