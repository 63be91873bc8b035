"""The markdown document model: exact positions, prose units, fence routing, bad input."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from harness import fixture_config
from sumlint.markdown import frontend
from sumlint.registry import all_rules
from sumlint.runner import Linter
from sumlint.source import decode

ROOT = Path("/tmp/sumlint-docs-test")


def parse(text: str):
    source = decode(ROOT / "runbook.md", text.encode("utf-8"), "markdown")
    return frontend.parse(source), source


_LINTER: list[Linter] = []


def lint(text: str, name: str = "runbook.md"):
    if not _LINTER:
        _LINTER.append(Linter(fixture_config(ROOT)))
    linter = _LINTER[0]
    source = decode(ROOT / name, text.encode("utf-8"), "markdown")
    return linter.finish([linter.lint_source(source)], []).active


def at(diagnostics, code: str) -> list[tuple[int, int]]:
    return sorted((d.span.line, d.span.column) for d in diagnostics if d.code == code)


def token_at(text: str, line: int, column: int, length: int) -> str:
    return text.split("\n")[line - 1][column - 1: column - 1 + length]


# -- positions of the hedge word -----------------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("Redis is *optional* here.", "optional"),
    ("Redis is **optional** here.", "optional"),
    ("[Redis](https://redis.io/docs/) is _optional_.", "optional"),
    ("- First item\n- Redis is optional\n", "optional"),
    ("1. Install Nginx.\n2. Install Redis (optional).\n", "optional"),
    ("> Note: this step\n> is easy. Redis is optional.\n", "optional"),
    ("> - nested: Redis\n>   is optional\n", "optional"),
    ("Text before, then a soft\nbreak: Redis is\n**optional** after it.\n", "optional"),
    ("| Service | Status |\n|---|---|\n| Redis | optional |\n", "optional"),
    ("| Service | Status |\n| --- | --- |\n| **Redis** | *recommended* |\n", "recommended"),
    ("```bash\nsudo apt install -y redis-server\n# Redis is optional on small hosts\n```\n", "optional"),
    ("- step\n\n  ```bash\n  # Redis is optional\n  true\n  ```\n", "optional"),
    ("```console\n$ sudo apt install -y redis-server   # optional\n```\n", "optional"),
    ("Escaped \\*stars\\* and &amp; entities: Redis is optional.", "optional"),
    ("Install `nginx` and Redis (`redis-server`, optional).", "optional"),
    ("```php\n/**\n * Cache store. Redis is optional here.\n */\n```\n", "optional"),
    ("```php\n/*\n|---\n| Redis is recommended for production use.\n*/\n```\n", "recommended"),
    ("```js\n/* Redis is optional */\nconst a = 1;\n```\n", "optional"),
    ("```powershell\n# Terminal 3: Redis (optional)\nredis-server\n```\n", "optional"),
    ("## Redis\n\nIt is *optional*.\n", "optional"),
    ("Install Redis. For small sites it is **optional**.\n", "optional"),
    ("| Scenario | Use Redis? |\n|---|---|\n| One small server | *No* |\n", "No"),
    ("- Redis (cache, sessions — *optional*)\n", "optional"),
    ("Production runs with `DISABLE_REDIS=1`.\n", "DISABLE_REDIS=1"),
    ("> Redis is **not used in production**.\n", "not"),
    ("```env\n# Queue (recommended)\nQUEUE_CONNECTION=redis\n```\n", "recommended"),
    ("- Backend:\n\n  ```\n  PostgreSQL 16\n    Celery + Redis (optional for the worker)\n  ```\n", "optional"),
    ("```env\nDATABASE_URL=postgres://db/site\nREDIS_URL=redis://cache.internal:6379/0 (optional)\n```\n", "optional"),
    ("For production with several web servers, configure Redis:\n", "For"),
    ("- step\n\n  ```env\n  # Redis\n  REDIS_ENABLED=false\n  ```\n", "REDIS_ENABLED=false"),
    ("### Do we need Redis?\n**A:** Not for a single server.\n", "Not"),
    ("```env\n# Leave blank to use the in-memory fallback\nREDIS_URL=redis://cache:6379/0\n```\n", "Leave blank"),
    ("---\ntitle: Deploy\ndescription: \"Redis is optional for small sites\"\n---\n\n# Deploy\n", "optional"),
    ("---\nlayout: page\ntitle: 'Caching (Redis recommended)'\n---\nText.\n", "recommended"),
    ("## Later improvements\n\n- Move the sessions to Redis\n", "Later improvements"),
    ("```bash\n# Optional\nSENTRY_DSN=\nREDIS_URL=redis://cache:6379/0\n```\n", "Optional"),
    ("| Variable | Default |\n|---|---|\n| `REDIS_URL` | — (*in-memory* fallback) |\n", "in-memory"),
    ("```bash\n# - REDIS_URL=redis://cache:6379/1 # optional caching\n```\n", "optional"),
    ("| Feature | Without Redis |\n|---|---|\n| Rate limits | *Counted* per process |\n", "Counted"),
    ("- Sessions: a shared store,\n  *preferably* Redis.\n", "preferably"),
    ("> For a small team, the file cache is a good\n> alternative to a Redis server.\n", "alternative"),
    ("## Scaling\n\n**For several app servers:**\n\n- use Redis for the sessions\n", "For several app servers"),
    ("- Configure *Redis*\n  before running more than one replica.\n", "before"),
    ("| Component | Notes |\n|---|---|\n| app | **Requires Redis** past one replica |\n", "past"),
    ("> Use the memory store on one box,\n> **RedisBackend** when you run several servers.\n", "when"),
    ("- 缓存：**Redis** 未配置时自动降级为内存缓存\n", "未配置"),
    ("## Variables *opcionales*\n\n```env\nREDIS_URL=redis://cache:6379/0\n```\n", "opcionales"),
    ("| Dienst | Poort |\n|---|---|\n| Redis (*optioneel*) | 6379 |\n", "optioneel"),
    ("> - Kolejka: Redis\n>   (opcjonalnie dla Celery)\n", "opcjonalnie"),
    ("## Optional settings\n\n### `REDIS_URL`\n\nWhere the cache lives.\n", "Optional"),
    ("### E. *Redis* (cache de sessions *facultatif*)\n", "facultatif"),
    ("| Capability | Service |\n|---|---|\n| Page cache (**optional**) | Redis |\n", "optional"),
    ("- Redis **olmadan** da uygulama çalışır\n", "olmadan"),
    ("```text\nREDIS_URL=redis://cache:6379/0 (opsiyonel)\n```\n", "opsiyonel"),
    ("> Redis is used for the page cache.\n> It's *optional*.\n", "optional"),
    ("## Notes\n\n### Horizontal scaling\n\n- Redis for the sessions\n", "Horizontal scaling"),
    ("### Sharding, then HA\n\n3. Enable Redis\n", "HA"),
    ("2. **Enable *Optional* Features**:\n\n- Redis for caching\n", "Optional"),
    ("| Tool | Version |\n|---|---|\n| **Redis** | `v7.x` or higher *(optional)* |\n", "optional"),
    ("```env\n# Redis URL for sessions and throttling (optional)\nREDIS_URL=redis://c:6379/0\n```\n", "optional"),
    ("### `REDIS_URL`\n\n- Type: *Optional*\n", "Optional"),
    ("| Setting | Default | Notes |\n|---|---|---|\n| `CACHE_DRIVER` | `file` | Recommended: set it to `redis`. |\n", "redis"),
    ("```bash\nREDIS_ENABLED=1   # set to 0 to disable\n```\n", "set to 0 to disable"),
    ("| Deploy | Redis? |\n|---|---|\n| One server | **No** |\n", "No"),
    ("| Part | Behaviour without Redis |\n|---|---|\n| Throttling | *Counted* per process |\n", "Counted"),
    ("- Sessions: cookies *backed by* Redis (**optional**)\n", "optional"),
    ("| Concern | Single node | Multi-node |\n|---|---|---|\n| Throttling | memory | **Redis** |\n", "Redis"),
    ("- 线上环境*建议*使用 **Redis**。\n", "建议"),
    ("```ini\n# Redis 强烈建议（线上）\nREDIS_HOST=10.0.0.5\n```\n", "建议"),
    ("> **Outcome:** *Redis* was dropped\n> from the MVP stack.\n", "dropped"),
    ("The site needs Redis for sessions, locks,\nand queues *once* you run a second web node.\n", "once"),
    ("- Queue: Postgres now, **Redis** (*later*)\n", "later"),
    ("| Tier | Web nodes | Redis |\n|---|---|---|\n| Starter | 1 | *Optional* |\n", "Optional"),
    ("## Plan B: *Conditional* Redis usage\n", "Conditional"),
    # text in HTML blocks: the file's line and column, also past tags, entities and container markers
    ("<details>\n<summary>Redis (optional)</summary>\n\nSet it.\n</details>\n", "optional"),
    ("<p align=\"center\">Nginx &amp; Redis are <b>optional</b>.</p>\n", "optional"),
    ("<p>Redis&#8212;<code>redis-server</code>&nbsp;is <i>optional</i> &unknown;.</p>\n", "optional"),
    ("> <p>Redis is\n> <em>optional</em> here.</p>\n", "optional"),
    ("- item\n\n  <div>You can <i>skip</i> Redis.</div>\n", "skip"),
    ("<Card title=\"Redis setup (Optional)\" href=\"/redis\">\n  Faster pages.\n</Card>\n", "Optional"),
    ("<table>\n<tr><th>Service</th><th>Status</th></tr>\n<tr><td><b>Redis</b></td><td><i>optional</i></td></tr>\n</table>\n",
     "optional"),
    ("<table>\n  <tr>\n    <td>Redis</td>\n    <td>\n      Optional\n    </td>\n  </tr>\n</table>\n", "Optional"),
    # lines that each open with a bold label and end in a hard break are read one by one
    ("**In-Memory:** fine for a single server  \n**Redis:** *optional* for one server\\\n**Sentry:** errors\n",
     "optional"),
    # lines that each open with a check mark or an emoji are a list without markers
    (("✅ **No crashes** - The app never fails on a cache error\n✅ **Portable** - Runs *without* Redis\n"
      "🧪 **Tested** - The test suite covers it\n"), "without"),
])
def test_diagnostic_points_at_the_hedge_word(text: str, word: str) -> None:
    found = [d for d in lint(text) if d.code == "SUM301"]
    assert len(found) == 1, [d.message for d in found]
    span = found[0].span
    assert token_at(text, span.line, span.column, len(word)) == word, (span, text)
    assert span.end_line == span.line and span.end_column - span.column == len(word)


def test_crlf_positions() -> None:
    text = "# Deploy\r\n\r\nSome text.\r\nRedis is **optional**.\r\n"
    found = [d for d in lint(text) if d.code == "SUM301"]
    assert [(d.span.line, d.span.column) for d in found] == [(4, 12)]


def test_prose_units_split_sentences_and_keep_code_spans() -> None:
    doc, _ = parse("Install it. Then run `redis-cli ping`, e.g. after a deploy. Done!\n")
    texts = [u.text for u in doc.units]
    assert texts == ["Install it. ", "Then run redis-cli ping, e.g. after a deploy. ", "Done!"]
    unit = doc.units[1]
    assert [unit.text[a:b] for a, b in unit.code] == ["redis-cli ping"]
    assert unit.span(*unit.code[0]).to_list() == [1, 23, 1, 37]


def test_symbol_marked_lines_are_one_unit_each() -> None:
    doc, _ = parse("✅ **Fast** - cached pages\n⚠️ Redis is needed\n→ see below\n\nA wrapped\nsentence ✅ here.\n")
    texts = [u.text.strip() for u in doc.units_where(lambda text: True)]  # (as the prose rules ask)
    assert texts == ["✅ Fast - cached pages", "⚠️ Redis is needed", "→ see below", "A wrapped sentence ✅ here."]


def test_symbol_marked_lines_under_a_lead_in_line_are_one_unit_each() -> None:
    doc, _ = parse("**What's Done:**\n✅ Complete infrastructure  \n✅ Optional Redis with fallback  \n✅ Tests  \n")
    texts = [u.text.strip() for u in doc.units_where(lambda text: True)]
    assert texts == ["What's Done:", "✅ Complete infrastructure", "✅ Optional Redis with fallback", "✅ Tests"]
    unit = doc.units_where(lambda text: "Redis" in text)[0]
    assert unit.span(unit.text.index("Optional"), unit.text.index("Optional") + 8).to_list() == [3, 3, 3, 11]
    doc, _ = parse("Note: we ship\n✅ a cache\n")  # (two lines: a sentence wrapped after its lead-in)
    assert len(doc.units_where(lambda text: True)) == 1


def test_table_row_is_one_unit_with_cells_and_header() -> None:
    doc, source = parse("| Service | Required |\n|---|:---:|\n| Redis | no |\n| a \\| b | `x` |\n")
    rows = [u for u in doc.units if u.kind == "table_row"]
    assert [r.header for r in rows] == [["Service", "Required"]] * 2
    assert [[r.text[a:b] for a, b in r.cells] for r in rows] == [["Redis", "no"], ["a | b", "x"]]
    no = rows[0]
    a, b = no.cells[1]
    assert no.span(a, b).to_list() == [3, 11, 3, 13]
    x = rows[1]
    a, b = x.cells[1]
    assert token_at(source.text, *no.span(*no.cells[0]).to_list()[:2], 5) == "Redis"
    assert x.span(a, b).to_list()[:2] == [4, 13]


def test_html_table_row_is_one_unit_with_cells_and_header() -> None:
    """A ``<tr>`` is read as a markdown table row is: its cells related, under the ``<th>`` row's
    header; cells may span lines, and ``</td>``/``</tr>`` may be left out, as HTML allows."""
    text = ("<table>\n<thead><tr><th>Service</th><th>Status</th></tr></thead>\n"
            "<tr><td><code>redis</code></td><td>optional <b>here</b></td></tr>\n"
            "<tr><td>Postgres\n    <td>required\n</table>\n\n<p>After the table.</p>\n")
    doc, source = parse(text)
    rows = [u for u in doc.units if u.kind == "table_row"]
    assert [u.kind for u in doc.units] == ["table_header", "table_row", "table_row", "paragraph"]
    assert [r.header for r in rows] == [["Service", "Status"]] * 2
    assert [[r.text[a:b] for a, b in r.cells] for r in rows] == [["redis", "optional here"], ["Postgres", "required"]]
    assert [rows[0].text[a:b] for a, b in rows[0].code] == ["redis"]
    for row in rows:  # each cell starts at its first word in the file
        for a, b in row.cells:
            first = row.text[a:b].split()[0]
            assert token_at(source.text, *row.span(a, b).to_list()[:2], len(first)) == first
    assert rows[1].span(*rows[1].cells[1]).to_list()[:2] == [5, 9]


def test_headings_and_sections() -> None:
    doc, _ = parse("Title\n=====\n\n## Install *Redis*\n\ntext\n")
    assert [(h.level, h.text, h.span.to_list()) for h in doc.headings] == [
        (1, "Title", [1, 1, 1, 6]), (2, "Install Redis", [4, 4, 4, 18])]
    assert doc.units[-1].section == 1


def test_heading_attribute_lists_are_not_words_of_the_heading() -> None:
    # MkDocs attr_list, Pandoc and kramdown attributes at a heading's end are markup; braces
    # inside the words, or in a code span, stay
    doc, _ = parse("## Recommended deployment path {#deploy}\n\n### Setup {: #setup .note}\n\n"
                   "## Use {braces} here\n\n## Bad `{#x}`\n")
    assert [(h.text, h.span.to_list()) for h in doc.headings] == [
        ("Recommended deployment path", [1, 4, 1, 31]), ("Setup", [3, 5, 3, 10]),
        ("Use {braces} here", [5, 4, 5, 21]), ("Bad {#x}", [7, 4, 7, 13])]
    assert [u.text for u in doc.units if u.kind == "heading"][:2] == ["Recommended deployment path", "Setup"]


def test_struck_text_is_marked() -> None:
    doc, _ = parse("~~Redis is optional.~~ Redis is required.\n")
    assert doc.units[0].struck == [(0, 18)]
    assert not [d for d in lint("~~Redis is optional.~~ Redis is required.\n") if d.code == "SUM301"]


# -- fenced blocks -------------------------------------------------------------------

def test_console_prompts_are_stripped_with_exact_columns() -> None:
    text = ("```console\n$ sudo apt install -y redis-server\nReading package lists... Done\n"
            "root@web:~# systemctl enable --now redis-server\n# A comment, not a prompt\n```\n")
    doc, source = parse(text)
    fence = doc.fences[0]
    assert fence.kind == "shell"
    assert fence.text.split("\n")[:4] == ["sudo apt install -y redis-server", "",
                                          "systemctl enable --now redis-server",
                                          "# A comment, not a prompt"]
    assert fence.line_map[0] == (2, 2) and fence.line_map[2] == (4, 12)
    assert [c.argv[:2] for c in fence.commands] == [["sudo", "apt"], ["systemctl", "enable"]]
    span = fence.commands[1].spans[3]
    assert token_at(source.text, span.line, span.column, 12) == "redis-server"


def test_indented_fence_in_a_list_maps_columns() -> None:
    text = "1. Install:\n\n   ```bash\n   sudo apt install -y redis-server\n   ```\n"
    doc, source = parse(text)
    fence = doc.fences[0]
    assert fence.line_map == [(4, 3)]
    assert fence.span.to_list()[:2] == [3, 4]
    block = doc.embedded[0]
    assert block.map(1, 1) == (4, 4)


@pytest.mark.parametrize("info, body, kind", [
    ("bash", "echo hi", "shell"), ("sh", "echo hi", "shell"), ("zsh", "echo", "shell"),
    ("console", "$ echo hi", "shell"), ("shell-session", "$ ls", "shell"),
    ("ini", "[Unit]\nDescription=x", "systemd"), ("systemd", "[Service]\nType=simple", "systemd"),
    ("", "[Service]\nExecStart=/bin/true", "systemd"), ("text", "[Unit]\nAfter=x", "systemd"),
    ("ini", "[pytest]\naddopts = -q", None),
    ("env", "A=1", "env"), ("dotenv", "A=1", "env"), ("", "A=1\n# c\nexport B=2", "env"),
    ("", "just some output", None), ("python", "A=1", None),
    ("ini title=deploy/celery.service", "Description=x", "systemd"),
    ('text title=".env.example"', "DEBUG=0", "env"), ("{.bash}", "echo", "shell"),
    # a Podman Quadlet file: podman's generator writes the unit from it, so it is not one
    ("ini", "# minio.container\n[Container]\nImage=minio\n\n[Service]\nRestart=always", None),
    ("systemd", "[Volume]\nLabel=app=x\n[Install]\nWantedBy=default.target", None),
])
def test_fence_routing(info: str, body: str, kind) -> None:
    doc, _ = parse(f"```{info}\n{body}\n```\n")
    assert doc.fences[0].kind == kind
    assert [b.kind for b in doc.embedded] == ([kind] if kind else [])


def test_unclosed_fence_is_reported_not_raised() -> None:
    found = lint("# Deploy\n\n```bash\nsudo apt install redis-server\n")
    assert at(found, "SUM001") == [(3, 1)]
    assert "never closed" in next(d.message for d in found if d.code == "SUM001")


@pytest.mark.parametrize(("text", "container", "after"), [
    ("1. Install:\n   ```bash\n   sudo apt install redis-server\n2. Check:\n   ```bash\n   redis-cli ping\n"
     "   ```\n", "list item", 4),
    # an unindented line in an item's code ends the item, and so the code
    ("2. Profile:\n   ```bash\n   curl -X POST http://localhost/profile\ncurl -o heap.pprof http://x/heap\n"
     "   ```\n", "list item", 4),
    ("> ```bash\n> redis-cli ping\n\nAfter the quote.\n", "blockquote", 4),
])
def test_fence_ended_by_its_container_says_so(text: str, container: str, after: int) -> None:
    """CommonMark ends a fence with its list item or blockquote: the message says where the
    code stops instead of claiming the rest of the document is code."""
    doc, _ = parse(text)
    (problem,) = [d for d in lint(text) if d.code == "SUM001"]
    assert (problem.span.line, problem.span.column) == (doc.fences[0].span.line, 1)
    assert f"it ends where its {container} ends, and line {after} is read as markdown" in problem.message
    assert "rest of the document" not in problem.message and doc.fences[0].kind == "shell"


def test_unclosed_fence_in_the_last_list_item_runs_to_the_end() -> None:
    found = lint("1. Install:\n   ```bash\n   sudo apt install redis-server\n\n   Still code.\n")
    assert at(found, "SUM001") == [(2, 1)]


def test_bad_input_never_raises() -> None:
    for text in ["---\ntitle: x\n---\n# Redis is optional\n",
                 "<div>\nRedis is optional\n</div>\n\nRedis is optional.\n",
                 "Redis is optional. " * 5000,
                 "x" * 200000,
                 "\ufeff# BOM\n\nRedis *is* optional",
                 "| a |\n|---|\n| Redis | optional | extra | cells |\n",
                 "[Redis](<>) is optional [x]: y\n\n[x]: http://a\n",
                 "![Redis](img.png) is optional\n",
                 "````\n```\nnested\n```\n````\n",
                 "\t- Redis\t is\toptional\n"]:
        doc, source = parse(text)
        assert_positions_inside(doc, source)
        lint(text)


def assert_positions_inside(doc, source) -> None:
    lines = source.lines
    for unit in doc.units:
        for start in range(0, len(unit.text), max(1, len(unit.text) // 7)):
            line, column = unit.tmap.position(unit.offset + start)
            assert 1 <= line <= len(lines), (unit, line)
            assert 1 <= column <= len(lines[line - 1]) + 1, (unit.text, line, column)
    for fence in doc.fences:
        for host, offset in fence.line_map:
            assert 1 <= host <= len(lines) and offset >= 0


MARKDOWN_BITS = st.sampled_from([
    "Redis", " is ", "optional", " not ", "**", "*", "_", "`", "[", "](http://x)", "]", "(", ")",
    "\n", "\n\n", "> ", "- ", "1. ", "| ", " |", "|---|", "```", "```bash\n", "~~~", "$ ", "# ",
    "#", "\\", "&amp;", "<!-- x -->", "<div>", "\r\n", "\t", "    ", "if you need it", ";", ":",
    "—", "“", "”", "'", "\"", "redis-server", "`REDIS_URL`", "only", "skip", "unless", ".", ",",
    "---\n", "é", "\u2028", "![a](b)", "[^1]", "<http://a>",
    # HTML blocks, whose text is prose: tags, attributes, entities, skipped and unclosed elements
    "<details>", "<summary>", "</summary>", "<p align=\"center\">", "</p>", "<b>", "</b>", "<code>", "</code>",
    "<Card title=\"", "\">", "<pre>", "<script>", "&nbsp;", "&#39;", "<br/>", "<!--", "-->", "</div>",
    "<table>", "<tr>", "</tr>", "<td>", "</td>", "<th>", "<thead>", "</table>",
    # plain-text and env blocks whose lines carry a parenthesised hedge
    "```text\n", "```env\n", "```\n", "(optional", "(optional, for caching)", "REDIS_URL=", "redis://h:1/0 ",
    # front matter's prose fields, and the roadmap and bold lead-ins SUM301 reads
    "title: ", "description: \"", "'", "**Phase 2 (1,000 users)**", "## Future work\n", "**Enhancement:** ",
    # removal documents and sections, advice sections, conditional lead-ins (fifteenth session)
    "# Redis Removal Summary\n", "# Redis to PostgreSQL Migration\n", "### Redis removal\n", "**Removed:**\n",
    "Removed ", "Remove ", "No Redis ", " have been removed", "`src/app.ts` - ", "✅ ", "## Performance Tips\n",
    "Use Redis", "If needed later:\n", "TODO: ", "Redis is automatically disabled when:\n",
    # MkDocs admonitions and content tabs, whose bodies are indented
    "!!! note\n", "!!! tip \"Redis (optional)\"\n", "??? warning\n", "=== \"Ubuntu\"\n", "        ",
])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(MARKDOWN_BITS, max_size=40).map("".join))
@example("Redis| ---\n|---|---\nRedis")  # a short row: the padded cell's separator stays on the line
def test_fuzz_model_never_raises_and_positions_stay_inside(text: str) -> None:
    doc, source = parse(text)
    assert_positions_inside(doc, source)
    frontend.facts(doc, None)
    for d in lint(text):
        assert 1 <= d.span.line <= len(source.lines)


@settings(max_examples=100, deadline=None)
@given(st.text(st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",)), max_size=300))
def test_fuzz_any_text(text: str) -> None:
    doc, source = parse(text)
    assert_positions_inside(doc, source)
    lint(text)


# -- MDX (Docusaurus, Mintlify, Nextra) -------------------------------------------------

MDX = (
    "import Card from '@site/src/Card';\n"          # 1
    "\n"
    "<Frame>\n"                                      # 3
    "```mermaid\n"                                   # 4
    "graph TD\n"
    "    A --> B\n"
    "\n"
    "    B --> C\n"                                  # 8
    "```\n"
    "</Frame>\n"                                     # 10
    "\n"
    "<Card\n"                                        # 12
    "  title=\"Redis setup\"\n"
    "  href=\"/redis\">\n"
    "    Redis is *optional* for small sites.\n"     # 15
    "</Card>\n"
    "\n"
    "## Next\n"                                      # 18
)


def parse_mdx(text: str):
    source = decode(ROOT / "docs" / "setup.mdx", text.encode("utf-8"), "markdown")
    return frontend.parse(source), source


def test_mdx_reads_jsx_bodies_as_markdown() -> None:
    doc, _ = parse_mdx(MDX)
    assert [(f.info, f.span.line) for f in doc.fences] == [("mermaid", 4)]  # closed at line 9, not at the end
    assert [h.text for h in doc.headings] == ["Next"]
    unit = next(u for u in doc.units if "optional" in u.text)
    assert unit.kind == "paragraph"  # (indented: code in CommonMark, prose in MDX)
    assert unit.span(unit.text.index("optional"), unit.text.index("optional") + 8).to_list() == [15, 15, 15, 23]
    found = [d for d in lint(MDX, "setup.mdx") if d.code == "SUM301"]
    assert [(d.span.line, d.span.column) for d in found] == [(15, 15)]
    # the same text as a .md file is CommonMark: the indented sentence is code there
    assert not [d for d in lint(MDX) if d.code == "SUM301"]


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(MARKDOWN_BITS, st.sampled_from([
    "<Card title=\"x\">\n", "</Card>\n", "<Steps>\n", "<Step\n", "  title=\"a\"\n", ">\n", "<Tab value=\"b\" />\n",
    "    indented\n", "<Frame>\n", "</Frame>\n", "{/* note */}\n", "import A from 'a';\n"])), max_size=40).map("".join))
def test_fuzz_mdx_never_raises_and_positions_stay_inside(text: str) -> None:
    doc, source = parse_mdx(text)
    assert_positions_inside(doc, source)
    for d in lint(text, "setup.mdx"):
        assert 1 <= d.span.line <= len(source.lines)


# -- MkDocs admonitions and content tabs ----------------------------------------------

ADMONITIONS = (
    "# Deploy\n\n"                                   # 1
    "!!! note \"Caching\"\n"                          # 3
    "\n"
    "    The site runs *fine* without Redis.\n"        # 5
    "\n"
    "    ```bash\n"                                   # 7
    "    sudo apt install -y redis-server\n"          # 8
    "\n"
    "    redis-cli ping\n"                            # 10
    "    ```\n"
    "\n"
    "=== \"Ubuntu\"\n"                                # 13
    "\n"
    "    ??? tip\n"                                   # 15
    "        Redis is **optional** here.\n"           # 16
    "\n"
    "Back to the text.\n"                            # 18
)


def test_admonition_and_tab_bodies_are_prose_with_exact_positions() -> None:
    doc, source = parse(ADMONITIONS)
    units = {u.text: (u.kind, u.span(0, 1).line, u.span(0, 1).column) for u in doc.units}
    assert units["The site runs fine without Redis."] == ("blockquote", 5, 5)
    assert units["Redis is optional here."] == ("blockquote", 16, 9)
    assert units["Back to the text."] == ("paragraph", 18, 1)
    found = [d for d in lint(ADMONITIONS) if d.code == "SUM301"]
    words = sorted((d.span.line, token_at(ADMONITIONS, d.span.line, d.span.column, 8)) for d in found)
    assert words == [(5, "without "), (16, "optional")]


def test_fence_in_an_admonition_is_routed_with_its_lines() -> None:
    doc, source = parse(ADMONITIONS)
    shell = [f for f in doc.fences if f.kind == "shell"]
    assert len(shell) == 1 and shell[0].line_map == [(8, 4), (9, 0), (10, 4)]
    assert shell[0].span.to_list()[:2] == [7, 5]
    facts = frontend.facts(doc, None)
    assert facts["packages_installed"] == [["redis-server", [8, 25, 8, 37]]]


@pytest.mark.parametrize("text", [
    # an indented code block (four spaces, no container around it) that shows the syntax
    "Example:\n\n    !!! note\n        Redis is optional.\n",
    # a fenced block that shows it
    "```markdown\n!!! note\n    Redis is optional.\n```\n",
    # a setext heading and a sentence with "!!!"
    "Title\n=====\n\nWow!!! Redis\n    is fast.\n",
])
def test_container_syntax_shown_as_code_is_left_alone(text: str) -> None:
    assert frontend._containers(text) == text


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([
    "!!! note", "??? tip \"T\"", "=== \"Tab\"", "    ", "        ", "text", "```", "~~~", "> ", "\t", "", "- ",
]), max_size=30).map("\n".join))
def test_containers_only_put_quote_marks_in_place_of_spaces(text: str) -> None:
    out = frontend._containers(text)
    before, after = text.split("\n"), out.split("\n")
    assert len(before) == len(after)
    for old, new in zip(before, after):
        if old.strip(" >\t"):  # a line with text: same length, a ">" only where a space was
            assert len(old) == len(new)
            assert all(a == b or (a == " " and b == ">") for a, b in zip(old, new)), (old, new)
        else:  # a blank line: left alone or made a quote line
            assert new == old or new.endswith(">") and not new[:-1].strip(" >\t"), (old, new)


# -- untagged blocks of commands ----------------------------------------------------------

@pytest.mark.parametrize("text, line, column", [
    ("Install:\n\n```\nsudo apt update\nsudo apt install -y redis-server\n```\n", 5, 21),
    ("Install:\n\n    sudo apt install -y \\\n      redis-server nginx\n", 4, 7),  # indented, continued
    ("Install:\n\n```\n$ sudo apt install -y redis-server\nReading package lists... Done\n```\n", 4, 23),
])
def test_untagged_block_of_commands_is_read_as_shell(text: str, line: int, column: int) -> None:
    doc, source = parse(text)
    assert [f.kind for f in doc.fences] == ["shell"]
    installed = frontend.facts(doc, None)["packages_installed"]
    assert installed[0][0] == "redis-server" and installed[0][1][:2] == [line, column]
    assert token_at(text, line, column, len("redis-server")) == "redis-server"


@pytest.mark.parametrize("text", [
    "```\nsudo apt install -y redis-server\nthen reboot the machine\n```\n",  # a line of prose
    "```\nredis:\n  host: localhost\n```\n",  # YAML
    "```text\nsudo apt install -y redis-server\n```\n",  # tagged as text: the author said so
    "Example:\n\n    Redis is optional.\n",
])
def test_untagged_block_with_anything_else_stays_plain(text: str) -> None:
    doc, _ = parse(text)
    assert [f.kind for f in doc.fences] == [None]


def test_untagged_firewall_command_is_checked_like_a_bash_block() -> None:
    if "SUM203" not in all_rules():
        pytest.skip("SUM203 is not in this tree")
    text = "# Firewall\n\n```\nsudo ufw allow 6379/tcp\n```\n"
    assert at(lint(text), "SUM203") == at(lint(text.replace("```\nsudo", "```bash\nsudo")), "SUM203") == [(4, 16)]


# -- embedded blocks seen by other rules ---------------------------------------------

def test_unit_in_ini_fence_gets_sum101_at_the_markdown_line() -> None:
    if "SUM101" not in all_rules():
        pytest.skip("SUM101 (systemd helper) is not in this tree yet")
    text = ("# Deploy\n\nCreate the worker unit:\n\n```ini\n[Unit]\nDescription=Celery\n"
            "After=network.target\n\n[Service]\nExecStart=/srv/app/venv/bin/celery -A proj worker\n"
            "\n[Install]\nWantedBy=multi-user.target\n```\n")
    found = [d for d in lint(text, "runbook.md") if d.code == "SUM101"]
    assert found, "SUM101 did not fire on the unit in the ini fence"
    lines = text.split("\n")
    for d in found:
        assert 6 <= d.span.line <= 14, d
        assert lines[d.span.line - 1].strip(), d


def test_unnamed_unit_requiring_its_own_socket_is_not_sum102() -> None:
    """A runbook's unit without a file name that requires the socket named like its program
    (the common "gunicorn daemon" tutorial): the socket orders itself before the service it
    activates. Another program's socket still needs the ordering."""
    unit = ("```ini\n[Unit]\nDescription=gunicorn daemon\nRequires={socket}\nAfter=network.target\n\n"
            "[Service]\nExecStart=/srv/app/venv/bin/{program} --workers 3 wsgi:application\n```\n")
    own = lint("# Deploy\n\n" + unit.format(socket="gunicorn.socket", program="gunicorn"), "runbook.md")
    assert not [d for d in own if d.code == "SUM102"]
    other = lint("# Deploy\n\n" + unit.format(socket="docker.socket", program="gunicorn"), "runbook.md")
    assert [(d.code, d.span.line, d.span.column) for d in other if d.code == "SUM102"] == [("SUM102", 6, 10)]


