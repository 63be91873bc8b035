"""The unit model rules read: one file's syntax plus its drop-ins, merged as systemd merges.

``UnitModel.file`` is the file itself (sections and directives in order, with positions);
``UnitModel.dropins`` the drop-in files found next to it, in the order systemd applies
them. ``UnitModel.effective(section, key)`` gives the directives that are in force after
merging: list-valued directives accumulate and an empty assignment resets them; for a
singular directive the last assignment wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from sumlint.diagnostics import Span
from sumlint.kinds import ParseProblem
from typing import TYPE_CHECKING

from sumlint.systemd import directives as table

if TYPE_CHECKING:  # rules import this module; the parser is the front-end's business
    from sumlint.systemd.parser import Directive, Section, UnitFile

EXEC_PREFIX_CHARS = "-@:+!|"


@dataclass
class DropIn:
    path: Path
    file: UnitFile


@dataclass
class ExecLine:
    directive: Directive
    prefix: str  # the special prefix characters ("-", "@", ...)
    argv: list[str]  # words, quotes removed
    spans: list[Span]  # the span of each word in the file

    @property
    def key(self) -> str:
        return self.directive.key


@dataclass
class UnitModel:
    path: Path
    name: str  # unit file name with the template suffix removed ("" for embedded blocks)
    type: str | None  # "service", ... (None when unknown)
    file: UnitFile
    dropin: bool = False  # the file is itself a drop-in (NAME.d/*.conf)
    embedded: bool = False  # a unit block inside a runbook
    foreign: bool = False  # a *.d/*.conf file that is not a systemd drop-in (rules skip it)
    owner: str | None = None  # for a drop-in: the unit it belongs to ("" for TYPE.d/)
    masked: bool = False  # an empty (0-byte) unit file: systemd treats it as masked
    dropins: list[DropIn] = field(default_factory=list)
    problems: list[ParseProblem] = field(default_factory=list)
    dependencies: list[Path] = field(default_factory=list)
    placeholder_re: re.Pattern[str] | None = None

    # -- the file's own syntax -------------------------------------------------------

    @property
    def sections(self) -> list[Section]:
        return self.file.sections

    @property
    def directives(self) -> list[Directive]:
        return self.file.directives

    def own_sections(self, name: str) -> list[Section]:
        return [s for s in self.file.sections if s.name == name]

    def own(self, section: str, key: str) -> list[Directive]:
        """This file's assignments of ``[section] key=``, in order (drop-ins not included)."""
        return [d for d in self.file.directives if d.section == section and d.key == key]

    # -- merged with drop-ins ----------------------------------------------------------

    @cached_property
    def merged(self) -> dict[str, dict[str, list[Directive]]]:
        """Section -> key -> directives in force, after drop-ins and resets."""
        merged: dict[str, dict[str, list[Directive]]] = {}
        for directive in self.all_directives():
            section = directive.section or ""
            keys = merged.setdefault(section, {})
            kind = table.list_kind(section, directive.key)
            if kind == "single":
                keys[directive.key] = [directive]
            elif directive.empty:
                keys[directive.key] = []
            else:
                keys.setdefault(directive.key, []).append(directive)
        return merged

    def all_directives(self) -> list[Directive]:
        """Own directives, then each drop-in's, in the order systemd applies them."""
        found = list(self.file.directives)
        for dropin in self.dropins:
            found.extend(dropin.file.directives)
        return found

    def effective(self, section: str, key: str) -> list[Directive]:
        return self.merged.get(section, {}).get(key, [])

    def items(self, section: str, key: str) -> list[tuple[str, Span, Directive]]:
        """The values in force of ``[section] key=``: words for list-valued directives."""
        cache = self.__dict__.setdefault("_items_cache", {})
        found = cache.get((section, key))
        if found is None:
            found = cache[(section, key)] = self._items(section, key)
        return found

    def _items(self, section: str, key: str) -> list[tuple[str, Span, Directive]]:
        kind = table.list_kind(section, key)
        found = []
        for directive in self.effective(section, key):
            if kind == "words":
                found.extend((word, span, directive)
                             for word, span in directive.items(self.placeholder_re))
            elif not directive.empty or kind == "single":
                found.append((directive.value, directive.value_span, directive))
        return found

    def is_own(self, directive: Directive) -> bool:
        return directive.path is None

    # -- commands -----------------------------------------------------------------------

    @cached_property
    def exec_lines(self) -> list[ExecLine]:
        """Every ``Exec*=`` command in force, with its words (prefixes removed)."""
        in_force = {id(d) for keys in self.merged.values() for key in table.EXEC_KEYS
                    for d in keys.get(key, ())}
        return [split_exec(d, self.placeholder_re) for d in self.all_directives()
                if id(d) in in_force and not d.empty]

    # -- placeholders ------------------------------------------------------------------

    def is_placeholder(self, text: str) -> bool:
        """True when ``text`` is a placeholder and nothing else (``__SITE_SLUG__``)."""
        return bool(self.placeholder_re and text and self.placeholder_re.fullmatch(text))

    def has_placeholder(self, text: str) -> bool:
        return bool(self.placeholder_re and text and self.placeholder_re.search(text))

    def without_placeholders(self, text: str, filler: str = "x") -> str:
        """``text`` with each placeholder replaced by ``filler`` (for checking the rest)."""
        if not self.placeholder_re:
            return text
        return self.placeholder_re.sub(filler, text)

    # -- convenience ---------------------------------------------------------------------

    @property
    def first_line_span(self) -> Span:
        return Span(1, 1, 1, 1)


def split_words(value: str, protect: "re.Pattern[str] | None" = None) -> list[tuple[str, int, int]]:
    """Split a command line like systemd (quotes and backslash escapes), with offsets.

    Returns (word, start, end) with offsets in ``value``; unbalanced quotes end at the end.
    Matches of ``protect`` (placeholders) are kept whole, blanks and quotes included.
    """
    atoms: dict[int, int] = {}
    if protect is not None and value:
        atoms = {m.start(): m.end() for m in protect.finditer(value) if m.end() > m.start()}
    words = []
    i, n = 0, len(value)
    while i < n:
        while i < n and value[i] in " \t\n\r":
            i += 1
        if i >= n:
            break
        start = i
        out = []
        quote = None
        while i < n:
            ch = value[i]
            if i in atoms:
                out.append(value[i:atoms[i]])
                i = atoms[i]
                continue
            if quote:
                if ch == "\\" and i + 1 < n and quote == '"':
                    out.append(value[i + 1])
                    i += 2
                    continue
                if ch == quote:
                    quote = None
                    i += 1
                    continue
                out.append(ch)
                i += 1
                continue
            if ch in " \t\n\r":
                break
            if ch in "'\"":
                quote = ch
                i += 1
                continue
            if ch == "\\" and i + 1 < n:
                out.append(value[i + 1])
                i += 2
                continue
            out.append(ch)
            i += 1
        words.append(("".join(out), start, i))
    return words


def split_exec(directive: Directive, protect: "re.Pattern[str] | None" = None) -> ExecLine:
    value = directive.value
    prefix_end = 0
    while prefix_end < len(value) and value[prefix_end] in EXEC_PREFIX_CHARS:
        # `@PREFIX@/venv/bin/gunicorn`: the `@` opens a placeholder, not systemd's prefix.
        if protect is not None and protect.match(value, prefix_end):
            break
        prefix_end += 1
    words = split_words(value[prefix_end:], protect)
    argv = [w for w, _, _ in words]
    spans = [directive.span_of(prefix_end + a, prefix_end + b) for _, a, b in words]
    return ExecLine(directive, value[:prefix_end], argv, spans)
