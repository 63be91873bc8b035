"""Score SUM301 over whole labelled documents: precision, recall and every miss.

    .venv/bin/python bench/sum301_docscore.py LABELS [LABELS ...] [--units]

A labels file lists, per document, the units of that document that mention Redis::

    # doc: D1_03.md owner/repo docs/deploy.md
    + 14 Redis is optional; set `REDIS_URL` to enable the cache.
    - 22 Start Redis with `sudo systemctl start redis-server`.

``+``/``-`` is the label (the unit calls Redis optional, conditional, skippable or merely
recommended, judged in its document), the number is the line where the unit starts in the
saved document, and the text is the unit's first line as written. The documents sit in a
``docs/`` folder beside the labels file. Each document is linted whole, with the default
policy, so headings, lead-ins and the sentences around a unit count as they do for a user.

A diagnostic belongs to the labelled unit that starts last at or before it (within three
lines), or to the first one on its own line when none starts earlier on that line ("**A:**
No. Redis is only required for …", where "No." names no service and is no unit); a diagnostic that names another line (``… puts Redis (line 12) under …``) belongs to
that line. A diagnostic that no labelled unit takes is listed as unlabelled: either a unit the
labeller did not list or a flag on a line with no Redis mention. The last line counts
documents: those that hedge and get at least one correct report, and those that do not and
get a false one (what a team sees: is this runbook caught?). A miss that stands under a heading
with a diagnostic ("## Redis (optional)" over "1. Install Redis") is marked ``(cov)`` and
counted on its own line, with the recall it would give: one report at the heading serves the
user, but the labels mark every unit under it. ``--units`` scores the same
units one by one, each linted alone, the way ``bench/sum301_score.py`` does, to show what the
document context changes.

These labelled documents are other projects' text and stay outside the repository.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from checkout import use_checkout  # noqa: E402
from labelargs import bad_usage

use_checkout(ROOT)  # (its own rules too, also in a second checkout)
sys.path.insert(0, str(ROOT / "tests"))

from harness import fixture_config  # noqa: E402
from sumlint.runner import Linter  # noqa: E402
from sumlint.source import decode  # noqa: E402

_NAMED_LINE = re.compile(r"\(line (\d+)\)")
_MARKERS = re.compile(r"^\s*(?:[-*+]\s+|\d+[.)]\s+|#+\s+|>\s*)*")


@dataclass
class Unit:
    expected: bool
    line: int
    text: str
    column: int = 1
    flagged: bool = False
    covered: bool = False  # not flagged itself, but under a heading that is


def load(path: Path) -> list[tuple[Path, str, list[Unit]]]:
    documents: list[tuple[Path, str, list[Unit]]] = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        if raw.startswith("# doc:"):
            fields = raw[len("# doc:"):].split()
            documents.append((path.parent / "docs" / fields[0], " ".join(fields[1:]), []))
        elif not raw.strip() or raw.startswith("#"):
            continue
        else:
            match = re.match(r"([+-]) (\d+) (.*)", raw)
            if match is None or not documents:
                raise SystemExit(f"{path}:{number}: expected '+ LINE text' under a '# doc:' line: {raw[:60]!r}")
            documents[-1][2].append(Unit(match[1] == "+", int(match[2]), match[3]))
    return documents


def _place(unit: Unit, lines: list[str]) -> None:
    """Find the unit on its line (or up to three lines off) and set its line and column."""
    probe = _MARKERS.sub("", unit.text.replace("\\n", "\n").split("\n")[0]).strip()
    probe = probe[:25]
    for delta in (0, -1, 1, -2, 2, -3, 3):
        at = unit.line + delta
        if 1 <= at <= len(lines) and probe and probe in lines[at - 1]:
            unit.line, unit.column = at, lines[at - 1].index(probe) + 1
            return
    unit.column = 1


def split_origin(origin: str) -> tuple[str, str, str]:
    """``owner/repo docs/DEPLOY.md @COMMIT`` → repository, path and the pinned commit ("" when
    the line names none: the document is the stored default version)."""
    repo, _, where = origin.partition(" ")
    head, _, last = where.rpartition(" ")
    if head and re.fullmatch(r"@[0-9a-f]{40}", last):
        return repo, head, last[1:]
    return repo, where, ""


def score_document(linter: Linter, path: Path, units: list[Unit], origin: str = "") -> list[tuple[int, int, str]]:
    """Lint the document, mark the units its SUM301 diagnostics fall in; return the
    diagnostics no unit takes. The document is linted under its name in its repository
    (``origin``: "owner/repo docs/DEPLOY.md", see ``split_origin``), as a user's run sees it: a ``CONTRIBUTING.md``
    is a contributors' guide, an ``.mdx`` file is parsed as MDX."""
    data = path.read_bytes()
    text = data.decode("utf-8", errors="replace")
    lines = text.split("\n")
    for unit in units:
        _place(unit, lines)
    repo, where, _commit = split_origin(origin)
    source = decode(Path("/repos", repo, where) if repo and where else path, data, "markdown")
    ordered = sorted(units, key=lambda u: (u.line, u.column))
    stray = []
    diagnostics = [d for d in linter.lint_source(source).diagnostics if d.code == "SUM301"]
    _mark_covered(source, units, {d.span.line for d in diagnostics})
    for diagnostic in diagnostics:
        if diagnostic.code != "SUM301":
            continue
        line, column = diagnostic.span.line, diagnostic.span.column
        named = _NAMED_LINE.search(diagnostic.message)
        if named:
            line, column = int(named[1]), 0  # (the item that starts on that line: its first unit)
        owner = owner_of(ordered, line, column)
        if owner is not None:
            owner.flagged = True
        else:
            stray.append((line, column, diagnostic.message))
    return stray


