"""The lint cache: ``.sumlint_cache/`` at the project root.

One JSON entry per linted file, in a folder named after the cache key: sumlint's version,
the Python version, a fingerprint of sumlint's own code (so an edited rule never serves
stale results in a development install) and ``Config.fingerprint()``. An entry holds the
file's path, the hash of its content and of every file its model included
(``FileResult.dependencies``, e.g. systemd drop-ins; a folder dependency is hashed by its
listing, a missing one as absent), and what linting it produced before suppressions were
applied: diagnostics, facts, suppressions and malformed suppressions. A warm run reads
each file's bytes, hashes them and, on a hit, parses nothing and imports no parser.

Entries are written to a temporary file in the same folder and renamed into place, so a
concurrent run sees either the old or the new entry, never half of one. An entry that does
not load, does not match its key or does not validate is a miss and is rewritten. Every
cache failure (read-only folder, full disk) silently disables caching: the cache is an
optimisation, never a reason to fail a run.

A result in which a crash was contained (``FileResult.errors``, a SUM004) is never stored, and
neither are project findings from a run in which a project rule crashed or a file's facts
are missing because of a crash: the next run lints them again.

Project (cross-file) findings are cached too, in one ``project.findings`` (JSON) per key
folder: they are a function of every linted file's facts, and those of each file's content
and dependencies, so the entry is keyed by the (path, kind, content hash, dependency hashes)
of the run's files in order. A warm run whose files and project are unchanged then imports
no rule module at all.

The language server lints buffers through ``Linter`` directly and never uses the cache.
"""

from __future__ import annotations

try:  # hashlib itself loads OpenSSL (~10 ms); BLAKE2 is built in
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - not CPython
    from hashlib import blake2b
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from sumlint.diagnostics import Diagnostic
from sumlint.project import FileFacts
from sumlint.source import UnreadableFile, read_bytes
from sumlint.suppressions import Malformed, Suppression

if TYPE_CHECKING:
    from sumlint.config import Config
    from sumlint.runner import FileResult, Linter

CACHE_DIR = ".sumlint_cache"
FORMAT = 1
CACHEDIR_TAG = ("Signature: 8a477f597d28d172789f06886806bc55\n"
                "# This file is a cache directory tag created by sumlint.\n"
                "# For information about cache directory tags see https://bford.info/cachedir/\n")


def content_hash(data: bytes) -> str:
    return blake2b(data, digest_size=16).hexdigest()


def _dependency_hash(path: Path) -> str:
    try:
        if path.is_dir():
            return "dir:" + content_hash("\0".join(sorted(os.listdir(path))).encode("utf-8", "surrogateescape"))
        return content_hash(path.read_bytes())
    except FileNotFoundError:
        return "absent"
    except OSError as err:
        return f"error:{err.errno}"


def _state(kind: str, digest: str, dependencies: list) -> str:
    return f"{kind}\0{digest}\0" + "\0".join(f"{d}\0{h}" for d, h in dependencies)


_code_fingerprint: str | None = None
_UMASK: int | None = None


def _umask() -> int:
    global _UMASK
    if _UMASK is None:
        _UMASK = os.umask(0o022)
        os.umask(_UMASK)
    return _UMASK


def code_fingerprint() -> str:
    """Size and mtime of every module of sumlint and its rules: a rule edited in place
    (an editable install) invalidates the cache even though the version is unchanged."""
    global _code_fingerprint
    if _code_fingerprint is None:
        import sumlint
        import sumlint.rules

        folders = {os.path.dirname(sumlint.__file__), *sumlint.rules.__path__}
        digest = blake2b(digest_size=16)
        for folder in sorted(folders):
            _fingerprint_folder(folder, digest)
        _code_fingerprint = digest.hexdigest()
    return _code_fingerprint