def test_bash_fence_install_is_seen_by_docs_facts() -> None:
    text = "# Install\n\n```bash\nsudo apt install -y redis-server nginx\n```\n"
    doc, source = parse(text)
    facts = frontend.facts(doc, None)
    assert facts["packages_installed"] == [["redis-server", [4, 21, 4, 33]], ["nginx", [4, 34, 4, 39]]]
    assert [b.kind for b in doc.embedded] == ["shell"]


def test_facts_schema() -> None:
    text = ("# Deploy `__SITE_SLUG__`\n\nRestart `sum-__SITE_SLUG__-gunicorn.service` and check "
            "redis://127.0.0.1:6379/0.\n\n```bash\ncurl http://localhost/health/\n```\n")
    doc, _ = parse(text)
    facts = frontend.facts(doc, None)
    assert facts["headings"] == [["Deploy __SITE_SLUG__", [1, 3, 1, 24]]]
    assert ["__SITE_SLUG__", [1, 11, 1, 24]] in facts["placeholders"]
    assert facts["units"] == [["sum-__SITE_SLUG__-gunicorn.service", [3, 10, 3, 44]]]
    assert facts["urls"] == [["redis://127.0.0.1:6379/0", [3, 56, 3, 81]]]
    assert facts["fences"][0]["kind"] == "shell"


