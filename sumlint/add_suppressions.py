"""``sumlint check --add-suppressions``: a suppression comment for every problem found, so a
project can adopt sumlint (or a new rule) today and fix what it reports over time (ruff's
``--add-noqa``).

Each comment is the one the editor's "disable SUMxxx for this line" code action writes
(``sumlint.lsp.suppress``): a trailing ``# sumlint: disable=CODE`` in shell scripts, Python
settings and requirements, a ``#`` line above in units and env files (which have no
trailing comments), ``<!-- sumlint: disable=CODE -->`` above the markdown block. Codes on
lines an existing comment covers are added to it ("disable=SUM101,SUM102"); a problem on a
``#!`` line gets a ``disable-file`` comment (the kernel would pass a trailing comment to the
interpreter). Every comment is
checked against ``sumlint.suppressions`` before it is written; where no comment can suppress
a problem without changing the file's meaning (a line inside a here-document body), the
problem is left and named on stderr.

The file is rewritten atomically like ``--fix`` does: BOM, line endings and mode kept.
"""

from __future__ import annotations

from pathlib import Path

from sumlint import kinds
from sumlint.diagnostics import Diagnostic, TextEdit
from sumlint.source import SourceFile


def _apply(text: str, edit: TextEdit, newline: str) -> str:
    from sumlint.fixes import apply_edits

    return apply_edits(SourceFile(Path("x"), "", text.replace("\r\n", "\n"), raw_text=text, newline=newline),
                       [edit])[0]


def add_to_source(source: SourceFile, diagnostics: list[Diagnostic]) -> tuple[str, int, list[Diagnostic]]:
    """``source.raw_text`` with a suppression for each diagnostic; also how many comments were
    written or extended and the diagnostics no comment could cover."""
    from sumlint.lsp.suppress import NOT_SUPPRESSIBLE, disable_edit, disable_file_edit
    from sumlint.suppressions import parse

    comment = "html" if source.kind == kinds.MARKDOWN else "#"
    raw, text = source.raw_text, source.text
    shift: list[int] = []  # original lines before which a comment line was inserted
    added = 0
    left: list[Diagnostic] = []
    wanted = sorted({(d.span.line, d.code): d for d in diagnostics if d.code not in NOT_SUPPRESSIBLE}.items())
    for (line, code), diagnostic in wanted:
        now = line + sum(1 for at in shift if at <= line)
        existing, _ = parse(text, comment, source.kind)
        if any(s.covers(code, now) for s in existing):
            continue  # (a block comment written for another line of the same block)
        edit = disable_edit(source.kind, text, now, code, existing)
        if edit is None and now == 1 and text.startswith("#!"):
            edit = disable_file_edit(source.kind, text, code, existing)  # "missing `set -e`" on the #! line
        if edit is None:
            left.append(diagnostic)
            continue
        if edit.new_text.endswith("\n") and edit.span.column == 1:
            shift.append(_original(edit.span.line, shift))  # a comment line above that line
        text = _apply(text, edit, "\n")
        raw = _apply(raw, edit, source.newline)
        added += 1
    return raw, added, left


def _original(current: int, shift: list[int]) -> int:
    """The original line number now at ``current``, given the lines inserted so far."""
    original = current
    while original + sum(1 for at in shift if at <= original) > current:
        original -= 1
    while original + sum(1 for at in shift if at <= original) < current:
        original += 1
    return original


def add_suppressions(linter, diagnostics: list[Diagnostic], cache=None) -> tuple[int, int, list[Diagnostic]]:
    """Write the comments for ``diagnostics`` (the active ones of a run) into their files.
    Returns (comments added, files changed, diagnostics left)."""
    from sumlint.check_command import atomic_write
    from sumlint.discovery import classify_file
    from sumlint.source import UnreadableFile, decode, read_source

    by_path: dict[str, list[Diagnostic]] = {}
    for d in diagnostics:
        by_path.setdefault(d.path, []).append(d)
    total = files = 0
    left: list[Diagnostic] = []
    for path, found in sorted(by_path.items()):
        kind = classify_file(Path(path), linter.config)
        try:
            if kind is None:
                raise UnreadableFile("no kind")
            source = read_source(Path(path), kind, linter.config.max_file_size)
        except (UnreadableFile, OSError):
            left.extend(d for d in found if d.code not in NOT_SUPPRESSIBLE)
            continue  # not text sumlint can write back (binary, not UTF-8, too large)
        raw, added, not_covered = add_to_source(source, found)
        left.extend(not_covered)
        if not added or raw == source.raw_text:
            continue
        data = (b"\xef\xbb\xbf" if source.had_bom else b"") + raw.encode("utf-8", "surrogateescape")
        try:
            decode(Path(path), data, kind, max(linter.config.max_file_size, len(data)))
        except UnreadableFile:
            left.extend(found)
            continue
        atomic_write(Path(path), data)
        total += added
        files += 1
        if cache is not None:
            from sumlint.cache import content_hash

            cache.store(linter.lint_source(decode(Path(path), data, kind, max(linter.config.max_file_size,
                                                                                len(data)))), content_hash(data))
    return total, files, left
