"""The words SUM301's clause analyser (``claims``) knows: copulas, hedges, provisioning and
step verbs, the nouns that make a phrase the service itself or a part of it, scope and failure
words, in English and, for the common hedges, in the other languages the measured documents
used. Kept apart from the analyser so that its logic reads without three hundred lines of
vocabulary in front of it; every set here is read by ``claims`` (and a few by the rule).
"""

from __future__ import annotations

import re

COPULAS = {"is", "are", "was", "were", "be", "been", "being", "remains", "remain", "stays",
           "stay", "becomes", "become", "seems", "seem", "appears", "appear", "considered",
           "deemed", "counts", "count", "'s", "feels", "es", "ist", "est", "è", "é", "são", "sind",
           "son", "sont", "n'est", "n'es", "ne", "wird", "werden", "sido", "été",
           # the subjunctive ("conçu pour que Redis soit optionnel", "para que Redis sea opcional")
           "soit", "soient", "sea", "sean", "seja", "sejam",
           # Norwegian/Danish, Swedish, Czech/Slovak, Polish, Dutch
           "er", "är", "je", "jest", "zijn", "blir"}
INDIRECT_QUESTION_VERBS = {"check", "checks", "checking", "verify", "verifies", "verifying", "confirm",
                           "confirms", "test", "tests", "see", "find", "determine", "determines", "ask",
                           "asks", "know", "wonder", "inspect", "validate", "validates", "detect", "detects"}
PREPOSITIONS_AFTER_HEDGE = {"for", "in", "on", "if", "when", "unless", "with", "without", "but", "and", "or",
                            "as", "at", "to", "until", "while", "during", "though", "although", "since",
                            "because", "by", "per", "outside", "beyond", "except", "yet", "so", "then", "now",
                            "here", "there", "too", "also", "only", "otherwise", "initially", "today"}
MODALS = {"can", "may", "might", "could", "should", "will", "would", "must", "shall"}
NEGATORS = {"не", "nicht", "kein", "keine", "pas", "non", "não", "nao", "tidak", "bukan", "không", "not", "never", "no", "zero", "neither", "nor", "isn't", "aren't", "wasn't", "weren't",
            "don't", "doesn't", "didn't", "can't", "cannot", "mustn't", "shouldn't", "won't",
            "wouldn't", "couldn't", "needn't", "hardly", "nothing", "nobody", "without"}
BETWEEN = {"genuinely", "truly", "actually", "entirely", "completely", "strictly", "technically", "purely", "totally", "always",
           "still", "also", "just", "merely", "only", "then", "therefore", "generally",
           "usually", "currently", "now", "really", "fully", "simply", "considered", "treated",
           "as", "kept", "left", "probably", "likely", "perhaps", "arguably", "basically",
           "largely", "mostly", "in", "fact", "very", "strongly", "highly", "warmly", "heavily",
           "absolutely", "somewhat", "rather", "quite", "a", "an", "the", "by",
           "default", "hard", "real", "nice", "to", "have", "best", "good", "effectively",
           "both", "all", "each", "equally", "thus", "optional", "there",
           # a choice owned ("Redis is intentionally not an active dependency"; hundred-and-third session)
           "intentionally", "deliberately", "purposely", "consciously",
           # the same adverbs in other languages ("Redis est complètement optionnel", "fortement recommandé")
           "complètement", "totalement", "entièrement", "fortement", "vivement", "très", "completamente",
           "totalmente", "altamente", "muy", "fuertemente", "vollständig", "komplett", "ganz", "sehr", "dringend",
           "assolutamente", "del", "todo", "tout", "à", "fait",
           # "Redis is configured as optional", "Redis ha sido configurado como opcional"
           "configured", "configurado", "configurada", "configuré", "configurée", "como", "comme", "marked",
           "flagged", "ha", "han", "marcado", "marcada", "marqué", "marquée",
           # indefinite articles: "Redis ist eine optionale Cache-Lösung", "Redis es un componente opcional",
           # "Redis är en valfri cachelösning" (Swedish, Norwegian and Danish "en", "ett", "et")
           "ein", "eine", "einer", "une", "una", "uma", "en", "ett", "et"}
OPTIONAL_WORDS = {"optional", "experimental", "선택사항", "선택적", "선택", "オプション", "オプショナル", "任意", "opsiyonel", "opsional", "isteğe", "non-essential", "nonessential", "nice-to-have", "dispensable",
                  "opt-in", "optinal", "optionnal", "optionel", "opcional", "optionnel", "optionnelle",
                  "facultatif", "facultative", "facultativo", "facultativa", "valfri", "valfritt", "valfria", "valgfri",
                  "valgfrit", "valgfritt", "valgfrie", "opzionale", "optionale", "optionaler", "optionales", "facoltativo", "facoltativa", "facoltativi", "facoltative",
                  # German, Ukrainian, Finnish, Hungarian, Romanian, Spanish/Portuguese, Czech, Chinese
                  "fakultativ", "опціонально", "опціональний", "необов'язково", "необов’язково", "необов'язковий",
                  "valinnainen", "opcionális", "opțional", "opţional", "opțională", "opţională", "optativo", "optativa",
                  "nepovinné", "nepovinný", "nepovinná", "不必要", "選用", "选用",
                  "可选", "可選", "опционально", "опционален", "опциональна", "опциональный", "необязательно", "необязательный",
                  # Russian short forms ("Redis необязателен": is not required) and Ukrainian
                  "необязателен", "необязательна", "необязательны", "необязательная", "опциональны",
                  "необов’язковий", "необов'язкова", "необов’язкова",
                  # Hebrew (also with its prefix "and": ו), Arabic, Persian and Thai ("not compulsory")
                  "אופציונלי", "אופציונלית", "אופציונליים", "ואופציונלי", "ואופציונלית", "اختياري", "اختيارية",
                  "اختياريا", "اختياريًا", "اختیاری", "ไม่บังคับ",
                  "ixtiyoriy",  # Uzbek ("- **Cache**: Redis (ixtiyoriy)")
                  "skippable", "unnecessary", "unneeded", "inessential", "non-mandatory",
                  "non-required", "extra", "extras", "overkill", "add-on", "addon", "add-ons", "addons", "bonus", "luxury", "conditional",
                  "deferred", "postponed"}
RECOMMEND_WORDS = {"recommended", "suggested", "preferred", "advisable", "advised", "recomended",
                   "beneficial",
                   "reccomended", "reccommended", "recommanded", "recommeded",
                   "encouraged", "recommendable",
                   # other languages ("Redis - RECOMENDADO", "Redis wird empfohlen")
                   "recomendado", "recomendada", "recommandé", "recommandée", "empfohlen", "consigliato",
                   "consigliata", "recomendável", "рекомендуется", "推荐", "推奨", "권장",
                   "рекомендовано", "рекомендуемый", "рекомендований", "recomendable", "ajánlott", "推薦", "建议", "建議",
                   "aanbevolen", "raccomandato", "raccomandata", "zalecany", "zalecane",
                   "tavsiye", "แนะนำ",  # (Thai: "ใช้ Redis (แนะนำ - เร็วที่สุด)")
                   "preferable"}  # ("it's preferable to use a proper caching system such as Redis")
NECESSITY_WORDS = {"required", "needed", "necessary", "mandatory", "essential", "compulsory",
                   "obligatory", "a", "requirement", "dependency", "prerequisite", "needs",
                   "need", "require", "requires", "critical", "vital"}
NECESSITY_ADJ = {"нужен", "нужна", "нужно", "обязателен", "требуется", "erforderlich", "notwendig", "nötig",
                 "zwingend", "benötigt", "nécessaire", "obligatoire", "requis", "indispensable", "obbligatorio",
                 "necessario", "richiesto", "necesario", "obligatorio", "requerido", "imprescindible",
                 "obrigatório", "obrigatorio", "necessário", "required", "needed", "necessary", "mandatory", "essential", "compulsory", "blocker",
                 "neccessary", "necesary", "neccesary", "nessesary", "requried", "reqired", "requred",
                 "obligatory", "requirement", "dependency", "prerequisite", "critical", "vital"}
NEED_VERBS = {"need", "needs", "needed", "require", "requires", "required", "use", "uses",
              "used", "necessary", "depend", "depends", "relies", "rely", "wanted", "want"}
PROVISION_VERBS = {"install", "installs", "installing", "installed", "set", "setting", "setup", "plug",
                   "add", "adding", "added", "enable", "enabling", "enabled", "activate", "activating",
                   "activated", "use", "using", "used", "run", "running", "deploy", "deploying", "deployed", "provision",
                   "provisioning", "start", "starting", "include", "including", "included",
                   "have", "having", "want", "need", "needing", "require", "get", "launch",
                   "bring", "spin", "turn", "opt", "choose", "pick", "plan", "connect", "apt",
                   "configure", "configuring", "create", "creating", "implement", "introduce", "uses",
                   "adopt", "integrate", "created", "provisioned", "implementing", "introducing",
                   "integrating", "adopting", "re-add", "re-adding", "re-enable", "re-enabling", "reintroduce", "reintroducing", "re-introduce",
                   "re-introducing", "leverage", "leverages", "leveraging"}  # ("optionally leverages a Redis server")
SKIP_VERBS = {"skip", "skipping", "skipped", "omit", "omitting", "omitted", "leave", "left",
              "leaving", "drop", "dropping", "dropped", "bypass", "forgo", "forego", "disable",
              "disabled", "remove", "removed", "ignore", "ignored", "exclude", "excluded", "discard",
              "discarded"}
FAILURE_WORDS = {"down", "unavailable", "unreachable", "fails", "fail", "failed", "failing",
                 "stops", "stop", "stopped", "crashes", "crash", "crashed", "dies", "died",
                 "restarts", "restart", "restarted", "goes", "go", "went", "gone", "offline",
                 "dead", "broken", "errors", "error", "refuses", "refuse", "refused", "times", "full", "slow",
                 "unresponsive", "missing", "absent", "lost", "loses", "killed", "oom",
                 "overloaded", "breaks", "hangs", "evicts", "disconnects", "drops", "bottleneck",
                 "throws", "thrown",  # ("When Redis is configured but a command throws `RedisException`")
                 # the error codes of a failed connection ("| ECONNREFUSED (sem REDIS_URL) | ❌ Log | ✅ Silenciado |")
                 "econnrefused", "etimedout", "econnreset", "enotfound", "ehostunreach",
                 "breakage", "breakages"}  # ("Continue building without Redis-based breakages ever again")