def test_urls_keep_an_angle_bracket_placeholder_and_stop_at_html() -> None:
    """A placeholder inside a URL is part of it (not a URL cut short at "<", which read as a
    host-less loopback URL); an HTML tag after a URL in a table cell is not."""
    text = ("# Deploy\n\nPoint the app at `redis://:<A-LONG-RANDOM-STRING>@127.0.0.1:6380`.\n\n"
            "| Cache | redis://localhost:6379<br>shared |\n|---|---|\n\n"
            "```\nREDIS_URL=redis://:<A-LONG-RANDOM-STRING>@127.0.0.1:6381\n```\n")
    doc, _ = parse(text)
    urls = [u[0] for u in frontend.facts(doc, None)["urls"]]
    assert urls == ["redis://:<A-LONG-RANDOM-STRING>@127.0.0.1:6380", "redis://localhost:6379"]
    (block,) = [b for b in doc.embedded if b.kind == "env"]  # (the env block's URLs are its own facts)
    from sumlint.settings.envfile import facts as env_facts, parse_text as env_parse
    assert [u[0] for u in env_facts(env_parse(block.text), None)["urls"]] == [
        "redis://:<A-LONG-RANDOM-STRING>@127.0.0.1:6381"]


SENTENCES = st.sampled_from([
    "Redis is *optional* here.", "Run `redis-cli ping`.", "See [the docs](http://x.io/a) now.",
    "Install **Nginx** first!", "Is it done?", "Then restart it e.g. with systemctl.",
    "Use \\*stars\\* and &amp; entities.", "A ~~struck~~ word.", "Redis\nbreaks lines.",
    "Check the `a. B` span.", "Done.", 'It said "Install it. Redis is optional." Then.',
    "It said “Start it. Then stop.” Fine.", 'A 5" screen.',
])


