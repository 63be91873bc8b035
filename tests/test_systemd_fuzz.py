"""Property tests of the unit parser, front-end and rules: never raise, positions in the file.

Random bytes go through ``sumlint.source.decode`` (as the runner reads files), unit-like
text through the whole per-file pipeline (all rules, fixes applied once).
"""

from __future__ import annotations

from pathlib import Path

from conftest import assert_no_internal_error
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sumlint.config import Config
from sumlint.fixes import fix_text
from sumlint.rule import RuleContext
from sumlint.runner import Linter
from sumlint.source import UnreadableFile, decode
from sumlint.systemd import frontend

CONFIG = Config(root=Path("/nonexistent-sumlint-root"))
LINTER = Linter(CONFIG)
PATH = Path("/nonexistent-sumlint-root/sum-__SITE_SLUG__-celery.service")

KEYS = ["After", "Wants", "Requires", "BindsTo", "Before", "Type", "ExecStart", "ExecStartPre",
        "Restart", "RestartSec", "User", "Description", "WantedBy", "Environment", "Want",
        "KillMode", "UMask", "Nice", "WorkingDirectory", "X-Extra", "after", ""]
SECTIONS = ["[Unit]", "[Service]", "[Install]", "[Socket]", "[X-Mine]", "[Unit", "[]", "[Serv ice]"]
VALUES = ["redis-server.service", "network.target", "", "/srv/app/venv/bin/celery -A x worker",
          "/bin/sh -c '${CELERY_BIN} multi start w1'", "forking", "simple", "5s", "yes",
          "__SITE_SLUG__", "{{ unit }}", "@PORT@", "%h/bin/x", "always # keep", "celery",
          "a b c", "\\", "\\\\", "é ü 𝄞", "\t", "=", "#", ";x"]


def _inside(span, lines: list[str]) -> bool:
    if not (1 <= span.line <= span.end_line <= len(lines)):
        return False
    if not 1 <= span.column <= len(lines[span.line - 1]) + 1:
        return False
    if not 1 <= span.end_column <= len(lines[span.end_line - 1]) + 1:
        return False
    return (span.line, span.column) <= (span.end_line, span.end_column)


def _check(source) -> None:
    ctx = RuleContext(path=source.path, kind="systemd", config=CONFIG, source=source)
    model = frontend.parse(source, ctx)
    facts = frontend.facts(model, ctx)
    lines = source.lines
    spans = [p.span for p in model.problems]
    for directive in model.directives:
        spans += [directive.key_span, directive.value_span, directive.span]
        spans += [span for _, span in directive.items(model.placeholder_re)]
    for section in model.sections:
        spans += [section.span, section.name_span]
    from sumlint.diagnostics import Span
    for keys in facts["sections"].values():
        spans += [Span.from_list(raw) for items in keys.values() for _, raw in items]
    spans += [Span.from_list(e["span"]) for e in facts["exec"]]
    spans += [Span.from_list(raw) for _, raw in facts["placeholders"]]
    result = LINTER.lint_source(source)
    assert_no_internal_error(result)
    for diagnostic in result.diagnostics:
        spans.append(diagnostic.span)
        if diagnostic.fix:
            spans.extend(e.span for e in diagnostic.fix.edits)
    outside = [s for s in spans if not _inside(s, lines)]
    assert not outside, (source.text, outside)
    fixed, _ = fix_text(source, result.diagnostics, unsafe=True)
    assert isinstance(fixed, str)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=600))
def test_random_bytes_never_raise(data: bytes) -> None:
    try:
        source = decode(PATH, data, "systemd")
    except UnreadableFile:
        return  # reported as SUM001 by the runner, with its own position
    _check(source)


line = st.one_of(
    st.sampled_from(SECTIONS),
    st.builds(lambda k, sp1, sp2, v, cont: f"{k}{sp1}={sp2}{v}{cont}", st.sampled_from(KEYS),
              st.sampled_from(["", " ", "\t"]), st.sampled_from(["", " ", "  "]),
              st.sampled_from(VALUES), st.sampled_from(["", "", " \\", "\\", "\\\\"])),
    st.sampled_from(["# comment", "; comment", "  # indented", "#After=redis-server.service",
                     "", "   ", "junk line", "\\", "  continued words", "{% if debug %}",
                     "{% else %}", "{# note #}", "{{ extra_lines }}", "__EXTRA__"]),
    st.text(max_size=30),
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(line, max_size=25), st.sampled_from(["\n", "\r\n"]), st.booleans(), st.booleans(),
       st.sampled_from([PATH, PATH.with_name(PATH.name + ".j2")]))
def test_unit_like_text_never_raises(lines: list[str], newline: str, bom: bool, final: bool,
                                     path: Path) -> None:
    text = newline.join(lines) + (newline if final else "")
    data = (b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8", errors="surrogatepass")
    try:
        source = decode(path, data, "systemd")
    except UnreadableFile:
        return
    _check(source)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(line, max_size=15))
def test_embedded_blocks_never_raise(lines: list[str]) -> None:
    text = "\n".join(lines)
    try:
        source = decode(PATH, text.encode("utf-8", errors="surrogatepass"), "systemd")
    except UnreadableFile:
        return
    ctx = RuleContext(path=PATH, kind="systemd", config=CONFIG, source=source, embedded=True)
    model = frontend.parse(source, ctx)
    assert model.name == ""
    for rule in LINTER.embedded_rules.get("systemd", []):
        for violation in rule.check(model, ctx):
            assert _inside(violation.span, source.lines), (text, violation)


UNIT_PIECES = st.lists(st.one_of(
    st.sampled_from(["[Unit]", "[Service]", "[Install]", "", "# note", "After=", "Wants="]),
    st.builds(lambda k, v: f"{k}={v}", st.sampled_from(
        ["After", "Wants", "Requires", "BindsTo", "BindTo", "Description", "User", "Restart",
         "StartLimitInterval", "StandardOutput", "WantedBy"]),
        st.sampled_from(["redis-server.service", "network.target network-online.target",
                         "postgresql.service", "x", "always", "syslog", "60", "multi-user.target",
                         "a.service \\\n  b.service"])),
), max_size=14)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(UNIT_PIECES, st.booleans())
def test_safe_fixes_converge_to_a_unit_without_safe_fixes(pieces: list[str], crlf: bool) -> None:
    """Applying the safe fixes until nothing changes ends (in a few passes) in a unit that
    parses, has no safe fix left, and never has a SUM101 left."""
    text = "\n".join(["[Service]", "ExecStart=/srv/app/venv/bin/celery -A x worker", *pieces]) + "\n"
    if crlf:
        text = text.replace("\n", "\r\n")
    data = text.encode()
    for _ in range(8):
        source = decode(PATH, data, "systemd")
        result = LINTER.lint_source(source)
        assert_no_internal_error(result)
        fixed, applied = fix_text(source, result.diagnostics)
        if not applied:
            break
        data = ((b"\xef\xbb\xbf" if source.had_bom else b"") + fixed.encode())
    source = decode(PATH, data, "systemd")
    result = LINTER.lint_source(source)
    assert_no_internal_error(result)
    left = [(d.code, d.message) for d in result.diagnostics if d.fix and d.fix.safe]
    assert not left, (text, source.text, left)
    assert not [d for d in result.diagnostics if d.code == "SUM101" and d.fix], source.text
