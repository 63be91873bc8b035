"""## What it does
Checks that what the deployment runs is installed by the project's requirements:

* cache backends in the settings: `django.core.cache.backends.redis.RedisCache` needs
  `redis`, `django_redis.cache.RedisCache` needs `django-redis`, the memcached backends
  `pymemcache`/`pylibmc`;
* database engines: PostgreSQL needs `psycopg` or `psycopg2`, MySQL `mysqlclient`;
* a Celery broker URL with a `redis://` scheme needs the `redis` client (`celery[redis]`
  provides it);
* in production settings, entries of `INSTALLED_APPS`, `MIDDLEWARE`, `CHANNEL_LAYERS` and
  `*_BACKEND`, `*_STORAGE`, `*_CLASS`, `*_SCHEDULER` settings whose module belongs to a known
  distribution
  (`whitenoise.middleware.WhiteNoiseMiddleware` needs `whitenoise`,
  `storages.backends.s3.S3Storage` needs `django-storages`);
* programs that units' `ExecStart=` run from a virtualenv (`/srv/app/venv/bin/gunicorn`,
  `venv/bin/celery`, `.venv/bin/uvicorn`, `venv/bin/python -m daphne`) need their
  distribution.

Requirements are read from `requirements*.txt` files (includes followed; files named like
`requirements-dev.txt` or `requirements/test.txt` count only when there is nothing else)
and from `[project].dependencies` of the `pyproject.toml` next to the settings. Names are
compared after PEP 503 normalisation; extras and distributions that bring others
(`django-redis` brings `redis`) count; a requirement whose marker plainly excludes a Linux
server (`; sys_platform == "win32"`) does not. When a requirement cannot be named (`-e .`, a local
archive), a missing distribution is reported at info level only. Nothing is reported when
the project has no requirements at all.

## Why is this bad?
Each file looks fine alone. The first staging deploy of the platform failed because the
gunicorn unit ran `venv/bin/gunicorn` while gunicorn was not in the requirements (systemd:
`status=203/EXEC`); seeding crashed with `No module named 'redis'` because production used
`RedisCache` without the `redis` client installed.

## Example
```python title=mysite/settings/production.py
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://127.0.0.1:6379/1",
    }
}
```
```text title=requirements.txt
Django>=4.2
```

## Use instead
```python title=mysite/settings/production.py
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://127.0.0.1:6379/1",
    }
}
```
```text title=requirements.txt
Django>=4.2
redis>=5
```

## Options
Family options of `[tool.sumlint.settings]`, merged over the built-in maps (a key you give
replaces the built-in entry of the same key):
- `module-distributions` (table: module -> list of distributions, any of which provides it),
  e.g. `{ redis = ["redis"], psycopg = ["psycopg"] }`.
- `program-distributions` (table: program in a virtualenv's `bin/` -> distributions),
  e.g. `{ gunicorn = ["gunicorn"] }`.
- `provided-by` (table: a distribution, optionally with an extra, -> the distributions it
  brings), e.g. `{ "sum-platform-core" = ["celery", "redis"], "celery[redis]" = ["redis"] }`
  for a platform whose core package brings Celery.
"""

from __future__ import annotations

import re
from typing import Iterable
from urllib.parse import urlsplit

from sumlint.diagnostics import Related, Severity, Span, Violation
from sumlint.rule import Option, ProjectRule, RuleContext
from sumlint.settings.projectfacts import Located, exec_location, installed, locate, normalize, rel, settings_files

