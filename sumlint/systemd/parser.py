"""The unit-file syntax of systemd.syntax(7), with exact positions for every token.

This reads one file (a unit, a drop-in, or a unit block embedded in a runbook) the way
systemd's ``config_parse()`` does:

* a line whose first non-blank character is ``#`` or ``;`` is a comment, also in the
  middle of a continued line (systemd skips it and goes on with the continuation);
* a line ending in an odd number of backslashes continues on the next line; the backslash
  becomes a space and the next line is appended as it is (leading blanks included);
* the logical line is stripped of blanks; ``[Name]`` starts a section, ``Key=Value`` is an
  assignment (blanks around ``=`` are not part of key or value);
* a line that is neither, an assignment before any section and a continuation that runs
  into the end of the file are reported as problems, where systemd would log them.

Nothing here raises: any text gives a ``UnitFile``. Positions are 1-based (line, column)
in code points, end exclusive, mapped through continuations.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from pathlib import Path

from sumlint.diagnostics import Span
from sumlint.kinds import ParseProblem

BLANKS = " \t\n\r"
_BIG = 1 << 62
COMMENTS = "#;"


@dataclass
class Directive:
    """One ``Key=Value`` assignment (possibly spread over continued lines)."""

    key: str
    value: str  # stripped, continuations joined as systemd joins them
    section: str | None  # the section it appears in (None: before any section)
    key_span: Span
    # Where the value's characters are: (offset in value, line, column) for the start of
    # each physical-line piece, in order. Offsets past a piece's start map linearly.
    pieces: tuple[tuple[int, int, int], ...]
    line: int  # first physical line
    end_line: int  # last physical line
    end_column: int  # column just after the last character of the last physical line
    path: Path | None = None  # set for directives merged in from a drop-in
    section_span: Span | None = None  # the section header's span

    @property
    def empty(self) -> bool:
        return self.value == ""

    def position(self, offset: int) -> tuple[int, int]:
        """(line, column) of character ``offset`` of ``value`` (``len(value)`` = just after)."""
        pieces = self.pieces
        if len(pieces) == 1:
            start, line, column = pieces[0]
        else:
            index = bisect.bisect_right(pieces, (offset, _BIG, _BIG)) - 1
            start, line, column = pieces[max(index, 0)]
        return line, column + (offset - start)

    def span_of(self, start: int, end: int) -> Span:
        """Span of ``value[start:end]``; the end of a range that ends a piece stays on its line."""
        line, column = self.position(start)
        if end <= start:
            return Span(line, column, line, column)
        end_line, end_column = self.position(end - 1)
        return Span(line, column, end_line, end_column + 1)

    @property
    def value_span(self) -> Span:
        if not self.value:
            line, column = self.position(0)
            return Span(line, column, line, column)
        return self.span_of(0, len(self.value))

    @property
    def span(self) -> Span:
        """From the key to the end of the value (the whole assignment)."""
        end = self.value_span if self.value else self.key_span
        return Span(self.key_span.line, self.key_span.column, end.end_line, end.end_column)

    def words(self, protect: "re.Pattern[str] | None" = None) -> list[tuple[str, int, int]]:
        """Blank-separated words of the value: (word, start offset, end offset).

        Matches of ``protect`` (placeholders such as ``{{ broker_unit }}``) are never split.
        """
        found = []
        value = self.value
        atoms: dict[int, int] = {}
        if protect is not None and value:
            atoms = {m.start(): m.end() for m in protect.finditer(value) if m.end() > m.start()}
        i, n = 0, len(value)
        while i < n:
            while i < n and value[i] in BLANKS:
                i += 1
            if i >= n:
                break
            j = i
            while j < n and value[j] not in BLANKS:
                j = atoms[j] if j in atoms else j + 1
            found.append((value[i:j], i, j))
            i = j
        return found

    def items(self, protect: "re.Pattern[str] | None" = None) -> list[tuple[str, Span]]:
        return [(word, self.span_of(a, b)) for word, a, b in self.words(protect)]


@dataclass
class Section:
    name: str
    span: Span  # the whole header "[Name]"
    name_span: Span  # just the name inside the brackets
    directives: list[Directive] = field(default_factory=list)
    end_line: int = 0  # last line with a directive or the header


@dataclass
class Comment:
    text: str  # without the leading comment character and blanks
    line: int
    column: int  # column of the text after the comment character and blanks


@dataclass
class UnitFile:
    """One file's syntax: sections in order, every assignment, comments, problems."""

    sections: list[Section] = field(default_factory=list)
    directives: list[Directive] = field(default_factory=list)  # in file order, all sections
    orphans: list[Directive] = field(default_factory=list)  # assignments before any section
    comments: list[Comment] = field(default_factory=list)
    problems: list[ParseProblem] = field(default_factory=list)
    line_count: int = 0
    template_lines: list[int] = field(default_factory=list)  # template statements, skipped
    # Lines that are only a placeholder ("{{ extra_service_lines }}"), skipped: text, span.
    line_placeholders: list[tuple[str, Span]] = field(default_factory=list)
    # Names the template binds itself (`{% for key, value in env.items() %}`, `{% set x = 1 %}`):
    # `{{ key }}` is not a placeholder anyone fills in.
    template_names: list[str] = field(default_factory=list)


