"""Is a markdown document a deploy runbook of this stack? (Runbook-level rules ask first.)

A README of an unrelated project must never get "your runbook lacks a Redis smoke check".
A document counts as a runbook only when all three hold:

1. it has shell blocks that operate a server: ``systemctl``, a package install
   (``apt``/``apt-get``/``dnf``/``yum``), ``journalctl`` or ``manage.py`` commands;
2. it is about this stack: it names Django, Wagtail, Gunicorn, Celery, ``manage.py`` or a
   dependent of a required service (policy ``dependents``);
3. it reads as a runbook: its file name or a heading says deploy, install, provision, set up,
   runbook, production, server, operations, upgrade or release;

and it does not run the app with Django's development server alone (``manage.py runserver``
and no gunicorn, uWSGI, Uvicorn, Daphne or ``.service`` unit anywhere): that is a local set-up
guide.
"""

from __future__ import annotations

import re

from sumlint.lazyre import literal_alternation, lower_case_twin
from sumlint.markdown.model import Command, Document

STACK_RE = re.compile(r"\b(?:django|wagtail|gunicorn|celery|uwsgi|manage\.py)\b", re.IGNORECASE)
_STACK_LOWER = lower_case_twin(STACK_RE)  # (for ASCII text, lower-cased)
_STACK_WORDS = ("django", "wagtail", "gunicorn", "celery", "uwsgi", "manage.py")  # (one is in every match)
_STACK_PIECES = ("django", "wagta", "gun", "celery", "uw", "manage.py")  # (one is in every match, lowered)
RUNBOOK_RE = re.compile(
    r"deploy|install|provision|set[\s_-]?up|runbook|production|server|operat|upgrade|release|"
    r"go[\s_-]?live|bootstrap|playbook", re.IGNORECASE)

# A heading or lead-in about development or tests ("## Local development", "### 本地开发"); the
# docs rules leave what it scopes alone (SUM301 its hedges, SUM302 its env blocks). Not the
# work of developing ("Development Session Log"), a CI/CD pipeline, a local memory cache, or a
# file name (`.env.local`, which Next.js loads in every environment).
DEV_HEADING_WORDS = re.compile(
    r"\b(?:(?<!\.)local(?:ly)?(?![\s-]*(?:mem|cache|caching|fallback|store|storage|queue|in-process|process))|localhost|"
    r"development(?![\s-]+(?:(?:session|progress|status)[\s-]+)?(?:logs?|journal|history|roadmap|timeline|plans?|"
    r"progress|status|summary|reports?|diary|tracker)\b)|dev|developers?(?![\s-]+(?:guide|handbook|documentation|docs|reference|overview|manual)\b)|(?<!stress )(?<!load )(?<!soak )(?<!smoke )(?<!performance )(?:testing|tests?)|ci(?![*_]*\s*[/&-]\s*[*_]*cd\b)|sandbox|demo|"
    r"contributing|hacking|laptop|testnet|devnet|your\s+(?:own\s+)?(?:machine|computer|workstation)|devcontainer|codespaces?|locale|localmente|lokale?|lokaln[aeiy]|lokalnie|lokaal|entwicklung|desarrollo|macos|mock|"
    r"debug|"
    r"développement|sviluppo|desenvolvimento|pruebas|prueba|probar|testes|teste|testar|"
    r"utvecklingsmiljö\w*|utviklingsmiljø\w*|udviklingsmiljø\w*)\b", re.IGNORECASE)
# (Swedish, Norwegian and Danish "development environment": "# Installation & utvecklingsmiljö";
# not their bare "development", which real documents put over every section, deployment included)
_DEV_HEADING_WORDS_LOWER = lower_case_twin(DEV_HEADING_WORDS)  # (for ASCII headings: every heading is asked)
assert DEV_HEADING_WORDS.groups == 0  # (``dev_heading`` takes ``findall``'s strings for the matches)
# A piece of each word of ``DEV_HEADING_WORDS`` that ASCII text can spell ("local" for "localhost",
# "dev" for "developers", "test" for "testnet"): lower-cased ASCII text without any has no match,
# and most headings have none (a search for the trie of pieces costs a third of ``findall``).
_DEV_HEADING_PIECES = literal_alternation((
    "local", "dev", "test", "ci", "sandbox", "demo", "contributing", "hacking", "laptop", "your", "codespace", "lokal",
    "lokaal", "entwicklung", "desarrollo", "macos", "mock", "debug", "sviluppo", "desenvolvimento", "prueba", "probar"))
# (words without spaces around them, searched only in text that is not ASCII)
DEV_HEADING_OTHER = re.compile(r"開発|开发|本地|ローカル|로컬|개발|локальн|разработк|cục bộ|phát triển|kiểm thử|モック|lokáln",
                               re.IGNORECASE)


