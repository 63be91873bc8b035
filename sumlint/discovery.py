"""Finding the files to lint: walk, honour .gitignore and excludes, classify by kind."""

from __future__ import annotations

import os
import stat as stat_module
from dataclasses import field
from pathlib import Path

from sumlint import kinds
from sumlint.config import Config, ConfigError
from sumlint.records import record


@record
class Discovered:
    """What discovery found: files with their kinds, unclassified files, problems."""

    files: list[tuple[Path, str]] = field(default_factory=list)  # (absolute path, kind)
    unknown: list[Path] = field(default_factory=list)  # explicit files of no known kind
    problems: list[tuple[Path, str]] = field(default_factory=list)  # unreadable folders etc.

    def __init__(self, files: list[tuple[Path, str]] | None = None, unknown: list[Path] | None = None,
                 problems: list[tuple[Path, str]] | None = None) -> None:
        self.files = [] if files is None else files
        self.unknown = [] if unknown is None else unknown
        self.problems = [] if problems is None else problems


class _Ignores:
    """Gitignore files met on the way down, each matched relative to its own folder."""

    def __init__(self, config: Config) -> None:
        self.config = config
        patterns = [*config.exclude, *config.extend_exclude]
        self.stack: list[tuple[Path, object]] = []
        # Plain name patterns (the defaults: ".venv", "*.egg-info"...) match a file or folder
        # name at any depth, as in a .gitignore; they need no pathspec import.
        if all("/" not in p and not p.startswith(("!", "\\")) and "**" not in p for p in patterns):
            self.names = kinds.globset(tuple(patterns))
            self.exclude = None
        else:
            import pathspec

            self.names = None
            self.exclude = pathspec.GitIgnoreSpec.from_lines(patterns)

    def enter(self, directory: Path) -> None:
        while self.stack and self.stack[-1][0] not in (directory, *directory.parents):
            self.stack.pop()
        if self.config.respect_gitignore:
            gitignore = directory / ".gitignore"
            if gitignore.is_file():
                try:
                    lines = gitignore.read_text(encoding="utf-8", errors="replace").split("\n")
                except OSError:
                    return
                import pathspec  # imported only when a .gitignore is met

                self.stack.append((directory, pathspec.GitIgnoreSpec.from_lines(lines)))

    def ignored(self, path: Path, is_dir: bool) -> bool:
        rel = _rel(path, self.config.root)
        suffix = "/" if is_dir else ""
        if self.exclude is None:
            if self.names.match(path.name):
                return True
        elif self.exclude.match_file((rel if rel is not None else path.name) + suffix):
            return True
        if is_dir and os.path.isfile(os.path.join(path, "pyvenv.cfg")):
            return True  # a virtual environment, whatever its name (`env/`, `.venv-3.12/`)
        # Git's rule: the deepest .gitignore with a matching pattern decides (so a nested
        # `!pattern` re-includes what a parent folder's .gitignore excluded).
        for base, spec in reversed(self.stack):
            sub = _rel(path, base)
            if sub is None:
                continue
            decision = spec.check_file(sub + suffix).include
            if decision is not None:
                return decision
        return False


def _rel(path: Path, base: Path) -> str | None:
    """``path.relative_to(base).as_posix()`` or None, by string prefix (called for every
    file and folder of the walk; pathlib's version costs several objects per call)."""
    p, b = str(path), str(base)
    if p == b:
        return "."
    if b == os.sep:
        b = ""
    if p.startswith(b + os.sep):
        rel = p[len(b) + 1:]
        return rel if os.sep == "/" else rel.replace(os.sep, "/")
    return None


def relpath_for_kind(path: Path, root: Path) -> str:
    rel = _rel(path, root)
    return rel if rel is not None else path.name


def classify_file(path: Path, config: Config) -> str | None:
    return classify_at(path, config, _head)


