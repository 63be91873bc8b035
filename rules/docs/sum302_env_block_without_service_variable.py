"""## What it does
Checks `env`/`dotenv` code blocks in the docs (and untagged blocks made of `KEY=value`
lines) against the required services of the policy:

* a service variable (`REDIS_URL`) that the block shows commented out
  (`# REDIS_URL=redis://…`) is always reported;
* a service variable the block leaves out is reported when the block is the app's env
  file (at least three variables, one of them an application setting such as
  `SECRET_KEY`, `DATABASE_URL` or `ALLOWED_HOSTS`). A short snippet that shows one or
  two settings is left alone, and so is a block of one other component's variables
  (`DB_HOST`, `DB_NAME`, `DB_USER` under "### `DB_*`", also with the switch that turns it on,
  `USE_POSTGRES=True`) or of hardening settings only (`DEBUG=False`, `CSRF_COOKIE_SECURE=True`,
  `SECURE_SSL_REDIRECT=True`);
* a block that says it is an excerpt (a line `...` or `# ... other variables`), or one whose
  document sets the variable in a block of its own group (variables shown group by group
  under "#### Security", "#### Redis"; not another environment's whole env file), is not
  missing it;
* where the document uses a dependent of the service (Celery, from the policy's
  `dependents`), the same holds for `CELERY_BROKER_URL`;
* a block that points the app at the service under other names is not missing it: an app
  that reads `REDIS_HOST=…` and `REDIS_PORT=…`, or a URL of the service in another
  variable (`CACHE_URL=redis://…`), or a provider's variable named for it
  (`UPSTASH_REDIS_REST_URL=https://…`), has Redis configured in its own way (an empty
  `REDIS_HOST=` does not count). For the broker, any other `…BROKER…` variable
  (Celery 3's `BROKER_URL`) does.

Real `.env.example` files are checked by SUM403; this rule covers the copies in runbooks,
which operators paste as they are. A block for development is left alone: one in a section
about development or tests, found as SUM301 finds it ("### Development", "## Local setup"
and the sections under it; not a heading that also names production; a whole guide whose
opening says it is for development), or one that sets a development switch (`DEBUG=True`,
`NODE_ENV=development`, `APP_ENV=local`, `DJANGO_SETTINGS_MODULE=mysite.settings.dev`).

## Why is this bad?
An operator copies the runbook's env block into `/etc/<site>/env`. With `REDIS_URL`
missing or commented out, the settings fall back to a local-memory cache per process and
Celery to its default broker, and production silently runs without the service it
requires.

## Example
````markdown title=docs/runbook.md
# Deploy

Create `/srv/site/.env`:

```env
DJANGO_SECRET_KEY=change-me
DATABASE_URL=postgres://site@localhost/site
ALLOWED_HOSTS=example.com
# REDIS_URL=redis://127.0.0.1:6379/0
```
````

## Use instead
````markdown title=docs/runbook.md
# Deploy

Create `/srv/site/.env`:

```env
DJANGO_SECRET_KEY=change-me
DATABASE_URL=postgres://site@localhost/site
ALLOWED_HOSTS=example.com
REDIS_URL=redis://127.0.0.1:6379/0
```
````

## Fix safety
For a commented-out variable the fix removes the comment marker. It is unsafe: the author
may have meant the line as an inactive example. For a missing variable the fix adds it as the
block's last line (`REDIS_URL=redis://127.0.0.1:6379/0`, with the block's indentation or
`> `), also unsafe: the URL is an example the operator has to check. A block without its
closing fence gets no fix.
"""

from __future__ import annotations

import functools
import re

from sumlint.diagnostics import Fix, Severity, Span, TextEdit, Violation
from sumlint.rule import Rule

APP_VARS = {"SECRET_KEY", "DJANGO_SECRET_KEY", "DATABASE_URL", "ALLOWED_HOSTS",
            "DJANGO_ALLOWED_HOSTS", "DJANGO_SETTINGS_MODULE", "DEBUG", "DJANGO_DEBUG",
            "POSTGRES_DB", "DB_NAME", "DATABASE_NAME", "CSRF_TRUSTED_ORIGINS", "WAGTAILADMIN_BASE_URL"}