@settings(max_examples=150, deadline=None)
@given(st.lists(SENTENCES, min_size=3, max_size=12), st.sampled_from(["", "- ", "> "]))
def test_sentence_group_rendering_maps_like_whole_paragraph(sentences, prefix) -> None:
    """A long paragraph read by sentence groups maps every character where the whole does."""
    text = prefix + " ".join(sentences).replace("\n", "\n" + ("  " if prefix == "- " else prefix)) + "\n"

    def chars(doc) -> list[tuple[str, int, int]]:
        out = []
        for unit in doc.units:
            for i, ch in enumerate(unit.text):
                if not ch.isspace():
                    out.append((ch, *unit.tmap.position(unit.offset + i)))
        return out

    whole, source = parse(text)
    split, _ = parse(text)
    split.units_where(lambda raw: "Redis" in raw)  # builds matching sentence groups only
    assert chars(split) == chars(whole)
    for ch, line, column in chars(split):
        assert source.lines[line - 1][column - 1] == ch or ch in "&*" or not ch.isalnum()


def test_quoted_sentences_stay_inside_the_sentence_that_quotes_them() -> None:
    """"The old guide said "Install Postgres. Redis is optional." That was wrong." reports old
    wording: the quotation is not cut at its inner full stop, so it stays a mention, also when
    a long paragraph is read sentence group by sentence group."""
    quoted = 'The old guide said "Install Postgres. Redis is optional." That was wrong. '
    for text in (quoted, quoted * 4, quoted.replace('"', "“", 1).replace('"', "”", 1)):
        doc, _ = parse(text + "\n")
        assert any('"Install Postgres. Redis is optional."' in u.text or "“Install Postgres. Redis is optional.”"
                   in u.text for u in doc.units), [u.text for u in doc.units]
        assert [d for d in lint(text + "\n") if d.code == "SUM301"] == []
    # (a sentence after the quotation is still a sentence of its own)
    assert [d.span.column for d in lint('He said "Hi." Redis is optional.\n') if d.code == "SUM301"] == [24]


