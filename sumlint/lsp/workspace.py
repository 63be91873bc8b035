"""The server's picture of a workspace: projects (config, linter, facts) and open documents.

A ``ProjectState`` is one configuration root: a workspace folder (configured the way
``sumlint check`` run in that folder is), or, for a file outside every folder, the project
``sumlint check FILE`` would use. It keeps the facts of every file on disk (extracted once
by a background scan, then kept current from ``workspace/didChangeWatchedFiles``); an open
document's facts come from its unsaved buffer instead. Project rules run over both, and
only once the scan is complete: project rules over half a workspace would report files as
missing that are merely not read yet.

Nothing here talks LSP; ``server.py`` does.
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field
from pathlib import Path

from sumlint.config import CONFIG_FILES, Config, ConfigError, find_config, find_root, load_config
from sumlint.diagnostics import Diagnostic, Span
from sumlint.runner import FileResult, Linter


def key_of(path: Path | str) -> str:
    """The identity of a file: its real path (symlinks and ``..`` resolved)."""
    return os.path.realpath(str(path))


@dataclass
class Document:
    uri: str
    path: Path  # the path the buffer is linted as
    key: str
    kind: str | None
    version: int | None
    language_id: str = ""
    virtual: bool = False  # an unsaved, untitled buffer: its facts are not the project's
    excluded: bool = False  # excluded by the project's configuration: not linted
    text: str = ""
    linted_version: int | None = -1
    result: FileResult | None = None
    active: list[Diagnostic] = field(default_factory=list)  # after suppressions etc.
    published: list = field(default_factory=list)  # the LSP diagnostics last sent
    published_version: int | None = -1
    timer: object = None  # the pending debounced lint (asyncio.TimerHandle)
    project: "ProjectState | None" = None


@dataclass
class ConfigProblem:
    path: Path
    message: str


class ProjectState:
    def __init__(self, root: Path, folder: bool) -> None:
        self.start = root  # where the configuration is searched from
        self.folder = folder  # a workspace folder (vs a project found for a lone file)
        self.config: Config | None = None
        self.linter: Linter | None = None
        self.problem: ConfigProblem | None = None
        self.problem_published: Path | None = None  # the config file holding a diagnostic
        self.disk: dict[str, FileResult] = {}  # key -> facts of a file on disk
        self.scanned = False  # the background scan has completed
        self.scan_generation = 0
        self.disk_version = 0  # bumped whenever ``disk`` changes
        self.changed_during_scan: set[Path] = set()  # read again when the scan completes
        self.cache = None  # the CLI's lint cache, for files on disk
        self._memo: tuple[tuple, dict[str, list[Diagnostic]]] | None = None
        self.load_config()

    @property
    def root(self) -> Path:
        return self.config.root if self.config else self.start

    def load_config(self) -> bool:
        """(Re)load the configuration. On an error keep the last good one (or the defaults)
        and record the problem. True when the configuration in use changed."""
        try:
            config = load_config(self.start)
        except ConfigError as err:
            self.problem = _problem(err, self.start)
            if self.config is None:
                config_path = self.problem.path if self.problem else None
                self.config = Config(path=None, root=find_root(self.start.resolve(), config_path))
                self.linter = Linter(self.config)
                return True
            return False
        self.problem = None
        if self.config is not None and config.fingerprint() == self.config.fingerprint() \
                and config.path == self.config.path:
            return False
        self.config = config
        self.linter = Linter(config)
        self.cache = None
        return True

    def touch(self) -> None:
        """The facts of files on disk changed: project rules must run again."""
        self.disk_version += 1
        self._memo = None

    def lint_disk_file(self, path: Path, kind: str) -> FileResult:
        """A file on disk, for its facts: through the CLI's cache (``.sumlint_cache/``) when
        it can be used, so that a workspace the CLI has linted starts up fast."""
        assert self.linter is not None and self.config is not None
        try:
            if self.cache is None:
                from sumlint.cache import Cache

                self.cache = Cache(self.config)
            return facts_only(self.cache.lint(self.linter, path, kind))
        except Exception:  # the cache is an optimisation: lint without it
            return lint_disk_file(self.linter, path, kind)

    def contains(self, path: Path) -> bool:
        try:
            Path(key_of(path)).relative_to(key_of(self.root))
            return True
        except ValueError:
            return False

    def affected_by_config_file(self, path: Path) -> bool:
        """A config file at ``path`` can change this project's configuration: it is the one
        in use, a base it extends, or it sits in the start folder or above it (``find_config``
        walks up)."""
        if self.config is not None and any(key_of(base) == key_of(path) for base in self.config.extends):
            return True  # a base configuration it extends (any file name)
        if path.name not in CONFIG_FILES:
            return False
        if self.config is not None and self.config.path is not None \
                and key_of(self.config.path) == key_of(path):
            return True
        if self.problem is not None and key_of(self.problem.path) == key_of(path):
            return True
        start = Path(key_of(self.start))
        directory = Path(key_of(path.parent))
        return directory == start or directory in start.parents

    def is_excluded(self, path: Path) -> bool:
        """Whether discovery would skip ``path`` (exclude, extend-exclude, .gitignore)."""
        assert self.config is not None
        return is_excluded(path, self.config)

    # -- project rules ------------------------------------------------------------------

    def project_diagnostics(self, open_results: dict[str, FileResult]) -> dict[str, list[Diagnostic]]:
        """Project-rule diagnostics by file key, over disk facts with ``open_results`` (key ->
        result of an unsaved buffer) in place of the disk version."""
        if not self.scanned or self.linter is None or not self.linter.project_rules:
            return {}
        # The same facts give the same findings: an edit that changes no fact (a comment, a
        # word of prose) does not run the project rules again. Facts lists are compared by
        # identity; the server keeps a buffer's list when a new lint produced equal facts.
        # The memo holds the lists themselves, so that an id is never reused meanwhile.
        memo_key = (self.disk_version, self.linter, {k: r.facts for k, r in open_results.items()})
        if self._memo is not None and _same(self._memo[0], memo_key):
            return self._memo[1]
        results = [r for k, r in self.disk.items() if k not in open_results]
        results.extend(open_results.values())
        found: dict[str, list[Diagnostic]] = {}
        for diagnostic in self.linter.run_project(results):
            found.setdefault(key_of(diagnostic.path), []).append(diagnostic)
        self._memo = (memo_key, found)
        return found

    def finish(self, result: FileResult, extra: list[Diagnostic],
               project_rules_ran: bool | None = None) -> list[Diagnostic]:
        """The active diagnostics of one file: suppressions, ignores, SUM002/SUM003 applied.

        Works on copies: ``finish`` marks diagnostics and suppressions, and a result is
        finished again each time the project's facts change."""
        assert self.linter is not None
        copy = dataclasses.replace(
            result,
            diagnostics=[dataclasses.replace(d, suppressed=None) for d in result.diagnostics],
            suppressions=[dataclasses.replace(s, used=set()) for s in result.suppressions])
        extra = [dataclasses.replace(d, suppressed=None, path=str(result.path)) for d in extra]
        active = self.linter.finish([copy], extra, None).active
        ran = self.scanned if project_rules_ran is None else project_rules_ran
        if not ran and self.linter.project_rules and result.source is not None:
            # Project rules have not run yet: a suppression of one of their codes is not
            # unused, it is waiting. No SUM002 for it until the project has been read.
            waiting = {rule.code for rule in self.linter.project_rules}
            lines = result.source.lines
            active = [d for d in active if not (d.code == "SUM002" and _token(lines, d.span) in waiting)]
        return active