# reconnecting after an outage ("Automatic reconnection when Redis becomes available"; hundred-and-first session)
RECONNECT_WORDS = frozenset({"reconnection", "reconnect", "reconnects", "reconnecting", "reconnected"})
FAILURE_WORDS |= RECONNECT_WORDS
# What a troubleshooting condition reports ("if the worker logs connection errors").
# verbs of taking the service up ("Migrate to Redis only if …"): adopting it, not fixing it
_ADOPT_VERBS = frozenset({"add", "adopt", "introduce", "migrate", "move", "switch", "upgrade"})
_TROUBLE_WORDS = frozenset({"fails", "fail", "failed", "failing", "error", "errors", "refused", "refuses",
                            "timeout", "timeouts", "complains", "crashes", "crashed", "hangs", "unreachable",
                            "unavailable", "unhealthy", "offline"})
# States that describe a failure only when negated ("if Redis is not running").
FUNCTIONING_WORDS = {"works", "work", "working", "runs", "run", "running", "starts", "start", "performs", "perform",
                     "functions", "function", "operates", "operate", "boots", "fine", "ok",
                     "okay", "usable", "handle", "handles", "processed", "handled", "degrades", "falls", "serves", "serve", "serving", "continue", "continues",
                     "survives", "manage", "manages", "do", "live", "get", "go", "functional", "operational",
                     # (in other languages: "Ohne Redis funktionieren Logins nicht")
                     "funktioniert", "funktionieren", "läuft", "laufen", "funciona", "funcionan", "fonctionne",
                     "fonctionnent", "marche", "marchent", "funzionano", "funziona", "funcionará", "funcionarán",
                     "fonctionnera", "funzionerà",
                     # (and the gerunds: "Si no instalas Redis, el sistema sigue funcionando": keeps working)
                     "funcionando", "funzionando",
                     "fungerar", "fungerer", "virker", "funguje", "fungují", "werkt", "werken", "działa",
                     "działają", "çalışır", "çalışıyor"}
BROKEN_WORDS = {"fails", "fail", "breaks", "break", "broken", "won't", "cannot", "can't", "stuck",
                "nothing", "errors", "error", "crashes", "refuses", "refuse", "refused", "500", "5xx", "unusable",
                "stops", "down", "hang", "hangs", "lose", "loses", "lost", "raise", "raises"}
REPORT_WORDS = {"called", "call", "calls", "calling", "describe", "described", "describes",
                "describing", "labelled", "labeled", "label", "labels", "worded", "wording",
                "word", "term", "phrase", "said", "says", "say", "claimed", "claims", "claim",
                "stated", "states", "read", "reads", "implied", "implies", "imply",
                "suggested", "wrongly", "incorrectly", "mistakenly", "erroneously",
                "previously", "formerly", "misleading", "misleadingly", "mentioned", "refer",
                "referred", "referring", "listed", "marked", "flagged", "treated", "treating",
                "treat", "document", "documented", "spelled", "written", "wrote", "mark",
                "marks", "marking", "list", "lists", "listing", "present", "presents", "framed",
                "phrased", "quote", "quoted", "quotes"}
COUNTERFACTUAL = {("as", "if"), ("as", "though"), ("used", "to")}
NONPROD_WORDS = {"development", "dev", "non-production", "non-prod", "nonprod", "locally", "local", "laptop", "testing", "tests", "demos", "debugging", "regression",
                 "debug=true", "debug=1", "windows", "macos", "poc", "desktop", "локально", "локальный",
                 "локальной", "локального",
                 "local-only", "ddev", "lando", "dev-only", "test-only", "localhost-only", "suite", "pytest", "vitest", "mock",
                 "jest", "unittest", "offline", "prototype", "prototypes", "hackathon", "desarrollo", "entwicklung",
                 "udvikling", "utvikling", "utveckling",  # (Danish, Norwegian, Swedish: "Udvikling uden Redis")
                 "développement", "desenvolvimento", "sviluppo", "开发", "本地", "测试", "разработки", "разработка", "разработке",
                 "test", "ci", "workstation", "sandbox", "demo", "evaluation", "tryout",
                 "devcontainer", "benchmark", "benchmarks", "lokal", "lokale", "lokalen", "lokales", "отладки", "отладка",
                 "отладке", "développer", "desarrollar", "desenvolver", "sviluppare", "entwickeln", "pruebas", "testes",
                 "prueba", "teste"}  # ("## Teste de Performance Sem Redis": a test run, as "Performance Test" is)
CONDITION_WORDS = {"if", "unless", "when", "whenever", "once", "where", "provided", "providing"}
ELLIPTIC_NEEDS = {"needed", "required", "necessary", "desired", "wanted", "applicable",
                  "appropriate", "used", "enabled", "any", "so", "present", "available",
                  "relevant", "you", "preferred", "configured"}
SUBJECT_GENERIC = {"you", "we", "you'll", "you'd", "we'll", "we'd", "you've", "you're", "we're", "site", "sites", "app", "apps", "application", "applications",
                   "project", "deployment", "deployments", "production", "server", "code", "codebase", "backend",
                   "platform", "product", "mvp", "v1",
                   "servers", "stack", "setup", "install", "installation", "one", "django",
                   "wagtail", "instance", "your", "this", "guide", "system", "host", "box",
                   "droplet", "vm", "machine", "environment", "everything", "most",
                   "smaller", "small", "simple", "teams", "users", "people", "i", "mode", "modes",
                   "core", "setups", "tier", "edition", "version", "plan", "variant", "configuration"}
PART_NOUNS = {"socket", "sockets", "persistence", "password", "passwords", "username", "usernames", "acl", "acls",
              "indicator",
              "indicators",
              "check", "checks", "test", "tests", "step", "steps", "tuning", "config",
              "configuration", "configurations", "conf", "port", "metrics", "monitoring", "dashboard",
              "dashboards", "snapshot", "snapshots", "backup", "backups", "replica", "replicas",
              "replication", "sentinel", "sentinels", "cluster", "clusters", "clustering", "tls", "ssl", "auth",
              "number", "index", "hosts", "ports",
              "authentication", "module", "modules", "cli", "gui", "exporter", "logs", "log",
              "logging", "section", "settings", "setting", "option", "options", "flag",
              "flags", "version", "versions", "ping", "db", "databases", "keyspace", "keys",
              "key", "values", "ttl", "ttls", "expiry", "eviction", "maxmemory", "memory", "limit", "limits", "bind", "binding",
              "env", "protected-mode", "aof", "rdb", "leftovers", "remnants", "instructions",
              "commander", "insight", "insights", "stack", "cloud", "labs", "timeout", "timeouts",
              "connection", "connections", "pool", "health", "healthcheck", "smoke", "probe",
              "restart", "restarts", "upgrade", "upgrades", "alerts", "alert", "sidecar",
              "exporters", "user", "users", "tls-port", "unixsocket", "hardening", "tweaks",
              "details", "docs", "documentation", "notes", "client", "clients", "library",
              "libraries", "bindings", "driver", "py", "sessions", "session", "locks", "lock",
              "counters", "queue", "queues", "result", "results", "stats", "statistics",
              "benchmark", "benchmarks", "console", "shell", "admin", "ui", "proxy",
              "container's", "tools", "tool", "plugin", "plugins", "extension", "extensions",
              "image", "images", "tag", "tags", "host", "hostname", "address", "ip",
              "integration", "integrations", "streams", "stream", "pub/sub", "pubsub", "search",
              "json", "timeseries", "graph", "bloom", "om", "operator", "chart",
              "helm", "adapter", "adapters", "provider", "providers", "errors", "error", "warnings",
              "trigger", "triggers", "scaler", "scalers",  # (KEDA's "Redis triggers": what reads a list)
              "warning", "messages", "retries", "credentials", "credential", "secrets", "secret",
              "token", "tokens", "pub", "override", "overrides", "prefix", "prefixes", "namespace",
              "pipelining", "pipeline", "pipelines", "transactions", "scripting", "lua", "access",
              # its security, in English and other languages ("Redis Güvenlik (Opsiyonel ama Önerilir)")
              "security", "güvenlik", "sicherheit", "sécurité", "seguridad", "segurança", "sicurezza",
              "безопасность",
              # where its files lie ("# Optional: Remove old Redis folder" over `rmdir redis-server`)
              "folder", "folders", "directory", "directories", "dir", "volume", "volumes"}
# features of the service that may be optional while the service is not: a table column about
# one ("| Store | Backup? |") or a roadmap item adding one ("## Future work" over "- Redis Sentinel")
FEATURE_PARTS = frozenset({
    "persistence", "tls", "ssl", "password", "passwords", "acl", "acls", "auth", "authentication", "replica",
    "replicas", "replication", "sentinel", "clustering", "backup", "backups", "snapshot", "snapshots",
    "monitoring", "metrics", "alerts", "eviction", "maxmemory", "aof", "rdb", "hardening", "encryption",
    "failover"})
# the same parts in Romance languages, where the hedge follows them ("Configuración recomendada
# de Redis", "paramètres optionnels de Redis")
ROMANCE_PARTS = {"configuración", "configuracion", "configurazione", "configuração", "configuracao",
                 "parámetros", "paramètres", "parametri", "parâmetros", "ajustes", "réglages",
                 "impostazioni", "versión", "versione", "versão", "contraseña", "persistencia",
                 "persistance", "persistenza", "persistência", "opciones", "opzioni", "opções",
                 "cliente", "clientes", "librería", "biblioteca", "bibliothèque", "libreria",
                 "contenedor", "conteneur", "contenitore", "puerto", "porta", "monitoreo", "supervision"}