# the work of developing, not a development setup: "Roadmap de Desenvolvimento", "Plan de
# desarrollo" (DEV_HEADING_WORDS has the English "development roadmap" inside), and rules for
# writing code in any language ("# PlanMyDay - Development Guidelines", "Rails 8 Development
# Principles", "Development Best Practices")
_DEVELOPING_WORDS = {"desenvolvimento", "desarrollo", "développement", "sviluppo", "entwicklung", "development"}
_WORK_OF_DEVELOPING = re.compile(r"\b(?:roadmap|road map|timeline|plano|plan|planning|hoja de ruta|feuille de route|"
                                 r"progresso|progreso|status|estado|diário|diario|relatório|informe|"
                                 r"guidelines?|principles|standards|conventions|practices|diretrizes|directrices|"
                                 r"princípios|principios|padrões|convenciones)\b", re.IGNORECASE)


# a step that checks the deployed thing ("### 3. Test Rate Limiting", "Step 6: Test the Redis
# connection"): "Test" as a verb, not a test plan ("Test 1: …", "Test Cases", "Test Results")
_VERIFY_STEP = re.compile(r"[\W_]*(?:(?:step\s*)?\d+(?:\.\d+)*\s*[.):-]?\s*)?[*_]*test\s+(?!\d|cases?\b|results?\b|"
                          r"plans?\b|strateg|scenarios?\b|categor|suites?\b|env|setup\b|set-up\b|coverage\b|data\b|"
                          r"users?\b|accounts?\b|mode\b|runs?\b|runner|config|database\b|db\b|"
                          r"with\b|without\b|locally\b|in\b|on\b|\()[*_`]*[\w`]", re.IGNORECASE)


# where an image is built, not a development setup: "### Option 2: Build the image locally",
# "### 方案 2: 本地构建镜像" (a production guide's other way to get the image)
_LOCAL_BUILD = re.compile(r"\bbuild(?:ing)?\b[^\n.]{0,30}?\blocally\b|\blocal(?:ly)?[\s-]+buil(?:d|t)\b|"
                          r"本地(?:构建|構建|编译|編譯|打包|建置)|ローカルビルド", re.IGNORECASE)


# Portuguese, Spanish and French "local de …" (the place of …): "# Local de armazenamento da sessão"
_PLACE_OF = re.compile(r"\blocal\s+(?:de|do|da|dos|das|del|des|du)\b", re.IGNORECASE)


def dev_heading(text: str) -> bool:
    """A heading or lead-in about development or tests ("## Local development", "### 本地开发")."""
    if ("buil" in text or "Buil" in text or not text.isascii()) and _LOCAL_BUILD.search(text) is not None:
        text = _LOCAL_BUILD.sub(" ", text)  # ("Build the image locally": not the local setup)
    if "ocal " in text or "OCAL " in text:
        text = _PLACE_OF.sub(" ", text)  # (Portuguese "Local de armazenamento": the place where, no local setup)
    # (the same words, found faster in ASCII; ``findall`` gives each match's text: the patterns have no group)
    if text.isascii():
        low = text.lower()
        words = _DEV_HEADING_WORDS_LOWER.findall(low) if _DEV_HEADING_PIECES.search(low) is not None else []
    else:
        words = [w.lower() for w in DEV_HEADING_WORDS.findall(text)]
    if not words:  # (most headings: no pattern below can change that)
        return not text.isascii() and _VERIFY_STEP.match(text) is None and DEV_HEADING_OTHER.search(text) is not None
    if _VERIFY_STEP.match(text) and all(w == "test" for w in words):
        return False
    if words and _WORK_OF_DEVELOPING.search(text):
        words = [w for w in words if w not in _DEVELOPING_WORDS]
    return bool(words) or not text.isascii() and DEV_HEADING_OTHER.search(text) is not None


# a heading or lead-in that names production too ("Development and production")
PROD_HEADING = re.compile(r"\b(?<!pre-)(?<!non-)(?:production|prod|deploy\w*|staging|live|vps|servers?|self-host\w*|"
                          r"produktion|producción|produzione|produção)\b|本番|生产|生產|운영", re.IGNORECASE)

# a heading that names production itself, not only a server or a deployment ("### Start the server"
# under "## Local development" is still development)
_PRODUCTION_HEADING = re.compile(r"\b(?:production|prod|staging|produktion|producción|produzione|produção)\b|本番|生产|生產|운영",
                                 re.IGNORECASE)


_DEV_INTRO = re.compile(r"\b(?:development mode|local development|local (?:machine|setup|environment)|"
                        r"development (?:environment|setup|server)|dev (?:environment|setup|mode)|run(?:ning)? (?:it |the \w+ )?locally)\b",
                        re.IGNORECASE)
