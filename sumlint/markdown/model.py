"""The markdown document model: prose units with exact positions, fenced blocks, headings.

Built by ``sumlint.markdown.frontend.parse``. Nothing here imports markdown-it.

Positions
---------
A prose unit's ``text`` is the text a reader sees (emphasis markers, link targets, list
and blockquote markers removed; a soft line break becomes one space; a code span keeps its
content and is listed in ``code``). ``TextMap`` maps every character of that text back to
the 1-based line and column of the character it came from in the markdown file, so a
diagnostic about a word inside ``**bold**``, ``[a link](...)``, a list item, a blockquote or
a table cell points at that word in the file.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any

from sumlint.diagnostics import Span


class TextMap:
    """Character index in a rendered text -> (line, column) in the markdown file.

    The text is made of runs copied from the file; a run starting at text index ``s`` came
    from ``(line, column)``, and the run's later characters follow on that line.
    """

    __slots__ = ("starts", "lines", "columns")

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.lines: list[int] = []
        self.columns: list[int] = []

    def add(self, index: int, line: int, column: int) -> None:
        if self.starts and self.starts[-1] == index:
            self.lines[-1], self.columns[-1] = line, column
            return
        self.starts.append(index)
        self.lines.append(line)
        self.columns.append(column)

    def position(self, index: int) -> tuple[int, int]:
        if not self.starts:
            return 1, 1
        k = bisect.bisect_right(self.starts, index) - 1
        if k < 0:
            return self.lines[0], self.columns[0]
        return self.lines[k], self.columns[k] + index - self.starts[k]

    def span(self, start: int, end: int) -> Span:
        line, column = self.position(start)
        if end <= start:
            return Span(line, column, line, column + 1)
        end_line, end_column = self.position(end - 1)
        return Span(line, column, end_line, end_column + 1)


@dataclass
class ProseUnit:
    """One sentence (or heading, table row, code comment) a reader reads as a statement.

    ``kind``: ``paragraph``, ``list_item``, ``blockquote``, ``heading``, ``table_row``,
    ``table_header``, ``code_comment`` or ``code_line`` (a line of a plain-text, env or shell
    block that reads as prose: ``Redis (optional, for caching)``). ``code``/``struck`` are ranges of ``text`` that
    are code spans / struck-through text; ``cells`` the ranges of a table row's cells and
    ``header`` the texts of the table's header cells (same order).
    """

    kind: str
    text: str
    tmap: TextMap
    offset: int = 0  # where ``text`` starts in the text ``tmap`` maps
    code: list[tuple[int, int]] = field(default_factory=list)
    struck: list[tuple[int, int]] = field(default_factory=list)
    cells: list[tuple[int, int]] = field(default_factory=list)
    header: list[str] = field(default_factory=list)
    section: int = -1  # index into Document.headings of the heading above (-1: none)
    block: int = -1  # units split from the same paragraph/cell share this number
    in_list: bool = False
    in_quote: bool = False
    fence: int = -1  # index into Document.fences for code comments
    context: str = ""  # code comments: the code they label (same line, else the next line)

    def span(self, start: int, end: int) -> Span:
        """The file span of ``text[start:end]``."""
        return self.tmap.span(self.offset + start, self.offset + end)

    @property
    def line(self) -> int:
        return self.tmap.position(self.offset)[0]


class Heading:
    """A heading. ``raw`` is its markdown source (cheap); ``text``, ``span`` and ``prose``
    render it on first use."""

    __slots__ = ("level", "raw", "line", "_deferred")

    def __init__(self, level: int, raw: str, line: int, deferred: "Deferred") -> None:
        self.level = level
        self.raw = raw
        self.line = line
        self._deferred = deferred

    @property
    def prose(self) -> ProseUnit | None:
        units = self._deferred.units()
        return units[0] if units else None

    @property
    def text(self) -> str:
        prose = self.prose
        return prose.text if prose is not None else ""

    @property
    def span(self) -> Span:
        prose = self.prose
        if prose is None or not prose.text:
            return Span(self.line, 1, self.line, 2)
        return prose.span(0, len(prose.text))


class Deferred:
    """A paragraph whose prose units are built on first use (most are never needed)."""

    __slots__ = ("raw", "build", "built", "kind", "split", "parts", "args", "block", "section")

    def __init__(self, raw: str, build, kind: str = "paragraph", args=None, block: int = -1,
                 section: int | None = None) -> None:
        self.raw = raw  # the paragraph's markdown source text (markup included)
        self.block = block  # the ProseUnit.block of its units (paragraphs; -1: not recorded)
        self.section = section  # the ProseUnit.section of its units (None: not recorded)
        self.build = build  # (*args) -> list[ProseUnit]
        self.args = args
        self.built: list[ProseUnit] | None = None
        self.kind = kind  # paragraph (also list items, blockquotes), heading, table_row, code
        self.split = None  # long paragraphs: (*args) -> list[Deferred] (sentence groups) or None
        self.parts: list[Deferred] | None = None

    def units(self) -> list[ProseUnit]:
        if self.built is None:
            if self.parts is not None:
                self.built = [u for part in self.parts for u in part.units()]
            elif self.args is not None:
                self.built = self.build(*self.args)
            else:
                self.built = self.build()
            self.build = None
        return self.built

    def units_where(self, test) -> list[ProseUnit]:
        if self.built is not None:
            return [u for u in self.built if test(u.text)]
        if not test(self.raw):
            return []
        return self._passed(test)

    def _passed(self, test, follow=None) -> list[ProseUnit]:
        """``units_where`` once ``test`` passed on ``raw`` (not built yet)."""
        if self.split is not None and self.parts is None:
            self.parts = self.split(*(self.args or ())) or None
            self.split = None
        if self.parts is None:
            return self.units()
        out: list[ProseUnit] = []
        previous = None  # the part before: ``follow(its text, part)`` brings both along
        for part in self.parts:
            if part.built is not None:
                out.extend(_where(part.built, test, follow))
            elif test(part.raw):
                out.extend(part.units())
            elif follow is not None and previous is not None and follow(previous.raw, part.raw):
                before = previous.units()
                if before and not (out and out[-1] is before[-1]):
                    out.append(before[-1])  # (by identity: units that read alike are still two)
                out.extend(part.units())
            previous = part
        return out


def _where(units: list[ProseUnit], test, follow) -> list[ProseUnit]:
    """The units that pass ``test``, and each unit that ``follow(text before, its text)`` accepts."""
    if follow is None:
        return [u for u in units if test(u.text)]
    out: list[ProseUnit] = []
    for k, unit in enumerate(units):
        if test(unit.text):
            out.append(unit)
        elif k and follow(units[k - 1].text, unit.text):
            if not (out and out[-1] is units[k - 1]):
                out.append(units[k - 1])
            out.append(unit)
    return out


class Command:
    """A command line of a shell block, split into words (a light view for docs rules).

    ``spans``: each word's span in the markdown file. Given as ``places`` (line, column, end
    column) they are made on first use: most commands are only read (a runbook's shell blocks
    have a hundred words, and a rule reports on a few)."""

    __slots__ = ("argv", "_spans", "_places", "_program")

    def __init__(self, argv: list[str], spans: list[Span] | None = None,
                 places: list[tuple[int, int, int]] | None = None) -> None:
        self.argv = argv
        self._spans = spans
        self._places = places

    @property
    def spans(self) -> list[Span]:
        if self._spans is None:
            self._spans = [Span(line, column, line, end) for line, column, end in self._places or ()]
            self._places = None
        return self._spans

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.argv == other.argv and self.spans == other.spans  # type: ignore[attr-defined]

    __hash__ = None  # type: ignore[assignment]  # (mutable, as the dataclass it was)

    def __repr__(self) -> str:
        return f"Command(argv={self.argv!r}, spans={self.spans!r})"

    @property
    def span(self) -> Span:
        first, last = self.spans[0], self.spans[-1]
        return Span(first.line, first.column, last.end_line, last.end_column)


@dataclass
class Fence:
    """A fenced (or indented) code block."""

    info: str
    lang: str  # first word of the info string, lower case
    kind: str | None  # the kind it is routed to ("shell", "systemd", "env") or None
    text: str  # content as given to the block's front-end (prompts stripped)
    line_map: list[tuple[int, int]]  # per content line: (markdown line, column offset)
    span: Span  # the opening fence line (or first line of an indented block)
    end_line: int  # last line of the block in the file
    section: int = -1
    closed: bool = True
    title: str = ""  # title=... / filename=... from the info string
    block: Any = None  # the kinds.EmbeddedBlock routed from it (its ``model`` once parsed)
    _commands: list[Command] | None = field(default=None, repr=False)

    @property
    def commands(self) -> list[Command]:
        """Shell blocks: the command lines split into words (built on first use)."""
        if self._commands is None:
            from sumlint.markdown.frontend import split_commands

            self._commands = split_commands(self) if self.kind == "shell" else []
        return self._commands

    def map(self, line: int, column: int) -> tuple[int, int]:
        index = min(max(line, 1), len(self.line_map)) - 1 if self.line_map else -1
        if index < 0:
            return self.span.line, column
        host, offset = self.line_map[index]
        return host, column + offset


@dataclass
class Document:
    """The model of one markdown file.

    ``units`` lists every prose unit in document order. Paragraphs are turned into units on
    first use: ``units_where(test)`` builds only those whose markdown source passes ``test``
    (SUM301 asks for paragraphs that mention a service), which keeps a lint run close to the
    cost of markdown-it's own parse.
    """

    source: Any  # the SourceFile
    entries: list[Any] = field(default_factory=list)  # ProseUnit or Deferred, in order
    headings: list[Heading] = field(default_factory=list)
    fences: list[Fence] = field(default_factory=list)
    embedded: list[Any] = field(default_factory=list)  # kinds.EmbeddedBlock
    problems: list[Any] = field(default_factory=list)
    dependencies: list[Any] = field(default_factory=list)
    front_matter: tuple[int, int] | None = None  # first and last line
    front_matter_title: str = ""  # its ``title:`` value, unquoted
    tables: list[list[ProseUnit]] = field(default_factory=list)  # each table's rows (header first)

    @property
    def path(self):
        return self.source.path

    @property
    def lowered(self) -> str:
        """``source.text.lower()``, made once: several tests of a document read it (7 µs for a
        400-line runbook, each time)."""
        low = self.__dict__.get("_lowered")
        if low is None:
            low = self.__dict__["_lowered"] = self.source.text.lower()
        return low

    @property
    def units(self) -> list[ProseUnit]:
        out: list[ProseUnit] = []
        for entry in self.entries:
            if isinstance(entry, Deferred):
                out.extend(entry.units())
            else:
                out.append(entry)
        return out

    def of_kinds(self, kinds: tuple[str, ...]) -> list[Any]:
        """The entries of these kinds (``Deferred.kind``, ``ProseUnit.kind``), in order: an index
        made once per tuple of kinds (SUM301 asks for the table headers of a document several
        times), made again if entries were added since."""
        index = self.__dict__.setdefault("_kind_index", {})
        cached = index.get(kinds)
        if cached is None or cached[0] != len(self.entries):
            cached = index[kinds] = (len(self.entries), [e for e in self.entries if e.kind in kinds])
        return cached[1]

    def any_where(self, test, kinds: tuple[str, ...]) -> bool:
        """Whether ``units_where(test, kinds)`` would find a unit. A table row or header not
        built yet is one unit, so it passes when its source does and stays unbuilt; other
        entries whose source passes are built as ``units_where`` builds them."""
        for entry in self.of_kinds(kinds):
            if isinstance(entry, Deferred):
                if entry.built is not None:
                    if any(test(u.text) for u in entry.built):
                        return True
                elif test(entry.raw) and (entry.kind in ("table_header", "table_row") or entry._passed(test)):
                    return True
            elif test(entry.text):
                return True
        return False

    def units_where(self, test, kinds: tuple[str, ...] | None = None, follow=None,
                    sections=None) -> list[ProseUnit]:
        """Units whose text (for paragraphs not built yet: whose markdown source) passes
        ``test``; ``kinds`` limits the search to entries of these kinds (Deferred.kind), and
        ``sections`` (a set of heading indexes) to entries known to stand in one of them.
        ``follow(text before, text)``: a sentence of the same paragraph comes too when this
        accepts it with the sentence before ("Redis is used for caching. While …, it is
        recommended …")."""
        out: list[ProseUnit] = []
        for entry in self.entries if kinds is None else self.of_kinds(kinds):
            if sections is not None and entry.section is not None and entry.section not in sections:
                continue
            if isinstance(entry, Deferred):  # Deferred.units_where, inlined (most fail the test)
                if entry.built is None:
                    if test(entry.raw):
                        out.extend(entry._passed(test, follow))
                else:
                    out.extend(_where(entry.built, test, follow))
            elif test(entry.text):
                out.append(entry)
        return out

    def block_units(self, blocks, test=None) -> list[ProseUnit]:
        """Every unit of the paragraphs (list items, blockquotes) numbered in ``blocks`` (whose
        markdown source passes ``test``, if given)."""
        out: list[ProseUnit] = []
        for entry in self.entries:
            if isinstance(entry, Deferred) and entry.block in blocks and (test is None or test(entry.raw)):
                out.extend(entry.units())
        return out

    def section_of(self, unit: ProseUnit) -> Heading | None:
        return self.headings[unit.section] if 0 <= unit.section < len(self.headings) else None

    def shell_commands(self) -> list[tuple[Fence, Command]]:
        # Several rules and the facts ask for them: kept while the fences stay the same.
        key = (len(self.fences), id(self.fences[-1]) if self.fences else 0)
        cached = self.__dict__.get("_shell_commands")
        if cached is None or cached[0] != key:
            cached = self.__dict__["_shell_commands"] = (
                key, [(f, c) for f in self.fences if f.kind == "shell" for c in f.commands])
        return list(cached[1])


# -- sentences -------------------------------------------------------------------------

# (?<![.!?]): a match starts at the first mark of a run only (``????…`` was quadratic).
# (a sentence starts with a capital, a digit, or a letter of a script without case: "… 설정합니다. 상거래 …")
# (written to open on the class of marks, which ``re`` skips to; the look-behind after the first
# mark asks that the character before it is none: ``(?<![.!?])[.!?]+``, tried at every place)
_BOUNDARY = re.compile(r"[.!?](?<![.!?][.!?])[.!?]*[\"'”’)\]*_]*\s+(?=[\"'“‘`(\[*_]*[A-Z0-9À-ÖØ-ÞΑ-ΩЁА-Я\u3040-\u30ff\u4e00-\u9fff가-힣]"
                       r"|[\"“][a-z]|(?P<lower>[a-z]))")  # (also a quoted name that opens the next one: "ram" stores …,
# and a code span's, which ``split_sentences`` checks: `redis-cli` answers …)
# a lower-case name that opens a sentence, known by the verb after it ("aiogram-sentinel works
# with …", "node.js is …"): a name with a hyphen, a dot or an underscore in it, then one of a few
# verbs of the present tense (a bare lower-case word, "then run …", still joins the sentence before)
_LOWER_NAME_OPENS = re.compile(r"[a-z][a-z0-9]*[-_.][a-z0-9][\w.-]*\s+(?:is|are|was|works|uses|runs|needs|requires|supports|"
                               r"provides|stores|keeps|falls|can|will|does|has|ships|comes)\b")
MAX_SENTENCE = 2000  # a longer "sentence" (a page without a full stop) is read in pieces
_ABBREVIATIONS = {"e.g", "i.e", "etc", "vs", "cf", "approx", "incl", "no", "dr", "mr", "mrs",
                  "st", "fig", "ca", "resp", "esp", "eg", "ie"}


def short_question(text: str, start: int, cut: int) -> bool:
    """``text[start:cut]`` is a question of at most four words ending at ``cut``."""
    if text[cut:cut + 1] != "?":
        return False
    question = text[start:cut].split()
    return len(question) <= 4 or question[0] in ("Q:", "Q.", "**Q:**", "Q:**")  # FAQ: "Q: … ? A: …"


class QuoteTracker:
    """Whether positions of ``text``, asked in increasing order, fall inside a quotation ("The
    guide said "Install Postgres. Redis is optional." That was wrong."); only when the text's
    quotes pair up at all. Counts as it goes: a long paragraph is read once, not per cut."""

    __slots__ = ("text", "straight", "curly", "pos", "open_straight", "opened", "closed")

    def __init__(self, text: str) -> None:
        count = text.count('"')
        self.straight = count > 0 and count % 2 == 0
        opening = text.count("“")
        self.curly = opening > 0 and opening == text.count("”")
        self.text = text
        self.pos = self.open_straight = self.opened = self.closed = 0

    def inside(self, cut: int) -> bool:
        text = self.text
        if self.straight:
            self.open_straight += text.count('"', self.pos, cut)
        if self.curly:
            self.opened += text.count("“", self.pos, cut)
            self.closed += text.count("”", self.pos, cut)
        self.pos = max(self.pos, cut)
        return self.straight and self.open_straight % 2 == 1 or self.curly and self.opened > self.closed


def split_sentences(text: str, code: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentence ranges of ``text``; never splits inside a code span, inside a quotation or
    after ``e.g.``."""
    ranges: list[tuple[int, int]] = []
    start = 0
    quotes = QuoteTracker(text) if '"' in text or "“" in text else None
    for match in _BOUNDARY.finditer(text):
        cut = match.start()
        if any(a <= cut < b for a, b in code) or match.group("lower") is not None and not any(
                a == match.end() for a, _ in code) and _LOWER_NAME_OPENS.match(text, match.end()) is None:
            continue  # (a lower-case word opens a sentence only as a code span or a name that a verb
            # follows: "… is optional. aiogram-sentinel works with in-memory storage", hundred-and-tenth session)
        if quotes is not None and quotes.inside(match.end()):  # (after the closing quote: "… optional." That
            continue  # a quoted sentence stays inside the sentence that quotes it
        word_start = text.rfind(" ", 0, cut) + 1
        word = text[word_start:cut].lstrip("(\"'“").lower()
        if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
            continue
        if short_question(text, start, cut):
            continue  # "Redis needed? Only if you run Celery.": the answer completes the question
        end = match.end()
        ranges.append((start, end))
        start = end
    ranges.append((start, len(text)))
    if not text.isascii() and ("。" in text or "！" in text or "？" in text):
        ranges = _split_cjk(text, ranges, code)
    return [(a, b) for a, b in cap_ranges(text, ranges) if text[a:b].strip()]


# a full stop of Chinese or Japanese ends a sentence, with the closing marks after it ("…其中的一项。可…")
_CJK_BOUNDARY = re.compile(r"[。！？]+[」』”’）)\]*_]*\s*")


def _split_cjk(text: str, ranges: list[tuple[int, int]], code: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``ranges`` cut after each Chinese or Japanese full stop that has more text after it (not
    inside a code span)."""
    out: list[tuple[int, int]] = []
    for a, b in ranges:
        for match in _CJK_BOUNDARY.finditer(text, a, b):
            end = match.end()
            if end < b and text[end:b].strip() and not any(x <= match.start() < y for x, y in code):
                out.append((a, end))
                a = end
        out.append((a, b))
    return out


def cap_ranges(text: str, ranges: list[tuple[int, int]], limit: int = MAX_SENTENCE) -> list[tuple[int, int]]:
    """``ranges`` with each range longer than ``limit`` cut into pieces (at a blank when there
    is one): reading a sentence costs time quadratic in its length, and no real sentence
    comes near the limit, so only pathological text is cut."""
    out: list[tuple[int, int]] = []
    for a, b in ranges:
        while b - a > limit:
            cut = text.rfind(" ", a + limit // 2, a + limit)
            cut = cut + 1 if cut > a else a + limit
            out.append((a, cut))
            a = cut
        out.append((a, b))
    return out