# what a recommended way of doing something is called: "WSL Redis setup (recommended approach)",
# "## Recommended installation method" recommend one way of doing it, not the service
WAY_NOUNS = frozenset({"approach", "method", "methods", "way", "path", "route", "workflow", "order"})
# nouns for using the service as a whole: "optional Redis integration" makes the service optional
# (unlike "optional Redis persistence", a feature of it)
USE_NOUNS = {"integration", "integrations", "support", "usage", "use", "registration", "connection", "enablement",
             "connectivity", "dependency", "setup", "acceleration"}
IDENTITY_NOUNS = {"addon", "add-on", "server", "servers", "service", "services", "instance", "instances", "daemon",
                  "cache", "caches", "caching", "broker", "brokers", "backend", "backends", "container",
                  "containers", "package", "packages", "dependency", "dependencies", "install",
                  "installation", "setup", "node", "nodes", "database", "store", "itself",
                  "url", "urls", "variable", "variables", "transport",
                  "support", "layer", "process", "unit", "component",
                  "components", "box", "vm", "deployment", "backplane", "infrastructure", "engine", "engines",
                  # the same nouns in Chinese, Japanese and Korean ("Redis 缓存", "Redis サーバー")
                  "缓存", "快取", "緩存", "キャッシュ", "캐시", "服务", "服務", "服务器", "伺服器", "サーバー", "サーバ",
                  "서버", "实例", "インスタンス", "인스턴스", "サービス", "서비스"}
OF_IDENTITY = {"installation", "install", "setup", "use", "usage", "instance", "instances",
               "copy", "deployment", "installing", "running", "using", "presence",
               # the same nouns before "de"/"di"/"do" ("Instalación opcional de Redis")
               "instalación", "instalacion", "instalação", "installazione", "uso", "utilisation",
               "ajout", "adición", "adição", "aggiunta", "addition",
               "utilización", "utilizzo", "utilização", "utilizacao", "instancia", "istanza", "instância", "servidor", "serveur",
               "servizio", "servicio", "serviço", "soporte", "supporto", "suporte", "integración",
               "intégration", "integrazione", "integração", "despliegue", "déploiement", "implantação",
               # setting it up ("Configuração do Redis (OPCIONAL)", "Configuration of Redis (optional)")
               "configuration", "configuração", "configuracao", "configuración", "configuracion", "configurazione",
               "konfiguration", "konfiguracja", "konfigurace", "einrichtung", "instalacja", "instalace"}
CATEGORY_CELLS = {"cache", "caching", "broker", "message broker", "queue", "task queue",
                  "database", "db", "component", "service", "dependency", "backend", "store",
                  "session store", "sessions", "search", "web server", "proxy", "role",
                  "layer", "worker", "workers", "storage", "purpose", "what", "name", "cache backend",
                  "celery broker", "broker/cache", "cache/broker", "kv store", "key-value store"}
# how a table's column of default values is titled: "Default", "Default value", "Défaut",
# "Valor por defecto", "默认值", and German "Standard", "Vorgabe" as whole titles
FOREIGN_DEFAULTS = ("défaut", "defecto", "padrão", "padrao", "predeterminado", "predefinito", "standardwert",
                    "默认", "預設", "デフォルト", "기본값", "по умолчанию", "standaardwaarde",
                    "standardval", "standardverdi", "standardvärde", "standardværdi")  # (Norwegian, Swedish, Danish)
DEFAULT_WHOLE_TITLES = ("standard", "vorgabe", "voreinstellung", "standaard")


# the titles of a table column that lists the values a setting takes ("| Options |")
OPTIONS_TITLES = frozenset({"options", "values", "allowed values", "possible values", "accepted values",
                            "available values", "supported values", "valid values", "choices", "allowed",
                            "supported options", "valid names", "allowed names",
                            "valid backends", "supported drivers", "available drivers", "available types",
                            "supported types", "drivers", "backends"})  # ("| Backend | Drivers | Purpose |")
# ("**Valid names**: `disk`, `redis`, …", "Supported drivers: `file`, `redis`, `array` (memory).")
# a table column of a setting's value or example, where a cell that lists several ("`memory` / `redis`",
# "files, redis", or a "Type" column's union "`'memory' | 'redis'`") gives the choices (also in Danish, Norwegian, Swedish, German, Dutch and Romance tables)
VALUE_TITLES = OPTIONS_TITLES | frozenset({
    "value", "example", "examples", "example value", "example values", "værdi", "værdier", "verdi", "verdier",
    "värde", "värden", "wert", "werte", "waarde", "waarden", "valor", "valores", "valeur", "valeurs", "valore",
    "valori", "type", "types"})


def is_default_title(title: str) -> bool:
    """A table header's title names its column of default values."""
    head = title.strip(" *_`:").lower()
    return head.startswith("default") or head in DEFAULT_WHOLE_TITLES or any(w in head for w in FOREIGN_DEFAULTS)


# the first column's title of a table of variables ("| Name | Value | Description |")
VARIABLE_TITLES = frozenset({"name", "variable", "variables", "key", "parameter", "setting", "option", "var"})


def default_column(header) -> int | None:
    """The column of a table's default values: one titled "Default" (or the like), else, in a table
    of variables ("| Name | Value | Description |" over a role's variables), its "Value" column,
    the value a variable has unless someone sets it."""
    col = next((h for h, title in enumerate(header) if is_default_title(title)), None)
    if col is None and header and header[0].strip(" *_`:").lower() in VARIABLE_TITLES:
        col = next((h for h, title in enumerate(header) if title.strip(" *_`:").lower() == "value"), None)
    return col


YES_CELLS = {"yes", "y", "true", "✓", "✔", "✔️", "☑", "x", "✅", "да", "是", "はい", "예", "sim", "sí", "si", "oui", "ja",
             "ya", "evet"}
NO_CELLS = {"no", "n", "false", "✗", "✘", "❌", "➖", "-", "—", "–", "none", "нет", "否", "いいえ", "아니오", "não", "nao",
            "non", "nein", "tidak", "hayır", "nee", "nie"}
# a "Required" cell that says "only on a condition" ("| `REDIS_URL` | 条件 |" under "必填"), in the
# languages NO_CELLS covers
CONDITIONAL_CELLS = frozenset({"条件", "有条件", "視條件", "视情况", "按需", "条件必填", "條件", "条件付き", "조건부", "conditional",
                               "conditionnel", "condicional", "bedingt"})
VARIANT_WORDS = {"locking", "non-locking", "built-in", "builtin", "backup", "standby", "secondary", "in-cluster", "single", "different", "bundled", "embedded", "managed", "dedicated", "separate", "remote", "external", "hosted", "second",
                 "additional", "another", "larger", "bigger", "shared", "clustered", "replicated",
                 "per-site", "per-pod", "per-node", "per-replica", "per-container", "per-process", "per-worker", "per-tenant", "per-app", "standalone", "cloud", "internal", "in-chart", "highly-available", "ha", "newer", "latest", "newest",
                 "older", "persistent", "secured", "password-protected", "tls-enabled", "tls", "ssl", "ssl-enabled", "encrypted", "master-slave",
                 "master/slave", "primary-replica", "primary/replica", "sentinel", "multi-node",
                 "native", "containerized", "dockerized", "docker", "standard", "regular", "plain", "vanilla", "self-hosted",
                 "traditional", "classic", "oss", "open-source", "manual",
                 "pre-built", "prebuilt", "precompiled", "pre-compiled",  # ("Download Pre-Built Redis": a way to get it)
                 # Russian and German adjectives before the name ("облачный Redis": a cloud Redis)
                 "облачный", "облачного", "облачным", "облачном", "управляемый", "управляемого", "управляемым",
                 "внешний", "внешнего", "внешним", "удалённый", "удаленный", "удалённого", "удаленного",
                 "выделенный", "выделенного", "отдельный", "отдельного", "externen", "externer", "verwalteten",
                 "verwalteter"}  # ("WSL Native Redis setup (recommended)": a way to run it)
# Hosting providers whose name before the service makes a product of it ("Upstash Redis
# (recommended)" recommends a provider, not the service).
PROVIDER_WORDS = {"upstash", "replit", "railway", "render", "heroku", "aws", "amazon", "elasticache", "azure",
                  "gcp", "memorystore", "digitalocean", "aiven", "fly", "fly.io", "vercel",
                  "scaleway", "ovh", "linode", "akamai", "koyeb", "northflank", "redislabs",
                  "bitnami", "supabase", "dragonfly", "keydb", "valkey", "garnet", "alibaba",
                  "tencent", "huawei", "oracle", "ibm", "vultr", "hetzner", "coolify", "dokku", "memurai",
                  "plesk", "cpanel", "ploi", "caprover", "dokploy"}  # (hosting panels: "if using Plesk Redis")
# Drop-in replacements that speak the same protocol: "Use Valkey instead of Redis" keeps it.
_COMPATIBLE_FORKS = frozenset({"valkey", "keydb", "dragonfly", "dragonflydb", "garnet", "kvrocks", "redict",
                               "memurai"})  # (Memurai: a Redis-compatible server for Windows)
# Hosted offers of the service: "Instead of running Redis on the app machine, use Upstash".
_HOSTED_PRODUCTS = frozenset({"upstash", "elasticache", "memorystore", "redislabs", "aiven"})
# A main clause that carries on without the service ("… falls back to the database").
FALLBACK_WORDS = {"fall", "falls", "fallback", "works", "work", "fine", "still", "continues", "uses",
                  "switches", "reverts", "defaults", "instead", "remains", "used"}
# Words that make a condition about how the service is run, not whether ("(if using Docker)").
MANNER_CONDITION_WORDS = {"local", "locally", "docker", "docker-compose", "compose", "k8s", "kubernetes", "external", "provider",
                          "managed", "wsl", "wsl2", "macos", "mac", "windows", "linux", "homebrew", "brew",
                          "podman", "systemd", "hosted", "self-host", "self-hosted", "self-hosting",
                          "remote", "container", "containers", "containerized", "vagrant",
                          "minikube", "helm", "source", "snap", "apt", "package", "ubuntu",
                          "debian", "tls", "ssl", "password", "auth", "sentinel",
                          "cluster", "upstash", "elasticache", "heroku", "render", "railway"}