def _fingerprint_folder(folder: str, digest) -> None:
    """Path, size and mtime of each ``.py`` file under ``folder`` (``__pycache__`` skipped),
    in a stable order; one ``stat`` per file (``os.scandir`` gives names and types)."""
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda e: e.name)
    except OSError:
        return
    subfolders = []
    for entry in entries:
        try:
            if entry.is_dir():
                if entry.name != "__pycache__" and not entry.is_symlink():  # as os.walk
                    subfolders.append(entry.path)
            elif entry.name.endswith(".py"):
                info = entry.stat()
                digest.update(f"{entry.path}:{info.st_size}:{info.st_mtime_ns}\n".encode())
        except OSError:
            continue
    for path in subfolders:
        _fingerprint_folder(path, digest)


class Cache:
    def __init__(self, config: "Config") -> None:
        from sumlint import __version__

        self.config = config
        self.folder = config.root / CACHE_DIR
        key = "\n".join((str(FORMAT), __version__, sys.version.split()[0], code_fingerprint(),
                         config.fingerprint(), str(config.root)))
        self.key = blake2b(key.encode(), digest_size=12).hexdigest()
        self.entries = self.folder / f"v{__version__}-{self.key}"
        self.enabled = True
        self.hits = 0
        self.misses = 0
        self._ready = False
        # path -> what its result is a function of: kind, content hash, dependency hashes
        self._states: dict[str, str] = {}

    # -- the layer around Linter.lint_bytes ------------------------------------------

    def lint(self, linter: "Linter", path: Path, kind: str) -> "FileResult":
        """``linter.lint_path(path, kind)``, served from the cache when the file is unchanged."""
        try:
            data = read_bytes(path, self.config.max_file_size)
        except UnreadableFile as err:
            self._states[str(path)] = f"{kind}\0unreadable"  # no facts
            return linter.unreadable(path, kind, err)
        digest = content_hash(data)
        cached = self.load(path, kind, digest)
        if cached is not None:
            self.hits += 1
            return cached
        self.misses += 1
        result = linter.lint_bytes(path, data, kind)
        self.store(result, digest)
        return result

    # -- entries -------------------------------------------------------------------

    def _entry(self, path: Path) -> Path:
        return self.entries / (blake2b(str(path).encode("utf-8", "surrogateescape"), digest_size=16).hexdigest()
                               + ".json")

    def load(self, path: Path, kind: str, digest: str) -> "FileResult | None":
        if not self.enabled:
            return None
        from sumlint.runner import FileResult

        try:
            with open(self._entry(path), "rb") as handle:
                entry = json.loads(handle.read())
            if (entry.get("key") != self.key or entry.get("path") != str(path)
                    or entry.get("kind") != kind or entry.get("hash") != digest):
                return None
            for dependency, expected in entry["dependencies"]:
                if _dependency_hash(Path(dependency)) != expected:
                    return None
            self._states[str(path)] = _state(kind, digest, entry["dependencies"])
            return FileResult(
                path=path, kind=kind,
                diagnostics=[Diagnostic.from_dict(d) for d in entry["diagnostics"]],
                facts=[FileFacts.from_dict(f) for f in entry["facts"]],
                suppressions=[Suppression.from_dict(s) for s in entry["suppressions"]],
                malformed=[Malformed.from_dict(m) for m in entry["malformed"]],
                dependencies=[Path(d) for d, _ in entry["dependencies"]])
        except (OSError, ValueError, KeyError, TypeError, AttributeError, IndexError):
            return None  # absent, corrupt or foreign: a miss, rewritten by store()

    def store(self, result: "FileResult", digest: str) -> None:
        if result.errors:  # a crash (SUM004): lint it again next time; no project findings either
            self._states.pop(str(result.path), None)
            return
        dependencies = [[str(p), _dependency_hash(Path(p))] for p in result.dependencies]
        self._states[str(result.path)] = _state(result.kind, digest, dependencies)
        if not self.enabled or not self._prepare():
            return
        try:
            entry = {
                "key": self.key, "path": str(result.path), "kind": result.kind, "hash": digest,
                "dependencies": dependencies,
                "diagnostics": [d.to_dict() for d in result.diagnostics],
                "facts": [f.to_dict() for f in result.facts],
                "suppressions": [s.to_dict() for s in result.suppressions],
                "malformed": [m.to_dict() for m in result.malformed],
            }
            blob = json.dumps(entry, separators=(",", ":")).encode("utf-8", "surrogateescape")
        except (TypeError, ValueError):
            return  # facts that are not JSON: not cached (the front-end's contract says they are)
        self._write(self._entry(result.path), blob)

    # -- project findings --------------------------------------------------------------

    def project(self, linter: "Linter", results: list["FileResult"]) -> list[Diagnostic]:
        """``linter.run_project(results)``, served from the cache when every file of the run
        went through this cache and none changed since the findings were stored."""
        if not linter.has_project_rules:
            return []
        states = [self._states.get(str(r.path)) for r in results]
        if not self.enabled or None in states:
            return linter.run_project(results)
        digest = blake2b(digest_size=16)
        for result, state in zip(results, states):
            digest.update(f"{result.path}\0{state}\n".encode("utf-8", "surrogateescape"))
        key = digest.hexdigest()
        target = self.entries / "project.findings"
        try:
            with open(target, "rb") as handle:
                entry = json.loads(handle.read())
            if entry.get("key") == self.key and entry.get("project") == key:
                return [Diagnostic.from_dict(d) for d in entry["diagnostics"]]
        except (OSError, ValueError, KeyError, TypeError, AttributeError, IndexError):
            pass  # absent, corrupt or foreign: computed and rewritten below
        found = linter.run_project(results)
        if linter.project_errors:
            return found  # a project rule crashed (SUM004): not stored, run again next time
        if self._prepare():
            try:
                blob = json.dumps({"key": self.key, "project": key, "diagnostics": [d.to_dict() for d in found]},
                                  separators=(",", ":")).encode("utf-8", "surrogateescape")
            except (TypeError, ValueError):
                return found
            self._write(target, blob)
        return found

    def _prepare(self) -> bool:
        if self._ready:
            return True
        try:
            if not self.folder.is_dir():
                self.folder.mkdir(parents=False)
            for name, text in ((".gitignore", "# Created by sumlint.\n*\n"), ("CACHEDIR.TAG", CACHEDIR_TAG)):
                marker = self.folder / name
                if not marker.exists():
                    self._write(marker, text.encode())
            if not self.entries.is_dir():
                self.entries.mkdir(exist_ok=True)
                self._prune()
        except OSError:
            self.enabled = False
            return False
        self._ready = True
        return self.enabled

    def _prune(self, max_age_days: float = 7.0) -> None:
        """Remove other key folders not written to for a week (old versions, old configs)."""
        import shutil
        import time

        limit = time.time() - max_age_days * 86400
        for folder in self.folder.glob("v*"):
            try:
                if folder != self.entries and folder.is_dir() and folder.stat().st_mtime < limit:
                    shutil.rmtree(folder, ignore_errors=True)
            except OSError:
                pass

    def _write(self, target: Path, blob: bytes) -> None:
        """Atomically: a temporary file in the same folder, then a rename."""
        import tempfile  # only when writing: a warm run writes nothing

        try:
            fd, temp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
        except OSError:
            self.enabled = False
            return
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(blob)
            os.chmod(temp, 0o666 & ~_umask())  # mkstemp's 0600 would hide it from other users
            os.replace(temp, target)
        except OSError:
            self.enabled = False
            try:
                os.unlink(temp)
            except OSError:
                pass


def clean(root: Path) -> bool:
    """Remove the cache folder of a project; False when there was none."""
    import shutil

    folder = root / CACHE_DIR
    if not folder.is_dir():
        return False
    shutil.rmtree(folder, ignore_errors=True)
    return True
