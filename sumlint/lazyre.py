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


def literal_alternation(words, flags: int = 0) -> re.Pattern[str]:
    """A pattern that finds any of ``words`` (literal strings), written as a trie: "add-ons|addons"
    becomes ``add(?:\\-ons|ons)``. ``re`` tries the branches of a plain alternation one after the
    other at every place where one may start (a heading of 30 characters took 3.7 µs against the
    90-odd words SUM301 looks for in headings); in the trie only the branches that go on with the
    character at hand. It matches what the plain alternation matches, so a test for a match
    (``search(...) is None``) answers the same; where two words match at one place the trie takes
    the longest, so it is not for callers that read which word matched."""
    trie: dict = {}
    for word in words:
        if not word:
            raise ValueError("an empty word matches everywhere")
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # (a word ends here)

    def branch(node: dict) -> str:
        alternatives = [re.escape(ch) + branch(rest) for ch, rest in sorted(node.items()) if ch]
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return re.compile(branch(trie), flags)


def literal(needle: str) -> re.Pattern[str]:
    """A pattern for ``needle`` as it is, for a test of a whole document that usually fails:
    ``literal(")**").search(text)`` answers ``")**" in text`` (``.start()`` is ``text.find``) in
    half the time or less on CPython 3.11, whose ``str.find`` reads a text for an absent needle of
    two to seven characters at about 0.8 ns a character (14 µs over a 400-line runbook), where
    ``re`` skips to the needle's first character."""
    return re.compile(re.escape(needle))
