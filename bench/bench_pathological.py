#!/usr/bin/env python3
"""Time sumlint on pathological inputs at growing sizes: is the time linear in the size?

Every case of ``tests/pathological.py`` (a 200,000-character line, 100,000 short lines,
10,000 continuation lines, `$( … )` and `if` nested 500 deep, 50,000 exports, a 5,000-row
table, 10,000 fenced blocks, 1,000-level lists and quotes, runs of `*`, `_`, `[`, `` ` ``,
`\\`, `%`, `{{`, `__`, 100k-character URLs and placeholders, junk, mixed newlines, 10,000
settings, 5,000-deep expressions, include cycles, 1,000 drop-ins, …) is linted the way
``sumlint check`` lints a project, at a quarter, a half and the whole of the size the
robustness issue asks for. Each case runs in a child process with a timeout, so a hang is
reported as such and the run goes on.

    .venv/bin/python bench/bench_pathological.py                  # every case
    .venv/bin/python bench/bench_pathological.py --filter shell   # cases whose name matches
    .venv/bin/python bench/bench_pathological.py --fractions 1 --slowest 20

Printed per case: seconds at each size, characters, and the growth exponent
``log(t_full / t_quarter) / log(4)`` (1 = linear, 2 = quadratic). A case is flagged SLOW
when it takes over 2 s at full size with an exponent above 1.4, HANG when it timed out,
ERROR when sumlint raised. Timings on a shared machine are noisy (the exponent of a case
that takes a few milliseconds means little); re-run a flagged case alone to confirm.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))


def child(name: str, fractions: list[float]) -> None:
    """Run one case at each fraction of its full size; print one JSON line per size."""
    import pathological as P

    case = P.CASES[name]
    with tempfile.TemporaryDirectory() as warm:  # import the parsers outside the timing
        P.write_project(Path(warm), case.build(max(1, case.small // 10)))
        P.lint_project(Path(warm))
    for fraction in fractions:
        n = max(1, int(case.full * fraction))
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp)
            files = case.build(n)
            size = sum(len(v) for v in files.values())
            target = P.write_project(root, files)
            start = time.perf_counter()
            error = None
            try:
                result = P.lint_project(root)
            except BaseException as err:  # noqa: BLE001 - reported, not raised
                error, result = f"{type(err).__name__}: {str(err)[:200]}", None
            seconds = time.perf_counter() - start
            row = {"case": name, "n": n, "fraction": fraction, "chars": size, "seconds": seconds,
                   "error": error}
            if result is not None:
                row["outside"] = P.check_positions(result)[:1]
                row["sum001"] = any(d.code == "SUM001" and d.path == str(target) for d in result.diagnostics)
            print(json.dumps(row), flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--filter", default="", help="regex on case names")
    parser.add_argument("--fractions", default="0.25,0.5,1", help="sizes, as fractions of the full size")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per case (all sizes)")
    parser.add_argument("--slowest", type=int, default=25, help="how many of the slowest cases to list")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    fractions = [float(f) for f in args.fractions.split(",")]
    if args.child:
        child(args.child, fractions)
        return 0

    import pathological as P

    names = [c.name for c in P.all_cases() if re.search(args.filter, c.name)]
    print(f"{len(names)} cases, sizes {fractions} of full, timeout {args.timeout:.0f} s per case")
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    summary: list[tuple[float, str, str]] = []
    flagged: list[str] = []
    began = time.perf_counter()
    for name in names:
        cmd = [sys.executable, __file__, "--child", name, "--fractions", args.fractions]
        try:
            done = subprocess.run(cmd, capture_output=True, text=True, timeout=args.timeout, env=env, cwd=REPO)
            out, status = done.stdout, ("" if done.returncode == 0 else f"exit {done.returncode}")
        except subprocess.TimeoutExpired as err:
            out = err.stdout.decode() if isinstance(err.stdout, bytes) else (err.stdout or "")
            status = "HANG"
        rows = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
        times = " ".join(f"{r['seconds']:8.3f}" for r in rows)
        chars = rows[-1]["chars"] if rows else 0
        exponent = ""
        if len(rows) >= 2 and rows[0]["seconds"] > 0:
            ratio = rows[-1]["fraction"] / rows[0]["fraction"]
            exponent = f"{math.log(max(rows[-1]['seconds'], 1e-4) / max(rows[0]['seconds'], 1e-4)) / math.log(ratio):5.2f}"
        notes = []
        if status == "HANG":
            notes.append(f"HANG (> {args.timeout:.0f} s)")
        elif status:
            notes.append(f"CRASH ({status}): {done.stderr.strip().splitlines()[-1:]}")
        if any(r.get("error") for r in rows):
            notes.append("ERROR " + next(r["error"] for r in rows if r.get("error")))
        if any(r.get("outside") for r in rows):
            notes.append("OUTSIDE " + next(r["outside"][0] for r in rows if r.get("outside")))
        if rows and rows[-1]["seconds"] > 2 and exponent and float(exponent) > 1.4:
            notes.append("SLOW")
        if rows and rows[-1].get("sum001"):
            notes.append("SUM001")
        line = f"{name:48} {chars:>9,} chars  {times}  exp {exponent or '  -  '}  {' '.join(notes)}"
        print(line, flush=True)
        if any(n.split()[0] in ("HANG", "CRASH", "ERROR", "OUTSIDE", "SLOW") for n in notes):
            flagged.append(line)
        summary.append((rows[-1]["seconds"] if rows else float("inf"), name, line))
    print(f"\n{len(names)} cases in {time.perf_counter() - began:.0f} s")
    print(f"\nslowest {args.slowest} at full size:")
    for _, _, line in sorted(summary, reverse=True)[:args.slowest]:
        print("  " + line)
    print(f"\nflagged: {len(flagged)}")
    for line in flagged:
        print("  " + line)
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main())
