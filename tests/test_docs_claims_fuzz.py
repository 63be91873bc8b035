"""Fuzzing the SUM301 clause analyser: any text, any code-span layout, never an exception,
and every claim points inside the text at the hedge it reports."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from sumlint.markdown.claims import analyser_for
from sumlint.policy import REDIS

# Words the analyser reacts to, names of the service in every form, and the punctuation its
# clause splitter and tokenizer treat specially (full-width parentheses, slashes, dashes).
WORDS = [
    "Redis", "redis", "redis-server", "REDIS_URL", "Redis-less", "Redis 7", "redis 5.2.1", "Upstash",
    "optional", "optionally", "recommended", "not", "no", "never", "only", "if", "when", "unless",
    "needed", "required", "need", "don't", "without", "skip", "disable", "later", "yet", "until",
    "may", "be", "used", "is", "are", "can", "you", "we", "for", "to", "the", "a", "or", "and",
    "database", "memory", "set", "empty", "by", "default", "so", "nothing", "would", "have",
    "better", "performance", "as", "treats", "add", "install", "run", "production", "development",
    "tests", "local", "opcional", "可选", "soft", "dependency", "on", "with", "Celery", "worker",
    "REDIS_HOST", "APP_REDIS_URL", "Redis-backed", "ohne", "sans", "не", "nicht", "は任意です", "非必须",
    "It", "it", "Skip", "Verdict", "only", "mode", "plus", "fallback", "as an", "prod", "not for production",
    "redis://localhost:6379", "defaults to", "redis_", "`redis`", "requirements.txt", "`DISABLE_REDIS=1`",
    "REDIS_ENABLED=false", "если", "(se configurato)", "recomendado", "not used in production",
    # shapes added in the fourth session
    "even", "won't", "crash", "requiring", "drop", "remove", "upgraded", "swapped", "multiple", "instances",
    "configure", "Check", "but", "[ ]", "using", "einrichten", "UPSTASH_REDIS_REST_URL", "hardening",
    "reachable", "longer", "DevelopmentConfig", "debug=True", "Test 4.2", "locking", "channel layer",
    # shapes added in the fifth session
    "`Redis__Enabled=false`", "Redis:Enabled=false", "UseRedis", "Option 2", "replaces", "the need for",
    "eliminates", "as an option", "upgradeable", "No-Redis", "omitted", "re-enabled", "disabled", "[x]",
    "added", "Issue", "Missing", "Sentinel", "Valkey", "rediss://", "# or redis", "Leave blank",
    "multi-instance", "switch", "preferred", "A:", "Default value", "env vars", "provides",
    # shapes added in the sixth session
    "don’t", "part of", "alternative to", "preferably", "depends on", "relies", "discarded", "there is",
    "instead of", "Reach for", "plug in", "Configuring", "same", "becomes", "bottleneck", "Empty means",
    "backplane", "Ensure", "after you measure", "getSession", "`app dev`", "Without Redis", "❌ No",
    # shapes added in the seventh session
    "more than one", "replica", "past one", "the moment", "RedisBackend", "RedisCache", "runs faster with",
    "better choice", "hard requirement", "high-availability", "benchmark", "on a single host", "if you want",
    "未配置时自动降级", "未設定時", "フォールバック", "不可用", "opsional", "опционален", "If Redis on", "(optional, string)", "tùy chọn", "không", "cục bộ",
    # shapes added in the eighth session
    "optioneel", "alleen", "nodig", "als", "je", "geïnstalleerd", "niet", "opcjonalnie", "zalecany", "nie",
    "przez", "via Docker", "Variables opcionales", "Opcionais", "si", "se", "wenn", "n'est", "pas", "configuré",
    "configuré.", "Fallback", "With Redis", "Disabling", "if not automatically started", "Python package",
    # shapes added in the ninth session
    "olmadan", "opsiyonel", "Kurulumu", "jika", "dipakai", "nếu", "dùng", "falla", "sin", "ist", "für",
    "facultatif", "d'objets", "时才考虑", "没有必要启用", "不需要执行", "如果", "运行", "It's", "distributed",
    "deployments", "Recommended setup", "includes", "warmly", "(if used)", "Cache (optional)", "installed it",
    # shapes added in the fourteenth session
    "commented", "commented out", "`commented`", "means", "No Redis URL means", "Replaced", "migrated from",
    "in-memory", "has a fallback", "fallbacks", "Don't add", "Do not install", "`USE_REDIS=true`",
    "`ENABLE_REDIS=1`", "USE_REDIS=yes", "essential", "mandatory", "isn't optional", "support", "Redis-backed",
    "(multi-replica)", "shared", "gracefully", "starts", "Docker:", "If you are using", "Yes", "Recommended",
    # shapes added in the fifteenth session
    "Removed", "Deleted", "TODO", "disabled when", "automatically", "scaling", "restart", "if needed",
    "dev fallback", "optimization not dependency", "emergency", "bundled", "require", "can be used", "could", "also", "rejected", "— rejected",
    # shapes added in the sixteenth session
    "if configured", "otherwise", "reachable if enabled", "connection working", "`0`", "| 0 |", "Enable/Disable",
    "enabled or disabled", "uses", "Map()", "local memory", "service added", "Option 1:", "Replit", "Docker Redis",
    "Decision:", "silently", "Cause:", "secure", "backend", "unavailable or disabled", "in multi-instance",
    "adapter", "Local-dev", "These are only used", "based on", "backups", "Response", "password for",
    # shapes added in the seventeenth session
    "To use", "To enable", "Para usar", "em produção", "khuyến nghị", "khuyến", "nghị", "facoltativo", "建议",
    "in the same region", "built-in", "Test Rate Limiting", "redis >=2.2", "Without Redis:", "won't start",
    "No necesitas", "não precisa de", "brauchst kein", "needs no", "Brak", "không có", "fakultativ", "tavsiye",
    "선택 기능이 아닌", "아닙니다", "`make dev`", "Add more Redis nodes", "`:memory_store`", "No Redis caching", "instead",
]
PUNCT = [" ", " ", " ", ",", ".", ";", ":", "(", ")", "（", "）", "/", "-", " — ", "*", "**", "?",
         "'", '"', "“", "”", "\n", "+", "|", "İ"]

pieces = st.lists(st.sampled_from(WORDS) | st.sampled_from(PUNCT), max_size=40)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pieces, st.data())
@example(["string", " ", "(", " ", "optional", " ", "Redis"], None)  # (a one-word label before a parenthesis raised)
@example(["you", " ", "can", " ", "reach", " ", "the", " ", "Redis", " ", "client", " ", "when", " ", "needed", ":"],
         None)  # (a one-word condition before a colon raised IndexError, on a real BullMQ page)
def test_analyse_never_raises_and_claims_point_inside(parts, data):
    text = "".join(parts)
    analyser = analyser_for(REDIS)
    spans = []
    if text and data is not None:
        a = data.draw(st.integers(0, len(text)))
        b = data.draw(st.integers(a, len(text)))
        spans = [(a, b)] if a < b else []
    for claim in analyser.analyse(text, spans, []):
        assert 0 <= claim.start < claim.end <= len(text)
        assert claim.wording


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=200))
def test_analyse_arbitrary_unicode(text):
    analyser = analyser_for(REDIS)
    for claim in analyser.analyse("Redis " + text, [], []):
        assert 0 <= claim.start < claim.end <= len(text) + 6
    analyser.analyse_row("| Redis | " + text + " |", [(0, 7), (8, 9 + len(text))], ["Service", "Required"])


def _row(cells: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """A table row of these cells ("|" and line breaks made harmless) and each cell's span."""
    text, spans = "", []
    for cell in cells:
        cell = cell.replace("|", "/").replace("\n", " ")
        spans.append((len(text) + 2, len(text) + 2 + len(cell)))
        text += "| " + cell + " "
    return text + "|", spans


