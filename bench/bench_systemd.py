"""Benchmark: parse and check every unit file installed on this host, in one process.

Prints units per second for sumlint (parse only, and parse + every per-file rule) and,
side by side on the same files in the same run, for ``systemdlint`` (installed into a
throwaway virtualenv under the system temp folder; skipped with a message when it cannot
be installed). Budget (issue 3): at least 2,000 units/s on one core, and no slower than
systemdlint.

    python bench/bench_systemd.py [--repeat N] [--no-systemdlint] [--systemdlint-venv DIR]

Runs pinned to one CPU where the OS allows it. Figures on a shared machine are noisy: the
best of ``--repeat`` runs is reported.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

UNIT_DIRS = (Path("/lib/systemd/system"), Path("/usr/lib/systemd/system"))
SUFFIXES = (".service", ".socket", ".timer", ".target", ".path", ".mount", ".automount",
            ".swap", ".slice", ".scope", ".device")


def host_units() -> list[Path]:
    seen: set[Path] = set()
    found = []
    for folder in UNIT_DIRS:
        if not folder.is_dir():
            continue
        for path in sorted(folder.iterdir()):
            if not path.name.endswith(SUFFIXES):
                continue
            try:
                real = path.resolve()
                if not real.is_file() or real in seen:
                    continue
            except OSError:
                continue
            seen.add(real)
            found.append(path)
    return found


def pin_one_core() -> str:
    try:
        cpu = sorted(os.sched_getaffinity(0))[0]
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}"
    except (AttributeError, OSError):
        return "not pinned (no sched_setaffinity)"


def bench_sumlint(units: list[Path], repeat: int) -> tuple[float, float, int]:
    from sumlint.config import Config
    from sumlint.rule import RuleContext
    from sumlint.runner import Linter
    from sumlint.source import decode
    from sumlint.systemd import frontend

    config = Config(root=Path("/"))
    linter = Linter(config)
    blobs = [(p, p.read_bytes()) for p in units]
    diagnostics = 0
    best = {"parse": float("inf"), "full": float("inf"), "parse_cpu": float("inf"),
            "full_cpu": float("inf")}
    for _ in range(repeat):
        start, cpu = time.perf_counter(), time.process_time()
        for path, data in blobs:
            source = decode(path, data, "systemd")
            ctx = RuleContext(path=path, kind="systemd", config=config, source=source)
            frontend.facts(frontend.parse(source, ctx), ctx)
        best["parse"] = min(best["parse"], time.perf_counter() - start)
        best["parse_cpu"] = min(best["parse_cpu"], time.process_time() - cpu)
        start, cpu = time.perf_counter(), time.process_time()
        count = 0
        for path, data in blobs:
            source = decode(path, data, "systemd")
            count += len(linter.lint_source(source).diagnostics)
        best["full"] = min(best["full"], time.perf_counter() - start)
        best["full_cpu"] = min(best["full_cpu"], time.process_time() - cpu)
        diagnostics = count
    return best, diagnostics


def systemdlint_binary(venv: Path | None) -> Path | None:
    venv = venv or Path(tempfile.gettempdir()) / "sumlint-bench-systemdlint-venv"
    binary = venv / "bin" / "systemdlint"
    if binary.exists():
        return binary
    print(f"installing systemdlint into {venv} (throwaway virtualenv) ...", flush=True)
    try:
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, capture_output=True)
        subprocess.run([str(venv / "bin" / "pip"), "install", "-q", "systemdlint"], check=True,
                       capture_output=True, timeout=600)
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as err:
        print(f"systemdlint: could not be installed ({err}); comparison skipped")
        return None
    return binary if binary.exists() else None


def bench_external(argv: list[str], repeat: int) -> float:
    taskset = shutil.which("taskset")
    prefix = [taskset, "-c", str(sorted(os.sched_getaffinity(0))[0])] if taskset and hasattr(os, "sched_getaffinity") else []
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(prefix + argv, capture_output=True, check=False)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--no-systemdlint", action="store_true")
    parser.add_argument("--systemdlint-venv", type=Path)
    args = parser.parse_args()
    units = host_units()
    if not units:
        print("no unit files under /lib/systemd/system or /usr/lib/systemd/system: nothing to measure")
        return 0
    pinning = pin_one_core()
    n = len(units)
    print(f"{n} unit files from {', '.join(str(d) for d in UNIT_DIRS if d.is_dir())}; {pinning}; "
          f"best of {args.repeat} runs")
    best, found = bench_sumlint(units, args.repeat)
    for label, key in (("parse + facts    ", "parse"), ("parse + all rules", "full")):
        wall, cpu = best[key], best[key + "_cpu"]
        print(f"  sumlint, in process, {label}   : {n / wall:8.0f} units/s wall ({wall * 1000:6.1f} ms), "
              f"{n / cpu:6.0f} units/s CPU ({cpu * 1000:6.1f} ms)")
    full_rate = n / best["full_cpu"]
    print(f"    {found} diagnostics; budget >= 2000 units/s on one core (CPU time): "
          f"{'OK' if full_rate >= 2000 else 'MISSED'}")
    cli = [sys.executable, "-m", "sumlint", "check", "--isolated", "--no-cache", "--exit-zero",
           "--quiet", "--select", "SUM0,SUM1", *map(str, units)]
    cli_s = bench_external(cli, max(1, args.repeat // 2))
    print(f"  sumlint CLI, process start included     : {n / cli_s:8.0f} units/s  ({cli_s * 1000:7.1f} ms)")
    if args.no_systemdlint:
        print("  systemdlint: skipped (--no-systemdlint)")
        return 0
    binary = systemdlint_binary(args.systemdlint_venv)
    if binary is None:
        return 0
    sdl_s = bench_external([str(binary), "--norootfs", "--nodropins", *map(str, units)],
                           max(1, args.repeat // 2))
    print(f"  systemdlint CLI, process start included : {n / sdl_s:8.0f} units/s  ({sdl_s * 1000:7.1f} ms)")
    verdict = "faster" if cli_s <= sdl_s else "SLOWER"
    print(f"  sumlint CLI is {sdl_s / cli_s:.1f}x the speed of systemdlint on the same files ({verdict})")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    raise SystemExit(main())
