"""Output formats. Each module has ``render(diagnostics, context) -> str``."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

FORMATS = ("text", "json", "sarif", "github")


@dataclass
class OutputContext:
    cwd: Path
    color: bool = False
    show_source: bool = False
    files_checked: int = 0
    fixed: int = 0
    show_suppressed: bool = False


def display_path(path: str, cwd: Path) -> str:
    """Relative to the working directory when under it, else absolute."""
    try:
        return Path(path).relative_to(cwd).as_posix()
    except ValueError:
        rel = os.path.relpath(path, cwd)
        return Path(path).as_posix() if rel.startswith("..") else rel


def render(fmt: str, diagnostics, context: OutputContext) -> str:
    import importlib

    module = importlib.import_module(f"sumlint.output.{fmt}_format")
    return module.render(diagnostics, context)
