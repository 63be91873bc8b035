"""Converting between sumlint positions and LSP positions.

sumlint: 1-based lines, 1-based columns counted in Unicode code points, end column exclusive.
LSP: 0-based lines, 0-based ``character`` counted in the negotiated position encoding's code
units (UTF-16 by default; UTF-8 and UTF-32 when the client offers them), end exclusive.

A ``LineIndex`` holds the lines of one buffer (split on ``\\n`` only, ``\\r`` of CRLF endings
dropped, the way ``SourceFile`` splits them) and converts both ways. Positions past the end
of a line clamp to the end of its content; lines past the end clamp to the end of the text.
"""

from __future__ import annotations

from sumlint.diagnostics import Span

UTF8 = "utf-8"
UTF16 = "utf-16"
UTF32 = "utf-32"


def _units(char: str, encoding: str) -> int:
    code = ord(char)
    if encoding == UTF16:
        return 2 if code > 0xFFFF else 1
    if encoding == UTF8:
        if code < 0x80:
            return 1
        if code < 0x800:
            return 2
        if code < 0x10000:
            return 3
        return 4
    return 1


def units_of(text: str, encoding: str) -> int:
    """Length of ``text`` in code units of ``encoding``."""
    if encoding == UTF32 or text.isascii():
        return len(text)
    if encoding == UTF16:
        return len(text) + sum(1 for c in text if ord(c) > 0xFFFF)
    return len(text.encode("utf-8", errors="surrogatepass"))


class LineIndex:
    """The lines of one text, for position conversion in one encoding."""

    def __init__(self, text: str, encoding: str = UTF16) -> None:
        self.encoding = normalise_encoding(encoding)
        bom = text.startswith("\ufeff")
        # The BOM is not part of sumlint's line 1, but it is a character of the editor's.
        self.bom_units = _units("\ufeff", self.encoding) if bom else 0
        if bom:
            text = text[1:]
        lines = text.split("\n")
        self.lines = [line[:-1] if line.endswith("\r") else line for line in lines]

    # -- sumlint -> LSP ----------------------------------------------------------------

    def to_lsp(self, line: int, column: int) -> tuple[int, int]:
        """A 1-based (line, code-point column) as a 0-based (line, character)."""
        if line < 1:
            return 0, 0
        if line > len(self.lines):
            last = len(self.lines) - 1
            return last, self._line_units(last, None)
        index = line - 1
        return index, self._line_units(index, max(column - 1, 0))

    def _line_units(self, index: int, chars: int | None) -> int:
        text = self.lines[index]
        part = text if chars is None else text[:chars]
        units = units_of(part, self.encoding)
        return units + (self.bom_units if index == 0 else 0)

    def range(self, span: Span) -> tuple[tuple[int, int], tuple[int, int]]:
        start = self.to_lsp(span.line, span.column)
        end = self.to_lsp(span.end_line, span.end_column)
        if end < start:
            end = start
        return start, end

    # -- LSP -> sumlint ----------------------------------------------------------------

    def from_lsp(self, line: int, character: int) -> tuple[int, int]:
        """A 0-based (line, character) as a 1-based (line, code-point column)."""
        if line < 0:
            return 1, 1
        if line >= len(self.lines):
            last = len(self.lines)
            return last, len(self.lines[-1]) + 1
        text = self.lines[line]
        if line == 0:
            character -= self.bom_units
        if character <= 0:
            return line + 1, 1
        if self.encoding == UTF32 or text.isascii():
            return line + 1, min(character, len(text)) + 1
        units = 0
        for index, char in enumerate(text):
            units += _units(char, self.encoding)
            if units > character:
                return line + 1, index + 1  # inside a character: its start
            if units == character:
                return line + 1, index + 2
        return line + 1, len(text) + 1

    def end(self) -> tuple[int, int]:
        """The LSP position of the end of the text."""
        last = len(self.lines) - 1
        return last, self._line_units(last, None)


def normalise_encoding(encoding: object) -> str:
    value = str(getattr(encoding, "value", encoding) or UTF16).lower()
    return value if value in (UTF8, UTF16, UTF32) else UTF16
