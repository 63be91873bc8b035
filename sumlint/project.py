"""What project (cross-file) rules see: the facts extracted from every file of the project."""

from __future__ import annotations

from dataclasses import field
from pathlib import Path
from typing import Any, Iterator

from sumlint.diagnostics import Related, Span
from sumlint.records import record


@record
class FileFacts:
    """The facts a front-end extracted from one file (or one code block of a runbook)."""

    path: str  # absolute path of the file (the markdown file, for embedded blocks)
    kind: str  # the kind of the facts (a ``bash`` block in a runbook has kind "shell")
    data: dict[str, Any]
    line_map: list[tuple[int, int]] | None = None  # set for embedded blocks
    host_kind: str | None = None  # "markdown" for embedded blocks

    def __init__(self, path: str, kind: str, data: dict[str, Any],
                 line_map: list[tuple[int, int]] | None = None, host_kind: str | None = None) -> None:
        self.path = path
        self.kind = kind
        self.data = data
        self.line_map = line_map
        self.host_kind = host_kind

    @property
    def embedded(self) -> bool:
        return self.line_map is not None

    def span(self, raw: list[int] | tuple[int, ...] | Span) -> Span:
        """A span stored in ``data`` as a list, mapped into the real file."""
        span = raw if isinstance(raw, Span) else Span.from_list(list(raw))
        if not self.line_map:
            return span
        line, column = self._map(span.line, span.column)
        end_line, end_column = self._map(span.end_line, span.end_column)
        return Span(line, column, end_line, end_column)

    def related(self, raw, message: str) -> Related:
        return Related(self.path, self.span(raw), message)

    def _map(self, line: int, column: int) -> tuple[int, int]:
        assert self.line_map is not None
        index = min(max(line, 1), len(self.line_map)) - 1
        host_line, offset = self.line_map[index]
        return host_line, column + offset

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "kind": self.kind, "data": self.data,
                "line_map": self.line_map, "host_kind": self.host_kind}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "FileFacts":
        line_map = [tuple(x) for x in d["line_map"]] if d.get("line_map") is not None else None
        return cls(d["path"], d["kind"], d["data"], line_map, d.get("host_kind"))


@record
class Project:
    """What project rules read: the project root and the facts of every file."""

    root: Path
    files: list[FileFacts] = field(default_factory=list)

    def __init__(self, root: Path, files: list[FileFacts] | None = None) -> None:
        self.root = root
        self.files = [] if files is None else files

    def of_kind(self, *kinds: str, embedded: bool = True) -> Iterator[FileFacts]:
        """Facts of the given kinds; ``embedded=False`` leaves out code blocks in docs."""
        for facts in self.files:
            if facts.kind in kinds and (embedded or not facts.embedded):
                yield facts

    def relpath(self, path: str) -> str:
        try:
            return str(Path(path).relative_to(self.root))
        except ValueError:
            return path