# A purpose that is the deployment itself: needing the service for it is requiring it.
CORE_PURPOSES = {"production", "prod", "app", "apps", "application", "site", "sites", "project",
                 "platform", "deploy", "deployment", "deployments", "deploying", "server", "servers",
                 "this", "it", "everything", "django", "wagtail", "stack", "boot", "start",
                 "starting", "work", "working", "function", "operate", "go-live", "live", "launch",
                 "install", "installation", "setup", "guide", "runbook", "all", "any", "every",
                 "anything", "website", "backend", "service", "system", "instance", "prod-like",
                 "staging", "reliably", "properly", "correctly", "securely", "bot", "bots"}
# Provisioning verbs that can be put off ("Redis can be added later").
DEFER_VERBS = {"add", "added", "adding", "install", "installed", "introduce", "introduced",
               "implement", "implemented", "enable", "enabled", "plug", "plugged", "bring",
               "brought", "configure", "configured", "deploy", "deployed", "provision",
               "provisioned", "adopt", "adopted", "set", "layer", "layered", "wire", "wired",
               "enabling", "installing", "introducing", "deploying"}  # ("## Enabling Redis Later")
# What may follow a telegraphic hedge right after the service ("Redis optional for jobs").
TELEGRAPHIC_NEXT = {"for", "in", "on", "at", ",", "(", "-", "—", "–", ";", ".", ":", "if", "when",
                    "unless", "but", "and", "as", "because", "since", "until", "now", "here", "before", "once"}
# Context words that make "without Redis" an option ("Deploy without Redis").
WITHOUT_OK = {"deploy", "deploys", "deployed", "ship", "ships", "launch", "boot", "boots", "designed",
              "standalone", "operate", "operates", "possible", "supported", "fine", "mode",
              "disabled", "per-process", "per-instance", "in-memory", "fallback", "fallbacks",
              "degraded", "degrades", "limited", "reduced", "slower", "in-process", "locally",
              "maintained", "functionality", "production-ready", "available", "accessible",
              # the mode it runs in without it ("**Without Redis**: Jobs process synchronously")
              "synchronously", "synchronous",
              "proceed", "proceeded", "proceeding"}  # ("Documented decision to proceed without Redis")
# Backends that can stand in for the service ("use the database or Redis").
ALT_BACKENDS = {"database", "db", "memory", "in-memory", "memcached", "memcache", "filesystem",
                "file", "files", "sqlite", "postgres", "postgresql", "mysql", "rabbitmq", "locmem",
                "disk", "sqs", "kafka", "nats", "local", "inmemory", "dummy", "sync", "cookie",
                "cookies", "django-db", "db-backed", "database-backed", "local-memory",
                "ram", "mongodb", "mongo", "jdbc", "in-process", "dynamodb", "consul",
                "etcd", "array", "apc", "apcu",  # ("stored either in RAM or Redis"; Laravel's "array" driver, in memory)
                "json",  # (JSON files: "Storage backend ("json" or "redis")")
                "node-cache", "lru-cache", "memory-cache",  # (Node's in-process caches: "either Redis or Node-Cache")
                "ehcache", "caffeine",  # (the JVM's: "configured to use Ehcache or Redis for backend caching")
                "sled", "leveldb", "rocksdb", "lmdb", "boltdb", "bbolt", "badgerdb",  # (embedded stores: "`redis` or `sled`")
                "ets", "mnesia", "cachex",  # (the BEAM's in-process stores: "Simple caching for Elixir using ETS or Redis")
                # other servers, peers as Memcached and RabbitMQ are ("Selects Redis or Infinispan", "Hazelcast or
                # Redis"; not Valkey, KeyDB or Dragonfly, which speak Redis's protocol: which Redis, not whether)
                "infinispan", "hazelcast", "activemq", "pulsar", "beanstalkd", "nsq",
                # vector stores, where Redis serves as one ("use Redis or Qdrant as the vector store")
                "qdrant", "milvus", "weaviate", "pinecone", "chromadb", "pgvector",
                # .NET's distributed caches ("works with SQL Server, Redis, and NCache")
                "ncache", "mssql", "sqlserver"}
# Verbs for the service's role ("Redis can optionally hold session state").
ROLE_VERBS = {"hold", "cache", "store", "back", "serve", "act", "handle", "provide", "power",
              "replace", "share", "speed", "accelerate", "buffer", "queue", "broker", "keep"}
# Verbs that open a step done on the service, not its provisioning ("Flush Redis (optional)").
STEP_VERBS = {"check", "verify", "confirm", "test", "tune", "restart", "monitor", "secure",
              "harden", "inspect", "review", "flush", "back", "upgrade", "daemonize", "daemonise",
              "seed", "populate", "warm", "prime", "clear", "purge", "migrate", "import", "export",
              "clean", "cleanup", "clean-up",  # ("### 4. Clean Up Redis (Optional)": its leftover data)
              "restore", "load", "sync", "expose", "bind", "benchmark", "shard", "replicate",
              "encrypt", "protect", "password-protect", "lock", "firewall", "restrict", "persist",
              "snapshot", "debug", "troubleshoot", "stop", "reset", "wipe", "empty", "reload",
              "update", "patch", "containerize", "dockerize", "profile", "observe", "open", "close",
              "visualize", "browse", "explore", "view", "query", "access", "reconfigure", "vérifier",
              "verifier", "verificar", "comprobar", "prüfen", "überprüfen", "testar", "tester", "probar",
              "rehydrate", "repopulate", "reseed", "rewarm", "re-warm"}  # ("Rehydrate Redis if needed.")
FEATURE_NOUNS = {"caching", "cache", "queueing", "queuing", "queue", "sessions", "session",
                 "broker", "locking", "throttling", "rate-limiting", "pub/sub", "pubsub"}
BARE_HEDGES = {"optional", "optionally", "recommended", "suggested", "nice to have",
               "nice-to-have", "if needed", "if required", "as needed", "only if needed",
               "not required", "optional step", "optional recommended", "recommended optional", "optional but recommended",
               "recommended but optional",
               "if you need it", "if you want it", "if used", "only if used", "can be skipped",
               "may be skipped", "not needed", "not mandatory", "preferred", "optional services",
               "optional variables", "optional settings", "optional config", "optional configuration",
               "optional dependencies", "optional env", "optional environment variables",
               # the same label in other languages ("# 선택", "# opcional", "# 可选")
               "선택", "선택사항", "オプション", "オプショナル", "任意", "可选", "可選", "opcional", "optionnel", "facultatif",
               "opsiyonel", "opsional", "opzionale", "необязательно", "опционально", "אופציונלי", "اختياري",
               "اختیاری"}
CHECK_COMMANDS = {"redis-cli", "ss", "netstat", "grep", "journalctl", "tail", "curl", "wget",
                  "cat", "less", "ls", "echo", "ping", "nc", "telnet", "ps", "top"}
REQUIRED_HEADERS = {"required", "mandatory", "needed", "required in production", "critical", "hard dependency",
                    "needed in production", "production", "prod", "required for production",
                    "required?", "must have", "must-have", "essential",
                    # the same header in other languages ("| 必需 |", "| Обязательна |")
                    "必需", "必须", "必填", "是否必需", "是否必须", "必須", "必要", "필수", "обязательна",
                    "обязательно", "обязательный", "обязательная", "requerido", "requerida", "obligatorio",
                    "obrigatório", "obrigatorio", "obligatoire", "erforderlich", "pflicht", "wajib", "zorunlu",
                    "verplicht", "wymagane", "wymagany",
                    "obligatoria", "obligatorios", "obligatorias", "obrigatória", "obrigatoria", "obligatoires",
                    "requis", "requise", "richiesto", "richiesta", "obbligatorio", "obbligatoria", "wymagana",
                    "wymagalne", "benötigt", "bắt buộc", "必選", "必选"}
OPTIONAL_HEADERS = {"optional", "optional?", "nice to have", "can skip", "skippable"}
# Prepositions that add a manner or means to a verb phrase ("uses Redis over TLS").
MANNER_PREPS = {"over", "via", "through", "as", "with", "behind", "from", "inside"}
# Predicates that permit what their subject does ("skipping Redis is fine").
PERMISSIVE_WORDS = {"fine", "ok", "okay", "safe", "possible", "acceptable", "allowed", "supported",
                    "harmless", "option", "alright", "reasonable"}
# Verbs that take an object and its complement ("we keep Redis optional", "makes X optional").
COMPLEX_TRANSITIVE = {"keep", "keeps", "kept", "keeping", "make", "makes", "made", "making",
                      "leave", "leaves", "render", "renders", "rendered", "consider", "considers",
                      "deem", "deems", "declare", "declares", "declared"}
# Predicates that leave the choice to the reader ("running Redis is up to you").
CHOICE_IDIOMS = (("up", "to", "you"), ("your", "call"), ("your", "choice"), ("your", "decision"),
                 ("at", "your", "discretion"), ("a", "matter", "of", "taste"))
# Phrasal verbs that switch something off ("Redis can be turned off").
OFF_VERBS = {"turn", "turned", "turning", "switch", "switched", "switching", "shut"}
# Words that open an example list in a parenthesis ("extra services (e.g. Redis)").
EXAMPLE_WORDS = {"e.g", "eg", "i.e", "ie", "such", "like", "including", "incl", "namely"}
# Subjects that start a main clause after a condition written without a comma
# ("if you run Celery you need Redis").
MAIN_SUBJECTS = {"you", "you'll", "we", "we'll", "you'd", "we'd", "then"}
# Verbs that say a thing matters ("Redis only matters once you scale out").
MATTER_VERBS = {"matters", "matter", "relevant", "useful", "worthwhile", "helps", "help",
                "beneficial", "helpful", "worth", "pays", "valuable", "makes"}
