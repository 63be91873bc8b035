"""Make collectors' briefs for SUM301's held-out measurement from documents beside measured ones.

    .venv/bin/python bench/sum301_sibling_briefs.py POOL FIRST COUNT OUTDIR [--seed N] [--skip K]

The ninety-eighth to hundredth sessions collected held-out documents from the other markdown files
of repositories that already have a measured document (``bench/sum301_collect_brief.md``'s
"sibling" theme). This script picks the repositories from ``bench/sum301_heldout.tsv`` and writes
one brief a round (``OUTDIR/brief_R<n>.md``, rounds FIRST to FIRST+COUNT-1, twelve repositories
each, with the paths measured there and a limit of 17 look-ups), ready for "Your whole task is
written in the file …; read it and follow it exactly."

POOL is ``hedging`` (repositories with a measured document that has a ``+`` unit) or ``redis``
(none hedging, but a measured path names Redis). Either way a repository qualifies only with at
most two measured documents, at least one of them other than a README at the root (a repository
with nothing but its measured README gave collectors nothing to read), none of them from round
R1853 on (the sessions that took siblings), and no line in ``bench/sum301_briefed.txt``, the
repositories already offered in a brief. POOL ``rest`` (the hundred-and-third session's, once
the other two ran dry) takes the hedging repositories those conditions left out, never offered
either: first those with a document measured in a sibling round, then those with more than two
measured documents, then those measured only by their root README. POOL ``found`` (the
hundred-and-fifth session's) takes the repositories whose every measured document came from a
search-theme round recorded in ``bench/sum301_themes.txt``, never offered: first those with a
hedging document, then those with a measured document other than a root README, then the rest.
The pool is shuffled with ``--seed`` (100 by default) and ``--skip`` repositories are passed
over first, so that later calls continue a session's order. Append the repositories a session's briefs offered to ``bench/sum301_briefed.txt``.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from sum301_heldout import _read as read_index  # noqa: E402
INDEX = ROOT / "bench" / "sum301_heldout.tsv"
BRIEFED = ROOT / "bench" / "sum301_briefed.txt"
TEMPLATE = ROOT / "bench" / "sum301_collect_brief.md"
PER_ROUND = 12
LOOKUPS = 17
FIRST_SIBLING_ROUND = 1853
THEMES = ROOT / "bench" / "sum301_themes.txt"

THEME = (
    "documents that sit next to documents already measured. Each repository below already has "
    "measured documents that mention Redis (their paths are in brackets; those are measured, do not save them). "
    "For each repository in turn, list its markdown files with `find_files` (repo set to the repository, ext \"md\"; "
    "one look-up per repository), pick the one or two files most likely to mention Redis (README, deployment, "
    "installation, configuration, environment, architecture, operations, troubleshooting or upgrade pages; a file "
    "with redis, cache, queue or worker in its name), read them with `read_file`, and keep those that mention Redis "
    "at least twice. This round does not use hedge-worded or neutral searches: it takes what these repositories "
    "hold, hedging or not, and where the finding rules below say otherwise, this paragraph wins. Work through the "
    "repositories in the order given and skip one whose listing shows no likely file. The look-up limit for this "
    f"round is {LOOKUPS} (not 38): stop at {LOOKUPS} even with fewer documents, and stop earlier when the "
    "repositories run out. Up to 8 documents. In your final message also name every repository you listed with "
    "`find_files`. Repositories: ")

# (From the hundred-and-second session on: two collectors had gone one look-up over.)
TALLY = (f"- Keep a running tally of your look-ups as you go (write the number after each call); the {LOOKUPS}th "
         "is the last one, whatever it is.")


def _round_number(name: str) -> int | None:
    found = re.fullmatch(r"R(\d+)", name)
    return int(found[1]) if found else None


def pool(kind: str, seed: int) -> list[tuple[str, list[str]]]:
    """The qualifying repositories of ``kind`` with their measured paths, shuffled."""
    documents: dict[str, list[tuple[str, str, bool]]] = defaultdict(list)  # repo -> (round, path, hedging)
    for (_name, round_name, repo, where, _sha, _commit), units in read_index(INDEX):
        documents[repo].append((round_name, where, any(expected for expected, *_ in units)))
    briefed = {line.strip() for line in BRIEFED.read_text(encoding="utf-8").splitlines()
               if line.strip() and not line.startswith("#")} if BRIEFED.is_file() else set()
    tiers: list[list[tuple[str, list[str]]]] = [[], [], [], []]  # the first for hedging and redis
    theme_rounds = _theme_rounds() if kind == "found" else set()
    for repo, found in documents.items():
        if repo in briefed:
            continue
        if kind == "found":
            if all(name in theme_rounds for name, _, _ in found):
                tiers[0 if any(h for _, _, h in found) else 2 if all(
                    path.lower() == "readme.md" for _, path, _ in found) else 1].append(
                    (repo, [path for _, path, _ in found]))
            continue
        hedging = any(h for _, _, h in found)
        sibling = any((number := _round_number(name)) is not None and number >= FIRST_SIBLING_ROUND
                      for name, _, _ in found)
        readme_only = all(path.lower().startswith("readme") for _, path, _ in found)
        tier = 1 if sibling else 2 if len(found) > 2 else 3 if readme_only else 0
        entry = (repo, [path for _, path, _ in found])
        if kind == "rest":
            if hedging and tier:
                tiers[tier].append(entry)
        elif tier == 0 and (kind == "hedging" and hedging or kind == "redis" and not hedging and any(
                "redis" in path.lower() for _, path, _ in found)):
            tiers[0].append(entry)
    chosen = []
    for tier_entries in tiers:
        tier_entries.sort()
        random.Random(seed).shuffle(tier_entries)
        chosen += tier_entries
    return chosen


def _theme_rounds() -> set[str]:
    """The rounds ``bench/sum301_themes.txt`` records as search-theme rounds (``R2244``, …)."""
    if not THEMES.is_file():
        return set()
    return {line.partition("\t")[0].strip() for line in THEMES.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")}


def fill_template(round_name: str, theme: str) -> str:
    """The committed collect brief for one round: its theme, its name, the look-up limit of
    ``LOOKUPS`` in place of the template's 38, and the running-tally line (also used by
    ``bench/sum301_theme_briefs.py``)."""
    text = TEMPLATE.read_text(encoding="utf-8")
    text = re.sub(r"(?m)^Theme: THEME$", lambda _: "Theme: " + theme, text)
    return text.replace("RNNN", round_name).replace("about 38 look-ups", f"about {LOOKUPS} look-ups") \
        .replace("stop at 38", f"stop at {LOOKUPS}") \
        .replace("- You have the look-up tools", TALLY + " You have the look-up tools", 1)


def brief(round_name: str, repos: list[tuple[str, list[str]]]) -> str:
    listed = "; ".join(f"{repo} (measured: {', '.join(paths)})" for repo, paths in repos)
    return fill_template(round_name, THEME + listed + ".")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pool", choices=("hedging", "redis", "rest", "found"))
    parser.add_argument("first", type=int, help="the first round's number (1970 for R1970)")
    parser.add_argument("count", type=int, help="how many briefs")
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--seed", type=int, default=100)
    parser.add_argument("--skip", type=int, default=0, help="repositories of the shuffled pool passed over first")
    args = parser.parse_args(argv)
    repos = pool(args.pool, args.seed)[args.skip:]
    args.outdir.mkdir(parents=True, exist_ok=True)
    for n in range(args.count):
        chunk = repos[n * PER_ROUND:(n + 1) * PER_ROUND]
        if not chunk:
            print(f"the {args.pool} pool ran out after {n} briefs", file=sys.stderr)
            break
        name = f"R{args.first + n}"
        (args.outdir / f"brief_{name}.md").write_text(brief(name, chunk), encoding="utf-8")
    print(f"{len(repos)} repositories in the {args.pool} pool; briefs written to {args.outdir}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
