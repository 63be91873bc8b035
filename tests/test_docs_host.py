"""Real markdown nobody here wrote: the documentation installed on this host.

None of it is a runbook of this stack, so the docs rules must stay silent on all of it (the
runbook rules must never fire on a README of an unrelated project), and the document model
must read every file without an exception, with positions inside the file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from harness import fixture_config
from sumlint.markdown import frontend
from sumlint.runner import Linter
from sumlint.source import UnreadableFile, read_source

ROOTS = ("/usr/share/doc", "/usr/lib/node_modules", "/usr/lib/python3", "/usr/local/lib")
LIMIT = 120
MAX_BYTES = 150_000


def host_markdown() -> list[Path]:
    found: list[Path] = []
    for root in ROOTS:
        base = Path(root)
        if not base.is_dir():
            continue
        for path in sorted(base.rglob("*.md")):
            try:
                if path.is_file() and 0 < path.stat().st_size <= MAX_BYTES:
                    found.append(path)
            except OSError:
                continue
            if len(found) >= LIMIT:
                return found
    return found


FILES = host_markdown()


def test_host_markdown_is_read_and_unrelated_docs_get_no_docs_findings() -> None:
    if not FILES:
        pytest.skip(f"no markdown documentation under {', '.join(ROOTS)} on this host")
    linter = Linter(fixture_config(Path("/tmp/sumlint-host-docs")))
    findings = []
    units = 0
    for path in FILES:
        try:
            source = read_source(path, "markdown")
        except UnreadableFile:
            continue
        doc = frontend.parse(source, None)
        lines = source.lines
        for unit in doc.units:
            units += 1
            line, column = unit.tmap.position(unit.offset)
            assert 1 <= line <= len(lines) and 1 <= column <= len(lines[line - 1]) + 1, (path, unit.text)
        for fence in doc.fences:
            assert all(1 <= host <= len(lines) for host, _ in fence.line_map), path
        frontend.facts(doc, None)
        result = linter.lint_source(source)
        findings += [f"{path}:{d.span.line}:{d.span.column} {d.code} {d.message}"
                     for d in result.diagnostics if d.code.startswith("SUM3")]
    print(f"{len(FILES)} host markdown files, {units} prose units")
    assert units > 0
    assert not findings, "\n".join(findings)
