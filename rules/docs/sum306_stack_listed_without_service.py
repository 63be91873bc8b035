"""## What it does
Reports a heading, table row or table that lists the production stack without a required
service: `### Stack: Django, PostgreSQL, Gunicorn, Nginx`, a row
`| Production | Django, PostgreSQL, Nginx |`, a components table (or a list under a
"Stack"/"Components"/"Architecture" heading) whose entries name three or more parts of the
stack and never the service.

A listing counts when its known components (Django, Wagtail, PostgreSQL,
MySQL, Nginx, Caddy, Apache, Gunicorn, uWSGI, Uvicorn, Celery, Memcached, RabbitMQ, Python)
fill at least three parts of the stack, and it sits in a runbook or says "stack" itself.
Products that fill the same part are alternatives: "## Moving data from SQLite to PostgreSQL
or MySQL/MariaDB" names one part, the database, and a values table whose rows all set
PostgreSQL lists no stack. The products in parentheses after a role are
one part, whichever is chosen ("### Gunicorn + reverse proxy (Apache, Nginx)" names two), and
a table about running the services ("| Service | Log command |") lists no stack.

## Why is this bad?
The stack list is what people read first and copy into provisioning tickets and diagrams.
Leaving the required service out of it reads as "not part of production".

## Example
````markdown title=docs/architecture.md
### Stack: Django, PostgreSQL, Gunicorn and Nginx
````

## Use instead
````markdown title=docs/architecture.md
### Stack: Django, PostgreSQL, Redis, Gunicorn and Nginx
````
"""

from __future__ import annotations

import re

from sumlint.diagnostics import Related, Severity, Violation
from sumlint.lazyre import lower_case_twin
from sumlint.rule import Rule

COMPONENTS = re.compile(
    r"(?<![\w-])(django|wagtail|postgres(?:ql)?|mysql|mariadb|nginx|caddy|apache2?|gunicorn|uwsgi|"
    r"uvicorn|daphne|celery|memcached|rabbitmq|python\s?3?|sqlite)(?![\w-])", re.IGNORECASE)
_COMPONENTS_LOWER = lower_case_twin(COMPONENTS)  # (see component_count)
STACK_HEADINGS = re.compile(r"\b(stack|components|architecture|what runs where|services|tech)\b", re.IGNORECASE)


# the part of the stack each component fills: products that fill the same one are alternatives
# ("Moving data from SQLite to PostgreSQL or MySQL" names one part, the database)
ROLES = {"django": "framework", "wagtail": "framework", "postgres": "database", "mysql": "database",
         "mariadb": "database", "sqlite": "database", "nginx": "web server", "caddy": "web server",
         "apache": "web server", "gunicorn": "app server", "uwsgi": "app server", "uvicorn": "app server",
         "daphne": "app server", "celery": "worker", "rabbitmq": "broker", "memcached": "cache", "python": "language"}


def _key(match: re.Match) -> str:
    return match.group(1).lower().rstrip("0123456789 ").replace("postgresql", "postgres")


def component_count(text: str) -> int:
    """``len(components(text))``: on ASCII text, the lower-cased text searched without
    IGNORECASE (the same components, several times faster; every heading and table row is asked)."""
    if not text.isascii():
        return len(components(text))
    return len({_key(m) for m in _COMPONENTS_LOWER.finditer(text.lower())})


def components(text: str) -> list[re.Match]:
    seen: dict[str, re.Match] = {}
    for match in COMPONENTS.finditer(text):
        seen.setdefault(_key(match), match)
    return list(seen.values())


def roles(found: list[re.Match]) -> int:
    """How many parts of the stack the components fill."""
    return len({ROLES.get(_key(m), _key(m)) for m in found})


# a role, then the products that can fill it in parentheses: "reverse proxy (Apache, Nginx)",
# "database (PostgreSQL or MySQL)": one part of the stack, whichever is chosen
_ALTERNATIVES = re.compile(r"[A-Za-z]\s*\((?P<inner>[^()+&]*(?:,|\bor\b|/)[^()+&]*)\)")


def stack_parts(text: str) -> list[re.Match]:
    """``components``, with a parenthesis of alternatives after a role counted once."""
    found = components(text)
    for group in _ALTERNATIVES.finditer(text):
        inside = [m for m in found if group.start("inner") <= m.start() < group.end("inner")]
        found = [m for m in found if m not in inside[1:]]
    return found


# a table header about operating the services, not listing the stack
_OPERATIONS_HEADER = re.compile(r"\b(?:logs?|commands?|restart|reload|status|troubleshoot\w*|errors?|symptoms?|fix(?:es)?|"
                                r"cause|checks?|monitor\w*|alerts?)\b", re.IGNORECASE)


