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


def add_to_source(source: SourceFile, diagnostics: list[Diagnostic]) -> tuple[str, int, list[Diagnostic]]:
    """``source.raw_text`` with a suppression for each diagnostic; also how many findings (line
    and code) the new comments suppress and the diagnostics no comment could cover.

    Every edit is placed against the file as it is, codes that land on the same place are
    merged into one comment ("disable=SUM101,SUM102"), and the edits are applied together
    (a file with thousands of findings takes one pass, not one re-parse per finding). Then the
    suppressions of the new text are read once: a code whose line its comment does not cover
    is taken out again, and its finding is left."""
    from bisect import bisect_right

    from sumlint.fixes import apply_edits
    from sumlint.lsp.suppress import NOT_SUPPRESSIBLE, disable_file_edit, place_disable_edit
    from sumlint.suppressions import parse

    comment = "html" if source.kind == kinds.MARKDOWN else "#"
    text = source.text
    existing, _ = parse(text, comment, source.kind)
    places: dict[tuple, list[str]] = {}  # (span, new text with \0 for the codes) -> codes
    owner: dict[tuple[int, str], tuple] = {}
    left: list[Diagnostic] = []
    wanted = sorted({(d.span.line, d.code): d for d in diagnostics if d.code not in NOT_SUPPRESSIBLE}.items())
    by_key = dict(wanted)
    for (line, code), diagnostic in wanted:
        if any(s.covers(code, line) for s in existing):
            continue
        edit = place_disable_edit(source.kind, text, line, code, existing)
        if edit is None and line == 1 and text.startswith("#!"):
            edit = disable_file_edit(source.kind, text, code, existing)  # "missing `set -e`" on the #! line
        if edit is None or edit.new_text.count(code) != 1:
            left.append(diagnostic)
            continue
        key = (edit.span, edit.new_text.replace(code, "\0"))
        places.setdefault(key, []).append(code)
        owner[(line, code)] = key

    def edits() -> list[TextEdit]:
        merged: dict = {}
        for (span, template), codes in places.items():  # (two shapes at one place: one insertion)
            merged[span] = merged.get(span, "") + template.replace("\0", ",".join(codes))
        return [TextEdit(span, new_text) for span, new_text in merged.items()]

    while places:  # (each round takes out at least one code, or ends)
        new_text = apply_edits(SourceFile(source.path, source.kind, text), edits())[0]
        inserted = sorted(span.line for span, template in places if template.endswith("\n") and span.column == 1)
        found, malformed = parse(new_text, comment, source.kind)
        at: dict[int, list] = {}  # line -> the suppressions whose scope holds it
        for s in found:
            if s.file_level:
                at.setdefault(0, []).append(s)
            else:
                for number in range(s.scope[0], s.scope[1] + 1):
                    at.setdefault(number, []).append(s)
        missed = [(line, code) for (line, code), key in owner.items()
                  if not any(s.covers(code, line + bisect_right(inserted, line))
                             for s in at.get(0, []) + at.get(line + bisect_right(inserted, line), []))]
        if not missed and not malformed:
            break
        for line, code in missed or list(owner):  # (a malformed comment: write none)
            key = owner.pop((line, code))
            places[key].remove(code)
            if not places[key]:
                del places[key]
            left.append(by_key[(line, code)])
    if not places:
        return source.raw_text, 0, left
    return apply_edits(source, edits())[0], len(owner), left


def add_suppressions(linter, diagnostics: list[Diagnostic], cache=None) -> tuple[int, int, list[Diagnostic]]:
    """Write the comments for ``diagnostics`` (the active ones of a run) into their files.
    Returns (comments added, files changed, diagnostics left)."""
    from sumlint.check_command import atomic_write
    from sumlint.discovery import classify_file
    from sumlint.lsp.suppress import NOT_SUPPRESSIBLE
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
        data = source.encode(raw)
        try:
            written = decode(Path(path), data, kind, max(linter.config.max_file_size, len(data)))
        except UnreadableFile:
            left.extend(found)
            continue
        atomic_write(Path(path), data)
        total += added
        files += 1
        if cache is not None:
            from sumlint.cache import content_hash

            cache.store(linter.lint_source(written), content_hash(data))
    return total, files, left
