"""The SUM301 clause analyser on its own: attachment decisions, policy names, fuzzing."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sumlint.markdown.claims import Analyser, analyser_for, clauses, tokenize
from sumlint.policy import REDIS

REDIS_ANALYSER = Analyser(REDIS)


def plain(text: str) -> tuple[str, list[tuple[int, int]]]:
    """Text without backticks and the ranges of its code spans (as the front-end gives them)."""
    out, code, start = [], [], None
    for ch in text:
        if ch == "`":
            if start is None:
                start = len("".join(out))
            else:
                code.append((start, len("".join(out))))
                start = None
            continue
        out.append(ch)
    return "".join(out), code


def claims(text: str, analyser: Analyser = REDIS_ANALYSER):
    text, code = plain(text)
    return [(text[c.start:c.end], c.how) for c in analyser.analyse(text, code)]


@pytest.mark.parametrize("text, expected", [
    ("Redis is optional.", [("optional", "predicative")]),
    ("Install Redis (optional).", [("optional", "paren")]),
    ("Optional: install Redis.", [("Optional", "label")]),
    ("`REDIS_URL` — nice to have", [("nice", "label-value")]),
    ("You can optionally install Redis.", [("optionally", "adverb")]),
    ("An optional Redis cache.", [("optional", "attributive")]),
    ("Install Redis if you need caching.", [("if", "condition")]),
    ("If you use Redis, set REDIS_URL.", [("If", "if-you-use")]),
    ("Redis is only needed for the worker.", [("only", "only-needed")]),
    ("Only the worker needs Redis.", [("Only", "only-subject")]),
    ("You don't need Redis.", [("don't", "dont-need")]),
    ("There is no need for Redis.", [("no", "no-need")]),
    ("The site works without Redis.", [("without", "without")]),
    ("You can skip Redis.", [("skip", "skip")]),
    ("Redis can be left out.", [("left", "skip-passive")]),
    ("Workers are optional; so is Redis.", [("optional", "ellipsis")]),
    ("We recommend installing Redis.", [("recommend", "recommend-verb")]),
    # grammar added after the fourth and fifth held-out sets
    ("We keep Redis optional.", [("optional", "object-complement")]),
    ("Running Redis is up to you.", [("up", "predicative")]),
    ("You don't have to install Redis.", [("don't", "dont-need")]),
    ("Depending on load, you may want to add Redis.", [("may", "may-want")]),
    ("You may also install Redis.", [("may", "permission")]),
    ("Redis can be turned off.", [("turned", "skip-passive")]),
    ("Redis only matters once you scale out.", [("only", "only-needed")]),
    ("Without Redis the site still works.", [("Without", "without")]),
    ("If you run Celery you will need Redis.", [("If", "condition")]),
    ("Redis, while recommended, is not required.", [("not", "not-required")]),
    ("Extra services (e.g. Redis) are optional.", [("optional", "predicative")]),
    ("Whether you run Redis depends on your load.", [("depends", "whether")]),
    ("Redis needed? Only if you run Celery.", [("if", "row-subject")]),
    ("Redis? Optional.", [("Optional", "row-subject")]),
    ("No Redis? No problem.", [("No", "answer")]),
    ("Most installs want Redis, but it's not a must.", [("not", "pronoun")]),
    ("Sites with traffic should add Redis; others can skip it.", [("skip", "skip-pronoun")]),
    ("The only optional service is Redis.", [("optional", "inverted")]),
    ("There is no hard dependency on Redis.", [("no", "no-need")]),
    ("Redis is an add-on for caching.", [("add-on", "predicative")]),
    ("Redis is optional in prod as well as in dev.", [("optional", "predicative")]),
    ("Redis: optional (defaults to the DB cache)", [("optional", "label-value")]),
    ("Having Redis is a bonus, not a requirement.", [("bonus", "predicative"), ("not", "not-required")]),
    ("Deploying Redis is left to the operator's discretion.", [("discretion", "discretion")]),
    ("Q: Do we need Redis on the new box? A: Not really.", [("Not", "answer")]),
])
def test_attachment(text: str, expected) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize("text", [
    "Redis is not optional.",
    "Workers are an optional feature; Redis isn't.",
    "The Redis socket is optional.",
    "Optional: confirm Redis listens on loopback only.",
    "The guide used to read as if Redis were “optional”.",
    "Should Redis go down, the site is considered broken.",
    "Redis listens only on loopback.",
    "Redis 7 or later is recommended.",
    "Is Redis optional?",
    "In local development you can skip Redis.",
    "Monitoring Redis is optional.",
    "Is Redis optional? No.",
    "Do I need Redis? Yes.",
    "Don't make Redis optional again.",
    "You don't need to restart Redis.",
    "You only need to restart Redis if you changed redis.conf.",
    "Skipping Redis breaks logins.",
    "Only the web process talks to Redis over TLS.",
    "If you use Sentry, add the Redis integration too.",
    "Optional: open a shell on the Redis box.",
    "You may install Redis from the distro packages.",
    "Redis must stay off the public network.",
    "Whether Redis is healthy depends on memory.",
    "The optional smoke test pings Redis.",
    "Redis is the recommended cache backend, and it is required.",
    "Redis is optional in dev; in production it is required.",
    "Install Redis, but it is not required to be on the same host.",
    "Q: Is Redis required? A: Yes.",
    "Restarting Redis is at the operator's discretion.",
    "If you'd rather not restart Redis, wait until tonight.",
])
def test_no_claim(text: str) -> None:
    assert claims(text) == []


def test_names_come_from_the_policy() -> None:
    memcached = replace(REDIS, name="memcached", names=("Memcached",), units=("memcached.service",),
                        packages=("memcached",), env=("MEMCACHED_LOCATION",), url_schemes=())
    analyser = Analyser(memcached)
    assert claims("Memcached is optional.", analyser) == [("optional", "predicative")]
    assert claims("`MEMCACHED_LOCATION` (optional)", analyser) == [("optional", "paren")]
    assert claims("Redis is optional.", analyser) == []
    assert claims("`redis-server` (suggested)") == [("suggested", "paren")]
    assert claims("Set `REDIS_URL=redis://127.0.0.1:6379/0` (optional).") == [("optional", "paren")]
    assert claims("Run `redis-cli ping` afterwards (optional).") == []


def test_clauses_split_parentheses_and_conditions() -> None:
    toks = tokenize("Postgres (plus Redis if you turn on caching); done", [], [], REDIS_ANALYSER.names)
    parts = clauses(toks)
    assert [(c.kind, [t.text for t in c.toks]) for c in parts] == [
        ("paren", ["plus", "Redis", "if", "you", "turn", "on", "caching"]),
        ("main", ["Postgres"]), ("main", ["done"])]


def test_code_spans_are_names_and_mentions() -> None:
    text, code = plain("Replace `optional` with required for `redis-server`.")
    toks = tokenize(text, code, [], REDIS_ANALYSER.names)
    kinds = [(t.text, t.kind, t.service) for t in toks if t.kind == "code"]
    assert kinds == [("optional", "code", False), ("redis-server", "code", True)]
    assert claims("Replace `optional` next to Redis with “required”.") == []


WORDS = st.sampled_from(
    "Redis redis-server `REDIS_URL` is are not never optional optionally only if unless when "
    "you need needs use install skip can be left out without works fails the a socket worker "
    "recommended nice to have ( ) : ; , . — so isn't don't no required needed for caching "
    "Celery and or plus should go down “optional” as though called 7 it step check".split())


@settings(max_examples=400, deadline=None)
@given(st.lists(WORDS, max_size=25).map(" ".join))
def test_fuzz_analyser_never_raises(text: str) -> None:
    for claim in REDIS_ANALYSER.analyse(text):
        assert 0 <= claim.start < claim.end <= len(text)
    REDIS_ANALYSER.analyse_row(text, [(0, len(text) // 2), (len(text) // 2, len(text))], ["Service", "Required"])


def test_tokens_kept_within_a_document_give_the_same_claims() -> None:
    """The analyser keeps each text's tokens until the next document: reading a text twice
    (a row repeated in two tables) gives the same claims, and ``begin_document`` forgets."""
    analyser = Analyser(REDIS)
    texts = ["Redis is optional.", "| Redis | optional |", "Set `REDIS_URL` to enable caching.",
             "Redis is required in production.", "If omitted, the app falls back to memory."]
    first = [analyser.analyse(*plain(t)) for t in texts]
    assert analyser._memo  # the tokens were kept
    again = [analyser.analyse(*plain(t)) for t in texts]
    assert again == first
    analyser.begin_document()
    assert not analyser._memo
    fresh = Analyser(REDIS)
    assert [fresh.analyse(*plain(t)) for t in texts] == first
    assert first[0] and not first[3]  # (not a vacuous comparison)


def test_switch_names_are_found_by_what_stands_around_the_name() -> None:
    found = {t: REDIS_ANALYSER.names_switch(t) for t in (
        "REDIS_ENABLED=false", "Queue__Redis__Enabled", "Caching:UseRedis", "export USE_REDIS=0",
        "myredis_enabled", "redis.enabled", "use_redisson", "redis_online", "REDIS_URL=redis://cache")}
    assert [t for t, hit in found.items() if hit] == [
        "REDIS_ENABLED=false", "Queue__Redis__Enabled", "Caching:UseRedis", "export USE_REDIS=0"]


def test_a_condition_after_an_article_is_quoted_through_the_service_name():
    """"When the Redis engine is configured, …" quotes "When the Redis", not "When the"; a
    condition without an article keeps its two words ("When Redis")."""
    analyser = analyser_for(REDIS)
    analyser.begin_document()
    cases = {
        "When the Redis engine is configured, live updates reach every node.": "When the Redis",
        "Redis caches the queries if a connection to a redis server is configured.": "if a connection to a redis",
        "When Redis is configured, the app caches pages.": "When Redis",
    }
    for text, wording in cases.items():
        claims = analyser.analyse(text)
        assert [c.wording for c in claims] == [wording], text


def test_a_factor_before_the_benefit_is_quoted():
    """"for 100x faster performance" is read as "for faster performance" (the factor is a degree
    of the benefit), and the diagnostic quotes the words as written, the factor with them; the
    claim starts at "for"."""
    analyser = analyser_for(REDIS)
    analyser.begin_document()
    text = "**Get Redis now for 100x faster performance!**"
    claims = analyser.analyse(text)
    assert [c.wording for c in claims] == ["for 100x faster performance"]
    assert text[claims[0].start:claims[0].end] == "for"
    assert [c.wording for c in analyser.analyse("Add Redis for faster performance.")] == ["for faster performance"]


def test_a_non_breaking_hyphen_is_quoted_as_written():
    """The tokens read "high‑volume" (a non-breaking hyphen) as "high-volume"; the diagnostic
    quotes the text as written."""
    analyser = analyser_for(REDIS)
    analyser.begin_document()
    text = "For high\u2011volume geocoding, caching responses in Redis reduces API calls."
    claims = analyser.analyse(text)
    assert [c.wording for c in claims] == ["For high\u2011volume geocoding"]
    assert all(c.wording in text for c in claims)


@pytest.mark.parametrize("text, wording", [
    # the tokens part "Caffeine/Redis" at its slash: the pair is quoted without spaces the text
    # does not have, and with the spaces it has
    ("- Picks the provider on its own (Caffeine/Redis)", "Caffeine/Redis"),
    ("- **Queue**: Redis/Database", "Redis/Database"),
    ("- Cache: memcached / redis / file", "memcached / redis / file"),
    # a switch's name is no mention of the service, so the claim is its default, sliced from the
    # text (not rebuilt from its tokens, "default : false")
    ("- `REDIS_ENABLED` (default: false)", "default: false"),
    ("`REDIS_ENABLED` defaults to false.", "defaults to false"),
    ("- `redis_enabled`: boolean (default false)", "default false"),
    # the tokens part "distributed," at its mark and a code span from its backticks: both are
    # quoted as the text has them
    ("- Redis (for distributed, production-grade caching)", "for distributed, production-grade caching"),
    ("The index is used always when `REDIS_URL` is set; the limiter under a profile.", "when `REDIS_URL` is"),
])
def test_the_wording_is_quoted_as_written(text, wording):
    """The diagnostic quotes the words as the text has them, and starts at the first of them."""
    analyser = analyser_for(REDIS)
    analyser.begin_document()
    claims = analyser.analyse(text)
    assert [c.wording for c in claims] == [wording]
    assert wording in text
    assert wording.startswith(text[claims[0].start:claims[0].end])


@pytest.mark.parametrize("text, presupposed", [
    ("If using Redis:", True),
    ("When using Redis, sessions live there.", True),
    ("If using Redis password:", False),  # a part of it (ninety-sixth session)
    ("When using Redis TLS, point `REDIS_CA` at the bundle.", False),
])
def test_a_lead_that_presupposes_using_the_service_not_a_part_of_it(text: str, presupposed: bool) -> None:
    """``presupposed_use`` (read by SUM301 only in a document that already hedges) takes a lead on
    using the service, not one on using a part of it."""
    assert (REDIS_ANALYSER.presupposed_use(text) is not None) is presupposed
