"""Case-folded twins of IGNORECASE patterns, against the patterns they stand in for.

Python's ``re`` searches an IGNORECASE alternation of words several times slower than the
same alternation without the flag. Where a pattern is written in lower case, the docs pass
searches ASCII text lower-cased with a case-sensitive twin instead (``mentions``' service
names, SUM301's deferral hint, the development-heading words, SUM306's components). On ASCII
text both must find the same things at the same places; these tests check that on random
text built from the patterns' own words (hypothesis) and on the SUM301 corpus.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from harness import fixture_config
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sumlint.rules.docs import sum301_required_service_called_optional as sum301
from sumlint.rules.docs import sum306_stack_listed_without_service as sum306

from sumlint.markdown import runbook
from sumlint.markdown.claims import ServiceNames, analyser_for


def _soup(words: list[str], alphabet: str, piece: int, count: int):
    """Texts of up to ``count`` pieces, each one of ``words`` or up to ``piece`` characters of
    ``alphabet``: near misses of the words around real ones."""
    return st.lists(st.one_of(st.sampled_from(words), st.text(alphabet=alphabet, max_size=piece)),
                    max_size=count).map("".join)

ROOT = Path(__file__).resolve().parent
_NAMES: ServiceNames = analyser_for(fixture_config(Path("/tmp")).required_services[0]).names

# (pattern, twin): the twin searches the lower-cased text
PAIRS = {
    "service names": (_NAMES.plain, _NAMES.plain_lower),
    "deferral hint": (sum301._DEFER_HINT, sum301._DEFER_HINT_LOWER),
    "development heading words": (runbook.DEV_HEADING_WORDS, runbook._DEV_HEADING_WORDS_LOWER),
    "stack components": (sum306.COMPONENTS, sum306._COMPONENTS_LOWER),
    "runbook stack names": (runbook.STACK_RE, runbook._STACK_LOWER),
    "not for production": (runbook._NOT_FOR_PRODUCTION, runbook._NOT_FOR_PRODUCTION_LOWER),
}

_WORDS = ["Redis", "REDIS", "redis-server", "Django-Redis", "django_redis", "myredis", "Redisa", "Future", "LATER",
          "v2", "V3", "Not ", "skip", "Local", "localhost", "Development", "dev", "tests", "stress testing", "CI/CD",
          "Django", "PostgreSQL", "nginx", "Python 3", "celery", "Wagtail", "MVP", "Phase", "users"]
_TEXT = st.lists(st.one_of(st.sampled_from(_WORDS), st.text(alphabet=" -_.,:*`#/()abcXYZ019", max_size=6)),
                 max_size=12).map("".join)


def _found(pattern: re.Pattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def _corpus_texts() -> list[str]:
    lines = (ROOT / "data" / "sum301_corpus.txt").read_text(encoding="utf-8").splitlines()
    return [line[2:].replace("\\n", "\n") for line in lines if line[:2] in ("+ ", "- ")]


def test_twins_are_the_patterns_in_lower_case() -> None:
    for name, (pattern, twin) in PAIRS.items():
        assert pattern.flags & re.IGNORECASE, name
        assert not twin.flags & re.IGNORECASE, name
        assert twin.pattern == twin.pattern.lower(), f"{name}: the twin must be all lower case"
        assert not re.search(r"\\[A-Z]", twin.pattern), f"{name}: an upper-case escape changes meaning when lowered"


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT)
def test_twins_find_what_the_patterns_find_in_ascii_text(text: str) -> None:
    for name, (pattern, twin) in PAIRS.items():
        assert _found(pattern, text) == _found(twin, text.lower()), (name, text)


def test_twins_on_the_corpus() -> None:
    texts = [t for t in _corpus_texts() if t.isascii()]
    assert len(texts) > 3000
    for name, (pattern, twin) in PAIRS.items():
        differ = [t for t in texts if _found(pattern, t) != _found(twin, t.lower())]
        assert not differ, (name, differ[:3])


def test_the_wrappers_answer_as_the_patterns_do() -> None:
    """The functions that choose between pattern and twin, on ASCII and other text alike."""
    texts = _corpus_texts() + ["## Futuro (ÉTAPE 2)", "# Локальная разработка", "Redis 可选", "İstanbul later"]
    for text in texts:
        assert sum301._defer_hint(text) == (sum301._DEFER_HINT.search(text) is not None), text
        assert sum306.component_count(text) == len(sum306.components(text)), text
        expected = [m.group().lower() for m in runbook.DEV_HEADING_WORDS.finditer(text)]
        folded = [m.group() for m in runbook._DEV_HEADING_WORDS_LOWER.finditer(text.lower())]
        if text.isascii():
            assert folded == expected, text


def test_a_twin_is_refused_for_a_pattern_it_would_change() -> None:
    from sumlint.lazyre import lower_case_twin

    for source, flags in ((r"Redis", re.IGNORECASE), (r"\Sredis", re.IGNORECASE), (r"redis", 0)):
        with pytest.raises(ValueError):
            lower_case_twin(re.compile(source, flags))
    assert lower_case_twin(re.compile(r"\bredis\b", re.IGNORECASE)).search("a redis b") is not None


def test_stack_pieces_are_in_every_match_of_the_stack_names() -> None:
    """``runbook._STACK_PIECES`` stand in for ``STACK_RE`` on lowered text outside ASCII: each
    word of the pattern holds a piece, and no piece has a letter that IGNORECASE also matches
    outside ASCII ("ı", "İ", "ſ", the Kelvin sign), so only the ASCII cases spell a piece."""
    folding = {ch for ch in map(chr, range(0x80, 0x110000))
               if any(re.fullmatch(letter, ch, re.IGNORECASE) for letter in "iks")}
    assert {ord(ch) for ch in folding} == {0x130, 0x131, 0x17F, 0x212A}
    for word in runbook._STACK_WORDS:
        assert any(piece in word for piece in runbook._STACK_PIECES), word
    for piece in runbook._STACK_PIECES:
        assert not set(piece) & set("iks"), piece
    for text in ("Deploy DJANGO with Gunicorn — done", "Wagtail — CMS", "uWSGİ — x", "Celery ✓", "manage.py — run"):
        assert (runbook.STACK_RE.search(text) is not None) <= any(p in text.lower() for p in runbook._STACK_PIECES)


_COPY_WORDS = ["redis", "valkey", "keydb", "bundled", "bundles", "built-in", "in-chart", "subchart", "sub-chart",
               "local", "internal", "service", "services", "containers", ".enabled", "all-in-one", "everything",
               "included", "`", "`redis`", " and ", ", ", "xredis", "redisx", "_", "\n"]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_soup(_COPY_WORDS, " -_.,:`/abc\n", 4, 14))
def test_own_copy_patterns_searched_from_their_starts(text: str) -> None:
    """``claims._search_from`` finds a match exactly when ``search`` does, for each pattern of
    ``_own_copy_patterns`` and the literals its matches start with."""
    from sumlint.markdown.claims import _own_copy_patterns, _search_from

    for pattern, _, starts in _own_copy_patterns(("redis",)):
        assert _search_from(pattern, text, starts) == (pattern.search(text) is not None), (pattern.pattern, text)


_TRIE_WORDS = list(sum301.HEADING_HEDGES) + ["futur", "later", "v2", "not ", "при росте", "Optional", "NICE TO HAVE"]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_soup(_TRIE_WORDS, " -_.:()aeiloprsntv23", 5, 10))
def test_literal_alternations_find_what_the_plain_alternations_find(text: str) -> None:
    """``lazyre.literal_alternation`` (a trie of the words) finds a match exactly where ``a|b|…``
    does; SUM301's heading hedges and deferral hint are only tested for a match."""
    from sumlint.lazyre import literal_alternation

    for words, flags in ((sum301.HEADING_HEDGES, 0), (sum301.HEADING_HEDGES, re.IGNORECASE),
                         (("futur", "furth", "v2", "v3", "not ", "next", "при росте"), re.IGNORECASE)):
        plain = re.compile("|".join(map(re.escape, words)), flags)
        trie = literal_alternation(words, flags)
        assert [m.start() for m in plain.finditer(text)][:1] == [m.start() for m in trie.finditer(text)][:1], text
    assert (sum301._ANY_HEADING_HEDGE.search(text) is None) == all(h not in text for h in sum301.HEADING_HEDGES)