_PRODUCTION_ELSEWHERE = re.compile(r"\bfor (?:a )?production(?: deployment| use| setup| servers?)?\b[^.\n]{0,40}?\b(?:see|refer to|read|follow)\b|"
                                   r"\bnot (?:meant |intended |suitable )?for production\b|\b(?:development|dev|local) only\b",
                                   re.IGNORECASE)

# the title of a development setup guide: "Local Development Setup Guide", "開発環境セットアップ"
_DEV_TITLE = re.compile(r"(?:\b(?:local|development|dev)\b|開発|开发|本地|ローカル|로컬|개발|локальн|разработк)[^\n]{0,30}?"
                        r"(?:\b(?:setup|set-up|guide|environment|quick ?start|getting started|installation)\b|環境|环境|환경|"
                        r"окружени|セットアップ)|^#+\s*\W*\s*(?:local )?development\s*$|"
                        r"دليل[^\n]{0,30}?(?:المحلي|التطوير)", re.IGNORECASE)  # (Arabic: "guide … local")
# a title about continuous integration, where the test suite runs (case-sensitive: "CI", not
# Italian "ci"; not "CI/CD", which deploys)
_CI_TITLE = re.compile(r"\bCI\b(?!\s*/\s*[*_]*CD)|\bGitHub Actions\b|\bGitLab CI\b")
# a title about the test suite itself: "# Why Some Tests Are Skipped - Explained", "# Gweta Testing
# Strategy: …", "# Integration Tests Guide" (not load or performance testing, which runs against the
# deployed site, nor "Cache Test Results", a check of the running service)
_TEST_SUITE_TITLE = re.compile(
    r"\b(?:tests?|testing)\b[^\n]{0,12}?\b(?:(?:are|is)\s+skipped|skipped|strategy|guide|set-?up|environment|suite)\b"
    r"|\b(?:unit|integration|e2e|end-to-end)\s+tests?\b", re.IGNORECASE)
_NOT_TEST_SUITE = re.compile(r"\b(?:load|performance|stress|soak|smoke|benchmark\w*)\b", re.IGNORECASE)
# a title that says something is not needed for tests or development: "# Redis - Não é Necessário
# para Testes!", "# Redis: not required for local development" (the guide is about that setup)
_NOT_NEEDED_FOR_DEV_TITLE = re.compile(
    r"\b(?:not|n[ãa]o\s+[ée]|no\s+es|nicht)\s+(?:needed|required|necess[aá]ri[oa]|necesario|n[öo]tig|erforderlich)\s+"
    r"(?:for|para|f[üu]r(?:\s+die)?)\s+(?:(?:local|locais)\s+)?(?:tests?|testing|testes|pruebas|development|"
    r"desenvolvimento|desarrollo|entwicklung)\b", re.IGNORECASE)
# an opening sentence that gives the guide's purpose as development: "This guide covers what you
# need for local development", "This guide will help you get the app running locally", "このガイドでは、
# 開発に必要な…" (needed for development)
_GUIDE_FOR_DEVELOPMENT = re.compile(
    r"\bthis (?:guide|document|page|readme|doc)\b[^.\n]{0,80}?\b(?:for|during|in) (?:local )?development\b|"
    r"\bthis (?:guide|document|page|readme|doc)\b[^.\n]{0,60}?\b(?:run|running|started|up)\b[^.\n]{0,20}?\blocally\b|"
    r"(?:^|\n)\W*run\b[^.\n]{0,60}?\blocally\b[^.\n]{0,40}?\bfor (?:faster |local |easier )?development\b|"
    r"\b(?:gu[ií]a|guida|guide)\b[^.\n]{0,60}?\b(?:ejecutar|correr|levantar|rodar|executar|eseguire|lancer|ex[ée]cuter)\b"
    r"[^.\n]{0,60}?\b(?:en local|em local|in locale|localmente|en localhost|sur votre machine)\b|"
    r"(?:このガイド|このドキュメント|本ドキュメント)[^。\n]{0,40}?開発(?:に必要|用|環境)|"
    r"(?:本指南|本文档|本文檔|本文)[^。\n]{0,40}?(?:开发|開發)(?:所需|环境|環境|使用)", re.IGNORECASE)
# a heading about deploying or production
_DEPLOY_HEADING = re.compile(r"\b(?:production|prod|deploy\w*|staging|self-host\w*|produktion|producción|produzione|"
                             r"produção|despliegue|déploiement|implantação)\b|本番|生产|生產|部署|デプロイ|운영|배포|продакшн|развертыван|"
                             r"развёртыван", re.IGNORECASE)


# a contributors' guide (GitHub's convention): its set-up is a development set-up
_CONTRIBUTING_FILE = re.compile(r"contribut(?:ing|e)(?:[._-]\w+)?\.(?:md|markdown|mdx|rst|txt)$", re.IGNORECASE)


