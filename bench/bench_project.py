"""Benchmark: fact extraction and project (cross-file) rules on a synthetic 1,000-file project.

Usage::

    .venv/bin/python bench/bench_project.py [--files 1000] [--repeat 3] [--keep DIR]

It writes a project of ``--files`` files of every kind (units, scripts, runbooks with code
blocks, settings with ``from .base import *`` chains, env examples, requirements with
includes) into a temporary folder, runs the whole pipeline ``--repeat`` times without a
cache, and prints, from the best run:

* per-file work: front-end parsing, per-file rules, fact extraction (embedded blocks included);
* project rules: the SUM4xx/SUM5xx ``ProjectRule``s over all facts;
* the budget check: project rules must add at most 10% to the per-file rules' run time.

Timings come from wrapping ``Linter._call`` (every front-end, rule and facts call goes
through it), so they measure sumlint's own work, not disk reads. On a shared machine the
figures are noisy; compare ratios, and re-run on an idle machine for absolute numbers.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

SETTINGS_BASE = '''import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"
ALLOWED_HOSTS = os.environ.get("DJANGO_ALLOWED_HOSTS", "localhost").split(",")
DATABASES = {{"default": {{"ENGINE": "django.db.backends.postgresql", "NAME": "site{n}"}}}}
REDIS_URL = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/{db}")
CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", REDIS_URL)
INSTALLED_APPS = ["django.contrib.admin", "django.contrib.auth", "wagtail", "site{n}.home"]
'''
SETTINGS_PRODUCTION = '''from .base import *  # noqa

DEBUG = False
CACHES = {{
    "default": {{
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": REDIS_URL,
    }}
}}
SENTRY_DSN = os.environ.get("SENTRY_DSN_{n}", "")
'''
ENV = '''DJANGO_SECRET_KEY=change-me
DJANGO_ALLOWED_HOSTS=site{n}.example.com
# DJANGO_DEBUG=0
REDIS_URL=redis://127.0.0.1:6379/{db}
'''
REQ_BASE = "Django>=4.2,<5.0\nwagtail>=5.2\npsycopg[binary]>=3.1\n"
REQ = "-r requirements/base.txt\nredis>=5\ncelery[redis]>=5.3\ngunicorn>=21\n"
UNIT = '''[Unit]
Description={what} for __SITE_SLUG__
After=network.target redis-server.service
Wants=redis-server.service

[Service]
Type=simple
User=__DEPLOY_USER__
WorkingDirectory=/srv/__SITE_SLUG__/app
EnvironmentFile=/srv/__SITE_SLUG__/.env
ExecStart=/srv/__SITE_SLUG__/venv/bin/{program}
Restart=on-failure

[Install]
WantedBy=multi-user.target
'''
DEPLOY = '''#!/bin/bash
set -euo pipefail
SITE_SLUG="${{1:?usage: deploy.sh SITE_SLUG}}"
redis-cli ping | grep -q PONG
cd "/srv/${{SITE_SLUG}}/app"
git pull --ff-only
"/srv/${{SITE_SLUG}}/venv/bin/pip" install -r requirements.txt
"/srv/${{SITE_SLUG}}/venv/bin/python" manage.py migrate --noinput
systemctl restart "sum-${{SITE_SLUG}}-gunicorn.service" "sum-${{SITE_SLUG}}-celery.service"
echo "site {n} deployed"
'''
PROVISION = '''#!/bin/bash
set -euo pipefail
apt-get update
apt-get install -y redis-server postgresql nginx
systemctl enable --now redis-server.service
redis-cli ping | grep -q PONG
'''
RUNBOOK = '''# Runbook for site {n}

Redis is required in production. Install `redis-server` and enable it with
`systemctl enable --now redis-server.service`.

```bash
redis-cli ping
```

Replace `__SITE_SLUG__` with the slug and `__DEPLOY_USER__` with the deploy user in the units.

```env
REDIS_URL=redis://127.0.0.1:6379/{db}
```
'''

# Files per site: 2 settings, 1 env, 2 requirements, 2 units, 2 scripts, 1 runbook = 10.
PER_SITE = 10


def generate(root: Path, files: int) -> int:
    sites = max(1, files // PER_SITE)
    written = 0
    for n in range(sites):
        site = root / f"site{n}"
        db = n % 16
        (site / "settings").mkdir(parents=True)
        (site / "requirements").mkdir()
        (site / "deploy" / "systemd").mkdir(parents=True)
        (site / "docs").mkdir()
        (site / "settings" / "base.py").write_text(SETTINGS_BASE.format(n=n, db=db))
        (site / "settings" / "production.py").write_text(SETTINGS_PRODUCTION.format(n=n))
        (site / ".env.example").write_text(ENV.format(n=n, db=db))
        (site / "requirements" / "base.txt").write_text(REQ_BASE)
        (site / "requirements.txt").write_text(REQ)
        (site / "deploy" / "systemd" / "sum-__SITE_SLUG__-gunicorn.service").write_text(
            UNIT.format(what="gunicorn", program="gunicorn config.wsgi"))
        (site / "deploy" / "systemd" / "sum-__SITE_SLUG__-celery.service").write_text(
            UNIT.format(what="Celery", program="celery -A config worker"))
        (site / "deploy" / "deploy.sh").write_text(DEPLOY.format(n=n))
        (site / "deploy" / "provision.sh").write_text(PROVISION)
        (site / "docs" / "runbook.md").write_text(RUNBOOK.format(n=n, db=db))
        written += PER_SITE
    (root / ".git").mkdir()
    return written


def measure(root: Path) -> dict[str, float]:
    """One run over the project, with the time of every front-end, facts extractor, per-file
    rule and project rule charged to its bucket (the runner calls each directly: they are
    wrapped for the run and restored after it)."""
    from sumlint import runner
    from sumlint.config import load_config
    from sumlint.runner import Linter, check_paths

    config = load_config(root)
    linter = Linter(config)
    buckets: dict[str, float] = defaultdict(float)
    patches: list[tuple[object, str, object, bool]] = []

    def wrap(owner, name: str, charge: tuple[str, ...], consume: bool) -> None:
        original = getattr(owner, name)

        def timed(*args, **kwargs):
            start = time.perf_counter()
            try:
                out = original(*args, **kwargs)
                return list(out) if consume else out  # (a rule's check is a generator: run it here)
            finally:
                elapsed = time.perf_counter() - start
                for bucket in charge:
                    buckets[bucket] += elapsed

        patches.append((owner, name, original, name in vars(owner)))
        setattr(owner, name, timed)

    seen: set[int] = set()
    for rules in linter.file_rules.values():
        for rule in rules:
            if id(rule) not in seen:
                seen.add(id(rule))
                wrap(rule, "check", ("per-file rules",), True)
    for rule in linter.project_rules:
        wrap(rule, "check_project", ("project rules", f"rule {rule.code}"), True)
    for kind in ("systemd", "shell", "markdown", "settings", "env", "requirements"):
        module = runner.frontend(kind)
        if module is not None:
            wrap(module, "parse", ("parse", f"parse {kind}"), False)
            wrap(module, "facts", ("facts",), False)
    try:
        start = time.perf_counter()
        result = check_paths([root], config, linter)
        buckets["total"] = time.perf_counter() - start
    finally:
        for owner, name, original, own in reversed(patches):
            if own and not isinstance(owner, type):
                setattr(owner, name, original)
            else:
                delattr(owner, name)
    if linter.errors:
        raise SystemExit(f"sumlint crashed during the benchmark: {linter.errors[0]}")
    buckets["files"] = len(result.files)
    buckets["diagnostics"] = len(result.active)
    return dict(buckets)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="write the project here and keep it")
    args = parser.parse_args()
    root = args.keep or Path(tempfile.mkdtemp(prefix="sumlint-bench-project-"))
    if args.keep and root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True, exist_ok=True)
    try:
        written = generate(root, args.files)
        runs = [measure(root) for _ in range(max(1, args.repeat))]
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)
    best = min(runs, key=lambda r: r["total"])
    per_file = best.get("parse", 0) + best.get("per-file rules", 0) + best.get("facts", 0)
    project = best.get("project rules", 0)
    print(f"synthetic project: {written} files written, {int(best['files'])} linted, "
          f"{int(best['diagnostics'])} diagnostics; best of {len(runs)} runs")
    print(f"  parse (front-ends)      {best.get('parse', 0) * 1000:9.1f} ms")
    print(f"  per-file rules          {best.get('per-file rules', 0) * 1000:9.1f} ms")
    print(f"  fact extraction         {best.get('facts', 0) * 1000:9.1f} ms")
    print(f"  per-file work (sum)     {per_file * 1000:9.1f} ms")
    print(f"  project rules           {project * 1000:9.1f} ms")
    print(f"  whole run (wall)        {best['total'] * 1000:9.1f} ms")
    kinds = sorted((k for k in best if k.startswith("parse ")), key=lambda k: -best[k])
    print("  parse by kind: " + ", ".join(f"{k[6:]} {best[k] * 1000:.0f} ms" for k in kinds))
    rules = sorted((k for k in best if k.startswith("rule ")), key=lambda k: -best[k])
    print("  project rules: " + ", ".join(f"{k[5:]} {best[k] * 1000:.1f} ms" for k in rules))
    ratio = project / per_file if per_file else 0.0
    rules_only = best.get("per-file rules", 0)
    print(f"project rules vs the per-file rules alone (parsing excluded): "
          f"{project / rules_only if rules_only else 0:.1%}")
    print(f"project rules add {ratio:.1%} to the per-file work (budget: at most 10%): "
          f"{'OK' if ratio <= 0.10 else 'OVER BUDGET'}")
    totals = ", ".join(f"{r['total'] * 1000:.0f}" for r in runs)
    print(f"(all runs, wall ms: {totals}; noisy on a shared machine)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
