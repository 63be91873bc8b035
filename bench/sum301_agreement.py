"""How far two labellers agree on the same SUM301 units: the ceiling a rule can be measured to.

    .venv/bin/python bench/sum301_agreement.py FIRST SECOND [--consensus OUT]

FIRST and SECOND are labels files in the format ``bench/sum301_docscore.py`` reads (``# doc:``
lines, then ``+ LINE text`` / ``- LINE text``), labelling the same units in the same order: a
second labeller is given the first one's units without their labels. The script prints, per
document set and over all: how many units the two agree on, Cohen's kappa, and the precision
and recall the second labeller would score if the first one's labels were the truth (a rule
cannot be measured above what a careful second reader scores). ``--consensus OUT`` writes the
units both labellers agree on, in the same format, for ``sum301_docscore.py`` to score the rule
on what is not in dispute (OUT must sit beside the ``docs/`` folder, like the labels files).

The labelled documents are other projects' text and stay outside the repository.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from labelargs import bad_usage

_UNIT = re.compile(r"([+-]) (\d+) (.*)")


def read(path: Path) -> list[tuple[str, list[tuple[bool, str]]]]:
    """The documents of a labels file, each with its units (label, line and text)."""
    documents: list[tuple[str, list[tuple[bool, str]]]] = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        if raw.startswith("# doc:"):
            documents.append((raw, []))
            continue
        match = _UNIT.match(raw)
        if match is None:
            continue
        if not documents:
            raise SystemExit(f"{path}:{number}: a unit before any '# doc:' line")
        documents[-1][1].append((match[1] == "+", f"{match[2]} {match[3]}"))
    return documents


def kappa(both: int, first_only: int, second_only: int, neither: int) -> float:
    total = both + first_only + second_only + neither
    if not total:
        return 1.0
    observed = (both + neither) / total
    first_yes = (both + first_only) / total
    second_yes = (both + second_only) / total
    expected = first_yes * second_yes + (1 - first_yes) * (1 - second_yes)
    return 1.0 if expected == 1 else (observed - expected) / (1 - expected)


def main(argv: list[str]) -> int:
    out = None
    if "--consensus" in argv:
        at = argv.index("--consensus")
        if at + 1 >= len(argv):
            print(__doc__)
            return 2
        out = Path(argv[at + 1])
        argv = argv[:at] + argv[at + 2:]
    if (code := bad_usage(argv, __doc__)) is not None:
        return code
    if len(argv) != 2:
        print(__doc__)
        return 2
    first, second = read(Path(argv[0])), read(Path(argv[1]))
    if [d for d, _ in first] != [d for d, _ in second]:
        raise SystemExit("the two files do not list the same documents in the same order")
    counts = [0, 0, 0, 0]  # both +, first only, second only, neither
    kept: list[str] = []
    for (doc, units_a), (_, units_b) in zip(first, second):
        if [text for _, text in units_a] != [text for _, text in units_b]:
            raise SystemExit(f"the units of {doc[len('# doc:'):].split()[0]} differ between the two files")
        kept.append(doc)
        for (a, text), (b, _) in zip(units_a, units_b):
            counts[0 if a and b else 1 if a else 2 if b else 3] += 1
            if a == b:
                kept.append(f"{'+' if a else '-'} {text}")
            else:
                print(f"  {'first +, second -' if a else 'first -, second +'}  {doc.split()[2]}:{text[:100]}")
    both, first_only, second_only, neither = counts
    total = sum(counts)
    print(f"{total} units: agree on {both + neither} ({(both + neither) / (total or 1):.3f}); "
          f"+ by both {both}, first only {first_only}, second only {second_only}; "
          f"kappa {kappa(*counts):.3f}")
    print(f"the second labeller scored against the first: precision {both / (both + second_only or 1):.3f}, "
          f"recall {both / (both + first_only or 1):.3f}")
    if out is not None:
        out.write_text("\n".join(kept) + "\n", encoding="utf-8")
        print(f"consensus: {both + neither} units written to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
