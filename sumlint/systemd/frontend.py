"""Front-end for systemd units: unit files, their drop-ins, and unit blocks in runbooks.

``parse(source, ctx)`` returns a ``UnitModel`` (see ``sumlint.systemd.model``): the file's
sections and directives with exact positions, plus the drop-ins found next to it
(``NAME.d/*.conf``, the template's ``NAME@.TYPE.d/``, the prefix folders ``a-b-.TYPE.d/``
and ``TYPE.d/``, each also with template suffixes such as ``10-x.conf.j2``), merged in
systemd's order: by file name, a more specific folder's file replacing a same-named one.
Their paths, and the paths of every folder a drop-in could come from, are in
``model.dependencies`` (the cache key).

``facts(model, ctx)`` returns::

    {"unit": "sum-__SITE_SLUG__-celery.service",  # file name, template suffix stripped
                                                   # ("" for blocks in runbooks)
     "type": "service",                            # or None
     "dropin": false,                              # true for NAME.d/*.conf
     "masked": false,                              # an empty (0-byte) unit file: systemd
                                                   # reads it as masked (systemd.unit(5))
     "owner": None,                                # for a drop-in: the unit it applies to
                                                   # ("x.service"; "" for TYPE.d/)
     "sections": {"Unit": {"After": [["redis-server.service", SPAN], ...], ...}, ...},
                 # every directive in force after drop-ins and resets; list-valued
                 # directives (After=, Wants=, WantedBy=, ...) split into items, Exec*= and
                 # other per-line lists one item per line, singular ones the last value.
                 # Spans of items that come from a drop-in are in that drop-in file: see
                 # "origins".
     "origins": {"Unit": {"After": [null, "deploy/systemd/x.service.d/10-redis.conf"]}},
                 # only for keys with items from drop-ins: the file of each item (null:
                 # this file), relative to the project root where possible
     "exec": [{"key": "ExecStart", "argv": ["/srv/app/venv/bin/celery", "-A", "proj"],
               "span": SPAN, "prefix": "", "path": None}],  # prefixes -@:+!| stripped;
                                                   # path: the drop-in it comes from
     "placeholders": [["__SITE_SLUG__", SPAN], ...],  # in values, keys, section names and
                                                   # whole-line placeholders, in file order
     "dropins": ["deploy/systemd/x.service.d/10-redis.conf", ...]}

SPAN is ``[line, column, end_line, end_column]``. A ``*.d/*.conf`` outside a unit drop-in
folder and a D-Bus activation file (``[D-BUS Service]``, also named ``*.service``) are not
units: their model is ``foreign``, with no problems, and rules skip them.

``embedded_problem(model, source)``: for a unit block in a runbook, the one parse problem the
runner reports (SUM001): a sentence where a directive should be, a lost closing fence.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from sumlint import kinds
from sumlint.diagnostics import Span
from sumlint.kinds import ParseProblem

COMMENT = "#"

# Section name -> unit type, to guess the type of a unit block that has no file name.
_TYPE_SECTIONS = {"Service": "service", "Socket": "socket", "Timer": "timer", "Path": "path",
                  "Mount": "mount", "Automount": "automount", "Swap": "swap", "Slice": "slice",
                  "Scope": "scope"}


def _dropin_owner(path: Path) -> tuple[str, str | None] | None:
    """For ``x.service.d/10-a.conf`` the owner ``("x.service", "service")``; ``("", type)``
    for ``service.d/``; None when the folder is not a systemd drop-in folder."""
    folder = kinds.strip_template_suffix(path.parent.name)
    if not folder.endswith(".d"):
        return None
    owner = kinds.strip_template_suffix(folder[:-2])
    if owner in kinds.UNIT_TYPES:
        return "", owner
    unit_type = kinds.unit_type(owner)
    if unit_type is None:
        return None
    return owner, unit_type


def _dropin_dirs(path: Path, name: str, unit_type: str) -> list[Path]:
    """Drop-in folders for a unit, most specific first."""
    parent = path.parent
    stem = name[: -len(unit_type) - 1]
    names = [path.name, name]
    if "@" in stem:  # an instance or template: foo@bar.service -> foo@.service
        names.append(stem.split("@", 1)[0] + "@." + unit_type)
    parts = stem.split("@", 1)[0].split("-")
    for i in range(len(parts) - 1, 0, -1):  # a-b-c.service -> a-b-.service, a-.service
        names.append("-".join(parts[:i]) + "-." + unit_type)
    names.append(unit_type)
    return [parent / folder for folder in dict.fromkeys(n + ".d" for n in names)]


_LISTINGS: dict[str, tuple[int, frozenset[str]]] = {}


def _dropin_folders_in(parent: Path) -> frozenset[str]:
    """Names of the ``*.d`` entries of ``parent``, cached while its mtime is unchanged
    (one stat per unit instead of one per candidate folder)."""
    key = str(parent)
    try:
        mtime = parent.stat().st_mtime_ns
    except OSError:
        return frozenset()
    cached = _LISTINGS.get(key)
    if cached is not None and cached[0] == mtime:
        return cached[1]
    try:
        names = frozenset(n for n in os.listdir(parent) if n.endswith(".d"))
    except OSError:
        names = frozenset()
    if len(_LISTINGS) > 256:
        _LISTINGS.clear()
    _LISTINGS[key] = (mtime, names)
    return names


def _find_dropins(path: Path, folders: list[Path]) -> list[Path]:
    chosen: dict[str, Path] = {}
    present = _dropin_folders_in(path.parent)
    if not present:
        return []
    for folder in folders:
        if folder.name not in present:
            continue
        try:
            if not folder.is_dir():
                continue
            entries = sorted(folder.iterdir())
        except OSError:
            continue
        for entry in entries:
            base = kinds.strip_template_suffix(entry.name)
            if not base.endswith(".conf") or base in chosen:
                continue
            try:
                if entry.is_file():
                    chosen[base] = entry
            except OSError:
                continue
    return [chosen[base] for base in sorted(chosen)]


def parse(source, ctx):
    from sumlint.source import UnreadableFile, read_source
    from sumlint.systemd.model import DropIn, UnitModel
    from sumlint.systemd.parser import parse_text

    placeholder_re = ctx.config.placeholder_re if ctx is not None else None
    embedded = bool(ctx is not None and ctx.embedded)
    template = kinds.strip_template_suffix(source.path.name) != source.path.name and not embedded
    unit_file = parse_text(source.text, template=template, placeholder_re=placeholder_re)
    problems = list(unit_file.problems)
    path = Path(source.path)
    if embedded:
        unit_type = next((_TYPE_SECTIONS[s.name] for s in unit_file.sections
                          if s.name in _TYPE_SECTIONS), None)
        return UnitModel(path=path, name="", type=unit_type, file=unit_file, embedded=True,
                         problems=problems, placeholder_re=placeholder_re)
    name = kinds.strip_template_suffix(path.name)
    if any(section.name == "D-BUS Service" for section in unit_file.sections):
        # A D-Bus activation file (dbus-daemon(1)), also named *.service: not a unit.
        return UnitModel(path=path, name=name, type=None, file=unit_file, foreign=True,
                         placeholder_re=placeholder_re)
    if name.endswith(".conf"):
        owner = _dropin_owner(path)
        if owner is None:
            return UnitModel(path=path, name=name, type=None, file=unit_file, dropin=True,
                             foreign=True, problems=[], placeholder_re=placeholder_re)
        return UnitModel(path=path, name=name, type=owner[1], file=unit_file, dropin=True,
                         owner=owner[0], problems=problems, placeholder_re=placeholder_re)
    unit_type = kinds.unit_type(path.name)
    if unit_type is None:
        suffix = name.rsplit(".", 1)[-1] if "." in name else ""
        problems.insert(0, ParseProblem(
            Span(1, 1, 1, 1),
            f"`{name}` has no known unit type suffix ({'.' + suffix if suffix else 'none'}); "
            f"unit file names end in .{', .'.join(kinds.UNIT_TYPES)}"))
    model = UnitModel(path=path, name=name, type=unit_type, file=unit_file, problems=problems,
                      placeholder_re=placeholder_re,
                      masked=source.raw_text == "" and not source.had_bom)
    if unit_type is not None:
        # Every folder a drop-in could come from (also absent ones: the cache then notices
        # a drop-in folder or file that appears later; it hashes folders by their listing).
        folders = _dropin_dirs(path, name, unit_type)
        model.dependencies.extend(folders)
        for dropin_path in _find_dropins(path, folders):
            try:
                dropin_source = read_source(dropin_path, kinds.SYSTEMD)
            except UnreadableFile:
                continue  # reported when the drop-in itself is linted
            model.dependencies.append(dropin_path)
            dropin_template = kinds.strip_template_suffix(dropin_path.name) != dropin_path.name
            model.dropins.append(DropIn(dropin_path, parse_text(
                dropin_source.text, dropin_path, template=dropin_template,
                placeholder_re=placeholder_re)))
    return model


def embedded_problem(model, source) -> ParseProblem | None:
    """For a unit block in a runbook: the first line systemd cannot read that is a sentence
    ("Finally, create rqworker@.service so that …"), the sign of a closing fence left out
    above it, so that the next paragraph and unit run on inside the block. Other unreadable
    lines of a block in the docs (an elision such as `...`) are not reported."""
    lines = source.lines
    for problem in model.problems:
        line = problem.span.line
        text = lines[line - 1] if 0 < line <= len(lines) else ""
        stripped = text.strip()
        words = [w.strip(",.:;()") for w in stripped.split()]
        if "=" not in stripped and not stripped.startswith(("#", ";", "[")) and len(words) >= 6 \
                and sum(1 for w in words if w.isalpha() and len(w) > 1) >= 5:
            column = len(text) - len(text.lstrip()) + 1
            quoted = stripped[:40] + ("…" if len(stripped) > 40 else "")
            return ParseProblem(
                Span(line, column, line, column + len(stripped)),
                f"this unit block reads a sentence on line {line} (“{quoted}”): its closing fence is "
                "probably missing above that line, so the text after it is read as part of the unit")
    return None


def _rel(path: Path | None, ctx) -> str | None:
    if path is None:
        return None
    root = getattr(ctx, "root", None) if ctx is not None else None
    if root is not None:
        try:
            return path.resolve().relative_to(Path(root).resolve()).as_posix()
        except (ValueError, OSError):
            pass
    return path.as_posix()


_JINJA_NAME_RE = re.compile(r"\{\{-?\s*([A-Za-z_][\w.]*)\s*(?:\|.*)?-?\}\}", re.DOTALL)


def facts(model, ctx) -> dict[str, Any]:
    sections: dict[str, dict[str, list]] = {}
    origins: dict[str, dict[str, list]] = {}
    if not model.foreign:
        for section, keys in model.merged.items():
            if not section:
                continue
            out = sections.setdefault(section, {})
            for key in keys:
                items = model.items(section, key)
                out[key] = [[value, span.to_list()] for value, span, _ in items]
                if any(d.path is not None for _, _, d in items):
                    origins.setdefault(section, {})[key] = [_rel(d.path, ctx) for _, _, d in items]
    exec_facts = [{"key": e.key, "argv": e.argv, "span": e.directive.value_span.to_list(),
                   "prefix": e.prefix, "path": _rel(e.directive.path, ctx)}
                  for e in ([] if model.foreign else model.exec_lines)]
    placeholders = []
    if model.placeholder_re is not None and not model.foreign:
        found = [(text, span) for text, span in model.file.line_placeholders]
        for section in model.sections:
            for match in model.placeholder_re.finditer(section.name):
                start = section.name_span.column + match.start()
                found.append((match.group(0), Span(section.span.line, start, section.span.line,
                                                   start + len(match.group(0)))))
        for directive in model.directives:
            for match in model.placeholder_re.finditer(directive.key):
                start = directive.key_span.column + match.start()
                found.append((match.group(0), Span(directive.key_span.line, start,
                                                   directive.key_span.line, start + len(match.group(0)))))
            for match in model.placeholder_re.finditer(directive.value):
                found.append((match.group(0), directive.span_of(match.start(), match.end())))
        bound = set(model.file.template_names)
        if bound:  # `{{ key }}` of `{% for key, value in … %}` is the template's own
            found = [(text, span) for text, span in found
                     if not (m := _JINJA_NAME_RE.fullmatch(text)) or m.group(1).split(".")[0] not in bound]
        found.sort(key=lambda item: (item[1].line, item[1].column))
        placeholders = [[text, span.to_list()] for text, span in found]
    return {
        "unit": model.name,
        "type": model.type,
        "dropin": model.dropin,
        "masked": model.masked,
        "owner": model.owner,
        "sections": sections,
        "origins": origins,
        "exec": exec_facts,
        "placeholders": placeholders,
        "dropins": [_rel(d.path, ctx) for d in model.dropins],
    }
