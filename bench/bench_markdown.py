"""Benchmark: sumlint's docs pass vs markdown-it-py's bare parse, same files, same run.

    .venv/bin/python bench/bench_markdown.py [--files 1000] [--lines 400] [--repeat 3]
    .venv/bin/python bench/bench_markdown.py --dir FOLDER    (real markdown files instead)

Generates runbook-sized markdown files in memory (headings, prose with and without service
mentions and hedges, lists, tables, blockquotes, bash/console/ini/env fences), then times:

* bare:    ``MarkdownIt("commonmark").enable(["table", "strikethrough"]).parse(text)``
           with the front-matter plugin: the very parser configuration sumlint uses;
* sumlint: the whole docs pass: decode, ``sumlint.markdown.frontend.parse`` (tokens, prose
           units with positions, sentence split, fence routing), ``facts``, and every
           docs rule (SUM301-SUM306) on the model.

The figure that matters is the ratio sumlint/bare (budget: <= 1.5). Each file is parsed
bare and then linted back to back, ``--repeat`` times, and each side keeps its best time
per file: load from other processes then hits both sides alike. Run it on an idle machine
for numbers you publish.

Garbage collection is charged to the side that made the garbage: the program loaded before
timing is frozen out of the collector (``gc.freeze``), and each timed section ends with a
full ``gc.collect()`` (0.6 µs when there is nothing to collect). Without that, objects kept
alive only by reference cycles were freed by whichever later collection happened to run,
usually in a run that the per-file best of ``--repeat`` then dropped: a docs pass that left
cycles behind looked cheaper than one that freed its model at once, and cost more in a real
run. ``--gc-uncharged`` times the old way, for comparison.
"""

from __future__ import annotations

import argparse
import gc
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from checkout import use_checkout  # noqa: E402

use_checkout(ROOT)  # (its own rules too, also in a second checkout)

NEUTRAL = [
    "Log in to the server as the deploy user and check the disk has room for the release.",
    "The web process runs under Gunicorn behind Nginx, with static files served from disk.",
    "Keep the old release directory until the health check passes, then remove it.",
    "Each site gets its own system user, virtualenv and environment file under /etc.",
    "Run the migrations with `manage.py migrate --noinput` before restarting Gunicorn.",
    "See [the Django docs](https://docs.djangoproject.com/) for the settings reference.",
    "Backups of PostgreSQL run nightly; test a restore once a quarter.",
    "If the release fails, switch the `current` symlink back and restart the *services*.",
    "Only the deploy user may write to the release directory.",
    "Certificates are renewed by certbot; you do not need to restart Nginx by hand.",
    "The admin lives under `/cms/`, behind the same Nginx site as the public pages.",
    "Collect the static files, then compress them with `manage.py compress`.",
    "Do not edit files in the release directory; change the repository and deploy again.",
    "When a deploy takes longer than five minutes, check the output of `journalctl -u sum-site-gunicorn`.",
    "The media directory is shared between releases and must never be deleted.",
    "Write the date and the commit of every deploy into the change log.",
]
SERVICE = [
    "Redis holds the cache, the sessions and the Celery queue; it listens on loopback.",
    "Redis is **required** in production (not optional): start it before the app.",
    "If Redis is down, the health view returns 503 and the deploy stops here.",
    "Optional: tune `maxmemory` in the Redis configuration for larger sites.",
    "Redis can be left out when you don't run workers.",
    "Restart the Celery worker after Redis, so that it reconnects at once.",
]
BLOCKS = [
    "```bash\nsudo apt install -y python3-venv nginx postgresql redis-server\n"
    "sudo systemctl enable --now redis-server\nredis-cli ping\n```",
    "```console\n$ sudo systemctl restart sum-site-gunicorn.service\n$ curl -fsS http://127.0.0.1/health/\nok\n```",
    "```ini\n[Unit]\nDescription=Celery worker\nAfter=network.target redis-server.service\n"
    "Requires=redis-server.service\n\n[Service]\nExecStart=/srv/site/venv/bin/celery -A proj worker\n"
    "\n[Install]\nWantedBy=multi-user.target\n```",
    "```env\nDJANGO_SECRET_KEY=change-me\nDATABASE_URL=postgres://site@localhost/site\n"
    "ALLOWED_HOSTS=example.com\nREDIS_URL=redis://127.0.0.1:6379/0\n```",
    "| Component | Role | Required |\n|---|---|---|\n| PostgreSQL | database | yes |\n"
    "| Redis | cache, broker | yes |\n| Nginx | proxy | yes |",
    "- Pull the release.\n- Install requirements.\n- Run `collectstatic`.\n- Restart the *services*.",
    "> **Note:** never restart Redis during business hours;\n> the cache is rebuilt from scratch.",
]


