"""Reading a file into a SourceFile, or explaining precisely why it cannot be read.

Front-ends get ``SourceFile.text``: UTF-8 decoded, BOM removed, CRLF turned into LF.
Lines are split on ``\\n`` only. Never use ``str.splitlines()`` on it: that also splits on
``\\r``, ``\\x0c``, ``\\x1c``..``\\x1e``, ``\\x85`` and ``\\u2028``, and every position after
such a character would be wrong. ``SourceFile.lines`` is the one split to use.
"""

from __future__ import annotations

import bisect
import os
from functools import cached_property
from itertools import accumulate
from pathlib import Path

from sumlint.diagnostics import Span
from sumlint.records import record

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
BINARY_PROBE = 8192


class UnreadableFile(Exception):
    """The file cannot be linted. ``span`` says where the problem is."""

    def __init__(self, message: str, span: Span = Span(1, 1, 1, 1)) -> None:
        super().__init__(message)
        self.message = message
        self.span = span


@record
class SourceFile:
    """A file's text as the front-ends read it (see the module docstring)."""

    path: Path
    kind: str
    text: str  # normalised: no BOM, LF line endings
    raw_text: str = ""  # as in the file, BOM removed (fixes are applied to this)
    had_bom: bool = False
    newline: str = "\n"  # the file's dominant line ending, for inserted lines

    def __init__(self, path: Path, kind: str, text: str, raw_text: str = "", had_bom: bool = False,
                 newline: str = "\n") -> None:
        self.path = path
        self.kind = kind
        self.text = text
        self.raw_text = raw_text or text
        self.had_bom = had_bom
        self.newline = newline

    def encode(self, raw_text: str | None = None) -> bytes:
        """``raw_text`` (default: the file's own) as this file's bytes: its BOM put back, and
        bytes that were not UTF-8 (kept as surrogates) restored. What a fix writes."""
        text = self.raw_text if raw_text is None else raw_text
        return (b"\xef\xbb\xbf" if self.had_bom else b"") + text.encode("utf-8", "surrogateescape")

    @cached_property
    def lines(self) -> list[str]:
        return self.text.split("\n")

    @cached_property
    def line_starts(self) -> list[int]:
        # each line's start: the lengths of the lines before it, one newline each (in C, from
        # ``lines``: a third faster than a ``find`` loop over the text)
        return list(accumulate(map((1).__add__, map(len, self.lines[:-1])), initial=0))

    def offset(self, line: int, column: int) -> int:
        """Character offset in ``text`` of a 1-based (line, column)."""
        line = min(max(line, 1), len(self.line_starts))
        start = self.line_starts[line - 1]
        return start + min(max(column - 1, 0), len(self.lines[line - 1]))

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset in ``text``."""
        offset = min(max(offset, 0), len(self.text))
        index = bisect.bisect_right(self.line_starts, offset) - 1
        return index + 1, offset - self.line_starts[index] + 1

    def span(self, start: int, end: int) -> Span:
        """Span of the character range [start, end) of ``text``."""
        line, column = self.position(start)
        end_line, end_column = self.position(max(end, start))
        return Span(line, column, end_line, end_column)

    def span_list(self, start: int, end: int) -> list[int]:
        """``span(start, end).to_list()`` without the ``Span`` (the facts keep lists: a document's
        placeholders and names are many, and each went through two calls and an object)."""
        starts = self.line_starts
        size = len(self.text)
        start = min(max(start, 0), size)
        end = min(max(end, start), size)
        first = bisect.bisect_right(starts, start) - 1
        last = bisect.bisect_right(starts, end, first) - 1
        return [first + 1, start - starts[first] + 1, last + 1, end - starts[last] + 1]

    def line_span(self, line: int) -> Span:
        """The whole of one line (without its newline)."""
        text = self.lines[line - 1] if 0 < line <= len(self.lines) else ""
        return Span(line, 1, line, len(text) + 1)


def decode(path: Path, data: bytes, kind: str, max_bytes: int = DEFAULT_MAX_BYTES) -> SourceFile:
    """Decode bytes into a SourceFile, or raise UnreadableFile with the position of the fault."""
    if len(data) > max_bytes:
        raise UnreadableFile(_too_big(len(data), max_bytes))
    nul = data.find(b"\0", 0, BINARY_PROBE)
    if nul != -1:
        line, column = _byte_position(data, nul)
        raise UnreadableFile("binary file (NUL byte); not linted", Span.at(line, column))
    had_bom = data.startswith(b"\xef\xbb\xbf")
    body = data[3:] if had_bom else data
    try:
        raw = body.decode("utf-8")
    except UnicodeDecodeError as err:
        line, column = _byte_position(body, err.start)
        raise UnreadableFile(
            f"not valid UTF-8: byte 0x{body[err.start]:02x} at line {line}, column {column}; "
            "save the file as UTF-8", Span.at(line, column)) from None
    crlf = raw.count("\r\n")
    newline = "\r\n" if crlf and crlf * 2 >= raw.count("\n") else "\n"
    text = raw.replace("\r\n", "\n") if crlf else raw
    return SourceFile(path=path, kind=kind, text=text, raw_text=raw, had_bom=had_bom, newline=newline)


def read_bytes(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The file's bytes, read once; a file over ``max_bytes`` is refused without reading it."""
    import stat as stat_module

    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer (regular files ignore it).
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat_module.S_ISREG(info.st_mode):
                raise UnreadableFile("not a regular file (a device, FIFO or socket); not linted")
            if info.st_size > max_bytes:
                raise UnreadableFile(_too_big(info.st_size, max_bytes))
            data = handle.read(max_bytes + 1)
    except UnreadableFile:
        raise
    except IsADirectoryError:
        raise UnreadableFile("is a directory") from None
    except PermissionError:
        raise UnreadableFile("permission denied: cannot read the file") from None
    except OSError as err:
        raise UnreadableFile(f"cannot read the file: {err.strerror or err}") from None
    if len(data) > max_bytes:  # grew while we read it
        raise UnreadableFile(_too_big(len(data), max_bytes))
    return data


def _too_big(size: int, max_bytes: int) -> str:
    return (f"file is {size / 1048576:.1f} MiB, over the {max_bytes / 1048576:.1f} MiB limit "
            "(raise `max-file-size` in the configuration to lint it)")


def read_source(path: Path, kind: str, max_bytes: int = DEFAULT_MAX_BYTES) -> SourceFile:
    return decode(path, read_bytes(path, max_bytes), kind, max_bytes)


def _byte_position(data: bytes, index: int) -> tuple[int, int]:
    line_start = data.rfind(b"\n", 0, index) + 1
    line = data.count(b"\n", 0, index) + 1
    column = len(data[line_start:index].decode("utf-8", errors="replace")) + 1
    return line, column
