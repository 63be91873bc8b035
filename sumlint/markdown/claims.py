"""Does a sentence call a required service optional? A small clause analyser for SUM301.

The question is never "does the line contain *optional* near *Redis*" (a word list finds
such lines and flags two harmless ones for every real one). It is: which noun phrase does
the hedge attach to, is the hedge asserted (not negated, not quoted, not reported, not a
question), and is that noun phrase the service itself (not its socket, its persistence, a
check of it, a step about it)?

Pipeline for one prose unit (``analyse``):

1. ``tokenize``: words, punctuation, code spans (one token each; a code span names
   something, so ``optional`` in backticks is a mention), quoted or struck-through words
   (mentions too). Service mentions are marked from the policy: prose names (``Redis``),
   unit and package names, environment variables (``REDIS_URL``) and URLs
   (``redis://…``) in code spans.
2. ``clauses``: split at ``;``, dashes, ``:`` and at ``, but`` / ``, while`` …; a
   parenthesis is its own clause, attached to what precedes (or follows) it.
3. For every hedge cue in a clause, a cue-specific attachment decides its target:

   * predicative (``X is optional``, ``X is not required``, ``X is recommended``): the
     clause's subject; ``it is optional to install X``: the infinitive's object;
   * label (``Optional: install X``, ``X: optional``, ``X — nice to have``, ``X
     (suggested)``): the phrase on the other side of the label mark;
   * attributive (``an optional X cache``, ``optional services such as X``): the
     following noun phrase;
   * adverb (``you can optionally install X``): the verb's object, when the verb
     provisions (install, run, use, enable …) rather than tunes or checks;
   * conditions (``install X if you need caching``, ``if you use X``, ``X only needed
     for the worker``, ``X is required unless …``): the main clause's provisioning verb
     and object, or the service in the condition when the condition is about using it
     (``if X goes down`` is a failure condition and never a hedge);
   * necessity (``you don't need X``, ``no need for X``, ``works without X``) and skipping
     (``you can skip X``, ``X can be left out``);
   * ellipsis (``workers are optional; so is X``);
   * needs for an optional purpose (``for background tasks you also need X``, ``to scale out
     you need X``; ``to run the site you need X`` requires it);
   * alternatives (``use the database or X``), deferral (``X can be added later``, ``don't
     add X yet``), defaults (``X is disabled by default``, ``X-less mode``), benefits
     (``enable X for better performance``), permissions (``X may be used for caching``);
   * conditions on the service's variable (``if REDIS_URL is set, …``; ``when REDIS_URL is
     not set, tasks run inline``), unless the main clause breaks or warns;
   * scale (``X is needed for multi-server deployments``, ``X for multi-replica``, ``(Celery
     mode only)``), production going without it (``X is not used in production``,
     ``production drops X``, ``this project does not use X``), switches set to turn it off
     (``DISABLE_REDIS=1``, ``set USE_REDIS to false``), lists of names after a hedge
     (``optional Celery + X``, ``X/S3 optional``), and the same hedges in other languages
     (``Redis ist nicht erforderlich``, ``sans Redis``, ``Redisは任意です``, ``非必须``);
   * scale lead-ins (``For high traffic, use Redis``, ``For production with several web
     servers, configure Redis:``, ``If you run several nodes, add Redis``, ``**Multiple
     nodes**: point REDIS_HOST at Redis``), scale conditions after the step (``Configure
     Redis before running more than one replica``, ``Requires Redis past one replica``),
     scale choices (``Redis is the better choice for multi-server systems``), benefits with
     no hedge word (``the app runs faster with Redis``), upgrades (``the in-memory layer can be upgraded to Redis``),
     going without it (``won't crash without Redis``, ``without requiring Redis``, ``even if
     you don't have Redis``, ``## Quick start (without Redis)``, ``drop the Redis
     dependency``, ``we no longer need Redis to …``, ``Redis is not used unless …``), and a
     table cell naming its role with a hedge (``| Redis | Caching (optional) |``); not
     indirect questions (``check if REDIS_URL is set``), parts and features built on it
     (``optional Redis AUTH and TLS``, ``Distributed locking with Redis (recommended)``),
     preconditions (``if you have Redis deployed, follow …``) or advice against going without
     it (``Disable Redis (not recommended)``).

   Names of the service include the variables that locate it (``REDIS_HOST``,
   ``APP_REDIS_URL``; not ``REDIS_PASSWORD``), classes named for its role in the app
   (``RedisBackend``, ``RedisCache``; not ``RedisInsight``) and things built on it (``a Redis-backed
   cache``). A variable that is optional because it has a local default is not a claim.
   Across units (``analyse_continuation``, ``analyse_header_row``, ``provisions``,
   ``requires_in_production``, ``is_topic``), the rule module reads the sentence under a
   heading about the service, ``it`` after a sentence about it, table rows under a header that
   asks about it, and the sections and paragraphs that put a hedge out of production's scope.

4. Blockers: negation of the hedge (``not optional``, ``never optional``, ``rather than
   optional``, ``not just recommended``), reporting or forbidding the wording (``called
   X optional``, ``as if X were optional``, ``the word optional``), questions, and a
   non-production scope (``optional in development``). A scope stated before the hedge or in
   its own clause covers it; one in a later coordinated clause does not. Idempotent steps
   (``install X if you haven't already``) and manners (``start X (if using Docker)``) are not
   conditions on the service.

5. The target noun phrase is the service when a service mention is its head: ``Redis``,
   ``the Redis server``, ``a local Redis instance``, ``installing Redis`` are; ``the Redis
   socket``, ``Redis persistence``, ``a managed Redis`` are not. A version or a provider
   (``Redis 7``, ``Upstash Redis``) keeps the service but turns a bare recommendation into
   advice on which kind to run.

The analyser was tuned and measured on labelled sentences from public READMEs and runbooks
(kept outside the repository); the shapes it learned are pinned by sentences written anew in
``tests/data/sum301_corpus.txt``. See docs/runbooks.md for the measured precision and recall.
"""

from __future__ import annotations

import functools
import itertools
import operator
import re
from dataclasses import dataclass
from typing import Iterable

from sumlint.lazyre import lower_case_twin

from .lexicon import (  # noqa: F401 - the vocabulary, see lexicon.py
    ABSENT_HEADER_RE,
    COPULAS, INDIRECT_QUESTION_VERBS, PREPOSITIONS_AFTER_HEDGE, MODALS, NEGATORS, BETWEEN,
    OPTIONAL_WORDS, RECOMMEND_WORDS, NECESSITY_WORDS, NECESSITY_ADJ, NEED_VERBS, PROVISION_VERBS,
    SKIP_VERBS, FAILURE_WORDS, _TROUBLE_WORDS, _ADOPT_VERBS, FUNCTIONING_WORDS, BROKEN_WORDS, REPORT_WORDS,
    COUNTERFACTUAL, NONPROD_WORDS, CONDITION_WORDS, ELLIPTIC_NEEDS, SUBJECT_GENERIC, PART_NOUNS,
    USE_NOUNS, IDENTITY_NOUNS, OF_IDENTITY, ROMANCE_PARTS, CATEGORY_CELLS, YES_CELLS, NO_CELLS, VARIANT_WORDS, is_default_title,
    PROVIDER_WORDS, _COMPATIBLE_FORKS, _HOSTED_PRODUCTS, FALLBACK_WORDS, MANNER_CONDITION_WORDS,
    CORE_PURPOSES, DEFER_VERBS, TELEGRAPHIC_NEXT, WITHOUT_OK, ALT_BACKENDS, ROLE_VERBS, STEP_VERBS, OPTIONS_TITLES,
    FEATURE_NOUNS, FEATURE_PARTS, WAY_NOUNS, BARE_HEDGES, CHECK_COMMANDS, REQUIRED_HEADERS, OPTIONAL_HEADERS, MANNER_PREPS,
    PERMISSIVE_WORDS, COMPLEX_TRANSITIVE, CHOICE_IDIOMS, OFF_VERBS, EXAMPLE_WORDS, MAIN_SUBJECTS,
    MATTER_VERBS, LABEL_MARKS, SUBORDINATORS, STOP_NP, CUE_WORDS, CUE_STEMS, CUE_MARKS,
    _ELLIPTIC_HEDGE_RE, _CONDITION_COMMENT_RE, _PROVISION_COMMAND_RE, _WORDS_RE,
    _ROUGH_SENTENCE_RE, _CONSEQUENCE_NOUNS, _PEER_SERVERS, _CODE_NAME_RE, FOREIGN_MEANINGS, DUTCH_IF_NEXT, FINNISH_IS_NEXT, MEANING_BEFORE,
    FOREIGN_CUE_SUBSTRINGS,
    FOREIGN_IF_BEFORE_SERVICE,
)

# a kind of the service, said after it in French, Spanish, Portuguese, Italian and German
_VARIANTS_AFTER = frozenset({"externe", "externes", "externo", "externa", "esterno", "esterna", "extern", "externen",
                             "gerenciado", "administrado", "gestionado", "géré", "gérée", "managé", "dédié", "dedicado",
                             "dedicada", "dedicato",
                             # a platform's own copy: "**Sin Redis integrado**: no tiene soporte nativo"
                             "integrado", "integrada", "intégré", "intégrée", "integrato", "integrata", "integriert",
                             "nativo", "nativa", "natif", "native"})
# the last word of a subject that names a mode ("Queue mode requires Redis"): only in that mode
_MODE_SUBJECT_END = frozenset({"mode", "modus", "modo"})
# words that make the mode the usual one, or any one ("Production mode requires Redis", "Every mode needs Redis")
_ANY_MODE_WORDS = frozenset({"production", "prod", "default", "standard", "normal", "full", "any", "every", "all",
                             "each", "both", "live", "server", "deployment", "deployed"})

# -- tokens ----------------------------------------------------------------------------

class Tok:
    """A word, punctuation mark, or a whole code span (``kind``: word, punct, code,
    mention = a quoted or struck-through word); ``service`` marks a name of the service."""

    __slots__ = ("text", "low", "start", "end", "kind", "service")

    def __init__(self, text: str, low: str, start: int, end: int, kind: str = "word") -> None:
        self.text = text
        self.low = low
        self.start = start
        self.end = end
        self.kind = kind
        self.service = False

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"{self.text}{'*' if self.service else ''}"


@dataclass
class Claim:
    start: int  # the hedge word in the unit's text
    end: int
    wording: str  # the hedge as written ("optional", "only needed", "(suggested)")
    service: str  # the service's prose name
    how: str = ""  # which attachment found it, for tests and --explain


# kana, CJK ideographs and hangul: a run of them is a word of its own ("配置Redis" is two words)
_CJK_RANGES = r"\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"
_LATIN_WORD = rf"[^\W{_CJK_RANGES}]"  # a word character outside CJK/Hangul
_LATIN_ALNUM = rf"[^\W_{_CJK_RANGES}]"


_SLAVIC_CASE = r"(?:a|u|em|ie|owi)?"


@dataclass
class ServiceNames:
    """How the policy names one service in prose and in code spans."""

    label: str
    pattern: re.Pattern[str]
    code_names: frozenset[str]
    url_schemes: tuple[str, ...]
    # a variable that locates the service ("REDIS_HOST", "OWL_REDIS_ADDR",
    # "ConnectionStrings__Redis"): leaving it out leaves the service out, unlike REDIS_PORT
    # or REDIS_PASSWORD, which have defaults or are features
    locator: re.Pattern[str] | None = None
    # the names between ASCII word boundaries: a cheaper first test than ``pattern`` (whose
    # matches it is a subset of), enough for text without CJK or "_"
    plain: re.Pattern[str] | None = None
    # a switch set to turn the service off: "DISABLE_REDIS=1", "USE_REDIS=false"
    switch: re.Pattern[str] | None = None
    # a class named for the service's role in the app: "RedisBackend", "RedisCache" (not
    # "RedisInsight", a GUI, nor "RedisJSON", a module)
    camel: re.Pattern[str] | None = None
    # ``plain``'s case-folded twin (``lower_case_twin``), for lower-cased ASCII text: the same
    # matches at the same places, found about twice as fast (``mentions`` has that text at hand)
    plain_lower: re.Pattern[str] | None = None

    @classmethod
    def of(cls, service) -> "ServiceNames":
        names = {n.lower() for n in service.names}
        names |= {u.lower() for u in service.units}
        names |= {u.lower().removesuffix(".service") for u in service.units}
        names |= {p.lower() for p in service.packages}
        names |= {e.lower() for e in service.env}
        integrations = _integration_packages(service)
        names |= integrations
        schemes = tuple(s for s in getattr(service, "url_schemes", ()) if s not in ("unix", "file"))
        label = service.names[0] if service.names else service.name
        words = sorted({*service.names, *(u.removesuffix(".service") for u in service.units),
                        *service.packages, *integrations}, key=len, reverse=True)
        # bounded by anything but a Latin word character ("配置Redis" names it; "myredis" does not)
        # (with the case endings Polish and Czech add to a name: "bez Redisa", "z Redisem")
        pattern = re.compile(r"(?<!-)(?<!" + _LATIN_WORD + r")(?:" + "|".join(map(re.escape, words))
                             + r")" + _SLAVIC_CASE + r"(?!-)(?!_*" + _LATIN_ALNUM + r")", re.IGNORECASE)  # ("redis_" in rST)
        stems = "|".join(re.escape(n.lower()) for n in service.names if re.fullmatch(r"\w+", n))
        # (bounded by anything but a Latin word character: "REDIS_DSNはオプションです" names it)
        locator = re.compile(
            r"(?<!" + _LATIN_WORD + r")(?:(?:[a-z0-9]+_)*(?:" + stems + r")_(?:rest_)?(?:url|uri|host|hostname|addr|"
            r"address|server|dsn|endpoint|connection|connection_string|conn|conn_string|conn_str)|connectionstrings__(?:" + stems
            + r"))(?!" + _LATIN_WORD + r")", re.IGNORECASE) if stems else None
        lowers = sorted({w.lower() for w in words}, key=len, reverse=True)  # (the same names to IGNORECASE)
        plain = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, lowers)) + r")" + _SLAVIC_CASE + r"(?![\w-])",
                           re.IGNORECASE)
        plain_lower = lower_case_twin(plain)
        switch = service.switch_off_pattern() if hasattr(service, "switch_off_pattern") else None
        capitals = [n[:1].upper() + n[1:] for n in service.names if re.fullmatch(r"[A-Za-z]\w*", n)]
        camel = re.compile(r"(?<![A-Za-z0-9_])(?:" + "|".join(map(re.escape, capitals)) + r")(?:"
                           + "|".join(_CAMEL_ROLES) + r")s?(?![A-Za-z0-9_])") if capitals else None
        return cls(label, pattern, frozenset(names), schemes, locator, plain, switch, camel, plain_lower)

    def locates(self, word: str) -> bool:
        """``REDIS_HOST``, ``APP_REDIS_URL``: a variable whose absence leaves the service out."""
        return self.locator is not None and self.locator.fullmatch(word) is not None

    def names_code(self, content: str) -> bool:
        c = content.strip().lower()
        if len(c) > 2 and c[0] == c[-1] and c[0] in "\"'":
            c = c[1:-1]  # a quoted value in a code span: `"redis"` (a setting's choice, written as in its file)
        elif len(c) > 2 and c[0] == "[" and c[-1] == "]" and c[1:-1] in self.code_names:
            return True  # `[redis]`: the section of a TOML or INI file that sets it up
        if c.endswith(">") and " <" in c:
            c = c[:c.rindex(" <")].strip()  # a reStructuredText link: `Redis <http://redis.io/>`_
            if self.pattern.fullmatch(c):
                return True
        if c in self.code_names or self.locates(c) or self.camel is not None and self.camel.fullmatch(content.strip()):
            return True  # (also `RedisBackend`, a class named for its role)
        if self.camel is not None and "." in c and " " not in c and self.camel.fullmatch(content.strip().rsplit(".", 1)[-1]):
            return True  # `core.cache.redis_cache.RedisCache`: the class by its import path
        if c.endswith("_*") and self.locates(c[:-1] + "url"):
            return True  # "`UPSTASH_REDIS_*`", "`REDIS_*`": all the variables that point at it
        if any(c.startswith(s + "://") for s in self.url_schemes):
            return True
        m = re.match(r"^([a-z_][a-z0-9_]*)\s*=", c)
        return bool(m and (m.group(1) in self.code_names or self.locates(m.group(1))))


# articles before a noun that the service's name then qualifies, in French, Spanish, Italian and
# Portuguese ("un cluster Redis", "el clúster Redis")
_ROMANCE_ARTICLES = frozenset({"un", "une", "le", "la", "les", "du", "des", "el", "los", "las", "il", "lo", "gli",
                               "o", "os", "um", "uma", "del", "al", "au", "aux"})


def _step_number(low: str) -> bool:
    """"4", "4.", "4)", "2.1": a step's number in a heading or list."""
    return bool(low) and low.rstrip(".)").replace(".", "").isdigit()


def _integration_packages(service) -> set[str]:
    """The packages that plug the service into the app, from the policy's cache backends:
    ``django_redis.cache.RedisCache`` is the package django-redis (also written
    ``django_redis``). A package that exists only to connect the app to the service stands for
    it: "Caching: django-redis (optional)" makes the service optional. (Django's own backends
    name no package: ``django.core.cache.backends.redis.RedisCache``.)"""
    modules = {backend.split(".", 1)[0].lower() for backend in getattr(service, "cache_backends", ()) or ()}
    modules = {m for m in modules if m and m != "django" and re.fullmatch(r"[a-z][a-z0-9_]*", m)}
    return modules | {m.replace("_", "-") for m in modules}


_TAKE_VERBS = frozenset({"use", "run", "enable", "install", "deploy", "add", "include", "configure", "set", "turn"})
_STAND_IN_WORDS = frozenset({"eager", "in-memory", "memory", "fallback", "falls", "fall", "synchronous", "synchronously",
                             "sync", "locmem", "in-process", "inline", "disabled"})
_SET_UP_GERUNDS = frozenset({"installing", "adding", "setting", "provisioning", "configuring", "enabling"})
_DECIDE_VERBS = frozenset({"choose", "decide", "pick", "select", "opt"})
# what "worth" can be said of when it weighs taking the service up ("Redis is worth adding only …")
_ADOPTING = frozenset({"adding", "using", "installing", "running", "enabling", "introducing", "deploying", "having",
                       "adopting", "it"})
# a verb whose object the service is, as a capability ("X supports Redis as a cache backend"): "it" after it is the service
_SUPPORT_VERBS = frozenset({"supports", "support", "use", "uses", "using", "with"})
_NOTE_LABELS = frozenset({"note", "tip", "hint", "nb", "aside", "important"})


# what an empty or unset value is called ("Empty = in-memory fallback", German "Leer = …")
_EMPTY_WORDS = frozenset({"unset", "empty", "blank", "leer", "vacío", "vacio", "vazio", "vide"})


# provisioning verbs that pick a thing rather than set it up ("use the database queue")
_CHOOSE_VERBS = frozenset({"use", "uses", "using", "switch", "choose", "pick", "select", "enable", "opt"})


# "only" before a condition, also in Spanish, Portuguese, German, French and Italian ("solo si
# instalaste Redis", "apenas se você instalou o Redis")
_ONLY_WORDS = frozenset({"only", "solo", "sólo", "apenas", "somente", "nur", "seulement", "soltanto", "solamente"})


def _after_yes(toks: list[Tok]) -> list[Tok]:
    """A step past an answer that opens it ("Yes, install Redis", German "JA, Redis installieren")."""
    words = [t for t in toks if t.low not in ("*", "**", "_")]
    while len(words) > 1 and words[0].low in _CHECK_MARKS:
        words = words[1:]  # "### Recommendation: ✅ Implement Redis Caching Layer"
    if len(words) > 2 and words[0].low in ("yes", "ja", "sí", "si", "sim", "oui") and words[1].low in (",", "-", "—", "–"):
        return words[2:]
    return words


def _split_conjuncts(toks: list[Tok]) -> list[list[Tok]]:
    """A coordinated noun phrase in its conjuncts: "a separate database and Redis servers" (not
    "pub/sub", one word)."""
    conj: list[Tok] = []
    groups: list[list[Tok]] = []
    for k, tok in enumerate(toks):
        if tok.low in ("and", "or", ",", "&", "/", "plus", "nor", "+") and not (
                tok.low == "/" and k and toks[k - 1].low == "pub" and toks[k + 1:k + 2] and toks[k + 1].low == "sub"):
            if conj:
                groups.append(conj)
            conj = []
        else:
            conj.append(tok)
    if conj:
        groups.append(conj)
    return groups


def _note_label(clause) -> bool:
    """The clause is only an admonition's label ("**Note**", "Tip", "Warning"): no clause that a
    condition after it could be about."""
    words = [t.low for t in clause.toks if t.kind != "punct" and t.low not in ("*", "**", "_", "__")]
    return len(words) == 1 and (words[0] in _NOTE_LABELS or words[0] in ("warning", "caution", "info", "notes"))


# what follows the service's name when the sentence is about setting it up ("Redis setup takes a
# while. You can skip it": "it" is the setup)
_SETUP_STEP_NOUNS = frozenset({"setup", "set-up", "installation", "install", "configuration", "config", "section", "step",
                               "steps", "part", "chapter", "guide", "tutorial", "container", "image", "settings"})
_FEATURE_NOTES = frozenset({
    "persistence", "password", "passwords", "acl", "acls", "replica", "replicas", "replication",
    "sentinel", "cluster", "clustering", "tls", "ssl", "auth", "authentication", "aof", "rdb",
    "snapshot", "snapshots", "backup", "backups", "module", "modules", "monitoring", "exporter",
    "metrics", "dashboard", "tuning", "maxmemory", "eviction", "ui", "gui", "insight", "commander",
    "hardening", "stack", "search", "json"})


_SCALE_WORDS = frozenset({"horizontal", "horizontally", "scaling", "scale", "scale-out", "multiple",
                          "several", "replicas", "multi", "load-balanced", "high-traffic", "busier", "larger",
                          "high-availability"})


_SCALE_LEADS = frozenset({"for", "to", "with", "at", "when", "once", "if", "in", "pour"})  # ("pour": French "for")
_SCALE_LEAD_RE = re.compile(r"[\s#*>+\-\d.)]*(?:for|to|with|at|when|once|in)\b")
_SCALE_UNITS = frozenset({"server", "instance", "node", "replica", "worker", "process", "pod", "region", "host",
                          "machine", "container", "dyno", "dispatcher", "poller", "consumer"})


# tools and settings a parenthesis can recommend for running the service ("(Docker recommended)")
_MANNER_NAMES = frozenset({"docker", "podman", "homebrew", "brew", "apt", "snap", "compose", "kubernetes", "helm",
                           "systemd", "tls", "ssl", "sentinel", "auth", "password", "acl", "persistence", "aof", "rdb",
                           "container", "containerized", "packaged", "source"})
# "not configured" and "falls back" in Chinese and Japanese, and failures that also degrade
_CJK_UNSET = ("未配置", "未设置", "未設定", "未启用", "未开启", "未開啟", "不配置")
_CJK_FALLBACK = ("降级", "回退", "退回", "兜底", "フォールバック")
_CJK_FAILURE = ("宕机", "故障", "失败", "不可用", "断开", "障害", "ダウン", "接続でき", "エラー", "挂掉", "异常", "无法连接", "無法連接",
                "無法連線", "连接不上", "連不上", "连不上", "當機", "失敗", "斷開", "異常", "掛掉", "無法使用", "无法使用",
                "报错", "報錯", "错误", "錯誤", "오류", "에러", "실패", "장애", "다운", "연결할 수 없", "연결되지 않",
                # not running (a state to check, as "if Redis is not running, start it")
                "未运行", "没有运行", "没运行", "未運行", "沒有運行", "沒運行",
                # not started ("# 2. 如果Redis未启动，启动Redis": if it is not started, start it)
                "未启动", "没有启动", "没启动", "未啟動", "沒有啟動", "沒啟動")
def _names_failure(toks: list[Tok], more: tuple[str, ...] = ()) -> bool:
    """A token names a failure in Chinese, Japanese or Korean (``_CJK_FAILURE``): each word is
    looked for once in the tokens' texts joined by a character no word holds, not once per token."""
    joined = "\0".join([t.text for t in toks])
    return any(f in joined for f in _CJK_FAILURE) or any(f in joined for f in more)


# a table cell or column for the development or test setup ("| | Development | Test | Production |")
_DEV_COLUMNS = frozenset({"dev", "development", "local", "localhost", "test", "tests", "testing", "ci", "sandbox",
                          "demo", "staging",
                          # the same column names in other languages ("| 变量名 | 开发环境 | 生产环境 |")
                          "开发", "开发环境", "本地", "本地开发", "测试", "测试环境", "開発", "開発環境", "ローカル",
                          "テスト", "개발", "개발환경", "로컬", "desarrollo", "entwicklung", "développement",
                          "desenvolvimento", "sviluppo", "lokal"})
_PARAMETER_TYPES = frozenset({"string", "str", "integer", "int", "boolean", "bool", "float", "list", "array", "dict",
                              "number", "object", "map", "bytes", "duration", "path"})
_SCALE_CONDITIONS = frozenset({"when", "once", "before", "if", "whenever"})
SCALE_LABELS = frozenset({"multiple", "several", "horizontal", "scaling", "scale-out", "clustered", "load-balanced"})
_SCALE_LABEL_RE = re.compile(r"[\s#*>+\-\d.)_]*(?:" + "|".join(map(re.escape, sorted(SCALE_LABELS)))
                             + r"|multi-\w+|(?:[\w-]+ [\w-]+, )?(?:high|heavy)[ -]traffic)\b[^:\n]{0,30}:")
# (a unit without any of these words has no scale condition)
# a troubleshooting row's symptom of slowness ("| Slow responses | Enable Redis caching |")
_SLOW_SYMPTOMS = frozenset({"slow", "slowness", "sluggish", "latency", "laggy"})
# a use that needs less than the full set-up ("No Redis for basic use")
_SIMPLE_USES = frozenset({"basic", "simple", "small", "smaller", "single", "single-server", "single-instance", "light",
                          "personal", "hobby", "low-traffic", "most"})
# verbs that take the service out, in a note after it ("Redis (comment out for memory mode)")
_TAKE_OUT_VERBS = frozenset({"comment", "remove", "omit", "drop", "delete", "disable", "skip"})
# taking the service on, as the subject of what it would bring ("Adding Redis will improve …")
_ADDING_GERUNDS = frozenset({"adding", "enabling", "configuring", "using", "introducing", "deploying", "running"})
# a verb of growing past one instance: "can scale to thousands of users by enabling Redis"
_SCALE_VERBS = frozenset({"scale", "scales", "scaling"})
_SCALE_GATE = _SCALE_WORDS | {"more", "past", "moment", "traffic", "ha", "second", "2nd", "another", "additional", "distributed", "multi-tenant", "multi-az", "multi-zone",
                               "multi-cluster", "multi-site", "multi-dc", "multi-datacenter", "multi-user"} | {
    "multi-" + u + s for u in _SCALE_UNITS for s in ("", "s", "es")}
_SCALE_CHOICE = frozenset({"better", "best", "right", "ideal", "preferred", "hard", "recommended", "good", "great"})


def _singular(word: str) -> str:
    """"processes" → "process", "servers" → "server" (the scale units' plurals)."""
    if word.endswith("sses"):
        return word[:-2]
    return word if word.endswith("ss") else word.rstrip("s")


def _before_condition(np: list[Tok]) -> list[Tok]:
    """"Redis before running more than one replica": an object phrase ends at a condition."""
    cut = next((k for k, t in enumerate(np) if t.low in ("before", "once", "whenever", "after")), None)
    return np if cut is None else np[:cut]


_PLAN_WORDS = frozenset({"pro", "premium", "paid", "enterprise", "business", "dedicated", "larger", "bigger"})
_INTENSIFIERS = frozenset({"highly", "strongly", "very", "really", "completely", "entirely", "fully", "truly", "totally",
                           "now", "completamente", "totalmente", "vraiment", "complètement", "komplett", "völlig"})
_CRITICAL_ADJ = frozenset({"required", "needed", "necessary", "critical", "essential", "mandatory", "important",
                           "crucial", "vital", "indispensable"})
_ADDRESS_NOUNS = frozenset({"host", "hostname", "url", "uri", "address", "endpoint", "dsn", "connection"})
_SET_UP_PARTICIPLES = frozenset({"configured", "set", "installed", "deployed", "running", "enabled", "used",
                                 "provisioned", "available", "present"})


# a Required cell that names where the service must run rather than what needs it ("For Docker")
_REQUIRED_WHERE = frozenset({"production", "prod", "docker", "compose", "docker-compose", "kubernetes", "k8s", "helm",
                             "deployment", "deployments", "deploy", "deploying", "staging", "all", "any", "every",
                             "everything", "self-hosting", "self-hosted", "server", "servers", "live", "real"})


_START_VERBS = frozenset({"start", "starts", "starting", "launch", "launches", "launching", "boot", "boots",
                          "spin", "spins", "restart", "restarts"})
_ENV_NAME = re.compile(r"[A-Z][A-Z0-9]*_[A-Z0-9_]+")  # an environment variable's name: `CACHE_URL`


def _required_for_feature(words: str, names) -> bool:
    """A Required column's answer that is a condition: "For multi-replica", "For Celery", "Only
    with several workers" (not "For production", "For Docker": where it runs, nor "If using it",
    "When type=redis": the condition is the service itself)."""
    lows = words.split()
    if lows[:1] == ["only"]:
        lows = lows[1:]
    if len(lows) < 2 or len(lows) > 5 or lows[0] not in ("for", "with", "if", "when"):
        return False
    rest = lows[1:]
    if rest[0] in ("using", "you", "use", "used", "enabled", "set", "needed", "required", "applicable", "the"):
        return False  # ("If using Redis", "If you use it", "If applicable"): the row's own condition
    return _REQUIRED_WHERE.isdisjoint(rest) and not _DEV_COLUMNS.intersection(rest) and not any(
        name in word for word in rest for name in names)


# a stand-in and "or" in other languages, and the verbs of keeping data ("stockées", "almacenan",
# "gespeichert", "memorizzati", "armazenados", "conservées", "salvati", "guardadas")
_ROMANCE_GERMAN_OR = frozenset({"ou", "o", "oder", "oppure", "or"})  # (tokens read "ou" as "or")
_FOREIGN_STAND_INS = frozenset({"mémoire", "memoria", "memória", "speicher", "arbeitsspeicher", "localement",
                                "localmente", "lokal", "local", "locale", "fichier", "fichiers", "archivo",
                                "archivos", "dateisystem", "dateien", "datenbank", "database", "banco",
                                "memory"})  # (tokens read "mémoire", "memoria" as "memory")
_FOREIGN_STAND_IN_STEMS = ("mémoire", "memoria", "memória", "speicher", "localement", "localmente", "lokal",
                           "en local", "in locale")
_FOREIGN_STORE_STEMS = ("stock", "almacen", "gespeichert", "speicher", "abgelegt", "memorizz", "armazen",
                        "conserv", "salvat", "guardad", "enregistr", "persist")
_NONE_OR_MEMORY = frozenset({"none", "null", "off", "disabled", "noop", "memory", "in-memory", "inmemory", "local"})
# the first column's title of a table whose rows are providers of the service
_PROVIDER_TITLES = frozenset({"provider", "providers", "hosting", "host", "vendor", "service provider", "platform",
                              "hosted option", "managed service"})
# what follows "オプション" when it is the noun "options" ("オプションの詳細", "オプションを設定")
_JA_OPTIONS_NOUN = ("の詳細", "の設定", "の一覧", "の説明", "の値", "のリスト", "を設定", "を指定", "を構成", "一覧")
# "in order to" / "if you want to" at the start of a Chinese lead, and the words of a scale in it
_CJK_IN_ORDER_TO = ("要想", "若要", "如果要", "如要", "想要", "為了", "为了", "如果需要", "若需要", "如需")
_CJK_SCALE = ("擴展", "扩展", "擴充", "扩充", "多處理序", "多进程", "多進程", "多伺服器", "多服务器", "多台", "多個實例",
              "多个实例", "多實例", "多实例", "叢集", "集群", "分散式", "分布式", "水平")
_FOREIGN_SCALE_STEMS = ("distribu", "verteilt", "plusieurs", "múltiples", "mehrere", "instancias", "instanzen")
_STORED_LOCALLY = frozenset({"stored", "kept", "saved", "cached", "persisted", "store", "keep", "save", "cache",
                             "persist", "stores", "keeps", "saves", "caches", "persists"})


def _scale_lead_words(lead: list[str]) -> bool:
    """The words of a lead ("for multiple instances", "with more than one replica", "for
    distributed deployments") name a scale ("With more than one replica, Redis is required",
    "For distributed deployments, configure Redis:")."""
    return any(w in _SCALE_WORDS or w.startswith("multi-") or w in ("traffic", "high-availability", "ha")
               and (w != "traffic" or any(v in ("high", "heavy", "more", "larger") for v in lead)) for w in lead) \
        or "more" in lead and _scale_phrase(lead) \
        or "distributed" in lead and not _SETUP_NOUNS.isdisjoint(lead)


def _scale_phrase(lows: list[str]) -> bool:
    """"more than one replica", "multiple app servers", "horizontal scaling", "a multi-node
    setup": words that say the deployment runs on more than one machine or process."""
    for k, w in enumerate(lows):
        if w in ("horizontal", "horizontally", "scaling", "scale-out") or w.startswith("multi-") and w[6:].rstrip(
                "s") in _SCALE_UNITS:
            return True
        if w == "scale" and k and lows[k - 1] in ("to", "you", "we", "at", "and"):
            return True  # "when you scale", "to scale out" (not "the scale of the cache")
        near = [_singular(v) for v in lows[k + 1:k + (7 if w == "more" else 5)]]
        if w in ("second", "another", "additional", "2nd", "third", "3rd") and not _SCALE_UNITS.isdisjoint(near[:3]):
            return True  # "when a second app server is added"
        if (w in ("multiple", "several") or w == "more" and lows[k + 1:k + 3] in (["than", "one"], ["than", "1"])
                or w == ">" and lows[k + 1:k + 2] == ["1"]) \
                and not _SCALE_UNITS.isdisjoint(near):
            return True  # (also ">1 server replica")
        if (w in ("more", "greater", "higher") and lows[k + 1:k + 3] in (["than", "one"], ["than", "1"])
                or w == ">" and lows[k + 1:k + 2] == ["1"]) and any(
                unit in v for v in lows[max(0, k - 6):k] for unit in ("worker", "replica", "instance", "process")):
            return True  # "if you set `UVICORN_WORKERS` to any value greater than 1", "If **ReplicaSet > 1**"
    return False


# what a phrase built on the service names ("Redis support", "a Redis-backed implementation")
_SCALE_ROLE_HEADS = frozenset({"support", "backend", "adapter", "implementation", "store", "cache", "integration",
                               "layer", "extension", "mode", "option", "driver", "pub/sub", "pubsub"})
# words that say the service comes from elsewhere ("Don't install Redis; the platform provides it")
_PROVIDED_ELSEWHERE = frozenset({"managed", "provided", "provides", "already", "hosted", "platform", "bundled", "included",
                                 "includes", "instead", "separately", "manually", "globally", "system-wide", "twice",
                                 "again", "container", "image", "compose"})
# what goes with the whole integration when a change log removes it: "Removed Redis client and
# dependencies", "Removed Redis environment variables" (not a part: "Removed Redis keys")
_INTEGRATION_PARTS = frozenset({"client", "clients", "dependency", "dependencies", "configuration", "config",
                                "initialization", "initialisation", "integration", "connection", "connections",
                                "variables", "vars", "setup", "service", "services", "container", "support", "usage",
                                "adapter", "adapters", "layer"})
_REPLACE_VERBS = frozenset({"replaced", "replace", "replacing", "swapped", "swap", "swapping", "migrated", "migrate",
                            "migrating", "moved", "move", "moving", "switched", "switch", "switching"})
_DEGREE_ADVERBS = frozenset({"fully", "entirely", "completely", "totally", "truly", "strictly", "purely", "really"})
_EMERGENCY_WORDS = frozenset({"emergency", "incident", "incidents", "outage", "outages"})
_BUNDLED_WORDS = frozenset({"bundled", "embedded", "built-in", "in-cluster", "subchart", "sub-chart", "internal"})
# things done to a running service: "Consider scaling Redis if needed" conditions the scaling
_OPERATIONS = frozenset({"restart", "restarting", "reload", "reloading", "stop", "stopping", "scale", "scaling",
                         "upgrade", "upgrading", "tune", "tuning", "resize", "resizing", "flush", "flushing"})
_TRUTHY = re.compile(r"true|1|yes|on|enabled", re.IGNORECASE)
# words that open an absence: "no Redis URL means …", "leaving out `REDIS_URL` means …"
_ABSENCE_LEADS = frozenset({"no", "without", "leaving", "omitting", "skipping", "unsetting", "dropping"})


_DEV_FILE_PARTS = frozenset({"development", "dev", "local", "test", "testing"})
_CONFIG_EXTENSIONS = frozenset({"ini", "cfg", "conf", "py", "rb", "yml", "yaml", "json", "toml", "env"})


def _dev_file(name: str) -> bool:
    """A configuration file for development or tests: `development.ini`, `docker-compose.dev.yml`,
    `compose-dev.yaml`, `settings.local.py`."""
    stem, _, extension = name.rpartition(".")
    if not stem or extension not in _CONFIG_EXTENSIONS:
        return False
    parts = stem.replace("-", ".").replace("_", ".").split(".")
    return parts[-1] in _DEV_FILE_PARTS or stem in _DEV_FILE_PARTS


def _switched_state(toks: list[Tok]) -> bool:
    """"Redis is automatically enabled", "Redis gets used", "Redis is automatically disabled":
    the service's state, which a list of conditions after it then qualifies."""
    words = [t for t in toks if t.kind != "punct" and t.low not in ("*", "**", "_")]
    return len(words) >= 3 and words[0].service and words[1].low in ("is", "gets", "becomes", "will") and words[-1].low in (
        "enabled", "used", "activated", "active", "on", "disabled", "deactivated", "inactive", "off", "skipped",
        "bypassed") and all(
        w.low in ("automatically", "only", "be", "get") for w in words[2:-1])


# what a load is counted in ("when you have 30+ users")
_LOAD_NOUNS = frozenset({"users", "requests", "customers", "tenants", "visitors", "sites", "concurrent", "req/s",
                         "rps", "jobs", "messages", "events"})
# machines a condition has the service running on ("if you have one server running Redis")
_RUNNING_HOSTS = frozenset({"server", "servers", "machine", "machines", "host", "hosts", "node", "nodes", "vm", "vms",
                            "vps", "box", "boxes", "droplet", "droplets", "instance", "instances"})


def _manner_label(tokens: list[Tok]) -> bool:
    """The unit opens with a label that names a tool to run things with ("**Docker:** …",
    "Homebrew: …"): a hedge in it is about the tool."""
    colon = next((k for k, t in enumerate(tokens[:5]) if t.low == ":"), None)
    words = [t.low for t in tokens[:colon] if t.kind != "punct"] if colon else []
    after = next((t for t in tokens[colon + 1:] if t.kind != "punct"), None) if colon else None
    return bool(words) and all(w in _MANNER_NAMES for w in words) and after is not None and not after.service
    # (not "Docker: Redis (optional)", a list of what runs in it)


def _shared_service(np: list[Tok]) -> bool:
    """"a shared Redis", "one central Redis": the service that several servers share."""
    words = [t for t in np if t.kind != "punct"]
    return bool(words) and words[-1].service and len(words) >= 2 and words[-2].low in (
        "shared", "central", "centralized", "centralised", "common")


def _scale_after(toks: list[Tok], i: int) -> bool:
    """"… for multi-server deployments", "… when scaling out", "… before horizontal scaling":
    a scale condition right after ``i`` (and no production scope, which is the base case)."""
    if i >= len(toks) or toks[i].low not in ("for", "in", "when", "once", "with", "before", "on", "at", "if",
                                             "past", "beyond", "the"):
        return False
    if toks[i].low == "the":
        if i + 1 >= len(toks) or toks[i + 1].low != "moment":
            return False
        i += 1  # "required the moment more than one replica runs"
    if toks[i].low in ("past", "beyond"):
        return i + 2 < len(toks) and toks[i + 1].low in ("one", "1", "a", "single") and any(
            _singular(t.low) in _SCALE_UNITS for t in toks[i + 2:i + 4])  # "Requires Redis past one (web) replica"
    window = [t.low for t in toks[i + 1:i + 5]]
    if ("more" in window or ">" in window) and _scale_phrase([t.low for t in toks[i + 1:i + 9]]):
        return True  # "when you run more than one replica", "for >1 server replica"
    if any(w in ("production", "prod") for w in window) and not any(
            w.startswith("multi-") or w in ("multiple", "horizontal", "horizontally", "several") for w in window):
        return False  # (but "for production multi-server deployments" is production at scale)
    if any(w == "distributed" and _singular(n) in ("deployment", "setup", "system", "environment", "installation")
           for w, n in itertools.pairwise(window)):
        return True  # "Use Redis for distributed deployments": more than one instance
    return any(w in _SCALE_WORDS or w.startswith("multi-") and _singular(w[6:]) in _SCALE_UNITS for w in window)


def _for_service_role(toks: list[Tok]) -> bool:
    """"(for Redis sessions)", "(for the Redis cache)": what the service is for, as the examples
    of what is optional."""
    words = [t for t in toks if t.kind != "punct"]
    if words[:1] and words[0].low == "for":
        words = words[1:]
    if words[:1] and words[0].low in ("the", "a"):
        words = words[1:]
    return len(words) == 2 and words[0].service and words[1].low in _ROLE_HEADS


def _measured_label(lows: list[str]) -> bool:
    """A label whose value is a measurement ("**New Pipeline (no Redis):** ~140 seconds")."""
    colon = next((k for k, w in enumerate(lows) if w == ":"), None)
    value = [w for w in lows[colon + 1:colon + 4] if w not in ("*", "**", "_", "~", "≈")] if colon is not None else []
    return bool(value) and value[0].lstrip("~≈<>").replace(".", "").replace(",", "")[:1].isdigit()


def _not_available(lows: list[str]) -> bool:
    """"Redis not available (graceful fallback)", "Redis unavailable": the service is down, so
    what stands in is a failure mode."""
    return "unavailable" in lows or any(a == "not" and b in ("available", "reachable", "running")
                                        for a, b in itertools.pairwise(lows))


def _falls_back_after(unit: list[str], cond: list[str]) -> bool:
    """After the condition, the unit says what stands in otherwise ("; otherwise it falls back to
    memory", "; fallback is local")."""
    at = next((k for k in range(len(unit) - len(cond) + 1) if unit[k:k + len(cond)] == cond), None)
    rest = unit[at + len(cond):] if at is not None else []
    return bool(rest) and rest[0] in (";", ",", ".", "—", "-") and any(
        w in ("otherwise", "fallback", "falls", "else") for w in rest[1:4])


def _production_at_scale(toks: list[Tok], k: int) -> bool:
    """"any production with multiple servers", "production deployments that run several
    replicas": production, but only at a scale."""
    if k >= len(toks) or toks[k].low not in ("production", "prod"):
        return False
    if k and (toks[k - 1].low.startswith("multi-") or toks[k - 1].low in ("clustered", "multiple", "scaled-out")):
        return True  # "multi-instance prod", "clustered production"
    rest = [t.low for t in toks[k + 1:k + 10] if t.low not in ("*", "**", "_")]
    if rest[:1] in (["deployments"], ["setups"], ["deployment"], ["setup"], ["environments"], ["sites"]):
        rest = rest[1:]
    return rest[:1] in (["with"], ["that"], ["running"], ["using"]) and _scale_phrase(rest[1:6])


_LIBRARY_CONTEXT = frozenset({"requirements", "requirements.txt", "pip", "pyproject", "pyproject.toml", "extras",
                              "extra", "package.json", "npm", "composer", "gem", "gemfile", "pecl", "extension",
                              "extensions", "php", "library", "client", "sdk", "import", "dependencies", "pypi"})


def _client_library(tokens: list[Tok]) -> bool:
    """The service's name as a package in a dependency list: "`redis` is optional and not in
    `common.txt`", "PHP with `curl`, `gd`; `redis` is optional" (the client library)."""
    named = [t for t in tokens if t.service]
    if named and all(k + 1 < len(tokens) and tokens[k + 1].low in ("package", "packages", "library", "gem", "extension")
                     or k and tokens[k - 1].low in _LANGUAGES and any(
                         u.low in _CLIENT_NOUNS or u.low in ("dependency", "dependencies", "transport")
                         for u in tokens[k + 1:k + 4])
                     for k, t in enumerate(tokens) if t.service):
        # "Python redis package is removed from the official image", "without the optional Python
        # Redis transport dependency": the client
        return True
    if not named or any((t.kind != "code" or t.low.strip("` ") != "redis") and t.low.strip("` ") not in _CLIENT_LIBRARIES
                        for t in named):
        return False  # (``django-redis`` names the service, as a package: "Optional dependencies: `django-redis` …")
    return any(t.low.strip("`") in _LIBRARY_CONTEXT or t.low.endswith((".txt", ".toml", ".json", ".lock"))
               for t in tokens)


# "Default" in other languages' table headers ("Valeur par défaut", "Valor padrão", "默认值")
# How a switch of the service is documented as turning it off ("Set to `false` to disable")
_OFF_DESCRIBED_RE = re.compile(r"\bset\s+(?:it\s+|this\s+)?to\s+[`'\"]?(false|0|off|no|true|1)[`'\"]?\s+to\s+"
                               r"(?:disable|bypass|skip|turn\s+off)\b", re.IGNORECASE)
# What makes "reads bypass Redis" a failover rather than a choice
_BYPASS_FAILURES = FAILURE_WORDS | {"failure", "failures", "timeout", "timeouts", "circuit", "cooldown", "outage"}
_LANGUAGES = frozenset({"python", "php", "node", "node.js", "nodejs", "ruby", "java", "go", "golang", "rust", "perl",
                        ".net", "elixir"})
_CLIENT_NOUNS = frozenset({"package", "packages", "library", "libraries", "extension", "extensions", "client",
                           "clients", "gem", "module", "driver", "bindings", "sdk", "adapter"})


def _installs_client(tokens: list[Tok]) -> bool:
    """A step that installs the service's client, not the service: "install the `redis`
    Python package", "add the Redis PHP extension", "`pip install django-redis`"."""
    lows = [t.low for t in tokens]
    client = False
    for k, low in enumerate(lows):
        if low in ("install", "add", "enable"):
            if k + 1 < len(tokens) and tokens[k + 1].service and tokens[k + 1].kind == "word":
                return False  # "install redis using your package manager, then …": the service too
            client = client or any(w in _CLIENT_NOUNS for w in lows[k + 1:k + 6])
        elif tokens[k].kind == "code" and any(c in low for c in ("pip install", "composer require", "npm install",
                                                                  "gem install", "pecl install", "yarn add")):
            client = True
    return client


_PLACES = {"region", "zone", "datacenter", "datacentre", "data-center", "vpc", "network", "host", "machine",
           "server", "cluster", "availability", "az", "subnet", "rack", "cloud"}


def _placed_near(tokens: list[Tok]) -> bool:
    """The advice is where the service runs: "in the same region as the backend", "close to
    the app servers"."""
    lows = [t.low for t in tokens]
    for k, low in enumerate(lows):
        if low == "same" and any(w in _PLACES for w in lows[k + 1:k + 3]):
            return True
        if low in ("close", "closer", "near", "nearest") and lows[k + 1:k + 2] in (["to"], ["the"], ["your"]) \
                and k and lows[k - 1] != "not":
            return True
    return False


def _phase_step(clause, parts, i: int) -> list[Tok]:
    """The step a phase label at ``i`` names ("Phase 2: Add Redis"): the words after its colon or
    dash, in the clause or in the clause after it (a label is a clause of its own)."""
    toks = clause.toks
    if i + 3 < len(toks) and toks[i + 2].low in (":", "-", "—", "–"):
        return toks[i + 3:]
    if i + 2 == len(toks) and clause.label_after:
        # (the parentheses of the clause after it come before it in ``parts``)
        return next((part.toks for part in parts[clause.index + 1:] if part.kind == "main"), [])
    return []


def _stored_in_service(toks: list[Tok], verb: int) -> bool:
    """"you can configure API Portal to cache APIs in a Redis cache": after the verb, what the
    step does lands in the service ("in a Redis cache", "with Redis")."""
    for k in range(verb + 2, len(toks)):
        if toks[k].service:
            at = k - 1 if toks[k - 1].low in ("a", "an", "the") else k
            return toks[at - 1].low in ("in", "with", "using", "via", "into") and any(
                t.low in ("cache", "store", "keep", "caches", "stores") for t in toks[verb + 1:at])
    return False


def _phase_stack(clause, parts, i: int) -> bool:
    """"### Phase 2: Hybrid (PostgreSQL + Redis)": a later phase named with its stack in
    parentheses, the service in that stack."""
    if not (i + 2 == len(clause.toks) and clause.label_after):
        return False
    for part in parts[clause.index + 1:clause.index + 3]:
        if part.kind == "paren" and any(t.service for t in part.toks) \
                and any(t.low in ("+", ",", "and", "&") for t in part.toks):
            return True
    return False


def _named_by_paren(phrase: list[Tok], parts, toks: list[Tok], i: int) -> list[Tok] | None:
    """The part of the noun phrase after the hedge at ``i`` that a parenthesis starting with the
    service follows right away ("an optional distributed layer (Redis or MongoDB)", "An optional
    cache (Redis) speeds up …"; the parenthesis is a clause part of its own, or still in the
    clause), or None."""
    def bare(after: list[Tok]) -> bool:  # the service's own name, alone or in a list ("(Redis exporter)" is a part)
        return not after or after[0].low in ("or", ",", "/", "and", ")", "e.g", "eg")

    end = i + 1 + len(phrase)
    if end + 1 < len(toks) and toks[end].low == "(" and toks[end + 1].service and bare(toks[end + 2:end + 3]):
        return phrase
    for part in parts:
        if part.kind == "paren" and part.toks and part.toks[0].service and bare(part.toks[1:2]):
            start = part.toks[0].start
            cut = next((k for k, t in enumerate(phrase) if 0 < start - t.end <= 3), None)
            if cut is not None:
                return phrase[:cut + 1]
    return None


def _variant_instead(tokens: list[Tok]) -> bool:
    """A condition that uses another instance of the service: "when using external Redis",
    "if you use a managed Redis", or the bundled one set aside for one of your own ("disable a
    default Redis instance, so that you can bring your own"): which instance, not the service."""
    for k, tok in enumerate(tokens):
        if tok.service and k >= 2 and tokens[k - 1].low in VARIANT_WORDS | PROVIDER_WORDS:
            lead = [t.low for t in tokens[max(0, k - 5):k - 1]]
            if any(w in ("using", "use", "uses", "with", "via") for w in lead) and any(
                    w in CONDITION_WORDS for w in (t.low for t in tokens[max(0, k - 8):k])):
                return True
    lows = [t.low for t in tokens]
    own = any(lows[k:k + 3] in (["bring", "your", "own"], ["use", "your", "own"], ["provide", "your", "own"],
                                ["have", "your", "own"]) for k in range(len(lows) - 2))
    if own and any(t.service and lows[k + 1:k + 2] in (["container"], ["subchart"], ["sub-chart"], ["pod"])
                   for k, t in enumerate(tokens)):
        return True  # "the Redis container is optional if you … have your own Redis instance": the bundled copy
    return own and any(
        t.service and k and lows[k - 1] in VARIANT_WORDS | {"default"} for k, t in enumerate(tokens))
    # ("Set to `true` to disable a default Redis instance, so that you can bring your own cluster")


def _production_must(toks: list[Tok], at: int) -> bool:
    """"production must use Redis", "production should always set a real Redis": the word at
    ``at`` ("production") is the subject of a requirement on the service."""
    after = [t.low for t in toks[at + 1:at + 4]]
    return (after[:1] in (["must"], ["always"]) or after[:2] in (["should", "always"], ["must", "always"])) and any(
        t.service for t in toks[at + 2:])


def _required_in_production(toks: list[Tok], at: int) -> bool:
    """"Redis (is) mandatory in production", "Redis required for prod": the service, then a
    word of necessity, then "in"/"for" and the word at ``at`` ("production")."""
    if at < 3 or toks[at - 1].low not in ("in", "for", "on"):
        return False
    need = at - 2
    while need > 0 and toks[need].low in ("*", "**", "_", "always", "strictly"):
        need -= 1
    if toks[need].low not in NECESSITY_ADJ:
        return False
    before = [t for t in toks[max(0, need - 3):need] if t.low not in ("*", "**", "_")]
    return bool(before) and not any(t.low in NEGATORS for t in before) and (
        before[-1].service or len(before) >= 2 and before[-1].low in COPULAS and before[-2].service)


def _by_default_after(toks: list[Tok], i: int) -> bool:
    """"disabled by default", "disabled in `render.yaml` by default": within a few words."""
    lows = [t.low for t in toks[i + 1:i + 9] if t.low not in ("*", "**", "_")]
    return any(a == "by" and b == "default" for a, b in zip(lows, lows[1:])) and not any(
        w in (",", ";", ".", "but", "and") for w in lows[:lows.index("by")] if "by" in lows)


# "To enable background jobs, set `REDIS_URL`": verbs of a purpose that turns a feature on, the
# steps that then set the service up, and what makes the purpose a part of the service or a how
_FEATURE_ENABLERS = frozenset({"enable", "activate", "unlock", "turn"})
_PURPOSE_STEP_VERBS = frozenset({"set", "install", "configure", "add", "provide", "run", "start", "deploy",
                                 "define", "export", "specify", "supply"})
_FEATURE_PURPOSE_BLOCKERS = _FEATURE_NOTES | {"encryption", "logging", "debug", "debugging", "it", "them", "this", "that"}

# what may stand between the service and "for better …" in an item that offers it: "Redis image
# ready to use for better scalability"
_OFFERED_AS = frozenset({"image", "container", "ready", "to", "use", "available", "support", "integration"})


def _auto_connects(lows: list[str]) -> bool:
    """The unit says the app finds the service by itself ("… will automatically connect with no
    additional configuration", "Redis will auto-connect if the add-on is installed"), and names
    no stand-in for it: how it is set up, not whether."""
    words = set(lows)
    return not words.isdisjoint(_AUTO_CONNECT) or "automatically" in words and not words.isdisjoint(
        ("connect", "connects", "detect", "detects", "discover", "discovers")) \
        and words.isdisjoint(("otherwise", "fallback", "falls", "memory", "in-memory", "else"))


_AUTO_CONNECT = frozenset({"auto-connect", "auto-connects", "autoconnect", "autoconnects", "auto-detect", "auto-detects",
                           "autodetect", "autodetects", "auto-discover", "auto-discovers"})


def _busy_label(tokens: list[Tok]) -> bool:
    """A label that names heavy traffic: "**High traffic**:", "- **Single server, high traffic**:"
    (a recommendation for that load, as "**Multiple servers**:" is for that scale)."""
    colon = next((n for n, t in enumerate(tokens[:10]) if t.low == ":"), None)
    if colon is None:
        return False
    label = [t.low for t in tokens[:colon] if t.low not in ("*", "**", "_", "-", "+", ">")]
    return 0 < len(label) <= 5 and not any(t.service for t in tokens[:colon]) and (
        "high-traffic" in label or any(a in ("high", "heavy") and b == "traffic" for a, b in itertools.pairwise(label)))


def _in_production_after(toks: list[Tok], i: int) -> bool:
    lows = [t.low for t in toks[i + 1:i + 5]]
    if lows[1:2] == ["the"]:
        lows = lows[:1] + lows[2:]  # "disabled for the production profile"
    return lows[:2] in (["in", "production"], ["for", "production"], ["on", "production"], ["in", "prod"], ["for", "prod"]) \
        and lows[2:3] not in (["tests"], ["test"], ["testing"], ["data"], ["logs"])


def _drop_emphatic(tokens: list[Tok]) -> list[Tok]:
    """"When you DO need Redis", "if you really need Redis": the emphasis is not a verb."""
    out = tokens
    for k in range(len(tokens) - 2, 0, -1):
        if tokens[k].low in ("do", "does", "really", "actually", "truly", "definitely") \
                and tokens[k - 1].low in ("you", "we", "they", "it", "i", "site", "app") \
                and (tokens[k + 1].low in ("need", "needs", "want", "wants", "use", "uses", "require", "requires")
                     or tokens[k].low != "do" and tokens[k + 1].low in ("do", "don't", "does", "doesn't")):
            out = out[:k] + out[k + 1:] if out is not tokens else tokens[:k] + tokens[k + 1:]
    return out


def _role_with_paren_hedge(toks: list[Tok], any_role: bool = False) -> Tok | None:
    """The hedge of a cell that names the service's role and ends in a parenthesised hedge
    ("Caching & rate limiting (optional)"), not a part of it ("Sentinel (optional)")."""
    words = [t for t in toks if t.kind != "punct"]
    if len(words) < 2 or len(words) > 9 or toks[-1].low != ")":
        return None
    opened = max((k for k, t in enumerate(toks) if t.low == "("), default=-1)
    inner = [t for t in toks[opened + 1:-1] if t.kind != "punct"]
    before = [t for t in toks[:max(opened, 0)] if t.kind != "punct"]
    advised = next((k for k in range(len(inner) - 2) if inner[k].low in RECOMMEND_WORDS and inner[k + 1].low in (
        "for", "in") and inner[k + 2].low in ("prod", "production")), None)
    if advised is not None:
        inner = inner[advised:advised + 1]  # "Caching layer (optional for dev, recommended for prod)": advised there
    elif 3 <= len(inner) <= 4 and inner[0].low in OPTIONAL_WORDS and inner[1].low in ("for", "in", "on"):
        inner = inner[:1]  # "Celery broker (optional for minimal deploy)": optional, for a kind of setup
    elif words[-1].low not in ("optional", "recommended", "suggested", "used", "needed", "enabled", "configured") \
            and words[-1].low not in OPTIONAL_WORDS:
        return None
    elif len(inner) == 2 and inner[0].low in ("if", "when"):
        inner = inner[:1]  # "Cache & queue (if used)": the role, on a condition
    elif words[-1].low not in ("optional", "recommended", "suggested") and words[-1].low not in OPTIONAL_WORDS:
        return None
    if opened < 1 or len(inner) != 1 or not before or any(
            t.low in PART_NOUNS and t.low not in _ROLE_HEADS or t.service or t.low in NEGATORS or t.kind == "code"
            for t in before):
        return None
    return inner[0] if any_role or any(t.low in FEATURE_NOUNS or t.low in _ROLE_WORDS for t in before) else None


# verbs that follow their object in German, or lead it in French/Spanish/Italian/Portuguese headings
_FOREIGN_PROVISION = frozenset({"konfigurieren", "installieren", "einrichten", "aufsetzen", "starten",
                                "configurer", "installer", "configurar", "instalar", "configurare",
                                "installare", "installeren", "configureren", "opzetten", "kurmak"})
_ROLE_HEADS = frozenset({"channel", "channels", "layer", "cache", "backend", "broker", "session", "sessions",
                         "queue", "adapter", "transport", "store", "lock", "locks"})
_ROLE_WORDS = frozenset({"layer", "limiting", "rate", "store", "storage", "jobs", "tasks", "pub/sub", "realtime",
                         "real-time", "websockets", "channels", "backend", "workers"})
# a description of a script or feature in the third person: "✅ Starts Redis server (if installed)"
_PROVIDES_THIRD_PERSON = frozenset({"starts", "runs", "launches", "adds", "enables", "deploys", "configures",
                                    "provisions", "spins"})  # (not "includes Redis if present": what a list holds)
# check marks before a step or a recommendation ("✅ Starts Redis server", "Recommendation: ✅ Use Redis"),
# with the variation selector an emoji may carry
_CHECK_MARKS = frozenset({"✅", "✔", "☑", "\ufe0f"})
# what handles a role ("Redis Session Handling", "optional Redis session handling"): the service in that role
_HANDLING_WORDS = frozenset({"handling", "handler", "handlers", "management"})
_HANDLED_ROLES = frozenset({"session", "sessions", "cache", "queue", "job", "jobs"})
# readers or users described by the writer ("for those wanting … and would prefer Redis")
_OTHER_PEOPLE = frozenset({"those", "who", "anyone", "whoever", "people", "users", "developers", "teams", "folks",
                           "projects", "packages", "plugins", "apps", "applications"})


# Compose or Spring profiles that always run (the service in one of them is in the setup), and
# words before "profile" that name none ("see profile", "AWS profile")
_PROFILE_ALWAYS = frozenset({"production", "prod", "default", "base", "core", "main", "standard", "all", "every",
                             "aws", "gcp", "azure", "spring", "active", "same", "user", "your", "this", "that",
                             "see", "check", "edit", "new", "my", "our", "its", "their"})
_NONPROD_WORDS = frozenset({"dev", "development", "local", "test", "testing", "tests", "debug", "ci", "demo"})


def _benefit_span(toks: list[Tok], i: int) -> int:
    """How far the benefit after "for better" at ``i`` reaches: "performance", "API performance",
    "cache and session performance" (as an end index past ``i``)."""
    lows = [t.low for t in toks[i + 1:i + 5]]
    if len(lows) == 4 and lows[1] == "and" and lows[3] in _BENEFITS:
        return 5
    return 3 if lows[:1] and lows[0] in _BENEFIT_MODIFIERS else 2


# a problem named beside a "Without Redis" title: "(Cache Loss on Deploy)", "(Fragmented Cache)"
_PROBLEM_NOTES = frozenset({"loss", "lost", "fragmented", "fragmentation", "problem", "problems", "issue", "issues",
                            "inconsistent", "inconsistency", "stale", "bottleneck", "risk", "risks", "drawbacks"})


def _off_switch_name(name: str) -> bool:
    """A switch whose name turns the service off when set ("DISABLE_REDIS", "NO_REDIS",
    "WP_REDIS_DISABLED", "redis.off"): setting it true leaves the service out."""
    return name.startswith(("disable", "no_", "skip", "without")) \
        or not {"disable", "disabled", "skip", "without", "off"}.isdisjoint(re.split(r"[_:.]+", name))


def _with_phrase_without(toks: list[Tok]) -> bool:
    """The clause ends with a "with …" phrase that does not name the service ("Redis-powered,
    with Docker-ready setup")."""
    at = next((k for k in range(len(toks) - 1, -1, -1) if toks[k].low == "with"), None)
    return at is not None and at + 1 < len(toks) and not any(t.service for t in toks[at + 1:])


def _variant(low: str) -> bool:
    """A word for which copy of the service: "managed", "dedicated", "Kamal-managed", "self-hosted",
    "AI-specific" (an instance of its own for one part of the app)."""
    return low in VARIANT_WORDS or low.endswith(("-managed", "-hosted", "-provided", "-operated", "-specific",
                                                 "-dedicated"))


def _compound_store(words: list[Tok]) -> bool:
    """"Redis profile cache", "Redis session store": the service, a modifier, and a head that is
    a role the service plays (not "Redis password store": a part of it)."""
    return len(words) >= 3 and words[2].low in ("cache", "store", "backend", "broker", "queue") \
        and words[1].kind == "word" and words[1].low not in PART_NOUNS \
        and (len(words) == 3 or words[3].low in (",", "and", "or", "for", "in", "with", "(", "-", "—", ":", ";"))


def _name_list(toks: list[Tok]) -> list[Tok]:
    """A list of names at the start of ``toks``: "Celery + Redis", "JWT auth, Celery, Redis,
    RabbitMQ" (capitalised words, the service, and separators), or []."""
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        if tok.low in ("*", "**", "_"):
            continue
        if tok.kind == "word" and tok.low in PART_NOUNS and out and out[-1].service:
            return []  # "Optional Redis AUTH and TLS encryption": features of it, not a list of names
        if tok.service or tok.kind == "word" and tok.text[:1].isupper() or tok.kind == "code":
            out.append(tok)
        elif tok.kind == "word" and out and out[-1].kind != "punct" and k + 1 < len(toks) \
                and toks[k + 1].low in (",", "+", "&", "/"):
            out.append(tok)  # the second word of a compound name: "JWT auth, Celery, Redis"
        elif tok.low in (",", "+", "&", "/", "and", "or") and out:
            out.append(tok)
        else:
            break
    while out and out[-1].kind == "punct" or out and out[-1].low in ("and", "or"):
        out.pop()
    return out


def defaults_to_local_address(text: str) -> bool:
    """"defaults to `redis://localhost:6379/0`", "default: localhost": a variable with a
    default address on this machine."""
    return any(_LOCAL_ADDRESS_RE.match(text, m.end()) is not None for m in _DEFAULT_RE.finditer(text))


def _version_only(toks: list[Tok]) -> bool:
    """Only a version: "6.0 or higher", "7+", "latest stable version"."""
    return bool(toks) and all(t.low[:1].isdigit() or t.low[:1] == "v" and t.low[1:2].isdigit() or t.low in (
        "or", "and", "up", "higher", "later", "newer", "above", "+", ".", "x", "v", "*", "**", "_", "latest",
        "version", "stable") for t in toks)


# Romance languages put the adjective after its noun: "(cache d'objets facultatif)".
_POSTPOSED_HEDGES = frozenset({"facultatif", "facultative", "facultativo", "facultativa", "opcional",
                               "optionnel", "optionnelle", "opzionale", "opsional", "recommandé", "recomendado"})
_FOREIGN_FEATURE_NOTES = frozenset({"persistência", "persistencia", "persistance", "persistenza", "persistenz",
                                    "senha", "contraseña", "passwort", "sauvegarde", "sauvegardes", "respaldo",
                                    "réplica", "réplicas", "réplique", "répliques", "authentification"})


_BENEFITS = frozenset({"performance", "speed", "throughput", "scalability", "features", "functionality", "caching",
                       "results", "lookups", "responses", "queries", "reads", "loads", "access",
                       "desempenho", "rendimiento", "rendimento", "velocidade", "velocidad"})  # (after "para melhor")
_BENEFIT_MODIFIERS = frozenset({"api", "app", "application", "site", "page", "query", "response", "overall", "search",
                                "cache", "dashboard", "read", "runtime"})
_CLIENT_LIBRARIES = frozenset({"phpredis", "predis", "redis-py", "ioredis", "node-redis", "jedis", "lettuce",
                               "hiredis", "redis-rb", "redigo", "go-redis", "stackexchange.redis", "redisson",
                               "django-redis", "aioredis", "redis-om"})
_SETUP_NOUNS = frozenset({"setup", "set-up", "stack", "configuration", "deployment", "architecture", "services",
                          "infrastructure", "topology", "setups", "deployments", "installations", "environments",
                          "systems"})


def _postposed_note(toks: list[Tok], i: int) -> bool:
    """The hedge at ``i`` ends a parenthesis after a short noun phrase, in the word order of
    the Romance languages: "Redis (cache d'objets facultatif)" reads "(optional object cache)"."""
    if i + 1 != len(toks) or not 2 <= i <= 3 or toks[i].text.lower() not in _POSTPOSED_HEDGES:
        return False
    return all(t.kind == "word" and not t.service and t.low not in NEGATORS and t.low not in COPULAS
               and t.low not in MODALS for t in toks[:i])


def _last_note(toks: list[Tok], i: int) -> bool:
    """The hedge at ``i`` opens the last note of a parenthesis of short notes: "(Best
    Performance - Optional)", "(cache/sessions, optional)", "(planned / optional)"; not
    "(persistence optional)" nor "(not optional, …)"."""
    if i < 2 or toks[i - 1].low not in (",", ";", "-", "—", "–", "/") or toks[i].low not in OPTIONAL_WORDS:
        return False
    if any(t.low in NEGATORS or t.low in COPULAS or t.low in MODALS or t.low.endswith("n't")
           or t.low in _FEATURE_NOTES or t.service and not _hosted_copy(toks, k) for k, t in enumerate(toks[:i])):
        return False  # ("(AOF persistence - optional)": a feature is optional)
    rest = [t for t in toks[i + 1:] if t.kind != "punct"]
    if rest and rest[0].service:
        return False  # "(Bucket4j, optional Redis)": an attributive, not a note
    if rest and rest[0].low in ("if", "when", "unless", "for") and len(rest) <= 8:
        return True  # "(for the worker — optional if you do not run imports)"
    if i + 1 < len(toks) and toks[i + 1].low in ("-", "—", "–") and 0 < len(rest) <= 8 \
            and not any(t.service for t in toks[i + 2:]):
        return True  # "(for caching, optional - can use local memory cache)": the note, then why
    return len(rest) <= 3 and all(t.kind != "punct" or t.low in (",", ".") for t in toks[i + 1:])


def _hosted_copy(toks: list[Tok], k: int) -> bool:
    """The service at ``k`` is one provider's copy of it: "(Upstash/Redis Cloud, optional)"
    names where the service runs, so the note is still on the service before the parenthesis."""
    after = toks[k + 1].low if k + 1 < len(toks) else ""
    before = toks[k - 1].low if k else ""
    return after in ("cloud", "enterprise") or before in PROVIDER_WORDS


# a platform that "provides Redis as an addon" sells it in its catalogue of add-ons
_OFFER_VERBS = frozenset({"provides", "provide", "offers", "offer", "provisions", "provision", "sells", "lists"})
# a need seen in its symptoms: "Add Redis when you actually feel the pain of slow queries" (not
# "Install Redis when you see the prompt", a moment of the step)
_PERCEIVE_VERBS = frozenset({"see", "notice", "feel", "observe", "experience", "measure", "hit"})
_SYMPTOM_WORDS = frozenset({"slow", "slowness", "pain", "bottleneck", "bottlenecks", "latency", "pressure", "lag",
                            "contention", "performance"})
_BARE_CONNECTIVES = frozenset({"x", "but", "and", "so", "then", "also", "or", "however", "yet"})
_CORE_USES = frozenset({"caching", "cache", "sessions", "session", "queue", "queueing", "queuing", "broker"})
_DEV_IDENTIFIERS = ("developmentconfig", "devconfig", "settings.dev", "settings/dev", "settings.local",
                    "settings/local", "config.settings.local", "config/settings/local")
# the words ``_nonprod`` looks at (a word of letters only outside these, and not a development
# configuration's name, cannot scope a unit to development)
_NONPROD_TRIGGERS = frozenset({"production", "prod", "test", "tests", "testing", "dev", "development", "local",
                               "localhost", "integration", "unit", "ci", "staging", "locale", "tester", "probar",
                               "testar", "testare", "tested"}) | frozenset(NONPROD_WORDS)
# punctuation that ``_nonprod``'s tests never take as the word they look at (each test needs a
# word, a file name, a setting or a mark followed by letters)
_INERT_MARKS = frozenset(",.:;()[]*-—–!?'\"/|&+#<>=`") | frozenset({"**", "__", "***", "...", "…"})
_LOCAL_COMPOUNDS = frozenset({"local-dev", "local-development", "local-test", "local-testing"})
# a command that runs the development setup ("make dev", "npm run dev", "pnpm dev:api")
_DEV_RUN = re.compile(r"(?:make|npm run|yarn|pnpm|bun run|bun|just|task)\s+(?:dev|develop|start:dev|dev:[\w-]+)")
_DEV_ONLY_RE = re.compile(
    r"\b(?:not (?:meant |intended |suitable )?(?:for|in) production|development (?:convenience|only)|"
    r"dev[- ]only|for (?:local )?development only|never (?:use )?(?:this )?in production|"
    r"(?:this|that|it|which|ini|itu)(?: is|'s| was)? (?:fine|ok|okay|enough|good) (?:for|in|buat|untuk) (?:local )?"
    r"(?:development|dev|testing|tests))\b", re.IGNORECASE)
# a sentence that opens with a development scope ("In development mode (`DEBUG=True`), …")
_DEV_LEAD_RE = re.compile(r"\W*(?:(?:in|during|for) (?:local )?dev(?:elopment)?(?: mode)?\b(?! and production)"
                          r"|(?:the )?(?:unit |integration )?tests (?:override|stub|mock|fake|patch|set|run|use)\b)",
                          re.IGNORECASE)
# a sentence that may go on about the service named in the sentence before it (the rule
# module checks that the sentence before is about the service)
_CONTINUATION_IT = re.compile(r"\bit(?:'s| is| remains| stays)\b|\bwithout it\b")
_CONTINUATION_START = re.compile(r"\W*(?:only (?:needed|required)|optional|not (?:required|needed|necessary)|"
                                 r"recommended (?:for|when|if|in|on) |nice to have|(?:if|when) (?:omitted|unset|not set|not configured|not provided|"
                                 r"left (?:blank|empty|unset)))\b")
# "If omitted, an in-memory fallback is used.": the variable or service of the sentence before
# may be left out, and something stands in
_OMITTED_FALLBACK_RE = re.compile(
    r"\W*(?:if|when)\s+(?:omitted|unset|not\s+set|not\s+configured|not\s+provided|left\s+(?:blank|empty|unset))\b"
    r"[^.;]*?\b(?:fall(?:s|ing)?\s*back|fallback|in-memory|in-process|local memory|disabled)\b", re.IGNORECASE)


def continuation_cue(text: str) -> bool:
    """"It is optional.", "Everything else works without it.", "Optional for small sites.": a
    sentence that may go on about the service named in the sentence before it (the rule module
    checks that the sentence before is about the service). Cheap: a lower-cased scan for "it",
    then anchored patterns (an unanchored pattern cost 4 µs a sentence)."""
    low = text.lower()
    return "it" in low and (_CONTINUATION_IT.search(low) is not None or "skip it" in low or "omit it" in low) \
        or _CONTINUATION_START.match(low) is not None  # ("You can skip it": substring tests, cheaper than the pattern)
_EXTRAPOSED_RE = re.compile(r"\b(?:optional|recommended|required|necessary|needed|advisable|fine|safe)\s+to\s",
                            re.IGNORECASE)
_FOREIGN_IF = frozenset({"если", "se", "si", "wenn", "caso"})
_FOREIGN_FAILURE = ("недоступ", "упал", "ошибк", "indisponi", "non disponibile", "nicht erreichbar", "ausfall",
                    "caído", "falla", "fails", "down", "panne", "erreur", "errore", "fehler", "dispo", "локально",
                    "не запуска", "не стартует", "не работает", "не отвечает")  # ("Если Redis не запускается")
_LABEL_PAREN_HEDGE = re.compile(
    r"(?:cache|caching|queues?|sessions?|broker|storage|store|rate limiting|background (?:jobs|tasks))"
    r"[\w /&-]{0,20}\((optional|recommended|optionnel|opcional|可选)\)$", re.IGNORECASE)
_STRONG_NONPROD = frozenset({"development", "dev", "testing", "tests", "ci", "desarrollo", "entwicklung",
                             "développement", "sviluppo", "desenvolvimento", "开发", "测试", "разработки"})
_WITHOUT_WORDS = frozenset({"without", "ohne", "sans", "sem", "sin", "senza", "без"})
# what follows the French "mais" when it is "but" ("… mais n'est pas obligatoire"), not the
# Portuguese "mais" (more)
_FRENCH_AFTER_BUT = frozenset({"n", "ne", "il", "elle", "c'est", "c’est", "reste", "est", "peut", "sans", "pas", "recommandé",
                               "recommandée", "optionnel", "facultatif"})
# "as" of a role in Spanish, Portuguese, French, Italian, German and Polish
_FOREIGN_AS = frozenset({"como", "comme", "come", "als", "jako"})
# "can" in the languages of _WITHOUT_WORDS: negated, the sentence says what cannot be done without it
_FOREIGN_CAN = frozenset({"kann", "können", "puede", "pueden", "pode", "podem", "peut", "peuvent", "può", "possono",
                          "может", "могут"})
# a comment over a variable that says leaving it out has a stand-in
_LEAVE_BLANK_RE = re.compile(r"((?:leave|keep)\s+(?:it\s+|this\s+)?(?:blank|empty|unset)|omit(?:\s+it|\s+this)?|"
                             r"comment\s+(?:it\s+|this\s+)?out|unset)\b.*\b(?:fall\s*back|fallback|in-memory|in-process|"
                             r"memory|sync(?:hronous)?\s+mode|disabled?)\b", re.IGNORECASE)
_SETTING_NAME_RE = re.compile(r"(?:export\s+)?([A-Za-z_][A-Za-z0-9_.]*)\s*=")
_SETTING_VERBS = frozenset({"keep", "set", "leave", "turn", "switch", "enable", "configure", "tune", "harden"})
_REMOVAL_VERBS = frozenset({"remove", "drop", "delete", "comment", "disable", "omit"})
# A checklist item that states the service is in place: "Redis added", "Redis provisioned".
_DONE_PARTICIPLES = frozenset({"added", "installed", "configured", "provisioned", "deployed", "created", "enabled",
                               "connected", "linked", "running", "started", "attached"})
def _calls_it_normal(toks) -> bool:
    """"This is **NORMAL**", "That's expected": a main clause that calls the state fine."""
    words = [t.low for t in toks if t.kind != "punct" and t.low not in ("*", "**", "_")]
    if words[-3:-1] in (["normal", "and"], ["fine", "and"], ["ok", "and"]):
        words = words[:-2]  # "This is NORMAL and expected"
    return len(words) <= 4 and words[:1] in (["this"], ["that"], ["it"], ["this's"], ["that's"], ["it's"]) \
        and words[-1:] in (["normal"], ["expected"], ["fine"], ["ok"], ["okay"])


# the state a condition's "not" takes away: "when Redis isn't configured", "if Redis is not
# explicitly configured for this module"
_NOT_SET_UP = frozenset(("configured", "installed", "set", "enabled", "present", "used", "provided", "defined",
                         "provisioned", "deployed"))
# a thing built on the service, named after it ("a Redis-backed cache", "a Redis-compatible
# store"): the service is what it needs
_BACKED = ("-backed", "-based", "-powered", "-driven", "-compatible")
_CAMEL_ROLES = ("Backend", "Cache", "Store", "Adapter", "Broker", "Queue", "Transport", "Storage", "ChannelLayer",
                "Backplane", "SessionStore", "SessionHandler", "Lock", "PubSub")
_DEFAULT_RE = re.compile(r"(?:\bdefault(?:s|ing)?\b(?:\s*(?:to\b|is\b|value\b|:|=))*|"
                         r"(?:默认|默認|預設)值?(?:为|為|是)?|デフォルト値?(?:は)?|기본값(?:은|는)?)[\s`'\"(*_：:]*", re.IGNORECASE)
# steps that tune what is installed ("# Edit the Redis configuration (optional)", "Redis 설정 수정",
# settings modified; "修改 Redis 配置")
_TUNING_VERBS = frozenset({"edit", "modify", "tune", "adjust", "customize", "customise", "tweak"})
_CJK_TUNING = ("수정", "변경", "편집", "修改", "调整", "調整", "変更", "編集")
# machines a service is installed on ("install Redis on the machine with your proxy")
_HOST_NOUNS = frozenset({"machine", "machines", "server", "servers", "host", "hosts", "node", "nodes", "vm", "vps"})


def _on_a_host(lows: list[str], k: int) -> bool:
    """``lows[k:]`` says on which machine: "on the machine with your proxy", "on each node", "on
    a separate server" (where the service goes, not whether)."""
    if lows[k:k + 1] != ["on"]:
        return False
    words = lows[k + 1:k + 4]
    while words and words[0] in ("the", "a", "an", "your", "each", "every", "that", "this", "one", "same",
                                 "separate", "dedicated", "other", "another", "proxy", "main", "primary", "app"):
        words = words[1:]
    return bool(words) and words[0] in _HOST_NOUNS


_CJK_DEFAULT_WORDS = ("默认", "默認", "預設", "デフォルト", "기본값")  # (the words of _DEFAULT_RE in these scripts)
_LOOPBACK_RE = re.compile(r"localhost\b|127\.0\.0\.1\b|\[::1\]|//redis(?:[:/]|$)|^redis:\d", re.IGNORECASE)
_FALLS_BACK_RE = re.compile(r"\bfall(?:s|ing)?[ -]?back\b|\bfallback\b|\bin-memory\b|\bLocMem", re.IGNORECASE)
_SUPPLIED_RE = re.compile(r"\b(?:injects?|injected|supplies|supplied|provides|provided|sets it|defaults)\b",
                          re.IGNORECASE)
_URL_RE = re.compile(r"\b[a-z][a-z0-9+.-]*://\S+", re.IGNORECASE)
_LOCAL_ADDRESS_RE = re.compile(r"(?:rediss?://|localhost\b|127\.0\.0\.1\b|\[?::1\]?|redis:\d)", re.IGNORECASE)

# development and test environments in CJK runs (one token each: "开发环境不需要"), and production
_CJK_DEV = ("开发环境", "開發環境", "开发模式", "開發模式", "本地开发", "本地開發", "开发时", "開發時", "開発環境",
            "開発時", "ローカル開発", "测试环境", "測試環境", "テスト環境", "本地环境", "本地運行", "本地运行",
            "개발 환경", "개발환경", "로컬 개발", "快速测试", "快速測試")
_CJK_PROD = ("生产", "生產", "本番", "프로덕션", "운영", "正式环境", "线上")

_CJK_RECOMMENDS = ("建议", "建議", "推荐", "推薦")
# "建议启用" (enabling it is recommended) at the end of a list of its uses
_CJK_ENABLE_ADVISED = ("建议启用", "建議啟用", "推荐启用", "推薦啟用")
_CJK_RECOMMEND_USE = tuple(m + v for m in _CJK_RECOMMENDS for v in ("使用", "采用", "採用", "用", "部署", "安装", "安裝", "启用", "啟用"))

# a table cell that is a hedge and nothing else, under a column headed by the service's name
_BARE_CELL_HEDGES = frozenset({"optional", "optional*", "recommended", "nice to have", "nice-to-have", "opt-in",
                               "if needed", "when needed", "later", "maybe", "conditional", "optional (recommended)"})
# a first column whose rows are parts of the app, not deployments ("| Component | Redis? |")
_PART_ROW_HEADERS = frozenset({"component", "components", "service", "services", "process", "processes", "container",
                               "containers", "module", "modules", "feature", "features", "endpoint", "endpoints", "app",
                               "apps", "package", "packages", "command", "commands", "task", "tasks", "job", "jobs"})
_DEFER_PAREN_RE = re.compile(r"\([*_ ]*(?:later|eventually|future)[*_ ]*\)")  # "Redis (later)", "(*later*)"
# a later version or phase of the product ("add Redis in v2", "Introduce Redis in v3.0", "in phase 2")
_VERSION_MARK_RE = re.compile(r"v\d+(?:\.\d+)*")
_IN_VERSION_RE = re.compile(r"\bin v\d")
# verbs of taking the service after "if you need" ("连接" connect, "使用" use, "启用" enable)
_CJK_TAKE = ("连接", "連接", "使用", "启用", "啟用", "开启", "開啟", "接入", "用", "配置", "安装", "部署", "添加", "引入")
def _cjk_condition_takes(run: str) -> bool:
    """The run of Chinese that opens a condition ends in having or taking the service: "如果",
    "如果需要", "如果不使用", "如需启用" (if, if you need, if you don't use, if you need to enable);
    not another action on it: "如果需要清空" (if you need to clear)."""
    rest = run
    for prefix in ("如果", "若", "假如", "如需"):
        if rest.startswith(prefix):
            rest = rest[len(prefix):]
            break
    for word in ("您", "你", "以后", "后续", "将来", "未来", "需要", "想要", "想", "要", "需", "让", "不"):
        if rest.startswith(word):
            rest = rest[len(word):]
    return not rest or rest.endswith(_CJK_TAKE) or rest in ("有", "没有", "安装了", "配置了", "部署了", "启用了")


def _cjk_condition_service(toks: list[Tok], i: int) -> int | None:
    """Where the service stands after the condition at ``i``: right after it, or, after "if you
    need" (如果需要), past a product name and a verb of taking it ("如果需要让 Cloudreve 连接
    Redis")."""
    if i + 1 < len(toks) and toks[i + 1].service:
        return i + 1
    if not toks[i].low.startswith(("如果需要", "如需", "若需要")):
        return None
    for j in range(i + 1, min(len(toks), i + 4)):
        if toks[j].service:
            return j
        if not (toks[j].text.isascii() and toks[j].kind == "word" or toks[j].text.startswith(_CJK_TAKE)):
            return None
    return None


# A condition on something else, then taking the service: "如果数据库延迟较高，则需要启用 Redis" (if
# the database is slow, Redis must be enabled), "…場合は、Redis を有効にし" (in that case, enable
# Redis), "트래픽이 많은 경우 Redis를 사용하세요" (when traffic is heavy, use Redis).
_ZH_THEN = ("那么", "则", "也", "就", "请", "還", "还", "再", "需要", "需", "要", "建议", "建議", "可以", "应该", "應該", "应",
            "務必", "务必", "必须")
_ZH_THEN_TAKE = ("启用", "啟用", "开启", "開啟", "使用", "安装", "安裝", "部署", "添加", "引入", "接入")
# "…場合は必須" (required in that case), "… 경우 필수": the case is when the row's setting is needed
_CJK_CASE_REQUIRED = ("場合は必須", "場合には必須", "場合は必要", "경우 필수", "경우에 필수", "경우 필요")
_JA_CASE_END = ("場合は", "場合には", "場合")  # (not "時", "とき": "起動時は" is a time, at start-up)
_JA_THEN_TAKE = ("を有効に", "を有効化", "を使用", "を使", "を利用", "を導入", "を追加", "を入れ")
_KO_CASE_WORDS = frozenset({"경우", "경우에는", "경우에"})  # (not "때": "배포할 때" is a time, when deploying)
_KO_THEN_TAKE = ("사용", "활성화", "설치", "도입", "추가")
# "when set" after the service's variable: "`REDIS_CONN_STRING`：设置之后将使用 Redis" (once set, Redis
# is used), "`REDIS_CONN_STRING`: 設定すると、… Redis が使われる" (when set, Redis is used)
_CJK_WHEN_SET = ("设置之后", "设置后", "設置後", "设置了", "配置后", "配置之后", "設定すると", "設定した場合", "設定されている場合",
                 "設定時", "설정하면", "설정 시", "설정된 경우")
# a table cell that is a condition ("| For control buttons |", "| only with workers |")
_FOR_CELL_RE = re.compile(r"\|[\s*_]*(?:only\s+)?(?:for|with|when|if)\s[^|]{1,40}\|")
# "check" before "if/whether" in other languages ("Controlla se Redis è disponibile")
_FOREIGN_CHECKS = ("controlla", "controllare", "verifica", "verificare", "verifique", "verificar", "comprueba",
                   "comprobar", "vérifiez", "vérifier", "vérifie", "prüfen", "prüfe", "überprüfen", "überprüfe",
                   "sprawdź", "sprawdzić", "controleer", "kontroleer", "checken")
# what a Chinese name of a setup ends in: edition, mode, deployment, plan, version, configuration, way, architecture, image
_CJK_SETUP_ENDS = ("版", "模式", "部署", "方案", "版本", "配置", "方式", "架构", "架構", "镜像", "鏡像")
# a condition that is a fault, a state of having it already, the development set-up, or
# production itself ("本番環境の場合は、Redis を有効に": in production, enable it)
_CJK_NOT_A_CHOICE = ("本地", "开发", "開發", "测试", "測試", "已", "開発", "テスト", "ローカル", "既に", "すでに", "개발",
                     "테스트", "로컬", "이미", "生产", "生產", "线上", "線上", "正式环境", "正式環境", "本番", "운영",
                     "프로덕션", "상용")


def _cjk_condition_then_takes(toks: list[Tok], i: int) -> int | None:
    """Where the service stands when the run at ``i`` is a condition on something else and the
    clause after it takes the service (see ``_ZH_THEN``); ``None`` otherwise."""
    text = toks[i].text
    if any(w in text for w in _CJK_FAILURE + _CJK_NOT_A_CHOICE):
        return None
    if text.startswith(("如果", "若", "假如")) and len(text) > 3:
        if i + 3 >= len(toks) or toks[i + 1].text not in ("，", ",") or not toks[i + 3].service:
            return None
        rest = toks[i + 2].text
        while True:
            word = next((w for w in _ZH_THEN if rest.startswith(w) and len(rest) > len(w)), None)
            if word is None:
                break
            rest = rest[len(word):]
        return i + 3 if rest in _ZH_THEN_TAKE else None
    if text.endswith(_JA_CASE_END) and len(text) > 4 and _JA_CASE_RE.match(text) is None:
        j = i + 2 if i + 1 < len(toks) and toks[i + 1].text in ("、", ",") else i + 1
        if j + 1 < len(toks) and toks[j].service and toks[j + 1].text.startswith(_JA_THEN_TAKE):
            return j
        return None
    if text in _KO_CASE_WORDS and i >= 1 and i + 2 < len(toks) and toks[i + 1].service \
            and toks[i + 2].text.startswith(_KO_THEN_TAKE) \
            and not any(t.service or any(w in t.text for w in _CJK_FAILURE + _CJK_NOT_A_CHOICE) for t in toks[:i]):
        return i + 1
    return None


# "Redisを使う場合" (in case you use it), "を使いたい場合" (if you want to use it), "を利用する時"
_JA_CASE_RE = re.compile(r"^(?:を|が)?(?:使う|使いたい|使用する|使用したい|利用する|利用したい|有効にする|有効化する"
                         r"|導入する|導入したい|入れる)(?:場合|とき|時)")
# Korean "Redis를 사용하는 경우" / "Redis 사용 시" (when using Redis)
_KO_TAKE = frozenset({"사용하는", "사용할", "사용", "이용하는", "이용할", "이용", "활성화하는", "활성화할", "활성화", "쓰는", "쓸"})
_KO_CASE = ("경우", "시")
_JA_NOT_YET = ("未導入でよい", "未導入で良い", "未導入のままでよい", "導入しなくてもよい", "導入しなくても良い", "入れなくてもよい")
_KO_WITHOUT_USE = ("없이 사용", "없이 실행", "없이 운영", "없이 동작", "없이 작동", "없이 배포", "없이 구동")
_CJK_NOT_REQUIRED = ("不是默认启动前提", "不是启动前提", "不是必需", "不是必须", "并非必需", "非必需", "非必须", "弱依赖",
                     "不是硬性依赖", "不是强依赖", "非强依赖", "必須ではありません", "必須ではない",
                     # Korean: "Redis를 선택사항으로 사용" (uses it as optional), "Redis가 없어도 작동"
                     # (works even without it), "필요하지 않습니다" (is not needed)
                     "선택사항으로", "선택적으로", "없어도", "없이도", "필요하지 않", "필요 없",
                     # "Redis 없이 사용 (폴백 모드)" (use without Redis, a fallback mode)
                     *_KO_WITHOUT_USE,
                     # Japanese: "Redisがなくても動作します", "Redisなしでも動作します" (works even without it)
                     "がなくても動", "なしでも動", "無しでも動", "がなくても起動", "なしでも起動",
                     # "Redis は未導入でよい" (need not be brought in yet), "導入しなくてもよい"
                     *_JA_NOT_YET,
                     # Chinese: "Redis 缓存默认关闭" (is off by default; see _CJK_DEFAULT_OFF)
                     "默认关闭", "默认禁用", "默认不启用", "默认未启用", "預設關閉", "默認關閉",
                     # "Redis 默认不启动" (does not start by default)
                     "默认不启动", "默认未启动", "默认不开启", "默认未开启", "預設不啟動", "默認不啟動")
# "没有 Redis 硬依赖" (no hard dependency on it)
_CJK_HARD_DEPENDENCY = ("硬依赖", "硬性依赖", "强依赖", "硬依賴", "硬性依賴", "強依賴")
# "不是……所必须的" (is not something … needs), with a short object between: "并不是启动项目所必须的"
_CJK_NOT_NEEDED_FOR = re.compile(r"(?:并|並)?不是[^，。,.；;]{1,12}?所?必[须需須]")
# a step done on the service, named after it in Korean, Chinese or Japanese (check, connect,
# inspect, restart, test, monitor, verify)
_CJK_STEP_NOUNS = ("확인", "접속", "점검", "재시작", "테스트", "모니터링", "검증", "确认", "確認", "检查", "檢查", "测试",
                   "測試", "验证", "驗證", "検証", "テスト", "監視", "开机自启", "開機自啟", "开机启动", "開機啟動", "自启动",
                   "自啟動",  # ("设置 Redis 开机自启（可选）": starting it at boot is the optional step)
                   "内网访问", "內網訪問", "仅本机访问", "僅本機訪問")  # ("限制 Redis 仅内网访问（推荐）": access only
# from the internal network, a security step)
# "使用 Homebrew 安装 Redis" (install Redis with Homebrew): the means of installing, then the verb
_CJK_BY_MEANS = ("使用", "通过", "透過", "通過", "利用", "借助", "用")
_CJK_INSTALL = ("安装", "安裝", "部署", "インストール", "설치")
# the other way of setting the service up, beside its URL variable ("the individual settings"; not
# "settings" alone: "If you don't use `REDIS_URL`, the cache settings use local memory" goes without it)
_OTHER_SETTINGS = frozenset({"individual", "separate", "separately"})
_CJK_OTHER_SETTINGS = ("個別", "个别", "单独", "單獨", "分别", "分別")
_CJK_STILL_RUNS = ("也能", "也可以", "也可", "仍能", "仍可", "仍然可以", "照常", "照样", "也能正常", "依然可以")
_CJK_EXCLUDING = ("不包括", "不包含", "不含")  # (not including it: a setup's title, "### 不包括 Redis")
_CJK_GO_WITHOUT = ("可以不使用", "可以不用", "可不使用", "可不用", "无需使用", "無需使用", "不需要使用", "不必使用", "不使用",
                   "后续添加", "以后添加", "稍后添加", "之后添加", "后续再加", "以后再加", "後續添加",
                   "不用", "不需要", "无需", "無需", "暂不需要", "暫不需要", "暂不安装", "暫不安裝", "暂不使用", "暫不使用",
                   # a setup that leaves it out ("### 不包括 Redis" over a compose file: not including Redis)
                   *_CJK_EXCLUDING)  # ("MVP 阶段不用 Redis": no Redis in the MVP)
# switching to it later, or considering it ("## 后续升级到 Redis", "支持后续无缝切换到 Redis", "考虑升级到 Redis":
# upgrade to Redis later, switch to it seamlessly later, consider upgrading to it); not to a version
# of it ("后续升级到 Redis 7")
_CJK_LATER_SWITCH = ("后续升级到", "以后升级到", "後續升級到", "后续切换到", "以后切换到", "後續切換到", "后续无缝切换到",
                     "后续迁移到", "以后迁移到", "考虑升级到", "考虑切换到", "考慮升級到", "考慮切換到")
_CJK_GO_WITHOUT += _CJK_LATER_SWITCH
# "即使不安装 Redis，应用也能正常运行" (even without installing Redis the app runs normally)
_CJK_EVEN_IF = ("即使", "即便", "就算", "哪怕")
_CJK_NOT_SET_UP = ("不安装", "不安裝", "不使用", "不配置", "不启用", "不啟用", "不部署")
_CJK_NO_DEPENDENCY = ("暂不依赖", "暫不依賴", "不依赖", "不依賴", "无需依赖", "無需依賴", "不强依赖", "不強依賴")
_CJK_WHOLE = ("默认", "默認", "方案", "系统", "系統", "项目", "項目", "应用", "應用", "当前", "當前", "整体", "整體")
# upgrading or migrating the whole installation: a step every operator takes, not an optional purpose
_LIFECYCLE_PURPOSES = frozenset({"upgrade", "upgrading", "update", "updating", "migrate", "migrating", "reinstall"})
_PLAN_VERBS = frozenset({"add", "adding", "introduce", "introducing", "implement", "enable", "upgrade", "upgrading",
                         "switch", "switching", "migrate", "migrating", "move", "moving", "replace", "replaced", "replacing",
                         "adopt", "use", "using", "swap"})
@functools.lru_cache(maxsize=256)
def _header_lows(header: tuple[str, ...]) -> tuple[str, ...]:
    """A table header's titles in lower case, without emphasis and code marks, and "default" for
    the default column ("Default value", "Default (dev)", "Valor por defecto"), once per table."""
    return tuple("default" if is_default_title(h) else h.strip(" *_`").lower() for h in header)


@functools.lru_cache(maxsize=256)
def _feature_columns(header: tuple[str, ...]) -> frozenset[int]:
    """Indexes of the header's columns about a feature of the row's service ("| Store | Backup? |"),
    once per table."""
    out = set()
    for index, title in enumerate(header):
        head = title.strip().lower()
        if not FEATURE_PARTS.isdisjoint(_WORDS_RE.findall(head)) or not head.isascii() and any(
                f in head for f in _FOREIGN_FEATURES):
            out.add(index)
    return frozenset(out)


_KOREAN_PARTICLES = frozenset({"를", "을", "가", "이", "는", "은", "의", "도", "에", "에서", "로", "으로", "와", "과", "만"})

# combining marks that Python's \w leaves out, inside words of Thai, Hebrew, Arabic, Hindi and
# accented Latin ("ไม่บังคับ", "اختياريًا")
_MARKS = "\u0300-\u036f\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0900-\u0903\u093a-\u094f" \
         "\u0951-\u0957\u0962\u0963\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"
_MARKS_RE = re.compile(f"[{_MARKS}]")


def _token_re(inner: str) -> re.Pattern[str]:
    """Words in any script ("optionnel", "可选"), ``inner`` the class of a word's later
    characters; "_" is punctuation; "don’t" is one word."""
    return re.compile(rf"[{_CJK_RANGES}]+|[^\W_]{inner}*(?:[.@/+-]{inner}*)*"
                      r"(?:[’'][^\W\d_]+)?|'s\b|[’'][a-z]+|[—–]|->|→|\.{3}|[^\s\w]|_")


_TOKEN_RE = _token_re(_LATIN_WORD)
# a text with one of the marks is tokenized with them kept in its words (the plain pattern
# otherwise: the alternation is slower)
_TOKEN_MARKS_RE = _token_re(rf"(?:{_LATIN_WORD}|[{_MARKS}])")
# the same tokens for ASCII text, with plain classes (a third faster than the Unicode ones)
_ASCII_TOKEN_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_]*(?:[.@/+-][A-Za-z0-9_]*)*(?:'[A-Za-z]+)?|'s\b|'[a-z]+|->|"
                             r"\.{3}|[^\sA-Za-z0-9_]|_")
_DEFER_CUES = frozenset({"can", "could", "may", "might", "wait", "defer", "postpone", "hold", "free",
                         "opt", "designed", "add", "install", "enable", "introduce", "switch", "migrate", "move",
                         "upgrade", "adding", "installing", "enabling", "introducing", "switching", "moving",
                         "migrating"})  # (the gerunds: "### Adding Redis later:")
_SENTENCE_END_RE = re.compile(r"\s+[A-Z]")  # a period followed by a new sentence
_ABBREVIATIONS = frozenset({"e.g", "i.e", "etc", "vs", "cf", "approx", "incl", "no", "fig", "dr", "mr",
                            "ms", "st", "ca", "resp", "min", "max"})
_NO_CLAIM = object()  # a decision that a shape is harmless (as opposed to "not this shape")
# A run of CJK characters that contains a hedge: "Redisは任意です" (optional), "非必须" (not
# required), "必須ではありません" (is not required); the token reads as the English hedge.
# "只有…才考虑 Redis" (only when … consider Redis): what "才" (only then) introduces before the service
_CJK_ONLY_THEN = frozenset({"考虑", "需要", "使用", "值得上", "值得", "启用", "部署", "引入", "用", "上"})
# what the service need not do (after 不需要/无需/不必): "Redis 不需要执行…" (need not perform)
# (also what need not be changed: "`.env` 中无需修改 `REDIS_URL`", the variable's default is right)
_CJK_ACTIONS = ("执行", "进行", "做", "写", "处理", "等待", "重启", "同步", "加载", "担心", "关心",
                "修改", "更改", "改动", "变更", "改变", "调整", "変更", "重新", "构建", "編譯", "编译")
# steps of a procedure: "Redisサーバー側の手順は不要" (the Redis server's steps are not needed)
_CJK_STEPS = ("手順", "作業", "步骤", "操作", "절차")
_CJK_HEDGES = (("非必须", "unnecessary"), ("非必需", "unnecessary"), ("不必须", "unnecessary"),
               ("不是必须", "unnecessary"), ("无需", "unnecessary"), ("不需要", "unnecessary"),
               ("没有必要", "unnecessary"), ("没必要", "unnecessary"), ("は不要", "unnecessary"),
               ("も不要", "unnecessary"), ("が不要", "unnecessary"), ("不要にな", "unnecessary"),
               ("必須ではな", "unnecessary"), ("必須ではあり", "unnecessary"), ("不要です", "unnecessary"),
               ("필수가 아", "unnecessary"), ("任意", "optional"), ("可选", "optional"), ("可選", "optional"),
               ("選用的", "optional"), ("选用的", "optional"),  # (Traditional "是選用的": is optional; not "選用" alone, to choose)
               ("オプショナル", "optional"), ("オプション", "optional"), ("선택", "optional"))
# underscores that open or close emphasis (``_Redis_``, ``__Redis__``), not those inside a
# name (``REDIS_URL``)
_UNDERSCORE_EMPHASIS = re.compile(r"(?<![\w])_+(?=\w)|(?<=\w)_+(?![\w])")


def unemphasised(raw: str) -> str:
    """Markdown source without the underscores of emphasis (``__Redis__`` -> ``Redis``), so
    that a name test bounded by word characters finds the name; ``REDIS_URL`` keeps its own."""
    return _UNDERSCORE_EMPHASIS.sub("", raw) if "_" in raw else raw


# Japanese "later" (before 追加, adding), "without" (before running): "Redis ❌（後から追加可能）",
# "Redisなしで運用開始"
# a situation a choice is best for ("High volume", "Large deployments"), not what it does
_SITUATION_WORDS = frozenset({"high", "large", "larger", "heavy", "multiple", "scale", "scaling", "traffic", "volume",
                              "load", "distributed", "cluster", "clustered", "servers", "instances", "replicas",
                              "teams", "enterprise", "bigger", "growing", "busy", "already", "existing", "when", "if"})
# a cache in layers, one in front of the other: both are used, neither stands in for the other
_TIERED_WORDS = frozenset({"multi-tier", "multi-tiered", "tiered", "two-tier", "two-level", "multi-level", "multi-layer",
                           "layered", "hybrid", "l1/l2"})
# how the service is doing ("… Enabled But Not Available", "… And Running"): its health, not a choice
_HEALTH_WORDS = frozenset({"available", "unavailable", "running", "reachable", "unreachable", "connected", "down", "up",
                           "working", "offline", "online", "fails", "failing", "healthy", "responding"})
# "| Feature | Memory Cache | Redis |": the first title of a feature-by-feature comparison, the
# words of a stand-in's title, and the words any backend's title may add
_FEATURE_TITLES = frozenset({"feature", "features", "aspect", "aspects", "criteria", "criterion", "capability",
                             "capabilities", "factor", "characteristic", "property", "dimension", "concern"})
_COLUMN_NOISE = frozenset({"cache", "caching", "store", "storage", "backend", "mode", "adapter", "driver"})
_STAND_IN_TITLE_WORDS = frozenset({"memory", "in-memory", "local", "locmem", "local-memory", "inmemory", "in-process",
                                   "process", "file", "files", "filesystem", "disk", "database", "db", "sqlite",
                                   "dummy", "array", "ram", "node-cache", "lru"}) | _COLUMN_NOISE
# a database's title in a comparison header, before "only" ("| Feature | SQL Only | With Redis |")
_DATABASE_TITLES = frozenset({"sql", "postgres", "postgresql", "mysql", "mariadb", "sqlite", "database", "db"})
_HINDI_NEED = frozenset({"जरूरत", "ज़रूरत", "आवश्यकता"})  # (need, before "नहीं": not)
_JA_LATER = ("後から", "後で", "あとから", "あとで")
_JA_WITHOUT = ("なしで", "無しで", "抜きで")
_JA_RUN = ("運用", "開始", "動作", "起動", "動か", "稼働", "デプロイ")
# "other" and "external" before a name in Chinese, Japanese and Korean ("他のRedis", "其他 Redis", "외부 Redis")
_CJK_OTHER = ("他の", "別の", "外部の", "外部", "其他", "别的", "別的", "다른", "외부")
_CJK_DEFAULT_OFF = ("默认", "預設", "默認")  # (the cues of _CJK_NOT_REQUIRED that say "off by default")
# Redis features in other scripts (persistence, password, cluster, sentinel, replication, monitoring)
_FOREIGN_FEATURES = ("持久", "密码", "密碼", "集群", "哨兵", "主从", "监控", "永続", "パスワード", "クラスタ",
                     "영속", "비밀번호", "클러스터", "센티널", "복제", "모니터링", "бэкап", "резервн", "备份", "バックアップ",
                     "CLI", "工具", "客户端", "客戶端", "クライアント", "클라이언트")  # (its command-line tool, its client)
_FOREIGN_CUES = ("不依赖", "不依賴", "无需依赖", "無需依賴", "默认关闭", "默认禁用", "默认不启用", "默认未启用", "預設關閉", "默認關閉",  # (off by default)
                 "默认不启动", "默认未启动", "默认不开启", "默认未开启", "預設不啟動", "默認不啟動", "硬依赖", "硬依賴",
                 "рекоменд", "推荐", "推奨", "建议", "建議", "推薦", "启动前提", "不是必", "所必", "也能", "也可以", "仍能", "仍可", "仍然可以", "依然可以", "照常", "照样", "并非必", "非必", "弱依赖", "硬性依赖",
                 "不使用", "不用", "无需使用", "不包括", "不包含", "不含", "暂不安装", "暫不安裝", "позже", "позднее", "später", "tarde", "لاحق", "后续添加", "以后添加", "稍后添加", "之后添加", "後から", "後で", "あとから", "なしで", "無しで",
                 *_CJK_LATER_SWITCH, "强依赖", "必須ではな", "권장", "降级", "回退", "フォールバック", "если", "без", "erforderlich", "notwendig", "nötig", "obbligat", "necessar", "nécessaire", "obligatoire",
                 "requis", "obrigat", "necessár", "necesari", "非必", "必須", "不需要", "无需", "不必", "没有必要", "没必要", "は不要",
                 "も不要", "が不要", "不要にな", "필수",
                 "обязат", "如果", "如需", "假如", "선택", "オプション", "オプショナル", "opsiyonel", "isteğe", "없어도", "없이도", *_KO_WITHOUT_USE, *_JA_NOT_YET, "なくても", "なしでも", "無しでも", "필요하지 않", "필요 없", "jeśli", "jeżeli", "未設定", "未配置", "未设置", "volitel", "doporuč", "geïnstalleerd", "cuándo", "場合", "경우", "사용 시", "bắt buộc", "khuyến khích", "không cần", "нуж", "可选", "可選", "選用的", "选用的", "任意", "опцион", "необяз", "optionnel", "facultati", "opzional") + FOREIGN_CUE_SUBSTRINGS + tuple(
                     "才" + w for w in sorted(_CJK_ONLY_THEN)) + _CJK_WHEN_SET + ("（无", "(无", "（無", "(無")
_FULLWIDTH = {"（": "(", "）": ")", "：": ":", "，": ",", "、": ",", "；": ";", "。": ".", "？": "?", "！": "!",
              "؟": "?", "،": ","}  # (and the Arabic question mark and comma)
_SLASHED_RE = re.compile(r"^[A-Za-z][A-Za-z0-9-]*(?:/[A-Za-z][A-Za-z0-9-]*)+$")
_SLASH_PART_RE = re.compile(r"[^/]+|/")
_QUOTE_RE = re.compile(r"“[^”]*”|\"[^\"]*\"|‘[^’]*’|(?<![\w])'[^'\n]+'(?![\w])|«[^»]*»")


# Romanian words after "este" that make it "is" ("Redis este opțional dar recomandat")
_ROMANIAN_AFTER_IS = frozenset({"opțional", "opţional", "opțională", "opţională", "recomandat", "recomandată",
                                "necesar", "necesară", "obligatoriu", "obligatorie", "folosit", "folosită",
                                "utilizat", "utilizată", "dezactivat", "activat"})


# Spanish and Portuguese verbs after "si no" / "se (você) não", read as the English "if not using …"
_IBERIAN_NOT_VERBS = {"usas": "using", "usa": "using", "usar": "using", "utilizas": "using", "utiliza": "using",
                      "utilizar": "using", "usáis": "using", "usan": "using", "necesitas": "needing",
                      "necesita": "needing", "precisa": "needing", "precisar": "needing", "quieres": "wanting",
                      "quiser": "wanting", "habilitas": "enabling", "habilita": "enabling", "habilitar": "enabling",
                      "activas": "enabling", "instalas": "installing", "instala": "installing", "instalar": "installing"}


def tokenize(text: str, code: list[tuple[int, int]], struck: list[tuple[int, int]],
             names: ServiceNames) -> list[Tok]:
    """Tokens of a unit: code spans whole, quoted and struck words marked as mentions."""
    mentions = list(struck)
    if "'" in text or '"' in text or "“" in text or "‘" in text or "«" in text:
        for m in _QUOTE_RE.finditer(text):
            if not any(a <= m.start() < b for a, b in code):
                mentions.append((m.start(), m.end()))
    service_starts = {m.start(): m.end() for m in names.pattern.finditer(text)}
    if names.camel is not None:
        for m in names.camel.finditer(text):
            service_starts[m.start()] = m.end()  # "pass RedisBackend when running multiple instances"
    tokens: list[Tok] = []
    append = tokens.append
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = None  # a character whose lower case is longer ("İ"): lower each word instead
    pos = 0
    ascii_text = text.isascii()
    token_re = _ASCII_TOKEN_RE if ascii_text else _TOKEN_MARKS_RE if _MARKS_RE.search(text) else _TOKEN_RE
    make, meaning_of, service_end = Tok, FOREIGN_MEANINGS.get, service_starts.get  # (locals: the hot loop)
    for a, b in sorted(code) + [(len(text), len(text))]:
        for m in token_re.finditer(text, pos, a):
            word = m.group()
            start = m.start()
            end = start + len(word)
            if ascii_text and word.isalpha():  # the most common case: a plain word of an ASCII text
                low = word.lower()
                tok = make(word, meaning_of(low, low), start, end)
                if service_starts and service_end(start, -1) >= end:
                    tok.service = True
                append(tok)
                continue
            if word[-1] == "_" and len(word) > 1 and word[-2] != "_" and not word.startswith("_"):
                end -= 1  # a reStructuredText reference ("redis_"): the name, then its marker
                word = word[:-1]
            if word.isalpha():  # the common case: a plain word
                low = lowered[start:end] if lowered is not None else word.lower()
                tok = make(word, meaning_of(low, low), start, end)
                if service_starts and service_end(start, -1) >= end:
                    tok.service = True
                elif word in _KOREAN_PARTICLES and tokens and tokens[-1].service and tokens[-1].end == start:
                    continue  # "Redis를", "Redis는": the name's case ending, not a word of its own
                elif word[0] >= "\u3040" and len(word) > 1:
                    for needle, meaning in _CJK_HEDGES:
                        if needle in word and not (needle == "任意" and "版本" in word):  # ("任意稳定版本": any version)
                            if word[word.index(needle) + len(needle):].startswith(_CJK_ACTIONS):
                                break  # "Redis 不需要执行任何后台的磁盘写入": it need not do something
                            if any(step in word[:word.index(needle)] for step in _CJK_STEPS):
                                break  # "Redisサーバー側の手順は不要です": its steps are not needed
                            rest = word[word.index(needle) + len(needle):]
                            if meaning == "unnecessary" and rest[:1] == "的" and len(rest) > 1 \
                                    and "\u4e00" <= rest[1] <= "\u9fff" \
                                    and not word[:word.index(needle)].endswith(("是", "个", "個", "为", "為")):
                                # (but "Redis 是一个可选的高性能缓存": what it is, said of it)
                                break  # "清理不需要的缓存" (clear the unneeded cache): it qualifies the noun after it
                            if needle == "オプション" and word.index(needle) and (
                                    "\u30a1" <= word[word.index(needle) - 1] <= "\u30fa"
                                    or "\u4e00" <= word[word.index(needle) - 1] <= "\u9fff"):
                                break  # "コマンドラインオプション", "起動オプション": a noun, the option of something
                            if needle == "オプション" and word[word.index(needle) + len(needle):].startswith(_JA_OPTIONS_NOUN):
                                break  # "Redis オプションの詳細については": the details of its options (settings)
                            tok.low = meaning  # "は任意です" reads as "optional"
                            break
                    if "才" in word and word[word.rindex("才") + 1:] in _CJK_ONLY_THEN:
                        tok.low = "只有才"  # "…时才考虑 Redis": only then is it worth it (see _clause)
                append(tok)
                continue
            first = word[0]
            if len(word) > 1 and first.isalnum():
                stripped = word.rstrip(".")
                if stripped != word and stripped and _SENTENCE_END_RE.match(text, start + len(word)) \
                        and stripped.lower() not in _ABBREVIATIONS and "." not in stripped:
                    # "… production WSGI. Redis is only needed …" (a comment line of sentences):
                    # the period ends a sentence, so it closes the clause
                    low = lowered[start:start + len(stripped)] if lowered is not None else stripped.lower()
                    append(Tok(stripped, FOREIGN_MEANINGS.get(low, low), start, start + len(stripped)))
                    tokens[-1].service = service_starts.get(start, -1) >= start + len(stripped)
                    append(Tok(".", ".", start + len(stripped), start + len(stripped) + 1, "punct"))
                    continue
                word = stripped
            if "’" in word:
                word = word.replace("’", "'")
            if len(word) > 2 and word.endswith("'s"):
                base = word[:-2]
                tok = Tok(base, base.lower(), start, start + len(base))
                tok.service = service_starts.get(start, -1) >= start + len(base)
                append(tok)
                append(Tok("'s", "'s", start + len(base), start + len(word), "punct"))
                continue
            if "/" in word and _SLASHED_RE.match(word):
                # "Redis/Celery", "unit/integration": alternatives, each a word of its own
                for part in _SLASH_PART_RE.finditer(word):
                    piece = part.group()
                    at = start + part.start()
                    tok = Tok(piece, piece.lower(), at, at + len(piece), "punct" if piece == "/" else "word")
                    tok.service = piece != "/" and service_starts.get(at, -1) >= at + len(piece)
                    append(tok)
                continue
            low = _FULLWIDTH.get(word) or word.lower()
            low = FOREIGN_MEANINGS.get(low, low)
            kind = "word" if first.isalnum() or first == "'" or first == "’" else "punct"
            tok = Tok(word, low, start, start + len(word), kind)
            if kind == "word" and (start in service_starts and service_starts[start] >= tok.end
                                   or "_" in low and (low in names.code_names or names.locates(low))):
                tok.service = True  # "Redis", or an env variable named bare ("REDIS_URL is optional")
            elif kind == "word" and low.endswith(("-less", "-free", "-optional") + _BACKED) \
                    and names.pattern.fullmatch(word.rsplit("-", 1)[0]):
                # "Redis-less mode": the service, with the hedge in the word; "a Redis-backed
                # cache": a thing that needs the service
                tok.service = True
            append(tok)
        if a < len(text):
            content = text[a:b]
            tok = Tok(content, content.lower(), a, b, "code")
            tok.service = names.names_code(content)
            append(tok)
        pos = b
    if token_re is _TOKEN_RE and any(w in (lowered if lowered is not None else text.lower()) for w in _VI_SECOND):
        tokens = _join_vietnamese(tokens, text)
    low_text = lowered if lowered is not None else text.lower()
    if "als " in low_text:
        for k, tok in enumerate(tokens[:-1]):  # Dutch "als je …" / "(als geïnstalleerd)": "if"
            if tok.low == "als" and tokens[k + 1].text.lower() in DUTCH_IF_NEXT:
                tok.low = "if"
    if "on " in low_text and any(w in low_text for w in FINNISH_IS_NEXT):
        for k, tok in enumerate(tokens[:-1]):  # Finnish "Redis on valinnainen": "is"
            if tok.low == "on" and tokens[k + 1].text.lower() in FINNISH_IS_NEXT:
                tok.low = "is"
    if "falls " in low_text or "om " in low_text or "quand" in low_text or "cuando " in low_text \
            or "si:" in low_text or "se:" in low_text or "si :" in low_text or "wenn:" in low_text \
            or "puede" in low_text or "si nécessaire" in low_text or "si necesario" in low_text \
            or "se necessário" in low_text or "per default" in low_text:
        for k, tok in enumerate(tokens[:-1]):  # "(falls konfiguriert)": "if"; "quando disponível": "when"
            meaning = MEANING_BEFORE.get(tok.low)
            if meaning is not None and tokens[k + 1].text.lower() in meaning[1] and not (
                    tok.low in ("si", "se") and tokens[k + 1].low != ":" and k and tokens[k - 1].low == "("):
                # (a parenthesis "(si nécessaire)" is read as the foreign note it is)
                tok.low = meaning[0]
                if meaning[0] == "can" and k and tokens[k - 1].low == "se":
                    tokens[k - 1].low = "you"  # "se puede añadir Redis": "you can add Redis", said impersonally
                elif tok.text.lower() in ("si", "se") and tokens[k + 1].low != ":":
                    tokens[k + 1].low = "needed"  # "si nécessaire", "se necessário": if needed
    if "(recommend)" in low_text:
        for k, tok in enumerate(tokens[1:-1], 1):  # "redis (recommend), memcached": "(recommended)", telegraphic
            if tok.low == "recommend" and tokens[k - 1].low == "(" and tokens[k + 1].low == ")":
                tok.low = "recommended"
    if "as needed" in low_text:
        for k, tok in enumerate(tokens[:-1]):  # "add Redis as needed": "when needed" (not "as needed by the app")
            if tok.low == "as" and tokens[k + 1].low == "needed" and (
                    k + 2 == len(tokens) or tokens[k + 2].kind == "punct" and tokens[k + 2].low not in ("'s", "-")) \
                    and any(t.low in _AS_NEEDED_VERBS for t in tokens[max(0, k - 8):k]):
                tok.low = "when"  # (not "Configure `REDIS_URL` … as needed": set as fits, a setting's value)
    if "with no " in low_text:
        for k, tok in enumerate(tokens[:-2]):  # "With no Redis configured, serving proceeds": "without any Redis"
            if tok.low == "with" and tokens[k + 1].low == "no" and tokens[k + 2].kind in ("word", "code") \
                    and tokens[k + 2].low not in ("longer", "more", "less", "fewer", "need", "one", "other", "further") \
                    and not any(t.low in NECESSITY_ADJ for t in tokens[k + 2:k + 10]):
                tok.low, tokens[k + 1].low = "without", "any"  # (not "with no external database or Redis
                # required", which the reading of "no … required" takes)
    if "este " in low_text:
        for k, tok in enumerate(tokens[:-1]):  # Romanian "Redis este opțional" (is optional; Spanish "este" is "this")
            if tok.low == "este" and k and tokens[k + 1].text.lower() in _ROMANIAN_AFTER_IS:
                tok.low = "is"
    if "değil" in low_text:
        for k, tok in enumerate(tokens[:-1]):  # Turkish "Redis gerekli değil" (required not): "not required"
            if tok.text.lower() in ("gerekli", "zorunlu", "şart", "lazım") and tokens[k + 1].text.lower() == "değil":
                tok.low, tokens[k + 1].low = "not", "required"
    if "(" in text and "rod" in text:
        for k in range(len(tokens) - 4):  # "(Production/Recommended)": read as "(Recommended/Production)"
            if tokens[k].low == "(" and tokens[k + 1].low in ("production", "prod") and tokens[k + 2].low in ("/", ",") \
                    and (tokens[k + 3].low in RECOMMEND_WORDS or tokens[k + 3].low in OPTIONAL_WORDS) \
                    and tokens[k + 4].low == ")":
                tokens[k + 1], tokens[k + 3] = tokens[k + 3], tokens[k + 1]
    if "नहीं" in text:
        for k, tok in enumerate(tokens[:-1]):  # Hindi "Redis की जरूरत नहीं है" (its need not is): "not needed"
            if tok.text in _HINDI_NEED and tokens[k + 1].text == "नहीं":
                tok.low, tokens[k + 1].low = "not", "needed"
                if k and tokens[k - 1].text in ("की", "का"):
                    tokens[k - 1].low = "is"  # (the genitive before it: "Redis is not needed")
    if "बिना" in text:  # Hindi "बिना Redis के" (without Redis, a postposition in two parts): its second part goes
        tokens = [t for k, t in enumerate(tokens) if not (
            t.text == "के" and k and tokens[k - 1].service and any(u.text == "बिना" for u in tokens[max(0, k - 4):k]))]
    if "jest " in low_text:
        for k, tok in enumerate(tokens[:-1]):  # Polish "Redis jest opcjonalny": "is" (not the test runner Jest)
            if tok.low == "jest" and k and tokens[k + 1].text.lower() in FOREIGN_MEANINGS:
                tok.low = "is"
    if "mais " in low_text:
        for k, tok in enumerate(tokens[:-1]):  # French "… mais n'est pas obligatoire": "but" (Portuguese "mais": "more")
            after = tokens[k + 1].text.lower()
            if tok.text.lower() == "mais" and (after.startswith(("n'", "n’")) or after in _FRENCH_AFTER_BUT):
                tok.low = "but"
    if "아니" in text or "아닌" in text or "아님" in text or "아닙" in text:
        for k, tok in enumerate(tokens[:-1]):  # "Redis는 선택 기능이 아닌 필수 Service다": not an optional feature
            if tok.low in OPTIONAL_WORDS and not tok.text.isascii() and any(
                    t.text.startswith(("아니", "아닌", "아님", "아닙")) for t in tokens[k + 1:k + 3]):
                tok.low = "negated-" + tok.text  # (no hedge word any more)
    if "si " in low_text or "se " in low_text or "wenn " in low_text or "falls " in low_text:
        for k, tok in enumerate(tokens[:-1]):  # "si Redis n'est pas configuré": "if Redis …"
            if tok.low in FOREIGN_IF_BEFORE_SERVICE and (tokens[k + 1].service or tokens[k + 1].low in (
                    "fails", "want", "have", "use", "using", "need") or (
                    tokens[k + 1].low == "you" and k + 2 < len(tokens) and tokens[k + 2].low in ("want", "use", "need"))):
                tok.low = "if"  # (and "si falla", "se falhar": "if it fails"; "si quieres Redis": "if you want"; "si tienes", "si usas")
            elif tok.low == "si" and k + 2 < len(tokens) and tokens[k + 1].text.lower() == "está" \
                    and tokens[k + 2].low in ("available", "configured", "enabled", "installed", "present"):
                tok.low = "if"  # Spanish "usar Redis si está disponible", "Usa Redis si está configurado": if it is
            elif tok.low in FOREIGN_IF_BEFORE_SERVICE and k + 2 < len(tokens) and tokens[k + 1].low in ("non", "no") \
                    and tokens[k + 2].low in ("configured", "set", "enabled", "installed", "provided"):
                tok.low, tokens[k + 1].low = "if", "not"  # "se non configurato", "si no configurado": if not set up
                # ("Se usando Redis:", "Se você usar Redis", "Se precisar de mais escala": if using, if you use, if you need)
    if "absence of" in low_text:
        for k, tok in enumerate(tokens[:-1]):  # "In the absence of Redis, …": "without" (the "of" read as "the")
            if tok.low == "absence" and tokens[k + 1].low == "of":
                tok.low, tokens[k + 1].low = "without", "the"
    if "no " in low_text:
        for k, tok in enumerate(tokens[:-1]):  # Spanish "NO configures Redis", "no instales Redis": "don't"
            after = tokens[k + 1]
            if tok.low == "no" and after.low in ("configure", "install", "use", "add", "enable") \
                    and after.text.lower() != after.low:  # (a Spanish verb read as English, not "no use")
                tok.low = "don't"
    if "si no " in low_text or "se não " in low_text or "se você não " in low_text:
        for k, tok in enumerate(tokens[:-2]):  # "Si no usas Redis, …", "Se você não usar Redis, …": if not using it
            at = k + 2 if tokens[k + 1].low == "you" and k + 3 < len(tokens) else k + 1
            verb = _IBERIAN_NOT_VERBS.get(tokens[at + 1].text.lower()) if at + 1 < len(tokens) else None
            if tok.text.lower() in ("si", "se") and tokens[at].text.lower() in ("no", "não") and verb is not None:
                tok.low, tokens[at].low, tokens[at + 1].low = "if", "not", verb
    if mentions:
        for tok in tokens:
            if tok.kind == "word" and any(a <= tok.start < b for a, b in mentions):
                tok.kind = "mention"
    if " are are " in low_text or " is is " in low_text or " the the " in low_text or " you you " in low_text:
        # a doubled word, a typo ("If you are are using redis …"): read once
        tokens = [t for k, t in enumerate(tokens) if not (
            k and t.low in ("are", "is", "the", "you") and tokens[k - 1].low == t.low)]
    return tokens


# what is done to data that is kept ("backing up Redis or file storage"): the things it is done to
# are each looked after, not alternatives to one another
_DATA_CARE_VERBS = frozenset({"backing", "back", "backup", "restore", "restoring", "snapshot", "snapshotting",
                              "monitor", "monitoring", "secure", "securing", "protect", "protecting", "encrypt",
                              "encrypting", "wipe", "wiping", "flush", "flushing"})
# the verbs of taking the service up that "as needed" makes conditional ("add Redis as needed")
_AS_NEEDED_VERBS = frozenset({"add", "adding", "install", "installing", "enable", "enabling", "introduce", "use",
                              "using", "scale", "move", "switch", "migrate", "bring", "spin", "provision", "deploy",
                              "plug"})


# Vietnamese words the analyser reads are two syllables: "tùy chọn" (optional), "cục bộ"
# (local), "phát triển" (development), "kiểm thử" (testing)
_VI_PHRASES = {("tùy", "chọn"): "optional", ("tuỳ", "chọn"): "optional", ("cục", "bộ"): "local",
               ("phát", "triển"): "development", ("kiểm", "thử"): "testing", ("khuyến", "nghị"): "recommended",
               ("khuyên", "dùng"): "recommended", ("không", "có"): "without", ("bắt", "buộc"): "required",
               ("khuyến", "khích"): "recommended", ("cài", "đặt"): "installed", ("cần", "thiết"): "necessary"}
_VI_SECOND = ("chọn", "bộ", "triển", "thử", "nghị", "dùng", "có", "buộc", "khích", "đặt", "thiết")
VI_PHRASES = _VI_PHRASES  # (the rule words a claim's category with it)


def _join_vietnamese(tokens: list[Tok], text: str) -> list[Tok]:
    """One token for each two-syllable Vietnamese word in ``_VI_PHRASES``, read as its meaning."""
    out: list[Tok] = []
    for tok in tokens:
        meaning = _VI_PHRASES.get((out[-1].low, tok.low)) if out and out[-1].end + 1 == tok.start else None
        if meaning is not None:
            prev = out.pop()
            out.append(Tok(text[prev.start:tok.end], meaning, prev.start, tok.end))
            continue
        out.append(tok)
    return out


# -- the analyser ----------------------------------------------------------------------

# what a hedge label picks when a noun follows it: "Recommended version:", "Suggested plan:"
_WHICH_LABEL_NOUNS = frozenset({"version", "versions", "plan", "plans", "tier", "tiers", "type", "types", "size",
                                "sizes", "region", "regions", "provider", "providers", "hosting", "edition",
                                "release", "image", "flavor", "flavour", "sku", "client", "clients", "library",
                                "driver", "url", "urls"})


@dataclass
class _Clause:
    toks: list[Tok]
    kind: str = "main"  # main, paren, cond
    lead: str = ""  # the subordinator that opened it
    before: "_Clause | None" = None  # the clause a parenthesis follows
    after: "_Clause | None" = None
    label_after: bool = False  # the clause ends with a label mark (``Optional:``)
    label_before: bool = False  # the clause starts after a label mark (``X: optional``)
    index: int = 0


_RISK_WORDS = frozenset({"risk", "failure", "bottleneck", "spof", "vulnerable", "exposed", "insecure"})
_MANNER_ADVERBS = frozenset({"automatically", "transparently", "seamlessly", "instead"})


def _moves_to_service(toks: list[Tok]) -> bool:
    """"Migration to Redis", "move the sessions to Redis": a phrase ending in a move to the service."""
    words = [t for t in toks if t.kind == "word" or t.service]
    return len(words) >= 3 and words[-1].service and words[-2].low in ("to", "onto") and any(
        t.low in ("migration", "migrate", "move", "moving", "switch", "switching", "upgrade", "migrating") for t in words[:-2])


def _moves_onto(toks: list[Tok]) -> bool:
    """A step that starts by moving something onto the service: "Move the sessions to Redis",
    "Put the page cache in Redis", "Migrate to Redis for …" (the service need not end it)."""
    words = [t for t in toks if t.kind in ("word", "code") or t.service]
    return bool(words) and words[0].low in ("move", "moving", "migrate", "migrating", "switch", "switching", "put",
                                             "store") and any(
        words[j].low in ("to", "onto", "into", "in") and words[j + 1].service for j in range(1, min(len(words) - 1, 7)))


def _head_is_service(subject: list[Tok]) -> bool:
    """The subject's last word is the service or names it as a whole ("Redis", "the Redis
    server", "the Redis dependency"; not "Redis dependency version constraints")."""
    last = next((t for t in reversed(subject) if t.kind != "punct"), None)
    return last is not None and (last.service or last.low in IDENTITY_NOUNS or last.low in (
        "dependency", "dependencies", "requirement", "support", "integration"))


def _last_of_list(tokens: list[Tok], i: int, current: list[Tok]) -> bool:
    """The comma at ``i`` and the "and"/"or" after it end a list of bare nouns that the clause
    has begun ("Redis for queue, cache, and session"): one or two plain words follow, then
    the end, a subordinator or a full stop."""
    if not any(t.low == "," for t in current) or len(current) < 3 or current[-2].low != ",":
        return False
    if not (current[-1].kind == "word" and current[-3].kind == "word"):
        return False
    words = 0
    for tok in tokens[i + 2:]:
        if tok.kind == "punct" and tok.low in ("*", "**", "_", "__"):
            continue
        if tok.kind != "word" or tok.low in SUBORDINATORS or tok.low in CONDITION_WORDS:
            break
        if tok.low in COPULAS or tok.low in MODALS or tok.low in NEGATORS or tok.low in NECESSITY_WORDS \
                or tok.low in OPTIONAL_WORDS or tok.low in RECOMMEND_WORDS:
            return False  # ("No Docker, Redis, or Celery required": a predicate)
        words += 1
    return 1 <= words <= 2


def clauses(tokens: list[Tok]) -> list[_Clause]:
    out: list[_Clause] = []
    current: list[Tok] = []
    parens: list[tuple[_Clause, int]] = []  # parentheses inside the open clause
    pending_label = False

    def close(label_after: bool = False, kind: str = "main") -> None:
        nonlocal current, pending_label
        for paren, at in parens:
            rest = [t for t in current[at:] if t not in paren.toks]
            paren.after = _Clause(rest) if rest else None
        parens.clear()
        if current:
            lead = current[0].low if current[0].low in SUBORDINATORS or current[0].low in CONDITION_WORDS else ""
            clause = _Clause(current, kind, lead, label_before=pending_label, label_after=label_after)
            out.append(clause)
        elif label_after and out:
            out[-1].label_after = True
        current = []
        pending_label = label_after

    i = 0
    while i < len(tokens):
        tok = tokens[i]
        low = tok.low
        if tok.kind == "punct":  # (a word skips the four tests below)
            if low == "(":
                j = i + 1
                depth = 1
                while j < len(tokens) and depth:
                    if tokens[j].low == "(":
                        depth += 1
                    elif tokens[j].low == ")":
                        depth -= 1
                    j += 1
                inner = tokens[i + 1: j - 1 if depth == 0 else j]
                paren = _Clause(inner, "paren", inner[0].low if inner and inner[0].low in CONDITION_WORDS else "")
                if current:
                    paren.before = _Clause(list(current))
                elif out and not out[-1].label_after:
                    paren.before = out[-1]
                parens.append((paren, len(current)))
                out.append(paren)
                if (_appositive(inner) and not (current and current[-1].service and not any(t.service for t in inner))) \
                        or inner and inner[0].low in EXAMPLE_WORDS and current:
                    current.extend(inner)  # "the cache backend (Redis) is optional", "extras (e.g. Redis)"
                i = j
                continue
            if low in (";", "—", "–", "->", "→", "|", "=", "...") or (
                    low == "-" and i and tokens[i - 1].end < tok.start):
                close(label_after=low != ";")
                i += 1
                continue
            if low == ":":
                close(label_after=True)
                i += 1
                continue
            if low in (",", ".", "!", "?"):
                nxt = tokens[i + 1].low if i + 1 < len(tokens) else ""
                if low == "," and current and current[0].low in ("while", "although", "though", "if", "when") \
                        and (nxt in COPULAS or nxt in MODALS or nxt.endswith("n't")) and out and out[-1].kind == "main" \
                        and not out[-1].label_after and not any(t.low in COPULAS or t.low in MODALS for t in out[-1].toks):
                    # "Redis, while recommended, is not required": the predicate goes back to the subject
                    subject = list(out[-1].toks)
                    close()
                    current = subject
                    i += 1
                    continue
                if low == "," and current and (current[0].low in CONDITION_WORDS or current[0].low == "should" or (
                        current[0].low in ("while", "although", "though", "whereas") and len(current) >= 4) or (
                        current[0].low == "only" and len(current) > 1 and current[1].low in CONDITION_WORDS)):
                    close()
                    i += 1
                    continue
                if low == "," and nxt in ("and", "or") and _last_of_list(tokens, i, current):
                    current.append(tok)  # "for queue, cache, and session when …": the list's last item
                    i += 1
                    continue
                if low != "," or nxt in SUBORDINATORS or nxt in CONDITION_WORDS or nxt in (
                        "and", "or", "plus", "though", "otherwise", "e.g", "i.e", "such", "like",
                        "including", "especially") or nxt == "should":
                    close()
                    i += 1
                    continue
                current.append(tok)
                i += 1
                continue
        if low in SUBORDINATORS and current and low not in ("so",):
            # "Install Redis if you need it": the condition is a clause of its own
            if low in CONDITION_WORDS or low in ("but", "whereas", "while", "although",
                                                  "though", "because", "since", "which"):
                prev = current[-1].low
                nxt = tokens[i + 1].low if i + 1 < len(tokens) else ""
                if low in ("provided", "providing") and nxt not in ("that", "you", "we", "they", "it", "your", "our"):
                    pass  # a participle ("if `REDIS_URL` is provided", "the URL provided by the host"), no "provided that"
                elif not (low in ("if", "when") and prev in ("even", "only", "as", "than")):
                    close()
        if low in ("only",) and i + 1 < len(tokens) and tokens[i + 1].low in ("if", "when", "unless") and current:
            close()
        elif low in MAIN_SUBJECTS and len(current) >= 3 and current[0].low in ("if", "when", "unless", "once") \
                and (low.endswith("'ll") or low == "then" or i + 1 < len(tokens) and (
                    tokens[i + 1].low in MODALS or tokens[i + 1].low in ("need", "also", "have", "want"))):
            close()  # "if you're using the task queue you will need Redis": the main clause starts
        elif len(current) == 2 and current[0].low in ("if", "when") and current[1].low in (
                "needed", "required", "necessary", "desired", "wanted") and low in PROVISION_VERBS:
            close()  # "**If needed** setup a redis-server …": the label ends where the step starts
        current.append(tok)
        i += 1
    close()
    for n, clause in enumerate(out):
        clause.index = n
        if clause.kind == "paren" and clause.after is None and n + 1 < len(out):
            clause.after = out[n + 1]
    for n, clause in enumerate(out):
        if clause.kind == "main" and clause.lead in CONDITION_WORDS:
            clause.kind = "cond"
        if clause.kind == "main" and len(clause.toks) >= 2 and clause.toks[0].low == "only" \
                and clause.toks[1].low in CONDITION_WORDS:
            clause.kind, clause.lead = "cond", "only " + clause.toks[1].low
    return out


_ANALYSERS: dict = {}


# Every word the clause loop acts on (``Analyser._clause``): the rest are skipped at once.
# product versions a plan names ("add Redis in v2", "in v3.0"): _VERSION_MARK_RE's common values
_VERSION_TRIGGERS = tuple(f"v{n}{suffix}" for n in range(1, 10) for suffix in ("", ".0", ".x"))
_UPGRADE_VERBS = frozenset({"upgrade", "upgraded", "swapped", "switched", "migrated", "moved", "upgradeable", "upgradable",
                            "swappable", "switchable", "configurable", "pluggable"})
# what can hold the service's data in its place: memory, files, the database ("supports both Redis
# and in-memory caching", "(Redis / LocMem)", "Disable to use a flatfile cache instead of Redis")
# stores kept in the process, offered beside the service ("supports two stores: `memory` and `redis`")
_MEMORY_STORES = frozenset({"memory", "in-memory", "inmemory", "in-process", "local-memory", "locmem"})
# words that offer a choice of backends ("supports", "available values", "storage backends")
_OFFER_CUES = frozenset({"supports", "support", "supported", "available", "values", "options", "backends", "stores",
                         "drivers", "adapters", "methods", "implementations", "implementation", "choices"})
_STAND_INS = frozenset({"memory", "in-memory", "inmemory", "local-memory", "locmem", "file", "flatfile", "flat-file",
                        "file-based", "filesystem", "disk", "database", "db", "sqlite", "ram"})
# the modes a stand-in runs in ("for memory mode", "Force memory mode (remove Redis URL)")
_STAND_IN_MODES = _STAND_INS | {"memory-only", "local", "standalone", "single-instance", "single-node", "lite"}
# another kind of server or store offered in the service's place ("we can use RabbitMQ or Redis")
_PEER_BACKENDS = _STAND_INS | _PEER_SERVERS | {"postgresql", "postgres", "mysql"}
# verbs of a change of state ("Redis went from required to optional")
_CHANGE_VERBS = frozenset({"went", "goes", "gone", "changed", "changes", "moved", "moves", "switched", "turned",
                           "shifted", "shifts"})
# verbs that report what something says ("the status check reports that Redis is enabled")
_REPORTING_VERBS = frozenset({"reports", "reported", "shows", "showed", "says", "said", "indicates", "indicated",
                              "claims", "states", "confirms", "confirmed", "displays"})
# stores to choose instead of the service ("choose between Redis and SQL Server")
_CHOICE_STORES = frozenset(ALT_BACKENDS | {"sql", "mssql", "mongodb", "mongo", "dynamodb", "cosmosdb", "cosmos"})
# words that pick one of two ("choose between Redis and SQLite")
# other stores that can take the service's place ("Kafka can also be used instead of Redis")
_OFFERED_INSTEAD_STORES = frozenset(_CHOICE_STORES | {"minio", "s3", "mariadb", "aurora"}) - {"local", "sync", "dummy"}
_CHOOSING = frozenset({"choose", "choosing", "chose", "pick", "picking", "select", "selecting", "decide",
                       "deciding", "choice", "decision"})
# a copy of the service that ships with the application, beside one of your own
_BUNDLED_COPY = frozenset({"local", "bundled", "built-in", "builtin", "internal", "embedded", "included"})
_ADDRESS_PARTS = frozenset({"connection", "host", "hostname", "url", "uri", "address", "endpoint", "port", "configuration",
                            "config", "settings"})


def _names_its_address(tokens: list[Tok], k: int) -> bool:
    """The words at ``k`` name where the service is ("Redis connection string", "Redis server
    hostname"), not the service itself."""
    if k < len(tokens) and tokens[k].low in ("server", "instance") and k + 1 < len(tokens):
        k += 1  # "Redis server hostname"
    return k < len(tokens) and tokens[k].low in _ADDRESS_PARTS


def _wants_stand_in(lows: list[str]) -> bool:
    """The words before "instead of Redis" wish for something else in its place ("If you want to
    use MongoDB, LevelDB, or another database"), not for a copy of it under another name or host
    ("a managed Redis", "Valkey", "Upstash")."""
    return bool(set(lows) & {"want", "prefer", "like", "use", "using", "choose", "rather", "wish"}) and not {
        w for k, w in enumerate(lows) if not (w == "another" and lows[k + 1:k + 2] in (
            ["database"], ["backend"], ["store"], ["broker"]))} & (
        _COMPATIBLE_FORKS | PROVIDER_WORDS | VARIANT_WORDS | {"managed", "hosted"})


def _role_of_service(np: list[Tok]) -> bool:
    """"Redis queue", "Redis lock": the service in one of its roles (_ROLE_HEADS)."""
    words = [t for t in np if t.kind != "punct"]
    return len(words) == 2 and words[0].service and words[1].low in _ROLE_HEADS


# a condition that points at the list after it ("Add Redis when these scenarios occur:")
_LISTED_CONDITIONS = frozenset(
    [(a, b, c) for a in ("these", "the") for b in ("scenarios", "situations", "conditions", "cases", "signals", "signs",
                                                   "triggers") for c in ("occur", "apply", "arise", "happen", "appear")]
    + [("the", "following", w) for w in ("occurs", "applies", "happens", "is", "are", "apply", "occur")]
    + [("one", "of", "these", w) for w in ("occurs", "applies", "happens")])
# "Add Redis when experiencing:", "… when you see:": a condition whose object is the list after it
_LISTED_EXPERIENCES = frozenset({("experiencing",), ("seeing",), ("hitting",), ("facing",), ("noticing",),
                                 ("encountering",), ("observing",)} | {
    ("you", w) for w in ("experience", "see", "hit", "face", "notice", "encounter", "observe", "start", "have")})
# ("Add Redis when you have:")
# what "use … instead of Redis" may offer in its place (_stand_in_instead)
_INSTEAD_STAND_INS = _STAND_INS | {"postgresql", "postgres"}
# the unit-wide readings of Analyser._unit_passes, in order, each behind a cheap test of the
# unit's words (``lows`` in order, ``words`` as a set): those before the setting-label reading …
_UNIT_PASSES_FIRST = (
    (lambda lows, words: "won't" in words or "not" in words or "doesn't" in words, "_harmless_removal"),
    (lambda lows, words: not _EMPTY_WORDS.isdisjoint(words), "_unset_means_fallback"),
    (lambda lows, words: lows[:1] and lows[0] in ("some", "certain") or lows[1:2] and lows[1] in ("some", "certain"),
     "_some_need"),
    (lambda lows, words: ("disable" in words or "disables" in words) and ("enable" in words or "enables" in words),
     "_enable_or_disable"),
    (lambda lows, words: "option" in lows[:4], "_option_with"),
    (lambda lows, words: "for" in words and not _CHOOSERS.isdisjoint(words), "_for_those_wanting"),
    (lambda lows, words: "or" in words and any("=" in w for w in lows), "_or_switched_off"),
    (lambda lows, words: "or" in words and "it" in words and ("remove" in words or "disable" in words
                                                             or "drop" in words or "omit" in words), "_or_remove_it"),
    (lambda lows, words: lows[:1] == ["with"] or "disabled" in words and not words.isdisjoint((":", "-", "—", "–")),
     "_with_service_off"),
    (lambda lows, words: "with" in words and ("faster" in words or "better" in words), "_better_with"),
    (lambda lows, words: ("better" in words or "best" in words) and "to" in words, "_better_to_use"),
    (lambda lows, words: "default" in words and ("not" in words or "n't" in " ".join(lows)), "_not_on_by_default"),
)
# … and those after it
_UNIT_PASSES_THEN = (
    (lambda lows, words: (":" in words or "are" in words) and ("values" in words or "options" in words
                                                               or "choices" in words), "_values_label"),
    (lambda lows, words: ("falls" in words or "fallback" in words or "fall" in words) and "(" in words,
     "_paren_fallback"),
    (lambda lows, words: ("was" in words or "were" in words) and ("until" in words or "till" in words),
     "_required_until"),
    (lambda lows, words: "instead" in words and lows[:1] in (["if"], ["when"]) and lows[1:2] in (["you"], ["you'd"], ["we"]),
     "_instead_listed"),
    (lambda lows, words: "/" in words and "(" in words and not ALT_BACKENDS.isdisjoint(words), "_paren_slash_choice"),
    (lambda lows, words: "instead" in words and ("use" in words or "using" in words or "default" in words
                                                 or "defaults" in words or "used" in words or "recommend" in words),
     "_stand_in_instead"),
    (lambda lows, words: "default" in words and "but" in words and ("configured" in words or "switched" in words
                                                                    or "changed" in words), "_default_but_configurable"),
    (lambda lows, words: "defaults" in words and "to" in words and not _STAND_INS.isdisjoint(words),
     "_setting_defaults_to_stand_in"),
    (lambda lows, words: "with" in words and "to" in words and ("start" in words or "starts" in words
                                                                 or "begin" in words), "_start_with_stand_in"),
    (lambda lows, words: "choice" in words and ("including" in words or "such" in words or "like" in words),
     "_choice_of_stores"),
    (lambda lows, words: "from" in words and "to" in words and len(lows) <= 12, "_stand_in_move"),
    (lambda lows, words: "alternatives" in words or "interchangeable" in words, "_listed_as_alternatives"),
    (lambda lows, words: "(" in words and not _PLURAL_ROLES.isdisjoint(words), "_backends_in_paren"),
    (lambda lows, words: "used" in words and ("when" in words or "if" in words), "_used_when_selected"),
    (lambda lows, words: "(" in words and ("when" in words or "if" in words) and any("=" in w for w in lows),
     "_settings_when_selected"),
    (lambda lows, words: "when" in words and ("would" in words or "add" in words or "might" in words or "will" in words)
     and len(lows) <= 10,
     "_when_you_would_add"),
    (lambda lows, words: "later" in words and not _CAN_LATER.isdisjoint(words), "_later_added"),
    (lambda lows, words: "later" in lows[:3] and (
        "can" in words or "could" in words or not {"add", "enable", "install"}.isdisjoint(lows[1:4])), "_later_lead"),
    (lambda lows, words: "both" in words and ("supports" in words or "support" in words or "supported" in words),
     "_supports_both"),
)
# who "for … wishing to use Redis" names (see Analyser._for_those_wanting)
_CHOOSERS = frozenset({"users", "those", "people", "anyone", "teams", "admins", "administrators", "operators",
                       "installations", "deployments", "sites"})
# "can" before "add … later", in the languages _later_added reads
_CAN_LATER = frozenset({"can", "можно", "kann", "puede", "pode"})
# what "supports both Redis and …" offers instead of it (not "supports both Redis and PostgreSQL":
# two parts of one stack)
_BOTH_STAND_INS = _STAND_INS | {"local", "rabbitmq", "memcached", "memcache"}
# "a small deployment is not forced to operate Redis": read as "not required to"
_COMPELLED = frozenset({"forced", "obliged", "obligated", "compelled"})
# "Redis would be useful for …" and its Romance and German forms (see ``_clause``)
_HELPFUL_WORDS = frozenset({"useful", "usefull", "helpful", "handy", "valuable", "útil", "utile", "nützlich", "hilfreich"})
_WOULD_BE = frozenset({"seria", "sería", "serait", "sarebbe", "wäre"})
_TRIGGERS = frozenset(
    _COMPELLED | OPTIONAL_WORDS | RECOMMEND_WORDS | NECESSITY_ADJ | SKIP_VERBS | OFF_VERBS | CONDITION_WORDS
    | {idiom[0] for idiom in CHOICE_IDIOMS}
    | {"nice", "good", "great", "handy", "soft", "weak", "optionally", "recommend", "recommends",
       "suggest", "suggests", "advise", "advises", "prefer", "encourage", "consider", "off", "may",
       "might", "no", "depends", "depend", "need", "needs", "require", "requires", "have", "has",
       "must", "discretion", "want", "wants", "without", "disabled", "opt-in", "later",
       "afterwards", "eventually", "yet", "until", "future", "planned", "better", "optimal", *_VERSION_TRIGGERS, "phase", "stage",
       "scope", *_HELPFUL_WORDS,
       "improved", "faster", "higher", "extra",
       "additional", "full", "only", "or", "enabled", "re-enabled", "added", "plugged", "introduced", "option", "eliminates", "eliminate", "replaces",
       "recommendation", "suggestion", "alternative", "part", "preferably", "ideally", "depending", "relies", "rely", "relying",
       "replace", "replaced", "olmadan", "olmaksızın", "只有才",
       "eliminated", "removing", "dropping", "eliminating", "instead", "otherwise", "best", "plus", "bonus", "fallback", "use", "uses", "optimization", "optimisation", "zero",
       "enable", "activate", "for", "rather", "whether", "before",
       "used", "deployed", "drops", "dropped", "removes", "removed", "disables", "skips", "omits",
       "если", "se", "si", "wenn", "caso",
       "ohne", "sans", "sem", "sin", "senza", "без", "无", "無", "can", "could", "why", "independently"} | _UPGRADE_VERBS)


def analyser_for(service) -> "Analyser":
    """One analyser per service policy (its name patterns are compiled once per run)."""
    try:
        return _ANALYSERS[service]
    except KeyError:
        if len(_ANALYSERS) > 64:
            _ANALYSERS.clear()
        analyser = _ANALYSERS[service] = Analyser(service)
        return analyser
    except TypeError:  # an unhashable policy object
        return Analyser(service)


# what a check list says of a part that works ("Redis connection working (if configured)")
_CHECK_STATES = frozenset({"working", "works", "healthy", "reachable", "ok", "connected", "responding", "up",
                           "running", "green", "passing"})
# heads of a noun phrase on the service that still name all of it: "a Redis server", what a check
# names ("Redis connection working"), what a step sets up ("Add a Redis cache"; not "a Redis
# connection pool")
_SERVICE_HEADS = frozenset({"connection", "connectivity", "health", "cache", "caching", "server", "instance",
                            "service", "queue", "broker", "store", "database", "db", "container", "cluster",
                            "backend", "layer", "integration", "support"})
_OPTION_HEADING = re.compile(r"\W*option\s+\w{1,3}\s*[:.)\-—–]", re.IGNORECASE)


def _variant_option(tokens) -> bool:
    """"Option 1: Replit Redis (…)", "Option B - Self-Hosted Redis": an option of a list of
    alternatives that names a kind of the service (a word right before its name), so a
    recommendation there picks which one (not "Option 2: Redis (recommended)", against no Redis)."""
    words = [t for t in tokens if t.low not in ("*", "**", "_", "#")]
    if len(words) < 5 or words[0].low != "option" or words[2].low not in (":", ".", ")", "-", "—", "–"):
        return False
    at = next((k for k, t in enumerate(words[3:7], 3) if t.service), None)
    if at is not None and words[at + 1:at + 2] and words[at + 1].low in ("addon", "add-on", "addons", "add-ons"):
        return True  # "Option 1: Add Redis Addon (Recommended)": the platform's own copy of it, a kind of it
    return at is not None and at > 3 and words[at - 1].kind == "word" and words[at - 1].low not in (
        "a", "an", "the", "use", "with", "add", "using", "enable", "plus", "and", "+")


# how a copy of the service is packaged, before its name ("Docker Redis (Recommended)")
_PACKAGED_AS = frozenset({"docker", "dockerized", "containerized", "containerised", "homebrew", "brew", "apt", "snap"})
# tasks that may well run without the service while the site does not ("not required for backups")
_OFFLINE_TASKS = frozenset({"backups", "backup", "restores", "restore", "migrations", "migration", "builds", "build",
                            "exports", "export", "imports", "import", "linting", "compilation"})
# a stand-in named in code ("`:memory_store`", "`LocMemCache`", "`SimpleCache`", "`FileSystemCache`")
_STAND_IN_CODE = re.compile(r"memory|locmem|simple_?cache|file_?(?:system_?)?(?:store|cache)|database_?cache|db_?cache")
# what a sentence opening "Without Redis, …" says stands in for it ("… Django uses local memory cache")
_STAND_IN_VERBS = frozenset({"uses", "use", "using", "maintains", "keeps", "stores", "holds", "caches", "queues", "counts"})
_STAND_IN_NOUNS = frozenset({"local", "locmem", "map", "map()", "own", "sqlite", "file", "files", "process",
                             "per-process", "per-instance", "in-process", "dict", "array", "l1"})
# the service offered as a switch ("Enable/Disable Redis", "enabled or disabled")
_ON_OFF_RE = re.compile(r"\bon\s*(?:/|or)\s*off\b", re.IGNORECASE)
_SWITCHABLE_RE = re.compile(r"\benabl(?:e|ed|ing)\W{0,3}\s*(?:/|or|and)\s*\W{0,3}disabl(?:e|ed|ing)\b", re.IGNORECASE)
# what the service is as a part of the stack ("an optional Redis backend", "(optional Redis store)")
_STACK_ROLES = frozenset({"mode", "caching", "backend", "store", "broker", "queue", "layer", "coordination", "locking",
                          "messaging", "sessions", "storage"})
# the managed offerings named "<product> for Redis" ("Azure Cache for Redis")
_MANAGED_PRODUCTS = frozenset({"cache", "elasticache", "memorystore"})
# "set empty to disable", "leave blank to disable": the variable's absence turns the service off
# (also "leave blank for no cache", "leave empty to run without a cache": what goes is the service's role)
_EMPTY_TO_DISABLE_RE = re.compile(r"\b(?:set|leave|left)\s+(?:it\s+)?(?:empty|blank|unset)\s+(?:to\s+disable\b|"
                                  r"for\s+no\s+(?:cach(?:e|ing)|queues?|sessions?)\b|"
                                  r"to\s+(?:run|work|start)\s+without\s+(?:a\s+|any\s+)?(?:cach(?:e|ing)|queues?)\b)", re.IGNORECASE)
# verbs that move onto the service ("switch to Redis later")
_MOVE_VERBS = frozenset({"switch", "move", "migrate", "upgrade", "graduate",
                         "switching", "moving", "migrating", "upgrading"})  # ("### Moving to Redis later:")
# stages of a plan ("Phase 1 does not use Redis")
_PHASE_NOUNS = frozenset({"phase", "stage", "milestone", "mvp", "v1", "iteration", "release", "version"})
_ORDINALS = frozenset({"one", "two", "first", "second", "initial", "current", "this", "1", "2"})
# a table cell that is just 0 (markdown source or a unit's text, where code spans lose their backticks)
_ZERO_CELL_RE = re.compile(r"\|\s*`?0`?(?:\s|\||$)")


class Analyser:
    """Finds the claims a prose unit makes about one service."""

    def __init__(self, service) -> None:
        self.names = ServiceNames.of(service)
        self._memo: dict = {}  # tokens of the texts of this document (see ``begin_document``)
        self.option_without_service = False  # (see ``note_options``)
        self.option_goes_without = False
        self.external_is_the_service = False  # (see ``note_copies``)
        self._name_lows = {n.lower() for n in service.names}
        self._joined = [n for n in self.names.code_names if "_" in n or "-" in n] + [
            s + "://" for s in self.names.url_schemes]
        # lower-case substrings one of which every mention contains (a cheap first test)
        needles = {n.lower() for n in service.names} | set(self.names.code_names) | set(self._joined)
        self._needles = tuple(n for n in needles if n and not any(m != n and m in n for m in needles))
        # (one needle, as for Redis: ``worth`` turns most paragraphs away with a single substring test)
        self._needle = self._needles[0] if len(self._needles) == 1 else None
        # the name of a switch for it (`REDIS_ENABLED`, `Redis__Enabled`, `Caching:UseRedis`,
        # `DISABLE_REDIS`): what stands right before or after the name (see ``names_switch``)
        self._switch_stems = tuple(n for n in self._name_lows if re.fullmatch(r"\w+", n))
        self._switch_before = tuple(f"{verb}{sep}" for verb in ("use", "enable", "disable", "with", "without", "no", "skip")
                                    for sep in ("", "_", "__", ":"))
        self._switch_after = tuple(f"{sep}{state}" for sep in ("_", "__", ":") for state in ("enabled", "disabled", "on", "off",
                                                                                         "enable", "disable"))

    # -- entry points --------------------------------------------------------------

    def begin_document(self) -> None:
        """Forget the tokens of the last document. Within one document the same text is read
        more than once (a row repeated in several tables, a sentence read as a unit and as the
        sentence before the next one), and its tokens are kept; tokens are never changed after
        ``tokenize``."""
        self._memo.clear()
        self.option_without_service = self.option_goes_without = False
        self.external_is_the_service = False

    def note_copies(self, text: str) -> None:
        """Whether "external Redis" can only mean Redis itself: the document names no copy of
        the service that the software brings or runs beside it (a bundled, built-in or in-chart
        one, a subchart, a container of its own, a ``redis.enabled`` switch). Then "External
        Redis (Optional)" says the service is optional; otherwise it says which copy to use."""
        low = text.lower()
        self.external_is_the_service = "external" in low and not any(
            any(needle in low for needle in needles) and pattern.search(low)
            for pattern, needles in _own_copy_patterns(tuple(sorted(self._name_lows))))

    def note_options(self, headings, body=None) -> None:
        """Whether one of the document's "Option N:" headings goes without the service ("Option 1:
        No Configuration Required"): then another option's "Local Redis (Recommended)" picks the
        service over none, not one kind of it over another (see ``_variant_option``). ``body(k)``,
        where given, is the text under the k-th heading: an option that names the service only
        there ("### Option 2: Use Docker" over `docker run … redis`) is another way to run it."""
        options = [(k, raw) for k, raw in enumerate(headings) if _OPTION_HEADING.match(raw) is not None]
        self.option_goes_without = any(self.mentions(raw) and self._goes_without(raw) for _, raw in options)
        # ("Option 2: No Redis (Simple)": then "Option 1: External Redis (Recommended)" is the
        # service itself against none, not an external copy against a bundled one; see ``_is_service``)
        self.option_without_service = self.option_goes_without or any(
            not self.mentions(raw) and (body is None or not self.mentions(body(k))) for k, raw in options)

    def _goes_without(self, text: str) -> bool:
        """The text takes the service away: "## Option 2: Run Without Redis", "No Redis", "Keep
        Redis Disabled" (a word of absence right before or after its name; not "Redis (no
        persistence)")."""
        tokens = [t for t in self._tokens(text) if t.low not in ("*", "**", "_", "`")]
        return any(t.low in _GOES_WITHOUT and any(u.service for u in tokens[k + 1:k + 3])
                   or t.low in ("disabled", "off") and k and tokens[k - 1].service for k, t in enumerate(tokens))

    def _tokens(self, text: str, code=(), struck=()) -> list[Tok]:
        key = (text, tuple(code), tuple(struck))
        tokens = self._memo.get(key)
        if tokens is None:
            if len(self._memo) > 4096:
                self._memo.clear()
            tokens = tokenize(_container_title(text) if text[:3] in ("!!!", "???", "===") else _alert_unmarked(text)
                              if text[:2] == "[!" else text, list(code), list(struck), self.names)
            if "'s " in text or "’s " in text:
                # "Use Render's Redis Service (Recommended)" is "Render Redis": one provider's copy of it
                tokens = [t for k, t in enumerate(tokens) if not (
                    t.low in ("'s", "’s") and 0 < k < len(tokens) - 1 and tokens[k - 1].low in PROVIDER_WORDS
                    and tokens[k + 1].service)]
            if "full" in text or "Full" in text:
                # "enable full Redis caching": a degree of its use, not a full memory (a failure word)
                tokens = [Tok(t.text, "complete", t.start, t.end, t.kind) if t.low == "full" and k + 1 < len(tokens)
                          and tokens[k + 1].service else t for k, t in enumerate(tokens)]
            self._memo[key] = tokens
        return tokens

    @property
    def needles(self) -> tuple[str, ...]:
        """Lower-case substrings one of which every mention of the service contains (in text
        without emphasis markers): a cheap first test for other rules too."""
        return self._needles

    def mentions(self, text: str, low: str | None = None) -> bool:
        """Whether ``text`` names the service (``low``: its lower case, when the caller has it)."""
        if low is None:
            low = text.lower()
        for needle in self._needles:
            if needle in low:
                break
        else:
            return False  # most paragraphs end here
        ascii_text = text.isascii()
        if (self.names.plain_lower.search(low) if ascii_text else self.names.plain.search(text)) is not None \
                or (not ascii_text or "_" in text) and self.names.pattern.search(text) is not None:
            return True
        if ("-less" in low or "-free" in low or "-b" in low or "-powered" in low or "-optional" in low
                or "-compatible" in low) and any(
                n + suffix in low for n in self._name_lows for suffix in ("-less", "-free", "-optional") + _BACKED):
            return True  # "Redis-backed", "redis-less" (and not "MongoDB-based storage … `REDIS_URL`": below)
        if "no-" in low and any("no-" + n in low for n in self._name_lows):
            return True  # "No-Redis mode"
        if self.names.camel is not None and self.names.camel.search(text) is not None:
            return True  # "RedisBackend"
        if "_" in text or "-" in text or "://" in text:
            if any(n in low for n in self._joined) or "_" in text and (
                    "_*" in low and any(n + "_*" in low for n in self._name_lows)  # "`UPSTASH_REDIS_*`"
                    or self.names.locator is not None and self.names.locator.search(text) is not None
                    or self.names.switch is not None and self.names.switch.search(low) is not None):
                return True
        return self._names_switch(low)

    def mentions_source(self, raw: str) -> bool:
        """``mentions`` on markdown source, where emphasis may wrap the name in underscores."""
        return self.mentions(raw) or "_" in raw and self.mentions(unemphasised(raw))

    def worth(self, raw: str) -> bool:
        """Cheap test on markdown source: some sentence names the service and has a cue."""
        low = raw.lower()
        if self._needle is not None and self._needle not in low and "_" not in raw:
            return False  # (what ``mentions`` and the test below decide for most paragraphs, at half the cost)
        if not self.mentions(raw, low):
            if "_" not in raw:
                return False
            raw = unemphasised(raw)  # "__Redis (optional)__": the name inside emphasis
            if not self.mentions(raw):
                return False
        if len(raw) < 60 or " | " in raw:
            return self.may_claim(raw)  # (a table row's cells are read together)
        chunks = _ROUGH_SENTENCE_RE.split(raw)
        if len(chunks) == 1:
            return self.may_claim(raw)  # (one sentence: it names the service, as tested above)
        named = [self.mentions(chunk) for chunk in chunks]
        if any(is_named and self.may_claim(chunk) for is_named, chunk in zip(named, chunks)):
            return True
        # "Install Redis. Optional for small sites.": a sentence that goes on about it
        return any(named[k] and continuation_cue(b) for k, b in enumerate(chunks[1:]))

    def may_claim(self, text: str) -> bool:
        """Cheap test: without any cue word the analyser cannot find a claim."""
        low = text.lower()
        words = _WORDS_RE.findall(low)
        if not (CUE_WORDS.isdisjoint(words) and CUE_STEMS.isdisjoint(map(_FIRST_FIVE, words))):
            # (set tests first, in C: most sentences have no cue word, and the loop is only for the exception)
            for k, word in enumerate(words):
                if word in CUE_WORDS or word[:5] in CUE_STEMS:
                    if word == "once" and k and words[k - 1] == "at":
                        continue  # "so that it reconnects at once"
                    return True
        words = set(words)  # (the tests below look words up)
        if "between" in words and not _CHOOSING.isdisjoint(words) and not ALT_BACKENDS.isdisjoint(words):
            return True  # "How to choose between Redis and SQLite?"
        if "?" in low and not words.isdisjoint(("tarde", "tardi", "später")):
            return True  # "¿Puedo añadir Redis más tarde?"
        if "with" in words and not _WITH_STATES.isdisjoint(words):
            return True  # "With Redis configured, you get:"
        if "profile" in words and "(" in low:
            return True  # "| Redis | 6379 | Cache (full profile) |"
        if "locally" in words and "or" in words:
            return True  # "Sessions can be stored locally or in Redis."
        if not _ROMANCE_GERMAN_OR.isdisjoint(words) and any(w in low for w in _FOREIGN_STAND_IN_STEMS):
            return True  # "stockées localement ou dans Redis"
        if "there" in words and "also" in words and ("available" in words or "supported" in words):
            return True  # "There is also Redis engine available."
        if "or" in words and ("another" in words or "other" in words) and not words.isdisjoint(_OTHER_STORE_NOUNS):
            return True  # "you can swap in Redis or another backend"
        if "or" in words and ("cache" in low or "store" in low or "mem" in low) and _STAND_IN_CODE.search(low):
            return True  # "`CACHE_TYPE` can be `FileSystemCache` or `RedisCache`": class names as values
        if "from" in words and "to" in words and (not words.isdisjoint(_STAND_INS | {"no"}) or any(
                w.endswith("-only") and w[:-5] in _STAND_INS or w[:3] == "no-" for w in words)):
            return True  # "### From Memory to Redis"
        if "/" in low and ("/mem" in low or "/in-mem" in low or "/inmem" in low or "/locmem" in low
                           or "/local-mem" in low or "/in-process" in low):
            return True  # "Add to Redis/memory queue": a stand-in after a slash (see _clause)
        if "alternatives" in words or "interchangeable" in words:
            return True  # "Memcached and Redis are alternatives"
        if "(" in low and ("avoid" in words or "avoids" in words):
            return True  # "- **Few moving parts** (avoid Redis, message brokers)"
        if "(" in low and not words.isdisjoint(_PLURAL_ROLES) and not words.isdisjoint(_STAND_INS):
            return True  # "Multiple storage backends (Memory, Redis, Memcached)"
        if "default" in words and not words.isdisjoint(_STAND_INS) and not words.isdisjoint(self._name_lows):
            return True  # "`CACHE_DRIVER`: `memory` (default), `redis`"
        if ("values" in words or "options" in words or "choices" in words) and (":" in low or "are" in words):
            return True  # "**Values**: `None` | `Redis`", "Available values are …": a setting's choices (see _values_label)
        if ("pour" in words or "para" in words or "für" in low) and any(w in low for w in _FOREIGN_SCALE_STEMS):
            return True  # "Pour les environnements distribués, activez Redis"
        if "tbd" in words or "todo" in words:
            return True  # "# Redis Integration - TBD"
        if "absence" in words and "of" in words:
            return True  # "In the absence of Redis, …": "without" (see tokenize)
        if _MAY_CLAIM_WORDS.isdisjoint(words) and low.isascii() and ":" not in low and "=" not in low \
                and "|" not in low and not any(phrase in low for phrase in _MAY_CLAIM_PHRASES):
            return False  # (each test below needs one of these words, phrases or marks: most sentences end here)
        if "|" in low and not ALT_BACKENDS.isdisjoint(words) and _SELECTOR_RE.search(low) is not None:
            return True  # "| `CACHE_STORE` | `database` | `redis` for shared cache |": a setting that picks a backend
        if "|" in low and _FOR_CELL_RE.search(low) is not None:
            return True  # "| `REDIS_URL` | For control buttons | … |": under a Required header, needed only for that
        if "can " in low and _YOU_CAN_USE_RE.search(low) is not None:
            return True  # "You can use Redis for sessions"
        if _WOULD_HELP_RE.search(low) is not None:
            return True  # "Redis would be useful for caching"
        if "possible" in words or "possibility" in words or "one way" in low or "one option" in low:
            return True  # "it is possible to use Redis as cache adapter", "Installing Redis is one way to …",
            # "using Redis is also possible"
        if ("phase" in low or "stage" in low) and (_LATER_PHASE_RE.search(low) is not None
                                                    or _PHASE_LABEL_RE.match(low) is not None) or "out of scope" in low:
            return True  # "(Redis in Phase 2)", "### Phase 2: Add Redis", "Redis is out of scope for v1"
        if ("or" in words or "ou" in words or "/" in low or not low.isascii() and any(w in low for w in _FOREIGN_OR)) \
                and not ALT_BACKENDS.isdisjoint(words):
            return True  # "use the database or Redis", "Queue: Redis/Database", "(Redis или in-memory)"
        if ":" in low and not _BACKEND_LIST_HEADS.isdisjoint(words) and not ALT_BACKENDS.isdisjoint(words):
            return True  # "- **Storage backends**: RocksDB, PostgreSQL, SQLite, Redis"
        if ("and" in words or "和" in low) and not _MEMORY_STORES.isdisjoint(words) and (
                not _OFFER_CUES.isdisjoint(words) or "支持" in low or "支援" in low):
            return True  # "supports two stores: `memory` and `redis`", "支持 `memory` 和 `redis` 两种缓存方式"
        if "and" in words and not _STAND_INS.isdisjoint(words) and not _PLURAL_ROLES.isdisjoint(words) \
                and not _OFFER_CUES.isdisjoint(words):
            return True  # "database and Redis storage drivers are available"
        if ("yet" in words or "use" in words or "uses" in words or "used" in words) and (
                "not" in words or "never" in words or any(w.endswith("n't") for w in words)):
            return True  # "don't add Redis yet", "this project does not use Redis", "not used in production"
        if "production" in words and ("drops" in words or "dropped" in words or "removes" in words or "omits" in words
                                      or "skips" in words):
            return True  # "production drops Redis"
        if " for multi-" in low or "(multi-" in low or " in multi-" in low or " for horizontal" in low or " to enable" in low or " for scal" in low or " for distributed " in low or (
                " scaling" in low and " for " in low) or (
                " multi-" in low and "for" in words) or (
                "multiple" in words or "scale" in words or "horizontally" in words or "traffic" in words
                or "several" in words or "distributed" in words or "scaling" in words or "high-traffic" in words
                or "ha" in words or "high-availability" in words
                or "more" in words and "than" in words) and (_SCALE_LEAD_RE.match(low) is not None or "(for " in low or " for " in low and (
                    "instances" in words or "replicas" in words or "servers" in words or "nodes" in words)):
            return True  # "Redis for multi-replica", "set REDIS_URL to enable Redis"
        if _SCALE_LABEL_RE.match(low) is not None:
            return True  # "**Multiple nodes**: point `REDIS_HOST` at a shared Redis"
        if "commented out" in low or "stopped using" in low or "stopped needing" in low or "stopped requiring" in low:
            return True  # "Redis config is commented out", "we stopped using Redis"
        if ("makes" in words or "make" in words) and not _MERELY_WORDS.isdisjoint(words) \
                and not _FASTER_WORDS.isdisjoint(words):
            return True  # "Redis just makes it even faster"
        if "than" in words and "but" in words and ("slower" in words or "less" in words or "weaker" in words):
            return True  # "(slower than Redis but works)"
        if "?" in low and ("later" in words or "yet" in words):
            return True  # "Redis? Maybe later."
        if "🔜" in low or "to disable" in low or "(planned" in low:
            return True  # "- 🔜 Redis for background jobs", "Redis address (set empty to disable)", "Redis (planned)"
        if ("can" in words or "could" in words) and (" be used" in low or " be configured with" in low
                                                      or " be configured to use" in low or " be added" in low
                                                      or " be enabled" in low):
            return True  # "Redis can be used for caching", "Faveo can also be configured with Redis"
        if "peut être " in low and ("utilisé" in low or "ajouté" in low):
            return True  # "Redis peut être utilisé pour le cache", "… peut être ajoutée en tant que …"
        if ("don't" in low or "do not" in low) and not PROVISION_VERBS.isdisjoint(words):
            return True  # "Don't add Redis for now"
        if ("→" in low or "->" in low or "=>" in low or "⇒" in low) and (
                not ALT_BACKENDS.isdisjoint(words) or not _ARROW_STAND_INS.isdisjoint(words)):
            return True  # "Redis → in-memory cache"
        if not _REPLACE_VERBS.isdisjoint(words) and (not ALT_BACKENDS.isdisjoint(words)
                                                      or _STAND_IN_CODE.search(low) is not None
                                                      or "-based" in low or "-backed" in low):
            return True  # "Replaced Redis with an in-memory cache", "… with `LocMemCache`"
        if "=" in low and self.names.switch is not None and self._names_switch(low):
            return True  # "Export `ENABLE_REDIS=1` to use the shared cache": a switch set one way or the other
        if "=" in low and not _EMPTY_WORDS.isdisjoint(words) and ("fallback" in low or "memory" in low
                                                                   or "disabled" in low):
            return True  # "Empty = in-memory fallback" (see _empty_is_fallback)
        if ("absent" in words or "unset" in words or "missing" in words or "omitted" in words or "set" in words
                or "provided" in words) and ABSENT_HEADER_RE.search(low) is not None:
            return True  # a row read with its header "| Variable | If absent |" (see _absent_column)
        if "|" in low and ("enables" in words or "activates" in words):
            return True  # "| `REDIS_URL` | Empty | Enables Redis-backed caching |" under "Default"
        if "|" in low and ("enable" in low or "use" in low) and self.names.switch is not None \
                and _ZERO_CELL_RE.search(low) is not None:
            return True  # "| `ENABLE_REDIS` | Enable Redis cache | `0` |": a switch off by default
        if "with" in words and ("faster" in words or "better" in words):
            return True  # "The app runs faster with Redis"
        if (" with multiple " in low or " with several " in low or " with more than " in low) and "use" in words:
            return True  # "Use Redis in production with multiple workers"
        if "before" in words and ("more" in words or "multiple" in words or "several" in words or "horizontal" in words
                                  or not _SET_UP_GERUNDS.isdisjoint(words) and (
                                      "deploy" in low or "live" in words or "ship" in words or "launch" in low)):
            return True  # "Configure Redis before running more than one replica"
        if ("can" in words or "could" in words or "may" in words) and ("added" in words or "plugged" in words
                                                                      or "introduced" in words) and " be " in low:
            return True  # "Redis can be added as a separate service"
        if ("later" in words or "afterwards" in words or "eventually" in words or "until" in words or "future" in words) and (
                _DEFER_CUES.intersection(words) or _DEFER_PAREN_RE.search(low) is not None):
            return True  # "Redis can be added later", "wait to add Redis until …"
        if not low.isascii() and any(cue in low for cue in _FOREIGN_CUES):
            return True
        if "to " in low and "," in low and _FEATURE_PURPOSE_RE.match(low) is not None:
            return True  # "To enable background jobs, set `REDIS_URL` in your environment:"
        if ":" in low and _INLINE_DEFER_RE.match(low) is not None:
            return True  # "**Enhancement:** Move to Redis …"
        if ("unset" in words or "empty" in words or "not set" in low) and (
                "memory" in low or "fall" in low or "single-process" in low or "in-process" in low or "per-process" in low):
            return True  # "`REDIS_URL` unset means in-memory state"
        if "comment" in low and ("comment out" in low or "commenting out" in low) \
                or " off" in low and ("turn off" in low or "switch off" in low):
            return True  # "# Comment out the redis service": a step that takes it out
        if not _FUTURE_KEYS.isdisjoint(words) and (
                not _FUTURE_PARTICIPLES.isdisjoint(words) or not _FUTURE_VERBS.isdisjoint(words)
                or "addition" in words or "introduction" in words or "adoption" in words or "integration" in words
                or "planned" in words or "scheduled" in words or "slated" in words or "include" in words
                or "includes" in words or "usage" in words or "use" in words):
            return True  # "Redis will be introduced when …", "the eventual addition of Redis"
        if not _SETUP_SUBJECTS.isdisjoint(words) and not _GOES_WITHOUT_VERBS.isdisjoint(words):
            return True  # "This configuration avoids Redis and Celery"
        if "whether" in words and ("default" in words or "defaults" in words or not _DECIDE_VERBS.isdisjoint(words)):
            return True  # "whether to use Redis. Defaults to false.", "You can choose whether to use Redis"
        if not ALT_BACKENDS.isdisjoint(words) and ("either" in words or "options" in words or "supports" in words
                                                   or "one" in words or "values" in words):
            return True  # "Either `redis`, `memcached`, or `database`."
        if " part of " in low and ("not " in low or "n't " in low or "no longer" in low):
            return True  # "Redis is not part of the production stack"
        if "scal" in low and " by " in low and ("enabling" in low or "adding" in low or "introducing" in low
                                                 or "turning on" in low):
            return True  # "can scale to thousands of users by enabling Redis"
        if "|" in low and ("slow" in low or "latency" in low or "laggy" in low) and any(
                "| " + verb + " " in low for verb in ("enable", "add", "use", "install", "introduce")):
            return True  # "| Slow responses | Enable Redis caching |"
        if (" will " in low or " would " in low) and low.lstrip("*_-+ ").startswith(tuple(_ADDING_GERUNDS)):
            return True  # "Configuring an external redis server will improve the reliability …"
        if " in v" in low and _IN_VERSION_RE.search(low) is not None:
            return True  # "add Redis in v2"
        if "(upgrade to " in low or "(upgrade path to " in low:
            return True  # "In-memory (upgrade to Redis for production)"
        if " be upgraded " in low or " be swapped " in low or " be switched " in low or " be migrated " in low \
                or " be moved " in low or "upgradeable" in low or "upgradable" in low or " as an option" in low \
                or "able to " in low and ("configurable" in low or "switchable" in low or "swappable" in low
                                          or "pluggable" in low) \
                or " replaces " in low or " replace " in low or "no-" in low:
            return True  # "can be upgraded to Redis for production"
        if "-less" in low or "-free" in low or "-optional" in low or "by default" in low or "in the default " in low or "for better" in low or "for best" in low or "for optimal" in low or "be enabled" in low \
                or "para melhor" in low or "para mejor" in low \
                or "be re-enabled" in low or " is disabled" in low or " is turned off" in low \
                or "for improved" in low or "for faster" in low or "for full" in low:
            return True
        return any(mark in text for mark in CUE_MARKS)

    def analyse(self, text: str, code=(), struck=(), *, question_ok: bool = False) -> list[Claim]:
        tokens = self._tokens(text, code, struck)
        if not any(t.service for t in tokens):
            compound = next((t for t in tokens if t.low[:3] == "no-" and t.low[3:] in self._name_lows), None)
            if compound is not None and not {t.low for t in tokens} & (FAILURE_WORDS | BROKEN_WORDS | NEGATORS) \
                    and not self._nonprod(tokens):
                # "## Benefits of No-Redis Mode", "a no-redis deployment": a setup without it
                return [self._claim(compound, tokens, "no-service", compound.text)]
            if self.names.switch is not None and ("=" in text or " to " in text):
                self._unit_lows = [t.low for t in tokens]
                off = self._disable_switch(tokens)  # "Production runs with `DISABLE_REDIS=1`"
                on = None if off else self._switch_on(tokens)  # "To use Redis, set `USE_REDIS=true`"
                if off or on is not None:
                    return off or [on]
            if "=" in text and "used" in text.lower():
                self._unit_lows = [t.low for t in tokens]
                return self._used_when_selected(tokens)  # "Used when `CACHE_PROVIDER=redis`."
            return []
        first = next((t.low for t in tokens[:6] if t.kind != "punct" and not _step_number(t.low)
                      and any(c.isalnum() for c in t.low)), "")
        choice = self._when_to_use(tokens) if (first in ("when", "why", "q", "whether") or first in _FOREIGN_WHEN) \
            and (first == "when" or first in _FOREIGN_WHEN or not text.rstrip(" *_#").endswith("?")) else None
        # (also "When do you need Redis?", "¿Cuándo necesitas Redis?", "Quando usar Redis?": asking when
        # it is needed says it sometimes is not; but not "Why Redis?" nor "Q: When should I enable
        # Redis?", whose answers say)
        if choice is None and any(t.low == ":" for t in tokens[1:8]):
            choice = self._deferred_label(tokens) or self._backend_list(tokens)
        if choice is not None:
            return [choice]
        if "?" in text:
            q = next((k for k, t in enumerate(tokens) if t.kind == "punct" and t.low == "?"
                      and not text[t.end:t.end + 1].isalnum()  # (not a URL's query: "…/redistogo?app=demo")
                      and any(u.kind != "punct" for u in tokens[k + 1:])), None)
            if q is not None:
                return self._answer(tokens[:q], tokens[q + 1:])
        if text.rstrip().endswith("?") and not question_ok:
            # a question asks, it does not claim; but "How to choose between Redis and SQLite?"
            # offers the choice it asks about
            chosen = self._choose_between(tokens) if any(t.low == "between" for t in tokens) else None
            if chosen is None and any(t.low in _LATER_WORDS for t in tokens):
                chosen = self._later_question(tokens)
            if chosen is None and tokens[0].low == "when" and len(tokens) <= 7:
                self._unit_lows = [t.low for t in tokens]  # (the reading's helpers look at the unit's words)
                chosen = next(iter(self._when_you_would_add(tokens)), None)  # "## When Will You Need Redis?"
            return [chosen] if chosen is not None else []
        claims = self._claims(_drop_emphatic(tokens))
        if not claims and not text.isascii():
            claims = self._cjk_fallback(tokens, text) or self._cjk_recommended(tokens) or self._cjk_not_required(tokens) \
                or self._cjk_scale_need(tokens, text)
        if claims and self._variable_with_default(tokens, text):
            return []
        if claims and ":" in text and _manner_label(tokens) and all(
                c.wording.strip("()*_ ").lower().split()[:1] and c.wording.strip("()*_ ").lower().split()[0] in (
                    OPTIONAL_WORDS | RECOMMEND_WORDS) for c in claims):
            return []  # "- **Docker:** for PostgreSQL and Redis (optional but recommended)": the tool is
        if claims and all(c.wording.strip("()*_ ").lower() in RECOMMEND_WORDS for c in claims) \
                and self._only_variable_named(tokens) and (not any(
                    t.low in RECOMMEND_WORDS and tokens[k + 1].low == "for" for k, t in enumerate(tokens[:-1]))
                    or [t.low for t in tokens if t.low not in ("*", "**", "_", "#")][:1] == ["option"]):
            # (but "`REDIS_URL` (recommended for the notifications)" recommends having it for them; an
            # option of how to set it is still a way: "**Option 1: Using REDIS_URL (recommended for cloud services)**")
            return []  # "`REDIS_URL` is preferred", "Use Redis URL (recommended)": which way to set it
        if claims and all(c.how == "option" for c in claims) and self._only_variable_named(tokens):
            return []  # "# Option A: Use Redis URL (cloud providers)" over "# Option B: Use individual
            # settings": which way to point at it
        if claims and not self.option_without_service and _variant_option(tokens) and all(
                c.wording.strip("()*_ ").lower().split()[:1] and c.wording.strip("()*_ ").lower().split()[0]
                in RECOMMEND_WORDS for c in claims):
            return []  # "#### Option 1: Replit Redis (Recommended for Replit deployments)": which Redis
        if not claims:
            claims = self._disable_switch(tokens)
        if not claims and any(t.low == "hard" for t in tokens):
            claims = self._hard_dependency_note(tokens)
        if claims:
            return claims
        # the readings below are rare: each runs only when a word of its own is in the text
        low = text.lower()
        if "remov" in low or "drop" in low or "disabl" in low or "no longer" in low or "comment" in low \
                or "delet" in low or "eliminat" in low or " off" in low or "stopped " in low \
                or any(verb in low for verb in _FOREIGN_DISABLE):
            removed = self._removed(tokens)
            if removed is not None and not _client_library(tokens):
                return [removed]  # (not "Python redis package is removed from the image": the client)
            if "commented" in low:
                commented = self._left_commented_out(tokens)
                if commented is not None:
                    return [commented]
            if "disabl" in low and "enabl" in low or "off" in low and ("turn" in low or "toggle" in low):
                switchable = self._switchable(tokens, text)
                if switchable is not None:
                    return [switchable]
            if "to disable" in low or "blank" in low or "empty" in low:
                emptied = self._emptied_to_disable(tokens, text)
                if emptied is not None:
                    return [emptied]
        if "🔜" in text:
            soon = next((k for k, t in enumerate(tokens[:4]) if "🔜" in t.text), None)
            named = next((k for k in range(soon + 1, min(soon + 3, len(tokens))) if tokens[k].service), None) \
                if soon is not None else None
            if named is not None and not _versioned(tokens[soon + 1:soon + 4]) \
                    and not (named + 1 < len(tokens) and tokens[named + 1].low in _FEATURE_NOTES):
                # (not "- 🔜 Redis Cluster support": a feature of it comes later)
                # "- 🔜 Redis for background jobs": a roadmap's next step, not yet part of the setup
                return [self._claim(tokens[soon], tokens, "deferred", "🔜")]
        lows = {t.low for t in tokens}
        if not ALT_BACKENDS.isdisjoint(lows) and len(tokens) <= 16:
            pair = self._bare_alternatives(tokens)
            if pair is not None:
                return [pair]
        if not _VALUE_OR_WORDS.isdisjoint(lows) and any(t.service and t.kind in ("code", "mention") for t in tokens):
            values = self._value_choice(tokens)
            if values is not None:
                return [values]
        if "default" in lows and any(t.service and t.kind == "code" for t in tokens):
            default = self._stand_in_default_value(tokens)
            if default is not None:
                return [default]
        scaled = not _SCALE_GATE.isdisjoint(lows)
        for wanted, read in (  # (each gate is a set or substring test; a reading runs only past its gate)
                ("whether" in lows and ("default" in lows or "defaults" in lows), self._whether_off_by_default),
                (not _GOES_WITHOUT_VERBS.isdisjoint(lows), self._setup_goes_without),
                (not _FUTURE_KEYS.isdisjoint(lows), self._future_addition),
                ("means" in lows and not _ABSENCE_LEADS.isdisjoint(lows), self._absence_means),
                (("don't" in lows or "not" in lows and "do" in lows) and not PROVISION_VERBS.isdisjoint(lows),
                 self._dont_provision),
                (not _REPLACE_VERBS.isdisjoint(lows), self._replaced_by_stand_in),
                (not _ARROWS.isdisjoint(lows), self._arrow_to_stand_in),
                ("=" in text and self.names.switch is not None, self._switch_on),
                ("(" in lows and scaled, self._scale_paren),
                ("optional" in lows and scaled and (not NEGATORS.isdisjoint(lows) or "n't" in low),
                 self._not_optional_at_scale),
                ("rejected" in lows, self._rejected_option),
                (("default" in lows or "defaults" in lows or "there" in lows and "also" in lows)
                 and ("available" in lows or "supported" in lows), self._also_available),
                ("possible" in lows or "way" in lows or "ways" in lows or "option" in lows or "possibility" in lows,
                 self._one_possibility),
                ("between" in lows and not _CHOOSING.isdisjoint(lows), self._choose_between),
                (("and" in lows or "&" in lows) and not _OFFER_CUES.isdisjoint(lows)
                 and (not _MEMORY_STORES.isdisjoint(lows) or not _STAND_INS.isdisjoint(lows)
                      and not _PLURAL_ROLES.isdisjoint(lows)), self._offered_stores),
                ("verzicht" in low or "weglass" in low or "weggelass" in low, self._german_forgo),
                (("connect" in low or "contacted" in low) and not _CONDITION_LEADS.isdisjoint(lows),
                 self._no_connection_when),
                ("than" in lows and "but" in lows, self._slower_but_works),
                ("but" in lows and not lows.isdisjoint(("faster", "better", "quicker")), self._faster_but_stand_in),
                ("with" in lows and (not _WITH_STATES.isdisjoint(lows) or "disabled" in lows),
                 self._with_service_state),
                ("out" in lows and ("leaves" in lows or "leave" in lows), self._set_up_leaves_out),
                ("to" in lows and "," in lows and not _FEATURE_ENABLERS.isdisjoint(lows), self._feature_purpose_step),
                (("makes" in lows or "make" in lows) and not _MERELY_WORDS.isdisjoint(lows), self._merely_speeds_up),
                ("by" in lows and not _SCALE_VERBS.isdisjoint(lows), self._scale_by_adding),
                (("will" in lows or "would" in lows) and not _ADDING_GERUNDS.isdisjoint(t.low for t in tokens[:3]),
                 self._adding_will_improve),
                ("(" in lows and not _TAKE_OUT_VERBS.isdisjoint(lows), self._take_out_paren),
                ("no" in lows and "for" in lows and not _SIMPLE_USES.isdisjoint(lows), self._none_for_simple_use),
                (not _ROMANCE_GERMAN_OR.isdisjoint(lows) and not _FOREIGN_STAND_INS.isdisjoint(lows), self._foreign_stored_or),
                ("activate" in lows, self._activate_purpose),
                ("profile" in lows and "(" in lows, self._profile_only),
                ("tbd" in lows or "todo" in lows, self._to_be_decided)):
            if wanted:
                found = read(tokens)
                if found is not None:
                    return [found]
        return claims

    def _to_be_decided(self, tokens: list[Tok]) -> Claim | None:
        """A status after it that says it is not there yet: "# Redis Integration - TBD", "## Redis
        (TBD)", "- Redis caching: TODO". (Not a value of it still to choose: "Redis password: TBD".)"""
        words = [t for t in tokens if t.low not in ("*", "**", "_", "#", "-", "+", ">", ")")]
        if len(words) < 3 or words[-1].low not in ("tbd", "todo") or words[-2].low not in ("—", "–", ":", "(", "-") \
                and not (words[-2].service or words[-2].low in USE_NOUNS):
            return None
        head = words[:-2] if words[-2].low in ("—", "–", ":", "(", "-") else words[:-1]
        while head and _step_number(head[0].low):
            head = head[1:]
        if not head or not head[0].service or len(head) > 2 or len(head) == 2 and (
                head[1].low not in USE_NOUNS and head[1].low not in ("caching", "cache", "queue", "sessions")
                or head[1].low in ("setup", "set-up", "configuration", "config", "installation", "install", "docs",
                                   "documentation", "section", "guide")) or self._nonprod(tokens):
            return None  # (not "## Redis setup (TODO)": the section of the guide is still to write)
        return self._claim(words[-1], tokens, "deferred", words[-1].text)

    def _profile_only(self, tokens: list[Tok]) -> Claim | None:
        """A parenthesis that puts it in a Compose profile of its own: "| Redis | 6379 | Cache (full
        profile) |", "# Redis health (full profile)", "REDIS_PASSWORD (if using full profile)": the
        stack runs without it unless that profile is started. (Not the production or default
        profile, which always runs; a development profile is out of scope.)"""
        lows = [t.low for t in tokens]
        for k in range(2, len(lows)):
            if lows[k] != "profile" or lows[k + 1:k + 2] not in ([")"], []):
                continue
            opening = next((j for j in range(k - 1, max(-1, k - 6), -1) if lows[j] == "("), None)
            if opening is None or not any(t.service for t in tokens[:opening]):
                return None
            inside = [w for w in lows[opening + 1:k] if w not in ("the", "a", "if", "using", "when", "with", "`")]
            if len(inside) != 1 or not inside[0].isalpha() or inside[0] in _PROFILE_ALWAYS \
                    or inside[0] in _NONPROD_WORDS or not NEGATORS.isdisjoint(lows) or self._blocked(tokens, opening):
                return None
            return self._claim(tokens[opening + 1], tokens, "profile",
                               " ".join(t.text for t in tokens[opening + 1:k + 1]))
        return None

    def _activate_purpose(self, tokens: list[Tok]) -> Claim | None:
        """A step to take to switch it on: "To activate Redis, add just one variable:", "To
        activate Redis features, set `REDIS_URL`": until then it is off. (Only "activate": "To
        enable Redis, run `systemctl enable redis-server`" starts it at boot; not a part of it,
        "To activate Redis persistence, …".)"""
        words = [t for t in tokens if t.low not in ("*", "**", "_", "#", "-", "+", ">")]
        k = 0
        while k < len(words) and _step_number(words[k].low):
            k += 1
        lows = [t.low for t in words[k:k + 7]]
        if lows[:2] != ["to", "activate"]:
            return None
        at = 2 + (lows[2:3] in (["the"], ["all"], ["your"]))
        if at >= len(lows) or not words[k + at].service or not self._is_service(words[k + at:k + at + 1]):
            return None
        after = at + 1
        if after < len(lows) and lows[after] in ("features", "support", "integration", "caching", "cache", "mode"):
            after += 1
        if after >= len(lows) or lows[after] not in (",", ":") or self._blocked(words, k) or self._nonprod(tokens) \
                or not (FAILURE_WORDS | BROKEN_WORDS | NEGATORS).isdisjoint(t.low for t in tokens):
            return None
        return self._claim(words[k], tokens, "switch-on", " ".join(t.text for t in words[k:k + at + 1]))

    def _foreign_stored_or(self, tokens: list[Tok]) -> Claim | None:
        """Data kept in a stand-in or in the service, in French, Spanish, Italian, Portuguese or
        German: "Les données de session peuvent être stockées localement ou dans Redis", "se
        almacenan en memoria o en Redis", "im Speicher oder in Redis gespeichert": a choice of
        where to keep it, as "stored locally or in Redis" is. (A verb of keeping data must be in
        the unit: not "installez Redis localement ou dans Docker", which is where to run it.)"""
        lows = [t.low for t in tokens]
        if not any(low.startswith(_FOREIGN_STORE_STEMS) for low in lows) \
                or not NEGATORS.isdisjoint(lows) or not _DATA_CARE_VERBS.isdisjoint(lows) \
                or self._nonprod([t for t in tokens if t.low not in _FOREIGN_STAND_INS]):
            return None  # (nor "Back up data persisted in memory or in Redis": both are looked after)
        for k in range(1, len(tokens) - 1):
            if lows[k] not in _ROMANCE_GERMAN_OR or lows[k - 1] not in _FOREIGN_STAND_INS:
                continue
            m = k + 1
            while m < len(tokens) and lows[m] in ("dans", "en", "in", "em", "nel", "no", "na", "einem", "einer", "le",
                                                  "la", "el", "il", "um", "uma", "un", "une", "una", "[", "*", "**"):
                m += 1
            if m < len(tokens) and tokens[m].service and self._is_service(tokens[m:m + 1]) \
                    and not self._blocked(tokens, k - 1):
                first = k - 1
                if first and lows[first - 1] in ("en", "im", "in", "dans"):
                    first -= 1  # ("en memoria o en Redis")
                return self._claim(tokens[first], tokens, "alternative",
                                   " ".join(t.text for t in tokens[first:m + 1]).replace("[ ", "["))
        return None

    def _none_for_simple_use(self, tokens: list[Tok]) -> Claim | None:
        """"✅ **Simpler:** No Redis for basic use", "No Redis for small sites": the service goes
        without in the simpler set-up. (Not "No Redis for development": out of scope.)"""
        words = [t for t in tokens if t.low not in ("*", "**", "_")]
        lows = [t.low for t in words]
        for k, low in enumerate(lows[:-3]):
            if low == "no" and words[k + 1].service and lows[k + 2] == "for" \
                    and not _SIMPLE_USES.isdisjoint(lows[k + 3:k + 5]) and not self._nonprod(tokens) \
                    and not set(self._unit_lows) & (FAILURE_WORDS | BROKEN_WORDS):
                return self._claim(words[k], tokens, "no-service-needed", " ".join(t.text for t in words[k:k + 5]))
        return None

    def _take_out_paren(self, tokens: list[Tok]) -> Claim | None:
        """"# Redis (comment out for memory mode)", "Redis (remove if not needed)": a note after the
        service that tells how to take it out, or "Force memory mode (remove Redis URL)": the
        stand-in's mode reached by taking it out. (Not "Redis (remove the old dump first)", a step
        on its data, nor "(remove it if it fails)".)"""
        lows = [t.low for t in tokens]
        for k, low in enumerate(lows):
            if low != "(" or k + 1 >= len(lows) or lows[k + 1] not in _TAKE_OUT_VERBS:
                continue
            verb = k + 1
            rest = lows[verb + 1 + (lows[verb + 1:verb + 2] == ["out"]):]
            close = rest.index(")") if ")" in rest else len(rest)
            rest = rest[:close]
            before = [t for t in tokens[:k] if t.low not in ("*", "**", "_", "#", "-", "+")]
            mode = rest[:1] in (["for"], ["to"]) and not _STAND_IN_MODES.isdisjoint(rest[1:4]) \
                or rest[:3] in (["if", "not", "needed"], ["if", "unused"], ["if", "not", "used"]) or not rest
            if before and before[-1].service and self._is_service(before[-2:] if len(before) > 1 and before[-2].low in (
                    "the", "a") else before[-1:]) and mode and not set(self._unit_lows) & (FAILURE_WORDS | BROKEN_WORDS):
                return self._claim(tokens[verb], tokens, "or-remove-it", " ".join(
                    t.text for t in tokens[verb:verb + 1 + (lows[verb + 1:verb + 2] == ["out"])]))
            named = [t for t in tokens[verb + 1:verb + 1 + close] if t.service]
            if named and not _STAND_IN_MODES.isdisjoint(t.low for t in before[-4:]) and "mode" in {t.low for t in before} \
                    and not set(self._unit_lows) & (FAILURE_WORDS | BROKEN_WORDS):
                return self._claim(tokens[verb], tokens, "or-remove-it", " ".join(t.text for t in tokens[verb:verb + 3]))
        return None

    def _adding_will_improve(self, tokens: list[Tok]) -> Claim | None:
        """"Configuring an external redis server will improve the reliability of the service",
        "Adding Redis would speed up page loads": taking the service on is sold by what it adds,
        so the app runs without it. (Not "Using Redis will improve nothing if …", nor "Adding Redis
        persistence will …", a part of it.)"""
        words = [t for t in tokens if t.low not in ("*", "**", "_", "-", "+")]
        lows = [t.low for t in words]
        if not lows or lows[0] not in _ADDING_GERUNDS:
            return None
        modal = next((k for k in range(2, min(len(lows), 9)) if lows[k] in ("will", "would")), None)
        if modal is None or lows[modal + 1:modal + 2] not in (["improve"], ["speed"], ["boost"], ["increase"],
                                                             ["reduce"], ["decrease"], ["help"]):
            return None
        obj = [t for t in words[1:modal] if t.low not in ("a", "an", "the", "your", "external", "dedicated", "separate")]
        if not obj or not obj[0].service or not self._is_service(obj[:2]) \
                or any(t.low in PART_NOUNS and t.low not in _SERVICE_HEADS for t in obj[1:]) \
                or set(self._unit_lows) & (NEGATORS | FAILURE_WORDS | BROKEN_WORDS) or self._nonprod(tokens):
            return None
        return self._claim(words[modal + 1], tokens, "would-help", " ".join(t.text for t in words[modal:modal + 2]))

    def _scale_by_adding(self, tokens: list[Tok]) -> Claim | None:
        """"This server can scale to thousands of users by enabling a Redis store", "Scale out by
        adding Redis": the service is the step taken to grow, so the app runs without it until
        then. (Not "The server scales by using Redis as the adapter", how it is built, nor "You
        can scale Redis by adding replicas", which grows the service itself.)"""
        lows = [t.low for t in tokens]
        at = next((k for k, w in enumerate(lows) if w in _SCALE_VERBS), None)
        if at is None or any(t.service for t in tokens[at + 1:at + 2]):
            return None
        lead = [w for w in lows[:at] if w not in ("*", "**", "_", "-", "+", "then", "also", "easily", "further")]
        if not (lead[-1:] in (["can"], ["could"], ["may"]) or lead[-2:] in (["can", "also"], ["is", "able"])
                or not lead or lead[-1:] in ([":"], ["to"], ["you"], ["and"])):
            return None  # (a modal, an instruction, or a purpose: "To scale out by adding Redis, …")
        by = next((k for k in range(at + 1, min(len(lows), at + 9)) if lows[k] == "by"), None)
        if by is None or lows[by + 1:by + 2] not in (["enabling"], ["adding"], ["introducing"], ["turning"]):
            return None
        verb = by + 1 + (lows[by + 2:by + 3] == ["on"])
        obj = self._np_after(tokens, verb + 1)
        if not obj or not any(t.service for t in obj) or not self._is_service(
                [t for t in obj if t.low not in ("a", "an", "the", "your")][:2]) \
                or _negation_before(tokens, at) is not None or self._blocked(tokens, at) or self._nonprod(tokens) \
                or set(self._unit_lows) & (FAILURE_WORDS | BROKEN_WORDS):
            return None
        return self._claim(tokens[at], tokens, "scale-by-adding", " ".join(t.text for t in tokens[at:verb + 1]))

    def _merely_speeds_up(self, tokens: list[Tok]) -> Claim | None:
        """"Redis just makes it even faster", "Redis simply makes things faster and more efficient":
        all the service adds is speed, so the app runs without it. (Not "Redis doesn't just make it
        faster: the workers need it", nor "Disabling Redis only makes it slower", nor "Just make
        Redis faster".)"""
        lows = [t.low for t in tokens]
        k = next((k for k in range(1, len(lows) - 2) if lows[k] in _MERELY_WORDS and lows[k + 1] in ("makes", "make")), None)
        if k is None:
            return None
        subject = [t for t in tokens[:k] if t.low not in ("*", "**", "_")][-2:]
        after = [w for w in lows[k + 2:k + 7] if w not in ("*", "**", "_")]
        if not subject or not subject[-1].service \
                or len(subject) > 1 and subject[0].kind != "punct" and subject[0].low not in ("and", "but", "so") \
                or after[:1] not in (["it"], ["things"], ["everything"], ["them"], ["the"], ["your"]) \
                or not any(w in _FASTER_WORDS for w in after[1:4]) \
                or any(t.low in NEGATORS or t.low.endswith("n't") for t in tokens[max(0, k - 4):k]) \
                or set(self._unit_lows) & (FAILURE_WORDS | BROKEN_WORDS) or self._nonprod(tokens):
            return None
        return self._claim(tokens[k], tokens, "merely", " ".join(t.text for t in tokens[k:k + 2]))

    def _feature_purpose_step(self, tokens: list[Tok]) -> Claim | None:
        """"To enable background jobs, set `REDIS_URL` in your environment:": the service is set
        up for a feature the reader may leave off (as "To enable caching, you need to set
        `REDIS_URL`" is); not "To enable Redis persistence, …" (a part of it), nor a step with a
        value ("… set `REDIS_URL` to a `rediss://` address": how to connect)."""
        words = [t for t in tokens if t.low not in ("*", "**", "_")]
        k = 0
        while k < len(words) and (words[k].kind == "punct" or _step_number(words[k].low)):
            k += 1
        if k + 3 >= len(words) or words[k].low != "to" or words[k + 1].low not in _FEATURE_ENABLERS:
            return None
        comma = next((j for j in range(k + 2, min(len(words), k + 8)) if words[j].low == ","), None)
        if comma is None or comma == k + 2 or words[k + 1].low == "turn" and words[k + 2].low != "on":
            return None
        purpose = {t.low for t in words[k + 2:comma]}
        if any(t.service or t.kind != "word" for t in words[k + 2:comma]) or purpose & (
                CORE_PURPOSES | _LIFECYCLE_PURPOSES | VARIANT_WORDS | _FEATURE_PURPOSE_BLOCKERS):
            return None  # ("To enable TLS, …", "To enable it in production, …")
        verb = comma + 1
        if verb >= len(words) or words[verb].low not in _PURPOSE_STEP_VERBS:
            return None
        obj = self._np_after(words, verb + 1)
        if not obj or not self._conjuncts_service(obj) or _versioned(obj) or self._nonprod(words):
            return None
        rest = [t.low for t in words[verb + 1 + len(obj):] if t.low != "`"]
        if rest and rest[0] not in (":", ".", "in", "on"):
            return None  # ("… set `REDIS_URL` to …", "… configure Redis with …": how, not whether)
        return self._claim(words[k + 1], words, "feature-step", " ".join(t.text for t in words[k:comma]))

    def _no_connection_when(self, tokens: list[Tok]) -> Claim | None:
        """Under a condition the app does not connect to the service at all: "If it is set to
        `false`, we … make no attempt to connect to Redis", "Skips connection if `REDIS_URL` is
        not set". That is a mode without it. (Not a failure: "does not connect when Redis is
        down", "… if the password is wrong".)"""
        lows = [t.low for t in tokens]
        if not (FAILURE_WORDS | BROKEN_WORDS).isdisjoint(lows) or not _CONNECT_TROUBLE.isdisjoint(lows) \
                or self._nonprod(tokens) or not any(t.service for t in tokens):
            return None
        if _NO_CONNECTION_RE.search(" ".join(lows)) is None:
            return None
        if any(t.service and lows[k + 1:k + 2] and lows[k + 1] in ("doesn't", "does", "won't", "can't", "cannot", "didn't")
               for k, t in enumerate(tokens)):
            return None  # "### If Redis Doesn't Connect:": the service fails to answer, a failure
        cond = next((k for k, w in enumerate(lows) if w in _CONDITION_LEADS), None)
        return self._claim(tokens[cond], tokens, "no-connection", " ".join(t.text for t in tokens[cond:cond + 4]))

    def _with_service_state(self, tokens: list[Tok]) -> Claim | None:
        """A unit that opens with the service in a state of choice: "With Redis configured, you
        get:", "### With Redis Enabled", "With Redis enabled (for interviews):" (as "When Redis is
        enabled" is); not a step that follows its set-up ("With Redis configured, we can add the
        caching configuration") nor what to do or see in that mode ("With Redis enabled, run …")."""
        words = [t for t in tokens if t.low not in ("*", "**", "_", "#") and not _step_number(t.low)
                 and (t.kind != "punct" or t.low.isascii())]  # (an emoji before it: "## 🎉 What Changes …")
        if len(words) > 3 and words[0].low == "what" and words[1].low in ("changes", "happens", "improves") \
                and words[2].low == "with":
            words = words[2:]  # "## What Changes With Redis Enabled:"
        if len(words) < 3 or words[0].low != "with":
            return None
        k = 2 if words[1].low == "the" else 1
        end = k
        while end < len(words) and (words[end].service or end > k and words[end].low in IDENTITY_NOUNS):
            end += 1
        if end == k or end >= len(words) or not self._is_service(words[k:end]):
            return None
        if words[end].low in ("and", "&") and end + 2 < len(words) and words[end + 1].kind == "word" \
                and not words[end + 1].service and words[end + 2].low in _WITH_STATES:
            end += 2  # "With Redis and Celery enabled, your app will have:" (a peer, in the same state)
        main = [t.low for t in words[end + 1:] if t.kind != "punct"]
        if words[end].low in ("disabled", "off") and (not main or words[end + 1].low == "(") \
                and not self._blocked(tokens, 0) and not self._nonprod(tokens):
            # "**With Redis Disabled:**", "With Redis Disabled (Current Setup)": a title for the set-up
            # that runs without it, as "### With Redis Enabled" is one for the set-up that adds it
            return self._claim(words[0], tokens, "with-off", " ".join(t.text for t in words[:end + 1]))
        if words[end].low not in _WITH_STATES:
            return None
        if main[:1] in (["but"], ["and"]) and not _HEALTH_WORDS.isdisjoint(main[1:4]):
            return None  # "### With Redis Enabled But Not Available:": a case of its health, as a failure is
        if main[:1] in (["we"], ["we'll"], ["let's"], ["now"], ["can"]) or main[:1] == ["you"] and "can" in main[1:3] \
                or _instruction_for_mode(main):
            return None  # ("With Redis configured, we can add …", "… we'll add …": the next step, in order)
        if "now" in main[:6]:
            return None  # "With Redis installed and configured, your app now has:": the set-up just done
        if self._blocked(tokens, 0) or self._nonprod(tokens) or set(self._unit_lows) & (FAILURE_WORDS | BROKEN_WORDS):
            return None
        return self._claim(words[0], tokens, "with-state", " ".join(t.text for t in words[:end + 1]))

    def _set_up_leaves_out(self, tokens: list[Tok]) -> Claim | None:
        """A set-up that leaves the service out: "… the Redis container just sits idle, which is why
        the required stack above leaves it out", "The base setup leaves out Redis" (as "Redis is
        left out of the required stack" is read); not "This guide leaves Redis configured without
        a password", nor a step that leaves something else out."""
        lows = [t.low for t in tokens]
        k = next((n for n, w in enumerate(lows) if w in ("leaves", "leave") and n), None)
        if k is None or not any(w in _SETUP_SUBJECTS for w in lows[max(0, k - 4):k]):
            return None
        rest = lows[k + 1:k + 5]
        if rest[:1] == ["out"]:
            named = self._is_service(self._np_after(tokens, k + 2))
        elif "out" in rest[1:3]:
            obj = tokens[k + 1:k + 1 + rest.index("out")]
            named = self._is_service(obj) or [t.low for t in obj] == ["it"] and any(t.service for t in tokens[:k])
        else:
            return None
        if not named or _negation_before(tokens, k) is not None or self._blocked(tokens, k) or self._nonprod(tokens) \
                or set(lows) & (FAILURE_WORDS | BROKEN_WORDS):
            return None
        return self._claim(tokens[k], tokens, "left-out", " ".join(t.text for t in tokens[k:k + 1 + rest.index("out") + 1])
                           if "out" in rest[:3] else tokens[k].text)

    def _slower_but_works(self, tokens: list[Tok]) -> Claim | None:
        """A stand-in compared with the service that still does the job: "(slower than Redis but
        works)", "It's slower than Redis but works perfectly fine.": running without it is offered.
        (Not "Redis is faster than the database but …", the service compared with something else,
        nor a failure: "slower than Redis but times out under load".)"""
        lows = [t.low for t in tokens]
        than = lows.index("than")
        if than == 0 or lows[than - 1] not in ("slower", "less", "weaker", "worse") or than + 1 >= len(tokens) \
                or not tokens[than + 1].service or not (FAILURE_WORDS | BROKEN_WORDS | NEGATORS).isdisjoint(lows) \
                or any(t.service for t in tokens[:than - 1]) or self._nonprod(tokens):
            return None
        but = next((k for k in range(than + 2, len(lows)) if lows[k] == "but"), None)
        if but is None or not any(w in FUNCTIONING_WORDS or w in ("good", "acceptable", "enough", "sufficient")
                                  for w in lows[but + 1:but + 5]):
            return None
        return self._claim(tokens[than - 1], tokens, "without", " ".join(t.text for t in tokens[than - 1:than + 2]))

    def _faster_but_stand_in(self, tokens: list[Tok]) -> Claim | None:
        """"Redis is faster, but database cache is still very good": the service is better, and a
        stand-in does the job too, so it can be left out. (Not "Redis is faster, but it needs
        memory", nor "… but the database cache is too slow", nor "Redis is faster, but the file
        cache fails under load".)"""
        lows = [t.low for t in tokens]
        if len(lows) < 8 or not tokens[0].service or lows[1] not in COPULAS or lows[2] not in (
                "faster", "better", "quicker") or not (FAILURE_WORDS | BROKEN_WORDS).isdisjoint(lows) \
                or any(w.endswith("n't") or w in ("too", "slow", "slower", "not", "never") for w in lows) \
                or self._nonprod(tokens):
            return None  # ("… still much better than no caching": "no" compares, and is allowed)
        but = next((k for k in range(3, 6) if lows[k] == "but"), None)
        if but is None:
            return None
        cop = next((k for k in range(but + 1, min(len(lows), but + 6)) if lows[k] in COPULAS or lows[k] in (
            "works", "work")), None)
        if cop is None or _STAND_INS.isdisjoint(lows[but + 1:cop]) or any(t.service for t in tokens[but + 1:cop]) \
                or not any(w in FUNCTIONING_WORDS or w in ("good", "fine", "acceptable", "enough", "sufficient", "better")
                           for w in lows[cop:cop + 5]):
            return None
        return self._claim(tokens[2], tokens, "without", " ".join(t.text for t in tokens[:but + 1]).replace(" ,", ","))

    def _one_possibility(self, tokens: list[Tok]) -> Claim | None:
        """"From 5.3 it is possible to use Redis as cache adapter", "Installing Redis is one way to
        enable optimizations": taking it is one possibility, so it is optional. (Not "it is not
        possible to …", not a variant or a part: "it should be possible to use Redis Sentinel",
        nor "… possible to use any cache backend".)"""
        lows = [t.low for t in tokens]
        if not (NEGATORS | FAILURE_WORDS).isdisjoint(lows) or any(w.endswith("n't") for w in lows):
            return None
        for k, low in enumerate(lows):
            if low == "possible" and "it" in lows[max(0, k - 4):k] and not set(lows[max(0, k - 4):k]).isdisjoint(
                    {"is", "'s", "it's", "be"}):  # "it is (also) possible", "it's possible", "it should be possible"
                if lows[k + 1:k + 2] != ["to"] or k + 2 >= len(lows) or lows[k + 2] not in (
                        "use", "enable", "add", "run", "plug", "configure"):
                    continue
                if lows[k + 3:k + 4] and lows[k + 3] in ("different", "another", "other", "alternative") \
                        and ":" in lows[k + 4:k + 12]:
                    # "It is possible to use different storage mechanism for Sessions data: [Redis](…)."
                    colon = lows.index(":", k + 4)
                    named = [t for t in tokens[colon + 1:] if t.kind != "punct"]
                    if named and len(named) <= 3 and self._conjuncts_service(named) and not _versioned(named) \
                            and not self._blocked(tokens, k):
                        return self._claim(tokens[k], tokens, "possible", " ".join(t.text for t in tokens[k:k + 3]))
                    continue
                obj = self._np_after(tokens, k + 3)
                head = obj[:-1] if len(obj) == 2 and obj[-1].low in _ROLE_HEADS else obj
                nxt = lows[k + 3 + len(obj):k + 4 + len(obj)]
                if obj and obj[0].service and self._is_service(head) and not _versioned(obj) \
                        and not any(t.low in VARIANT_WORDS or t.low in PART_NOUNS or t.low in ("or", "and", "/")
                                    for t in obj) and nxt not in (["or"], ["and"], ["/"]) \
                        and not self._blocked(tokens, k):
                    return self._claim(tokens[k], tokens, "possible", " ".join(t.text for t in tokens[k:k + 3]))
            if low == "possible" and k >= 2 and (lows[k - 1] in COPULAS or lows[k - 1] in ("also", "equally") and lows[k - 2] in COPULAS) \
                    and (k + 1 == len(lows) or tokens[k + 1].kind == "punct" or lows[k + 1] in ("too", "as", "but")):
                # "Session storage is handled in Mnesia, but using Redis is also possible": taking it
                # is one possibility (a gerund of taking it up as the subject; not "Redis is possible")
                subject = [t for t in self._subject(tokens, k - 1 if lows[k - 1] in COPULAS else k - 2)
                           if t.low not in ("*", "**", "_")]
                if len(subject) > 1 and subject[0].low in _SUBJECT_GERUNDS and self._conjuncts_service(subject[1:]) \
                        and not _versioned(subject) and not self._blocked(tokens, k):
                    return self._claim(tokens[k], tokens, "possible", " ".join(
                        t.text for t in tokens[k - (lows[k - 1] in ("also", "equally")):k + 1]))
            if low == "possibility" and lows[k + 1:k + 3] in (["to", "use"], ["of", "using"], ["to", "add"], [
                    "of", "adding"]) and lows[max(0, k - 3):k].count("the") + lows[max(0, k - 3):k].count("a") == 1:
                # "You have the possibility to use Redis for caching", "with the possibility of using Redis"
                obj = self._np_after(tokens, k + 3)
                nxt = lows[k + 3 + len(obj):k + 4 + len(obj)]
                if obj and obj[0].service and self._is_service(obj) and not _versioned(obj) \
                        and nxt not in (["or"], ["and"], ["/"]) and not self._blocked(tokens, k):
                    return self._claim(tokens[k], tokens, "possible", " ".join(t.text for t in tokens[k:k + 3]))
            if low in ("way", "ways", "option") and k >= 2 and lows[k - 1] == "one" and lows[k - 2] in COPULAS:
                subject = [t for t in self._subject(tokens, k - 2) if t.low not in ("*", "**", "_")]
                if subject and subject[0].low in _ADOPTING and len(subject) > 1:
                    subject = subject[1:]  # "Installing Redis is one way to …"
                if subject and self._conjuncts_service(subject) and not _versioned(subject) \
                        and not self._blocked(tokens, k):
                    return self._claim(tokens[k - 1], tokens, "one-way", " ".join(t.text for t in tokens[k - 1:k + 1]))
        return None

    def _choose_between(self, tokens: list[Tok]) -> Claim | None:
        """"How to choose between Redis and SQLite?", "You can pick between Redis or memory for
        sessions": the service is one of two stores to pick from, so it may be left out. (Not a
        choice between two of its own kinds, "choose between Redis Sentinel and Redis Cluster",
        nor against something that is no store, "choose between Redis and a bigger server".)"""
        lows = [t.low for t in tokens]
        for k in range(1, len(lows) - 3):
            if lows[k] != "between" or lows[k - 1] not in _CHOOSING:
                continue
            end = next((m for m in range(k + 1, len(lows)) if tokens[m].kind == "punct" and lows[m] not in (
                "/", "-") or lows[m] in ("for", "as", "in", "when", "if", "depending", "based", "to")), len(lows))
            if lows[k + 1] == "them" or lows[k + 1:k + 3] == ["the", "two"]:
                # "Both Memcache and Redis can enhance …, with the choice between them depending on …": the
                # pair named before
                pair = next((m for m in range(1, k - 2) if lows[m] in ("and", "or") and (
                    tokens[m - 1].service or tokens[m + 1].service)), None)
                if pair is None:
                    return None
                span = tokens[pair - 1:pair + 2]
                if not (any(t.service for t in span) and any(t.low in _CHOICE_STORES for t in span)) \
                        or _negation_before(tokens, k) is not None or self._nonprod(tokens):
                    return None
                return self._claim(tokens[k - 1], tokens, "alternative", " ".join(
                    t.text for t in tokens[k - 1:k + (2 if lows[k + 1] == "them" else 3)]))
            groups: list[list[Tok]] = [[]]
            for tok in tokens[k + 1:end]:
                if tok.low in ("and", "or", "/"):
                    groups.append([])
                elif tok.low not in DETERMINERS:
                    groups[-1].append(tok)
            if len(groups) != 2 or not all(groups):
                return None
            mine = [g for g in groups if any(t.service for t in g)]
            other = [g for g in groups if not any(t.service for t in g)]
            if len(mine) != 1 or len(other) != 1 or not self._is_service(mine[0]) or _versioned(mine[0]) \
                    or not any(t.low in _CHOICE_STORES for t in other[0]) or _negation_before(tokens, k) is not None \
                    or self._blocked(tokens, k - 1) or self._nonprod(tokens):
                return None
            return self._claim(tokens[k - 1], tokens, "alternative", " ".join(t.text for t in tokens[k - 1:end]))
        return None

    def _offered_stores(self, tokens: list[Tok]) -> Claim | None:
        """Two stores offered, one of them kept in memory: "Directus supports two synchronization
        stores: `memory` and `redis`", "Available values are `memory` and `redis`", "In-memory and
        Redis support", "Currently redis and a in-memory implementation is available". Either will
        do, so the service may be left out. (Not three or more backends a library supports, nor
        both used together: "writes to both Redis and in-memory", "wraps Redis and in-memory
        services", "a SQLite database and a Redis task queue".)"""
        lows = [t.low for t in tokens]
        if not (FAILURE_WORDS | BROKEN_WORDS | NEGATORS).isdisjoint(lows) or "?" in lows or self._nonprod(tokens):
            return None
        for k, low in enumerate(lows):
            if low not in ("and", "&") or k == 0 or k + 1 >= len(tokens):
                continue
            before = [t for t in tokens[max(0, k - 3):k] if t.low not in DETERMINERS and t.low not in ("*", "**", "_", "`")]
            after = [t for t in tokens[k + 1:k + 4] if t.low not in DETERMINERS and t.low not in ("*", "**", "_", "`")]
            if not before or not after:
                continue
            left, right = before[-1], after[0]
            if left.low == ")" and k >= 3 and lows[k - 3] == "(" and lows[k - 2] in _MEMORY_STORES:
                left = tokens[k - 2]  # "`Queue` (in-memory) and `RedisQueue` implementations": the store named in it
            stores = _MEMORY_STORES
            if any(t.low in _PLURAL_ROLES for t in tokens[k + 2:k + 5]) and right.service:
                stores = _MEMORY_STORES | _STAND_INS  # "database and Redis storage drivers are available"
            if not ((left.service and right.low.strip("`") in _MEMORY_STORES)
                    or (right.service and left.low.strip("`") in stores)):
                continue
            if _versioned([left, right]) or lows[k - 1:k] == ["both"] or "both" in lows[max(0, k - 3):k]:
                return None  # ("both Redis and in-memory": used together)
            start = next((n for n in range(k - 1, -1, -1) if tokens[n] is left), k - 1)
            end = next((n for n in range(k + 1, len(tokens)) if tokens[n] is right), k + 1)
            if start >= 2 and lows[start - 1] in (",", "and", "or", "&") and (
                    lows[start - 1] != "," or tokens[start - 2].service or lows[start - 2].strip("`") in ALT_BACKENDS) \
                    or end + 2 < len(lows) and lows[end + 1] in (",", "and", "or", "&"):
                return None  # (a longer list: "`redis` and `memcache` and `in-memory` backends"; not
                # "Currently, database and Redis storage drivers are available")
            if not {"together", "alongside", "combined", "simultaneously"}.isdisjoint(lows):
                return None  # "It uses the database and Redis backends together": both at once
            near = set(lows[max(0, start - 8):start]) | set(lows[end + 1:end + 5])
            if near.isdisjoint(_OFFER_CUES) or self._blocked(tokens, start):
                return None
            return self._claim(tokens[start], tokens, "alternative", " ".join(t.text for t in tokens[start:end + 1]))
        return None

    def _also_available(self, tokens: list[Tok]) -> Claim | None:
        """"The starter uses database sessions by default, but Redis sessions are also available",
        "The cache is in memory by default; Redis is also supported": another backend is the
        default and the service one more choice. (Not "Redis is the default; memory is also
        supported", nor "Redis is also available as a managed add-on", which names where.)"""
        lows = [t.low for t in tokens]
        words = [w for w in lows if w not in ("*", "**", "_", ".")]
        if words[:3] in (["there", "is", "also"], ["there", "are", "also"]) and words[-1:] in (["available"], ["supported"]):
            # "There is also Redis engine available." (after "By default, Centrifugo uses Memory engine."):
            # one more choice than the one the reader has
            k = lows.index("also")
            end = next(j for j in range(len(lows) - 1, k, -1) if lows[j] in ("available", "supported"))
            phrase = [t for t in tokens[k + 1:end] if t.low not in ("a", "an", "the", "*", "**", "_")]
            while phrase and phrase[-1].low in _ROLE_HEADS | {"engine", "engines", "driver", "drivers", "option"}:
                phrase = phrase[:-1]
            if phrase and self._conjuncts_service(phrase) and not _versioned(phrase) and not self._blocked(tokens, end):
                return self._claim(tokens[k], tokens, "alternative", " ".join(t.text for t in tokens[k:end + 1]))
            return None
        at = next((k for k in range(2, len(lows)) if lows[k] in ("available", "supported") and lows[k - 1] == "also"
                   and lows[k - 2] in COPULAS), None)
        if at is None or lows[at + 1:at + 2] in (["as"], ["on"], ["from"], ["via"], ["through"], ["in"]):
            return None
        subject = [t for t in self._subject(tokens, at - 2) if t.low not in ("*", "**", "_")]
        while subject and subject[-1].low in _ROLE_HEADS:
            subject = subject[:-1]  # "Redis sessions are also available": the service, for that role
        default = next((k for k, w in enumerate(lows) if w in ("default", "defaults")), None)
        if not subject or not self._conjuncts_service(subject) or default is None or default > at \
                or not any(w in ALT_BACKENDS and w not in _PEER_SERVERS for w in lows[:at - 2]) \
                or any(t.service for t in tokens[:default]) or self._blocked(tokens, at) \
                or not (NEGATORS | FAILURE_WORDS).isdisjoint(lows):
            return None
        return self._claim(tokens[at - 1], tokens, "alternative", " ".join(t.text for t in tokens[at - 1:at + 1]))

    def _german_forgo(self, tokens: list[Tok]) -> Claim | None:
        """German "auf Redis verzichten" (do without Redis), "Redis weglassen" (leave Redis out):
        "Für den MVP kann auf Redis verzichtet werden", "| Redis weglassen (In-Memory Rate
        Limiting) |". (Not a part of it, "auf Redis-Persistenz verzichten", nor a negation,
        "nicht auf Redis verzichten".)"""
        lows = [t.low for t in tokens]
        if not NEGATORS.isdisjoint(lows) or "nicht" in lows or "kein" in lows or self._nonprod(tokens):
            return None
        for k, tok in enumerate(tokens):
            if not tok.service or _versioned(tokens[k:k + 2]):
                continue
            nxt = lows[k + 1] if k + 1 < len(lows) else ""
            if nxt.startswith("-") or nxt in PART_NOUNS:
                continue
            if k and lows[k - 1] == "auf":
                verb = next((j for j in range(k + 1, min(len(lows), k + 5)) if lows[j].startswith("verzicht")), None)
            else:
                verb = next((j for j in range(k + 1, min(len(lows), k + 3))
                             if lows[j].startswith(("weglass", "weggelass"))), None)
            if verb is not None:
                return self._claim(tokens[verb], tokens, "skip", tokens[verb].text)
        return None

    def _rejected_option(self, tokens: list[Tok]) -> Claim | None:
        """An option a decision record rejected, when the option is taking the service:
        "- Require Redis always — rejected because it blocks local development", "**Add
        Celery/Redis immediately**: rejected because …", "Redis pub/sub: rejected as mandatory
        infrastructure". (Not an option of going without it, "Skip the engine when no Redis —
        rejected"; not something else rejected, "Plain `redis://` connections are rejected".)"""
        lows = [t.low for t in tokens]
        k = lows.index("rejected")
        j = k - 1
        while j >= 0 and lows[j] in ("*", "**", "_", "__"):
            j -= 1
        if j < 1 or lows[j] not in ("—", "–", "-", ":") or _negation_before(tokens, j) is not None \
                or not {"no", "without", "skip", "skipping", "drop", "remove", "optional"}.isdisjoint(lows[:j]):
            return None
        option = [t for t in tokens[:j] if t.low not in ("*", "**", "_", "__", "-", "+")]
        while option and option[0].kind == "punct":
            option = option[1:]
        if not option or not any(t.service for t in option):
            return None
        words = [t for t in option if t.kind == "word"]
        takes = words and (words[0].low in ("require", "requiring", "add", "adding", "use", "using", "introduce",
                                            "adopt", "keep", "deploy")
                           and any(t.service for t in option[option.index(words[0]) + 1:option.index(words[0]) + 5])
                           or self._phrase_is_service(option) or option[0].service and len(words) <= 3)
        if not takes or any(t.low in _FEATURE_NOTES for t in option):
            return None  # (not a part of it: "Use Redis Sentinel — rejected: too heavy")
        return self._claim(tokens[k], tokens, "rejected", tokens[k].text)

    def _left_commented_out(self, tokens: list[Tok]) -> Claim | None:
        """The service's configuration left commented out: "Redis config is commented out",
        "Keep the Redis service commented out". (Not a part of it: "the Redis password line is
        commented out"; not a step about to be undone: "uncomment the Redis service".)"""
        lows = [t.low for t in tokens]
        # (what it is commented out to avoid is no failure: "Commented out to prevent errors")
        trouble = [w for j, w in enumerate(lows) if w in FAILURE_WORDS | BROKEN_WORDS | NEGATORS
                   and not {"prevent", "avoid", "preventing", "avoiding"} & set(lows[max(0, j - 3):j])]
        if trouble or self._nonprod(tokens) \
                or "uncomment" in lows or not {"if", "when", "unless", "until"}.isdisjoint(lows):
            return None
        k = lows.index("commented") if "commented" in lows else -1
        if k < 0 or lows[k + 1:k + 2] != ["out"]:
            return None
        start = k - 1
        while start >= 0 and lows[start] in COPULAS | {"already", "still", "currently", "now", "left", "kept", "stays",
                                                       "stay", "remains", "remain", "completely", "fully", "entirely"}:
            start -= 1
        end = start + 1
        while start >= 0 and tokens[start].kind != "punct" and lows[start] not in ("keep", "leave", "the", "your", "a"):
            start -= 1
        phrase = [t for t in tokens[start + 1:end] if t.kind != "punct"]
        marks = [t.low for t in tokens[:end] if t.low not in ("*", "**", "_", "-", "+", "✅", "✔")]
        if not phrase and marks[-1:] == [":"] and ":" not in marks[:-1]:
            phrase = [t for t in tokens[:end] if t.kind != "punct"]  # "- **Redis store**: Commented out to …"
        if phrase and phrase[0].low == "all":
            phrase = phrase[1:]  # "All Redis references commented out"
        cut = next((j for j, t in enumerate(phrase) if j and t.low in ("in", "inside", "within", "of", "from")), None)
        phrase = phrase[:cut] if cut is not None else phrase  # ("the Redis block in `docker-compose.yml`")
        if not phrase or not phrase[0].service or phrase[-1].low not in _INTEGRATION_PARTS | {
                "section", "block", "settings", "lines", "entry", "redis", "store", "stores", "queue", "cache",
                "references"} \
                and not (len(phrase) == 1 and phrase[0].service):
            return None
        return self._claim(tokens[k], tokens, "commented-out", " ".join(t.text for t in tokens[k:k + 2]))

    def _dont_provision(self, tokens: list[Tok]) -> Claim | None:
        """An instruction not to set the service up at all: "Don't add Redis service to your
        Railway project", "Do not install Redis yet". (Not how or where: "Don't run Redis as
        root", "Do not install Redis from source", "Don't expose Redis publicly".)"""
        lows = [t.low for t in tokens]
        if not (FAILURE_WORDS | BROKEN_WORDS).isdisjoint(lows) or self._nonprod(tokens) or "if" in lows \
                or not _PROVIDED_ELSEWHERE.isdisjoint(lows) or not _HOSTED_PRODUCTS.isdisjoint(lows):
            return None  # ("Don't install Redis: the platform provides a managed one")
        for k, low in enumerate(lows):
            if low == "don't":
                verb = k + 1
            elif low == "do" and lows[k + 1:k + 2] == ["not"]:
                verb = k + 2
            else:
                continue
            label = max((m + 1 for m in range(k) if lows[m] == ":"), default=0)  # ("**Decision:** We do not …")
            if any(t.kind == "word" and t.low not in ("*", "**") for t in tokens[label:k]
                   if t.low not in ("*", "**", "-", "1", "2", "3", "4", "5", "we") and not _step_number(t.low)) \
                    or "we" in lows[label:k] and lows[label:k].index("we") != k - 1 - label:
                continue  # only an instruction that opens its unit, or the team's decision ("We do not deploy …")
            if verb < len(lows) and lows[verb] == "set" and verb + 1 < len(tokens) and tokens[verb + 1].service \
                    and self.names.locates(tokens[verb + 1].text.strip("` ")) \
                    and (verb + 2 == len(tokens) or tokens[verb + 2].kind == "punct") \
                    and not _STAND_IN_WORDS.isdisjoint(lows[verb + 2:]):
                # "# Don't set REDIS_URL - Celery will run in eager mode": leaving it out is a mode
                return self._claim(tokens[k], tokens, "dont-add", " ".join(t.text for t in tokens[k:verb + 2]))
            if verb >= len(lows) or lows[verb] not in PROVISION_VERBS:
                continue
            at = verb + 1
            if lows[verb] == "set" and lows[at:at + 1] == ["up"]:
                at += 1
            if lows[at:at + 1] in (["before"], ["without"], ["until"], ["unless"]):
                continue  # "Don't deploy before installing Redis": it comes first
            obj = self._np_after(tokens, at)
            cut = next((j for j, t in enumerate(obj) if j and t.low in ("to", "in", "on", "for", "as", "from", "with")), None)
            raw = obj[:cut] if cut is not None else obj
            head = [t for t in raw if t.low not in ("*", "**")]
            while head and head[-1].low in ("service", "server", "instance", "yet", "now"):
                head = head[:-1] if len(head) > 1 else head
                if len(head) == 1:
                    break
            if not head or not head[-1].service and head[-1].low not in ("service", "server", "instance") \
                    or not any(t.service for t in head) or not self._conjuncts_service(head) and not _head_is_service(head[:-1] or head):
                continue
            tail = [w for w in lows[at + len(raw):at + len(raw) + 6] if w not in ("*", "**", "service", "server", "instance")]
            if tail and not (tail[0] in ("yet", ".", "for", "to") and (tail[0] != "to" or set(tail[1:]) & {
                    "your", "the", "this"} and set(lows) & {"project", "stack", "deployment", "app", "setup", "plan"})
                             and (tail[0] != "for" or tail[1:2] in (["now"], ["the"], ["v1"], ["mvp"]))):
                continue  # (how or where: "as root", "from source", "on the web host", "publicly")
            return self._claim(tokens[k], tokens, "dont-add", " ".join(t.text for t in tokens[k:verb + 1]))
        return None

    def _replaced_by_stand_in(self, tokens: list[Tok]) -> Claim | None:
        """The service swapped for a stand-in that is no server of its own: "Replaced Redis
        with an in-memory cache", "Replaced Redis-based caching with in-memory alternatives",
        "Migrated from Redis to in-memory caching". (Not a compatible fork or a hosted offer:
        "Replace Redis with Valkey"; not another server: "Replace Redis with RabbitMQ as the
        broker"; not a test double: "replace Redis with a fake in the tests".)"""
        lows = [t.low for t in tokens]
        if not (FAILURE_WORDS | BROKEN_WORDS | NEGATORS).isdisjoint(lows) or self._nonprod(tokens) \
                or not {"if", "when", "unless", "?", "should", "could", "consider"}.isdisjoint(lows):
            return None
        for k, low in enumerate(lows):
            if low not in _REPLACE_VERBS:
                continue
            if low in ("migrated", "migrate", "migrating", "moved", "move", "moving", "switched", "switch", "switching"):
                if lows[k + 1:k + 2] != ["from"]:
                    continue
                obj_at, joint = k + 2, ("to",)
            else:
                obj_at, joint = k + 1, ("with", "by", "for")
            obj = self._np_after(tokens, obj_at)
            cut = next((j for j, t in enumerate(obj) if t.low in joint), None)
            if cut is None:
                at = obj_at + len(obj)
                if at >= len(tokens) or lows[at] not in joint:
                    continue
                cut = len(obj)
            head, stand_in = obj[:cut], lows[obj_at + cut + 1:obj_at + cut + 5]
            # ("SQLite-based token blacklisting", "Postgres-backed queues": the store it is based on)
            stand_in = [w.removesuffix("-based").removesuffix("-backed") for w in stand_in]
            if not head or not any(t.service for t in head) or not (
                    _head_is_service(head) or head[-1].low in ("caching", "cache", "sessions", "queue", "storage", "store")
                    or any(t.low.endswith(_BACKED) for t in head)):
                continue
            if not any(w in ALT_BACKENDS and w not in _PEER_SERVERS or w in ("in-memory", "in-process", "locmem")
                       or _STAND_IN_CODE.search(w) and w.strip("`:").replace("_", "").isalnum() for w in stand_in) \
                    or not _COMPATIBLE_FORKS.isdisjoint(stand_in) or not _HOSTED_PRODUCTS.isdisjoint(stand_in) \
                    or not {"fake", "mock", "stub", "fakeredis", "double"}.isdisjoint(stand_in):
                continue
            return self._claim(tokens[k], tokens, "replaced", " ".join(t.text for t in tokens[k:obj_at + cut]))
        return None

    def _arrow_to_stand_in(self, tokens: list[Tok]) -> Claim | None:
        """A change written as one arrow from the service to a stand-in: "- **BREAKING**: Redis →
        LRU in-memory cache", "- ❌ Redis → ✅ Solid Cache/Cable". (Not a flow, "Django → Redis →
        Celery", nor a start order, "Redis → dare-backend → …"; not another server or its own
        kind: "Redis → RabbitMQ", "Redis → Valkey", "Redis 6 → Redis 7".)"""
        lows = [t.low for t in tokens]
        if not (FAILURE_WORDS | BROKEN_WORDS | NEGATORS).isdisjoint(lows) or self._nonprod(tokens) \
                or not {"if", "when", "unless", "?"}.isdisjoint(lows):
            return None
        arrows = [k for k, low in enumerate(lows) if low in _ARROWS]
        if len(arrows) != 1:
            return None
        k = arrows[0]
        label = max((j for j in range(k) if lows[j] == ":"), default=-1)  # "**BREAKING**:", "Cache:"
        head = [t for t in tokens[label + 1:k] if t.kind != "punct"]
        rest = [t for t in tokens[k + 1:] if t.kind != "punct"]
        if not head or not rest or not self._conjuncts_service(head) or not _head_is_service(head) \
                or any(t.service for t in rest):
            return None
        if not ({"❌", "✅", "✗", "✘"} & set(lows[:k + 2]) or _CHANGE_LABELS & set(lows[:max(label, 0)])):
            return None  # (an order without a mark of a change: "Cache lookup: Redis → Postgres")
        if rest[0].low in ALT_BACKENDS and rest[0].low not in _PEER_SERVERS or rest[0].low in _ARROW_STAND_INS \
                or any(t.low in ("in-memory", "in-process") for t in rest[:3]):
            return self._claim(tokens[k], tokens, "replaced", " ".join(t.text for t in head) + " " + tokens[k].text)
        return None

    def _switch_on(self, tokens: list[Tok]) -> Claim | None:
        """An instruction to turn the service's switch on for a purpose: "Set `USE_REDIS=true`
        and `REDIS_URL` to use Redis", "To enable the Redis event bus: set `USE_REDIS=true`",
        "Set `REDIS_ENABLED=1` for shared sessions". A switch one turns on is off until then.
        (Not the production setting: "In production, set `USE_REDIS=true`"; not a development
        or failure note.)"""
        lows = [t.low for t in tokens]
        at = next((k for k, t in enumerate(tokens) if t.kind == "code" and "=" in t.low and _TRUTHY.fullmatch(
            t.low.strip("` ").split("=", 1)[1].strip("'\"")) and self._names_switch(t.low.strip("` ").split("=", 1)[0])
            and not _off_switch_name(t.low.strip("` ").split("=", 1)[0])), None)
        if at is None and "to" in lows:
            # "set `USE_REDIS` to `yes`": the same switch, its value after "to"
            at = next((k for k, t in enumerate(tokens[:-2]) if t.kind == "code" and "=" not in t.low
                       and lows[k + 1] == "to" and _TRUTHY.fullmatch(lows[k + 2].strip("`'\""))
                       and self._names_switch(t.low.strip("` "))
                       and not _off_switch_name(t.low.strip("` "))), None)
        if at is None or not {"production", "prod", "always", "required", "requires"}.isdisjoint(lows) \
                or not (FAILURE_WORDS | BROKEN_WORDS | NEGATORS).isdisjoint(lows) or self._nonprod(tokens):
            return None
        bare = [w for w in lows if w not in ("*", "**", "_", "#", "-", "+", ">")]
        if len(bare) == 3 and bare[0] in ("when", "if") and bare[2] == ":" and "=" in lows[at]:
            return self._claim(tokens[at], tokens, "switch-on", tokens[at].text.strip("`"))
            # "When `UseRedis=true`:" over what it then does: on only when switched on
        verb = next((k for k in range(at) if lows[k] in ("set", "export", "add", "use", "put", "define")), None)
        if verb is None and any(a in ("explicitly", "manually") and b in ("enabled", "activated", "turned", "switched")
                                for a, b in zip(lows[:at], lows[1:at])):
            # "Redis must be explicitly enabled with `REDIS_ENABLED=true`": off until someone turns it on
            return self._claim(tokens[at], tokens, "switch-on", tokens[at].text.strip("`"))
        if verb is None or "must" in lows:
            return None  # (not "You must set `USE_REDIS=true`": an order, not an opt-in)
        lead = lows[:verb]
        purpose = any(a == "to" and b in ("use", "enable", "activate", "turn", "switch") for a, b in zip(lows[at:], lows[at + 1:])) \
            or "for" in lows[at + 1:] and not self._conjuncts_service([t for t in tokens[lows.index("for", at + 1) + 1:]
                                                                       if t.kind != "punct"][:1]) \
            or lead[:1] == ["to"] or bool({"if", "when", "whenever"} & set(lead)) \
            or lead[:1] == ["for"] and _scale_lead_words(lead[1:])  # "For distributed deployments, set …"
        if not purpose:
            return None
        return self._claim(tokens[at], tokens, "switch-on", tokens[at].text.strip("`"))

    def _scale_paren(self, tokens: list[Tok]) -> Claim | None:
        """The service with a parenthesis that names a scale: "**Redis-based (multi-replica):**",
        "Redis (for several app servers)": it is there only at that scale. (Not a part of it:
        "Redis Sentinel (multi-node)"; not its own layout: "Redis (clustered)".)"""
        lows = [t.low for t in tokens]
        if not (FAILURE_WORDS | BROKEN_WORDS).isdisjoint(lows) or self._nonprod(tokens):
            return None
        for k, low in enumerate(lows):
            if low != "(" or k == 0:
                continue
            close = next((j for j in range(k + 1, len(lows)) if lows[j] == ")"), None)
            if close is None:
                return None
            note = _scale_note(tokens[max(0, k - 3):close + 1])
            inner = lows[k + 1:close]
            if "or" in inner and any(w in ("single", "one") or w.startswith("single-") for w in inner):
                continue  # "all deployments using Redis (single or multi-instance)": every scale
            head = next((j for j in range(k - 1, -1, -1) if tokens[j].kind != "punct"), None)
            if note is None or head is None or not tokens[head].service:
                continue
            start = next((j + 1 for j in range(head - 1, -1, -1) if tokens[j].kind == "punct"), 0)
            if not self._is_service(tokens[start:head + 1]) or _negation_before(tokens, start) is not None:
                continue
            first = next(j for j in range(k + 1, close) if tokens[j] is note)
            return self._claim(note, tokens, "scale-condition", " ".join(t.text for t in tokens[first:close]))
        return None

    def _absence_means(self, tokens: list[Tok]) -> Claim | None:
        """What its absence means, when that is a stand-in: "No Redis URL means pure in-memory
        caching", "no `REDIS_URL` means the cache stays in memory". (Not a failure: "No Redis
        means no background jobs", "… means the workers fail".)"""
        lows = [t.low for t in tokens]
        k = lows.index("means")
        start = next((j for j in range(k - 1, max(-1, k - 6), -1) if lows[j] in _ABSENCE_LEADS), None)
        if start is None:
            return None
        named = [t for t in tokens[start + 1:k] if t.low not in ("out", "the", "a", "an", "any")]
        if not any(t.service for t in named) or not _head_is_service(
                [t for t in named if t.low not in ("url", "uri", "host", "connection", "config")] or named) \
                and not any(t.kind == "code" and t.service for t in named):
            return None
        after = lows[k + 1:k + 8]
        if not (set(after) & {"in-memory", "memory", "in-process", "local", "fallback", "falls", "database", "sqlite"}) \
                or "no" in after[:2] or not (FAILURE_WORDS | BROKEN_WORDS).isdisjoint(lows) or self._nonprod(tokens):
            return None
        return self._claim(tokens[start], tokens, "fallback", " ".join(t.text for t in tokens[start:k + 1]))

    def _not_optional_at_scale(self, tokens: list[Tok]) -> Claim | None:
        """A denial of "optional" that holds only at scale: "For any deployment with multiple
        servers, Redis is not optional", "Redis — required, not optional, once you run more
        than one gunicorn worker". It says the service is optional on one server. (Not a
        denial that holds everywhere: "Redis is not optional, even on a single server", "not
        optional in production, and multiple workers share it".)"""
        lows = [t.low for t in tokens]
        k = lows.index("optional")
        neg = _negation_before(tokens, k)  # (the most selective test first)
        if neg is None or any(t.kind == "mention" for t in tokens[neg:k + 1]):
            return None
        if not _scale_phrase(lows) or not {"single", "even", "always", "every", "production", "prod", "all"}.isdisjoint(
                lows) or not (FAILURE_WORDS | BROKEN_WORDS).isdisjoint(lows) or self._nonprod(tokens):
            return None
        cop = neg if tokens[neg].low in ("isn't", "aren't", "wasn't") else _copula_before(tokens, neg)
        subject = self._subject(tokens, cop) if cop is not None else []
        if not (subject and self._conjuncts_service(subject) or cop is None and any(t.service for t in tokens[:neg])):
            return None  # (or a label naming it: "The queue (Redis) — required, not optional, once …")
        leads = ("for", "with", "once", "when", "if", "behind", "beyond", "past", "at", "whenever", "as", "in")
        if any(low in leads and _scale_phrase(lows[j + 1:j + 9]) for j, low in enumerate(lows)):
            return self._claim(tokens[neg], tokens, "scale-denial", " ".join(t.text for t in tokens[neg:k + 1]))
        return None

    def _whether_off_by_default(self, tokens: list[Tok]) -> Claim | None:
        """A switch for the service that is off by default: "`enabled`: whether to use Redis
        support. Defaults to false.", "`USE_REDIS`: whether to use Redis (default: false)"."""
        lows = [t.low for t in tokens]
        w = lows.index("whether")
        if w + 2 >= len(tokens) or lows[w + 1] != "to" or lows[w + 2] not in ("use", "enable", "run", "connect"):
            return None
        obj = self._np_after(tokens, w + 3)
        if not obj or not self._conjuncts_service(obj):
            return None
        at = next((k for k in range(w + 3, len(lows)) if lows[k] in ("default", "defaults")), None)
        value = [v for v in lows[at + 1:at + 5] if v not in (":", "to", "is", "=", "`", "(", ")", ".", "*")] if at else []
        if not value or value[0] not in ("false", "off", "no", "disabled", "0", "none"):
            return None
        return self._claim(tokens[at], tokens, "off-by-default", " ".join(t.text for t in tokens[at:at + 3]))

    def _setup_goes_without(self, tokens: list[Tok]) -> Claim | None:
        """A setup that leaves the service out: "This configuration avoids Redis and Celery",
        "The lite image skips Redis", "Our stack excludes Redis". (Not a part of the app or a
        test: "The CLI skips Redis", "The test config skips Redis"; not a thing done to Redis:
        "avoid exposing Redis", "avoids Redis timeouts".)"""
        lows = [t.low for t in tokens]
        for k, low in enumerate(lows):
            if low not in _GOES_WITHOUT_VERBS or k == 0:
                continue
            head = next((j for j in range(k - 1, -1, -1) if tokens[j].kind == "word"), None)
            designed = lows[k - 1] == "(" and low in ("avoid", "avoids", "omit", "omits", "excludes") \
                and head is not None and lows[head] in ("dependencies", "footprint", "infrastructure", "setup", "ops",
                                                         "stack", "parts")
            # ("- **Minimal dependencies** (avoid Redis, external services)": what the design leaves out)
            if not designed and (head is None or lows[head] not in _SETUP_SUBJECTS) or any(
                    w in _PART_SUBJECTS or w in NONPROD_WORDS for w in lows[:k]):
                return None
            obj = self._np_after(tokens, k + 1)
            cut = next((j for j, t in enumerate(obj) if j and t.low in ("to", "in", "for", "on", "at", "from")), None)
            obj = obj[:cut] if cut is not None else obj
            while len(obj) > 1 and obj[-1].low in ("entirely", "completely", "altogether", "too", "."):
                obj = obj[:-1]
            if "from" in lows[k + 1 + len(obj):k + 3 + len(obj)] or any(
                    t.low.endswith("ing") and not t.service for t in obj[:1]):
                return None  # "… excludes Redis from the backup", "avoids exposing Redis": one thing done to it
            first = next((obj[:j] for j, t in enumerate(obj) if t.low in ("and", "or", ",", "+", "/")), obj)
            if not first or not any(t.service and t.kind == "word" for t in first) or not _head_is_service(first) \
                    or _negation_before(tokens, k) is not None or self._blocked(tokens, k) \
                    or not (FAILURE_WORDS | BROKEN_WORDS | {"if", "when", "unless", "?"}).isdisjoint(lows) \
                    or self._nonprod(tokens):
                return None
            return self._claim(tokens[k], tokens, "setup-without", " ".join(t.text for t in tokens[k:k + 2]))
        return None

    def _future_addition(self, tokens: list[Tok]) -> Claim | None:
        """A plan that adds the service later: "Redis will be introduced when horizontal scaling
        requirements emerge", "We will add Redis in a future release", "the eventual addition of
        Redis", "Redis caching is planned for Phase 2". What a later phase adds is not in
        production today. (Not the order of a guide: "Redis will be installed in the next step";
        not a failure or a status: "Redis will be added back when it recovers".)"""
        lows = [t.low for t in tokens]
        if not _FUTURE_BLOCKERS.isdisjoint(lows) or self._nonprod(tokens) or any(t.kind == "mention" for t in tokens):
            return None
        guide = not _GUIDE_ORDER.isdisjoint(lows)  # ("… in the next step", "… on the page below")
        words = [t for t in tokens if t.low not in ("*", "**", "_", "-")]
        if len(words) >= 3 and words[0].low in ("future", "planned") and words[1].service \
                and words[2].low in ("usage", "use", "integration", "support", "adoption") \
                and (len(words) == 3 or words[3].low in (":", "(", "—", "–")):
            # "- Future Redis usage: distributed permission counters, …": what it will be used for, later
            return self._claim(words[0], tokens, "future-addition", " ".join(t.text for t in words[:3]))
        for k, low in enumerate(lows):
            before = lows[max(0, k - 5):k - 1]
            if low in ("include", "includes") and k >= 2 and (lows[k - 1] in NEGATORS or lows[k - 1].endswith("n't")) and (
                    any(w in _FIRST_RELEASE for w in before) or any(a in ("first", "initial") and b in (
                        "release", "version", "phase", "iteration", "cut") for a, b in zip(before, before[1:]))):
                obj = self._np_after(tokens, k + 1)  # "The MVP does not include Redis"
                if obj and self._conjuncts_service(obj) and _head_is_service(obj):
                    return self._claim(tokens[k - 1], tokens, "future-addition", " ".join(
                        t.text for t in tokens[k - 1:k + 1]))
            if low in ("planned", "scheduled", "slated") and lows[k + 1:k + 2] == ["for"] and k >= 2 \
                    and lows[k - 1] in COPULAS and _later_marker(lows[k + 2:k + 6]):
                subject = self._subject(tokens, k - 1)  # "Redis caching is planned for **Phase 2**"
                if subject and any(t.service for t in subject) and (_head_is_service(subject) or subject[-1].low in (
                        "caching", "cache", "sessions", "queue", "integration", "support", "layer")) \
                        and _negation_before(tokens, k) is None:
                    return self._claim(tokens[k], tokens, "future-addition", " ".join(t.text for t in tokens[k:k + 2]))
            if low in ("addition", "introduction", "adoption", "integration") and k and lows[k - 1] in (
                    "eventual", "potential", "future", "possible", "planned", "later") and lows[k + 1:k + 2] == ["of"]:
                obj = self._np_after(tokens, k + 2)  # "the potential one day addition of Redis"
                obj = next((obj[:j] for j, t in enumerate(obj) if j and t.low in ("to", "in", "for", "on", "at", "into")), obj)
                if obj and self._conjuncts_service(obj) and _head_is_service(obj) \
                        and _negation_before(tokens, k) is None:
                    return self._claim(tokens[k - 1], tokens, "future-addition", " ".join(
                        t.text for t in tokens[k - 1:k + 3]))
            if low not in _FUTURE_PARTICIPLES and low not in _FUTURE_VERBS or guide:
                continue
            if low in _FUTURE_PARTICIPLES:
                # "Redis will be introduced …", "Redis is planned to be added …"
                if not (k >= 2 and lows[k - 1] == "be" and lows[k - 2] in ("will", "'ll", "would", "shall")
                        or k >= 3 and lows[k - 1] == "be" and lows[k - 2] == "to" and lows[k - 3] in (
                            "planned", "going", "scheduled", "expected")):
                    continue
                at = k - 2 if lows[k - 2] != "to" else k - 4 if k >= 4 and lows[k - 4] in COPULAS else k - 3
                subject = self._subject(tokens, at)
                if not (subject and self._conjuncts_service(subject) and _head_is_service(subject)):
                    continue
            else:
                # "We will add Redis …", "we plan to introduce Redis …"
                if not (k >= 1 and lows[k - 1] in ("will", "'ll", "shall") or k >= 2 and lows[k - 1] == "to" and lows[k - 2] in (
                        "plan", "planning", "going", "intend", "want", "aim")):
                    continue
                obj = self._np_after(tokens, k + 1)
                if not (obj and self._conjuncts_service(obj) and _head_is_service(obj)):
                    continue
            if _negation_before(tokens, k) is not None or self._blocked(tokens, k):
                continue
            rest = lows[k + 1:]
            when = next((j for j, w in enumerate(rest) if w in ("when", "once", "if", "after", "as")), None)
            later = _later_marker(rest)
            if when is not None and rest[when] == "as" and rest[when + 1:when + 3] != ["soon", "as"]:
                when = None
            if when is not None and not set(rest[when:]) & _FUTURE_NEEDS:
                when = None  # "… when you run the installer": the order of the guide
            if later or when is not None:
                return self._claim(tokens[k], tokens, "future-addition", " ".join(t.text for t in tokens[k - 2 if low in _FUTURE_PARTICIPLES else k - 1:k + 1]))
        return None

    def _only_variant_named(self, tokens: list[Tok]) -> bool:
        """Every word that names the service has a word for a copy of it before it ("AI-specific
        Redis", "a dedicated Redis"), and every other name is a variable that locates it."""
        named = False
        for k, tok in enumerate(tokens):
            if not tok.service:
                continue
            if tok.kind == "code" and self.names.locates(tok.low.strip("` ")):
                continue
            if k == 0 or not _variant(tokens[k - 1].low):
                return False
            named = True
        return named

    def _other_locator_instead(self, tokens: list[Tok], found: list[Claim], subject=()) -> bool:
        """A setting that locates the service is not needed, or optional, because another one
        locates it: "`REDIS_HOST` no es necesario: el maestro se resuelve a través de los
        Sentinels", "IP address or hostname of the Redis server. Not needed when
        `REDIS_SENTINEL_HOSTS` is set". Before the first hedge a variable or noun that locates
        it (``REDIS_HOST``, "host", "address"); after it, Sentinel or another such variable.
        Which setting reaches it, not whether it runs (not with "without": "`REDIS_URL` is not
        needed when you run without Redis"). ``subject``: the row's subject of a sentence in
        one of its cells ("| `REDIS_HOST` | … Not needed when … |")."""
        first = min(c.start for c in found)
        before = [*subject, *(t for t in tokens if t.end <= first)]
        after = [t for t in tokens if t.start >= first]
        if not before or not after or any(t.low in _WITHOUT_WORDS for t in tokens):
            return False
        locators = {t.low.strip("` ") for t in before if t.service and self.names.locates(t.low.strip("` "))}
        if not locators and not any(t.low in _LOCATOR_NOUNS for t in before):
            return False
        return any(t.low in ("sentinel", "sentinels") or t.kind == "code" and "sentinel" in t.low
                   or t.service and self.names.locates(t.low.strip("` ")) and t.low.strip("` ") not in locators
                   for t in after)  # (also `REDIS_SENTINEL_HOSTS`)

    def _only_variable_named(self, tokens: list[Tok]) -> bool:
        """Every mention of the service is a variable that locates it (``REDIS_URL``) or its
        name before "URL"/"URI": the unit is about which setting to use."""
        named = False
        for k, tok in enumerate(tokens):
            if not tok.service:
                continue
            named = True
            if self.names.locates(tok.low.strip("` ")):
                continue
            if k + 1 < len(tokens) and tokens[k + 1].low in ("url", "uri", "urls", "uris"):
                continue
            return False
        return named

    def _removed(self, tokens: list[Tok]) -> Claim | None:
        """A change that takes the service out: "Removed Redis and the Bull queue", "We dropped
        the Redis dependency", "authentik no longer uses Redis", a title "Redis Removal
        Summary". (Not a part of it: "Removed Redis keys", "Redis key removal"; not a step to
        take: "Remove Redis from the old host"; not a failure or a condition.)"""
        lows = [t.low for t in tokens]
        words = [k for k, t in enumerate(tokens) if t.kind != "punct" or t.service]
        if self._nonprod(tokens):
            return None
        if _REMOVE_STEP_BLOCKERS.isdisjoint(lows):
            step = self._remove_step(tokens, lows, words)
            if step is not None:
                return step
        if (_REMOVAL_BLOCKERS - {"stopped"}).isdisjoint(lows):
            for n, k in enumerate(words):
                if lows[k] == "stopped" and lows[k + 1:k + 2] in (["using"], ["needing"], ["requiring"]) \
                        and not any(tokens[j].service for j in words[:n]):
                    obj = self._np_after(tokens, k + 2)  # "(stopped using Redis for tasks)": no longer uses it
                    if obj and self._conjuncts_service(obj) and _head_is_service(obj) \
                            and _negation_before(tokens, k) is None:
                        return self._claim(tokens[k], tokens, "no-longer", " ".join(t.text for t in tokens[k:k + 2]))
        if not _REMOVAL_BLOCKERS.isdisjoint(lows):
            return None
        for n, k in enumerate(words):
            low = lows[k]
            if tokens[k].kind == "mention":
                continue  # quoted: "the guide's “Redis removal” section"
            if low in ("removed", "dropped", "eliminated") and any(
                    tokens[j].kind == "code" and _FILE_NAME_RE.search(tokens[j].low) for j in words[:n]):
                continue  # "`backend/requirements.txt` - Removed Redis dependencies": a change to that file
            if low in ("removed", "dropped", "eliminated") and (all(
                    lows[j] in _REMOVER_WORDS or tokens[j].kind == "code" or _RELEASE_RE.fullmatch(lows[j])
                    for j in words[:n])
                    or k and lows[k - 1] in (",", ";", "—", "–") and n >= 2) \
                    or low in ("removes", "drops", "eliminates") and [lows[j] for j in words[:n]] in (
                        ["this", "release"], ["this", "version"], ["this", "change"], ["this", "update"],
                        ["the", "release"], ["the", "new", "version"]):  # ("This release removes the Redis dependency")
                # ("`docs/START.md` - Removed Redis from …", "Simplified the queue, removed Redis/Bull")
                obj = self._np_after(tokens, k + 1)
                after = lows[k + len(obj) + 1:k + len(obj) + 4]
                first = next((obj[:j] for j, t in enumerate(obj) if t.low in ("and", "or", ",", "+", "/")), obj)
                if obj and (self._conjuncts_service(obj) and _head_is_service(first) or len(first) >= 2 and first[0].service
                            and first[-1].low in _INTEGRATION_PARTS) and _negation_before(tokens, k) is None \
                        and any(t.service and t.kind == "word" and t.low in self._name_lows for t in obj) \
                        and not (after[:1] == ["from"] and set(after[1:]) & (FEATURE_NOUNS | {"rate-limiting"})):
                    # (not a variable or package: "Removed `REDIS_URL`"; not one feature: "… from rate-limiting")
                    return self._claim(tokens[k], tokens, "removed", " ".join(t.text for t in tokens[k:k + 2]))
            if low == "longer" and n and lows[words[n - 1]] == "no" and n + 1 < len(words) and lows[words[n + 1]] in (
                    "uses", "use", "needs", "need", "requires", "require", "ships", "runs", "depends") and not (
                    set(lows[:k]) & _COMPONENT_WORDS):  # (not "The worker config no longer requires Redis": a part)
                at = words[n + 1] + (2 if lows[words[n + 1]] == "depends" else 1)
                obj = self._np_after(tokens, at)
                if obj and self._conjuncts_service(obj) and _head_is_service(obj):
                    return self._claim(tokens[words[n - 1]], tokens, "no-longer", " ".join(
                        t.text for t in tokens[words[n - 1]:at]))
            if low == "removal" and n + 2 < len(words) and lows[words[n + 1]] == "of":
                obj = self._np_after(tokens, words[n + 1] + 1)  # "the successful removal of Redis and the queue"
                first = next((obj[:j] for j, t in enumerate(obj) if t.low in ("and", "or", ",", "+", "/")), obj)
                if obj and self._conjuncts_service(obj) and _head_is_service(first) and any(
                        t.service and t.kind == "word" and t.low in self._name_lows for t in first):
                    return self._claim(tokens[k], tokens, "removal", " ".join(t.text for t in tokens[k:words[n + 1] + 2]))
            if low == "remove" and n and lows[words[n - 1]] in ("will", "to") and n + 1 < len(words):
                obj = self._np_after(tokens, k + 1)  # "… will remove Redis from your installation"
                tail = lows[k + 1 + len(obj):k + 4 + len(obj)]
                if obj and _head_is_service(obj) and tail[:1] == ["from"] and set(tail[1:]) & {
                        "installation", "install", "setup", "stack", "deployment", "deployments", "infrastructure"}:
                    return self._claim(tokens[k], tokens, "removed", " ".join(t.text for t in tokens[k:k + 2]))
            after = lows[k + 1] if k + 1 < len(lows) and tokens[k + 1].kind == "word" else ""
            if low == "removed" and after and after not in _AFTER_REMOVED_STATE:
                continue  # a verb with its own object: "Upgraded Redis — removed old keys"
            if low == "removed" and (any(lows[j] in _REMOVED_TRACES for j in words[max(0, n - 3):n]) or any(
                    lows[j] == "from" and j + 1 < len(tokens) and tokens[j + 1].kind == "code"
                    or lows[j] == "from" and j + 1 < len(tokens) and _FILE_NAME_RE.search(lows[j + 1])
                    for j in words[n + 1:n + 2])):
                continue  # "Redis environment variables removed", "Redis service removed from `docker-compose.yml`":
                # a trace of it taken out of one file, an item of a change list
            if low in ("removal", "removed") and len(words) <= 10 and n and any(
                    tokens[j].service for j in words[max(0, n - 3):n]) and all(
                    lows[j] not in PART_NOUNS or lows[j] in ("queue", "queues") for j in words[max(0, n - 3):n]):
                named = next(j for j in words[max(0, n - 3):n] if tokens[j].service)
                if not tokens[named].low.endswith(_BACKED) and _negation_before(tokens, k) is None:
                    return self._claim(tokens[k], tokens, "removal", " ".join(t.text for t in tokens[named:k + 1]))
        return None

    def _remove_step(self, tokens: list[Tok], lows: list[str], words: list[int]) -> Claim | None:
        """A step that takes the service out: "Remove the Redis service", "### 1. Remove Redis
        References:", "# Comment out the redis service", "Disable Redis in compose", a heading
        "Removing Redis". (Not a part or its data: "Remove the Redis dump file", "Disable Redis
        persistence", "Delete the Redis cache"; not a move or a rebuild: "Remove Redis from the
        old host", "Remove the existing Redis container and start the new one"; not the client
        library: "Remove redis from `requirements.txt`".)"""
        n = 0
        while n < len(words) and (_step_number(lows[words[n]]) or lows[words[n]] in (
                "then", "now", "next", "first", "finally", "also", "step", "x", "option")):
            n += 1  # a step number, "Then …", "Next, …", "## Option 1: Comment Out Redis"
        if n + 2 < len(words) and lows[words[n]] in ("in", "for", "on") and lows[words[n + 1]] in (
                "production", "prod") and words[n + 1] + 1 < len(tokens) and lows[words[n + 1] + 1] == ",":
            n += 2  # "In production, disable Redis usage by unsetting `REDIS_URL`": where it goes is production
        if n >= len(words) or tokens[words[n]].kind != "word":
            return None
        verb = words[n]
        low = lows[verb]
        if low in ("comment", "commenting", "turn", "turning", "switch", "switching"):
            particle = words[n + 1] if n + 1 < len(words) else None
            if particle is None or lows[particle] not in (("out",) if low.startswith("comment") else ("off",)):
                return None
            at = particle + 1
        elif low in _REMOVE_STEP_VERBS:
            at = verb + 1
        else:
            return None
        if not _MANIFESTS.isdisjoint(t.low.strip("`") for t in tokens):
            return None
        obj = self._np_after(tokens, at)
        obj = [t for t in obj if t.low not in ("*", "**", "_", "__")]
        while obj and obj[-1].low in ("!", ".", ":", "below", "above", "here", "there", "entirely", "completely",
                                      "too", "altogether", "completamente", "totalmente", "complètement", "komplett"):
            obj.pop()
        if any(lows[k] in ("start", "restart", "re-enable", "re-add") and k + 1 < len(tokens)
               and (tokens[k + 1].service or lows[k + 1] in ("it", "them", "the", "a")) and (
                   tokens[k + 1].service or lows[k + 1] in ("it", "them") or k + 2 < len(tokens) and (
                       tokens[k + 2].service or lows[k + 2] in ("new", "upgraded", "fresh")))
               for k in range(at, len(tokens))):
            return None  # a rebuild: "Remove the Redis container, then start it again"
        first = next((obj[:j] for j, t in enumerate(obj) if t.low in ("and", "or", ",", "+", "/")), obj)
        if not first or not any(t.service and t.kind == "word" and t.low in self._name_lows for t in first) \
                or first[0].low in ("from", "in", "into", "on", "of", "with", "at", "to") \
                or any(t.low in ("de", "del", "du", "des", "do", "da", "di", "von", "des") for t in first[1:]):
            return None  # (a thing taken out of it: "// Remove from Redis"; "la persistencia de Redis": a part)
        end = next((k + 1 for k, t in enumerate(tokens) if t is first[-1]), len(tokens))
        if end < len(tokens) and not tokens[end].text.isascii() and (tokens[end].text.startswith(("的", "の")) or any(
                f in tokens[end].text for f in _FOREIGN_FEATURES)):
            return None  # "禁用 Redis 持久化", "禁用Redis的持久化功能": a feature of it is turned off
        if obj[-1].low in ("limitations", "limitation", "limits", "issues", "errors", "warnings", "bottlenecks",
                           "problems", "workarounds", "hacks", "bugs"):
            return None  # "Remove Redis and Chronicle Queue limitations": what goes is a limit of it
        last = first[-1].low
        if not (first[-1].service or last in _REMOVE_STEP_HEADS or last in ("cache", "caching") and low.startswith(
                ("disabl", "turn", "switch"))):
            return None  # (a part: "Remove the Redis dump file", "Delete the Redis cache")
        to = next((k for k in range(at, len(tokens) - 1) if lows[k] == "to" and tokens[k + 1].kind == "word"), None)
        if to is not None and lows[to + 1] not in ("simplify", "reduce", "save", "cut", "lower", "run", "use", "fall",
                                                   "go", "deploy", "slim", "shrink", "trim"):
            return None  # a step for something else: "Remove the Redis container to free port 6379"
        if any(t.low in ("old", "previous", "existing", "legacy", "stale", "orphaned", "duplicate", "second",
                         "extra", "local", "bundled", "embedded", "built-in", "default", "internal", "in-chart")
               for t in first):
            return None  # one Redis among others: "Remove the old Redis container"
        return self._claim(tokens[verb], tokens, "remove-step", " ".join(t.text for t in tokens[verb:at]))

    def _deferred_label(self, tokens: list[Tok]) -> Claim | None:
        """A roadmap label in front of setting the service up: "**Enhancement:** Move to Redis for
        faster session lookups", "Future: add Redis for the sessions", "v2: Redis for the cache".
        What a later phase adds is not in production today. (Not "Future: Redis Sentinel", a part
        of it, nor "TODO: restart Redis", a step on it, nor "Phase 2: Redis setup", a step of a
        procedure.)"""
        found = _inline_label(tokens)
        if found is None:
            return None
        k, colon = found
        label = " ".join(t.low for t in tokens[k:colon] if t.kind != "punct")
        if label not in _INLINE_DEFER_LABELS or tokens[k].kind == "mention":
            return None
        rest = [t for t in tokens[colon + 1:] if t.low not in ("*", "**", "_", "__")]
        if not rest or not any(t.service for t in rest[:6]) or self._nonprod(tokens):
            return None
        named = rest[0].service and (len(rest) == 1 or rest[1].low not in PART_NOUNS or rest[1].low in (
            "queue", "queues", "sessions", "session", "cache"))
        if not (named or _moves_onto(rest) or self._phrase_is_service(rest[:8])) \
                or _negation_before(rest, len(rest)) is not None:
            return None
        return self._claim(tokens[k], tokens, "deferred-label", " ".join(t.text for t in tokens[k:colon]))

    def _backend_list(self, tokens: list[Tok]) -> Claim | None:
        """"- **Storage backends**: RocksDB, PostgreSQL, MySQL, SQLite, S3, Redis": the service is one
        of the backends a label lists, beside another kind of store; the app runs on any of them.
        (Not "Storage: PostgreSQL, Redis, S3", the parts it uses together, nor a list of peers.)"""
        found = _inline_label(tokens)
        if found is None:
            return None
        k, colon = found
        label = [t.low for t in tokens[k:colon] if t.kind != "punct"]
        if not label or label[-1] not in _BACKEND_LIST_HEADS or any(t.service for t in tokens[k:colon]) \
                or not {"required", "mandatory", "needed"}.isdisjoint(label):
            return None
        items: list[list[Tok]] = [[]]
        for tok in tokens[colon + 1:]:
            if tok.low in ("*", "**", "_", "__", "`"):
                continue
            if tok.low in (",", "or", "and", "/"):
                if items[-1]:
                    items.append([])
            elif tok.kind == "punct" and tok.low not in ("-", "."):
                return None  # (a sentence, not a list of names)
            else:
                items[-1].append(tok)
        items = [item for item in items if item]
        if len(items) < 3 or any(len(item) > 2 for item in items):
            return None
        named = next((item for item in items if item[0].service), None)
        if named is None or named[0].kind == "code" or len(named) > 1 and named[1].low in PART_NOUNS \
                or not any(t.low in ALT_BACKENDS and t.low not in _PEER_SERVERS for item in items for t in item) \
                or set(self._unit_lows) & (FAILURE_WORDS | BROKEN_WORDS) or self._nonprod(tokens):
            return None
        return self._claim(named[0], tokens, "alternative", " ".join(t.text for t in tokens[k:colon]) + ": … "
                           + named[0].text)

    def _later_question(self, tokens: list[Tok]) -> Claim | None:
        """A question about taking the service on later: "### Q: Can I add Redis later?", "What if I
        want Redis later?". It takes for granted that one starts without it. (Not "Can I add more
        Redis memory later?", a part of it, nor "Can I upgrade Redis later?", a step on it.)"""
        lows = [t.low for t in tokens]
        end = next(k for k, w in enumerate(lows) if w in _LATER_WORDS) + 1
        at = end - 2 if end > 1 and lows[end - 2] in ("plus", "más", "mais", "più", "more") else end - 1
        verb = next((k for k in range(at) if lows[k] in _ADD_LATER_VERBS), None)
        if verb is None and end < len(lows) and lows[end] in _ADD_LATER_VERBS:
            verb = end  # "Kann ich Redis später hinzufügen?"
            obj = tokens[:at]
            obj = obj[next((k for k in range(len(obj) - 1, -1, -1) if not obj[k].service), -1) + 1:]
        elif verb is not None:
            obj = [t for t in tokens[verb + 1:at] if t.kind != "punct" or t.service]
            while obj and obj[0].low in ("a", "an", "the", "your", "our", "o", "le", "el", "il", "lo"):
                obj = obj[1:]
        if verb is None or set(lows) & NEGATORS or any(w.endswith("n't") for w in lows) or self._nonprod(tokens):
            return None
        if not obj or not obj[0].service or not all(t.service or t.low in _LATER_NOUNS for t in obj):
            return None  # (not "Can I add Redis nodes later?": scaling it out)
        first, last = min(verb, tokens.index(obj[0])), max(verb + 1, end)
        return self._claim(tokens[at], tokens, "deferred", " ".join(t.text for t in tokens[first:last]))

    def _when_to_use(self, tokens: list[Tok]) -> Claim | None:
        """A title that names when (or why) to take the service at all: "## When to Use Redis",
        "### When to skip Redis". The service is a choice there. (Not "When to restart Redis", a
        step on it, nor "When Redis is down", a failure; ``analyse`` leaves questions such as
        "When do you need Redis?" to their answers.)"""
        words = [t for t in tokens if t.kind != "punct" or t.service]
        while words and (_step_number(words[0].low) or not any(c.isalnum() for c in words[0].low)):
            words = words[1:]  # (a list number, an emoji: "## 📊 When to use Redis")
        if words and words[0].kind == "mention":
            return None  # quoted: ‘“When to use Redis” was renamed’
        why = next((k for k, t in enumerate(tokens[:8]) if t.low == "why"), None)
        if why is not None and (claim := self._why_not(tokens, why)) is not None:
            return claim  # "**Q: Why no Redis?**", "Why not just use Redis?": it goes without
        if words and words[0].low in ("q", "faq", "question"):
            return None  # ("**Q: When should I enable Redis?**": the answer under it says)
        if 3 <= len(words) <= 6 and words[0].low in _FOREIGN_WHEN and words[1].low in _FOREIGN_USE \
                and words[2].service and (len(words) == 3 or words[3].low in ("?", "¿")) \
                and not self._nonprod(tokens):
            return self._claim(words[0], tokens, "when-to-use", " ".join(t.text for t in words[:2]))  # "Quando usar Redis?"
        if len(words) < 3 or len(words) > 8 or words[0].low not in ("when", "why", "whether"):
            return None  # ("# Whether to enable redis or not": a switch's comment)
        rest = [t.low for t in words[1:]]
        if rest[0] == "to":
            at = 2
        elif rest[0] in ("do", "does", "should", "would", "must", "might") and rest[1:2] and rest[1] in (
                "you", "we", "i", "one", "teams", "users", "it", "i'd", "you'd"):
            at = 3
        elif words[0].low == "why" and rest[0] in ("make", "making", "keep", "keeping"):
            at = 1
        else:
            return None
        if at >= len(words) or words[at].low not in _CHOICE_VERBS and not (words[0].low == "why" and at == 1):
            return None
        k = at + 1
        while k < len(words) and words[k].low in ("a", "an", "the", "your", "our", "external", "dedicated"):
            k += 1
        if k >= len(words) or not words[k].service or words[k].low.endswith(_BACKED):
            return None
        tail = [t.low for t in words[k + 1:]]
        at_name = tokens.index(words[k])
        if tail and at_name + 1 < len(tokens) and tokens[at_name + 1].low == "/":
            tail = ["or"] + tail  # "## When to Use Redis/StateManager": one of the two
        if words[0].low == "why":
            if tail[:1] != ["optional"] and tail[:1] not in ([w] for w in OPTIONAL_WORDS):
                return None
        elif tail and not (tail[0] in ("for", "in", "at", "vs", "versus", "instead", "over", "and", "or", "back", "again",
                                       "storage") or tail[0] in IDENTITY_NOUNS
                           or tail[0] in OPTIONAL_WORDS and len(tail) == 1):  # ("## When to Use Redis (Optional)")
            return None  # ("When to use Redis Sentinel": a part of it)
        if self._nonprod(tokens):
            return None
        if words[0].low == "why":  # (at the hedge: "Make Redis Optional")
            return self._claim(words[k + 1], tokens, "why-make", " ".join(t.text for t in words[1:k + 2]))
        return self._claim(words[0], tokens, "when-to-use", " ".join(t.text for t in words[:at + 1]))

    def _cjk_fallback(self, tokens: list[Tok], text: str) -> list[Claim]:
        """"Redis 未配置时自动降级为内存缓存" (when Redis is not configured, it falls back to an
        in-memory cache), "Redis未設定時は自動的にフォールバック": going without it is a mode. (Not
        "Redis 不可用时降级", when Redis is unavailable: a failure.)"""
        memory = not any(f in text for f in _CJK_FALLBACK) and any(m in text for m in ("メモリ", "内存", "記憶體")) and any(
            k and tokens[k - 1].service and tok.text.startswith(_CJK_UNSET) for k, tok in enumerate(tokens))
        if not (memory or any(f in text for f in _CJK_FALLBACK)) or any(f in text for f in _CJK_FAILURE):
            return []  # (also "Redis 未設定時はメモリ内レート制限を使用": unset right after it, it uses memory)
        if any(w in text for w in ("本地", "开发", "測試", "测试", "ローカル", "開発")) or self._nonprod(tokens):
            return []  # ("本地开发时 …": in local development)
        for tok in tokens:
            needle = next((u for u in _CJK_UNSET if u in tok.text), None) if tok.kind == "word" else None
            if needle is not None:
                start = tok.start + tok.text.index(needle)
                return [Claim(start, start + len(needle), needle, self.names.label, "fallback")]
        cue = next((t for k, t in enumerate(tokens) if t.text == "无" and t.kind == "word" and k + 1 < len(tokens)
                    and tokens[k + 1].service), None)  # "无 Redis 自动降级为后台线程"
        return [self._claim(cue, tokens, "fallback", cue.text)] if cue is not None else []

    def _cjk_scale_need(self, tokens: list[Tok], text: str) -> list[Claim]:
        """A need at a scale, in Chinese: "要想將 Colyseus 擴展至多處理序或多伺服器, 您需要擁有 Redis"
        (to scale Colyseus to several processes or servers, you need Redis), "如果需要部署多个实例，
        需要 Redis": a lead that names the scale, then the need, as "To scale …, you need Redis" reads."""
        cut = next((k for k, t in enumerate(tokens) if t.low in (",", "，", ":", "：")), None)
        if cut is None or not any(t.service for t in tokens[cut + 1:]) or any(t.service for t in tokens[:cut]):
            return []
        lead = text[:tokens[cut].start]
        rest = text[tokens[cut].end:]
        if not lead.lstrip(" *#>-0123456789.").startswith(_CJK_IN_ORDER_TO) or not any(w in lead for w in _CJK_SCALE) \
                or not any(w in rest for w in ("需要", "必須", "必须", "需")) or self._nonprod(tokens) \
                or any(w in text for w in ("生產環境", "生产环境", "本地", "开发", "開發")):
            return []
        first = next(t for t in tokens if t.kind != "punct")
        return [self._claim(first, tokens, "scale-lead", lead.strip())]

    def _cjk_recommended(self, tokens: list[Tok]) -> list[Claim]:
        """"生产环境建议使用 Redis" (in production, using Redis is recommended), "Redis 强烈建议"
        (Redis: strongly recommended), "可以不使用 Redis" (you can go without Redis), "后续添加 Redis"
        (add Redis later): the hedge stands right before or after the name, in a run of Chinese.
        (Not "建议使用扩展的Redis缓存实现", a recommended implementation, nor "云 Redis 服务（生产环境推荐）",
        a recommended kind of service, nor "不使用 Redis 的影响", the impact of going without it.)"""
        if self._nonprod(tokens):
            return []
        for k, tok in enumerate(tokens):
            if not tok.service:
                continue
            before = tokens[k - 1] if k and tokens[k - 1].kind == "word" else None
            skip = next((m for m in _CJK_GO_WITHOUT if before is not None and before.text.endswith(m)), None)
            if skip in _CJK_EXCLUDING and (before.text != skip or any(t.kind == "word" for t in tokens[:k - 1])):
                skip = None  # (not "价格不含 Redis 费用", the price excludes its fees: a title's "不含 Redis" only)
            next_text = tokens[k + 1].text if k + 1 < len(tokens) else ""
            if skip is None and before is not None and before.text.endswith(("没有", "沒有")) and any(
                    m in t.text for t in tokens[k + 1:k + 4] for m in _CJK_STILL_RUNS) \
                    and not _names_failure(tokens):
                # "在没有 Redis 的环境中也能直接运行" (runs even where there is no Redis)
                start = before.start + len(before.text) - 2
                return [Claim(start, start + 2, before.text[-2:], self.names.label, "cjk-without")]
            if before is not None and before.text.endswith(("没有", "沒有")) and next_text.startswith(_CJK_HARD_DEPENDENCY):
                # "当前应用没有 Redis 硬依赖" (the application has no hard dependency on Redis)
                start = before.start + len(before.text) - 2
                return [Claim(start, start + 2, before.text[-2:], self.names.label, "cjk-without")]
            if skip is None and before is not None and before.text.endswith(_CJK_NOT_SET_UP) \
                    and any(w in before.text for w in _CJK_EVEN_IF) \
                    and any(m in t.text for t in tokens[k + 1:k + 4] for m in _CJK_STILL_RUNS) \
                    and not _names_failure(tokens):
                # "即使不安装 Redis，应用也能正常运行" (even without installing Redis, the app runs)
                cue = next(m for m in _CJK_NOT_SET_UP if before.text.endswith(m))
                start = before.start + len(before.text) - len(cue)
                return [Claim(start, start + len(cue), cue, self.names.label, "cjk-without")]
            if skip is not None and not next_text.startswith(("的", "时", "時")) \
                    and not (skip in _CJK_LATER_SWITCH and next_text[:1].isdigit()) and not _names_failure(tokens):
                start = before.start + len(before.text) - len(skip)
                how = "cjk-without" if skip not in _CJK_LATER_SWITCH else "cjk-recommended" if skip[:2] in (
                    "考虑", "考慮") else "deferred"
                return [Claim(start, start + len(skip), skip, self.names.label, how)]
            if before is not None and before.text.endswith(_CJK_NO_DEPENDENCY) and not _names_failure(tokens) and (
                    before.text.endswith(("暂不依赖", "暫不依賴")) or any(w in t.text for t in tokens[:k] for w in _CJK_WHOLE)):
                # "当前默认方案 **不依赖 Redis**" (the default setup does not depend on Redis), "### 暂不依赖 Redis"
                # (not "前端不依赖 Redis": one part does not)
                cue = next(m for m in _CJK_NO_DEPENDENCY if before.text.endswith(m))
                start = before.start + len(before.text) - len(cue)
                return [Claim(start, start + len(cue), cue, self.names.label, "cjk-without")]
            if before is not None and before.text.endswith(_CJK_RECOMMEND_USE) and not (
                    next_text and not next_text.isascii()
                    and (next_text.startswith(("的", "の")) or any(f in next_text for f in _FOREIGN_FEATURES))):
                # (not "生产环境建议启用Redis持久化": a feature of it is what is recommended)
                cut = max(before.text.rfind(m) for m in _CJK_RECOMMENDS)
                if cut >= 0 and before.text[max(0, cut - 1):cut] not in ("不", "勿"):
                    start = before.start + cut
                    return [Claim(start, start + 2, before.text[cut:cut + 2], self.names.label, "cjk-recommended")]
            later = next((t for t in tokens[k + 1:k + 4] if t.kind == "word"), None)
            if later is not None and later.text[:1] >= "\u3040" and not _names_failure(tokens):
                cut = next((later.text.find(m) for m in _JA_LATER if m in later.text), -1)
                if cut >= 0 and any(v in later.text for v in ("追加", "導入")):
                    # "Redis ❌（後から追加可能）" (can be added later), "Redisの追加は後からでも簡単"
                    mark = next(m for m in _JA_LATER if later.text.find(m) == cut)
                    return [Claim(later.start + cut, later.start + cut + len(mark), mark, self.names.label, "deferred")]
                if later is tokens[k + 1] and later.text.startswith(_JA_WITHOUT) and any(v in later.text for v in _JA_RUN):
                    # "Redisなしで運用開始" (start running without Redis)
                    mark = next(m for m in _JA_WITHOUT if later.text.startswith(m))
                    return [Claim(later.start, later.start + len(mark), mark, self.names.label, "cjk-without")]
            after = tokens[k + 1] if k + 1 < len(tokens) and tokens[k + 1].kind == "word" else None
            if after is not None and after.text.startswith(("强烈建议", "強烈建議", "强烈推荐") + _CJK_RECOMMENDS):
                cut = min(i for i in (after.text.find(m) for m in _CJK_RECOMMENDS) if i >= 0)
                start = after.start + cut
                return [Claim(start, start + 2, after.text[cut:cut + 2], self.names.label, "cjk-recommended")]
            enable = next((t for t in tokens[k + 1:k + 14] if t.kind == "word" and t.text.endswith(_CJK_ENABLE_ADVISED)
                           and not any(t.text.endswith(n + e) for n in ("不", "勿") for e in _CJK_ENABLE_ADVISED)), None)
            if enable is not None and not any(t.service for t in tokens[k + 1:tokens.index(enable)]) \
                    and not _names_failure(tokens):
                # "- Redis：`6+`（緩存、隊列、限流建議啟用）" (for caching, queues and rate limits, enabling it
                # is recommended), as "(recommended for caching, queues)"
                cue = next(e for e in _CJK_ENABLE_ADVISED if enable.text.endswith(e))
                start = enable.start + len(enable.text) - len(cue)
                return [Claim(start, start + 2, cue[:2], self.names.label, "cjk-recommended")]
        return []

    def _cjk_not_required(self, tokens: list[Tok]) -> list[Claim]:
        """"Redis 在这个项目里……不是默认启动前提" (Redis is not a prerequisite for starting), "Redis
        是弱依赖" (a soft dependency): after the name, in a run of Chinese."""
        named = next((k for k, t in enumerate(tokens) if t.service), None)
        if named is None or self._nonprod(tokens) or _names_failure(tokens):
            return []
        for k in range(named + 1, len(tokens)):
            tok = tokens[k]
            if tok.kind != "word" or tok.text.isascii():
                continue
            if any(f in tok.text for f in _FOREIGN_FEATURES):
                return []  # "Redis 비밀번호는 필요하지 않습니다": its password is not needed
            # (a cue may span two Korean words: "필요하지 않습니다", is not needed)
            text = tok.text + " " + tokens[k + 1].text if k + 1 < len(tokens) else tok.text
            cue = next((c for c in _CJK_NOT_REQUIRED if c in text and text.index(c) < len(tok.text)), None)
            if cue in _KO_WITHOUT_USE and not tokens[k - 1].service:
                continue  # ("캐시 없이 동작합니다": it works without a cache, not without Redis)
            if cue is not None and cue.startswith(_CJK_DEFAULT_OFF) and any(
                    m in t.text for t in tokens for m in ("必须", "必需", "務必", "必須", "务必")):
                return []  # "Redis 默认关闭，生产环境必须开启": off by default, but production must turn it on
            if cue is None and (span := _CJK_NOT_NEEDED_FOR.search(tok.text)) is not None:
                cue = span.group()  # "redis并不是启动项目所必须的" (is not what starting the project needs)
                start = tok.start + span.start()
                return [Claim(start, start + len(cue), cue, self.names.label, "cjk-not-required")]
            if cue is not None:
                start = tok.start + text.index(cue)
                return [Claim(start, start + len(cue), cue, self.names.label, "cjk-not-required")]
        return []

    def _disable_switch(self, tokens: list[Tok]) -> list[Claim]:
        """"Production runs with `DISABLE_REDIS=1`", "`USE_REDIS=false` for small sites": a
        switch that turns the service off, set that way (not "never set `DISABLE_REDIS=1`")."""
        if self.names.switch is None:
            return []
        for k, tok in enumerate(tokens):
            if tok.kind == "code" and self.names.switch.fullmatch(tok.low.strip("` ")):
                lows = self._unit_lows
                if "without" in lows and all(t.low != "without" for t in tokens[:k]):
                    # "Set `DISABLE_REDIS=true` to deploy without a cache": what the switch does, not a
                    # negation of it (as "Run without `DISABLE_REDIS=1`" is)
                    lows = [w for w in lows if w != "without"]
                if "not" in lows:
                    # "If `REDIS_ENABLED=False` or not set, …": the same switch left unset, not a negation
                    lows = [w for k, w in enumerate(lows) if not (
                        w == "not" and k and lows[k - 1] == "or" and lows[k + 1:k + 2] in (
                            ["set"], ["defined"], ["configured"], ["provided"], ["present"], ["specified"]))]
                if any(w in NEGATORS or w in BROKEN_WORDS or w in ("never", "must", "avoid", "dont", "refuses",
                                                                   "refuse", "error", "errors", "warns", "tests",
                                                                   "test", "testing", "pytest")
                       or w.endswith("n't") for w in lows) or self._out_of_scope(tokens):
                    return []
                return [self._claim(tok, tokens, "disable-switch", tok.text.strip("`"))]
        return []

    def _variable_with_default(self, tokens: list[Tok], text: str, default_cell: str = "") -> bool:
        """"`REDIS_URL` (optional, defaults to `redis://localhost:6379/0`)": the variable is
        optional because the service has a default address, so the service is still used.
        Only when the unit (for a row: its first cell) names the service by variables alone,
        and not when it says what stands in without it ("falls back to in-memory")."""
        if _FALLS_BACK_RE.search(text):
            return False
        if default_cell and "|" in text:
            first_cell = text.index("|")
            tokens = [t for t in tokens if t.start < first_cell]
        urls = [m.span() for m in _URL_RE.finditer(text)]
        if any(t.service and "_" not in t.low and "://" not in t.low
               and not any(a <= t.start < b for a, b in urls)
               and not _names_its_address(tokens, k + 1)  # ("Redis connection string or host:port")
               and not _address_of(tokens, k)  # ("The address of the Redis instance. Default: `localhost`")
               for k, t in enumerate(tokens)):
            return False
        if default_cell:
            value = default_cell.strip(" `'\"*_")
            # (or "Auto-configured", "auto-detected": the platform supplies the address)
            return _LOCAL_ADDRESS_RE.match(value) is not None or value.lower().startswith((
                "auto-", "autoconf", "automatic", "based on", "derived from", "computed from", "from `"))
            # ("| `REDIS_URL` | No | based on `APP_ENV` |": the app works the address out itself)
        setting = tokens[0] if tokens and tokens[0].kind == "code" and "=" in tokens[0].text else None
        if setting is not None and _LOOPBACK_RE.search(setting.text.split("=", 1)[1]) is not None:
            return True  # "REDIS_URL=redis://127.0.0.1:6379/0 (optional)": the value shown is the local default
        if defaults_to_local_address(text):
            return True
        # "… if you use the Compose defaults: the compose file injects `redis://redis:6379`"
        return _SUPPLIED_RE.search(text) is not None and _LOCAL_ADDRESS_RE.search(text) is not None

    def names_switch(self, text: str) -> bool:
        """Some switch for the service appears in the text (`REDIS_ENABLED`, `Redis__Enabled`):
        a cheap test of a code block (what stands right before or after each occurrence of the
        name, not a regex scan of the whole text, which cost 0.4 s per 300 runbooks)."""
        return self._names_switch(text.lower())

    def _names_switch(self, low: str) -> bool:
        for name in self._switch_stems:
            at = low.find(name)
            while at >= 0:
                end = at + len(name)
                after = next(a for a in self._switch_after if low.startswith(a, end)) if low[end:end + 1] in (
                    "_", ":") and low.startswith(self._switch_after, end) else None  # (the tuple test in C first)
                if after is not None and not (at and (low[at - 1].isalnum() or low[at - 1] == ".")) \
                        and not low[end + len(after):end + len(after) + 1].isalnum():
                    return True  # `redis_enabled`, `app__redis__enabled` (not `myredis_enabled`, `redis.enabled`)
                if low[max(0, at - 9):at].endswith(self._switch_before) and not low[end:end + 1].isalnum():
                    return True  # `use_redis`, `useredis` (not `use_redisson`)
                at = low.find(name, end)
        return False

    def defaulted_variable(self, text: str) -> bool:
        """The text names the service only by a variable that has a local default (see
        ``_variable_with_default``): the variable is optional to set, not the service."""
        return self._variable_with_default(self._tokens(text), text)

    def is_topic(self, heading: str) -> bool:
        """A heading about the service itself: "Redis", "3. Redis server", "Session storage
        (Redis)"; not "Redis persistence" or "Redis and Celery"."""
        tokens = [t for t in self._tokens(heading) if t.low not in ("*", "**", "_", "#")]
        if "(" in (t.low for t in tokens):
            at = next(k for k, t in enumerate(tokens) if t.low == "(")
            inner = [t for t in tokens[at + 1:] if t.low != ")"]
            if inner and all(t.service for t in inner if t.kind != "punct"):
                return True  # "Distributed session storage (Redis)"
            tokens = tokens[:at]
        while tokens and (tokens[0].kind == "punct" or _step_number(tokens[0].low)):
            tokens = tokens[1:]
        return bool(tokens) and any(t.service for t in tokens) and _bare_name(
            [t for t in tokens if not (t.text[:1].isupper() and t.low not in PART_NOUNS
                                       or t.low in ("and", "or", "&", "+", "/"))])  # ("Redis and Celery")

    def is_subject_of(self, text: str, code=()) -> bool:
        """The sentence is about the service: it starts with it ("Redis stores the sessions.")
        or names no other thing ("You can skip Redis for small sites.")."""
        raw = self._tokens(text, code)
        tokens = [t for t in raw if t.kind != "punct"]
        if not tokens or not any(t.service for t in tokens):
            return False
        if len(tokens) > 2 and tokens[0].low in _NOTE_LABELS and text.lstrip("*_ ").lower().startswith(
                (tokens[0].low + ":", tokens[0].low + "*", tokens[0].low + "_")):
            tokens = tokens[1:]  # "**Note**: Redis adds complexity.": the note's sentence
        else:
            colon = next((k for k, t in enumerate(raw[:7]) if t.low == ":"), None)
            label = [t for t in raw[:colon] if t.kind != "punct"] if colon is not None else []
            if 0 < len(label) <= 3 and not any(t.service for t in label) and len(tokens) > len(label) + 1 \
                    and tokens[len(label)].service:
                tokens = tokens[len(label):]  # "**Good news**: Redis is only used for caching."
        if tokens[0].service:
            first = 1
            while first < len(tokens) and tokens[first].service:
                first += 1
            return not (first < len(tokens) and tokens[first].low in _SETUP_STEP_NOUNS)
            # ("Redis setup takes a while. You can skip it": "it" is the setup)
        if tokens[0].low not in PROVISION_VERBS | SKIP_VERBS | STEP_VERBS | SUBJECT_GENERIC | DETERMINERS | {
                "for", "in", "on", "to", "with", "if", "when", "it", "then", "also", "do", "don't", "start"}:
            return False  # ("Celery uses Redis as its broker. It is optional.": "it" is Celery)
        if tokens[0].low in DETERMINERS and len(tokens) > 1 and not tokens[1].service and tokens[1].low in PART_NOUNS:
            return False  # "The password for the Redis instance. Only required if …": the password is
        first = next(k for k, t in enumerate(tokens) if t.service)
        if first + 1 < len(tokens) and tokens[first + 1].low in _FEATURE_NOTES:
            return False  # "Set the Redis password. If not configured, …": the password is
        return not any(t.text[:1].isupper() and not t.service and not (t.text.isupper() and len(t.text) <= 4)
                       for t in tokens[1:]) and not any(t.kind == "code" and not t.service for t in tokens)

    def analyse_continuation(self, text: str, code=()) -> list[Claim]:
        """A sentence right under a heading about the service that does not name it: "It is
        optional.", "Optional for small sites.", "**Verdict:** skip for now." (under "## Redis")."""
        if "?" in text:
            return []
        tokens = self._tokens(text, code)
        if any(t.service for t in tokens):
            return []
        words = [t for t in tokens if t.kind != "punct"]
        if not words or len(words) > (24 if any(t.low == "it" for t in tokens) else 14):
            return []  # (a sentence that goes on about "it" may be longer)
        subject = Tok(self.names.label, self.names.label.lower(), -1, -1)
        subject.service = True
        if _EXTRAPOSED_RE.search(text):
            return []  # "It is optional to set a password": about setting it, not about the service
        pronoun = next((k for k, t in enumerate(tokens[:14]) if t.low == "it" and k + 1 < len(tokens)
                        and (tokens[k + 1].low in COPULAS or tokens[k + 1].low == "'s")
                        and not (k + 2 < len(tokens) and tokens[k + 2].low in NEGATORS)), None)
        without = next((k for k, t in enumerate(tokens) if t.low == "it" and k and tokens[k - 1].low == "without"), None)
        skipped = next((k for k, t in enumerate(tokens) if t.low == "it" and k and tokens[k - 1].low in ("skip", "omit")
                        and tokens[0].low not in ("skip", "omit")), None)
        if skipped is not None and pronoun is None and without is None:
            # "Redis adds complexity. You can skip it for simple sites.": "it" is the service before
            return [c for c in self._claims(tokens[:skipped] + [subject] + tokens[skipped + 1:]) if c.start >= 0]
        if without is not None and pronoun is None:
            # "Everything else works without it.": "it" is the service of the sentence before
            return [c for c in self._claims(tokens[:without] + [subject] + tokens[without + 1:]) if c.start >= 0]
        if pronoun is not None:
            # "For production, it's recommended.": "it" is the service of the sentence before
            return [c for c in self._claims(tokens[:pronoun] + [subject] + tokens[pronoun + 1:]) if c.start >= 0]
        omitted = _OMITTED_FALLBACK_RE.match(text)
        if omitted is not None and not any(t.low in FAILURE_WORDS or t.low in BROKEN_WORDS for t in tokens):
            first = words[0]  # "If omitted, an in-memory fallback is used."
            return [self._claim(first, tokens, "fallback", " ".join(w.text for w in words[:2]))]
        lead = 0
        while lead + 1 < len(words) and words[lead].low in ("status", "verdict", "note", "decision", "priority",
                                                             "type", "presence", "requirement"):
            lead += 1  # "**Verdict:** skip for now", "- Type: Optional"
        verb = words[lead]
        if len(words) >= lead + 2 and verb.low in REQUIRED_HEADERS and words[lead + 1].low in NO_CELLS and (
                len(words) == lead + 2 or tokens[tokens.index(words[lead + 1]) + 1].low in ("(", "—", "–", ",")):
            # "- Required: No" under "### `REDIS_URL`": the field of a reference entry (also "- **Required:**
            # No (optional, but recommended for production)")
            return [self._claim(words[lead + 1], tokens, f"row: {verb.text} = {words[lead + 1].text}")]
        if lead and words[lead].low in OPTIONAL_WORDS | RECOMMEND_WORDS:
            tokens = tokens[tokens.index(words[lead]):]  # "- Type: Optional": the field's value
        if words[0].low in ("it", "this") and len(words) > 1 and (words[1].low in COPULAS or words[1].low == "'s"):
            k = tokens.index(words[0])
            claims = self._claims(tokens[:k] + [subject] + tokens[k + 1:])
        elif verb.low in ("skip", "omit", "drop", "remove") and (lead + 1 == len(words) or words[lead + 1].low in (
                "for", "it", "this", "now", "initially", "unless", "if", "until") or [w.low for w in words[lead + 1:lead + 4]] in (
                ["the", "dependency"], ["this", "dependency"], ["the", "dependency", "entirely"],
                ["the", "dependency", "completely"], ["this", "dependency", "entirely"])):
            # "Skip for now." / "Skip it unless …" / "Drop the dependency entirely": the heading's service is the object
            # "Skip for now." / "Skip it unless …": the heading's service is the object
            k = tokens.index(verb)
            rest = tokens[k + 1:]
            if rest and rest[0].low in ("it", "this"):
                rest = rest[1:]
            if [t.low for t in rest[:2]] in (["the", "dependency"], ["this", "dependency"]) and not (
                    len(rest) > 2 and rest[2].low in ("on", "of", "for", "to")):
                claims = self._claims([verb, rest[0], subject] + rest[1:])  # "Drop the [Redis] dependency"
            else:
                claims = self._claims([verb, subject] + rest)
        else:
            if verb.low in OPTIONAL_WORDS | RECOMMEND_WORDS and len(words) > lead + 1 \
                    and words[lead + 1].kind == "code" and words[lead + 1].start == verb.end + 1:
                return []  # "Optional `requirepass` is out of scope": the hedge is on the name after it
            claims = self._claims(tokens, implicit_subject=[subject])
        return [c for c in claims if c.start >= 0]

    def advises_against(self, text: str) -> bool:
        """A heading that advises against what its section describes ("## Alternative: Disable
        Celery Worker (Not Recommended)"): the same words as a unit's own "(not recommended)"."""
        return _discouraged(self._tokens(text))

    def scoped_out(self, text: str) -> bool:
        """The text limits itself to development or tests ("# Redis is optional for
        development"): a comment right under it shares that scope."""
        tokens = self._tokens(text)
        return self._nonprod(tokens) and any(t.low in _STRONG_NONPROD for t in tokens)

    def requires_in_production(self, text: str, code=()) -> bool:
        """The unit says the service is needed in production: "Enable for production.", "Redis
        is mandatory in production", "Use Redis in production." (not "recommended for
        production", itself a hedge)."""
        low = text.lower()
        if "prod" not in low:
            return False
        tokens = [t for t in self._tokens(text, code) if t.low not in ("*", "**", "_")]
        lows = [t.low for t in tokens]
        at = next((k for k, w in enumerate(lows) if w in ("production", "prod", "produção", "produzione",
                                                           "producción", "produktion")), None)
        if at is None or _negation_before(tokens, at) is not None or any(
                w in RECOMMEND_WORDS or w in OPTIONAL_WORDS or w in ("only", "if", "unless", "when") for w in lows):
            return False  # ("required only if production uses several replicas": a condition)
        colon = next((k for k in range(at + 1, min(len(lows), at + 3)) if lows[k] == ":"), None)
        if colon is not None and any(t.kind == "code" for t in tokens[colon + 1:]) \
                and not any(t.service for t in tokens[colon + 1:]):
            return False  # "Required for production: `SECRET_KEY`, `DATABASE_URL`.": other settings
        if _production_must(tokens, at):
            return True  # "production should always set a real Redis"
        before = lows[max(0, at - 6):at]
        if any(w in ("required", "mandatory", "must", "essential", "necessary", "obligatorio",
                     "obbligatorio", "obrigatório", "obligatoire", "erforderlich") for w in before):
            return True
        first = next((w for w in lows if w not in ("-", "+", ".", ":", "(", ")")), "")
        return first in ("enable", "use", "install", "keep", "run", "turn") and at <= 6

    @staticmethod
    def limits_to_development(text: str) -> bool:
        """"This is a development convenience, not for production.", "Development only.": the
        paragraph describes a development setup."""
        return _DEV_ONLY_RE.search(text) is not None or _DEV_LEAD_RE.match(text) is not None

    def moves_onto(self, text: str) -> bool:
        """The text is a step that moves something onto the service ("Move the sessions to Redis")."""
        return _moves_onto([t for t in self._tokens(text, ()) if t.low not in ("*", "**", "_", "[", "]")])

    def lists_in_stack(self, text: str) -> bool:
        """The text is only a list of component names, the service one of them ("MongoDB Atlas
        M30 + Redis", "Postgres, Redis and S3")."""
        toks = [t for t in self._tokens(text, ()) if t.low not in ("*", "**", "_")]
        names = _name_list(toks)
        return len(names) == len(toks) and any(t.low in ("+", ",", "&", "/", "and") for t in names) \
            and any(t.service for t in names)

    def provisions(self, text: str, code=()) -> bool:
        """The unit is a step that sets the service up: "Start Redis:", "Install redis-server",
        "Redis server must be installed and running", "Requires a Redis instance"."""
        tokens = [t for t in self._tokens(text, code)
                  if t.low not in ("*", "**", "_", "-", "+", "[", "]", "x", "#")]
        mark = next((k for k, t in enumerate(tokens[:4]) if t.low in LABEL_MARKS and not any(
            u.service for u in tokens[:k])), None)
        if mark is not None:
            tokens = tokens[mark + 1:]  # "Terminal 3 — Start Redis", "Step 2: install Redis"
        while tokens and (_step_number(tokens[0].low) or tokens[0].kind == "punct"):
            tokens = tokens[1:]
        if not tokens or not any(t.service for t in tokens[:6]):
            return False
        lows = [t.low for t in tokens]
        if lows[0] in PROVISION_VERBS or lows[0] in ("start", "run", "launch", "requires", "require", "need", "needs"):
            np = [t for t in self._np_after(tokens, 1) if t.kind == "word"]
            if len(np) >= 2 and np[-1].low in PART_NOUNS and np[-1].low not in _SERVICE_HEADS \
                    and any(t.service for t in np[:-1]):
                return False  # "Introducing a new Redis connection pool": a part of it
            if np and np[0].low in ("more", "another", "additional", "extra"):
                return False  # "Add more Redis nodes": scaling the one that runs, not setting it up
            return self._conjuncts_service(self._np_after(tokens, 1)) or self._phrase_is_service(tokens[:4]) \
                or self._role_by_service(tokens, 1 + len(self._np_after(tokens, 1)))

        cop = next((k for k, w in enumerate(lows[:8]) if w in MODALS or w in COPULAS), None)
        if cop is not None and self._conjuncts_service(tokens[:cop]) and _negation_before(
                tokens, min(cop + 3, len(tokens))) is None:
            rest = lows[cop:cop + 6]
            return any(w in ("installed", "running", "started", "available", "reachable") for w in rest)
        return False

    @staticmethod
    def _role_by_service(tokens: list[Tok], k: int) -> bool:
        """After a provision verb's object ending at ``tokens[k]`` (a role of the stack), the
        service that fills the role: "Implement caching layer (Redis)", "Add a session store
        with Redis". Only the service alone in the parenthesis ("caching layer (Redis,
        Memcached)" names candidates) and only a role noun before it ("Deploy the app with
        Redis" sets up the app)."""
        if not 2 <= k < len(tokens) or tokens[k - 1].low not in _ROLE_HEADS and tokens[k - 1].low not in _STACK_ROLES:
            return False
        rest = [t for t in tokens[k:] if t.low not in ("*", "**", "_")]
        if len(rest) >= 3 and rest[0].low == "(" and rest[1].service and rest[2].low == ")":
            return True
        return len(rest) >= 2 and rest[0].low in ("with", "using", "via") and rest[1].service \
            and (len(rest) == 2 or rest[2].kind == "punct")

    def _answer(self, question: list[Tok], answer: list[Tok]) -> list[Claim]:
        """A short question and its answer ("Redis needed? Only if you run Celery.", "Redis?
        Optional.", "Is Redis optional? No."): the answer's claim is about the question's
        subject; a question by itself asserts nothing."""
        if any(t.kind == "punct" and t.low == "?" for t in answer[-2:]):
            return []
        if not any(t.service for t in question):
            if self._nonprod(question) and not {t.low for t in question} & {"production", "prod"}:
                return []  # "**Just testing?** → Use current setup (no Redis needed)": the answer's scope
            return self._claims(answer) if any(t.service for t in answer) else []
        if all(k + 1 < len(question) and question[k + 1].low in PART_NOUNS for k, t in enumerate(question) if t.service):
            return []  # "Q: Do I need Redis Sentinel for HA? A: Recommended …": a part of it is asked about
        qlows = {t.low for t in question}
        if self._nonprod(question) and not qlows & {"production", "prod"}:
            return []  # "**Q: Do I need Redis for development?** A: No, …": the answer keeps the question's scope
        qwords = [t.low for t in question if t.kind != "punct"]
        awords = [t.low for t in answer if t.kind != "punct"]
        if qwords and (qwords[0] in ("no", "without", "skip", "skipping") and len(qwords) <= 3 or qwords[:2] in (
                ["don't", "want"], ["don't", "need"], ["not", "using"], ["prefer", "not"]) and len(qwords) <= 5):
            # "No Redis? No problem.", "Skip Redis? No problem!", "Don't want Redis? No problem.": doing
            # without it is fine
            if awords[:2] in (["no", "problem"], ["no", "worries"], ["not", "a"]) or awords[:1] in (
                    ["fine"], ["ok"], ["okay"]) or (set(awords) & FUNCTIONING_WORDS and not set(awords) & BROKEN_WORDS):
                at = [k for k, t in enumerate(answer) if t.kind != "punct"][:2]
                shown = "".join(t.text if k == at[0] or t.text.startswith("'") else " " + t.text
                                for k, t in enumerate(answer[at[0]:at[-1] + 1], at[0]))  # "No problem", "That's fine"
                return [self._claim(answer[at[0]], answer, "answer", shown)]
            return []
        lead = next((k for k, t in enumerate(answer) if t.low not in ("*", "**", "_")), len(answer))
        if len(answer) > lead + 1 and answer[lead].low == "a" and answer[lead + 1].low == ":":
            answer = answer[lead + 2:]  # "Q: … ? A: Not really", "**Q: …?**\nA: No, …"
            if not any(t.kind != "punct" for t in answer):
                return []
        words = [t for t in answer if t.kind != "punct"]
        works = next((k for k, t in enumerate(words[:4]) if t.low in ("works", "runs", "functions", "continues")), None)
        if works is not None and qwords[-2:-1] == ["without"] and question[-1].service and qlows & {"happens", "happen"} \
                and all(t.low in ("the", "app", "site", "application", "it", "everything", "bot", "service", "server",
                                  "still") for t in words[:works]) \
                and not {t.low for t in words[:12]} & (BROKEN_WORDS | NEGATORS | FAILURE_WORDS) and not self._nonprod(answer):
            # "## What Happens Without Redis?" answered by "✅ **App Still Works:**": it runs without it
            shown = " ".join(t.text for t in words[max(works - 1, 0):works + 1] if t.low == "still" or t is words[works])
            return [self._claim(words[works], answer, "answer", shown)]
        if words and words[0].low in ("no", "nope") and qwords[-2:-1] == ["without"] and question[-1].service \
                and qlows & BROKEN_WORDS and not qlows & (OPTIONAL_WORDS | NECESSITY_ADJ) \
                and not any(w.endswith("n't") for w in qlows) and not self._nonprod(answer) \
                and not qlows & {"test", "tests", "testing", "ci", "dev", "development", "local", "locally"}:
            return [self._claim(words[0], answer, "answer", "no")]  # "Will my app break without Redis? No, …"
        if qlows & NEGATORS or any(w.endswith("n't") for w in qlows):
            return []  # "isn't Redis optional?": the answer's polarity is unclear
        if not words:
            return []  # "| Is Redis optional? | / |": no answer in words
        first = words[0].low
        asks_need = bool(qlows & (NECESSITY_ADJ | {"need", "needs", "require", "requires"}))
        asks_optional = bool(qlows & (OPTIONAL_WORDS | SKIP_VERBS | {"optionally"}))
        if self._nonprod(answer):
            return []  # "Do I need Redis? No - the app works without it for local testing."
        if first in ("no", "nope") or [w.low for w in words[:2]] in (["not", "really"], ["not", "to"], ["not", "for"],
                                                                     ["not", "necessarily"], ["not", "strictly"],
                                                                     ["not", "at"], ["not", "unless"], ["not", "if"]):
            return [self._claim(words[0], answer, "answer", "no")] if asks_need and not asks_optional else []
        if [w.low for w in words[:2]] in (["not", "yet"], ["maybe", "later"], ["not", "now"], ["later", "on"]) \
                or [w.low for w in words[:1]] in (["later"], ["eventually"]):
            # "**Need Redis?**: ❌ Not yet", "Redis? Maybe later (can use PostgreSQL for now)": it can wait
            shown = " ".join(w.text for w in words[:2] if w.low != "on" or words[0].low != "later")
            bare = all(t.service or t.kind == "punct" or t.low in ("*", "**") for t in question)
            return [self._claim(words[0], answer, "answer", shown)] if (asks_need or bare or qlows & {
                "use", "add", "using", "adding"}) and not asks_optional else []
        asks_later = "later" in qlows and bool(qlows & {"add", "enable", "install", "introduce", "set", "switch", "move",
                                                        "migrate", "upgrade"})  # ("Can I switch to Redis later?")
        if first in ("yes", "yep", "yeah", "sure"):
            # ("Is Redis optional? Yes.", "Can I add Redis later? Yes.": it can wait)
            return [self._claim(words[0], answer, "answer", "yes")] if (
                asks_optional or asks_later) and not asks_need else []
        if asks_need and (first in RECOMMEND_WORDS or first in OPTIONAL_WORDS) and (
                len(words) == 1 or answer[answer.index(words[0]) + 1:][:1] and answer[answer.index(words[0]) + 1].kind == "punct"):
            # "Do I need Redis for production? **Recommended** - it improves performance."
            return [self._claim(words[0], answer, "answer", words[0].text)]
        return self._claims(answer, implicit_subject=[t for t in question if t.service])

    def analyse_header_row(self, text: str, cells: list[tuple[int, int]], header: list[str],
                           code=(), struck=()) -> list[Claim]:
        """A row under a header that asks about the service: "| Scenario | Use Redis? |" over
        "| Single small server | No |" says some deployments go without it."""
        tokens = self._tokens(text, code, struck)
        if self._nonprod(tokens) or not header:
            return []
        without = self._without_column(tokens, cells, header)
        if without is not None:
            return [without]
        if set(_WORDS_RE.findall(header[0].lower())) & _PART_ROW_HEADERS:
            return []  # ("| Component | Redis required? |" … "| Web | no |": a part, not the deployment)
        found = []
        for h, title in enumerate(header):
            if h == 0 or h >= len(cells) or not self.mentions(title):
                continue
            words = set(_WORDS_RE.findall(title.lower()))
            asks_need = "?" in title and bool(words & {"use", "need", "needs", "needed", "required", "require",
                                                      "requires", "necessary", "add"}) or bool(
                words & {"required", "needed", "necessary", "mandatory"}) or "?" in title and not (
                words - set(self._name_lows))  # ("| Deploy | Redis? | Why |": does the deploy have it)
            asks_optional = bool(words & OPTIONAL_WORDS)
            a, b = cells[h]
            cell = [t for t in tokens if a <= t.start < b]
            lows = " ".join(t.low for t in cell if t.kind != "punct" or t.low in NO_CELLS | YES_CELLS).strip()
            first = lows.split()[0] if lows else ""
            if cell and (asks_need and first in NO_CELLS or asks_optional and first in YES_CELLS) and all(
                    len(t.text) < 40 for t in cell):
                found.append(self._claim(cell[0], tokens, "header-question", text[a:b].strip()))
        for a, b in cells[:1]:
            if {t.low for t in tokens if a <= t.start < b and t.kind == "word"} & {
                    "dev", "development", "local", "test", "tests", "testing", "ci"}:
                return []
        return found

    def _remedy_cell(self, cells: list[list[Tok]]) -> Claim | None:
        """A troubleshooting row whose symptom is slowness and whose remedy takes the service on:
        "| Slow responses | Enable Redis caching |". It is off until then. (Not "| Slow responses
        | Restart Redis |", a step on it, nor "| Slow | Add Redis memory |", a part of it.)"""
        for cell in cells:
            words = [t for t in cell if t.kind != "punct" and t.low not in ("*", "**", "_")]
            if len(words) < 2 or words[0].low not in ("enable", "add", "use", "install", "introduce") \
                    or not words[1].service or len(words) > 2 and words[2].low in PART_NOUNS \
                    and words[2].low not in _SERVICE_HEADS and words[2].low not in ("caching", "cache"):
                continue
            if self._nonprod(cell) or _negation_before(cell, cell.index(words[0])) is not None:
                return None
            return self._claim(words[0], cell, "use-when", " ".join(t.text for t in words[:3]))
        return None

    def _other_variable_unset(self, cell: list[Tok], subject: list[Tok]) -> bool:
        """"| `REDIS_HOST` | Only when `REDIS_URL` is not used |": the row's variable is needed only
        when another variable of the service is not set; which way to point at it, not whether."""
        named = {t.low.strip("` ") for t in subject if t.kind == "code" or "_" in t.low}
        if not any(self.names.locates(n) for n in named):
            return False
        for k, t in enumerate(cell):
            word = t.low.strip("` ")
            if word not in named and "_" in word and self.names.locates(word) and any(
                    u.low in _EMPTY_WORDS or u.low in ("not", "isn't", "missing", "absent") for u in cell[k + 1:k + 4]):
                return True
        return False

    def analyse_options_row(self, text: str, cells: list[tuple[int, int]], header: list[str],
                            code=(), struck=()) -> list[Claim]:
        """A row whose "Options" column lists the service beside a stand-in: "| `CACHE_DRIVER` |
        Cache backend | `file` | `file`, `database`, `redis` |" offers it as one choice of several
        (not "| `REDIS_CLIENT` | … | `phpredis`, `predis` |", two clients of it, nor a row whose
        default is the service, nor a development row)."""
        col = next((h for h, title in enumerate(header) if title.strip(" *_`:").lower() in OPTIONS_TITLES), None)
        if not col or col >= len(cells):
            return []
        a, b = cells[col]
        items = [item.strip(" *_`'\"") for item in re.split(r"[,/|]|\bor\b", text[a:b])]
        if not any(item.lower() in ALT_BACKENDS or item.lower() in _NO_BACKEND for item in items):
            return []
        default = next((h for h, title in enumerate(header) if is_default_title(title)), None)
        if default is not None and default < len(cells) and self.names.pattern.fullmatch(
                text[cells[default][0]:cells[default][1]].strip(" `*_\"'")):
            return []  # (as in ``analyse_row``: "| `CACHE_DRIVER` | `redis` | … |", the default is the service)
        tokens = self._tokens(text, code, struck)
        named = next((t for t in tokens if a <= t.start < b and t.service
                      and t.low.strip("`'\"") in self.names.code_names), None)
        if named is None or self._nonprod(tokens):
            return []
        return [self._claim(named, tokens, "options-column", text[a:b].strip(" *_"))]

    def analyse_switch_default_row(self, text: str, cells: list[tuple[int, int]], header: list[str],
                                   code=(), struck=()) -> list[Claim]:
        """A row that gives the service's own switch and, under a "Default" column, an off value:
        "| `ENABLE_REDIS` | `false` | Enable/disable Redis connection |": the service is off until
        someone turns it on (not "| `DISABLE_REDIS` | `false` |", which leaves it on; not a
        development row)."""
        col = next((h for h, title in enumerate(header) if is_default_title(title)), None)
        if not col or col >= len(cells) or not cells:
            return []
        a, b = cells[0]
        name = text[a:b].strip(" *_`").lower()
        bare = name in ("enabled", "enable", "isenabled", "is_enabled")  # "| `Enabled` | bool | false | Whether Redis … |"
        # "| INVENTREE_CACHE_ENABLED | … | Enable redis caching | False |": a switch under another name,
        # whose description says it turns the service on
        generic = not bare and not any(n in name for n in self._switch_stems) and not {
            "enable", "enabled", "use"}.isdisjoint(re.split(r"[_:.]+", name))  # (not `redis.enabled`: the chart's own copy)
        # "| `AUTHLY_REDIS_CACHE` | `false` | Enable Redis caching |": a feature's switch named for
        # the service, whose description says it turns the service on for that feature
        generic = generic or not bare and "." not in name and any(n in name for n in self._switch_stems) \
            and not self._names_switch(name)
        if not name or " " in name or "=" in name or not (bare or generic or self._names_switch(name)) \
                or _off_switch_name(name):
            return []  # (also "| `WP_REDIS_DISABLED` | `false` |": off by default is on)
        if not {w for n in self._switch_stems if n in name for w in re.split(r"[_:]+", name.split(n, 1)[1])}.isdisjoint(
                PART_NOUNS - {"config", "configuration", "settings", "setting"}):
            return []  # "| ENABLE_REDIS_TLS_CONFIG | false |": a part of it is off by default (TLS)
        a, b = cells[col]
        if text[a:b].strip(" *_`'\"").lower() not in ("false", "0", "off", "no", "disabled"):
            return []
        tokens = self._tokens(text, code, struck)
        if self._nonprod(tokens):
            return []
        if bare:  # the row's description says what it switches on: the service as a whole
            named = next((k for k, t in enumerate(tokens) if t.service and t.start >= cells[1][0]), None)
            if named is None or named + 1 < len(tokens) and tokens[named + 1].low in PART_NOUNS \
                    or {t.low for t in tokens}.isdisjoint(("whether", "enable", "enables", "enabled")):
                return []
        if generic:
            said = next(([t for t in tokens if c <= t.start < d and t.kind == "word"][:3] for c, d in cells[1:]
                         if (c, d) != (a, b) and text[c:d].strip(" *_").lower().startswith(("enable", "use"))), [])
            if not said or said[0].low not in ("enable", "enables", "use", "uses") or not any(t.service for t in said[1:]) \
                    or said[-1].low in PART_NOUNS:
                return []  # (not "| `CACHE_ENABLED` | Cache pages | false |", nor "Enable Redis TLS")
        value = next((t for t in tokens if a <= t.start < b and t.kind != "punct"), None)
        if value is None:
            return []
        return [self._claim(value, tokens, "switch-default-off", "default " + text[a:b].strip(" *_"))]

    def analyse_name_column(self, text: str, cells: list[tuple[int, int]], header: list[str],
                            code=(), struck=()) -> list[Claim]:
        """A column headed by the service's name alone, whose cell in this row is a bare hedge:
        "| Users | Instances | Redis |" over "| 500 | 1 | Optional |" (not a development row:
        "| Dev | Optional |")."""
        tokens = self._tokens(text, code, struck)
        if self._nonprod(tokens) or not cells or set(_WORDS_RE.findall(header[0].lower())) & _PART_ROW_HEADERS:
            return []  # (nor "| Feature | Redis |" over "| Persistence | optional |": a part of it)
        first = set(_WORDS_RE.findall(text[cells[0][0]:cells[0][1]].lower()))
        if first & (PART_NOUNS | {"dev", "development", "local", "test", "tests", "testing", "ci", "staging"}):
            return []  # ("| Dev | Optional |")
        for h, title in enumerate(header):
            if h == 0 or h >= len(cells) or not self.names_alone(title):
                continue
            a, b = cells[h]
            value = text[a:b].strip(" *_`").lower()
            if value in _BARE_CELL_HEDGES:
                start = a + text[a:b].lower().index(value)
                return [Claim(start, start + len(value), text[start:start + len(value)], self.names.label,
                              "name-column")]
        return []

    def names_alone(self, title: str) -> bool:
        """A header cell that is only the service's name ("Redis", "**Redis**", "redis-server")."""
        return title.strip(" *_`").lower() in self._name_lows

    def analyse_alternative_header(self, text: str, cells: list[tuple[int, int]]) -> list[Claim]:
        """A header that compares a stand-in with the service, feature by feature: "| Feature |
        Memory Cache | Redis |", "| Aspect | Local Memory | Redis |": the two are choices, the
        stand-in first. (Not "| Feature | PostgreSQL | Redis |", two parts of one stack, nor a
        measurement: "| Metric | Memory | Redis |".)"""
        titles = [_WORDS_RE.findall(text[a:b].lower()) for a, b in cells]
        if len(titles) < 3 or titles[0][:1] not in ([w] for w in _FEATURE_TITLES):
            return []
        stand_in = next((k for k, words in enumerate(titles) if k and words and (
            set(words) <= _STAND_IN_TITLE_WORDS and not set(words) <= _COLUMN_NOISE
            or len(words) >= 2 and words[-1] == "only" and set(words[:-1]) <= _STAND_IN_TITLE_WORDS | _DATABASE_TITLES)),
            None)  # (also "| Feature | SQL Only | With Redis |": the database alone, then it added)
        if stand_in is None:
            return []
        for k in range(stand_in + 1, len(titles)):
            a, b = cells[k]
            words = titles[k][1:] if titles[k][:1] == ["with"] else titles[k]
            if words and self.mentions(text[a:b]) and set(words) <= set(self._name_lows) | _COLUMN_NOISE:
                at = a + len(text[a:b]) - len(text[a:b].lstrip(" *_`"))
                title = text[a:b].strip(" *_`")
                start = text.find(title, at)
                first = text[cells[stand_in][0]:cells[stand_in][1]].strip(" *_`")
                return [Claim(start, start + len(title), f"{first} vs {title}", self.names.label, "alternative-column")]
        return []

    def analyse_comparison_header(self, text: str, cells: list[tuple[int, int]]) -> list[Claim]:
        """A table header that sets the app without the service first and with it after:
        "| Feature | Without Redis | With Redis |" makes going without it the baseline and the
        service an addition. (Not "| Feature | With Redis | Without Redis |", which weighs what is
        lost, nor "| Metric | Without Redis | With Redis |", a measurement.)"""
        titles = [_WORDS_RE.findall(text[a:b].lower()) for a, b in cells]
        if len(titles) < 3 or not titles[0] or titles[0][0] in _MEASURE_HEADERS:
            return []
        named = [len(words) <= 3 and self.mentions(text[a:b]) for words, (a, b) in zip(titles, cells)]
        without = next((k for k, words in enumerate(titles) if k and named[k] and (
            words[:1] in (["without"], ["no"]) or words[-1:] in (["disabled"], ["off"]))), None)
        if without is None or not any(named[k] and (words[:1] == ["with"] or words[-1:] in (["enabled"], ["on"]))
                                      for k, words in enumerate(titles[without + 1:], without + 1)):
            return []
        a, b = cells[without]
        cell = text[a:b]
        word = titles[without][0] if titles[without][0] in ("without", "no") else titles[without][-1]
        at = next((m.start() for m in re.finditer(re.escape(word), cell, re.IGNORECASE)
                   if m.start() == 0 or not cell[m.start() - 1].isalnum()), None)
        if at is None:
            return []
        start = a + at
        if word in ("without", "no"):
            end = next(k for k in range(start, b + 1) if k == b or text[k] in "|*_")
            wording = text[start:end].rstrip()
        else:
            wording = cell.strip(" *_")
        return [Claim(start, start + len(word), wording, self.names.label, "without-column")]

    def _without_column(self, tokens: list[Tok], cells, header: list[str]) -> Claim | None:
        """"| Feature | Without Redis |" over "| Rate limiting | Counted per process |": each row
        says how the app runs without the service (not when the cell says it fails, nor in a
        table that weighs the loss: "| Operation | With Redis | Without Redis | Degradation |",
        "| Feature | With Redis | Without Redis |")."""
        if any(set(_WORDS_RE.findall(title.lower())) & {"degradation", "impact", "risk", "loss", "outage", "severity"}
               or _WORDS_RE.findall(title.lower())[:1] == ["with"] and self.mentions(title) for title in header):
            return None  # (nor one that sets each row side by side: "| Feature | With Redis | Without Redis |")
        for h, title in enumerate(header):
            if h == 0 or h >= len(cells):
                continue
            words = _WORDS_RE.findall(title.lower())
            if words[:1] in (["behaviour"], ["behavior"], ["fallback"], ["mode"]):
                words = words[1:]  # "| Behaviour without Redis |"
            if words[:1] not in (["without"], ["no"]) or len(words) > 3 or not self.mentions(title):
                continue
            a, b = cells[h]
            cell = [t for t in tokens if a <= t.start < b and t.kind != "punct"]
            lows = {t.low for t in cell[:4]}  # (what the cell says first: "Fails with 503", not "a failed …")
            if not cell or lows & (_TROUBLE_WORDS | BROKEN_WORDS | {"503", "500", "down", "unavailable", "n/a",
                                                                   "-", "none", "requires", "required", "needs"}) \
                    or [t.low for t in cell[:2]] == ["no", "fallback"]:
                return None
            return self._claim(cell[0], tokens, "without-column", f"{title.strip()}: {cell[0].text}")
        return None

    def analyse_row(self, text: str, cells: list[tuple[int, int]], header: list[str],
                    code=(), struck=()) -> list[Claim]:
        """A table row: cells are related, so ``| Redis | optional |`` is a claim."""
        header_lows = list(_header_lows(tuple(header)))
        if any(h in ("why not", "rejected because", "why rejected", "reason rejected", "why cut", "why dropped",
                     "why removed", "cut because") for h in header_lows):
            return []  # a table of alternatives that were turned down
        if any(_OUTAGE_HEADER_RE.search(h) and self.mentions(h) for h in header_lows):
            return []  # "| Component | With Redis | When Redis down |": what an outage does, row by row
        if any(h in ("test", "tests", "test case", "scenario", "check") for h in header_lows) and any(
                h.startswith("expected") for h in header_lows):
            return []  # "| ID | Test | Expected |": a test plan's cases, each a situation to try
        tokens = self._tokens(text, code, struck)
        if self._nonprod([t for t in tokens if t.low not in ("compose", "docker-compose")]):
            return []  # ("| Dev (local) | … | no Redis needed |": the row is out of scope)
        if not any(t.service for t in tokens):
            # "| `REDIS_ENABLED` | `false` |", "| `REDIS_ENABLED` | `true` | Set to `false` to bypass … |"
            return self.off_switch_described(text[cells[0][0]:cells[0][1]], text) if cells else []
        for a, b in cells:
            cell = [t.low for t in tokens if a <= t.start < b and t.kind == "word"]
            if cell and set(cell) <= _DEV_COLUMNS:
                return []  # a row about the development or test setup
        per_cell = [[t for t in tokens if a <= t.start < b or (a == b == t.start)] for a, b in cells]
        if len(per_cell) >= 2 and not {t.low for t in per_cell[0]}.isdisjoint(_SLOW_SYMPTOMS):
            remedy = self._remedy_cell(per_cell[1:])
            if remedy is not None:
                return [remedy]
        asked = next((k for k, toks in enumerate(per_cell[:-1]) if toks and toks[-1].low == "?"
                      and any(t.service for t in toks)), None)
        if asked is not None and per_cell[asked + 1]:
            why = next((k for k, t in enumerate(per_cell[asked][:4]) if t.low == "why"), None)
            claim = self._why_not(per_cell[asked], why) if why is not None else None
            if claim is not None:
                return [claim]  # "| Why not Redis for cache? | We use an in-memory cache … |"
            # "| Redis required? | No — optional in deployment |": the next cell answers the question
            return _dedupe(self._answer(per_cell[asked][:-1], per_cell[asked + 1]))
        subject = None
        for index, toks in enumerate(per_cell):
            words = " ".join(t.low for t in toks if t.kind != "punct").strip()
            if not words or _hedge_cell(words) or words in CATEGORY_CELLS:
                continue
            if words.rstrip("?:") in YES_CELLS | NO_CELLS:
                continue
            subject = index
            break
        if subject == 0 and header_lows[:1] and header_lows[0].strip("*_` ") in _PROVIDER_TITLES \
                and any(t.service for t in per_cell[0]):
            return []  # "| Provider | Free Tier | When to Use |" over "| Railway Redis | … | High traffic |": which
            # provider of it, each row a way to run it
        found: list[Claim] = []
        subject_np: list[Tok] = []
        for tok in per_cell[subject] if subject is not None else ():
            if tok.low in ("(", ",", ";", ":", "—", "–"):
                break
            subject_np.append(tok)
        subject_is_service = bool(subject_np) and self._conjuncts_service(subject_np)
        if not subject_is_service and subject is not None and 1 <= len(
                [t for t in subject_np if t.kind == "word"]) <= 2 and all(
                t.kind == "punct" or t.low in _ROLE_WORDS or t.low in FEATURE_NOUNS for t in subject_np):
            inner = [t for t in per_cell[subject][len(subject_np):] if t.low not in ("*", "**", "_")]
            if len(inner) == 3 and inner[0].low == "(" and inner[1].service and inner[2].low == ")":
                subject_is_service = True  # "| **Cache** (Redis) | Not needed yet |": the role, then which service
        for index, toks in enumerate(per_cell):
            if not toks:
                continue
            if index == subject:
                found.extend(self._claims(toks))
                continue
            if not subject_is_service and any(t.service for t in toks) and len(toks) > 2:
                lead = [t for t in toks if t.low not in ("*", "**", "_")]
                if subject is not None and len(lead) > 1 and (lead[0].low in OPTIONAL_WORDS or lead[0].low in (
                        RECOMMEND_WORDS)) and lead[1].low in ("—", "–", "-", ":", ",", ";"):
                    continue  # "| Docker | Optional — for production verification (Postgres / Redis) |": Docker is
                if subject is not None and not toks[0].text.isascii() and any(
                        w in "".join(t.text for t in toks) or w in " ".join(t.text for t in toks)
                        for w in _CJK_CASE_REQUIRED):  # (Korean puts a space before "필수": "경우 필수입니다")
                    continue  # "| `cache-backend-redis-db` | … Redisを使用する場合は必須です |" (required when you
                    # use Redis): what is then required is the row's setting, as "Required if you use Redis"
                # a cell that is a phrase about the service: "rate limit (Bucket4j, optional Redis)"
                found.extend(self._claims(toks))
                continue
            words = " ".join(t.low for t in toks if t.kind != "punct").strip() or " ".join(t.low for t in toks)
            head = header[index].strip().lower().rstrip("?:* ") if index < len(header) else ""
            if head.split()[:1] and head.split()[0] in ("level", "skill", "skills", "proficiency",
                                                         "experience", "familiarity", "knowledge"):
                continue  # "| Redis | Recommended |" under "Level": a skill level, not the service
            if head and set(head.replace("(", " ").replace(")", " ").split()) <= _DEV_COLUMNS:
                continue  # "| Redis | optional | required |" under "| | Development | Production |"
            if index in _feature_columns(tuple(header)):
                continue  # "| Redis | optional |" under "Backup?" or "要不要备份": the column's feature is
            if head in PROVIDER_WORDS:
                continue  # "| **Redis** | Add-on service | Separate service |" under "| Feature | Railway | Render |":
                # how a platform offers it
            if subject_is_service:
                lead = next((k for k, t in enumerate(toks) if t.kind != "punct"), 0)
                if _hedge_cell(words) and toks[lead].kind in ("word",) and all(
                        not t.low.isascii() or t.low in ("(", "*", "**", "_") for t in toks[:lead]):
                    # ("⚠️ Optional", "(optional)", "*Optional*")
                    if not (toks[lead].low in NEGATORS or "not" in words.split()[:3]) \
                            and not self._other_variable_unset(toks, per_cell[subject]):
                        found.append(self._claim(toks[lead], toks[lead:], "row", _cell_wording(toks[lead:])))
                        continue
                if head in ("use when", "when to use", "use it when", "use if", "choose when", "pick when", "best for") \
                        and toks[0].kind == "word" and words.split()[0] not in (
                            "always", "production", "prod", "every", "all", "default", "any", "n/a") \
                        and not {"production", "prod"} & set(words.split()) \
                        and (head != "best for" or _SITUATION_WORDS & set(words.split())
                             or any(w.startswith("multi") for w in words.split())):
                    # ("Most production apps"; under "Best for", a situation, not what it does best:
                    # "| Redis | ✅ | Fast in-memory caching, sessions |")
                    # "| Redis | Yes | Redis server | High volume / already on Redis |" under "Use when"
                    found.append(self._claim(toks[0], toks, "use-when", f"{header[index].strip()}: " + " ".join(
                        t.text for t in toks[:8] if t.kind != "punct" or t.low == "/")))
                    continue
                if head in REQUIRED_HEADERS and (words in NO_CELLS or len(toks) == 1 and toks[0].text.lower() in NO_CELLS
                                                 or toks[0].text.lower() in NO_CELLS and len(toks) > 2 and toks[
                        1].low in ("(", "—", "–", "-", ",", ":", ";")):  # ("| Tidak (untuk single instance …) |")
                    found.append(self._claim(toks[0], toks[:1], f"row: {header[index]} = {toks[0].text}"))
                    continue
                if head in OPTIONAL_HEADERS and words in YES_CELLS:
                    found.append(self._claim(toks[0], toks[:1], f"row: {header[index]} = {toks[0].text}"))
                    continue
                bare = [t for t in toks if t.kind != "punct" and t.low != "only"]
                if head in REQUIRED_HEADERS and len(bare) == 2 and bare[0].low in ("if", "when") and bare[1].service:
                    # "| `REDIS_URL` | If Redis | Connection URL |" under "Required": needed only if it is used
                    found.append(self._claim(bare[0], toks, "row: required if", f"{header[index].strip()}: " + " ".join(
                        t.text for t in toks if t.kind != "punct")))
                    continue
                if head in REQUIRED_HEADERS and _required_for_feature(words, self._name_lows):
                    # "| `REDIS_URL` | For multi-replica | — | … |" under "Required": needed only for that
                    cell = " ".join(t.text for t in toks if t.kind != "punct")
                    found.append(self._claim(toks[0], toks, "row: required for", f"{header[index].strip()}: {cell}"))
                    continue
                if head in ("required for", "needed for", "used for", "required by", "needed by") and len(toks) >= 4 \
                        and [t.low for t in toks[-3:]][::2] == ["(", ")"] and toks[-2].low in OPTIONAL_WORDS \
                        and not any(t.service for t in toks):
                    # "| Redis | 7.x | Notifications (optional) |" under "Required For": what needs it is optional
                    found.append(self._claim(toks[-2], toks, "row", toks[-2].text))
                    continue
                scale_note = _scale_note(toks)
                if scale_note is not None and not any(
                        t.low in PART_NOUNS and t.low not in FEATURE_NOUNS and t.low not in _ROLE_WORDS
                        and t.low not in ("session", "sessions", "state") for t in toks[:toks.index(scale_note)]):
                    # "| Redis | 7+ | Session storage (multi-instance) |": its role, only at scale
                    found.append(self._claim(scale_note, toks, "scale-condition", scale_note.text))
                    continue
                if _version_with_optional(toks):
                    # "| **Redis** | `v7.x` or higher *(optional)* |": a version cannot be optional, the service is
                    hedge = toks[next(k for k, t in enumerate(toks) if t.low == "(") + 1]
                    found.append(self._claim(hedge, toks, "row", f"({hedge.text})"))
                    continue
                named = [t for t in subject_np if t.low != "/"]  # ("`CELERY_BROKER_URL` / `CACHE_REDIS_URL`")
                role = _role_with_paren_hedge(toks, 1 <= len(named) <= 3 and all(t.kind == "code" for t in named) and any(
                    self.names.locates(t.low.strip("` ")) for t in named))
                if role is not None:
                    # "| Redis Cloud | In-memory caching layer (optional) |": its role, hedged
                    inner = " ".join(t.text for t in toks[toks.index(role):-1] if t.kind != "punct")
                    found.append(self._claim(role, toks, "row", f"({inner})"))
                    continue
            if subject is not None and self._other_variable_unset(toks, per_cell[subject]):
                continue  # "| `REDIS_HOST` | … | Only when `REDIS_URL` is not set |": which variable points at it
            # the cell as a sentence of its own; a subjectless cell inherits the row's subject
            cell_tokens = toks
            if len(toks) > 3 and toks[0].low == "(" and toks[-1].low == ")" and not any(
                    t.low in ("(", ")") for t in toks[1:-1]):
                cell_tokens = toks[1:-1]  # "| `REDIS_HOST` | *(leave empty - Redis not required)* |": a note, all of it
            implicit = per_cell[subject] if subject_is_service else None
            found.extend(self._claims(cell_tokens, implicit_subject=implicit))
        if not found and subject_is_service:
            found.extend(self._cell_continuations(text, cells, code, subject))
        if not found and not subject_is_service and not any(
                t.low in ("tcp", "udp", "port", "ports") or t.low.isdigit() for t in tokens):
            # "| Hot memory | Redis | recommended |": the service is a value in another column
            # (not a port table: "| TCP | 6379 | Redis | Optional |" makes the port optional)
            named = [k for k, toks in enumerate(per_cell) if toks and all(
                t.service or t.kind == "punct" for t in toks) and any(t.service for t in toks)]
            listed = named or [k for k, toks in enumerate(per_cell) if toks and any(t.service for t in toks) and len(
                [t for t in toks if t.kind == "word"]) <= 4 and all(
                t.service or t.kind == "punct" or t.low in ("and", "or") or t.text[:1].isupper() for t in toks)]
            role = _role_with_paren_hedge(per_cell[subject], True) if listed and subject is not None \
                and subject not in listed else None
            if role is not None:
                # "| Cache (optional) | Redis |": the capability is optional, and the service is what gives it
                found.append(self._claim(role, per_cell[subject], "row", f"({role.text})"))
            for index, toks in enumerate(per_cell if role is None else ()):
                words = " ".join(t.low for t in toks if t.kind != "punct").strip()
                head = header[index].strip().lower().rstrip("?:* ") if index < len(header) else ""
                if named and index not in named and toks and toks[0].kind == "word" and _hedge_cell(words) \
                        and head in ("recommendation", "recommended", "status", "notes", "note", "optional",
                                     "required", "requirement", "necessity", "needed"):
                    found.append(self._claim(toks[0], toks, "row", _cell_wording(toks)))
                    break
        if not found:
            found.extend(self._selector_default(text, cells, header_lows, tokens))
        if not found and cells:
            found.extend(self.off_switch_described(text[cells[0][0]:cells[0][1]], text))
        if not found and len(cells) >= 2:
            found.extend(self._unset_row(text, cells, tokens))
        if not found and any(w in text.lower() for w in ("to disable", "blank", "empty")):
            emptied = self._emptied_to_disable(tokens, text)
            if emptied is not None:
                found.append(emptied)
        if not found and "default" in header_lows and cells and self.names.locates(
                text[cells[0][0]:cells[0][1]].strip(" `*")) and not any(
                k < len(cells) and h in REQUIRED_HEADERS and text[cells[k][0]:cells[k][1]].strip(" `*_").lower()
                in YES_CELLS for k, h in enumerate(header_lows)):  # (not a row marked required)
            # "| `REDIS_URL` | … | — (in-process fallback) |", "| `REDIS_URL` | `""` (disabled) |": unset,
            # the app runs on a fallback or without it
            at = header_lows.index("default")
            cell = [t for t in tokens if at < len(cells) and cells[at][0] <= t.start < cells[at][1]]
            lows = {t.low for t in cell}
            fallback = next((t for t in cell if t.low in ("fallback", "in-process", "in-memory", "disabled")), None)
            if fallback is None and cell and [t.low.strip("`") for t in cell if t.kind != "punct"] in (
                    ["empty"], ["unset"], ["none"], ['""'], ["''"], []):
                # "| `REDIS_URL` | empty | Queues need Redis; without it, tasks run inline |": unset, it runs on
                rest = [t.low for t in tokens if t not in cell]
                if any(a == "without" and b == "it" for a, b in zip(rest, rest[1:])) or {
                        "fallback", "falls", "in-memory", "in-process", "inline"} & set(rest) or (
                        {"enables", "activates"} & set(rest) and (any(a in ("when", "if", "once") and b in (
                            "set", "configured", "provided", "given") for a, b in zip(rest, rest[1:]))
                            or not {"required", "requires", "mandatory", "must"} & set(rest))):
                    # (or "| `REDIS_URL` | `""` | … enables caching when set |", "| `REDIS_URL` | Empty |
                    # Enables Redis-backed caching |": off by default)
                    fallback = cell[0]
            if fallback is not None and not lows & (FAILURE_WORDS | BROKEN_WORDS) and not {t.low for t in tokens} & {
                    "unavailable", "unreachable", "down", "outage", "failure"}:
                found.append(self._claim(fallback, tokens, "fallback-default",
                                         " ".join(t.text for t in cell if t.kind == "word") or "default: " + " ".join(
                                             t.text for t in cell if t.kind != "punct")))
        if not found and not _EMPTY_WORDS.isdisjoint(t.low for t in tokens):
            # "| Redis URL | _(leer)_ | `SUBLARR_REDIS_URL` | … Leer = In-Memory-Fallback |": the variable in one
            # cell, what leaving it empty means in another
            found = self._empty_is_fallback(tokens, [t.low for t in tokens])
        if not found and any(t.low in ("disable", "disables") for t in tokens):
            found = self._enable_or_disable(tokens)  # "| WITH_REDIS | enables or disables redis (default: true) |"
        if not found and any(ABSENT_HEADER_RE.fullmatch(h) for h in header_lows):
            found = self._absent_column(tokens, per_cell, header_lows)
        if found and len({t.low.strip("` ") for t in tokens if t.kind == "code" and self.names.locates(
                t.low.strip("` "))}) >= 2 and (any(w in text.lower() for w in (
                "only if", "alternative", "instead of", "ignored", "overrides", "takes precedence", "if not set",
                "checked if", "checked when", "read if", "read when")) or any(
                    _inherits_variable(self.names, [t for t in tokens if a <= t.start < b]) for a, b in cells[1:])
                or "falls back to" in text.lower() and all(
                c.how in ("fallback-default", "if-variable") for c in found)):
            return []  # "| `REDIS_HOST` | no | used only if `REDIS_URL` is not set |": one of two ways to point at it
            # (or "| `SESSION_REDIS_URL` | … | Uses `REDIS_URL` | Optional |": it inherits the other one)
        if found and _LEGACY_RE.search(text):
            return []  # "| `REDIS_URL` | Não | Legado (compatibilidade) |": a variable kept for old setups
        if found and all(c.how == "alternative" for c in found) and "default" in header_lows:
            at = header_lows.index("default")
            if at < len(cells) and self.names.pattern.fullmatch(text[cells[at][0]:cells[at][1]].strip(" `*_\"'")):
                return []  # "| `QUEUE_CONNECTION` | `redis` | Queue driver: `redis` or `database` |": it is the default
        if found and _OVERRIDES_PARTS_RE.search(text):
            return []  # "| `REDIS_URL` | No | Takes precedence over individual settings |": the other way is its parts
        if found and all(c.how in ("switchable", "switch") for c in found) and "default" in header_lows:
            at = header_lows.index("default")
            if at < len(cells) and text[cells[at][0]:cells[at][1]].strip(" `*_\"'").lower() in (
                    "true", "1", "on", "yes", "enabled"):
                return []  # "| `REDIS_ENABLED` | `true` | Enable/disable Redis |": a switch that is on by default
        if found and all(c.how == "without" for c in found) and not {t.low for t in tokens}.isdisjoint(
                ("down", "unavailable", "unreachable", "outage", "fails", "failure")):
            return []  # "| In-process fallback when Redis is down | … functional without Redis |": an outage
        if found and all(c.how == "no-service" for c in found) and not {t.low for t in tokens}.isdisjoint(
                FAILURE_WORDS | BROKEN_WORDS | {"refused", "refuses", "throws", "rejects", "silently"}):
            return []  # "| no `REDIS_URL` | a second instance silently drops messages |": what goes wrong
        if found and any(self.requires_in_production(text[a:b]) for a, b in cells):
            return []  # "| Redis is optional today | Redis mandatory in production |": the target is required
        if found and cells and all(c.how in ("if-you-use", "if-service-used", "paren-condition", "foreign-condition")
                                   for c in found) \
                and self._part_setting(text[cells[0][0]:cells[0][1]].strip(" `*")):
            return []  # "| `REDIS_PORT` | Redis port | `6379` | If using Redis |": when that setting is read
        conditioned = any(c.wording.split()[:1] and c.wording.split()[0].lower() in ("when", "if", "unless")
                          and "=" in c.wording for c in found)  # "| `REDIS_URL` | when `USE_REDIS=true` | … |"
        if conditioned:
            pass  # a switch decides whether it is used at all, whatever its default address
        elif found and "default" in header_lows and not all(c.how == "leave-blank" for c in found):
            # (a default address makes the variable optional to set; "set empty to disable" still turns it off)
            at = header_lows.index("default")
            if at < len(cells) and self._variable_with_default(tokens, text, text[cells[at][0]:cells[at][1]] or "-"):
                return []
        elif found and ("efault" in text or any(w in text for w in _CJK_DEFAULT_WORDS)) \
                and self._variable_with_default(tokens, text):
            return []  # "| `REDIS_URL` | No | Celery broker (defaults to `redis://localhost:6379/0`) |",
            # "| `OPS_REDIS_URL` | 可选 | 默认 `redis://localhost:6379/0` |"
        if not found and ("weglass" in text or "verzicht" in text):
            forgo = self._german_forgo(tokens)  # "| Redis weglassen (In-Memory Rate Limiting) | -30 EUR/Monat |"
            return [forgo] if forgo is not None else []
        return _dedupe(found)

    def _part_setting(self, name: str) -> bool:
        """``REDIS_PORT``, ``REDIS_PASSWORD``, ``redis.db``: a variable named for the service
        that sets one part of it and does not locate it (not ``REDIS_URL`` nor ``REDIS_HOST``)."""
        if not re.fullmatch(r"[A-Za-z][\w.-]*[_.][\w.-]*", name) or self.names.locates(name):
            return False
        low = name.lower()
        return low not in self.names.code_names and self.names.pattern.search(name.replace("_", " ").replace(
            ".", " ")) is not None

    def _cell_continuations(self, text: str, cells, code, subject: int | None) -> list[Claim]:
        """A later sentence of a cell that goes on about the row's service without naming it:
        "| `REDIS_URL` | Redis URL. Without it, the app uses an in-memory cache. |" reads as the
        paragraph "Redis URL. Without it, …" does (see ``analyse_continuation``)."""
        from .model import split_sentences

        found: list[Claim] = []
        for index, (a, b) in enumerate(cells):
            if index == subject or b - a < 12:
                continue
            inner = [(x - a, y - a) for x, y in code if a <= x and y <= b]
            for start, end in split_sentences(text[a:b], inner)[1:]:
                sentence = text[a + start:a + end]
                lead = len(sentence) - len(sentence.lstrip())
                if not continuation_cue(sentence) or self.mentions(sentence):
                    continue
                shift = a + start + lead
                sentence_code = [(x - start - lead, y - start - lead) for x, y in inner if start <= x and y <= end]
                claims = self.analyse_continuation(sentence.strip(), sentence_code)
                if claims and subject is not None and self._other_locator_instead(
                        self._tokens(sentence.strip(), sentence_code), claims,
                        self._tokens(text[cells[subject][0]:cells[subject][1]].strip(), ())):
                    continue  # "| `REDIS_HOST` | … Not needed when `REDIS_SENTINEL_HOSTS` is set |": which setting
                found.extend(Claim(c.start + shift, c.end + shift, c.wording, c.service, c.how) for c in claims)
        return found

    def _unset_row(self, text: str, cells, tokens: list[Tok]) -> list[Claim]:
        """"| `REDIS_URL` not set | Per-process memory | Per-process memory |": a row for the
        situation without the variable, whose other cells say what stands in (not a failure)."""
        first = [t for t in tokens if cells[0][0] <= t.start < cells[0][1] and t.kind != "punct"]
        lows = [t.low for t in first]
        if len(first) < 2 or first[0].kind != "code" or not self.names.locates(first[0].low.strip("` ")) \
                or lows[1:] not in (["unset"], ["not", "set"], ["empty"], ["missing"], ["absent"], ["not", "configured"]):
            return []
        rest = {t.low for t in tokens if t.start >= cells[1][0]}
        if not rest & {"memory", "in-memory", "in-process", "per-process", "local", "fallback", "inline", "disabled",
                       "off", "sqlite", "database", "db", "file", "filesystem"} \
                or rest & (FAILURE_WORDS | BROKEN_WORDS | {"error", "errors", "503", "refuses"}) or self._nonprod(tokens):
            return []
        return [self._claim(first[1], tokens, "unset-row", " ".join(t.text for t in first))]

    def analyse_scale_row(self, text: str, cells: list[tuple[int, int]], header: list[str],
                          code=(), struck=()) -> list[Claim]:
        """A row under "| Concern | Single-node | Multi-node |" (the hedge is in the header only)."""
        tokens = self._tokens(text, code, struck)
        self._unit_lows = [t.low for t in tokens]
        per_cell = [[t for t in tokens if a <= t.start < b] for a, b in cells]
        found = self._scale_column(per_cell, [h.strip(" *_`").lower() for h in header], tokens)
        for claim in found:  # (the message quotes the header as written)
            claim.wording = next(h.strip(" *_`") for h in header if h.strip(" *_`").lower() == claim.wording
                                 ).split("(")[0].strip() or claim.wording
        return found

    def _scale_column(self, per_cell: list[list[Tok]], header_lows: list[str], tokens: list[Tok]) -> list[Claim]:
        """"| Concern | Single-Node (v1) | Multi-Node (v2) |" over "| Rate limiting | ETS | Redis |":
        the service stands only in the column for running on several machines."""
        if len(header_lows) < 3 or len(per_cell) < 3:
            return []
        scaled = [k for k, h in enumerate(header_lows) if _scale_phrase(_WORDS_RE.findall(h)) or any(
            w.startswith("multi-") and _singular(w[6:]) in _SCALE_UNITS for w in _WORDS_RE.findall(h))]
        single = [k for k, h in enumerate(header_lows) if re.search(r"\b(?:single|one)\b", h)]
        if len(scaled) != 1 or not single or scaled[0] >= len(per_cell):
            return []
        at = scaled[0]
        cell = per_cell[at]
        named = next((k for k, t in enumerate(cell) if t.service), None)
        if named is None or any(t.service for k, toks in enumerate(per_cell) if k != at for t in toks) \
                or named + 1 < len(cell) and cell[named + 1].low in PART_NOUNS \
                or set(self._unit_lows) & (FAILURE_WORDS | BROKEN_WORDS) or self._nonprod(tokens):
            return []  # (not "Redis Cluster" in that column: a part of it at scale)
        return [self._claim(cell[named], tokens, "scale-column", header_lows[at])]

    def _selector_default(self, text: str, cells, header_lows: list[str], tokens: list[Tok]) -> list[Claim]:
        """"| `CACHE_DRIVER` | `file` | Recommended to set to `redis`. |", "| `RATE_LIMIT_BACKEND` |
        `memory` | `redis` for shared counters |": a setting that picks a backend, whose default
        is another one and whose row offers the service: it runs without it by default."""
        if "default" not in header_lows or len(cells) < 3:
            return []
        at = header_lows.index("default")
        name = _FOOTNOTE_RE.sub("", text[cells[0][0]:cells[0][1]]).strip(" `*")  # ("`CACHE_STORE`<sup>[5]</sup>")
        if at == 0 or at >= len(cells) or _SELECTOR_RE.fullmatch(name) is None and name.lower() not in (
                "backend", "driver", "store", "adapter", "engine", "provider", "storage") \
                or self.names.pattern.search(name):
            return []  # (not "METRICS_REDIS_CONNECTION": a setting of the service; but a bare "`backend`" option)
        default = text[cells[at][0]:cells[at][1]].strip(" `*_\"'").lower()
        if not default.replace("-", "").replace("_", "").isalnum() or self.names.pattern.search(default) \
                or default in ("none", "empty", "unset", "required", "yes", "no", "true", "false", "auto", "default",
                               "automatic"):
            return []  # (a default that is the service, or no value: nothing is picked for it)
        offered = next((t for t in tokens if t.service and t.start >= cells[1][0]
                        and not cells[at][0] <= t.start < cells[at][1]), None)
        lows = {t.low for t in tokens}
        if offered is None or lows & (FAILURE_WORDS | BROKEN_WORDS | {"implemented", "supported", "planned", "yet"}) \
                or self._nonprod(tokens):
            return []  # (nor "`redis` (not implemented yet)": the app cannot use it at all)
        return [self._claim(offered, tokens, "selector-default", f"{name} defaults to {default}")]

    def off_switch_described(self, name: str, text: str) -> list[Claim]:
        """"| `REDIS_ENABLED` | `true` | Set to `false` to bypass cache entirely |": a table row of
        the service's switch that documents it as the way to run without it (not for tests or
        development); also a code comment on the switch's line ("REDIS_ENABLED=true  # Set to
        false to disable", see ``analyse_comment``)."""
        if self.names.switch is None or "set" not in text.lower():
            return []
        m = _OFF_DESCRIBED_RE.search(text)
        if m is None or not self.names.switch.fullmatch(f"{name.strip(' `*').lower()}={m.group(1).lower()}"):
            return []
        if not _STRONG_NONPROD.isdisjoint(_WORDS_RE.findall(text.lower())) or "local" in text.lower():
            return []  # "Set to false to disable Redis in tests", "… for local development"
        return [Claim(m.start(), m.end(), m.group(0), self.names.label, "switch-described")]

    def other_way(self, comment: str, context: str) -> bool:
        """"# Optional (fallbacks if REDIS_URL is not set)" over `REDIS_HOST=…`: the comment names
        another variable that points at the service, and the line is the way around it."""
        setting = _SETTING_NAME_RE.match(context.strip())
        if setting is None or "_" not in comment or not self.names.locates(setting.group(1).lower()):
            return False  # (the line below sets another variable that points at the service)
        low = comment.lower()
        other = [m.group() for m in _UPPER_NAME_RE.finditer(comment) if self.names.locates(m.group().lower())]
        return bool(other) and any(w in low for w in ("fallback", "not set", "instead", "unset", "overrides")) \
            and not any(name in context for name in other)

    def analyse_comment(self, text: str, context: str) -> list[Claim]:
        """A bare hedge comment ("# optional") labels its code line: a claim when that line
        provisions the service (``apt install redis-server  # optional``)."""
        words = [w for w in re.sub(r"[^\w\s-]", " ", text.lower()).split() if w.strip("-")]
        joined = " ".join(words)
        lead_hedge = _LABEL_PAREN_HEDGE.match(text.strip()) is not None or 0 < len(words) <= 12 and words[0] in (
            "optional", "optionally", "opcional", "optionnel") and (
            words[1:2] in (["only"], ["if"], ["when"], ["needed"], ["for"], ["unless"], ["falls"], ["omit"], ["leave"],
                           ["remove"], ["skip"], ["unset"]) or len(words) <= 3 and words[1:2] in (
                ["caching"], ["cache"], ["sessions"], ["queue"], ["queues"], ["performance"], ["pubsub"], ["better"],
                ["faster"], ["melhor"], ["speed"])  # ("# OPTIONAL (melhor performance)")
        ) and not set(words) & PART_NOUNS  # ("# optional caching" after `REDIS_URL=…`)
        if len(words) <= 3 and words[:1] == ["or"] and any(w in self._name_lows for w in words[1:]) and "=" in context \
                and not self.names.pattern.search(context.split("=", 1)[1]):
            # "CACHE_STORE=database  # or redis": the service is the alternative to the value shown
            start = text.lower().find("or")
            return [Claim(start, start + 2, text.strip(), self.names.label, "comment-alternative")]
        blank = _LEAVE_BLANK_RE.match(text.strip())
        if blank is not None and context.strip():
            setting = _SETTING_NAME_RE.match(context.strip())
            if setting is not None and self.names.locates(setting.group(1)):
                # "# Leave blank to use the in-memory queue fallback" over `REDIS_URL=…`
                return [Claim(blank.start(1) + len(text) - len(text.lstrip()), blank.end(1) + len(text) - len(text.lstrip()),
                              blank.group(1), self.names.label, "leave-blank")]
        if self.other_way(text, context):
            return []
        switch = _SETTING_NAME_RE.match(context.strip()) if "set" in text.lower() else None
        if switch is not None:
            found = self.off_switch_described(switch.group(1), text)
            if found:
                return found  # "REDIS_ENABLED=1   # set to 0 to disable": the way to run without it
        if not context.strip() or joined not in BARE_HEDGES and not _ELLIPTIC_HEDGE_RE.match(joined) and not (
                _CONDITION_COMMENT_RE.match(joined) and _PROVISION_COMMAND_RE.search(context)) and not lead_hedge:
            return []  # (lead_hedge: "# Optional - only needed if using Celery" over its variable)
        first = context.split()[0].rsplit("/", 1)[-1] if context.split() else ""
        if first in CHECK_COMMANDS or any(c in context for c in (" status", " is-active", " ping")):
            return []
        ctx_tokens = self._tokens(context)
        code_names = any(n.upper() in context for n in self.names.code_names if "_" in n)
        if not any(t.service for t in ctx_tokens) and not code_names:
            return []
        setting = _SETTING_NAME_RE.match(context) if joined in BARE_HEDGES else None
        if setting is not None and not any(t.service for t in tokenize(setting.group(1), [], [], self.names)) \
                and not any(n.upper() in setting.group(1) for n in self.names.code_names if "_" in n):
            return []  # "CELERY_RESULT_BACKEND=redis://…  # optional": that setting is optional
        labelled = _LABEL_PAREN_HEDGE.match(text.strip())
        if labelled is not None and defaults_to_local_address(text):
            return []  # "# Redis Configuration (optional - defaults to localhost:6379)": which address
        if labelled is not None:  # "# Queue (recommended)" over `QUEUE_CONNECTION=redis`
            start = text.find(labelled.group(1))
            return [Claim(start, start + len(labelled.group(1)), labelled.group(1), self.names.label, "comment-label")]
        start = text.lower().find(words[0])
        wording = text.strip()
        return [Claim(start, start + len(words[0]), wording, self.names.label, "comment-label")]

    # -- core ----------------------------------------------------------------------

    _unit_nonprod = False
    _examples: tuple | list = ()
    _unit_lows: list[str] = []
    _unit_toks: list[Tok] = []
    _parts: list = []

    def _claims(self, tokens: list[Tok], implicit_subject: list[Tok] | None = None) -> list[Claim]:
        self._unit_nonprod = False
        self._unit_lows = lows = [t.low for t in tokens]
        self._examples = _example_spans(tokens) if "e.g" in lows or "example" in lows else ()
        self._unit_toks = tokens
        parts = clauses(tokens)
        self._parts = parts
        found: list[Claim] = []
        for clause in parts:
            found.extend(self._clause(clause, parts, implicit_subject))
        found.extend(self._ellipsis(parts))
        if not found:
            found = self._unit_passes(tokens)
        if found and ("production" in self._unit_lows or "prod" in self._unit_lows) and len(parts) > 1:
            for part in parts:
                if part.kind == "main" and part.toks and not any(part.toks[0].start <= c.start <= part.toks[-1].start
                                                                 for c in found) \
                        and any(t.low in ("production", "prod") and (_production_must(part.toks, k)
                                                                     or _required_in_production(part.toks, k))
                                for k, t in enumerate(part.toks)):
                    # "App may start without Redis …; production should always set a real Redis.",
                    # "Redis is optional today; Redis is mandatory in production."
                    return []
        if found and all(c.how in ("adj", "paren", "predicate", "hedge", "telegraphic") or c.wording.strip("()*_ ").lower()
                         in OPTIONAL_WORDS | RECOMMEND_WORDS for c in found) \
                and _required_for_another_part(self._unit_lows):
            return []  # "Redis is optional for the worker but required on the web service": production needs it
        if found and all(c.how == "if-variable" for c in found) and _says_required(self._unit_lows):
            return []  # "wired whenever `REDIS_HOST` is set, so this is a hard dependency, not an optional add-on"
        if found and all(c.how == "fallback" for c in found) and any(
                a in ("defaults", "default") and b == "to" and c[:1].isdigit()
                for a, b, c in zip(self._unit_lows, self._unit_lows[1:], self._unit_lows[2:])):
            return []  # "# Redis database number, defaults to 0 if not set": the setting's own default value
        if found and all(c.how == "if-variable" for c in found) and any(
                w in ("not", "isn't", "wasn't") and not {"properly", "correctly", "linked", "connected"}.isdisjoint(
                    self._unit_lows[k + 1:k + 3]) for k, w in enumerate(self._unit_lows)):
            return []  # "If `REDIS_URL` is missing, the KV database might not be properly linked": a diagnosis
        if found and all(c.how in ("if-variable", "fallback", "fallback-default", "if-service-off") for c in found) \
                and any(self._unit_lows[k:k + 3] in (["which", "is", w] for w in _JUDGED_UNSAFE)
                        for k in range(len(self._unit_lows) - 2)):
            return []  # "falls back to an in-memory substitute when `REDIS_URL` is unset, which is unsafe": a defect
        if found and all(c.wording.lower().strip("()*_ ") in RECOMMEND_WORDS for c in found) \
                and _required_for_production(self._unit_lows):
            return []  # "recommended in all environments, required for multi-process/production"
        if found and any(t.low in ("sentinel", "sentinels") for t in tokens) and all(
                c.how in ("leave-blank", "recommend-verb", "if-variable") for c in found):
            return []  # "Prefer Sentinel (leave REDIS_URL empty)": which Redis, not whether
        if found and all(c.how in ("if-service-used", "paren-condition") for c in found) \
                and self._only_variant_named(tokens):
            return []  # "`AI_CACHE_REDIS_URL` - AI-specific Redis (if configured)": which Redis, not whether
        if found and self._other_locator_instead(tokens, found, implicit_subject or ()):
            return []  # "REDIS_HOST not needed: the master is resolved through the Sentinels": which setting
        lead = [w for w in self._unit_lows[:5] if w not in ("*", "**", "_", "-")] if found else []
        if found and lead[:1] and lead[0] in ("issue", "problem", "bug", "symptom", "cause", "error", "missing", "limit",
                                              "limitation", "risk", "gap", "caveat", "fallback", "emergency",
                                              "outage", "incident") \
                and ":" in lead[1:4] and all(c.how in _GOING_WITHOUT | {"if-variable", "fallback", "if-service-used"}
                                             for c in found):
            return []  # "**Issue:** Without Redis, events stay in memory", "**Missing Redis:** If `REDIS_URL` is not set, …"
            # ("// FALLBACK: Continue without Redis" in the handler of a failed connection, "### Emergency: run
            # without Redis" in a runbook for its outage: what an outage leaves)
        if found and all(c.how in ("paren", "paren-inner", "paren-label-value") for c in found) and any(
                t.low in ("external", "existing") and k >= 2 and self._unit_lows[k - 1] in ("use", "an", "your")
                for k, t in enumerate(tokens)):
            return []  # "Redis (optional, can use external)": the bundled copy or one of your own
        if found and any(c.how == "only-needed" for c in found) and any(
                t.low in ("checks", "check", "tests", "test", "validation", "validate", "validates", "integration")
                for t in tokens if t.start > found[0].start):
            found = [c for c in found if c.how != "only-needed"]  # "only required for live infrastructure checks"
        if found and all(c.how in ("only-needed", "condition") for c in found) and any(
                a in ("can", "could") and b in ("be", "only") and c in ("only", "used") for a, b, c in zip(
                    self._unit_lows, self._unit_lows[1:], self._unit_lows[2:])):
            return []  # "The Redis cache can be only used if all servers share a path": a limit of it
        if found and all(c.how in ("condition", "scale-lead", "scale-condition") for c in found) and any(
                t.low == "same" and any(u.service for u in tokens[k + 1:k + 3]) for k, t in enumerate(tokens)):
            return []  # "If you run multiple workers, use the same Redis database": which Redis, not whether
        lead = [w for w in self._unit_lows[:6] if w not in ("#", "*", "**", "_")]
        if found and all(c.how == "no-service" for c in found) and (lead[:2] in (["load", "test"], ["stress", "test"])
                                                                   or lead[:1] == ["benchmark"]) \
                and any(t.low == "(" for t in tokens if t.start < found[0].start):
            return []  # "### Load test on /users endpoint (no Redis)": the run measured without it, for comparison
        if found and self._unit_lows[:2] == ["(", "optional"] and len(self._unit_lows) > 3 \
                and self._unit_lows[2] == "," and self._unit_lows[3] in _PARAMETER_TYPES:
            return []  # "(optional, string) Hostname of the Redis server": a parameter's reference entry
        if found and all(c.how in ("paren-condition", "if-service-used", "condition") and "available" in c.wording.lower()
                         for c in found) and any(a == "on" and b in ("error", "errors", "failure", "failures", "outage")
                                                 for a, b in zip(self._unit_lows, self._unit_lows[1:])):
            return []  # "Use Redis if available, fall back to in-memory cache on error": an outage's fallback
        if found and all(c.how == "paren-condition" and c.wording.lower() in ("when set", "if set", "when provided",
                                                                               "if provided", "when given", "if given")
                         for c in found) and any(
                k >= 2 and tokens[k - 1].kind == "code" and self.names.locates(tokens[k - 1].low.strip("` "))
                and tokens[k - 2].low == "or" and any(u.service for u in tokens[:k - 2])
                for k, t in enumerate(tokens) for c in found if t.start == c.start):
            return []  # "sessions use the cache's Redis connection, or `SESSION_REDIS_URL` when set": which one
        if found and _treated_as_required(tokens):
            return []  # "… not strictly required to boot … Treat it as required for anything else."
        if found and all(c.wording.strip("()*_ ").lower() in OPTIONAL_WORDS | RECOMMEND_WORDS for c in found) \
                and _instead_of_own_copy(self._unit_lows):
            return []  # "Using a Redis add-on (optional): to use a managed Redis instead of the local one"
        if found and all(_recommend_wording(c.wording) or c.how == "recommend-verb" for c in found) and _placed_near(tokens):
            return []  # "Consider using Redis in same region as backend": where it runs, not whether
        if found and _variant_instead(tokens):
            return []  # "Redis (not needed when using an external Redis)": which Redis, not whether
        if found and any(c.how in ("becomes", "only-needed", "scale-need") for c in found) and any(
                t.low in ("production", "prod") and not _production_at_scale(tokens, k)
                for k, t in enumerate(tokens) if t.start > found[0].start) \
                and not any(t.low in NEGATORS or t.low in ("before", "except", "outside") for t in tokens):
            # "Redis only becomes required once HUEY_IMMEDIATE=False (real production mode)"
            found = [c for c in found if c.how not in ("becomes", "only-needed", "scale-need")]
        if found and any(c.how in ("paren-condition", "if-variable") for c in found) and any(
                t.low in ("checks", "verifies", "pings", "probes", "monitors") or t.low in ("includes", "covers")
                and "health" in self._unit_lows for t in tokens):  # ("health check includes Redis when configured")
            # "`/ready` checks the database, and Redis when configured", "When `REDIS_URL` is set,
            # `/health` also pings Redis": what a probe looks at
            found = [c for c in found if c.how not in ("paren-condition", "if-variable")]
        if found and _restated_for_development(tokens, found, self._nonprod):
            return []  # "Celery and Redis are optional; the app runs fine without them for development"
        if found and self._unit_text_dev_only():
            return []  # "X can run without Redis, however this is only intended for development"
        if found and _test_step(tokens):
            return []  # "- Test Redis fallback: disable Redis, verify the dashboard loads": a test plan
        if found and _discouraged(tokens) and all(c.how in _GOING_WITHOUT for c in found):
            return []  # "## Alternative: Disable Redis (Not Recommended)": going without it is advised against
        if found and any(t.kind == "code" and ("pip install" in t.low or "npm install" in t.low or "[redis]" in t.low)
                         for t in tokens) and all(c.how in ("would-need", "need", "purpose-need") for c in found):
            return []  # "You would need to install the Redis dependencies: `pip install kinto[redis]`": the client
        if found and _client_library(tokens):
            return []  # "`redis` is optional and not in `requirements.txt`": the client package
        if found and all(c.how in ("if-you-use", "if-service-used") and c.wording.lower().split()[-1:] in (["use"], ["using"])
                         for c in found) and _installs_client(tokens):
            return []  # "If you use Redis, install the `redis` Python package": the client is conditional
        if found:
            # a scope stated before the hedge, or in its own clause, covers it ("In development,
            # … Redis is not required"); one in a later clause does not ("Redis is optional for
            # caching and must not be required for local startup")
            found = [c for c in found if not self._out_of_scope(_scope_tokens(tokens, c))
                     or _own_scope_is_production(tokens, c)
                     or c.how == "alternative" and c.wording.lower().startswith("locally or ")
                     and not self._out_of_scope([t for t in _scope_tokens(tokens, c) if t.start != c.start])]
            # ("stored locally or in Redis": the stand-in's own word is no development scope)
        if found and tokens[0].low == "or" and all(self.names.locates(t.text.strip("`")) for t in tokens if t.service):
            return []  # "# Or use REDIS_URL (alternative)" under "# Set Redis URL": another variable for its address
        if found and _production_with_dev_fallback(tokens, self._nonprod):
            # "Uses Redis when REDIS_URL is set; otherwise falls back to memory for local
            # development": production keeps Redis, the fallback is for development
            found = [c for c in found if c.how not in ("without", "alternative", "if-variable", "fallback",
                                                       "if-service-used", "condition")]
        if found and any(c.how.startswith("adverb") for c in found) and _asserts_necessity(tokens):
            # "Redis required for caching; the auth flow can optionally use Redis": a component's option
            found = [c for c in found if not c.how.startswith("adverb")]
        if found and all(c.how in _GOING_WITHOUT for c in found) and (lead[:2] == ["before", "("] or [
                w for w in self._unit_lows[:8] if w not in ("*", "**", "_", "-", "#")][2:4] == ["(", "before"]):
            return []  # "**Prima (senza Redis):**" over the logs of the old set-up, as "**Before (without Redis):**"
            # (and "### Tanpa Redis (Sebelum):", "### Without Redis (Before):")
        if found and all(c.how == "paren" and _recommend_wording(c.wording) for c in found) and any(
                t.low == "existing" and any(u.service for u in tokens[k + 1:k + 3]) for k, t in enumerate(tokens)):
            return []  # "### Without existing Redis connection (Recommended)": a new connection or the one you have
        if found and all(c.how == "condition" for c in found) and _for_every_role(tokens):
            return []  # "If you are low on memory, use Redis for both.": which roles it takes, not whether
        if found and all(c.how == "condition" for c in found) and _uses_it_alone(tokens):
            return []  # "If you only want to show the count, we can use only Redis and …": it alone, not whether
        if found and all(c.how == "without" for c in found) and _asserts_necessity(tokens, outright=True):
            return []  # "**Redis is Critical**: Without Redis, performance will be 10-100x slower": why it is
        if len(found) > 1 and any(c.how == "purpose-need" for c in found):
            found = [c for c in found if c.how != "purpose-need"]  # the condition already says it
        if found and all(_recommend_wording(c.wording) for c in found) and all(
                k >= 2 and tokens[k - 1].low in PROVIDER_WORDS and tokens[k - 2].low == "("
                for k, t in enumerate(tokens) for c in found if t.start == c.start):
            return []  # "Set up Redis service (Upstash recommended)": which provider, not whether
        if found and _versioned(tokens) and not any(t.low in ("fallback", "falls", "fall") for t in tokens):
            # (a fallback named beside it: "Redis 7+ (recommended; an in-memory fallback exists)")
            # "Redis 7 (recommended)", "Upstash Redis (recommended for production)": the version
            # or provider is recommended; "Redis 7+ (recommended for caching)" still hedges
            found = [c for c in found if not (_recommend_wording(c.wording) and _bare_after(tokens, c))]
        if found and any(c.wording.strip("()").split()[0].lower() in RECOMMEND_WORDS for c in found if c.wording.strip("()")):
            if _asserts_necessity(tokens):
                # "Redis is the recommended cache backend, and it is required": not *merely* recommended
                found = [c for c in found if not (c.wording.strip("()") and
                                                  c.wording.strip("()").split()[0].lower() in RECOMMEND_WORDS)]
        return _dedupe(found)

    def _unit_text_dev_only(self) -> bool:
        """A later clause limits what was said to development: "…, however this is only intended
        for development and should never be used in production"."""
        lows = self._unit_lows
        for k in range(len(lows) - 4):
            if lows[k] in ("this", "that", "it") and lows[k + 1] in ("is", "was") and lows[k + 2] == "only" \
                    and lows[k + 3] in ("intended", "meant", "suitable", "for") and any(
                        w in ("development", "dev", "testing", "tests", "debugging") for w in lows[k + 3:k + 7]):
                return True
            if lows[k] == "never" and lows[k + 1:k + 4] == ["be", "used", "in"] and lows[k + 4] in ("production", "prod"):
                return True
            if lows[k] == "so" and lows[k + 1] in ("dev", "development", "tests", "testing", "ci") \
                    and lows[k + 2] in ("never", "doesn't", "don't") and any(
                        w in ("need", "needs", "requires", "require") for w in lows[k + 3:k + 5]):
                return True  # "Without `REDIS_URL`, jobs execute in-process, so dev never needs Redis"
        return False

    def _clause(self, clause: _Clause, parts: list[_Clause], implicit) -> Iterable[Claim]:
        toks = clause.toks
        for i, tok in enumerate(toks):
            if tok.kind != "word":
                if tok.low == "/" and 0 < i < len(toks) - 1 and toks[i - 1].service and toks[i - 1].end == tok.start \
                        and toks[i + 1].low in _MEMORY_STORES and (claim := self._alternative(clause, i)) is not None:
                    yield claim  # "Add to Redis/memory queue": a slash between it and a stand-in reads as "or"
                continue
            low = tok.low
            if i and toks[i - 1].service and not tok.text.isascii() and (
                    claim := self._cjk_case(toks, i)) is not None:
                yield claim  # "Redisを使う場合は…" (if you use Redis), "Redis 사용 시" (when using Redis)
                continue
            if low not in _TRIGGERS and not (tok.service and low.endswith(("-less", "-free", "-optional"))) \
                    and low[:1] not in "如若假" and (low.isascii() or not (
                        low in _KO_CASE_WORDS or low.endswith(_JA_CASE_END) or low.startswith(_CJK_WHEN_SET))):
                continue  # most words are not a cue of any kind (a set lookup, not the chain below)
            if clause.kind == "cond" and i > 1 and low not in CONDITION_WORDS and not (
                    low == "without" and (any(t.low in ("want", "prefer", "like", "wish") for t in toks[:i]) or toks[
                        i - 1].low in ("run", "deploy", "operate") and toks[1].low in ("you", "you're", "we"))) \
                    and not (low == "later" and toks[0].low in ("when", "once", "whenever") and toks[1].low in ("you", "we")):
                # (but "When you add Redis later, you'll get:": putting it off is offered)
                # (but "when you intentionally run without Redis": a mode offered)
                continue  # "when Redis is not needed anymore, …": hypothetical, not asserted
            if low in OPTIONAL_WORDS or low in RECOMMEND_WORDS or (
                    low in ("nice", "good", "great", "handy") and _next_words(toks, i, 2) == ["to", "have"]) or (
                    low in ("soft", "weak") and _next_words(toks, i, 1) in (["dependency"], ["requirement"], ["dep"])):
                claim = self._hedge(clause, parts, i, implicit)
            elif low == "optionally":
                claim = self._adverb(clause, parts, i, implicit)
            elif low in ("recommend", "recommends", "suggest", "suggests", "advise", "advises",
                         "prefer", "encourage", "consider"):
                claim = self._recommend_verb(clause, i)
            elif low == "off" and i >= 2 and toks[i - 1].low in ("stay", "stays", "remain", "remains", "be"):
                claim = self._skip(clause, parts, i, implicit)  # "Redis can stay off"
            elif low in ("may", "might"):
                claim = self._permission(clause, i) or self._passive_permission(clause, i)
            elif low in ("can", "could") and i and i + 1 < len(toks) and toks[i + 1].low in ("be", "also") \
                    and (claim := self._passive_permission(clause, i)) is not None:
                pass  # "Redis can be used for caching"
            elif low == "can" and i and toks[i - 1].low in ("you", "we", "users", "operators", "teams"):
                claim = self._you_can_use(clause, i)  # "You can use Redis for sessions"
            elif low == "why":
                claim = self._why_not(toks, i)
            elif low in ("no", "zero") and self._bare_no(clause, i):
                claim = self._claim(tok, toks, "no-service", " ".join(t.text for t in toks[i:i + 2]))
            elif low in ("depends", "depend") and "whether" in (t.low for t in toks):
                claim = self._whether(clause, i)
            elif low in ("depends", "depend", "depending", "relies", "rely", "relying") and i >= 2 \
                    and [t.low for t in toks[i - 2:i]] == ["no", "longer"] and _next_words(toks, i, 1) in (["on"], ["upon"]) \
                    and self._conjuncts_service(self._np_after(toks, i + 2)) and not self._blocked(toks, i - 2) \
                    and not set(self._unit_lows) & (FAILURE_WORDS | BROKEN_WORDS):
                # "No longer depending on Redis for cache", "the app no longer depends on Redis"
                claim = self._claim(toks[i - 2], toks, "dont-need", " ".join(t.text for t in toks[i - 2:i + 1]))
            elif low in NECESSITY_ADJ or low in ("need", "needs", "require", "requires") or (
                    low in _COMPELLED and _negation_before(toks, i) is not None) or (
                    low in ("have", "has") and _next_words(toks, i, 1) == ["to"]) or (
                    low == "must" and i and toks[i - 1].low == "a"):
                claim = self._negated_need(clause, parts, i, implicit)
                if claim is None and (low in ("need", "needs", "require", "requires") or low in ("have", "has")
                                      and _next_words(toks, i, 1) == ["to"]):
                    claim = self._purpose_need(clause, parts, i)
                if claim is None and low in ("need", "require", "needs", "requires") and i and any(
                        t.low in ("multiple", "several", "additional", "horizontal", "clustered",
                                  "scale-out", "high-availability", "ha") or t.low.startswith("multi-") or (
                            t.low == "more" and (_singular(toks[k + 1].low) in _SCALE_UNITS or toks[k + 1].low == "than")) or (
                            t.low == "scaling" and toks[k + 1].low in ("out", "up", "horizontally", "beyond", "past"))
                        for k, t in enumerate(toks[:min(i, 3)])) \
                        and _negation_before(toks, i) is None and not self._blocked(toks, i) \
                        and self._conjuncts_service(self._np_after(toks, i + 1)) \
                        and _next_words(toks, i + len(self._np_after(toks, i + 1)), 1) != ["to"]:
                    # "Multiple web instances require Redis for shared sessions": only at scale (not "It is
                    # more complex … and requires multiple instances of redis": "more" compares)
                    claim = self._claim(toks[i], toks, "scale-need", " ".join(t.text for t in toks[i:i + 2]))
                if claim is None and low in ("need", "require", "needs", "requires") and i:
                    obj = self._np_after(toks, i + 1)
                    k = i + 1 + len(obj)
                    while obj and len(obj) > 1 and obj[-1].low in _SCALE_ROLE_HEADS:
                        obj = obj[:-1]  # "requires Redis adapter for …", "needs Redis pub/sub for …"
                    if obj and self._conjuncts_service(obj) and k < len(toks) and toks[k].low == "for" \
                            and _scale_after(toks, k) and _negation_before(toks, i) is None \
                            and not self._blocked(toks, i) and not {"production", "prod", "always", "every", "all"} \
                            & set(self._unit_lows):
                        # "Action Cable requires Redis adapter for multi-server deployments": only at scale
                        claim = self._claim(toks[k], toks, "scale-need", " ".join(t.text for t in toks[k:k + 2]))
                if claim is None and low in ("need", "require", "needs", "requires") and clause.kind == "paren" \
                        and i == 0 and len(toks) > 1 and self._conjuncts_service(self._np_after(toks, 1)) \
                        and clause.before is not None and any(t.low == "mode" or t.low.endswith(("模式", "モード")) for t in [
                            t for t in clause.before.toks if t.kind == "word"][-1:]) and not {
                            t.low for t in clause.before.toks} & {"production", "prod", "default", "standard", "normal",
                                                                   "full"} \
                        and not any(t.service for t in clause.before.toks) and not _versioned(self._np_after(toks, 1)) \
                        and not self._blocked(toks, i):
                    # "**Distributed mode (requires Redis):**", "分布式模式（需要 Redis）": only in that mode
                    claim = self._claim(toks[i], toks, "mode-need", " ".join(t.text for t in toks[i:i + 2]))
                if claim is None and low in ("need", "require", "needs", "requires") and clause.kind != "paren" \
                        and i >= 2 and toks[i - 1].low in _MODE_SUBJECT_END \
                        and self._conjuncts_service(self._np_after(toks, i + 1)) and not _versioned(self._np_after(toks, i + 1)) \
                        and not any(t.service for t in toks[:i]) and not {t.low for t in toks[:i]} & _ANY_MODE_WORDS \
                        and self._unit_lows[-1:] != [":"] and not self._blocked(toks, i):
                    # "Queue mode requires Redis and a shared database": only in that mode (not a lead-in to
                    # that mode's steps: "Distributed mode needs Redis:")
                    claim = self._claim(toks[i], toks, "mode-need", " ".join(t.text for t in toks[i - 2:i + 2]))
                if claim is None and low in ("need", "require", "needs", "requires") and clause.kind == "paren" \
                        and i == 0 and len(toks) == 2 and toks[1].service and clause.before is not None \
                        and self._switched_feature(clause.before.toks) and not self._blocked(toks, i):
                    # "Enable Celery (requires Redis)", "Turn caching on/off (Requires Redis)": needed only
                    # for a feature someone switches on
                    claim = self._claim(tok, toks, "feature-need", " ".join(t.text for t in toks[i:i + 2]))
                if claim is None and low in ("requires", "needs") and clause.kind == "paren" and i == 0 \
                        and (setting := _turned_on(toks[1:])) is not None and self._paren_on_service(clause):
                    # "# Redis (requires FEATURE_CACHE=true)": a switch turns it on
                    claim = self._claim(toks[i], toks, "switch-on", f"{toks[i].text} {setting}")
                if claim is None and low in ("needed", "required", "necessary", "mandatory") and clause.kind == "paren" \
                        and i <= 1 and _scale_after(toks, i + 1) and (self._paren_on_service(clause) or (
                            clause.before is not None and self._phrase_is_service(_strip_setup(_last_phrase(
                                clause.before.toks))))) and not self._blocked(toks, i):
                    # "# Redis Configuration (required for multi-server setup)": needed only at scale
                    claim = self._claim(toks[i], toks, "scale-need", " ".join(t.text for t in toks[i:i + 3]))
                if claim is None and low in ("requires", "require", "needs", "need") and clause.kind != "paren" and i \
                        and not any(t.service for t in toks[:i]) and {"single", "alike", "even", "always"}.isdisjoint(
                            self._unit_lows) and toks[i - 1].low != "still" \
                        and _negation_before(toks, i) is None and not self._blocked(toks, i):
                    # (not "The blacklist still requires a shared cache (Redis) in multi-worker deployments")
                    obj = self._np_after(toks, i + 1)
                    at = i + 1 + len(obj)
                    if obj and _scale_after(toks, at) and self._conjuncts_service(obj) and not _versioned(obj):
                        # "rotation/revocation requires Redis in multi-instance prod": only at scale
                        claim = self._claim(tok, toks, "scale-need", " ".join(t.text for t in toks[i:at + 2]))
                after = next((k for k in range(i + 1, len(toks)) if toks[k].low not in ("*", "**", "_")), len(toks))
                if claim is None and low in ("needed", "required", "necessary", "essential", "mandatory") \
                        and _scale_after(toks, after) and {"single", "alike", "even"}.isdisjoint(self._unit_lows) \
                        and _negation_before(toks, i) is None and not self._blocked(toks, i) \
                        and not any((t.low in ("production", "prod") and not _production_at_scale(part.toks, k)
                                     or t.low == "always") or t.low in ("every", "any") and not (
                            k + 1 < len(part.toks) and (part.toks[k + 1].low.startswith("multi-") or part.toks[
                                k + 1].low in ("multiple", "horizontal", "clustered", "high-availability")
                                or _production_at_scale(part.toks, k + 1)))
                                    for part in self._parts for k, t in enumerate(part.toks)):
                    cop = _copula_before(toks, i)
                    subject = self._subject(toks, cop) if cop is not None else []
                    if cop is None and i <= 1 and clause.label_before and clause.index > 0:
                        subject = _label_of(clause, parts).toks[-6:]  # "**Redis**: required for multi-instance …"
                        subject = subject if self._phrase_is_service(subject) else []
                    elif cop is None and i == 0 and implicit:
                        subject = implicit  # "| `REDIS_URL` | … Required for >1 server replica. |"
                    if subject and (self._conjuncts_service(subject) or _shared_service(subject)):
                        # "Redis is needed for multi-server deployments": only at scale (also "a
                        # shared Redis is …": the one the servers share, which scale calls for)
                        claim = self._claim(toks[i], toks, "scale-need", " ".join(
                            t.text for t in toks[i:after + 3] if t.low not in ("*", "**", "_")))
                if claim is None and low in ("necessary", "needed", "required", "mandatory", "essential") and i \
                        and toks[i - 1].low in ("becomes", "become", "becoming") \
                        and (_next_words(toks, i, 1) in ([], ["when"], ["if"], ["once"], ["for"], ["at"], ["after"],
                                                         ["later"], ["only"], [":"])
                             or _next_words(toks, i, 1) in (["with"], ["in"]) and _scale_after(toks, i + 1)
                             or _next_words(toks, i, 3) in (["in", "the", "following"], ["in", "these", "scenarios"],
                                                            ["in", "these", "cases"])) \
                        and _negation_before(toks, i - 1) is None and not self._blocked(toks, i) \
                        and not (_next_words(toks, i, 1) == ["for"] and not _scale_after(toks, i + 1) and not any(
                            w in ("high-throughput", "larger", "bigger", "busier", "high-traffic") for w in _next_words(toks, i + 1, 4))
                                 and not _scale_phrase(self._unit_lows)):
                    # (not "Redis becomes required for async jobs": what it is needed for)
                    subject = self._subject(toks, i - 1)
                    if subject and self._conjuncts_service(subject):
                        # "Redis becomes necessary for multi-node setups": only at some point
                        claim = self._claim(toks[i - 1], toks, "becomes", " ".join(t.text for t in toks[i - 1:i + 1]))
                if claim is None and low in ("need", "require") and i and (
                        toks[i - 1].low in ("would", "'d") or toks[i - 1].low.endswith("'d")) \
                        and _negation_before(toks, i) is None and self._conjuncts_service(obj := self._np_after(toks, i + 1)) \
                        and not any(t.low in ("own", "local") or _variant(t.low) for t in obj):
                    # (not "each server would need their own local Redis server": which Redis)
                    claim = self._claim(toks[i - 1], toks, "would-need", " ".join(t.text for t in toks[i - 1:i + 2]))
            elif low in ("use", "uses") and i >= 2 and _negation_before(toks, i) is not None:
                claim = self._not_used(clause, i)
            elif low in ("used", "needed", "required", "deployed", "run", "installed") and i >= 2 \
                    and _negation_before(toks, i) is not None and _in_production_after(toks, i) \
                    and not self._blocked_but_negation(toks, i):
                # "Redis is not used in production": production goes without it
                cop = _copula_before(toks, i) if _copula_before(toks, i) is not None else _copula_before(
                    toks, _negation_before(toks, i) + 1)
                subject = self._subject(toks, cop) if cop is not None else []
                claim = self._claim(toks[_negation_before(toks, i)], toks, "not-in-production", " ".join(
                    t.text for t in toks[_negation_before(toks, i):i + 3])) if subject and self._conjuncts_service(
                    subject) else None
            elif low == "used" and clause.kind == "main" and i >= 3 and toks[i - 1].low == "longer" \
                    and toks[i - 2].low == "no" and toks[i - 3].low in ("is", "are") \
                    and [t.low for t in toks[i + 1:]] in ([], ["."], ["anymore"], ["anymore", "."]) \
                    and not self._blocked(toks, i - 2):
                # "Redis is no longer used": the stack goes without it now (not "… used for sessions",
                # a purpose, nor "If Redis is no longer used, …", a condition)
                subject = self._subject(toks, i - 3)
                claim = self._claim(toks[i - 2], toks, "not-used", " ".join(t.text for t in toks[i - 2:i + 1])) \
                    if subject and self._conjuncts_service(subject) else None
            elif low in ("drops", "dropped", "removes", "removed", "disables", "disabled", "skips", "omits") \
                    and i >= 1 and (toks[i - 1].low in ("production", "prod") or i >= 2 and toks[i - 2].low in (
                        "production", "prod") and toks[i - 1].low.endswith("ly")) \
                    and self._conjuncts_service(self._np_after(toks, i + 1)):
                # (also "Production intentionally omits `REDIS_URL`")
                claim = self._claim(tok, toks, "not-in-production", " ".join(t.text for t in toks[i:i + 2]))
            elif low in ("removed", "dropped") and i >= 1 and (i >= 2 and toks[i - 1].low in ("is", "was", "been", "are", "were")
                                                          or i >= 3 and toks[i - 1].low in ("completely", "entirely", "fully", "now")
                                                          and toks[i - 2].low in ("is", "was", "been", "are", "were")
                                                          or toks[i - 1].service and tok.text[:1].isupper()) \
                    and (i + 1 == len(toks) or toks[i + 1].low in ("from", "with", "in", ".")) \
                    and _negation_before(toks, i) is None and not self._blocked(toks, i):
                # "**Decision:** Redis is removed from the v1 critical path", "Redis has been removed
                # with the 2.0 release": the stack goes without it
                cop = next(k for k in range(i - 1, -1, -1) if toks[k].low in ("is", "was", "has", "have", "are", "were")
                           or k == 0)
                subject = self._subject(toks, cop) if not toks[i - 1].service else [toks[i - 1]]  # ("Redis Removed from v1")
                first = next((subject[:j] for j, t in enumerate(subject) if t.low in ("and", "or", ",", "+", "/")), subject)
                family = any(t.service and t.kind == "code" and t.text.rstrip("`").endswith("*") for t in subject) and any(
                    t.low in ("variables", "options", "settings", "keys") for t in subject)
                # (not "`CADDY_CLUSTERING_REDIS_*` environment variables have been removed": a module's
                # family of settings, renamed in an upgrade)
                claim = self._claim(tok, toks, "removed", tok.text) \
                    if subject and not family and self._conjuncts_service(subject) and _head_is_service(first) \
                    and not set(self._unit_lows) & (FAILURE_WORDS | {"if", "when", "unless", "after", "once"}) else None
            elif low in _IDIOM_FIRST and _idiom_at(toks, i) is not None:
                claim = self._hedge(clause, parts, i, implicit)
            elif low == "discretion" and any(t.low in COPULAS for t in toks[:i]):
                cop = next(k for k in range(i) if toks[k].low in COPULAS)
                subject = self._subject(toks, cop)
                claim = self._claim(toks[i], toks, "discretion") if subject and self._conjuncts_service(
                    subject) and not self._blocked(toks, cop + 1) else None
            elif low in ("want", "wants") and i and toks[i - 1].low in ("may", "might") \
                    and _next_words(toks, i, 1) == ["to"]:
                claim = self._recommend_verb(clause, i)
            elif low in OFF_VERBS and _next_words(toks, i, 1) == ["off"]:
                claim = self._skip(clause, parts, i, implicit)
                if claim is None and _next_words(toks, i, 3)[1:] == ["by", "default"]:
                    claim = self._by_default(clause, i)
            elif low in SKIP_VERBS:
                claim = self._skip(clause, parts, i, implicit)
                if claim is None and low == "disabled":
                    claim = self._with_it_off(clause, i)  # "Deploy with Redis disabled", "(Redis Disabled)"
                if claim is not None and low == "bypass" and not set(self._unit_lows).isdisjoint(_BYPASS_FAILURES):
                    claim = None  # "If Redis fails repeatedly, … requests bypass Redis": a failover
                if claim is None and clause.kind == "paren" and i == 0 and low in ("disabled", "off", "removed") \
                        and _in_production_after(toks, i) and self._paren_on_service(clause) and not self._blocked(toks, i):
                    # "Celery + Redis (disabled in prod)": production runs without it
                    claim = self._claim(tok, toks, "not-in-production", " ".join(t.text for t in toks[i:i + 3]))
                if claim is None and low == "disabled" and clause.kind != "paren" \
                        and _negation_before(toks, i) is None and not self._blocked(toks, i) \
                        and not set(self._unit_lows) & (FAILURE_WORDS | BROKEN_WORDS):
                    claim = self._disabled_in_production(toks, i)
                if claim is None and low == "disabled" and clause.label_before and clause.index > 0 \
                        and [t.low for t in toks if t.kind != "punct"] in (["disabled"], ["currently", "disabled"]) \
                        and self._phrase_is_service([t for t in _label_of(clause, parts).toks
                                                     if t.kind != "punct" and not _step_number(t.low)]) \
                        and not self._blocked(toks, i) and not set(self._unit_lows) & (FAILURE_WORDS | BROKEN_WORDS):
                    # "## Redis Caching: CURRENTLY DISABLED": the title says how the set-up stands
                    claim = self._claim(tok, toks, "setup-without", " ".join(t.text for t in toks[:i + 1]))
                if claim is None and clause.kind == "paren" and i == len(toks) - 1 and low == "disabled" \
                        and self._conjuncts_service(toks[:i]) and clause.before is not None and clause.before.toks \
                        and clause.before.toks[-1].low in ("fallback", "mode", "setup", "deployment", "profile", "option") \
                        and not set(self._unit_lows) & (FAILURE_WORDS | BROKEN_WORDS):
                    # "### 3. Database Fallback (Redis Disabled)": a mode that runs without it
                    claim = self._claim(tok, toks, "setup-without", tok.text)
                if claim is None and (_by_default_after(toks, i) or low in ("disabled", "off") and [
                        w for w in self._unit_lows[:3] if w not in ("*", "**", "_")][:2] == ["by", "default"]):
                    claim = self._by_default(clause, i)  # also "By default, Redis is **disabled**"
                if claim is None and low in ("remove", "drop", "removed", "dropped"):
                    claim = self._drop_dependency(toks, i)  # "we should remove all dependency on Redis"
                where = next((k + 1 for k in range(i + 1, min(len(toks) - 1, i + 8)) if toks[k].low == "from"), None)
                if claim is not None and where is not None and _CODE_NAME_RE.match(toks[where].text.strip("`")):
                    claim = None  # "remove redis cache from getSession": a change to one function
            elif low == "without":
                claim = self._without(clause, i)
            elif low == "independently":
                claim = self._independently_of(clause, i)
            elif low in _WITHOUT_WORDS:
                # "ohne Redis", "sans Redis", "sem Redis", "без Redis": runs without it, unless
                # nothing does ("Sans Redis, rien ne fonctionne") or Redis is down
                near = [t for t in toks[i + 1:i + 4] if t.kind != "punct"]
                if near[:1] and near[0].low == "embargo":
                    near = []  # "Sin embargo, …" (however)
                if _state_before_service(near):
                    near = []  # "Ohne laufendes Redis fällt der Server auf die Datenbank zurück": an outage
                unit = " ".join(self._unit_lows)
                if len(near) > 1 and not near[0].service and low in ("sem", "sin", "sans", "senza") \
                        and near[0].text.lower().endswith(("ar", "er", "ir", "re", "ír")):
                    near = []  # "sem derrubar Redis", "sin detener Redis": without a step done to it (an infinitive)
                claim = self._claim(tok, toks, "without", tok.text) if any(t.service for t in near[:2]) and not any(
                    w in unit for w in ("rien", "nichts", "nada", "niente", "ничего", "не работает", "funktioniert nicht",
                                        "ausfall", "indisponi", "недоступ", "non funziona", "não funciona",
                                        "no funciona", "erreur", "fehler", "ошибк", "null",
                                        "perde", "pierde", "perdu", "verloren", "separad", "problem", "проблем")) \
                    and not self._blocked(toks, i) \
                    and not {"fails", "errors", "down"} & set(self._unit_lows) \
                    and not any(t.service and toks[k + 1].low in _VARIANTS_AFTER
                                for k, t in enumerate(toks[i + 1:i + 4], i + 1) if k + 1 < len(toks)) \
                    and not ((FUNCTIONING_WORDS | _FOREIGN_CAN) & set(self._unit_lows) and {
                        "nicht", "pas", "no", "não", "non", "не"} & set(self._unit_lows)) \
                    and not (all(t.kind == "punct" for t in toks[:i]) and {
                        "nicht", "kein", "keine", "pas", "no", "não", "non", "не"} & {t.low for t in toks[i + 1:]}) \
                    else None
                # ("si falla": read as "fails"; "… funktionieren Logins nicht"; "no puede procesar … sin Redis";
                # a leading "Sans Redis, les workers ne démarrent pas": what does not run without it;
                # "sans Redis externe": without an external one, which Redis; "SEM Redis (MemoryStore) -
                # PROBLEMAS:": what goes wrong without it)
            elif low == "只有才" and i + 1 < len(toks) and toks[i + 1].service \
                    and not any(w in t.low for t in toks for w in _CJK_FAILURE):
                claim = self._claim(tok, toks, "foreign-condition", tok.text)  # "只有多实例部署时才考虑 Redis"
            elif low in ("olmadan", "olmaksızın") and i and toks[i - 1].service and not self._blocked(toks, i) \
                    and not {"fails", "errors", "down"} & set(self._unit_lows) \
                    and not any(w in t.low for t in toks for w in ("hata", "çalışmaz", "kesint")):
                # Turkish puts "without" after its noun: "Redis olmadan da sistem çalışır" (unless it fails)
                claim = self._claim(tok, toks, "without", tok.text)
            elif low == "off" and (off := self._with_it_off(clause, i)) is not None:
                claim = off  # "Start the app with Redis off"
            elif low in ("disabled", "off", "opt-in") and (_by_default_after(toks, i) or [
                    w for w in self._unit_lows[:3] if w not in ("*", "**", "_")][:2] == ["by", "default"]):
                claim = self._by_default(clause, i)  # also "By default, Redis is **disabled**"
            elif low in ("enabled", "re-enabled", "added", "plugged", "introduced") and i >= 3 and toks[i - 1].low == "be" \
                    and toks[i - 2].low in ("can", "may", "could"):
                claim = self._can_be_enabled(clause, i)
            elif low.endswith(("-less", "-free", "-optional")) and tok.service:
                claim = None if _negation_before(toks, i) is not None or self._blocked(toks, i) or any(
                    t.low in ("supports", "support", "supported", "including", "includes", "offers", "features")
                    for t in toks[:i]) or any(t.low in _TOOL_NOUNS for t in toks[i + 1:i + 3]) \
                    else self._claim(tok, toks, "service-less", tok.text)
                # (not "a library that supports … Redis-less mode": a feature of that library; not "a
                # Redis-free direct script": one tool that does without it)
            elif low in ("later", "afterwards", "eventually", "yet", "until", "future") \
                    or low == "planned" and clause.kind == "paren":
                claim = self._deferred(clause, i)
            elif low == "planned" and i + 2 < len(toks) and toks[i + 1].service and toks[i + 1].kind == "word" \
                    and (toks[i + 2].low in USE_NOUNS or toks[i + 2].low in _STACK_ROLES) \
                    and not self._blocked(toks, i) and _negation_before(toks, i) is None:
                # "### Planned Redis Usage", "Planned Redis integration": taking it up is a plan (not
                # "Planned Redis Maintenance", "Planned Redis version bump": something done to it)
                claim = self._claim(tok, toks, "planned", " ".join(t.text for t in toks[i:i + 3]))
            elif _VERSION_MARK_RE.fullmatch(low) and i >= 2 and toks[i - 1].low in ("in", "for", "at", "with", "by", "until"):
                claim = self._planned_for_version(clause, i)
            elif low == "scope" and i >= 3 and toks[i - 1].low == "of" and toks[i - 2].low == "out" \
                    and toks[i - 3].low in COPULAS and not self._blocked(toks, i - 3) \
                    and _negation_before(toks, i - 3) is None \
                    and self._is_service(subject := [t for t in self._subject(toks, i - 3) if t.kind != "punct"]) \
                    and not any(t.text[:1].isupper() and not t.service and k + 1 < len(subject) and subject[k + 1].service
                                for k, t in enumerate(subject)):  # (not "AFFiNE Redis": another product's copy)
                # "Redis is out of scope for v1": the setup goes without it (not "Redis Sentinel is out
                # of scope", a part of it)
                claim = self._claim(toks[i - 2], toks, "out-of-scope", "out of scope")
            elif low in ("phase", "stage") and all(t.kind == "punct" for t in toks[:i]) and i + 1 < len(toks) \
                    and toks[i + 1].low[:1].isdigit() and toks[i + 1].low[:1] not in ("0", "1") \
                    and ((step := _phase_step(clause, parts, i)) and self._provided(step) is not None
                         or _phase_stack(clause, parts, i)) \
                    and not self._blocked(toks, i) and not set(self._unit_lows) & {"completed", "done", "complete", "✅"}:
                # "### Phase 2: Add Redis (Day 2-7)": a later phase's step takes it up (not "Phase 2:
                # Add Redis ✅ done", a report of what was done)
                claim = self._claim(tok, toks, "planned", " ".join(t.text for t in toks[i:i + 2]))
            elif low in ("phase", "stage") and i >= 2 and i + 1 < len(toks) and toks[i + 1].low[:1].isdigit() \
                    and toks[i + 1].low[:1] not in ("0", "1") and toks[i - 1].low in ("in", "for", "until", "by") \
                    and not (i + 2 < len(toks) and toks[i + 2].low == "of"):  # (not "Phase 2 of the setup guide")
                # "Add Redis in Phase 2", "Presence: in-memory (Redis in Phase 2)": it comes later
                claim = self._planned_for_version(clause, i) or self._service_in_phase(clause, i)
            elif low in ("better", "best", "optimal", "improved", "faster", "higher", "extra", "additional", "full") and i >= 1 \
                    and toks[i - 1].low == "for" and (_next_words(toks, i, 1)[:1] or [""])[0] in _BENEFITS or (
                        _next_words(toks, i, 2)[1:] and _next_words(toks, i, 2)[1] in _BENEFITS
                        and _next_words(toks, i, 2)[0] in _BENEFIT_MODIFIERS) or (
                        len(_next_words(toks, i, 4)) == 4 and _next_words(toks, i, 4)[3] in _BENEFITS
                        and _next_words(toks, i, 4)[1] == "and" and {_next_words(toks, i, 4)[0], _next_words(
                            toks, i, 4)[2]} <= _BENEFIT_MODIFIERS | {"session", "sessions"}):
                # ("for better API performance", "for improved cache and session performance")
                claim = self._benefit(clause, i)
            elif low == "only":
                claim = self._only(clause, parts, i, implicit)
            elif low == "before" and (i >= 2 or clause.index) and _next_words(toks, i, 1) \
                    and _next_words(toks, i, 1)[0] in _SET_UP_GERUNDS:
                claim = self._deploy_before(clause, i)  # "You can deploy now, even before installing Redis"
            elif low == "or" and _next_words(toks, i, 1) == ["not"]:
                claim = self._or_not(clause, i)  # "You can choose to use Redis or not"
            elif low == "or":
                claim = self._alternative(clause, i)
            elif low == "whether" and (i and toks[i - 1].low in _DECIDE_VERBS or i == 0 and clause.index > 0
                                       and parts[clause.index - 1].toks
                                       and parts[clause.index - 1].toks[-1].low in _DECIDE_VERBS):
                # "You can choose whether to enable Redis"
                claim = self._choose_whether(clause, i, [t for p in parts[:clause.index] for t in p.toks])
            elif low == "best" and i and toks[i - 1].low in ("works", "work", "runs", "run", "performs") \
                    and _next_words(toks, i, 1) == ["with"] and self._conjuncts_service(self._np_after(toks, i + 2)) \
                    and not self._blocked(toks, i):
                claim = self._claim(toks[i - 1], toks, "works-best", " ".join(t.text for t in toks[i - 1:i + 3]))
            elif low in _HELPFUL_WORDS and i >= 2 and (toks[i - 1].low == "be" and i >= 3 and toks[i - 2].low in (
                    "would", "could", "might") or toks[i - 1].low in _WOULD_BE) and not self._blocked(toks, i) \
                    and _negation_before(toks, i) is None:
                # "Redis would be useful in production for …", "Redis seria útil em produção": welcome
                # where it is missing, not needed
                modal = i - 2 if toks[i - 1].low == "be" else i - 1
                subject = self._subject(toks, modal)
                claim = self._claim(tok, toks, "would-help", " ".join(t.text for t in toks[modal:i + 1])) if subject \
                    and self._conjuncts_service(subject) else None
            elif low in _HELPFUL_WORDS and i >= 2 and (toks[i - 1].low in COPULAS or toks[i - 1].low in (
                    "mostly", "mainly", "especially", "particularly", "most") and toks[i - 2].low in COPULAS) \
                    and _scale_after_helpful(toks, i, clause, parts) \
                    and _negation_before(toks, i) is None and not self._blocked(toks, i):
                # "Caching in Redis is mostly useful in a setup where multiple CoreDNS instances share a
                # VIP", "Redis is useful for multi-instance setups": taken up at that scale
                cop = i - 1 if toks[i - 1].low in COPULAS else i - 2
                subject = self._subject(toks, cop)
                claim = self._claim(tok, toks, "scale-purpose", " ".join(t.text for t in toks[i:i + 2])) if subject \
                    and (self._conjuncts_service(subject) or any(t.service for t in subject) and subject[0].low in (
                        "caching", "using", "running")) else None
            elif low in ("plus", "bonus", "optimization", "optimisation") and i >= 2 and toks[i - 1].low in ("a", "an") \
                    and (toks[i - 2].low in COPULAS or i >= 3 and toks[i - 2].low in ("just", "only", "merely", "purely", "simply")
                         and toks[i - 3].low in COPULAS) and _negation_before(toks, i) is None \
                    and not self._blocked(toks, i):
                # "Redis is a plus", "Using a cache like Redis is a bonus", "Redis is just an
                # optimization": welcome, not needed
                cop = i - 2 if toks[i - 2].low in COPULAS else i - 3
                subject = self._subject(toks, cop)
                claim = self._claim(tok, toks, "bonus", " ".join(t.text for t in toks[cop:i + 1])) if subject and (
                    self._conjuncts_service(subject) or self._phrase_is_service(subject) or (
                        _such_as(subject, 0) or any(t.low in ("like", "e.g") for t in subject))
                    and any(t.service for t in subject)) else None
            elif low == "rather" and _next_words(toks, i, 1) == ["than"] and any(
                    t.low in NECESSITY_ADJ for t in toks[i + 2:i + 5]) and not self._blocked(toks, i):
                # "Redis is treated as an expendable cache rather than a required dependency"
                cop = next((k for k in range(i) if toks[k].low in COPULAS or toks[k].low == "treated"), None)
                subject = self._subject(toks, cop) if cop is not None else []
                claim = self._claim(tok, toks, "rather-than", " ".join(t.text for t in toks[i:i + 4])) if subject and \
                    self._conjuncts_service(subject) else None
            elif low in ("enable", "enables") and all(
                    t.kind == "punct" or _step_number(t.low) or t.low == "to" and k == i - 1 and k
                    or t.kind == "code" and t.low.strip("` ") in ("true", "1", "yes", "on") for k, t in enumerate(toks[:i])) \
                    and _DEFAULT_OFF_RE.search(" ".join(self._unit_lows)) is not None \
                    and self._conjuncts_service(self._np_after(toks, i + 1)) and not self._blocked(toks, i):
                # "# Enable Redis cache (default: false)": it is off unless you turn it on
                claim = self._claim(tok, toks, "default-off", " ".join(t.text for t in toks[i:i + 2]))
            elif low in ("enable", "activate") and i >= 2 and toks[i - 1].low == "to" and any(
                    t.low in ("set", "use", "pass", "export", "add", "provide", "configure", "define", "specify", "supply")
                    and not (t.low == "set" and toks[k + 1].low == "up")  # (not "set up Redis Cloud … to enable Redis
                    # caching": setting the service up, for what it brings)
                    for k, t in enumerate(toks[:i - 1])) \
                    and (self._conjuncts_service(self._np_after(toks, i + 1)) or self._np_after(toks, i + 1)
                         and self._np_after(toks, i + 1)[-1].low in FEATURE_NOUNS and any(
                             t.kind == "code" and self.names.locates(t.low.strip("` ")) for t in toks[:i - 1])) \
                    and _negation_before(toks, i) is None and not self._blocked(toks, i) \
                    and not any(t.low.strip("`'\"").endswith(("production", "=prod")) for t in toks[:i - 1]):
                # ("Set `NODE_ENV=production` to enable Redis": production turns it on)
                # (also "Set either `REDIS_URL` or `REDIS_HOST` … to enable caching": the feature needs it)
                # "Set REDIS_URL to enable Redis; leave it unset for the in-memory store"
                claim = self._claim(tok, toks, "set-to-enable", " ".join(t.text for t in toks[i - 1:i + 2]))
            elif low == "for" and i >= 3 and toks[i - 1].service and toks[i - 2].low == "to" and toks[i - 3].low in (
                    "switch", "move", "migrate", "upgrade", "swap") and _scale_after(toks, i) and not self._blocked(toks, i) \
                    and _negation_before(toks, i - 3) is None:
                # "In-memory rate limiter — must switch to Redis for multi-instance": only at scale
                claim = self._claim(tok, toks, "scale-purpose", " ".join(t.text for t in toks[i:i + 2]))
            elif (low == "for" or low == "in" and i + 1 < len(toks) and (
                    toks[i + 1].low.startswith("multi-") or toks[i + 1].low in ("multiple", "several"))) \
                    and i >= 1 and (toks[i - 1].service or i >= 4 and toks[i - 1].low in _COMPATIBLE_FORKS
                                               and toks[i - 2].low == "or" and toks[i - 3].service) \
                    and _scale_after(toks, i) \
                    and (i == 1 or toks[i - 2].low in (",", "(", ";", ":", "-", "—", "–") or toks[i - 2].low in (
                        "use", "add", "run", "enable", "deploy") and (i == 2 or toks[i - 3].kind == "punct"
                                                                      or _step_number(toks[i - 3].low))
                         or toks[i - 2].low in ("support", "supports")
                         or toks[i - 2].low == "or" and toks[i - 4].low in ("use", "add", "run", "enable", "deploy")) \
                    and not any(t.low in ("required", "mandatory", "must") or t.low in ("production", "prod") and not any(
                        w.low.startswith("multi-") or w.low in ("multiple", "horizontal", "several")
                        for w in toks[k + 1:k + 5] + toks[max(k - 2, 0):k]) for k, t in enumerate(toks)) \
                    and not ((any(t.low in ("uses", "leverages", "employs") for t in toks[:i - 1])
                              or toks[i - 1].low.endswith(("-backed", "-based", "-powered"))) and not any(
                        t.low in ("default", "defaults", "otherwise", "optional", "optionally") for t in toks)) \
                    and not self._blocked(toks, i):
                # ("The system uses MongoDB as the database, Redis for caching and WebSocket scaling": its roles;
                # "- **Distributed**: Redis-backed for horizontal scaling": what the state is built on, and why)
                # "(in-memory by default, Redis for multi-replica)", "rate limiters support Redis for
                # multi-worker deployments": the service for scale only
                end = next((k + 1 for k in range(i + 1, min(len(toks), i + 5)) if toks[k].low in _SCALE_WORDS
                            or toks[k].low.startswith("multi-")), i + 2)  # ("for WebSocket scaling")
                if toks[i + 1].low == "distributed" and i + 2 < len(toks):
                    end = i + 3  # ("for distributed deployments")
                claim = self._claim(tok, toks, "scale-purpose", " ".join(t.text for t in toks[i:max(end, i + (
                    3 if toks[i + 1].low in ("production", "prod") else 2))]))
            elif low == "fallback" and clause.kind == "paren" and self._paren_on_service(clause) \
                    and not set(self._unit_lows) & (FAILURE_WORDS | BROKEN_WORDS | {"degraded"}) \
                    and not self._blocked(toks, i) \
                    and not _not_available(self._unit_lows) and "primary" not in self._unit_lows \
                    and not any(t.low in ("dev", "development", "test", "tests", "testing") for t in toks[:i]) \
                    and not (len(toks) == 1 and len(clause.before.toks) >= 2
                             and clause.before.toks[-2].low in _COPY_WORDS):
                # (not "Redis (with in-memory dev fallback)": the stand-in is for development; nor
                # "# Local Redis (fallback)" under the hosted one: that copy is the fallback; nor
                # "Redis (primary) + Client Cache (fallback)": a failover pair, as an outage's fallback)
                # "Cache: Redis (with local memory fallback)": something else can stand in for it
                claim = self._claim(tok, toks, "fallback-paren", " ".join(t.text for t in toks[max(0, i - 3):i + 1]))
            elif low in _FOREIGN_IF and (clause.kind == "paren" and i == 0 and len(toks) <= 3
                                         and self._paren_on_service(clause) or low == "если" and any(
                    w[:5] in ("хотит", "испол", "нужен", "нужна", "не") for w in self._unit_lows[i + 1:i + 5])
                                         and any(t.service for t in toks[i + 1:i + 5])) \
                    and not self._blocked(toks, i) and not any(
                    w in " ".join(self._unit_lows) for w in _FOREIGN_FAILURE) \
                    and not any(t.low.startswith("persist") for t in toks[i + 1:i + 3]) \
                    and not any(t.low in VARIANT_WORDS for t in toks[i + 1:i + 5]):
                # (not "## Redis (si persistant)": whether its data persists; not "Если используете
                # облачный Redis": which one, a cloud one)
                # "(se configurato)", "(falls konfiguriert)", "если Redis не настроен", "Если хотите
                # использовать Redis:": a condition on having it
                claim = self._claim(tok, toks, "foreign-condition", " ".join(t.text for t in toks[i:i + 3]))
            elif low.startswith(("如果", "若", "假如", "如需")) and _cjk_condition_takes(tok.text) \
                    and (named := _cjk_condition_service(toks, i)) is not None \
                    and not any(f in t.text for t in toks[named + 1:named + 3] for f in _FOREIGN_FEATURES) \
                    and not any(t.low in _MANNER_NAMES for t in toks[named + 1:named + 4]) \
                    and not _names_failure(toks, ("挂",)) \
                    and not any(w in low for w in ("本地", "开发", "测试", "已存在", "已安装", "已有", "已经", "已运行",
                                                   "还没有", "还未", "尚未", "没有安装", "没安装", "未安装")) \
                    and not (named + 1 < len(toks) and toks[named + 1].low.startswith(
                        ("运行", "正在", "在运行", "已", "中", "正常", "在默认", "在本机", "位于", "在",
                         "服务正常", "服務正常", "服务运行", "服務運行", "服务正在", "服務正在"))) \
                    and not any(t.text.startswith(("都在", "都位于")) for t in toks[named + 1:named + 5]) \
                    and not (toks[named].kind == "code" and any(w in t.text for t in toks for w in _CJK_OTHER_SETTINGS)):
                # ("如果 Redis 在 Docker 中运行", "如果 Redis 和 Backend 都在 Zeabur": where it runs; "如果你不想使用
                # `REDIS_URL`，也可以使用個別配置項": which way to set it)
                # "如果不使用 Redis" (if you don't use Redis), "如果需要 Redis：" (if you need Redis),
                # "如果需要让 Cloudreve 连接 Redis" (if you need Cloudreve to connect to Redis)
                # ("如果 Redis 中仍有旧值": what is in it; "如果本地没有 Redis": locally; "如果没有安装 Redis，
                # 使用 Docker": where it is missing, install it; "如果主机上有原生
                # Redis 运行，需要先停止": a state, it runs; "如果需要使用 Redis 持久化": a feature of it;
                # "如果Redis正常运行，应该显示" (if it runs normally, you should see): a check; "如果 Redis
                # 在默认位置" (if it is at the default place): where it is)
                claim = self._claim(tok, toks, "foreign-condition", tok.text)
            elif low.startswith(_CJK_WHEN_SET) and (label := toks[:i - 1] if 2 <= i <= 5 and toks[i - 1].low == ":" else (
                    parts[clause.index - 1].toks if i == 0 and clause.index > 0 else [])) and len(label) <= 5 \
                    and any(t.service and "_" in t.low and self.names.locates(t.low) for t in label) \
                    and any(t.service for t in toks[i:i + 8]) and not self._blocked(toks, i):
                # "`REDIS_CONN_STRING`：设置之后将使用 Redis 作为缓存" (once it is set, Redis is used as the
                # cache): the service only when its variable is set
                claim = self._claim(tok, toks, "foreign-condition", tok.text)
            elif low in ("无", "無") and clause.kind == "paren" and i == 0 and len(toks) <= 3 and toks[1:2] \
                    and toks[1].service and clause.before is not None and clause.before.toks \
                    and clause.before.toks[-1].text.endswith(_CJK_SETUP_ENDS) and not self._nonprod(clause.before.toks):
                # "标准版（无 Redis）" (the standard edition, without Redis): a setup that goes without it
                claim = self._claim(tok, toks, "setup-without", tok.text)
            elif not tok.text.isascii() and (named := _cjk_condition_then_takes(toks, i)) is not None \
                    and not self._blocked(toks, named) \
                    and not any(f in t.text for t in toks[named + 1:named + 3] for f in _FOREIGN_FEATURES):
                # ("如果需要持久化，请启用 Redis 持久化": a feature of it)
                # "如果主服务器访问数据库延迟也比较高，则也需要启用 Redis" (if the main server's database
                # access is slow too, Redis must be enabled too): taken up only for that
                claim = self._claim(tok, toks, "foreign-condition", tok.text)
            elif low in ("preferably", "ideally"):
                nxt = i + 2 if _next_words(toks, i, 1) in (["via"], ["with"], ["using"], ["on"]) else i + 1
                obj = self._np_after(toks, nxt)
                claim = None
                if obj and obj[0].service and self._conjuncts_service(obj) and not _versioned(obj) \
                        and not self._blocked(toks, i) and _negation_before(toks, i) is None:
                    # "a shared cache, preferably Redis", "session storage, preferably via Redis"
                    claim = self._claim(tok, toks, "preferably", " ".join(t.text for t in toks[i:nxt + 1]))
            elif low == "part" and _next_words(toks, i, 1) == ["of"]:
                claim = self._not_part(clause, i)
            elif low == "alternative" and i >= 3 and toks[i - 1].low in ("an", "another") and toks[i - 2].low == "as" \
                    and (_next_words(toks, i, 1) != ["to"] or "default" in _next_words(toks, i, 3)):
                # ("supports Redis as an alternative to the default plugin messaging": beside the default)
                claim = self._as_alternative(clause, i)
            elif low == "alternative" and _next_words(toks, i, 1) == ["to"]:
                claim = self._alternative_to(clause, i)
            elif low == "alternative" and clause.kind == "paren" and i == 0 and len(toks) == 1 \
                    and (self._paren_on_service(clause) or self._role_of_service(clause)) and not self._blocked(toks, i) \
                    and not {"option", "options", "provider", "providers"} & set(self._unit_lows) \
                    and not any(t.low in PROVIDER_WORDS or t.low in VARIANT_WORDS for t in clause.before.toks):
                # "### Redis (Alternative)", "### Redis Sessions (Alternative)": one choice beside the
                # default, not the setup (not "Option 4: Railway Redis (Alternative)": which provider)
                claim = self._claim(tok, toks, "paren", "(" + tok.text + ")")
            elif low == "otherwise" and i <= 1 and clause.index > 0:
                claim = self._otherwise(clause, parts, i)
            elif low in _UPGRADE_VERBS:
                claim = self._upgrade(clause, i)
            elif low in ("replaces", "replace", "replaced") and i >= 1 and not self._blocked(toks, i) \
                    and not (low == "replaced" and toks[i - 1].low in ("a", "an", "the", "or", "and", "any", "newly")) \
                    and _negation_before(toks, i) is None and (self._is_service(self._np_after(toks, i + 1)) or (
                        _role_of_service(self._np_after(toks, i + 1))) or (
                        _next_words(toks, i, 3) == ["the", "need", "for"] and i + 4 < len(toks) and toks[i + 4].service)) \
                    and not any(t.low in _COMPATIBLE_FORKS or t.low in _HOSTED_PRODUCTS or t.service
                                for t in toks[:i]) \
                    and not any(t.low in _COMPATIBLE_FORKS for t in toks[i + 1:]) \
                    and not set(self._unit_lows) & {"would", "could", "rejected", "considered", "might"} \
                    and not (NEGATORS & {t.low for t in toks[i + 1:]} and _NOT_SANCTIONED & {t.low for t in toks[i + 1:]}) \
                    and (_next_words(toks, i, 3) == ["the", "need", "for"] or not _versioned(self._np_after(toks, i + 1))
                         and self._np_after(toks, i + 1)[-1].low not in (
                             "url", "urls", "uri", "uris", "host", "hosts", "address", "config", "configuration",
                             "settings", "client")
                         and not any(t.service for t in toks[i + 1 + len(self._np_after(toks, i + 1)):])) \
                    and not any(a.low == "with" and any(t.low in ("managed", "hosted", "cloud", "external")
                                                        or t.low in PROVIDER_WORDS or t.low in _HOSTED_PRODUCTS
                                                        for t in toks[k + 1:k + 4])
                                for k, a in enumerate(toks[i + 1:], i + 1)):
                # "**Solid Cache** replaces Redis for caching": something else stands in for it (not "replace the
                # bundled `redis` container with managed services": a hosted copy of it)
                claim = self._claim(tok, toks, "replaces", " ".join(t.text for t in toks[i:i + 2]))
            elif low in ("eliminates", "eliminate", "eliminated", "removes", "drops", "removing", "dropping",
                         "eliminating"):
                claim = self._drop_dependency(toks, i)
            elif low in ("recommendation", "suggestion") and clause.label_after and i + 1 == len(toks) \
                    and clause.index + 1 < len(parts) and (step := _after_yes(parts[clause.index + 1].toks)) \
                    and self._phrase_is_service(step[:6]) and step[0].low in PROVISION_VERBS \
                    and not self._blocked(toks, i):
                # "**My recommendation:** Use Redis", "**Recommendation: Yes, install Redis**": a recommended choice
                claim = self._claim(tok, toks, "recommend-label", tok.text)
            elif low == "option" and i >= 3 and toks[i - 1].low == "an" and toks[i - 2].low == "as" \
                    and toks[i - 3].service and _negation_before(toks, i - 3) is None and not self._blocked(toks, i) \
                    and not set(self._unit_lows) & (FAILURE_WORDS | BROKEN_WORDS):
                # "consider keeping Redis as an option", "Redis is available as an option"
                claim = self._claim(tok, toks, "as-option", "as an option")
            elif low == "instead" and clause.kind == "paren" and i == len(toks) - 1 and toks[0].low in ("use", "using") \
                    and 1 < i <= 5 and self._paren_on_service(clause) and not any(t.service for t in toks) \
                    and not any(t.low in _COMPATIBLE_FORKS or t.low in _HOSTED_PRODUCTS for t in toks) \
                    and not set(self._unit_lows) & (FAILURE_WORDS | BROKEN_WORDS):
                # "- [ ] Redis (use node-cache instead)": a stand-in takes its place
                claim = self._claim(tok, toks, "instead", " ".join(t.text for t in toks))
            elif low in ("si", "se") and i >= 1 and toks[i - 1].low in _ONLY_WORDS:
                claim = self._condition(clause, parts, i, implicit)  # "… solo si instalaste Redis"
            elif low in CONDITION_WORDS and (i == 0 or clause.kind == "paren" or (
                    i == 1 and toks[0].low == "only") or (i >= 2 and clause.kind == "main" and (toks[i - 1].low in _ONLY_WORDS or toks[i - 1].low == "even"))):
                claim = self._condition(clause, parts, i, implicit)
            else:
                continue
            if claim is None and low in ("disabled", "off") and clause.kind == "paren" and i == 0 \
                    and self._paren_on_service(clause) and not self._blocked(toks, i) \
                    and not set(self._unit_lows) & (FAILURE_WORDS | BROKEN_WORDS):
                # "# Redis (disabled - uses in-memory cache instead)": this setup runs without it
                claim = self._claim(tok, toks, "paren-disabled", tok.text)
            if claim is not None:
                yield claim

    def _you_can_use(self, clause: _Clause, i: int) -> Claim | None:
        """"You can use Redis for sessions", "You can opt into Redis for the queue", "You can also
        use your own Redis instance by setting …": taking it is offered, so it is optional. Not a
        choice between peers ("You can use Redis or DragonflyDB"), nor where or how to run it
        ("… run Redis on Fly.io"), nor a part of it ("… configure the Redis hostname")."""
        toks = clause.toks
        j = i + 1
        while j < len(toks) and toks[j].low in ("also", "optionally", "additionally", "still", "now", "then"):
            j += 1
        if j + 1 >= len(toks):
            return None
        verb = toks[j].low
        if verb == "opt" and toks[j + 1].low in ("into", "in", "for"):
            k = j + 2 + (toks[j + 1].low == "in" and j + 2 < len(toks) and toks[j + 2].low == "to")
        elif verb in ("use", "enable", "add", "plug"):
            k = j + 1
        elif verb in ("choose", "opt", "decide") and toks[j + 1].low == "to" and j + 2 < len(toks) \
                and toks[j + 2].low in ("use", "enable", "add"):
            k = j + 3  # "You can choose to use Redis for session data"
        elif verb == "configure":
            # "You can configure soketi to run using Redis as a primary adapter": set the software up
            # to take it (not "You can configure Redis as …", which sets the service itself up)
            to = next((m for m in range(j + 1, min(len(toks), j + 5)) if toks[m].low == "to"), None)
            if to is None or any(t.service for t in toks[j + 1:to]):
                return None
            how = [t.low for t in toks[to + 1:to + 3]]
            k = to + 2 if how[:1] == ["use"] else to + 3 if how in (["run", "using"], ["run", "with"], ["work", "with"]) \
                else None
            if k is None:
                return None
        else:
            return None
        while k < len(toks) and toks[k].low in ("your", "own", "a", "an", "the", "either"):
            k += 1  # ("you can use either Redis or memcached")
        if [t.low for t in toks[k:k + 1]] in (["different"], ["another"], ["other"], ["external"]) and k + 3 < len(toks) \
                and toks[k + 1].low in _ROLE_HEADS | {"backends", "stores", "caches"} \
                and [t.low for t in toks[k + 2:k + 4]] == ["such", "as"] and toks[k + 4:k + 5] and toks[k + 4].service \
                and not self._blocked(toks, i) and _negation_before(toks, i) is None and not self._nonprod(toks) \
                and not set(self._unit_lows) & (FAILURE_WORDS | BROKEN_WORDS):
            # "you can configure it to use a different backend such as Redis or Memcached": the
            # service one of the stores it may be given in place of its own
            return self._claim(toks[i - 1], toks, "you-can-use", " ".join(t.text for t in toks[i - 1:j + 1]))
        obj = self._np_after(toks, k)
        cut = next((m for m, t in enumerate(obj) if m and t.low in ("como", "comme", "come")), None)
        if cut is not None:
            obj = obj[:cut]  # "se puede añadir Redis como gestor de caché": the object ends before "as"
        head = obj[:-1] if len(obj) == 2 and obj[-1].low in _ROLE_HEADS else obj  # "a Redis queue": Redis, for it
        if obj and not any(t.service for t in obj):
            return self._setting_to_use(toks, i, j, toks[k + len(obj):k + len(obj) + 4])
        lows = [t.low for t in obj]
        if len(lows) == 3 and lows[1] == "or" and (obj[0].service and lows[2] in _PEER_BACKENDS
                                                   or obj[2].service and lows[0] in _PEER_BACKENDS) \
                and not self._blocked(toks, i) and _negation_before(toks, i) is None and not self._nonprod(toks) \
                and not set(self._unit_lows) & (FAILURE_WORDS | BROKEN_WORDS):
            # "we can use RabbitMQ or Redis": another kind of server can stand in for it (not "Redis or
            # DragonflyDB", a copy of it under another name)
            return self._claim(toks[i - 1], toks, "alternative", " ".join(t.text for t in toks[i - 1:k + 3]))
        if not obj or not obj[0].service or not self._is_service(head) or _versioned(obj) \
                or any(t.low in ("or", "and", "/", ",", "&") for t in obj):
            return None  # ("You can use Redis or DragonflyDB": which one)
        after = toks[k + len(obj)].low if k + len(obj) < len(toks) else ""
        if after in ("como", "comme", "come"):
            after = "as"  # "se puede añadir Redis como gestor de caché": as its role
        if after and after not in ("for", "to", "as", "by", ",", ".", "if", "when", "(", "instead", "!"):
            return None  # ("You can use Redis or DragonflyDB", "… on Fly.io")
        if after == "instead" or self._blocked(toks, i) or _negation_before(toks, i) is not None \
                or self._nonprod(toks) or set(self._unit_lows) & (FAILURE_WORDS | BROKEN_WORDS):
            return None
        end = k if verb in ("choose", "decide") else j + 1  # ("You can choose to use")
        return self._claim(toks[i - 1], toks, "you-can-use", " ".join(t.text for t in toks[i - 1:end]))

    def _setting_to_use(self, toks: list[Tok], i: int, j: int, after: list[Tok]) -> Claim | None:
        """"you can use the above `CACHE_STORE` environment variable to use `redis` as the cache
        store": a setting offered to take the service (not "… to use a Redis password", a part)."""
        lows = [t.low for t in after]
        if lows[:1] != ["to"] or lows[1:2] not in (["use"], ["enable"], ["select"], ["switch"]):
            return None
        k = toks.index(after[1]) + 1
        if k < len(toks) and toks[k].low == "to":
            k += 1  # "to switch to Redis"
        obj = self._np_after(toks, k)
        head = obj[:-1] if len(obj) == 2 and obj[-1].low in _ROLE_HEADS else obj
        if not head or not all(t.service for t in head) or _versioned(obj) or self._blocked(toks, i) \
                or _negation_before(toks, i) is not None or self._nonprod(toks) \
                or set(self._unit_lows) & (FAILURE_WORDS | BROKEN_WORDS):
            return None
        return self._claim(toks[i - 1], toks, "you-can-use", " ".join(t.text for t in toks[i - 1:j + 1]))

    def _cjk_case(self, toks: list[Tok], i: int) -> Claim | None:
        """Japanese and Korean put the condition after the service: "Redisを使う場合" (in case you use
        Redis), "Redisを使いたい場合" (if you want to use it), "Redis를 사용하는 경우" / "Redis 사용 시"
        (when using Redis). Not when the same unit speaks of a failure or of development."""
        text = toks[i].text
        if _JA_CASE_RE.match(text):
            wording = text
        elif text in _KO_TAKE and i + 1 < len(toks) and toks[i + 1].text.startswith(_KO_CASE):
            wording = f"{text} {toks[i + 1].text}"
        else:
            return None
        joined = "".join(t.text for t in toks)
        if any(w in joined for w in _CJK_FAILURE + _CJK_DEV) or self._nonprod(toks):
            return None
        before = toks[i - 2] if i >= 2 and toks[i - 2].kind == "word" else None
        if before is not None and (before.low in PROVIDER_WORDS or before.text.endswith(_CJK_OTHER)):
            return None  # "Upstash Redisを使用する場合", "他のRedisを使用する場合": which Redis, not whether
            # (as "If you use Upstash Redis", "If you use an external Redis")
        if any(t.text in _CJK_SEVERAL for t in toks[:i]):
            return None  # "두 개 이상의 캐싱 유형에 Redis를 사용하는 경우": for how many uses, not whether
        return self._claim(toks[i], toks, "foreign-condition", wording)

    def _claim(self, tok: Tok, toks: list[Tok], how: str, wording: str | None = None) -> Claim:
        if (wording is None or wording == tok.text) and tok.text[:1] >= "\u3040" and tok.low != tok.text.lower():
            # a run of Chinese or Japanese read as its hedge ("本项目无需", this project needs no …):
            # the claim is the hedge inside it, not the whole run
            needle = next((n for n, meaning in _CJK_HEDGES if meaning == tok.low and n in tok.text), None)
            if needle is not None and needle != tok.text:
                start = tok.start + tok.text.index(needle)
                return Claim(start, start + len(needle), needle, self.names.label, how)
        return Claim(tok.start, tok.end, wording or tok.text, self.names.label, how)

    # -- blockers ------------------------------------------------------------------

    def _blocked(self, toks: list[Tok], i: int, lo: int = 0) -> bool:
        """Negated, reported, counterfactual or out of production, seen from the cue at ``i``."""
        window = toks[max(lo, i - 5):i]
        lows = [t.low for t in window]
        for k, low in enumerate(lows):
            if low in NEGATORS and low != "without":
                rest = lows[k + 1:]
                if low == "no" and rest[:1] == ["longer"]:
                    return True
                if low == "no" and rest and rest[0] not in BETWEEN:
                    continue  # "no password, optional TLS"
                if all(r in BETWEEN or r in COPULAS or r in MODALS or r in ("just", "merely", "an", "a")
                       for r in rest):
                    return True
        if lows[-2:] in (["rather", "than"], ["instead", "of"], ["as", "opposed"]) or lows[-1:] == ["versus"]:
            return True
        head = [t.low for t in toks[:i + 1]]
        if _reports(head, i):
            return True
        if ("if" in head or "though" in head or "to" in head) and not COUNTERFACTUAL.isdisjoint(
                zip(head, head[1:])):
            return True  # "as if Redis were optional", "Redis used to be optional"
        return self._out_of_scope(_up_to_coordination(toks, i))

    def _out_of_scope(self, toks: list[Tok]) -> bool:
        """The clause, or the whole unit ("In development, … Redis is not required"), is
        scoped to development or tests (not by an example: "(e.g. in the Replit dev environment)")."""
        if self._examples:
            toks = [t for t in toks if not any(a <= t.start < b for a, b in self._examples)]
        return self._unit_nonprod or self._nonprod(toks)

    @staticmethod
    def _nonprod(toks: list[Tok]) -> bool:
        lows = [t.low for t in toks]
        if not "".join([t.text for t in toks]).isascii():  # "Redis 可选（开发环境不需要）": not needed in development
            texts = [t.text for t in toks if not t.text.isascii()]  # (their ``low`` may be a translation)
            joined = " ".join(texts)  # (Korean spaces its words: "개발 환경", development environment)
            if any(d in joined for d in _CJK_DEV) and not any(p in joined for p in _CJK_PROD):
                return True
        if _dev_not_production(lows):
            return True  # "… falls back to `locmem` — suitable for development and tests, not for production"
        named = {"prod", "production", "staging"} & set(lows)
        if named and not any(w in NECESSITY_ADJ or w == "must" for k, w in enumerate(lows) if not (
                named != {"staging"} and k and (lows[k - 1] in ("not", "never") or lows[k - 1].endswith("n't")))):
            return False  # "optional in prod as well as in dev": production is in scope too
            # (also "NOT required for single-instance scenarios (development, small production)": the
            # necessity word negated is the hedge itself, not a production that needs it)
        if ("deployments" in lows or "sites" in lows or "servers" in lows) and ("and" in lows or "or" in lows) \
                and any(w in ("small", "single-server", "single", "smaller", "simple", "low-traffic", "tiny")
                        for w in lows):
            return False  # "works fine for development and small deployments": small production too
        codes = [k for k, t in enumerate(toks) if t.kind == "code"]
        if any(toks[k].low.split()[-1:] in (["dev"], ["test"], ["runserver"]) and k + 1 < len(toks)
               and toks[k + 1].low in ("mode", "server", "command") for k in codes):
            return True  # "In single-worker `tuvl dev` mode Redis is optional"
        if any(_DEV_RUN.fullmatch(toks[k].low.strip("` ")) for k in codes):
            return True  # "`make dev` boots the full stack with no Redis prerequisite": the developer's run
        if any(toks[k].low.startswith(("npm run test", "yarn test", "pnpm test", "pytest", "make test",
                                       "npm test", "bin/rails test", "go test")) for k in codes):
            return True  # "If Redis is installed, run `npm run test:compat`": a test run
        if "/" in "\0".join(lows):
            lows = [part for low in lows for part in (low.split("/") if "/" in low and low != "/" else [low])]
        if not _LOCAL_COMPOUNDS.isdisjoint(lows):
            lows = [part for low in lows for part in (low.split("-") if low.startswith("local-") else [low])]  # "Local-dev story:"
        for k, low in enumerate(lows):
            if low in _INERT_MARKS or low.isalpha() and low not in _NONPROD_TRIGGERS \
                    and not low.startswith(("developmentconfig", "devconfig")):
                continue  # (every test below needs one of these words, or a mark no letter is, but not a
                # punctuation mark alone: none of the tests below takes one)
            if low in ("production", "prod") and k and lows[k - 1] in ("outside", "non", "non-", "pre"):
                return True  # "outside production", "non-production"
            if low == "locale" and k and lows[k - 1] in ("in", "mvp", "sviluppo", "ambiente", "test", "prototipo"):
                return True  # Italian "in locale" (locally), "MVP locale": a local setup (not the English "locale")
            if low == "local" and k and lows[k - 1] in ("in", "en", "em") and (k + 1 == len(lows) or lows[k + 1] in (
                    "to", "for", "para", "pour", "per", "and", "y", "e", "or", "o", ",", ".", ";", ")", "—", "-")):
                return True  # "no es obligatorio en local para probar la app" (not "in local storage")
            if low in ("tester", "probar", "testar", "testare") and k and lows[k - 1] in ("pour", "for", "per"):
                return True  # "Redis n'est pas obligatoire … pour tester l'API" ("para" reads as "for"): to try it out
            if low == "test" and k + 1 < len(lows) and lows[k + 1][:1].isdigit():
                return True  # "#### Test 9.4: Redis integration (optional)": a test plan's step
            if low == "tested" and k and lows[k - 1] in ("are", "is", "be", "get", "gets", "being") \
                    and lows[k + 1:k + 2] == ["without"]:
                return True  # "This ensures cache-related code paths are tested without requiring Redis"
            if low == "test" and k >= 3 and lows[k - 1] in ("to", "quickly") and "want" in lows[max(0, k - 4):k] \
                    and not {"just", "only", "quickly"}.isdisjoint(lows[max(0, k - 5):k]):
                return True  # "If you only want to quickly test the login, you can skip Redis": a trial run
            if "." in low and _dev_file(low.strip("`")):
                return True  # "the in-memory backends in `development.ini`", "… in `docker-compose.dev.yml`"
            if low.startswith(".env.") and low[5:].split(".")[0] in ("local", "development", "dev", "test", "testing"):
                return True  # "Disable Redis in `.env.local`": a developer's own file
            if low in ("debug=true", "debug=1") or low.startswith(_DEV_IDENTIFIERS):
                return True  # "`DevelopmentConfig` — SQLite, no Redis, debug=True"
            if low in ("dev", "development", "local", "test", "testing") and lows[k + 1:k + 2] == ["without"] \
                    and all(w in ("-", "*", "+", "**", "in", "for") for w in lows[:k]):
                return True  # "- dev without Redis: memory fallback works"
            if low.startswith(("development-", "dev-")) and low.endswith(("friendly", "only", "mode")):
                return True  # "Development-friendly (works without Redis)"
            if low.startswith("test_") and low.endswith(("_url", "_host", "_uri", "_dsn")) or ".spec." in low \
                    or ".test." in low:
                return True  # "`queue.e2e-spec.ts` … is skipped without `TEST_REDIS_URL`": a test's own setting
            if low == "localhost" and k + 1 < len(lows) and lows[k + 1] in ("setup", "setups", "development", "use"):
                return True
            if low == "local" and k and lows[k - 1] in ("for", "the", "your", "our") and lows[k + 1:k + 2] in (
                    ["backing"], ["services"], ["stack"], ["containers"], ["machine"], ["workstation"]):
                return True  # "`docker-compose.yml` for local backing services (PostgreSQL, optional Redis)"
            if low in ("integration", "e2e", "unit") and k + 1 < len(lows) and lows[k + 1] in (
                    "runs", "run", "tests", "test", "testing", "suite", "environment"):
                return True
            scope_words = ("dev", "local", "test", "tests", "development", "testing", "ci", "staging")
            if low in scope_words and (
                    k + 1 < len(lows) and (lows[k + 1] == ":" or lows[k + 1] == ")" and not (k and lows[k - 1] in (
                        "or", "and", ",")) or lows[k + 1] == "/" and lows[k + 2:k + 3]
                                           and lows[k + 2] in scope_words and lows[k + 2] != "staging")
                    or k and lows[k - 1] == "(" and (low != "local" or k + 1 == len(lows) or lows[k + 1] in (
                        ")", ":", "/", ",", "only", "dev", "development", "setup", "testing", "use", "mode"))) \
                    and low != "staging":  # (not "(local cache will be used if …)")
                return True  # "Local/dev: can run without Redis", "(dev)"
            if low in NONPROD_WORDS:
                prev = lows[k - 1] if k else ""
                if low in ("development", "desarrollo", "desenvolvimento", "entwicklung", "développement") \
                        and prev in ("in", "under", "en", "em", "in der", "under active") and k >= 2 \
                        and lows[k - 2] in ("is", "are", "still", "está", "están", "esta", "estão", "ist", "sind",
                                            "est", "sont", "currently", "actively") \
                        and set(lows[max(0, k - 6):k - 2]) & {"integration", "integración", "integração", "support",
                                                              "soporte", "suporte", "feature", "features",
                                                              "funcionalidad", "funcionalidade", "module", "módulo"}:
                    continue  # "(the cache integration is in development)", "está en desarrollo": not ready yet
                if low == "local" and prev == "for" and (k + 1 == len(lows) or lows[k + 1] in (",", ")", ";", ".")):
                    return True  # "optional for local, required for production"
                if low == "local" and not (k + 1 < len(lows) and lows[k + 1] in (
                        "development", "dev", "machine", "machines", "environment", "environments",
                        "setup", "setups", "testing", "laptop", "workstation", "experiments",
                        "server", "servers", "run", "runs", "use", "usage", "only", "startup",
                        "start", "demos", "demo", "paths", "instance", "work", "iteration", "backend", "docker",
                        "mvp", "prototype", "prototyping", "poc", "experimentation")):
                    continue
                if low in ("lokal", "lokale", "lokalen", "lokales", "lokaler") and k + 1 < len(lows) \
                        and lows[k + 1][:1].isalpha() and not lows[k + 1].startswith((
                            "entwickl", "umgebung", "test", "rechner", "maschine", "setup", "dev", "laptop", "install")) \
                        and lows[k + 1] not in ("ist", "sind", "kann", "können", "wird", "werden", "reicht", "genügt", "läuft"):
                    continue  # "Lokales Caching aktiv (kein Redis erforderlich)": caching in the process, not a developer's setup
                if low == "locally" and lows[k + 1:k + 2] in (["installed"], ["hosted"], ["built"], ["compiled"]):
                    continue  # "Source build requires a locally installed database …": on the host, not a dev setup
                if low == "tests" and "for" in lows[max(0, k - 6):k]:
                    return True  # "only required for integration or worker tests"
                if low in ("test", "tests", "dev") and prev not in (
                        "in", "for", "during", "on", "the", "a", "your", "when", "unit", "integration", "no",
                        "e2e", "end-to-end", "these", "those", "our", "functional", "automated", "smoke",
                        "you", "also", "to", "we", "run", "running", "runs"):  # ("if you also test the simulations")
                    if low == "dev" and "for" in lows[max(0, k - 3):k] and (k + 1 == len(lows) or lows[k + 1] in (
                            ",", ")", ";", ".", "|")):
                        return True  # "Redis is optional for single-server dev"
                    if not (k + 1 < len(lows) and lows[k + 1] in ("development", "setups", "setup",
                                                                  "environments", "environment",
                                                                  "runs", "suite", "machines", "script",
                                                                  "scripts", "profile", "profiles", "mode",
                                                                  "プロファイル", "모드", "模式", "环境", "環境")):
                        continue
                return True
        return False

    # -- noun phrases --------------------------------------------------------------

    def _is_service(self, np: list[Tok]) -> bool:
        """The phrase's head is the service (``the Redis server``, not ``the Redis socket``)."""
        words = [t for t in np if t.kind != "punct" or t.low in ("'s", ",", "/", "&")]
        if not any(t.service for t in words) or words[-1].low in _APPROACH_HEADS:
            return False  # (not "the Redis caching approach": a way of using it)
        for k, tok in enumerate(words):
            if tok.service and k and any(_variant(w.low) and not (w.low == "external" and (
                    self.external_is_the_service or self.option_goes_without))
                                         for w in (words[k - 2:k] if k >= 2 and words[k - 1].kind == "word"
                                                   and not words[k - 1].service and tok.start - words[k - 1].end <= 1
                                                   else words[k - 1:k])):
                return False  # "a managed Redis", "a dedicated Redis server", "an external stateful Redis": a kind of it
            if tok.service and k and (words[k - 1].low in PART_NOUNS and k >= 2 and words[k - 2].low in _ROMANCE_ARTICLES
                                      or words[k - 1].low == "passe" and [w.low for w in words[max(0, k - 3):k - 1]] == [
                                          "mot", "de"]):
                return False  # "un cluster Redis", "Mot de passe Redis": the noun before its name, a part of it
            if tok.service and k + 1 < len(words) and words[k + 1].low in _VARIANTS_AFTER:
                return False  # "sans Redis externe", "Redis gerenciado": a kind of it, the adjective after its noun
            if tok.service and tok.kind == "code" and k and words[k - 1].low in PART_NOUNS \
                    and words[k - 1].low not in _ROLE_HEADS and all(t.kind == "punct" or t.low in (
                        "for", "when", "if", "in", "on") for t in words[k + 1:k + 2]):
                return False  # "SSL/TLS (`rediss://`)": the code span shows the part, as an appositive
        if words[0].kind == "word" and words[0].low.endswith("ing") and not words[0].service \
                and words[0].low not in PROVISION_VERBS and words[0].low not in FEATURE_NOUNS | {"provisioning"}:
            return False  # "monitoring Redis", "tuning Redis": an activity, not the service
        for k, tok in enumerate(words):
            if not tok.service:
                continue
            if tok.low.endswith(_BACKED):
                return True  # "a Redis-backed blocklist": its head needs the service
            lead = k
            while lead >= 2 and words[lead - 1].low in ("or", "and", ",") and words[lead - 2].kind in ("word", "code") \
                    and words[lead - 2].low not in STOP_NP and words[lead - 2].low not in ("like", "e.g", "eg", "as"):
                lead -= 2  # "external infrastructure like Celery or Redis": the last of the examples
            if lead >= 2 and [w.low for w in words[lead - 2:lead]] == ["such", "as"] or lead >= 1 and words[lead - 1].low in (
                    "e.g", "like", "eg"):
                if all(w.low in ("and", "or", ",") or w.service for w in words[k + 1:]):
                    return True  # "a shared store such as Redis": the example is the service
            rest = words[k + 1:]
            if k > 0 and words[k - 1].low in ("of", "do", "da", "du", "des", "del", "von", "der", "des") or k > 1 and words[
                    k - 1].low in ("de", "di"):  # (a bare "de Redis" leaves the head to the phrase before it)
                head = words[k - 2].low if k >= 2 else ""
                if k >= 3 and (head in OPTIONAL_WORDS or head in RECOMMEND_WORDS):
                    head = words[k - 3].low  # "Instalación opcional de Redis": the noun before its adjective
                if head not in OF_IDENTITY:
                    continue
            if k > 0 and words[k - 1].low in ("with", "via", "using", "through") and k <= 3 and \
                    any(w.low in FEATURE_NOUNS for w in words[:k - 1]):
                pass  # "caching with Redis": the service is how the feature is provided
            elif k > 1 and words[k - 1].low == "in" and words[k - 2].low in FEATURE_NOUNS and not rest:
                pass  # "the use of a remote cache in Redis": the service holds the feature
            elif k > 1 and (words[k - 1].low == "to" or words[k - 2].low == "to") \
                    and (p := _skip_determiners(words, k - 1)) >= 1 and words[p].low == "to" \
                    and words[p - 1].low in ("connection", "connections") \
                    and all(w.low in DETERMINERS for w in words[:p - 1]):
                pass  # "if a connection to a redis server is configured": having one
            elif k > 0 and words[_skip_determiners(words, k - 1)].low in (
                    "with", "for", "on", "in", "to", "by", "from", "via", "than", "against",
                    "needs", "need", "requires", "uses", "use", "until", "till", "into", "onto") or k > 1 and words[k - 1].low in (
                    "en", "sur", "auf") and words[k - 2].low in PART_NOUNS and words[k - 2].low not in _ROLE_HEADS \
                    and words[k - 2].low not in FEATURE_NOUNS:
                # "the worker needs Redis" / "a check on Redis": the phrase is about something else
                # (also a part of it in other languages: "password en Redis", "ein Passwort auf Redis")
                if k < 2 or words[0].low not in ("installing", "running", "using", "deploying",
                                                 "adding", "enabling", "having", "setting"):
                    continue
            if not rest:
                return True
            nxt = rest[0].low
            if rest[0].kind == "code" or nxt in ("python", "node", "node.js", "ruby", "php", "java", "npm", "pip",
                                                 "gem", "crate", "composer", "pecl"):
                continue  # ("the optional redis Python dependency": the client library)
            if nxt == "db" and len(rest) == 1 and k and (words[k - 1].low in ("a", "an", "new") or words[
                    k - 1].low in PROVIDER_WORDS or words[0].low in ("create", "provision")):
                return True  # "(Optional) Create Upstash Redis DB": a hosted database is an instance (not "Redis DB 2")
            if nxt in ("server", "instance", "database", "db", "cache", "broker", "store") and len(rest) > 1 \
                    and rest[1].low in PART_NOUNS \
                    and rest[1].low not in _ROLE_HEADS and rest[1].low not in ("version", "versions", "step", "steps") \
                    and rest[1].start - rest[0].end <= 1:
                continue  # "Redis server port (optional)", "Redis server hostname", "Redis Cache Prefix": a setting of it
            if nxt == "'s":
                after = rest[1].low if len(rest) > 1 else ""
                if after in IDENTITY_NOUNS:
                    return True
                continue
            if nxt in ("and", "or", ",", "&", "/", "plus", "itself", "too", "as", "also",
                       "if", "when", "unless", "only", "is", "are", "can", "may", "for", "in",
                       "on", "at", "with", "(", "-", "server", "will", "would", "should", "must",
                       "isn't", "aren't", "remains", "stays", "becomes", "as", "instead", "was",
                       "were", "being", "be", "could", "might", "then", "here", "there", "below", "above",
                       "alone", "either", "locally", "entirely", "really", "not", "just",
                       "then", "altogether", "at", "to", "from", "via", "over", "under",
                       "available", "installed", "running", "configured", "enabled", "present",
                       "which", "that", "being", "by", "but", "out", "entirely", "completely",
                       "e.g", "eg", "i.e", "ie", "such", "like", "including", "namely",
                       "alongside", "beside", "besides", "next", "together", "using", "thanks", "behind", "through",
                       "today", "currently", "anymore", "so", "because",
                       "empty", "unset", "blank"):
                return True
            if nxt in ("environment", "env") and len(rest) > 1 and rest[1].low in ("variable", "var", "variables", "vars") \
                    and (tok.kind == "code" or rest[1].low in ("vars", "var")):
                return True  # "`REDIS_URL` environment variable is optional", "Skip Redis env vars"
            if nxt in IDENTITY_NOUNS or nxt in ("after", "before", "until", "unless", "right",
                                                "afterwards", "anyway", "though") or nxt in ("initially", "temporarily", "later", "yet", "now",
                                                "first", "anymore", "everywhere", "altogether",
                                                "entirely", "completely", "altogether"):
                return True  # "skip Redis initially": an adverb ends the phrase
            if nxt[:1].isdigit() or nxt.startswith("v") and nxt[1:2].isdigit() or nxt in (">=", ">"):
                # "Redis 7 (optional)", "Redis >= 6 is optional": a version qualifies the service;
                # recommending a version is not a hedge on the service (see ``_claims``)
                j = 1
                while j < len(rest) and (rest[j].low[:1].isdigit() or rest[j].low in (
                        "+", ".", ">=", ">", "or", "later", "newer", "above", "higher", "x")):
                    j += 1
                if all(t.low in ("or", "later", "newer", "above", "higher") for t in rest[1:j]) and (
                        j == len(rest) or rest[j].low in ("(", ",", "is", "are", "can", "may", "-", "—",
                                                         "–", ":", "and", "server", "instance", "for", "installed",
                                                         "running", "available", "configured", "enabled")):
                    return True
                continue
            if nxt in _HANDLED_ROLES and len(rest) > 1 and rest[1].low in _HANDLING_WORDS \
                    and (len(rest) == 2 or rest[2].kind == "punct"):
                return True  # "optional Redis session handling": the service in that role
            if (nxt in USE_NOUNS and nxt not in ("connection", "use", "registration") or nxt in (
                    "deployment", "installation")) and (
                    len(rest) == 1 or rest[1].kind == "punct"):
                return True  # "Redis support", "the Redis connection": using it at all
            if nxt == "pub" and [t.low for t in rest[1:3]] == ["/", "sub"]:
                rest = [Tok("pub/sub", "pub/sub", rest[0].start, rest[2].end), *rest[3:]]  # (tokenized in three)
                nxt = "pub/sub"
            if nxt in ("pub/sub", "pubsub", "adapter", "backplane") and (len(rest) == 1 or rest[1].kind == "punct"
                                                                          or rest[1].low in ("is", "are")):
                return True  # "Redis pub/sub (optional)", "the Redis adapter is optional": the service in its role
            if nxt in PART_NOUNS or nxt in ("locking", "locks", "throttling", "rate-limiting", "streams", "pubsub",
                                            "pub/sub", "search", "status"):
                continue  # (and a feature built on it: "add Redis locking")
            # an unknown word after the name: a verb ("Redis listens") or a participle ("optional
            # Redis powering the alerts") keeps the name the head
            if nxt.endswith("s") and not nxt.endswith("ss") or nxt.endswith("ing") and len(nxt) > 5:
                return True
            continue
        return False

    @staticmethod
    def _np_after(toks: list[Tok], i: int) -> list[Tok]:
        out = []
        for tok in toks[i:]:
            if tok.low in STOP_NP and out and tok.low not in ("and", "or") or tok.low in (";", ":", "(", ")"):
                break
            if tok.low in (",",) and out:
                break
            if out and tok.text >= "\u3040" and out[-1].text[-1:].isascii() and tok.kind == "word":
                break  # "无需 Redis 即可运行": the English phrase ends where a run of Chinese or Japanese starts
            out.append(tok)
        return out

    def _antecedent(self, clause: _Clause, parts: list[_Clause], depth: int = 0) -> bool:
        """"…want Redis, but it's not a must" / "…add Redis; others can skip it": ``it`` in a
        clause refers to the service when the clause before ends with it or has it as subject."""
        if clause.index == 0:
            return False
        prev = parts[clause.index - 1]
        words = [t for t in prev.toks if t.kind != "punct"]
        if not words or prev.kind == "cond":
            return False
        if words[-1].service:
            return True
        while len(words) > 1 and words[-1].low in ("yet", "now", "anymore", "today"):
            words = words[:-1]
        if words[-1].low == "it" and len(words) > 1 and depth < 2 and self._antecedent(prev, parts, depth + 1):
            return True  # "Redis is used by Sidekiq but we haven't had a reason to use it yet, so it is …": the same it
        if len(words) > 1 and words[0].service and words[1].low not in PART_NOUNS and words[1].low not in _SETUP_NOUNS \
                and not words[1].service and words[1].low.endswith("s") and words[1].low not in COPULAS:
            return True  # "Redis speeds things up, but you do not need it": the subject of a verb before
        at = next((k for k in range(len(words) - 1, 0, -1) if words[k].service), None)
        if at is not None and words[at - 1].low in _SUPPORT_VERBS and (
                at + 1 == len(words) or words[at + 1].low in ("as", "for")) and not any(
                w.text[:1].isupper() or w.kind == "code" for w in words[at + 2:]):
            return True  # "X supports Redis as a caching backend, but you probably don't need it": its role only after
        for k, tok in enumerate(prev.toks):
            if tok.low in COPULAS or tok.low in MODALS:
                return self._conjuncts_service(self._subject(prev.toks, k))
        return False

    def _inherited(self, clause: _Clause, parts: list[_Clause]) -> list[Tok]:
        """"Redis is supported but not required": a subjectless coordinated clause shares the
        subject of the clause before it."""
        if not clause.toks or clause.index == 0 or clause.toks[0].low not in ("but", "and", "yet", "though") and not (
                clause.toks[0].low in ("never", "not") and parts[clause.index - 1].toks
                and parts[clause.index - 1].toks[-1].low not in ("and", "or")):
            return []  # ("Redis is helpful, never essential")
        prev = parts[clause.index - 1]
        for k in range(len(prev.toks) - 1, -1, -1):
            tok = prev.toks[k]
            if tok.low in COPULAS or tok.low in MODALS or tok.low.endswith("n't"):
                # the last one: "… is designed so Redis is helpful but not required"
                return self._subject(prev.toks, k)
        at = next((k for k, t in enumerate(prev.toks) if t.kind != "punct"), None)
        if at is not None and prev.toks[at].service and not (
                at + 1 < len(prev.toks) and prev.toks[at + 1].low in PART_NOUNS):
            return [prev.toks[at]]  # "Redis improves durability but is not required" (not "Redis Password - NOT REQUIRED …")
        return []

    @staticmethod
    def _subject(toks: list[Tok], verb: int) -> list[Tok]:
        """The noun phrase before the verb/copula at ``verb`` (leading connectives dropped)."""
        start = 0
        if verb >= 2 and toks[verb - 1].low == ",":
            # "Flower, a dashboard for Celery and Redis, is optional": the subject is "Flower"
            first = next((k for k in range(verb) if toks[k].low == ","), verb - 1)
            head = toks[:first]
            if head and first < verb - 1 and head[0].low not in (
                    "for", "in", "on", "with", "without", "however", "if", "when", "unless", "by",
                    "as", "after", "before", "and", "but", "so"):
                return head
        for k in range(verb - 1, -1, -1):
            low = toks[k].low
            if low in ("and", "or") and not any(t.low in COPULAS or t.low in MODALS or t.low in NEED_VERBS
                                                for t in toks[:k]):
                continue  # "Redis and Memcached are ...": a conjunction inside the subject
            if low == "," and (_bare_names(toks[:verb]) or _noun_list(toks[:verb])):
                return toks[:verb]  # "Redis, BullMQ and SQLite are optional": a list of names is the subject
            if low == "," and _gerund_with_listed_objects(toks, verb):
                return toks[:verb]  # "Using Redis for the queue, the cache and the sessions is optional"
                # ("Redis, a mail catcher, and Elasticsearch are optional extras": of short noun phrases)
            if low in ("that", "which", "who", "so", "then", "and", "or", "but", ",",
                       "however", "therefore", "also", "thus") and k < verb - 1:
                # "Celery, which needs Redis," - keep the outer subject; a clause start otherwise
                start = k + 1
                break
        subject = toks[start:verb]
        while subject and (subject[-1].low in MODALS or subject[-1].low in BETWEEN
                           or subject[-1].low in NEGATORS):
            subject = subject[:-1]
        # drop a relative clause: "Celery, which needs Redis, is optional"
        for k, tok in enumerate(subject):
            if tok.low == "," and k:
                subject = subject[:k]
                break
        return subject

    # -- attachments ---------------------------------------------------------------

    def _hedge(self, clause: _Clause, parts: list[_Clause], i: int, implicit) -> Claim | None:
        toks = clause.toks
        tok = toks[i]
        if self._blocked(toks, i):
            return None
        if tok.low in ("extra", "extras") and not (i and toks[i - 1].low in COPULAS):
            return None  # (not "the redis extras are installed with pip": a package's extras)
        if tok.low in ("extras", "add-ons", "addons", "add-on", "addon") and i and (
                toks[i - 1].low in OPTIONAL_WORDS or toks[i - 1].low in RECOMMEND_WORDS):
            return None  # "optional extras": the adjective before it says it once
        if tok.low in ("addon", "add-on", "addons", "add-ons") and i and (toks[i - 1].service or toks[
                i - 1].kind == "word" and toks[i - 1].text[:1].isupper() and toks[i - 1].low not in ("optional", "an", "a")):
            return None  # "the Render Redis addon", "(Koyeb add-on)": a compound noun, not a verdict
        if tok.low in ("addon", "add-on") and i + 2 < len(toks) and toks[i + 1].low in ("for", "für", "pour", "para", "per"):
            article = toks[i + 2].low in ("the", "die", "den", "la", "le", "el", "il")
            host = toks[i + 3] if article and i + 3 < len(toks) else None if article else toks[i + 2]
            if host is None or host.kind == "word" and host.text[:1].isupper() and host.low not in _BENEFITS:
                # (the platform's name may stand in a link the unit ends before: "als Addon für die\n[Homematic …]")
                return None  # "[redis](…) als Addon für die Homematic CCU3": packaged for that platform
        wording = tok.text if tok.low not in ("nice", "good", "great", "handy") else " ".join(t.text for t in toks[i:i + 3])
        idiom = _idiom_at(toks, i)
        if idiom is not None:
            wording = " ".join(t.text for t in toks[i:i + idiom])
        # "Redis sits in front of the database as an optional layer": the subject's role
        if i >= 3 and toks[i - 1].low in ("a", "an") and toks[i - 2].low == "as" and tok.low in OPTIONAL_WORDS:
            first = next((t for t in toks if t.kind == "word"), None)
            named = i - 4 if i >= 4 and toks[i - 3].low in ("only", "just", "purely", "merely") else i - 3
            if (toks[named].service or first is not None and first.service and first.low.endswith(_BACKED)
                    or first is not None and first.service and not any(
                    t.low in ("with", "using", "via", "plus", "and") or t.low in PART_NOUNS for t in toks[:i - 2])) and not any(
                    t.low in NEGATORS for t in toks[:i]) and not self._blocked(toks, i) and not (
                    tok.low in ("addon", "add-on") and any(t.low in _OFFER_VERBS for t in toks[:named])):
                return self._claim(tok, toks, "as-optional", wording)
                # (not "Railway provides Redis as an addon": a platform's catalogue of add-ons)
        # the same in other languages: "Redis se usa como cache opcional", "Redis wird als optionaler
        # Cache genutzt" (the role noun before or after the hedge)
        as_at = next((k for k in range(max(0, i - 3), i) if toks[k].low in _FOREIGN_AS), None)
        if as_at is not None and tok.low in OPTIONAL_WORDS and len([t for t in toks[as_at + 1:i] if t.low not in (
                "un", "una", "une", "uno", "ein", "eine", "einen", "einem")]) <= 1 and toks[0].service \
                and not any(t.low in NEGATORS or t.low in ("nicht", "pas", "não") for t in toks[:i]):
            return self._claim(tok, toks, "as-optional", wording)
        # "Redis is one of the 7 optional services": a member of what may be left out
        if tok.low in OPTIONAL_WORDS and i >= 4 and "one" in (toks[i - 2].low, toks[i - 3].low, toks[i - 4].low):
            one = next(k for k in (i - 2, i - 3, i - 4) if toks[k].low == "one")
            between = [t.low for t in toks[one + 1:i]]
            if one >= 2 and toks[one - 1].low in COPULAS and between[:1] == ["of"] and all(
                    w in ("of", "the", "our", "its", "several", "many", "few", "these", "those", "two", "three", "four",
                          "five", "six", "seven", "eight", "nine", "ten") or w.isdigit()
                    for w in between) and i + 1 < len(toks) and toks[i + 1].kind == "word" \
                    and toks[i + 1].low not in PART_NOUNS and _negation_before(toks, one - 1) is None:
                subject = self._subject(toks, one - 1)
                if subject and self._conjuncts_service(subject):
                    return self._claim(tok, toks, "one-of-optional", wording)
        # "treats Redis as optional acceleration", "includes Redis as optional"
        if i >= 2 and toks[i - 1].low == "as" and toks[i - 2].service and not any(
                t.low in NEGATORS for t in toks[:i - 1]) and not (i >= 3 and toks[i - 3].low in COPULAS):
            return self._claim(tok, toks, "as-optional", wording)
        # "Redis is used for optional caching": its use is optional
        if i >= 3 and _lows_before(toks, i)[-2:] in (["used", "for"], ["used", "as"]) and \
                self._conjuncts_service(self._subject(toks, i - 2)) and tok.low in OPTIONAL_WORDS:
            return self._claim(tok, toks, "optional-use", wording)
        # "TaskFlow uses Redis for optional rate limiting": what it is used for is optional
        # (also "Using NestJS and Redis for optional caching", and a list item "- Redis for optional caching")
        lead = [t.low for t in toks[:i - 2] if t.low not in ("*", "**", "_", "-", "+", "[", "]")] if i >= 2 else []
        if i >= 2 and tok.low in OPTIONAL_WORDS and toks[i - 1].low == "for" and toks[i - 2].service \
                and (lead[-1:] in (["uses"], ["use"], ["using"]) or not lead
                     or lead[-1:] == ["and"] and not {"uses", "use", "using"}.isdisjoint(lead[-6:])) \
                and _negation_before(toks, i - 2) is None \
                and not self._blocked(toks, i) and not (i + 1 < len(toks) and toks[i + 1].low in PART_NOUNS):
            return self._claim(tok, toks, "optional-use", wording)
        # "Redis provides optional performance caching": what it is there for is optional
        before = _lows_before(toks, i)
        if i >= 2 and before[-1:] and before[-1] in ("provides", "offers", "adds", "gives") and tok.low in OPTIONAL_WORDS \
                and self._conjuncts_service(self._subject(toks, len(before) - 1)) \
                and _negation_before(toks, i) is None:
            return self._claim(tok, toks, "optional-use", wording)
        # object complement: "we keep Redis optional", "this PR makes Redis optional"; passive
        # without a copula: "### 10. Redis made optional"
        j = i - 1  # (past a degree adverb: "Redis made completely optional", "Redis reso completamente opzionale")
        while j > 1 and toks[j].low in _DEGREE_ADVERBS:
            j -= 1
        if j >= 1 and toks[j].low in ("made", "kept", "left", "marked") and toks[j - 1].service \
                and not any(t.low in NEGATORS for t in toks[:i]):
            return self._claim(tok, toks, "object-complement", wording) if toks[j].low != "marked" else None
        # a change of state: "Redis went from required to completely optional"
        if j >= 3 and toks[j].low == "to" and tok.low in OPTIONAL_WORDS:
            f = next((k for k in range(j - 1, max(0, j - 5), -1) if toks[k].low == "from"), None)
            if f is not None and f >= 2 and toks[f - 1].low in _CHANGE_VERBS and _negation_before(toks, f - 1) is None \
                    and self._conjuncts_service(self._subject(toks, f - 1)):
                return self._claim(tok, toks, "predicative", wording)
        for k in range(i - 1, max(-1, i - 6), -1):
            if toks[k].low in COMPLEX_TRANSITIVE:
                obj = toks[k + 1:i]
                while obj and obj[-1].low in _DEGREE_ADVERBS:
                    obj = obj[:-1]  # "Make Redis fully optional"
                if len(obj) == 2 and obj[0].service and obj[1].low in ("connection", "configuration", "config",
                                                                       "dependency", "integration", "usage"):
                    obj = obj[:1]  # "Make Redis Connection Optional": having it at all
                if [t.low for t in obj if t.low not in ("*", "**")] == ["it"] and any(
                        t.service and t.start < toks[k].start for p in self._parts for t in p.toks) \
                        and _negation_before(toks, k) is None \
                        and not self._out_of_scope(toks):
                    return self._claim(tok, toks, "object-complement", wording)  # "add Redis but make it optional"
                if obj and self._conjuncts_service(obj) and _negation_before(toks, k) is None \
                        and not self._out_of_scope(toks):
                    return self._claim(tok, toks, "object-complement", wording)
                break
        # "(includes optional Redis)": what a set-up brings, the service an optional part of it
        if clause.kind == "paren" and i == 1 and tok.low in OPTIONAL_WORDS and toks[0].low in (
                "includes", "include", "including", "with", "plus", "adds") and len(toks) >= 3 \
                and self._is_service(toks[2:]) and not self._blocked(toks, i):
            return self._claim(tok, toks, "attributive", wording)
        # "(Redis recommended)", "(Redis optional - future work)": the service inside
        if clause.kind == "paren" and 1 <= i <= 3 and toks[i - 1].service and self._phrase_is_service(toks[:i]) \
                and not (tok.low in RECOMMEND_WORDS and (_versioned(toks[:i]) or toks[i - 1].low.strip("`") in _CLIENT_LIBRARIES)):
            # (not "(Replit Redis recommended)": which Redis; nor "Redis (django-redis recommended)": which client)
            return self._claim(tok, toks, "paren-inner", wording)
        # "Sidekiq (optional, Redis)": the hedge, then the service the item brings
        if clause.kind == "paren" and i == 0 and len(toks) >= 3 and toks[1].low == "," and toks[2].service \
                and self._phrase_is_service(toks[2:]) and not _versioned(toks[2:]):
            return self._claim(tok, toks, "paren-inner", wording)  # (not "Flower (optional, uses Redis)")
        if clause.kind == "paren" and 2 <= i <= 3 and toks[i - 1].low in ("-", "—", "–", ":") and toks[i - 2].service \
                and self._phrase_is_service(toks[:i - 1]) and i + 1 == len(toks):
            return self._claim(tok, toks, "paren-inner", wording)  # "### Production (Redis - recommended)"
        if clause.kind == "paren" and i >= 2 and i + 1 == len(toks) and toks[i - 1].low == "," \
                and any(t.service for t in toks[:i - 1]) and self._conjuncts_service(toks[:i - 1]) \
                and not _versioned(toks[:i - 1]) and not self._blocked(toks, i):
            return self._claim(tok, toks, "paren-inner", wording)  # "## Infrastructure (Redis + MinIO, recommended)"
        # "is optional (Redis, Sentry, S3)", "Optional (Redis caching):": the examples that follow (not "TLS/SSL
        # optional (via URL scheme `rediss://`)": how it is switched on; nor "Addon (optional if you already use
        # a Redis service)": a hedge of its own, on a condition)
        if i + 1 < len(toks) or clause.kind != "paren":
            nxt_paren = next((p for p in parts if p.kind == "paren" and p.toks
                              and 0 < p.toks[0].start - tok.end <= 4), None)
            if nxt_paren is not None and nxt_paren.toks and 0 < nxt_paren.toks[0].start - tok.end <= 4 \
                    and nxt_paren.toks[0].low not in ("via", "through", "using", "with", "by", "over") \
                    and not (nxt_paren.toks[1:2] and nxt_paren.toks[1].low in CONDITION_WORDS and (
                        nxt_paren.toks[0].low in OPTIONAL_WORDS or nxt_paren.toks[0].low in RECOMMEND_WORDS)) \
                    and (self._conjuncts_service(nxt_paren.toks) or _for_service_role(nxt_paren.toks)) \
                    and not any(t.low in NEGATORS for t in toks[:i]):
                return self._claim(tok, toks, "paren-examples", wording)
        if clause.kind == "paren" and clause.before is None and tok.low in OPTIONAL_WORDS \
                and [t for t in toks if t.kind == "word"] == [tok] and 0 < clause.index <= len(parts) \
                and parts[clause.index - 1].label_after and self._phrase_is_service(parts[clause.index - 1].toks[-6:]) \
                and clause.after is not None and clause.after.toks and (
                    clause.after.toks[0].low in _CORE_USES or clause.after.toks[0].low in ("for", "a", "an", "one")) \
                and not self._blocked(toks, i):
            # "- **Redis** - (Optional) Caching", "**Redis**: (Optional) An in-memory store for caching" (what it is)
            return self._claim(tok, toks, "paren-label-value", f"({tok.text})")
        if clause.kind == "paren" and clause.before is None and [t for t in toks if t.kind == "word"] == [tok] \
                and 0 < clause.index and parts[clause.index - 1].label_after and (
                    clause.after is None or clause.after.toks[0].low in (",", ";")):
            # "- REDIS_URL: (optional)", "UPSTASH_REDIS_REST_URL = (optional)": the label's whole value
            # (not "PORT: (optional), REDIS_URL: required": the next label's)
            label = parts[clause.index - 1].toks[-6:]
            label = [t for t in label if t.low not in ("*", "**", "_", "`")]
            return self._claim(tok, toks, "label-value", f"({tok.text})") if self._phrase_is_service(
                label) and not self._blocked(toks, i) else None
        if clause.kind == "paren" and i <= 1 and i + 2 < len(toks) and toks[i + 1].low == ":":
            # "(recommended: Redis for production)": the phrase after the colon is recommended
            target = toks[i + 2:]
            if self._phrase_is_service(target):
                return self._claim(tok, toks, "paren-label", wording) if not _versioned(target) else None
            # "Redis (Optional: Pub/Sub for multi-server deployments)": the service before it, for a role
            return self._claim(tok, toks, "paren", f"({wording})") if self._paren_on_service(clause) and not any(
                t.service or t.low in ("version", "versions", "v", "password", "auth", "authentication", "tls", "ssl",
                                       "persistence", "acl", "acls", "sentinel", "cluster", "replica", "replicas")
                or t.low[:1].isdigit() or any(t.low.startswith(n) for n in self._name_lows) for t in target) else None
            # (not "(recommended: version 7)", "(optional: password)", "(recommended: redis-stack)")
        if clause.kind == "paren" and i == 1 and toks[0].low in ("was", "were", "formerly", "previously"):
            return None  # "Redis is now required (was optional with Celery)": history
        # parenthesis "(optional)": the phrase before it (or after it, at a start); also a
        # hedge that opens the last of several short notes ("(Best Performance - Optional)",
        # "(for caching, optional)")
        if clause.kind == "paren" and i <= 1 and i + 1 < len(toks) and (
                toks[i + 1].low in PART_NOUNS and toks[i + 1].low not in ("step", "steps") or toks[i + 1].low in (
                    "hardening", "tuning", "optimization", "optimisation", "tweaks", "extras")) and not (
                toks[i + 1].low == "upgrade" and clause.before is not None and clause.before.toks
                and clause.before.toks[-1].low in USE_NOUNS and any(t.service for t in clause.before.toks[-3:])):
            return None  # "Configure Redis (optional hardening):": the hardening is optional
            # (but "Redis integration (optional upgrade)": taking it on is the upgrade)
        if clause.kind == "paren" and tok.low in RECOMMEND_WORDS and i + 1 < len(toks) and toks[i + 1].low in WAY_NOUNS:
            return None  # "WSL Redis setup (recommended approach)": one way of setting it up is recommended
        if clause.kind == "paren" and i == 1 and toks[0].low in _MANNER_NAMES:
            return None  # "Start Redis (Docker recommended)", "Redis起動（Docker推奨）": how to run it
        if clause.kind == "paren" and i == 0 and len(toks) >= 3 and toks[1].low in ("via", "through") \
                and toks[2].low in _MANNER_NAMES:
            return None  # "Redis (optional via Docker)", "(opcjonalnie przez Docker)": how to run it
        if clause.kind == "paren" and 1 <= i == len(toks) - 1 and any(
                t.low in _FEATURE_NOTES or t.low in _FOREIGN_FEATURE_NOTES for t in toks[:i]):
            return None  # "Redis (persistência opcional)": a feature of it is optional
        if clause.kind == "paren" and 1 <= i <= 2 and tok.low in RECOMMEND_WORDS and any(
                t.low in _CLIENT_LIBRARIES for t in toks[:i]):
            return None  # "Redis (phpredis recommended)": a client of it is recommended
        inside = i == 0 and tok.low in OPTIONAL_WORDS and len(toks) >= 2 and toks[1].service and len(toks) <= 4 \
            and all(t.kind == "punct" or t.low in USE_NOUNS or t.low in _STACK_ROLES or t.low == "cache" for t in toks[2:])
        # (also "### V1.0 (Optional Redis)": the parenthesis names what is optional)
        # ("memory layers (optional Redis backend)": the parenthesis has its own noun phrase, read below)
        if clause.kind == "paren" and not inside and (i <= 1 or _last_note(toks, i) or _postposed_note(toks, i)):
            target = clause.before
            host = next((p for p in parts[clause.index + 1:clause.index + 2] if target is not None
                         and p.toks and target.toks and p.toks[0] is target.toks[0]), None)
            label_toks = _label_of(host, parts).toks if host is not None and host.index > 0 else []
            if host is not None and host.label_before and host.index > 0 and not _open_end(target.toks) \
                    and (not any(t.service for t in target.toks) or any(
                        t.kind == "code" and t.service for t in label_toks[-2:])) \
                    and self._phrase_is_service(label_toks[-6:]):
                # "**Redis**: latest version (optional, for caching)": the label is the service
                if tok.low in RECOMMEND_WORDS and _version_only(target.toks) and not _for_a_use(toks, i):
                    return None  # "**Redis**: 7 or later (recommended)": the version is recommended
                return self._claim(tok, toks, "paren-label-value", f"({wording})")
            if target is not None and not any(t.kind != "punct" and t.low != "x" and not _step_number(t.low)
                                              and not (t.low == "step" and k + 1 < len(target.toks)
                                                       and _step_number(target.toks[k + 1].low))
                                              for k, t in enumerate(target.toks)):
                # "- [ ] (Optional) Created the Redis instance": only a list marker before; "### 4.
                # (Optional) Install Redis", "Step 4: (Optional) …": only the step's number
                target = None
            value = next((p for p in parts if p.kind != "paren" and p.toks and toks
                          and p.toks[0].start > toks[-1].start), None)
            if value is not None and value.label_before and target is not None and not any(
                    t.service for t in target.toks):
                listed = _name_list(value.toks)
                after = [t.low for t in value.toks if t.low not in ("*", "**", "_")][len(listed):len(listed) + 2]
                if listed and any(t.service for t in listed) and not self._blocked(toks, i) \
                        and not (after and (after[0] in COPULAS or after[0] in MODALS or after[0] in NEGATORS)) \
                        and not (tok.low in RECOMMEND_WORDS and all("://" in t.text for t in listed if t.service)):
                    # (not "- Sentry (optional) - Redis is required": a sentence of its own after the label)
                    # (not "- Internal (recommended): `redis://redis.internal:6379`": which address)
                    # "**Background jobs (optional):** Celery + Redis": the label's value
                    return self._claim(tok, toks, "paren-label", f"({wording})")
            if tok.low == "preferred" and target is not None and target.toks and target.toks[-1].kind == "code" \
                    and "_" in target.toks[-1].low:
                return None  # "- `REDIS_URL` (preferred) — or `REDIS_HOST` …": one way of pointing at it
            if target is not None and target.toks and not _open_end(target.toks):
                words = [t for t in target.toks if t.low not in ("*", "**", "_", "-", "+", "[", "]", "x")]
                if tok.low in RECOMMEND_WORDS and any(t.low in ("at", "on") for t in words) \
                        and _versioned(words, providers=False):
                    return None  # "**Keep Redis at 6.x** (Recommended for a quick upgrade)": a version
                done = next((k for k, t in enumerate(words[:4]) if t.low in _DONE_PARTICIPLES
                             or t.low in ("ready", "running")), None)  # ("5. ✅ Redis ready (optional install)")
                if done and self._phrase_is_service(words[:done]) and not _versioned(words[:done]) \
                        and not any(t.low in NEGATORS for t in words) \
                        and not any(t.low in (",", ";") or t.low in ("and", "or") and not (
                            k + 1 < len(words) and words[k + 1].low.endswith("ed")) for k, t in enumerate(words)
                                    if k > done):
                    # "- [ ] Redis added and linked via `REDIS_URL` (optional)": the item is about having it
                    return self._claim(tok, toks, "paren", f"({wording})")
                purpose = next((k for k, t in enumerate(words[:5]) if t.low == "for"), None)
                if purpose is not None and purpose >= 2 and words[0].low in ("add", "install", "enable", "use", "deploy") \
                        and self._phrase_is_service(words[1:purpose]) and not _versioned(words[1:purpose]):
                    # "## Add Redis for cache, sessions and queues (optional)": the step, whatever it serves
                    return self._claim(tok, toks, "paren", f"({wording})")
                conj = next((k for k, t in enumerate(words) if t.low in ("and", "&", "+")), None)
                if conj is not None and conj >= 2 and words[0].low in ("add", "install", "enable", "use", "deploy") \
                        and not _versioned(words[1:conj]) and not any(t.low == "," for t in words[1:conj]):
                    # (not "Install PostgreSQL, Redis & Minio (optional)": a list's last item is)
                    first_object = words[1:conj]
                    while len(first_object) > 1 and first_object[-1].low in ("caching", "cache", "queue", "sessions",
                                                                             "session", "storage", "broker", "support"):
                        first_object = first_object[:-1]
                    if self._phrase_is_service(first_object):
                        # "## Add Redis caching and file locking (recommended)": the step sets it up first
                        return self._claim(tok, toks, "paren", f"({wording})")
                ttoks = target.toks
                verb = next((t.low for t in words if not _step_number(t.low) and t.low not in ("#", "step")), "")
                if words and (verb in _TUNING_VERBS or any(
                        t.text.endswith(_CJK_TUNING) for t in words[1:] if t.kind == "word" and t.text[:1] >= "\u3040")) \
                        and not any(a.low in ("to", "into", "onto") and b.service for a, b in itertools.pairwise(words)):
                    return None  # "# Edit the Redis configuration (optional)", "# Redis 설정 수정 (선택사항)": tuning it
                if len(ttoks) >= 3 and ttoks[-2].low == "or" and ttoks[-1].low in (
                        "higher", "later", "newer", "above", "greater") and _version_only(ttoks[-3:-2]):
                    ttoks = ttoks[:-2]  # "Redis v6.0 or higher (optional)": the version's tail is no phrase of its own
                phrase = _last_phrase(ttoks)
                plows = [t.low for t in phrase]
                if any(a in PART_NOUNS and b in ("for", "of", "on") and not (
                        k and phrase[k - 1].service and a in ("integration", "integrations", "support") and b == "for")
                       for k, (a, b) in enumerate(zip(plows, plows[1:]))):
                    return None  # "No password for local Redis (recommended for single server)": the part is
                    # (not "Redis integration for book list caching (optional)": using it, for that)
                cut = len(target.toks) - len(phrase)
                if cut >= 2 and target.toks[cut - 1].low == "with" and (
                        target.toks[cut - 2].low in FEATURE_NOUNS or target.toks[cut - 2].low.endswith("ing")) \
                        and target.toks[cut - 2].low not in _CORE_USES:
                    return None  # "Distributed Locking with Redis (Recommended)": the feature is
                purpose = next((k for k, t in enumerate(phrase) if t.low in ("for", "pour", "para", "per", "für")), None)
                if purpose and any(t.service for t in phrase[:purpose]) and 0 < len(phrase) - purpose - 1 <= 3 and all(
                        t.kind == "word" and t.low.isalpha() and not t.service for t in phrase[purpose + 1:]):
                    phrase = phrase[:purpose]  # "Redis Integration for Session Management (Optional)": its purpose
                if len(phrase) > 2 and phrase[-3].service and [t.low for t in phrase[-2:]] in (
                        ["channel", "layer"], ["channel", "layers"]):
                    phrase = phrase[:-2]  # "Use Redis Channel Layer (recommended)": Django Channels' layer on it
                if len(phrase) > 2 and phrase[-1].low in _HANDLING_WORDS and phrase[-2].low in _HANDLED_ROLES:
                    phrase = phrase[:-1]  # "## Redis Session Handling (Optional)": Redis for the sessions
                while len(phrase) > 1 and (phrase[-1].low in ("configuration", "config", "settings", "*", "**", "_", "sessions",
                                                              "session", "storage", "backend", "store", "broker",
                                                              "caching", "cache", "queue", "support", "integration",
                                                              "connection", "url", "host", "layer", "layers",
                                                              "object", "variables", "vars", "environment", "env") or (
                        phrase[-1].low == "string" and phrase[-2].low == "connection")):
                    phrase = phrase[:-1]  # "### Redis Configuration (Optional)": setting it up is
                    if len(phrase) == 2 and phrase[0].service and phrase[1].kind == "word" and phrase[1].low.isalpha() \
                            and phrase[1].low not in PART_NOUNS and phrase[1].low not in STOP_NP:
                        phrase = phrase[:1]  # "Redis Distributed Cache (Optional)": an adjective of the role
                if not self._phrase_is_service(phrase) and len(phrase) >= 3 and phrase[-1].service \
                        and phrase[-2].low in ("by", "via", "through") and phrase[-3].low in (
                            "backed", "powered", "served", "handled", "accelerated", "cached", "stored", "shared",
                            "coordinated", "distributed", "synchronized", "synced", "scaled", "scales", "replicated") \
                        and not any(t.low in PART_NOUNS for t in phrase[:-3]):
                    # "Sessions are cookies backed by Redis (recommended)": what it backs needs it only so far
                    return self._claim(tok, toks, "paren", f"({wording})")
                if not self._phrase_is_service(phrase) and len(phrase) >= 3 and phrase[-1].service \
                        and phrase[-2].low in ("to", "into", "onto") and phrase[0].low in (
                            "move", "offload", "migrate", "switch", "store", "send", "push", "keep"):
                    return self._claim(tok, toks, "paren", f"({wording})")  # "Offload the queue to Redis (preferred)"
                if tok.low in RECOMMEND_WORDS and (any(
                        t.service and k and phrase[k - 1].low in PROVIDER_WORDS for k, t in enumerate(phrase))
                                                   or _provider_label(self._unit_toks)) \
                        and not _recommended_for_a_role(toks):
                    return None  # "- **Upstash Redis** (recommended for serverless)": which provider
                    # (not "Upstash Redis (recommended for production rate limits)": what it does is advised)
                if tok.low == "experimental" and _versioned(phrase):
                    return None  # "- Redis 8 (experimental)": support for that version is new, not the service
                if _part_named_first(phrase):
                    return None  # "пароль Redis (необязательно)": its password, named first
                if phrase and not phrase[-1].text.isascii() and phrase[-1].text.endswith(_CJK_STEP_NOUNS):
                    return None  # "Redis 실행 확인 (선택 사항)": checking that it runs is the optional step
                if phrase and not phrase[-1].text.isascii() and phrase[-1].text.endswith(_CJK_PART_NOUNS):
                    return None  # "Redis 数据库编号（可选，默认：0）": its database number, a setting
                if any(a.text.endswith(_CJK_BY_MEANS) and not b.service and c.text.startswith(_CJK_INSTALL)
                       for a, b, c in zip(phrase, phrase[1:], phrase[2:])):
                    return None  # "使用 Homebrew 安装 Redis (推荐)": installing it with Homebrew is what is advised
                if _what_it_has(phrase):
                    return None  # "If your Redis server has a `timeout` configured (recommended — …)": what it has
                return self._claim(tok, toks, "paren", f"({wording})") if self._phrase_is_service(
                    phrase) or self._pair_first(target.toks) else None
            if clause.after is not None and (self._phrase_is_service(clause.after.toks) or self._hosted_account(clause.after.toks)) \
                    and not any(t.low == "same" and any(u.service for u in clause.after.toks[k + 1:k + 3])
                                for k, t in enumerate(clause.after.toks)) \
                    and not (toks and not any(t.start > toks[-1].start and t.low not in (")", ".", "*", "**", "_", ":")
                                              for t in self._unit_toks)
                             and _with_phrase_without(clause.after.toks)):
                # (not a parenthesis that ends the unit after a phrase without it: "- 🐳 Redis-powered,
                # with Docker-ready setup (optional)" hedges the setup before it)
                # (not "(Optional) To use the same Redis server with several sites, set a key salt": sharing one)
                after = clause.after.toks
                has = next((k for k, t in enumerate(after[:8]) if t.low in ("has", "have", "uses", "requires", "supports")
                            and any(u.service for u in after[:k])), None)
                if after and after[0].low in ("if", "when") and has is not None and any(
                        t.low in PART_NOUNS for t in after[has + 1:has + 4]):
                    return None  # "| REDIS_PASS | (Optional) If your redis server has a password, set it …": what
                    # it has decides the setting
                of = next((k for k, t in enumerate(after[:5]) if t.low == "of"), None)
                if of and after[of - 1].low in _OWN_SETTINGS and any(t.service for t in after[of + 1:of + 4]):
                    return None  # "`REDIS_PASSWORD`: (optional) The password of the Redis instance": a setting of it
                    # (not "(Optional) The URL of your Redis server": where it is, which it needs)
                return self._claim(tok, toks, "paren-forward", f"({wording})")
            return None
        # label: "Optional: install Redis" / "Recommended - Redis" / "2. Optional: Redis"
        lead = 0
        while lead < i and (_step_number(toks[lead].low) or toks[lead].low in (
                "step", "an", "a", "*", "**", "(", ")", "#", "-", "+", "[", "]", "x") or toks[lead].kind == "punct"
                and not toks[lead].low.isascii()):
            lead += 1
        if i == lead:
            nxt = next((p for p in parts[clause.index + 1:] if p.kind != "paren"), None)
            if nxt is not None and nxt.toks and nxt.toks[0].low in ("if", "when") and any(
                    t.low in ("authentication", "auth", "password", "tls", "ssl", "acl", "username") for t in nxt.toks):
                return None  # "# Optional: If your Redis requires authentication": the password's setting below
            if clause.label_after and nxt is not None and any(t.low in _WHICH_LABEL_NOUNS for t in toks[i + 1:i + 3]):
                return None  # "- Recommended version: Redis 7.2", "Suggested plan: …": which one, not whether
            if clause.label_after and nxt is not None and len(toks) == i + 2 and toks[i + 1].low in FEATURE_PARTS:
                return None  # "💽 **Optional Persistence**: Configure Redis to persist data": a feature of it
            if clause.label_after and nxt is not None and (len(toks) <= i + 2 or len(toks) <= i + 4 and all(
                    t.kind == "word" and not t.service and t.low not in PART_NOUNS for t in toks[i + 1:])):
                # (also a role of two or three words: "- Optional async workers: Celery + Redis")
                inside = {id(t) for p in parts if p.kind == "paren" and p.toks and p.toks[0].low in MODALS for t in p.toks}
                plain = [t for t in nxt.toks if id(t) not in inside]  # (not an aside: "Redis (can be hosted on …)")
                if any(t.low in MANNER_PREPS for t in plain) and any(t.low in MANNER_CONDITION_WORDS for t in plain):
                    return None  # "Optional: Redis via Docker": a way of running it
                target = nxt.toks
                while len(target) > 1 and target[-1].low in ("configuration", "config", "setup", "set-up",
                                                            "installation", "install", "integration", "support"):
                    target = target[:-1]  # "Optional: Redis Configuration": setting it up is optional
                if any(t.low in ("tls", "ssl", "encryption") or t.low.strip("` ").startswith("rediss:") for t in target):
                    return None  # "Preferred: full TLS URL (`rediss://...`)": how to connect, not whether
                if any(t.low == "with" and k and target[k - 1].service and target[k + 1].low in FEATURE_PARTS
                       for k, t in enumerate(target[:-1])):
                    return None  # "# Optional - Redis with authentication": a feature of it, set below
                items = [list(g) for sep, g in itertools.groupby(nxt.toks, lambda t: t.low in (",", "or", "and", "/"))
                         if not sep]
                if tok.low in RECOMMEND_WORDS and len(items) >= 2 and all(any(
                        t.service or t.low in PROVIDER_WORDS or t.low in _HOSTED_PRODUCTS for t in item) for item in items) \
                        and any(t.low in PROVIDER_WORDS or t.low in _HOSTED_PRODUCTS for item in items for t in item):
                    return None  # "**Recommended services**: Upstash Redis, AWS ElastiCache, Redis Cloud": which host
                if any(not t.text.isascii() and (t.text.endswith(_CJK_VARIANTS) or any(
                        m in t.text for m in ("不需要", "无需", "無需", "不必", "不用"))) for t in target):
                    return None  # "**建议**：个人使用完全不需要云端Redis": the advice is a sentence with its own verdict
                if self._phrase_is_service(target):
                    return self._claim(tok, toks, "label", wording)
                named = [t for t in target if t.kind != "punct"]
                if tok.low in OPTIONAL_WORDS and len(named) <= 5 and named and named[-1].low in ("url", "uri", "dsn") \
                        and any(t.service for t in named) and not any(
                            _variant(t.low) or t.low in PART_NOUNS and t.low != "connection" for t in named[:-1]):
                    return self._claim(tok, toks, "label", wording)  # "**Optional** — Complete Redis connection
                    # URL.": where it is, so whether it is there (not "Optional: Redis Sentinel URL")
                if not clause.label_before:
                    return None  # ("| Redis | optional | sessions |": the value of the cell before)
        if (i == lead or i == lead + 1 and toks[lead].low == "the") and tok.low in RECOMMEND_WORDS \
                and i + 2 < len(toks) and toks[i + 1].low in _SETUP_NOUNS and toks[i + 2].low in (
                    "includes", "include", "is", "are", "uses", "use", "consists", "contains", "comprises") \
                and (any(t.service for t in toks[i + 3:]) or any(  # (", and **Redis** as cache": the list goes on)
                    t.service for p in parts[clause.index + 1:clause.index + 3] if p.toks and p.toks[0].low in (
                        "and", "plus") for t in p.toks)) and not self._blocked(toks, i) \
                and not any(t.low in NEGATORS for t in toks[i + 3:]):
            # "Recommended setup includes PostgreSQL as database, and Redis as cache": a setup that lists it
            return self._claim(tok, toks, "recommended-setup", " ".join(t.text for t in toks[i:i + 2]))
        if tok.low in _ROMANCE_POSTNOMINAL and i >= 2 and toks[i - 1].service and toks[i - 2].low in _ROMANCE_SUPPORTS \
                and not any(t.low in NEGATORS for t in toks[:i]) \
                and not self._blocked(toks, i):
            # "Il codice ora supporta Redis opzionale": it supports an optional Redis (the adjective after its noun)
            return self._claim(tok, toks, "attributive", wording)
        # telegraphic "Redis optional for background jobs", "ADR-012: Redis optional" (a noun
        # right after the name is a compound: "the Heroku Redis addon")
        # (counted from the last comma: "(in-memory by default, Redis optional)")
        # (and past an intensifier: "Redis highly recommended for production", "Redis completamente opcional")
        name = i - 2 if i >= 2 and toks[i - 1].low in _INTENSIFIERS else i - 1
        seg = next((k + 1 for k in range(name - 1, -1, -1) if toks[k].low in (",", ";")), 0)
        if i and toks[name].service and _copula_before(toks, i) is None and tok.low not in (
                "addon", "add-on", "add-ons", "addons") and (
                i + 1 == len(toks) or toks[i + 1].low in TELEGRAPHIC_NEXT or toks[i + 1].kind == "punct"
                and not toks[i + 1].low.isascii()) and len(
                [t for t in toks[seg:name] if t.kind == "word"]) <= 2 and not any(
                t.low in NEGATORS or (t.low in COMPLEX_TRANSITIVE or t.low in MODALS or t.low in PROVISION_VERBS
                                      or t.low in STEP_VERBS) and k >= seg for k, t in enumerate(toks[:name])):
            return self._claim(tok, toks, "telegraphic", wording)
        if clause.label_before and i > 1 and clause.index > 0 and _after_attributes(toks, i) \
                and toks[i + 1:i + 2] and toks[i + 1].low in ("for", "in", "on", "when", "if") \
                and not _asserts_necessity(self._unit_toks) and not self._blocked(toks, i):
            # "**Redis Cache**: Best performance, recommended for high traffic": a hedge after the
            # attributes of the label's value
            label = _label_of(clause, parts).toks[-6:]
            while len(label) > 1 and label[-1].low in ("*", "**", "_", "cache", "caching", "connection", "configuration",
                                                       "config", "setup", "server", "instance"):
                label = label[:-1]
            if self._phrase_is_service(label):
                return self._claim(tok, toks, "label-value", wording)
        # "Redis: optional" / "`REDIS_URL` — nice to have"
        if clause.label_before and i <= 1 and clause.index > 0:
            prev = _label_of(clause, parts)
            label = prev.toks[-6:] if len(prev.toks) > 6 else prev.toks
            while len(label) > 1 and label[-1].low in ("*", "**", "_", "connection", "configuration", "config",
                                                       "setup", "integration", "support", "server", "instance"):
                label = label[:-1]  # "**Redis Connection**: Optional"
            if self._phrase_is_service(label):
                if tok.low in OPTIONAL_WORDS and _part_follows([t.low for t in toks[i + 1:i + 3]]):
                    return None  # "**Redis** — Optional password support": the part is optional
                return self._claim(tok, toks, "label-value", wording)
            nxt = i + 2 if i + 2 < len(toks) and toks[i + 1].low in PROVIDER_WORDS and tok.low in OPTIONAL_WORDS else i + 1
            if not (nxt < len(toks) and toks[nxt].service) and not (i == 1 and toks[0].service):
                return None  # (but "Caching: optional Redis caching …" goes on to the attributive, also
                # past a provider: "**Cache:** Optional ElastiCache Redis"; and "Option 1: Redis Optional
                # (Graceful Degradation)" is the telegraphic hedge after its label)
        # predicative: "X is optional", "X can be considered optional"
        cop = _copula_before(toks, i)
        if cop is None and (tok.low in OPTIONAL_WORDS or tok.low in _VERB_FINAL_RECOMMEND):
            cop = _verb_final_copula(toks, i)  # "Redis ist für den Kernbetrieb optional", "… wird für X empfohlen"
        if cop is None and tok.low in _ROMANCE_POSTNOMINAL:
            cop = _postnominal_copula(toks, i)  # "Redis es una solución de caché opcional"
        if cop is None and (tok.low in OPTIONAL_WORDS or tok.low in _VERB_FINAL_RECOMMEND) and _inverted_copula(toks, i) \
                and not self._blocked(toks, i):
            return self._claim(tok, toks, "predicative", wording)  # "Für ein Produktions-System ist Redis empfohlen"
        if cop is not None and cop and toks[cop - 1].low == "there":
            cop = None  # "There is an optional REDIS_HOST variable": what follows is the phrase
        if cop is not None:
            subject = self._subject(toks, cop)
            if subject and len(subject) == 1 and subject[0].low in ("this", "that") and clause.label_before \
                    and (i + 1 >= len(toks) or toks[i + 1].low not in ("to", "that")) and self._antecedent(clause, parts):
                return self._claim(tok, toks, "pronoun", wording)  # "**redis**: This is an optional service."
            if subject and subject[0].low == "it" and len(subject) == 1:
                # "it is optional to install Redis"
                rest = toks[i + 1:]
                if rest and rest[0].low == "to" and len(rest) > 1 and rest[1].low in PROVISION_VERBS:
                    obj = self._np_after(rest, 2)
                    if any(t.low in ("implementation", "implementations", "adapter", "client", "library", "module",
                                     "extension", "plugin") for t in rest[2:2 + len(obj) + 2]):
                        return None  # "it is recommended to use the extended Redis cache implementation": which
                        # implementation of its client, not whether
                    return self._claim(tok, toks, "extraposed", wording) if self._is_service(obj) else None
                if len(rest) > 2 and rest[0].low == "that" and rest[1].low in ("you", "we", "users", "operators") \
                        and rest[2].low in PROVISION_VERBS:
                    # "it is highly recommended that you configure a Redis server"
                    return self._claim(tok, toks, "extraposed", wording) if self._is_service(
                        self._np_after(rest, 3)) else None
                if (not rest or clause.label_before and rest[0].low in ("for", "in", "on", "but", "and", ",", ".")
                    or [t.low for t in rest if t.kind != "punct"] in _FOR_NOW) and self._antecedent(clause, parts):
                    return self._claim(tok, toks, "pronoun", wording)  # "…Redis, but it's optional"
                    # ("- **Redis**: It is optional for small sites.": the label is what "it" stands for;
                    # "… Redis …, so it is optional for now": for the time being, as plain "optional")
                return None
            if i + 1 < len(toks) and toks[i + 1].low in PART_NOUNS and toks[i + 1].low not in (
                    "cache", "queue", "driver", "client", "store") and not (
                    toks[i - 1].low == "the" and tok.low in RECOMMEND_WORDS):
                return None  # "Redis and SQLx are optional integrations": a kind of feature
            if (toks[cop].low in ("was", "were") or toks[cop].low == "been" and cop and toks[cop - 1].low in (
                    "has", "have", "had")) and "now" in self._unit_lows:
                return None  # "Redis is now required (was optional with Celery)", "While Redis has been optional …,
                # it is now required": history
            if subject and _versioned(subject) and wording.lower() in RECOMMEND_WORDS:
                return None  # "Redis 7 is recommended": a version recommendation
            if len(subject) > 3 and subject[0].low in _SET_UP_GERUNDS | _SUBJECT_GERUNDS and any(
                    t.low in ("with", "using") and any(u.low in PART_NOUNS for u in subject[k + 1:k + 5])
                    for k, t in enumerate(subject) if k >= 2):
                return None  # "configuring Redis with RDB/AOF persistence is recommended": the part is
            if [t.low for t in subject] in (["which"], ["that"]) and clause.lead in ("which", "that") \
                    and clause.index > 0 and parts[clause.index - 1].toks \
                    and parts[clause.index - 1].toks[-1].service:
                # "Install Redis, which is optional": the relative pronoun stands for the service
                return self._claim(tok, toks, "relative", wording)
            if subject:
                if all(t.low in ("but", "and", "yet", "though", "so") for t in subject):
                    subject = self._inherited(clause, parts)  # "Redis improves speed but is optional"
                elif subject[0].low in ("and", "or") and subject[0] is toks[0] and clause.index:
                    listed = parts[clause.index - 1]  # "Redis, BullMQ, and SQLite are optional": the list's
                    if listed.kind == "main" and not listed.label_after and (
                            _bare_names(listed.toks) or _noun_list(listed.toks + [Tok(",", ",", -1, -1, "punct")] + subject)):
                        subject = listed.toks + subject  # (its first items, cut off at ", and")
                return self._claim(tok, toks, "predicative", wording) if subject and (self._conjuncts_service(
                    subject) or _connection_to(subject)) else None
            if implicit is not None:
                return self._claim(tok, toks, "row-subject", wording)
            return None
        # "an optional dependency on Redis", "a soft dependency on Redis"
        if _next_words(toks, i, 2)[:1] in (["dependency"], ["dependencies"], ["requirement"], ["integration"]) \
                and _next_words(toks, i, 2)[1:] in (["on"], ["for"], ["of"], ["with"]) \
                and _next_words(toks, i, 2) != ["dependencies", "for"] \
                and self._conjuncts_service(self._np_after(toks, i + 3)):
            return self._claim(tok, toks, "attributive", " ".join(t.text for t in toks[i:i + 2]))
        # "Redis is the recommended driver": the subject is a recommended choice
        if i >= 2 and toks[i - 1].low in ("the", "a", "an") and toks[i - 2].low in COPULAS \
                and tok.low in RECOMMEND_WORDS and i + 1 < len(toks) and toks[i + 1].low not in PART_NOUNS \
                and toks[i + 1].low not in ("version", "versions", "way", "approach", "setup", "configuration"):
            subject = self._subject(toks, i - 2)
            if subject and self._conjuncts_service(subject) and _negation_before(toks, i - 1) is None:
                return self._claim(tok, toks, "predicative", wording)
        if 0 < i < len(toks) - 2 and toks[i + 1].low in ("de", "di", "do", "da", "du", "del", "des") \
                and toks[i - 1].kind == "word" and (toks[i - 1].low in PART_NOUNS or toks[i - 1].low in ROMANCE_PARTS) \
                and toks[i - 1].low not in OF_IDENTITY:
            return None  # "Configuración recomendada de Redis": the adjective follows the noun it is about
        # attributive: "an optional Redis cache", "optional services such as Redis"
        after = self._np_after(toks, i + 1) if i + 1 >= len(toks) or toks[i + 1].low not in ("-", "—", "–", "for", "via", "through", "by") else []
        # (not "(errors, optional - Redis is required)": a dash ends the note, no noun follows it; nor
        # "Optional for purely ephemeral Redis usage": what is optional is left unsaid, the service is the case;
        # nor "TLS/SSL optional (via URL scheme `rediss://`)": how, not what)
        words_np = [t for t in after if t.low not in ("*", "**", "_")]
        end = i + 1 + len(after)
        if words_np and len(words_np) <= 2 and words_np[-1].low in FEATURE_NOUNS and end + 1 < len(toks) \
                and toks[end].low in ("with", "via", "using", "through") and toks[end + 1].service:
            after = after + toks[end:end + 2]  # "supports optional caching with Redis": the feature through it
        first_service = next((k for k, t in enumerate(after) if t.service), len(after))
        listed = _name_list(toks[i + 1:])
        if tok.low in OPTIONAL_WORDS and listed and any(t.service for t in listed) and len(
                [t for t in listed if t.kind != "punct"]) >= 2 and any(
                t.low in (",", "+", "&", "/", "and", "or") for t in listed) and not self._blocked(toks, i) and not any(
                t.low in ("via", "sub-chart", "sub-charts", "subchart", "subcharts", "chart", "charts", "bundled")
                for t in toks[i + 1:]) and not (i >= 2 and toks[i - 1].low == "," and not listed[0].service):
            # (mid-list it is about the next item only: "`DATABASE_URL`, optional `SENTRY_DSN`, `REDIS_URL`")
            return self._claim(tok, toks, "attributive-list", wording)  # "Optional Celery + Redis", "optional JWT, Redis"
        words_after = [t for t in after if t.low not in ("*", "**", "_")]
        if words_after and words_after[0].low in VARIANT_WORDS and any(t.low in ("and", "or", "&") for t in words_after) \
                or any(t.low in ("sub-chart", "sub-charts", "subchart", "subcharts", "chart", "charts")
                       for t in toks[i + 1:]):
            return None  # "optional in-cluster Postgres and Redis", "… via Bitnami sub-charts": a bundled copy
        if tok.low in OPTIONAL_WORDS and len(words_after) >= 2 and words_after[0].service \
                and (words_after[1].low in USE_NOUNS or words_after[1].low in _STACK_ROLES
                     or _compound_store(words_after)) \
                and (len(words_after) == 2 or _compound_store(words_after) or words_after[2].low in (
                    "for", "in", "on", "when", "if", "with", "between", "across", "(", ",", "-", "—", "–", ":", "and")):
            # "Optional Redis integration for multi-server deployments": using it is optional
            return self._claim(tok, toks, "attributive-use", wording)
        if tok.low in OPTIONAL_WORDS and len(words_after) == 2 and words_after[0].service and words_after[0].kind == "word" \
                and words_after[1].low in ("configuration", "config", "setup", "set-up") and not self._blocked(toks, i) \
                and not any(t.low in (":", "-", "—", "–") for t in toks[:i]):
            # "# Optional Redis Configuration" (as "### Redis Configuration (Optional)"): setting it up is
            return self._claim(tok, toks, "attributive-use", wording)
        if tok.low in OPTIONAL_WORDS and len(words_after) == 3 and words_after[0].service \
                and words_after[1].low in ("storage", "cache", "caching", "queue", "session", "sessions", "backend") \
                and words_after[2].low in ("support", "integration", "adapter", "driver") and not self._blocked(toks, i):
            return self._claim(tok, toks, "attributive-use", wording)  # "- Optional Redis storage support"
        role = [t.low for t in words_after[1:]]
        if role[:3] == ["pub", "/", "sub"]:
            role = ["pub/sub"] + role[3:]
        if tok.low in OPTIONAL_WORDS and words_after and words_after[0].service and len(role) == 2 \
                and (role[0] in _ROLE_HEADS or role[0] in ("pub/sub", "pubsub")) and role[1] in USE_NOUNS \
                and not self._blocked(toks, i):
            return self._claim(tok, toks, "attributive-use", wording)  # "Optional Redis Pub/Sub support": its role
        phrase = after
        if any(t.low in PART_NOUNS for t in after[:first_service]):
            after = []  # "the optional smoke test pings Redis": the test is optional
        if _such_as(toks, i) and any(t.low in VARIANT_WORDS for t in toks[max(0, i - 3):i]):
            return None  # "(Managed service recommended, e.g., Redis Cloud)": which Redis
        if len(after) > 1 and after[0].low in PROVIDER_WORDS and after[1].service and tok.low in OPTIONAL_WORDS:
            after = after[1:]  # "Optional ElastiCache Redis catalog cache": an optional Redis, whoever hosts it
        if tok.low in RECOMMEND_WORDS and i and toks[i - 1].low == "the" and len(after) >= 2 and after[0].service \
                and after[1].low in _SETUP_NOUNS:
            return None  # "The recommended Redis infrastructure varies …": which shape of it, not whether to run it
        if tok.low in RECOMMEND_WORDS and len(after) >= 2 and after[0].service and after[1].low in (
                "enhancements", "improvements", "optimizations", "optimisations", "tweaks", "changes"):
            return None  # "## Recommended Redis Enhancements for Personal Usage": what to improve on it
        if not tok.text.isascii() and tok.text.endswith(_CJK_VARIANTS) and after and after[0].service:
            return None  # "个人使用完全不需要云端Redis" (personal use needs no cloud Redis): which copy of it
        if after and (self._is_service(after) or (_such_as(toks, i) and _service_in_example(toks, i))):
            return self._claim(tok, toks, "attributive", wording)
        if len(after) >= 2 and after[-1].low in _FOREIGN_PROVISION and self._is_service(after[:-1]) \
                and not self._blocked(toks, i):
            return self._claim(tok, toks, "attributive", wording)  # German "**Optional Redis starten:**": its verb last
        named = _named_by_paren(phrase, parts, toks, i) if tok.low in OPTIONAL_WORDS and phrase else None
        if named is not None and named[-1].low in IDENTITY_NOUNS | {"layer", "tier"} and not self._blocked(toks, i):
            # "an optional distributed layer (Redis or MongoDB)": the parenthesis names what the layer is
            return self._claim(tok, toks, "attributive", wording)
        # ("the preferred caching server option is Redis": the phrase is what the complement names)
        rest = toks[i + 1 + len(phrase):] if phrase and not any(t.service for t in phrase) else []
        if rest and rest[0].low in ("to", "for") and tok.low in RECOMMEND_WORDS:
            # "The recommended option to use for your results backend is a Redis server": what the option is
            # for, then the complement (not "The recommended way to run Redis is Docker": a way of running it)
            cop = next((k for k, t in enumerate(rest[:10]) if t.low in COPULAS), None)
            if cop is not None and all(t.kind == "word" and not t.service and t.low not in NEGATORS
                                       for t in rest[:cop]):
                rest = rest[cop:]
        if rest and rest[0].low in COPULAS and not any(t.low in NEGATORS for t in rest[:3]) \
                and not self._blocked(toks, i) and self._conjuncts_service(self._np_after(rest, 1)):
            return self._claim(tok, toks, "inverted", wording)  # "the only optional service is Redis"
        # a cell or comment with no subject of its own: "optional for small sites" (not "Optional
        # external access": a part of it)
        if implicit is not None and i <= 1 and not _part_follows([t.low for t in toks[i + 1:i + 3]]):
            return self._claim(tok, toks, "row-subject", wording)
        attributive = tok.low in OPTIONAL_WORDS and i + 1 < len(toks) and toks[i + 1].kind == "word" \
            and toks[i + 1].low not in PREPOSITIONS_AFTER_HEDGE  # "… and optional vector search": its noun
        inherited = self._inherited(clause, parts) if i <= 2 and not attributive else []
        if inherited:
            return self._claim(tok, toks, "coordinated", wording) if self._conjuncts_service(inherited) else None
        # "Redis, optional" / "Redis optional" in a telegraphic comment
        before = toks[:i]
        names = [t for t in before if t.kind != "punct" or t.low in ("/", "+", ",", "&")]
        if len(names) > 1 and _name_list(names) == names and any(t.service for t in names) \
                and not any(t.low in OPTIONAL_WORDS or t.low in RECOMMEND_WORDS for t in names) \
                and not any(t.kind == "punct" and not t.low.isascii() for t in before) \
                and (i + 1 >= len(toks) - 1 or _paren_follows(parts, toks, i)) \
                and not any(t.low in PROVISION_VERBS or t.low in STEP_VERBS for t in names) \
                and not (not names[-1].service and any(t.low == "," for t in names)
                         and not any(t.low in ("and", "or", "+", "&", "/") for t in names)):
            # (not "2. Add "Redis" addon": a step; nor "(Postgres, Redis, Kafka optional)": a list of
            # items, each with its own note, and only the last one is optional)
            return self._claim(tok, toks, "telegraphic", wording)  # "Redis/S3 optional." (nothing else before)
        if len(names) > 2 and names[-1].service and names[-2].low in ("+", "&", ",") and tok.low in OPTIONAL_WORDS \
                and i + 1 >= len(toks) - 1 and not _versioned(names[-1:]) and not self._blocked(toks, i):
            return self._claim(tok, toks, "telegraphic", wording)  # "Cache em memória + Redis opcional": its last conjunct
        if [t.low for t in before[:3]] in (["[", "x", "]"], ["[", " ", "]"]) or [t.low for t in before[:2]] == ["[", "]"]:
            before = before[3:] if before[1].low != "]" else before[2:]  # a checkbox: "- [x] Redis optional (…)"
        before = [t for k, t in enumerate(before) if not (t.low == "connection" and k + 1 < len(before) and before[
            k + 1].low in ("url", "uri", "string", "address"))]  # "Redis connection URL, optional.": its address
        if before and len(before) <= 4 and _bare_name(before) and self._phrase_is_service(before) \
                and not (tok.text == "선택" and not toks[i - 1].service) and not (  # ("Redis 인스턴스 선택": choosing one)
                tok.low in ("addon", "add-on", "addons", "add-ons") and (toks[i - 1].service or i >= 2 and toks[
                    i - 1].low in ('"', "”", "'", "’") and toks[i - 2].service)):
            return self._claim(tok, toks, "telegraphic", wording)  # (not "the Redis addon")
        # a trailing label after a step: "### 2. Start Redis, Optional"
        if before and before[-1].low in (",", "-", "—", "–") and all(t.kind == "punct" for t in toks[i + 1:]) \
                and tok.low in OPTIONAL_WORDS and not self._blocked(toks, i):
            head = [t for t in before[:-1] if t.low not in ("#", "*", "**", "_", "-", "+")]
            words = len([t for t in before if t.kind == "word"])
            if words > 5 and not (words <= 10 and head and head[0].service):
                return None  # (a long step; but "- Redis caching for the public live API, optional": its head)
            if head and head[0].low in ("for", "with", "to") and clause.kind == "paren" and clause.before is not None \
                    and not any(t.service for t in clause.before.toks):
                return None  # "- **Docker** (for local Redis — optional)": what the purpose is for, Docker, is
            if head and self._phrase_is_service(head) and not any(t.low in STEP_VERBS for t in head) \
                    and not tok.text.endswith(("设置", "配置", "修改", "指定", "更改") + _CJK_PART_NOUNS) \
                    and not any(w in tok.text for w in ("外部", "额外", "額外", "其他", "第三方")) \
                    and not head[0].low.startswith(("如果", "若", "假如")):
                # (not "使用内置 Redis，无需外部依赖": the built-in Redis, no external dependency needed)
                # (not "如果 Redis 在默认位置，不需要设置": if it is in the default place, nothing needs setting)
                return self._claim(tok, toks, "trailing", wording)
        # "we recommend Redis" handled by _recommend_verb; "is recommended for" etc. above
        return None

    def _one_more(self, toks: list[Tok], k: int) -> bool:
        """"an additional Redis server", "an extra Redis server": one more service beside the app,
        not a count of them (unless the unit keeps it as a replica: "… as a replica for failover")."""
        return toks[k].low in ("additional", "extra") and k > 0 and toks[k - 1].low in ("a", "an") \
            and set(self._unit_lows).isdisjoint(_REPLICA_WORDS)

    def _phrase_is_service(self, toks: list[Tok]) -> bool:
        """A VP ("set up Redis") whose verb provisions it, or an NP whose head is it."""
        words = [t for t in toks if t.low not in ("*", "**", "_")]
        if not words or _package_pin(words):
            return False
        managed = next((k for k in range(2, len(words)) if words[k].service and words[k - 1].low == "for"
                        and words[k - 2].low in _MANAGED_PRODUCTS and words[k - 2].text[:1].isupper()
                        and (k + 1 == len(words) or words[k + 1].kind == "punct")), None)
        if managed is not None:
            words = words[:managed - 2] + words[managed:]  # ("Azure Redis": the provider stays, see _versioned)
            # "Azure Cache for Redis", "Amazon ElastiCache for Redis": a hosted Redis by its product name
        # drop a leading list number or step label, and the "to" of a purpose ("To use Redis")
        while words and (words[0].low.rstrip(".").isdigit() or words[0].low in ("step",)
                         or words[0].kind == "punct" and words[0].low in ("-", "+", "[", "]", "(", ")")
                         or words[0].low == "to" and len(words) > 1 and words[1].low in PROVISION_VERBS):
            words = words[1:]
        if not words:
            return False
        if len([t for t in words if t.service]) == 1 and all(
                t.service or t.kind == "punct" or not t.low.isascii() and not re.search("[a-z]", t.low)
                or t.low.replace(".", "").isdigit()
                or t.low in _FOREIGN_PROVISION
                for t in words) and len(words) <= 4 and not any(
                    feature in t.low for t in words for feature in _FOREIGN_FEATURES):
            return True  # "配置Redis", "Redis 설치" (configure/install Redis) in another script
        first = words[0].low
        if first in PROVISION_VERBS or first in ("set", "setting"):
            k = 1
            while k < len(words) and (words[k].low in ("up", "a", "an", "the", "your", "on", "local", "in")
                                      or self._one_more(words, k)):
                k += 1
            obj = self._np_after(words, k)
            if len(obj) > 3 and [t.low for t in obj[-3:]] in (["the", "same", "way"], ["the", "same", "manner"]):
                obj = obj[:-4] if obj[-4].low == "in" else obj[:-3]  # "Add a Redis service the same way": how
            tail = [t.low for t in words[k + len(obj):k + len(obj) + 3]]
            if tail[:2] in (["to", "start"], ["on", "boot"], ["at", "boot"], ["on", "startup"]) or "boot" in tail[1:]:
                return False  # "(Optional) To enable Redis to start on boot": a unit setting
            rest = words[k + len(obj) + 2:]
            if first in ("configure", "configuring", "set", "setting", "setup", "set-up", "deploy", "deploying", "run",
                         "running") \
                    and obj and len(obj) <= 4 and not any(t.service for t in obj) and not any(
                        t.low in PART_NOUNS and _singular(t.low) not in _ROLE_HEADS or t.low in DETERMINERS
                        for t in obj) \
                    and [t.low for t in words[k + len(obj):k + len(obj) + 1]] in (["with"], ["using"]) \
                    and k + len(obj) + 1 < len(words) and words[k + len(obj) + 1].service and (
                        not rest or rest[0].low == "for" or _name_list(rest[1:]) == rest[1:] and rest[0].low in (
                            ",", "or") and not any(t.service for t in rest)):
                # (also "Setup the queues with Redis, Beanstalk or Amazon SQS": the service is one choice)
                # "Configuring Application Engine with Redis": setting it up to use the service
                return True  # (also "running the app with Redis for caching": its purpose after it)
            if first in ("add", "adding", "provision", "provisioning", "attach", "create") and len(obj) == 2 \
                    and obj[0].service and obj[1].low in ("plugin", "addon", "add-on", "database", "instance"):
                return True  # "Add Redis plugin (optional)": a PaaS's Redis service is the service
            return self._conjuncts_service(obj)
        if first in ("plus", "and", "with", "also", "including", "e.g", "like"):
            return self._conjuncts_service(words[1:])
        if words[0].kind == "word" and first.endswith(("ing",)) and first not in PROVISION_VERBS \
                and first not in FEATURE_NOUNS:
            return False
        if first in ("migrate", "switch", "move", "upgrade", "moving", "switching", "migrating") \
                and len(words) > 2 and words[1].low in ("to", "onto"):
            return self._conjuncts_service(words[2:])  # "Migrate to Redis (recommended)"
        if (first in STEP_VERBS or first in ("auto-start", "autostart", "auto-restart")) and any(
                t.service for t in words[1:4]):
            return False  # "Daemonize the Redis server (optional)", "Auto-start Redis on boot": a step on it
        return self._conjuncts_service(words)

    def _object_after_purpose(self, vp: list[Tok]) -> bool:
        """"install Postgres for the database or Redis for the cache": the verb's second
        object, coordinated after the first one's purpose, is the service."""
        obj = self._np_after(vp, 1)
        k = 1 + len(obj)
        if not obj or k >= len(vp) or vp[k].low != "for":
            return False
        for j in range(k + 1, min(len(vp), k + 6)):
            if vp[j].kind == "punct" or vp[j].low in STOP_NP and vp[j].low not in ("and", "or"):
                return False
            if vp[j].low in ("and", "or"):
                return self._is_service(self._np_after(vp, j + 1))
        return False

    def _conjuncts_service(self, np: list[Tok]) -> bool:
        rel = next((k for k, t in enumerate(np) if k and t.low in ("which", "whom", "whose") and t.kind == "word"), None)
        if rel is not None:
            np = np[:rel]  # "the durability guarantees which Redis provides": the guarantees
        words = [t for t in np if t.kind != "punct"]
        lead = next((k for k, t in enumerate(words) if t.low not in DETERMINERS), len(words))
        if lead < len(words) and _variant(words[lead].low) and not words[lead].service \
                and any(t.low in ("and", "or", "&", "+") for t in words):
            return False  # "managed Postgres and Redis": the adjective covers every conjunct
        groups = _split_conjuncts(np)
        if len(groups) > 1 and len(groups[-1]) >= 2 and groups[-1][-1].low in PART_NOUNS \
                and groups[-1][-1].low.endswith("s") and all(len([t for t in g if t.low not in DETERMINERS]) == 1
                                                          for g in groups[:-1]):
            return False  # "`redis_host` and `redis_port` options": the plural head is each conjunct's
        # a relative clause after the first conjunct ends the phrase
        return any(self._is_service(g) for g in groups)

    def _passive_subject(self, toks: list[Tok], i: int) -> list[Tok] | None:
        """The subject of a passive verb that the adverb at ``i`` qualifies ("Redis is used
        optionally for …", "Redis is optionally enabled"), or None when there is none, or when
        the clause is negated."""
        if i >= 2 and toks[i - 1].low in _PASSIVE_USES and toks[i - 2].low in COPULAS:
            cop = i - 2
        elif i >= 1 and toks[i - 1].low in COPULAS and i + 1 < len(toks) and toks[i + 1].low in _PASSIVE_USES:
            cop = i - 1
        else:
            return None
        if _negation_before(toks, cop + 1) is not None:
            return None
        return self._subject(toks, cop)

    def _adverb(self, clause: _Clause, parts, i: int, implicit) -> Claim | None:
        """"you can optionally install Redis": the verb after it provisions the service."""
        toks = clause.toks
        if self._blocked(toks, i):
            return None
        passive = self._passive_subject(toks, i)
        if passive is not None:
            return self._claim(toks[i], toks, "adverb") if self._conjuncts_service(passive) else None
        rest = toks[i + 1:]
        if rest and rest[0].low == ",":
            rest = rest[1:]
        if rest and rest[0].low in PROVISION_VERBS:
            if i >= 2 and toks[i - 1].low == "and" and toks[i - 2].low in PROVISION_VERBS:
                return None  # "Install and Optionally Configure Redis": installing it is not optional
            if self._phrase_is_service(rest) or self._kind_such_as_service(rest):
                at = next((k for k, t in enumerate(rest) if t.service), 0)
                part = next((t.low for t in rest[at + 2:at + 4] if t.low not in ("a", "an", "the")), "")
                if [t.low for t in rest[at + 1:at + 3]] in (["to", "use"], ["to", "require"], ["to", "enable"]) or (
                        rest[at + 1:at + 2] and rest[at + 1].low == "with" and (
                            part in PART_NOUNS or part in _FEATURE_NOTES)):
                    return None  # "optionally configure Redis to use TLS": a setting of it is optional
                either = next((k for k, t in enumerate(rest) if k > at and t.low == "or"), None)
                if either is not None and any(t.service for t in rest[either + 1:either + 7]):
                    return None  # "optionally use a local redis instance or an existing one": which Redis
                return self._claim(toks[i], toks, "adverb")
            if self._object_after_purpose(rest):
                return self._claim(toks[i], toks, "adverb")  # "optionally install X for the database or Redis for the cache"
            to = next((k for k in range(2, min(len(rest) - 2, 8)) if rest[k].low == "to" and rest[k + 1].low in (
                "use", "connect", "talk")), None) if rest[0].low in ("configure", "set", "tell") else None
            if to is not None and self._conjuncts_service(self._np_after(rest, to + 2 + (
                    rest[to + 2].low in ("to", "with") if to + 2 < len(rest) else 0))):
                return self._claim(toks[i], toks, "adverb")  # "optionally configure the app to use Redis"
            return None
        if clause.kind == "paren" and i == 0 and rest and rest[0].low in CONDITION_WORDS \
                and self._paren_on_service(clause):
            return self._claim(toks[i], toks, "paren", "(optionally)")  # "`REDIS_URL` (optionally, if …)"
        if not rest and clause.kind == "paren" and clause.after is not None:
            return self._claim(toks[i], toks, "paren-forward", "(optionally)") if self._phrase_is_service(
                clause.after.toks) else None
        if rest and self._is_service(self._np_after(rest, 0)) and (rest[0].low in {"a", "an", "the"} | {
                t.low for t in rest if t.service} or rest[0].low in PROVIDER_WORDS and rest[1:2] and rest[1].service):
            # ("optionally Upstash Redis": a hosted one, still optional)
            return self._claim(toks[i], toks, "adverb-np")
        if rest and rest[0].low == "with" and self._conjuncts_service(self._np_after(rest, 1)):
            return self._claim(toks[i], toks, "adverb-with")  # "(optionally with Redis)"
        # "Redis can optionally hold session state": its role is optional
        before = self._subject(toks, i)
        if rest and rest[0].low in ROLE_VERBS and before and self._conjuncts_service(before):
            return self._claim(toks[i], toks, "adverb-role")
        if rest and rest[0].low in ("be",) and len(rest) > 1 and rest[1].low in PROVISION_VERBS and self._conjuncts_service(before):
            return self._claim(toks[i], toks, "adverb-passive")
        store = rest[1:] if rest[:1] and rest[0].low == "be" else rest
        if len(store) > 2 and store[0].low in _STORE_VERBS and store[1].low in ("in", "into", "to", "with", "via", "through") \
                and self._conjuncts_service(self._np_after(store, 2)) and not set(
                    itertools.takewhile(lambda w: w not in ("so", "because", "which"), self._unit_lows)) & (
                    FAILURE_WORDS | BROKEN_WORDS) and not self._nonprod(toks):
            # "OAuth tokens optionally persist in Redis", "Optionally integrates with Redis to cache …"
            return self._claim(toks[i], toks, "adverb-store")
        return None

    def _permission(self, clause: _Clause, i: int) -> Claim | None:
        """"You may also install Redis": permission to provision it makes it optional ("you may
        need Redis", "you may install Redis from source" are not permission to leave it out)."""
        toks = clause.toks
        k = i + 1
        while k < len(toks) and toks[k].low in ("also", "optionally", "additionally", "then", "still"):
            k += 1
        if k >= len(toks) or toks[k].low not in PROVISION_VERBS or toks[k].low in (
                "need", "needing", "require", "want", "have", "having", "get"):
            return None
        subject = {t.low for t in toks[:i]}
        if not subject or not subject & SUBJECT_GENERIC or self._blocked(toks, i) or \
                _negation_before(toks, k + 1) is not None:
            return None
        rest = toks[k:]
        if not self._phrase_is_service(rest) and not self._kind_such_as_service(rest):
            return None
        if any(t.low in MANNER_PREPS and not (t.low == "as" and rest[n].low == "such") for n, t in enumerate(rest[1:])) \
                or _placed(rest):
            return None  # "you may install Redis from source", "… on one dedicated host": a choice of manner
        return self._claim(toks[i], toks, "permission", " ".join(t.text for t in toks[i:k + 1]))

    def _hosted_account(self, phrase: list[Tok]) -> bool:
        """"Upstash Redis account (upstash.com)", "a Redis Cloud account": an account with a provider
        of the service is how the guide gets it (not "a Redis account password", nor "your account")."""
        words = [t for t in phrase if t.low not in ("*", "**", "_")]
        at = next((k for k, t in enumerate(words) if t.low in ("account", "subscription")), None)
        return at is not None and 1 <= at <= 4 and (at + 1 == len(words) or words[at + 1].kind == "punct" or all(
            "." in t.low for t in words[at + 1:])) \
            and self._phrase_is_service(words[:at]) and any(
                t.low in PROVIDER_WORDS or t.low in _HOSTED_PRODUCTS or t.low == "cloud" for t in words[:at])

    def _kind_such_as_service(self, vp: list[Tok]) -> bool:
        """"install and configure a cache service such as Redis or Memcache": the object is a kind
        of server, and the service is the example given for it."""
        at = 1
        if len(vp) > 3 and vp[1].low in ("and", "&") and vp[2].low in PROVISION_VERBS:
            at = 3  # "install and configure …"
        words = [t for t in vp[at:at + 8] if t.low not in ("*", "**", "_")]
        cut = next((k for k, t in enumerate(words) if t.low in ("such", "like", "e.g")), None)
        if cut is None or not 0 < cut <= 4 or words[cut - 1].low not in IDENTITY_NOUNS:
            return False
        example = words[cut + 2:] if words[cut].low == "such" and words[cut + 1:cut + 2] and words[cut + 1].low == "as" \
            else words[cut + 1:]
        return bool(example) and example[0].service and not any(t.service for t in words[:cut])

    def _passive_permission(self, clause: _Clause, i: int) -> Claim | None:
        """"Redis may be used for rate limiting", "When Redis may be used", "Redis can be used for
        caching", "The helpdesk can also be configured with Redis": allowed, not required. (With
        "can", only a use: not how, "can be enabled at boot", nor where, "can be used on the same
        host", nor which, "a highly available Redis can be deployed instead".)"""
        toks = clause.toks
        lows = [t.low for t in toks]
        can = lows[i] in ("can", "could")
        if can and lows[i + 1:i + 2] == ["also"]:
            if self._unit_lows[:1] == ["besides"] or self._unit_lows[:2] in (["apart", "from"], ["aside", "from"]) \
                    or self._unit_lows[:3] == ["in", "addition", "to"]:
                return None  # "Besides acting as a cache, Redis can also be used to manage the queue": one more role
            toks = toks[:i + 1] + toks[i + 2:]  # "Redis can also be used for …"
            lows = lows[:i + 1] + lows[i + 2:]
        if lows[i + 1:i + 2] != ["be"] or len(lows) < i + 3 or lows[i + 2] not in (
                "used", "added", "enabled", "installed", "deployed", "introduced", "configured", "run"):
            return None
        if _negation_before(toks, i + 3) is not None or self._blocked(toks, i):
            return None
        if can and (not _LIBRARY_CONTEXT.isdisjoint(self._unit_lows) or self._nonprod(toks)
                    or lows[i + 3:i + 5] in (["in", "production"], ["in", "prod"])):
            return None  # ("`redis` can be used instead of the default client"; "can be used in production": fit for it)
        subject = self._subject(toks, i)
        if can and subject and not any(t.service for t in subject) and (lows[i + 2] == "configured" and (
                lows[i + 3:i + 4] == ["with"] and self._conjuncts_service(self._np_after(toks, i + 4))
                or lows[i + 3:i + 5] == ["to", "use"] and self._conjuncts_service(self._np_after(toks, i + 5)))
                or lows[i + 2] == "run" and lows[i + 3:i + 4] in (["using"], ["with"])
                and self._conjuncts_service(self._np_after(toks, i + 4))):
            # "Faveo can also be configured with Redis", "Grist can be configured to use Redis as an external
            # state cache", "The knot server can be run using a Redis or Valkey server": the app takes it if
            # you choose to
            return self._claim(toks[i], toks, "may-be-used", " ".join(t.text for t in toks[i:i + 3]))
        if not subject or not self._conjuncts_service(subject) or _versioned(subject):
            return None
        if lows[i + 3:i + 4] in (["by"], ["with"], ["from"], ["together"], ["only"], ["on"]) or not can and lows[
                i + 3:i + 4] == ["in"]:
            return None  # "Redis may be used by other apps on the host": who uses it
        if can and lows[i + 2] != "used":
            return None  # "Redis can be enabled at boot with systemd", "can be configured as an LRU cache": how
        if can and ("instead" in lows[i:] or any(t.kind == "word" and not t.service and t.low not in ("the", "a", "an")
                                                 for t in subject)):
            return None  # "a highly available Redis can be deployed instead": which Redis
        return self._claim(toks[i], toks, "may-be-used", " ".join(t.text for t in toks[i:i + 3]))

    def _why_not(self, toks: list[Tok], i: int) -> Claim | None:
        """"## Why Not Redis", "**Q: Why no Redis?**", "see ADR-002 for why not Redis/Kafka": the
        document argues for going without the service (not "Why not Redis pub/sub here", a part
        of it, nor "Why Redis?")."""
        lows = [t.low for t in toks]
        j = i + 1
        if lows[j:j + 1] not in (["not"], ["no"]):
            return None
        j += 1
        if lows[j:j + 1] == ["just"]:
            j += 1
        if lows[j:j + 1] in (["use"], ["using"], ["add"], ["adding"]):
            j += 1
        if j >= len(toks) or not toks[j].service or _negation_before(toks, i) is not None or self._blocked(toks, i):
            return None
        np = self._np_after(toks, j)
        if not np or not self._conjuncts_service(np) or _versioned(np):
            return None
        after = next((t for t in toks[j + 1:j + 3] if t.kind in ("word", "code")), None)
        if after is not None and toks[j + 1].low != "/" and (after.low in PART_NOUNS or after.low.split("/")[0] in PART_NOUNS):
            return None  # "Why not Redis pub/sub here": a part of it
        return self._claim(toks[i], toks, "why-not", " ".join(t.text for t in toks[i:j + 1]))

    def _bare_no(self, clause: _Clause, i: int) -> bool:
        """"No Redis, no Celery, no complexity", "(no Redis)", "1. **No Redis** (simpler)": a
        setup without the service offered as an option; not "Error: no Redis"."""
        toks = clause.toks
        means = i >= 2 and toks[i - 1].low in ("means", "disables", "skips") and toks[i - 2].low in (
            "empty", "unset", "blank", "omitted", "none", "false", "missing")  # ("Empty means no Redis.")
        if not (i and toks[i - 1].low == ",") and not means and any(
                t.kind == "word" and t.low not in ("no",) and not _step_number(t.low) for t in toks[:i]) \
                and not (clause.kind == "paren" and i == 0):  # ("Single-process mode (zero Redis setup)")
            return False
        k = i + 1
        while k < len(toks) and toks[k].low in ("*", "**", "_"):
            k += 1
        if k >= len(toks) or not toks[k].service:
            return False
        k += 1
        while k < len(toks) and toks[k].low in ("*", "**", "_", "server", "instance", "service", "setup"):
            k += 1
        if k < len(toks) and toks[k].low in ("caching", "cache", "sessions", "queue", "queues") \
                and "instead" in self._unit_lows:
            k += 1  # "No Redis caching (using memory cache instead)": a stand-in does its work
        d = k + 2 if k + 2 < len(toks) and toks[k + 1].low in ("the", "our", "this") else k + 1  # ("in the MVP")
        staged = d < len(toks) and toks[k].low in ("in", "for") and (
            _VERSION_MARK_RE.fullmatch(toks[d].low) or toks[d].low in ("mvp", "beta", "now")
            or toks[d].low in ("production", "prod") and all(t.kind == "punct" for t in toks[d + 1:]))
        if k < len(toks) and toks[k].low not in (",", "-", "—", "–", "(", ")", ";", "/", "and", "or", "+", "to", "until") \
                and not staged:
            return False  # (also "No Redis until horizontal scaling is needed", "No Redis in v1": put off)
        return not set(self._unit_lows) & (FAILURE_WORDS | BROKEN_WORDS | {
            "error", "errors", "warning", "warnings", "found", "detected", "connection", "running",
            "available", "reachable", "response", "reply", "?", "exception", "log", "logs"}) \
            and not (clause.kind == "paren" and _measured_label(self._unit_lows))
            # (not "- **New Pipeline (no Redis):** ~140 seconds": a figure of a comparison)

    def _deploy_before(self, clause: _Clause, i: int) -> Claim | None:
        """"You can safely deploy right now, even before installing Redis": going live comes
        first, so the site runs without it (not "Don't deploy before installing Redis")."""
        toks = clause.toks
        lows = [t.low for t in toks]
        k = i + 2 if lows[i + 1:i + 3] != ["setting", "up"] else i + 3
        prior = [t.low for p in self._parts[:clause.index] for t in p.toks] + lows[:i]  # (", even before …")
        if not {"deploy", "ship", "launch", "live"} & set(prior) or not (
                lows[i - 1:i] == ["even"] or {"can", "now", "safely"} & set(prior)) \
                or any(w in NEGATORS or w.endswith("n't") or w in ("must", "should") for w in prior) \
                or self._blocked(toks, i) or not self._conjuncts_service(self._np_after(toks, k)) \
                or ((FAILURE_WORDS | BROKEN_WORDS) - {"go"}) & set(self._unit_lows):  # ("go live" is no outage)
            return None
        start = i - 1 if lows[i - 1:i] == ["even"] else i
        return self._claim(toks[start], toks, "deferred", " ".join(t.text for t in toks[start:k + 1]))

    def _or_not(self, clause: _Clause, i: int) -> Claim | None:
        """"You can choose to use Redis or not", "Enable Redis or not, as you like": having it is a
        choice (not "Check whether Redis answers or not": a test of its state)."""
        toks = clause.toks
        verb = next((k for k in range(i - 1, max(-1, i - 8), -1) if toks[k].low in _TAKE_VERBS), None)
        if verb is None or self._blocked(toks, verb) or _negation_before(toks, verb) is not None \
                or not self._conjuncts_service(self._np_after(toks[:i], verb + 1)) \
                or any(t.low in INDIRECT_QUESTION_VERBS for t in toks[:verb]) \
                or not (FAILURE_WORDS | BROKEN_WORDS).isdisjoint(self._unit_lows):
            return None
        return self._claim(toks[verb], toks, "or-not", " ".join(t.text for t in toks[verb:i + 2]))

    def _choose_whether(self, clause: _Clause, i: int, parts_before: list[Tok]) -> Claim | None:
        """"You can choose whether to enable Redis", "Decide whether or not to use Redis": taking it is
        a choice left to the reader."""
        toks = clause.toks
        k = i + 1
        if _next_words(toks, i, 2) == ["or", "not"]:
            k += 2
        if k < len(toks) and toks[k].low == "to" or k + 1 < len(toks) and toks[k].low in ("you", "we") \
                and toks[k + 1].low in _TAKE_VERBS:
            k += 1  # "whether to use", "whether you use"
        before = toks[:i] if i else parts_before
        np = self._np_after(toks, i + 1) if k == i + 1 else []
        j = i + 1 + len(np)
        if np and j + 1 < len(toks) and toks[j].low in ("is", "are") and toks[j + 1].low in (
                "required", "needed", "necessary") and self._conjuncts_service(np) and not self._blocked(toks, i) \
                and not any(t.low in NEGATORS or t.low.endswith("n't") or t.low == "cannot" for t in before):
            start = i - 1 if i else i  # "Decide whether Redis is required or whether in-process execution is acceptable"
            return self._claim(toks[start], toks, "choose-whether", " ".join(t.text for t in toks[start:j + 2]))
        if k >= len(toks) or toks[k].low not in _TAKE_VERBS or self._blocked(toks, i) \
                or any(t.low in NEGATORS or t.low.endswith("n't") or t.low == "cannot" for t in before) \
                or not self._conjuncts_service(self._np_after(toks, k + 1)) or any(t.low == "or" for t in toks[k + 1:]):
            return None  # (not "You cannot choose whether …", nor "… whether to use Redis or Valkey": which one)
        start = i - 1 if i else i
        return self._claim(toks[start], toks, "choose-whether", " ".join(t.text for t in toks[start:k + 2]))

    def _whether(self, clause: _Clause, i: int) -> Claim | None:
        """"Whether you run Redis depends on …": running it is a choice."""
        toks = clause.toks
        w = next(k for k, t in enumerate(toks) if t.low == "whether")
        span = toks[w + 1:i] if w < i else toks[w + 1:]
        if self._blocked(toks, i) or not span or not self._provisions_service(span):
            return None
        return self._claim(toks[i], toks, "whether", " ".join(t.text for t in toks[i:i + 2]))

    def _recommend_verb(self, clause: _Clause, i: int) -> Claim | None:
        """"We recommend (installing) Redis" — recommend a service, not a way of running it."""
        toks = clause.toks
        if self._blocked(toks, i):
            return None
        rest = toks[i + 1:]
        tail = [t.low for t in rest]
        at = next((k for k, t in enumerate(rest) if t.service), None)
        if at is not None and tail[at + 1:at + 2] == ["for"] and (
                "also" in tail[:at] or any(tail[k:k + 2] == ["as", "well"] for k in range(at + 2, len(tail) - 1))):
            return None  # "Consider using Redis for session storage as well": one more role of the service in use
        if toks[i].low in ("want", "wants"):
            # "you may want to add Redis": a suggestion to provision it
            lows = [t.low for t in rest]
            kind = next((lows[k + 2] for k in range(len(lows) - 2) if lows[k:k + 2] == ["instead", "of"]), "")
            if kind in PROVIDER_WORDS or kind in VARIANT_WORDS or kind in self._name_lows:
                return None  # "one may want to use a local Redis instead of Upstash": which Redis
            if len(rest) > 1 and rest[1].low in PROVISION_VERBS and self._phrase_is_service(rest[1:]):
                return self._claim(toks[i - 1], toks, "may-want", " ".join(t.text for t in toks[i - 1:i + 2]))
            if len(rest) > 3 and rest[1].low in ("continue", "keep") and rest[2].low in ("using", "running") \
                    and self._conjuncts_service(self._np_after(rest, 3)):
                # "you may want to continue using Redis": keeping it is a choice
                return self._claim(toks[i - 1], toks, "may-want", " ".join(t.text for t in toks[i - 1:i + 2]))
            return None
        if toks[i].low == "prefer" and i >= 2 and toks[i - 1].low == "would" and any(
                t.low in _OTHER_PEOPLE for t in toks[:i - 1]) and not any(t.low in ("we", "i") for t in toks[:i - 1]):
            return None  # "… for those wanting to develop custom code and would prefer a centralized Redis
            # database": what some readers prefer, not the writer's advice
        if toks[i].low in ("prefer", "prefers") and any(
                w in ("decision", "decided", "chose", "chosen") for w in self._unit_lows[:4]):
            return None  # "**Decision: prefer full shared-state (Redis) over sticky sessions.**": what was decided
        if rest and rest[0].low in ("upgrading", "switching", "migrating", "moving") and rest[1:2] and rest[1].low == "to":
            # "Consider upgrading to Redis when traffic grows": taking it up is advised, later (not
            # "Consider upgrading to Redis 7": a version of the one in use)
            np = self._np_after(rest, 2)
            return self._claim(toks[i], toks, "recommend-verb") if np and self._is_service(np) \
                and not _versioned(np) else None
        if toks[i].low == "consider" and not (rest and (rest[0].low in PROVISION_VERBS or rest[0].service)):
            words = [t for t in rest if t.kind != "punct" or t.low in ("(", ")")]
            named = [t for t in words if t.kind != "punct"]
            if 1 < len(named) <= 5 and named[-1].service and not any(
                    t.low.endswith("ing") and t.low not in FEATURE_NOUNS for t in named[:1]) and not any(
                    t.low in ("of", "for", "with", "on", "about", "in", "to", "from", "whether", "how", "if")
                    for t in named[:-1]) \
                    and not self._blocked(toks, i):
                return self._claim(toks[i], toks, "recommend-verb")  # "Consider a caching layer (Redis)"
            return None
        to = next((k for k, t in enumerate(rest[:8]) if t.low == "to"), None)
        if toks[i].low in ("recommend", "recommends", "advise", "encourage") and to and to + 1 < len(rest) \
                and rest[to + 1].low in ("use", "install", "run", "deploy", "add", "enable", "provision") \
                and self._phrase_is_service(rest[to + 1:]) and rest[to - 1].low != "how" \
                and not any(t.low in (",", ";", ":") for t in rest[:to]):
            return self._claim(toks[i], toks, "recommend-verb")  # "We recommend every production instance to use Redis"
            # (not "We recommend following [How To Install and Configure Redis …]": a guide's title)
        if rest and rest[0].low in ("that", "you", "to"):
            rest = rest[1:]
            if rest and rest[0].low in ("you", "to"):
                rest = rest[1:]
        if not rest:
            return None
        if rest[0].low in ("choosing", "picking", "selecting") and len(rest) > 1:
            rest = rest[1:]  # "I recommend choosing `redis` here too": the service is the pick
            if not (rest[0].service or rest[0].kind == "code" and self._phrase_is_service(rest[:1])):
                return None
            np = self._np_after(rest, 0)
            return self._claim(toks[i], toks, "recommend-verb") if self._is_service(np) and not _versioned(np) else None
        if rest[0].low in PROVISION_VERBS or rest[0].low in ("set", "setting"):
            upto = next((k for k, t in enumerate(rest) if t.service), len(rest))
            if any((t.low in _COUNT_WORDS or t.low.isdigit()) and not self._one_more(rest, k)
                   for k, t in enumerate(rest[:upto])):
                return None  # "We recommend setting up at least five Redis servers": how many, not whether
            near = [t.low for t in rest[upto + 1:upto + 5]]
            if near[:1] and near[0] in _SCALE_UNITS | {"database", "db", "cluster"} and (
                    "per" in near or any(near[j] == "for" and near[j + 1] in ("each", "every") for j in range(len(near) - 1))):
                return None  # "you may consider deploying a Redis instance for each use case": how many, not whether
            if near[:1] == ["as"] and not set(near[1:3]).isdisjoint(_MANNER_NAMES | {"service", "daemon", "unit"}):
                return None  # "We suggest you run Redis as a service so that you do not have to start it": how
            return self._claim(toks[i], toks, "recommend-verb") if self._phrase_is_service(rest) \
                and not _placed(rest) and not _versioned(self._np_after(rest, 1)) else None  # ("using Redis 7")
        over = next((k for k, t in enumerate(rest[:10]) if t.low == "over"), None)
        if over and any(t.service for t in rest[over + 1:over + 8]) and any(
                t.service or t.kind == "code" and any(n in t.low for n in self._name_lows) for t in rest[:over]):
            return None  # "Prefer `docker compose up -d redis` over a host-installed Redis": which Redis
        np = self._np_after(rest, 0)
        if any(t.low in ("tls", "ssl", "encryption") or t.low.startswith("rediss:") for t in np):
            return None  # "Prefer TLS and a `rediss://` URL": how to connect, not whether
        if toks[i].low == "consider" and len(np) >= 2 and np[0].service and len(np) == len(rest[:len(np)]) \
                and all(t.low in FEATURE_NOUNS or t.low in ("rate", "limiting", "limiter") for t in np[1:]) \
                and not self._blocked(toks, i):
            return self._claim(toks[i], toks, "recommend-verb")  # "Consider Redis rate limiting": its use, advised
        if self._is_service(np) and len(np) == len(rest[:len(np)]):
            after = rest[len(np):]
            # "we recommend Redis 7" (a version) or "recommend Redis over Memcached" still hedge
            if _versioned(np):
                return None
            if after and after[0].low in ("for", "as", "over", "because", "if", "when", "unless", "."):
                return self._claim(toks[i], toks, "recommend-verb")
            if after[:1] and after[0].low == "in" and after[1:2] and after[1].low in ("production", "prod"):
                return self._claim(toks[i], toks, "recommend-verb")  # "Prefer Redis in production"
            if not after:
                return self._claim(toks[i], toks, "recommend-verb")
        return None

    def _negated_need(self, clause: _Clause, parts, i: int, implicit) -> Claim | None:
        """"Redis is not required", "you don't need Redis", "no need for Redis"."""
        toks = clause.toks
        low = toks[i].low
        lows = [t.low for t in toks]
        neg = _negation_before(toks, i)
        if neg is None and low in NECESSITY_ADJ:
            # "no separate Redis or Celery worker is needed": a longer list of names after "no"
            neg = next((k for k in range(i - 1, max(-1, i - 10), -1) if lows[k] == "no"), None)
            if neg is None or not any(t.service for t in toks[neg + 1:i]):
                return None
        if neg is None and low in ("need", "needs", "require", "requires") and i + 2 < len(toks) \
                and lows[i + 1] in ("no", "kein", "keine", "keinen") and self._is_service(self._np_after(toks, i + 2)) \
                and not self._out_of_scope(toks) and not _reports(lows[:i + 1], i):
            # "the app needs no Redis", "Du brauchst kein Redis"
            return self._claim(toks[i], toks, "dont-need", " ".join(t.text for t in toks[i:i + 2]))
        if neg is None:
            return None
        # "not just/only required" is not a negation of necessity
        if any(t in ("just", "only", "merely") for t in lows[neg + 1:i]):
            return None
        if _reports(lows[:i + 1], i) or self._out_of_scope(toks):
            return None
        if any(lows[k] == "even" for k in range(max(0, i - 3), i)):
            return None
        wording = " ".join(t.text for t in toks[neg:i + (2 if low in ("have", "has") else 1)])
        if lows[neg] == "no" and low == "need" and toks[i].text.lower() == "need" \
                and all(w in BETWEEN for w in lows[neg + 1:i]):  # (not "No necesitas Redis": "you don't need")
            rest = toks[i + 1:]
            if rest and rest[0].low in ("for", "to"):
                unit = " ".join(self._unit_lows)
                if "already" in self._unit_lows or "have it" in unit or "it is available" in unit:
                    return None  # "No need to install Redis server itself (you have it available)"
                if self._phrase_is_service(rest[1:]):
                    return self._claim(toks[neg], toks, "no-need", wording)
            return None
        if lows[neg] == "no" and neg + 1 == i and low in ("mandatory", "required", "compulsory", "obligatory") \
                and i + 1 < len(toks) and toks[i + 1].service and all(
                    t.kind == "punct" or t.low in ("deployment", "dependency", "dependencies", "instance", "server",
                                                   "service", "setup", "installation", "infrastructure")
                    for t in toks[i + 2:]):
            # "- No mandatory Redis deployment", "no required Redis dependency": it need not be there
            return self._claim(toks[neg], toks, "no-service-needed", " ".join(t.text for t in toks[neg:i + 2]))
        if lows[neg] in ("no", "zero", "kein", "keine", "keinen") and low in NECESSITY_ADJ and neg + 1 < i and all(
                t.service or t.low in ("server", "instance", "service", "*", "**", "is", "are", "was", "setup", "connection",
                                       "external", "database", "db", "extra", "additional",
                                       "configuration", "config", "installation", "install", "separate", "or",
                                       "and", "worker", "workers", "/", ",", "+", "services", "like", "such", "as",
                                       "dependencies", "infrastructure", "components", "hard", "strict",
                                       "mandatory", "runtime", "container", "containers")  # ("No hard Redis dependency")
                or t.low in ("servers", "instances") or t.text[:1].isupper() and t.low not in VARIANT_WORDS
                for t in toks[neg + 1:i]) \
                and any(t.service for t in toks[neg + 1:i]) \
                and not any(t.service and k + 1 < i and toks[k + 1].low in ("worker", "workers")
                            for k, t in enumerate(toks[:i]) if k > neg) \
                and not ("external" in lows[neg + 1:i] and not self.external_is_the_service):
            # (not "No Redis worker needed!", nor "No external database or Redis required!" under an
            # all-in-one image that bundles it: an outside copy)
            # "no Redis needed", "simple, no Redis required", "kein Redis erforderlich" (not "No Docker Redis
            # needed in production": which copy)
            return self._claim(toks[neg], toks, "no-service-needed", " ".join(t.text for t in toks[neg:i + 1]))
        if low in ("need", "needs", "require", "requires", "have", "has"):
            # "you don't need Redis" / "you don't have to install Redis" / "the site doesn't require Redis": generic subjects only
            obj = self._np_after(toks, i + 1)
            if i + 2 < len(toks) and obj == [toks[i + 1]] and obj[0].low == "to" and toks[i + 2].low not in PROVISION_VERBS:
                return None  # "you do not need to back up Redis": a task on it (the phrase stops at "to")
            if obj and obj[0].low == "to" and len(obj) > 1:
                obj = obj[1:]
                if obj[0].low in PROVISION_VERBS:
                    if not self._phrase_is_service(obj + toks[i + 1 + len(obj) + 1:]):
                        return None
                    obj = [t for t in obj if t.service] or obj
                else:
                    return None  # "you don't need to restart Redis": a task on it, not the service
            pronoun = [t.low for t in obj] == ["it"] and self._antecedent(clause, parts)
            # ("Redis is supported, but you probably don't need it": "it" is the service before)
            if not pronoun and not self._conjuncts_service(toks[i + 1:i + 1 + max(len(obj), 1) + 3] if obj else []):
                return None
            before_neg = [t.low for t in toks[:neg] if t.low not in ("does", "do", "did")]
            if before_neg[-1:] in (["that"], ["which"], ["who"]):
                return None  # "endpoints that do not need Redis": a statement about the endpoints
            if any(a == "on" and b in ("the", "your") and c in ("host", "machine", "laptop", "computer")
                   for a, b, c in zip(lows[i + 1:], lows[i + 2:], lows[i + 3:])):
                return None  # "You do not need Redis on the host": Compose runs it
            if any(w in ("separately", "manually", "yourself", "again", "twice", "by") for w in lows[i + 1:]) or any(
                    a == "by" and b == "hand" for a, b in zip(self._unit_lows, self._unit_lows[1:])):
                return None  # "you don't have to install Redis separately": how, not whether
            subject = [t for t in self._subject(toks, neg) if t.kind != "punct" and t.low not in (
                "does", "do", "did", "so", "and", "but", "then", "thus", "therefore", "hence")]
            if not subject and neg and lows[neg - 1] in ("but", "and") and clause.index > 0:
                # "migration config requires PostgreSQL but no longer requires Redis": the first verb's subject
                prev = parts[clause.index - 1].toks
                verb = next((k for k, t in enumerate(prev) if t.low in (
                    "requires", "needs", "uses", "require", "need", "use", "is", "are")), None)
                subject = [t for t in self._subject(prev, verb) if t.kind != "punct"] if verb else []
            heads = {t.low for t in subject}
            listed = [t.low for p in parts[:clause.index] for t in p.toks] + [t.low for t in toks[:neg]] \
                if lows[:1] in (["and"], [","]) else [t.low for t in toks[:neg]]
            if "," in listed and listed[:1] == ["the"] and set(listed) & SUBJECT_GENERIC:
                heads |= set(listed)  # "The core application, the REST API and the PDF paths do not require Redis"
            common = {t.low for t in subject if not t.text[:1].isupper()}  # ("GitLab Shell" is a product's name)
            named = list(itertools.takewhile(lambda t: t.text[:1].isupper() and t.low not in DETERMINERS, [
                t for t in subject if t.low not in ("by", "default", "defaults")]))
            stand_in = {"memory", "in-memory", "sqlite", "locally"} & set(self._unit_lows) and 0 < len(named) <= 2 \
                and not {t.low for t in named} & (PART_NOUNS | {"worker", "workers"})
            # ("By default, Limitador stores the limits in memory and does not require Redis": the
            # product named, with what stands in for it)
            if subject and not (heads & SUBJECT_GENERIC) and not stand_in and not (
                    lows[neg:neg + 2] == ["no", "longer"] and not common & (PART_NOUNS | {"worker", "workers"})):
                return None  # ("the exporter does not need Redis"; but "Authentik 2025.8 no longer requires Redis")
            if any(t.low in ("app", "apps", "application", "client") and k and subject[k - 1].low in (
                    "flutter", "mobile", "ios", "android", "frontend", "front-end", "desktop", "expo", "native",
                    "browser", "phone", "swift", "kotlin") for k, t in enumerate(subject)):
                return None  # "Flutter app does NOT need Redis": the phone app, not the server behind it
            return self._claim(toks[neg], toks, "dont-need", wording)
        if lows[neg] == "no" and i == neg + 1 and low in ("need",):
            pass
        # "there is no need for Redis" / "no need to install Redis" / "no hard dependency on Redis"
        if lows[neg] == "no" and low in ("dependency", "requirement") and lows[i + 1:i + 2] in (["on"], ["for"], ["of"]):
            return self._claim(toks[neg], toks, "no-need", wording) if self._phrase_is_service(toks[i + 2:]) else None
        if lows[neg] == "no" and low == "need":
            rest = toks[i + 1:]
            if rest and rest[0].low in ("for", "to"):
                if self._phrase_is_service(rest[1:]):
                    return self._claim(toks[neg], toks, "no-need", wording)
            return None
        # predicative: "Redis is not required", "Redis isn't strictly necessary"
        cop = _copula_before(toks, i)
        if cop is None:
            cop = _copula_before(toks, neg + 1) if lows[neg] in ("not", "never") or lows[neg:neg + 2] == [
                "no", "longer"] else None
        if cop is None and lows[neg] in ("not", "never") and neg and lows[neg - 1] == ",":
            # "Having Redis is a bonus, not a requirement": the contrast shares the copula
            cop = next((k for k in range(neg) if lows[k] in COPULAS), None)
        if cop is None and lows[neg].endswith("n't") and lows[neg][:-3] in ("is", "are", "was", "were", "ca", "wo"):
            cop = neg
        if cop is None:
            if implicit is not None and neg <= 1:
                return self._claim(toks[neg], toks, "row-subject", wording)
            inherited = self._inherited(clause, parts) if neg <= 2 else []
            if inherited:
                return self._claim(toks[neg], toks, "coordinated", wording) if self._conjuncts_service(
                    inherited) else None
            if clause.label_before and neg <= 1 and clause.index > 0:
                prev = _label_of(clause, parts)
                named = [t for t in toks[neg + 1:i] if t.kind == "word" and t.low not in ("is", "are", "*", "**", "longer")]
                if self._phrase_is_service(prev.toks[-6:]) and not (lows[neg] == "no" and named):
                    # (not "… starts using Redis — no code change needed": something else is not needed)
                    return self._claim(toks[neg], toks, "label-value", wording)
                if not (neg and toks[neg - 1].service):
                    return None
            if clause.label_after and neg <= 1 and clause.index + 1 < len(parts) and all(
                    t.low not in STEP_VERBS for t in clause.toks) and self._conjuncts_service(
                    parts[clause.index + 1].toks[:8]) and parts[clause.index + 1].toks \
                    and (parts[clause.index + 1].toks[0].service or any(
                        t.service for t in _name_list(parts[clause.index + 1].toks))) \
                    and not (lows[neg] in ("no", "zero") and any(
                        t.kind == "word" and t.low not in ("is", "are", "*", "**", "longer") for t in toks[neg + 1:i])) \
                    and not any(t.low in COPULAS for t in parts[clause.index + 1].toks[:4]):
                # (not "No persistence needed — Redis is only used for …": something else is not needed)
                return self._claim(toks[neg], toks, "label", wording)  # "Not needed at MVP: Redis, queues"
            if clause.kind == "paren" and neg == 0 and (self._paren_on_service(clause) or (
                    clause.before is not None and clause.before.toks and clause.before.toks[-1].service
                    and len([t for t in toks if t.kind == "word"]) <= 3)) and not (
                    lows[neg] in ("no", "zero") and any(t.kind == "word" and not t.service and t.low not in (
                        "is", "are", "*", "**", "longer", "extra", "additional", "separate", "external")
                        for t in toks[neg + 1:i])):
                # (not "Already in Redis (No migration needed)": something else is not needed)
                return self._claim(toks[neg], toks, "paren", wording)  # "Redis (not required — …)"
            # "Redis not needed for small sites" (telegraphic)
            before = toks[:neg]
            while before and before[0].low in ("but", "and", "so", "yet", "though"):
                before = before[1:]  # "… but Redis not required to run"
            if before and len(before) <= 4 and _bare_name(before) and self._phrase_is_service(before):
                return self._claim(toks[neg], toks, "telegraphic", wording)
            return None
        subject = self._subject(toks, min(cop, neg))
        if lows[neg] in ("no", "zero") and neg < cop and neg + 1 < cop and subject and subject[-1].start < toks[neg].start:
            subject = toks[neg + 1:cop]  # "…, no special setup is needed": the setup is the subject
        if all(t.low in ("but", "and", "yet", "though", "so") for t in subject):
            subject = self._inherited(clause, parts)  # "Redis improves X but is not required"
        if [t.low for t in subject] in (["which"], ["that"]) and clause.lead in ("which", "that") and clause.index > 0 \
                and parts[clause.index - 1].toks and parts[clause.index - 1].toks[-1].service:
            return self._claim(toks[neg], toks, "relative", wording)  # "Install Redis, which is not required …"
        if clause.lead in ("which", "that") and toks[0].low == clause.lead and len(toks) > 2 and toks[1].service \
                and min(cop, neg) > 3 and toks[2].low not in COPULAS and toks[2].low not in MODALS:
            return None  # "the guarantees which Redis provides … are not necessary": the guarantees are
        if subject and cop < neg < i and lows[i + 1:i + 2] == ["to"] and i + 2 < len(toks) \
                and (lows[i + 2] in PROVISION_VERBS or lows[i + 2] in ("operate", "maintain", "host")) \
                and lows[i + 2] not in ("have", "need", "want", "require") \
                and {t.low for t in subject if t.kind == "word"} & (SUBJECT_GENERIC | {"users", "operators", "teams"}) \
                and not any(t.service for t in subject) and not self._blocked(toks, neg):
            # "You are not required to run Redis", "a small deployment is not forced to operate Redis"
            obj = self._np_after(toks, i + 3)
            return self._claim(toks[neg], toks, "dont-need", " ".join(t.text for t in toks[neg:i + 3])) \
                if obj and self._conjuncts_service(obj) and not _versioned(obj) \
                and not any(w in ("separately", "manually", "yourself", "locally") for w in lows[i + 3:]) else None
        if i + 1 < len(toks) and _romance_extraposed(lows, neg, cop, i, subject):
            # "Não é obrigatório usar Redis agora", "No es necesario instalar Redis", "Il n'est pas
            # nécessaire d'installer Redis": "it is not required to use Redis", the infinitive after
            return self._claim(toks[neg], toks, "extraposed", wording) if self._is_service(
                self._np_after(toks, i + 2)) else None
        if subject and subject[0].low == "it" and len(subject) == 1:
            rest = toks[i + 1:]
            if rest and rest[0].low == "to" and len(rest) > 1 and rest[1].low in PROVISION_VERBS:
                return self._claim(toks[neg], toks, "extraposed", wording) if self._is_service(
                    self._np_after(rest, 2)) else None
            if not [t for t in rest if t.kind != "punct"] and self._antecedent(clause, parts):
                return self._claim(toks[neg], toks, "pronoun", wording)  # "…Redis, but it's not a must"
            return None
        if subject and self._conjuncts_service(subject):
            rest = lows[i + 1:]
            if lows[neg + 1:neg + 2] == ["as"] and cop < neg and lows[cop + 1:cop + 2] != ["not"] \
                    and any(w == "as" for w in lows[cop + 1:neg]) and not set(lows[neg + 2:i]) & {
                        "hard", "required", "mandatory", "critical", "core", "strict", "essential", "firm"}:
                return None  # "Redis is deployed as a plain `Deployment`, not as a Bitnami subchart dependency": how
            # "Redis is not required to be on the same host": about placement, not presence
            if rest[:1] == ["to"] and len(rest) > 1 and (rest[1] in ("be", "live", "sit") or rest[1] == "run" and (
                    rest[2:3] in (["on"], ["in"], ["alongside"], ["next"], ["locally"], ["as"], ["inside"]))):
                return None
            if lows[neg:neg + 2] == ["no", "longer"] and {"variable", "variables"} & set(lows[:neg]) and any(
                    t.kind == "code" and not t.service for t in toks[:neg]):
                return None  # "Variables starting with `SHARELATEX_MONGO_`, `SHARELATEX_REDIS_` and the `REDIS_HOST`
                # variable are no longer needed": settings renamed or moved (with another store's), not the service
            tasks = [w for w in rest[1:6] if w not in ("the", "running")]
            if rest[:1] == ["for"] and tasks and tasks[0] in _OFFLINE_TASKS and all(
                    w in _OFFLINE_TASKS or w in ("or", "and", ",", ".") for w in tasks):
                return None  # "It is not required for backups or restores": a task that does not touch it
            return self._claim(toks[neg], toks, "not-required", wording)
        if not subject and implicit is not None:
            return self._claim(toks[neg], toks, "row-subject", wording)
        return None

    def _hard_dependency_note(self, toks: list[Tok]) -> list[Claim]:
        """"If Redis is down or slow, atlas falls back to local behavior (no hard dependency)": the
        sentence's closing note says the service it named is not required."""
        lows = [t.low for t in toks]
        for k in range(len(toks) - 3):
            if lows[k] != "(" or not (lows[k + 1:k + 4] == ["no", "hard", "dependency"]
                                      or lows[k + 1:k + 5] == ["not", "a", "hard", "dependency"]):
                continue
            end = k + (5 if lows[k + 1] == "no" else 6)
            if lows[end - 1:end] == [")"] and any(t.service for t in toks[:k]) \
                    and not any(t.kind != "punct" for t in toks[end:]) and not self._blocked(toks, k + 1):
                return [self._claim(toks[k + 1], toks, "not-required", " ".join(t.text for t in toks[k + 1:end - 1]))]
        return []

    def _blocked_but_negation(self, toks: list[Tok], i: int) -> bool:
        """Reported, counterfactual or out of scope (the negation itself is the claim)."""
        return self._out_of_scope(toks) or _reports([t.low for t in toks[:i + 1]], i)

    def _not_used(self, clause: _Clause, i: int) -> Claim | None:
        """"This project does not use Redis (today)": the deployment goes without it. Not a
        component ("the worker does not use Redis") nor a purpose ("we don't use Redis for
        sessions")."""
        toks = clause.toks
        neg = _negation_before(toks, i)
        if any(t.low in ("whether", "if") for t in toks[neg:i]):
            return None  # "You cannot choose whether to use Redis": the choice is negated, not the use
        if toks[neg].low in ("can't", "cannot", "can’t", "couldn't", "mustn't", "shouldn't") or toks[neg].low == "not" \
                and neg and toks[neg - 1].low in ("can", "must", "should", "could"):
            return None  # "You can't use the same Redis instance for two apps": a limit, not a stack without it
        subject = [t for t in self._subject(toks, neg) if t.kind != "punct" and t.low not in ("does", "do", "did")]
        if len(subject) <= 3 and any(t.low in _PHASE_NOUNS for t in subject) and all(
                t.low in _PHASE_NOUNS or t.low in DETERMINERS or t.low in _ORDINALS or t.low.isdigit() for t in subject):
            subject = [t for t in subject if t.low in DETERMINERS]  # "Phase 1 does not use Redis": a stage of the plan
            subject = subject or [Tok("this", "this", -1, -1)]
        if not subject or not all(t.low in SUBJECT_GENERIC or t.low in DETERMINERS for t in subject) \
                or self._out_of_scope(toks) \
                or _reports([t.low for t in toks[:i + 1]], i):
            return None
        obj = self._np_after(toks, i + 1)
        if not obj or not self._conjuncts_service(obj):
            return None
        rest = [t.low for t in toks[i + 1 + len(obj):] if t.low not in ("*", "**", "_")]
        needed = any(t.low in ("have", "need", "needs") for t in toks[neg + 1:i])
        if rest and rest[0] not in (".", ",", ";", "today", "yet", "anymore", "currently", "at", "(", "—", "–") \
                and not (needed and rest[0] in ("for", "-", "--")):
            return None  # (but "You don't have to use Redis for your sessions": not needed for them, as
            # "Redis isn't needed for the sessions" is)
        at = neg - 1 if neg and toks[neg - 1].low in ("does", "do", "did") else neg
        return self._claim(toks[at], toks, "not-used", " ".join(t.text for t in toks[at:i + 1]))

    def _purpose_need(self, clause: _Clause, parts, i: int) -> Claim | None:
        """"For background tasks you also need Redis", "To scale out you need Redis", "If you
        want the worker, you also need Redis": needed for a purpose that is itself optional.
        "To run the site you need Redis" and "For production you need Redis" require it."""
        toks = clause.toks
        lows = [t.low for t in toks]
        if _negation_before(toks, i) is not None or self._blocked(toks, i):
            return None
        subject = [w for w in lows[:i] if w not in ("also", "will", "'ll", "then", "still", "would", "'d")]
        k = len(subject)
        while k and subject[k - 1] in ("you", "you'll", "you'd", "we", "we'll", "also"):
            k -= 1
        if k == len(subject) or not any(w in ("you", "you'll", "you'd", "we", "we'll") for w in subject[k:]):
            if not (subject and len(subject) <= 3 and clause.index > 0 and parts[clause.index - 1].kind == "cond"
                    and subject[0] not in ("it", "this", "that", "everything", "production", "prod")
                    and not any(t.service for t in toks[:i])):
                return None
            k = 0  # "When using the live editing, uMap needs a Redis server": the condition is the purpose
        at = i + 1
        if lows[i] in ("have", "has", "need", "needs") and lows[at:at + 1] == ["to"]:
            at += 2 if at + 1 < len(lows) and (lows[at + 1] in PROVISION_VERBS or lows[at + 1] in (
                "declare", "define")) else len(lows)  # ("… you need to declare a Redis service")
            while at < len(lows) and lows[at] in ("up", "a", "an", "the", "and", "start", "run", "install"):
                at += 1  # "you'll have to start up a redis server"
        obj = self._np_after(toks, at)
        if not obj or not self._conjuncts_service(obj) or _versioned(obj):
            return None
        purpose = subject[:k]
        if purpose and purpose[0] in ("for", "to"):
            pass  # "For background tasks you also need Redis"
        elif not purpose and clause.index > 0 and parts[clause.index - 1].kind == "cond":
            cond = [t.low for t in parts[clause.index - 1].toks]
            if not any(w in ("want", "wants", "use", "using", "enable", "enabling", "run", "plan",
                             "need", "turn", "add", "scale", "have") for w in cond[:6]) \
                    or set(cond) & (FAILURE_WORDS | NEGATORS):
                return None
            purpose = cond
        else:
            return None
        if "own" in purpose or not VARIANT_WORDS.isdisjoint(purpose):
            return None  # "To bring your own database, you need to set … `REDIS_URL`": which one, not whether
        if "yourself" in purpose[-2:] and {"run", "host", "self-host", "deploy"} & set(purpose[:5]) and len(purpose) <= 11:
            return None  # "If you want to run the desk yourself, you have to install Redis": self-hosting it
        if purpose[1:3] in (["start", "using"], ["begin", "using"]):
            purpose = ["to", "use"] + purpose[3:]  # "To start using Hasura Caching …, you will need a Redis
            # instance": what is started is the feature (not "To start using the app": the app is core)
        if purpose[0] == "to" and purpose[1:2] and purpose[1] in (
                "scale", "grow", "enable", "support", "expand", "distribute", "cluster", "shard",
                "share", "speed", "accelerate", "turn", "activate", "unlock", "go") \
                and not (purpose[1] == "go" and {"live", "production", "prod"} & set(purpose[2:4])):  # ("To go live")
            pass  # "To scale past one web server you need Redis": a growth step, not the base
        elif {w for k, w in enumerate(purpose) if not (w == "live" and purpose[k + 1:k + 2] and purpose[k + 1].isalpha())} \
                & (CORE_PURPOSES | _LIFECYCLE_PURPOSES) or not purpose[1:]:  # ("the live editing": a feature)
            return None  # "To run the site you need Redis", "For production, you need Redis", "To upgrade you
            # will need redis server installed": a step every operator takes
        return self._claim(toks[i], toks, "purpose-need", " ".join(t.text for t in toks[i:i + 2]))

    def _upgrade(self, clause: _Clause, i: int) -> Claim | None:
        """"The in-memory layer can be upgraded to Redis for production", "can be swapped for
        Redis later": the service is an upgrade over a default that works without it."""
        toks = clause.toks
        lows = [t.low for t in toks]
        if lows[i] == "upgrade":
            # "Rate limiting: In-memory (upgrade to Redis for production)", "In-Memory Dict (upgrade
            # path to Redis)": the default runs without it, the service is the next step
            to = i + 1 if lows[i + 1:i + 2] == ["to"] else i + 2 if lows[i + 1:i + 3] == ["path", "to"] else None
            before = {t.low for t in clause.before.toks} if clause.before is not None else set()
            if clause.kind != "paren" or i != 0 or to is None or not before & (ALT_BACKENDS | {"in-memory", "memory"}) \
                    or self._blocked(toks, i) or set(self._unit_lows) & (FAILURE_WORDS | BROKEN_WORDS):
                return None
            obj = self._np_after(toks, to + 1)
            if not obj or not self._conjuncts_service(obj) or _versioned(obj):
                return None
            return self._claim(toks[i], toks, "upgrade", " ".join(t.text for t in toks[i:to + 2]))
        adjective = lows[i].endswith("able")  # "(in-memory, upgradeable to Redis for multi-node)"
        if not adjective and (i < 2 or lows[i - 1] != "be" or lows[i - 2] not in ("can", "may", "could")) \
                or lows[i + 1:i + 2] not in (["to"], ["for"], ["with"]):
            return None
        if lows[i] in ("configurable", "pluggable") and lows[i + 1] != "to":
            return None  # ("File-based (configurable to Redis)"; not "configurable with Redis options")
        if _negation_before(toks, i) is not None or self._blocked(toks, i):
            return None
        obj = self._np_after(toks, i + 2)
        if not obj or not self._conjuncts_service(obj) or _versioned(obj):
            return None
        subject = self._subject(toks, i - 2) if not adjective else [t for t in toks[:i] if t.service]
        if subject and self._conjuncts_service(subject):
            return None  # "Redis can be upgraded to Redis 7": the service itself
        at = i if adjective else i - 2
        return self._claim(toks[at], toks, "upgrade", " ".join(t.text for t in toks[at:i + 2]))

    def _unset_means_fallback(self, tokens: list[Tok]) -> list[Claim]:
        """"`REDIS_URL` unset means the app runs single-process: in-memory adapter, …", "`REDIS_URL`
        empty: the cache falls back to local memory": leaving the variable out is a mode."""
        lows = [t.low for t in tokens]
        for k, tok in enumerate(tokens[:-2]):
            if not (tok.service and (tok.kind == "code" or "_" in tok.low)):
                continue
            if lows[k + 1] not in ("unset", "empty", "blank") and lows[k + 1:k + 3] != ["not", "set"]:
                continue
            if any(w in ("if", "when", "unless", "whenever") for w in lows[max(0, k - 3):k]):
                return []  # (a condition: the condition analysis has decided)
            if set(lows[:k]) & {"down", "unavailable", "unreachable", "outage", "fails", "failed"}:
                return []  # "If Redis is down for long, restart with `REDIS_URL` unset to fall back": an outage
            rest = set(lows[k + 2:])
            if rest & (FALLBACK_WORDS | {"in-memory", "in-process", "memory", "single-process", "locmemcache", "inline"}) \
                    and not rest & (BROKEN_WORDS | FAILURE_WORDS | {"error", "refuse", "refuses"}) \
                    and not self._blocked(tokens, k + 1):
                return [self._claim(tokens[k + 1], tokens, "if-variable",
                                    " ".join(t.text for t in tokens[k:k + 2]))]
        return self._empty_is_fallback(tokens, lows)

    def _absent_column(self, tokens: list[Tok], per_cell: list[list[Tok]], header_lows: list[str]) -> list[Claim]:
        """"| Variable | Comments | If absent |" over "| NC_REDIS_URL | Custom Redis URL | Meta data will
        be stored in memory |": the row's variable locates the service, and leaving it out has the
        app run another way (not "| `REDIS_URL` | … | The app fails to start |")."""
        if not per_cell or not any(t.service and (t.kind == "code" or "_" in t.low) and self.names.locates(
                t.low.strip("`").split("=")[0]) for t in per_cell[0]):
            return []
        for index, cell in enumerate(per_cell[1:], 1):
            if index >= len(header_lows) or not ABSENT_HEADER_RE.fullmatch(header_lows[index]) or not cell:
                continue
            lows = {t.low for t in cell}
            if lows & (BROKEN_WORDS | FAILURE_WORDS | {"error", "errors", "required", "mandatory", "must"}):
                return []
            if lows & (FALLBACK_WORDS | {"memory", "in-memory", "in-process", "locally", "local", "sqlite", "disabled"}):
                words = [t for t in cell if t.kind == "word"]
                return [self._claim(words[0], tokens, "if-variable", " ".join(t.text for t in words[:4]))] if words else []
        return []

    def _empty_is_fallback(self, tokens: list[Tok], lows: list[str]) -> list[Claim]:
        """"| Redis URL | _(leer)_ | `SUBLARR_REDIS_URL` | … Leer = In-Memory-Fallback |", "`REDIS_URL`:
        … Empty = in-memory fallback": the variable that locates the service, and what an empty
        value means, written as an equation (not "Empty = no password", a part of it)."""
        var = next((k for k, t in enumerate(tokens) if t.service and (t.kind == "code" or "_" in t.low)
                    and self.names.locates(t.low.strip("`").split("=")[0])), None)
        if var is None:
            return []
        for k in range(var + 1, len(tokens) - 2):
            if lows[k] not in _EMPTY_WORDS or lows[k + 1] not in ("=", "→", "->", "means", "⇒"):
                continue
            value = lows[k + 2:k + 6]
            if any("fallback" in w or "memory" in w or w in ("in-process", "local", "locmem") for w in value) \
                    and not set(lows[k + 2:]) & (BROKEN_WORDS | FAILURE_WORDS | {"error", "disabled"}) \
                    and not self._blocked(tokens, k):
                return [self._claim(tokens[k], tokens, "if-variable", " ".join(t.text for t in tokens[k:k + 2]))]
            if tokens[k + 2].service and k + 3 < len(tokens) and lows[k + 3] in ("disabled", "off") \
                    and not self._blocked(tokens, k):
                # "`REDIS_URL` … — empty = Redis disabled": leaving it empty runs without the service
                return [self._claim(tokens[k], tokens, "if-variable", " ".join(t.text for t in tokens[k:k + 4]))]
        return []

    def _enable_or_disable(self, tokens: list[Tok]) -> list[Claim]:
        """"| WITH_REDIS | enables or disables redis (default: true) |", "- `REDIS_ENABLED`: enable or
        disable Redis": the switch the unit names turns the service itself off (not "enable or
        disable Redis persistence", a part of it)."""
        lows = [t.low for t in tokens]
        if not any((t.kind == "code" or "_" in t.low) and self._names_switch(t.low.strip("` ").split("=")[0])
                   for t in tokens):
            return []
        for k in range(len(lows) - 3):
            if lows[k] in ("enable", "enables") and lows[k + 1] in ("or", "/") and lows[k + 2] in ("disable", "disables"):
                obj = self._np_after(tokens, k + 3)
                if obj and self._conjuncts_service(obj) and not self._blocked(tokens, k):
                    return [self._claim(tokens[k], tokens, "switch", " ".join(t.text for t in tokens[k:k + 3]))]
        return []

    def _some_need(self, tokens: list[Tok]) -> list[Claim]:
        """"Some of the services installed by this playbook require a Redis data store", "Certain
        plugins need Redis": only part of the software needs it (not "Some features need Redis
        Stack", another product; not "Some Redis commands need ACLs")."""
        words = [t for t in tokens if t.low not in ("*", "**", "_", "-", "+")]
        lows = [t.low for t in words]
        if lows[:1] not in (["some"], ["certain"]):
            return []
        for k in range(1, min(len(lows), 12)):
            if lows[k] in ("need", "needs", "require", "requires", "depend", "depends", "rely", "relies"):
                obj = words[k + 1:]
                if obj and obj[0].low in ("on", "upon"):
                    obj = obj[1:]
                np = self._np_after(obj, 0)
                if np and (self._conjuncts_service(np) or any(t.service for t in np) and np[-1].low in _SERVICE_HEADS
                           and not any(t.low in PART_NOUNS for t in np)) and not any(t.service for t in words[1:k]) \
                        and not set(lows[1:k]) & (NONPROD_WORDS | {"test", "tests", "testing", "ci", "specs", "examples"}) \
                        and _negation_before(words, k) is None and not self._blocked(tokens, 0):
                    return [self._claim(words[0], tokens, "only-subject", " ".join(t.text for t in words[:k + 1]))]
                return []
            if words[k].kind == "punct" and lows[k] not in ("'s",):
                return []
        return []

    def _for_those_wanting(self, tokens: list[Tok]) -> list[Claim]:
        """"This is provided as an example for users wishing to use redis", "for those who want
        to run Redis": it is there for the readers who choose it (not "for users who want to
        tune Redis": a part of running it)."""
        lows = [t.low for t in tokens]
        for k in range(len(lows) - 4):
            if lows[k] != "for" or lows[k + 1] not in _CHOOSERS:
                continue
            j = k + 2 + (lows[k + 2] in ("who", "that"))
            if j + 2 < len(lows) and lows[j] in ("want", "wants", "wish", "wishing", "wanting", "prefer", "preferring") \
                    and lows[j + 1] == "to" and lows[j + 2] in ("use", "run", "enable", "add", "try", "deploy"):
                np = self._np_after(tokens, j + 3)
                if np and self._conjuncts_service(np) and not self._blocked(tokens, k) \
                        and _negation_before(tokens, k) is None:
                    return [self._claim(tokens[k], tokens, "for-choosers", " ".join(t.text for t in tokens[k:j + 3]))]
        return []

    def _or_switched_off(self, tokens: list[Tok]) -> list[Claim]:
        """"… an external Redis URL, or `REDIS_HOST=disabled`": the service's switch turned off is
        offered beside the ways to run it."""
        for k in range(1, len(tokens)):
            tok = tokens[k]
            if tok.kind != "code" or tokens[k - 1].low != "or" or "=" not in tok.low:
                continue
            name, _, value = tok.low.strip("` ").partition("=")
            if value.strip("'\" ") in _OFF_VALUES and self.names.locates(name.strip().upper()) \
                    and not self._nonprod(tokens) and not self._blocked(tokens, k) \
                    and not set(self._unit_lows) & (FAILURE_WORDS | BROKEN_WORDS):
                return [self._claim(tokens[k - 1], tokens, "or-switched-off", f"or {tok.text.strip('` ')}")]
        return []

    def _or_remove_it(self, tokens: list[Tok]) -> list[Claim]:
        """"Ensure Redis is running separately, or remove it from your environment": running it and
        taking it out are offered as equals (not "Stop Redis, or remove it": both take it down)."""
        lows = [t.low for t in tokens]
        for k in range(1, len(lows) - 2):
            if lows[k] == "or" and lows[k + 1] in ("remove", "disable", "drop", "omit") and lows[k + 2] == "it":
                named = [n for n, t in enumerate(tokens[:k]) if t.service]
                if not named or named[0] + 1 < k and lows[named[0] + 1] in PART_NOUNS:
                    return []  # (not "Check the Redis password, or remove it": "it" is the part)
                if not set(lows[:k]) & (_STOP_VERBS | FAILURE_WORDS | BROKEN_WORDS) \
                        and not any(t.service or t.low in ("server", "container") for t in tokens[k + 3:]) \
                        and not self._nonprod(tokens) and _negation_before(tokens, k) is None:
                    return [self._claim(tokens[k + 1], tokens, "or-remove-it", " ".join(t.text for t in tokens[k:k + 3]))]
        return []

    def _option_with(self, tokens: list[Tok]) -> list[Claim]:
        """"### Option 2: With Redis", "**Option B: Full Deploy (With Redis)**", "Option 4:
        Disabling Redis": a deployment choice that has or lacks the service makes it optional."""
        words = [t for t in tokens if t.low not in ("*", "**", "_", "#")]
        at = next((k for k, t in enumerate(words[:3]) if t.low == "option"), None)
        if at is None or at + 2 >= len(words) or words[at + 2].low != ":" or not (
                words[at + 1].low.rstrip(".").isdigit() or len(words[at + 1].low) == 1):
            return []
        for k in range(at + 3, min(len(words) - 1, at + 9)):
            if (words[k].low in ("with", "without", "disabling", "skipping", "removing", "dropping", "no")
                    or k == at + 3 and words[k].low in ("use", "add", "enable", "install", "run", "using", "adding")
                    and not any(t.low in MANNER_CONDITION_WORDS or t.low in PROVIDER_WORDS or t.low == "'s"
                                or t.low in NONPROD_WORDS for t in words[k + 1:])) \
                    and (k == at + 3 or words[k - 1].low in ("(", "run", "deploy", "deployment", "setup", "mode", "stack")) \
                    and self._is_service(self._np_after(words, k + 1)) and not _versioned(self._np_after(words, k + 1)):
                first = next((t.low for t in words[k + 1:k + 3] if t.low not in ("a", "an", "the", "your")), "")
                if self._blocked(tokens, k) or _variant(first) or first in MANNER_CONDITION_WORDS:
                    return []  # ("Option 1: With local Redis": which Redis, not whether)
                if first in ("both", "only", "just"):
                    return []  # "Option B: Enable only Redis (no queue worker)": the option varies the rest
                if words[k].low not in ("without", "disabling", "skipping", "removing", "dropping", "no") and any(
                        t.low in ("production", "prod") for t in words[k + 1:]):
                    return []  # "### Option 2: Run WITH Redis (For Production or Testing)": production has it
                return [self._claim(words[k], tokens, "option", " ".join(t.text for t in words[k:k + 2]))]
        return []

    def _with_service_off(self, tokens: list[Tok]) -> list[Claim]:
        """"With Redis disabled, the UI uses an in-memory cache": a mode without it that still
        works ("With Redis down, …" is an outage; "With Redis disabled, nothing works" breaks)."""
        words = [t for t in tokens if t.low not in ("*", "**", "_")]
        off = next((k for k, t in enumerate(words[:6]) if t.low in ("disabled", "off", "removed", "unset",
                                                                     "omitted", "absent")), None)
        label = off is not None and words[0].low != "with" and any(c.isalnum() for c in words[0].text) \
            and words[off].low == "disabled" and off + 2 < len(words) and words[off + 1].low in (":", "-", "—", "–") \
            and words[off + 2].low not in ('"', "“", "'", "`") \
            and self._conjuncts_service(words[:off]) and not self._nonprod(tokens)
        # (not "📦 Redis disabled: "📦 Redis disabled - using in-memory fallback"": a log line quoted)
        # ("**Redis disabled**: uses in-memory storage": the mode without it, as a label)
        if not label and (off is None or off < 2 or words[0].low != "with" or not self._conjuncts_service(words[1:off])
                          or off + 1 >= len(words) or words[off + 1].low != ","):
            return []
        rest = {t.low for t in words[off + 2:]}
        if rest & (BROKEN_WORDS | FAILURE_WORDS | NEGATORS) or not rest & (
                FUNCTIONING_WORDS | WITHOUT_OK | FALLBACK_WORDS | {"uses", "use", "stores", "keeps", "memory"}):
            return []
        start = next((k for k, t in enumerate(words[:off]) if t.service), 0) if label else 0
        return [self._claim(words[start], tokens, "with-off", " ".join(t.text for t in words[start:off + 1]))]

    def _remove_to_run(self, tokens: list[Tok]) -> list[Claim]:
        """"Remove the `redis` service to run with the LRU cache fallback", "Comment out Redis to
        use the in-memory store": taking it out is a supported way to run."""
        words = [t for t in tokens if t.low not in ("*", "**", "_", "-", "+") and not _step_number(t.low)]
        k = 0
        if not words or words[0].low not in _REMOVAL_VERBS:
            return []
        k = 2 if words[0].low == "comment" and len(words) > 1 and words[1].low == "out" else 1
        to = next((n for n in range(k, min(len(words), k + 10)) if words[n].low == "to"), None)
        if to is None or to + 1 >= len(words) or words[to + 1].low not in ("run", "use", "fall", "switch", "keep"):
            return []
        end = next((n for n in range(k, to) if words[n].low in ("from", "in", "of")), to)  # "… from the compose file"
        obj = [t for t in words[k:end] if t.low not in ("service", "container", "dependency", "block", "section")]
        if not obj or not self._conjuncts_service(obj) or self._blocked(tokens, 0):
            return []
        rest = {t.low for t in words[to + 1:]}
        if not rest & (FALLBACK_WORDS | {"in-memory", "memory", "without", "local", "lru", "database", "sqlite"}):
            return []
        return [self._claim(words[0], tokens, "without", " ".join(t.text for t in words[:to + 2]))]

    def _drop_dependency(self, toks: list[Tok], i: int) -> Claim | None:
        """"This release drops the Redis dependency", "eliminates the need for Redis": a change
        that leaves the service out."""
        if self._blocked(toks, i) or _negation_before(toks, i) is not None \
                or set(self._unit_lows) & {"would", "rejected", "considered", "could", "break", "breaks"} \
                or set(self._unit_lows[:3]) & {"pros", "cons", "advantages", "benefits", "trade-offs"}:
            return None
        obj = [t for t in toks[i + 1:i + 7] if t.low not in ("the", "our", "its", "this", "*", "**", "`", "any",
                                                           "mandatory", "hard", "extra", "separate", "external", "all",
                                                           "common", "whole", "entire", "runtime")]
        end = None  # (a past "removed the Redis dependency" reports another product's history)
        if toks[i].low in ("removed", "dropped") and [t.low for t in obj[:2]] != ["need", "for"]:
            return None  # (but "also dropped the need for the redis container" tells what the release needs)
        if len(obj) >= 3 and [t.low for t in obj[:2]] == ["need", "for"]:
            # "eliminates the need for Redis", "dropped the need for the redis container"
            rest = self._np_after(toks, toks.index(obj[1]) + 1)
            if not rest or not self._phrase_is_service(rest):
                return None
            end = toks.index(next(t for t in rest if t.service))
        elif len(obj) >= 3 and obj[0].low in ("dependency", "dependencies", "reliance") and obj[1].low in ("on", "upon") \
                and obj[2].service:
            end = toks.index(obj[2])  # "remove all dependency on Redis from these charts"
        elif len(obj) >= 4 and obj[0].service and [t.low for t in obj[1:3]] == ["as", "a"] \
                and obj[3].low in ("dependency", "requirement"):
            end = toks.index(obj[3])  # "eliminate Redis as a dependency entirely"
        elif len(obj) >= 2 and obj[0].service and obj[1].low in ("dependency", "dependence", "requirement"):
            end = toks.index(obj[1])  # "a local cache option that eliminates the Redis dependency"
        elif len(obj) >= 2 and obj[0].service and obj[0].low in self._name_lows \
                and obj[1].low in ("entirely", "completely", "altogether"):  # (the service, not `REDIS_URL`)
            end = toks.index(obj[1])  # "HyperMem 0.6.0 removes Redis entirely": the whole of it, from the stack
        elif len(obj) >= 3 and obj[0].low in ("dependency", "dependencies", "requirements") or len(obj) >= 4 and obj[
                1].low in ("dependency", "dependencies", "requirements"):
            # "eliminates external queue dependencies (Redis, RabbitMQ, Celery)": the service among them
            unit = self._unit_toks  # (the parenthesis is a clause of its own)
            after = [t for t in unit if t.start > toks[i].start][:10]
            opened = next((k for k, t in enumerate(after[:6]) if t.low == "("), None)
            inner = list(itertools.takewhile(lambda t: t.low != ")", after[opened + 1:])) if opened is not None else []
            named = next((t for t in inner if t.service), None)
            if named is not None and len([t for t in inner if t.kind == "word"]) >= 2:
                return self._claim(toks[i], toks, "drop-dependency", " ".join(t.text for t in [toks[i]] + after[:opened]))
        if end is None:
            return None
        return self._claim(toks[i], toks, "drop-dependency", " ".join(t.text for t in toks[i:end + 1]))

    def _harmless_removal(self, tokens: list[Tok]) -> list[Claim]:
        """"Disabling Redis won't break the app", "Redis has a memory fallback, so disabling it
        won't break anything": going without it is harmless."""
        lows = [t.low for t in tokens]
        for k, low in enumerate(lows[:-3]):
            if low not in ("disabling", "removing", "dropping", "skipping", "omitting", "stopping"):
                continue
            obj = tokens[k + 1]
            if not (obj.service or obj.low == "it" and any(t.service for t in tokens[:k])):
                continue
            neg = k + 2
            if lows[neg] in ("won't", "doesn't", "shouldn't", "wouldn't") or lows[neg:neg + 2] in (
                    ["will", "not"], ["does", "not"], ["should", "not"]):
                verb = neg + (1 if "'" in lows[neg] else 2)
                if verb < len(lows) and lows[verb] in ("break", "crash", "affect", "hurt", "stop", "harm", "fail"):
                    if self._blocked(tokens, k) or any(w in ("if", "when", "unless") for w in lows[:k]):
                        return []
                    return [self._claim(tokens[k], tokens, "without", " ".join(t.text for t in tokens[k:verb + 1]))]
        return []

    def _scale_lead(self, tokens: list[Tok]) -> list[Claim]:
        """"For high traffic, use Redis", "To scale horizontally, add Redis:", "For production
        with multiple instances, configure Redis:": a step taken only at scale. ("For production,
        install Redis" is the base case and "For caching, use Redis" names its role.)"""
        busy = _busy_label(tokens)  # "**Single server, high traffic**: Use Redis"
        if not busy and not any(t.low in _SCALE_LEADS or t.low in SCALE_LABELS or t.low.startswith("multi-")
                                for t in tokens[:4]):
            return []  # (most units: a cheap test first)
        words = [t for t in tokens if t.low not in ("*", "**", "_", "#", "-", "+", ">")]
        k = 0
        while k < len(words) and _step_number(words[k].low):
            k += 1
        if k >= len(words):
            return []
        labelled = words[k].low not in _SCALE_LEADS
        if busy and labelled:
            colon = next(n for n in range(k + 1, len(words)) if words[n].low == ":")
            rest = words[colon + 1:]
            if rest[:1] and rest[0].low in ("use", "add", "enable", "run", "deploy") and len(rest) <= 6 \
                    and self._conjuncts_service(self._np_after(rest, 1)) and not _versioned(rest[1:]) \
                    and not any(t.low in NEGATORS for t in rest):
                return [self._claim(words[k], tokens, "scale-lead", " ".join(t.text for t in words[k:colon]).replace(" ,", ","))]
            return []
        if labelled:
            # "**Multiple nodes**: point `REDIS_HOST` at a shared Redis": a label that names the scale
            colon = next((n for n in range(k + 1, min(len(words), k + 4)) if words[n].low == ":"), None)
            if colon is None or not (words[k].low in SCALE_LABELS or words[k].low.startswith("multi-")):
                return []
            if words[colon - 1].low in ("support", "capability", "capabilities"):
                return []  # "- **Multi-Instance Support**: Redis-based signaling …": a feature the list names
            k -= 1  # (the label's first word is part of the lead)
        comma = next((n for n in range(k + 1, min(len(words), k + 10)) if words[n].low in (",", ":")), None)
        needed = False
        if comma is None:
            # "When running multiple workers redis is required as a message broker": no comma, a need
            name = next((n for n in range(k + 2, min(len(words), k + 10)) if words[n].service), None)
            if name is not None and name + 2 < len(words) and words[name + 1].low in COPULAS \
                    and words[name + 2].low in ("required", "needed", "necessary", "mandatory"):
                comma, needed = name - 1, True
        if comma is None or comma + 1 >= len(words):
            return []
        lead = [t.low for t in words[k + 1:comma + (1 if needed else 0)]]
        scale = _scale_lead_words(lead)
        if not scale or any(t.low in NEGATORS or t.service for t in words[k + labelled:comma]) or (
                "production" in lead or "prod" in lead) and not any(
                w in ("multiple", "several", "replicas", "horizontal", "horizontally") or w.startswith("multi-")
                for w in lead):
            return []
        rest = words[comma + 1:]
        if len(rest) > 2 and rest[0].service and rest[1].low in COPULAS \
                and rest[2].low in ("required", "needed", "necessary", "mandatory"):
            needed = True  # "When running multiple workers, Redis is required"
        if needed:
            if self._blocked(words, comma + 1) or any(t.low in ("always", "must", "production", "prod") for t in words):
                return []
            end = comma if words[comma].low in (",", ":") else comma + 1
            return [self._claim(words[k + labelled], tokens, "scale-lead", " ".join(
                t.text for t in words[k + labelled:end]))]
        if (labelled or words[comma].low == ":") and len(rest) <= 8 and self._conjuncts_service(rest) and not any(
                t.low in PROVISION_VERBS or t.low in COPULAS or t.low in VARIANT_WORDS or t.low in PART_NOUNS
                or t.low in ("cluster", "sentinel", "same", "one", "single") for t in rest):
            # "Multi-instance: Postgres and Redis": what the stack is at that scale
            return [self._claim(words[k + labelled], tokens, "scale-lead", " ".join(
                t.text for t in words[k + labelled:comma]))]
        at = self._provided(rest)
        if at is not None and _on_a_host([t.low for t in rest], at):
            return []  # "If your setup has multiple machines, install Redis on the machine with your proxy": where
        if at is None and not (labelled and any(
                t.low in ("and", ",", ";") and self._provided(rest[j + 1:]) is not None for j, t in enumerate(rest[:12]))):
            return []  # (after a label, any step of the list: "set `X=true` and point `REDIS_HOST` at Redis")
        return [self._claim(words[k + labelled], tokens, "scale-lead", " ".join(
            t.text for t in words[k + labelled:comma]))]

    def _provided(self, rest: list[Tok]) -> int | None:
        """"add Redis", "set up a Redis server", "plug in Redis": a step that provides the
        service (not a feature or a version of it); the index after its object, or None."""
        if rest and rest[0].low in ("point", "switch", "move", "swap", "migrate"):
            # "Point the sessions at Redis once …", "Switch the cache to Redis when …"
            to = next((j for j in range(1, min(len(rest), 6)) if rest[j].low in ("at", "to")), None)
            if to is None or _negation_before(rest, 1) is not None or self._blocked(rest, 0):
                return None
            obj = self._np_after(rest, to + 1)
            obj = _before_condition(obj)
            if not obj or not self._conjuncts_service(obj) or _versioned(obj) or any(t.low == "same" for t in obj):
                return None
            return to + 1 + len(obj)
        if rest and (rest[0].low == "ensure" or [t.low for t in rest[:2]] in (["make", "sure"], ["be", "sure"])):
            # "ensure Redis is configured", "make sure Redis is running": the same step, as a state to reach
            at = 1 if rest[0].low == "ensure" else 2
            obj = self._np_after(rest, at)
            after = [t.low for t in rest[at + len(obj):at + len(obj) + 2]]
            if not obj or not self._conjuncts_service(obj) or _versioned(obj) or self._blocked(rest, 0) \
                    or after[:1] not in (["is"], ["are"]) or after[1:2] == [] or after[1] not in _REACHED_STATES:
                return None
            return at + len(obj) + 2
        if len(rest) >= 4 and rest[0].low in ("set", "define") and rest[1].kind == "code" \
                and rest[2].low in ("to", "=") and _TRUTHY.fullmatch(rest[3].low.strip("`'\"")) \
                and self._names_switch(rest[1].low.strip("` ")) \
                and not _off_switch_name(rest[1].low.strip("` ")):
            return 4  # "set `USE_REDIS` to `yes`": its switch turned on
        if not rest or rest[0].low not in PROVISION_VERBS or rest[0].low in ("have", "need", "want", "require"):
            return None
        if _negation_before(rest, 1) is not None or self._blocked(rest, 0):
            return None
        at = 1
        while at < len(rest) and rest[at].low in ("up", "a", "an", "the", "your", "and", "start", "run") or (
                at == 1 and (rest[0].low == "plug" and rest[at].low == "in"
                             or rest[0].low in ("turn", "switch", "spin", "bring") and rest[at].low in ("on", "up"))):
            at += 1  # ("plug in Redis", "turn on Redis")
        obj = self._np_after(rest, at)
        obj = _before_condition(obj)
        dash = next((k for k, t in enumerate(obj) if t.low in ("—", "–")), None)
        if dash is not None:
            obj = obj[:dash]  # "Add Celery workers — Redis distributes tasks": what is added ends at the dash
        while len(obj) > 1 and obj[-1].low.endswith("ly") and not obj[-1].service:
            obj = obj[:-1]  # "Set Redis exactly when …"
        if len(obj) > 1 and obj[0].low == "shared" and obj[1].service:
            obj, at = obj[1:], at + 1  # "Enable shared Redis before scaling …": the one Redis the instances share
        if not obj or not self._conjuncts_service(obj) or _versioned(obj):
            return None
        return at + len(obj)

    def _scale_condition(self, tokens: list[Tok]) -> list[Claim]:
        """"Configure Redis before running more than one replica", "Use Redis instead when more
        than one node must see the same state": a step taken only at scale, its condition after
        it. (A feature at scale, "enable Redis Sentinel once you run several nodes", is not.)"""
        words = [t for t in tokens if t.low not in ("*", "**", "_", "#", "-", "+", ">")]
        k = 0
        while k < len(words) and _step_number(words[k].low):
            k += 1
        rest = words[k:]
        paren = next((n for n in range(1, min(len(rest), 5)) if rest[n].low == "("), None)
        named = rest[:paren - 1] if paren is not None and paren > 1 and rest[paren - 1].low == "recommendation" \
            else rest[:paren]  # "# Redis Cache Recommendation (For Multi-Instance Production)": recommended at that scale
        if paren is not None and paren + 1 < len(rest) and rest[paren + 1].low == "for" \
                and any(t.service for t in named) and _bare_name(named) \
                and _scale_after(rest, paren + 1) and not self._blocked(rest, paren + 1):
            # "#### RedisCache (For high-traffic sites)", "- Redis (for multi-replica deployments)"
            wording = itertools.takewhile(lambda t: t.low != ")", rest[paren + 1:paren + 6])
            return [self._claim(rest[paren + 1], tokens, "scale-condition", " ".join(t.text for t in wording))]
        if paren is not None and any(t.service for t in rest[:paren]) and paren <= 3 and not self._blocked(rest, paren) \
                and not any(t.low in PART_NOUNS or t.low in ("sentinel", "cluster") for t in rest[:paren]):
            inner = list(itertools.takewhile(lambda t: t.low != ")", rest[paren + 1:paren + 9]))
            lows = [t.low for t in inner]
            if "only" in lows and _scale_phrase(lows) and not any(t.service for t in inner):
                # "## Redis fan-out (#97, multi-instance only)": the service only at scale
                at = next(t for t in inner if t.low.startswith("multi-") or t.low in (
                    "multiple", "several", "more", "horizontal", "horizontally", "scaling", "scale-out") or t.low == "only")
                return [self._claim(at, tokens, "scale-condition", " ".join(
                    t.text for t in inner[inner.index(at):inner.index(at) + 3]))]
        subject = next((n for n in range(min(3, len(rest))) if rest[n].service), None)
        if subject is not None and subject + 1 < len(rest) and rest[subject + 1].low in ("is", "'s", "becomes"):
            return self._scale_choice(rest, subject + 2, tokens)
        if len(rest) > 3 and rest[0].low in ("production", "prod", "you", "we", "deployments") \
                and rest[1].low in ("should", "will", "must", "can"):
            rest = rest[2:]  # "Production should move to Redis when multi-instance deployment starts"
        end = self._provided(rest)
        if end is None and len(rest) > 1 and rest[0].low in ("requires", "require", "needs") and rest[1].service \
                and not self._blocked(rest, 0):
            end = 2  # "**Requires Redis** past one replica" (a table cell)
        if end is None and len(rest) > 3 and rest[0].service and rest[1].low.endswith("s") \
                and rest[1].low[:-1] in ROLE_VERBS and not self._blocked(rest, 1):
            # "Redis backs the session store when multiple replicas are running": its role, only at scale
            cond = next((j for j in range(3, min(len(rest), 10)) if rest[j].low in ("when", "once", "if", "whenever")), None)
            if cond is not None and not any(t.kind == "punct" and t.low != "'s" for t in rest[2:cond]) \
                    and _scale_phrase([t.low for t in rest[cond + 1:cond + 9]]):
                return [self._claim(rest[cond], tokens, "scale-condition", " ".join(
                    t.text for t in itertools.takewhile(lambda t: t.kind != "punct", rest[cond:cond + 4])))]
        if end is None:
            return []
        end = max(k for k in range(end) if rest[k].service) + 1
        cond = next((j for j in range(end, min(len(rest), end + 3)) if rest[j].low in _SCALE_CONDITIONS
                     or rest[j].low in ("the", "past", "beyond", "with", "in") and _scale_after(rest, j)), None)
        if cond is None or any(t.kind == "punct" and t.low not in ("(", ")", "*", "**") for t in rest[end:cond]) \
                or rest[cond].low not in ("the", "past", "beyond") and not _scale_phrase(list(itertools.takewhile(
                    lambda w: w not in (",", ";", ":", ".", "—", "–"), (t.low for t in rest[cond + 1:cond + 9])))):
            return []
        if rest[cond].low == "in":  # "in production with multiple workers": the scale is the condition
            cond = next((j for j in range(cond + 1, min(len(rest), cond + 4)) if rest[j].low in ("with", "when")), cond)
        wording = itertools.takewhile(lambda t: t.kind != "punct", rest[cond:cond + 4])
        return [self._claim(rest[cond], tokens, "scale-condition", " ".join(t.text for t in wording))]

    def _unit_passes(self, tokens: list[Tok]) -> list[Claim]:
        """Shapes read over the whole unit when no clause made a claim, each behind a cheap test
        of its words."""
        lows = self._unit_lows
        words = set(lows)
        if not _SCALE_GATE.isdisjoint(words):
            found = self._scale_lead(tokens) or self._scale_condition(tokens)
            if not found and "." in words:  # "Stateless once … configured. **Requires Redis** past one replica"
                stop = max(k for k, t in enumerate(tokens) if t.low == ".")
                found = self._scale_condition(tokens[stop + 1:]) if stop + 2 < len(tokens) else []
            if found:
                return found
        found = self._gated_passes(_UNIT_PASSES_FIRST, tokens, lows, words)
        if found:
            return found
        if len(lows) > 3 and (lows[0] in OPTIONAL_WORDS or lows[0] in RECOMMEND_WORDS) and lows[1] == "," and ":" in lows:
            colon = next((k for k, w in enumerate(lows) if w == ":" and any(
                t.service for t in tokens[k + 1:k + 3])), len(lows) - 1)
            value = [t for t in tokens[colon + 1:] if t.low not in ("*", "**", "_", "`")]
            if value and value[0].service and len(value) <= 12 and not any(
                    t.low in NEGATORS or t.low in ("must", "always", "required") for t in tokens[:colon]) \
                    and not self._blocked(tokens, 0):
                # "Optional, only needed with several instances:" then "REDIS_URL=…": the label of the setting
                return [self._claim(tokens[0], tokens, "label", tokens[0].text)]
        found = self._gated_passes(_UNIT_PASSES_THEN, tokens, lows, words)
        if found:
            return found
        if "to" in words and not _REMOVAL_VERBS.isdisjoint(lows[:4]):
            return self._remove_to_run(tokens)
        return []

    def _gated_passes(self, passes, tokens: list[Tok], lows: list[str], words: set[str]) -> list[Claim]:
        """The first claims of ``passes`` (gate, method name), each method called only when its
        gate accepts the unit's words (most units pass no gate)."""
        for gate, name in passes:
            if gate(lows, words):
                found = getattr(self, name)(tokens)
                if found:
                    return found
        return []

    def _values_label(self, tokens: list[Tok]) -> list[Claim]:
        """A setting's values listed after their label, the service beside a stand-in or none:
        "**Values**: `None` | `Redis`", "Options: `memory`, `redis`" (one of the choices). Not a
        list of the service's own values ("Values: `redis`, `rediss`"), nor peers only
        ("Values: `Redis` | `Kafka`")."""
        words = [t for t in tokens if t.low not in ("*", "**", "_", "`")]
        colon = next((k for k, t in enumerate(words[:4]) if t.low == ":" or t.low == "are" and k >= 1), None)
        title = " ".join(t.low for t in words[:colon]) if colon is not None else ""
        if colon is None or title not in OPTIONS_TITLES or words[colon].low == "are" and title in ("options", "choices",
                                                                                                "values", "allowed"):
            return []  # (the copula only after a title that names the values' kind: not "Options are limited")
        values, other = [], False
        for t in words[colon + 1:]:
            if t.low in ("|", ",", "/", "or", "and"):
                continue
            if t.low == "." and t is words[-1]:
                break  # (the sentence's stop)
            if t.kind not in ("code", "word") or len(values) >= 8:
                return []  # (a sentence goes on: not a list of values)
            value = t.low.strip("`'\" ")
            values.append(t)
            other = other or value in ALT_BACKENDS and value not in _PEER_SERVERS or value in (
                "none", "null", "off", "disabled", "noop", "memory", "in-memory", "inmemory")
        service = next((t for t in values if t.service), None)
        if service is None or not other or len(values) < 2 or self._blocked(tokens, 0) or self._nonprod(tokens):
            return []
        if words[colon].low == "are" and not any(t.low.strip("`'\" ") in _NONE_OR_MEMORY for t in values):
            return []  # ("Accepted values are `file`, `redis` and `database`": a set of values, as the labels
            # read it; with one kept in memory or none, "Available values are `memory`, `redis`", the choice)
        return [self._claim(service, tokens, "options-column", " | ".join(t.text.strip("`") for t in values))]

    def _instead_listed(self, tokens: list[Tok]) -> list[Claim]:
        """"If you want to use MongoDB, LevelDB, or another database instead of Redis, …": the
        condition of _condition's "instead-condition" over a list of backends, which the clause
        splitter cuts at its commas."""
        lows = self._unit_lows
        instead = next((k for k in range(2, min(len(tokens) - 2, 16)) if lows[k:k + 2] == ["instead", "of"]
                        and tokens[k + 2].service and "_" not in tokens[k + 2].text), None)
        # (not "… instead of SESSION_REDIS_HOST": another way to set it)
        if instead is None or not _wants_stand_in(lows[:instead]) or self._blocked(tokens, 0) \
                or _versioned(tokens[instead + 2:instead + 5]) or any(t.service for t in tokens[:instead]) or any(w in (".", ";", ":") for w in lows[:instead]):
            return []
        return [self._claim(tokens[0], tokens, "instead-condition", " ".join(t.text for t in tokens[:instead + 3]).replace(" ,", ","))]

    def _paren_slash_choice(self, tokens: list[Tok]) -> list[Claim]:
        """"Кэш (Redis / LocMem) для …", "Cache (Redis / LocMem)": two backends for one role, in
        parentheses after it (as "Cache: Redis / LocMem" and "(Redis or LocMem)" are read)."""
        for k, tok in enumerate(tokens[:-4]):
            if tok.low != "(" or not k or tokens[k - 1].low in _CHECKED_HEADS:
                continue  # (not "Add deeper readiness (DB / Redis):", what a check looks at)
            inner = [t for t in itertools.takewhile(lambda t: t.low != ")", tokens[k + 1:k + 10])
                     if t.low not in ("*", "**", "_", "`")]
            lows = [t.low for t in inner]
            values = inner[::2]  # ("storage driver (memory/redis/sqlite)": three values, one a stand-in)
            if len(inner) in (3, 5, 7) and all(w == "/" for w in lows[1::2]) and sum(t.service for t in values) == 1 \
                    and any(not t.service and (t.low in _STAND_INS or t.low == "local") for t in values) \
                    and all(t.service or t.low in _CHOICE_STORES or t.low == "local" for t in values) \
                    and not self._blocked(tokens, k) and not set(self._unit_lows) & (FAILURE_WORDS | BROKEN_WORDS) \
                    and not self._nonprod(tokens):
                return [self._claim(inner[0], tokens, "alternative", " ".join(t.text for t in inner))]
        return []

    def _stand_in_instead(self, tokens: list[Tok]) -> list[Claim]:
        """"Disable to use a flatfile cache instead of Redis", "Set to `false` to use the database
        queue instead of Redis": a stand-in offered in the service's place (not "use Valkey
        instead of Redis", a copy of it, nor "New environments silently use the database queue
        instead of Redis", what happens, not what is offered)."""
        lows = self._unit_lows
        for k in range(len(tokens) - 2):
            if lows[k:k + 2] == ["instead", "of"] and not tokens[k + 2].service:
                taken = self._taken_instead(tokens, k)
                if taken is not None:
                    return [taken]
            if lows[k:k + 2] != ["instead", "of"] or not tokens[k + 2].service or "_" in tokens[k + 2].text \
                    or tokens[k + 2].kind != "word":
                continue
            use = next((j for j in range(k - 1, max(-1, k - 7), -1) if lows[j] in ("use", "using")), None)
            if use is None or not (use == 0 or lows[use - 1] in ("to", "can", "could", "may", "*", "**", "-", ":")) \
                    or any(t.service for t in tokens[use + 1:k]) \
                    or not {lows[j] for j in range(use + 1, k)} & _INSTEAD_STAND_INS \
                    or _negation_before(tokens, use) is not None or self._blocked(tokens, use) or self._nonprod(tokens) \
                    or set(lows) & (FAILURE_WORDS | BROKEN_WORDS):
                offered = self._other_offered_instead(tokens, k)
                if offered is not None:
                    return [offered]
                default = self._default_instead(tokens, k)  # "By default, Auto-GPT is going to use LocalCache instead of redis"
                return [default] if default is not None else []
            return [self._claim(tokens[k], tokens, "alternative", " ".join(t.text for t in tokens[use:k + 3]))]
        return []

    def _choice_of_stores(self, tokens: list[Tok]) -> list[Claim]:
        """"Choice of 19 different server-side session stores including PostgreSQL, MySQL, SQLite,
        Redis and many others": the service is one store of a choice. (Not "a choice of Redis
        deployments such as Sentinel or Cluster", its own kinds.)"""
        lows = self._unit_lows
        k = next((j for j in range(len(lows) - 4) if lows[j] == "choice" and lows[j + 1] == "of"), None)
        lead = next((j for j in range(k + 2, min(len(lows), k + 9)) if lows[j] in ("including", "like")
                     or lows[j:j + 2] == ["such", "as"]), None) if k is not None else None
        if lead is None or lows[lead - 1] not in _PLURAL_ROLES and lows[lead - 1] not in ("databases", "brokers") \
                or any(t.service for t in tokens[k:lead]):
            return []
        listed = tokens[lead + 1:lead + 16]
        if not any(t.service for t in listed) or not any(t.low in _CHOICE_STORES for t in listed) \
                or any(t.low in VARIANT_WORDS for t in listed) or self._blocked(tokens, k) or self._nonprod(tokens):
            return []
        return [self._claim(tokens[k], tokens, "alternative", " ".join(t.text for t in tokens[k:lead]))]

    def _start_with_stand_in(self, tokens: list[Tok]) -> list[Claim]:
        """A stand-in first, the service as the step up: "Start with in-memory, scale to Redis
        without changing application code", "Start with in-memory, then switch to Redis". (Not
        "Start with Redis, move to Redis Cluster later", nor "… scale to Redis Cluster".)"""
        lows = self._unit_lows
        k = next((j for j in range(len(lows) - 4) if lows[j] in ("start", "starts", "begin", "begins")
                  and lows[j + 1] == "with"), None)
        if k is None or not any(w in _STAND_INS or w in _MEMORY_STORES for w in lows[k + 2:k + 5]) \
                or any(t.service for t in tokens[k + 2:k + 5]):
            return []
        move = next((j for j in range(k + 3, min(len(lows) - 2, k + 12)) if lows[j] in (
            "upgrade", "switch", "move", "scale", "migrate", "grow", "graduate") and lows[j + 1] == "to"), None)
        if move is None:
            return []
        target = self._np_after(tokens, move + 2)
        if not target or not self._is_service(target) or _versioned(target) or any(
                t.low in VARIANT_WORDS for t in target) or _negation_before(tokens, k) is not None \
                or self._nonprod(tokens) or set(lows) & (FAILURE_WORDS | BROKEN_WORDS) or self._blocked(tokens, k):
            return []
        return [self._claim(tokens[move], tokens, "stand-in-first", " ".join(t.text for t in tokens[move:move + 3]))]

    def _setting_defaults_to_stand_in(self, tokens: list[Tok]) -> list[Claim]:
        """A setting that may pick the service and otherwise takes a stand-in: "# Cache adapter,
        needs to be set to redis in cluster mode (defaults to in-memory if not set)", "# Enable
        Redis as the message queue adapter, defaults to in-memory adapter if not set". (Not the
        service's own setting, "Redis database, defaults to 0", nor a failure: "falls back to
        memory when Redis is down".)"""
        lows = self._unit_lows
        k = next((j for j in range(1, len(lows) - 2) if lows[j:j + 2] == ["defaults", "to"]
                  and lows[j + 2] in _STAND_INS), None)
        if k is None or not any(t.service for t in tokens[:k]) or any(t.service for t in tokens[k + 2:k + 5]) \
                or set(lows) & (FAILURE_WORDS | BROKEN_WORDS) or _negation_before(tokens, k) is not None \
                or self._nonprod(tokens) or self._blocked(tokens, k):
            return []
        named = next(j for j in range(k) if tokens[j].service)
        ahead = lows[max(0, named - 3):named]
        if not (ahead[-2:] in (["set", "to"], ["to", "be"]) or ahead[-1:] == ["enable"] and "as" in lows[named + 1:k]):
            return []  # (the service as the value the setting may take)
        return [self._claim(tokens[k], tokens, "stand-in-default", " ".join(t.text for t in tokens[k:k + 3]))]

    def _default_but_configurable(self, tokens: list[Tok]) -> list[Claim]:
        """"Orca's execution state is stored in Redis by default, but can be configured for SQL":
        the service is the default of a setting that another store can fill. (Not "… but can be
        configured for TLS", a part of it, nor "… but can be configured to use Valkey".)"""
        lows = self._unit_lows
        at = next((k for k in range(1, len(lows) - 6) if lows[k - 1:k + 1] == ["by", "default"]
                   and lows[k + 1:k + 2] in ([","], ["but"])), None)
        if at is None or not any(t.service for t in tokens[max(0, at - 4):at - 1]):
            return []
        rest = [w for w in lows[at + 1:at + 10] if w not in (",", "also")]
        if rest[:4] not in (["but", "can", "be", "configured"], ["but", "can", "be", "switched"],
                            ["but", "can", "be", "changed"], ["but", "may", "be", "configured"]):
            return []
        target = [w for w in rest[4:8] if w not in ("to", "for", "use", "using", "a", "an", "the")][:1]
        if not target or target[0] not in _OFFERED_INSTEAD_STORES or self._blocked(tokens, at) \
                or self._nonprod(tokens) or set(lows) & (FAILURE_WORDS | BROKEN_WORDS):
            return []
        return [self._claim(tokens[at], tokens, "alternative", " ".join(
            t.text for t in tokens[at - 1:at + 1 + lows[at + 1:].index(target[0]) + 1] if t.kind != "punct"))]

    def _other_offered_instead(self, tokens: list[Tok], k: int) -> Claim | None:
        """Another store offered in the service's place (``k``: "instead"): "Kafka can also be used
        instead of Redis", "You can use Kafka instead of Redis", "We highly recommend relying on
        MinIO instead of Redis". Not a copy of it ("Valkey can be used instead of Redis"), an
        instruction ("Use Kafka instead of Redis"), nor what happens when it fails."""
        lows = self._unit_lows
        before = lows[max(0, k - 8):k]
        if not _OFFERED_INSTEAD_STORES.intersection(before) or any(t.service for t in tokens[max(0, k - 8):k]) \
                or not (_COMPATIBLE_FORKS | _HOSTED_PRODUCTS | PROVIDER_WORDS).isdisjoint(lows) \
                or _versioned(tokens[k + 2:k + 5]) or set(lows) & (FAILURE_WORDS | BROKEN_WORDS):
            return None
        modal = {"can", "could", "may"}
        if lows[k - 2:k] == ["be", "used"] and k >= 3 and (lows[k - 3] in modal or lows[k - 3] == "also" and k >= 4
                                                            and lows[k - 4] in modal):
            at = k - 3 if lows[k - 3] in modal else k - 4  # "Kafka can also be used instead of Redis"
        else:
            at = next((j for j in range(k - 1, max(-1, k - 8), -1) if lows[j] in ("use", "using", "recommend",
                                                                                   "recommends", "recommended")), None)
            if at is None or lows[at] in ("use", "using") and not (at and lows[at - 1] in modal):
                return None  # (not "Use Kafka instead of Redis": an instruction)
            if lows[at] in ("use", "using"):
                at -= 1
            elif _negation_before(tokens, at) is not None:
                return None
            else:  # ("… recommend relying on MinIO instead of Redis": the store is what is recommended)
                at = next((j for j in range(at + 1, k) if lows[j] in _OFFERED_INSTEAD_STORES), None)
                if at is None:
                    return None  # (the store named before the verb: "MinIO: we recommend it instead of Redis")
        if _negation_before(tokens, at) is not None or self._blocked(tokens, at) or self._nonprod(tokens):
            return None
        return self._claim(tokens[at], tokens, "alternative", " ".join(t.text for t in tokens[at:k + 3]))

    def _when_you_would_add(self, tokens: list[Tok]) -> list[Claim]:
        """A title about the time to take the service on: "## When You Would Need Redis", "## When
        You Might Need Redis (Future)", "## What Happens When You Add Redis", "When you add Redis:"
        (it comes later, by choice). Not "When you add Redis to the compose file, …", a step, nor
        a sentence that goes on."""
        words = [t for t in tokens if t.kind == "word" or t.service]
        lows = [t.low for t in words]
        if lows[:2] == ["what", "happens"]:
            lows, words = lows[2:], words[2:]
        asked = lows[:1] == ["when"] and lows[1:2] in (["will"], ["do"], ["would"], ["should"]) and lows[2:3] == ["you"]
        if len(lows) > 2 and lows[-1] in ("future", "later") and [t.low for t in tokens if t.low not in ("*", "**", ":")][-3:] \
                == ["(", lows[-1], ")"]:
            lows, words = lows[:-1], words[:-1]  # "## When You Might Need Redis (Future):"
            tokens = tokens[:next(k for k in range(len(tokens) - 1, -1, -1) if tokens[k].low == "(")]
        if asked and "?" in [t.low for t in tokens]:
            lows, words = lows[:1] + lows[2:], words[:1] + words[2:]  # "## When Will You Need Redis?"
        if lows[:2] not in (["when", "you"], ["when", "we"]) or len(lows) not in (4, 5) or not words[-1].service \
                or any(t.low in (",", ".") for t in tokens) or self._nonprod(tokens) or self._blocked(tokens, 0):
            return []
        verb = lows[2:-1]
        if verb not in (["would", "need"], ["might", "need"], ["add"], ["would", "add"], ["should", "add"]) \
                and not (asked and verb == ["need"]):
            return []
        return [self._claim(words[0], tokens, "condition", " ".join(t.text for t in words))]

    def _settings_when_selected(self, tokens: list[Tok]) -> list[Claim]:
        """A title of the service's settings whose parenthesis says when they apply: "# Redis
        configuration (when STORAGE_MODE=redis)" (a selector may pick it or not). Not "(when
        REDIS_TLS=true)", a part of it, nor a selector set to something else."""
        words = [t for t in tokens if t.low not in ("*", "**", "_", "#")]
        lows = [t.low for t in words]
        p = lows.index("(") if "(" in lows else -1
        if not 1 <= p <= 3 or not words[0].service or any(
                w not in ("configuration", "config", "settings", "setup", "connection", "variables", "section")
                for w in lows[1:p]):
            return []
        k = p + 1 + (lows[p + 1:p + 2] == ["only"])
        if lows[k:k + 1] not in (["when"], ["if"]) or k + 1 >= len(words):
            return []
        selector = words[k + 1].low.strip("` ")
        name, _, value = selector.partition("=")
        end = k + 2
        if not value and lows[k + 2:k + 3] == ["="] and k + 3 < len(words):
            value, end = lows[k + 3].strip("` "), k + 4  # (the tokenizer splits "CACHE_DRIVER=redis" at "=")
        if not value or self._names_switch(name) or self.names.locates(name) \
                or value.strip("'\" ") not in self._name_lows or lows[end:end + 1] not in ([")"], []):
            return []
        return [self._claim(words[k], tokens, "condition", words[k].text + " " + "".join(t.text for t in words[k + 1:end]))]

    def _used_when_selected(self, tokens: list[Tok]) -> list[Claim]:
        """A setting described as used only when a selector picks the service: "Used when
        `CACHE_DRIVER` is set to `redis`.", "Redis hostname used when `RATE_LIMIT_STORAGE=redis`."
        (the service is one choice of that selector). Not "Used when Redis is down", nor a selector
        set to something else ("Used when `CACHE_DRIVER` is `file`")."""
        words = [t for t in tokens if t.low not in ("*", "**", "_")]
        if len(words) > 2 and words[0].kind == "code" and words[1].low in ("-", ":", "—", "–"):
            words = words[2:]  # "- `CACHE_REDIS_HOST` - Used when …": the setting described
        lows = [t.low for t in words]
        used = next((k for k, w in enumerate(lows[:5]) if w == "used"), None)
        if used is None or len(lows) > used + 9:
            return []
        k = used + 1 + (lows[used + 1:used + 2] == ["only"])
        if lows[k:k + 1] not in (["when"], ["if"]) or any(t.service and t.low not in self._name_lows and not (
                lows[m + 1:m + 2] and lows[m + 1] in PART_NOUNS) for m, t in enumerate(words[:used])):
            return []
        cond = words[k + 1:]
        selector = cond[0] if cond and cond[0].kind == "code" else None
        name = selector.low.strip("` ").split("=")[0] if selector is not None else ""
        if selector is None or self._names_switch(name) or self.names.locates(name):
            return []  # (not "Used when `REDIS_URL` is set": its own address)
        value = selector.low.strip("` ").split("=", 1)[1] if "=" in selector.low else None
        if value is None:  # "`CACHE_DRIVER` is set to `redis`", "`CACHE_DRIVER` is `redis`"
            rest = [t.low for t in cond[1:4]]
            at = 4 if rest == ["is", "set", "to"] else 2 if rest[:1] in (["is"], ["="]) else len(cond)
            value = cond[at].low.strip("`'\" ") if at < len(cond) else None
        if value is None or value.strip("'\"") not in self._name_lows \
                or not (FAILURE_WORDS | BROKEN_WORDS).isdisjoint(lows) or self._nonprod(tokens):
            return []
        return [self._claim(words[k], tokens, "condition", " ".join(t.text for t in words[k:k + 2]))]

    def _backends_in_paren(self, tokens: list[Tok]) -> list[Claim]:
        """A plural role and, in a parenthesis after it, the stores that fill it, a stand-in among
        them: "Multiple storage backends (Memory, Redis, Memcached)", "pluggable stores (in-memory,
        Redis)": one of several to pick. (Not "backends (Redis, Postgres)" with no stand-in, nor
        "required backends (Redis, …)".)"""
        lows = [t.low for t in tokens]
        for k in range(1, len(tokens) - 4):
            if lows[k] != "(" or lows[k - 1] not in _PLURAL_ROLES:
                continue
            inner = list(itertools.takewhile(lambda t: t.low != ")", tokens[k + 1:k + 16]))
            items = [t for t in inner if t.low not in (",", "and", "or", "/", "*", "**", "_", "`", "&")]
            if len(items) < 2 or len(items) > 6 or sum(t.service for t in items) != 1 \
                    or not any(t.low in _STAND_INS or t.low == "local" for t in items) \
                    or not all(t.service or t.low in _CHOICE_STORES or t.low in _PEER_SERVERS or t.low == "local"
                               for t in items) \
                    or any(w in ("required", "mandatory", "needed", "necessary", "all", "both") for w in lows[:k]) \
                    or not (NEGATORS | FAILURE_WORDS | BROKEN_WORDS).isdisjoint(lows) or self._nonprod(tokens) \
                    or self._blocked(tokens, k):
                continue
            served = next(t for t in items if t.service)
            return [self._claim(served, tokens, "alternative", " ".join(t.text for t in inner if t.low not in (
                "*", "**", "_", "`")).replace(" ,", ","))]
        return []

    def _listed_as_alternatives(self, tokens: list[Tok]) -> list[Claim]:
        """"APCu, Memcached, and Redis are alternatives of which only one needs to be used",
        "Redis and the database cache are interchangeable": the service is one of several that
        stand in for each other. (Not "Redis has no alternatives here", nor "… are not
        interchangeable", nor "alternatives to Redis Sentinel".)"""
        lows = [t.low for t in tokens]
        cop = next((k for k, w in enumerate(lows) if w in ("are", "were")), None)
        if cop is None or cop < 3 or lows[cop + 1:cop + 2] not in (["alternatives"], ["interchangeable"]) \
                or not any(t.service for t in tokens[:cop]) or not any(w in ("and", "or", ",", "/") for w in lows[:cop]) \
                or not any(not t.service and (t.low in _CHOICE_STORES or t.low in _PEER_SERVERS or t.low in ("apcu",
                                                                                                         "file", "cache"))
                           for t in tokens[:cop]) \
                or not (NEGATORS | FAILURE_WORDS | BROKEN_WORDS).isdisjoint(lows) or self._nonprod(tokens) \
                or self._blocked(tokens, cop):
            return []
        return [self._claim(tokens[cop + 1], tokens, "alternative", " ".join(t.text for t in tokens[cop:cop + 2]))]

    def _stand_in_move(self, tokens: list[Tok]) -> list[Claim]:
        """A title that is only a move between a stand-in and the service: "## Migration from
        In-Memory to Redis", "### From Memory to Redis", "**From Redis to Database**", "From Redis
        to No Redis": the app runs on either side, so the service is an upgrade or can be taken
        out. (Not "Migrating Action Cable from Redis to Solid Cable", nor a sentence: "requests go
        from Redis to the database", where data moves.)"""
        words = [t for t in tokens if t.kind != "punct" or t.low not in ("*", "**", "_", "#", ":")]
        lows = [t.low for t in words]
        start = 1 if lows[:1] and lows[0] in ("migration", "migrating", "migrate", "switching", "moving", "going") else 0
        if lows[start:start + 1] != ["from"] or "to" not in lows[start + 2:start + 5] or any(
                t.kind == "punct" for t in words):
            return []
        to = lows.index("to", start + 2)
        sides = (lows[start + 1:to], lows[to + 1:])
        served = [any(t.service for t in words[start + 1:to]), any(t.service for t in words[to + 1:])]
        stand_in = lambda side: len(side) == 1 and (side[0] in _STAND_INS or side[0].endswith("-only") and side[0][
            :-5] in _STAND_INS) or len(side) == 2 and side[0] == "no" and (
            side[1] in self._name_lows) or len(side) == 1 and side[0].startswith("no-") and side[0][3:] in self._name_lows
        # ("From Redis to No Redis", "From Memory-Only to Redis", "Migration from No-Redis to Redis")
        if not any(len(side) in (1, 2) and served[k] and stand_in(sides[1 - k]) for k, side in enumerate(sides)) \
                or self._nonprod(tokens):
            return []
        return [self._claim(words[start], tokens, "alternative", " ".join(t.text for t in words))]

    @staticmethod
    def _switched_feature(before: list[Tok]) -> bool:
        """The words before a "(requires Redis)" name a feature that is switched on or off: "Enable
        Celery", "`X_CACHE_DISABLED`: Turn caching on/off" (not "Enable Redis", "Start the worker")."""
        words = [t for t in before if t.kind == "word"]
        if not words or any(t.service for t in before) or len(words) > 8 \
                or {t.low for t in before} & {"production", "prod", "always", "must", "default"}:
            return False
        lows = [t.low for t in words]
        return lows[0] in ("enable", "enables", "enabling", "toggle", "toggles") or lows[0] in ("turn", "turns") and (
            "off" in lows or "on/off" in lows)

    @staticmethod
    def _recommends_other(main: list[Tok]) -> bool:
        """"… , this is the recommended driver": the main clause recommends something that is
        not the service (after "If you don't have Redis running", a way to go without it, where
        "…, start it" is not)."""
        lows = {t.low for t in main}
        return bool(lows & RECOMMEND_WORDS) and not any(t.service for t in main) and not lows & (
            FAILURE_WORDS | BROKEN_WORDS | NEGATORS)

    def _taken_instead(self, tokens: list[Tok], k: int) -> Claim | None:
        """"To use **Redis** or **Valkey** instead of memory, set `provider`", "You can use Redis
        instead of the file cache": the service taken in a stand-in's place, on offer, so the
        stand-in is what runs until someone chooses it (``k``: "instead"). Not "By default, the app
        uses Redis instead of memory" (what it does), nor "Make sure to use Redis instead of
        memory" (an instruction), nor "use Redis instead of Memcached" (a peer)."""
        lows = self._unit_lows
        place = [w for w in lows[k + 2:k + 6] if w not in ("the", "a", "an", "*", "**", "_", "default", "built-in")]
        if not place or place[0] not in _INSTEAD_STAND_INS and not place[0].startswith(("in-memory", "local")):
            return None
        use = next((j for j in range(k - 1, max(-1, k - 8), -1) if lows[j] in ("use", "using")), None)
        if use is None or use == 0 or lows[use - 1] not in ("to", "can", "could", "may") \
                or not any(t.service for t in tokens[use + 1:k]) \
                or any(not t.service and t.low not in _COMPATIBLE_FORKS | {"or", "/", "*", "**", "_", "a", "an", "the", ","}
                       for t in tokens[use + 1:k]) \
                or lows[use - 1] == "to" and use >= 2 and lows[use - 2] in (
                    "sure", "remember", "need", "needs", "have", "has", "want", "important", "always") \
                or any(w in ("must", "should", "always", "required", "production") for w in lows[:use]) \
                or _negation_before(tokens, use) is not None or self._blocked(tokens, use) or self._nonprod(tokens) \
                or set(lows) & (FAILURE_WORDS | BROKEN_WORDS):
            return None
        end = k + 3 + lows[k + 2:k + 6].index(place[0])
        return self._claim(tokens[use], tokens, "alternative", " ".join(t.text for t in tokens[use:end]))

    def _default_instead(self, tokens: list[Tok], k: int) -> Claim | None:
        """"By default, the app uses an in-memory cache instead of Redis", "Sessions default to memory
        instead of Redis": out of the box a stand-in takes its place, so the service is switched on
        by choice (``k``: "instead")."""
        lows = self._unit_lows
        at = next((j for j in range(k) if lows[j:j + 2] == ["by", "default"] or lows[j] in ("default", "defaults")
                   and lows[j + 1:j + 2] == ["to"]), None)
        if at is None or not any(w in _INSTEAD_STAND_INS or w.startswith(("local", "memory", "in-memory", "inmemory"))
                                 for w in lows[at + 2:k]) \
                or any(t.service for t in tokens[:k]) or _negation_before(tokens, k) is not None \
                or self._blocked(tokens, k) or self._nonprod(tokens) or set(lows) & (FAILURE_WORDS | BROKEN_WORDS):
            return None
        return self._claim(tokens[k], tokens, "alternative", " ".join(t.text for t in tokens[k:k + 3]))

    def _later_added(self, tokens: list[Tok]) -> list[Claim]:
        """"Redis и Celery можно подключить позже", "Redis kann später hinzugefügt werden": the
        service first, then "can", "add" and "later" in another language's order (the English
        "Redis can be added later" is read clause by clause)."""
        words = [t for t in tokens if t.kind != "punct" or t.low in ("+", "/", ",")]
        first = next((k for k, t in enumerate(words[:4]) if t.service), None)
        if first is None or not any(t.text.lower() != t.low for t in words) or self._nonprod(tokens):
            return []  # (the meanings of another language's words: lexicon.FOREIGN_MEANINGS)
        k = first + 1
        while k + 1 < len(words) and words[k].low in ("and", "+", "/", ",", "и", "und", "y", "e", "et") \
                and words[k + 1].kind in ("word", "code") \
                and words[k + 1].low not in ("can", "later"):
            k += 2  # "Redis и Celery", "Redis + Celery"
        rest = [t.low for t in words[k:k + 5]]
        if not rest or rest[0] not in _CAN_LATER or "later" not in rest or not {"add", "added"} & set(rest) \
                or self._blocked(words, k):
            return []
        later = words[k + rest.index("later")]
        return [self._claim(later, tokens, "deferred", " ".join(t.text for t in words[k:k + rest.index("later") + 1]))]

    def _later_lead(self, tokens: list[Tok]) -> list[Claim]:
        """"Later, you can upgrade to Redis", "Then later, if you want better performance, you can
        upgrade to Redis!": the time comes first, the service it puts off after (the clause rules
        read "later" after the verb). (Not "Later, you can restart Redis", a step on it, nor
        "Later you can add Redis nodes", scaling it out.)"""
        words = [t for t in tokens if t.kind != "punct" or t.service]
        lows = [t.low for t in words]
        at = 0 if lows[:1] == ["later"] else 1 if lows[:2] == ["then", "later"] else None
        can = next((k for k, w in enumerate(lows) if w in ("can", "could")), None)
        if can is None and at is not None and lows[at + 1:at + 2] in (["add"], ["enable"], ["install"]):
            can = at  # "Later, install Redis and set:" (the imperative)
        if at is None or can is None or can + 2 >= len(words) or set(lows) & NEGATORS \
                or any(w.endswith("n't") for w in lows) or self._nonprod(tokens):
            return []
        verb = can + 1
        if lows[verb] not in _MOVE_VERBS and lows[verb] not in ("add", "enable", "install", "introduce"):
            return []
        k = verb + 1
        while k < len(words) and lows[k] in ("to", "onto", "in", "a", "an", "the"):
            k += 1
        obj = list(itertools.takewhile(lambda t: t.low not in ("and", "if", "when", "once", "for"), words[k:]))
        if not obj or not obj[0].service or not all(t.service or t.low in _LATER_NOUNS for t in obj):
            return []
        return [self._claim(words[at], tokens, "deferred",
                            f"{words[at].text} … {' '.join(t.text for t in words[verb:k + 1])}")]

    def _required_until(self, tokens: list[Tok]) -> list[Claim]:
        """"Up until version `v0.14`, the redis service was mandatory", "Redis was required until
        2.0": it was, and no longer is (not "…, and it is still required")."""
        words = [t for t in tokens if t.low not in ("*", "**", "_")]
        lows = [t.low for t in words]
        for c, tok in enumerate(words[:-1]):
            if tok.low not in ("was", "were") or lows[c + 1] not in ("mandatory", "required", "necessary", "needed",
                                                                     "compulsory", "a"):
                continue
            adj = c + 1 if lows[c + 1] != "a" else c + 2  # ("was a hard requirement" is not read: only the adjectives)
            if adj >= len(words) or lows[adj] not in ("mandatory", "required", "necessary", "needed", "compulsory"):
                continue
            if not any(t.service for t in words[max(0, c - 4):c]) or _negation_before(words, adj) is not None \
                    or self._blocked(words, c) or self._nonprod(tokens):
                continue
            until = next((k for k, w in enumerate(lows) if w in ("until", "till") and (k < c or c < k <= adj + 2)), None)
            if until is None or not any(any(ch.isdigit() for ch in w) or w in ("version", "release", "v")
                                        for w in lows[until + 1:until + 4]):
                continue  # ("until Redis was required": not a version it was required up to)
            if "still" in lows[adj + 1:] or any(w in ("now", "remains") and any(
                    v in NECESSITY_ADJ for v in lows[k + 1:k + 4]) for k, w in enumerate(lows[adj + 1:], adj + 1)):
                return []  # "Redis was required until 2.0 and is still required": it still is
            return [self._claim(words[until], tokens, "was-required", " ".join(t.text for t in words[until:until + 3]))]
        return []

    def _supports_both(self, tokens: list[Tok]) -> list[Claim]:
        """"The application now supports **both Redis and in-memory caching**": two backends to
        choose from (not "supports both Redis and PostgreSQL", which may be two parts of one stack,
        nor "supports both Redis Cloud and local Redis", two ways of running it)."""
        words = [t for t in tokens if t.low not in ("*", "**", "_", "`")]
        for k in range(len(words) - 3, 0, -1):
            if [t.low for t in words[k:k + 3]] == ["as", "well", "as"]:
                # "supports both in-memory cache as well as Redis": "as well as" joins the two as "and" does
                words[k:k + 3] = [Tok("as well as", "and", words[k].start, words[k + 2].end, "word")]
        for k, tok in enumerate(words[:-3]):
            if tok.low not in ("supports", "support", "supported") or words[k + 1].low != "both":
                continue
            rest, depth = [], 0
            for t in words[k + 2:k + 24]:  # (an aside in parentheses left out: "both Redis (production) and disk")
                depth += (t.low == "(") - (t.low == ")")
                if depth == 0 and t.low != ")":
                    rest.append(t)
                elif depth < 0:
                    break
            np = list(itertools.takewhile(lambda t: (t.kind != "punct" or t.low in ("/", "-")) and t.low not in (
                "with", "as", "for", "in", "on", "via", "through", "to"), rest[:8]))
            lows = [t.low for t in np]
            if "and" not in lows or not any(t.service for t in np) \
                    or not any(t.low in _BOTH_STAND_INS and not (j + 1 < len(np) and np[j + 1].service)
                               for j, t in enumerate(np)) or _negation_before(words, k) is not None \
                    or self._blocked(words, k) or self._nonprod(tokens) \
                    or any(t.low in _TIERED_WORDS for t in words[:k]):
                return []  # ("a multi-tier caching strategy that supports both Redis and in-memory caching": layers)
            return [self._claim(words[k + 1], tokens, "alternative", " ".join(t.text for t in words[k:k + 2] + np))]
        return []

    def _not_on_by_default(self, tokens: list[Tok]) -> list[Claim]:
        """"Redis support is not included by default", "Redis and Celery …; they do not start by
        default": it is off unless someone turns it on."""
        lows = [t.low for t in tokens]
        for d in range(len(lows) - 4):
            # "By default, Redis is not enabled", "… provided, but by default it is not enabled"
            if lows[d:d + 2] != ["by", "default"] or set(lows) & (FAILURE_WORDS | BROKEN_WORDS):
                continue
            start = d + 3 if lows[d + 2] == "," else d + 2
            on = next((k for k in range(start + 2, min(len(lows), start + 7)) if lows[k] in _ON_WORDS), None)
            if on is None or not (lows[on - 1] in ("not", "never") or lows[on - 1].endswith("n't")) \
                    or self._blocked(tokens, on - 1):
                continue
            cop = on - 2 if lows[on - 2] in COPULAS or lows[on - 2] in ("do", "does", "will") else on - 1
            subject = [t for t in tokens[start:cop] if t.kind != "punct"]
            if [t.low for t in subject] in (["it"], ["they"]):
                subject = [t for t in tokens[:d] if t.service][:1]  # "a Redis container is provided, but … it is not …"
            while subject and subject[-1].low in ("support", "integration", "service", "server", "container"):
                subject = subject[:-1]
            if subject and self._conjuncts_service(subject):
                return [self._claim(tokens[on - 1], tokens, "by-default",
                                    " ".join(t.text for t in tokens[on - 1:on + 1]) + " by default")]
        for d in range(2, len(lows) - 1):
            end = d + 2  # (after "by default", or "in the default configuration")
            if lows[d:d + 3] == ["in", "the", "default"] and d + 3 < len(lows) and lows[d + 3] in _IN_THE_DEFAULT:
                end = d + 4  # "The *redis* container is not enabled in the default configuration"
            elif lows[d:d + 2] != ["by", "default"]:
                continue
            if lows[d - 1] not in _ON_WORDS:
                continue
            neg = next((k for k in range(d - 2, max(-1, d - 5), -1) if lows[k] in ("not", "never")
                        or lows[k].endswith("n't")), None)
            if neg is None or self._blocked(tokens, neg) or set(lows) & (FAILURE_WORDS | BROKEN_WORDS):
                return []
            at = neg - 1 if neg and lows[neg - 1] in ("do", "does", "is", "are", "will") else neg
            subject = self._subject(tokens, at) if at > 0 else []
            if [t.low for t in subject] == ["they"]:
                subject = [t for t in tokens[:at] if t.service]  # "Redis and Celery …; they do not start by default"
            elif [t.low for t in subject] == ["it"]:
                subject = [t for t in tokens[:at] if t.service][:1]  # "Redis is included, but it is not enabled by default"
            while subject and subject[-1].low in ("support", "integration", "service", "server", "container"):
                subject = subject[:-1]  # "Redis support is not included by default"
            if subject and self._conjuncts_service(subject):
                return [self._claim(tokens[neg], tokens, "by-default", " ".join(t.text for t in tokens[neg:end]))]
        return []

    def _paren_fallback(self, tokens: list[Tok]) -> list[Claim]:
        """"Caching layer with Redis support (falls back to memory cache)": the parenthesis
        says what runs in its place, so running without it is a mode (not "(falls back … if
        Redis is down)", an outage, nor a function's behaviour: "`getGame()`: retrieves from Redis
        (falls back to memory)")."""
        if set(self._unit_lows) & (FAILURE_WORDS | BROKEN_WORDS | {"outage", "outages", "unavailable"}):
            return []
        if tokens and tokens[0].kind == "code" or any(t.kind == "code" and _CODE_NAME_RE.match(t.text.strip("`"))
                                                      for t in tokens[:3]):
            return []
        for k in range(1, len(tokens) - 2):
            if tokens[k].low != "(" or tokens[k + 1].low not in ("falls", "fall", "fallback", "falling"):
                continue
            if tokens[k + 1].low != "fallback" and tokens[k + 2].low != "back":
                continue
            phrase = _last_phrase(tokens[max(0, k - 5):k])
            while phrase and phrase[-1].low in ("support", "cache", "caching", "backend", "layer", "store", "storage",
                                                "integration", "adapter", "*", "**", "_"):
                phrase = phrase[:-1]  # "Redis support", "a Redis cache"
            if tokens[k + 1].low == "fallback" and tokens[k + 2].low == ")" and len(phrase) >= 2 \
                    and phrase[-2].low in _COPY_WORDS:
                continue  # "# Local Redis (fallback)" under the hosted one: that copy is the fallback
            if phrase and phrase[-1].service and _negation_before(tokens, k) is None and not self._blocked(tokens, k):
                return [self._claim(tokens[k + 1], tokens, "fallback", " ".join(
                    t.text for t in tokens[k + 1:k + 4] if t.kind == "word"))]
        return []

    def _better_with(self, tokens: list[Tok]) -> list[Claim]:
        """"The app runs faster with Redis", "GitLab works better with Redis as the cache": the
        service sold by a benefit, so the app runs without it."""
        for k in range(1, len(tokens) - 2):
            if tokens[k].low in ("faster", "better", "quicker", "smoother") and tokens[k + 1].low == "with" \
                    and tokens[k - 1].low in ("runs", "run", "works", "work", "performs", "perform", "scales", "scale",
                                              "responds", "respond", "answers", "loads") \
                    and self._conjuncts_service(self._np_after(tokens, k + 2)) \
                    and _negation_before(tokens, k - 1) is None and not self._blocked(tokens, k - 1) \
                    and not any(t.low in ("than", "even") for t in tokens[k + 2:]):
                # (not "runs better with Redis than with RabbitMQ", a comparison of peers)
                return [self._claim(tokens[k - 1], tokens, "benefit", " ".join(t.text for t in tokens[k - 1:k + 3]))]
        return []

    def _better_to_use(self, tokens: list[Tok]) -> list[Claim]:
        """"For a multi-node deployment, it's better to use Redis", "it is best to use `redis`
        instead of `local`": taking it is advice, so it may be left out. (Not a version of it, "it's
        better to use Redis 7", nor "it's better to use Redis for sessions than cookies", a role.)"""
        lows = [t.low for t in tokens]
        for k in range(1, len(lows) - 3):
            if lows[k] not in ("better", "best") or lows[k + 1] != "to" or lows[k + 2] not in (
                    "use", "run", "enable", "add", "deploy", "install", "choose", "pick"):
                continue
            before = [w for w in lows[max(0, k - 3):k] if w not in ("*", "**", "_")]
            if not (before[-2:] in (["it", "is"], ["it", "'s"], ["would", "be"], ["it", "’s"]) or before[-1:] in (
                    ["it's"], ["it’s"])):
                continue
            obj = self._np_after(tokens, k + 3)
            if obj and self._is_service(obj) and not _versioned(obj) and "than" not in lows[k + 3:] \
                    and _negation_before(tokens, k) is None and not self._blocked(tokens, k) and not self._nonprod(tokens):
                return [self._claim(tokens[k], tokens, "better-to-use", " ".join(t.text for t in tokens[k:k + 3]))]
        return []

    def _scale_choice(self, rest: list[Tok], at: int, tokens: list[Tok]) -> list[Claim]:
        """"Redis is the better choice for multi-server systems", "Redis is a hard requirement
        before horizontal scaling": the service chosen, or needed, at scale only."""
        while at < len(rest) and rest[at].low in ("a", "an", "the", "*", "**", "_", "usually", "generally", "often"):
            at += 1
        if at >= len(rest) or rest[at].low not in _SCALE_CHOICE:
            return []
        end = at + 1
        while end < len(rest) and rest[end].low in ("choice", "option", "fit", "solution", "requirement", "pick"):
            end += 1
        prep = next((j for j in range(end, min(len(rest), end + 6)) if _scale_after(rest, j)), None)
        if prep is None or any(t.kind == "punct" for t in rest[end:prep]) or any(
                t.low in NEGATORS or t.low in ("even", "also") for t in rest[:prep + 1]):
            return []  # ("Redis is required even with a single server")
        scale = next((j for j in range(prep + 1, min(len(rest), prep + 5)) if rest[j].low in _SCALE_WORDS
                     or rest[j].low.startswith("multi-")), prep + 1)
        if any(t.low in ("that", "which", "who", "where") for t in rest[prep:scale]):
            return []  # ("ideal for cached data that multiple servers read": the data's readers)
        return [self._claim(rest[at], tokens, "scale-choice", " ".join(t.text for t in rest[at:scale + 2]))]

    def _benefit(self, clause: _Clause, i: int) -> Claim | None:
        """"Enable Redis for better performance", "(can use Redis for better performance)":
        provisioning it is sold by a benefit, so it is offered, not required."""
        toks = clause.toks
        lows = [t.low for t in toks]
        if i == 1 or i >= 2 and all(t.kind == "punct" for t in toks[:i - 1]):
            # preposed: "For better performance on busy sites you can use Redis"
            verb = next((k for k in range(i + 2, len(toks)) if lows[k] in PROVISION_VERBS
                         and (any(w in ("can", "may", "could", "should") for w in lows[max(i, k - 3):k])
                              or lows[k - 1] == "," and lows[k] in ("add", "use", "enable", "install", "configure")
                              and not {"performance", "faster", "speed", "better"}.isdisjoint(lows[i - 1:k]))),
                        None)  # (also "For better performance with OIDC, add Redis:", not "For full functionality, …")
            if verb is not None and _negation_before(toks, verb) is None and not self._blocked(toks, verb) \
                    and (self._conjuncts_service(self._np_after(toks, verb + 1)) or _stored_in_service(toks, verb)):
                return self._claim(toks[i - 1], toks, "benefit", " ".join(t.text for t in toks[i - 1:i + _benefit_span(toks, i)]))
            return None
        start = 0
        while start < i and (toks[start].kind == "punct" or _step_number(lows[start])
                             or lows[start] in ("can", "you", "also", "optionally", "then", "and")):
            start += 1
        if start < i and lows[start] in ("for", "in", "on"):  # "For production, add Redis for better performance"
            comma = next((k for k in range(start + 1, min(i, start + 5)) if lows[k] in (",", ":")), None)
            if comma is not None and set(lows[start + 1:comma]) & {"production", "prod", "deployment", "deployments",
                                                                    "live", "servers"}:
                start = comma + 1
                while start < i and (toks[start].kind == "punct" or lows[start] in ("you", "can", "also", "then")):
                    start += 1
        need = self._need_for_benefit(toks, i)
        if need is not None:
            return need
        if start < i - 2 and lows[start] in ("switch", "move", "migrate") and lows[start + 1] == "to" \
                and _negation_before(toks, start) is None and not _versioned(toks[start + 2:i - 1]):
            start += 1  # "Switch to Redis for better performance": taking it up, as "Use Redis for …"
        elif start == 0 and i > 1 and toks[0].service and clause.before is None:
            head = self._np_after(toks, 0)
            while len(head) > 1 and head[-1].low in _OFFERED_AS:
                head = head[:-1]  # ("Redis image")
            if head and len(head) <= i - 1 and self._is_service(head) and not _versioned(head) \
                    and set(lows[len(head):i - 1]) <= _OFFERED_AS and lows[i - 1] == "for" \
                    and (len(head) == 1 or len(head) < i - 1 and not set(lows[len(head):i - 1]).isdisjoint(_OFFERED_AS)):
                # (not "- Redis caching for improved performance": a feature of the app, what it does)
                # "* [Redis](…) image ready to use for better scalability": an extra offered by its benefit
                return self._claim(toks[i - 1], toks, "benefit", " ".join(t.text for t in toks[i - 1:i + _benefit_span(toks, i)]))
            return None
        elif start >= i - 1 or lows[start] not in PROVISION_VERBS or _negation_before(toks, start) is not None \
                or lows[start] in ("uses", "using", "used"):
            return None  # (not "✅ **Works with Redis** - Uses Redis for best performance": what it does)
        if lows[i] == "optimal" and lows[start] in ("configure", "configuring", "set", "setting"):
            return None  # "Configure Redis for optimal performance:" tunes it
        obj = toks[start + 1:i - 1]
        if lows[i] == "full" and sum(1 for t in obj if t.low in ("+", ",", "and", "&")) >= 2:
            return None  # "You need Uvicorn + PostgreSQL + Redis + Celery for full functionality": the whole stack
        via = next((k for k, t in enumerate(obj) if t.low in ("with", "via", "using", "through")), None)
        if self._blocked(toks, start) or not (self._conjuncts_service(self._np_after(toks[:i - 1], start + 1)) or (
                via is not None and all(t.low in FEATURE_NOUNS or t.kind == "punct" for t in obj[:via])
                and self._conjuncts_service(obj[via + 1:]))):  # ("Enable caching with Redis for better …")
            return None
        if any(t.service and k and obj[k - 1].low in _PLAN_WORDS | PROVIDER_WORDS for k, t in enumerate(obj)) \
                or any(t.low in ("upgrade", "upgrading") for t in toks[:start]) or _versioned(obj, providers=False):
            return None  # "**Upgrade Redis**: Use Railway Pro Redis for better performance": which plan of it
            # (and "* Use Redis 6.0+ for best performance": which version of it)
        return self._claim(toks[i - 1], toks, "benefit", " ".join(t.text for t in toks[i - 1:i + _benefit_span(toks, i)]))

    def _need_for_benefit(self, toks: list[Tok], i: int) -> Claim | None:
        """"The app also needs a separate database and Redis servers for best performance",
        "Redis is needed for better performance": what it is needed for is only a benefit (not
        "Redis is required for best performance and for the Celery queue": a purpose of its own
        too; not "The app needs Redis, and runs faster with it for best performance")."""
        lows = [t.low for t in toks]
        if any(w in ("and", "&", "plus") for w in lows[i + 1:]) or lows[i + 1:i + 2] == ["and"]:
            return None
        need = next((k for k in range(i - 2, -1, -1) if lows[k] in ("needs", "need", "requires", "require", "needed",
                                                                     "required")), None)
        if need is None or any(t.kind == "punct" and t.low in (",", ";", ":") for t in toks[need:i - 1]) \
                or _negation_before(toks, need) is not None or self._blocked(toks, need):
            return None
        if lows[need] in ("needed", "required"):
            cop = need - 1 if need and lows[need - 1] in COPULAS else None
            if cop is None or need + 1 != i - 1 or not self._is_service(self._subject(toks, cop)):
                return None  # ("Redis is needed for best performance")
        elif need and lows[need - 1] in ("you", "we") or not any(
                self._is_service(part) for part in _split_conjuncts(toks[need + 1:i - 1])):
            # (each conjunct on its own: "a separate database and Redis servers" is no variant of Redis)
            return None  # (but "you need Redis for best performance" reads as the reader's set-up, below)
        return self._claim(toks[need], toks, "benefit", " ".join(t.text for t in toks[need:i + 2]))

    def _otherwise(self, clause: _Clause, parts, i: int) -> Claim | None:
        """"Set REDIS_URL to enable the shared cache, otherwise an in-process LRU is used": the
        service is one branch of a choice with a fallback."""
        prev = parts[clause.index - 1].toks
        lows = [t.low for t in clause.toks]
        plows = [t.low for t in prev]
        if not any(t.service for t in prev) or not any(w in ("set", "configure", "enable", "provide", "use", "install")
                                                        for w in plows[:3]):
            return None
        if not set(lows) & (FALLBACK_WORDS | {"in-memory", "in-process", "memory", "local", "database", "db",
                                              "disabled", "skipped", "off"}) or set(lows) & BROKEN_WORDS:
            return None
        if self._blocked(clause.toks, i) or _negation_before(prev, len(prev)) is not None:
            return None
        return self._claim(clause.toks[i], clause.toks, "otherwise", clause.toks[i].text)

    def _alternative(self, clause: _Clause, i: int) -> Claim | None:
        """"use the database or Redis", "supports Redis or in-memory storage": another backend
        can stand in for the service, so it is one option among others."""
        toks = clause.toks
        lows = [t.low for t in toks]
        if i == 0 and clause.kind == "paren" and len(toks) > 1:
            # "- Redis server (or use the database driver)": what can stand in for the one before
            right = next((k for k in range(1, len(toks)) if toks[k].low not in (
                "*", "**", "_", "the", "a", "an", "use", "just", "simply")), None)
            before = [t for t in clause.before.toks if t.low not in ("*", "**", "_", "`")] \
                if clause.before is not None else []
            if right is not None and toks[right].service and self._is_service(toks[right:right + 1]) and before \
                    and before[-1].low in ALT_BACKENDS and before[-1].low not in _PEER_SERVERS \
                    and not self._blocked(toks, i) and not set(self._unit_lows) & (FAILURE_WORDS | BROKEN_WORDS):
                # "loaded from the database (or Redis, if there's a local instance)": it, in place of a stand-in
                return self._claim(toks[i], toks, "alternative", " ".join(t.text for t in toks[:right + 1]))
            if right is None or toks[right].low not in ALT_BACKENDS or toks[right].low in _PEER_SERVERS \
                    or not (self._paren_on_service(clause) or clause.before is not None and clause.before.toks
                            and clause.before.toks[-1].service) or self._blocked(toks, i) \
                    or set(self._unit_lows) & (FAILURE_WORDS | BROKEN_WORDS | NEGATORS):
                return None
            return self._claim(toks[i], toks, "alternative", " ".join(t.text for t in toks[:right + 1]))
        if i == 0 or i + 1 >= len(toks):
            return None
        left = next((k for k in range(i - 1, -1, -1) if toks[k].low not in ("*", "**", "_")), None)
        if left is not None and toks[left].low == ")" and left >= 3 and toks[left - 2].low == "(" \
                and toks[left - 1].low == "default":
            left -= 3  # "in-memory (default) or Redis"
        elif left is not None and left >= 1 and toks[left].low == "default" and toks[left - 1].low in ALT_BACKENDS:
            left -= 1  # (the same, with the parenthesis taken out of the clause)
        elif left is not None and left >= 1 and toks[left].low == "," and toks[left - 1].low in ALT_BACKENDS:
            left -= 1  # "in MongoDB, JDBC, or Redis": the list's last comma
        elif left is not None and left >= 1 and toks[left].low in ("backend", "store", "server", "instance", "cache") \
                and toks[left - 1].service:
            left -= 1  # "use a Redis backend or a local file": the service, named with its role
        right = next((k for k in range(i + 1, len(toks)) if toks[k].low not in ("*", "**", "_", "the", "a", "an", "just")),
                     None)  # ("which can be Redis or just Array")
        if left is None or right is None or left < 0:
            return None
        if right + 1 < len(toks) and left and toks[right].low in ("in", "on", "with") and toks[left - 1].low == toks[right].low:
            right += 1  # "either in RAM or in Redis": the preposition said again
        elif right + 1 < len(toks) and toks[right].low == "in" and toks[right + 1].service and (
                toks[left].low in _MEMORY_STORES or toks[left].low == "locally"):
            right += 1  # "store its counters in-memory or in Redis": the first place needs no preposition
        while right + 2 < len(toks) and toks[right].low in _PLAIN_KINDS and not toks[right].service \
                and toks[right].low not in ALT_BACKENDS and (toks[right + 1].low in ALT_BACKENDS or toks[right + 1].service):
            right += 1  # "or a single-file SQLite standalone mode", "or a local Redis server"
        if toks[right].low == "local" and right + 1 < len(toks) and toks[right + 1].service and not toks[left].service \
                and toks[left].low in ALT_BACKENDS:
            right += 1  # "either use the filesystem or a local Redis server"
        pair = (toks[left], toks[right])
        if not any(t.service for t in pair):
            head = left  # "in Redis, DynamoDB, or Consul": the service earlier in the list
            while head >= 2 and toks[head - 1].low == "," and not toks[head - 2].service \
                    and toks[head - 2].low in ALT_BACKENDS:
                head -= 2
            if not (head >= 2 and toks[head - 1].low == "," and toks[head - 2].service and toks[head - 2].kind != "code"
                    and all(t.low in ALT_BACKENDS and t.low not in _PEER_SERVERS for t in toks[head:left + 1:2])):
                # (not "Parse the session backend (`redis`, `memory` or `file`)": the values, named)
                return None
            left = head - 2
            pair = (toks[left], toks[right])
        other = pair[1] if pair[0].service else pair[0]
        if other.low in ("other", "another", "any") and pair[0].service:
            nxt = right + 1 + (other.low == "any" and lows[right + 1:right + 2] == ["other"])  # "or any other …"
            if lows[nxt:nxt + 1] and lows[nxt] in ("caching", "cache", "storage", "queue", "queuing", "supported") \
                    and lows[nxt + 1:nxt + 2] and lows[nxt + 1] in _OTHER_STORE_NOUNS | _OTHER_WAYS:
                nxt += 1  # "or any other caching strategy"
            right = nxt - 1
            other = toks[nxt] if nxt < len(toks) else other  # "Redis or other backends"
            if (other.low in _OTHER_STORE_NOUNS or other.low in _OTHER_WAYS and lows[nxt - 1] in _OTHER_STORE_NOUNS | {
                    "caching", "storage", "queuing", "queue"}) \
                    and not any(t.low in STEP_VERBS or t.low in ("configure", "configuring", "set")
                                for t in toks[:left]):  # (not "Configure Redis or other stores the same way")
                return self._claim(toks[left], toks, "alternative", " ".join(t.text for t in toks[left:right + 2]))
        stored_locally = other.low == "locally" and not _STORED_LOCALLY.isdisjoint(lows[:left])
        # ("Session data can be stored locally or in Redis": where its data is kept, a choice; not
        # "Run Redis locally or in Docker")
        if other.service or other.low not in ALT_BACKENDS and not stored_locally:
            return None
        if other.low in _PEER_SERVERS and not self._peer_offered(clause, lows, min(left, right)):
            return None  # ("Use Redis or RabbitMQ as the Celery broker": which of two to run, an instruction)
        if pair[1].service and left and toks[left - 1].service:
            return None  # "a separate redis db or redis instance": both are Redis
        if right + 1 < len(toks) and toks[right + 1].service and right > left:
            return None  # "(Azure Cache for Redis or local Redis)": the other is a copy of it too
        if not _EXAMPLE_LEADS.isdisjoint(lows[max(0, min(left, right) - 3):min(left, right)]):
            return None  # "a network-accessible backend like Redis or Postgres": examples of a kind
        back = lows[max(0, min(left, right) - 4):min(left, right)]
        if "instead" in back and "of" in back or "rather" in back and "than" in back:
            return None  # "an in-memory store instead of a database or Redis": what is used is neither
        if left and lows[left - 1] in ("external", "existing", "managed", "own", "hosted", "remote") \
                and lows[right + 1:right + 2] and lows[right + 1] in ("instance", "instances", "server", "servers",
                                                                        "service", "services", "cluster", "host"):
            return None  # "To use an external Postgres or Redis instance, set …": where each of them runs
        if lows[right + 1:right + 2] and lows[right + 1] in ("data", "directories", "directory", "volumes", "volume",
                                                              "files", "backups", "dumps", "logs", "block", "blocks",
                                                              "section", "sections"):
            return None  # "Use encrypted volumes for Redis or Postgres data directories": a part of each
            # (and "the same options as the `redis` or `memory` block above": a block of the configuration)
        context = _CHOICE_CUES | {"use", "using", "uses", "pick", "storage", "types", "stored", "caching", "cached", "supporting",
                                  "distributed", "persist", "persisted", "kept", "keeps", "keep", "backed", "held",
                                  "cache"}  # ("Counters can be stored in MongoDB, JDBC, or Redis": where, a choice)
        label = _label_of(clause, self._parts).toks if clause.label_before and clause.index > 0 else []
        setting = toks[left].kind == "code" and toks[right].kind == "code" and any(
            t.kind == "code" and t.low.endswith(_CHOICE_SETTINGS) for t in self._unit_toks)  # "`CACHE_TYPE`: `memory` or `redis`"
        if not (set(lows) & context or clause.kind == "paren" or setting or {t.low for t in label} & (context | {
                "persistence", "state", "cache", "caching", "queue", "sessions", "limiter", "locks"})
                or lows[:1] == ["which"] and bool(set(self._unit_lows) & (context | {
                    "driver", "drivers", "backend", "backends", "store"}))):  # ("a Cache Driver, which can be …")
            return None  # ("**State persistence:** in-memory (default) or Redis": the label names the role)
        if set(self._unit_lows) & (FAILURE_WORDS | BROKEN_WORDS | NEGATORS | {"error", "errors", "must", "bypass"}):
            return None  # ("this MUST point at a shared cache (Redis or Memcached)": a shared cache is required)
        if self._blocked([Tok(t.text, "memory", t.start, t.end, t.kind) if t is other else t for t in toks]
                         if stored_locally else toks, i):
            return None  # (a place to keep data "locally" is no local development setup)
        first = min(left, right)
        if not _DATA_CARE_VERBS.isdisjoint(lows[max(0, first - 3):first]) or not _DATA_CARE_VERBS.isdisjoint(
                lows[:first]) and ("stored" in lows[:first] or "kept" in lows[:first]):
            # (and "Back up the counters stored in-memory or in Redis": where the data it looks after is)
            return None  # "Think carefully before backing up Redis or file storage": both are looked after
        return self._claim(toks[first], toks, "alternative",
                           " ".join(t.text for t in toks[first:max(left, right) + 1]).replace(" ,", ","))

    def _peer_offered(self, clause: _Clause, lows: list[str], first: int) -> bool:
        """Another kind of server offered as a choice beside the service ("can be stored either in
        Memcached or Redis", "allows you to cache responses on `Memcached` or `Redis`", "we
        recommend using Redis or RabbitMQ", "- A **message broker** (RabbitMQ or Redis)"): the
        reader may run the other one instead. Not an instruction that names both ("Use Redis or
        RabbitMQ as the Celery broker"), nor steps for each ("For Redis or Memcached, install …"),
        nor which one is on ("which object cache (Redis or Memcached) is enabled"), nor "Redis or
        Memcached backed caches"."""
        before = lows[:first]
        if lows[:1] in (["use"], ["for"]) or "which" in before or "possible" in lows \
                or lows[first + 3:first + 4] in (["backed"], ["-backed"]):
            return False
        if "either" in lows[max(0, first - 2):first] or not {"can", "could", "allows", "allow", "supports",
                                                             "recommend", "recommended", "choose", "pick"}.isdisjoint(before):
            return True
        words = [t.low for t in clause.before.toks if t.kind == "word"] if clause.kind == "paren" \
            and clause.before is not None else []
        return "which" not in words and bool(words) and (words[-1] in _ROLE_HEADS or words[-1] == "caching")

    def _as_alternative(self, clause: _Clause, i: int) -> Claim | None:
        """"The project supports Redis as an alternative storage backend", "Redis is supported as
        an alternative backend": the service stands beside a default, one option of two. (Not a
        negation, nor "an alternative Redis host", a second one of it.)"""
        toks = clause.toks
        named = i - 3
        if toks[named].low == ")" and "(" in [t.low for t in toks[:named]]:
            named = max(k for k in range(named) if toks[k].low == "(") - 1  # "Redis (v5.0+) as an alternative"
        if named < 0:
            return None
        if not toks[named].service:
            cop = _copula_before(toks, named) if toks[named].low in (
                "supported", "offered", "available", "used", "provided", "included") else None
            subject = self._subject(toks, cop) if cop is not None else []
            if not subject or not self._conjuncts_service(subject):
                return None
        elif _versioned(toks[named:named + 2]) or named and toks[named - 1].low in VARIANT_WORDS:
            return None
        if _negation_before(toks, i) is not None or self._blocked(toks, i) \
                or set(self._unit_lows) & (FAILURE_WORDS | BROKEN_WORDS):
            return None
        return self._claim(toks[i - 1], toks, "alternative", " ".join(t.text for t in toks[i - 1:i + 1]))

    def _not_part(self, clause: _Clause, i: int) -> Claim | None:
        """"Redis is not part of the production configuration or stack": the deployment goes
        without it (not "Redis persistence is not part of the backup")."""
        toks = clause.toks
        neg = _negation_before(toks, i)
        if neg is None or i - neg > 3 or self._blocked_but_negation(toks, neg) \
                or set(self._unit_lows) & (FAILURE_WORDS | BROKEN_WORDS):
            return None
        cop = _copula_before(toks, neg + 1) if toks[neg].low in ("not", "no", "never") else neg
        subject = self._subject(toks, cop) if cop is not None else []
        if not subject or not self._conjuncts_service(subject):
            return None
        if not any(t.low in ("stack", "runtime", "deployment", "production", "setup", "architecture",
                             "infrastructure", "baseline", "installation", "install", "image", "platform")
                   for t in toks[i + 2:i + 14]):
            return None
        return self._claim(toks[neg], toks, "not-part", " ".join(t.text for t in toks[neg:i + 2]))

    def _alternative_to(self, clause: _Clause, i: int) -> Claim | None:
        """"FileSystemCache is a good alternative to a Redis server", "use Postgres as an
        alternative to Redis": something else can stand in for the service."""
        toks = clause.toks
        lows = [t.low for t in toks]
        if not self._is_service(self._np_after(toks, i + 2)) or self._blocked(toks, i) \
                or _negation_before(toks, i) is not None \
                or set(self._unit_lows) & (FAILURE_WORDS | BROKEN_WORDS | {"no", "never", "poor", "bad"}):
            return None
        before = lows[max(0, i - 4):i]
        if set(lows[:i]) & (_COMPATIBLE_FORKS | PROVIDER_WORDS | {"drop-in", "compatible", "redis-compatible"}):
            return None  # "Valkey as an opt-in alternative to Redis": a fork stands in, not nothing
        if "as" in before or any(w in COPULAS for w in before) and any(
                w in ("good", "fine", "viable", "great", "simple", "simpler", "lighter", "cheaper", "solid",
                      "reasonable", "decent", "valid", "easy", "easier") for w in before):
            end = next(k for k in range(i + 2, len(toks)) if toks[k].service)
            return self._claim(toks[i], toks, "alternative-to", " ".join(t.text for t in toks[i:end + 1]))
        return None

    def _can_be_enabled(self, clause: _Clause, i: int) -> Claim | None:
        """"Redis can be enabled for shared limits": switching it on is an option. ("Redis can
        be enabled with `systemctl enable`" says how, and is not reported.)"""
        toks = clause.toks
        lows = [t.low for t in toks]
        nxt = i + 1
        while nxt < len(lows) and lows[nxt].endswith("ly"):
            nxt += 1  # "can be enabled directly in values.yaml"
        if lows[i] == "plugged" and lows[nxt:nxt + 1] == ["in"]:
            nxt += 1  # "can be plugged in for caching"
        if nxt < len(lows) and lows[nxt] in ("at", "on", "after"):
            return None  # "can be enabled at boot"
        if lows[i] in ("added", "plugged", "introduced") and nxt < len(lows) and lows[nxt] in (
                "to", "with", "via", "using", "by", "through", "in", "into", "here", "below", "like", "as", "from"):
            after_as = [w for w in lows[nxt + 1:nxt + 3] if w not in ("a", "an")][:1]
            if not (lows[nxt] == "as" and after_as and after_as[0] in (
                    "separate", "service", "cache", "layer", "backend", "broker", "store", "sidecar", "container",
                    "needed", "required")):
                return None  # "can be added to the compose file", "added with the snippet below": how and where
        if lows[i] in ("enabled", "activated", "turned") and lows[nxt:nxt + 1] == ["by"] and lows[nxt + 1:nxt + 2] \
                and lows[nxt + 1] in ("adding", "installing", "running", "deploying", "starting", "provisioning",
                                      "attaching", "connecting") \
                and self._conjuncts_service(self._np_after(toks, nxt + 2)) and _negation_before(toks, i - 1) is None \
                and not self._blocked(toks, i) and not self._nonprod(toks):
            # "Rate limiting can be enabled by adding a redis container": the feature brings the service
            return self._claim(toks[i - 2], toks, "enabled-by-adding", " ".join(t.text for t in toks[i - 2:i + 3]))
        if nxt < len(lows) and lows[i] != "re-enabled" and lows[nxt] in ("with", "via", "using", "by", "through", "in") and not (
                nxt + 1 < len(lows) and (lows[nxt + 1] in ("configuration", "config", "settings", "setting",
                                                         "environment", "env") or self._sets_switch(toks[nxt + 1]))
                and not any("systemctl" in w or w in ("boot", "startup", "command", "unit") for w in lows[nxt:])):
            return None  # "with `systemctl enable`": how; "by configuration", "by setting X", "with `CACHE=redis`": a choice
        if _negation_before(toks, i - 1) is not None or self._blocked(toks, i):
            return None
        subject = self._subject(toks, i - 2)
        if subject and self._conjuncts_service(subject) and not _versioned(subject):
            return self._claim(toks[i - 2], toks, "can-be-enabled", " ".join(t.text for t in toks[i - 2:i + 1]))
        return None

    def _sets_switch(self, tok: Tok) -> bool:
        """A code span that sets a variable (`CACHE=redis`) or names the service's switch or
        address (`REDIS_ENABLED`, `REDIS_URL`): turning it on is a setting someone chooses."""
        if tok.kind != "code":
            return False
        low = tok.low.strip("` ")
        return "=" in low and " " not in low.split("=", 1)[0] or self._names_switch(low) or self.names.locates(low) \
            or _ENV_NAME.fullmatch(tok.text.strip("` ")) is not None  # ("with `CACHE_URL`": a variable set to it)

    def _with_it_off(self, clause: _Clause, i: int) -> Claim | None:
        """The claim at "disabled"/"off" when the setup runs with the service switched off."""
        if not self._runs_with_it_off(clause, i):
            return None
        return self._claim(clause.toks[i], clause.toks, "setup-without",
                           " ".join(t.text for t in clause.toks[max(0, i - 2):i + 1]))

    def _runs_with_it_off(self, clause: _Clause, i: int) -> bool:
        """"Deploy with Redis disabled", "Phase 1: Deploy … (Redis Disabled)": the setup runs with
        the service switched off, as "without Redis" does (not "with Redis persistence disabled": a
        feature of it; not when something then fails)."""
        toks = clause.toks
        if self._blocked(toks, i) or set(self._unit_lows) & (FAILURE_WORDS | BROKEN_WORDS) \
                or _negation_before(toks, i) is not None:
            return False
        if i >= 2 and toks[i - 1].service and toks[i - 2].low == "with":
            # (a step that runs so, not a bare caption: "### With Redis Disabled" beside "### With Redis
            # Enabled" compares the two)
            return any(t.kind == "word" and t.low not in ("#", "*", "**", "x") for t in toks[:i - 2])
        if i >= 2 and toks[i - 1].service and toks[i - 2].low in ("keep", "keeping", "leave", "leaving") and (
                i == 2 or toks[i - 3].kind == "punct" or toks[i - 3].low in ("to", "and", "or", "by", "of")) \
                and not any(t.low in ("start", "restart", "enable", "re-enable") for t in toks[i + 1:]):
            # "Option 2: Keep Redis Disabled", "Benefits of keeping Redis disabled:": it stays off (not
            # "Keep Redis disabled until the import ends, then start it": a pause in a procedure)
            return True
        if clause.kind == "paren" and i == 1 and toks[0].service and clause.before is not None and len(toks) <= 3:
            before = {t.low for t in clause.before.toks}
            return bool(before & {"deploy", "deployed", "deploying", "run", "running", "start", "launch", "ship",
                                  "release", "phase", "stage", "mode", "go-live", "rollout"})
        return False

    def _by_default(self, clause: _Clause, i: int) -> Claim | None:
        """"Redis is disabled by default": switching it on is a choice."""
        toks = clause.toks
        cop = _copula_before(toks, i)
        if _negation_before(toks, i) is not None or self._blocked(toks, i):
            return None
        lows = self._unit_lows
        if ("production" in lows or "prod" in lows) and any(w in ("must", "required", "mandatory") for w in lows):
            return None  # "Redis is disabled by default; production must enable it": off only outside production
        named = [t for t in toks[:i] if t.low not in ("*", "**", "_", "[", "]", "x", "-", "+", "✅", "☑")]
        if cop is None and 1 <= len(named) <= 3 and named[-1].service and self._conjuncts_service(named):
            subject = named  # telegraphic: "- [x] Redis disabled by default"
        elif cop is None:
            if i > 2 or not self._inherited(clause, self._parts):
                return None
            subject = self._inherited(clause, self._parts)  # "Redis is supported but disabled by default"
        else:
            subject = self._subject(toks, cop)
        if subject and self._conjuncts_service(subject):
            wording = " ".join(t.text for t in toks[i:i + 3]) if _next_words(toks, i, 2) == ["by", "default"] \
                else toks[i].text  # ("By default, Redis is disabled")
            return self._claim(toks[i], toks, "by-default", wording)
        return None

    def _planned_for_version(self, clause: _Clause, i: int) -> Claim | None:
        """"Acceptable for MVP, add Redis in v2", "Introduce Redis in v3.0 for rate limiting",
        "should be replaced with Upstash Redis in V2": the service comes with a later version of
        the product, so the current one runs without it. (Not "Redis 7 in v2 of the chart": a
        version of something else; not "Redis was added in v2": history.)"""
        toks = clause.toks
        lows = [t.low for t in toks]
        verb = next((k for k in range(i - 2, max(-1, i - 8), -1) if lows[k] in _PLAN_VERBS), None)
        if verb is None or _negation_before(toks, verb) is not None or self._blocked(toks, verb):
            return None
        if verb and lows[verb - 1] in ("was", "were", "been", "has", "have", "had"):
            return None  # "Redis was added in v2": the product's history
        at = verb + 1
        while at < i and lows[at] in ("to", "with", "by", "the", "a", "an", "in", "*", "**"):
            at += 1
        obj = [t for t in toks[at:i - 1] if t.low not in ("*", "**", "_")]
        if not obj or not any(t.service for t in obj) or not self._conjuncts_service(obj) or _versioned(obj) \
                or any(t.low[:1].isdigit() for t in obj):
            return None  # (nor "Upgrade Redis to 7.2 in v3 of the playbook": a version of it)
        if set(self._unit_lows) & (FAILURE_WORDS | BROKEN_WORDS):
            return None
        return self._claim(toks[i - 1], toks, "planned", " ".join(t.text for t in toks[i - 1:i + 1]))

    def _service_in_phase(self, clause: _Clause, i: int) -> Claim | None:
        """"(Redis in Phase 2)", "No worker/Kafka/Redis in Phase 2D", "kein Redis in Phase 2": the
        service named with a later phase and no verb of its own, so the current one runs
        without it (not history: "Redis was added in Phase 2", "✅ Redis in Phase 2")."""
        toks = clause.toks
        if not toks[i - 2].service or self._blocked(toks, i - 2) or set(self._unit_lows) & (
                FAILURE_WORDS | BROKEN_WORDS | _DONE_WORDS):
            return None
        return self._claim(toks[i - 1], toks, "planned", " ".join(t.text for t in toks[i - 1:i + 2]))

    def _deferred(self, clause: _Clause, i: int) -> Claim | None:
        """"Redis can be added later", "Don't implement Redis yet", "Wait to add Redis until
        …": provisioning it is put off, so the deployment runs without it."""
        toks = clause.toks
        lows = [t.low for t in toks]
        words = [t.low for t in toks if t.kind == "word"]
        status = clause.kind == "paren" and words[:1] == [lows[i]] and (len(words) == 1 or lows[i] == "planned" and all(
            w in ("for", "in", "phase", "stage", "milestone", "release", "version") or _VERSION_MARK_RE.fullmatch(w)
            or w[:1].isdigit() for w in words[1:]) or lows[i] == "planned" and words[1:3] == ["not", "yet"]
            and len(words) == 4 and words[3] in ("wired", "implemented", "integrated", "connected", "used", "built"))
        # ("(planned, Phase 2)", "(planned, not yet wired)": a status note and nothing else)
        if lows[i] in ("future", "planned") and not status:
            return None  # ("future work", "planned maintenance" elsewhere are no deferral of the service)
        if lows[i] in ("later", "eventually", "future", "planned") and status and (
                self._paren_on_service(clause) or _moves_to_service(
                    clause.before.toks if clause.before is not None else [])) \
                and not _version_only(clause.before.toks[-3:]) and not any(t.low[:1].isdigit() for t in clause.before.toks[-2:]) \
                and not set(self._unit_lows) & (FAILURE_WORDS | BROKEN_WORDS):
            # "- Caching: Redis (later)": a stack list that puts it off (not "Redis 7 (or later)")
            return self._claim(toks[i], toks, "deferred", "(" + toks[i].text + ")")
        if lows[i] == "yet" and i >= 3 and lows[i - 1] in ("used", "needed", "required") and (
                lows[i - 2] in ("not", "never") or lows[i - 2].endswith("n't")) \
                and not set(lows) & (FAILURE_WORDS | BROKEN_WORDS):
            # "Redis is not used yet", "## Why Redis and Microservices Are Not Used Yet": the system
            # goes without it for now (not "Redis isn't installed yet", a step's status)
            cop = _copula_before(toks, i - 2)
            subject = self._subject(toks, cop) if cop is not None else []
            if subject and (self._conjuncts_service(subject) or any(t.service for t in subject) and any(
                    t.low == "and" for t in subject)) and not self._blocked(toks, i - 2):
                return self._claim(toks[i - 2], toks, "deferred", " ".join(t.text for t in toks[i - 2:i + 1]))
        verb = next((k for k in range(i - 1, max(-1, i - 8), -1) if lows[k] in DEFER_VERBS or lows[k] in _MOVE_VERBS
                     and lows[k + 1:k + 2] in (["to"], ["onto"])), None)
        if verb is None or self._blocked(toks, verb) and lows[i] not in ("yet", "until"):
            return None
        if lows[i] == "until" and _negation_before(toks, verb) is not None and (lows[i + 1:i + 2] in (
                ["you"], ["we"], ["there"], ["it"], ["your"], ["the"]) or not _UNTIL_GROWS.isdisjoint(lows[i + 1:i + 5])):
            # (also "Don't add Redis until traffic grows", "… until LiteLLM updates to a fixed version")
            neg = _negation_before(toks, verb)
            if not any(t.kind == "word" and t.low != "do" for t in toks[:neg]) and lows[neg] in (
                    "don't", "do", "not", "never") \
                    and self._conjuncts_service(self._np_after(toks, verb + 1)) \
                    and not set(lows[i + 1:]) & (FAILURE_WORDS | BROKEN_WORDS | {"finished", "done", "complete"}):
                # "Don't add Redis until you need it": it is left out until then
                return self._claim(toks[neg], toks, "deferred", " ".join(t.text for t in toks[neg:i + 1]))
            return None
        if lows[i] == "yet":
            # only the imperative "don't add Redis yet"; "Redis isn't installed yet" is a status
            neg = _negation_before(toks, verb)
            if neg is None or any(t.kind == "word" for t in toks[:neg]) or lows[neg] not in (
                    "don't", "do", "not", "never"):
                return None
            return self._claim(toks[neg], toks, "deferred", " ".join(t.text for t in toks[neg:i + 1])) \
                if self._conjuncts_service(self._np_after(toks, verb + 1)) else None
        if _negation_before(toks, verb) is not None:
            return None
        imperative = all(t.kind == "punct" or _step_number(t.low) for t in toks[:verb]) or verb >= 2 and lows[
            verb - 1] in (",", ";", "then") and (lows[0] in ("deploy", "start", "launch", "ship", "run", "go") or (
                verb <= 4 and lows[0] in ("works", "work", "runs", "begin", "ship", "launch")))
        # ("Deploy without caching first, add Redis later:", "Works immediately, add Redis later")
        if verb >= 2 and lows[verb - 2:verb] == ["how", "to"]:
            imperative = True  # "## How to Add Redis Later"
        if verb == 2 and lows[0] in ("when", "once", "whenever") and lows[1] in ("you", "we") and lows[i] == "later":
            imperative = True  # "When you add Redis later, you'll get:": the reader may put it off
        if verb >= 2 and lows[verb - 1] in (",", ";", "then") and (
                not {"deploy", "ship", "launch"}.isdisjoint(lows[:verb]) or "first" in lows[:verb]):
            imperative = True  # "You can deploy your code first, then install Redis later"
            # ("Focus on configuring email first, then add Redis later if you need it")
        if lows[i] != "until" and not imperative and not any(
                w in ("can", "could", "may", "might", "optionally", "free", "opt", "designed", "option", "easy", "easily")
                for w in lows[max(0, verb - 4):verb]):
            return None  # "Redis is configured later in step 5": the order of the guide
        if set(lows[i + 1:i + 5]) & {"step", "steps", "section", "chapter", "guide", "below", "page", "part"}:
            return None
        if lows[i] == "until" and not (verb >= 2 and lows[verb - 1] == "to" and lows[verb - 2] in (
                "wait", "waiting", "defer", "postpone", "hold")):
            return None
        obj = toks[verb + 1:i]
        if obj and obj[0].low in ("to", "onto") and lows[verb] in _MOVE_VERBS:
            obj = obj[1:]  # "Can switch to Redis later if needed": moving onto it is put off
        if obj and self._conjuncts_service(obj):
            return self._claim(toks[i], toks, "deferred", " ".join(t.text for t in toks[verb:i + 1]))
        if verb >= 1 and lows[verb - 1] in ("be", "been", "get") and lows[verb + 1:i] in ([], ["in"], ["up"]):
            subject = self._subject(toks, verb - 1)
            if subject and self._conjuncts_service(subject):
                return self._claim(toks[i], toks, "deferred", " ".join(t.text for t in toks[verb:i + 1]))
        return None

    def _skip(self, clause: _Clause, parts, i: int, implicit) -> Claim | None:
        toks = clause.toks
        low = toks[i].low
        lows = [t.low for t in toks]
        if low in ("remove", "removes", "removing", "drop", "delete") and any(
                t.low.strip("`").rsplit("/", 1)[-1] in _MANIFESTS for t in self._unit_toks):
            return None  # "Remove Redis from package.json": its client library, not the service
        if low in ("left", "leave", "leaving") and "out" not in lows[i + 1:i + 5]:
            blank = ("blank", "empty", "unset", "commented", "undefined")
            if lows[i + 1:i + 2] and lows[i + 1] in blank and (
                    self._paren_on_service(clause) or clause.label_before and clause.index > 0
                    and self._phrase_is_service(_label_of(clause, parts).toks[-6:])):
                return self._claim(toks[i], toks, "leave-blank", " ".join(t.text for t in toks[i:i + 2]))
            if lows[i + 2:i + 3] and lows[i + 2] in blank and toks[i + 1].service and _negation_before(toks, i) is None:
                return self._claim(toks[i], toks, "leave-blank", " ".join(t.text for t in toks[i:i + 3]))
            return None
        if low in OFF_VERBS or low == "off":
            low = "disable"  # "Redis can be turned off": switching it off is disabling it
        if low in ("disable", "disabled", "remove", "removed", "ignore", "ignored", "drop",
                   "dropped", "exclude", "excluded", "discard", "discarded"):
            permissive = any(w in ("can", "may", "could", "free", "fine", "ok", "okay", "safe",
                                   "safely", "optionally") for w in lows[:i]) or (
                i and lows[i - 1] == "to" and all(t.kind == "punct" or t.low == "to" for t in toks[:i])) or (
                low in ("disable", "remove") and "to" in lows[max(0, i - 3):i]
                and all(w == "to" or w.endswith("ly") for w in lows[lows.index("to", max(0, i - 3)):i])) or (
                low in ("disable", "remove", "drop") and all(t.kind == "punct" for t in toks[:i])
                and clause.label_before) or (
                low == "disable" and i >= 2 and lows[i - 1] == "to" and any(
                    w in ("set", "use", "pass", "export") for w in lows[:i - 1]))  # "Set X to false to disable Redis"
            # ("To disable Redis, leave REDIS_URL unset"; "Option 2: Disable Redis")
            obj = [t for t in toks[i + 1:i + 5] if t.low not in ("the", "our", "its", "this", "*", "**", "`")]
            if low in ("remove", "drop") and len(obj) >= 2 and obj[0].service \
                    and obj[1].low in ("dependency", "dependence", "requirement") \
                    and _negation_before(toks, i) is None and not self._blocked(toks, i) and not set(
                        self._unit_lows) & {"would", "rejected", "considered", "could"}:
                # "the plan to remove the Redis dependency", "Drop the Redis dependency": it is not needed
                return self._claim(toks[i], toks, "drop-dependency", " ".join(
                    t.text for t in toks[i:toks.index(obj[1]) + 1] if t.start >= 0))
            if not permissive:
                return None
        if _negation_before(toks, i) is not None or self._blocked(toks, i):
            return None
        if any(w in ("must", "never", "shouldn't") for w in lows[:i]):
            return None
        if ("if" in self._unit_lows or "unless" in self._unit_lows) and any(
                t.low in _OTHER_COPIES and self._unit_toks[k + 1].service for k, t in enumerate(self._unit_toks[:-1])):
            # "If you do not want to use a separate Redis Server, you can remove the Redis Container
            # App": that copy of it, not the service
            return None
        if low == "disable" and (not _EMERGENCY_WORDS.isdisjoint(self._unit_lows) or any(
                t.low in _BUNDLED_WORDS for t in toks[i + 1:i + 4])):
            # "**Incidents**: Can disable Redis as emergency measure": an outage plan; "To disable
            # bundled RabbitMQ/Redis (use external)": the chart's own copy, for an external one
            return None
        if low in ("skip", "skipping") and "already" in self._unit_lows and not {"if", "when", "unless"}.isdisjoint(
                self._unit_lows):
            return None  # "Skip Redis if you already have it running": the installation step, where it is there
        if low in ("skipped", "bypassed", "skip", "skips", "bypass", "bypasses") and set(self._unit_lows) & (
                FAILURE_WORDS | {"failures", "failure", "outage", "cooldown", "circuit"}):
            # "After 5 consecutive failures Redis is skipped for a cooldown", "… skip Redis entirely for a
            # cooldown": a circuit breaker
            return None
        if low.endswith("ing") and all(t.low in DETERMINERS or t.kind == "punct" for t in toks[:i]):
            # a gerund subject: "skipping Redis is fine" permits, "skipping Redis breaks logins" warns
            if not any(w in PERMISSIVE_WORDS for w in lows[i + 1:]):
                return None
        # passive "Redis can be skipped", active "you can skip Redis" / "skip Redis"
        if i >= 2 and lows[i - 1] in ("be", "been", "is", "are", "get", "stay", "stays", "remain", "remains"):
            subject = self._subject(toks, i - 1)
            return self._claim(toks[i], toks, "skip-passive") if subject and self._conjuncts_service(subject) else None
        if low in ("skipped", "omitted") and i and not (i + 1 < len(toks) and toks[i + 1].low in ("out", "off")):
            # a reduced passive: "Redis connection tests skipped": what precedes is skipped
            subject = self._subject(toks, i)
            return self._claim(toks[i], toks, "skip-passive") if subject and self._conjuncts_service(subject) else None
        rest = toks[i + 1:]
        if rest and rest[0].low in ("out", "off"):
            rest = rest[1:]
        if rest and rest[0].low in ("installing", "running", "setting", "using", "the", "a"):
            if rest[0].low in ("installing", "running", "using", "setting"):
                rest = rest[1:]
                if rest and rest[0].low == "up":
                    rest = rest[1:]
        obj = [t for t in self._np_after(rest, 0) if t.low != "out"]
        while len(obj) > 1 and obj[-1].low in ("entirely", "completely", "altogether"):
            obj = obj[:-1]  # "leave the `[redis]` section out entirely"
        if obj and obj[-1].low in ("leftovers", "remnants", "instructions", "docs", "documentation", "references"):
            return None  # "remove Redis setup instructions", "remove Redis leftovers": what is written about it
        if len(obj) > 1 and obj[-1].low in ("nodes", "replicas", "shards", "keys"):
            return None  # "After the migration, you can remove Redis nodes": some of its members, or its data
        if obj and self._conjuncts_service(obj):
            return self._claim(toks[i], toks, "skip")
        if [t.low for t in obj] == ["it"] and self._antecedent(clause, parts):
            return self._claim(toks[i], toks, "skip-pronoun")  # "…should add Redis; others can skip it"
        # "skip the Redis section/step": skipping the service's own installation part
        lows_obj = [t.low for t in obj]
        if obj and any(t.service or t.kind == "code" and t.low.strip("`[] ") in self._name_lows for t in obj) \
                and lows_obj[-1] in (  # (a config file's "`[redis]` section")
                "section", "step", "steps", "part", "chapter", "setup", "installation", "install",
                "configuration", "config", "connection", "connections", "integration", "dependency"):
            # (also the way the app reaches it: "## How to Completely Disable Redis Connections")
            return self._claim(toks[i], toks, "skip-section")
        sect = next((k for k, w in enumerate(lows_obj) if w in (
            "section", "sections", "parts", "part", "steps", "lines", "services", "blocks")), None)
        if sect is not None:
            # "remove the sections related to Redis", "skip the steps about Redis"
            rest = obj[sect + 1:] + toks[i + 1 + len(obj):]
            lead = [t.low for t in rest[:2]]
            rest = rest[2:] if lead == ["related", "to"] else rest[1:] if lead[:1] in (["about"], ["for"], ["on"]) else []
            if rest and self._conjuncts_service(self._np_after(rest, 0)):
                return self._claim(toks[i], toks, "skip-section")
        return None

    def _emptied_to_disable(self, tokens: list[Tok], text: str) -> Claim | None:
        """"| `REDIS_ADDR` | `localhost:6379` | Redis address (set empty to disable) |": leaving the
        variable empty turns the service off (not "leave blank to disable auth": a part of it)."""
        emptied = _EMPTY_TO_DISABLE_RE.search(text)
        if emptied is None or not any(t.service for t in tokens if t.start < emptied.start()) \
                or any(t.low in PART_NOUNS for t in tokens if t.start > emptied.start()):
            return None
        at = next(t for t in tokens if t.start >= emptied.start())
        return self._claim(at, tokens, "leave-blank", emptied.group())

    def _bare_alternatives(self, tokens: list[Tok]) -> Claim | None:
        """"- **Queue**: Redis/Database", "- In-memory or Redis", "`QUEUE_CONNECTION=database or
        redis`": a bare pair (after an optional label) of the service and a store that can stand
        in for it, so either will do (not "PostgreSQL and Redis", both; nor "Redis 7 or Valkey")."""
        words = [t for t in tokens if t.low not in ("*", "**", "_", "`", "-", "+", "🚀", "✅")]
        colon = next((k for k, t in enumerate(words[:6]) if t.low in (":", "—", "–", "=")), None)
        if colon is not None:
            words = words[colon + 1:]
        if words and "=" in words[0].text and words[0].text.split("=", 1)[1]:
            head, value = words[0].text.split("=", 1)  # "QUEUE_CONNECTION=database or redis": a setting's values
            words = [Tok(value, value.lower(), words[0].start + len(head) + 1, words[0].end)] + words[1:]
        while words and words[-1].kind == "punct":
            words = words[:-1]
        purpose = next((k for k, t in enumerate(words[:4]) if k and t.low == "for"), None)
        if purpose is not None and not any(t.service or t.low in NEGATORS or t.low in ("and", "or", "/", ",")
                                           for t in words[purpose + 1:]):
            words = words[:purpose]  # "**Queue**: Redis/Database for background jobs": the pair, for a role
        lows = [t.low for t in words]
        if len(words) == 1 and "/" in lows[0] and lows[0].count("/") == 1:
            a, b = lows[0].split("/")  # "Redis/Database" as one token
            pair = [a, b]
        elif len(words) == 3 and lows[1] in ("/", "or"):
            pair = [lows[0], lows[2]]
        elif 5 <= len(words) <= 11 and len(words) % 2 == 1 and all(w == "/" for w in lows[1::2]):
            # "CACHE: memcached / redis / database / file": a setting's drivers, one of which stands in
            # with no server of its own (not "Postgres / Redis / Nginx", a stack)
            pair = lows[0::2]
            others = [w for w in pair if w not in self._name_lows]
            if not all(w in ALT_BACKENDS or w in ("memory", "locmem") for w in others) or all(
                    w in _PEER_SERVERS or w.startswith("postgres") or w in ("mysql", "mariadb", "mongodb", "mongo")
                    for w in others):
                return None
            return self._claim(words[0], tokens, "alternative", " ".join(t.text for t in words)) \
                if len(pair) - len(others) == 1 and not self._nonprod(tokens) else None
        else:
            return None
        service = [w for w in pair if w in self._name_lows]
        other = [w for w in pair if w not in service]
        if len(service) != 1 or len(other) != 1 or other[0] not in ALT_BACKENDS and other[0] not in ("memory", "locmem"):
            return None
        at = next((t for t in tokens if t.start >= words[0].start), words[0])
        return self._claim(at, tokens, "alternative", " ".join(t.text for t in words))

    def _stand_in_default_value(self, tokens: list[Tok]) -> Claim | None:
        """A setting's values listed with a stand-in as the default: "- `CACHE_DRIVER` - Cache
        driver (options: `memory`, `redis`, `postgres`, default: `memory`)", "`CACHE_DRIVER`:
        `memory` (default), `redis`": the service is switched on by choice. (Not when the default
        is the service, nor a list with no stand-in.)"""
        lows = [t.low for t in tokens]
        codes = [(k, t) for k, t in enumerate(tokens) if t.kind == "code"]
        served = [k for k, t in codes if t.service and t.low.strip("`'\" ") in self._name_lows]
        if not served or len(codes) < 3 or not (FAILURE_WORDS | BROKEN_WORDS | NEGATORS).isdisjoint(lows) \
                or self._nonprod(tokens) or self._blocked(tokens, served[0]):
            return None
        default = None
        for k, t in codes:
            after = [w for w in lows[k + 1:k + 4] if w not in ("`", "*")]
            before = [w for w in lows[max(0, k - 3):k] if w not in ("`", "*")]
            if after[:3] == ["(", "default", ")"] or before[-2:] in (["default", ":"], ["default", "="], ["default", "is"]) \
                    or before[-1:] == ["default"]:
                default = t
        if default is None or default.service or default.low.strip("`'\" ") not in _STAND_INS | {"local", "sync", "array"}:
            return None
        return self._claim(tokens[served[0]], tokens, "alternative",
                           f"{tokens[served[0]].text.strip('`')}, default {default.text.strip('`')}")

    def _value_choice(self, tokens: list[Tok]) -> Claim | None:
        """The values a setting takes, the service one of them beside a store that stands in for it:
        "`CACHE_ENGINE` - One of - `memory`, `redis`, or `mongo`", '`PUBSUB_ADAPTER` - Force adapter:
        "redis", "postgres", or "local"', "`CACHE_TYPE` can be `FileSystemCache` or `RedisCache`",
        '# Type: "redis" for distributed scheduling or "memory" for single-process'. A setting, or a
        word that picks (backend, driver, type, one of), names the choice. (Not a list whose default
        is the service, nor 'Either `redis` or `rediss` as the URL scheme', nor "an object like the
        `redis`, `mongo` or `postgres` block", examples; a list without "or" is a set of values, not
        a choice: "one of `sync`, `redis`, `database`".)"""
        values = [k for k, t in enumerate(tokens) if t.kind in ("code", "mention")]
        run: list[int] = []
        for k in values:  # the first stretch of two or more values joined by commas and "or" that holds the service
            if run and _joins_values([t.low for t in tokens[run[-1] + 1:k]]):
                run.append(k)
            elif run and any(tokens[j].service for j in run) and len(run) > 1:
                break
            else:
                run = [k]
        named = [k for k in run if tokens[k].service]
        others = [tokens[k] for k in run if not tokens[k].service]
        if len(run) < 2 or len(named) != 1 or not others \
                or not any(w in _VALUE_OR_WORDS for w in (t.low for t in tokens[run[0]:run[-1]])) \
                or not all(t.low in ALT_BACKENDS and t.low not in _PEER_SERVERS or _STAND_IN_CODE.search(t.low)
                           or t.low in ("custom", "none", "auto", "noop", "null") for t in others) \
                or not any(t.low in ALT_BACKENDS or _STAND_IN_CODE.search(t.low) for t in others):
            return None
        before = [t.low for t in tokens[:run[0]] if t.kind not in ("punct",) or t.low == "("]
        words = {t.low for t in tokens if t.kind == "word"}
        setting = any(t.kind == "code" and k not in run and (t.low.endswith(_CHOICE_SETTINGS) or t.low in _CHOICE_CUES)
                      for k, t in enumerate(tokens))
        if not (setting or words & (_CHOICE_CUES | {"handler", "policy", "possible"})):
            return None
        service = tokens[named[0]]
        after = [t.low for t in tokens[named[0] + 1:named[0] + 5] if t.low not in _VALUE_MARKS]
        if after[:1] == ["("] and after[1:2] == ["default"] or "default" in before[-3:] or "defaults" in before[-3:] \
                or not (_EXAMPLE_LEADS | {"similar"}).isdisjoint(before[-3:]) or "(" in before[-1:] and not setting \
                or [t.low for t in tokens[run[-1] + 1:run[-1] + 3] if t.low not in _VALUE_MARKS][:1] in (
                    ["block"], ["blocks"], ["section"], ["sections"]) \
                or words & (FAILURE_WORDS | BROKEN_WORDS | NEGATORS | {"scheme", "schemes", "prefix", "url"}) \
                or self._nonprod(tokens):
            return None  # ("`redis` (default) or `memory`": the service is what it runs on)
        wording = " ".join(t.text for t in tokens[run[0]:run[-1] + 1] if t.low not in _VALUE_MARKS)
        return self._claim(service, tokens, "alternative", wording.replace(" ,", ",").replace("( ", "(").replace(" )", ")"))

    def _switchable(self, tokens: list[Tok], text: str) -> Claim | None:
        """"# Redis Enable/Disable Configuration Guide", "How to Enable/Disable Redis", "Redis is
        now configurable to be **enabled or disabled**": the service is offered as a switch
        (not "Enable/disable Redis persistence": a part of it)."""
        match = _SWITCHABLE_RE.search(text)
        if match is None:
            match = _ON_OFF_RE.search(text)  # "Turn Redis on/off", "Toggle Redis on or off"
            if match is None or not any(t.low in ("turn", "turns", "toggle", "toggles") and t.end <= match.start()
                                        for t in tokens):
                return None
        if any(t.low in NEGATORS for t in tokens if t.start < match.start()):
            return None
        before = [t for t in tokens if t.end <= match.start() and t.kind != "punct"][-8:]
        after = [t for t in tokens if t.start >= match.end() and t.kind != "punct"]
        if after and after[0].service:
            k = 2 if len(after) > 2 and after[1].low in ("server", "servers", "instance", "instances") else 1
            if len(after) > k and (after[k].low in PART_NOUNS or after[k].low in _MANNER_NAMES
                                   or after[k].low in ("features", "feature", "functionality")
                                   or len(after) > k + 1 and f"{after[k].low}-{after[k + 1].low}" in PART_NOUNS):
                return None  # (nor "enable/disable Redis features": which of its uses; nor "Enable/disable
                # Redis Server protected mode": a setting of the server)
        elif not any(t.service for t in before) or any(t.low in PART_NOUNS for t in before[-3:] if not t.service):
            return None
        at = next(t for t in tokens if t.start >= match.start())
        return self._claim(at, tokens, "switchable", match.group())

    def _independently_of(self, clause: _Clause, i: int) -> Claim | None:
        """"The hyperspectral system works independently of Redis": it runs without the service
        (not "Redis scales independently of the app", nor "… of the Redis version")."""
        toks = clause.toks
        if _next_words(toks, i, 1) not in (["of"], ["from"]) or i + 2 >= len(toks) or not toks[i + 2].service \
                or not self._is_service(self._np_after(toks, i + 2)) or not i \
                or toks[i - 1].low not in FUNCTIONING_WORDS or any(t.service for t in toks[:i]) \
                or _negation_before(toks, i) is not None or self._blocked(toks, i) or self._nonprod(toks) \
                or set(self._unit_lows) & (FAILURE_WORDS | BROKEN_WORDS):
            return None
        return self._claim(toks[i], toks, "without", " ".join(t.text for t in toks[i:i + 3]))

    def _without(self, clause: _Clause, i: int) -> Claim | None:
        """"the site works without Redis" hedges; "nothing works without Redis" does not."""
        claim = self._without_service(clause, i)
        if claim is not None and clause.toks[i].text.lower() == "with":
            # "with no Redis configured" was read as "without any Redis": quote the words as written
            no = clause.toks[i + 1]
            return Claim(claim.start, no.end, f"{clause.toks[i].text} {no.text}", claim.service, claim.how)
        return claim

    def _disabled_in_production(self, toks: list[Tok], i: int) -> Claim | None:
        """"Redis is disabled in production", "Disabled Redis for the prod profile": production runs
        without it (as "Celery + Redis (disabled in prod)" does in a parenthesis); and "Redis is
        currently disabled", the set-up as it stands (not in a condition, nor with a reason after it)."""
        before = [t for t in toks[:i] if t.kind != "punct" and t.low not in COPULAS and not _step_number(t.low)]
        now = len(before) > 1 and before[-1].low == "currently" and toks[i - 1].low == "currently" \
            and toks[i - 2].low in ("is", "are")  # "**Redis is currently DISABLED**": the setup as it stands
        rest = i + 1  # (what comes after "disabled")
        if now:
            before = before[:-1]
        elif before and toks[i - 1].low in ("is", "are") and [t.low for t in toks[i + 1:i + 3]] == ["for", "now"]:
            now, rest = True, i + 3  # "Redis caching is disabled for now."
        obj = [] if before else self._np_after(toks, i + 1)  # ("Disabled Redis for …": its object)
        at = i + len(obj)  # (the word before "in production")
        if not (before and len(before) <= 4 and self._phrase_is_service(before) or obj and self._is_service(obj)):
            return None
        if now and not any(t.kind != "punct" for t in toks[rest:rest + 1]) and _CONDITION_LEADS.isdisjoint(self._unit_lows):
            shown = toks[i - 1:i + 1] if rest == i + 1 else toks[i:rest]
            return self._claim(toks[i], toks, "setup-without", " ".join(t.text for t in shown))
        if not _in_production_after(toks, at):
            return None
        end = next(k for k in range(at + 1, len(toks)) if toks[k].low in ("production", "prod"))
        return self._claim(toks[i], toks, "not-in-production", " ".join(t.text for t in toks[i:end + 1]))

    @staticmethod
    def _service_in_store_list(toks: list[Tok], k: int) -> Tok | None:
        """The service as one item of a list of stores that starts at ``k`` ("PostgreSQL, Redis, or
        other external dependencies"), every other item a store or "other …" at the end; else None."""
        items: list[list[Tok]] = [[]]
        for tok in toks[k:k + 16]:
            if tok.low in (",", "or", "and", "/"):
                if items[-1]:
                    items.append([])
                continue
            if tok.kind == "punct" and tok.low not in ("*", "**", "_"):
                break
            if tok.low not in ("*", "**", "_"):
                items[-1].append(tok)
        items = [item for item in items if item]
        if len(items) < 2 or len(items) > 6:
            return None  # (two at a clause's end: "without PostgreSQL, Redis" before ", or other …")
        if items[-1][0].low in ("other", "any", "similar"):
            items = items[:-1]  # ("… or other external dependencies")
        served = [item[0] for item in items if len(item) == 1 and item[0].service]
        if len(served) != 1 or not all(len(item) == 1 and (item[0].service or item[0].low in _CHOICE_STORES
                                                           or item[0].low in _PEER_SERVERS) for item in items):
            return None
        return served[0]

    def _without_service(self, clause: _Clause, i: int) -> Claim | None:
        toks = clause.toks
        lows = [t.low for t in toks]
        skip = 1 if i + 1 < len(toks) and toks[i + 1].low in ("requiring", "needing", "using", "running",
                                                             "installing", "having", "a", "any") else 0
        obj = self._np_after(toks, i + 1 + skip)
        for k in range(1, len(obj)):
            if obj[k].low in DETERMINERS or obj[k].low in SUBJECT_GENERIC and obj[k - 1].service:
                obj = obj[:k]  # "without Redis the site still works": a new noun phrase starts
                break
        if len(obj) > 1 and obj[-1].low in ("references", "reference", "imports", "calls", "mentions") \
                and any(t.service for t in obj[:-1]):
            return None  # "Clean status endpoints without Redis references": traces of it in the code
        if len(obj) > 1 and obj[0].low == "it" and next(
                (t.low for t in self._unit_toks if t.start > obj[0].start), "") == "(":
            obj = obj[:1]  # "The system works without it (slower)": the aside is no part of the phrase
        if obj and not any(t.service for t in obj):
            listed = self._service_in_store_list(toks, i + 1 + skip)
            if listed is not None:
                obj = [listed]  # "without PostgreSQL, Redis, or other external dependencies": the service listed
        needing = skip and toks[i + 1].low in ("requiring", "needing")
        if i and lows[i - 1] in ("response", "responses", "output", "example", "result", "results", "reply") \
                and all(t.kind == "punct" for t in toks[i + 1 + len(obj):]):
            return None  # "**Response without Redis:**" over a sample: what the app returns then
        if [t.low for t in obj] == ["it"] and i and lows[i - 1] in FUNCTIONING_WORDS and any(
                t.service and t.start < toks[i].start for p in self._parts for t in p.toks) \
                and not set(lows) & (BROKEN_WORDS | FAILURE_WORDS) and not set(self._unit_lows) & FAILURE_WORDS \
                and not self._blocked(toks, i) \
                and _negation_before(toks, i) is None:
            return self._claim(toks[i], toks, "without", "without it")  # "Redis Cloud (optional - app works without it)"
        if not obj or not (self._is_service(obj) or needing and self._conjuncts_service(obj)):
            return None
        if _state_before_service(obj):
            return None  # "Without a running Redis, the server falls back to the database": an outage
        if obj[-1].low in ("container", "containers", "image", "pod", "sidecar", "subchart", "sub-chart"):
            return None  # "Deploy without Redis container (--scale redis=0)": the bundled copy, not the service
        if _versioned(obj, providers=False):
            return None  # "## Workaround Without Redis 8": without that version of it, not without it
        lead = next((k for k, w in enumerate(lows) if w not in ("*", "**", "_", "-", "+")), 0)
        if any(a in ("won't", "doesn't", "don't", "never", "not", "cannot", "can't") and (
                b in BROKEN_WORDS or b in ("crash", "die", "panic")) and k != lead
               for k, (a, b) in enumerate(zip(lows[:i], lows[1:i]))) and not any(
                w in ("should", "must", "if", "unless") for w in lows[:i]):
            # "The backend won't crash without Redis": it runs without it (not an order that
            # opens the sentence: "**Never raise without setting `REDIS_URL`**")
            return self._claim(toks[i], toks, "without", "without")
        answered = 2 if lows[:2] in (["no", ","], ["yes", ","]) else 0  # "A: No, you can … without Redis"
        after = i + 1 + skip + len(obj)
        end = next((k for k in range(after, len(lows)) if lows[k] in (",", ";")), len(lows))
        # (a negation past a comma after it belongs to the next statement: "System works without
        # Redis, cache is optimization not dependency")
        if end < len(lows) and lows[end] == "," and all(t.kind == "punct" for t in toks[answered:i]):
            # (unless the phrase leads: the statement follows the comma, "Sans Redis, les workers
            # BullMQ ne démarrent pas")
            end = next((k for k in range(end + 1, len(lows)) if lows[k] in (",", ";")), len(lows))
        # (nor one in a condition before a comma: "(if not set, app works without Redis)")
        begin = max([answered] + [k + 1 for k in range(answered, i) if lows[k] in (",", ";")
                                  and lows[answered:answered + 1] in (["if"], ["when"], ["unless"])])
        if self._blocked(toks, i) or any(w in BROKEN_WORDS for w in lows[answered:]) \
                or any(w in NEGATORS - {"without"} for w in lows[begin:end]) \
                or _fails_after(self._unit_lows, self._unit_lows.index("without") if "without" in self._unit_lows
                                else len(self._unit_lows)):
            return None  # (also "If you run without Redis, the bot will fail to initialize …")
        if needing and not set(self._unit_lows) & (BROKEN_WORDS | FAILURE_WORDS):
            # "processes jobs in the web process without requiring Redis": it is not needed
            return self._claim(toks[i], toks, "without", " ".join(t.text for t in toks[i:i + 2]))
        if clause.kind == "paren" and i == 0 and clause.before is not None and 0 < len(
                [t for t in clause.before.toks if t.kind == "word"]) <= 5 and clause.before.toks[-1].low in (
                "start", "setup", "mode", "install", "installation", "deployment", "option", "run", "running",
                "quickstart", "configuration", "version", "profile", "deploy", "stack", "variant", "alternative",
                "solution", "workaround", "path", "architecture", "edition", "image", "build", "tier", "settings",
                "config") \
                and not set(self._unit_lows) & (BROKEN_WORDS | FAILURE_WORDS):
            return self._claim(toks[i], toks, "setup-without", "without")  # "## Quick Start (Without Redis)"
            # ("### Current Settings (Without Redis)")
        if clause.kind == "paren" and i == 0 and clause.before is not None and 0 < len(
                [t for t in clause.before.toks if t.kind == "word"]) <= 5 and clause.before.toks[-1].low in (
                "now", "today", "first", "quickly", "immediately") \
                and {t.low for t in clause.before.toks} & {"deploy", "deploying", "launch", "ship", "start", "install",
                                                          "run", "go", "live"} \
                and not {t.low for t in clause.before.toks} & (NONPROD_WORDS | {"test", "tests", "locally", "local"}) \
                and not set(self._unit_lows) & (BROKEN_WORDS | FAILURE_WORDS):
            return self._claim(toks[i], toks, "setup-without", "without")  # "## Deploy Right Now (Without Redis)"
        use = next((k for k in range(max(0, i - 4), i) if lows[k] in ("use", "using", "run", "running")), None)
        if use is not None and (use == 0 or lows[use - 1] in ("to", "*", "**", "#")) and 0 < i - use - 1 <= 3 \
                and all(t.kind == "word" and t.low not in ("it", "them", "the", "a") and t.low not in NONPROD_WORDS
                        and t.low not in ("test", "tests", "locally", "ci") for t in toks[use + 1:i]) \
                and not set(self._unit_lows) & (BROKEN_WORDS | FAILURE_WORDS | {"test", "tests", "testing", "ci", "pytest"}) \
                and not self._blocked(toks, i):
            return self._claim(toks[i], toks, "setup-without", "without")  # "#### Using Klov without Redis"
        if i and lows[i - 1] in ("stack", "setup", "deployment", "deployments", "mode", "install", "installation",
                                  "option", "profile", "configuration", "architecture", "variant") \
                and not set(self._unit_lows) & (BROKEN_WORDS | FAILURE_WORDS) and not self._blocked(toks, i):
            return self._claim(toks[i], toks, "setup-without", "without")  # "a lightweight stack without Redis"
        if i >= 2 and lows[i - 2] == "with" and lows[i - 1] in ("/", "or", "and") and obj and obj[0].service \
                and len(self._parts) == 1 and len(toks) - i <= 4 and not set(self._unit_lows) & (
                    BROKEN_WORDS | FAILURE_WORDS | NONPROD_WORDS | {"test", "tests", "testing", "ci", "locally"}) \
                and not self._blocked(toks, i):
            return self._claim(toks[i], toks, "title-without", "without")  # "## What Happens With/Without Redis":
            # the two set-ups side by side, going without it one of them
        head = [t for t in toks[:i] if t.low not in ("#", "*", "**", "_")]
        paren_title = i == 0 and clause.kind == "paren" and clause.before is not None and len(self._parts) == 2 \
            and clause.before.toks and any(p.toks and p.toks[0] is clause.before.toks[0] for p in self._parts) \
            and not any(t.service for t in clause.before.toks)
        if paren_title:  # "## Manual Job Triggering (Without Redis)": the title before the parenthesis
            head = [t for t in clause.before.toks if t.low not in ("#", "*", "**", "_")]
            if head and head[-1].low in _SAMPLE_NOUNS:
                return None  # "### Expected Response (without Redis):" over a JSON sample: what it shows
        if 0 < len(head) <= 4 and all(t.kind == "word" and t.low not in NONPROD_WORDS and t.low not in (
                "test", "tests", "testing", "ci", "locally", "local", "unit", "it", "them", "that", "this",
                "build", "building", "builds", "compiling", "prerendering")  # ("Building Without Redis": the build step)
                                      and t.low not in STEP_VERBS and t.low not in COPULAS
                                      and t.low not in _CONSEQUENCE_NOUNS and t.low not in FUNCTIONING_WORDS
                                      and t.low not in WITHOUT_OK and t.low not in MODALS for t in head) \
                and obj[0].service and lows[i - 1] != "even" \
                and all(t.kind == "punct" for t in toks[i + 1 + skip + len(obj):]) \
                and (len(self._parts) == 1 or clause.index == 0 and clause.label_after or paren_title
                     or _after_choice_label(clause, self._parts) or clause.kind == "main" and all(
                        p is clause or p.kind == "paren" and len([t for t in p.toks if t.kind != "punct"]) == 1
                        for p in self._parts)) \
                and not set(self._unit_lows) & (BROKEN_WORDS | FAILURE_WORDS) and not self._blocked(toks, i):
            # "Background Jobs Without Redis", "- **Async processing without Redis** — Solid Queue …",
            # "### Scenario 2: Production without Redis (Caffeine)", "#### Production without Redis
            # (.env.prod.local)" (a name in parentheses after it)
            return self._claim(toks[i], toks, "title-without", "without")
        if any(w in ("verify", "verified", "confirm", "confirmed", "baseline") for w in self._unit_lows):
            return None  # "verify it works identically to without Redis", "runs without Redis (baseline confirmed)"
        either_way = lows[max(0, i - 2):i] == ["with", "or"]  # "designed to work with or without Redis"
        if i and lows[i - 1] == "even" and any(w in ("continues", "continue", "keeps", "keep", "survives")
                                                for w in lows[:i]) or not either_way and any(
                w == "degraded" for w in self._unit_lows):
            return None  # "the app continues working even without Redis", "(degraded mode)": an outage
        if all(t.kind == "punct" or t.low == "without" or t in obj or _step_number(t.low)
               for t in toks) and {w for w in _outside_parens(self._unit_lows) if not _step_number(w)} <= {
                   t.low for t in toks} | {":", "#", "*", "**", "(", ")", "option", "mode", "step", "."}:
            # (also after a step's number: "### 1. Without Redis", "### Step 2: Without Redis")
            if not _PROBLEM_NOTES.isdisjoint(self._unit_lows):
                return None  # "### Without Redis (Cache Loss on Deploy)": the problem the set-up without it has
            return self._claim(toks[i], toks, "without-label", "without")  # "### Without Redis:"
        context = lows[:i] + lows[i + 1 + len(obj):]
        if clause.label_after and len(context) <= 3 and clause.index + 1 < len(self._parts):
            caveat = {t.start for p in self._parts if p.kind == "paren" and _restart_caveat(p.toks) for t in p.toks}
            context = context + [t.low for p in self._parts[clause.index + 1:clause.index + 3] for t in p.toks
                                 if t.start not in caveat]
            # "Without Redis: still works", "Without Redis: no caching, but all core functionality works"
            # (and "**Without Redis:** The app will use in-memory storage (data lost on restart)": what the
            # stand-in keeps and loses, not an outage)
            if set(context) & BROKEN_WORDS or any(
                    (a in NEGATORS or a.endswith("n't") or a == "cannot") and b in FUNCTIONING_WORDS
                    for a, b in itertools.pairwise(context)):
                return None  # "**Without Redis:** App won't start", "… invalidation doesn't work": what breaks
        unit = self._unit_lows
        if "nothing" in context or "neither" in context:
            return None  # "Without Redis: nothing works"
        if not either_way and (any(
                w in ("unavailable", "unreachable", "down", "outage", "fails", "crashes")
                and not (k and unit[k - 1] in ("no", "never", "zero")) for k, w in enumerate(unit)) or any(
                unit[k] == "not" and unit[k + 1] in ("available", "running", "reachable", "responding")
                for k in range(len(unit) - 1))):
            # "If Redis is not available: the backend works without it": a failure mode (but "works
            # with or without Redis - if Redis is unavailable, it carries on" is built to run either way,
            # and "**No crashes**: the server runs without Redis" names none)
            return None
        if any(w in FUNCTIONING_WORDS or w in WITHOUT_OK for w in context) or ("can" in context and any(
                w in ("run", "implement", "deploy", "build", "host", "ship", "operate") for w in context)):
            if any(w in ("unsuitable", "unsafe") or w == "not" and k + 1 < len(lows) and lows[k + 1] in (
                    "suitable", "recommended", "intended", "meant", "safe", "ready", "production-ready")
                   for k, w in enumerate(lows)):
                return None  # "Without Redis …, local memory mode is not suitable for production"
            verb = next((k for k in range(i) if lows[k] in FUNCTIONING_WORDS), None)
            subject = [t for t in self._subject(toks, verb) if t.kind == "word"] if verb else []
            cop = next((k for k, t in enumerate(subject) if t.low in COPULAS or t.low in ("and", "but")), None)
            subject = subject[:cop] if cop is not None else subject
            if subject and subject[-1].low in PART_NOUNS and subject[-1].low not in ("cli", "api", "ui", "app") \
                    and subject[0].low != "your" and not (len(subject) > 1 and all(
                        t.text[:1].isupper() and t.low not in DETERMINERS for t in subject)):
                # ("Your attendance dashboard works without Redis": the reader's app; "TMA Cloud works
                # without Redis": a product's name)
                return None  # "The revocation check works across workers without Redis": one part does
            return self._claim(toks[i], toks, "without", "without")
        if i <= 1 and obj and (set(context) & _STAND_IN_VERBS and set(context) & (ALT_BACKENDS | _STAND_IN_NOUNS)
                               or context[-1:] == ["instead"] or context[-2:-1] == ["instead"]) \
                and not set(context) & (FAILURE_WORDS | BROKEN_WORDS | {"fail", "fails", "error", "errors", "couldn't",
                                                                        "cannot", "can't", "500"}):
            # "Without Redis, Django uses local memory cache and database-backed sessions": what stands in
            return self._claim(toks[i], toks, "without", "without")
        return None

    def _used_only_at_scale(self, toks: list[Tok], i: int) -> Claim | None:
        """"Adapters like Redis are used for horizontal scaling only", "Redis is only used for
        multi-server deployments": the service is put to use only at scale (not "Redis is only
        used for sessions", a role, nor "… used for caching only")."""
        lows = [t.low for t in toks]
        used = next((k for k in range(1, len(toks) - 1) if lows[k] == "used" and lows[k + 1] == "for"), None)
        if used is None or not (i == used - 1 or i > used + 2 and all(t.kind == "punct" for t in toks[i + 1:])) \
                or not _scale_after(toks, used + 1):
            return None
        cop = used - 1 if lows[used - 1] in COPULAS else used - 2 if used >= 2 and i == used - 1 \
            and lows[used - 2] in COPULAS else None
        subject = self._subject(toks, cop) if cop is not None else []
        if not subject or _negation_before(toks, used) is not None or self._blocked(toks, i) or not (
                self._conjuncts_service(subject) or any(t.low in ("like", "e.g") for t in subject)
                and any(t.service for t in subject)):
            return None
        return self._claim(toks[i], toks, "scale-need", " ".join(t.text for t in toks[min(i, used):max(i + 1, used + 2)]))

    def _only(self, clause: _Clause, parts, i: int, implicit) -> Claim | None:
        """"Redis is only needed for the worker"; "Redis listens only on loopback" is fine."""
        toks = clause.toks
        lows = [t.low for t in toks]
        if self._blocked(toks, i) or i and lows[i - 1] in ("the", "our", "its", "their", "your"):
            return None  # ("Redis is the only runtime dependency not backed by PostgreSQL": which one, not a hedge)
        # "### Redis setup (Celery mode only)": the parenthesis limits the service to a mode
        if clause.kind == "paren" and i == len(toks) - 1 and 1 <= i <= 4 and any(
                w in ("mode", "celery", "worker", "workers", "queue", "tasks", "jobs", "feature", "features",
                      "websockets", "channels", "scaling", "multi-instance", "multi-server")
                for w in lows[:i]) and not self._nonprod(toks) and self._paren_on_service(clause):
            return self._claim(toks[i], toks, "paren-only", " ".join(t.text for t in toks[:i + 1]))
        if clause.kind == "paren" and i == 0 and 3 <= len(toks) <= 5 and lows[1] in ("for", "in") \
                and lows[-1] in ("mode", "modes") and not any(w in ("production", "prod", "default", "standard", "normal",
                                                                     "full") for w in lows) \
                and not self._nonprod(toks) and self._paren_on_service(clause):
            # "Enable Redis (only for multi mode)": the service only in that mode, as "(cluster mode only)" is
            return self._claim(toks[i], toks, "paren-only", " ".join(t.text for t in toks))
        # "only if/when/for": a restricting condition on what precedes
        nxt = lows[i + 1] if i + 1 < len(lows) else ""
        scaled = self._used_only_at_scale(toks, i)
        if scaled is not None:
            return scaled
        if i and toks[i - 1].service and nxt in ("helps", "matters", "pays", "shines", "benefits") \
                and lows[i + 2:i + 3] and lows[i + 2] in ("on", "for", "when", "if", "with", "in", "at", "once", "off") \
                and not self._blocked(toks, i) and not self._out_of_scope(toks[i + 1:]) \
                and not set(self._unit_lows) & {"running", "up", "reachable", "healthy", "online", "alive"}:
            # "Redis only helps on busier stores": worth having only there (not "… if it is running")
            return self._claim(toks[i], toks, "only-needed", " ".join(t.text for t in toks[i:i + 2]))
        if nxt == "after" and lows[i + 2:i + 3] in (["you"], ["we"]) and lows[i + 3:i + 4] and lows[i + 3] in (
                "measure", "see", "hit", "need", "notice", "outgrow", "reach", "scale", "grow", "exceed", "observe",
                "prove", "confirm", "have", "switch", "enable", "turn", "point", "configure") and i >= 2 \
                and lows[0] in PROVISION_VERBS and self._provisions_service(toks[:i]) \
                and not set(lows[i:]) & (BROKEN_WORDS | {"installing", "installed", "install", "down", "fails"}):
            # "Add Redis only after you measure real bottlenecks": it waits for a need
            return self._claim(toks[i], toks, "only-after", " ".join(t.text for t in toks[i:i + 3]))
        if i and toks[i - 1].service and nxt in ("if", "when", "once") and not any(
                t.low in COPULAS or t.low in MODALS or t.low in NEED_VERBS or t.low in PROVISION_VERBS
                or t.low in STEP_VERBS for t in toks[:i]) and self._phrase_is_service(
                [t for t in toks[:i] if t.low not in ("-", "*", "**", ";", ",")][-4:]) \
                and not any(t.low in FAILURE_WORDS for t in toks[i:]) and not self._out_of_scope(toks[i + 1:]):
            # "Redis only for async.", "(…; Redis only for the queue drivers that need it)": telegraphic
            return self._claim(toks[i], toks, "only-needed", " ".join(t.text for t in toks[i:i + 2]))
        if i and toks[i - 1].service and nxt in ("becomes", "become") and (any(
                w in ("when", "once", "if", "after", "at") for w in lows[i + 2:]) or clause.index + 1 < len(parts)
                and parts[clause.index + 1].kind == "cond") and not self._blocked(toks, i) and any(
                w in ("necessary", "needed", "required", "prerequisite", "requirement", "answer", "worth", "useful",
                      "relevant", "essential", "mandatory", "dependency", "choice", "option", "sensible")
                for w in lows[i + 2:i + 7]):
            # "Redis only becomes the right answer when several instances share a cache"
            return self._claim(toks[i], toks, "becomes", " ".join(t.text for t in toks[i:i + 2]))
        if i == 0 and clause.label_before and clause.index > 0 and nxt in ("for", "if", "when", "with", "during") \
                and self._phrase_is_service(_label_of(clause, parts).toks[-6:]):
            return self._claim(toks[i], toks, "label-value", " ".join(t.text for t in toks[i:i + 2]))
        if i == 0 and clause.label_before and clause.index > 0 and nxt in ("install", "create", "add", "enable",
                                                                            "deploy", "provision", "run") \
                and (len(toks) > 2 and lows[2] in ("if", "when") or len(toks) == 2 and clause.index + 1 < len(parts)
                     and parts[clause.index + 1].kind == "cond" and not any(
                         t.low in FAILURE_WORDS for t in parts[clause.index + 1].toks)) \
                and self._phrase_is_service(_label_of(clause, parts).toks[-6:]) \
                and not any(t.low in FAILURE_WORDS for t in toks[2:]):
            # "**Redis**: Only create if you need caching": its step is taken under a condition
            return self._claim(toks[i], toks, "label-value", " ".join(t.text for t in toks[i:i + 2]))
        # "You only need Redis when you scale out": the reader needs it only under a condition
        if i and lows[i - 1] in ("you", "we", "you'll", "we'll") and nxt in ("need", "require", "want"):
            obj = self._np_after(toks, i + 2)
            after = lows[i + 2 + len(obj):i + 3 + len(obj)]
            conditioned = after and after[0] in ("when", "if", "once", "for", "after", "until") or not after and (
                clause.index + 1 < len(parts) and parts[clause.index + 1].kind == "cond")
            if obj and obj[0].low != "to" and self._conjuncts_service(obj) and conditioned \
                    and not self._out_of_scope(toks) and _negation_before(toks, i) is None:
                return self._claim(toks[i], toks, "only-needed", " ".join(t.text for t in toks[i:i + 2]))
        prev_need = [w for w in lows[max(0, i - 3):i] if w in NEED_VERBS or w in NECESSITY_ADJ or w == "worth"]
        if prev_need[-1:] == ["worth"] and (lows[i + 1:i + 3] in (["in", "production"], ["in", "prod"]) or not set(
                lows[lows.index("worth", max(0, i - 3)) + 1:i]) & _ADOPTING):
            prev_need = []  # "Redis is worth adding only in these two cases" (not "… worth monitoring only …")
        if prev_need and prev_need[-1] in ("used", "uses", "use") and nxt in ("for", "as", "by", "to", "in", "with"):
            return None  # "Redis is used only for presence leases": its role
        next_need = [w for w in lows[i + 1:i + 3] if w in NEED_VERBS or w in NECESSITY_ADJ or w in MATTER_VERBS] \
            if not nxt.isdigit() else []  # (not "**After**: Redis only (1 dependency)": a count, just Redis)
        if next_need or (prev_need and (nxt in ("for", "if", "when", "by", "in", "with", "on", "during", "where")
                                        or _conditional_prep(lows, i + 1))):
            # subject must be the service: "Redis (is) only needed", "Redis is needed only for"
            first_verb = min([k for k in range(len(lows)) if lows[k] in NEED_VERBS | NECESSITY_ADJ | COPULAS | MODALS | MATTER_VERBS | {"only"}] or [i])
            subject = self._subject(toks, first_verb)
            need_at = next((k for k in range(i + 1, min(i + 3, len(lows)))
                            if lows[k] in NEED_VERBS or lows[k] in NECESSITY_ADJ or lows[k] in MATTER_VERBS), None)
            if need_at is not None and need_at + 1 < len(lows):
                after_need = lows[need_at + 1]
                if after_need in ("on", "at", "once") and not _conditional_prep(lows, need_at + 1) or (
                        lows[need_at] in ("need", "needs", "require", "requires", "uses", "use")
                        and after_need not in ("for", "if", "when", "by", "with", "during", "where", "in")):
                    return None  # "only needed on the web host", "only needs 256 MB": not a condition
            if need_at is not None and lows[need_at + 1:need_at + 2] == ["by"] and any(
                    w in ("inside", "within", "behind") for w in lows[need_at + 2:need_at + 8]):
                return None  # "only required by services inside the Compose network": where, not whether
            if need_at is not None and lows[need_at] in ("used", "uses", "use") and need_at + 1 < len(lows) \
                    and lows[need_at + 1] in ("for", "as", "by", "to", "in", "on", "with", "inside"):
                return None  # "Redis is only used for rate limiting": its role, not a condition
            if need_at is not None and lows[need_at + 1:need_at + 3] in (["in", "production"], ["in", "prod"],
                                                                     ["for", "production"], ["on", "production"]):
                return None  # "Redis only needed in production": required where it matters
            if subject and self._conjuncts_service(subject) and not _versioned(subject):
                after = toks[i + 1:]
                if self._out_of_scope(after) or _negation_before(toks, i) is not None:
                    return None
                return self._claim(toks[i], toks, "only-needed", " ".join(t.text for t in toks[i:i + 2]))
            if not subject and implicit is not None:
                return self._claim(toks[i], toks, "row-subject", " ".join(t.text for t in toks[i:i + 2]))
            if not subject and i <= 1 and self._paren_on_service(clause):
                tail = lows[i + 2:i + 3] if need_at is None else lows[need_at + 1:need_at + 2]
                own = next((k for k in range(i + 1, len(toks)) if toks[k].low in (";", "—", "–")), len(toks))
                if self._out_of_scope(toks[i + 1:own]) or tail and tail[0] not in (
                        "for", "if", "when", "by", "in", "with", "during", "where", "once", "to",
                        "on", "at", "after", "until", "while", "unless"):
                    return None
                    return None
                return self._claim(toks[i], toks, "paren", " ".join(t.text for t in toks[i:i + 2]))
            if not subject and clause.label_before and clause.index > 0 and \
                    self._phrase_is_service(_label_of(clause, parts).toks[-6:]):
                return self._claim(toks[i], toks, "label-value", " ".join(t.text for t in toks[i:i + 2]))
            return None
        # "only the worker needs Redis" / "only Celery uses Redis"
        if i == 0 or lows[i - 1] in (",", "and"):
            rest = lows[i + 1:]
            for k, w in enumerate(rest[:5]):
                if w in ("needs", "need", "uses", "use", "requires", "require", "depends", "relies"):
                    obj = toks[i + 1 + k + 1:]
                    if obj and obj[0].low in ("on", "to"):
                        obj = obj[1:]
                    np = self._np_after(obj, 0)
                    if any(t.low in MANNER_PREPS for t in obj[1:len(np) + 1]):
                        break  # "only the worker uses Redis over TLS": "only" restricts the manner
                    if self._conjuncts_service(np) and not self._is_service(toks[i + 1:i + 1 + k]):
                        return self._claim(toks[i], toks, "only-subject", "only")
                    break
        return None

    def _condition(self, clause: _Clause, parts: list[_Clause], i: int, implicit) -> Claim | None:
        """A condition clause: on the service itself, or on the main clause's provisioning."""
        toks = clause.toks
        lows = [t.low for t in toks]
        lead = lows[i]
        if toks[i].text in ("WHEN", "IF", "WHILE") and any(t.text == "SHALL" for t in self._unit_toks):
            return None  # an EARS requirement, "WHEN the REDIS_URL is set, THE service SHALL …": a spec's trigger
        unit = self._unit_lows
        if "same" in unit and "time" in unit and any(w in ("used", "wins", "precedence", "priority") for w in unit) \
                and " at the same time" in " ".join(unit):
            return None  # "If you configure [redis] and [memcache] at the same time, then redis will be used": which wins
        if lead in ("if", "when", "whenever", "unless") and i + 1 < len(toks):
            switch = self._switch_condition(toks, i)
            if switch is not None:
                return switch
        wants = [w for w in lows[i + 1:] if w not in ("actually", "really", "ever", "truly", ".", "*", "**", "_")]
        pointer = (_Clause(toks[:i]) if i > 0 else self._main_for(clause, parts)) if lead in ("if", "when", "once") \
            and wants in (["you", "want", "it"], ["you", "need", "it"]) else None
        if pointer is not None and pointer.toks and pointer.toks[0].low in ("see", "read", "follow") \
                and any(t.service for t in pointer.toks[1:]) and not self._blocked(toks, i):
            # "See [Add Redis caching](#add-redis-caching) below when you actually want it": the pointer
            # to its setup is for later, when it is wanted
            return self._claim(toks[i], toks, "condition", " ".join(t.text for t in toks[i:]).rstrip(" ."))
        state = [w for w in lows[i + 1:] if w not in ("*", "**", "_", ")", ".", ":")]
        if state and len(state) <= 4 and all(w in FAILURE_WORDS or w in BROKEN_WORDS or w in _STATE_WORDS for w in state) \
                and any(w in FAILURE_WORDS or w in BROKEN_WORDS or w in ("running", "inactive") for w in state):
            return None  # "Start Redis (if stopped)", "(if it is not running)": the state it is in, not whether
        if i > 0 and lows[i - 1] == "even":
            cond_lows = lows[i + 1:i + 5]
            if cond_lows[:1] in (["you"], ["we"]) and any(w in ("don't", "do", "not", "can't", "cannot") for w in cond_lows[1:3]) \
                    and any(w in ("have", "run", "use", "want", "need", "install") for w in cond_lows[2:4]) \
                    and any(t.service for t in toks[i + 3:i + 6]) and not self._blocked(toks, i) \
                    and not any(t.low in BROKEN_WORDS or t.low in FAILURE_WORDS for t in toks[:i]):
                # "This lets you run the site even if you don't have Redis": it runs without it
                end = next(k for k in range(i + 3, i + 6) if toks[k].service)
                return self._claim(toks[i - 1], toks, "without", " ".join(t.text for t in toks[i - 1:end + 1]))
            cop = next((k for k in range(i + 2, min(len(toks), i + 5)) if lows[k] in COPULAS), None)
            state = [w for w in lows[cop + 1:cop + 4] if w not in ("*", "**", "_")] if cop is not None else []
            if cop is not None and state[:1] in (["disabled"], ["off"]) and len(state) == 1 \
                    and self._conjuncts_service(toks[i + 1:cop]) and not self._blocked(toks, i) and not any(
                        t.low in BROKEN_WORDS or t.low in FAILURE_WORDS or t.low in NEGATORS for t in toks[:i]):
                # "The volume is needed … even if Redis is disabled": it can be switched off
                return self._claim(toks[i - 1], toks, "if-service-off", " ".join(t.text for t in toks[i - 1:cop + 2]))
            if state[:1] in (["not"], ["isn't"]) or lows[cop:cop + 1] == ["isn't"] if cop is not None else False:
                state = state[1:] if state[:1] == ["not"] else state
                if state[:1] and state[0] in ("installed", "configured", "set", "enabled", "present", "provisioned",
                                              "deployed", "used") and self._conjuncts_service(toks[i + 1:cop]) \
                        and not self._blocked(toks, i) and any(t.low in FUNCTIONING_WORDS for t in toks[1:i]) and not any(
                        t.low in BROKEN_WORDS or t.low in FAILURE_WORDS or t.low in NEGATORS for t in toks[:i]):
                    # "The app works even if Redis is not installed": it runs without it
                    return self._claim(toks[i - 1], toks, "without", " ".join(t.text for t in toks[i - 1:cop + 3]))
            return None
        before_if = lows[i - 1] if i > 0 else (
            parts[clause.index - 1].toks[-1].low if clause.index > 0 and parts[clause.index - 1].toks else "")
        if i == 0 and clause.index > 0 and parts[clause.index - 1].kind == "main":
            owner = [t.low for t in parts[clause.index - 1].toks]
            if any(c in COPULAS and a == "also" and b == "used" for c, a, b in zip(owner, owner[1:], owner[2:])):
                return None  # "Redis is also used for other data if needed": the extra use is conditional
        if lead in ("if", "whether") and i == 0 and before_if not in INDIRECT_QUESTION_VERBS:
            # (the word right before it in the unit: a parenthesis after the condition is a part of its own
            # that may come between them, "Check if Redis is configured (has connection details)")
            before_if = next((t.low for t in reversed(self._unit_toks) if t.start < toks[i].start), before_if)
        if lead in ("if", "whether") and before_if in INDIRECT_QUESTION_VERBS:
            return None  # "Check if REDIS_URL is set": an indirect question, not a condition
        cond = toks[i + 1:]
        cut = next((k for k, t in enumerate(cond) if t.low in ("else", "otherwise") and k and cond[k - 1].low == ","), None)
        if cut is not None:
            if any(t.service for t in cond[cut:]):
                return None  # "Upstash Redis on Vercel, else a local Redis": which one, not whether
            cond = cond[:cut - 1]  # "(Redis if configured, else in-memory)": the alternative is no part of it
        if self._examples:  # "If you have Redis available (e.g. via Docker)": the example is not the condition
            cond = [t for t in cond if not any(a <= t.start < b for a, b in self._examples)]
        cond_lows = [t.low for t in cond]
        if cond_lows[:1] in (["it"], ["it's"], ["it’s"]) and NEGATORS.isdisjoint(cond_lows[:4]):
            # "The app uses Redis if it is available": the pronoun is the service before it, so
            # the condition reads as the elided "(if available)" does (but "Restart Redis if it's
            # running" stays an earlier step's state, read below)
            skip = 2 if cond_lows[1:2] in (["is"], ["'s"], ["’s"]) else 1 if cond_lows[0] != "it" else 0
            # ("… when it is enabled, otherwise it fails to start": "it" is the worker, switched on)
            if skip and cond_lows[skip:skip + 1] in (["available"], ["present"], ["reachable"]) \
                    and len(cond_lows) <= skip + 2 and not _fails_after(self._unit_lows, 0):
                cond, cond_lows = cond[skip:], cond_lows[skip:]
        if cond_lows in (["not"], ["not", "."]) and lead == "if" and clause.index > 0 and any(
                p.toks and p.toks[0].low == "if" and not any(t.service for t in p.toks) for p in parts[:clause.index]):
            return None  # "Use `rediss://` if SSL is enabled, `redis://` if not": the other branch of that condition
        if clause.lead.startswith("only"):
            lead = "only " + lead
        if i == 0 and clause.index == 0 and lead in ("if", "when", "whenever") and cond_lows in (
                ["enabled"], ["configured"], ["used"], ["activated"], ["turned", "on"], ["present"], ["applicable"]):
            # "When enabled, Redis integrates with the Auth service": the service is there only if so
            main = self._main_for(clause, parts)
            words = [t for t in main.toks if t.kind != "punct" and t.low not in ("*", "**")] if main is not None else []
            if words and words[0].service and _head_is_service(words[:1]) and not self._blocked(toks, i) \
                    and not (len(words) > 1 and (words[1].low in PART_NOUNS or words[1].low in _MANNER_NAMES
                                                 or words[1].low in ("enterprise", "cloud", "stack"))) \
                    and (FAILURE_WORDS | BROKEN_WORDS).isdisjoint(self._unit_lows):
                # (not "Redis Enterprise Support (if applicable)": a product of its own)
                return self._claim(toks[i], toks, "if-service-used", _lead_wording(toks, i))
        to_true = cond_lows[:3] == ["set", "to", "true"]
        set_true = to_true and cond_lows[3:4] in (["the"], ["this"])
        if i == 0 and clause.index == 0 and lead in ("if", "when", "whenever") and (cond_lows in (
                ["configured"], ["configured", "to", "do", "so"], ["so", "configured"], ["set", "up", "to", "do", "so"],
                ["set", "to", "true"]) or set_true):
            # "When configured to do so, Synapse uses a Redis pub/sub channel": it uses Redis only if set up so
            # (also a setting's description: "If set to `true` the module will leverage Redis as a cache",
            # its main clause after the value when no comma ends the condition)
            main = self._main_for(clause, parts) if not set_true else _Clause(cond[3:], "main")
            words = [t for t in main.toks if t.kind != "punct" and t.low not in ("*", "**", "_")] if main is not None else []
            verb = next((k for k, t in enumerate(words[:4]) if t.low in ("uses", "use", "connects", "talks",
                                                                         "leverage", "leverages")), None)
            named = next((k for k in range(verb + 1, min(verb + 4, len(words))) if words[k].service), None) \
                if verb is not None else None
            if named is not None and verb >= 1 and not any(t.service for t in words[:verb]) \
                    and not (to_true and named + 1 < len(words)
                             and (words[named + 1].low in VARIANT_WORDS or words[named + 1].low in PART_NOUNS)) \
                    and not self._blocked(toks, i) and (FAILURE_WORDS | BROKEN_WORDS).isdisjoint(self._unit_lows):
                # (not "If set to true, the worker uses Redis Sentinel": which mode of it)
                return self._claim(toks[i], toks, "if-service-used",
                                   " ".join(t.text for t in toks[i:i + 1 + (3 if set_true else len(cond))]))
        if clause.index > 0 and lead.split()[-1] in ("if", "when", "whenever") and cond_lows in (
                ["not", "configured"], ["not", "set"], ["not", "enabled"], ["not", "provided"], ["unset"],
                ["not", "installed"]) and parts[clause.index - 1].kind == "main":
            # "Redis falls back to memory if not configured", "**Redis**: Fallback automatico su Map
            # in-memory se non configurato": the service, elided in the condition, may be left out
            main = parts[clause.index - 1]
            main_lows = {t.low for t in main.toks}
            words = [t for t in main.toks if t.kind != "punct" and t.low not in ("*", "**", "_")]
            named = bool(words) and words[0].service and _head_is_service(words[:1]) or (
                main.label_before and main.index > 0 and self._phrase_is_service(_label_of(main, parts).toks[-6:]))
            if named and main_lows & (FALLBACK_WORDS | {"in-memory", "memory", "in-process"}) \
                    and not main_lows & (BROKEN_WORDS | FAILURE_WORDS) and not self._blocked(toks, i):
                return self._claim(toks[i], toks, "fallback", " ".join(t.text for t in toks[i:i + 1 + len(cond)]))
        if clause.index > 0 and lead.split()[-1] in ("if", "when", "whenever") and [
                w for w in cond_lows if w not in ("explicitly", "manually", "specifically", "actually")] in (
                ["enabled"], ["configured"], ["activated"], ["turned", "on"], ["switched", "on"]) \
                and parts[clause.index - 1].kind == "main":
            # "Redis only attempts connection when explicitly enabled": the service, on only when switched on
            words = [t for t in parts[clause.index - 1].toks if t.kind != "punct" and t.low not in ("*", "**", "_")]
            if words and words[0].service and _head_is_service(words[:1]) and not self._blocked(toks, i) \
                    and not (len(words) > 1 and (words[1].low in PART_NOUNS or words[1].low in _MANNER_NAMES)) \
                    and (FAILURE_WORDS | BROKEN_WORDS).isdisjoint(self._unit_lows):
                return self._claim(toks[i], toks, "if-service-used", " ".join(t.text for t in toks[i:]).rstrip(" ."))
        if i == 0 and lead in ("if", "when", "whenever") and cond_lows in _UNSET_CONDITIONS:
            after = parts[clause.index + 1] if clause.index + 1 < len(parts) else None  # ("Redis URL; if unset, …")
            main = after if after is not None and after.kind == "main" else self._main_for(clause, parts)
            off = _switched_off(main.toks) if main is not None else None
            if off is not None and self._is_service(main.toks[:off]) and not self._blocked(toks, i):
                # "If unset, Redis is disabled.", "When empty, Redis is not used": off unless someone sets it
                return self._claim(toks[i], toks, "unset-off", " ".join(t.text for t in toks[i:i + 1 + len(cond_lows)]))
        if len(cond_lows) <= 2 and (cond_lows in (["false"], ["disabled"], ["off"], ["0"])
                and any(t.kind == "code" and self._names_switch(t.low) for t in self._unit_toks)
                or cond_lows in (["unset"], ["empty"], ["not", "set"], ["missing"], ["absent"], ["blank"])
                and any(t.kind == "code" and self.names.locates(t.low.strip("` ").split("=")[0]) for t in self._unit_toks)) \
                and set(self._unit_lows) & (FALLBACK_WORDS | {"in-memory", "memory"}) and not self._blocked(toks, i) \
                and not any(a.low == "to" and b.kind == "code" and self.names.locates(b.low.strip("` "))
                            for a, b in itertools.pairwise(self._unit_toks)):
            # "`Redis__Enabled=true` enables the Redis queue (falls back to in-memory if false)" (not
            # "- **Default**: Falls back to `REDIS_URL` if not set": another variable that points at it)
            return self._claim(toks[i], toks, "switch-fallback", " ".join(t.text for t in toks[i:i + 2]))
        if cond and clause.kind == "paren" and 1 <= i <= 3 and all(
                t.low in NECESSITY_ADJ or t.low in ("only", "is", "are") for t in toks[:i]) \
                and any(t.low in NECESSITY_ADJ for t in toks[:i]) \
                and (self._paren_on_service(clause) or self._paren_on_address(clause)) \
                and not any(w in FAILURE_WORDS or w in ("production", "prod", "debug", "debug=false")
                            for w in cond_lows) and not self._blocked(toks, i):
            # "Redis (required only if you run background jobs)": needed under a condition (not
            # "(required when DEBUG is off)", which is production)
            return self._claim(toks[0], toks, "paren-condition", " ".join(t.text for t in toks[:i + 1]))
        if len(cond_lows) in (3, 4) and tuple(cond_lows) in _LISTED_CONDITIONS or cond_lows[:2] == ["any", "of"] and len(cond_lows) <= 5 \
                and any(w in ("these", "the", "following") for w in cond_lows[2:4]) \
                or clause.label_after and tuple(cond_lows) in _LISTED_EXPERIENCES:
            listed, cond = len(cond), []  # "Re-introduce Redis when these scenarios occur:": the conditions are listed after it
        else:
            listed = 1
        if not cond:
            # a lead-in whose conditions are listed after it: "Add Redis when:", "Use Redis only if:"
            main = _Clause(toks[:i]) if i > 0 and lows[:i] != ["only"] else self._main_for(clause, parts)
            if clause.label_after and clause.index == len(parts) - 1 and lead in ("when", "if", "only when", "only if") \
                    and main is not None and main.toks and not self._blocked(main.toks, len(main.toks)) \
                    and not any(t.low in FAILURE_WORDS or t.low in STEP_VERBS and not (
                        t.low in _MOVE_VERBS and main.toks[k + 1:k + 2] and main.toks[k + 1].low == "to")
                                for k, t in enumerate(main.toks)) \
                    and (not any(t.low in ("automatically", "auto") for t in main.toks)  # (what it does by itself)
                         and self._provisions_service([t for t in main.toks if t.low not in ("✅", "✔", "✔️", "☑", "👉")])
                         or _switched_state(main.toks)):
                # ("### ✅ Use Redis if:")
                return self._claim(toks[i], toks, "condition-list", " ".join(t.text for t in toks[i:i + 1 + listed]))
            return None
        if lead in ("when", "whether") and i <= 1 and cond_lows[:1] == ["to"] and cond_lows[1:2] and cond_lows[1] in (
                "enable", "add", "install", "introduce", "adopt", "deploy", "consider", "switch", "choose") \
                and self._conjuncts_service(self._np_after(cond, 2)) and not self._blocked(toks, i):
            answer = [t.low for t in self._unit_toks if t.start >= toks[-1].end]
            if clause.label_after and any(w in ("production", "prod") for w in answer[:12]) \
                    and not self._nonprod(self._unit_toks):
                return None  # "**When to Add Redis**: When you're ready to deploy to production …": then it is needed
            return self._claim(toks[i], toks, "when-to", " ".join(t.text for t in toks[i:i + 3]))  # "When to enable Redis"
        prior_toks = clause.before.toks if clause.kind == "paren" and clause.before is not None else toks[:i]
        if cond_lows in (["you", "want"], ["you", "like"], ["you", "prefer"], ["you", "wish"], ["desired"],
                         ["preferred"]) and _placed(prior_toks or (parts[clause.index - 1].toks if clause.index else [])):
            return None  # "You can also use Redis on a single host if you want": where to run it
        if cond_lows[:1] == ["you"] and cond_lows[1:2] and cond_lows[1] in ("choose", "keep", "use", "accept", "pick") \
                and any(w == "default" and cond_lows[k + 1:k + 2] and cond_lows[k + 1] in _DEFAULT_SETUPS
                        for k, w in enumerate(cond_lows)):
            return None  # "Redis is installed along with the chart if you choose the default setup": the default has it
        if cond_lows[:2] in _WISHES and len(cond_lows) <= 3 and _writer_offers(self._main_for(clause, parts)):
            return None  # "If you want, I can add a unit file to provision Redis": the writer's offer
        upto_comma = cond_lows[:cond_lows.index(",")] if "," in cond_lows else cond_lows
        if upto_comma in (["you", "use", "it"], ["you", "need", "it"], ["you're", "using", "it"],
                         ["you", "are", "using", "it"], ["using", "it"], ["you", "run", "it"], ["you", "want", "it"],
                         ["you", "installed", "it"], ["you", "install", "it"], ["you", "enabled", "it"],
                         ["you", "want", "to", "use", "it"], ["you", "wish", "to", "use", "it"],
                         ["you", "plan", "to", "use", "it"], ["you'd", "like", "to", "use", "it"]) \
                and prior_toks and prior_toks[-1].service and not self._blocked(toks, i):
            return self._claim(toks[i], toks, "if-you-use-it", " ".join(  # "… Redis (if you use it)"
                t.text for t in toks[i:i + 1 + len(upto_comma)]))
        added_to = len(cond_lows) > 3 and cond_lows[0] == "you" and cond_lows[1] in ("add", "added", "attach", "attached") \
            and any(t.service for t in cond[2:4]) and "to" in cond_lows[3:6] or len(cond_lows) > 2 and cond_lows[
                :2] in (["you", "enable"], ["you", "activate"]) and cond[2].service
        # ("If you add Redis service to Railway:", "If you enable Redis on Render": whether to run it, there;
        # "If your hosting provider doesn't offer Redis, …": whether it is there at all)
        added_to = added_to or cond_lows[:1] == ["your"] and any(
            w in ("not", "never") or w.endswith("n't") for w in cond_lows[1:5])
        if any(a in _RUNNING_HOSTS and b in ("running", "hosting", "with") and any(t.service for t in cond[j + 2:j + 4])
               for j, (a, b) in enumerate(zip(cond_lows, cond_lows[1:]))):
            # "if you have a single server machine running Redis Server", "If you have just one
            # server running `redis-server`, enter its address": the condition has Redis running;
            # it is about the machines (not "Redis is only needed if you have several servers")
            return None
        if "else" in cond_lows or set(cond_lows) & MANNER_CONDITION_WORDS and not added_to and not (
                _scale_phrase(cond_lows) and not any(t.service or t.low in ("it", "them") for t in cond)) \
                or set(cond_lows[:3]) & {
                "hit", "miss", "hits", "misses", "expired", "stale"} or any(  # ("→ Redis → if cache hit: …")
                a in ("same", "separate", "different", "another") and (b in (
                    "host", "machine", "server", "box", "node", "vm", "network", "path", "directory", "datacenter",
                    "region") or c in ("server", "instance", "host", "path", "directory"))
                for a, b, c in zip(cond_lows, cond_lows[1:], cond_lows[2:] + [""])) or any(
                a in ("custom", "non-default", "nondefault", "non-standard", "nonstandard") and b in (
                    "configuration", "config", "settings", "setting", "port", "host", "password", "url", "address",
                    "setup", "values", "value", "location", "path")
                for a, b in zip(cond_lows, cond_lows[1:])):
            # (but "when you need the proxy to load balance across multiple containers" is a scale)
            # "if you don't need Redis for anything else", "(if using Docker)": a manner; "Set
            # `REDIS_URL` if you use a non-default port", "… if using custom configuration": where it is
            return None
        if cond_lows[:1] == ["not"] and cond_lows[1:2] and cond_lows[1] in (
                "needed", "used", "using", "required", "wanted"):
            owner = _Clause(toks[:i]) if i > 0 else self._main_for(clause, parts)
            mtoks = owner.toks if owner is not None else []
            if any(t.low in ("comment", "remove", "disable", "skip", "omit", "drop", "delete", "leave")
                   for t in mtoks[:3]) and any(t.service for t in mtoks) and not self._blocked(toks, i):
                # "Comment out Redis in app.module.ts if not needed": removing it is an option
                return self._claim(toks[i], toks, "condition", " ".join(t.text for t in toks[i:i + 3]))
        if cond_lows[:2] in (["you", "started"], ["you", "installed"], ["you", "created"], ["you", "enabled"],
                             ["you", "used"], ["you", "added"], ["you", "set"],
                             ["you", "ran"], ["you've", "started"], ["you've", "installed"]) \
                and not (cond_lows[1] == "set" and _scale_phrase(cond_lows)) \
                and not ((lead.startswith("only") or i and lows[i - 1] in _ONLY_WORDS or cond_lows[1] == "added" and (
                    clause.kind == "paren" or clause.label_after)) and any(t.service for t in cond[2:4])):
                # (but "(only if you added Redis)", "(if you added Redis service)", "If you added Redis:")
            return None  # "stop Redis if you started it": about an earlier step (not "only if you added Redis")
        if cond_lows[:1] in (["it's"], ["it"], ["it’s"]):
            pronoun = [w for w in cond_lows[:5] if w not in ("'s", "’s", "is", "it's", "it’s", "isn't", "isn’t", "not")]
            if pronoun[1:2] in (["running"], ["installed"], ["started"], ["up"], ["present"], ["available"]) \
                    and len(pronoun) == 2:
                return None  # "# Start Redis if it's not running": idempotence
        if cond_lows[:1] == ["you"] and (
                cond_lows[1:3] in (["don't", "have"], ["dont", "have"], ["didn't", "run"], ["didn’t", "run"],
                                   ["don’t", "have"], ["haven't", "run"], ["haven’t", "run"])
                or cond_lows[1:4] in (["do", "not", "have"], ["did", "not", "run"], ["have", "not", "run"])):
            verb_at = 3 if cond_lows[2] == "not" else 2
            main = _Clause(toks[:i]) if i > 0 else self._main_for(clause, parts)
            provides = main is None or any(t.low in PROVISION_VERBS and t.low not in _CHOOSE_VERBS for t in main.toks) \
                or bool({t.low for t in main.toks} & (BROKEN_WORDS | FAILURE_WORDS)) or any(t.service for t in main.toks)
            # (also "…, the worker fails", "…, use `docker run redis`": what to do about it)
            if cond_lows[verb_at] == "run" or cond_lows[verb_at + 1:verb_at + 2] in (["it"], ["one"], ["them"]) or any(
                    t.service for t in cond[verb_at + 1:verb_at + 4]) and provides:
                # "Install redis-server if you don't have it", "… if you didn't run setup.py" (an
                # earlier step that installs it): idempotence, not whether (but "If you don't have
                # Redis, use the database queue": the way without it, read below)
                return None
        states = [w for w in cond_lows[:4] if w not in ("automatically", "yet", "currently")]
        if "already" in cond_lows or "yet" in cond_lows[:4] or states[:2] in (
                ["not", "installed"], ["not", "running"], ["not", "present"], ["not", "started"],
                ["not", "available"], ["missing"], ["absent"]) or cond_lows[:1] in (["missing"], ["absent"]):
            return None  # "install Redis if you haven't already", "start Redis (if not running)": idempotence
        instead = next((k for k in range(1, len(cond_lows) - 2) if cond_lows[k:k + 2] == ["instead", "of"]
                        and cond[k + 2].service), None)
        if instead is not None and cond_lows[0] in ("you", "you'd", "you're", "we") \
                and _wants_stand_in(cond_lows[:instead]) and not self._blocked(toks, i) \
                and not _versioned(cond[instead + 2:instead + 5]):
            # "If you want to use MongoDB instead of Redis, …": another backend may stand in
            return self._claim(toks[i], toks, "instead-condition", " ".join(t.text for t in toks[i:i + instead + 4]))
        if any(w == "otherwise" and k and cond_lows[k - 1] not in (",", ";", "—", "–")
               for k, w in enumerate(cond_lows[:3])):
            return None  # "unless stated otherwise": boilerplate, not a condition (but "Redis if configured, otherwise …" is one)
        if lead in ("once", "where", "provided", "providing") and not (cond_lows[:1] == ["needed"] or cond_lows[:1] == ["required"]) \
                and not (lead == "once" and cond_lows[:1] in (["you"], ["we"]) and cond_lows[1:2] and cond_lows[1] in (
                    "run", "have", "scale", "add", "use", "need", "enable", "want", "outgrow", "grow", "move", "start",
                    "see", "hit", "reach", "exceed", "notice", "get")) \
                and not (lead == "once" and cond[0].service and "_" in cond[0].low and _takes_it_up(self._unit_lows)) \
                and not (lead == "once" and not _GROWTH_VERBS.isdisjoint(cond_lows[1:5]) and not any(t.service for t in cond)):
            return None  # ("once you run two web servers" is a condition; "once installed" is a time)
            # ("once job volume grows", "once the site outgrows one server": a load to come, a condition)
            # ("Switches to Redis once `REDIS_URL` is set": the variable, see _variable_condition)
        if cond_lows[0] in ("needed", "required", "necessary", "desired", "wanted", "applicable",
                            "appropriate", "relevant", "available", "possible", "enabled",
                            "configured", "present", "supported", "used", "any") or cond_lows[:2] in (["you", "need"], ["you", "want"]) and len(cond_lows) <= 3 \
                and not any(t.service for t in cond):
            elliptic = True
        else:
            elliptic = False
        if elliptic and cond_lows == ["applicable"] and clause.kind == "paren" and clause.before is not None \
                and len(clause.before.toks) >= 2 and clause.before.toks[-1].low in (
                    "configuration", "config", "setup", "settings", "section", "installation", "install") \
                and clause.before.toks[-2].service and not self._blocked(toks, i):
            # "# Redis Configuration (if applicable)": its set-up applies only where Redis is used
            return self._claim(toks[i], toks, "if-service-used", _lead_wording(toks, i))
        if elliptic and cond_lows[1:3] in (["like", "so"], ["like", "this"], ["as", "above"], ["as", "shown"],
                                           ["this", "way"], ["as", "described"]):
            return None  # "When configured like so, Redis will also be used as the session store": the set-up shown
        if elliptic and clause.kind == "paren" and clause.before is not None and clause.before.toks \
                and clause.before.toks[-1].low in ("manually", "yourself", "by"):
            return None  # "**Add Redis URL manually (if needed):**": doing it by hand, where the platform did not
        if i == 0 and lead in ("when", "only when") and clause.index == len(parts) - 1 and 3 <= len(cond) <= 5 \
                and clause.label_after and cond_lows[-1] in _CRITICAL_ADJ \
                and cond_lows[-2] in ("is", "becomes", "gets") and self._is_service(cond[:-2]) \
                and not self._blocked(toks, i):
            # "### When Redis is CRITICAL:", "When Redis is required:" over the cases: only in those
            return self._claim(toks[i], toks, "condition", " ".join(t.text for t in toks[:len(cond) + 1]))
        if any(t.service for t in cond) and not elliptic:
            return self._service_condition(clause, parts, toks, i, lead)
        if clause.kind == "paren" and cond_lows and cond_lows[0] in FEATURE_PARTS and i <= 1:
            return None  # "# Redis (if persistence needed beyond RDB)": the condition is on a feature of it
        before = clause.before if clause.kind == "paren" else (
            _Clause(toks[:i]) if i > 0 and lows[i - 1] != "only" else
            parts[clause.index - 1] if clause.index > 0 and i <= 1 else None)
        if before is not None and len(before.toks) > 1 and before.toks[-1].low in _MANNER_ADVERBS:
            before = _Clause(before.toks[:-1])  # "uses Redis automatically when available": how, then when
        if i <= 1 and lead in ("if", "when", "only if", "only when") \
                and cond_lows[0] in ("using", "used", "configured", "enabled", "installed",
                                     "present", "available", "deployed", "provisioned", "set",
                                     "in") and len([w for w in itertools.takewhile(lambda w: w not in ("so", "because"), cond_lows)
                                    if w not in ("any", "the", "a", "an", "/")]) <= 3 \
                and (cond_lows[0] != "in" or cond_lows[1:2] == ["use"]) \
                and not (cond_lows[0] == "deployed" and lead in ("when", "only when")) \
                and before is not None and before.toks \
                and not (len(before.toks) > 1 and before.toks[-1].service and _variant(before.toks[-2].low)) \
                and (before.toks[-1].service or len(before.toks) > 1 and before.toks[-2].service and before.toks[-1].low in (
                    "cache", "server", "instance", "container", "connection", "service", "broker", "queue",
                    "connectivity", "health", "url", "uri", "store", "backend", "adapter",
                    "installed", "running", "started", "ready", "up")
                    or len(before.toks) > 2 and before.toks[-1].low in _CHECK_STATES and before.toks[-3].service
                    and before.toks[-2].low in _SERVICE_HEADS) \
                and not self._blocked(toks, i) \
                and not any(t.low in ("needs", "need", "requires", "require", "depends", "relies")
                            for t in before.toks) \
                and not any(t.low in ("secure", "tls", "ssl", "encrypted", "encryption") for t in before.toks) \
                and not ((set(cond_lows) & PROVIDER_WORDS or toks[-1].text.isupper() and 2 <= len(toks[-1].text) <= 4)
                         and any(t.low in PROVIDER_WORDS for t in before.toks)) \
                and not (cond_lows[0] in ("available", "installed", "present", "running", "enabled") and any(
                    t.low in _START_VERBS or t.low in _STOP_VERBS for t in before.toks[:-1])):
                # ("Disable the distro Postgres + Redis (if present)": stop it where it is installed)
                # ("starts Redis if available": brings it up where it is installed, like "if not running";
                # "it needs Redis when enabled": "it" is; "Use secure connection (`rediss://`) when available": TLS is;
                # "**Azure Cache for Redis** (if using Azure)", "**DigitalOcean Redis** (if using DO)": which
                # provider, on that cloud)
            # "Redis (if configured)", "a backup of Redis (if using)": the elided subject of
            # the condition is the service right before the parenthesis
            at = i - 1 if i > 0 and lows[i - 1] == "only" else i
            return self._claim(toks[at], toks, "paren-condition", " ".join(t.text for t in toks[at:i + 2]))
        if clause.kind == "paren" and 2 <= i <= 5 and lows[i - 1] == "," and lead in ("if", "when") \
                and cond_lows in (["configured"], ["used"], ["enabled"], ["needed"], ["required"], ["installed"]) \
                and not any(t.service for t in toks[:i]) and self._paren_on_service(clause) and not self._blocked(toks, i):
            # "- Redis (port 6379, if configured)": a detail of it, then the condition on it
            return self._claim(toks[i], toks, "paren-condition", " ".join(t.text for t in toks[i:i + 2]))
        if clause.kind == "paren" and i == 0 and lead in ("if", "when") and cond_lows[:3] in (
                ["configured", "to", "use"], ["set", "to", "use"], ["configured", "for"]) \
                and any(t.service for t in cond[2:5]) and before is not None and any(t.service for t in before.toks) \
                and not self._blocked(toks, i):
            # "This will start both the service and a Redis instance (if configured to use Redis)": the
            # app's setting decides whether it runs
            return self._claim(toks[i], toks, "paren-condition", " ".join(t.text for t in toks[i:i + 2]))
        if clause.kind == "paren" and i == 0 and lead == "if" and cond_lows in (["used"], ["using"], ["in", "use"]) \
                and before is not None and 0 < len([t for t in before.toks if t.service]) == 1 \
                and len([t for t in before.toks if t.kind == "word"]) <= 5 and not self._blocked(toks, i):
            # "Monitor Redis memory (if used)": the only name before it is what may be unused
            return self._claim(toks[i], toks, "paren-condition", " ".join(t.text for t in toks[i:i + 2]))
        prior = toks[:i] if i >= 2 else (parts[clause.index - 1].toks if i == 0 and clause.index > 0
                                          and clause.kind == "cond" else [])
        if lead in ("if", "when") and cond_lows in (["needed"], ["required"], ["desired"], ["wanted"]) \
                and clause.kind == "paren" and clause.before is not None and any(
                    t.low in ("backup", "backups", "strategy", "snapshot", "snapshots", "monitoring")
                    for t in clause.before.toks[-4:]):
            return None  # "Configure backup strategy (database, Redis if needed)": what is backed up
        if lead in ("if", "when") and cond_lows in (["needed"], ["required"], ["desired"], ["wanted"]) \
                and len(prior) >= 2 and prior[-1].service and (prior[-2].low in (";", ",", ":") and i >= 2 or prior[-2].low in (
                    "via", "with", "using", "through") and not self._blocked(prior, len(prior) - 1)) \
                and not _versioned(prior[-1:]) and not any(
                    t.low in ("override", "overwrite", "customize", "customise", "change") for t in prior[:2]):
            # (not "Override with `REDIS_URL` if needed": which address, not whether)
            # "(file cache; Redis if needed)", "can be distributed via Redis if needed"
            return self._claim(toks[i], toks, "paren-condition", " ".join(t.text for t in toks[i:i + 2]))
        if lead in ("if", "when") and cond_lows in (["configured"], ["enabled"], ["used"]) and prior:
            # "Everything works (DB + Redis if configured)", "Postgres reachable, Redis reachable if
            # enabled, migrations current", "- [ ] Redis connection working (if configured)": an item
            # of a list of checks or parts whose elided condition is on the service
            item = prior[:]
            if item and item[-1].low in _CHECK_STATES:
                item = item[:-1]
            if len(item) >= 2 and item[-1].low in _SERVICE_HEADS and item[-2].service:
                item = item[:-1]
            k = len(item) - 1
            if item and item[-1].service and not _versioned(item[-1:]) and (
                    k == 0 or item[k - 1].low in ("+", "&", ",", ";", ":", "and", "(")
                    or k <= 3 and all(t.kind == "punct" or t.low in ("-", "[", "]", "x", "✅", "☐") for t in item[:k])) \
                    and not self._blocked(toks, i):
                return self._claim(toks[i], toks, "paren-condition", " ".join(t.text for t in toks[i:i + 2]))
        if i <= 1 and lead in ("if", "when", "only if", "only when") and cond_lows in (
                ["needed"], ["required"], ["necessary"], ["desired"], ["wanted"]) \
                and before is not None and before.toks and before.toks[-1].service \
                and not _versioned(before.toks, providers=False) and not self._blocked(toks, i) \
                and len([t for t in before.toks if t.kind == "word"]) <= 4 \
                and not any(t.kind == "word" and not t.service and t.low.endswith("s") and not t.low.endswith("ss")
                            for t in before.toks[:1] if t.kind == "word") \
                and not any(t.low in ("override", "overwrite", "point", "set", "replace", "optionally")
                            for t in before.toks) \
                and not any(t.low in PROVISION_VERBS or t.low in STEP_VERBS or t.low in MODALS
                            or t.low in COPULAS or t.low in _OPERATIONS and not (
                                t.low in _MOVE_VERBS and before.toks[k + 1:k + 2] and before.toks[k + 1].low == "to")
                            for k, t in enumerate(before.toks)):  # ("## Upgrading to Redis (When Needed)": a move to it)
            # a noun phrase, not a step: "Shared state via Redis (if needed)", "Redis (if needed)"
            at = i - 1 if i > 0 and lows[i - 1] == "only" else i
            return self._claim(toks[at], toks, "paren-condition", " ".join(t.text for t in toks[at:i + 2]))
        if lead in ("when", "whenever") and not (clause.kind == "paren" or elliptic or "only" in lows[:i + 1] or clause.lead.startswith("only")):
            # "when you enable caching, install Redis" reads as a condition; "when Redis restarts"
            # is time, handled above; without a want/need/enable verb "when" is just time (a need
            # seen is one: "Add Redis when you actually feel the pain of slow queries")
            if not any(w in ("need", "needs", "want", "wants", "enable", "enabled", "use", "using",
                             "turn", "opt", "choose", "plan", "require", "requires", "reach", "outgrow",
                             "grow", "scale", "expect", "hit", "ready", "possible", "convenient",
                             "warranted", "warrants", "grows", "needed", "required", "scaling",
                             "scales", "traffic", "load", "volume", "demands", "justified",
                             "justifies") for w in cond_lows[:4]) \
                    and not (any(w in _PERCEIVE_VERBS for w in cond_lows[:4]) and not _SYMPTOM_WORDS.isdisjoint(cond_lows)) \
                    and not (any(w in ("more", "over", ">", "exceeds", "exceed", "beyond") for w in cond_lows[:4])
                             and any(w[:1].isdigit() for w in cond_lows[:7])) \
                    and not (set(cond_lows) & {"enabled", "selected", "turned", "configured", "multiple",
                                               "replicas", "instances"} and not set(cond_lows) & {
                                                   "production", "prod", "deployed", "running", "live"}) \
                    and not (set(cond_lows) & {"multiple", "several", "many"} and set(cond_lows) & {
                        "replicas", "instances", "servers", "workers", "nodes", "pods", "processes"}) \
                    and cond_lows[:2] != ["you", "can"] and not _scale_phrase(cond_lows) \
                    and not any(t.kind == "code" and "=" in t.text for t in cond[:3]) \
                    and not (cond_lows[1:2] in (["have"], ["run"]) and cond_lows[2:3] in (
                        ["more"], ["many"], ["several"], ["multiple"], ["lots"], ["over"])) \
                    and not (cond_lows[1:2] in (["have"], ["get"], ["serve"]) and cond_lows[2:3]
                             and cond_lows[2][:1].isdigit() and not _LOAD_NOUNS.isdisjoint(cond_lows[3:6])):
                # ("when you have 30+ users", "when you serve 10k requests a day": a load to come)
                return None  # ("when `CELERY_ENABLED=1`": a configuration condition, kept)
            ready = cond_lows.index("ready") if "ready" in cond_lows[:3] else None
            if ready is not None and cond_lows[ready + 1:ready + 2] == ["to"] and cond_lows[ready + 2:ready + 3] \
                    and (cond_lows[ready + 2] in _GO_LIVE_VERBS or cond_lows[ready + 2:ready + 4] == ["go", "live"]):
                return None  # "When you're ready to deploy, make sure Redis is running": the time of the deploy
        # the main clause: the words before the cue in this clause ("plus Redis if …"), the
        # clause a parenthesis follows, else the clause before or after
        main = _Clause(toks[:i]) if i > 0 and not (i == 1 and lows[0] == "only") else self._main_for(clause, parts)
        if main is None:
            if implicit is not None:
                return self._claim(toks[i], toks, "row-subject", " ".join(t.text for t in toks[i:i + 2]))
            return None
        if lead == "unless" and main.toks and not self._blocked(toks, i):
            mlows = [t.low for t in main.toks]
            neg = _negation_before(main.toks, len(main.toks))
            avoid = next((k for k, w in enumerate(mlows) if w in ("avoid", "avoiding", "avoids", "skip", "skipping")), None)
            verb = next((k for k, w in enumerate(mlows) if w in PROVISION_VERBS), None)
            after_avoid = [t.low for t in main.toks[avoid + 1:avoid + 4]] if avoid is not None else []
            if avoid is not None and "as" in after_avoid:
                return None  # "Avoid Redis as your only database … unless …": a role, not the service
            if (neg is not None and verb is not None and neg < verb or avoid is not None) and self._conjuncts_service(
                    self._np_after(main.toks, (verb if avoid is None else avoid) + 1)):
                # "Do not add Redis unless those features ship", "avoiding Redis unless a need appears"
                return self._claim(toks[i], toks, "unless", " ".join(t.text for t in toks[i:i + 5] if t.kind != "punct"))
            if neg is not None and verb is not None and neg < verb and neg > 0 and mlows[neg - 1] in COPULAS | {"will", "'ll"} \
                    and self._conjuncts_service(self._subject(main.toks, neg - 1)) \
                    and not set(mlows) & (FAILURE_WORDS | BROKEN_WORDS):
                # "Redis is not used unless a later ADR shows a need": it is left out by default
                return self._claim(toks[i], toks, "unless", " ".join(t.text for t in toks[i:i + 5] if t.kind != "punct"))
            off = next((k for k, w in enumerate(mlows) if w in ("off", "disabled")), None)
            if off is not None and neg is None and mlows[off + 1:off + 2] in ([], [","]) \
                    and not set(mlows) & (FAILURE_WORDS | BROKEN_WORDS) and (
                    off > 1 and mlows[off - 1] in COPULAS | {"stays", "remains"}
                    and self._conjuncts_service(self._subject(main.toks, off - 1))
                    or off > 1 and main.toks[off - 1].service and mlows[off - 2] in ("leaves", "leave", "keeps", "keep")):
                # "Redis is off unless you enable it", "The installer leaves Redis off unless you
                # select it": left out by default (not "Redis persistence is off unless …", a part,
                # nor "keeps Redis off the public network unless …")
                return self._claim(toks[i], toks, "unless", " ".join(t.text for t in toks[i:i + 5] if t.kind != "punct"))
        comma = next((k for k in range(len(main.toks) - 2, 0, -1) if main.toks[k].low == ","), None) \
            if clause.kind == "cond" and main.index == clause.index - 1 else None
        if comma is not None and main.toks[comma + 1].low in PROVISION_VERBS:
            # "Start with PostgreSQL, add Redis when needed": the step right before the condition
            main = _Clause(main.toks[comma + 1:])
        words = [t for t in main.toks if t.kind == "word" and t.low not in ("local", "the", "a", "your")] \
            if main is not None else []
        if cond_lows in (["needed"], ["required"], ["necessary"]) and len(words) >= 2 and words[0].low in (
                "start", "restart", "launch", "boot", "run") and words[1].service:
            return None  # "Start local Redis (if needed)": start it if it is not running yet
        if words and words[0].low in ("override", "overwrite", "customize", "customise", "change", "adjust", "tune") \
                or any(t.low in ("default", "defaults") for t in words[:4]) or any(t.low == "automatically" for t in words):
            # (also "… hubot-redis-brain will automatically use the boxen-managed redis": what it does)
            return None  # "Override with `REDIS_URL` if needed", "… the default redis URL will be used": which address
        if elliptic and clause.kind == "paren" and clause.before is not None and clause.before.toks \
                and not any(t.service for t in toks[:i]) and not clause.before.toks[-1].service \
                and not self._phrase_is_service(_last_phrase(clause.before.toks)) \
                and clause.before.toks[-1].kind == "word" and clause.before.toks[-1].low.endswith("s") \
                and clause.before.toks[-1].low not in PROVISION_VERBS:
            return None  # "… and Redis for rate-limiter state and sessions (if used)": the sessions may be unused
        comma = max((k for k, t in enumerate(main.toks) if t.low == ","), default=-1)
        tail = main.toks[comma + 1:] if comma > 0 else []  # "Start with local memory, upgrade to Redis when needed"
        mlows = [t.low for t in main.toks]
        if clause.kind == "cond" and _scale_phrase(cond_lows) and self._must_set_up(main.toks) and not self._blocked(toks, i):
            # "If you run more than one web server, you must configure Redis": only at that scale
            shown = list(itertools.takewhile(lambda t: t.low not in (",", ";", ":", ")", "—", "–"), toks[i + 1:i + 5]))
            return self._claim(toks[i], toks, "condition", " ".join(
                t.text for t in [toks[i], *shown] if t.kind != "punct" or t.low in (">", "≥", ">=")))
        if self._provisions_service(main.toks) or (
                tail and (tail[0].low in PROVISION_VERBS or tail[0].low in ("upgrade", "switch", "move", "migrate"))
                and self._provisions_service(tail)) or (
                clause.kind == "paren" and i == 1 and lows[0] == "only" and self._paren_on_service(clause)) or (
                clause.kind == "cond" and main.toks and main.toks[-1].service
                and not any(t.low in STEP_VERBS for t in main.toks)
                and self._provisions_service(_last_phrase(main.toks))):
            if self._blocked(toks, i) and not elliptic:
                return None
            if any(w in ("must", "always") for w in (t.low for t in main.toks)):
                return None
            if set(cond_lows) & _SUCCESS_WORDS and not any(t.service for t in cond):
                return None  # "If the build succeeded, then run the Redis server:": the next step, in order
            joined = max((k for k, t in enumerate(main.toks) if t.low == "and"), default=-1)
            if joined > 0 and any(t.service for t in main.toks[:joined]) and not any(
                    t.service for t in main.toks[joined + 1:]) and main.toks[joined + 1:joined + 2] \
                    and main.toks[joined + 1].low in _LAST_STEP_VERBS:
                return None  # "Redis can be installed with `apt` and modifying the address in `config.py` if
                # necessary": the condition is on the last step, the address
            last = max((k for k, t in enumerate(main.toks) if t.service), default=len(main.toks))
            if elliptic and any(t.low in OPTIONAL_WORDS and k + 1 < len(main.toks) and main.toks[k + 1].kind == "word"
                                and not main.toks[k + 1].service for k, t in enumerate(main.toks[last + 1:], last + 1)):
                return None  # "we use Redis, augmented by an optional persistent store if needed": that store
            if cond_lows in (["not"], ["not", "running"], ["not", "started"]) and [
                    t.low for t in main.toks if t.kind == "word"][:1] in (["start"], ["restart"], ["launch"], ["run"]):
                return None  # "# If not, start Redis" after a ping: start it when it is not running yet
            if cond_lows in _UNSET_CONDITIONS and any(
                    t.low in ("localhost", "127.0.0.1", "default", "defaults", "local") or "://" in t.low
                    or ":6379" in t.low for t in main.toks):
                return None  # "If unset, Redis is used on localhost": the variable's default, not whether
            if any(t.service and k and main.toks[k - 1].low in _COUNT_WORDS for k, t in enumerate(main.toks)):
                return None  # "Scale to multiple Redis instances if needed": how many, not whether
            if any(t.service and k and main.toks[k - 1].low in PROVIDER_WORDS for k, t in enumerate(main.toks)) and any(
                    t.low in PROVIDER_WORDS or a.low in ("on", "to", "using") and t.text[:1].isupper()
                    for a, t in itertools.pairwise(cond)):
                return None  # "Use Upstash Redis if you deploy on Vercel": which provider, for that platform
                # (also "- **DigitalOcean Redis** (if using DO)")
            if any(t.low in ("secure", "tls", "ssl", "encrypted", "encryption") for t in main.toks):
                return None  # "Use secure connection (`rediss://`) when available": the condition is on TLS
            if cond_lows[:2] in _WISHES and any(t.service and k and main.toks[k - 1].low in (
                    "local", "self-hosted", "managed", "hosted", "cloud", "docker", "native", "dockerized")
                                                for k, t in enumerate(main.toks)):
                return None  # "**Alternative:** - Local Redis if you prefer": which copy of it
            if main.toks and main.toks[-1].kind == "code" and "://" in main.toks[-1].low and len(main.toks) >= 2 \
                    and main.toks[-2].low == "or":
                return None  # "set `REDIS_URL=redis://redis:6379` or `redis://host.docker.internal:6379` if the
                # backend runs on the host": which address
            if set(cond_lows) & (_TROUBLE_WORDS | FAILURE_WORDS) and cond_lows[0] not in ("you", "we", "you're", "we're") \
                    and not (i and lows[i - 1] == "only" and any(t.low in _ADOPT_VERBS for t in main.toks)
                             or not any(t.service for t in cond)
                             and (any(t.low in ("add", "adopt", "introduce") for t in main.toks[:3])
                                  or "slow" in cond_lows and any(t.low in ("enable", "use") for t in main.toks[:3]))):
                # "Start Redis if the health check fails", "Redis (if down, …)": troubleshooting; but
                # "Migrate to Redis only if monitoring reveals a bottleneck", "Add Redis if queries are
                # slow", "If the database is slow, enable Redis": taken up only for that (a condition on
                # something else than the service)
                return None
            mfirst = [t.low for t in main.toks if t.kind != "punct" and t.low not in ("then", "please", "just")][:2]
            if set(cond_lows) & (_TROUBLE_WORDS | FAILURE_WORDS) and mfirst and (
                    mfirst[0] in ("ensure", "check", "verify", "confirm", "restart") or mfirst == ["make", "sure"]):
                return None  # "If you encounter errors, ensure Redis is running": what to check, troubleshooting
            if mfirst[:1] in (["set"], ["point"], ["change"], ["override"], ["update"]) and any(
                    t.kind == "code" for t in main.toks) and not set(cond_lows) & NEGATORS and set(cond_lows[:5]) & {
                    "existing", "external", "remote", "separate", "own"}:
                return None  # "(set `REDIS_ADDR` if using an existing instance)": where the app finds it
            if cond_lows[:1] in (["it"], ["this"], ["that"], ["the"]) and set(cond_lows[1:4]) & {
                    "says", "returns", "prints", "shows", "outputs", "responds", "replies", "answers", "reports"}:
                return None  # "# If it says "PONG", Redis is installed and running!": a check's output
            if (any("=" in w and "prod" in w for w in cond_lows) or any(
                    a == "in" and b in ("production", "prod") for a, b in zip(cond_lows, cond_lows[1:]))) \
                    and not _scale_phrase(cond_lows) and not (
                        cond_lows[:1] == ["you"] and cond_lows[1:2] and cond_lows[1] in ("want", "wish", "prefer")
                        and cond_lows[2:3] not in (["to"], ["production"], ["prod"])):
                return None  # "Redis is enabled by default when `APP_ENV=production`": production has it
                # (not "If you want worker isolation in production, you need Redis": what you want there)
            if any(t.service and k + 2 < len(mlows) and mlows[k + 1] == "with" and (mlows[k + 2] in PART_NOUNS or (
                    mlows[k + 2] in ("a", "an") and k + 3 < len(mlows) and mlows[k + 3] in PART_NOUNS))
                   for k, t in enumerate(main.toks)):
                return None  # "Configure Redis with authentication if exposed": the condition is on the part
            if any(t.service and (_on_a_host(mlows, k + 1) or mlows[k + 1:k + 2] == ["via"] or mlows[k + 1:k + 2] in (
                    ["server"], ["instance"], ["service"]) and _on_a_host(mlows, k + 2)) for k, t in enumerate(main.toks)):
                return None  # "If your setup has multiple machines, install Redis on the machine with your
                # proxy", "You can also install Redis via WSL if you prefer": where or how, not whether
            if any(a == "as" and (b in VARIANT_WORDS or b in PROVIDER_WORDS or b in _MANNER_NAMES or b in ("a", "an")
                                  and c in (VARIANT_WORDS | PROVIDER_WORDS | _MANNER_NAMES))
                   for a, b, c in zip(mlows, mlows[1:], mlows[2:] + [""])):
                return None  # "Run Redis as a managed service when possible", "… as a Docker container": which kind
            if any(a in ("internal", "external", "private", "public", "secure") and b in _ADDRESS_NOUNS
                   for a, b in itertools.pairwise(mlows)):
                return None  # "`REDIS_URL`: Use **Internal URL** if Private Networking is enabled": which address
            verb_at = next((k for k, t in enumerate(main.toks) if t.low in PROVISION_VERBS
                            or t.low in ("swap", "migrate", "switch", "move", "scale", "plan")), len(main.toks))
            if _negation_before(main.toks, verb_at if verb_at < len(main.toks) else len(main.toks)) is not None:
                return None
            if cond_lows[:1] == ["no"] and cond_lows[-1:] and cond_lows[-1] in (
                    "defined", "set", "specified", "given", "provided", "passed", "configured", "supplied") \
                    and not any(t.service for t in cond) and verb_at < len(main.toks):
                return None  # "If no `cache` parameter is defined, the operator will deploy Redis …": the default
            if cond_lows[:1] == ["you"] and cond_lows[1:3] in (["want", "to"], ["wish", "to"]) and cond_lows[3:4] in (
                    ["run"], ["use"], ["start"], ["deploy"], ["host"], ["self-host"]):
                purpose = [w for w in cond_lows[4:] if w not in DETERMINERS and w not in ("own", "yourself", "anyway")]
                if purpose and (all(w in CORE_PURPOSES for w in purpose) or cond_lows[-1:] == ["yourself"]
                                and len(purpose) <= 2) and not (purpose == ["it"] and clause.kind == "cond"
                                                                and main.toks and main.toks[-1].service
                                                                and clause.index > main.index):
                    return None  # "If you want to run the bot, you have to install redis": the product itself
                    # (not "Install Redis if you want to use it", where "it" is the service just named)
            at = i - 1 if i > 0 and lows[i - 1] == "only" else i
            shown = list(itertools.takewhile(lambda t: t.low not in (",", ";", ":", ")", "—", "–"), toks[at + 1:i + 5]))
            return self._claim(toks[at], toks, "condition", " ".join(t.text for t in [toks[at], *shown] if t.kind != "punct"))
        # "- Uses Redis session store (if available)": the use is conditional on its being there
        mwords = [t for t in main.toks if t.kind != "punct"]
        if clause.kind == "paren" and i == 0 and cond_lows in (["available"], ["configured"], ["enabled"], ["present"]) \
                and len(mwords) >= 2 and mwords[0].low in ("uses", "use", "using") and mwords[1].service \
                and (len(mwords) == 2 or mwords[2].low in _ROLE_HEADS or mwords[2].low in ("for", "as")) \
                and not self._blocked(toks, i):
            return self._claim(toks[i], toks, "condition", " ".join(t.text for t in toks[i:i + 2]))
        use = next((k for k, t in enumerate(mwords) if t.low in ("uses", "use") and k + 1 < len(mwords)
                    and mwords[k + 1].service), None)
        if use is not None and 0 < use <= 4 and clause.kind == "cond" and not cond_lows[:1] in (["you"], ["we"]) \
                and set(cond_lows) & {"enabled", "configured", "set", "on", "active", "distributed", "available"} \
                and _falls_back_after(self._unit_lows, lows) and not self._blocked(toks, i) \
                and not set(self._unit_lows) & (FAILURE_WORDS | BROKEN_WORDS):
            # "Round-robin counters use Redis when distributed routing is enabled; fallback is local",
            # "… uses Redis in distributed mode when configured; otherwise it falls back to memory"
            shown = list(itertools.takewhile(lambda t: t.low not in (",", ";", ":", ")", "—", "–"), toks[i + 1:i + 5]))
            return self._claim(toks[i], toks, "condition", " ".join(
                t.text for t in [toks[i], *shown] if t.kind != "punct" or t.low in (">", "≥", ">=")))
        # "Redis: needed only when …": a label whose value is a bare necessity word
        if main.label_before and main.index > 0 and main.toks and all(
                t.low in NECESSITY_ADJ or t.low in COPULAS or t.low == "only" for t in main.toks) \
                and self._phrase_is_service(parts[main.index - 1].toks[-6:]):
            at = i - 1 if i > 0 and lows[i - 1] == "only" else i
            return self._claim(toks[at], toks, "label-condition", " ".join(t.text for t in toks[at:i + 2]))
        return None

    def _main_functions(self, clause: _Clause, parts, toks: list[Tok], i: int) -> bool:
        """The main clause of the condition at ``i`` says the software still works ("…, el sistema
        funcionará igual"), not that it fails or does not ("…, el sistema no funcionará")."""
        main = _Clause(toks[:i]) if i > 0 else self._main_for(clause, parts)
        mlows = {t.low for t in main.toks} if main is not None else set()
        return not FUNCTIONING_WORDS.isdisjoint(mlows) and mlows.isdisjoint(BROKEN_WORDS | FAILURE_WORDS | NEGATORS) \
            and "no" not in mlows and "não" not in mlows

    def _switch_condition(self, toks: list[Tok], i: int) -> Claim | None:
        """A condition on the service's own switch: "# Redis settings (only used if
        REDIS_ENABLED=true)", "These settings apply when `USE_REDIS` is true": whatever the
        clause is about, a switch that can be off makes the service a choice. (Not in a
        development or failure note, nor a negated one.)"""
        name = toks[i + 1].low.strip("`'\" ")
        value = name.split("=", 1)[1] if "=" in name else None
        name = name.split("=", 1)[0].strip()
        if not name or not self._names_switch(name) or self.names.locates(name):
            return None
        link = "="
        if value is None:
            after = [t.low for t in toks[i + 2:i + 6] if t.low not in ("`", "*", "**")]
            if after[:1] in (["is"], ["="], ["=="]) and after[1:2] and after[1] in (
                    "set", "true", "enabled", "on", "1", "yes", "false", "off", "0", "no", "disabled"):
                link, value = (" is " if after[0] == "is" else after[0]), after[1]
            else:
                return None
        lows = self._unit_lows
        if any(w in NEGATORS or w in BROKEN_WORDS or w in FAILURE_WORDS or w.endswith("n't") for w in lows) \
                or self._nonprod(toks):
            return None
        unit = self._unit_toks
        if value in ("false", "off", "0", "no", "disabled") and any(
                t.service and _names_its_address(unit, k + 1) for k, t in enumerate(unit)):
            return None  # "Specifies the Redis host to use when `REDIS_ENABLED` is `false`": Redis is used
            # with the switch off, so the switch is about something else (a bundled copy)
        if "container" in lows and any(t.service and any(u.low in _BUNDLED_COPY for u in unit[max(0, k - 2):k])
                                       for k, t in enumerate(unit)):
            return None  # "… the local `redis` container that is created when `REDIS_ENABLED` is `true`"
        shown = toks[i + 1].text.strip("`") if "=" in toks[i + 1].low else f"{toks[i + 1].text.strip('`')}{link}{value}"
        return self._claim(toks[i], toks, "switch-condition", f"{toks[i].text} {shown}")

    def _paren_on_service(self, clause: _Clause) -> bool:
        """A parenthesis right after a phrase whose head is the service: "Redis (…)"."""
        if clause.kind != "paren" or clause.before is None or not clause.before.toks \
                or _open_end(clause.before.toks):
            return False
        host = next((p for p in self._parts if p.kind != "paren" and p.toks
                     and p.toks[0] is clause.before.toks[0]), None)
        if host is not None and host.label_before and host.index > 0 and _version_only(clause.before.toks):
            # "**Redis**: 6.0 or higher (only required for Celery)": the label is the service;
            # "**Redis**: 7 or later (recommended)" recommends the version
            if clause.toks and clause.toks[0].low in RECOMMEND_WORDS and not _for_a_use(clause.toks, 0):
                return False  # (but "**Redis**: `6+` (recommended for caching, queues)": for a use of it)
            label = _label_of(host, self._parts)
            return self._phrase_is_service([t for t in label.toks if t.low not in ("-", "+")][-6:])
        phrase = _last_phrase(clause.before.toks)
        if _part_named_first(phrase):
            return False  # "пароль Redis (необязательно)", "contraseña de Redis (opcional)": its password
        if _what_it_has(phrase):
            return False  # "If your Redis server has a `timeout` configured (recommended — …)": what it has
        if self._phrase_is_service(phrase):
            return True
        return self._pair_first(clause.before.toks)

    def _role_of_service(self, clause: _Clause) -> bool:
        """A parenthesis after the service in a role: "Redis Sessions (…)", "Redis Cache (…)"."""
        if clause.kind != "paren" or clause.before is None or not clause.before.toks:
            return False
        phrase = [t for t in _last_phrase(clause.before.toks) if t.low not in ("*", "**", "_", "#")]
        if len(phrase) < 2 or phrase[-1].low not in ("sessions", "session", "cache", "caching", "queue", "queues",
                                                      "storage", "store", "broker", "backend"):
            return False
        return self._phrase_is_service(phrase[:-1])

    def _paren_on_address(self, clause: _Clause) -> bool:
        """"Redis host (required when workers are enabled)": a parenthesis after where the service
        is (its host, URL, address): needed under a condition, the service is (not "Redis
        password (required when …)", a setting of it)."""
        if clause.kind != "paren" or clause.before is None:
            return False
        words = [t for t in _last_phrase(clause.before.toks) if t.kind != "punct" and t.low not in ("*", "**")]
        if len(words) > 1 and words[-1].low == "string" and words[-2].low == "connection":
            words = words[:-1]
        return len(words) >= 2 and words[-1].low in _ADDRESS_NOUNS and words[-2].service

    def _pair_first(self, toks: list[Tok]) -> bool:
        """"Redis and Celery (optional)", "Install Redis and Horizon (optional)": a parenthesis
        after a pair whose first member is the service covers the pair (not "Redis and its
        persistence", not a longer list, where it covers the last item)."""
        words = [t for t in toks if t.low not in ("*", "**", "_")]
        ands = [k for k, t in enumerate(words) if t.low in ("and", "&")]
        if len(ands) != 1 or any(t.low in (",", "or", "+", "/", "with", "plus") for t in words):
            return False
        first, second = words[:ands[0]], words[ands[0] + 1:]
        if not first or not first[-1].service or not second or len(second) > 3 or any(
                t.low in PART_NOUNS or t.low in ("its", "their", "the") or t.service or t.kind != "word"
                for t in second):
            return False
        return self._phrase_is_service(first)

    def _main_for(self, clause: _Clause, parts: list[_Clause]) -> _Clause | None:
        if clause.kind == "paren":
            return clause.before
        n = clause.index
        if clause.label_before and n > 0 and parts[n - 1].kind == "main" and not _note_label(parts[n - 1]):
            if clause.kind == "cond" and n + 1 < len(parts) and parts[n + 1].kind == "main" \
                    and not parts[n + 1].label_after and not any(t.service for t in parts[n - 1].toks) \
                    and len([t for t in parts[n - 1].toks if t.kind == "word"]) <= 2:
                return parts[n + 1]  # "**Disabled**: If no Redis is detected, runs with local cache only"
            return parts[n - 1]  # "Redis — only if you need background tasks"
        if clause.kind == "cond" and 0 < n == len(parts) - 2 and parts[n - 1].kind == "main" \
                and parts[n + 1].kind == "main" and parts[n - 1].toks and parts[n - 1].toks[-1].low in ("and", "or") \
                and [t.service for t in parts[n + 1].toks if t.kind != "punct"][:1] == [True] \
                and len([t for t in parts[n + 1].toks if t.kind != "punct"]) <= 2:
            return parts[n + 1]  # "PostgreSQL, the app and, if needed, Redis": the list's last item
        for k in list(range(n - 1, -1, -1)) + list(range(n + 1, len(parts))):
            other = parts[k]
            if other.kind == "main" and (all(t.kind == "punct" or t.low in _BARE_CONNECTIVES for t in other.toks)
                                         or other.label_after and _note_label(other)):
                continue  # a list marker, a checkbox ("- [ ]"), a lone "But" or a "**Note**:" is not a clause
            if other.kind == "main" and not other.label_after:
                return other
            if other.kind == "main" and k == n + 1 == len(parts) - 1 and clause.kind == "cond" and n == 0:
                return other  # "If you plan to use Celery, run Redis on:" (a list follows)
            if other.kind == "main" and k == n + 1 and clause.kind == "cond" and n == 0 and len(other.toks) > 2 \
                    and any(t.low in COPULAS for t in other.toks[1:]):
                return other  # "If Redis is not installed, the reply cache is skipped: every message …" (a
                # clause of its own before the colon, which goes on to say what that means)
            if other.kind == "main":
                return None
        return None

    def _must_set_up(self, toks: list[Tok]) -> bool:
        """"you must configure Redis", "we need to set up Redis": the reader has to set the service up
        (not "you must not configure Redis", "you must configure Redis persistence")."""
        lows = [t.low for t in toks]
        if "never" in lows or "not" in lows:
            return False
        modal = next((k for k, low in enumerate(lows) if low in ("must", "needs", "need", "has")), None)
        if modal and lows[:1] not in (["you"], ["we"]):
            # "Redis needs to be configured alongside your primary data store", "Redis must be running"
            after = lows[modal + 1:modal + 5]
            after = after[1:] if lows[modal] != "must" and after[:1] == ["to"] else after
            return after[:1] == ["be"] and len(after) > 1 and after[1] in _SET_UP_PARTICIPLES \
                and (lows[modal] == "must" or lows[modal + 1:modal + 2] == ["to"]) \
                and self._conjuncts_service(toks[:modal])
        if lows[:1] not in (["you"], ["we"]):
            return False
        if lows[1:2] == ["must"]:
            verb = 2
        elif lows[1:3] in (["need", "to"], ["have", "to"]):
            verb = 3
        else:
            return False
        return verb < len(lows) and (lows[verb] in PROVISION_VERBS or lows[verb] in ("configure", "set", "use")) \
            and self._conjuncts_service(self._np_after(toks, verb + 1 + (lows[verb + 1:verb + 2] == ["up"])))

    def _provisions_service(self, toks: list[Tok]) -> bool:
        """"Install Redis", "Redis is needed", "you need Redis", "plus Redis", "Redis"."""
        words = [t for t in toks if t.low not in ("*", "**", "also", "then", "additionally", "optionally", "explicitly",
                                                  "manually", "yourself")
                 and t.kind != "mention"]  # (not what is quoted: "you may have heard “you may not need Redis”")
        # ("Or enable Redis explicitly if needed": how it is switched on says nothing of whether)
        while words and (words[0].low in ("or", "and", "but", "then", "-", "*", "will", "action", ":", "[", "]", "x") or
                         _step_number(words[0].low) or words[0].low in _CHECK_MARKS and any(
                             t.low in _PROVIDES_THIRD_PERSON for t in words[1:3])):
            words = words[1:]  # "3. Or install Redis if you want caching", "✅ Starts Redis server (if installed)"
            # (but an installer's "✅ Installs Redis (if needed)" installs it where it is missing)
        if len(words) > 2 and words[-1].low in ("on", "at", "in", "with", "via", "using", "from") and words[-2].service:
            words = words[:-1]  # "run Redis on:" (the places follow in a list)
        if len(words) > 2 and words[0].low in ("migrate", "switch", "move", "swap", "replace", "upgrade", "scale",
                                                 "plan"):
            at = next((k for k in range(1, min(len(words), 6)) if words[k].low in ("to", "for", "with", "onto")), None)
            if at is not None and self._conjuncts_service(words[at + 1:]):
                return True  # "swap the in-memory lock for Redis when scaling out"
        if len(words) > 2 and words[0].low == "reach" and words[1].low == "for":
            words = [Tok("use", "use", words[0].start, words[1].end)] + words[2:]  # "Reach for Redis only when …"
        lows = [t.low for t in words]
        if not any(t.service for t in words):
            return False
        if _versioned([t for t in words], providers=False):
            return False
        if self._phrase_is_service(words):
            first = lows[0]
            if first in PROVISION_VERBS or first in ("set", "setting", "plus", "and", "with", "also") \
                    or first in _PROVIDES_THIRD_PERSON \
                    or all(t.kind != "word" or t.service or t.low in ("a", "an", "the", "local", "instance",
                                                                     "server", "plus", "and") for t in words):
                return True
            if len(words) == 2 and lows[0] in PROVIDER_WORDS and words[1].service:
                return True  # "(Upstash Redis if configured, else in-memory)": the hosted one, as a whole
        # "Ensure Redis is running if you use Sidekiq": the instruction provisions it
        ensure = lows[0] == "ensure" or lows[:2] in (["make", "sure"], ["be", "sure"])
        for k, w in enumerate(lows):
            if w in ("need", "needs", "require", "requires", "want", "use", "install", "run",
                     "add", "enable", "deploy", "provision"):
                subject = lows[:k]
                obj = words[k + 1:]
                if len(obj) > 1 and obj[0].low == "to":
                    if obj[1].low not in PROVISION_VERBS:
                        continue  # "need to restart Redis": a task on it, not the service
                    obj = obj[2:]
                if self._conjuncts_service(self._np_after(obj, 0)) and (not subject or set(subject) & (SUBJECT_GENERIC | MODALS | {"only", "also"})):
                    return True
            if ensure and w in ("have", "has") and k + 1 < len(words):
                np = [t for t in self._np_after(words[k + 1:], 0)]
                while np and np[-1].low in _REACHED_STATES:
                    np.pop()  # ("Redis running": the state is no part of the name)
                state = lows[k + 1 + len(np):k + 4 + len(np)]
                if np and self._conjuncts_service(np) and not _REACHED_STATES.isdisjoint(state):
                    return True  # "Make sure you have Redis configured and running if you want the queue"
            if k == 1 and words[0].service and words[0].kind == "word" and w in ("used", "needed", "required") \
                    and len(words) == 2:
                return True  # "Redis used only when `SESSION_STORE=redis`" (a note without its copula)
            if (w in NECESSITY_ADJ | {"used", "installed", "enabled", "started", "included", "added", "deployed",
                                      "provisioned"} or ensure and w in (
                    "running", "available", "up", "configured")) and k and (lows[k - 1] in COPULAS or lows[k - 1] in ("only",)):
                cop = k - 1 if lows[k - 1] in COPULAS else k - 2
                subject = self._subject(words, max(cop, 0))
                if w in ("included", "added", "deployed", "provisioned") and not all(
                        t.service or t.low in ("the", "a", "an") for t in subject):
                    continue  # ("a highly available Redis can be deployed instead": which copy)
                if subject and self._conjuncts_service(subject):
                    return True
        return False

    def _variable_condition(self, clause, parts, toks: list[Tok], i: int, cond: list[Tok]):
        """"If REDIS_URL is set, …" / "when REDIS_URL is empty, … falls back": whether the
        variable is set is a choice, so the service is conditional. A main clause that breaks
        ("the settings refuse to load when REDIS_URL is missing") makes it a requirement.
        Returns a claim, ``_NO_CLAIM`` (decided: harmless) or None (not this shape)."""
        lows = [t.low for t in cond]
        cop = next((k for k, w in enumerate(lows) if w in ("is", "are", "was", "isn't", "aren't")), None)
        subject = cond[:cop] if cop is not None else cond[:1]
        unset_by_you = _unset_by_you(cond)
        if unset_by_you is not None:
            # "If you don't set `REDIS_URL`, …", "If you don't set any Redis environment variables, …"
            subject, lows = unset_by_you, [t.low for t in unset_by_you] + ["unset"]  # (read as "… is unset")
        if not cond or not any(t.service and "_" in t.low for t in subject) and unset_by_you is None \
                or len(subject) > 6:
            return None  # only an environment variable as the condition's subject
        head = [w for w in self._unit_lows[:12] if w.isalpha() and w not in ("only", "deprecated")]
        if head[:1] in (["these"], ["those"]) and "used" in head[:4]:
            return _NO_CLAIM  # "**Deprecated** - These are only used if `REDIS_URL` is not set": the other settings
        pred = [w for w in lows[len(subject):] if w not in ("is", "are", "was", "isn't", "aren't", "not", "*", "**")]
        present = ("set", "configured", "provided", "defined", "given", "specified", "populated", "present")
        absent = ("empty", "unset", "blank", "absent", "missing", "undefined")
        if not pred or pred[0] not in present + absent:
            return None
        if any(w in ("and", "but") for w in pred[1:4]) and (set(lows) & FAILURE_WORDS or any(
                lows[k] in ("not", "doesn't", "don't") and lows[k + 1] in ("answer", "respond", "reply", "connect")
                for k in range(len(lows) - 1))):
            return _NO_CLAIM  # "If `REDIS_URL` is set and Redis does not answer, …": an outage of the one in use
        main = _Clause(toks[:i]) if any(t.kind == "word" and t.low != "x" for t in toks[:i]) else self._main_for(clause, parts)
        main_lows = {t.low for t in main.toks} if main is not None else set()
        if main_lows & (BROKEN_WORDS | {"refuse", "refuses", "raises", "raise", "abort", "aborts", "throws", "throw",
                                        "panics", "panic", "errors", "error",
                                        "exits", "exit", "improperlyconfigured", "must", "required",
                                        "warns", "warn", "warning", "complains", "logs", "alerts",
                                        "ignored", "overridden", "precedence"}):
            return _NO_CLAIM  # "Django raises ImproperlyConfigured when REDIS_URL is not set"
        if not {"ignored", "overridden", "precedence"}.isdisjoint(self._unit_lows) or "instead" in self._unit_lows and len(
                {t.low.strip("` ") for t in self._unit_toks if t.service and "_" in t.low}) > 1:
            return _NO_CLAIM  # "When `REDIS_URL` is defined, `REDIS_HOST`, `REDIS_PORT`, … are ignored": which setting
            # (also "When `redis_url` set Centrifugo will use URL instead of values provided in `redis_host`, …")
        if main_lows & {"builds", "build", "built", "constructs", "construct", "constructed", "derives", "derive",
                        "derived", "assembles", "assembled", "composes", "composed", "reads", "read"} \
                and main_lows & {"url", "uri", "connection", "host", "variables", "settings", "parts", "components"}:
            return _NO_CLAIM  # "builds the connection URL from its parts if `REDIS_URL` is not set": which setting
        first = next((t.low for t in main.toks if t.kind == "word"), "") if main is not None else ""
        if first in ("skipped", "skips", "disabled", "omitted"):
            return _NO_CLAIM  # "Skipped when `ARCHIVER_REDIS_URL` is unset.": a test or a check is skipped
        if first in ("parse", "parsed", "parses", "interpret", "interpreted", "validate", "validated", "validates",
                     "format", "formatted", "split", "decode", "decoded"):
            return _NO_CLAIM  # "If `REDIS_URL` is set, parse it as `redis://host:port/db`": how it is read
        if first in INDIRECT_QUESTION_VERBS or first in CHECK_COMMANDS:
            return _NO_CLAIM  # "If REDIS_URL is configured → check /health shows redis ok": a test step
        if main is not None and _versioned([t for t in main.toks if t.kind == "word"][:3]):
            return _NO_CLAIM  # "Upstash Redis takes priority when UPSTASH_REDIS_REST_URL is set": which Redis
        named = [k for k, t in enumerate(main.toks) if t.service and "_" not in t.low] if main is not None else []
        if pred[0] in absent and named and not main_lows & (NEGATORS | {"disabled", "off", "without"}) and (
                not main_lows & (ALT_BACKENDS | FALLBACK_WORDS) or any(
                    k + 1 < len(main.toks) and main.toks[k + 1].low in ("host", "address", "server", "endpoint", "url")
                    for k in named)):
            return _NO_CLAIM  # "when `redis_host` is empty, the NFS server is used as the Redis host"
        head = next((t for t in reversed(clause.before.toks) if t.kind != "punct"), None) \
            if clause.kind == "paren" and clause.before is not None else None
        named_at = next((k for k in range(len(clause.before.toks) - 1, max(-1, len(clause.before.toks) - 5), -1)
                         if clause.before.toks[k].service), None) if head is not None else None
        if head is not None and not head.service and head.low not in IDENTITY_NOUNS and named_at is not None and not any(
                t.low in ("for", "with", "in", "to", "as", "on", "from", "via", "by", "across")
                for t in clause.before.toks[named_at + 1:]):
            return _NO_CLAIM  # "Redis port (used if REDIS_URL not set)": which setting the port comes from
            # (not "Use Redis for static assets (if REDIS_URL is set)": the use is conditional)
        lead_words = [t for t in main.toks if t.kind != "punct"][:3] if main is not None else []
        if any(t.service and k + 1 < len(lead_words) and lead_words[k + 1].low in PART_NOUNS
               for k, t in enumerate(lead_words)):
            return _NO_CLAIM  # "The Redis check appears when `REDIS_HOST` is set": a part of it shows
        if self._blocked(toks, i):
            return _NO_CLAIM
        end = toks.index(subject[-1]) + 1 if unset_by_you is not None else i + 2 + min(3, len(lows))
        return self._claim(toks[i], toks, "if-variable", " ".join(t.text for t in toks[i:end]))

    def _service_condition(self, clause, parts, toks: list[Tok], i: int, lead: str) -> Claim | None:
        """"if you use Redis" hedges; "if Redis goes down" and "if Redis is already installed" do not."""
        cond = toks[i + 1:]
        lows = [t.low for t in cond]
        after = parts[clause.index + 1].toks if clause.index + 1 < len(parts) else []
        if after and after[0].low == "but" and _failing([t.low for t in after[1:6]]):
            return None  # "If Redis is enabled but unavailable, …", "… configured but not available:": a failure
        claim = self._variable_condition(clause, parts, toks, i, cond)
        if claim is not None:
            return claim if claim is not _NO_CLAIM else None
        named = next((k for k, t in enumerate(cond) if t.service), None)
        if named is not None and named >= 2 and lows[named - 1] == "that" and lows[named - 2] in _REPORTING_VERBS:
            return None  # "When the status check reports that Redis is enabled but …": what a check says
        if named is not None and 1 <= named <= 4 and any(w in _BUNDLED_COPY for w in lows[max(0, named - 3):named]) \
                and any(w in ("the", "its", "this") for w in lows[max(0, named - 4):named]):
            # "When the included unauthenticated Redis deployment is enabled", "If you disable the
            # bundled Redis": the copy a chart or image brings, not whether the service runs
            return None
        owner = (_Clause(toks[:i]) if i > 1 else self._main_for(clause, parts)) if not _SETTING_VERBS.isdisjoint(
            self._unit_lows[:4]) else None  # (a cheap test first: most conditions follow no such verb)
        head = [t for t in owner.toks if t.low not in ("*", "**", "_", "-", "+", "only")] if owner is not None else []
        if len(head) >= 2 and head[0].low in ("keep", "set", "leave", "turn", "switch") and set(lows) & {
                "available", "reachable", "running", "up", "configured"} and not set(lows) & NEGATORS and not any(
                w.endswith("n't") for w in lows) and any(
                t.kind == "code" and "=" in t.text for t in head[1:4]):
            return None  # "Keep `USE_QUEUE=true` only when Redis is available": when to set a flag
        if len(head) > 2 and head[0].low == "turn" and head[1].low == "on":
            head = head[:1] + head[2:]  # "Turn on persistence if …"
        first = i > 1 or owner is not None and (clause.kind == "paren" or owner.index < clause.index)
        if first and len(head) >= 2 and head[0].low in ("enable", "configure", "turn", "set", "tune", "harden") and (
                head[1].low in PART_NOUNS or len(head) > 2 and head[1].low in ("the", "a", "an") and head[2].low in PART_NOUNS):
            # "Enable persistence if using Redis for critical data": a setting of it. Only with the
            # setting first: "If you enable Redis, set the env vars" makes Redis itself conditional.
            return None
        if any(a == "for" and b in ("other", "another", "something", "anything", "more") for a, b in zip(lows, lows[1:])) \
                and any(w in ("using", "use", "uses") for w in lows[:4]) and not (
                    "anything" in lows and any(w == "not" or w.endswith("n't") for w in lows[:4])):
            # "if you're using Redis for other purposes, …": it is in use already (not "If you are not
            # using Redis for anything, remove the `After=` line": not at all)
            return None
        if any(a in ("only", "just", "solely", "exclusively") and b in ("for", "as") for a, b in zip(lows, lows[1:])) \
                and any(w in ("using", "use", "uses") for w in lows[:4]):
            return None  # "If you are using this Redis instance only for Mbin as a cache, …": how it is used
        use = next((k for k, w in enumerate(lows[:3]) if w in ("using", "use", "uses")), None)
        if use is not None and lows[:use] in ([], ["you"], ["you're"], ["we"]):
            np = [t for t in cond[use + 1:] if t.low not in ("the", "a", "*", "**")]
            main = clause.before if clause.kind == "paren" else (_Clause(toks[:i]) if i > 0 else None)
            if len(np) >= 2 and np[0].service and np[1].low in _ROLE_HEADS and main is not None \
                    and self._provisions_service(main.toks) and not self._blocked(toks, i):
                # "Install Redis (if using the Redis channel layer)": it is needed only for that part
                return self._claim(toks[i], toks, "condition", " ".join(t.text for t in toks[i:i + 2 + use]))
        if set(lows) & {"installed", "running", "set"} and any(
                w in ("test", "check", "verify", "confirm", "ping", "inspect") for w in self._unit_lows):
            return None  # "If you have Redis installed, this is how you can test it": a check
        if lows[:2] == ["you", "have"] and set(lows[2:]) & {"deployed", "installed", "running"} and any(
                w in ("follow", "continue", "proceed", "go") for w in self._unit_lows):
            return None  # "If you have Redis and the gateway deployed, follow the steps below": a precondition
        becomes = next((k for k, w in enumerate(lows[:6]) if w in ("becomes", "become")), None)
        if becomes is not None and lows[becomes + 1:becomes + 2] and lows[becomes + 1] in (
                "necessary", "needed", "required", "essential", "mandatory", "a") and (lows[becomes + 1] != "a" or lows[
                    becomes + 2:becomes + 3] in (["requirement"], ["necessity"], ["dependency"], ["must"])) \
                and self._conjuncts_service(
                cond[:becomes]) and not self._blocked(toks, i):
            # "If Redis becomes necessary later, …", "**When Redis becomes necessary:**"
            return self._claim(toks[i], toks, "if-becomes", " ".join(t.text for t in toks[i:i + becomes + 3]))
        avoid = next((k for k, w in enumerate(lows[:6]) if w in ("avoid", "skip", "omit")), None)
        if avoid is not None and lows[:1] in (["you"], ["we"]) and self._conjuncts_service(
                self._np_after(cond[avoid + 1:], 1 if lows[avoid + 1:avoid + 2] and lows[avoid + 1] in (
                    "setting", "running", "installing", "deploying", "using", "adding", "managing") else 0)) \
                and not self._blocked(toks, i):
            # "choose the scheduler mode if you want to avoid setting up Redis": a way around it
            return self._claim(toks[i], toks, "if-avoid", " ".join(t.text for t in toks[i:i + avoid + 2]))
        if any(t.service for t in cond) and any(t.low in VARIANT_WORDS and any(
                u.service for u in cond[k + 1:k + 5]) and all(
                u.service or u.kind == "punct" or u.low in ("and", "or") or u.low[:1].isupper() or u.text[:1].isupper()
                for u in cond[k + 1:next(n for n in range(k + 1, len(cond)) if cond[n].service)])
                for k, t in enumerate(cond[:-1])):
            return None  # "if you use the bundled Postgres/Redis": which instance, not whether
        if any(a in ("becomes", "become", "comes", "is", "gets") and b in ("available", "back", "reachable")
               for a, b in zip(lows, lows[1:])) and any(w in ("retries", "retry", "reconnects", "reconnect",
                                                              "resumes", "resume", "recovers") for w in self._unit_lows):
            return None  # "retries when Redis becomes available": recovering from an outage
        unset = len(cond) if lows and (lows[-1] in _NOT_SET_UP or lows[-2:] == ["set", "up"]) else next((
            k + 1 for k, w in enumerate(lows[:-1]) if (w in _NOT_SET_UP or w == "up" and lows[k - 1] == "set")
            and lows[k + 1] in ("for", "in", "on", "yet", "explicitly", "at")), None) if "correctly" not in lows \
            and "properly" not in lows else None
        if unset is not None and _negation_before(cond, unset) is not None:
            # "falls back to the database cache when Redis isn't configured": runs without it
            main = _Clause(toks[:i]) if i > 0 else self._main_for(clause, parts)
            main_lows = {t.low for t in main.toks} if main is not None else set()
            if (main_lows & (FALLBACK_WORDS | {"disabled", "skipped", "memory", "in-memory", "degrades", "database-only",
                                               "memory-only", "gracefully", "graceful", "starts", "boots", "runs",
                                               "successfully", "normally", "anyway", "works", "work", "functions",
                                               "operates", "per-process", "per-instance", "in-process", "single",
                                               "single-process"}) or main is not None and _calls_it_normal(main.toks) or any(
                    t.low == "local" and k and main.toks[k - 1].low in ("be", "is", "are", "stay", "stays", "remain",
                                                                         "remains", "kept")
                    for k, t in enumerate(main.toks if main is not None else ()))) \
                    and not main_lows & BROKEN_WORDS \
                    and not any(w in NEGATORS or w.endswith("n't") for w in main_lows):
                # ("Background job queues are disabled when Redis is not configured": a mode without it;
                # "if Redis is not installed, the caching is done in memory"; "If Redis is not configured,
                # rate limiting and caching will be local to each instance")
                return self._claim(toks[i], toks, "fallback", " ".join(t.text for t in toks[i:i + 2]))
            return None
        if lows[-1:] == ["running"] and _negation_before(cond, len(cond) - 1) is not None \
                and (main := _Clause(toks[:i]) if i > 0 else self._main_for(clause, parts)) is not None \
                and _calls_it_normal(main.toks) and any(t.low in ("normal", "fine", "ok", "okay") for t in main.toks) \
                and self._conjuncts_service(
                    [t for t in cond if t.kind != "punct" and t.low not in NEGATORS and not t.low.endswith("n't")
                     and t.low not in COPULAS and t.low != "running"]):
            # "This is NORMAL and expected when Redis isn't running": going without it is fine, no failure
            # (not "This is expected when Redis is not running" after an error message: a diagnosis)
            return self._claim(toks[i], toks, "fallback", " ".join(t.text for t in toks[i:i + 2]))
        if lows[:1] == ["not"] and lows[1:2] and (lows[1] in ("using", "needing", "enabling", "wanting") or lows[1] == (
                "installing") and self._main_functions(clause, parts, toks, i)) \
                and self._conjuncts_service(self._np_after(cond, 2)) and not self._blocked(toks, i):
            # ("Si no instalas Redis, el sistema funcionará igual": it runs without it)
            # "If not using Redis, ensure your config ignores it": going without it is a choice
            return self._claim(toks[i], toks, "if-you-dont-use", " ".join(t.text for t in toks[i:i + 4]))
        negated = _negation_before(cond, len(cond)) is not None or lows[:1] in (["you"], ["we"]) and any(
            w in ("not", "never") or w.endswith("n't") for w in lows[1:4])  # ("if you are not running Redis")
        if negated and lows[:1] in (["you"], ["you'd"], ["we"], ["we'd"], ["you're"], ["we're"]) \
                and any(w in ("not", "never", "no") or w.endswith(("n't", "n’t")) for w in lows[1:4]) \
                and not set(lows) & {"yet", "already", "installed", "otherwise", "elsewhere"} \
                and (lows[-1:] != ["running"] or self._recommends_other(
                    toks[:i] if i else getattr(self._main_for(clause, parts), "toks", []))):
            # (not "If you do not otherwise use Redis in your application and want it only for throttler
            # storage, …": it is used here, the question is what else uses it)
            # (the negation is the subject's: not "when you want Redis to act as a cache and never lose data")
            # "skip this section if you don't use Redis": using it is a choice
            main = _Clause(toks[:i]) if i > 0 else self._main_for(clause, parts)
            provides = main is not None and self._provisions_service(main.toks + [
                t for t in cond if t.service]) and any(t.low in PROVISION_VERBS and t.low not in _CHOOSE_VERBS
                                                       for t in main.toks) or main is not None and any(
                t.service for t in main.toks)  # ("If you don't have Redis, use `docker run redis`")
            carries_on = main is not None and bool({t.low for t in main.toks} & FUNCTIONING_WORDS) \
                and not {t.low for t in main.toks} & (BROKEN_WORDS | FAILURE_WORDS)
            for k, w in enumerate(lows[:6]):
                if (w in ("use", "need", "want", "run", "enable", "plan", "have", "using", "running",
                          "planning", "require") or carries_on and w in ("install", "deploy", "configure", "add", "provide",
                                                                         "supply")) \
                        and self._conjuncts_service(
                        self._np_after(cond[k + 1:], 0)) and not (w == "have" and provides):
                    # ("if you don't have Redis, install it": no choice offered)
                    end = next((n for n in range(i + 1, len(toks)) if toks[n].service), i + 3)
                    if toks[min(end, len(toks) - 1)].kind == "code" and _OTHER_SETTINGS & set(self._unit_lows):
                        return None  # "If you don't want to use `REDIS_URL`, you can also use the individual settings"
                    return self._claim(toks[i], toks, "if-you-dont-use", " ".join(t.text for t in toks[i:end + 1]))
        if negated and (lows[:1] in (["you"], ["we"]) or lows[:1] == ["your"] and len(lows) > 1 and lows[1] in (
                "host", "hosting", "provider", "hoster", "platform", "plan", "server", "environment")):
            # "If you cannot install Redis, use the database driver", "If your host does not support
            # Redis, use the database": the way around it is given
            main = _Clause(toks[:i]) if i > 0 else self._main_for(clause, parts)
            head = [t.low for t in main.toks if t.kind == "word"][:1] if main is not None else []
            neg = next((k for k, w in enumerate(lows[:5]) if w in ("not", "never", "cannot") or w.endswith("n't")), 0)
            verb = next((k for k, w in enumerate(lows[:7]) if k > neg and w in (
                "install", "deploy", "host", "provide", "support", "offer", "include", "allow", "afford")), None)
            main_lows = {t.low for t in main.toks} if main is not None else set()
            if (head in (["use"], ["switch"], ["choose"], ["pick"], ["select"]) or main_lows & FUNCTIONING_WORDS
                    and "still" in main_lows and not main_lows & (BROKEN_WORDS | FAILURE_WORDS)) and verb is not None \
                    and self._conjuncts_service(self._np_after(cond[verb + 1:], 0)) and not self._blocked(toks, i):
                end = next((n for n in range(i + 1, len(toks)) if toks[n].service), i + 3)
                return self._claim(toks[i], toks, "if-unsupported", " ".join(t.text for t in toks[i:end + 1]))
        if negated and lows and lows[-1] in ("needed", "required", "necessary", "used", "wanted", "desired", "critical",
                                             "essential", "important") \
                and self._conjuncts_service(cond[:next((k for k, w in enumerate(lows)
                                                        if w in COPULAS or w.endswith("n't") or w == "not"), 0)]):
            # "If Redis is not needed, disable caching": going without it is an option
            return self._claim(toks[i], toks, "if-not-needed", " ".join(t.text for t in toks[i:i + 1 + len(cond)][:7]))
        cop = next((k for k, w in enumerate(lows[:5]) if w in COPULAS), None)
        state = lows[cop + 1:] if cop is not None else []
        if len(state) == 3 and state[1] in ("or", "/") and "disabled" in (state[0], state[2]) and {
                state[0], state[2]} - {"disabled"} <= {"unavailable", "unreachable", "down", "missing", "absent"}:
            state = ["disabled"]  # "When Redis is unavailable or disabled, …": switched off is a choice, not an outage
        if cop is not None and state in (["disabled"], ["off"], ["turned", "off"], ["switched", "off"]) \
                and self._conjuncts_service(cond[:cop]) and not self._blocked(toks, i):
            # "When Redis is disabled, the cache falls back to memory": running without it is a mode
            main = _Clause(toks[:i]) if i > 0 else self._main_for(clause, parts)
            main_lows = {t.low for t in main.toks} if main is not None else set()
            if main is not None and not main_lows & (BROKEN_WORDS | NEGATORS | FAILURE_WORDS | {
                    "error", "errors", "exception", "raises", "refuses", "lost", "deleted", "wiped", "cleared", "erased",
                    "flushed", "gone", "stops", "stop", "halts"}):
                return self._claim(toks[i], toks, "if-service-off", " ".join(t.text for t in toks[i:i + cop + 3]))
            if main is None and i == 0 and self._unit_lows[-1:] == [":"] and lows[-1:] == [state[-1]]:
                # "When Redis is disabled:" over a list of what the app does then: a mode without it
                return self._claim(toks[i], toks, "if-service-off", " ".join(t.text for t in toks[i:i + cop + 3]))
            return None
        if (lows[:1] == ["no"] or set(lows) & {"absent", "missing"}) and any(t.service for t in cond[:4]) \
                and not set(lows) & {"reachable", "running", "responding", "up", "online"} \
                and ("available" not in lows or lows[:1] == ["no"]):  # ("if no Redis available": none is there)
            # "uses in-memory if no Redis", "falls back to memory when Redis is absent"
            main = _Clause(toks[:i]) if i > 0 else self._main_for(clause, parts)
            main_lows = {t.low for t in main.toks} if main is not None else set()
            if main_lows & (FALLBACK_WORDS | ALT_BACKENDS | {"in-memory", "memory"}) and not main_lows & BROKEN_WORDS:
                # (or a stand-in: "API writes to Redis (or file store when no Redis)")
                return self._claim(toks[i], toks, "fallback", " ".join(t.text for t in toks[i:i + 3]))
        if any(w in FAILURE_WORDS or w in ("already", "fine", "healthy", "ok") for w in lows) or negated:
            return None
        if _reports(lows, len(lows)):
            return None
        cop_at = next((k for k, w in enumerate(lows) if w in COPULAS), None)
        state = lows[cop_at + 1:] if cop_at is not None else []
        if len(state) > 1 and state[0] in ("configured", "enabled") and next(
                (t.low for t in self._unit_toks if t.start >= cond[cop_at + 1].end and t.low not in ("*", "**", "_")),
                "") == "(":
            state = state[:1]  # "When Redis is configured (`--redis-url`), …": the parenthesis says how
        if lead in ("when", "whenever") and cop_at is not None and state in (
                ["available"], ["configured"], ["enabled"], ["present"], ["provisioned"]) \
                and self._conjuncts_service(cond[:cop_at]) and not self._blocked(toks, i):
            main = _Clause(toks[:i]) if i > 0 else self._main_for(clause, parts)
            if main is not None and _instruction_for_mode([t.low for t in main.toks if t.kind != "punct"]) \
                    or state[0] not in ("enabled", "configured") \
                    and [w for w in self._unit_lows if w not in ("*", "**", "_")][-1:] == [":"]:
                # ("When Redis is **available**:", "When Redis is available, the server:": a lead-in to
                # what the service does while it is up, over a list; but "When Redis is enabled, the
                # following features are cached:" says it is switched on by choice, as real labels read it)
                # "When Redis is enabled, use the rate-limit decorator:", "… you'll see:": what to do
                # or expect in that mode, which says nothing of going without it
                return None
            # "When Redis is available, results are cached": it may not be
            return self._claim(toks[i], toks, "if-service-used", _lead_wording(toks, i))
        if lead in ("if", "when", "whenever", "once") and cop_at is not None and not self._blocked(toks, i) and (
                lows[cop_at + 1:] in (["provided"], ["supplied"], ["given"], ["set"])
                and cop_at >= 2 and lows[cop_at - 1] in _ADDRESS_NOUNS and cond[cop_at - 2].service
                or lows[cop_at + 1:cop_at + 3] in (["provided", "with"], ["given"], ["configured", "with"])
                and not any(t.service for t in cond[:cop_at])
                and any(t.service for t in cond[cop_at + 2:cop_at + 5])) \
                and (main := (_Clause(toks[:i]) if i > 0 else self._main_for(clause, parts))) is not None \
                and {"use", "uses", "stores", "caches"} & {t.low for t in main.toks} \
                and not any(t.low in ("make", "ensure", "check", "verify", "confirm", "set") for t in main.toks[:2]):
            # "If a Redis URL is provided, the app uses it", "If Shlink is provided with redis access
            # configuration, it will use it to store shared locks": the use follows a setting
            return self._claim(toks[i], toks, "if-service-used", " ".join(t.text for t in toks[i:i + cop_at + 3]
                                                                          if t.kind != "punct"))
        if lead == "if" and len(cond) == 2 and cond[0].service and lows[1] in ("on", "enabled", "used", "configured") \
                and not self._blocked(toks, i):
            return self._claim(toks[i], toks, "if-service-used", " ".join(t.text for t in toks[i:i + 3]))  # "If Redis on"
        main = (_Clause(toks[:i]) if i > 0 else self._main_for(clause, parts)) if lows[:1] in (
            ["using"], ["choosing"], ["selecting"]) and len(cond) >= 2 else None
        if main is not None:
            role = [t for t in cond[1:5] if t.low not in ("the", "a", "an")]
            if len(role) >= 1 and (role[0].service and (len(role) == 1 or role[1].low in _ROLE_HEADS)
                                   or role[0].kind == "code" and self.names.camel is not None
                                   and self.names.camel.fullmatch(role[0].text.strip("`"))) \
                    and any(t.low in NECESSITY_ADJ for t in main.toks) and self._is_service(self._subject(
                        main.toks, next((k for k, t in enumerate(main.toks) if t.low in COPULAS), 0))) \
                    and not self._blocked(toks, i):
                # "A running Redis server is required when using `RedisBackend`": only with that backend
                return self._claim(toks[i], toks, "condition", " ".join(t.text for t in toks[i:i + 2]))
        ready = lows.index("ready") if "ready" in lows[:3] else None
        if ready is not None and lead in ("when", "once") and lows[:ready] in _READY_SUBJECTS \
                and lows[ready + 1:ready + 2] == ["to"] and lows[ready + 2:ready + 3] \
                and (lows[ready + 2] in _ADOPT_VERBS or lows[ready + 2] in ("enable", "use")) \
                and self._conjuncts_service(self._np_after(cond, ready + 3 + (lows[ready + 3:ready + 4] == ["to"]))) \
                and _negation_before(toks, i) is None and not self._blocked(toks, i) and not self._nonprod(toks):
            # "When you're ready to add Redis for better performance:", "When ready to enable Redis, …":
            # it waits until the reader is ready for it
            end = next((k for k in range(i + 1, len(toks)) if toks[k].service), i + ready + 4)
            return self._claim(toks[i], toks, "deferred", " ".join(t.text for t in toks[i:end + 1]))
        if lead in ("when", "whenever", "once", "where") and not lows[:2] in (["you", "need"], ["you", "want"], ["you", "use"], ["you", "enable"]):
            if not clause.lead.startswith("only"):
                return None
        if 2 <= len(lows) <= 3 and cond[0].service and (len(lows) == 2 or lows[1] in (
                "service", "server", "instance", "container", "addon", "add-on")) and (
                lows[-1] in ("added", "enabled", "included") or (clause.kind == "paren" or i == 0 and clause.index == 0
                                                                  and len(parts) == 1) and lows[-1] in (
                    "configured", "deployed", "provisioned", "used", "installed", "selected", "available", "present")) \
                and not self._blocked(toks, i):
            # (also a whole unit, as a comment over a setting: "# If Redis available")
            # "`REDIS_URL` - connection string (if Redis service added)", "(if Redis configured)": a
            # telegraphic condition on it (without a copula, which the loop below reads)
            return self._claim(toks[i], toks, "if-service-used", " ".join(t.text for t in toks[i:i + (
                2 if clause.kind == "paren" else 1 + len(lows))]))
        for k, w in enumerate(lows):
            if w in ("use", "uses", "need", "needs", "want", "wants", "enable", "enables", "run",
                     "runs", "choose", "chose", "opt", "have", "has", "prefer", "plan", "planning", "deploy",
                     "install", "add", "turn", "using", "include", "decide", "wish", "like",
                     "added", "enabled", "included", "opted", "disable", "remove", "drop", "skip", "omit",
                     "installed", "deployed", "configured", "provisioned",  # (past: "only if you installed Redis")
                     "adding", "enabling", "installing", "running", "deploying"):  # ("(if adding Redis)")
                # "(only if you added Redis)", "If you disable Redis, remove …"
                subject = lows[:k]
                if subject and (not set(subject) & SUBJECT_GENERIC or "other" in subject or "another" in subject):
                    return None  # "if Celery uses Redis as its broker": a statement about Celery
                    # ("If other applications use Redis, flush only your database": a shared instance)
                if set(subject) & {"were", "was", "had"} or set(lows[k + 1:]) & {"before", "previously", "earlier"}:
                    return None  # "If you were using Redis before:": a migration note on an old setup
                rest = cond[k + 1:]
                if len(rest) > 1 and rest[0].low == "to" and rest[1].low in ("disable", "remove", "drop", "skip",
                                                                             "omit", "turn") and w in (
                        "want", "wants", "wish", "like", "prefer", "decide", "choose", "opt", "plan", "planning",
                        "need", "needs"):
                    w = rest[1].low  # "If you want to disable Redis, remove `REDIS_URL`": going without it
                    # (and "If you need to disable Redis again:", a rollback to running without it)
                    rest = rest[2:] if rest[1].low != "turn" or rest[2:3] and rest[2].low == "off" else []
                    if w == "turn":
                        rest, w = rest[1:], "disable"
                elif len(rest) > 1 and rest[0].low == "to" and rest[1].low not in PROVISION_VERBS:
                    return None  # "if you need to reset Redis": a task, not the service
                if rest[:1] and rest[0].low == "with" and w in ("use", "using", "run", "runs"):
                    rest = rest[1:]  # "# If using with redis": the set-up it runs with
                while rest and rest[0].low in ("to", "on", "for", "up", "use", "run", "install", "add", "enable", "opt", "in"):
                    rest = rest[1:]
                np = self._np_after(rest, 0)
                manner = next((j for j, t in enumerate(np) if j and np[j - 1].service and t.low in (
                    "via", "through", "over", "behind", "inside", "from")), None)
                np = np if manner is None else np[:manner]  # ("use Redis via a Unix socket": the manner follows)
                head = next((t.low for t in rest if t.low not in ("a", "an", "the", "your")
                             and t.low not in PROVISION_VERBS), "")
                if np and np[0].low in ("more", "fewer", "multiple", "several", "many", "additional",
                                        "extra", "two", "three", "another", "separate", "one", "single") or head in (
                        "new", "fresh", "dedicated", "second", "existing", "own"):
                    # "if you run more Redis servers than workers": how many, not whether
                    return None  # ("if you need to create a new Redis service": a new one, not an existing one;
                    # "If you have an existing Redis deployment or prefer …": your own copy, not whether)
                if not self._conjuncts_service(np) or _versioned(np):
                    return None  # ("if using Upstash Redis": a choice of provider)
                if any(t.kind == "mention" for t in cond[max(0, k - 1):k + 3]):
                    return None  # "If you're asked to "add Redis" …": a request quoted, not a choice
                if len(np) > 1 and np[-1].low in ("features", "feature", "capabilities", "commands", "modules",
                                                  "volumes", "volume", "data", "keys", "backups", "snapshots", "logs") \
                        or w in ("add", "adding", "added") and len(np) > 1 and np[-1].low in (
                            "nodes", "replicas", "shards", "servers", "instances"):
                    # ("Restart the worker if you add Redis nodes": scaling it out)
                    return None  # "### If You Use Redis Features": some of its features, not whether
                    # ("if you want to remove the PostgreSQL and Redis volumes": its stored data)
                after = [t.low for t in rest[len(np):]]
                if after[:2] in (["to", "be"], ["to", "listen"], ["to", "accept"], ["together"], ["and"]):
                    return None  # "when you need Redis to be reachable": a property of it
                if after[:1] == ["for"] and (not {"two", "2", "multiple", "several"}.isdisjoint(after[1:3])
                                             and not {"types", "kinds", "purposes", "roles", "uses"}.isdisjoint(after[2:6])
                                             or after[1:2] == ["both"]):
                    return None  # "If you use Redis for two or more caching types, …": how many uses
                    # (and "Required if you use Redis for both the default and full-page cache")
                prefers = w in ("like", "prefer", "wish") or "like" in subject or "prefer" in subject
                role = [w for w in after[1:5] if w not in ("a", "an", "the", "your", "its")][:3]
                as_role = after[:1] == ["as"] and bool(set(role) & (_ROLE_HEADS | {"storage", "layer"})) \
                    and not set(role) & (_MANNER_NAMES | {"container", "service", "daemon", "process", "sidecar",
                                                          "managed", "external", "addon", "add-on", "docker"})
                # ("if you want to use Redis as a channel layer": for that role, as "for caching" is)
                if after[:1] and after[0] in ("from", "via", "with", "in", "on", "behind", "through",
                                              "over", "inside", "under", "as", "instead", "rather", "without") \
                        and not (after[0] == "as" and (prefers or as_role)):
                    # "if you install Redis from source": a condition on the manner, not on Redis
                    # ("If you enable Redis on Render": whether to run it, on that platform)
                    platform = rest[len(np) + 1] if len(rest) > len(np) + 1 else None
                    if not (after[0] == "in" and len(after) > 1 and after[1] == "production") and not (
                            w in ("enable", "activate") and after[0] == "on" and platform is not None
                            and platform.kind == "word" and platform.text[:1].isupper()):
                        return None
                if w in ("disable", "remove", "drop", "skip", "omit") and set(self._unit_lows) & (
                        BROKEN_WORDS | FAILURE_WORDS | {"error", "errors", "lost", "stop", "stops", "temporarily",
                                                        "maintenance"}):
                    return None  # "If you remove Redis, the app breaks"
                    # ("If you need to turn off Redis for maintenance, …": for a while, not for good)
                if rest and rest[0].low == "without" and set(self._unit_lows) & (BROKEN_WORDS | FAILURE_WORDS):
                    return None  # "If you run without Redis, the bot will fail …": it is needed
                ulows = self._unit_lows
                if w in ("use", "using", "run", "running") and any(
                        u in ("lost", "lose", "loses", "wiped", "evicted") and not any(
                            v in NEGATORS or v.endswith("n't") for v in ulows[max(0, n - 3):n])
                        for n, u in enumerate(ulows)):
                    return None  # "Session data may be lost if using Redis-backed sessions": a risk of that set-up
                    # (not "If you use Redis, sessions are not lost on a restart": what it brings)
                if w in ("have", "has") and ([t.low for t in np[-1:]] + after[:1] in (["running"], ["started"]) or (
                        [t.low for t in np[-3:]] + after)[:3] == ["up", "and", "running"]) and not {"use", "uses", "used", "using"} & set(self._unit_lows[k + 2:]):
                    return None  # "If you have Redis running, then running the full application … is as easy as:":
                    # the step's precondition (not "If you have Redis running, the app uses it")
                if w in ("have", "has") and "installed" in lows and all(
                        "-" in t.low.strip("`") for t in np if t.service):
                    return None  # "If you have django-redis or django-redis-cache installed": a client package
                if after[:1] in (["as"], ["for"]) and len(after) > 2 and (
                        "too" in after[2:8] or any(a == "as" and b == "well" for a, b in itertools.pairwise(after[2:9]))):
                    return None  # "If you are using `Redis` as a message broker too": a role besides the one it has
                return self._claim(toks[i], toks, "if-you-use", " ".join(t.text for t in toks[i:i + max(3, k + 2)]))
            if w in COPULAS and k + 1 < len(lows):
                subject = cond[:k]
                if lows[:k] in (["you"], ["we"]) and lows[k + 1] in ("using", "running", "deploying", "enabling",
                                                                     "planning"):
                    continue  # "If you are using Redis", "… planning to use Redis": the progressive of "if you use Redis"
                if not self._conjuncts_service(subject):
                    return None
                pred = lows[k + 1:]
                if lead in ("when", "whenever") and pred and pred[0] in (
                        "available", "configured", "enabled", "present", "set", "provisioned") and len(pred) == 1 \
                        and not clause.lead.startswith("only"):
                    return self._claim(toks[i], toks, "if-service-used", _lead_wording(toks, i))
                while pred and pred[0] in ("be", "been"):
                    pred = pred[1:]  # "if Redis should be deployed"
                before = toks[i - 1] if i else (parts[clause.index - 1].toks[-1] if clause.index > 0
                                                 and parts[clause.index - 1].toks else None)
                if before is not None and before.low in ("check", "checks", "checking", "verify", "verifies", "see",
                                                         "test", "tests", "confirm", "confirms", "know", "ask",
                                                         *_FOREIGN_CHECKS):
                    return None  # "check if Redis is installed", "Controlla se Redis è disponibile": whether
                if pred and pred[0] in ("enabled", "used", "available", "present", "configured",
                                        "wanted", "needed", "required", "desired", "in", "deployed",
                                        "provisioned", "added", "included", "selected", "chosen", "installed"):
                    if pred[0] == "in" and pred[1:2] != ["use"]:
                        return None
                    if pred[0] in ("available", "installed", "present") and len(pred) > 1:
                        return None
                    if pred[1:2] in (["for"], ["with"]) and any(w in PART_NOUNS for w in pred[2:4]):
                        return None  # "if your Redis instance is configured for persistence": a part of it
                    if pred[1:2] and pred[1] in ("correctly", "properly", "right", "successfully", "fine", "ok"):
                        return None  # "If Redis is configured correctly, you should see keys …": a check
                    if "without" in pred[1:4] and set(self._unit_lows) & {"error", "errors", "throw", "throws",
                                                                           "raise", "raises", "fail", "fails",
                                                                           "refuses", "refuse", "exits", "aborts"}:
                        return None  # "throws an error if Redis is enabled without a connection URI": a misconfiguration
                    if pred[0] in ("deployed", "installed", "configured") and pred[1:2] and pred[1] in (
                            "in", "with", "without", "behind", "on", "as", "via", "using") \
                            and pred[2:3] not in (["production"], ["prod"]) and len(pred) > 2 \
                            and (pred[1] != "as" or set(self._unit_lows) & _RISK_WORDS):
                        return None  # "If Redis is deployed in a non-HA fashion, …": how it runs, not whether
                    if pred[0] in ("chosen", "selected", "used") and "as" in pred[1:3] and set(self._unit_lows) & {
                            "options", "option", "settings", "section", "parameters", "keys"}:
                        return None  # "if Redis is chosen as the storage back end, the options in … become active"
                    if _auto_connects(self._unit_lows):
                        return None  # "If a Redis add-on is installed, Tater will automatically connect": set-up done for you
                    return self._claim(toks[i], toks, "if-service-used", _lead_wording(toks, i))
                return None
        return None

    def _ellipsis(self, parts: list[_Clause]) -> list[Claim]:
        """"Workers are optional; so is Redis" (and "Redis isn't" after a hedge: no claim)."""
        found = []
        for n, clause in enumerate(parts[1:], 1):
            lows = [t.low for t in clause.toks]
            if not any(t.service for t in clause.toks):
                continue
            positive = (lows[:2] in (["so", "is"], ["so", "are"], ["as", "is"], ["and", "so"])
                        or lows[-1:] in (["too"], ["also"]) or lows[-2:] == ["as", "well"]
                        or lows[:2] == ["same", "for"] or lows[:3] == ["the", "same", "for"]
                        or lows[:2] == ["likewise", "for"])
            if not positive or any(w in NEGATORS for w in lows):
                continue
            if len([t for t in clause.toks if t.kind != "punct"]) > 6:
                continue
            prev = parts[n - 1]
            for k, tok in enumerate(prev.toks):
                if tok.kind == "word" and (tok.low in OPTIONAL_WORDS or tok.low in RECOMMEND_WORDS) \
                        and not self._blocked(prev.toks, k):
                    found.append(self._claim(tok, prev.toks, "ellipsis"))
                    break
        return found


# -- small helpers ---------------------------------------------------------------------

# a step that went well, as the condition for the next ("If the build succeeded, then run …")
_SUCCESS_WORDS = frozenset({"succeeded", "succeeds", "successful", "successfully", "passed", "passes", "completed",
                            "completes", "finished", "finishes"})
# verbs that adjust what is there, as a step after setting the service up ("… and modifying the
# address in `config.py` if necessary")
_LAST_STEP_VERBS = frozenset({"modify", "modifying", "change", "changing", "edit", "editing", "adjust", "adjusting",
                              "update", "updating", "tweak", "tweaking", "customize", "customizing", "customise",
                              "customising", "override", "overriding"})


def _scale_after_helpful(toks: list[Tok], i: int, clause, parts) -> bool:
    """"useful for multi-instance setups", "useful in a setup where multiple instances share a
    VIP", "useful when you run several instances": a scale condition after the word at ``i``,
    in its clause or in the condition clause right after it."""
    if i + 1 < len(toks) and _scale_after(toks, i + 1):
        return True
    rest = [t.low for t in toks[i + 1:i + 12]]
    if len(rest) <= 3 and clause.index + 1 < len(parts) and parts[clause.index + 1].kind == "cond":
        following = parts[clause.index + 1]  # (the clause splits at "when" and "where")
        rest += [following.lead] + [t.low for t in following.toks[:11]]
    return bool(rest) and rest[0] in ("in", "for", "when", "where", "if") and _scale_phrase(rest)


def _strip_setup(phrase: list[Tok]) -> list[Tok]:
    """"Redis Configuration", "Redis setup": setting the service up (the nouns dropped)."""
    while len(phrase) > 1 and phrase[-1].low in ("configuration", "config", "setup", "set-up", "settings",
                                                 "installation", "*", "**", "_"):
        phrase = phrase[:-1]
    return phrase


def _open_end(toks: list[Tok]) -> bool:
    """The phrase before a parenthesis is unfinished ("need PostgreSQL and (optionally) …")."""
    last = toks[-1].low
    return last in ("and", "or", "plus", "with", ",", "a", "an", "the", "also") or last in PROVISION_VERBS and not (
        len(toks) > 1 and toks[-2].service)  # ("Redis setup (…)" is a noun phrase)


def _placed(toks: list[Tok]) -> bool:
    """"deploying Redis on Linux", "setting up Redis in a cluster configuration": the advice is
    where or how to run it (not "installing Redis in production", which is the scope)."""
    at = next((k for k, t in enumerate(toks) if t.service), None)
    if at is None or at + 2 >= len(toks) or toks[at + 1].low not in ("on", "in", "behind", "inside", "under"):
        return False
    after = [t.low for t in toks[at + 2:at + 6]]
    if any(w in ("production", "prod", "live", "staging", "all", "every", "each", "front") for w in after):
        return False
    return toks[at + 1].low != "in" or any(w in ("cluster", "clustered", "configuration", "container", "docker",
                                                 "mode", "setup", "vm", "pod", "sentinel") for w in after)


def _takes_it_up(lows: list[str]) -> bool:
    """The software takes the service up by itself ("switches to Redis", "uses Redis", "will
    automatically use Redis"), not the reader told to ("restart the app to use Redis")."""
    return not _TAKES_UP.isdisjoint(lows) or any(
        w in ("use", "utilize", "utilise") and k and lows[k - 1] in ("will", "automatically", "'ll")
        for k, w in enumerate(lows))


_TAKES_UP = frozenset({"uses", "utilizes", "utilises", "switches", "switch", "stores", "caches", "enables", "activates",
                       "moves", "move"})


# settings of the service named after it in Chinese, Japanese and Korean (number, password, port,
# address, host, user name, prefix, timeout)
# Korean and Japanese "two or more", "several" before a use of the service: how many uses
_CJK_SEVERAL = frozenset({"이상의", "여러", "複数の", "複数"})
# a setting's value that turns the role off ("`null`" broadcasting driver, "none")
_NO_BACKEND = frozenset({"null", "none", "off", "disabled", "log", "apc", "apcu"})
# kinds of the service named right before it in Chinese ("云端Redis": a cloud Redis, "外部 Redis": an outside one)
_CJK_VARIANTS = ("云端", "雲端", "云上", "雲上", "托管", "託管", "外部", "远程", "遠程", "独立", "獨立")
_CJK_PART_NOUNS = ("编号", "編號", "密码", "密碼", "端口", "地址", "主机", "主機", "用户名", "前缀", "超时", "持久化", "パスワード",
                   "ポート", "番号", "비밀번호", "포트", "주소")


def _for_a_use(toks: list[Tok], i: int) -> bool:
    """The hedge word at ``i`` is followed by "for" and a use of the service ("recommended for
    caching, queues"), not by a quality ("recommended for stability") or a setting."""
    return [t.low for t in toks[i + 1:i + 2]] == ["for"] and i + 2 < len(toks) and (
        toks[i + 2].low in FEATURE_NOUNS or toks[i + 2].low in _ROLE_WORDS or toks[i + 2].low in _ROLE_HEADS)


def _dev_not_production(lows: list[str]) -> bool:
    """The unit names development or tests and denies production ("suitable for development and
    tests, not for multi-process production"): what it says holds off production only."""
    if "production" not in lows and "prod" not in lows:
        return False  # (most units: a scan in C first)
    at = next((k for k, w in enumerate(lows) if w in ("production", "prod")), None)
    return at is not None and (any(w in ("not", "never") for w in lows[max(0, at - 4):at]) or any(
        w in ("not", "never") and lows[k - 1] == "," for k, w in enumerate(lows[max(1, at - 8):at], max(1, at - 8)))) \
        and any(w in ("development", "dev", "tests", "testing", "local") for w in lows[:at])
    # (also "… during development, not as a substitute in production": the denial after a comma)


# what a condition may call the default the reader keeps ("if you choose the default setup")
_DEFAULT_SETUPS = frozenset({"setup", "set-up", "installation", "install", "configuration", "config", "values",
                             "options", "settings", "profile", "stack", "deployment"})
# a wish of the reader's that a condition names ("if you want", "if you'd like")
_WISHES = (["you", "want"], ["you", "like"], ["you'd", "like"], ["you", "prefer"], ["you", "wish"])


def _writer_offers(main) -> bool:
    """The main clause is the writer's offer ("I can add an example unit file …", "we'll set
    it up for you"): what the reader may wish for is the writer's help, not the service."""
    if main is None:
        return False
    words = [t.low for t in main.toks if t.kind != "punct" and t.low not in ("*", "**", "_")][:2]
    return words[:1] in (["i"], ["we"]) and words[1:2] != [] and words[1] in ("can", "could", "will", "would", "may") \
        or words[:1] in (["i'll"], ["we'll"], ["i'd"], ["we'd"], ["i’ll"], ["we’ll"])


def _example_spans(toks: list[Tok]) -> list[tuple[int, int]]:
    """Where a parenthesis of examples stands ("(e.g. in the dev environment)", "(for example
    on a laptop)"): an example does not limit the scope of what it illustrates."""
    spans = []
    for k, tok in enumerate(toks):
        if tok.low == "(" and k + 1 < len(toks) and (toks[k + 1].low in ("e.g", "eg") or (
                toks[k + 1].low == "for" and k + 2 < len(toks) and toks[k + 2].low in ("example", "instance"))):
            end = next((t.end for t in toks[k + 1:] if t.low == ")"), toks[-1].end)
            spans.append((tok.start, end))
    return spans


# a word that makes the service one copy among others ("# Local Redis (fallback)": that copy is the fallback)
_COPY_WORDS = frozenset(VARIANT_WORDS | {"local"})


def _part_named_first(phrase: list[Tok]) -> bool:
    """A phrase that ends with the service after a part of it written first, as languages that
    put the head noun before its owner do ("пароль Redis", "contraseña de Redis"): a foreign
    word read as the part (lexicon.FOREIGN_MEANINGS), right before the name or before
    "de"/"do"/"del"/"di"/"du" and the name."""
    words = [t for t in phrase if t.low not in ("*", "**", "_", "`")]
    while len(words) > 2 and not words[-1].service and words[-1].low in _SET_UP_PARTICIPLES \
            and words[-1].text.lower() != words[-1].low:
        words = words[:-1]  # "Backups Redis configurés": set up, said after it
    if len(words) < 2 or not words[-1].service:
        return False
    k = len(words) - 2
    if words[k].low in ("de", "do", "da", "del", "di", "du", "des", "dello", "della") and k > 0:
        k -= 1
    part = words[k]
    return part.low in PART_NOUNS and (part.text.lower() != part.low or k == len(words) - 2 and part.low in (
        "backups", "backup", "monitoring", "logs", "metrics"))  # (English words in French: "Backups Redis")


def _last_phrase(toks: list[Tok]) -> list[Tok]:
    """The phrase right before a parenthesis: after the last comma or list conjunction."""
    for k in range(len(toks) - 1, -1, -1):
        if toks[k].low in (",", "and", "&", "or", "plus", "with") and k < len(toks) - 1 and not (
                k + 1 < len(toks) and toks[k + 1].service and k and toks[k - 1].low == "+"):
            if toks[k].low in ("and", "&", "or") and _purposes_joined(toks, k):
                continue  # "Redis URL for caching and rate limiting (optional)": both are its purposes
            return toks[k + 1:] if toks[k].low != "plus" else toks[k:]
        if toks[k].low in ("via", "using") and k + 1 < len(toks) and toks[k + 1].low in _MANNER_NAMES:
            return toks[k + 1:]  # "Start Redis via Docker Compose (recommended)": the way to run it
    return toks


def _purposes_joined(toks: list[Tok], k: int) -> bool:
    """The conjunction at ``k`` joins two purposes of the service ("Redis for caching and rate
    limiting"), not the service and another part ("Redis for caching and Sentinel")."""
    at = next((j for j in range(k - 1, -1, -1) if toks[j].low in ("for", ",", ";", "(")), None)
    if at is None or toks[at].low != "for" or not any(t.service for t in toks[:at]):
        return False
    after = toks[k + 1:]
    return 0 < len(after) <= 3 and all(t.kind == "word" and t.low == t.text and t.low.isalpha() and not t.service
                                       and t.low not in PART_NOUNS for t in after)


def _bare_name(toks: list[Tok]) -> bool:
    """Only a name (and articles, commas, identity nouns): "Redis,", "the Redis server"."""
    return all(t.service or t.kind == "punct" or t.low in ("the", "a", "an", "local", "own")
               or t.low in IDENTITY_NOUNS for t in toks)


def _appositive(inner: list[Tok]) -> bool:
    """A short noun phrase in parentheses names what precedes it: "(Redis)", "(the cache)"."""
    words = [t for t in inner if t.kind != "punct"]
    if not words or len(words) > 4:
        return False
    lows = {t.low for t in words}
    if words[0].low in PROVISION_VERBS or words[0].low in STEP_VERBS or words[0].low in ("see", "uses", "needs"):
        return False  # "(use the local memory cache)": an instruction, not a name
    return not (lows & (OPTIONAL_WORDS | RECOMMEND_WORDS | CONDITION_WORDS | NEGATORS
                        | {"optionally", "only", "nice", "e.g", "i.e", "see", "plus", "and", "or"}))


DETERMINERS = {"the", "a", "an", "your", "our", "this", "that", "its", "their", "my", "each",
               "every", "any"}


def _skip_determiners(words: list[Tok], k: int) -> int:
    """The index of the word before the determiners ending at ``k`` ("on *the* Redis box")."""
    while k > 0 and words[k].low in DETERMINERS:
        k -= 1
    return k


_IDIOM_FIRST = {idiom[0] for idiom in CHOICE_IDIOMS}


def _idiom_at(toks: list[Tok], i: int) -> int | None:
    """The length of a choice idiom starting at ``i`` ("up to you", "your call"), else None."""
    for idiom in CHOICE_IDIOMS:
        if toks[i].low == idiom[0] and [t.low for t in toks[i:i + len(idiom)]] == list(idiom):
            return len(idiom)
    return None


def _label_of(clause: _Clause, parts: list[_Clause]) -> _Clause:
    """The clause a label value belongs to: the one before it, skipping parentheses that
    were listed in between ("Redis: optional (defaults to the DB cache)")."""
    k = clause.index - 1
    while k > 0 and parts[k].kind == "paren" and not parts[k].label_after:
        k -= 1
    return parts[k]


def _after_attributes(toks: list[Tok], i: int) -> bool:
    """``toks[i]`` starts the last of a few short comma-separated attributes ("Best performance,
    recommended …"), none of which says it is needed or not."""
    if toks[i - 1].low != ",":
        return False
    items: list[list[str]] = [[]]
    for t in toks[:i - 1]:
        if t.low == ",":
            items.append([])
        elif t.kind == "word":
            items[-1].append(t.low)
    return len(items) <= 3 and all(1 <= len(item) <= 3 for item in items) and not any(
        w in NECESSITY_ADJ or w in NEGATORS or w in MODALS or w in COPULAS or w in ("must", "need", "needs", "requires")
        for item in items for w in item)


# the label of one of several set-ups ("Scenario 2:", "Option B:")
_CHOICE_LABELS = frozenset({"scenario", "option", "case", "setup", "approach", "strategy", "variant", "alternative",
                            "plan", "tier", "profile"})


def _joins_values(between: list[str]) -> bool:
    """What stands between two values of a setting joins them as a list: a comma or "or", with the
    marks around values, a "(default)" after the first and a short purpose ('"redis" for distributed
    scheduling or "memory"')."""
    words = [w for w in between if w not in _VALUE_MARKS]
    if words[:3] == ["(", "default", ")"]:
        words = words[3:]
    if words[:1] == ["for"] and 1 < len(words) <= 6:
        words = words[next((k for k, w in enumerate(words) if w in _VALUE_OR_WORDS or w == ","), len(words)):]
    return bool(words) and all(w in _VALUE_JOINERS for w in words)


def _after_choice_label(clause, parts) -> bool:
    """``clause`` is the title after a short label naming one of several set-ups ("### Scenario 2:
    Production without Redis (Caffeine)"), with nothing after it but parentheses."""
    if clause.index == 0 or not clause.label_before or not parts[0].label_after:
        return False
    label = [t.low for t in parts[0].toks if t.kind == "word"]
    return 1 <= len(label) <= 3 and label[0] in _CHOICE_LABELS and all(
        p.kind == "paren" and not any(t.low in NEGATORS or t.low in ("avoid", "discouraged", "deprecated", "legacy")
                                      for t in p.toks) for p in parts[1:] if p is not clause)
    # (not "(not recommended)", as the title without a label is not)


# a time limit that leaves a plain hedge as it is: "so it is optional for now"
_FOR_NOW = (["for", "now"], ["for", "the", "moment"], ["at", "the", "moment"], ["right", "now"], ["currently"],
            ["for", "the", "time", "being"], ["at", "present"], ["today"])


def _for_every_role(toks: list[Tok]) -> bool:
    """"use Redis for both", "… for all of them": the service takes every role named before."""
    return any(t.service and [u.low for u in toks[k + 1:k + 3]] in (["for", "both"], ["for", "all"], ["for", "everything"])
               for k, t in enumerate(toks))


def _uses_it_alone(toks: list[Tok]) -> bool:
    """"use only Redis", "using just Redis": the service alone, without the others (the "only"
    restricts what else is used, not whether it is)."""
    return any(t.low in ("only", "just", "solely") and 0 < k < len(toks) - 1 and toks[k + 1].service
               and toks[k - 1].low in ("use", "using", "uses", "used") for k, t in enumerate(toks))


def _asserts_necessity(toks: list[Tok], outright: bool = False) -> bool:
    """The unit states plainly that something is required ("…, and it is required"); ``outright``:
    for nothing in particular, its clause ending there ("**Redis is Critical**: Without Redis, …")."""
    for k, tok in enumerate(toks):
        if tok.low in ("required", "mandatory", "essential", "necessary", "critical", "crucial", "vital") \
                and tok.kind == "word":
            if outright and next((t.low for t in toks[k + 1:] if t.low not in ("*", "**", "_", "__")), ".") not in (
                    ":", ".", ";", "—", "-", "!"):
                continue  # ("Redis is required for caching; without it, …": for one part)
            before = [t.low for t in toks[max(0, k - 4):k]]
            after = [] if outright else [t.low for t in toks[k + 1:k + 3]]  # (outright: the clause ends)
            cop = next((j for j in range(k - 1, max(-1, k - 3), -1) if toks[j].low in COPULAS), None)
            if cop is None and k and toks[k - 1].service and (k + 1 == len(toks) or toks[k + 1].low in (
                    "for", ",", ";", ".", "(", "—", "-")):
                cop = k  # telegraphic: "Redis required for caching"
            if cop is None or cop == 0 or not (toks[cop - 1].service or toks[cop - 1].low in ("it", "that")):
                continue  # the necessity must be said of the service ("Celery is required" is not)
            if any(w in NEGATORS or w.endswith("n't") or w in ("only", "if", "when", "unless") for w in before + after):
                continue
            return True
    return False


_GOES_WITHOUT = frozenset({"without", "no", "skip", "skipping", "disable", "disabling"})


# participles of taking the service up, after "is" ("Redis is used optionally", "… is optionally enabled")
_PASSIVE_USES = frozenset({"used", "enabled", "installed", "deployed", "configured", "supported", "included",
                           "provisioned", "added", "integrated", "connected", "loaded", "started"})


def _recommended_for_a_role(toks: list[Tok]) -> bool:
    """"recommended for rate limiting", "(recommended for production rate limits + AI response
    cache)": what the service would do is advised, not where or which one ("recommended for
    serverless", "for production")."""
    at = next((k for k, t in enumerate(toks) if t.low == "for"), None)
    return at is not None and any(t.low in FEATURE_NOUNS or t.low in _ROLE_WORDS or t.low in ("limits", "queues")
                                  for t in toks[at + 1:at + 5])


# what a sample shows ("### Expected Response (without Redis):", "Example output (no Redis)")
_SAMPLE_NOUNS = frozenset({"response", "responses", "output", "outputs", "example", "examples", "result", "results",
                           "reply", "log", "logs", "sample", "samples"})


# settings of the service itself, not where it is ("the password of the Redis instance")
_OWN_SETTINGS = frozenset({"password", "number", "db", "database", "prefix", "namespace", "timeout", "ttl", "username",
                           "user", "certificate", "tls"})
# what a variable that points at it holds ("the address of the Redis instance")
_LOCATOR_NOUNS = frozenset({"address", "host", "hostname", "url", "uri", "port", "endpoint", "password", "dsn"})


def _address_of(tokens: list[Tok], k: int) -> bool:
    """The service at ``k`` is what a setting's address points at: "the address of the Redis
    instance", "host of Redis"."""
    lows = [t.low for t in tokens[max(0, k - 3):k]]
    return lows[-2:-1] == ["of"] and lows[-3:-2] and lows[-3] in _LOCATOR_NOUNS and lows[-1] in ("the", "your", "a") \
        or lows[-1:] == ["of"] and lows[-2:-1] and lows[-2] in _LOCATOR_NOUNS


def _restart_caveat(toks: list[Tok]) -> bool:
    """"(data lost on restart)", "(cleared when the app restarts)": what a stand-in loses when the
    process restarts, a caveat of the stand-in, not a failure of anything."""
    lows = {t.low for t in toks}
    return not lows.isdisjoint(("restart", "restarts", "restarted", "redeploy", "redeploys", "reboot", "reboots")) \
        and not lows.isdisjoint(("lost", "lose", "loses", "cleared", "wiped", "reset", "gone"))


def _fails_after(lows: list[str], k: int) -> bool:
    """Something fails or crashes after position ``k`` ("…, the bot will fail to start"); not "fails
    over", "falls back", "fails open" (it keeps serving)."""
    return any(w in ("fail", "fails", "crash", "crashes") and lows[j + 1:j + 2] not in (["over"], ["open"], ["back"],
                                                                                         ["safe"], ["gracefully"])
               and not any(n in ("not", "never", "won't", "doesn't", "don't", "cannot", "can't", "shouldn't")
                           for n in lows[max(0, j - 2):j])
               for j, w in enumerate(lows) if j > k)


def _conditional_prep(lows: list[str], k: int) -> bool:
    """"once you have two web workers", "at scale": a condition, not a count or a place
    ("only needed once", "only needed on the web host", "at the edge")."""
    if k + 1 >= len(lows):
        return False
    word, nxt = lows[k], lows[k + 1]
    if word == "once":
        return nxt in ("you", "we", "they", "it", "there", "your", "the", "traffic", "load", "more")
    if word == "at":
        return nxt not in DETERMINERS and nxt[:1].isalpha() and nxt not in ("least", "most", "all", "startup", "boot")
    return False


def _next_words(toks: list[Tok], i: int, n: int) -> list[str]:
    return [t.low for t in toks[i + 1:i + 1 + n]]


_FIRST_RELEASE = frozenset({"mvp", "v1", "v1.0", "launch", "beta", "alpha", "prototype", "poc", "pilot"})


def _later_marker(words: list[str]) -> bool:
    """The words name a later phase: "later", "in Phase 2", "in a future release", "in v2",
    "post-MVP" (emphasis marks skipped)."""
    words = [w for w in words if w not in ("*", "**", "_", "__")]
    return any(w in ("later", "eventually", "post-mvp", "future", "afterwards") for w in words) or any(
        a == "phase" and b[:1].isdigit() and b[:1] != "1" or a in ("next", "later", "future", "subsequent") and b in (
            "phase", "release", "version", "iteration", "milestone", "sprint", "quarter")
        for a, b in zip(words, words[1:])) or any(_VERSION_MARK_RE.fullmatch(w) and w not in ("v1", "v1.0", "v0")
                                                  for w in words)


# states an instruction brings the service to ("ensure Redis is configured", "make sure you have
# Redis running")
_REACHED_STATES = frozenset({"running", "configured", "installed", "available", "up", "set", "enabled", "deployed"})
# a copy of the service that a condition may set aside ("a separate Redis server")
_OTHER_COPIES = frozenset({"separate", "external", "dedicated", "remote", "managed", "hosted", "standalone"})
# what a negated predicate withholds ("using one of these to replace Redis is not officially supported")
_NOT_SANCTIONED = frozenset({"supported", "recommended", "possible", "allowed", "advised", "tested"})
# checks whose parenthesis lists what they look at ("readiness (DB / Redis)")
_CHECKED_HEADS = frozenset({"readiness", "liveness", "health", "healthcheck", "healthchecks", "check", "checks",
                            "probe", "probes", "connectivity", "ping", "pings", "status"})
# words before a list that make its items examples of a kind ("a backend like Redis or Postgres")
_EXAMPLE_LEADS = frozenset({"like", "e.g", "e.g.", "eg", "including", "such", "case"})
# words that present a list of values as a choice ("either", "one of", "options are", "supports")
# a count of servers or instances before the name ("at least five Redis servers")
# (also "Scale to multiple Redis instances if needed", "more Redis nodes": how many, not whether)
# words of a second copy kept for failover ("an additional Redis server as a replica")
_REPLICA_WORDS = frozenset({"replica", "replicas", "replication", "replicate", "failover", "standby", "slave", "slaves",
                            "sentinel", "sentinels", "cluster", "ha", "high-availability", "redundancy", "backup"})
_COUNT_WORDS = frozenset({"least", "most", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                          "multiple", "several", "more", "additional", "extra", "many"})
# "when to use" in other languages, where the infinitive follows the question word ("Quando usar
# Redis?", "Cuándo usar Redis", "Quand utiliser Redis", "Wann Redis verwenden" is not read)
_FOREIGN_WHEN = frozenset({"quando", "cuándo", "cuando", "quand"})
_FOREIGN_USE = frozenset({"usar", "utilizar", "utiliser", "usare", "utilizzare", "adicionar", "añadir", "agregar",
                          "ajouter", "aggiungere", "activer", "ativar", "activar",
                          "use", "add", "need"})
# (Portuguese "usar", "adicionar", Spanish "necesitas" as lexicon.FOREIGN_MEANINGS reads them: "¿Cuándo necesitas Redis?")
_FIRST_FIVE = operator.itemgetter(slice(None, 5))  # a word's first five letters (all of a shorter one)
_YOU_CAN_USE_RE = re.compile(r"\b(?:you|we|users|operators|teams) can (?:also |optionally |additionally |still )?"
                             r"(?:use|opt|enable|add|plug|configure|choose to|decide to)\b")


# infinitives of taking the service up in Spanish, Portuguese, Italian and French, as written (the
# lexicon reads some as English, not those in one token after "d'": "No es obligatorio tener Redis",
# "d'utiliser Redis"): the "when to use" ones and a few more
_ROMANCE_INFINITIVES = _FOREIGN_USE - {"use", "add", "need"} | frozenset({
    "tener", "ter", "avere", "installare", "configurar", "configurare", "ejecutar", "executar", "rodar", "habilitar",
    "installer", "avoir", "configurer", "lancer"})


def _romance_extraposed(lows: list[str], neg: int, cop: int, i: int, subject) -> bool:
    """Romance word order for "it is not required to use X": no subject before the negation and
    the copula ("Não é obrigatório usar", "No es necesario instalar", "Non è necessario usare"), or
    French "Il n'est pas nécessaire d'installer", and the infinitive right after the hedge word."""
    verb = lows[i + 1]
    if not subject and neg + 1 == cop and cop + 1 == i and lows[neg] in ("não", "nao", "no", "non"):
        return verb in PROVISION_VERBS or verb in _ROMANCE_INFINITIVES
    if [t.low for t in subject] == ["il"] and lows[cop] == "n'est" and cop + 1 == neg and neg + 1 == i:
        return verb[:2] == "d'" and verb[2:] in _ROMANCE_INFINITIVES
    return False


def _turned_on(toks: list[Tok]) -> str | None:
    """The setting at the start of ``toks`` that turns something on, as one code span or as
    name, "=", value: "FEATURE_CACHE=true", "`USE_REDIS=1`"; None if there is none."""
    for n in (1, 3):
        text = "".join(t.text.strip("`") for t in toks[:n])
        name = _SETTING_NAME_RE.match(text)
        if name is not None and _TRUTHY.fullmatch(text[name.end():].strip().strip("'\"")):
            return text
    return None


_DEFAULT_OFF_RE = re.compile(r"\bdefault\s*:?\s*`?(?:false|off|disabled|no|0)\b|\b(?:off|disabled) by default\b")


def _inherits_variable(names, cell: list[Tok]) -> bool:
    """A cell that gives another variable of the service as the value: "Uses `REDIS_URL`",
    "Same as `REDIS_URL`", "Defaults to `REDIS_URL`"."""
    words = [t for t in cell if t.kind != "punct"]
    return 2 <= len(words) <= 4 and words[0].low in ("uses", "same", "defaults", "inherits", "inherited") \
        and words[-1].kind == "code" and names.locates(words[-1].low.strip("` "))


@functools.lru_cache(maxsize=8)
def _own_copy_patterns(names: tuple[str, ...]) -> tuple[tuple[re.Pattern, tuple[str, ...]], ...]:
    """Patterns for a copy of the service the software brings: "bundled Redis", "in-chart
    Valkey", "the Redis subchart", "`redis.enabled`", "local Redis"; each with the substrings
    one of which any match contains (a scan of the whole text for a pattern costs more than a
    few ``in`` tests, and most documents have none of them)."""
    alternatives = "|".join(re.escape(n) for n in names + ("valkey", "keydb"))
    return ((re.compile(r"\b(?:bundled|bundles|ships|built-in|builtin|embedded|in-chart|sub-?chart|internal|included|in-cluster|"
                        r"local|sidecar|integrated)\W+(?:\w+\W+){0,2}(?:" + alternatives + r")\b"),
             ("bundle", "ships", "built-in", "builtin", "embedded", "in-chart", "subchart", "sub-chart", "internal",
              "included", "in-cluster", "local", "sidecar", "integrated")),
            (re.compile(r"\b(?:" + alternatives + r")\W+(?:sub-?chart|containers?|sidecar|pod|statefulset|service)\b"),
             ("subchart", "sub-chart", "container", "sidecar", "pod", "statefulset", "service")),
            (re.compile(r"\b(?:" + alternatives + r")\.enabled\b"), (".enabled",)),
            # "**All-in-one image** with everything bundled: … - Redis (caching)": an image that brings it
            (re.compile(r"\ball-in-one\b[^\n]{0,60}\beverything\s+(?:bundled|included)\b"), ("all-in-one",)),
            # "the `redis` and `postgres` services in docker-compose.yml": a compose service of its own
            (re.compile(r"`(?:" + alternatives + r")`(?:\s*(?:,|and|&)\s*`[\w.-]+`)*\s+(?:services?|containers?)\b"),
             ("`",)))


_CONDITION_LEADS = frozenset({"if", "when", "unless", "whenever"})
_CONNECT_TROUBLE = frozenset({"misconfigured", "invalid", "wrong", "incorrect", "error", "errors", "timeout", "refused",
                              "unreachable", "firewall", "blocked", "tls", "ssl", "certificate"})
# the app leaves the service alone: "make no attempt to connect to Redis", "skips connection",
# "is not contacted", "does not try to connect"
_NO_CONNECTION_RE = re.compile(r"\b(?:makes? no attempt to connect|(?:does not|doesn't|will not|won't|never|do not|"
                               r"don't)\s+(?:try to |attempt to )?(?:connect|contact)|skips?\s+(?:the\s+)?(?:\S+\s+)?"
                               r"connection|(?:is|are) not contacted)\b")


# words that report work done: the phase is history, not a plan
_DONE_WORDS = frozenset({"added", "introduced", "implemented", "completed", "done", "was", "were", "shipped",
                         "migrated", "✅", "finished", "delivered"})
_LATER_PHASE_RE = re.compile(r"\b(?:in|for|until|by) (?:phase|stage)\s*[2-9]")
# a later phase as a step's label ("### phase 2: add redis")
_PHASE_LABEL_RE = re.compile(r"[#*_>\s-]*(?:phase|stage)\s*[2-9][\w.]*[*_]*\s*[:\-—–]")
# tools of the code base that may do without the service while the deployment does not
_TOOL_NOUNS = frozenset({"script", "scripts", "test", "tests", "function", "functions", "helper", "helpers",
                         "utility", "utilities", "command", "commands", "cli", "benchmark", "benchmarks", "fixture",
                         "fixtures", "unit"})
# words that say a list of stores is a choice ("either", "one of", "supports", "backend")
_CHOICE_CUES = frozenset({"either", "one", "options", "option", "supports", "support", "choose", "choices", "values",
                          "value", "store", "stores", "backend", "backends", "driver", "drivers", "adapter", "provider",
                          "engine", "type"})
# the suffixes of a setting that picks a backend ("`CACHE_TYPE`", "`SESSION_BACKEND`", "`QUEUE_DRIVER`")
# "Redis just makes it faster": all it adds is speed
_MERELY_WORDS = frozenset({"just", "simply", "merely", "only"})
_FASTER_WORDS = frozenset({"faster", "quicker", "snappier", "smoother", "better", "speedier", "more"})
# what joins the values of a setting ("`memory`, `redis`, or `mongo`", '"file" o "redis"'), and the
# words of them that make a choice
_VALUE_OR_WORDS = frozenset({"or", "o", "ou", "oder", "either"})
# the marks around a value: quotes, a code span's backticks, emphasis
_VALUE_MARKS = frozenset({'"', "'", "“", "”", "‘", "’", "«", "»", "`", "*", "**", "_"})
_VALUE_JOINERS = _VALUE_OR_WORDS | _VALUE_MARKS | {",", "/"}
_CHOICE_SETTINGS = ("_type", "_backend", "_driver", "_store", "_engine", "_adapter", "_mode", "_provider")
# what a hedge on "the Redis caching approach" is about: a way of using it
_APPROACH_HEADS = frozenset({"approach", "approaches", "strategy", "strategies", "pattern", "patterns", "method",
                             "methods", "way", "ways", "practice", "practices", "technique", "techniques", "recipe",
                             "recipes", "tutorial", "example", "examples", "implementation", "implementations",
                             # (what is done with it: "skip all Redis cache operations" for one request)
                             "operations", "operation", "calls", "lookups", "round-trips", "roundtrips"})
# the words of a condition on the state a running service is in ("if stopped", "if it is not running")
_STATE_WORDS = frozenset({"it", "is", "isn't", "not", "already", "still", "currently", "running", "inactive", "was"})
_GOES_WITHOUT_VERBS = frozenset({"avoids", "skips", "omits", "excludes", "bypasses", "forgoes", "drops", "eliminates",
                                 "avoid", "skip", "omit", "exclude"})
# parts of an application whose going without the service says nothing of the deployment
_PART_SUBJECTS = frozenset({"cli", "worker", "workers", "test", "tests", "script", "scripts", "exporter", "plugin",
                            "plugins", "module", "modules", "job", "jobs", "command", "endpoint", "sidecar", "check",
                            "healthcheck", "migration", "migrations", "backup", "backups"})
# what may leave the service out as a whole: a setup, a mode, the app (not a part of it)
_SETUP_SUBJECTS = frozenset({"setup", "configuration", "deployment", "stack", "mode", "app", "application", "project",
                             "version", "release", "build", "installation", "image", "approach", "architecture",
                             "design", "variant", "profile", "template", "plan", "edition", "option", "install",
                             "distribution", "bundle", "flavor", "flavour", "tier", "we", "it"})
_FUTURE_KEYS = frozenset({"will", "'ll", "shall", "planned", "going", "plan", "planning", "intend", "eventual", "potential",
                          "future", "possible", "scheduled", "slated", "mvp", "v1", "launch", "beta", "alpha",
                          "prototype", "poc", "pilot", "first", "initial"})
# what a reader is ready to do when the guide's production steps begin ("when you're ready to deploy")
_GO_LIVE_VERBS = frozenset({"deploy", "launch", "ship", "release", "publish", "start", "begin", "proceed",
                            "continue", "install", "run"})
# the states of choice in "With Redis configured, …" (not "running", the guide's order: "With Redis running, start the worker")
_WITH_STATES = frozenset({"configured", "enabled", "installed", "active", "activated"})
# who is ready in "when you're ready to add Redis" (or no one: "when ready to add Redis")
_READY_SUBJECTS = ([], ["you"], ["you", "are"], ["you're"], ["we"], ["we", "are"], ["we're"], ["you", "feel"])
# a load that grows ("once job volume grows"): a condition to come, not a time in the guide's order
_GROWTH_VERBS = frozenset({"grows", "grow", "outgrows", "outgrow", "increases", "increase", "exceeds", "exceed",
                           "scales", "warrants", "justifies", "demands"})
# what "Don't add Redis until …" may wait for besides "you need it": growth, or a fix upstream
_UNTIL_GROWS = _GROWTH_VERBS | {"traffic", "load", "usage", "demand", "updates", "updated", "fixed", "fixes",
                                "released", "releases"}
# the participles and verbs of a plan that adds the service
_FUTURE_PARTICIPLES = frozenset({"added", "introduced", "implemented", "adopted", "integrated", "deployed", "enabled"})
_FUTURE_VERBS = frozenset({"add", "introduce", "implement", "adopt", "integrate", "deploy", "enable"})
# what the condition of such a plan asks for: a need, a scale, a load (not a step of the guide)
_FUTURE_NEEDS = frozenset({"need", "needs", "needed", "require", "requires", "required", "requirements", "emerge",
                           "emerges", "scale", "scaling", "scales", "horizontal", "load", "traffic", "grows", "grow",
                           "bottleneck", "bottlenecks", "necessary", "justified", "warranted", "demand", "demands",
                           "multiple", "instances", "replicas", "servers", "nodes", "users", "exceeds", "reach",
                           "reaches", "becomes", "mvp", "launch", "validated"})
# the order of a guide, a failure, a status: not a plan for later
_FUTURE_BLOCKERS = frozenset({"back", "again", "restored", "recovers", "recovered"}) | FAILURE_WORDS | BROKEN_WORDS
_GUIDE_ORDER = frozenset({"step", "steps", "section", "chapter", "below", "page", "guide", "tutorial", "script",
                          "installer"})
# a failure or a condition: not a change that took the service out
_REMOVAL_BLOCKERS = FAILURE_WORDS | BROKEN_WORDS | {"if", "when", "unless", "after", "once", "?"}
# a step that takes the service out ("Remove the Redis service", "Disable Redis in compose")
_REMOVE_STEP_VERBS = frozenset({"remove", "removing", "disable", "disabling", "drop", "dropping", "delete",
                                "deleting", "eliminate", "eliminating"})
# (in other languages, read as "disable" through FOREIGN_MEANINGS: "Deshabilitar Redis completamente")
_FOREIGN_DISABLE = ("deactivat", "deshabilit", "desabilit", "desactiv", "desativ", "désactiv", "deaktivier", "disattiv", "отключ", "禁用", "停用")
# what such a step may name after the service: the service itself, not a part of it
_REMOVE_STEP_HEADS = frozenset({"service", "services", "container", "containers", "dependency", "dependencies",
                                "references", "reference", "support", "integration", "server", "instance",
                                "addon", "add-on", "requirement", "usage", "backend", "broker"})
# a move, a rebuild, an uninstall, a test or a failure: not going without the service
_REMOVE_STEP_BLOCKERS = frozenset({"host", "reinstall", "re-install", "recreate", "re-create", "rebuild", "upgrade",
                                   "upgrading", "migrate", "migrating", "uninstall", "uninstalling", "purge", "cleanup",
                                   "clean", "temporarily", "test", "testing", "simulate", "verify",
                                   "replace", "replacing", "downtime", "maintenance", "keys", "key", "data", "volume",
                                   "volumes", "persistence", "password", "auth", "authentication", "tls", "ssl",
                                   "protected-mode", "commands", "command", "snapshot", "snapshots", "aof", "rdb",
                                   "thp", "transparent", "hugepages", "ipv6", "dump", "backup", "backups", "acl"}
                                  | (_REMOVAL_BLOCKERS - {"restart", "restarts", "restarted", "restarting"}))
# parts of an application that may stop using the service while the application still does
_COMPONENT_WORDS = frozenset({"worker", "workers", "config", "configuration", "exporter", "cli", "script", "scripts",
                              "test", "tests", "migration", "migrations", "job", "jobs", "plugin", "plugins", "module",
                              "modules", "command", "endpoint", "container", "image", "sidecar"})
# dependency manifests: what is removed from them is a client library
_MANIFESTS = frozenset({"package.json", "requirements.txt", "gemfile", "composer.json", "pyproject.toml", "go.mod",
                        "cargo.toml", "pom.xml", "build.gradle", "pipfile", "setup.py", "setup.cfg", "mix.exs"})
# an arrow of a change ("Redis → in-memory cache") and what stands in for the service after one
# (Rails' database-backed "Solid Cache"/"Solid Queue", an LRU cache in the process)
_ARROWS = frozenset({"→", "->", "=>", "⇒"})
_ARROW_STAND_INS = frozenset({"solid", "solid_cache", "solid_queue", "solid_cable", "lru", "lru-cache"})
_CHANGE_LABELS = frozenset({"breaking", "changed", "change", "changes", "migration", "migrated", "replaced", "swapped",
                            "switched", "moved"})
# what follows "Redis removed" as a state, not as a verb with an object ("Redis removed from the
# stack", "Redis removed entirely"; not "Upgraded Redis — removed old keys")
_AFTER_REMOVED_STATE = frozenset({"from", "in", "on", "at", "as", "since", "for", "with", "and", "entirely",
                                  "completely", "fully", "successfully", "summary", "guide", "plan", "notes", "to", "by",
                                  "after", "per", "because", "due", "again", "now", "here"})
# a release or date that labels a change ("- **v2025.10**: Completely removed Redis dependency")
_RELEASE_RE = re.compile(r"v?\d+(?:[.-]\d+)+[\w.-]*")
# the words a changelog line may start with before "removed" ("✅ Successfully removed Redis")
# a judgement that the way without the service is a defect ("…, which is unsafe")
_JUDGED_UNSAFE = ("unsafe", "dangerous", "insecure", "risky", "wrong", "broken")
# what a change list takes out with the service's name before it ("Redis environment variables removed")
_REMOVED_TRACES = frozenset({"environment", "variables", "variable", "env", "vars", "installation", "references",
                             "reference", "dependencies", "imports", "initialization", "initialisation", "config",
                             "configuration", "settings"})
# a file's name in a change list ("`src/config/env.ts` - Removed …"; not a version, "`v2.0`")
_FILE_NAME_RE = re.compile(r"/|\.(?:py|ts|js|tsx|jsx|md|txt|yml|yaml|json|toml|sh|env|ini|cfg|conf|rb|go|rs|java|php|ex|exs)$")
_REMOVER_WORDS = frozenset({"we", "i", "successfully", "completely", "fully", "have", "has", "finally", "also",
                            "now", "entirely", "fix", "chore", "refactor", "feat", "breaking"})
# labels of a later phase in front of a step ("**Enhancement:** Move to Redis …", "Phase 2: Redis for the cache")
_INLINE_DEFER_LABELS = frozenset({"enhancement", "future", "future enhancement", "future improvement", "future work",
                                  "later", "v2", "post-mvp", "post mvp", "upgrade path",
                                  "possible improvement", "potential improvement", "roadmap", "next phase",
                                  "deferred", "planned", "nice to have", "nice-to-have", "someday", "eventually", "todo"})
# a step for a feature: "To enable background jobs, set `REDIS_URL`" (see _feature_purpose_step)
_FEATURE_PURPOSE_RE = re.compile(r"[\W\d]*to (?:enable|activate|unlock|turn on) [^,.:]{1,60}, ")
_INLINE_DEFER_RE = re.compile(r"[\W\d]*(?:" + "|".join(sorted((re.escape(w) for w in _INLINE_DEFER_LABELS), key=len, reverse=True))
                              + r")[\W]*:")
# verbs of taking a service at all ("When to use Redis", "When do you need Redis?")
# "later" in a question about taking the service on ("Can I add Redis later?", "Puis-je ajouter
# Redis plus tard ?"), and the verbs that take it on
# (the tokens read "ajouter" and "tard" as "add" and "later" already)
_LATER_WORDS = frozenset({"later", "tardi"})
_LATER_NOUNS = frozenset({"server", "service", "instance", "container", "cache", "caching", "support",
                          "integration", "backend", "broker", "layer"})
_ADD_LATER_VERBS = frozenset({"add", "enable", "install", "introduce", "want", "adding", "enabling", "installing",
                              "activer", "installer", "añadir", "agregar", "activar", "instalar", "adicionar",
                              "ativar", "hinzufügen", "aktivieren", "installieren", "aggiungere", "attivare"})
# the first header of a table of measurements: "| Metric | Without Redis | With Redis |"
_MEASURE_HEADERS = frozenset({"metric", "metrics", "measure", "measurement", "benchmark", "operation", "latency",
                              "throughput", "test", "endpoint", "guarantee", "kpi", "request", "query"})
_CHOICE_VERBS = frozenset({"use", "need", "add", "enable", "deploy", "install", "run", "choose", "pick", "introduce", "bring",
                           "adopt", "keep", "skip", "drop", "remove", "delete", "disable", "consider", "want", "require"})


def _copula_before(toks: list[Tok], i: int) -> int | None:
    """Index of the copula (or modal+be) governing the word at ``i``, skipping adverbs."""
    k = i - 1
    while k >= 0:
        low = toks[k].low
        if low in COPULAS or low.endswith("n't") and low[:-3] in ("is", "are", "was", "were"):
            return k
        if low in ("made", "became") and (low == "became" or k and toks[k - 1].low in COPULAS):
            return k if low == "became" else k - 1  # "Redis became optional", "Redis has been made optional"
        if low in BETWEEN or low in NEGATORS or low in MODALS or low in ("not",) or low == "and" \
                or low in _SOFT_ADJECTIVES or low == "," and k and toks[k - 1].low in _SOFT_ADJECTIVES:
            k -= 1
            continue
        return None
    return None


# what a thing does with the service after "optionally" ("persist in Redis", "stored in Redis")
_STORE_VERBS = frozenset({"persist", "persists", "persisted", "stored", "store", "stores", "cached", "cache", "caches",
                          "kept", "saved", "save", "saves", "written", "integrates", "integrate", "backed", "mirrored",
                          "replicated", "synced", "shared"})


# steps that take a copy of the service down ("Disable the distro Redis (if present)")
_STOP_VERBS = frozenset({"disable", "disabling", "stop", "stopping", "remove", "removing", "uninstall", "uninstalling",
                         "purge", "kill", "mask", "delete", "deleting"})


def _paren_follows(parts, toks: list[Tok], i: int) -> bool:
    """What follows the word at ``i`` in its clause is a parenthesis merged into it
    ("FFmpeg and Redis optional (voice / cache)")."""
    rest = toks[i + 1:]
    return bool(rest) and any(p.kind == "paren" and p.toks and p.toks[0] is rest[0] and (
        p.toks[-1] is rest[-1] or len(p.toks) == len(rest) - 1 and rest[-1].kind == "punct") for p in parts)


def _instead_of_own_copy(lows: list[str]) -> bool:
    """"instead of the local one", "instead of the bundled container": the hedge picks which copy
    of the service runs, one of them does."""
    for k in range(len(lows) - 3):
        if lows[k] == "instead" and lows[k + 1] == "of":
            rest = [w for w in lows[k + 2:k + 6] if w not in ("the", "a", "your", "our", "its")]
            if len(rest) >= 2 and rest[0] in _COPY_WORDS and rest[1] in (
                    "one", "instance", "server", "container", "copy", "redis", "service", "node"):
                return True
    return False


def _bare_names(toks: list[Tok]) -> bool:
    """``toks`` are only a list of names, with commas between them ("Redis, BullMQ", "Redis,
    Postgres and SQLite"): no verb before it ("Install Redis, Postgres" is a step)."""
    words = [t for t in toks if t.low not in ("*", "**", "_")]
    return 3 <= len(words) <= 12 and any(t.low == "," for t in words) and words[0].kind != "punct" \
        and words[0].low not in PROVISION_VERBS and words[0].low not in STEP_VERBS \
        and len(_name_list(words)) == len(words) and not any(
            t.low in _NOT_NAMES or t.low in SUBORDINATORS or t.low in CONDITION_WORDS or t.low in NEGATORS
            or t.low in NONPROD_WORDS for t in words) and all(
            len(item) <= 2 for item in _split_on(words, (",", "and", "or")))


def _lead_wording(toks: list[Tok], i: int) -> str:
    """The words that quote a condition on the service: its lead and the next word ("When
    Redis", "If using"), or through the service's name after an article ("When the Redis", "if a
    connection to a redis"; not "When the")."""
    end = i + 2
    if end <= len(toks) and toks[end - 1].low in DETERMINERS:
        end = next((k + 1 for k in range(end, min(len(toks), i + 7)) if toks[k].service), end)
    return " ".join(t.text for t in toks[i:end])


# gerunds that head a subject about the service ("Using Redis for … is optional")
_SUBJECT_GERUNDS = _ADOPTING - {"it"}


def _gerund_with_listed_objects(toks: list[Tok], verb: int) -> bool:
    """``toks[:verb]`` is one gerund phrase about the service whose "for" object is a list, so
    its commas do not start a clause: "Using redis for the `QUEUE_DRIVER`, `CACHE_DRIVER` and
    `SESSION_DRIVER`" (each item short, and no verb in any)."""
    if not toks or toks[0].low not in _SUBJECT_GERUNDS or not any(t.service for t in toks[1:3]):
        return False
    lead = next((k for k in range(2, verb) if toks[k].low in ("for", "as")), None)
    if lead is None or not any(t.low in ("and", "or") for t in toks[lead:verb]):
        return False
    items = [item for item in _split_on([t for t in toks[lead + 1:verb] if t.low != "`"], (",", "and", "or"))
             if item]
    return len(items) >= 3 and all(len(item) <= 3 for item in items) and not any(
        t.kind != "word" and t.kind != "code" or t.low in SUBORDINATORS or t.low in COPULAS or t.low in MODALS
        for item in items for t in item)


def _noun_list(toks: list[Tok]) -> bool:
    """``toks`` are a list of short noun phrases, the service first, closed by "and"/"or"
    ("Redis, a mail catcher, and Elasticsearch"): no verb, no clause word in any of them."""
    words = [t for t in toks if t.low not in ("*", "**", "_")]
    if not words or not words[0].service or len(words) > 14 or not any(
            a.low == "," for a in words) or not any(t.low in ("and", "or") for t in words):
        return False
    items = [item for item in _split_on(words, (",", "and", "or")) if item]  # (", and": the serial comma)
    return len(items) >= 3 and all(len(item) <= 3 for item in items) and not any(
        t.kind != "word" and t.kind != "code" or t.low in _NOT_NAMES or t.low in SUBORDINATORS or t.low in COPULAS
        or t.low in MODALS or t.low in PROVISION_VERBS or t.low in NEGATORS or t.low in NONPROD_WORDS
        for item in items for t in item)


# capitalised words that open a sentence, not names in a list ("However, Redis is …", "NO, Redis is …")
_NOT_NAMES = frozenset({"however", "for", "in", "on", "at", "with", "without", "note", "but", "also", "then", "so",
                        "thus", "therefore", "yes", "no", "now", "today", "here", "there", "first", "second",
                        "finally", "otherwise", "instead", "currently", "meanwhile", "overall", "additionally",
                        "besides", "production", "prod", "again", "still", "yet", "tip", "important",
                        "warning", "answer", "ok", "okay", "well", "sure", "by", "from", "to", "of"})


def _split_on(toks: list[Tok], marks: tuple[str, ...]) -> list[list[Tok]]:
    out: list[list[Tok]] = [[]]
    for t in toks:
        if t.low in marks:
            out.append([])
        else:
            out[-1].append(t)
    return out


def _provider_label(toks: list[Tok]) -> bool:
    """The unit opens with a provider's name as its label ("- **Upstash:** `rediss://…`
    (recommended for serverless)"): what follows is that provider's way."""
    words = [t for t in toks[:8] if t.low not in ("-", "*", "**", "_", "+")]
    colon = next((k for k, t in enumerate(words) if t.low == ":"), None)
    return colon is not None and 0 < colon <= 3 and all(t.low in PROVIDER_WORDS for t in words[:colon])


# adjectives that go with "optional" before the noun ("Redis is a soft and optional dependency",
# "a lightweight, optional cache")
_SOFT_ADJECTIVES = frozenset({"soft", "lightweight", "light", "loose", "pluggable", "weak"})


_VERB_FINAL_COPULAS = frozenset({"ist", "sind", "wird", "werden", "is", "zijn"})
_VERB_FINAL_RECOMMEND = frozenset({"empfohlen", "aanbevolen", "aangeraden"})  # (German and Dutch participles)
_VERB_FINAL_PREPOSITIONS = frozenset({"für", "fur", "im", "in", "bei", "beim", "zum", "zur", "auf", "voor", "bij"})


def _verb_final_copula(toks: list[Tok], i: int) -> int | None:
    """German and Dutch put the adjective last: "Redis ist für den Kernbetrieb optional",
    "Redis is voor de basis optioneel". The copula, when only a prepositional phrase stands
    between it and the word at ``i``: a short one, or a longer one when the word ends the clause
    ("Redis wird für Multi-Container-Deployments oder bei Bedarf an persistentem Job-Status über
    Neustarts hinweg empfohlen")."""
    last = i + 1 == len(toks) or toks[i + 1].kind == "punct"
    for k in range(i - 2, max(-1, i - (16 if last else 7)), -1):
        if toks[k].kind == "punct":
            return None
        word = toks[k + 1].text.lower()  # (as written: Dutch "voor" reads as "for")
        if toks[k].low in _VERB_FINAL_COPULAS and word in _VERB_FINAL_PREPOSITIONS:
            return k if toks[k].low != "is" or word in ("voor", "bij") else None  # (English "is in")
    return None


# "supports" and "uses" in Romance languages, before a noun and its adjective ("supporta Redis opzionale")
_ROMANCE_SUPPORTS = frozenset({"supporta", "soporta", "suporta", "supporte", "admite", "utilizza", "usa", "utiliza",
                               "utilise", "prend"})
# Romance adjectives that follow their noun ("una caché opcional", "une solution optionnelle")
_ROMANCE_POSTNOMINAL = frozenset({"opcional", "opcionales", "opcionais", "optionnel", "optionnelle", "optionnels",
                                  "optionnelles", "opzionale", "opzionali", "facultativo", "facultativa", "facultatif",
                                  "facultative", "recomendado", "recomendada", "recommandé", "recommandée",
                                  "consigliato", "consigliata"})
_ROMANCE_COPULAS = frozenset({"es", "est", "é", "è", "son", "sont", "são", "sono"})
_ROMANCE_INDEFINITE = frozenset({"una", "un", "uma", "um", "une", "uno"})


def _what_it_has(phrase: list[Tok]) -> bool:
    """The phrase ends in what the service has: "your Redis server has a `timeout` configured"
    (a parenthesis after it is about that, not about the service)."""
    has = next((k for k in range(len(phrase) - 2, 0, -1) if phrase[k].low in ("has", "have", "having")
                and any(t.service for t in phrase[:k])), None)
    return has is not None and not any(t.service for t in phrase[has + 1:])


def _postnominal_copula(toks: list[Tok], i: int) -> int | None:
    """"Redis es una solución de caché back-end opcional": the copula, then an indefinite article
    and a short noun phrase that the adjective at ``i`` closes."""
    for k in range(i - 2, max(-1, i - 8), -1):
        if toks[k].low in _ROMANCE_COPULAS:
            if k and toks[k - 1].low in ("no", "não", "nao", "non", "ne", "nunca", "jamais"):
                return None  # "Redis no es una caché opcional"
            between = toks[k + 1:i]
            if between and between[0].low in _ROMANCE_INDEFINITE and all(t.kind == "word" for t in between) \
                    and not any(t.low in NEGATORS or t.low in ("no", "não", "pas", "non") for t in between):
                return k
            return None
        if toks[k].kind != "word":
            return None
    return None


def _inverted_copula(toks: list[Tok], i: int) -> bool:
    """German puts the verb second: "Für ein Produktions-System ist Redis empfohlen", the copula
    right before the service's name and the word at ``i`` right after it (emphasis aside)."""
    words = [t for t in toks[:i] if t.low not in ("*", "**", "_", "__")]
    return len(words) >= 3 and words[-1].service and words[-2].low in ("ist", "wird", "sind", "werden") \
        and words[-3].kind == "word"


def _negation_before(toks: list[Tok], i: int) -> int | None:
    for k in range(i - 1, max(-1, i - 6), -1):
        low = toks[k].low
        if low in NEGATORS and low != "without":
            return k
        if low.endswith("n't"):
            return k
        if low in BETWEEN or low in COPULAS or low in MODALS or low in ("to", "do", "does", "really", "you", "we", "there", "is"):
            continue
        if toks[k].kind == "punct":
            return None
    return None


def _package_pin(np: list[Tok]) -> bool:
    """"redis 5.2.1", "redis==5.0": a client library pinned in lower case, not the server."""
    for k, tok in enumerate(np):
        if tok.service and tok.text.islower() and k + 1 < len(np) and np[k + 1].low.count(".") >= 2 \
                and np[k + 1].low[:1].isdigit():
            return True
    return False


_UPPER_NAME_RE = re.compile(r"\b[A-Z][A-Z0-9_]*_[A-Z0-9_]+\b")  # REDIS_URL
# a column about the service failing ("When Redis down", "If Redis is unavailable", "Redis outage")
_OUTAGE_HEADER_RE = re.compile(r"\b(?:down|unavailable|unreachable|outage|fails|failure|offline)\b")
# participles of switching on, negated before "by default" ("not enabled by default")
# (not "installed": "Redis is not installed by default on Ubuntu" asks you to install it)
_ON_WORDS = frozenset({"enabled", "started", "start", "included", "activated", "on", "run", "running", "deployed", "used",
                       "configured", "provisioned", "active"})
# a setting that picks a backend ("CACHE_DRIVER", "RATE_LIMIT_BACKEND", "QUEUE_CONNECTION")
_FOOTNOTE_RE = re.compile(r"<[^<>]*>|\[\^?\d+\]")  # an HTML tag or a footnote mark in a cell
_SELECTOR_RE = re.compile(r"[A-Za-z0-9_.]*[_.](?:driver|backend|type|connection|engine|adapter|store|storage|provider|handler)",
                          re.IGNORECASE)
_LEGACY_RE = re.compile(r"\b(?:legacy|deprecated|legado|obsoleto|obsolète|veraltet|устарев\w*)\b", re.IGNORECASE)
# a variable that stands for the settings of the parts ("takes precedence over individual settings")
_OVERRIDES_PARTS_RE = re.compile(r"\b(?:precedence over|overrides?|instead of|replaces)\s+(?:the\s+)?"
                                 r"(?:individual|separate|per-field|component|host(?:/| and )port)\b", re.IGNORECASE)
_CONTAINER_TITLE_RE = re.compile(r'^(?:!!!|\?\?\?\+?|===\+?)[ \t]+(?:[\w-]+[ \t]+)?"([^"]*)"[ \t]*$')


_ALERT_MARKER_RE = re.compile(r"\[!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]", re.IGNORECASE)


def _alert_unmarked(text: str) -> str:
    """A GitHub alert's marker (`> [!WARNING] Don't enable Redis …`) as spaces, the offsets kept:
    the marker is the box's title, and the sentence after it opens its unit."""
    match = _ALERT_MARKER_RE.match(text)
    return text if match is None else " " * match.end() + text[match.end():]


def _container_title(text: str) -> str:
    """The title of an admonition or a content tab (`!!! note "Works Without Redis"`) as prose:
    the marker and the quotes become spaces (the offsets stay), so the title is not read as
    quoted wording."""
    match = _CONTAINER_TITLE_RE.match(text)
    if match is None:
        return text
    a, b = match.span(1)
    return " " * a + text[a:b] + " " * (len(text) - b)


# an elliptical condition on a variable that is not set ("If unset, …", "When empty, …")
_UNSET_CONDITIONS = (["unset"], ["empty"], ["blank"], ["missing"], ["absent"], ["omitted"], ["not", "set"],
                     ["not", "configured"], ["not", "provided"], ["not", "defined"], ["not", "given"], ["undefined"])
_OFF_STATES = frozenset({"disabled", "off", "inactive", "deactivated", "skipped", "ignored", "bypassed"})


def _switched_off(toks: list[Tok]) -> int | None:
    """Where the verb of "Redis is disabled", "Redis will not be used", "Redis stays off" starts
    (the words before it are the subject), or None."""
    lows = [t.low for t in toks]
    for k, low in enumerate(lows):
        if low in ("is", "are", "will", "stays", "remains", "gets", "be"):
            rest = [w for w in lows[k + 1:] if w not in ("be", "automatically", "simply", "just", "*", "**", ".")]
            if rest[:1] and rest[0] in _OFF_STATES or rest[:2] in (["not", "used"], ["not", "enabled"],
                                                                 ["not", "started"], ["not", "active"], ["turned", "off"]):
                return k if k else None
            return None
    return None



def _failing(words: list[str]) -> bool:
    """Words that say the service fails: "unavailable", "not available", "not reachable"."""
    return any(w in FAILURE_WORDS for w in words) or any(
        a in ("not", "isn't", "never") and b in ("available", "reachable", "running", "responding", "up")
        for a, b in zip(words, words[1:]))


def _scale_note(toks: list[Tok]) -> Tok | None:
    """The first word of a cell's closing parenthesis that names a scale ("Session storage
    (multi-instance)", "Shared locks (for several servers)"), or None."""
    if len(toks) < 4 or toks[-1].low != ")":
        return None
    opened = max((k for k, t in enumerate(toks) if t.low == "("), default=-1)
    last = max((k for k in range(opened + 1, len(toks) - 1) if toks[k].low == ";"), default=opened)
    # (the last of several notes: "Redis (shared rate limiting/caches; recommended for multi-replica)")
    inner = [t for t in toks[last + 1:-1] if t.kind != "punct" or t.low == ">"]
    if opened < 1 or not inner or len(inner) > 5:
        return None
    lows = [t.low for t in inner]
    if lows[0] in FEATURE_NOUNS | _ROLE_HEADS | _ROLE_WORDS | {"pub"} and "for" in lows[1:3]:
        return None  # "Redis (Pub/Sub for scaling)": its role, and why the stack has it
    if lows[0] == "for":
        lows = lows[1:]
    scaled = any(w.startswith("multi-") and _singular(w[6:]) in _SCALE_UNITS for w in lows) or _scale_phrase(lows)
    return inner[0] if scaled and not {"production", "prod"} & set(lows) else None


_VERSION_WORDS = frozenset({"or", "higher", "later", "newer", "above", "+", "and", "up", "v", "version", "versions"})


def _version_with_optional(toks: list[Tok]) -> bool:
    """A cell that is a version and then "(optional)": "`v7.x` or higher *(optional)*", "6.2+ (optional)"."""
    words = [t for t in toks if t.low not in ("*", "**", "_")]
    opened = next((k for k, t in enumerate(words) if t.low == "("), None)
    if opened is None or opened == 0 or words[-1].low != ")" or words[opened + 1].low not in OPTIONAL_WORDS \
            or words[opened + 1].low == "experimental" \
            or words[opened + 2].low not in (")", ",", "—", "–", "-", ";"):
        return False  # ("(optional)", "(optional, but required for BullMQ queues)")
    version = words[:opened]
    if len(version) == 1 and version[0].low in ("latest", "stable", "lts", "current", "any"):
        return True  # "| **Redis** | Latest (Optional) |"
    return version[0].low.lstrip("v>=~^ `")[:1].isdigit() and all(
        t.low.lstrip("v>=~^ `")[:1].isdigit() or t.low in _VERSION_WORDS or t.low == "." for t in version)


def _unset_by_you(cond: list[Tok]) -> list[Tok] | None:
    """"you don't set `REDIS_URL`", "you do not set any Redis environment variables": the
    variables that locate the service left unset, or None."""
    lows = [t.low for t in cond]
    at = 2 if lows[:2] in (["you", "don't"], ["you", "didn't"], ["we", "don't"]) else 3 if lows[:3] == [
        "you", "do", "not"] else None
    if at is None or lows[at:at + 1] not in (["set"], ["provide"], ["configure"], ["define"], ["specify"]):
        return None
    obj = [t for t in cond[at + 1:at + 7] if t.low not in ("the", "any", "your", "a", "*", "**")]
    end = next((k for k, t in enumerate(obj) if t.kind == "punct" and t.low != "/"), len(obj))
    obj = obj[:end]
    if obj and obj[0].service and ("_" in obj[0].low and len(obj) <= 2 or len(obj) <= 4 and obj[-1].low in (
            "variables", "vars", "values", "settings")):
        return obj
    return None


def _connection_to(subject: list[Tok]) -> bool:
    """The subject of a hedge is the connection to the service ("Redis connection is optional",
    "The Redis connection is optional"): connecting to it at all. (Elsewhere "the Redis
    connection" may be a setting: "without Redis connection", "the Redis connection pool".)"""
    words = [t for t in subject if t.kind != "punct"]
    return len(words) >= 2 and words[-1].low == "connection" and words[-2].service and all(
        t.low in DETERMINERS for t in words[:-2])


# what "Redis or another …" names as the other choice ("or another backend", "or other stores")
_OTHER_STORE_NOUNS = frozenset({"backend", "backends", "store", "stores", "storage", "caches", "cache", "brokers"})
# the way a store is kept, after its kind: "Redis, or any other caching strategy"
_OTHER_WAYS = frozenset({"strategy", "strategies", "solution", "solutions"})


def _inline_label(tokens: list[Tok]) -> tuple[int, int] | None:
    """Where a short label before a colon starts and where its colon is ("**Future:** …",
    "- **Storage backends**: …"), past list marks and step numbers; None without one."""
    k = 0
    while k < len(tokens) and (tokens[k].kind == "punct" or _step_number(tokens[k].low)):
        k += 1
    colon = next((j for j in range(k, min(len(tokens), k + 5)) if tokens[j].low == ":"), None)
    return None if colon is None or colon == k else (k, colon)


# the last word of a label over a list of interchangeable stores ("Storage backends: …")
_BACKEND_LIST_HEADS = frozenset({"backends", "drivers", "engines", "adapters", "choices", "providers"})
# plural roles a list of stores fills ("Multiple storage backends (Memory, Redis, Memcached)")
_PLURAL_ROLES = _BACKEND_LIST_HEADS | {"stores"}
# words for a simpler kind of a store ("a single-file SQLite", "a plain file")
_PLAIN_KINDS = frozenset({"single-file", "single", "simple", "plain", "embedded", "standalone", "lightweight",
                          "file-based", "on-disk"})


def _versioned(np: list[Tok], providers: bool = True) -> bool:
    """"Redis 7 or later", "Redis >= 6.2", "Upstash Redis": a version or a provider of the
    service; recommending one is a choice among kinds, not a hedge on the service's presence
    (a condition on a provider's Redis, "Railway Redis if needed", still is: ``providers=False``)."""
    for k, tok in enumerate(np):
        if providers and tok.service and k and (np[k - 1].low in PROVIDER_WORDS or np[k - 1].low in _PACKAGED_AS
                                                or k >= 2 and np[k - 1].low == "for" and np[k - 2].low in _MANAGED_PRODUCTS
                                                and np[k - 2].text[:1].isupper()):
            return True  # (also "Docker Redis (Recommended)", "Azure Cache for Redis": which way to get it)
        if tok.service and k + 1 < len(np):
            nxt = np[k + 1].low
            if nxt in ("server", "servers") and k + 2 < len(np):
                nxt = np[k + 2].low  # "Redis server >= 2.8"
            if nxt[:1].isdigit() or nxt in (">=", ">", "v") or (nxt.startswith("v") and nxt[1:2].isdigit()):
                return True
            if nxt in ("at", "on") and k + 2 < len(np) and np[k + 2].low[:1].isdigit():
                return True  # "Keep Redis at 6.x (recommended)"
    return False


def _says_required(lows: list[str]) -> bool:
    """"a hard dependency", "not an optional add-on": the unit calls the service required."""
    return any(a == "hard" and b in ("dependency", "requirement") or a == "not" and (
        b == "optional" or b in ("an", "a") and c == "optional") for a, b, c in zip(lows, lows[1:], lows[2:] + [""]))


def _required_for_another_part(lows: list[str]) -> bool:
    """"… and/but (is) required on the web service": one part of the deployment needs the
    service, so the deployment does (not "but required for larger sites": a scale)."""
    for k, w in enumerate(lows):
        if w not in ("and", "but") or k + 4 >= len(lows):
            continue
        j = k + 1
        while j < len(lows) and lows[j] in ("*", "**", "_", "is", "it's", "it", "its"):
            j += 1
        if j + 2 >= len(lows) or lows[j] not in ("required", "mandatory", "needed", "essential") \
                or lows[j + 1] not in ("on", "for", "by", "in"):
            continue
        rest = [x for x in lows[j + 2:j + 6] if x not in ("the", "a", "an", "*", "**", "_")]
        if rest and not set(rest) & (_SCALE_WORDS | {"large", "larger", "big", "bigger", "busy", "high-traffic",
                                                    "multi-instance", "more", "heavy", "production", "prod"}) \
                and not rest[0].startswith("multi-") and rest[0] not in ("some", "certain", "specific"):
            return True
    return False


def _required_for_production(lows: list[str]) -> bool:
    """"required for production", "mandatory in multi-process/production": a need in production."""
    for k, w in enumerate(lows):
        if w in ("required", "mandatory", "essential", "needed") and (k == 0 or lows[k - 1] not in (
                "only", "not", "never", "if", "when")):
            after = lows[k + 1:k + 5]
            if after[:1] in (["for"], ["in"], ["on"]) and ("production" in after or "prod" in after) and not (
                    set(after) & {"only", "if", "when", "multiple", "several"}):
                return True
    return False


def _treated_as_required(tokens: list[Tok]) -> bool:
    lows = [t.low for t in tokens]
    for k in range(len(lows) - 3):
        if lows[k] in ("treat", "consider", "regard") and lows[k + 2] == "as" and lows[k + 3] in (
                "required", "mandatory", "essential", "a") and (lows[k + 3] != "a" or lows[k + 4:k + 5] in (
                    ["requirement"], ["hard"], ["dependency"])):
            return True
    return False


# what "in the default …" names in place of "by default"
_IN_THE_DEFAULT = frozenset({"configuration", "config", "setup", "set-up", "installation", "install", "deployment"})


# the values of a service's variable that turn it off ("`REDIS_HOST=disabled`")
_OFF_VALUES = frozenset({"disabled", "disable", "false", "off", "none", "no", "0"})
# what a service is when it is up: "without a running Redis" is an outage, not a choice
_UP_STATES = frozenset({"running", "reachable", "available", "working", "live", "healthy", "responsive", "responding",
                        "laufendes", "laufenden", "laufender", "erreichbares", "erreichbaren", "verfügbares",
                        "verfügbaren", "funktionierendes", "funktionierenden"})


def _state_before_service(phrase: list[Tok]) -> bool:
    """The phrase names the service in its up state: "a running Redis", "laufendes Redis"."""
    at = next((k for k, t in enumerate(phrase) if t.service), None)
    return at is not None and at >= 1 and phrase[at - 1].low in _UP_STATES


def _up_to_coordination(toks: list[Tok], i: int) -> list[Tok]:
    """The clause up to a coordinated clause after the cue ("optional for caching and must
    not be required for local startup": the second part has its own scope)."""
    for k in range(i + 1, len(toks) - 1):
        if toks[k].low in ("and", "but") and (toks[k + 1].low in MODALS or toks[k + 1].low in COPULAS
                                              or toks[k + 1].low in NEGATORS):
            return toks[:k]
        if toks[k].low == ";":
            return toks[:k]  # "(only required for Celery; optional in dev)": the second note has its own scope
        if _dash_before_fallback(toks, k):
            return toks[:k]  # "(optional - system falls back to InMemory for development)": the fallback's scope
    return toks


def _dash_before_fallback(toks: list[Tok], k: int) -> bool:
    """A dash at ``k`` opens a note on the fallback ("optional - system falls back to memory for
    development"): a scope in it is the fallback's, not the hedge's."""
    return toks[k].low in ("-", "—", "–") and any(t.low in ("falls", "fall", "fallback") for t in toks[k + 1:k + 4])


def _outside_parens(lows: list[str]) -> list[str]:
    out, depth = [], 0
    for w in lows:
        if w == "(":
            depth += 1
        elif w == ")":
            depth = max(0, depth - 1)
        elif not depth:
            out.append(w)
    return out


def _lows_before(toks: list[Tok], i: int) -> list[str]:
    return [t.low for t in toks[:i] if t.low not in ("*", "**", "_")]


_MODE_INSTRUCTIONS = frozenset({"use", "call", "apply", "add", "wrap", "decorate", "pass", "import", "set",
                                 "run", "see", "expect", "note"})


def _instruction_for_mode(lows: list[str]) -> bool:
    """The main clause tells the reader what to do or what to expect ("use the decorator",
    "you'll see:", "you should see"): the condition picks the mode it is about."""
    if not lows:
        return False
    if lows[0] in _MODE_INSTRUCTIONS or lows[0] in STEP_VERBS:
        return True
    # "you'll see:", "you should see the keys": an observation, not a benefit ("you'll get …")
    return lows[0] in ("you", "you'll") and len(lows) <= 5 and len(lows) > 1 \
        and lows[1] in ("will", "should", "see", "notice") and bool({"see", "notice"} & set(lows[1:3]))


def _reports(lows: list[str], end: int) -> bool:
    """A reporting or labelling word before ``end`` ("the guide called Redis optional"); "read"
    counts only as a verb of wording ("it reads as if", "the page read: …"), not "SQLite reads"."""
    for k in range(min(end, len(lows))):
        low = lows[k]
        if low in REPORT_WORDS:
            if low in ("read", "reads") and lows[k + 1:k + 2] not in (["as"], [":"], ["like"], ["that"], ["“"], ['"']):
                continue
            if low in ("treated", "marked", "flagged") and lows[k - 1:k] in (["is"], ["are"], ["now"]) \
                    and lows[k + 1:k + 2] == ["as"]:
                continue  # "Redis is treated as optional": how it is run now, not a report of wording
            if low in ("written", "wrote") and lows[k + 1:k + 2] in (["in"], ["with"], ["using"]):
                continue  # "Written in Go, with PostgreSQL and optional Redis": what it is built with
            if low in ("states", "lists", "labels", "claims", "marks", "quotes", "calls") and (
                    k + 1 >= len(lows) or lows[k + 1] in (",", ".", ";", "and", "or", "in", "of", "across", "between")):
                continue  # "To persist game states, Redis is recommended": the plural noun, not the verb
            if low in ("document", "documents") and lows[k + 1:k + 2] and lows[k + 1] in _DOCUMENT_COMPOUNDS:
                continue  # "Running Legal Document Analyzer Without Redis": the noun of a name
            return True
    return False


# what follows "document" when it is a noun in a name ("Document Analyzer", "document storage")
_DOCUMENT_COMPOUNDS = frozenset({"analyzer", "analyser", "analysis", "storage", "store", "processing", "processor",
                                 "management", "manager", "search", "indexing", "parser", "parsing", "upload",
                                 "uploads", "conversion", "converter", "signing", "editor", "viewer", "generation",
                                 "generator", "server", "service"})


def _production_with_dev_fallback(tokens: list[Tok], nonprod) -> bool:
    lows = [t.low for t in tokens]
    for k, low in enumerate(lows):
        if low in ("otherwise", "else", "fallback", "falls", "fall", "in-memory", "memory"):
            if nonprod(tokens[k:]):
                return True
    return ("production" in lows or "prod" in lows) and nonprod(
        [t for t in tokens if t.low not in ("production", "prod")]) and any(
        w in ("in-memory", "memory", "fallback", "otherwise", "instead") for w in lows)


def _own_scope_is_production(tokens: list[Tok], claim: "Claim") -> bool:
    """"While it is not required for development, it is recommended for production": the
    hedge's own clause names production."""
    for tok in tokens:
        if tok.start <= claim.start:
            continue
        if tok.low in (";", ".", ",", "—", "–", "but", "while", "whereas"):
            return False
        if tok.low in ("production", "prod"):
            return True
    return False


def _scope_tokens(tokens: list[Tok], claim: "Claim") -> list[Tok]:
    """The tokens before a claim's hedge and after it up to the end of its clause; a
    parenthesis closed before the hedge belongs to something else ("PostgreSQL (optional,
    SQLite works for dev), Redis (optional, …)")."""
    out = []
    opened: list[int] = []  # where each open parenthesis starts in ``out``
    for k, tok in enumerate(tokens):
        if tok.start < claim.start:
            if tok.low == "(":
                opened.append(len(out))
            elif tok.low == ")" and opened:
                at = opened.pop()
                if k + 1 < len(tokens) and tokens[k + 1].low in (",", ";"):
                    del out[at:]  # a list item's own parenthesis: "PostgreSQL (…, SQLite for dev), Redis"
                    continue
            if tok.low not in ("compose", "docker-compose"):
                out.append(tok)
            continue
        if tok.start > claim.start and tok.low in (";", ".", "—", "–", "but", "however", "whereas",
                                                   "while", "although", "unless", "except"):
            break
        if tok.start > claim.start and _dash_before_fallback(tokens, k):
            break
        if tok.start > claim.start and tok.low == "and" and out and out[-1].start >= claim.start:
            nxt = next((t for t in tokens if t.start > tok.start), None)
            if nxt is not None and (nxt.low in MODALS or nxt.low in COPULAS or nxt.low in NEGATORS):
                break  # "… optional for caching and must not be required for local startup"
        if tok.low not in ("compose", "docker-compose"):
            out.append(tok)
    return out


def _bare_after(tokens: list[Tok], claim: "Claim") -> bool:
    """Nothing but a production scope follows the hedge word up to the end of its phrase."""
    if any(t.low in ("fallback", "falls", "without", "optional", "optionally") for t in tokens):
        return False  # "Redis 7+ (recommended) or in-memory fallback"
    after = [t for t in tokens if t.start >= claim.end]
    for tok in after:
        if tok.low in (")", ".", ";", ",", ":", "!", "-", "—", "–"):
            break
        if tok.low not in ("for", "in", "on", "production", "prod", "use", "deployments", "highly",
                           "strongly", "a", "the", "*", "**", "_", "pour", "para", "für", "per", "auf", "sur", "en") \
                and tok.low not in PROVIDER_WORDS and tok.low not in ("vercel", "netlify", "fly", "kubernetes"):
            return False
    return True


def _recommend_wording(wording: str) -> bool:
    words = wording.strip("()").split()
    return bool(words) and words[0].lower() in RECOMMEND_WORDS


def _such_as(toks: list[Tok], i: int) -> bool:
    lows = [t.low for t in toks[i + 1:i + 8]]
    return any(w in ("such", "like", "including", "e.g", "namely") for w in lows)


def _service_in_example(toks: list[Tok], i: int) -> bool:
    """The service is among the examples after the word at ``i`` ("a preferred broker, such as
    Redis"), not named later in the sentence ("install it the preferred way (e.g. from packages),
    start redis-server …"): within the example's parenthesis, or the few words after its marker."""
    at = next((k for k in range(i + 1, min(i + 8, len(toks)))
               if toks[k].low in ("such", "like", "including", "e.g", "namely")), None)
    if at is None:
        return False
    window = toks[at + 1:at + 8]
    for k, tok in enumerate(window):
        if tok.service:
            return True
        if tok.low in (")", ";", ".") or tok.low == "," and k + 1 < len(window) and (
                window[k + 1].low in PROVISION_VERBS or window[k + 1].low in STEP_VERBS):
            return False  # (", start redis-server": a step of its own)
    return False


def _cell_wording(toks: list[Tok]) -> str:
    """The hedge of a cell as quoted: "optional", "strongly recommended", "disabled by default"."""
    words = [t.text for t in toks if t.kind == "word"]
    if words[:1] and words[0].lower() in ("strongly", "highly", "very"):
        return " ".join(words[:2])
    if [w.lower() for w in words[1:3]] == ["by", "default"]:
        return " ".join(words[:3])
    return toks[0].text


def _part_follows(lows: list[str]) -> bool:
    """The words after a hedge name a part of the service ("optional password", "Optional
    external access"), not the service in another role ("optional sidecar", "optional cache")."""
    if not lows:
        return False
    if lows[0] in ("share", "sharing"):
        return True  # "| Redis | Optional share |": sharing one instance across stacks is optional
    if lows[0] in PART_NOUNS:
        return lows[0] not in ("sidecar", "cache", "queue", "queues", "sessions", "session", "stack", "cloud")
    return len(lows) > 1 and lows[0] in ("external", "remote", "public", "admin", "read-only") and lows[1] in PART_NOUNS


def _hedge_cell(words: str) -> bool:
    if words.startswith(("strongly ", "highly ", "very ")):
        words = words.split(" ", 1)[1]  # "strongly recommended for production"
    split = words.split()
    first = split[0] if split else ""
    if first in OPTIONAL_WORDS and _part_follows(split[1:3]):
        return False  # "Optional external access", "optional password": a part of it is optional
    return (first in OPTIONAL_WORDS or first in RECOMMEND_WORDS or first == "optionally"
            or words.startswith(("nice to have", "only if", "only when", "only for", "only needed",
                                 "if needed", "if required", "if used", "when needed", "as needed",
                                 "not required", "not needed", "not necessary", "not mandatory",
                                 "no (optional", "if you", "only with", "only in", "disabled by default",
                                 "off by default", "not enabled by default")))


_GOING_WITHOUT = frozenset({"skip", "without", "setup-without", "without-label", "no-service", "not-in-production"})


def _restated_for_development(tokens: list[Tok], found: list["Claim"], nonprod) -> bool:
    """A second clause, after a semicolon or a dash, that says the same thing about "it"/"them"
    or how to go without it, with a development scope ("Redis is optional — leave `REDIS_URL`
    empty for in-memory fallback during development")."""
    semi = next((k for k, t in enumerate(tokens) if t.low in (";", "—", "–") and t.start > min(c.start for c in found)),
                None)
    if semi is None:
        return False
    rest = tokens[semi + 1:]
    lows = [t.low for t in rest]
    return (any(a == "without" and b in ("it", "them") for a, b in itertools.pairwise(lows))
            or not {"empty", "unset", "blank", "fallback"}.isdisjoint(lows)) and nonprod(rest)


def _test_step(tokens: list[Tok]) -> bool:
    """A step of a test plan: "Test Redis fallback: …", "Verify: …"."""
    words = [t for t in tokens if t.kind != "punct" or t.low == ":"]
    while words and (_step_number(words[0].low) or words[0].low in ("step", "x")):
        words = words[1:]
    return bool(words) and words[0].low in ("test", "verify") and any(t.low == ":" for t in words[1:5])


def _discouraged(tokens: list[Tok]) -> bool:
    """"(not recommended)", "discouraged", "not advised": the unit advises against what it describes."""
    lows = [t.low for t in tokens]
    return any(w in ("discouraged", "inadvisable") or w in ("recommended", "advised", "advisable", "suggested")
               and k and lows[k - 1] in ("not", "never") for k, w in enumerate(lows))


def _dedupe(claims: list[Claim]) -> list[Claim]:
    seen = set()
    out = []
    for claim in claims:
        if claim.start in seen:
            continue
        seen.add(claim.start)
        out.append(claim)
    return sorted(out, key=lambda c: c.start)


# The gate of ``Analyser.may_claim``: each of its tests after the cue words needs one of these
# words, one of these phrases, a character outside ASCII or one of ":", "=", "|" (the purpose
# lead needs "use"/"enable"/…, a scale condition "multiple"/"multi-"/"scaling"/…, the switch a
# "=", a table cell a "|", a roadmap label a ":", a future plan one of ``_FUTURE_KEYS``, a mark
# of ``CUE_MARKS`` " - " or a character outside ASCII). A sentence with none of them cannot
# make a claim; ``tests/test_docs_claims_fuzz.py`` checks the gate against the full tests.
_FOREIGN_OR = tuple(w for w, m in FOREIGN_MEANINGS.items() if m == "or" and not w.isascii())  # ("или", "hoặc")
_MAY_CLAIM_WORDS = frozenset(ALT_BACKENDS | _REPLACE_VERBS | _FUTURE_KEYS | _GOES_WITHOUT_VERBS | _ARROW_STAND_INS | {
    "use", "enable", "activate", "usar", "habilitar", "ativar", "activar", "utiliser", "activer", "yet", "uses",
    "used", "production", "multiple", "scale", "horizontally", "traffic", "several", "distributed", "scaling",
    "high-traffic", "ha", "high-availability", "more", "can", "could", "may", "faster", "better", "later", "slower",
    "afterwards", "eventually", "until", "future", "unset", "empty", "whether", "enables", "activates", "possibility"})
_WOULD_HELP_RE = re.compile(r"\b(?:would|could|might) be (?:\w+ )?(?:useful|helpful|handy|valuable)\b|"
                            r"\b(?:seria|sería|serait|sarebbe|wäre)\s+(?:\w+\s+)?(?:útil|utile|nützlich|hilfreich)\b")
_MAY_CLAIM_PHRASES = ("can ", "would be ", "could be ", "might be ", "possible", "one way", "one option", "phase", "stage ", "out of scope", "multi-", "horizontal", " to enable", "scaling", "commented out",
                      "stopped ", "to disable", "(planned", "don't", "do not", "not set", "comment", " off", "part of",
                      " in v", "(upgrade", "upgrad", "switched", "moved", "as an option", "able to ", "replace", "no-",
                      "-less", "-free", "-optional", "by default", "in the default ", "for better", "for best", "for optimal",
                      "for improved", "for faster", "for full", "enabled", "disabled", " - ", "para melhor", "para mejor")
