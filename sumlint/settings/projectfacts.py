"""Helpers for the cross-file rules of the settings and project families (reading facts).

Only facts (see each front-end's docstring) are read here, never files. Every helper
tolerates missing keys: another front-end's facts may be older or partial.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Iterator
from urllib.parse import urlsplit

from sumlint.diagnostics import Related, Span
from sumlint.kinds import URL_PLACEHOLDER
from sumlint.project import FileFacts, Project

DEV_REQUIREMENTS_RE = re.compile(r"(?:^|[-_./])(?:dev|develop|development|test|tests|testing|lint|docs?|ci|local)(?:[-_.]|$)",
                                 re.IGNORECASE)
LOOPBACK = {"localhost", "127.0.0.1", "::1", "ip6-localhost", "localhost.localdomain"}
VAR_RE = re.compile(r"\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*")
_URL_PLACEHOLDER_RE = re.compile(URL_PLACEHOLDER)


class Located:
    """A fact with the file it belongs to and its span mapped into that file.

    The span is computed on first use: project rules build many of these and report few.
    """

    __slots__ = ("path", "_span", "_raw", "_ff", "value")

    def __init__(self, path: str, span: Span | None = None, value: Any = None, *, raw=None,
                 ff: FileFacts | None = None) -> None:
        self.path = path
        self._span = span
        self._raw = raw
        self._ff = ff
        self.value = value

    @property
    def span(self) -> Span:
        if self._span is None:
            raw = self._raw if self._raw is not None else [1, 1, 1, 1]
            self._span = self._ff.span(raw) if self._ff is not None else Span.from_list(list(raw))
        return self._span

    def related(self, message: str) -> Related:
        return Related(self.path, self.span, message)


def rel(project: Project, path: str) -> str:
    return Path(project.relpath(path)).as_posix()


def where(project: Project, located: Located) -> str:
    return f"{rel(project, located.path)}:{located.span.line}"


def locate(ff: FileFacts, raw, path: str | None = None) -> Located:
    """A span of ``ff``'s facts, or of another file (``path``: a base module, an include)."""
    if path:
        absolute = path if path.startswith("/") or Path(path).is_absolute() else str(Path(ff.path).parent / path)
        return Located(absolute, raw=raw)
    return Located(ff.path, raw=raw, ff=ff)


def settings_files(project: Project) -> list[FileFacts]:
    """Production settings facts when any exist, else every settings file's facts."""
    files = [f for f in project.of_kind("settings", embedded=False) if f.data.get("parsed", True)]
    production = [f for f in files if f.data.get("production")]
    return production or files


def env_files(project: Project, embedded: bool = False) -> list[FileFacts]:
    return sorted(project.of_kind("env", embedded=embedded), key=lambda f: f.path)


def nearest(path: str, files: list[FileFacts]) -> list[FileFacts]:
    """The files in the deepest folder that contains ``path`` (a monorepo's site folder
    before the repository root); all of them when none is in such a folder."""
    folder = path.rsplit("/", 1)[0] + "/"
    best: list[FileFacts] = []
    depth = -1
    for ff in files:
        parent = ff.path.rsplit("/", 1)[0] + "/"
        if folder.startswith(parent):
            if len(parent) > depth:
                best, depth = [ff], len(parent)
            elif len(parent) == depth:
                best.append(ff)
    return best or list(files)


def env_reads(project: Project) -> Iterator[tuple[FileFacts, dict[str, Any], Located]]:
    """Every environment read of the settings in use, each once."""
    seen: set[tuple[str, str, tuple]] = set()
    for ff in settings_files(project):
        for read in ff.data.get("env_reads", ()):
            located = locate(ff, read["span"], read.get("path"))
            key = (read.get("var", ""), located.path, (located.span.line, located.span.column))
            if key in seen:
                continue
            seen.add(key)
            yield ff, read, located


def unit_environment(project: Project) -> set[str]:
    """Variables set by units' Environment= (they need no env file entry)."""
    names: set[str] = set()
    for ff in project.of_kind("systemd", embedded=False):
        for value, _ in ff.data.get("sections", {}).get("Service", {}).get("Environment", []):
            # One Environment= line holds several assignments, quoted as in a shell.
            try:
                words = shlex.split(str(value))
            except ValueError:
                words = str(value).split()
            for word in words:
                name = word.split("=", 1)[0].strip()
                if name and "=" in word:
                    names.add(name)
    return names