def _dev_document(model) -> bool:
    """The file is a contributors' guide (``CONTRIBUTING.md``), or the guide says in its
    opening lines (before its first section) that it sets up development and that production
    is elsewhere: "This guide gets you running in
    Development Mode … For production deployment, see DEPLOYMENT.md." Its hedges are about
    the development setup."""
    if _CONTRIBUTING_FILE.match(getattr(getattr(model, "path", None), "name", "") or ""):
        return True  # CONTRIBUTING.md: how contributors set up the project to work on it
    lines = model.source.lines
    first = model.headings[0].line if model.headings else len(lines) + 1
    second = next((h.line for h in model.headings[1:]), len(lines) + 1) if model.headings and first <= 3 else first
    intro = "\n".join(lines[:min(second - 1, 25)])
    # (ASCII text lower-cased, as the patterns' IGNORECASE folds it, lacks a word one of them needs in
    # most documents: then it is not searched)
    low = intro.lower() if intro.isascii() else None
    if (low is None or "dev" in low or "local" in low) and _DEV_INTRO.search(intro) is not None \
            and _PRODUCTION_ELSEWHERE.search(intro) is not None:
        return True
    if first <= 3 and len(model.headings) > 1 and second <= 6 and not any(
            line.strip(" -*_\t") for line in lines[first:second - 1]):
        # "# Quick Start Guide" then "## Get Started" then "This guide will help you get … running
        # locally.": the guide's opening sentence stands under its first section heading
        intro += "\n" + next((line for line in lines[second:second + 3] if line.strip()), "")
        low = intro.lower() if intro.isascii() else None
    if (low is None or "this " in low or "gu" in low or "locally" in low) \
            and _GUIDE_FOR_DEVELOPMENT.search(intro) is not None \
            and not _DEPLOY_HEADING.search(intro) and not any(
            _DEPLOY_HEADING.search(h.raw) for h in model.headings):
        return True  # "このガイドでは、開発に必要な…を説明します" (what development needs), never production
    if model.headings and first <= 3 and model.headings[0].level == 1 \
            and _NOT_NEEDED_FOR_DEV_TITLE.search(model.headings[0].raw) is not None:
        return True  # "# Redis - Não é Necessário para Testes!": what the tests can do without
    if _node_development_only(model):
        return True  # "npm run dev" and "localhost", and nothing that deploys
    # the title of a local setup guide that never turns to production: "# Local Development Setup Guide"
    # (or of a continuous-integration setup: "# Redis CI Integration Fix Summary", where the tests run,
    # or of the test suite: "# Why Some Tests Are Skipped - Explained"; hundred-and-eighth session)
    if bool(model.headings) and first <= 3 and model.headings[0].level <= 2 and (_DEV_TITLE.search(
            model.headings[0].raw) is not None or _CI_TITLE.search(model.headings[0].raw) is not None or (
            _TEST_SUITE_TITLE.search(model.headings[0].raw) is not None
            and _NOT_TEST_SUITE.search(model.headings[0].raw) is None)) \
            and not any(_DEPLOY_HEADING.search(h.raw) for h in model.headings):
        return True
    # the same title in the front matter ("title: \"Local Development Setup\"", as documentation sites
    # write it; hundred-and-third session)
    title = getattr(model, "front_matter_title", "")
    return bool(title) and _DEV_TITLE.search("# " + title) is not None \
        and not any(_DEPLOY_HEADING.search(h.raw) for h in model.headings)


_WINDOWS_SHELLS = frozenset({"powershell", "ps1", "pwsh", "ps", "cmd", "bat", "batch", "dos"})
_NODE_DEV_RUNS = ("npm run dev", "yarn dev", "yarn run dev", "pnpm dev", "pnpm run dev")
_DEPLOY_MARKS = ("node_env=production", "pm2 ", "npm run build", "systemctl", "gunicorn", "nginx", "docker compose",
                 "docker-compose", "kubectl", "helm ", "vercel", "railway", "render.com", "heroku", "fly deploy",
                 "production mode",  # ("# Production mode" over `npm start`, beside "# Development mode")
                 "docker build")  # (the app's own image built: "## Docker" over `docker build -t otp-service .`)


