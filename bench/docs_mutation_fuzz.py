"""Mutation fuzz of the docs pass on real markdown: random edits, each document linted whole.

    .venv/bin/python bench/docs_mutation_fuzz.py DOCS [--runs 600] [--seed 76]

Each run picks a document from DOCS (a folder of ``*.md``, such as the held-out documents in
``/work/eval5/docs``), makes 1 to 12 random edits (inserts of markdown marks, hedge words, CJK
punctuation, CRLF, a suppression comment; deletions; a span repeated; lines shuffled) and lints
the result as a user's run would. An exception, or a SUM004 (the engine's own "a rule failed"),
is a problem; a file the reader refuses (a NUL byte: SUM001) is not. It prints each problem and
the count, and exits 1 when there is one. The hypothesis tests in ``tests/test_docs_claims_fuzz.py``
fuzz the analyser on generated text; this one starts from real documents.
"""

from __future__ import annotations

import argparse
import random
import sys
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from checkout import use_checkout  # noqa: E402

use_checkout(ROOT)
sys.path.insert(0, str(ROOT / "tests"))

from harness import fixture_config  # noqa: E402
from sumlint.runner import Linter  # noqa: E402
from sumlint.source import UnreadableFile, decode  # noqa: E402

PIECES = ("|", "```", "**", "_", "(", ")", "`", "\n", "\r\n", "# ", "- ", "1. ", "> ", "optional", "Redis",
          "REDIS_URL=", "if needed", "(optional)", "：", "可选", "無需", "\t", "<!-- sumlint: disable=SUM301 -->",
          "[", "](", "\x00", "é", "—", "| --- |", "~~~", "    ", "<br>", "e.g.", "or", "and", "one of the supported",
          "two or more", "redis.enabled")


def mutate(text: str, rng: random.Random) -> str:
    for _ in range(rng.randint(1, 12)):
        op = rng.random()
        at = rng.randint(0, len(text))
        if op < 0.4:
            text = text[:at] + rng.choice(PIECES) + text[at:]
        elif op < 0.7:
            text = text[:at] + text[at + rng.randint(1, 40):]
        elif op < 0.85:
            a, b = sorted((at, rng.randint(0, len(text))))
            text = text[:a] + text[b:a + (b - a) // 2] + text[b:]
        else:
            lines = text.split("\n")
            head = lines[:50]
            rng.shuffle(head)
            text = "\n".join(head + lines[50:])
    return text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("docs", type=Path)
    parser.add_argument("--runs", type=int, default=600)
    parser.add_argument("--seed", type=int, default=76)
    args = parser.parse_args()
    docs = sorted(args.docs.glob("*.md"))
    if not docs:
        print(f"{args.docs}: no *.md files", file=sys.stderr)
        return 2
    rng = random.Random(args.seed)
    linter = Linter(fixture_config(Path("/tmp")))
    problems = 0
    for n in range(args.runs):
        path = rng.choice(docs)
        text = mutate(path.read_text(encoding="utf-8", errors="replace"), rng)
        try:
            source = decode(Path("/repos/fuzz/docs/README.md"), text.encode("utf-8", errors="replace"), "markdown")
            if any(d.code == "SUM004" for d in linter.lint_source(source).diagnostics):
                problems += 1
                print(f"SUM004: run {n}, from {path.name}")
        except UnreadableFile:
            continue  # (a NUL byte: the reader's SUM001, by design)
        except Exception:  # noqa: BLE001 - any exception is the finding
            problems += 1
            print(f"exception: run {n}, from {path.name}")
            traceback.print_exc(limit=4)
    print(f"{args.runs} runs, seed {args.seed}: {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