_HEADERS = [["Service", "Required"], ["Question", "Answer"], ["Variable", "Default", "Notes"],
            ["Feature", "Without Redis"], ["Capability", "Service"], ["Component", "Role", "Required"]]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(pieces.map("".join), min_size=2, max_size=3), st.sampled_from(_HEADERS))
@example(["Is Redis optional?", "/"], ["Question", "Answer"])  # (an answer cell without a word raised)
def test_analyse_row_never_raises_and_claims_point_inside(cells, header):
    text, spans = _row(cells)
    for claim in analyser_for(REDIS).analyse_row(text, spans, header[:len(spans)]):
        assert 0 <= claim.start <= claim.end <= len(text)
        assert claim.wording


_COMPARISON_CELLS = ["Feature", "Without Redis", "With Redis", "Redis Disabled", "Redis enabled", "No Redis",
                     "Metric", "**Without** Redis", "Redis-off", "redis off", "ohne Redis", "Redis on", ""]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(_COMPARISON_CELLS), pieces.map("".join)), min_size=1, max_size=4))
@example(["Feature", "Without Redis", "With Redis"])
def test_comparison_header_never_raises_and_claims_point_inside(cells):
    """"| Feature | Without Redis | With Redis |": any header cells, the claim inside the text."""
    text, spans = _row(cells)
    for claim in analyser_for(REDIS).analyse_comparison_header(text, spans):
        assert 0 <= claim.start < claim.end <= len(text)
        assert text[claim.start:claim.end].lower() in ("without", "no", "disabled", "off")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pieces)