class EnvBlockWithoutServiceVariable(Rule):
    code = "SUM302"
    name = "env-block-without-service-variable"
    summary = "An env code block in the docs comments out or leaves out a required service's variable"
    kinds = frozenset({"markdown"})
    severity = Severity.WARNING
    fixable = True
    after_embedded = True  # reads the env front-end's model of each block

    def check(self, model, ctx):
        from sumlint.markdown.runbook import uses_dependent

        fences = [f for f in getattr(model, "fences", ()) if f.kind == "env" and f.block is not None
                  and getattr(f.block.model, "entries", None) is not None]
        if not fences:
            return
        from sumlint.markdown.runbook import development_scope

        dev = development_scope(model)
        fences = [f for f in fences if f.section not in dev and not _development_switch(f)]
        for service in ctx.services:
            label = service.names[0] if service.names else service.name
            dependent = uses_dependent(model, service)
            for fence in fences:
                env = fence.block.model
                names = set(env.names())
                active = {e.name for e in env.entries if not e.commented}
                complete = _complete(active)
                wanted = list(service.env)
                if dependent:
                    stem = dependent.strip("*").upper().replace("-", "_")
                    broker = f"{stem}_BROKER_URL"
                    if broker not in wanted and (complete or any(n.startswith(stem + "_") for n in names)):
                        wanted.append(broker)
                for var in wanted:
                    entry = env.get(var)
                    if entry is not None and not entry.commented:
                        continue
                    if entry is not None:
                        yield self._commented(fence, entry, var, label)
                    elif complete and not _configured_otherwise(env, service, var, broker_var=var not in service.env) \
                            and not _elided(fence) and not any(_group_sets(other, var) for other in fences if other is not fence):
                        example = _example(service, var)
                        why = (f"{label} is required in production" if var in service.env else
                               f"the document runs {dependent.capitalize()}, whose broker is {label}")
                        yield Violation(
                            f"this env block sets {', '.join(sorted(active & APP_VARS))} but not {var}; "
                            f"{why}: add `{var}={example}`", fence.span,
                            fix=_add_line(fence, model.source.lines, f"{var}={example}"))

    @staticmethod
    def _commented(fence, entry, var, label) -> Violation:
        line, column = fence.map(entry.span.line, entry.span.column)
        name_line, name_column = fence.map(entry.name_span.line, entry.name_span.column)
        end_line, end_column = fence.map(entry.value_span.end_line, entry.value_span.end_column)
        span = Span(line, column, end_line, max(end_column, column + 1))
        fix = None
        if name_line == line:
            fix = Fix(f"Uncomment {var}", (TextEdit(Span(line, column, line, name_column), ""),), safe=False)
        return Violation(
            f"{var} is commented out in this env block, so a copy of it runs without {label}, "
            f"which production requires: uncomment it", span, fix=fix)


def _add_line(fence, lines: list[str], text: str) -> Fix | None:
    """An unsafe fix: the missing line at the end of the block, with the prefix (indentation,
    ``> ``) of the block's last line. None for a block without its closing fence."""
    if not fence.closed or not fence.line_map or fence.end_line > len(lines):
        return None
    host, offset = fence.line_map[-1]
    prefix = lines[host - 1][:offset] if host - 1 < len(lines) else ""
    if prefix.strip(" \t>"):
        return None
    where = Span(fence.end_line, 1, fence.end_line, 1)
    return Fix(f"Add `{text}`", (TextEdit(where, prefix + text + "\n"),), safe=False)


def _complete(active: set[str]) -> bool:
    """The block's variables make the app's env file: at least three, one an application
    setting, not all of one other component."""
    return len(active) >= 3 and bool(active & APP_VARS) and not _one_component(active) \
        and not all(_SECURITY_VAR.fullmatch(name) for name in active)


def _group_sets(fence, var: str) -> bool:
    """The env block sets ``var`` (not commented out) and is one group of the variables, not
    an env file of its own: the document shows them group by group ("#### Redis" over
    ``REDIS_URL=…``), while another environment's whole file ("### Staging") would not count."""
    env = fence.block.model
    entry = env.get(var)
    return entry is not None and not entry.commented and not _complete({e.name for e in env.entries if not e.commented})


_ELISION = re.compile(r"^\s*(?:#\s*)?(?:\.\.\.|…|etc\.?$)|^\s*#.*\b(?:other|more|remaining|rest of the) "
                      r"(?:variables|vars|settings|env)\b", re.IGNORECASE)


def _elided(fence) -> bool:
    """The block says it is an excerpt ("# ... other variables from your environment", a line
    "..."), so what it leaves out may be set elsewhere."""
    return any(_ELISION.search(line) for line in fence.text.split("\n"))


@functools.lru_cache(maxsize=8)
def _named_for(names: tuple[str, ...]) -> re.Pattern[str] | None:
    """A variable name with one of the service's names as a word of it (`UPSTASH_REDIS_REST_URL`)."""
    words = [re.escape(n.upper()) for n in names if re.fullmatch(r"\w+", n)]
    return re.compile(r"(?:^|_)(?:" + "|".join(words) + r")(?:_|$)") if words else None