def _node_development_only(model) -> bool:
    """A Node guide that runs the app in development on the reader's machine and never deploys
    it: it runs `npm run dev` (or yarn's, pnpm's), points at localhost, and has no
    production mark (`NODE_ENV=production`, pm2, a build, a unit, a reverse proxy, containers or a
    hosting platform) nor a heading about deployment. ("Hướng Dẫn Chạy Hệ Thống Không Cần Docker":
    running the system on Windows without Docker.)"""
    if not any(name in ("npm", "yarn", "pnpm") and any(a == "dev" or a.startswith("dev:") for a in args)
               for name, args in (program(command) for _, command in model.shell_commands())) and not any(
            fence.lang.lower() in _WINDOWS_SHELLS and any(run in fence.text for run in _NODE_DEV_RUNS)
            for fence in model.fences):  # (a PowerShell block is no shell script here: "npm run dev" in it)
        return False  # (the commands are parsed already: most documents end here, before any search of
        # the whole text, which costs some 10 µs a runbook for each word looked for)
    text = model.source.text
    if "localhost" not in text:
        return False  # (as URLs write it)
    low = text.lower()
    if any(mark in low for mark in _DEPLOY_MARKS):
        return False
    return not any(_DEPLOY_HEADING.search(h.raw) for h in model.headings)


_RESULTS_OF = re.compile(r"(?:resultados?|résultats?|risultati|ergebnisse)\s+(?:do|dos|da|de|del|des|du|der|dei)\s+",
                         re.IGNORECASE)
_REPORT_TITLE = re.compile(r"\b(?:report|results|summary|findings)\s*$", re.IGNORECASE)


def _dev_sections(model) -> set[int]:
    """Indexes of headings whose section is about development or tests ("## Local development",
    "### Running the tests"), with the headings nested under them; a heading that also names
    production or deployment ("Development and production") is not one."""
    out: set[int] = set()
    scope_level = 0  # the level of the development heading in force (0: none)
    production_level = 0  # a heading nested in it that is about production (0: none)
    verdicts = _not_for_production_lines(model.source.text, model.lowered)
    for index, heading in enumerate(model.headings):
        if scope_level and heading.level > scope_level:
            if production_level and heading.level > production_level:
                continue
            production_level = 0
            if _PRODUCTION_HEADING.search(heading.raw) and not dev_heading(heading.raw):
                production_level = heading.level  # "## Development Tools" over "### Production Dependencies"
                continue
            out.add(index)
            continue
        scope_level = production_level = 0
        raw = heading.raw
        if index == 0 and heading.level == 1 and sum(1 for w in raw.split() if any(c.isalpha() for c in w)) > 5 \
                and not DEV_HEADING_WORDS.match(_RESULTS_OF.sub("", raw.lstrip("# "), 1)):
            # (a title that opens with the test: "# Test Results Without Redis - Evolution API", also
            # in Portuguese or Spanish "# Resultado do Teste SEM Redis - Evolution API")
            continue  # "# Neon.js powered MVC full-stack development framework": the project, not a setup
        if index == 0 and heading.level == 1 and _REPORT_TITLE.search(raw) is not None:
            continue  # "# Resume Parser Integration Test Report": a report on the project, its deploy steps too
        if dev_heading(raw) and not PROD_HEADING.search(raw) or _dev_lead_sentence(model, heading) \
                or verdicts and _not_for_production_lead(model, index, verdicts):
            out.add(index)
            scope_level = heading.level
    return out


_DEV_LEAD = re.compile(r"(?:this (?:section|guide|setup|part) is |these steps are |use this |only )?"
                       r"(?:for|on) (?:a |your )?(?:local (?:development|dev|testing|machine|setup)|development|testing|"
                       r"contributors|developers)\b(?![^.]{0,60}\b(?:and|or) (?:[\w-]+ ){0,2}(?:production|prod|deploy\w*)\b)",
                       re.IGNORECASE)


def _dev_lead_sentence(model, heading) -> bool:
    """The first line under a heading scopes its section to development: "## Manual
    Installation" then "For local development without Docker.". One that also names deployments
    ("For development or custom deployments, …", a word or two between) does not."""
    lines = model.source.lines
    k = heading.line
    line = lines[k] if k < len(lines) else ""
    if not line or line.isspace():
        line = lines[k + 1] if k + 1 < len(lines) else ""  # (a blank line between, as usual)
    line = line.strip(" \t*_")
    # (the first word first: most lines under a heading open otherwise)
    return line[:1] in "FfTtUuOo" and line != "" and line[:3].lower() in ("for", "thi", "the", "use", "onl", "on ") \
        and len(line) <= 120 and _DEV_LEAD.match(line) is not None


# "Works for development, but not for production", "not suitable for production", and the same
# in Portuguese, Spanish, German and French ("Funciona para desenvolvimento, mas não para produção")
_NOT_FOR_PRODUCTION = re.compile(
    r"\b(?:not|never)[*_]{0,2} (?:[*_]{0,2}(?:recommended|suitable|meant|intended|advised|supported)[*_]{0,2} )?"
    r"(?:for|in) (?:use in )?production\b|\bn[ãa]o (?:[ée] )?(?:recomendado )?(?:para|em) produ[çc][ãa]o\b"
    r"|\bno (?:es )?(?:recomendado )?(?:para|en) producci[óo]n\b"
    r"|\bnicht (?:für|in) (?:die |der )?produktion\b|\bpas (?:pour|en) (?:la )?production\b",
    re.IGNORECASE)