def generate(seed: int, lines: int, dense: bool = False) -> str:
    """A runbook: mostly neutral prose; one sentence in eight is about the service
    (``dense``: one in two, an adversarial mix for the analyser)."""
    rnd = random.Random(seed)
    share = 0.5 if dense else 0.125

    def sentence() -> str:
        return rnd.choice(SERVICE if rnd.random() < share else NEUTRAL)

    out = [f"# Runbook {seed}: deploy the Django site", ""]
    while len(out) < lines:
        out.append(f"## Step {len(out)}")
        out.append("")
        for _ in range(rnd.randint(1, 3)):
            out.append(" ".join(sentence() for _ in range(rnd.randint(1, 4))))
            out.append("")
        out.extend(rnd.choice(BLOCKS).split("\n"))
        out.append("")
    return "\n".join(out[:lines]) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--lines", type=int, default=400)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", action="store_true", help="print a profile of the docs pass")
    parser.add_argument("--breakdown", action="store_true",
                        help="print the cost of each stage of the docs pass, as a fraction of the bare parse")
    parser.add_argument("--gc-uncharged", action="store_true",
                        help="do not charge garbage collection to the side that made the garbage (the old timing)")
    parser.add_argument("--dense", action="store_true",
                        help="half of the sentences about the service (worst case for SUM301)")
    parser.add_argument("--dir", type=Path, default=None,
                        help="time the markdown files of this folder instead of generated runbooks "
                             "(e.g. real documents kept outside the repository)")
    args = parser.parse_args()

    from markdown_it import MarkdownIt
    from mdit_py_plugins.front_matter import front_matter_plugin

    from sumlint.config import Config
    from sumlint.markdown import frontend
    from sumlint.registry import all_rules
    from sumlint.rule import RuleContext
    from sumlint.source import decode

    if args.dir is not None:
        paths = sorted(p for p in args.dir.rglob("*.md") if p.is_file() and not any(
            part.startswith(".") for part in p.relative_to(args.dir).parts))
        datas = [p.read_bytes() for p in paths]
        texts = [d.decode("utf-8", "replace") for d in datas]
    else:
        texts = [generate(i, args.lines, args.dense) for i in range(args.files)]
        datas = [t.encode() for t in texts]
    total_lines = sum(t.count("\n") for t in texts)
    md = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"]).use(front_matter_plugin)
    config = Config(root=ROOT)
    rules = [r() for r in all_rules().values() if r.family == "docs" and not r.project]
    frontend._parser()  # import and build once, as a run does
    options = {rule.family: config.options_for(rule.family) for rule in rules}  # once, as Linter._options_for

    def docs_one(i: int, data: bytes) -> int:
        path = Path(f"/bench/runbook{i}.md")
        source = decode(path, data, "markdown")
        ctx = RuleContext(path=path, kind="markdown", config=config, source=source)
        model = frontend.parse(source, ctx)
        frontend.facts(model, ctx)
        found = 0
        for rule in rules:
            ctx.options = dict(options[rule.family])
            found += sum(1 for _ in rule.check(model, ctx))
        return found

    def docs_pass() -> int:
        return sum(docs_one(i, data) for i, data in enumerate(datas))

    def interleaved() -> tuple[float, float]:
        """Bare parse and docs pass of each file back to back, so that load from other
        processes hits both sides alike; per side, the best of ``--repeat`` runs per file."""
        bare_best = [float("inf")] * len(texts)
        docs_best = [float("inf")] * len(texts)
        clock = time.process_time  # CPU time: other processes on a shared machine do not count
        charge = (lambda: None) if args.gc_uncharged else gc.collect
        gc.collect()
        if not args.gc_uncharged:
            gc.freeze()
        for _ in range(args.repeat):
            for i, text in enumerate(texts):
                start = clock()
                md.parse(text)
                charge()
                middle = clock()
                docs_one(i, datas[i])
                charge()
                end = clock()
                bare_best[i] = min(bare_best[i], middle - start)
                docs_best[i] = min(docs_best[i], end - middle)
        gc.unfreeze()
        return sum(bare_best), sum(docs_best)

    def breakdown() -> None:
        """Per stage: decode, parse (block parse and model), facts, SUM301's prose units
        (``units_where`` with its own test, built before the rule runs), each rule."""
        from sumlint.markdown.claims import analyser_for

        clock = time.process_time
        t: dict[str, float] = {"bare": 0.0, "decode": 0.0, "parse": 0.0, "facts": 0.0, "units": 0.0}
        for rule in rules:
            t[rule.code] = 0.0
        for _ in range(args.repeat):
            for i, data in enumerate(datas):
                a = clock(); md.parse(texts[i]); b = clock(); t["bare"] += b - a
                path = Path(f"/bench/runbook{i}.md")
                a = clock(); source = decode(path, data, "markdown"); b = clock(); t["decode"] += b - a
                ctx = RuleContext(path=path, kind="markdown", config=config, source=source)
                a = clock(); model = frontend.parse(source, ctx); b = clock(); t["parse"] += b - a
                a = clock(); frontend.facts(model, ctx); b = clock(); t["facts"] += b - a
                a = clock()
                for service in ctx.services:
                    analyser = analyser_for(service)
                    if analyser.mentions(source.text):
                        model.units_where(analyser.worth)
                b = clock(); t["units"] += b - a
                for rule in rules:
                    ctx.options = dict(options[rule.family])
                    a = clock(); sum(1 for _ in rule.check(model, ctx)); b = clock(); t[rule.code] += b - a
        bare = t["bare"]
        for key, value in t.items():
            print(f"{key:8s} {value:8.3f} s  {value / bare:5.2f}x")
        print(f"docs pass total: {sum(v for k, v in t.items() if k != 'bare') / bare:.2f}x "
              f"(sums over {args.repeat} runs; the headline ratio keeps the best run per file)")

    if args.breakdown:
        breakdown()
        return
    if args.profile:
        import cProfile
        import pstats

        cProfile.runctx("docs_pass()", globals(), {"docs_pass": docs_pass}, "/tmp/bench_markdown.prof")
        pstats.Stats("/tmp/bench_markdown.prof").sort_stats("tottime").print_stats(25)
        return
    findings = docs_pass()
    t_bare, t_docs = interleaved()
    what = f"{len(texts)} files of {args.dir}" if args.dir is not None else \
        f"{len(texts)} {'dense ' if args.dense else ''}generated files"
    print(f"{what}, {total_lines} lines, best of {args.repeat} runs"
          f"{' (GC uncharged)' if args.gc_uncharged else ''}; docs rules: "
          f"{', '.join(r.code for r in rules)}; {findings} findings per pass")
    print(f"markdown-it-py bare parse: {t_bare:7.3f} s  {len(texts) / t_bare:8.1f} files/s  "
          f"{total_lines / t_bare:10.0f} lines/s")
    print(f"sumlint docs pass:         {t_docs:7.3f} s  {len(texts) / t_docs:8.1f} files/s  "
          f"{total_lines / t_docs:10.0f} lines/s")
    ratio = t_docs / t_bare
    print(f"ratio sumlint/bare: {ratio:.2f}x (budget 1.50x) -> {'OK' if ratio <= 1.5 else 'OVER BUDGET'}")


if __name__ == "__main__":
    main()
