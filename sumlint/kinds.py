"""File kinds, how files are classified into them, and the front-end that reads each kind.

A front-end module exposes:

``parse(source: SourceFile, ctx: ParseContext) -> model``
    Never raises on any input. The model has ``problems`` (a list of ``ParseProblem``:
    the runner reports the first as SUM001 while rules still run on what parsed),
    optionally ``embedded`` (a list of ``EmbeddedBlock``, code blocks of other kinds, for
    markdown) and optionally ``dependencies`` (other files whose content the model
    includes, e.g. drop-ins; they are part of the cache key).

``facts(model, ctx: ParseContext) -> dict``
    JSON-serialisable facts for project rules. Positions are stored as
    ``[line, column, end_line, end_column]`` lists; ``FileFacts.span()`` turns them back
    into Spans (mapped into the markdown file for embedded blocks).

``COMMENT = "#"`` or ``"html"``: the comment syntax for suppressions.

``embedded_problem(model, source) -> ParseProblem | None`` (optional)
    For a block of that kind in a runbook, whose own ``problems`` are not reported (the docs
    elide, ``...``): the one problem that shows the markdown itself broken (for units, a
    sentence where a directive should be: a lost closing fence). Reported as SUM001.

Front-ends import their parser libraries inside ``parse`` so that runs (and
``--version``) that never meet that kind never import them.
"""

from __future__ import annotations

import fnmatch
import re
from pathlib import PurePosixPath

from sumlint.lazyre import LazyPattern
from sumlint.records import record

SYSTEMD = "systemd"
SHELL = "shell"
MARKDOWN = "markdown"
SETTINGS = "settings"
ENV = "env"
REQUIREMENTS = "requirements"

KINDS = (SYSTEMD, SHELL, MARKDOWN, SETTINGS, ENV, REQUIREMENTS)

FRONTENDS: dict[str, str] = {
    SYSTEMD: "sumlint.systemd.frontend",
    SHELL: "sumlint.shell.frontend",
    MARKDOWN: "sumlint.markdown.frontend",
    SETTINGS: "sumlint.settings.frontend",
    ENV: "sumlint.settings.envfile",
    REQUIREMENTS: "sumlint.settings.requirements",
}

UNIT_TYPES = ("service", "socket", "timer", "target", "path", "mount", "automount", "swap",
              "slice", "scope", "device")
TEMPLATE_SUFFIXES = (".template", ".tmpl", ".in", ".j2", ".jinja", ".jinja2")
# An angle-bracket placeholder inside a URL ("redis://:<password>@127.0.0.1:6379",
# "redis://<host>:6379"): the front-ends' URL patterns take it as part of the URL, so the URL
# is not cut short at "<" (and the cross-file rules skip an authority that has one). An HTML
# tag after a URL in a table cell ("…:6379<br>") is not a placeholder.
URL_PLACEHOLDER = (r"<(?!(?:br|b|i|em|strong|code|span|a|p|sub|sup|td|tr|th|li|ul|ol|div|img|small|kbd|pre|hr|"
                   r"details|summary)>)[A-Za-z][\w.-]{0,60}>")

# Default globs, matched against the path relative to the project root (and, for globs
# without a slash, against the file name). Checked in this order; the first match wins.
DEFAULT_GLOBS: dict[str, tuple[str, ...]] = {
    SYSTEMD: tuple(f"*.{t}" for t in UNIT_TYPES)
    + tuple(f"*.{t}{s}" for t in UNIT_TYPES for s in TEMPLATE_SUFFIXES)
    + ("*.d/*.conf", "*.d/*.conf.template", "*.d/*.conf.j2", "*.d/*.conf.in"),
    SHELL: ("*.sh", "*.bash", "*.sh.template", "*.sh.j2", "*.sh.in"),
    MARKDOWN: ("*.md", "*.markdown", "*.mdx"),
    SETTINGS: ("settings.py", "**/settings/*.py", "settings/*.py", "settings_*.py"),
    ENV: (".env.example", "*.env.example", ".env.sample", "*.env.sample", ".env.template",
          "env.example", "example.env"),
    REQUIREMENTS: ("requirements*.txt", "requirements/*.txt", "requirements*.in"),
}

SHEBANG_RE = LazyPattern(rb"^#![ \t]*(?:/usr)?/bin/(?:env[ \t]+(?:-\S+[ \t]+)*)?(?:ba|da|k|z)?sh\b")