def test_short_question_stays_with_its_answer() -> None:
    """"Redis needed? Only if you run Celery." is one statement; a long question is a sentence."""
    from sumlint.markdown.model import split_sentences

    text = "Redis needed? Only if you run Celery. Done."
    assert [text[a:b].strip() for a, b in split_sentences(text, [])] == [
        "Redis needed? Only if you run Celery.", "Done."]
    text = "Is this the right way to set it up? Yes."
    assert [text[a:b].strip() for a, b in split_sentences(text, [])] == [
        "Is this the right way to set it up?", "Yes."]


def test_lower_case_name_with_a_verb_opens_a_sentence() -> None:
    """A name written in lower case ("aiogram-sentinel") followed by a verb opens a sentence; a
    lower-case word after an abbreviation the list lacks ("ggf. mit Passwort"), a plain word ("…
    first. then …") and a name with no verb after it ("v2. api-gateway routes") do not."""
    from sumlint.markdown.model import split_sentences

    text = "No, Redis is optional. aiogram-sentinel works with in-memory storage, perfect for development."
    assert [text[a:b].strip() for a, b in split_sentences(text, [])] == [
        "No, Redis is optional.", "aiogram-sentinel works with in-memory storage, perfect for development."]
    for text in ("Redis ggf. mit Passwort starten.", "Set it up first. then run the worker.",
                 "Use the v2. api-gateway routes here."):
        assert len(split_sentences(text, [])) == 1, text
    # (so the development scope of the second sentence no longer silences the first)
    text = "No, Redis is optional. aiogram-sentinel works with in-memory storage, perfect for development.\n"
    assert [d.span.column for d in lint(text) if d.code == "SUM301"] == [text.index("optional") + 1]


