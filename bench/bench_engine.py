#!/usr/bin/env python3
"""Benchmark of the sumlint engine against the budgets of issue 2.

Generates synthetic deploy repositories of N files spread over every file kind (systemd
units and drop-ins, deploy and provisioning scripts with and without an extension,
runbooks, Django settings, env examples, requirements) in a temporary folder, then times
``sumlint check`` cold (``--no-cache``) and warm (cache filled), and reports files per
second and the peak memory (max RSS of the sumlint process, from ``os.wait4``). Also:
``sumlint --version`` wall time, a warm ``sumlint check examples/``, and whether a cold run
over a repository without Python settings imports libcst.

    .venv/bin/python bench/bench_engine.py                 # N = 100, 1000, 10000
    .venv/bin/python bench/bench_engine.py --sizes 100 --repeat 5
    .venv/bin/python bench/bench_engine.py --warm-only     # --version and warm examples/ only

Numbers on a busy machine are noisy: the script prints the median of ``--repeat`` runs and
the spread. Budgets: --version < 80 ms; warm examples/ < 100 ms; < 150 MB at N = 10,000.
The warm examples/ figure is the median of ``--warm-runs`` runs (default 21), with the CPU
time (user + system) of the process, which other processes on the machine inflate less
than wall time, and the modules the warm run imports (no rule module, no parser).
Byte-compiled modules are written first (``PYTHONDONTWRITEBYTECODE`` is dropped for the
children), as an installed package has them. By default the benchmark runs a snapshot of
the source (``sumlint/`` with ``rules/`` as ``sumlint/rules/``, the wheel's layout) copied to
a temporary folder and put first on ``PYTHONPATH``: edits to the working tree during the
run (which change the cache key) cannot then spoil the warm figures. ``--live`` runs the
installed package instead.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SUMLINT = [sys.executable, "-P", "-m", "sumlint"]  # -P: not the working directory first on sys.path
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
ENV["NO_COLOR"] = "1"

UNIT = """[Unit]
Description=Site {i} Celery worker
After=network-online.target redis-server.service
Wants=network-online.target redis-server.service

[Service]
Type=simple
User=site{i}
Group=site{i}
WorkingDirectory=/srv/site{i}/app
EnvironmentFile=/srv/site{i}/.env
ExecStart=/srv/site{i}/venv/bin/celery -A proj worker --loglevel=INFO \\
    --concurrency=4
Restart=on-failure
RestartSec=5

[Install]
WantedBy=multi-user.target
"""
WEB_UNIT = """[Unit]
Description=Site {i} web
After=network.target

[Service]
User=site{i}
ExecStart=/srv/site{i}/venv/bin/gunicorn proj.wsgi:application --bind 127.0.0.1:{port}
Restart=always

[Install]
WantedBy=multi-user.target
"""
DROPIN = """[Service]
Environment=DJANGO_SETTINGS_MODULE=proj.settings.production
LimitNOFILE=65536
"""
DEPLOY = """#!/usr/bin/env bash
set -euo pipefail

SITE_SLUG="site{i}"
APP_DIR="/srv/${{SITE_SLUG}}/app"

redis-cli ping
cd "$APP_DIR"
git pull --ff-only
"/srv/${{SITE_SLUG}}/venv/bin/pip" install -r requirements.txt
"/srv/${{SITE_SLUG}}/venv/bin/python" manage.py migrate --noinput
"/srv/${{SITE_SLUG}}/venv/bin/python" manage.py collectstatic --noinput
for unit in web celery; do
    systemctl restart "sum-${{SITE_SLUG}}-${{unit}}.service"
done
echo "deployed ${{SITE_SLUG}}"
"""
PROVISION = """#!/bin/bash
set -eu
apt-get update
apt-get install -y redis-server postgresql nginx python3-venv
systemctl enable --now redis-server.service
redis-cli ping
useradd --system --home /srv/site{i} site{i} || true
install -d -o site{i} /srv/site{i}
"""
RUNBOOK = """# Site {i} runbook

Production needs PostgreSQL and Redis. Redis is required: Celery uses it as the broker
and Django as the cache.

## Deploy

1. Check Redis answers:

   ```bash
   redis-cli ping
   ```

2. Run the deploy script:

```bash
sudo -u site{i} ./deploy.sh
systemctl status sum-site{i}-celery.service
```

| Service | Unit |
|---|---|
| Redis | `redis-server.service` |
| Web | `sum-site{i}-web.service` |
"""
SETTINGS = """import os

