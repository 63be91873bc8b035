"""Stable identities of findings across runs, for the formats whose consumers track them
(GitLab Code Quality's ``fingerprint``, SARIF's ``partialFingerprints``).

A finding is what it says and where (code, file, message) plus its rank among the identical
findings of its file, not its line: a line added above it keeps its identity, and identical
findings stay distinct.
"""

from __future__ import annotations

import hashlib


def order(d) -> tuple:
    """The order findings are ranked (and GitLab lists them) in: file, line, column, code."""
    return d.path, d.span.line, d.span.column, d.code


def ranks(diagnostics) -> dict[int, int]:
    """id(diagnostic) -> its rank among the findings of its file with the same code and
    message, in line order (0 for the first)."""
    counts: dict[tuple[str, str, str], int] = {}
    ranked: dict[int, int] = {}
    for d in sorted(diagnostics, key=order):
        key = (d.code, d.path, d.message)
        ranked[id(d)] = counts[key] = counts.get(key, -1) + 1
    return ranked


def fingerprint(code: str, path: str, message: str, rank: int) -> str:
    key = "\0".join((code, path, message, str(rank)))
    return hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()[:32]
