"""Real shell scripts installed on this host, for tests and benchmarks (found at run time)."""

from __future__ import annotations

import os
from pathlib import Path

from sumlint.kinds import SHEBANG_RE

BIN_DIRS = ("/usr/bin", "/usr/sbin", "/bin", "/sbin", "/usr/lib")


def host_scripts(limit: int | None = None) -> list[Path]:
    """Files directly in the bin folders (and one level into /usr/lib) with a sh/bash shebang."""
    found: dict[str, Path] = {}
    for folder in BIN_DIRS:
        base = Path(folder)
        if not base.is_dir():
            continue
        candidates = _iterdir(base)
        if folder == "/usr/lib":
            candidates = [c for d in candidates if d.is_dir() and not d.is_symlink()
                          for c in _iterdir(d)]
        for path in candidates:
            try:
                if path.is_symlink() or not path.is_file():
                    continue
                with path.open("rb") as handle:
                    head = handle.read(128)
            except OSError:
                continue
            if SHEBANG_RE.match(head):
                found.setdefault(os.path.realpath(path), path)
    return sorted(found.values())[:limit]


def _iterdir(path: Path) -> list[Path]:
    try:
        return list(path.iterdir())
    except OSError:
        return []
