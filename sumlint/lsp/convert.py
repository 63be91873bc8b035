"""sumlint diagnostics and edits as lsprotocol objects."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Callable

from lsprotocol import types as lsp

from sumlint.diagnostics import Diagnostic, Severity, Span, TextEdit
from sumlint.lsp.positions import LineIndex

SOURCE = "sumlint"
SHELLCHECK_WIKI = "https://www.shellcheck.net/wiki/{code}"
UNNECESSARY_CODES = ("SUM002",)  # an unused suppression: clients fade it out

_SEVERITY = {
    Severity.ERROR: lsp.DiagnosticSeverity.Error,
    Severity.WARNING: lsp.DiagnosticSeverity.Warning,
    Severity.INFO: lsp.DiagnosticSeverity.Information,
}


def doc_url(code: str) -> str | None:
    from sumlint.registry import all_rules

    rule = all_rules().get(code)
    if rule is not None:
        return rule.doc_url()
    if re.fullmatch(r"SC\d{4}", code):
        return SHELLCHECK_WIKI.format(code=code)
    return None


def lsp_range(index: LineIndex, span: Span) -> lsp.Range:
    (line, character), (end_line, end_character) = index.range(span)
    return lsp.Range(lsp.Position(line, character), lsp.Position(end_line, end_character))


def to_lsp(diagnostic: Diagnostic, index: LineIndex,
           index_for: Callable[[str], LineIndex | None], uri_for: Callable[[str], str]) -> lsp.Diagnostic:
    """One diagnostic; ``index_for(path)`` gives the line index of a related file."""
    url = doc_url(diagnostic.code)
    related = []
    for item in diagnostic.related:
        other = index_for(item.path)
        if other is None:
            continue
        related.append(lsp.DiagnosticRelatedInformation(
            lsp.Location(uri_for(item.path), lsp_range(other, item.span)), item.message))
    return lsp.Diagnostic(
        range=lsp_range(index, diagnostic.span),
        message=diagnostic.message,
        severity=_SEVERITY.get(diagnostic.severity, lsp.DiagnosticSeverity.Warning),
        code=diagnostic.code,
        code_description=lsp.CodeDescription(href=url) if url else None,
        source=SOURCE,
        tags=[lsp.DiagnosticTag.Unnecessary] if diagnostic.code in UNNECESSARY_CODES else None,
        related_information=related or None,
    )


def text_edits(edits: tuple[TextEdit, ...] | list[TextEdit], index: LineIndex,
               newline: str = "\n") -> list[lsp.TextEdit]:
    """sumlint edits on a buffer as LSP edits; inserted new lines use the buffer's ending."""
    out = []
    for edit in sorted(edits, key=lambda e: (e.span.line, e.span.column)):
        text = edit.new_text.replace("\n", newline) if newline != "\n" else edit.new_text
        out.append(lsp.TextEdit(range=lsp_range(index, edit.span), new_text=text))
    return out


def minimal_edit(old: str, new: str, encoding: str) -> lsp.TextEdit | None:
    """One edit turning ``old`` into ``new``, trimmed to the part that differs."""
    if old == new:
        return None
    limit = min(len(old), len(new))
    start = 0
    while start < limit and old[start] == new[start]:
        start += 1
    if start and old[start - 1] == "\r":  # never split a CRLF
        start -= 1
    end = 0
    while end < limit - start and old[len(old) - 1 - end] == new[len(new) - 1 - end]:
        end += 1
    old_end = len(old) - end
    new_end = len(new) - end
    return lsp.TextEdit(
        range=lsp.Range(_offset_position(old, start, encoding), _offset_position(old, old_end, encoding)),
        new_text=new[start:new_end])


def _offset_position(text: str, offset: int, encoding: str) -> lsp.Position:
    from sumlint.lsp.positions import units_of

    line = text.count("\n", 0, offset)
    line_start = text.rfind("\n", 0, offset) + 1
    return lsp.Position(line, units_of(text[line_start:offset], encoding))


# -- configuration errors ---------------------------------------------------------------

_AT_RE = re.compile(r"at line (\d+), column (\d+)")
_KEY_RE = re.compile(r"`([^`]+)`")
_CODE_RE = re.compile(r"\b(SUM\d+|SC\d+)\b")


def config_error_span(text: str, message: str, pyproject: bool) -> Span:
    """Where in a config file's text a ConfigError message points (best effort)."""
    lines = text.split("\n")
    at = _AT_RE.search(message)
    if at:
        line, column = int(at.group(1)), int(at.group(2))
        if 1 <= line <= len(lines):
            width = len(lines[line - 1])
            column = min(column, width + 1)
            return Span(line, column, line, min(column + 1, width + 1) if width >= column else column)
        return Span(1, 1, 1, 1)
    if "at end of document" in message:
        last = len(lines)
        while last > 1 and not lines[last - 1].strip():
            last -= 1
        width = len(lines[last - 1])
        return Span(last, max(width, 1), last, width + 1)
    key = _KEY_RE.search(message)
    if not key:
        return Span(1, 1, 1, max(len(lines[0]), 1) + 1 if lines else 2)
    parts = key.group(1).removeprefix("tool.sumlint.").split(".")
    base = "tool.sumlint" if pyproject else ""
    start = 0
    # The deepest table header that names a prefix of the key.
    for depth in range(len(parts) - 1, -1, -1):
        header = ".".join(p for p in (base, *parts[:depth]) if p)
        if not header:
            break
        found = _find_header(lines, header)
        if found is not None:
            start = found + 1
            parts = parts[depth:]
            break
    target = parts[-1] if parts else ""
    key_re = re.compile(r"^\s*[\"']?(?:[\w.-]+\.)?[\"']?(" + re.escape(target) + r")[\"']?\s*=")
    header_re = re.compile(r"^\s*\[+\s*[^\]]*\b(" + re.escape(target) + r")\s*\]")
    for number in range(start, len(lines)):
        match = key_re.match(lines[number]) or header_re.match(lines[number])
        if match:
            code = _CODE_RE.search(message)
            if code:  # point at the offending code in the value when it is there
                for follow in range(number, min(number + 20, len(lines))):
                    column = lines[follow].find(code.group(1))
                    if column != -1:
                        return Span(follow + 1, column + 1, follow + 1, column + 1 + len(code.group(1)))
            return Span(number + 1, match.start(1) + 1, number + 1, match.end(1) + 1)
    if start:
        return Span(start, 1, start, len(lines[start - 1]) + 1)
    return Span(1, 1, 1, 1)


def _find_header(lines: list[str], header: str) -> int | None:
    pattern = re.compile(r"^\s*\[+\s*" + re.escape(header).replace(r"\.", r"\s*\.\s*") + r"\s*\]+\s*(#.*)?$")
    for number, text in enumerate(lines):
        if pattern.match(text):
            return number
    return None


def path_uri(path: str | Path) -> str:
    return Path(path).absolute().as_uri()
