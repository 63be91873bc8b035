"""Which reading made each SUM301 report on labelled documents, and how often it is right.

    .venv/bin/python bench/sum301_readings.py LABELS [LABELS ...] [--show R1,R2] [--drop R1,R2]

The labelled documents are those of ``bench/sum301_docscore.py`` (same format, same way of
giving each diagnostic to a labelled unit). Every report of a clause reading goes through
``RequiredServiceCalledOptional._report`` with the ``Claim`` behind it; this script wraps that
method to note the claim's ``how`` (the reading: "paren", "predicative", "without", …) at the
diagnostic's position. Reports the rule makes from the document's context are counted under
the part of the rule that made them ("(sections)": a heading that puts the service under
"Optional"; "(lead ins)": a lead-in over a list; "(removal title)": a removal document's title; …),
and any other under "(other)".

For each reading it prints the labelled units it reported rightly (tp) and wrongly (fp), and
the diagnostics no labelled unit takes (stray), worst precision first. A reading whose
reports are mostly wrong on real documents is a candidate for removal; one near 50% usually
marks a shape the labels themselves split on.

``--show`` lists the units behind the named readings. ``--drop`` scores the documents as if
the named readings were gone (their claims are filtered out of every analysis), and prints
the totals to compare with ``bench/sum301_docscore.py``.

These labelled documents are other projects' text and stay outside the repository.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
# (sum301_docscore puts this checkout first, rules included, and the tests' folder on the path)
import sum301_docscore as docscore
from harness import fixture_config
from labelargs import bad_usage

from sumlint.markdown import claims
from sumlint.runner import Linter
from sumlint.source import decode

OTHER = "(other)"


def _option(argv: list[str], name: str) -> set[str]:
    if name not in argv:
        return set()
    at = argv.index(name)
    value = argv[at + 1] if at + 1 < len(argv) else ""
    del argv[at:at + 2]
    return {v for v in value.split(",") if v}


def _drop_readings(drop: set[str], restore: list) -> None:
    """Filter the named readings out of every analysis the rule asks for."""
    for name in [n for n in vars(claims.Analyser) if n.startswith("analyse")]:
        original = vars(claims.Analyser)[name]
        restore.append((claims.Analyser, name, original))

        def filtered(self, *args, _original=original, **kwargs):
            found = _original(self, *args, **kwargs)
            return [c for c in found if c.how not in drop] if isinstance(found, list) else found

        setattr(claims.Analyser, name, filtered)


def _trace_reports(noted: dict[tuple[int, int], str], restore: list) -> None:
    """Note the reading behind each report, by the diagnostic's line and column."""
    from sumlint.rules.docs.sum301_required_service_called_optional import (
        RequiredServiceCalledOptional as Rule,
    )

    restore.append((Rule, "_report", vars(Rule)["_report"]))
    original = Rule._report

    def report(found, unit, label, seen):
        by_start = {}
        for claim in found:
            span = unit.span(claim.start, claim.end)
            by_start.setdefault((span.line, span.column), claim.how)
        for violation in original(found, unit, label, seen):
            noted[(violation.span.line, violation.span.column)] = by_start.get(
                (violation.span.line, violation.span.column), OTHER)
            yield violation

    Rule._report = staticmethod(report)

    def traced(original, label):
        def context(*args, **kwargs):
            for violation in original(*args, **kwargs):
                key = (violation.span.line, violation.span.column)
                if noted.get(key, OTHER) == OTHER:
                    noted[key] = label  # a report made from the document's context, not one clause
                yield violation
        return staticmethod(context)

    for name in ("_header_rows", "_heading_questions", "_switch_lines", "_continuations", "_sections",
                 "_lead_ins", "_removal_title"):
        restore.append((Rule, name, vars(Rule)[name]))
        setattr(Rule, name, traced(getattr(Rule, name), f"({name.strip('_').replace('_', ' ')})"))


def main(argv: list[str]) -> int:
    argv = list(argv)
    show = _option(argv, "--show")
    drop = _option(argv, "--drop")
    if (code := bad_usage(argv, __doc__)) is not None:
        return code
    restore: list = []  # (class, attribute, original): put back when done, as a test needs
    noted: dict[tuple[int, int], str] = {}
    try:
        if drop:
            _drop_readings(drop, restore)
        _trace_reports(noted, restore)
        return _score(argv, noted, show, drop)
    finally:
        for owner, attribute, original in reversed(restore):
            setattr(owner, attribute, original)


def _score(argv: list[str], noted: dict[tuple[int, int], str], show: set[str], drop: set[str]) -> int:
    linter = Linter(fixture_config(Path("/tmp")))
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # tp, fp, stray
    examples: dict[str, list[str]] = defaultdict(list)
    totals = [0, 0, 0, 0]  # tp, fp, fn, tn over the labelled units
    for name in argv:
        for path, _origin, units in docscore.load(Path(name)):
            data = path.read_bytes()
            lines = data.decode("utf-8", errors="replace").split("\n")
            for unit in units:
                docscore._place(unit, lines)
            ordered = sorted(units, key=lambda u: (u.line, u.column))
            noted.clear()
            diagnostics = [d for d in linter.lint_source(decode(path, data, "markdown")).diagnostics
                           if d.code == "SUM301"]
            flagged = set()
            for diagnostic in diagnostics:
                line, column = diagnostic.span.line, diagnostic.span.column
                how = noted.get((line, column), OTHER)
                named = docscore._NAMED_LINE.search(diagnostic.message)
                owner = docscore.owner_of(ordered, int(named[1]), 10**6) if named \
                    else docscore.owner_of(ordered, line, column)
                if owner is None:
                    counts[how][2] += 1
                    continue
                flagged.add(id(owner))
                counts[how][0 if owner.expected else 1] += 1
                examples[how].append(f"{'TP' if owner.expected else 'FP'} {path.name}:{owner.line} {owner.text[:100]}")
            for unit in units:
                hit = id(unit) in flagged
                totals[0 if hit and unit.expected else 1 if hit else 2 if unit.expected else 3] += 1
    print(f"{'reading':30s} {'tp':>5s} {'fp':>5s} {'stray':>6s}  precision")
    for how, (tp, fp, stray) in sorted(counts.items(), key=lambda item: (item[1][0] / (sum(item[1][:2]) or 1),
                                                                         -item[1][1])):
        print(f"{how:30s} {tp:5d} {fp:5d} {stray:6d}  {tp / (tp + fp or 1):.2f}")
    tp, fp, fn, tn = totals
    print(f"all{' without ' + ','.join(sorted(drop)) if drop else ''}: {sum(totals)} units, precision "
          f"{tp / (tp + fp or 1):.3f}, recall {tp / (tp + fn or 1):.3f} (tp {tp}, fp {fp}, fn {fn}, tn {tn})")
    for how in sorted(show):
        print(f"== {how}")
        print("\n".join(examples.get(how, [])) or "(no report)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