LABEL_MARKS = {":", "—", "–", "-", "->", "→", "=", "|"}
SUBORDINATORS = {"if", "unless", "when", "whenever", "while", "whereas", "although", "though",
                 "because", "since", "which", "once", "where", "so", "but", "however", "yet",
                 "otherwise", "provided", "until", "after", "before"}
STOP_NP = {"is", "are", "was", "were", "be", "can", "may", "might", "should", "must", "will",
           "would", "could", "if", "when", "unless", "because", "which", "that", "but", "and",
           "or", "for", "to", "in", "on", "at", "with", "without", "by", "from", "as", "only",
           "not", "isn't", "aren't", "does", "do", "doesn't", "don't", "also", "needs", "need",
           "needed", "uses", "used", "listens", "runs", "stores", "keeps", "holds", "handles",
           "serves", "gets", "has", "have", "takes", "requires", "required", "provides",
           "again", "back", "later", "anyway"}  # (adverbs after it: "if you need Redis again")


# Single words of other languages, read as the English word they mean so that the clause
# rules apply to them ("Redis (optioneel)", "Redis (opcjonalnie dla cache)", "Redis is alleen
# nodig voor rate limiting"). Only words that are no English word and mean the same wherever
# they are written ("als", Dutch "if" but German "as", is read only before "je"/"u": see tokenize).
FOREIGN_MEANINGS = {
    # a step that turns the service off ("Deshabilitar Redis completamente", "Désactiver Redis")
    "melhor": "better", "mejor": "better",  # ("Configure Redis para melhor performance": for better performance)
    "deactivate": "disable", "deactivated": "disabled", "deactivating": "disabling",  # (English, the same verb)
    "prima": "before", "antes": "before", "avant": "before", "vorher": "before", "sebelum": "before",
    # ("**Prima (senza Redis):**", "### Tanpa Redis (Sebelum):")
    "禁用": "disable", "停用": "disable",  # ("# 禁用Redis，仅使用L1内存缓存": disable it, use only memory)
    "deshabilitar": "disable", "desactivar": "disable", "desativar": "disable", "désactiver": "disable",
    "desabilitar": "disable", "deaktivieren": "disable", "disattivare": "disable", "отключить": "disable",
    "отключите": "disable", "отключен": "disabled", "отключён": "disabled", "отключена": "disabled",
    # ("Отключен Redis для prod профиля": disabled for the prod profile)
    "completamente": "completely", "complètement": "completely",
    "puramente": "purely", "purement": "purely", "meramente": "merely",  # ("Redis es puramente una optimización opcional")
    "optionnaly": "optionally", "optionaly": "optionally",  # (misspelt: "Optionnaly [redis](…) is used to cache icons")
    # "now" ("Redis agora é opcional", "Redis ahora es opcional", "Redis est maintenant optionnel")
    "agora": "now", "ahora": "now", "maintenant": "now", "désormais": "now",
    # Dutch
    "optioneel": "optional", "optionele": "optional", "aanbevolen": "recommended", "alleen": "only",
    "nodig": "needed", "vereist": "required", "verplicht": "mandatory", "niet": "not", "geen": "no",
    "zonder": "without", "indien": "if", "voor": "for", "lokaal": "locally", "ontwikkeling": "development",
    "geïnstalleerd": "installed",
    # Polish
    "opcjonalnie": "optional", "opcjonalny": "optional", "opcjonalna": "optional", "opcjonalne": "optional",
    # (and its other cases: "Redis jest opcjonalnym komponentem", "opcjonalnego", "opcjonalną")
    "opcjonalnym": "optional", "opcjonalnego": "optional", "opcjonalną": "optional", "opcjonalnej": "optional",
    "opcjonalnych": "optional", "opcjonalnymi": "optional",
    "zalecany": "recommended", "zalecane": "recommended", "zalecana": "recommended",
    "rekomendowany": "recommended", "rekomendowane": "recommended", "wymagany": "required",
    "wymagane": "required", "wymagana": "required", "potrzebny": "needed", "potrzebne": "needed",
    "tylko": "only", "jeśli": "if", "jeżeli": "if", "bez": "without", "dla": "for", "nie": "not",
    "lokalnie": "locally", "przez": "via", "poprzez": "via",
    "chcesz": "want", "chcecie": "want", "uruchomić": "run", "zainstalować": "install", "używać": "use",
    "użyć": "use",  # ("Jeśli chcesz uruchomić Redis:": if you want to run Redis)
    # Scandinavian and Czech
    "valgfri": "optional", "valgfrit": "optional", "valfri": "optional", "valfritt": "optional",
    "valgfritt": "optional", "valgfrie": "optional", "valfria": "optional", "volitelně": "optional",
    "volitelná": "optional", "voliteľné": "optional", "voliteľný": "optional", "voliteľná": "optional",
    "uten": "without", "utan": "without", "uden": "without", "hvis": "if", "nå": "now", "jetzt": "now",
    "inte": "not", "ikke": "not",
    "endast": "only", "bara": "only", "när": "when", "används": "used", "brukes": "used", "bruges": "used",
    # ("Redis används endast när `SESSION_STORE=redis`": Redis is used only when …)
    # "connection" ("Redis Verbindung (optional)", "Conexión Redis (opcional)")
    "verbindung": "connection", "anbindung": "connection", "conexión": "connection", "conexion": "connection",
    "connexion": "connection", "conexão": "connection", "connessione": "connection",
    # Finnish ("Redis on valinnainen - projekti toimii ilman sitä": Redis is optional, the project
    # works without it; "on", is, is read as such only before these words: see tokenize)
    "valinnainen": "optional", "vapaaehtoinen": "optional", "suositeltu": "recommended",
    "suositeltava": "recommended", "suositellaan": "recommended", "ilman": "without", "jos": "if",
    "pakollinen": "mandatory", "tarpeen": "needed",
    # optional, optionally and recommended in more languages ("Redis (προαιρετικό)", "(conseillé)")
    "اختياري": "optional", "اختیاری": "optional", "προαιρετικό": "optional", "προαιρετική": "optional",
    # Arabic "موصى به" (recommended: "## 🚀 Redis (موصى به للأداء)", recommended for performance)
    "موصى": "recommended",
    # Hebrew "ללא"/"בלי" (without: "המערכת עובדת מצוין ללא Redis", the system works fine without Redis)
    "ללא": "without", "בלי": "without", "עובדת": "works", "עובד": "works", "המערכת": "system", "מצוין": "fine",
    "προαιρετικά": "optionally", "वैकल्पिक": "optional", "बिना": "without",
    "opcionalmente": "optionally",
    "जरूरत": "needed", "ज़रूरत": "needed", "आवश्यकता": "needed",  # Hindi (need; "… नहीं": see claims.tokenize)
    "facultativement": "optionally", "optionnellement": "optionally", "opzionalmente": "optionally",
    "anbefalet": "recommended", "rekommenderat": "recommended", "doporučené": "recommended",
    "doporučená": "recommended", "raccomandato": "recommended", "raccomandata": "recommended",
    "conseillé": "recommended", "conseillée": "recommended", "consigliata": "recommended",
    "recomendável": "recommended", "aconselhado": "recommended", "empfehlenswert": "recommended",
    "là": "is",
    "nødvendig": "needed", "nödvändig": "needed", "påkrevd": "required", "påkrævet": "required",
    "krävs": "required", "kreves": "required", "kræves": "required", "povinné": "required", "povinný": "required",
    "volitelné": "optional", "volitelný": "optional", "anbefalt": "recommended", "anbefales": "recommended",
    "rekommenderas": "recommended", "rekommenderad": "recommended", "doporučeno": "recommended",
    "doporučený": "recommended",
    # states after a condition on the service ("si Redis n'est pas configuré", "se Redis não
    # estiver configurado", "wenn Redis nicht konfiguriert ist")
    "configuré": "configured", "configurée": "configured", "configurado": "configured",
    "configurés": "configured", "configurées": "configured", "configurados": "configured", "configuradas": "configured",
    # a backup of it, named first ("Sauvegardes Redis configurées (si nécessaire)")
    "sauvegarde": "backup", "sauvegardes": "backups",
    "configurada": "configured", "configurato": "configured", "konfiguriert": "configured",
    "défini": "set", "definido": "set", "definida": "set", "impostato": "set", "gesetzt": "set",
    "installé": "installed", "instalado": "installed", "installato": "installed", "installiert": "installed",
    "creado": "created", "creada": "created", "criado": "created", "criada": "created",  # ("Redis creado en Render (opcional …)")
    "agregado": "added", "agregada": "added", "añadido": "added", "añadida": "added",  # ("- [ ] Redis agregado (opcional pero recomendado)")
    "adicionado": "added", "adicionada": "added", "ajouté": "added", "ajoutée": "added", "hinzugefügt": "added",
    "configurou": "configured", "instalou": "installed", "ativou": "enabled",  # ("Se você configurou o Redis, …")
    "disponible": "available", "disponível": "available", "disponibile": "available", "verfügbar": "available",
    "gewünscht": "wanted",
    "habilitado": "enabled", "habilitada": "enabled", "activado": "enabled", "activada": "enabled",
    "ativado": "enabled", "ativada": "enabled", "attivato": "enabled",
    "aktiviert": "enabled",  # ("Si Redis está habilitado, Odoo lo usa …": if it is enabled)
    # Indonesian and Malay
    "jika": "if", "apabila": "if", "kalau": "if", "bila": "when", "dipakai": "used", "digunakan": "used",
    "diperlukan": "needed", "dibutuhkan": "needed", "tanpa": "without", "hanya": "only",
    "disarankan": "recommended", "direkomendasikan": "recommended", "wajib": "mandatory", "tidak": "not",
    "untuk": "for", "buat": "for", "punya": "have", "tersedia": "available", "bisa": "can",
    "gunakan": "use", "menggunakan": "using",  # ("Jika menggunakan queues, bisa gunakan Redis": if using queues, can use it)
    "adalah": "is", "bersifat": "is", "merupakan": "is",  # ("Redis bersifat opsional": is optional)
    "tapi": "but", "tetapi": "but", "namun": "but", "selalu": "always",  # ("… tapi tidak selalu necessary")
    "menonaktifkan": "disable", "nonaktifkan": "disable",  # ("### Cara menonaktifkan Redis": how to disable it)
    # Romanian ("Redis este opțional dar recomandat", "### Fără Redis (In-Memory):"; "opțional" is one of the
    # OPTIONAL_WORDS; not "este", which is Spanish for "this": see claims.tokenize)
    "recomandat": "recommended", "recomandată": "recommended", "fără": "without", "dacă": "if", "doar": "only",
    # ("Adaugă Redis DOAR dacă:", add it only if: the hundred-and-fifth session's; "nu", not, is left out,
    # being Dutch for "now", so "Nu necesită server Redis", needs no Redis server, is still not read)
    "adaugă": "add", "adaugi": "add", "adăuga": "add", "adăugați": "add", "când": "when", "necesită": "requires",
    "folosești": "use", "folosiți": "use", "folosit": "used", "folosită": "used", "viitor": "future",
    # Arabic ("### استخدم Redis إذا:", use Redis if; "## متى تستخدم Redis؟", when do you use Redis?)
    "إذا": "if", "اذا": "if", "متى": "when", "بدون": "without", "لاحقاً": "later", "لاحقا": "later",
    "استخدم": "use", "تستخدم": "use", "الانتقال": "moving", "لـ": "to",  # ("الانتقال لـ Redis لاحقاً", moving to Redis later)
    "หรือ": "or",  # Thai ("Cache: File หรือ Redis")
    # Uzbek ("### Redis'ni O'chirish (Ixtiyoriy)": turning Redis off, optional; "olib tashlang": remove it)
    "o'chirish": "disabling", "o'chiring": "disable", "o'chirib": "disabling", "yoki": "or", "mumkin": "can",
    "tashlang": "remove",
    "สำหรับ": "for", "ไม่": "not",  # ("(แนะนำสำหรับ Cache)": recommended for the cache; "ไม่แนะนำ", not
    # recommended: see claims.tokenize, which cuts a run of Thai at these words)
    "değil": "not",  # Turkish, after what it negates ("gerekli değil": see claims.tokenize)
    "gerekli": "required", "zorunlu": "mandatory",
    "dengan": "with", "atau": "or", "akan": "will", "bekerja": "works", "berfungsi": "works",  # ("Sistem akan
    # bekerja sempurna baik dengan atau tanpa Redis": the system works with or without Redis)
    "или": "or", "либо": "or",  # ("(Redis или in-memory)": either)
    "ou": "or",  # French and Portuguese ("(memory ou redis)")
    "eller": "or",  # Norwegian, Swedish and Danish ("[`"file"` eller `"redis"`]")
    "belum": "not",  # ("Redis (jika belum running)": if not running yet, a state to bring it to)
    "terinstall": "installed", "terinstal": "installed", "terpasang": "installed", "berjalan": "running",
    # Russian "является необязательным" (is optional: the instrumental case)
    "является": "is", "являются": "are", "необязательным": "optional", "опциональным": "optional",
    # Vietnamese single syllables (two-syllable words: claims._VI_PHRASES)
    "nếu": "if", "dùng": "using", "không": "not", "chỉ": "only", "hoặc": "or",
    "khi": "when", "chạy": "running", "nhiều": "multiple",  # ("Redis khi chạy nhiều instance": when running several)
    # ("# Redis (nếu chưa cài)": if not installed yet; "disable Redis nếu không cần": if not needed)
    "chưa": "not", "cài": "installed", "cần": "needed",
    # ("Thêm Redis và monitoring khi traffic tăng": add Redis and monitoring when traffic grows)
    "thêm": "add", "và": "and", "tăng": "grows",
    # failures ("La app continúa sin Redis si falla": a failure, not a choice)
    "falla": "fails", "fallar": "fails", "falha": "fails", "falhar": "fails", "errores": "errors",
    "erros": "errors", "caído": "down", "caída": "down", "continúa": "continues", "continua": "continues",
    # ("- Les erreurs Redis (avec fallback automatique)": its errors, then what stands in)
    "erreurs": "errors", "erreur": "error",
    # French words of the common shapes ("Vous pourrez ajouter Redis et CDN plus tard", "Redis est
    # désactivé par défaut", "Sécuriser Redis (recommandé en production)")
    "vous": "you", "pourrez": "can", "pouvez": "can", "ajouter": "add", "et": "and", "tard": "later",
    # ("nous pouvons utiliser RabbitMQ ou Redis": we can use RabbitMQ or Redis)
    "nous": "we", "pouvons": "can", "utiliser": "use",
    # "Une base de données Redis peut être ajoutée en tant que gestionnaire de cache", "Redis peut être
    # utilisé pour le cache" (can be added, can be used)
    "peut": "can", "être": "be", "ajoutée": "added", "ajouté": "added", "utilisé": "used", "utilisée": "used",
    "sécuriser": "secure", "désactivé": "disabled", "désactivée": "disabled", "désactivés": "disabled", "désactivées": "disabled",
    # switched on ("si Redis est activé": if Redis is enabled)
    "activé": "enabled", "activée": "enabled", "activés": "enabled", "activées": "enabled", "par": "by", "défaut": "default",
    # the same in Portuguese and Spanish ("Por padrão, Redis está desabilitado", "Para produção, considere
    # usar Redis")
    "por": "by", "padrão": "default", "padrao": "default", "defecto": "default", "está": "is",
    "desabilitado": "disabled", "desabilitada": "disabled", "desativado": "disabled", "desativada": "disabled",
    "deshabilitado": "disabled", "deshabilitada": "disabled", "desactivado": "disabled", "desactivada": "disabled",
    "considere": "consider", "considera": "consider", "considerar": "consider", "considérez": "consider",
    # ("Verifique se `REDIS_URL` está configurado": check whether it is set, a step)
    "verifique": "check", "verifica": "check", "vérifiez": "check",
    "produção": "production", "producao": "production", "producción": "production", "produccion": "production",
    # verbs of setting it up after "optionally" ("# Opcionalmente iniciar Redis", "Optionnellement,
    # installer Redis")
    "iniciar": "start", "inicie": "start", "arrancar": "start", "instalar": "install", "instale": "install",
    "démarrer": "start", "installer": "install", "lancer": "start",
    # Dutch ("installeer Redis voor betere API performance")
    "installeer": "install", "betere": "better",
    # Turkish ("production için önerilen", "Redis Kurulumu (Opsiyonel)": setting it up), Indonesian "cek"
    "önerilen": "recommended", "önerilir": "recommended", "kurulum": "installation", "kurulumu": "installation",
    # ("Redis opsiyoneldir": is optional; "### Redis Servisi Ekle (Önerilen)": add the Redis service,
    # the verb last, read as the setting up the parenthesis is about)
    "opsiyoneldir": "optional", "önerilmektedir": "recommended", "servisi": "service", "sunucusu": "server",
    "ekle": "setup", "ekleyin": "setup",
    # ("Production'da Redis kurmanızı öneririz": we recommend your installing Redis in production)
    "öneririz": "recommended", "öneriyoruz": "recommended", "öneriyorum": "recommended",
    "kurmanızı": "installation", "kullanmanızı": "usage",
    "cek": "check",
    # Chinese words that stand alone between punctuation and a name ("分布式模式（需要 Redis）")
    "需要": "needs", "模式": "mode",
    # conjunctions standing alone between names ("FFmpeg 和 Redis 是可选的": FFmpeg and Redis are optional)
    "和": "and", "与": "and", "及": "and", "或": "or", "或者": "or",
    # "RSSHub 支持 `memory` 和 `redis` 两种缓存方式" (supports memory and redis, two ways to cache)
    "支持": "supports", "支援": "supports",
    # the stand-ins named in Chinese ("支持Redis / 低版本Valkey / 文件缓存": Redis, Valkey or a file cache)
    "内存": "memory", "內存": "memory", "内存缓存": "memory", "文件": "file", "文件缓存": "file", "檔案": "file",
    # "`CACHE_TYPE`: 缓存类型，可为 `memory` 和 `redis`" (can be memory or redis): the values it offers
    "可为": "supports", "可為": "supports",
    # scope: "Em dev o default é memory" ("in dev"); "Com `REDIS_URL` vazio" ("with … empty")
    "em": "in", "com": "with", "vazio": "empty", "vazia": "empty", "vacío": "empty", "vacía": "empty",
    # "(ou deixar vazio)", "(o dejar vacío)": or leave it empty (not "vide", which is also Portuguese for "see")
    "deixar": "leave", "deixe": "leave", "dejar": "leave", "deje": "leave",
    "trống": "empty", "leeg": "empty", "boş": "empty", "пусто": "empty", "пустой": "empty",  # ("*(trống)*": Vietnamese)
    "memória": "memory", "memoria": "memory", "mémoire": "memory",  # ("… ficam em memória": stay in memory)
    # a password in other languages ("Пароль для Redis (опционально)": the password is optional)
    "пароль": "password", "пароля": "password", "contraseña": "password", "senha": "password",
    "passwort": "password", "wachtwoord": "password", "hasło": "password", "sifre": "password", "şifre": "password",
    "סיסמת": "password", "סיסמה": "password",  # (Hebrew)
    "הוא": "is", "היא": "is",  # (Hebrew "Redis הוא אופציונלי": is optional)
    "для": "for", "para": "for",
    # German "for" ("optional Redis für Queue-basierte Verarbeitung": the noun phrase ends there;
    # read as written where the German word order needs it, see claims._verb_final_copula)
    "für": "for", "fuer": "for", "und": "and", "mit": "with",  # ("mit PostgreSQL, optional Redis und Reverse Proxy")
    # Italian "made" ("Redis reso opzionale": made optional)
    "reso": "made", "resa": "made", "resi": "made", "rese": "made",
    # its roles in Chinese, Japanese and Korean ("| Redis | 缓存（可选） |": the cache, optional)
    "缓存": "cache", "快取": "cache", "キャッシュ": "cache", "캐시": "cache", "队列": "queue", "キュー": "queue",
    "큐": "queue", "会话": "session", "セッション": "session", "세션": "session",
    "存储": "storage", "儲存": "storage", "ストレージ": "storage", "저장소": "storage",  # ("(可选) Redis session 存储")
    # its databases ("разные базы данных Redis": different Redis databases, a part of it)
    "базы": "databases", "баз": "databases", "базу": "db", "база": "db",
    # plural forms of words read in the singular
    "opcionales": "optional", "opcionais": "optional", "opzionali": "optional", "optionnels": "optional",
    "optionnelles": "optional", "facultatifs": "optional", "facultatives": "optional",
    "recomendados": "recommended", "recomendadas": "recommended", "consigliati": "recommended",
    # "if you want Redis …" in Spanish, French, Portuguese and Italian (and steps it may be about)
    "quieres": "want", "quiere": "want", "quieren": "want", "deseas": "want", "desea": "want", "voulez": "want",
    "souhaitez": "want", "veux": "want", "quiser": "want", "queres": "want", "vuoi": "want", "volete": "want",
    # "si tienes Redis disponible", "si usas múltiples instancias" (if you have, if you use)
    "tienes": "have", "tenés": "have", "usas": "use", "utilizas": "use", "usás": "use", "utilisez": "use",
    "usi": "use", "utilizzi": "use", "avez": "have",
    # "solo si instalaste Redis", "apenas se você instalou o Redis" (only if you installed it)
    "instalaste": "installed", "instalou": "installed", "instalaron": "installed",
    # Portuguese "Se usando Redis:", "Se você usar Redis, …", "Se precisar de mais escala, adicione
    # Redis depois" (if using, if you use, if you need more scale, add Redis later)
    "usando": "using", "usar": "use", "precisar": "need", "adicione": "add", "adicionar": "add", "depois": "later",
    # customizing it ("Si quieres personalizar Redis, añade estas variables": tuning it, as "customize")
    "personalizar": "customize", "personnaliser": "customize", "personalizzare": "customize",
    "mais": "more", "escala": "scale", "mas": "but",  # ("mas está desabilitado": but is disabled)
    "queira": "want", "queiras": "want", "voltar": "return",  # ("Caso queira desabilitar o Redis e voltar a usar …")
    "reiniciar": "restart", "redémarrer": "restart", "riavviare": "restart", "verificar": "check",
    "vérifier": "check", "comprobar": "check",
    "limpiar": "flush", "vaciar": "flush", "limpar": "flush", "vider": "flush", "nettoyer": "flush",
    "svuotare": "flush", "pulire": "flush", "detener": "stop", "parar": "stop", "arrêter": "stop",
    # "you don't need Redis" in Spanish, Portuguese, German, French and Polish ("No necesitas Redis",
    # "Você não precisa de Redis", "Du brauchst kein Redis", "Vous n'avez pas besoin de Redis",
    # "Brak Redis")
    "necesitas": "need", "necesita": "need", "necesitan": "need", "necesitamos": "need", "necesitás": "need",
    "precisa": "need", "precisas": "need", "precisam": "need", "precisamos": "need", "brauchst": "need",
    "brauchen": "need", "braucht": "need", "benötigst": "need", "benötigen": "need", "besoin": "need",
    "você": "you", "usted": "you", "brak": "no",
    # "only" in Spanish, Portuguese, German, French and Italian ("Redis sólo es necesario si usas workers",
    # "Redis só é necessário se …", "Redis wird nur benötigt, wenn …"; a bare Spanish and Italian
    # "solo", also an English word, only before a verb: see MEANING_BEFORE)
    "sólo": "only", "solamente": "only", "únicamente": "only", "unicamente": "only", "somente": "only",
    "só": "only", "apenas": "only", "nur": "only", "seulement": "only", "uniquement": "only", "soltanto": "only",
    "только": "only", "лишь": "only",  # ("Redis нужен только для фоновых задач": needed only for background jobs)
    "implementar": "implement",  # ("NÃO implementar Redis": do not implement it, see tokenize)
    # a step the reader may leave out, and an install as the main clause of a condition ("Puedes omitir
    # Redis", "Você pode pular o Redis", "Si vous voulez du cache, installez Redis", "…, installiere Redis")
    "omitir": "omit", "puedes": "can", "podés": "can", "pular": "skip", "installez": "install",
    "installiere": "install",
    # German verbs of a condition on the reader's set-up ("wenn du Worker nutzt": if you use workers)
    "nutzt": "use", "verwendest": "use", "einsetzt": "use", "willst": "want",
    "möchtest": "want",
    # with the thing that needs it named, and in the third person ("Este projeto não requer Redis", "Este
    # proyecto no requiere Redis", "Ce projet ne nécessite pas Redis": the project, the whole of it)
    "requer": "requires", "requiere": "requires", "nécessite": "requires", "richiede": "requires",
    "erfordert": "requires", "projeto": "project", "proyecto": "project", "projet": "project",
    "progetto": "project", "projekt": "project",
    # steps of a runbook in Russian ("Проверяю конфигурацию Redis (опционально)": the check is
    # optional, not the service)
    # roles in Russian ("| Redis | 6379 | Очереди (опционально) |": queues, optional)
    "очереди": "queues", "очередь": "queue", "кэш": "cache", "кеш": "cache", "кэширование": "caching",
    "проверяю": "check", "проверьте": "check", "проверить": "check", "конфигурацию": "configuration",
    "конфигурация": "configuration",
    # putting it off, the object first ("Redis и Celery можно подключить позже", "Redis kann später
    # hinzugefügt werden", "Redis puede añadirse más tarde": claims._later_added; "kann" and "puede"
    # stay as they are: "Der Worker kann ohne Redis nicht starten" is no "can … without")
    "можно": "can", "подключить": "add", "добавить": "add", "позже": "later", "позднее": "later",
    "später": "later", "hinzugefügt": "added", "nachgerüstet": "added",
    "añadirse": "added", "agregarse": "added", "tarde": "later",
    "añadir": "add", "agregar": "add", "utilizar": "use", "también": "also",
    # Czech ("Redis jen pokud potřebuješ": only if you need it)
    "pokud": "if", "jen": "only", "potřebuješ": "need", "potřebujete": "need", "zatím": "yet",
    # ("# Pokud používáš Redis:", "Redis přidej jen pokud ho appka používá", "Redis přidán, pokud appka
    # potřebuje cache": if you use it, add it only if the app uses it, added if the app needs a cache)
    "používáš": "use", "používáte": "use", "používá": "uses", "potřebuje": "needs", "přidej": "add",
    "přidejte": "add", "přidán": "added", "přidaný": "added", "appka": "app", "aplikace": "app",
    # a scale in French, Spanish, Italian, Portuguese and German, for the scale leads ("Pour les
    # environnements distribués, activez Redis", "Para entornos distribuidos, active Redis",
    # "Für verteilte Umgebungen …": claims._scale_lead; "pour" stays as it is, "para" and "für"
    # are read above)
    "distribués": "distributed", "distribuées": "distributed", "distribuidos": "distributed",
    "distribuidas": "distributed", "distribuiti": "distributed", "distribuite": "distributed",
    "verteilte": "distributed", "verteilten": "distributed",
    "environnements": "environments", "entornos": "environments", "ambientes": "environments",
    "ambienti": "environments", "umgebungen": "environments",
    "déploiements": "deployments", "despliegues": "deployments", "implantações": "deployments",
    "plusieurs": "multiple", "múltiples": "multiple", "mehrere": "multiple",
    "instancias": "instances", "instanzen": "instances", "istanze": "instances", "instâncias": "instances",
    "activez": "enable", "activer": "enable", "activa": "enable", "aktivieren": "enable", "aktiviere": "enable",
    "attivare": "enable", "attiva": "enable", "ative": "enable",
    "définissez": "set", "définir": "set", "establezca": "set", "setzen": "set", "setze": "set",
    "imposta": "set", "impostare": "set", "defina": "set",
    # Spanish advice to go without it first ("**NO configures Redis**. Prueba el servidor sin Redis
    # primero.": don't configure Redis, try the server without Redis first)
    "configures": "configure", "configura": "configure", "prueba": "try", "primero": "first",
    # "Si ves que las notificaciones NO funcionan bien → configura Redis": if you see (that) …
    "ves": "see",
    # an outage in French and Portuguese ("Si Redis est configuré mais indisponible :")
    "indisponible": "unavailable", "indisponibles": "unavailable", "indisponível": "unavailable",
    "indisponivel": "unavailable", "inaccessible": "unreachable",
}
# "if" in French, Spanish, Portuguese, Italian and German, read as "if" right before the service
# ("si Redis n'est pas configuré"; elsewhere "si" is also Italian "itself" and "yes")
FOREIGN_IF_BEFORE_SERVICE = frozenset({"si", "se", "wenn", "falls"})
# Dutch words after which "als" is "if" ("als je Redis gebruikt", "(als geïnstalleerd)")
DUTCH_IF_NEXT = frozenset({"je", "u", "jij", "we", "geïnstalleerd", "nodig", "gewenst", "gebruikt", "beschikbaar",
                           "geconfigureerd", "ingesteld", "aanwezig"})
