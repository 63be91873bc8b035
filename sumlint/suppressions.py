"""Suppression comments: ``# sumlint: disable=SUM101,SUM102 -- reason``.

Forms (the comment syntax follows the file kind):

* ``# sumlint: disable=CODES`` at the end of a line suppresses on that line;
* on a line of its own it suppresses on the next code line (and that line's backslash
  continuation lines); in markdown, ``<!-- sumlint: disable=CODES -->`` suppresses in the
  next block (a paragraph, list, table or a whole fenced code block);
* ``disable-file=CODES`` anywhere suppresses in the whole file.

In systemd units only whole-line comments exist (``#`` or ``;`` first): text after a value
is part of the value, so a trailing comment is never a suppression there.
"""

from __future__ import annotations

import re
from dataclasses import field

from sumlint.diagnostics import Diagnostic, Fix, Span, Suppressed, TextEdit
from sumlint.lazyre import LazyPattern
from sumlint.records import record

MARKER_HASH = LazyPattern(r"(?P<open>[#;])\s*sumlint\s*:(?P<body>.*)$")
MARKER_HTML = LazyPattern(r"(?P<open><!--)\s*sumlint\s*:(?P<body>.*?)-->")
BODY_RE = LazyPattern(
    r"^\s*(?P<action>[A-Za-z-]+)\s*(?:=\s*(?P<codes>[^\s]*(?:\s*,\s*[^\s,]+)*))?\s*(?:--\s*(?P<reason>.*?))?\s*$")
CODE_RE = LazyPattern(r"^(?:SUM\d{3}|SC\d{4})$")
ACTIONS = ("disable", "disable-file")


@record
class Suppression:
    """One suppression comment: the codes it names and the lines it covers."""

    line: int
    comment: Span  # the whole comment
    own_line: bool  # the comment is alone on its line
    file_level: bool
    codes: list[tuple[str, Span]]  # each code with the span of its token
    reason: str | None
    scope: tuple[int, int]  # first and last line it covers
    used: set[str] = field(default_factory=set)
    # Column where removing a trailing comment starts (the blanks before it included).
    trim_column: int = 0
    # Inside a code block of a markdown file: it suppresses there, but is never reported
    # as unused (SUM002), since code samples in docs often show suppressions on purpose.
    embedded: bool = False

    def __init__(self, line: int, comment: Span, own_line: bool, file_level: bool,
                 codes: list[tuple[str, Span]], reason: str | None, scope: tuple[int, int],
                 used: set[str] | None = None, trim_column: int = 0, embedded: bool = False) -> None:
        self.line = line
        self.comment = comment
        self.own_line = own_line
        self.file_level = file_level
        self.codes = codes
        self.reason = reason
        self.scope = scope
        self.used = set() if used is None else used
        self.trim_column = trim_column
        self.embedded = embedded

    def to_dict(self) -> dict:
        return {"line": self.line, "comment": self.comment.to_list(), "own_line": self.own_line,
                "file_level": self.file_level, "codes": [[c, s.to_list()] for c, s in self.codes],
                "reason": self.reason, "scope": list(self.scope), "trim_column": self.trim_column,
                "embedded": self.embedded}

    @classmethod
    def from_dict(cls, d: dict) -> "Suppression":
        return cls(int(d["line"]), Span.from_list(d["comment"]), bool(d["own_line"]),
                   bool(d["file_level"]), [(str(c), Span.from_list(s)) for c, s in d["codes"]],
                   d["reason"], (int(d["scope"][0]), int(d["scope"][1])),
                   trim_column=int(d.get("trim_column", 0)), embedded=bool(d.get("embedded", False)))

    def covers(self, code: str, line: int) -> bool:
        return any(c == code for c, _ in self.codes) and (
            self.file_level or self.scope[0] <= line <= self.scope[1])


@record
class Malformed:
    """A comment that looks like a suppression but is not one (SUM003)."""

    span: Span
    message: str

    def __init__(self, span: Span, message: str) -> None:
        self.span = span
        self.message = message

    def to_dict(self) -> dict:
        return {"span": self.span.to_list(), "message": self.message}

    @classmethod
    def from_dict(cls, d: dict) -> "Malformed":
        return cls(Span.from_list(d["span"]), str(d["message"]))


