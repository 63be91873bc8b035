"""Score SUM301 on labelled sentences: precision, recall and every miss.

    .venv/bin/python bench/sum301_score.py FILE [FILE ...]

A file holds one unit per line: ``+ text`` (the unit calls Redis optional, conditional,
skippable or merely recommended) or ``- text`` (it does not); ``\\n`` in a unit is a line break
(table rows with their header, fenced blocks); lines starting with ``#`` are comments. Each
unit is linted as a markdown document through the whole docs pipeline with the default policy.
This is how the rule was measured on real documents (docs/runbooks.md); those labelled sets
are other projects' text and stay outside the repository, so point this at your own.
"""

from __future__ import annotations

import re
import sys
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


def load(path: Path) -> list[tuple[bool, str]]:
    entries = []
    for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        if not line.strip() or line.startswith("#"):
            continue
        if line[:2] not in ("+ ", "- "):
            raise SystemExit(f"{path}:{number}: a unit starts with '+ ' or '- ': {line[:60]!r}")
        entries.append((line[0] == "+", _as_table(line[2:].replace("\\n", "\n"))))
    return entries


_SEPARATOR = re.compile(r"\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?")


def _as_table(text: str) -> str:
    """A header row and a row written without the delimiter row between them
    (``| Service | Required |\\n| Redis | optional |``) are a table in the document they
    were taken from: the delimiter row is put back, so that they are read as one."""
    lines = text.split("\n")
    if len(lines) >= 2 and all(line.lstrip().startswith("|") for line in lines) \
            and not _SEPARATOR.fullmatch(lines[1].strip()):
        columns = max(1, lines[0].strip().strip("|").count("|") + 1)
        lines.insert(1, "|" + "---|" * columns)
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    if (code := bad_usage(argv, __doc__)) is not None:
        return code
    linter = Linter(fixture_config(Path("/tmp")))
    totals = [0, 0, 0, 0]
    for name in argv:
        tp = fp = fn = tn = 0
        for expected, text in load(Path(name)):
            source = decode(Path("/tmp/unit.md"), text.encode("utf-8"), "markdown")
            flagged = any(d.code == "SUM301" for d in linter.lint_source(source).diagnostics)
            if flagged and expected:
                tp += 1
            elif flagged:
                fp += 1
                print(f"  false positive: {text!r}")
            elif expected:
                fn += 1
                print(f"  missed:         {text!r}")
            else:
                tn += 1
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        print(f"{name}: {tp + fp + fn + tn} units, precision {precision:.3f}, recall {recall:.3f} "
              f"(tp {tp}, fp {fp}, fn {fn}, tn {tn})")
        totals = [a + b for a, b in zip(totals, (tp, fp, fn, tn))]
    if len(argv) > 1:
        tp, fp, fn, tn = totals
        print(f"all: precision {tp / (tp + fp or 1):.3f}, recall {tp / (tp + fn or 1):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