def _lstrip_len(text: str) -> int:
    return len(text) - len(text.lstrip(BLANKS))


_JINJA_BINDING_RE = re.compile(
    r"\{%-?\s*(?:for\s+(?P<loop>[\w\s,()]+?)\s+in\b|set\s+(?P<set>[\w\s,]+?)\s*=|"
    r"macro\s+\w+\s*\((?P<args>[^)]*)\)|with\s+(?P<with>\w+)\s*=)")


def _bound_names(line: str) -> list[str]:
    names = []
    for m in _JINJA_BINDING_RE.finditer(line):
        text = m.group("loop") or m.group("set") or m.group("with") or ""
        if m.group("args"):
            text = ",".join(a.split("=")[0] for a in m.group("args").split(","))
        names.extend(n for n in re.split(r"[\s,()]+", text) if n.isidentifier())
    return names


TEMPLATE_STATEMENT_RE = re.compile(r"^[ \t]*(?:\{%.*%\}|\{#.*#\})[ \t]*$")


def parse_text(text: str, path: Path | None = None, template: bool = False,
               placeholder_re: "re.Pattern[str] | None" = None) -> UnitFile:
    """Parse LF-normalised text (see sumlint.source) into a UnitFile. Never raises.

    With ``template`` (a file with a template suffix such as ``.j2``), a line that is only a
    Jinja statement or comment (``{% if debug %}``, ``{# note #}``) is skipped; a line that
    is only a placeholder (``{{ extra_lines }}``) is always skipped: it may expand to
    anything. Their line numbers are in ``UnitFile.template_lines``.
    """
    lines = text.split("\n")
    result = UnitFile(line_count=len(lines))
    section: Section | None = None
    # A logical line under construction: its text and the pieces (offset, line, column).
    buffer: list[str] = []
    pieces: list[tuple[int, int, int]] = []
    length = 0
    start_line = 0
    last_line = 0
    last_end = 1

    def flush() -> None:
        nonlocal section
        logical = "".join(buffer)
        lead = _lstrip_len(logical)
        body_end = len(logical.rstrip(BLANKS))
        if lead >= body_end:
            return
        body = logical[lead:body_end]

        def pos(offset: int) -> tuple[int, int]:
            chosen = pieces[0]
            if len(pieces) == 1:
                return chosen[1], chosen[2] + offset - chosen[0]
            for piece in pieces:
                if piece[0] <= offset:
                    chosen = piece
                else:
                    break
            return chosen[1], chosen[2] + (offset - chosen[0])

        def span(a: int, b: int) -> Span:
            line, column = pos(a)
            if b <= a:
                return Span(line, column, line, column)
            end_line, end_column = pos(b - 1)
            return Span(line, column, end_line, end_column + 1)

        if body[0] in COMMENTS:  # a continuation that produced a comment-looking line
            return
        if body[0] == "[":
            if body[-1] != "]":
                result.problems.append(ParseProblem(
                    span(lead, body_end),
                    f"invalid section header {body!r}: a section header is `[Name]`, "
                    "closed on the same line (systemd refuses to load this file)"))
                section = None
                return
            name = body[1:-1]
            # systemd's string_is_safe(): no control characters, quotes or backslashes.
            bad = next((i for i, ch in enumerate(name) if ch in "\"'\\" or ord(ch) < 32 or ord(ch) == 127), None)
            if bad is not None:
                where = lead + 1 + bad
                result.problems.append(ParseProblem(
                    span(where, where + 1),
                    f"bad character {name[bad]!r} in section header {body!r} (systemd refuses "
                    "to load this file)"))
                section = None
                return
            section = Section(name, span(lead, body_end), span(lead + 1, body_end - 1))
            section.end_line = pos(lead)[0]
            result.sections.append(section)
            return
        eq = body.find("=")
        if eq == -1 and body.startswith(".include"):
            result.problems.append(ParseProblem(
                span(lead, lead + 8),
                "`.include` is not supported by systemd any more (the line is ignored); "
                "put the shared settings in a drop-in (NAME.d/*.conf) instead"))
            return
        if eq == -1:
            result.problems.append(ParseProblem(
                span(lead, body_end),
                f"line is neither a section header, a `Key=Value` assignment nor a comment: "
                f"{_short(body)!r} (systemd ignores it)"))
            return
        key = body[:eq].rstrip(BLANKS)
        if not key:
            result.problems.append(ParseProblem(
                span(lead, lead + 1), "missing key name before `=` (systemd ignores this line)"))
            return
        value_start = lead + eq + 1
        value_start += _lstrip_len(logical[value_start:body_end])
        value = logical[value_start:body_end]
        value_pieces = []
        for offset, line, column in pieces:
            rel = offset - value_start
            if rel <= 0:
                value_pieces = [(0, line, column - rel)]
            elif rel < len(value):
                value_pieces.append((rel, line, column))
        directive = Directive(
            key=key, value=value, section=section.name if section else None,
            key_span=span(lead, lead + len(key)), pieces=tuple(value_pieces),
            line=pieces[0][1], end_line=last_line, end_column=last_end, path=path,
            section_span=section.span if section else None)
        if section is None:
            result.orphans.append(directive)
            result.problems.append(ParseProblem(
                directive.key_span,
                f"`{key}=` is outside of any section; put it under a section header such as "
                "[Unit] or [Service] (systemd ignores it)"))
            return
        section.directives.append(directive)
        section.end_line = last_line
        result.directives.append(directive)

    # The empty string after a final newline is not a line (systemd's read_line() is at EOF).
    physical = lines[:-1] if len(lines) > 1 and lines[-1] == "" else lines
    for number, line in enumerate(physical, 1):
        first = line.lstrip(BLANKS)[:1]
        if first == "{" or (placeholder_re is not None and first and not buffer):
            stripped = line.strip(BLANKS)
            if placeholder_re is not None and placeholder_re.fullmatch(stripped):
                column = _lstrip_len(line) + 1
                result.line_placeholders.append(
                    (stripped, Span(number, column, number, column + len(stripped))))
                result.template_lines.append(number)
                continue
            if template and TEMPLATE_STATEMENT_RE.match(line):
                result.template_lines.append(number)
                result.template_names.extend(_bound_names(line))
                continue
        if first and first in COMMENTS:
            if not buffer:
                text_start = _lstrip_len(line) + 1
                text_start += _lstrip_len(line[text_start:])
                result.comments.append(Comment(line[text_start:], number, text_start + 1))
            continue  # a comment, even inside a continuation (as systemd does)
        if not buffer:
            start_line = number
        pieces.append((length, number, 1))
        # An odd run of trailing backslashes continues the line.
        run = len(line) - len(line.rstrip("\\")) if line.endswith("\\") else 0
        last_line = number
        last_end = len(line) + 1
        if run % 2 == 1:
            buffer.append(line[:-1] + " ")
            length += len(line)
            continue
        buffer.append(line)
        length += len(line)
        flush()
        buffer, pieces, length = [], [], 0
    if buffer:
        # A continuation ran into the end of the file: systemd parses what it has.
        result.problems.append(ParseProblem(
            Span(last_line, last_end - 1, last_line, last_end),
            "the last line ends with a backslash (line continuation) but the file ends here; "
            "remove the backslash"))
        flush()
    del start_line
    return result


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
