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
