"""Position conversion between sumlint (1-based, code points) and LSP (0-based, UTF-16/8/32)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sumlint.diagnostics import Span
from sumlint.lsp.convert import minimal_edit
from sumlint.lsp.positions import UTF8, UTF16, UTF32, LineIndex

TEXT = st.text(alphabet=st.sampled_from(list("ab \t#\r\né€𝄞🚀\u2028\x0c")), max_size=60)


def test_utf16_counts_surrogate_pairs():
    index = LineIndex("a🚀b\nx", UTF16)
    assert index.to_lsp(1, 3) == (0, 3)  # after "a🚀": 1 + 2 units
    assert index.to_lsp(1, 4) == (0, 4)
    assert index.from_lsp(0, 3) == (1, 3)
    assert index.from_lsp(0, 2) == (1, 2)  # inside the pair: the character's start
    assert index.to_lsp(2, 2) == (1, 1)


def test_utf8_and_utf32():
    assert LineIndex("é€x", UTF8).to_lsp(1, 3) == (0, 5)
    assert LineIndex("é€x", UTF32).to_lsp(1, 3) == (0, 2)
    assert LineIndex("é€x", UTF8).from_lsp(0, 5) == (1, 3)


def test_crlf_and_past_the_end_clamp():
    index = LineIndex("ab\r\ncd\r\n", UTF16)
    assert index.lines == ["ab", "cd", ""]
    assert index.to_lsp(1, 99) == (0, 2)  # never into the "\r"
    assert index.to_lsp(9, 1) == (2, 0)
    assert index.from_lsp(0, 99) == (1, 3)
    assert index.from_lsp(7, 0) == (3, 1)
    assert index.end() == (2, 0)


def test_bom_is_a_character_for_the_editor_not_for_sumlint():
    index = LineIndex("\ufeff[Unit]\nx", UTF16)
    assert index.to_lsp(1, 1) == (0, 1)
    assert index.from_lsp(0, 1) == (1, 1)
    assert index.to_lsp(2, 1) == (1, 0)


def test_range_never_ends_before_it_starts():
    index = LineIndex("abc", UTF16)
    assert index.range(Span(1, 3, 1, 1)) == ((0, 2), (0, 2))


@settings(max_examples=300, deadline=None)
@given(TEXT, st.sampled_from([UTF8, UTF16, UTF32]), st.data())
def test_round_trip_and_unit_counts(text, encoding, data):
    index = LineIndex(text, encoding)
    line = data.draw(st.integers(1, len(index.lines)))
    content = index.lines[line - 1]
    column = data.draw(st.integers(1, len(content) + 1))
    lsp_line, character = index.to_lsp(line, column)
    assert lsp_line == line - 1
    codec = {UTF8: "utf-8", UTF16: "utf-16-le", UTF32: "utf-32-le"}[encoding]
    width = {UTF8: 1, UTF16: 2, UTF32: 4}[encoding]
    assert character == len(content[: column - 1].encode(codec, errors="surrogatepass")) // width
    assert index.from_lsp(lsp_line, character) == (line, column)


@settings(max_examples=300, deadline=None)
@given(TEXT, TEXT)
def test_minimal_edit_turns_one_text_into_the_other(old, new):
    edit = minimal_edit(old, new, UTF32)
    if old == new:
        assert edit is None
        return
    lines = old.split("\n")

    def offset(position):
        return sum(len(l) + 1 for l in lines[: position.line]) + position.character

    start, end = offset(edit.range.start), offset(edit.range.end)
    assert old[:start] + edit.new_text + old[end:] == new