def classify_at(path: Path, config: Config, head) -> str | None:
    """The kind of ``path`` from its path below the root, else with the root's own name in
    front (``sumlint check settings/`` outside a repository makes ``settings/`` the root, and
    ``prod.py`` alone says nothing; a file outside the root keeps its folder's name), else from
    the shebang that ``head(path)`` returns."""
    below = _rel(path, config.root)
    rel = below if below is not None else path.name
    kind = kinds.classify(rel, config.kind_globs)
    if kind is None:
        # (outside the root, the file's own folder: `sumlint check settings requirements`)
        folder = config.root.name if below is not None else path.parent.name
        if folder:
            kind = kinds.classify(f"{folder}/{rel}", config.kind_globs)
    if kind is None and "." not in path.name:
        kind = kinds.classify(rel, {}, head(path))
    return kind


def _head(path: Path) -> bytes | None:
    try:
        with open(path, "rb") as handle:
            return handle.read(128)
    except OSError:
        return None


def _identity(path: Path) -> object:
    try:
        info = os.stat(path)
        return (info.st_dev, info.st_ino)
    except OSError:
        return path


def _explicitly_excluded(path: Path, config: Config) -> bool:
    """For --force-exclude: would a walk from the project root have skipped this file?"""
    ignores = _Ignores(config)
    root = config.root
    if root not in path.parents:
        return ignores.ignored(path, False)
    chain = [p for p in reversed(path.parents) if p == root or root in p.parents]
    for directory in chain:
        if directory != root and ignores.ignored(directory, True):
            return True
        ignores.enter(directory)
    return ignores.ignored(path, False)


def discover(paths: list[Path], config: Config, force_exclude: bool = False) -> Discovered:
    """Files to lint under ``paths``. A path that does not exist raises ConfigError (exit 2).

    A file named explicitly is always linted, unless ``force_exclude`` (pre-commit passes
    every changed file): then excluded, git-ignored and unclassified files are skipped
    silently, as a walk would have skipped them."""
    found = Discovered()
    seen: set = set()
    ignores = _Ignores(config)
    for given in paths:
        try:
            exists = given.exists() or given.is_symlink()
        except OSError as err:  # e.g. a symlink loop
            raise ConfigError(f"{given}: cannot be read: {err.strerror or err}") from None
        if not exists:
            raise ConfigError(f"{given}: no such file or directory")
        try:
            path = given.resolve(strict=True)
        except (OSError, RuntimeError) as err:
            raise ConfigError(f"{given}: cannot be resolved ({getattr(err, 'strerror', None) or err}; a symlink loop?)") from None
        if path.is_dir():
            _walk(path, config, ignores, found, seen)
        elif _identity(path) not in seen:
            seen.add(_identity(path))
            if force_exclude and _explicitly_excluded(path, config):
                continue
            kind = classify_file(path, config)
            if kind is None:
                if not force_exclude:
                    found.unknown.append(path)
            else:
                found.files.append((path, kind))
    return found


def _walk(top: Path, config: Config, ignores: _Ignores, found: Discovered, seen: set) -> None:
    # Parent folders' .gitignore files apply too (from the root down to ``top``).
    for parent in reversed([p for p in top.parents if config.root in (p, *p.parents)]):
        ignores.enter(parent)

    def onerror(err: OSError) -> None:
        found.problems.append((Path(err.filename or top), f"cannot read folder: {err.strerror or err}"))

    for dirpath, dirnames, filenames in os.walk(top, onerror=onerror, followlinks=False):
        directory = Path(dirpath)
        ignores.enter(directory)
        dirnames[:] = sorted(d for d in dirnames if not ignores.ignored(directory / d, True))
        for name in sorted(filenames):
            path = directory / name
            if ignores.ignored(path, False):
                continue
            try:
                info = os.stat(path)  # follows symlinks: one call instead of resolve()
            except OSError:
                found.problems.append((path, "broken or looping symlink; not linted"))
                continue
            identity = (info.st_dev, info.st_ino)
            if identity in seen or not stat_module.S_ISREG(info.st_mode):
                continue
            kind = classify_file(path, config)
            if kind is not None:
                seen.add(identity)
                found.files.append((path, kind))