_SWITCH_WORDS = ["redis", "Redis", "_", "__", ":", "=", " = ", " ", "\n", "disable", "no", "skip", "without", "use", "enable",
                 "with", "enabled", "disabled", "on", "off", "optional", "required", "1", "0", "true", "false", "yes",
                 "'", '"', "app", "-", ".", "myredis", "use_redis", "redis_enabled", "app__redis__optional", "ñ"]


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_soup(_SWITCH_WORDS, " _:=x1'", 3, 12))
def test_switch_set_answers_as_the_switch_pattern(text: str) -> None:
    """``Analyser._switch_set`` searches the policy's switch-off pattern only around keys that hold
    the service's name: the same answer as a search of the whole (lower-cased) text."""
    analyser = analyser_for(fixture_config(Path("/tmp")).required_services[0])
    assert analyser._switch_runs is not None
    low = text.lower()
    assert analyser._switch_set(low) == (_NAMES.switch.search(low) is not None), text


_DEV_WORDS = ["local", "Locally", "localhost", "locale", "localmente", "lokale", "lokalny", "lokalnie", "lokaal", "development",
              "Dev", "developers", "devnet", "devcontainer", "testing", "Tests", "testnet", "teste", "testar", "CI", "sandbox",
              "demo", "contributing", "hacking", "laptop", "your own machine", "Your computer", "codespaces", "entwicklung",
              "desarrollo", "macOS", "mock", "debug", "sviluppo", "desenvolvimento", "pruebas", "probar", "stress test"]


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_soup(_DEV_WORDS, " -_.:/*()abcilosxyz", 4, 8))
def test_every_development_heading_word_holds_a_piece(text: str) -> None:
    """``runbook.dev_heading`` skips ``findall`` on ASCII text with none of ``_DEV_HEADING_PIECES``:
    every match of the twin holds one."""
    low = text.lower()
    if runbook._DEV_HEADING_WORDS_LOWER.search(low) is not None:
        assert runbook._DEV_HEADING_PIECES.search(low) is not None, text


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=". !?\n\t\u00a0\u2003Aa*_`[x", max_size=24))
def test_rough_sentences_are_the_look_behind_split(text: str) -> None:
    """``lexicon.rough_sentences`` (cuts found from their marks) splits as ``_ROUGH_SENTENCE_RE.split``."""
    from sumlint.markdown.lexicon import _ROUGH_SENTENCE_RE, rough_sentences

    assert rough_sentences(text) == _ROUGH_SENTENCE_RE.split(text), text


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet="`*_[]\n ab\\!", max_size=20), st.integers(min_value=0, max_value=20))
def test_fast_special_runs_are_the_alternation(text: str, pos: int) -> None:
    """``frontend._FAST_SPECIAL_RE`` (a class, then the run by look-behind) finds what the plain
    alternation of runs finds, from any place."""
    from sumlint.markdown.frontend import _FAST_SPECIAL_RE

    plain = re.compile(r"`+|\*+|_+|[\[\]\n]")
    found, expected = _FAST_SPECIAL_RE.search(text, pos), plain.search(text, pos)
    assert (found and found.span()) == (expected and expected.span()), text


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=".!?\"'”’)]*_ \n\tAaZ0(`[“‘é가", max_size=24))
def test_sentence_cuts_are_the_look_behind_patterns(text: str) -> None:
    """``model._BOUNDARY`` and ``frontend._CHUNK_RE`` open on the class of sentence marks; they cut
    where the patterns that open on a look-behind for a mark cut."""
    from sumlint.markdown.frontend import _CHUNK_RE
    from sumlint.markdown.model import _BOUNDARY

    boundary = re.compile(r"(?<![.!?])[.!?]+[\"'”’)\]*_]*\s+(?=[\"'“‘`(\[*_]*[A-Z0-9À-ÖØ-ÞΑ-ΩЁА-Я\u3040-\u30ff\u4e00-\u9fff가-힣]"
                          r"|[\"“][a-z]|[a-z])")
    chunk = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[A-Z])")
    assert [m.span() for m in _BOUNDARY.finditer(text)] == [m.span() for m in boundary.finditer(text)], text
    assert [m.span(1) for m in _CHUNK_RE.finditer(text)] == [m.span() for m in chunk.finditer(text)], text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet="abcRedisMemoryFILE_-.x", max_size=24),
       st.lists(st.text(alphabet="abcRedisMemoryFILE_-.x", max_size=24), max_size=4))
def test_choice_stem_is_the_name_or_a_part_it_starts_with(name: str, others: list[str]) -> None:
    """``_choice_stem`` (a list item's name before a suffix it shares with another item's name)
    never raises, and answers the name itself or a non-empty part that starts it."""
    stem = sum301._choice_stem(name, others)
    assert stem == name or (stem and name.startswith(stem) and len(stem) < len(name))


def test_choice_stem_on_shared_suffixes() -> None:
    """The part before a suffix shared with a stand-in's name; no stem between two services'
    variables or two names of the service."""
    assert sum301._choice_stem("redis-info-storage", ["file-info-storage", "db-info-storage"]) == "redis"
    assert sum301._choice_stem("RedisCache", ["MemoryCache"]) == "Redis"
    assert sum301._choice_stem("MemoryCache", ["RedisCache"]) == "Memory"
    assert sum301._choice_stem("REDIS_URL", ["DATABASE_URL"]) == "REDIS_URL"
    assert sum301._choice_stem("RedisClusterCache", ["RedisCache"]) == "RedisClusterCache"