class StackListedWithoutService(Rule):
    code = "SUM306"
    name = "stack-listed-without-service"
    summary = "A heading or table lists the production stack without a required service"
    kinds = frozenset({"markdown"})
    severity = Severity.WARNING

    def check(self, model, ctx):
        from sumlint.markdown.claims import analyser_for, unemphasised
        from sumlint.markdown.runbook import is_runbook

        if not hasattr(model, "units_where"):
            return
        units = [u for u in model.units_where(lambda text: component_count(text) >= 3,
                                              ("heading", "table_row"))
                 if u.kind in ("heading", "table_row")]
        runbook = None
        for service in ctx.services:
            analyser = analyser_for(service)
            names, needles = analyser.names, analyser.needles
            label = names.label

            def mentions(text: str, names=names, needles=needles) -> bool:  # (on markdown source too: "- __Redis__")
                if "_" not in text:
                    low = text.lower()
                    if not any(needle in low for needle in needles):
                        return False  # (every test below needs one of them: most lines end here)
                return names.pattern.search(text) is not None or any(
                    n.upper() in text for n in names.code_names if "_" in n) or "_" in text and \
                    names.pattern.search(unemphasised(text)) is not None

            for unit in units:
                if unit.kind not in ("heading", "table_row"):
                    continue
                found = stack_parts(unit.text)
                if roles(found) < 3 or mentions(unit.text):
                    continue
                if unit.kind == "table_row" and mentions(" ".join(unit.header)):
                    continue
                says_stack = re.search(r"\bstack\b", " ".join([unit.text, *unit.header]), re.IGNORECASE)
                if not says_stack:
                    if runbook is None:
                        runbook = is_runbook(model, tuple(service.dependents))
                    if not runbook:
                        continue
                first = found[0]
                where = "heading" if unit.kind == "heading" else "table row"
                yield Violation(
                    f"this {where} lists the stack ({', '.join(m.group() for m in found)}) without "
                    f"{label}, which production requires: add {label}",
                    unit.span(first.start(), first.end()))
            yield from self._lists(model, mentions, label)


    @staticmethod
    def _lists(model, mentions, label):
        """Tables of components and lists under a Stack/Components heading."""
        groups: list[tuple[list, object]] = []
        for rows in model.tables:
            if len(rows) < 4:
                continue
            raws = [getattr(d, "raw", None) or getattr(d, "text", "") for d in rows]
            if any(mentions(r) for r in raws) or sum(
                    1 for r in raws if components(r.split(" | ", 1)[0])) < 3:
                continue  # decided on the markdown source, without building the rows
            groups.append(([u for d in rows for u in (d.units() if hasattr(d, "units") else [d])
                            if u.kind == "table_row"], None))
        stack_headings = [index for index, heading in enumerate(model.headings) if STACK_HEADINGS.search(heading.raw)]
        if stack_headings:  # (the list items are searched once for all of them)
            listed = [u for u in model.units_where(lambda text: COMPONENTS.search(text) is not None or mentions(text),
                                                   ("paragraph",), sections=set(stack_headings))
                      if u.kind == "list_item"]  # (list items come from paragraphs, in their own section)
            for index in stack_headings:
                groups.append(([u for u in listed if u.section == index], model.headings[index]))
        for items, heading in groups:
            if not items or any(mentions(u.text) for u in items):
                continue
            if heading is not None and mentions(heading.text):
                continue
            firsts = []
            for unit in items:
                head = unit.text[unit.cells[0][0]:unit.cells[0][1]] if unit.cells else unit.text[:40]
                found = components(head)
                if found and found[0].start() <= 2:
                    firsts.append((unit, found[0], unit.cells[0][0] if unit.cells else 0))
            if roles([m for _, m, _ in firsts]) < 3:
                continue  # (not the rows of one part: "| `postgresql.enabled` |", "| `postgresql.auth.database` |")
            if heading is None:
                header = items[0].header
                if header and not STACK_HEADINGS.search(" ".join(header)) and not any(
                        h.strip().lower() in ("component", "service", "software", "name", "what", "part")
                        for h in header):
                    continue
                if _OPERATIONS_HEADER.search(" ".join(header)):
                    continue  # "| Service | Log Command |": how to run or watch each, not what the stack is
            unit, match, base = firsts[0]
            span = unit.span(base + match.start(), base + match.end())
            what = f"the list under “{heading.text}”" if heading is not None else "this table of components"
            yield Violation(
                f"{what} names {len(firsts)} parts of the stack but not {label}, which production "
                f"requires: add a {label} entry", span,
                related=tuple(Related(str(model.path), u.span(b + m.start(), b + m.end()), "listed here")
                              for u, m, b in firsts[1:4]))
