"""Following ``source lib.sh`` / ``. "$(dirname "$0")/lib/common.sh"``: the functions a
sourced library defines become callable in the script's model.

Only paths sumlint can tell statically are followed, relative to the script's folder:
a literal path, ``$(dirname "$0")/…``, ``${BASH_SOURCE%/*}/…``, ``$(dirname
"${BASH_SOURCE[0]}")/…``, or a variable assigned one of those (``HERE="$(cd "$(dirname
"$0")" && pwd)"``). Libraries are read up to two levels deep, at most 20 of them, each
under 1 MiB. Their functions are added where the script does not define its own; their
nodes carry ``origin`` (the library's path) so that rules report at the call site in the
script. Each library read is a dependency of the script (part of the cache key).
"""

from __future__ import annotations

import re
from pathlib import Path

from sumlint.shell.model import Script, build

MAX_LIBRARIES = 20
MAX_BYTES = 1024 * 1024
MAX_DEPTH = 2
SCRIPT_DIR_RE = re.compile(
    r"""^(?:\$\(\s*dirname\s+"?(?:\$0|\$\{0\}|\$\{BASH_SOURCE(?:\[0\])?\}|\$BASH_SOURCE)"?\s*\)"""
    r"""|\$\{BASH_SOURCE(?:\[0\])?%/\*\}"""
    r"""|\$\(\s*cd\s+"?\$\(\s*dirname\s+"?(?:\$0|\$\{0\}|\$\{BASH_SOURCE(?:\[0\])?\}|\$BASH_SOURCE)"?\s*\)"?\s*(?:&&|;)\s*pwd(?:\s+-P)?\s*\)"""
    r"""|\$\(\s*dirname\s+"?\$\(\s*(?:readlink|realpath)\s+(?:-[a-z]+\s+)*"?(?:\$0|\$\{BASH_SOURCE(?:\[0\])?\})"?\s*\)"?\s*\))$""")


def follow(script: Script, path: Path, depth: int = 0, seen: set | None = None) -> None:
    """Add the functions of the libraries ``script`` (the file at ``path``) sources."""
    seen = seen if seen is not None else {str(path.resolve()) if path else ""}
    if depth >= MAX_DEPTH or path is None:
        return
    dir_vars = _script_dir_variables(script)
    for cmd in script.commands:
        if cmd.origin is not None or not cmd.argv or cmd.name not in ("source", ".") or len(cmd.argv) < 2:
            continue
        if len(seen) > MAX_LIBRARIES:
            return
        target = _target(cmd.words[1].raw if len(cmd.words) > 1 else "", dir_vars, path.parent)
        if target is None:
            continue
        key = str(target)
        if key in seen:
            continue
        seen.add(key)
        try:
            if not target.is_file() or target.stat().st_size > MAX_BYTES:
                continue
            text = target.read_bytes().decode("utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        script.dependencies.append(target)
        library = build(text.replace("\r\n", "\n").removeprefix("\ufeff"))
        follow(library, target, depth + 1, seen)
        for node in library.root.walk():
            node.origin = key
        for name, fn in library.functions.items():
            script.functions.setdefault(name, fn)
        script.sourced.append(library)
        # The `source` command runs the library's top level (`set -euo pipefail` there
        # applies to the script): analysis.trace inlines it at this command.
        script.__dict__.setdefault("_libraries", {})[id(cmd)] = library
        script.dependencies.extend(d for d in library.dependencies if d not in script.dependencies)


def _script_dir_variables(script: Script) -> set[str]:
    names = set()
    for cmd in script.commands:
        for a in cmd.assigns:
            if a.value is not None and SCRIPT_DIR_RE.match(_unquote(a.value.raw)):
                names.add(a.name)
    return names


def _unquote(raw: str) -> str:
    raw = raw.strip()
    if len(raw) >= 2 and raw[0] == raw[-1] == '"':
        return raw[1:-1]
    return raw


def _target(raw: str, dir_vars: set[str], here: Path) -> Path | None:
    text = raw.replace('"', "")
    if "'" in text:
        text = text.replace("'", "")
    m = re.match(r"^(\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?)(/.*)$", text)
    if m and m.group(2) in dir_vars:
        rest = m.group(3)
    else:
        for prefix in _prefixes(raw):
            if raw.startswith(prefix):
                rest = raw[len(prefix):].replace('"', "")
                break
        else:
            if "$" in text or "`" in text or not text:
                return None
            rest = text if text.startswith("/") else "/" + text
            if text.startswith("/"):
                return Path(text)
    if "$" in rest or "`" in rest:
        return None
    return (here / rest.lstrip("/")).resolve()


def _prefixes(raw: str) -> list[str]:
    """Script-directory expressions found at the start of ``raw`` (quotes kept)."""
    found = []
    depth = 0
    for i, ch in enumerate(raw):
        if ch in "({":
            depth += 1
        elif ch in ")}":
            depth -= 1
            if depth == 0 and SCRIPT_DIR_RE.match(raw[: i + 1].replace('"', "")):
                found.append(raw[: i + 1])
        if ch == "/" and depth == 0:
            break
    return [p for p in sorted(found, key=len, reverse=True)]