_NOT_FOR_PRODUCTION_LOWER = lower_case_twin(_NOT_FOR_PRODUCTION)  # (searched in lowered ASCII text)


# how a verdict on the section's set-up itself opens ("Works for development, …", "This is not
# for production", "Funciona para desenvolvimento, …")
_SETUP_VERDICT_OPENERS = frozenset({
    "works", "work", "fine", "ok", "okay", "good", "only", "this", "it", "that", "these", "not", "never",
    "suitable", "use", "useful", "handy", "ideal", "great", "for", "dev", "development", "testing",
    "funciona", "funcionam", "serve", "sirve", "útil", "apenas", "somente", "solo", "só", "isso", "isto",
    "esto", "eso", "para", "nur", "das", "dies", "für", "geeignet", "ça", "cela", "ceci", "pour"})


def not_for_production(text: str) -> bool:
    """The text says what it describes is not for production ("… is not recommended for production
    unless you have no other option"): a verdict that keeps a development section's scope."""
    return "produ" in text.lower() and _NOT_FOR_PRODUCTION.search(text) is not None


def _not_for_production_lines(text: str, lowered: str | None = None) -> set[int]:
    """Indexes (0-based) of the lines that say what they describe is not for production, each
    opening as a verdict on the set-up itself (not "the file cache is not for production", a
    verdict on something named): one search of the document, most find none. (``lowered``:
    ``text.lower()``, when the caller has it.)"""
    out: set[int] = set()
    if lowered is None:
        lowered = text.lower()
    if len(lowered) != len(text):
        # ("İ": positions kept) each character lower-cased on its own, one whose lower case is
        # longer left as it is: a table over the text's distinct characters, not a loop over the text
        lowered = text.translate({ord(c): low for c in set(text) for low in [c.lower()] if len(low) == 1 and low != c})
    at = lowered.find("produ")  # (a literal first: the pattern is searched only around it)
    search = _NOT_FOR_PRODUCTION_LOWER.search if text.isascii() else _NOT_FOR_PRODUCTION.search
    while at >= 0:
        m = search(lowered, max(0, at - 48), at + 12)
        if m is not None:
            start = text.rfind("\n", 0, m.start()) + 1
            seg = lowered[start:m.start()]
            cut = max(seg.rfind(". "), seg.rfind("! "))
            if cut >= 0:  # (the sentence's start, not the line's: "If you want to test … . However, this is
                seg = seg[cut + 2:]  # **not recommended** for production")
            words = seg.strip().lstrip("#/*>-_ ").split()
            if words and words[0].strip(",") in ("however", "but", "note", "note:"):
                words = words[1:]
            if (words[0].strip(",:!*_") if words else "not") in _SETUP_VERDICT_OPENERS:
                out.add(text.count("\n", 0, start))
        at = lowered.find("produ", at + 5)
    return out


def _not_for_production_lead(model, index: int, verdicts: set[int]) -> bool:
    """The lines right under a heading (its first four lines of text, a code block's comments
    included), or a list item anywhere in its section, say that what the section sets up is not
    for production: "### Option 3: No Redis (Fallback)" over "# Works for development, but not
    for production"; "## Alternative: Run Without Redis" … "**Cons:**" … "- Not suitable for
    production use"."""
    lines = model.source.lines
    start = model.headings[index].line  # (1-based: the index of the line after it)
    end = model.headings[index + 1].line - 1 if index + 1 < len(model.headings) else len(lines)
    seen = 0
    for k in range(start, min(end, len(lines), start + 8)):
        line = lines[k].strip()
        if not line or line.startswith(("```", "~~~")):
            continue
        if k in verdicts:
            return True
        seen += 1
        if seen >= 4:
            break
    # a list item further down that weighs the set-up: "**Cons:**" over "- Not suitable for production use"
    return any(start <= k < end and lines[k].lstrip()[:2] in ("- ", "* ", "+ ") for k in verdicts)


def development_scope(model) -> set[int]:
    """Indexes of the sections about development (-1 is the text before the first heading):
    every section when the guide's opening scopes it to development, else the sections
    ``_dev_sections`` finds. SUM301 leaves their hedges alone, SUM302 their env blocks."""
    cached = model.__dict__.get("_development_scope")  # (both rules ask: found once per document)
    if cached is None or cached[0] != len(model.headings):
        scope = set(range(-1, len(model.headings))) if _dev_document(model) else _dev_sections(model)
        cached = model.__dict__["_development_scope"] = (len(model.headings), frozenset(scope))
    return cached[1]