def _same(old: tuple, new: tuple) -> bool:
    (old_version, old_linter, old_facts), (version, linter, facts) = old, new
    return (old_version == version and old_linter is linter and old_facts.keys() == facts.keys()
            and all(old_facts[k] is facts[k] for k in facts))


def _token(lines: list[str], span: Span) -> str:
    if span.line != span.end_line or not 0 < span.line <= len(lines):
        return ""
    return lines[span.line - 1][span.column - 1:span.end_column - 1]


def facts_only(result: FileResult) -> FileResult:
    """What a project keeps of a file on disk: its facts, not its diagnostics or text."""
    return FileResult(result.path, result.kind, facts=result.facts)


def lint_disk_file(linter: Linter, path: Path, kind: str) -> FileResult:
    """A crash is contained by the linter (the file keeps the facts it could give); the
    server reports it from ``linter.errors``."""
    return facts_only(linter.lint_path(path, kind))


def is_excluded(path: Path, config: Config) -> bool:
    """Whether ``discover([config.root])`` would skip ``path``. Files outside the root are
    never excluded (``sumlint check FILE`` lints them)."""
    root = config.root
    try:
        rel = Path(os.path.abspath(path)).relative_to(root)
    except ValueError:
        try:
            rel = Path(key_of(path)).relative_to(key_of(root))
        except ValueError:
            return False
    try:
        from sumlint.discovery import _Ignores
    except ImportError:  # the engine's discovery changed shape: lint rather than hide
        return False
    try:
        ignores = _Ignores(config)
        current = root
        ignores.enter(current)
        for part in rel.parts[:-1]:
            current = current / part
            if ignores.ignored(current, True):
                return True
            ignores.enter(current)
        return bool(ignores.ignored(root / rel, False))
    except Exception:  # never let a .gitignore quirk stop linting
        return False


def _problem(err: ConfigError, start: Path) -> ConfigProblem | None:
    message = str(err)
    path = None
    head, sep, rest = message.partition(": ")
    if sep and head and Path(head).name in CONFIG_FILES:
        path = Path(head)
        message = rest
    if path is None:
        path = find_config(start.resolve())
    if path is None:
        return None
    return ConfigProblem(path, message)


def read_text(path: Path) -> str | None:
    try:
        return path.read_bytes().decode("utf-8", errors="replace")
    except OSError:
        return None


FILE_START = Span(1, 1, 1, 1)