# Words read as "if" or "when" only before the words listed: German "falls" and Swedish "om"
# ("(falls konfiguriert)", "(om konfigurerad)", "Falls kein Redis gewünscht ist": English
# "falls back" keeps its meaning), and Portuguese, Spanish and French "when" before a state of
# the service it elides ("Usa Redis quando disponível", "Com Redis (Quando Instalado)")
# Finnish "on" (is) before a hedge or its negation: "Redis on valinnainen", "Redis ei ole pakollinen"
FINNISH_IS_NEXT = frozenset({"valinnainen", "vapaaehtoinen", "suositeltu", "suositeltava", "pakollinen", "tarpeen"})
_ES_SET_UP_VERBS = frozenset({"añadir", "agregar", "usar", "utilizar", "instalar", "habilitar", "activar"})
MEANING_BEFORE = {
    "falls": ("if", frozenset({"konfiguriert", "gesetzt", "vorhanden", "verfügbar", "benötigt", "gewünscht",
                               "aktiviert", "installiert", "sie", "du", "ihr", "man", "kein", "keine", "keinen"})),
    "om": ("if", frozenset({"konfigurerad", "konfigurerat", "inställd", "tillgänglig", "satt", "behövs", "du", "ni",
                            "installerad", "aktiverad"})),
    "quando": ("when", frozenset({"disponível", "disponivel", "instalado", "configurado", "ativado", "habilitado",
                                  "necessário", "presente"})),
    "cuando": ("when", frozenset({"disponible", "instalado", "configurado", "activado", "habilitado", "necesario",
                                  "presente"})),
    "quand": ("when", frozenset({"disponible", "installé", "configuré", "activé", "nécessaire", "présent"})),
    # Spanish "can" before setting it up ("También se puede añadir una base de datos Redis": can be added;
    # elsewhere "puede" stays, "el worker no puede arrancar sin Redis" is no "can … without")
    "puede": ("can", _ES_SET_UP_VERBS), "pueden": ("can", _ES_SET_UP_VERBS),
    # before a colon, the cases listed under it ("### No necesitas Redis si:", "Redis brauchst du, wenn:")
    "si": ("if", frozenset({":", "nécessaire", "necesario", "hay", "surge", "justificado", "justifié"})),
    "se": ("if", frozenset({":", "necessário", "houver", "surgir", "justificado", "justificada"})),
    # (also before what would call for it: "Considerar Redis apenas se justificado por dados", "se surgir necessidade")
    "wenn": ("if", frozenset({":"})),  # (and "si nécessaire, Redis", "if needed", read below)
    "per": ("by", frozenset({"default"})),  # "Redis off per default": by default
    # Spanish and Italian "solo" (only) before a verb or a condition ("Redis solo es necesario si …",
    # "Redis è necessario solo se …"); elsewhere it may be English ("a solo developer")
    "solo": ("only", frozenset({"es", "se", "si", "è", "para", "per", "cuando", "quando", "en", "necesario",
                                "necessario", "sirve", "serve", "hace", "falta"})),
}