SERVER_COMMANDS = {"systemctl", "journalctl", "apt", "apt-get", "dnf", "yum", "service"}
PREFIXES = {"sudo", "env", "command", "exec", "time", "nohup"}


def program(command: Command) -> tuple[str, list[str]]:
    """The program a command runs (``sudo``/``env``/``VAR=x`` prefixes skipped) and its args."""
    cached = getattr(command, "_program", None)
    if cached is None:
        cached = command._program = _program(command)
    return cached


_ASSIGNMENT = re.compile(r"[A-Za-z_]\w*=")  # a ``VAR=value`` prefix word


def _program(command: Command) -> tuple[str, list[str]]:
    argv = command.argv
    i = 0
    while i < len(argv) and (argv[i] in PREFIXES or _ASSIGNMENT.match(argv[i])
                             or (i and argv[i - 1] == "sudo" and argv[i].startswith("-"))):
        i += 1
    if i >= len(argv):
        return "", []
    name = argv[i].rsplit("/", 1)[-1]
    return name, argv[i + 1:]


def server_commands(doc: Document) -> list[tuple[str, list[str]]]:
    commands = doc.shell_commands()
    key = (len(commands), id(commands[-1][1]) if commands else 0)  # (several rules ask, each the same)
    cached = doc.__dict__.get("_server_commands")
    if cached is None or cached[0] != key:
        found = []
        for _, command in commands:
            name, args = program(command)
            if name in SERVER_COMMANDS or "manage.py" in (name, *args[:1]):
                found.append((name, args))
        cached = doc.__dict__["_server_commands"] = (key, found)
    return list(cached[1])


def is_runbook(doc: Document, dependents: tuple[str, ...] = ()) -> bool:
    cache = doc.__dict__.setdefault("_runbook", {})
    if dependents not in cache:
        cache[dependents] = _is_runbook(doc, dependents)
    return cache[dependents]


def _is_runbook(doc: Document, dependents: tuple[str, ...]) -> bool:
    if not server_commands(doc):
        return False
    text = doc.source.text
    lowered = doc.lowered
    if text.isascii():  # (lower-casing folds ASCII as IGNORECASE does: the twin on the lowered text, after
        # a test for the words themselves, which most documents that are not about the stack fail)
        stack = any(word in lowered for word in _STACK_WORDS) and _STACK_LOWER.search(lowered) is not None
    else:  # (IGNORECASE also matches "ı", "İ" for i, "ſ" for s and the Kelvin sign for k: the test is
        # for pieces of the words without those letters, which only their ASCII cases can spell)
        stack = any(piece in lowered for piece in _STACK_PIECES) and STACK_RE.search(text) is not None
    if not stack and dependents:
        stems = [d.strip("*").lower() for d in dependents if d.strip("*")]
        stack = any(stem in lowered for stem in stems)
    if not stack:
        return False
    name = doc.source.path.name if doc.source.path else ""
    if not (RUNBOOK_RE.search(name) or any(RUNBOOK_RE.search(h.raw) for h in doc.headings)):
        return False
    return not _development_server_only(doc)


# what runs the app in production, or names its unit ("gunicorn", "myapp.service")
_PRODUCTION_SERVER_RE = re.compile(r"\b(?:gunicorn|uwsgi|uvicorn|daphne|hypercorn|granian|waitress|mod_wsgi)\b|"
                                   r"\.service\b|\.socket\b", re.IGNORECASE)


# (substrings one of which every match of the pattern holds: tested first, in ASCII text, where
# lower-casing folds as the pattern's IGNORECASE does)
_PRODUCTION_SERVER_WORDS = ("gunicorn", "uwsgi", "uvicorn", "daphne", "hypercorn", "granian", "waitress", "mod_wsgi",
                            ".service", ".socket")


def _development_server_only(doc: Document) -> bool:
    """``_serves_only_for_development``, once per document (``is_runbook`` asks it for each set of
    dependents: the search of the text for "runserver" cost 9 µs a runbook each time)."""
    found = doc.__dict__.get("_development_server_only")
    if found is None:
        found = doc.__dict__["_development_server_only"] = _serves_only_for_development(doc)
    return found