# -- requirements ----------------------------------------------------------------------

@dataclass
class Installed:
    """What the project's requirements install: normalised names and extras per name."""

    names: dict[str, list[Located]]  # name -> where it is required
    extras: dict[str, set[str]]
    dev_only: dict[str, list[Located]]  # names only in dev/test requirements
    unnamed: list[Located]
    files: list[str]  # the requirements files and pyproject.toml read

    @property
    def empty(self) -> bool:
        return not self.files


def installed(project: Project) -> Installed:
    req_files = sorted(project.of_kind("requirements", embedded=False), key=lambda f: f.path)
    constraint_targets = {i.get("path") for f in req_files for i in f.data.get("includes", ())
                          if i.get("kind") == "constraint"}
    included = {i.get("path") for f in req_files for i in f.data.get("includes", ())
                if i.get("kind") == "requirement"}
    req_files = [f for f in req_files if f.path not in constraint_targets
                 and not Path(f.path).name.lower().startswith("constraint")]
    production = [f for f in req_files if not DEV_REQUIREMENTS_RE.search(Path(f.path).name)]
    production_ids = {id(f) for f in production}
    dev = [f for f in req_files if id(f) not in production_ids]
    if not production:
        production, dev = dev, []
    result = Installed({}, {}, {}, [], [])
    for ff in production:
        result.files.append(ff.path)
        _add(ff, ff.data.get("requirements", ()), result.names, result.extras)
        for item in ff.data.get("unnamed", ()):
            result.unnamed.append(_lazy(ff, item))
    seen_pyproject: set[str] = set()
    for ff in project.of_kind("settings", embedded=False):
        pyproject = ff.data.get("pyproject")
        if pyproject and pyproject.get("path") not in seen_pyproject:
            seen_pyproject.add(pyproject["path"])
            result.files.append(pyproject["path"])
            for req in pyproject.get("requirements", ()):
                if not installs_on_linux(req.get("marker", "")):
                    continue
                located = Located(pyproject["path"], raw=req["span"])
                result.names.setdefault(req["name"], []).append(located)
                result.extras.setdefault(req["name"], set()).update(req.get("extras", ()))
    # Where to suggest adding a distribution: requirements.txt, a production file, a file
    # no other file includes, in that order.
    def rank(path: str) -> tuple:
        name = Path(path).name.lower()
        return (name != "requirements.txt", "prod" not in name,
                path in included, path)

    result.files.sort(key=rank)
    dev_names: dict[str, list[Located]] = {}
    for ff in dev:
        _add(ff, ff.data.get("requirements", ()), dev_names, {})
    result.dev_only = {n: locs for n, locs in dev_names.items() if n not in result.names}
    return result


def _lazy(ff: FileFacts, item: dict[str, Any]) -> Located:
    if item.get("path"):
        return Located(item["path"], raw=item["span"])
    return Located(ff.path, raw=item["span"], ff=ff)


_MARKER_RE = re.compile(r"""^\s*(sys_platform|platform_system|os_name)\s*(==|!=)\s*["']([^"']*)["']\s*$""")
_LINUX = {"sys_platform": "linux", "platform_system": "Linux", "os_name": "posix"}


def installs_on_linux(marker: str) -> bool:
    """False only for a marker that plainly excludes a Linux server (`sys_platform ==
    "win32"`); anything sumlint does not evaluate counts as installed."""
    match = _MARKER_RE.match(marker or "")
    if not match:
        return True
    variable, op, value = match.groups()
    return (_LINUX[variable] == value) == (op == "==")


def _add(ff: FileFacts, requirements: Iterable[dict[str, Any]], names: dict, extras: dict) -> None:
    for req in requirements:
        if not installs_on_linux(req.get("marker", "")):
            continue
        located = _lazy(ff, req)
        names.setdefault(req["name"], []).append(located)
        extras.setdefault(req["name"], set()).update(req.get("extras", ()))


