"""Front-end for env files (``.env.example``, ``.env.sample``, env blocks in runbooks).

The syntax read is the common ground of python-dotenv, docker compose and systemd's
``EnvironmentFile=``:

* blank lines; comment lines starting with ``#`` (or ``;``, as systemd allows); a line
  that is only ``...`` (docs eliding lines);
* ``NAME=value``, optionally ``export NAME=value``; blanks around ``=`` are tolerated;
* values unquoted (a `` #`` after a blank starts a trailing comment; surrounding blanks are
  dropped), single-quoted (literal) or double-quoted (``\\n``, ``\\"``, ``\\\\``, ``\\$``
  escapes); quoted values may span lines;
* a comment line that is itself an assignment, ``# REDIS_URL=redis://...`` or
  ``#export DEBUG=0``, is an entry with ``commented=True`` (a variable the example shows
  but leaves unset). Other comments are not entries.

Anything else (a line without ``=``, a name that is not an identifier, an unterminated
quote) is a ``ParseProblem`` (reported as SUM001); the rest of the file is still read.

Model
-----
``EnvModel``:
    ``entries``: ``list[EnvEntry]`` in file order, commented ones included;
    ``problems``: ``list[ParseProblem]``; ``dependencies``: always empty.
    ``active(name)`` / ``get(name)``: lookups (the last uncommented entry wins, as in
    dotenv and systemd; ``get`` falls back to the first commented entry).
``EnvEntry``:
    ``name``, ``value`` (unquoted, escapes resolved), ``raw_value`` (as written, quotes
    included), ``name_span``, ``value_span`` (the value as written, quotes included; an
    empty value is a zero-width span just after ``=``), ``span`` (from the name, or the
    ``#`` for a commented entry, to the end of the value), ``commented``, ``empty``
    (value is ``""``), ``exported``, ``quote`` (``""``, ``"'"`` or ``'"'``), ``line``,
    ``export_span`` (``export`` and its blanks), ``comment``/``comment_span`` (a trailing
    `` # comment``: its text after ``#``, and the span from the blanks before ``#`` to the
    end of the line), ``marker_span`` (commented entries: the ``#`` and the blanks after it).

Facts (``facts(model, ctx)``)
-----------------------------
::

    {"vars": {"REDIS_URL": {"value": "redis://127.0.0.1:6379/0", "span": NAME_SPAN,
                            "value_span": SPAN, "commented": false, "empty": false,
                            "line": 3, "exported": false, "quote": "",
                            "export_span": null, "comment": null, "comment_span": null,
                            "marker_span": null}},
     "entries": [{"name": ..., same keys as above}, ...],   # every entry, duplicates too
     "placeholders": [["__SITE_SLUG__", SPAN], ...],        # placeholders in values
     "urls": [["redis://127.0.0.1:6379/0", SPAN], ...]}     # URLs in uncommented values

``vars`` holds one record per name: the last uncommented entry, else the first commented
one. Spans are ``[line, column, end_line, end_column]``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sumlint.diagnostics import Span
from sumlint.kinds import URL_PLACEHOLDER, ParseProblem

COMMENT = "#"

NAME_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]*")
# ``# NAME=...`` / ``#export NAME=...``: a commented-out assignment (no blank before ``=``
# so that prose such as ``# a = b`` is not taken for one).
COMMENTED_RE = re.compile(r"(?P<hash>[#;]+)[ \t]*(?:export[ \t]+)?(?P<name>[A-Za-z_][A-Za-z0-9_]*)=")
# The lookbehind: a scheme starts where a run of scheme characters starts; without it every
# position of a long word was tried, each scanning to the word's end (quadratic).
URL_RE = re.compile(r"(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]*://(?:[^\s'\"<>`]|" + URL_PLACEHOLDER + ")+")
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "$": "$", "`": "`"}


@dataclass
class EnvEntry:
    name: str
    value: str
    name_span: Span
    value_span: Span
    commented: bool
    empty: bool
    line: int
    raw_value: str = ""
    span: Span | None = None
    exported: bool = False
    quote: str = ""
    export_span: Span | None = None  # `export ` with its blanks
    comment: str | None = None  # a trailing ` # comment` (text after `#`)
    comment_span: Span | None = None  # from the blanks before `#` to the end of the line
    marker_span: Span | None = None  # commented entries: the `#` and the blanks after it

    def to_fact(self) -> dict[str, Any]:
        return {"name": self.name, "value": self.value, "span": self.name_span.to_list(),
                "value_span": self.value_span.to_list(), "commented": self.commented,
                "empty": self.empty, "line": self.line, "exported": self.exported,
                "quote": self.quote,
                "export_span": self.export_span.to_list() if self.export_span else None,
                "comment": self.comment,
                "comment_span": self.comment_span.to_list() if self.comment_span else None,
                "marker_span": self.marker_span.to_list() if self.marker_span else None}


@dataclass
class EnvModel:
    entries: list[EnvEntry] = field(default_factory=list)
    problems: list[ParseProblem] = field(default_factory=list)
    dependencies: list[Path] = field(default_factory=list)

    def active(self, name: str) -> EnvEntry | None:
        """The entry that sets ``name`` (the last uncommented one), or None."""
        found = None
        for entry in self.entries:
            if entry.name == name and not entry.commented:
                found = entry
        return found

    def get(self, name: str) -> EnvEntry | None:
        """The active entry, else the first commented one, else None."""
        entry = self.active(name)
        if entry is not None:
            return entry
        return next((e for e in self.entries if e.name == name), None)

    def names(self) -> list[str]:
        seen: dict[str, None] = {}
        for entry in self.entries:
            seen.setdefault(entry.name, None)
        return list(seen)


def parse(source, ctx=None) -> EnvModel:
    """Parse an env file. Never raises."""
    return parse_text(source.text)


def parse_text(text: str) -> EnvModel:
    model = EnvModel()
    lines = text.split("\n")
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        stripped = line.lstrip(" \t")
        indent = len(line) - len(stripped)
        if not stripped.strip() or stripped.strip() in ("...", "…"):
            continue  # blank, or an ellipsis eliding lines (env blocks in docs)
        if stripped[0] in "#;":
            entry, consumed = _commented(lines, index - 1, indent)
            if entry is not None:
                model.entries.append(entry)
                index += consumed
            continue
        entry, consumed, problem = _assignment(lines, index - 1, indent, commented=False)
        index += consumed
        if problem is not None:
            model.problems.append(problem)
        if entry is not None:
            model.entries.append(entry)
    return model


def _commented(lines: list[str], index: int, indent: int) -> tuple[EnvEntry | None, int]:
    """A commented-out assignment on line ``index`` (0-based), or None for a plain comment."""
    line = lines[index]
    match = COMMENTED_RE.match(line, indent)
    if not match:
        return None, 0
    start = match.start("name")
    # A commented entry never spans lines: only its own line is read.
    entry, _, problem = _assignment([line], 0, start, commented=True, line_offset=index)
    if entry is None or problem is not None:
        return None, 0  # prose that merely looks like an assignment
    entry.span = Span(index + 1, indent + 1, entry.value_span.end_line, entry.value_span.end_column)
    marker_end = match.end("hash")
    while marker_end < len(line) and line[marker_end] in " \t":
        marker_end += 1
    entry.marker_span = Span(index + 1, indent + 1, index + 1, marker_end + 1)
    return entry, 0


def _assignment(lines: list[str], index: int, start: int, commented: bool,
                line_offset: int = 0) -> tuple[EnvEntry | None, int, ParseProblem | None]:
    """Parse ``[export ]NAME=value`` starting at column ``start`` (0-based) of ``lines[index]``.

    Returns the entry, how many extra lines a multi-line quoted value consumed, and a
    problem (with or without an entry).
    """
    line = lines[index]
    line_no = index + 1 + line_offset
    pos = start
    exported = False
    export_span = None
    export = re.match(r"export[ \t]+", line[pos:])
    if export and NAME_RE.match(line, pos + export.end()):
        exported = True
        export_span = Span(line_no, pos + 1, line_no, pos + export.end() + 1)
        pos += export.end()
    name_match = NAME_RE.match(line, pos)
    if not name_match:
        word = re.match(r"\S+", line[pos:])
        length = len(word.group()) if word else 1
        return None, 0, ParseProblem(
            Span.at(line_no, pos + 1, length),
            f"expected `NAME=value`, found `{_clip(line[pos:].strip())}`: "
            "a variable name starts with a letter or `_`")
    name = name_match.group()
    name_span = Span(line_no, pos + 1, line_no, name_match.end() + 1)
    pos = name_match.end()
    while pos < len(line) and line[pos] in " \t":
        pos += 1
    if pos >= len(line) or line[pos] != "=":
        rest = line[pos:].strip()
        if not rest:
            message = (f"`{name}` has no `=`: write `{name}=` for an empty value "
                       f"or `{name}=value`")
            return None, 0, ParseProblem(name_span, message)
        return None, 0, ParseProblem(
            Span.at(line_no, pos + 1, len(rest.split()[0])),
            f"expected `=` after `{name}`, found `{_clip(rest)}` (a variable name has no blanks)")
    pos += 1
    while pos < len(line) and line[pos] in " \t":
        pos += 1
    value_start = pos
    if pos < len(line) and line[pos] in "'\"":
        entry, consumed, problem = _quoted(lines, index, pos, name, name_span, exported, commented,
                                           line_offset)
        if entry is not None:
            entry.export_span = export_span
            last = lines[index + consumed]
            rest_at = entry.value_span.end_column - 1
            hashed = re.match(r"[ \t]*#", last[rest_at:])
            if hashed:
                entry.comment = last[rest_at + hashed.end():].strip()
                entry.comment_span = Span(entry.value_span.end_line, rest_at + 1,
                                          entry.value_span.end_line, len(last) + 1)
        return entry, consumed, problem
    # Unquoted: up to a blank followed by `#`, trailing blanks dropped.
    end = len(line)
    comment = re.search(r"[ \t]#", line[pos:])
    if comment:
        end = pos + comment.start()
    raw = line[pos:end].rstrip(" \t")
    value_span = Span(line_no, value_start + 1, line_no, value_start + 1 + len(raw))
    entry = EnvEntry(name=name, value=raw, name_span=name_span, value_span=value_span,
                     commented=commented, empty=raw == "", line=line_no, raw_value=raw,
                     span=Span(line_no, name_span.column, line_no, value_span.end_column),
                     exported=exported, export_span=export_span)
    if comment:
        entry.comment = line[pos + comment.end():].strip()
        entry.comment_span = Span(line_no, value_span.end_column, line_no, len(line) + 1)
    return entry, 0, None


def _quoted(lines: list[str], index: int, pos: int, name: str, name_span: Span, exported: bool,
            commented: bool, line_offset: int) -> tuple[EnvEntry | None, int, ParseProblem | None]:
    quote = lines[index][pos]
    line_no = index + 1 + line_offset
    chars: list[str] = []
    row, col = index, pos + 1
    while True:
        text = lines[row]
        while col < len(text):
            char = text[col]
            if char == quote:
                end_line = row + 1 + line_offset
                raw = "\n".join(lines[index:row + 1])
                raw = raw[pos:len(raw) - (len(text) - col - 1)]
                value = "".join(chars)
                value_span = Span(line_no, pos + 1, end_line, col + 2)
                rest = text[col + 1:].strip()
                problem = None
                if rest and not rest.startswith("#"):
                    problem = ParseProblem(
                        Span.at(end_line, col + 2 + (len(text[col + 1:]) - len(text[col + 1:].lstrip())),
                                len(rest)),
                        f"unexpected text `{_clip(rest)}` after the quoted value of `{name}`")
                entry = EnvEntry(name=name, value=value, name_span=name_span, value_span=value_span,
                                 commented=commented, empty=value == "", line=line_no, raw_value=raw,
                                 span=Span(line_no, name_span.column, end_line, col + 2),
                                 exported=exported, quote=quote)
                return entry, row - index, problem
            if char == "\\" and quote == '"' and col + 1 < len(text):
                nxt = text[col + 1]
                chars.append(_ESCAPES.get(nxt, "\\" + nxt))
                col += 2
                continue
            chars.append(char)
            col += 1
        row += 1
        if row >= len(lines) or commented:
            kind = "double" if quote == '"' else "single"
            problem = ParseProblem(
                Span.at(line_no, pos + 1),
                f"the {kind}-quoted value of `{name}` is never closed: add the closing {quote}")
            return None, 0, problem
        chars.append("\n")
        col = 0


def _clip(text: str, width: int = 40) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def facts(model: EnvModel, ctx=None) -> dict[str, Any]:
    vars_: dict[str, dict[str, Any]] = {}
    for entry in model.entries:
        current = vars_.get(entry.name)
        if current is None or not entry.commented:
            vars_[entry.name] = entry.to_fact()
    placeholder_re = None
    config = getattr(ctx, "config", None)
    if config is not None:
        placeholder_re = config.placeholder_re
    placeholders: list[list[Any]] = []
    urls: list[list[Any]] = []
    for entry in model.entries:
        offset = 1 if entry.quote else 0
        if entry.value_span.line != entry.value_span.end_line:
            continue  # multi-line values: positions of inner tokens are not tracked
        base_line = entry.value_span.line
        base_col = entry.value_span.column + offset
        inner = entry.raw_value[offset:len(entry.raw_value) - offset] if offset else entry.raw_value
        if placeholder_re is not None:
            for m in placeholder_re.finditer(inner):
                placeholders.append([m.group(), [base_line, base_col + m.start(), base_line,
                                                 base_col + m.end()]])
        if not entry.commented:
            for m in URL_RE.finditer(inner):
                urls.append([m.group(), [base_line, base_col + m.start(), base_line, base_col + m.end()]])
    return {"vars": vars_, "entries": [e.to_fact() for e in model.entries],
            "placeholders": placeholders, "urls": urls}
