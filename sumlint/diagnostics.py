"""Positions, diagnostics and fixes: the vocabulary shared by front-ends, rules and outputs.

Every position is 1-based. Columns count Unicode code points from the start of the line
(the UTF-8 BOM is not part of line 1). ``end_column`` is exclusive, as in SARIF: a
one-character token at column 5 has ``Span(l, 5, l, 6)``.
"""

from __future__ import annotations

import enum
from dataclasses import field
from typing import Any

from sumlint.records import record


class Severity(enum.IntEnum):
    INFO = 1
    WARNING = 2
    ERROR = 3

    def __str__(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, text: str) -> "Severity":
        try:
            return cls[text.strip().upper()]
        except KeyError:
            raise ValueError(f"unknown severity {text!r} (expected error, warning or info)") from None


@record(frozen=True, order=True)
class Span:
    """A range in a file: 1-based lines and columns, ``end_column`` exclusive."""

    line: int
    column: int
    end_line: int
    end_column: int

    def __init__(self, line: int, column: int, end_line: int, end_column: int) -> None:
        self.__dict__.update(line=line, column=column, end_line=end_line, end_column=end_column)

    def __eq__(self, other: object) -> bool:  # written out: spans are compared and hashed a lot
        if other.__class__ is self.__class__:
            return (self.line == other.line and self.column == other.column  # type: ignore[attr-defined]
                    and self.end_line == other.end_line and self.end_column == other.end_column)  # type: ignore[attr-defined]
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self.line, self.column, self.end_line, self.end_column))

    @classmethod
    def at(cls, line: int, column: int, length: int = 1) -> "Span":
        """A span on one line, ``length`` characters wide (at least one)."""
        return cls(line, column, line, column + max(length, 1))

    def to_list(self) -> list[int]:
        return [self.line, self.column, self.end_line, self.end_column]

    @classmethod
    def from_list(cls, data: list[int]) -> "Span":
        line, column, end_line, end_column = (int(x) for x in data)
        return cls(line, column, end_line, end_column)


FILE_START = Span(1, 1, 1, 1)


@record(frozen=True)
class TextEdit:
    """Replace the text in ``span`` by ``new_text`` (an empty span inserts).

    ``new_text`` uses ``\\n`` for new lines; the fixer writes the file's own line ending.
    """

    span: Span
    new_text: str

    def __init__(self, span: Span, new_text: str) -> None:
        self.__dict__.update(span=span, new_text=new_text)

    def to_dict(self) -> dict[str, Any]:
        s = self.span
        return {"line": s.line, "column": s.column, "end_line": s.end_line,
                "end_column": s.end_column, "content": self.new_text}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "TextEdit":
        return cls(Span(data["line"], data["column"], data["end_line"], data["end_column"]),
                   data["content"])


@record(frozen=True)
class Fix:
    """A fix: its edits, applied together; ``safe`` ones apply with ``--fix``."""

    message: str
    edits: tuple[TextEdit, ...]
    safe: bool = True

    def __init__(self, message: str, edits: tuple[TextEdit, ...], safe: bool = True) -> None:
        self.__dict__.update(message=message, edits=edits, safe=safe)

    def to_dict(self) -> dict[str, Any]:
        return {"message": self.message, "applicability": "safe" if self.safe else "unsafe",
                "edits": [e.to_dict() for e in self.edits]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Fix":
        return cls(data["message"], tuple(TextEdit.from_dict(e) for e in data["edits"]),
                   data["applicability"] == "safe")


@record(frozen=True)
class Related:
    """Another place a diagnostic is about (SARIF relatedLocations)."""

    path: str
    span: Span
    message: str

    def __init__(self, path: str, span: Span, message: str) -> None:
        self.__dict__.update(path=path, span=span, message=message)

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "span": self.span.to_list(), "message": self.message}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Related":
        return cls(data["path"], Span.from_list(data["span"]), data["message"])


@record
class Violation:
    """What a rule yields. The runner turns it into a Diagnostic (code, path, severity).

    Project rules must set ``path``; per-file rules leave it ``None`` (the file checked).
    ``severity`` overrides the rule's default for this one finding (for example a
    warning-level variant of an error rule).
    """

    message: str
    span: Span
    fix: Fix | None = None
    severity: Severity | None = None
    path: str | None = None
    related: tuple[Related, ...] = ()
    # Only for bridges to other tools (ShellCheck's SC codes): report under this code
    # instead of the rule's. Selection and suppression then apply to this code.
    code: str | None = None

    def __init__(self, message: str, span: Span, fix: Fix | None = None, severity: Severity | None = None,
                 path: str | None = None, related: tuple[Related, ...] = (), code: str | None = None) -> None:
        self.message = message
        self.span = span
        self.fix = fix
        self.severity = severity
        self.path = path
        self.related = related
        self.code = code


@record(frozen=True)
class Suppressed:
    """Why a diagnostic is not reported: the suppression comment and its reason."""

    kind: str  # "line" or "file"
    line: int
    reason: str | None

    def __init__(self, kind: str, line: int, reason: str | None) -> None:
        self.__dict__.update(kind=kind, line=line, reason=reason)


@record
class Diagnostic:
    """A finding as reported: a rule's violation with its code, severity and file."""

    code: str
    severity: Severity
    message: str
    path: str  # absolute, as resolved by discovery; outputs relativise it
    span: Span
    fix: Fix | None = None
    related: tuple[Related, ...] = ()
    suppressed: Suppressed | None = field(default=None, compare=False)

    def __init__(self, code: str, severity: Severity, message: str, path: str, span: Span,
                 fix: Fix | None = None, related: tuple[Related, ...] = (),
                 suppressed: Suppressed | None = None) -> None:
        self.code = code
        self.severity = severity
        self.message = message
        self.path = path
        self.span = span
        self.fix = fix
        self.related = related
        self.suppressed = suppressed

    def sort_key(self) -> tuple:
        return (self.path, self.span.line, self.span.column, self.code, self.message)

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code, "severity": str(self.severity), "message": self.message,
            "path": self.path, "span": self.span.to_list(),
            "fix": self.fix.to_dict() if self.fix else None,
            "related": [r.to_dict() for r in self.related],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Diagnostic":
        return cls(
            code=data["code"], severity=Severity.parse(data["severity"]), message=data["message"],
            path=data["path"], span=Span.from_list(data["span"]),
            fix=Fix.from_dict(data["fix"]) if data.get("fix") else None,
            related=tuple(Related.from_dict(r) for r in data.get("related", ())),
        )