# Every cue the analyser acts on is one of these words or starts with one of these stems
# (a sentence without any cannot make a claim, so it is not analysed at all).
# (Negators alone are no cue: "never restart Redis by day" cannot hedge; with a cue they count.)
# a table header for options that were turned down ("| Technology | Why Not |")
TURNED_DOWN_TITLES = frozenset({"why not", "rejected because", "why rejected", "reason rejected", "why cut",
                                "why dropped", "why removed", "cut because"})
CUE_WORDS = {"if", "unless", "when", "whenever", "only", "no", "without", "ohne", "sans", "sem", "sin", "senza", "se", "si", "wenn", "left", "instead", "otherwise",
             "best", "becomes", "unused", "vazio", "vazia",
             "leave", "extra", "yes", "n", "y", "false", "true", "x", "where", "once", "none",
             "nice", "vital", "must", "drop", "dropped", "critical", "up", "call", "choice",
             "decision", "discretion", "taste", "want", "off", "toggled", "matters", "matter", "may", "might",
             "consider", "depends", "depend", "add-on", "addon", "bonus", "luxury", "good", "great",
             "handy", "rather", "plus", "consigliato", "consigliata", "alternative", "rely", "relies", "relying",
             "alleen", "tylko", "zonder", "bez", "indien", "nodig", "als", "olmadan", "tercih", "yok", "yoksa", "betere", "conditional",
             "deferred", "postponed", "independently", "leaves", "conditionally"}
