"""Front-end for pip requirements files (``requirements*.txt``, ``requirements/*.txt``, ``*.in``).

What is read, following pip's own requirements-file format:

* comments (``#`` at the start of a line or after a blank) and blank lines;
* line continuations (a ``\\`` at the end of a line joins the next one);
* requirements in PEP 508 form: ``name[extra,...] specifier ; marker`` and
  ``name[extra] @ url ; marker``; per-requirement options (``--hash=...``,
  ``--config-settings``) after them, and global ones pip also accepts there
  (``psycopg2==2.8.2 --no-binary psycopg2``);
* URL and path requirements: ``git+https://...#egg=name``, ``-e git+...#egg=name``,
  wheel URLs and paths (the distribution name is read from the wheel file name);
  a URL or path whose distribution cannot be known without building it (an sdist, a
  local folder, ``-e .``) is kept in ``unnamed``: rules must not guess its name;
* ``-r``/``--requirement`` and ``-c``/``--constraint`` includes, followed relative to the
  including file (cycles stopped), their files listed in ``dependencies``. Constraints
  pin versions but install nothing: they are kept apart in ``constraints``;
* global options (``-i``, ``--index-url``, ``--extra-index-url``, ``-f``, ``--find-links``,
  ``--trusted-host``, ``--pre``, ``--no-binary``, ``--only-binary``, ``--prefer-binary``,
  ``--require-hashes``, ``--no-index``, ``--use-feature``) in ``options``.

A line that is none of these (an unknown option, a name that is not a PEP 508 name, an
include that cannot be read) is a ``ParseProblem`` (SUM001), never a guess.

Names are normalised as PEP 503 says: lower case, runs of ``-``, ``_`` and ``.`` as one ``-``.

Model
-----
``RequirementsModel``: ``requirements`` (installed, includes followed; each has ``path``
None for this file, else the included file), ``constraints``, ``unnamed``, ``includes``,
``options``, ``problems``, ``dependencies``; ``names()`` is the set of normalised names.

``Requirement``: ``name`` (as written), ``normalized``, ``extras`` (normalised),
``specifier``, ``marker``, ``url``, ``editable``, ``span`` (the name, or the URL of an
unnamed requirement), ``line``, ``path``.

Facts (``facts(model, ctx)``)
-----------------------------
::

    {"requirements": [{"name": "django-redis", "raw": "django_redis", "extras": [],
                       "specifier": ">=5", "marker": "", "url": null, "editable": false,
                       "span": SPAN, "path": null}, ...],   # path: the included file, if any
     "constraints": [... same shape ...],
     "unnamed": [{"target": "./vendor/pkg", "span": SPAN, "path": null}, ...],
     "includes": [{"kind": "requirement" | "constraint", "target": "base.txt",
                   "path": "/abs/base.txt", "span": SPAN}, ...],
     "names": ["django", "django-redis", ...]}              # normalised, sorted

``parse_pyproject(text)`` reads ``[project].dependencies`` of a ``pyproject.toml`` into the
same ``Requirement`` records (positions of each dependency string); the settings
front-end uses it for the ``pyproject.toml`` next to the settings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sumlint.diagnostics import Span
from sumlint.kinds import ParseProblem

COMMENT = "#"

NAME_RE = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?")
EXTRAS_RE = re.compile(r"\[\s*([^\]]*)\]")
EGG_RE = re.compile(r"[#&]egg=([A-Za-z0-9][A-Za-z0-9._-]*)")
WHEEL_RE = re.compile(r"(?:^|/)([A-Za-z0-9][A-Za-z0-9._]*?)-\d[^/-]*(?:-\d[^/-]*)?-[^/-]+-[^/-]+-[^/-]+\.whl$")
URL_START_RE = re.compile(r"(?:git|hg|svn|bzr)\+|(?:https?|file|ftp)://", re.IGNORECASE)
SPEC_RE = re.compile(r"^(?:\s*(?:~=|===|==|!=|<=|>=|<|>)\s*[A-Za-z0-9*+!._-]+\s*(?:,|$))+$")

INCLUDE_OPTIONS = {"-r": "requirement", "--requirement": "requirement",
                   "-c": "constraint", "--constraint": "constraint"}
EDITABLE_OPTIONS = {"-e", "--editable"}
# Global options and whether they take a value.
GLOBAL_OPTIONS = {
    "-i": True, "--index-url": True, "--extra-index-url": True, "-f": True, "--find-links": True,
    "--trusted-host": True, "--no-binary": True, "--only-binary": True, "--use-feature": True,
    "--pre": False, "--prefer-binary": False, "--require-hashes": False, "--no-index": False,
}
PER_REQUIREMENT_OPTIONS = ("--hash", "--config-settings", "--global-option", "--install-option")
# the first option on a requirement's line: where the requirement proper ends
_OPTION_AFTER_RE = re.compile(r"(?:(?<=[ \t])|(?<=^))(?:" + "|".join(
    re.escape(o) for o in (*PER_REQUIREMENT_OPTIONS, *(o for o in GLOBAL_OPTIONS if o.startswith("--")))) + r")\b")
MAX_INCLUDE_DEPTH = 10
MAX_INCLUDED_FILES = 32  # files followed per linted file (real projects include a handful)


def normalize(name: str) -> str:
    """PEP 503: ``Django_Redis`` and ``django.redis`` are both ``django-redis``."""
    return re.sub(r"[-_.]+", "-", name).lower()


@dataclass
class Requirement:
    name: str
    normalized: str
    span: Span
    line: int
    extras: list[str] = field(default_factory=list)
    specifier: str = ""
    marker: str = ""
    url: str | None = None
    editable: bool = False
    path: str | None = None  # the included file it comes from (None: this file)

    def to_fact(self) -> dict[str, Any]:
        return {"name": self.normalized, "raw": self.name, "extras": self.extras,
                "specifier": self.specifier, "marker": self.marker, "url": self.url,
                "editable": self.editable, "span": self.span.to_list(), "path": self.path}


@dataclass
class Unnamed:
    target: str
    span: Span
    path: str | None = None


@dataclass
class Include:
    kind: str  # "requirement" or "constraint"
    target: str
    span: Span
    path: str | None  # resolved absolute path (None when it cannot be resolved)


@dataclass
class RequirementsModel:
    requirements: list[Requirement] = field(default_factory=list)
    constraints: list[Requirement] = field(default_factory=list)
    unnamed: list[Unnamed] = field(default_factory=list)
    includes: list[Include] = field(default_factory=list)
    options: list[tuple[str, str, Span]] = field(default_factory=list)
    problems: list[ParseProblem] = field(default_factory=list)
    dependencies: list[Path] = field(default_factory=list)

    def names(self) -> set[str]:
        return {r.normalized for r in self.requirements}


@dataclass
class _Logical:
    """A logical line: physical lines joined by ``\\``, with a map back to positions."""

    text: str
    positions: list[tuple[int, int]]  # for each character: (line, column)

    def span(self, start: int, end: int) -> Span:
        if not self.positions:
            return Span(1, 1, 1, 1)
        start = min(max(start, 0), len(self.positions) - 1)
        last = min(max(end - 1, start), len(self.positions) - 1)
        line, column = self.positions[start]
        end_line, end_column = self.positions[last]
        return Span(line, column, end_line, end_column + 1)


def _logical_lines(text: str):
    """The logical lines of ``text``, one at a time (a reader that stops early, at the budget
    of included files, does not pay for the rest)."""
    chars: list[str] = []
    positions: list[tuple[int, int]] = []
    for number, line in enumerate(text.split("\n"), start=1):
        # A comment ends the line (pip: `#` at the start or after a blank); a continuation
        # backslash inside a comment does not continue.
        comment = re.search(r"(?:^|[ \t])#", line)
        body = line[: comment.start()] if comment else line
        continued = not comment and body.endswith("\\")
        if continued:
            body = body[:-1]
        chars.extend(body)
        positions.extend((number, col) for col in range(1, len(body) + 1))
        if continued:
            continue
        yield _Logical("".join(chars), positions)
        chars, positions = [], []
    if chars:
        yield _Logical("".join(chars), positions)


def parse(source, ctx=None) -> RequirementsModel:
    """Parse a requirements file, following its includes. Never raises."""
    model = RequirementsModel()
    path = Path(source.path) if getattr(source, "path", None) else None
    seen = {path.resolve()} if path else set()
    _parse_into(model, source.text, path, None, seen, 0)
    return model


def parse_text(text: str, path: Path | None = None) -> RequirementsModel:
    model = RequirementsModel()
    _parse_into(model, text, path, None, {path.resolve()} if path else set(), 0)
    return model


def _parse_into(model: RequirementsModel, text: str, path: Path | None, origin: str | None,
                seen: set[Path], depth: int) -> None:
    """Parse ``text``; ``origin`` is None for the linted file, else the included file's path
    (its problems are then reported at the include line by the caller)."""
    for logical in _logical_lines(text):
        if origin is not None and len(seen) > MAX_INCLUDED_FILES:
            return  # the budget of included files is spent (see _include): stop reading them
        _parse_line(model, logical, path, origin, seen, depth)


def _problem(model: RequirementsModel, origin: str | None, span: Span, message: str) -> None:
    if origin is None:
        model.problems.append(ParseProblem(span, message))


def _parse_line(model: RequirementsModel, logical: _Logical, path: Path | None, origin: str | None,
                seen: set[Path], depth: int) -> None:
    text = logical.text
    stripped = text.strip()
    if not stripped:
        return
    start = len(text) - len(text.lstrip())
    if stripped.startswith("-"):
        match = re.match(r"(-{1,2}[A-Za-z][A-Za-z-]*)(?:[ \t]*=[ \t]*|[ \t]+|$)(.*)", text[start:])
        if not match:
            _problem(model, origin, logical.span(start, len(text.rstrip())),
                     f"cannot read `{stripped}` as a pip option or a requirement")
            return
        option, value = match.group(1), match.group(2).strip()
        value_start = start + match.start(2) + (len(match.group(2)) - len(match.group(2).lstrip()))
        option_span = logical.span(start, start + len(option))
        value_span = logical.span(value_start, value_start + len(value)) if value else option_span
        if option in INCLUDE_OPTIONS:
            _include(model, INCLUDE_OPTIONS[option], value, value_span, option_span, path, origin, seen, depth)
        elif option in EDITABLE_OPTIONS:
            if not value:
                _problem(model, origin, option_span, f"`{option}` needs a path or a VCS URL")
                return
            _requirement(model, logical, value_start, path, origin, editable=True)
        elif option in GLOBAL_OPTIONS:
            if GLOBAL_OPTIONS[option] and not value:
                _problem(model, origin, option_span, f"`{option}` needs a value")
                return
            if origin is None:
                model.options.append((option, value, option_span))
        else:
            _problem(model, origin, option_span,
                     f"unknown pip option `{option}` in a requirements file; pip would refuse it")
        return
    _requirement(model, logical, start, path, origin, editable=False)


def _include(model: RequirementsModel, kind: str, target: str, span: Span, option_span: Span,
             path: Path | None, origin: str | None, seen: set[Path], depth: int) -> None:
    if not target:
        _problem(model, origin, option_span, "an include option needs a file name")
        return
    if URL_START_RE.match(target):
        # A remote requirements file: nothing can be known about what it installs.
        model.includes.append(Include(kind, target, span, None))
        model.unnamed.append(Unnamed(target, span, origin))
        return
    base = path.parent if path else Path.cwd()
    resolved = (base / target).resolve()
    model.includes.append(Include(kind, target, span, str(resolved)))
    if resolved in seen or depth >= MAX_INCLUDE_DEPTH:
        return
    if len(seen) > MAX_INCLUDED_FILES:
        # Each linted file follows its includes again: 1,000 files that include each other
        # (a constraints file every one of them names) meant a million reads (hung > 90 s).
        _problem(model, origin, span, f"more than {MAX_INCLUDED_FILES} files are included (directly or "
                 f"through other includes); `{target}` and the includes after it were not followed")
        return
    from sumlint.source import UnreadableFile, read_source

    if not resolved.exists():
        _problem(model, origin, span, f"the included file `{target}` does not exist "
                 f"(looked for {resolved}); pip would stop here")
        model.dependencies.append(resolved)  # absent now; the cache notices if it appears
        return
    try:
        included = read_source(resolved, "requirements")
    except UnreadableFile as err:
        _problem(model, origin, span, f"cannot read the included file `{target}`: {err.message}")
        return
    seen.add(resolved)
    model.dependencies.append(resolved)
    sub = RequirementsModel()
    _parse_into(sub, included.text, resolved, str(resolved), seen, depth + 1)
    if kind == "constraint":
        model.constraints.extend(sub.requirements + sub.constraints)
    else:
        model.requirements.extend(sub.requirements)
        model.constraints.extend(sub.constraints)
        model.unnamed.extend(sub.unnamed)
    model.dependencies.extend(sub.dependencies)


def _requirement(model: RequirementsModel, logical: _Logical, start: int, path: Path | None,
                 origin: str | None, editable: bool) -> None:
    text = logical.text
    # Options end the requirement proper: per-requirement ones (`--hash=...`), and global ones
    # that pip also reads there (cookiecutter-django's `psycopg2==2.8.2 --no-binary psycopg2`).
    end = len(text)
    found = _OPTION_AFTER_RE.search(text, start) if "-" in text else None
    if found:
        end = found.start()
    body = text[start:end].rstrip()
    if not body:
        return
    if URL_START_RE.match(body) or body.startswith((".", "/", "~")) or (
            editable and not NAME_RE.fullmatch(body.split(";")[0].strip())):
        _url_requirement(model, logical, start, body, origin, editable)
        return
    name_match = NAME_RE.match(body)
    if not name_match:
        _problem(model, origin, logical.span(start, start + len(body.split()[0])),
                 f"`{body.split()[0]}` is not a valid distribution name (PEP 508)")
        return
    name = name_match.group()
    rest = body[name_match.end():]
    pos = start + name_match.end()
    extras: list[str] = []
    lead = len(rest) - len(rest.lstrip())
    extras_match = EXTRAS_RE.match(rest.lstrip())
    if extras_match:
        extras = [normalize(e.strip()) for e in extras_match.group(1).split(",") if e.strip()]
        consumed = lead + extras_match.end()
        rest, pos = rest[consumed:], pos + consumed
    marker = ""
    if ";" in rest:
        rest, marker = rest.split(";", 1)
        marker = marker.strip()
    url = None
    specifier = rest.strip()
    if specifier.startswith("@"):
        url = specifier[1:].strip()
        specifier = ""
        if not url:
            _problem(model, origin, logical.span(pos, pos + len(rest.rstrip())),
                     f"`{name} @` needs a URL after `@`")
            return
    elif specifier.startswith("(") and specifier.endswith(")"):
        specifier = specifier[1:-1].strip()
    if specifier and not SPEC_RE.match(specifier):
        offset = pos + (len(rest) - len(rest.lstrip()))
        _problem(model, origin, logical.span(offset, offset + len(rest.strip())),
                 f"cannot read `{specifier}` as a version specifier of `{name}` "
                 "(expected e.g. `>=5.0,<6`)")
        return
    span = logical.span(start, start + len(name))
    model.requirements.append(Requirement(
        name=name, normalized=normalize(name), span=span, line=span.line, extras=extras,
        specifier=specifier, marker=marker, url=url, editable=editable, path=origin))


def _url_requirement(model: RequirementsModel, logical: _Logical, start: int, body: str,
                     origin: str | None, editable: bool) -> None:
    target, _, marker = body.partition(";")
    target = target.strip()
    # A trailing space-separated marker form (`url ; marker`) is handled above; pip also
    # accepts `url; marker` only with a blank before `;` for URLs, but both are read.
    span = logical.span(start, start + len(target))
    name = None
    egg = EGG_RE.search(target)
    if egg:
        name = egg.group(1)
        # `pkg[extra]` inside egg= is not valid pip syntax; keep the name only.
    else:
        wheel = WHEEL_RE.search(target.split("#", 1)[0].split("?", 1)[0])
        if wheel:
            name = wheel.group(1)
    if name is None:
        model.unnamed.append(Unnamed(target, span, origin))
        return
    model.requirements.append(Requirement(
        name=name, normalized=normalize(name), span=span, line=span.line, marker=marker.strip(),
        url=target, editable=editable, path=origin))


def facts(model: RequirementsModel, ctx=None) -> dict[str, Any]:
    return {
        "requirements": [r.to_fact() for r in model.requirements],
        "constraints": [r.to_fact() for r in model.constraints],
        "unnamed": [{"target": u.target, "span": u.span.to_list(), "path": u.path} for u in model.unnamed],
        "includes": [{"kind": i.kind, "target": i.target, "path": i.path, "span": i.span.to_list()}
                     for i in model.includes],
        "names": sorted(model.names()),
    }


# -- pyproject.toml -----------------------------------------------------------------------

def parse_pyproject(text: str, path: Path | None = None) -> tuple[list[Requirement], list[ParseProblem]]:
    """``[project].dependencies`` of a pyproject.toml, with the position of each string.

    Returns ([], [problem]) when the file is not valid TOML; ([], []) when it has no
    ``[project].dependencies``. ``Requirement.path`` is ``str(path)``.
    """
    import tomllib

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        line = getattr(err, "lineno", None) or 1
        column = getattr(err, "colno", None) or 1
        return [], [ParseProblem(Span.at(line, column), f"pyproject.toml is not valid TOML: {err}")]
    project = data.get("project")
    deps = project.get("dependencies") if isinstance(project, dict) else None
    if not isinstance(deps, list):
        return [], []
    origin = str(path) if path else None
    # Positions: look for each string literal after the `dependencies` key of [project].
    header = re.search(r"(?m)^\s*\[project\]\s*(?:#.*)?$", text)
    key = re.compile(r"(?m)^\s*dependencies\s*=").search(text, header.end() if header else 0)
    cursor = key.end() if key else 0
    requirements: list[Requirement] = []
    lines_start = [0] + [m.end() for m in re.finditer("\n", text)]

    def position(offset: int) -> tuple[int, int]:
        import bisect

        index = bisect.bisect_right(lines_start, offset) - 1
        return index + 1, offset - lines_start[index] + 1

    for dep in deps:
        if not isinstance(dep, str):
            continue
        found = -1
        for quote in ('"', "'"):
            literal = quote + dep
            at = text.find(literal, cursor)
            if at != -1 and (found == -1 or at < found):
                found = at
        start_offset = found + 1 if found != -1 else None
        if start_offset is not None:
            cursor = start_offset + len(dep)
        sub = parse_text(dep)
        for req in sub.requirements:
            if start_offset is not None:
                line, column = position(start_offset + req.span.column - 1)
                req.span = Span(line, column, line, column + len(req.name))
            else:
                req.span = Span(1, 1, 1, 1)
            req.line = req.span.line
            req.path = origin
            requirements.append(req)
    return requirements, []