def test_chinese_full_stop_ends_a_sentence() -> None:
    """"。", "！" and "？" end a sentence with no blank after them; not inside a code span, and
    not at the end of the text."""
    from sumlint.markdown.model import split_sentences

    text = "默认为 `file`。可使用 `file`、`redis` 其中的一项。如果您打算使用 Redis，请启用它！"
    assert [text[a:b] for a, b in split_sentences(text, [])] == [
        "默认为 `file`。", "可使用 `file`、`redis` 其中的一项。", "如果您打算使用 Redis，请启用它！"]
    text = "运行 `echo 好。再见` 即可。完成"
    code = [(3, 14)]
    assert text[3:14] == "`echo 好。再见`"
    assert [text[a:b] for a, b in split_sentences(text, code)] == ["运行 `echo 好。再见` 即可。", "完成"]


def test_second_chinese_sentence_of_a_paragraph_is_reported_on_its_own() -> None:
    text = "此项配置与缓存有关，默认为 `file`。可使用 `file`、 `memcached`、 `redis` 其中的一项。如果您打算使用 Redis，请修改配置。\n"
    columns = [d.span.column for d in lint(text) if d.code == "SUM301"]
    assert columns == [text.index("其中的一项") + 1, text.index("如果您打算使用") + 1]


def test_answer_to_a_short_question_is_reported_at_the_hedge() -> None:
    text = "# Stack\n\n- Redis? *Optional.* Postgres? Required.\n"
    source = decode(Path("/tmp/runbook.md"), text.encode(), "markdown")
    result = Linter(fixture_config(Path("/tmp"))).lint_source(source)
    found = [(d.code, d.span.line, d.span.column) for d in result.diagnostics]
    assert found == [("SUM301", 3, 11)]