def normalize(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


# -- URLs and units ----------------------------------------------------------------------

def url_host_port(url: str) -> tuple[str | None, int | None, bool]:
    """(host, port, ok) of a URL; ok is False when it cannot be read (placeholders, vars)."""
    try:
        parts = urlsplit(url)
        host = parts.hostname
        port = parts.port
    except ValueError:
        return None, None, False
    return host, port, True


def is_loopback(host: str | None) -> bool:
    if host is None:
        return True  # unix sockets, redis:///0
    host = host.strip("[]").lower()
    return host in LOOPBACK or host.startswith("127.")


def has_template_marks(text: str, placeholder_re: re.Pattern[str] | None) -> bool:
    if VAR_RE.search(text) or "%" in text or "<" in text and _URL_PLACEHOLDER_RE.search(text):
        return True  # (also "redis://<host>:6379")
    return bool(placeholder_re and placeholder_re.search(text))


def unit_name(name: str) -> str:
    """``redis`` -> ``redis.service``; names with a type suffix are kept."""
    name = name.strip()
    if "." in name.rsplit("/", 1)[-1]:
        from sumlint.kinds import UNIT_TYPES

        if name.rsplit(".", 1)[-1] in UNIT_TYPES:
            return name
    return name + ".service"


# -- unit names --------------------------------------------------------------------------

UNIT_KEYS = ("After", "Wants", "Requires", "BindsTo", "Requisite", "PartOf", "Upholds")


def unit_stem(name: str) -> str:
    from sumlint.kinds import UNIT_TYPES

    base = name.rsplit("/", 1)[-1]
    if "." in base and base.rsplit(".", 1)[-1] in UNIT_TYPES:
        base = base.rsplit(".", 1)[0]
    return base


@lru_cache(maxsize=4096)
def names_service(name: str, service) -> bool:
    """Whether a unit name names the service (its unit, an alias, or a variant of it such
    as ``redis6-server`` or an instance ``redis-server@main``), not another service such as
    ``redis-sentinel``."""
    if service.is_unit(name):
        return True
    stem = unit_stem(name).lower().split("@", 1)[0]
    bases = {n.lower() for n in service.names} | {unit_stem(u).lower() for u in service.units}
    bases = {b.removesuffix("-server") for b in bases}
    return any(re.fullmatch(re.escape(b) + r"\d*(?:[-_]server)?\d*", stem) for b in bases if b)


def canonical_unit(name: str, service) -> str:
    return service.unit if service.is_unit(name) else unit_name(name)


@lru_cache(maxsize=4096)
def wildcard_regex(name: str, placeholder_re: re.Pattern[str] | None) -> re.Pattern[str]:
    """A unit name with ``${VAR}``, ``$VAR``, placeholders and globs as wildcards."""
    marks = [VAR_RE]
    if placeholder_re is not None:
        marks.append(placeholder_re)
    pieces: list[tuple[int, int]] = []
    for mark in marks:
        pieces.extend((m.start(), m.end()) for m in mark.finditer(name))
    pieces.extend((m.start(), m.end()) for m in re.finditer(r"[*?]|%[a-zA-Z]", name))
    pieces.sort()
    out, pos = [], 0
    for start, end in pieces:
        if start < pos:
            continue
        out.append(re.escape(name[pos:start]))
        out.append(".+")
        pos = end
    out.append(re.escape(name[pos:]))
    return re.compile("".join(out), re.IGNORECASE)


@lru_cache(maxsize=4096)
def sample(name: str, placeholder_re: re.Pattern[str] | None) -> str:
    """A unit name with every wildcard replaced by a sample word."""
    name = VAR_RE.sub("x", name)
    if placeholder_re is not None:
        name = placeholder_re.sub("x", name)
    return re.sub(r"[*?]|%[a-zA-Z]", "x", name)


def exec_location(project, ff, line, argv0: str) -> Located:
    """The span of the program word in an Exec line (the whole value when unsure)."""
    raw = Span.from_list(line["span"])
    prefix = len(line.get("prefix") or "")
    if raw.line == raw.end_line and raw.end_column - raw.column >= prefix + len(argv0):
        raw = Span(raw.line, raw.column + prefix, raw.line, raw.column + prefix + len(argv0))
    if line.get("path"):
        path = Path(line["path"])
        return Located(str(path if path.is_absolute() else project.root / path), raw)
    return Located(ff.path, ff.span(raw))