MODULES: dict[str, list[str]] = {
    "redis": ["redis"], "django_redis": ["django-redis"], "psycopg": ["psycopg"],
    "psycopg2": ["psycopg2", "psycopg2-binary"], "MySQLdb": ["mysqlclient"],
    "pymysql": ["pymysql"], "pymemcache": ["pymemcache"], "pylibmc": ["pylibmc"],
    "oracledb": ["oracledb"], "cx_Oracle": ["cx-oracle"], "celery": ["celery"],
    "gunicorn": ["gunicorn"], "uvicorn": ["uvicorn"], "daphne": ["daphne"],
    "hypercorn": ["hypercorn"], "django": ["django"], "wagtail": ["wagtail"],
    # Apps, middleware and storages named in settings by their module.
    "django_celery_beat": ["django-celery-beat"], "django_celery_results": ["django-celery-results"],
    "storages": ["django-storages"], "whitenoise": ["whitenoise"], "rest_framework": ["djangorestframework"],
    "corsheaders": ["django-cors-headers"], "debug_toolbar": ["django-debug-toolbar"],
    "django_extensions": ["django-extensions"], "channels": ["channels"], "channels_redis": ["channels-redis"],
    "modelcluster": ["django-modelcluster"], "taggit": ["django-taggit"], "treebeard": ["django-treebeard"],
    "anymail": ["django-anymail"], "sentry_sdk": ["sentry-sdk"], "django_filters": ["django-filter"],
    "wagtailcache": ["wagtail-cache"], "health_check": ["django-health-check"],
}
# Settings whose string values (or list items) are dotted paths to importable modules.
PATH_SETTINGS_RE = re.compile(
    r"^(?:INSTALLED_APPS|MIDDLEWARE|STORAGES|CHANNEL_LAYERS|.*_(?:BACKEND|BACKENDS|ENGINE|STORAGE|CLASS|CLASSES|SCHEDULER))$")
DOTTED_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*$")
PROGRAMS: dict[str, list[str]] = {
    "gunicorn": ["gunicorn"], "celery": ["celery"], "uvicorn": ["uvicorn"], "daphne": ["daphne"],
    "hypercorn": ["hypercorn"], "django-admin": ["django"], "wagtail": ["wagtail"],
    "flower": ["flower"],
}
PROVIDED_BY: dict[str, list[str]] = {
    "django-redis": ["redis"], "celery[redis]": ["redis"], "kombu[redis]": ["redis"],
    "channels-redis": ["redis"], "rq": ["redis"], "django-rq": ["rq", "redis"],
    "wagtail": ["django", "django-modelcluster", "django-taggit", "django-treebeard",
                "djangorestframework", "django-filter", "willow", "beautifulsoup4"],
    "django-celery-beat": ["celery", "django"],
    "django-celery-results": ["celery", "django"], "flower": ["celery"],
    "psycopg[binary]": ["psycopg-binary"], "psycopg[c]": ["psycopg-c"],
    "django-redis-cache": ["redis"], "uvicorn[standard]": [],
}
CACHE_BACKENDS: dict[str, list[str]] = {
    "django.core.cache.backends.redis.RedisCache": ["redis"],
    "django.core.cache.backends.memcached.PyMemcacheCache": ["pymemcache"],
    "django.core.cache.backends.memcached.PyLibMCCache": ["pylibmc"],
}
DB_ENGINES: dict[str, list[str]] = {
    "django.db.backends.postgresql": ["psycopg", "psycopg2"],
    "django.db.backends.postgresql_psycopg2": ["psycopg2"],
    "django.contrib.gis.db.backends.postgis": ["psycopg", "psycopg2"],
    "django.db.backends.mysql": ["MySQLdb"],
    "django.contrib.gis.db.backends.mysql": ["MySQLdb"],
    "django.db.backends.oracle": ["oracledb", "cx_Oracle"],
}
DB_URL_SCHEMES = {"postgres": ["psycopg", "psycopg2"], "postgresql": ["psycopg", "psycopg2"],
                  "pgsql": ["psycopg", "psycopg2"], "postgis": ["psycopg", "psycopg2"],
                  "mysql": ["MySQLdb"], "mysqlgis": ["MySQLdb"]}
VENV_BIN_RE = re.compile(r"(?:^|/)(?:\.?venv|virtualenv|\.?env|\.virtualenvs/[^/]+|[^/]*-venv|venvs/[^/]+)/bin/([^/]+)$")
PYTHON_RE = re.compile(r"^python(?:\d+(?:\.\d+)?)?$")


