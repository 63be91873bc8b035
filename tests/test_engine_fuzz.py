"""Property tests of the engine's text primitives: decoding, positions, suppression parsing
and applying edits never raise on any input, and keep positions and line endings right."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from sumlint import suppressions
from sumlint.diagnostics import Span, TextEdit
from sumlint.fixes import apply_edits
from sumlint.source import SourceFile, UnreadableFile, decode

PATH = Path("/x/file.sh")
LINE_CHARS = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n\x00"), max_size=30)
TEXT = st.lists(LINE_CHARS, max_size=8).map("\n".join)
COMMENTY = st.lists(st.one_of(LINE_CHARS, st.sampled_from([
    "# sumlint: disable=SUM101", "echo x  # sumlint: disable=SUM101,SUM2 -- why", "<!-- sumlint: disable=SUM301 -->",
    "# sumlint: disable-file=SUM101", "; sumlint: disable=SUM101", "# sumlint:", "# sumlint: disabel=X",
    "```sh", "```", "a \\", "<!-- sumlint: disable=SUM3", "# sumlint: disable=SUM101 --"])), max_size=10).map("\n".join)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=200))
def test_decode_never_raises_anything_else(data):
    try:
        source = decode(PATH, data, "shell")
    except UnreadableFile as err:
        assert err.span.line >= 1 and err.span.column >= 1
        return
    assert "\r\n" not in source.text and not source.text.startswith("\ufeff")
    for offset in range(len(source.text) + 1):
        line, column = source.position(offset)
        assert source.offset(line, column) == offset


@settings(max_examples=300, deadline=None)
@given(TEXT, st.integers(-3, 300), st.integers(-3, 300))
def test_span_list_is_the_span_as_a_list(text, start, end):
    source = SourceFile(PATH, "markdown", text)
    assert source.span_list(start, end) == source.span(start, end).to_list()


@settings(max_examples=300, deadline=None)
@given(COMMENTY, st.sampled_from(["#", "html"]), st.sampled_from(["shell", "systemd", "markdown", "env"]))
def test_suppression_parsing_never_raises_and_spans_stay_inside(text, comment, kind):
    found, bad = suppressions.parse(text, comment, kind)
    lines = text.split("\n")
    for s in found:
        assert 1 <= s.line <= len(lines) and s.scope[0] <= s.scope[1] + 1
        for code, span in s.codes:
            assert lines[span.line - 1][span.column - 1:span.end_column - 1] == code
        assert 1 <= s.trim_column <= s.comment.column
    for m in bad:
        assert 1 <= m.span.line <= len(lines)


@st.composite
def text_and_edits(draw):
    # (a text that opens on U+FEFF has a byte order mark once encoded: the test adds its own, or none)
    text = draw(TEXT.filter(lambda t: not t.startswith("\ufeff")))
    n = len(text)
    cuts = sorted(draw(st.lists(st.integers(0, n), max_size=6)))
    pairs = list(zip(cuts[::2], cuts[1::2]))
    replacements = draw(st.lists(st.text(st.sampled_from("ab\nc"), max_size=4), min_size=len(pairs),
                                 max_size=len(pairs)))
    return text, pairs, replacements


@settings(max_examples=300, deadline=None)
@given(text_and_edits(), st.booleans())
def test_edits_keep_crlf_and_bom(case, bom):
    text, pairs, replacements = case
    lf = SourceFile(PATH, "shell", text)
    edits = [TextEdit(lf.span(a, b), r) for (a, b), r in zip(pairs, replacements)]
    expected, applied = apply_edits(lf, edits)
    assert (applied >= 1) == bool(edits)  # touching empty edits at one point count once
    raw = ("\ufeff" if bom else "") + text.replace("\n", "\r\n")
    crlf = decode(PATH, raw.encode("utf-8"), "shell")
    got, _ = apply_edits(crlf, edits)
    if "\n" in text:  # CRLF is the file's line ending: inserted lines get it too
        assert got == expected.replace("\n", "\r\n")
    assert crlf.had_bom == bom


def test_removing_a_whole_line_edit_takes_its_line_ending():
    source = decode(PATH, b"a\r\n# sumlint: disable=SUM101\r\nb\r\n", "shell")
    out, _ = apply_edits(source, [TextEdit(Span(2, 1, 3, 1), "")])
    assert out == "a\r\nb\r\n"