def test_document_level_helpers_never_raise(parts):
    """The helpers the rule uses across units: headings, continuations, header rows,
    production statements, set-up steps, comments."""
    text = "".join(parts)
    analyser = analyser_for(REDIS)
    analyser.is_topic(text)
    analyser.provisions(text)
    analyser.requires_in_production(text)
    analyser.scoped_out(text)
    analyser.analyse_comment(text, "REDIS_URL=redis://localhost:6379/0")
    for claim in analyser.analyse_continuation(text):
        assert 0 <= claim.start < claim.end <= len(text)
    middle = len(text) // 2
    for claim in analyser.analyse_header_row(text, [(0, middle), (middle, len(text))], ["Scenario", "Use Redis?"]):
        assert 0 <= claim.start < claim.end <= len(text)


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from(list("abcXYZ019 _.-@/+'\"`*:;,()[]|#$%&=?!~<>{}\\\t\n")), max_size=40))
def test_ascii_token_pattern_splits_like_the_unicode_one(text):
    """tokenize() takes a faster pattern for ASCII text; it must cut the same tokens."""
    from sumlint.markdown.claims import _ASCII_TOKEN_RE, _TOKEN_RE

    assert [m.span() for m in _ASCII_TOKEN_RE.finditer(text)] == [m.span() for m in _TOKEN_RE.finditer(text)]


_SCOPE_WORDS = st.sampled_from([
    "redis", "is", "optional", "in", "for", "local", "development", "dev", "test", "tests", "production", "prod",
    "outside", "non", "(", ")", ":", "/", "without", "localhost", "setup", "integration", "runs", "ci", "staging",
    "lokales", "caching", "developmentconfig", "settings.dev", ".env.local", "debug=true", "dev-only", "test_redis_url",
    "docker-compose.dev.yml", "e2e", "unit", "only", "mode", "-", "the", "cache", "small", "sites", "and", "9.4",
])


@settings(max_examples=2000, deadline=None)
@given(st.lists(_SCOPE_WORDS, max_size=12))
def test_nonprod_fast_path_reads_as_the_full_loop(words) -> None:
    """``_nonprod`` skips a word of letters outside ``_NONPROD_TRIGGERS``: the result is the one
    of the loop that tries every test on every word."""
    import sumlint.markdown.claims as claims

    class Everything(frozenset):
        def __contains__(self, item) -> bool:
            return True

    toks, at = [], 0
    for word in words:
        tok = claims.Tok(word, word, at, at + len(word), "punct" if not word[0].isalnum() else "word")
        toks.append(tok)
        at += len(word) + 1
    fast = claims.Analyser._nonprod(toks)
    saved = claims._NONPROD_TRIGGERS
    claims._NONPROD_TRIGGERS = Everything()
    try:
        full = claims.Analyser._nonprod(toks)
    finally:
        claims._NONPROD_TRIGGERS = saved
    assert fast == full, words


class _MeetsEverything:
    """Stands in for ``_MAY_CLAIM_WORDS``: the gate of ``may_claim`` never closes."""

    def isdisjoint(self, other) -> bool:
        return False


def _may_claim_both_ways(analyser, text: str) -> tuple[bool, bool]:
    import sumlint.markdown.claims as claims

    gated = analyser.may_claim(text)
    saved = claims._MAY_CLAIM_WORDS
    claims._MAY_CLAIM_WORDS = _MeetsEverything()
    try:
        return gated, analyser.may_claim(text)
    finally:
        claims._MAY_CLAIM_WORDS = saved


def test_may_claim_gate_lets_every_claim_through_on_the_corpus() -> None:
    """The gate of ``may_claim`` (its words, phrases and marks) closes only where none of the
    tests after it would pass: the same answers on every corpus entry, its sentences and the
    project's own docs."""
    from pathlib import Path

    from sumlint.markdown.lexicon import _ROUGH_SENTENCE_RE

    root = Path(__file__).resolve().parents[1]
    analyser = analyser_for(REDIS)
    texts: set[str] = set()
    for corpus in sorted((root / "tests" / "data").glob("sum301_corpus*.txt")):
        for line in corpus.read_text(encoding="utf-8").splitlines():
            if line[:2] in ("+ ", "- "):
                text = line[2:].replace("\\n", "\n")
                texts.add(text)
                texts.update(_ROUGH_SENTENCE_RE.split(text))
                texts.update(text.split("\n"))
    for doc in sorted((root / "docs").glob("*.md")):
        texts.update(doc.read_text(encoding="utf-8").split("\n"))
    differ = [text for text in texts if len(set(_may_claim_both_ways(analyser, text))) > 1]
    assert len(texts) > 5000 and not differ, differ[:5]


_GATE_WORDS = st.sampled_from([
    "Redis", "is", "the", "cache", "use", "can", "be", "added", "later", "for", "multiple", "servers", "with",
    "faster", "not", "don't", "yet", "production", "drops", "|", ":", "=", "-", "→", "->", "in-memory", "memory",
    "unset", "empty", "phase", "2", "(", ")", "planned", "upgrade", "to", "scaling", "multi-node", "no-redis",
    "redis-less", "by", "default", "will", "introduced", "whether", "either", "database", "one", "part", "of",
    "v2", "replaced", "swapped", "commented", "out", "off", "turn", "?", "until", "we", "avoids", "setup", "✅",
])


@settings(max_examples=3000, deadline=None)
@given(st.lists(_GATE_WORDS, max_size=10).map(" ".join))
def test_may_claim_gate_lets_every_claim_through(text: str) -> None:
    gated, full = _may_claim_both_ways(analyser_for(REDIS), text)
    assert gated == full, text