class BackendWithoutDistribution(ProjectRule):
    code = "SUM404"
    name = "backend-without-distribution"
    summary = "Backend, driver or program in use has no distribution in the requirements"
    kinds = frozenset({"settings", "requirements", "systemd"})
    severity = Severity.ERROR
    options = {
        "module-distributions": Option({}, "module -> distributions that provide it (merged over the built-in map)"),
        "program-distributions": Option({}, "virtualenv program -> distributions (merged over the built-in map)"),
        "provided-by": Option({}, "distribution[extra] -> distributions it brings (merged over the built-in map)"),
    }

    def check_project(self, project, ctx: RuleContext) -> Iterable[Violation]:
        have = installed(project)
        if have.empty:
            return
        modules = {**MODULES, **_table(ctx.options.get("module-distributions"))}
        programs = {**PROGRAMS, **_table(ctx.options.get("program-distributions"))}
        provided = {_key(k): [normalize(x) for x in v]
                    for k, v in {**PROVIDED_BY, **_table(ctx.options.get("provided-by"))}.items()}
        available = _closure(have, provided)
        files = ", ".join(rel(project, f) for f in have.files[:3]) + (" ..." if len(have.files) > 3 else "")
        target = have.files[0]
        seen: set[tuple] = set()
        needs = []
        for need in self._needs(project, programs, modules):
            located, what, keys, mapping_kind = need
            key = (located.path, located.span, tuple(keys))
            if key not in seen:
                seen.add(key)
                needs.append(need)
        # One finding per missing distribution among the settings (the cache backend and
        # the broker both needing `redis` is one problem); the others become related.
        first_of: dict[tuple, int] = {}
        also: dict[int, list] = {}
        kept = []
        for need in needs:
            located, what, keys, mapping_kind = need
            if mapping_kind == "module":
                group = tuple(keys)
                if group in first_of:
                    also.setdefault(first_of[group], []).append(need)
                    continue
                first_of[group] = len(kept)
            kept.append(need)
        for index, need in enumerate(kept):
            located, what, keys, mapping_kind = need
            table = programs if mapping_kind == "program" else modules
            options = [d for k in keys for d in table.get(k, [normalize(k)])]
            if any(normalize(d) in available for d in options):
                continue
            wanted = options[0] if options else keys[0]
            alternatives = " or ".join(f"`{d}`" for d in dict.fromkeys(options))
            dev = [have.dev_only[normalize(d)][0] for d in options if normalize(d) in have.dev_only]
            related = [Related(target, Span(1, 1, 1, 1), "requirements read")]
            severity = None
            if dev:
                message = (f"{what} needs {alternatives}, which only {rel(project, dev[0].path)}:"
                           f"{dev[0].span.line} installs (a development requirements file); "
                           f"add `{wanted}` to {rel(project, target)}")
                related = [dev[0].related(f"{wanted} is only a development requirement here")]
            else:
                message = f"{what} needs {alternatives}, but no requirements file installs it ({files}); add `{wanted}` to {rel(project, target)}"
            if mapping_kind == "program":
                message += ", or systemd fails to start the unit (status=203/EXEC)"
            if have.unnamed:
                first = have.unnamed[0]
                message += f" (unless {rel(project, first.path)}:{first.span.line}, which sumlint cannot name, provides it)"
                severity = Severity.INFO
                related.append(first.related("a requirement sumlint cannot name"))
            for other in also.get(index, ()):
                related.append(other[0].related(f"{other[1]} also needs it"))
            yield Violation(message, located.span, path=located.path, severity=severity,
                            related=tuple(related))

    @staticmethod
    def _dotted_paths(ff, modules) -> Iterable[tuple[Located, str, list[str], str]]:
        """INSTALLED_APPS, MIDDLEWARE, *_BACKEND... naming a module of a known distribution."""
        for name, setting in (ff.data.get("settings") or {}).items():
            if name in ("CACHES", "DATABASES") or not PATH_SETTINGS_RE.match(name):
                continue
            strings: list = []
            _walk(setting.get("value") or {}, strings)
            for value in strings:
                text = value["value"].split(":", 1)[0]  # `module.path:Attribute` (Celery's form)
                if not DOTTED_RE.match(text):
                    continue
                top = text.split(".", 1)[0]
                if top == "django" or top not in modules:
                    continue
                located = locate(ff, value["span"], value.get("path"))
                yield located, f"{name} entry `{value['value']}`", [top], "module"

    def _needs(self, project, programs, modules) -> Iterable[tuple[Located, str, list[str], str]]:
        files = settings_files(project)
        for ff in files:
            data = ff.data
            if data.get("production"):
                yield from self._dotted_paths(ff, modules)
            for alias, cache in (data.get("caches") or {}).items():
                backend = cache.get("backend")
                if not isinstance(backend, str) or "backend_span" not in cache:
                    continue
                keys = CACHE_BACKENDS.get(backend)
                if keys is None:
                    top = backend.split(".", 1)[0]
                    if top == "django" or top not in modules:
                        continue
                    keys = [top]
                located = locate(ff, cache["backend_span"], cache.get("backend_path"))
                yield located, f"the cache backend {backend.rsplit('.', 1)[-1]} ({alias!r})", keys, "module"
            for alias, db in (data.get("databases") or {}).items():
                engine = db.get("engine")
                if isinstance(engine, str) and engine in DB_ENGINES and "backend_span" in db:
                    located = locate(ff, db["backend_span"], db.get("backend_path"))
                    yield located, f"the database engine {engine} ({alias!r})", DB_ENGINES[engine], "module"
                from_url = db.get("from_url") or {}
                const = from_url.get("const")
                if isinstance(const, str) and "://" in const and from_url.get("span"):
                    scheme = urlsplit(const).scheme.split("+", 1)[0]
                    if scheme in DB_URL_SCHEMES:
                        located = locate(ff, from_url["span"], from_url.get("path"))
                        yield located, f"the database URL {scheme}:// ({alias!r})", DB_URL_SCHEMES[scheme], "module"
            broker = (data.get("celery") or {}).get("broker") or {}
            const = broker.get("const")
            if isinstance(const, str) and const.startswith(("redis://", "rediss://")) and broker.get("span"):
                located = locate(ff, broker["span"], broker.get("path"))
                yield located, "the Celery broker (a redis:// URL)", ["redis"], "module"
        for ff in project.of_kind("systemd", embedded=False):
            for line in ff.data.get("exec", ()):
                if line.get("key") not in ("ExecStart", "ExecStartPre", "ExecStartPost", "ExecReload"):
                    continue
                argv = line.get("argv") or []
                if not argv:
                    continue
                match = VENV_BIN_RE.search(argv[0])
                if not match:
                    continue
                program = match.group(1)
                located = exec_location(project, ff, line, argv[0])
                shown = "/".join(argv[0].rsplit("/", 3)[-3:])
                if PYTHON_RE.match(program):
                    if "-m" in argv[1:-1]:
                        module = argv[argv.index("-m", 1) + 1].split(".", 1)[0]
                        if module in MODULES or module in programs:
                            yield (located, f"{line['key']}= runs `{shown} -m {module}`, which", [module],
                                   "program" if module in programs else "module")
                    continue
                if program in programs:
                    yield located, f"{line['key']}= runs `{shown}`, which", [program], "program"


def _walk(value: dict, out: list) -> None:
    """Const strings in a settings value (facts form), with their spans and files."""
    kind = value.get("kind")
    if kind == "const" and isinstance(value.get("value"), str):
        out.append(value)
    elif kind == "list":
        for element in value.get("elements", ()):
            _walk(element, out)
    elif kind == "dict":
        for item in (value.get("items") or {}).values():
            _walk(item, out)


def _table(value) -> dict[str, list[str]]:
    if not isinstance(value, dict):
        return {}
    return {str(k): [str(x) for x in (v if isinstance(v, list) else [v])] for k, v in value.items()}


def _key(name: str) -> str:
    base, _, extra = name.partition("[")
    return normalize(base) + (f"[{normalize(extra.rstrip(']'))}]" if extra else "")


def _closure(have, provided: dict[str, list[str]]) -> set[str]:
    available: set[str] = set(have.names)
    for name, extras in have.extras.items():
        available.update(f"{name}[{normalize(e)}]" for e in extras)
    changed = True
    while changed:
        changed = False
        for key, brings in provided.items():
            if key in available:
                for dist in brings:
                    if dist not in available:
                        available.add(dist)
                        changed = True
    return available
