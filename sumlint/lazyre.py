"""Regular expressions compiled on first use, for modules every run imports.

``re.compile`` at import costs 0.1 to 1 ms per pattern on a slow machine; a warm
``sumlint check`` imports modules whose patterns it never uses (they parse suppressions,
rule codes, shebangs: work the cache already did). ``LazyPattern(pattern, flags)`` stands
in for the compiled pattern: its first method or attribute access compiles it, and the
bound method is then kept on the instance, so later calls cost what the pattern's own
method costs.
"""

from __future__ import annotations

import re
from typing import Any


class LazyPattern:
    """``re.compile(pattern, flags)``, compiled when first used (``.match``, ``.pattern``...)."""

    def __init__(self, pattern: str | bytes, flags: int = 0) -> None:
        self._args = (pattern, flags)

    @property
    def compiled(self) -> re.Pattern:
        return re.compile(*self._args)  # re caches compiled patterns

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name == "_args":
            raise AttributeError(name)
        value = getattr(self.compiled, name)
        self.__dict__[name] = value
        return value

    def __repr__(self) -> str:
        return f"LazyPattern({self._args[0]!r})"


def lower_case_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern``, an IGNORECASE pattern written in lower case, without IGNORECASE: searched in
    lower-cased ASCII text, it finds what ``pattern`` finds in that text at the same places,
    several times faster (``re`` scans an IGNORECASE alternation of words slowly). Text that is
    not ASCII keeps ``pattern``: lower-casing can change its length, and IGNORECASE matches a few
    letters ("ſ", the Kelvin sign) that ``str.lower`` does not fold. ``tests/test_docs_folded_patterns.py``
    holds each twin to its pattern."""
    source = pattern.pattern
    if not pattern.flags & re.IGNORECASE or source != source.lower() or re.search(r"\\[A-Z]", source):
        raise ValueError(f"not an IGNORECASE pattern in lower case: {source[:60]!r}")
    return re.compile(source, pattern.flags & ~re.IGNORECASE)