def _configured_otherwise(env, service, var: str, broker_var: bool) -> bool:
    """The block points the app at the service under other names, so a missing ``var`` is
    the app's naming, not a production without the service: ``REDIS_HOST=…`` and
    ``REDIS_PORT=…``, or any URL of the service (``CACHE_URL=redis://…``,
    ``CELERY_BROKER_URL=redis://…``) for the service's own variable; a ``BROKER_URL`` or
    ``CELERY_BROKER=…`` for Celery's broker."""
    schemes = tuple(f"{s}://" for s in service.url_schemes if s not in ("unix", "file"))
    prefixes = {name.split("_", 1)[0] + "_" for name in service.env if "_" in name}
    named = _named_for(tuple(service.names))  # (a provider's variables: `UPSTASH_REDIS_REST_URL=…`)
    for entry in env.entries:
        value = (entry.value or "").strip().strip("'\"")
        if entry.commented or not value or entry.name == var:
            continue
        if broker_var:
            if "BROKER" in entry.name:
                return True
        elif entry.name.startswith(tuple(prefixes)) or value.lower().startswith(schemes) \
                or named is not None and named.search(entry.name) is not None:
            return True
    return False


# prefixes of another component's variables: a block of only these is that component's part of
# the env file ("### `DB_*`" over `DB_HOST=…`, `DB_NAME=…`, `DB_USER=…`), not the whole file
_COMPONENT_PREFIXES = {"DB", "DATABASE", "POSTGRES", "PG", "MYSQL", "MARIADB", "MONGO", "MONGODB", "MAIL", "EMAIL",
                       "SMTP", "AWS", "S3", "SENTRY", "STRIPE"}


# the hardening settings of a production env file: a block of only these is its security part
# ("update your `.env` with secure settings: `DEBUG=False`, `CSRF_COOKIE_SECURE=True`, …")
_SECURITY_VAR = re.compile(r"(?:DJANGO_|FLASK_|APP_)?DEBUG|ALLOWED_HOSTS|SECURE_\w+|\w*COOKIE_\w+|CSRF_\w+|"
                           r"SESSION_COOKIE\w*|\w*HSTS\w*|\w*SSL_REDIRECT")


def _one_component(active: set[str]) -> bool:
    """Every variable of the block belongs to one other component (`DB_HOST`, `DB_NAME`, …; the
    database's names are one component, and so is its switch: `USE_POSTGRES=True` over `DB_*`)."""
    prefixes = {_DATABASE_FAMILY.get(p, p) for p in (_component_of(name) for name in active)}
    return len(prefixes) == 1 and prefixes <= _COMPONENT_PREFIXES and all("_" in name for name in active)


_DATABASE_FAMILY = {"DATABASE": "DB", "POSTGRES": "DB", "POSTGRESQL": "DB", "PG": "DB", "MYSQL": "DB", "MARIADB": "DB"}


def _component_of(name: str) -> str:
    """The component a variable belongs to: its first word, or the one a switch turns on
    (`USE_POSTGRES`, `ENABLE_SMTP`)."""
    head, _, rest = name.partition("_")
    return rest.split("_", 1)[0] if head in ("USE", "ENABLE") and rest else head


_DEBUG_VARS = {"DEBUG", "DJANGO_DEBUG", "FLASK_DEBUG", "APP_DEBUG"}
_ENVIRONMENT_VARS = {"NODE_ENV", "APP_ENV", "ENVIRONMENT", "ENV", "RAILS_ENV", "RACK_ENV", "FLASK_ENV", "DJANGO_ENV",
                     "APPLICATION_ENV", "STAGE"}
_DEVELOPMENT_VALUES = {"development", "dev", "local", "test", "testing"}


def _development_switch(fence) -> bool:
    """The block sets a development switch (`DEBUG=True`, `NODE_ENV=development`, a dev
    settings module): it is a developer's env file."""
    for entry in fence.block.model.entries:
        if entry.commented:
            continue
        value = (entry.value or "").strip().strip("'\"").split(" ")[0].lower()
        if entry.name in _DEBUG_VARS and value in ("1", "true", "yes", "on") \
                or entry.name in _ENVIRONMENT_VARS and value in _DEVELOPMENT_VALUES \
                or entry.name == "DJANGO_SETTINGS_MODULE" and value.rsplit(".", 1)[-1] in _DEVELOPMENT_VALUES:
            return True
    return False


def _example(service, var: str) -> str:
    scheme = next((s for s in service.url_schemes if s not in ("unix", "file")), service.name)
    port = f":{service.port}" if service.port else ""
    return f"{scheme}://127.0.0.1{port}/0"