CUE_STEMS = {"optio", "recom", "empfo", "optin", "recco", "reccm", "necce", "neces", "nesse", "requr", "reqir", "opt-i", "optim", "opcio", "opsio", "facul", "opzio", "可选", "可選", "任意",
             "опцио", "необя", "soft", "depen", "benef", "prere", "block", "load-", "sugge", "prefe", "advis", "encou", "skip", "skipp", "omit", "verzi", "wegla", "wegge",
             "omitt", "leavi", "disab", "remov", "disca", "ignor", "exclu", "need", "needs", "neede",
             "requi", "manda", "essen", "bypas", "forgo", "forego", "dispe", "provi",
             "compu", "oblig", "unnec", "unnee", "nonre", "non-e", "nones", "non-r", "non-m",
             "inden", "ineds", "nice-", "skipa", "dropp", "needn", "overk", "fall", "falls", "fallb",
             "erfor", "notwe", "zwing", "obbli", "obrig", "impre", "indis", "disca",
             "opcjo", "aanbe", "zalec", "rekom", "wymag", "potrz", "verei", "verpl", "valgf", "valfr", "anbef"}
# Words of other languages that read as a cue (FOREIGN_MEANINGS) are cues too: "(jika dipakai)";
# so is every hedge word ("Redis (opsiyonel)")
CUE_WORDS |= {w for w, m in FOREIGN_MEANINGS.items() if w.isascii() and (m in CUE_WORDS or m[:5] in CUE_STEMS)}
CUE_WORDS |= {w for w in OPTIONAL_WORDS | RECOMMEND_WORDS if w.isascii() and " " not in w}
CUE_WORDS |= {"forced", "obliged", "obligated", "compelled"}  # "… is not forced to operate Redis"
CUE_WORDS |= {"quando", "cuando", "quand", "om", "why"}  # "Quando usar Redis?", "(om konfigurerad)", "Why not Redis"
CUE_WORDS |= {w for w in NO_CELLS if w.isascii() and w.isalpha()}  # "| Redis | Nein |" under "Erforderlich"
# (those not in ASCII are looked for as substrings of a text that is not ASCII: see claims.may_claim)
FOREIGN_CUE_SUBSTRINGS = tuple(sorted({w for w, m in FOREIGN_MEANINGS.items() if not w.isascii() and (
    m in CUE_WORDS or m[:5] in CUE_STEMS)} | {w for w in OPTIONAL_WORDS | RECOMMEND_WORDS if not w.isascii()} | {
    w for w in NO_CELLS if not w.isascii() and w.isalpha()}))
CUE_MARKS = ("✓", "✔", "☑", "✅", "✗", "✘", "❌", "➖", "—", "–", " - ", "|-", "| -")
# A subjectless hedge with a condition ("only needed if you run celery"): it labels the code
# line it stands on or above, as a bare "# optional" does.
_ELLIPTIC_HEDGE_RE = re.compile(
    r"^(?:only (?:needed|required|used|necessary)|(?:needed|required|used|necessary) only)"
    r" (?:if|when|for|with|unless|by|in) \w"
    r"|^(?:needed|required|used|necessary) (?:if|when|unless) \w"
    r"|^(?:optional|recommended|suggested)(?: (?:if|when|unless|for) \w.*)?$"
    r"|^not (?:needed|required|necessary)(?: (?:if|when|unless|for) \w.*)?$")
# "# only if you want caching:" above "apt install redis-server": a condition on installing it
_CONDITION_COMMENT_RE = re.compile(r"^(?:only )?(?:if|when|unless) (?:you|needed|required|wanted|desired|using|running)\b")
_PROVISION_COMMAND_RE = re.compile(r"\b(?:install|enable|start)\b")
_WORDS_RE = re.compile(r"[a-z][a-z'-]*")
_ROUGH_SENTENCE_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z*_`\[])")
# the same cuts found from their marks ("." then the blanks): a search that opens on a class of
# three characters skips to them, where one that opens on a look-behind tries every place
_ROUGH_CUT_RE = re.compile(r"[.!?](\s+)(?=[A-Z*_`\[])")


def rough_sentences(text: str) -> list[str]:
    """``_ROUGH_SENTENCE_RE.split(text)``, twice as fast on a paragraph: the pieces between the
    blanks after a sentence mark that a capital (or markup) follows. (A match of the look-behind
    pattern is the blank run right after a mark; no such run starts inside another, so the runs
    found from their marks are the same runs.)"""
    out = []
    start = 0
    for cut in _ROUGH_CUT_RE.finditer(text):
        out.append(text[start:cut.start(1)])
        start = cut.end()
    out.append(text[start:])
    return out
# What a title says happens without the service ("## Limitations Without Redis"): not a mode offered.
_CONSEQUENCE_NOUNS = frozenset({"limitation", "limitations", "impact", "impacts", "problem", "problems", "issue",
                                "issues", "risk", "risks", "consequence", "consequences", "behaviour", "behavior",
                                "caveat", "caveats", "drawback", "drawbacks", "downside", "downsides", "effect",
                                "effects", "what", "happens", "performance", "cost", "costs", "failure", "failures",
                                # (Spanish, Portuguese, German: "#### Impacto sin Redis:")
                                "impacto", "impactos", "efecto", "efectos", "efeito", "efeitos", "riesgos", "riscos",
                                "limitaciones", "limitações", "consecuencias", "consequências", "auswirkungen",
                                "einschränkungen"})
# Servers that stand beside the service as peers ("a broker such as RabbitMQ or Redis"): naming
# one as the other choice is not offering to go without a server.
_PEER_SERVERS = frozenset({"memcached", "memcache", "rabbitmq", "kafka", "nats", "sqs", "infinispan", "hazelcast",
                           "activemq", "pulsar", "beanstalkd", "nsq", "qdrant", "milvus", "weaviate", "pinecone",
                           "chromadb", "ncache"})
# another server or database a document may weigh against the service ("## Memcached vs Redis",
# "| Feature | Redis | Postgres | Sled |"): the peers and the usual databases
PEER_STORES = _PEER_SERVERS | frozenset({"postgresql", "postgres", "mysql", "mariadb", "mongodb", "mongo", "dynamodb",
                                         "etcd", "consul", "cassandra", "sled"})
_CODE_NAME_RE = re.compile(r"[a-z]+[A-Z]\w*(?:\(\))?$|\w+\(\)$")  # getSession, get_session() (not a file)

# a table column of what happens when a variable is left out ("| Variable | Comments | If absent |")
ABSENT_HEADER_RE = re.compile(r"(?:if|when) (?:absent|unset|not set|not provided|not configured|missing|omitted|empty)",
                              re.IGNORECASE)