def parse(text: str, comment: str, kind: str = "") -> tuple[list[Suppression], list[Malformed]]:
    """Suppressions in ``text`` (already LF-normalised) for a comment style ``#`` or ``html``."""
    if "sumlint" not in text:
        return [], []
    lines = text.split("\n")
    found: list[Suppression] = []
    bad: list[Malformed] = []
    ends: list[int] = []  # paragraph ends, computed once (see _paragraph_ends)
    for index, line in enumerate(lines):
        if "sumlint" not in line:
            continue
        number = index + 1
        if comment == "html":
            matches = list(MARKER_HTML.finditer(line))
        else:
            match = MARKER_HASH.search(line)
            matches = [match] if match else []
            if match and kind == "systemd" and line[: match.start()].strip():
                continue  # trailing text in a unit value is not a comment
            if match and kind == "systemd" and match.group("open") not in "#;":
                continue
            if match and match.group("open") == ";" and kind != "systemd":
                continue
        for match in matches:
            if comment == "html" and line.count("`", 0, match.start()) % 2:
                continue  # inside a markdown code span: shown as text, not a comment
            start = match.start()
            end = match.end()
            comment_span = Span(number, start + 1, number, end + 1)
            own_line = not line[:start].strip()
            body = match.group("body")
            body_offset = match.start("body")
            parsed = BODY_RE.match(body)
            if not parsed or parsed.group("action") not in ACTIONS or not parsed.group("codes"):
                hint = ""
                if parsed and parsed.group("action") not in ACTIONS:
                    import difflib

                    close = difflib.get_close_matches(parsed.group("action"), ACTIONS, n=1)
                    hint = f" (did you mean `{close[0]}`?)" if close else ""
                bad.append(Malformed(comment_span, f"malformed suppression `{line[start:end].strip()}`: "
                                     f"expected `sumlint: disable=CODE[,CODE] [-- reason]`{hint}"))
                continue
            codes: list[tuple[str, Span]] = []
            codes_start = body_offset + parsed.start("codes")
            for code_match in re.finditer(r"[^\s,]+", parsed.group("codes")):
                code = code_match.group()
                col = codes_start + code_match.start() + 1
                span = Span(number, col, number, col + len(code))
                if CODE_RE.match(code):
                    codes.append((code, span))
                else:
                    bad.append(Malformed(span, f"`{code}` in a suppression is not a rule code (SUMnnn)"))
            if not codes:
                continue
            file_level = parsed.group("action") == "disable-file"
            if file_level:
                scope = (1, len(lines))
            elif not own_line:
                scope = (number, number)
            elif comment == "html":
                if not ends:
                    ends = _paragraph_ends(lines)
                scope = _next_block(lines, index + 1, ends)
            else:
                scope = _next_code_line(lines, index + 1, kind)
            trim = start + 1
            while trim > 1 and line[trim - 2] in " \t":
                trim -= 1
            found.append(Suppression(number, comment_span, own_line, file_level, codes,
                                     parsed.group("reason") or None, scope, trim_column=trim))
    return found, bad


def _next_code_line(lines: list[str], start: int, kind: str) -> tuple[int, int]:
    index = start
    while index < len(lines):
        stripped = lines[index].strip()
        if stripped and not stripped.startswith("#") and not (kind == "systemd" and stripped.startswith(";")):
            break
        index += 1
    if index >= len(lines):
        return (start + 1, start + 1)
    first = index
    while index + 1 < len(lines) and lines[index].rstrip().endswith("\\"):
        index += 1
        # comment lines inside a unit's continuation are skipped by systemd
    return (first + 1, index + 1)


def _paragraph_ends(lines: list[str]) -> list[int]:
    """``ends[i]``: the last line index of the run of non-blank lines that contains line
    ``i`` (computed once: each suppression walking its paragraph to the end was quadratic on
    a paragraph of 20,000 suppression comments)."""
    ends = list(range(len(lines)))
    for i in range(len(lines) - 2, -1, -1):
        if lines[i + 1].strip():
            ends[i] = ends[i + 1]
    return ends


def _next_block(lines: list[str], start: int, ends: list[int] | None = None) -> tuple[int, int]:
    index = start
    while index < len(lines) and not lines[index].strip():
        index += 1
    if index >= len(lines):
        return (start + 1, start + 1)
    first = index
    fence = re.match(r"^\s*(`{3,}|~{3,})", lines[index])
    if fence:
        marker = fence.group(1)
        index += 1
        while index < len(lines) and not re.match(rf"^\s*{re.escape(marker[0])}{{{len(marker)},}}\s*$", lines[index]):
            index += 1
        return (first + 1, min(index, len(lines) - 1) + 1)
    if ends is not None:
        return (first + 1, ends[index] + 1)
    while index + 1 < len(lines) and lines[index + 1].strip():
        index += 1
    return (first + 1, index + 1)


def apply(diagnostics: list[Diagnostic], suppressions: list[Suppression]) -> None:
    """Mark diagnostics covered by a suppression (``diagnostic.suppressed``)."""
    if not suppressions:
        return
    for diagnostic in diagnostics:
        for suppression in suppressions:
            if suppression.covers(diagnostic.code, diagnostic.span.line):
                suppression.used.add(diagnostic.code)
                diagnostic.suppressed = Suppressed("file" if suppression.file_level else "line",
                                                   suppression.line, suppression.reason)
                break


def unused(suppression: Suppression, is_enabled) -> list[tuple[str, Span]]:
    """Codes of a suppression that suppressed nothing (only codes of enabled rules count)."""
    if suppression.embedded:
        return []
    return [(code, span) for code, span in suppression.codes
            if code not in suppression.used and is_enabled(code)]


def removal_fix(suppression: Suppression, unused_codes: list[str], line_text: str = "") -> Fix:
    """Remove the unused codes, or the whole comment when none is left."""
    keep = [c for c, _ in suppression.codes if c not in unused_codes]
    if keep:
        first = suppression.codes[0][1]
        last = suppression.codes[-1][1]
        span = Span(first.line, first.column, last.line, last.end_column)
        return Fix(f"Remove unused {', '.join(unused_codes)} from the suppression",
                   (TextEdit(span, ",".join(keep)),))
    if suppression.own_line:
        span = Span(suppression.line, 1, suppression.line + 1, 1)
    else:
        start = suppression.trim_column or suppression.comment.column
        if not suppression.trim_column and line_text:
            while start > 1 and start - 2 < len(line_text) and line_text[start - 2] in " \t":
                start -= 1
        span = Span(suppression.line, start, suppression.line, suppression.comment.end_column)
    return Fix("Remove the unused suppression comment", (TextEdit(span, ""),))
