"""Fuzzing SUM301's document-level readings: markdown assembled from the pieces those readings
look for (headings that name choices, lead-in lines, lists, task lists, tables of backends,
stand-ins, comparisons) never makes the rule raise, and every report points inside the file.

The pipeline fuzz (``test_engine_pipeline_fuzz.py``) draws characters and a few keywords, so it
seldom builds a heading over a list or a table under a lead-in. The readings that read across
lines (``_choice_lists``, ``_backend_tables``, the section and lead-in readings) are reached only
by documents of that shape; a heading that ended with a colon once crashed one of them."""

from __future__ import annotations

from pathlib import Path

from conftest import assert_no_internal_error
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sumlint.config import Config
from sumlint.runner import Linter

ROOT = Path("/nonexistent-sumlint-docfuzz")
LINTER = Linter(Config(root=ROOT))

HEADINGS = st.sampled_from([
    "## Supported Backends", "## Supported Backends 🔌", "### Queue Adapters", "## Available backends:",
    "## Available Cache Providers", "### Supported Cache modes", "## Backends", "# Redis", "## Redis vs Memory",
    "### In-memory vs. Redis", "## Local development", "## Production", "### Option 1: Redis (recommended)",
    "## 1. Storage drivers", "#### Impacto sin Redis:", "## Optional", "Supported backends\n------------------",
    "## Rollback", "### Phase 2: Add Redis", "## Scaling Considerations", "## When do you need Redis?",
    "## FAQ", "### Without Redis", "## Alternatives considered", "## Uninstall", "# Redis Integration - Phase 2",
])
LINES = st.sampled_from([
    "Process jobs with retries:", "Both are required in production:", "The library supports two stores:",
    "Choose one of: Redis, MongoDB or an SQL database.", "Redis is optional.", "Redis is required in production.",
    "For production it is recommended to use Redis.", "It is possible to use a redis caching mechanism.",
    "(Optional) Add Redis to the PATH:", "Feel free to use Redis for the cache.", "**For Redis support:**",
    "The scaffolder asks about optional features (MySQL, Redis, Docker).", "", "Available types are: Memory, Redis",
    "When using Redis, sessions are stored there:", "To use Redis, set `REDIS_URL`:", "Yes, for sessions.",
    "```env\n# Optional: Redis\nREDIS_URL=redis://localhost:6379/0\n```", "```bash\n# Redis only if used\n```",
    "<!-- sumlint: disable=SUM301 -->", "> Redis can be skipped for small sites.", "**Add Redis for:**",
    "Redis is recommended. It is optional for development.", "Without Redis, the app uses memory.",
])
ITEMS = st.sampled_from([
    "- memory", "- redis", "- **redis** - Production", "- **memory** - Development (built-in)", "- [ ] [Etcd](x)",
    "- [x] [Redis](https://redis.io/)", "* __in-memory__ (default)", "* __redis__ - tokens", "- [Redis cheat sheet](c)",
    "1. **In-Memory**: temporary (testing)", "2. **Redis**: persistent (production)", "  - nested redis",
    "- `RedisBackend` (`a.b.RedisBackend`)", "- `InMemoryBackend`", "- Redis (optional)", "- postgres",
])
ROWS = st.sampled_from([
    "| Backend | Notes |", "|---|---|", "| `InMemoryBackend` | yes |", "| `RedisBackend` | Production, scaling |",
    "| **Redis** | ✅ `redislock.New` |", "| memory | default |", "| `REDIS_URL` | URL | `undefined` (falls back to memory) |",
    "| storage | Data storage type. Available types are: Memory, Redis |", "| Default |", "|",
    "| Service | Required |", "| Redis | No |", "| Redis | optional |", "| Feature | Redis | Database |",
    "| Single | Multi |", "| in-memory | Redis |", "|:--|--:|",
])
BLOCK = st.one_of(
    st.tuples(HEADINGS, st.lists(st.one_of(LINES, ITEMS), max_size=6)),
    st.tuples(HEADINGS, st.lists(ROWS, max_size=6)),
    st.tuples(LINES, st.lists(st.one_of(ITEMS, ROWS), max_size=6)),
).map(lambda block: "\n".join([block[0], *block[1]]))
DOCUMENTS = st.lists(BLOCK, min_size=1, max_size=6).flatmap(
    lambda blocks: st.sampled_from(["\n", "\n\n"]).map(lambda sep: sep.join(blocks) + "\n"))


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(DOCUMENTS)
def test_document_readings_never_raise_and_reports_point_inside(text):
    path = ROOT / "runbook.md"
    result = LINTER.lint_bytes(path, text.encode("utf-8"), "markdown")
    run = LINTER.finish([result], LINTER.run_project([result]))
    assert_no_internal_error(run)
    lines = text.split("\n")
    for d in run.diagnostics:
        if d.path != str(path) or d.code != "SUM301":
            continue
        s = d.span
        assert 1 <= s.line <= len(lines) and 1 <= s.end_line <= len(lines), (s, d.message)
        assert 1 <= s.column <= len(lines[s.line - 1]) + 1, (s, d.message)
        assert 1 <= s.end_column <= len(lines[s.end_line - 1]) + 2, (s, d.message)


def test_a_heading_that_ends_with_a_colon_over_a_list_is_read() -> None:
    """The case that crashed: an ATX heading whose text names the choices and ends with a colon
    is both a lead-in line and a heading; it is read once, as a heading."""
    text = "## Available backends:\n\n- memory\n- redis\n"
    path = ROOT / "runbook.md"
    result = LINTER.lint_bytes(path, text.encode("utf-8"), "markdown")
    run = LINTER.finish([result], LINTER.run_project([result]))
    assert_no_internal_error(run)
    reports = [d for d in run.diagnostics if d.code == "SUM301"]
    assert [(d.span.line, d.span.column) for d in reports] == [(4, 3)]
    assert "the heading above" in reports[0].message


def test_a_setext_heading_over_two_lines_is_one_heading() -> None:
    """A setext heading whose text runs over two lines ("Supported" / "backends" over "---") is
    one heading: the headings are searched joined one a line, so its line break must not make two
    (it once shifted every later heading by one, past the end of the list)."""
    text = "Intro\n\nSupported\nbackends\n---------\n\n- memory\n- redis\n\n## Available backends\n\n- file\n- redis\n"
    path = ROOT / "runbook.md"
    result = LINTER.lint_bytes(path, text.encode("utf-8"), "markdown")
    run = LINTER.finish([result], LINTER.run_project([result]))
    assert_no_internal_error(run)
    assert [(d.span.line, d.span.column) for d in run.diagnostics if d.code == "SUM301"] == [(8, 3), (13, 3)]