def _serves_only_for_development(doc: Document) -> bool:
    """The document starts the app with Django's development server (`manage.py runserver`)
    and sets up no production server or unit: a local set-up guide, not a deploy runbook. A
    production server counts in a code block, a code span or a heading ("Run `gunicorn …`",
    "## Gunicorn"); one only named in prose is advice ("Use a production WSGI server like
    Gunicorn")."""
    if "runserver" not in doc.source.text:
        return False  # (most documents: a word its commands could only spell with quotes inside it)
    runs_dev_server = False
    for _, command in doc.shell_commands():
        name, args = program(command)
        words = [name, *args[:3]]
        if "runserver" in words and any(w.endswith("manage.py") for w in words):
            runs_dev_server = True
            break
    if not runs_dev_server:
        return False
    text = doc.source.text
    if text.isascii() and not any(word in text.lower() for word in _PRODUCTION_SERVER_WORDS) \
            or _PRODUCTION_SERVER_RE.search(text) is None:
        return True  # (named nowhere: no need to build the prose units for their code spans)
    if any(_PRODUCTION_SERVER_RE.search(text) for text in [fence.text for fence in doc.fences]
           + [heading.raw for heading in doc.headings]):
        return False
    # a code span is verbatim source, so only paragraphs whose source names a server can hold one
    named = doc.units_where(lambda text: _PRODUCTION_SERVER_RE.search(text) is not None)
    return not any(_PRODUCTION_SERVER_RE.search(unit.text[a:b]) for unit in named for a, b in unit.code)


# -- helpers for runbook-level rules ---------------------------------------------------

LOOPBACK_HOSTS = {"localhost", "127.0.0.1", "::1", "[::1]", ""}
URL_IN_TEXT_RE = re.compile(r"(?<![A-Za-z0-9+.-])([A-Za-z][A-Za-z0-9+.-]*)://([^\s'\"<>`)\]|/]*)")


def external_service(doc: Document, service) -> bool:
    """The document points the service at another host (a managed instance): then it is not
    installed on the server and runbook rules about installing it do not apply."""
    schemes = {s for s in service.url_schemes if s not in ("unix", "file")}
    for match in URL_IN_TEXT_RE.finditer(doc.source.text):
        if match.group(1).lower() not in schemes:
            continue
        host = match.group(2).rsplit("@", 1)[-1]
        host = host.rsplit(":", 1)[0] if not host.startswith("[") else host.split("]")[0] + "]"
        if host.lower() not in LOOPBACK_HOSTS and "__" not in host and "{" not in host and "$" not in host:
            return True
    return False


# programs that run something in a container (the service's own commands run inside it)
CONTAINER_TOOLS = {"docker", "docker-compose", "podman", "podman-compose", "nerdctl", "kubectl"}
_IMAGE_LINE = re.compile(r"^[ \t-]*image:[ \t]*[\"']?(?:[\w.-]+/)*(?P<name>[\w.-]+)(?::[\w.-]+)?[\"']?[ \t]*(?:#.*)?$",
                         re.MULTILINE)


def containerised_service(doc: Document, service) -> bool:
    """The document runs the service in a container: a compose block with `image: redis:7`, or
    a command such as `docker run -d redis:7`, `docker compose up -d redis`, `docker compose
    exec redis redis-cli ping`. The host then gets no package for it."""
    names = {service.name.lower(), *(p.lower() for p in service.packages),
             *(u.lower().removesuffix(".service") for u in service.units)}
    for fence in doc.fences:
        if "image:" in fence.text and any(m.group("name").lower() in names for m in _IMAGE_LINE.finditer(fence.text)):
            return True
    installs_docker = compose_up = False
    for _, command in doc.shell_commands():
        argv = command.argv[1:] if command.argv[:1] == ["sudo"] else command.argv
        if argv and argv[0] in CONTAINER_TOOLS and any(
                word.split("/")[-1].split(":")[0].lower() in names for word in argv[1:]):
            return True
        installs_docker = installs_docker or any("get.docker.com" in word for word in argv) or (
            argv[:1] in (["apt"], ["apt-get"], ["dnf"], ["yum"]) and any(
                word.startswith(("docker.io", "docker-ce", "docker-compose")) for word in argv[2:]))
        compose_up = compose_up or (argv[:1] == ["docker-compose"] or argv[:2] == ["docker", "compose"]) and "up" in argv
    # a host prepared for Docker ("curl -fsSL https://get.docker.com | sh") that brings the whole
    # compose project up: the stack, the service with it, runs in containers
    return installs_docker and compose_up


def uses_dependent(doc: Document, service) -> str | None:
    """The first dependent of the service (policy ``dependents``, e.g. Celery) the document
    names, as written (None when it names none)."""
    for pattern in service.dependents:
        stem = pattern.strip("*")
        if not stem:
            continue
        match = re.search(rf"(?<![\w-]){re.escape(stem)}", doc.source.text, re.IGNORECASE)
        if match:
            return match.group()
    return None


def mentions_in_commands(doc: Document, service) -> list:
    """Shell commands that name the service (unit, package or program)."""
    names = {service.name, *service.packages, *service.units,
             *(u.removesuffix(".service") for u in service.units)}
    return [(f, c) for f, c in doc.shell_commands() if any(w in names for w in c.argv)]
