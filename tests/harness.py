"""Fixture files with inline expectations, shared by every rule family's tests.

A fixture is a file of any kind whose expectations are whole-line comments in its own
syntax, removed before linting::

    # expect: SUM101@1, SUM102        (shell, units, Python, env, requirements)
    ; expect: SUM103                  (units may also use ;)
    <!-- expect: SUM301@14 -->       (markdown)

Each expectation applies to the next line that is not itself an expectation; ``@N`` pins
the column. A fixture without expectations must produce no diagnostic at all. Every
diagnostic the fixture produces must be expected (all rules run, not only the one under
test), so a fixture also proves the other rules stay quiet.

``name.fixed.ext`` next to ``name.ext`` is the golden result of ``--fix`` (safe fixes,
applied until stable); after it the fixed text must be clean of every fixable finding.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from sumlint.config import Config, from_table
from sumlint.discovery import classify_file
from sumlint.fixes import fix_text
from sumlint.runner import Linter
from sumlint.source import decode

EXPECT_RE = re.compile(
    r"^\s*(?:#|;|<!--)\s*expect:\s*(?P<codes>[^>]*?)\s*(?:-->)?\s*$")
ITEM_RE = re.compile(r"^(?P<code>(?:SUM|SC)\d+)(?:@(?P<col>\d+))?$")
FIXTURES = Path(__file__).parent / "fixtures"


@dataclass(frozen=True)
class Expected:
    code: str
    line: int
    column: int | None


def strip_expectations(text: str) -> tuple[str, list[Expected]]:
    """The text without expectation lines, and the expectations (lines after stripping)."""
    kept: list[str] = []
    pending: list[tuple[str, int | None]] = []
    expected: list[Expected] = []
    for line in text.split("\n"):
        match = EXPECT_RE.match(line.rstrip("\r"))
        if match:
            for item in re.split(r"[,\s]+", match.group("codes").strip()):
                if not item:
                    continue
                parsed = ITEM_RE.match(item)
                assert parsed, f"bad expectation item {item!r} in line {line!r}"
                pending.append((parsed.group("code"), int(parsed.group("col")) if parsed.group("col") else None))
            continue
        kept.append(line)
        for code, col in pending:
            expected.append(Expected(code, len(kept), col))
        pending = []
    assert not pending, "an expectation at the end of the file has no line to apply to"
    return "\n".join(kept), expected


def fixture_config(root: Path, table: dict | None = None) -> Config:
    config = from_table(table or {}, None)
    config.root = root
    return config


def lint_fixture(path: Path, text: str, config: Config):
    """Lint ``text`` as if it were the file at ``path`` (per-file rules and suppressions)."""
    kind = classify_file(path, config)
    assert kind is not None, f"{path.name}: not a file kind sumlint reads"
    linter = Linter(config)
    source = decode(path, text.encode("utf-8"), kind, config.max_file_size)
    result = linter.lint_source(source)
    return linter.finish([result], []).active, source


def compare(found, expected: list[Expected], label: str) -> None:
    got = sorted((d.code, d.span.line, d.span.column, d.message) for d in found)
    unmatched = list(got)
    missing = []
    for exp in expected:
        hit = next((g for g in unmatched if g[0] == exp.code and g[1] == exp.line
                    and (exp.column is None or g[2] == exp.column)), None)
        if hit is None:
            missing.append(exp)
        else:
            unmatched.remove(hit)
    problems = []
    for exp in missing:
        col = f"@{exp.column}" if exp.column else ""
        problems.append(f"  missing   {exp.code}{col} at line {exp.line}")
    for code, line, col, message in unmatched:
        problems.append(f"  unexpected {code} at {line}:{col}: {message}")
    assert not problems, f"{label}:\n" + "\n".join(problems)


def check_fixed(path: Path, text: str, config: Config, golden: Path) -> None:

    current = text
    for _ in range(10):
        found, source = lint_fixture(path, current, config)
        new, applied = fix_text(source, found)
        if not applied or new == current:
            break
        current = new
    expected = golden.read_text(encoding="utf-8")
    assert current == expected, f"{golden.name}: --fix result differs:\n{current}"
    found, _ = lint_fixture(path, current, config)
    leftover = [d for d in found if d.fix and d.fix.safe]
    assert not leftover, f"{golden.name}: still fixable after fixing: {leftover}"


def copy_tree_stripped(src: Path, dst: Path) -> dict[Path, list[Expected]]:
    """Copy a fixture project, stripping expectations; returns them per copied file."""
    expectations: dict[Path, list[Expected]] = {}
    for file in sorted(src.rglob("*")):
        target = dst / file.relative_to(src)
        if file.is_dir():
            target.mkdir(parents=True, exist_ok=True)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            text = file.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            shutil.copy2(file, target)
            continue
        stripped, expected = strip_expectations(text)
        target.write_text(stripped, encoding="utf-8")
        shutil.copymode(file, target)
        if expected:
            expectations[target.resolve()] = expected
    return expectations