def glob_match(relpath: str, pattern: str) -> bool:
    """Gitignore-like: a pattern without ``/`` matches the file name anywhere; ``**/`` any depth."""
    path = PurePosixPath(relpath)
    if "/" not in pattern:
        return fnmatch.fnmatchcase(path.name, pattern)
    if pattern.startswith("**/"):
        tail = pattern[3:]
        parts = path.parts
        return any(fnmatch.fnmatchcase("/".join(parts[i:]), tail) for i in range(len(parts)))
    return fnmatch.fnmatchcase(relpath, pattern) or fnmatch.fnmatchcase(relpath, "*/" + pattern)


class GlobSet:
    """``any(glob_match(relpath, g) for g in globs)``, fast: literal names in a set, ``*.ext``
    patterns as one ``endswith`` tuple, the rest as one compiled regex per shape. Compiling
    ~100 default globs one by one costs tens of milliseconds per run; this costs almost none."""

    _META = set("*?[")

    def __init__(self, globs: tuple[str, ...]) -> None:
        self.names: set[str] = set()
        suffixes: list[str] = []
        name_patterns: list[str] = []
        # (literal end, glob): a path matches the glob only if it ends with the characters
        # after the glob's last wildcard, a test that needs no regex (fnmatch compiles one
        # per glob: most files of a run never need them).
        self.path_globs: list[tuple[str, str]] = []
        for glob in globs:
            if "/" in glob:
                last = max(glob.rfind(c) for c in "*?[]")
                self.path_globs.append((glob[last + 1:], glob))
            elif not (set(glob) & self._META):
                self.names.add(glob)
            elif glob.startswith("*") and not (set(glob[1:]) & self._META):
                suffixes.append(glob[1:])
            else:
                name_patterns.append(glob)
        self.suffixes = tuple(suffixes)
        self.name_re = (re.compile("|".join(f"(?:{fnmatch.translate(p)})" for p in name_patterns))
                        if name_patterns else None)

    def match(self, relpath: str) -> bool:
        name = relpath.rsplit("/", 1)[-1]
        if name in self.names or (self.suffixes and name.endswith(self.suffixes)):
            return True
        if self.name_re is not None and self.name_re.match(name):
            return True
        return any(relpath.endswith(end) and glob_match(relpath, g) for end, g in self.path_globs)


_GLOBSETS: dict[tuple[str, ...], GlobSet] = {}


def globset(globs: tuple[str, ...]) -> GlobSet:
    key = tuple(globs)
    found = _GLOBSETS.get(key)
    if found is None:
        found = _GLOBSETS[key] = GlobSet(key)
    return found


def classify(relpath: str, kind_globs: dict[str, tuple[str, ...]], head: bytes | None = None) -> str | None:
    """The kind of a file from its path (configured globs first), else from a shell shebang.

    ``head`` is the start of the file, read only when no glob matched (may be None).
    """
    for kind, globs in kind_globs.items():
        if globset(globs).match(relpath):
            return kind
    if head is not None and SHEBANG_RE.match(head):
        return SHELL
    return None


def unit_type(name: str) -> str | None:
    """The unit type of a unit file name, template suffixes stripped (None if unknown)."""
    for suffix in TEMPLATE_SUFFIXES:
        if name.endswith(suffix):
            name = name[: -len(suffix)]
            break
    if name.endswith(".conf"):
        return None
    ext = name.rsplit(".", 1)[-1] if "." in name else ""
    return ext if ext in UNIT_TYPES else None


def strip_template_suffix(name: str) -> str:
    for suffix in TEMPLATE_SUFFIXES:
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


@record(frozen=True)
class ParseProblem:
    """A part of a file its front-end could not read (the first becomes SUM001)."""

    span: "object"  # sumlint.diagnostics.Span
    message: str
    # Report at this Severity instead of SUM001's default (unless the user configured
    # one): e.g. info for a parse error that could not be confirmed.
    severity: "object" = None

    def __init__(self, span: "object", message: str, severity: "object" = None) -> None:
        self.__dict__.update(span=span, message=message, severity=severity)


@record
class EmbeddedBlock:
    """A code block of another kind inside a file (a fenced block in markdown).

    ``line_map[i]`` is ``(line, column_offset)`` in the host file for line ``i + 1`` of
    ``text``: embedded (l, c) is host (line_map[l-1][0], c + line_map[l-1][1]).
    """

    kind: str
    text: str
    line_map: list[tuple[int, int]]
    info: str = ""  # the fence's info string
    model: object = None  # set by the runner: the block parsed by its kind's front-end

    def __init__(self, kind: str, text: str, line_map: list[tuple[int, int]], info: str = "",
                 model: object = None) -> None:
        self.kind = kind
        self.text = text
        self.line_map = line_map
        self.info = info
        self.model = model

    def map(self, line: int, column: int) -> tuple[int, int]:
        if not self.line_map:
            return 1, column
        index = min(max(line, 1), len(self.line_map)) - 1
        host_line, offset = self.line_map[index]
        return host_line, column + offset