def test_lines_of_names_without_stops_are_read_as_items() -> None:
    """A list written without markers is read line by line, each item at its own line and
    column; a sentence wrapped over lines (a line ending in "use", one starting in lower case)
    stays one sentence."""
    text = "# Stack\n\nDjango REST Framework\nCelery for tasks\nRedis (*optional*, for caching)\nPostgreSQL\n"
    doc, _ = parse(text)
    units = doc.units_where(lambda raw: True)
    assert [(u.text, u.span(0, 1).line) for u in units if u.kind == "paragraph"] == [
        ("Django REST Framework", 3), ("Celery for tasks", 4), ("Redis (optional, for caching)", 5),
        ("PostgreSQL", 6)]
    source = decode(Path("/tmp/runbook.md"), text.encode(), "markdown")
    found = [(d.code, d.span.line, d.span.column)
             for d in Linter(fixture_config(Path("/tmp"))).lint_source(source).diagnostics]
    assert found == [("SUM301", 5, 9)]
    wrapped, _ = parse("You can use\nRedis for caching if you want\nbut it is not needed\n")
    assert len([u for u in wrapped.units_where(lambda raw: True) if u.kind == "paragraph"]) == 1


PLAIN_PIECES = st.sampled_from([
    "Redis is optional.", "trailing  ", "word", "\n", "\n   ", "- item ", "> quote ", "1. step ",
    "x  \ny", "é ü", "a\u00a0b", "  - nested\n    cont", "> a\n> b", "Done! ", "(aside) ", "key: value",
    "Is it? Yes. ", "# Heading\n", "\n\n", "https://example.com/x ", "a-b c ",
])


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PLAIN_PIECES, min_size=1, max_size=14))
def test_plain_fast_path_renders_like_the_inline_parser(pieces) -> None:
    """Paragraphs without markup skip markdown-it's inline parser: same text, same positions."""
    import re

    text = "".join(pieces) + "\n"

    def rendered(plain_re) -> list:
        saved = frontend._PLAIN_RE
        frontend._PLAIN_RE = plain_re
        try:
            doc, _ = parse(text)
            whole = [(u.kind, u.text, [u.tmap.position(u.offset + i) for i in range(len(u.text))])
                     for u in doc.units]
            doc, _ = parse(text)
            groups = [(u.kind, u.text, [u.tmap.position(u.offset + i) for i in range(len(u.text))])
                      for u in doc.units_where(lambda t: True)]
            return whole + groups
        finally:
            frontend._PLAIN_RE = saved

    assert rendered(frontend._PLAIN_RE) == rendered(re.compile(r"(?s)."))


