"""Where a "disable SUMxxx for this line" code action puts its suppression comment.

The comment must be one that ``sumlint.suppressions`` reads as covering the diagnostic's
line, and it must not change what the file means:

* systemd units have no trailing comments (text after a value is part of the value), and
  env files are also read by systemd's ``EnvironmentFile=``: a ``#`` line above;
* shell scripts, Python settings and requirements files: a trailing ``# sumlint: disable=``
  comment, or a line above the logical line when the line continues with a backslash.
  Nothing is offered inside a here-document body, where any comment would be text, nor on a
  ``#!`` line (the kernel passes the rest of that line to the interpreter: ``bash '#
  sumlint: …'`` would fail), where only the file-level comment can do it;
* markdown: ``<!-- sumlint: disable=... -->`` above the block (paragraph, list, table,
  fenced code block) that holds the line.

When a suppression comment already covers the line, the code is added to it instead.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from sumlint import kinds
from sumlint.diagnostics import Span, TextEdit

FENCE_RE = re.compile(r"^\s*(`{3,}|~{3,})")
HEREDOC_RE = re.compile(r"(?<![<\w])<<(-?)[ \t]*(?:'([^'\n]+)'|\"([^\"\n]+)\"|\\?([A-Za-z_][\w.-]*))")
TRAILING_KINDS = (kinds.SHELL, kinds.SETTINGS, kinds.REQUIREMENTS)
# Suppressing a suppression finding makes no sense; an internal error (SUM004) cannot be hidden.
NOT_SUPPRESSIBLE = ("SUM002", "SUM003", "SUM004")


def disable_edit(kind: str, text: str, line: int, code: str,
                 existing: Iterable[object] = ()) -> TextEdit | None:
    """The edit that suppresses ``code`` on ``line`` (1-based) of ``text`` (LF-normalised),
    or None when no comment can do it without changing the file's meaning.

    The edit is checked against ``sumlint.suppressions`` before it is offered: a comment
    that would not cover the line (a blank line, a comment line in a unit) is not offered."""
    edit = place_disable_edit(kind, text, line, code, existing)
    if edit is None or not _covers(kind, text, edit, line, code):
        return None
    return edit


def _covers(kind: str, text: str, edit: TextEdit, line: int, code: str) -> bool:
    from sumlint.suppressions import parse

    lines = text.split("\n")
    span = edit.span
    start = sum(len(l) + 1 for l in lines[: span.line - 1]) + span.column - 1
    end = sum(len(l) + 1 for l in lines[: span.end_line - 1]) + span.end_column - 1
    new = text[:start] + edit.new_text + text[end:]
    added = edit.new_text.count("\n") - text.count("\n", start, end)
    target = line + added if span.line <= line and added and span.column == 1 else line
    found, _ = parse(new, "html" if kind == kinds.MARKDOWN else "#", kind)
    return any(s.covers(code, target) for s in found)


@lru_cache(maxsize=2)
def _layout(text: str) -> tuple[list[str], frozenset[int], frozenset[int], tuple[tuple[int, int], ...]]:
    """The text's lines, here-document body lines, triple-quoted lines and fenced blocks, found
    once per text: ``--add-suppressions`` asks for every finding of a file in turn (a
    file with thousands of findings would otherwise be scanned thousands of times)."""
    lines = text.split("\n")
    return (lines, frozenset(heredoc_body_lines(lines)), frozenset(triple_quoted_lines(lines)),
            tuple(fence_ranges(lines)))


def place_disable_edit(kind: str, text: str, line: int, code: str,
                       existing: Iterable[object]) -> TextEdit | None:
    """Where the comment for ``code`` on ``line`` goes, unchecked (``disable_edit`` checks it;
    ``--add-suppressions`` checks a whole file's comments at once)."""
    lines, heredoc, triple, fences = _layout(text)
    if not 1 <= line <= len(lines):
        return None
    for suppression in existing:
        if getattr(suppression, "file_level", False):
            continue
        first, last = suppression.scope
        if first <= line <= last and suppression.codes:
            if any(c == code for c, _ in suppression.codes):
                return None
            end = suppression.codes[-1][1]
            return TextEdit(Span(end.line, end.end_column, end.line, end.end_column), f",{code}")
    marker = f"sumlint: disable={code}"
    if kind == kinds.MARKDOWN:
        start = markdown_block_start(lines, line, fences)
        indent = _indent(lines[start - 1])
        return TextEdit(Span(start, 1, start, 1), f"{indent}<!-- {marker} -->\n")
    if kind == kinds.SHELL and line in heredoc:
        return None
    if kind == kinds.SETTINGS and line in triple:
        return None
    current = lines[line - 1]
    if line == 1 and current.startswith("#!"):
        return None  # the kernel would pass a comment after the interpreter to it: only a file-level one
    if kind in TRAILING_KINDS and not current.rstrip().endswith("\\") and current.strip():
        column = len(current.rstrip()) + 1
        return TextEdit(Span(line, column, line, len(current) + 1), f"  # {marker}")
    start = logical_line_start(lines, line)
    if kind == kinds.SHELL and start in heredoc:
        return None
    indent = _indent(lines[start - 1])
    return TextEdit(Span(start, 1, start, 1), f"{indent}# {marker}\n")


def _indent(text: str) -> str:
    return text[: len(text) - len(text.lstrip(" \t"))]


def logical_line_start(lines: list[str], line: int) -> int:
    """The first line of the backslash-continued logical line holding ``line``."""
    start = line
    while start > 1 and lines[start - 2].rstrip().endswith("\\"):
        start -= 1
    return start


def fence_ranges(lines: list[str]) -> list[tuple[int, int]]:
    """(first, last) 1-based lines of each fenced code block, fences included."""
    ranges: list[tuple[int, int]] = []
    open_at: int | None = None
    marker = ""
    for index, text in enumerate(lines, start=1):
        match = FENCE_RE.match(text)
        if open_at is None:
            if match:
                open_at, marker = index, match.group(1)
        elif match and match.group(1)[0] == marker[0] and len(match.group(1)) >= len(marker) \
                and not text.strip()[len(match.group(1)):].strip():
            ranges.append((open_at, index))
            open_at = None
    if open_at is not None:
        ranges.append((open_at, len(lines)))
    return ranges


def markdown_block_start(lines: list[str], line: int, fences=None) -> int:
    """The first line of the markdown block holding ``line``: its fence, or the first of the
    run of non-blank lines it belongs to (what ``<!-- sumlint: disable -->`` above covers).
    ``fences``: ``fence_ranges(lines)``, if already found."""
    fences = fence_ranges(lines) if fences is None else fences
    for first, last in fences:
        if first <= line <= last:
            return first
    fence_ends = {last for _, last in fences}
    start = line
    while start > 1 and lines[start - 2].strip() and (start - 1) not in fence_ends:
        start -= 1
    return start


def heredoc_body_lines(lines: list[str]) -> set[int]:
    """Lines (1-based) inside here-document bodies, terminators included (a heuristic scan:
    quotes and comments on the opening line are not parsed)."""
    body: set[int] = set()
    pending: list[tuple[str, bool]] = []
    index = 0
    while index < len(lines):
        text = lines[index]
        index += 1
        if pending:
            continue
        code = text.split(" #", 1)[0] if not text.lstrip().startswith("#") else ""
        for match in HEREDOC_RE.finditer(code):
            word = match.group(2) or match.group(3) or match.group(4)
            pending.append((word, match.group(1) == "-"))
        while pending and index < len(lines):
            word, strip_tabs = pending.pop(0)
            while index < len(lines):
                body_text = lines[index]
                index += 1
                body.add(index)
                if (body_text.lstrip("\t") if strip_tabs else body_text) == word:
                    break
    return body


def triple_quoted_lines(lines: list[str]) -> set[int]:
    """Lines (1-based) that start inside a Python triple-quoted string (a heuristic scan)."""
    inside: set[int] = set()
    quote: str | None = None
    for number, text in enumerate(lines, start=1):
        if quote is not None:
            inside.add(number)
        position = 0
        while True:
            if quote is None:
                found = [(text.find(q, position), q) for q in ('"""', "'''")]
                found = [(i, q) for i, q in found if i != -1]
                hash_at = text.find("#", position)
                if not found:
                    break
                start, q = min(found)
                if hash_at != -1 and hash_at < start:
                    break
                quote, position = q, start + 3
            else:
                end = text.find(quote, position)
                if end == -1:
                    break
                quote, position = None, end + 3
    return inside


def disable_file_edit(kind: str, text: str, code: str, existing: Iterable[object] = ()) -> TextEdit | None:
    """The edit that suppresses ``code`` in the whole file: added to an existing
    ``disable-file`` comment, or a new comment line at the top (after a shebang and, in
    Python, an encoding line, which must stay first)."""
    for suppression in existing:
        if getattr(suppression, "file_level", False) and suppression.codes:
            if any(c == code for c, _ in suppression.codes):
                return None
            end = suppression.codes[-1][1]
            return TextEdit(Span(end.line, end.end_column, end.line, end.end_column), f",{code}")
    lines = text.split("\n")
    line = 1
    if lines and lines[0].startswith("#!"):
        line = 2
    if kind == kinds.SETTINGS:
        while line <= min(len(lines), 2) and re.match(r"^[ \t\f]*#.*?coding[:=]", lines[line - 1]):
            line += 1
    marker = f"sumlint: disable-file={code}"
    comment = f"<!-- {marker} -->" if kind == kinds.MARKDOWN else f"# {marker}"
    if kind == kinds.MARKDOWN and lines and lines[0].strip() == "---":
        # YAML front matter must stay first: after its closing line.
        for number in range(2, len(lines) + 1):
            if lines[number - 1].strip() in ("---", "..."):
                line = number + 1
                break
    line = min(line, len(lines))
    return TextEdit(Span(line, 1, line, 1), comment + "\n")
