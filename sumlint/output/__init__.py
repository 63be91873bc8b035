"""Output formats. Each module has ``render(diagnostics, context) -> str``.

* ``text``: ``path:line:col: CODE message`` (source line and caret on a terminal), summary;
* ``json``: an array of objects with exactly the keys of ``json_format``;
* ``sarif``: SARIF 2.1.0 for code-scanning tools (suppressed diagnostics included, marked);
* ``github``: GitHub Actions workflow commands (annotations on the pull request);
* ``gitlab``: a GitLab Code Quality report (the merge request's Code Quality widget).
"""

from __future__ import annotations

import os
from pathlib import Path

from sumlint.records import record

FORMATS = ("text", "json", "sarif", "github", "gitlab")


@record
class OutputContext:
    """What an output format needs besides the diagnostics."""

    cwd: Path
    color: bool = False
    show_source: bool = False
    files_checked: int = 0
    fixed: int = 0
    show_suppressed: bool = False
    root: Path | None = None  # the project root (SARIF URIs are relative to it)
    quiet: bool = False  # text: diagnostics only, no summary
    unsafe_hidden: int = 0  # diagnostics whose fix needs --unsafe-fixes
    unsafe_fixes: bool = False  # text: mark unsafe fixes as applicable too

    def __init__(self, cwd: Path, color: bool = False, show_source: bool = False, files_checked: int = 0,
                 fixed: int = 0, show_suppressed: bool = False, root: Path | None = None, quiet: bool = False,
                 unsafe_hidden: int = 0, unsafe_fixes: bool = False) -> None:
        self.cwd = cwd
        self.color = color
        self.show_source = show_source
        self.files_checked = files_checked
        self.fixed = fixed
        self.show_suppressed = show_suppressed
        self.root = root
        self.quiet = quiet
        self.unsafe_hidden = unsafe_hidden
        self.unsafe_fixes = unsafe_fixes


def display_path(path: str, cwd: Path) -> str:
    """Relative to the working directory when under it, else absolute."""
    try:
        return Path(path).relative_to(cwd).as_posix()
    except ValueError:
        rel = os.path.relpath(path, cwd)
        return Path(path).as_posix() if rel.startswith("..") else rel


def render(fmt: str, diagnostics, context: OutputContext) -> str:
    import importlib

    if fmt not in FORMATS:
        raise ValueError(f"unknown output format {fmt!r} (expected one of {', '.join(FORMATS)})")
    module = importlib.import_module(f"sumlint.output.{fmt}_format")
    return module.render(diagnostics, context)