def owner_of(ordered: list[Unit], line: int, column: int) -> Unit | None:
    """The labelled unit (of ``ordered``, in document order) that a diagnostic at ``line`` and
    ``column`` belongs to: the last one starting at or before it, within three lines."""
    owner = None
    for unit in ordered:
        if (unit.line, unit.column) <= (line, column):
            owner = unit
        else:
            if unit.line == line and (owner is None or owner.line < line):
                owner = unit  # "**A:** No. Redis is only required for …": the answer's word before the unit
            break
    return owner if owner is not None and line - owner.line <= 3 else None


def _mark_covered(source, units: list[Unit], reported: set[int]) -> None:
    """Mark the units that stand in the section of a heading with a diagnostic on its line (at
    any level above them): a user who fixes the heading fixes what it puts under it."""
    from sumlint.markdown.frontend import parse

    headings = [(h.line, h.level) for h in parse(source).headings]
    for unit in units:
        level = 7
        for line, heading_level in reversed(headings):
            if line < unit.line and heading_level < level:
                level = heading_level
                if line in reported:
                    unit.covered = True
                    break


def score_alone(linter: Linter, units: list[Unit]) -> None:
    for unit in units:
        source = decode(Path("/tmp/unit.md"), unit.text.replace("\\n", "\n").encode("utf-8"), "markdown")
        unit.flagged = any(d.code == "SUM301" for d in linter.lint_source(source).diagnostics)


def main(argv: list[str]) -> int:
    if (code := bad_usage(argv, __doc__, ("--units",))) is not None:
        return code
    alone = "--units" in argv
    names = [a for a in argv if a != "--units"]
    linter = Linter(fixture_config(Path("/tmp")))
    totals = [0, 0, 0, 0]
    documents = [0, 0, 0, 0]  # hedging documents, those with a correct report; clean ones, those with a false one
    covered = [0]  # misses under a reported heading
    for name in names:
        counts = [0, 0, 0, 0]
        for path, origin, units in load(Path(name)):
            if alone:
                stray = []
                score_alone(linter, units)
            else:
                stray = score_document(linter, path, units, origin)
            for unit in units:
                where = f"{path.name}:{unit.line}"
                if unit.flagged and unit.expected:
                    counts[0] += 1
                elif unit.flagged:
                    counts[1] += 1
                    print(f"  false positive {where}: {unit.text[:110]!r}")
                elif unit.expected:
                    counts[2] += 1
                    covered[0] += unit.covered
                    print(f"  missed {'(cov)' if unit.covered else '     '}   {where}: {unit.text[:110]!r}")
                else:
                    counts[3] += 1
            for line, _column, message in stray:
                print(f"  unlabelled     {path.name}:{line}: {message[:110]}")
            if any(unit.expected for unit in units):
                documents[0] += 1
                caught = any(unit.flagged and unit.expected for unit in units)
                documents[1] += caught
                if not caught:
                    print(f"  document missed {path.name}: {sum(u.expected for u in units)} hedging units")
            else:
                documents[2] += 1
                documents[3] += any(unit.flagged for unit in units)
        tp, fp, fn, tn = counts
        print(f"{name}: {sum(counts)} units, precision {tp / (tp + fp or 1):.3f}, "
              f"recall {tp / (tp + fn or 1):.3f} (tp {tp}, fp {fp}, fn {fn}, tn {tn})")
        totals = [a + b for a, b in zip(totals, counts)]
    if len(names) > 1:
        tp, fp, fn, tn = totals
        print(f"all: {sum(totals)} units, precision {tp / (tp + fp or 1):.3f}, recall {tp / (tp + fn or 1):.3f} "
              f"(tp {tp}, fp {fp}, fn {fn}, tn {tn})")
    tp, fp, fn, tn = totals if len(names) > 1 else counts
    print(f"misses under a reported heading: {covered[0]} of {fn}; counting them as caught, recall "
          f"{(tp + covered[0]) / (tp + fn or 1):.3f}")
    print(f"documents: {documents[1]} of {documents[0]} that hedge get a correct report; "
          f"{documents[3]} of {documents[2]} that do not get a false one")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
