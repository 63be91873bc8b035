"""The env-file front-end: entries, positions, problems, facts; never raises."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings, strategies as st

from sumlint.diagnostics import Span
from sumlint.settings.envfile import facts, parse_text

SAMPLE = """\
# Site settings
export SECRET_KEY="abc\\"d" # trailing
REDIS_URL=redis://127.0.0.1:6379/0   # the cache
# REDIS_URL=redis://old:6379/0
#CELERY_BROKER_URL=
EMPTY=
MULTI="line1
line2"
SITE=__SITE_SLUG__.example.com
# This is prose = not an entry
SPACED = 'x y'
"""


def _text_at(text: str, span: Span) -> str:
    lines = text.split("\n")
    assert span.line == span.end_line
    return lines[span.line - 1][span.column - 1:span.end_column - 1]


def test_entries_and_positions() -> None:
    model = parse_text(SAMPLE)
    assert not model.problems
    names = [(e.name, e.commented) for e in model.entries]
    assert names == [("SECRET_KEY", False), ("REDIS_URL", False), ("REDIS_URL", True),
                     ("CELERY_BROKER_URL", True), ("EMPTY", False), ("MULTI", False),
                     ("SITE", False), ("SPACED", False)]
    secret, redis, old, broker, empty, multi, site, spaced = model.entries
    assert secret.exported and secret.value == 'abc"d' and secret.quote == '"'
    assert _text_at(SAMPLE, secret.name_span) == "SECRET_KEY"
    assert _text_at(SAMPLE, secret.value_span) == '"abc\\"d"'
    assert redis.value == "redis://127.0.0.1:6379/0"
    assert _text_at(SAMPLE, redis.value_span) == "redis://127.0.0.1:6379/0"
    assert old.commented and old.value == "redis://old:6379/0" and old.line == 4
    assert _text_at(SAMPLE, old.name_span) == "REDIS_URL"
    assert broker.commented and broker.empty
    assert empty.empty and empty.value_span == Span(6, 7, 6, 7)
    assert multi.value == "line1\nline2" and multi.value_span == Span(7, 7, 8, 7)
    assert spaced.value == "x y" and _text_at(SAMPLE, spaced.name_span) == "SPACED"
    assert model.active("REDIS_URL") is redis
    assert model.get("CELERY_BROKER_URL") is broker and model.active("CELERY_BROKER_URL") is None


def test_export_and_trailing_comments() -> None:
    model = parse_text("export A=1   # one\nB=\"x y\"  # two\nC=3#kept\n")
    a, b, c = model.entries
    assert a.export_span == Span(1, 1, 1, 8) and a.comment == "one" and a.comment_span == Span(1, 11, 1, 19)
    assert b.export_span is None and b.comment == "two" and b.comment_span == Span(2, 8, 2, 15)
    assert c.value == "3#kept" and c.comment is None


def test_ellipsis_lines_are_not_problems() -> None:
    model = parse_text("A=1\n...\n  …\nB=2\n")
    assert not model.problems and [e.name for e in model.entries] == ["A", "B"]


def test_problems_point_at_the_token() -> None:
    text = "OK=1\nBAD LINE\nNOEQ\n1X=2\nUNTERM=\"abc\nAFTER=2\n"
    model = parse_text(text)
    spans = [(p.span.line, p.span.column) for p in model.problems]
    assert spans == [(2, 5), (3, 1), (4, 1), (5, 8)]
    assert "NOEQ=" in model.problems[1].message
    assert "never closed" in model.problems[3].message
    # The rest of the file is still read.
    assert [e.name for e in model.entries] == ["OK", "AFTER"]


def test_facts_schema() -> None:
    class Ctx:
        class config:
            import re
            placeholder_re = re.compile(r"__[A-Z0-9_]+__")

    data = facts(parse_text(SAMPLE), Ctx)
    json.dumps(data)  # serialisable
    redis = data["vars"]["REDIS_URL"]
    assert redis["commented"] is False and redis["value"] == "redis://127.0.0.1:6379/0"
    assert redis["span"] == [3, 1, 3, 10] and redis["value_span"] == [3, 11, 3, 35]
    assert data["vars"]["CELERY_BROKER_URL"]["commented"] is True
    assert data["placeholders"] == [["__SITE_SLUG__", [9, 6, 9, 19]]]
    assert ["redis://127.0.0.1:6379/0", [3, 11, 3, 35]] in data["urls"]
    assert all(u[0] != "redis://old:6379/0" for u in data["urls"])  # commented: not a URL in use
    assert len(data["entries"]) == 8


def test_url_with_a_placeholder_password_is_one_url() -> None:
    data = facts(parse_text("REDIS_URL=redis://:<password>@127.0.0.1:6379/0\n"), None)
    assert data["urls"] == [["redis://:<password>@127.0.0.1:6379/0", [1, 11, 1, 47]]]


def test_crlf_free_text_and_unicode_columns() -> None:
    model = parse_text("NAME=héllo # c\nÉ=1\n")
    assert model.entries[0].value == "héllo" and model.entries[0].value_span == Span(1, 6, 1, 11)
    assert model.problems and model.problems[0].span.line == 2


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("AZ_az09=#'\" \t\n\\$x.-;é")), max_size=200))
def test_fuzz_never_raises_and_positions_stay_in_file(text: str) -> None:
    model = parse_text(text)
    lines = text.split("\n")

    def inside(span: Span) -> None:
        assert 1 <= span.line <= span.end_line <= len(lines)
        assert 1 <= span.column <= len(lines[span.line - 1]) + 1
        assert 1 <= span.end_column <= len(lines[span.end_line - 1]) + 1

    for entry in model.entries:
        inside(entry.name_span)
        inside(entry.value_span)
        assert lines[entry.name_span.line - 1][entry.name_span.column - 1:entry.name_span.end_column - 1] == entry.name
    for problem in model.problems:
        inside(problem.span)
    json.dumps(facts(model))


def test_host_env_files() -> None:
    """Real env files of the host (/etc/default, /etc/environment) parse without crashing."""
    import pytest

    candidates = [p for p in [Path("/etc/environment"), *sorted(Path("/etc/default").glob("*"))]
                  if p.is_file()][:50]
    if not candidates:
        pytest.skip("no /etc/environment or /etc/default files on this host")
    read = 0
    for path in candidates:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        model = parse_text(text)
        read += 1
        for entry in model.entries:
            assert entry.name and entry.name_span.line >= 1
    assert read