def test_units_where_follow_brings_the_sentence_and_the_one_before() -> None:
    """A sentence that goes on about the one before ("… While it is …, it is recommended …")
    comes with that sentence, whether the paragraph was split into sentence groups or built."""
    text = ("Redis 7 holds the sessions and the cache on this host today. While it is not needed for "
            "development, it is recommended for production because it takes load off the database.\n\n"
            "Nginx serves the static files.\n")

    def names(raw: str) -> bool:  # the paragraph passes, neither sentence alone does
        return "Redis" in raw and "recommended" in raw

    def goes_on(before: str, raw: str) -> bool:
        return " it is " in raw and "Redis" in before

    for build_first in (False, True):
        doc, _ = parse(text)
        if build_first:
            doc.units  # build every paragraph first (the other path of units_where)
        found = [u.text for u in doc.units_where(names, follow=goes_on)]
        assert len(found) == 2, (build_first, found)
        assert found[0].startswith("Redis 7 holds") and found[1].startswith("While it is")
        assert doc.units_where(names) == []  # without ``follow``: neither sentence


def test_front_matter_prose_fields_are_units_and_other_keys_are_data():
    text = ("---\ntitle: 'Caching: Redis'\ntags: [redis, optional]\nredis: optional\n"
            "description: >\n  Redis is optional\nsummary: Install Redis first\n---\n\n# Caching\n")
    doc, _ = parse(text)
    units = [(u.text, u.span(0, len(u.text)).line, u.span(0, len(u.text)).column)
             for entry in doc.entries for u in entry.units() if u.line <= 8]
    assert units == [("Caching: Redis", 2, 9), ("Install Redis first", 7, 10)]
    assert at(lint(text), "SUM301") == []


@pytest.mark.parametrize(("text", "added"), [
    ("# Deploy\n\n```env\nSECRET_KEY=x\nDATABASE_URL=postgres://localhost/site\nALLOWED_HOSTS=a.example\n```\n",
     "REDIS_URL=redis://127.0.0.1:6379/0\n```"),
    ("# Deploy\n\n1. Create the env file:\n\n   ```env\n   SECRET_KEY=x\n   DATABASE_URL=postgres://localhost/site\n"
     "   ALLOWED_HOSTS=a.example\n   ```\n", "   REDIS_URL=redis://127.0.0.1:6379/0\n   ```"),
    ("> ```env\n> SECRET_KEY=x\n> DATABASE_URL=postgres://localhost/site\n> ALLOWED_HOSTS=a.example\n> ```\n",
     "> REDIS_URL=redis://127.0.0.1:6379/0\n> ```"),
])
def test_sum302_unsafe_fix_adds_the_variable_inside_the_block(text: str, added: str) -> None:
    from sumlint.fixes import fix_text

    source = decode(ROOT / "runbook.md", text.encode("utf-8"), "markdown")
    found = [d for d in lint(text) if d.code == "SUM302"]
    assert [d.fix.safe for d in found] == [False]  # the value is an example: never applied by --fix alone
    fixed, applied = fix_text(source, found, unsafe=True)
    assert applied == 1 and added in fixed
    assert not [d for d in lint(fixed) if d.code == "SUM302"]  # idempotent: nothing left to add


def test_sum302_offers_no_fix_for_a_block_that_runs_to_the_end() -> None:
    text = "# Deploy\n\n```env\nSECRET_KEY=x\nDATABASE_URL=postgres://localhost/site\nALLOWED_HOSTS=a.example\n"
    (found,) = [d for d in lint(text) if d.code == "SUM302"]
    assert found.fix is None


def test_link_with_a_liquid_destination_is_a_link() -> None:
    """Jekyll sites write "[Redis]({{ page.baseurl }}/redis.html)": the tag's spaces would make
    CommonMark read no link, so the unit held the destination as words. It is read as a link (its
    text only), every position kept; the report on the sentence points at its hedge word."""
    text = "For page caching, we recommend [Redis]({{ page.baseurl }}/redis.html) or [Varnish]({% link v.md %}).\n"
    doc, _ = parse(text)
    assert [u.text for u in doc.units] == ["For page caching, we recommend Redis or Varnish."]
    unit = doc.units[0]
    start = unit.text.index("Redis")
    assert unit.span(start, start + 5).to_list() == [1, text.index("Redis") + 1, 1, text.index("Redis") + 6]
    assert [d.span.column for d in lint(text) if d.code == "SUM301"] == [text.index("recommend") + 1]
    # (a tag outside a link destination is text as before)
    doc, _ = parse("Set {{ page.title }} (Redis) here.\n")
    assert [u.text for u in doc.units] == ["Set {{ page.title }} (Redis) here."]