from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = [os.environ.get("SITE_HOST", "site{i}.example.com")]
CACHES = {{
    "default": {{
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": os.environ["REDIS_URL"],
    }}
}}
CELERY_BROKER_URL = os.environ["REDIS_URL"]
DATABASES = {{"default": {{"ENGINE": "django.db.backends.postgresql", "NAME": "site{i}"}}}}
"""
ENVFILE = """# Site {i}
DJANGO_SECRET_KEY=change-me
REDIS_URL=redis://127.0.0.1:6379/{db}
SITE_HOST=site{i}.example.com
DATABASE_URL=postgres://site{i}@localhost/site{i}
"""
REQUIREMENTS = """Django>=5.0,<5.1
wagtail>=6.0
celery[redis]>=5.3
redis>=5.0
gunicorn==22.0.0
psycopg[binary]>=3.1
"""


def generate(root: Path, n: int, settings: bool = True) -> int:
    """A repository of about ``n`` files (one site per 8 files). Returns the count."""
    (root / ".git").mkdir(parents=True, exist_ok=True)
    count = 0
    site = 0
    while count < n:
        d = root / f"sites/site{site}"
        files = {
            f"deploy/systemd/sum-site{site}-celery.service": UNIT,
            f"deploy/systemd/sum-site{site}-web.service.template": WEB_UNIT,
            f"deploy/systemd/sum-site{site}-celery.service.d/override.conf": DROPIN,
            "deploy/deploy.sh": DEPLOY,
            "deploy/provision": PROVISION,
            "docs/runbook.md": RUNBOOK,
            ".env.example": ENVFILE,
            "requirements.txt": REQUIREMENTS,
        }
        if settings:
            files["proj/settings/production.py"] = SETTINGS
        for name, template in files.items():
            if count >= n:
                break
            path = d / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(template.format(i=site, port=8000 + site % 1000, db=site % 16))
            if name == "deploy/provision":
                path.chmod(0o755)
            count += 1
        site += 1
    return count


LAST_CPU: list[float] = []  # CPU seconds (user + system) of each run() call


def run(args: list[str], cwd: Path) -> tuple[float, float, int, str]:
    """(wall seconds, peak RSS in MB, exit code, stdout) of one sumlint process."""
    start = time.perf_counter()
    proc = subprocess.Popen(args, cwd=cwd, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out = proc.stdout.read()
    proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    LAST_CPU.append(usage.ru_utime + usage.ru_stime)
    proc.returncode = os.waitstatus_to_exitcode(status)
    rss_mb = usage.ru_maxrss / 1024 if sys.platform != "darwin" else usage.ru_maxrss / 1048576
    return wall, rss_mb, proc.returncode, out.decode("utf-8", "replace")


def measure(args: list[str], cwd: Path, repeat: int) -> tuple[float, float, float, float]:
    """Median and spread (min, max) of wall time, and the largest peak RSS."""
    walls, peaks = [], []
    for _ in range(repeat):
        wall, rss, code, out = run(args, cwd)
        if code not in (0, 1):
            raise SystemExit(f"sumlint failed (exit {code}) in {cwd}: {' '.join(args)}\n{out[-2000:]}")
        walls.append(wall)
        peaks.append(rss)
    return statistics.median(walls), min(walls), max(walls), max(peaks)


def imports_libcst(cwd: Path) -> bool:
    probe = ("import sys\nfrom sumlint.cli import main\n"
             "try:\n    main(['check', '--no-cache', '-q', '--exit-zero'])\nexcept SystemExit:\n    pass\n"
             "print('LIBCST=' + str('libcst' in sys.modules))")
    out = subprocess.run([sys.executable, "-P", "-c", probe], cwd=cwd, env=ENV, capture_output=True, text=True).stdout
    return "LIBCST=True" in out


WARM_PROBE = ("import sys\nfrom sumlint.cli import main\n"
              "try:\n    main(['check', '-q', 'examples'])\nexcept SystemExit:\n    pass\n"
              "mods = sorted(sys.modules)\n"
              "print('MODULES=' + str(len(mods)) + ' ' + ' '.join(m for m in mods if m.startswith('sumlint.rules.')"
              " or m.split('.')[0] in ('tree_sitter', 'tree_sitter_bash', 'markdown_it', 'libcst')))")


def warm_imports(cwd: Path) -> str:
    """How many modules a warm run of examples/ has loaded, and any rule or parser module."""
    out = subprocess.run([sys.executable, "-P", "-c", WARM_PROBE], cwd=cwd, env=ENV, capture_output=True,
                         text=True).stdout
    line = next((x for x in out.splitlines() if x.startswith("MODULES=")), "MODULES=?")
    count, _, heavy = line[8:].partition(" ")
    return f"{count} modules loaded; " + (f"rule/parser modules: {heavy}" if heavy else "no rule or parser module")


def verdict(value: float, budget: float) -> str:
    return "ok" if value < budget else "OVER"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement (median shown)")
    parser.add_argument("--keep", action="store_true", help="keep the generated repositories")
    parser.add_argument("--json", action="store_true", help="also print the figures as JSON")
    parser.add_argument("--live", action="store_true", help="run the installed sumlint, not a snapshot")
    parser.add_argument("--warm-runs", type=int, default=21, help="runs of the warm examples/ measurement")
    parser.add_argument("--warm-only", action="store_true",
                        help="only --version and the warm examples/ run (no synthetic repositories)")
    options = parser.parse_args()

    snapshot = None
    if not options.live:
        snapshot = Path(tempfile.mkdtemp(prefix="sumlint-code-"))
        ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
        shutil.copytree(REPO / "sumlint", snapshot / "sumlint", ignore=ignore)
        shutil.rmtree(snapshot / "sumlint" / "rules", ignore_errors=True)
        shutil.copytree(REPO / "rules", snapshot / "sumlint" / "rules", ignore=ignore)
        ENV["PYTHONPATH"] = os.pathsep.join(filter(None, [str(snapshot), ENV.get("PYTHONPATH")]))
    code = snapshot or REPO
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(code / "sumlint"),
                    *([] if snapshot else [str(REPO / "rules")])], env=ENV, capture_output=True)
    where = subprocess.run([sys.executable, "-P", "-c", "import sumlint.rules; print(sumlint.rules.__path__[0])"],
                           env=ENV, capture_output=True, text=True).stdout.strip()
    figures: dict = {"python": sys.version.split()[0], "cpus": os.cpu_count(),
                     "load": os.getloadavg() if hasattr(os, "getloadavg") else None}
    print(f"sumlint engine benchmark: Python {figures['python']}, {figures['cpus']} CPUs, "
          f"load average {' '.join(f'{x:.1f}' for x in figures['load'] or ())}")
    print(f"code: {where}{' (snapshot)' if snapshot else ''}; median of {options.repeat} runs [min-max]\n")

    version = measure([*SUMLINT, "--version"], REPO, max(options.repeat, 5))
    figures["version_ms"] = version[0] * 1000
    print(f"sumlint --version          {version[0] * 1000:7.1f} ms [{version[1] * 1000:.0f}-{version[2] * 1000:.0f}]"
          f"   budget 80 ms: {verdict(version[0] * 1000, 80)}")

    examples = REPO / "examples"
    if any(examples.rglob("*.service*")) or any(examples.rglob("*.sh")):
        run([*SUMLINT, "check", "-q", "examples"], REPO)  # fill the cache
        run([*SUMLINT, "check", "-q", "examples"], REPO)  # and the saved rule index
        LAST_CPU.clear()
        warm = measure([*SUMLINT, "check", "-q", "examples"], REPO, max(options.warm_runs, 5))
        cpu = statistics.median(LAST_CPU) * 1000
        figures["examples_warm_ms"] = warm[0] * 1000
        figures["examples_warm_cpu_ms"] = cpu
        print(f"sumlint check examples/    {warm[0] * 1000:7.1f} ms [{warm[1] * 1000:.0f}-{warm[2] * 1000:.0f}]"
              f"   warm cache, {len(LAST_CPU)} runs, CPU {cpu:.1f} ms; budget 100 ms: {verdict(warm[0] * 1000, 100)}")
        figures["examples_warm_imports"] = warm_imports(REPO)
        print(f"  warm run imports: {figures['examples_warm_imports']}")
    else:
        print("sumlint check examples/    skipped: examples/ has no sample deploy repo yet")

    if options.warm_only:
        if snapshot is not None:
            shutil.rmtree(snapshot, ignore_errors=True)
        if options.json:
            print(json.dumps(figures, indent=2))
        return
    top = Path(tempfile.mkdtemp(prefix="sumlint-bench-"))
    try:
        plain = top / "no-settings"
        generate(plain, 40, settings=False)
        libcst = imports_libcst(plain)
        figures["cold_no_settings_imports_libcst"] = libcst
        print(f"cold run without settings imports libcst: {'yes (OVER)' if libcst else 'no (ok)'}\n")

        print(f"{'files':>7}  {'cold':>9} {'files/s':>8} {'peak':>7}   {'warm':>9} {'files/s':>8} {'peak':>7}")
        for n in options.sizes:
            root = top / f"n{n}"
            count = generate(root, n)
            repeat = options.repeat if n < 10000 else max(1, min(options.repeat, 2))
            cold = measure([*SUMLINT, "check", "--no-cache", "-q", "--exit-zero"], root, repeat)
            run([*SUMLINT, "check", "-q", "--exit-zero"], root)  # fill the cache
            warm = measure([*SUMLINT, "check", "-q", "--exit-zero"], root, repeat)
            figures[f"n{n}"] = {"files": count, "cold_s": cold[0], "cold_peak_mb": cold[3],
                                "warm_s": warm[0], "warm_peak_mb": warm[3]}
            note = f"   budget 150 MB: {verdict(max(cold[3], warm[3]), 150)}" if n >= 10000 else ""
            print(f"{count:>7}  {cold[0]:8.2f}s {count / cold[0]:8.0f} {cold[3]:6.0f}M   "
                  f"{warm[0]:8.2f}s {count / warm[0]:8.0f} {warm[3]:6.0f}M{note}")
    finally:
        if snapshot is not None:
            shutil.rmtree(snapshot, ignore_errors=True)
        if options.keep:
            print(f"\nkept the generated repositories in {top}")
        else:
            shutil.rmtree(top, ignore_errors=True)
    if options.json:
        print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
