"""Make collectors' briefs for SUM301's held-out measurement from search themes, one a round.

    .venv/bin/python bench/sum301_theme_briefs.py FIRST THEMES OUTDIR [--record]

THEMES is a text file with one theme a line ("deployment pages written in Chinese for web
services; search in Chinese as well as English"); blank lines and lines starting with ``#`` are
skipped. Round FIRST gets the first theme, FIRST+1 the next, and so on: each brief is the
committed collect brief (``bench/sum301_collect_brief.md``) with the theme, the round's name, a
limit of 17 look-ups in place of the template's 38, and the running-tally line, as
``bench/sum301_sibling_briefs.py`` writes them, ready for "Your whole task is written in the
file …; read it and follow it exactly."

``bench/sum301_themes.txt`` records the themes already given (``R2244<TAB>theme``; the
hundred-and-fourth session's 32 are the first there, the earlier sessions' themes are only in
docs/runbooks.md's prose). A theme already recorded, compared without case, stops the script
before it writes anything: collectors on a used theme mostly find measured pages. ``--record``
appends the rounds written to the record; run it once the collectors have started.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from sum301_sibling_briefs import LOOKUPS, fill_template  # noqa: E402

RECORD = ROOT / "bench" / "sum301_themes.txt"


def _lines(path: Path) -> list[str]:
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.lstrip().startswith("#")]


def recorded() -> dict[str, str]:
    """The recorded themes, lower-cased, to the round that had each."""
    found: dict[str, str] = {}
    if RECORD.is_file():
        for line in _lines(RECORD):
            round_name, _, theme = line.partition("\t")
            found[theme.strip().lower()] = round_name
    return found


def brief(round_name: str, theme: str) -> str:
    return fill_template(round_name, f"{theme.rstrip('.')}. The look-up limit for this round is {LOOKUPS} "
                         f"(not 38): stop at {LOOKUPS} even with fewer documents; where the rules below say "
                         "otherwise, this wins.")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("first", type=int, help="the first round's number (2244 for R2244)")
    parser.add_argument("themes", type=Path, help="a file with one theme a line")
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--record", action="store_true", help=f"append the rounds written to {RECORD.name}")
    args = parser.parse_args(argv)
    if not args.themes.is_file():
        print(f"{args.themes}: no such file")
        return 2
    themes = _lines(args.themes)
    used = recorded()
    again = [(theme, used[theme.lower()]) for theme in themes if theme.lower() in used]
    if again:
        for theme, round_name in again:
            print(f"{args.themes}: theme already given in {round_name}: {theme}")
        return 2
    args.outdir.mkdir(parents=True, exist_ok=True)
    rounds = [(f"R{args.first + k}", theme) for k, theme in enumerate(themes)]
    for round_name, theme in rounds:
        (args.outdir / f"brief_{round_name}.md").write_text(brief(round_name, theme), encoding="utf-8")
    if args.record:
        with RECORD.open("a", encoding="utf-8") as out:
            out.writelines(f"{round_name}\t{theme}\n" for round_name, theme in rounds)
    print(f"{len(rounds)} theme briefs written to {args.outdir}" + (f"; recorded in {RECORD.name}" if args.record else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
