"""The inline fast path (``frontend._fast_inline``) against markdown-it's inline parser.

Whenever the fast path accepts inline content, its tokens must be markdown-it's as far as
``_Builder._render`` reads them, and the rendered text, TextMap, code/struck ranges and
cursor must be identical. Checked on random content built from the risky alphabet
(hypothesis), on hand-picked cases, on every inline snippet of the docs fixtures and the
SUM301 corpora, and on whole documents (every prose unit with the fast path on and off).
The block parser's speed-ups and the placeholder scan of ``facts`` are checked against
markdown-it's stock parser and a full regex scan the same way.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sumlint.markdown import frontend
from sumlint.markdown.model import Document
from sumlint.source import decode

ROOT = Path(__file__).resolve().parent
_SKIPPED = {"em_open", "em_close", "strong_open", "strong_close"}


def _view(tokens) -> list[tuple[str, str, str]]:
    """What ``_render`` reads of a token stream (emphasis tokens and empty texts skipped)."""
    out = []
    for t in tokens:
        if t.type in _SKIPPED or (t.type == "text" and not t.content):
            continue
        content = t.content if t.type in ("text", "text_special", "code_inline", "html_inline") else ""
        markup = t.markup if t.type in ("code_inline", "link_close") else ""
        out.append((t.type, content, markup))
    return out


def _reference(src: str, env: dict | None = None) -> list:
    md = frontend._block_parser()
    children: list = []
    md.inline.parse(src, md, env if env is not None else {}, children)
    return children


def _render(src: str, tokens) -> tuple:
    lines = src.split("\n")
    builder = frontend._Builder(Document(source=None), lines, None, {})
    text, tmap, code, struck, cursor = builder._render(tokens, 0, 0, len(lines))
    return text, (tmap.starts, tmap.lines, tmap.columns), code, struck, cursor


def check(src: str, env: dict | None = None) -> bool:
    """Assert equality where the fast path accepts ``src``; True if it accepted."""
    fast = frontend._fast_inline(src)
    if fast is None:
        return False
    reference = _reference(src, env)
    assert _view(fast) == _view(reference), src
    assert _render(src, fast) == _render(src, reference), src
    return True


ACCEPTED = [
    "Redis is **required** in production.",
    "Run `manage.py migrate --noinput` before restarting Gunicorn.",
    "See [the Django docs](https://docs.djangoproject.com/) for the settings reference.",
    "restart the *services*.",
    "_Optional_: tune `maxmemory` for larger sites.",
    "**Note:** never restart Redis;\nthe cache is rebuilt.",
    "a  \n  b",
    "line one \nline two",
    "``a ` b`` and ` x `",
    "*see [the docs](https://example.com/a_b)*",
    "**a *b* c**",
    "*a **b** c*",
    "**`x`**",
    "Sentence one.\n",
    "Sentence one. ",
    "snake_case_word is plain text",  # intraword '_' is rejected below, see REJECTED
    "“Redis” is **optional** — not here",
]
REJECTED = [
    "foo*bar*baz", "a * b", "***a***", "a \\* b", "&amp;", "<b>x</b>", "<https://x>",
    "![img](x.png)", "~~old~~", "[a]", "[a] b]", "`unclosed", "[x](javascript:alert)",
    "[a](b \"title\")", "**a *b** c*", "*a", "a*", "`a\nb`", "tab\there", "**“x”**",
]


@pytest.mark.parametrize("src", ACCEPTED)
def test_accepted_cases_match_markdown_it(src: str) -> None:
    if src.startswith("snake_case"):
        assert frontend._fast_inline(src) is None
        return
    assert check(src), f"fast path rejected {src!r}"


@pytest.mark.parametrize("src", REJECTED)
def test_outside_the_subset_falls_back(src: str) -> None:
    assert frontend._fast_inline(src) is None


PIECES = st.sampled_from([
    "*", "**", "_", "__", "`", "``", "[", "]", "(", ")", "\\", "<", ">", "&", "&amp;", "!",
    " ", "  ", "\n", " \n", "  \n", "\n  ", "Redis", "optional", "a", "b_c", "x", ".", ",",
    ":", "-", "“", "—", "é", "[docs](https://example.com/a_b)", "[x](y)", "`code`",
    "**bold**", "*em*", "_em_", "~", "~~", "\t", "http://", "#", "'", '"', "` x `", "`` ` ``",
    "`  `", "[a](javascript:x)", "[a](<b>)", "(", "a)",
])


@settings(max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PIECES, max_size=16).map("".join))
def test_fast_path_equals_markdown_it(src: str) -> None:
    check(src)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="*_`[]()\\<&! \nab.", max_size=24))
def test_fast_path_equals_markdown_it_on_raw_alphabet(src: str) -> None:
    check(src)


def _markdown_files() -> list[Path]:
    return sorted((ROOT / "fixtures").rglob("*.md"))


def test_every_inline_snippet_of_the_fixtures_and_corpora() -> None:
    md = frontend._parser()
    accepted = total = 0
    for path in _markdown_files():
        env: dict = {}
        for token in md.parse(path.read_text(encoding="utf-8", errors="replace"), env):
            if token.type == "inline":
                total += 1
                accepted += check(token.content, env)
    for path in sorted((ROOT / "data").glob("*.txt")):
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.strip():
                total += 1
                accepted += check(line)
    assert total > 100, "no inline snippets found"
    assert accepted > total // 4, f"fast path took only {accepted} of {total} snippets"


def _units(text: str) -> list:
    source = decode(Path("doc.md"), text.encode(), "markdown")
    model = frontend.parse(source)
    out = []
    for unit in model.units:
        tmap = unit.tmap
        out.append((unit.kind, unit.text, unit.offset, (tmap.starts, tmap.lines, tmap.columns),
                    unit.code, unit.struck, unit.cells, unit.header, unit.section, unit.block))
    return out


def _with_fast(flag: bool, text: str) -> list:
    saved = frontend.FAST_INLINE
    frontend.FAST_INLINE = flag
    try:
        return _units(text)
    finally:
        frontend.FAST_INLINE = saved


def test_whole_documents_identical_with_and_without_fast_path() -> None:
    import sys

    sys.path.insert(0, str(ROOT.parent / "bench"))
    try:
        from bench_markdown import generate
    finally:
        sys.path.pop(0)
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in _markdown_files()]
    texts += [generate(seed, 120) for seed in range(10)]
    texts += [generate(seed, 120, dense=True) for seed in range(10)]
    assert texts
    for text in texts:
        assert _with_fast(True, text) == _with_fast(False, text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(PIECES, st.sampled_from(["\n\n", "\n- ", "\n> ", "\n# ", "\n| a | b |\n|---|---|\n| "])),
                max_size=20).map("".join))
def test_random_documents_identical_with_and_without_fast_path(text: str) -> None:
    assert _with_fast(True, text) == _with_fast(False, text)


def _stock_block_parser():
    """markdown-it with sumlint's configuration and none of its speed-ups."""
    from markdown_it import MarkdownIt
    from mdit_py_plugins.front_matter import front_matter_plugin

    return (MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
            .use(front_matter_plugin).disable(["inline", "text_join"]))


_BLOCK_FIELDS = ("type", "tag", "map", "content", "info", "markup", "nesting", "level", "meta", "attrs",
                 "block", "hidden", "children")


def _block_tokens(parser, text: str):
    """The fields of the block tokens ``parser`` makes of ``text``, or the type of the exception
    it raises (markdown-it itself fails on a few inputs, such as ">- <!--\n>": the front-end
    reports those as SUM001, and the fast parser must fail on them the same way)."""
    try:
        return [[getattr(t, f) for f in _BLOCK_FIELDS] for t in parser.parse(text, {})]
    except Exception as error:  # noqa: BLE001 (the outcome compared, whatever it is)
        return type(error)


def _same_block_tokens(text: str, reference) -> None:
    assert _block_tokens(frontend._block_parser(), text) == _block_tokens(reference, text), text


def test_block_parser_gives_markdown_its_tokens() -> None:
    """The block parser's rules run with a no-op debug logger and are picked by the line's
    first character (``_dispatch_by_first_character``) and make their tokens without the
    dataclass machinery (``_plain_token_construction``); the tokens are markdown-it's, on the
    fixtures, the project's own docs, the bench's generated runbooks and the corner cases
    where the dispatcher calls every rule (line 0, indented code, front matter)."""
    import sys

    assert frontend._block_parser().block.ruler.getRules("") != _stock_block_parser().block.ruler.getRules(""), \
        "the dispatcher is not installed"
    assert frontend._block_parser().block.parse != _stock_block_parser().block.parse, \
        "the plain token construction is not installed"
    sys.path.insert(0, str(ROOT.parent / "bench"))
    try:
        from bench_markdown import generate
    finally:
        sys.path.pop(0)
    reference = _stock_block_parser()
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in _markdown_files()]
    texts += [p.read_text(encoding="utf-8", errors="replace") for p in sorted((ROOT.parent / "docs").glob("*.md"))]
    texts += [(ROOT.parent / "README.md").read_text(encoding="utf-8")]
    texts += [generate(seed, 200) for seed in range(5)] + [generate(seed, 200, dense=True) for seed in range(5)]
    texts += ["---\ntitle: x\n---\n# H\n\n> q\n> - a\n\n    code\n\n| a | b |\n|---|---|\n| c | d |\n<div>\nx\n</div>\n",
              "    indented first line\n- a\n      code in item\n", "[ref]: https://x\n[a]\n",
              "para\n# heading ends it\npara\n> quote ends it\npara\n```\nfence ends it\n```\npara\n<div>\n",
              "para\n1. list ends it\npara\n2) only 1 ends it\npara\n***\npara\n- \n",
              "Setext\n===\nSetext\n---\n\t- tab item\n>\ttab quote\n ~~~ tilde\n ~~~\n",
              # the guards of ``table`` and ``lheading`` (``_guarded``): underlines and delimiter rows
              # after several lines, indented, tabbed, inside quotes and list items, and lookalikes
              "para\nmore\nstill\n===\n", "para\n   ---\n", "para\n    ---\n", "para\n\t===\n",
              "> para\n> more\n> ===\n", "- item\n  text\n  ---\n", "- item\n  text\n---\n",
              "a | b\n-|-\nc | d\n", "a | b\n:-|-:\n", "para\n- list\n===\n", "para\n-x\n=y\n",
              "| a |\n| - |\n", "a\n|\n", "text\n\n===\n", "> a | b\n> --|--\n> c | d\n",
              "<!-- sumlint: disable=SUM301 -->\nx\n" * 5 + "y\n---\n", "x\n<!-- c -->\ny\n===\n"]
    for text in texts:
        _same_block_tokens(text, reference)


_BLOCK_PIECES = st.sampled_from([
    "\n", "\n\n", " ", "  ", "    ", "\t", "#", "## ", "# h", ">", "> ", "-", "- ", "--", "---", "***", "* ",
    "+ ", "_", "___", "1. ", "2) ", "10.", "`", "```", "```bash", "~~~", "<div>", "</div>", "<!--", "-->",
    "<pre>", "[a]: /u", "[a]", "|", "| a | b |", "|---|---|", "|:-|", "=", "===", "text", "Redis", "é", ":",
    "\r\n", "\r", "\0",
])


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_BLOCK_PIECES, max_size=40).map("".join))
def test_block_parser_gives_markdown_its_tokens_on_random_documents(text: str) -> None:
    _same_block_tokens(text, _stock_block_parser())


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet=" \t\nab-=|>\u00a0\x0b", max_size=60))
def test_line_markers_are_markdown_its(text: str) -> None:
    """``_line_markers`` makes the block state's line caches as ``StateBlock.__init__`` does
    (tabs, blank last lines, lines of other white space)."""
    from markdown_it.rules_block.state_block import StateBlock

    stock = StateBlock(text, frontend._parser(), {}, [])
    assert frontend._line_markers(text) == (stock.bMarks, stock.eMarks, stock.tShift, stock.sCount, stock.bsCount)


def test_line_markers_stay_out_of_a_markdown_it_that_makes_other_ones(monkeypatch) -> None:
    """The parser uses ``_line_markers`` only where they are markdown-it's on the samples."""
    from markdown_it.rules_block.state_block import StateBlock

    assert frontend._line_markers_match(StateBlock)
    monkeypatch.setattr(frontend, "_MARKER_SAMPLES", frontend._MARKER_SAMPLES + ("a\n\n",))
    monkeypatch.setattr(frontend, "_line_markers", lambda src: ([], [], [], [], []))
    assert not frontend._line_markers_match(StateBlock)


def test_a_model_holds_no_reference_cycles() -> None:
    """A dropped model is freed at once by reference counting, not left to the cyclic
    garbage collector (which is what made a docs pass look cheaper than it was)."""
    import gc

    text = "\n\n".join(p.read_text(encoding="utf-8", errors="replace") for p in _markdown_files())

    def use() -> None:
        source = decode(Path("doc.md"), text.encode(), "markdown")
        model = frontend.parse(source)
        frontend.facts(model)
        assert model.units and model.headings is not None
        [fence.commands for fence in model.fences]

    use()  # imports and caches first
    gc.collect()
    enabled = gc.isenabled()
    gc.disable()
    try:
        use()
        assert gc.collect() == 0
    finally:
        if enabled:
            gc.enable()


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(["_", "__", "___", "{", "{{", "}}", "@", "A", "Z9", "a", "\n", " ", "é"]),
                max_size=30).map("".join))
def test_default_placeholders_found_as_the_full_scan_finds_them(text: str) -> None:
    """``facts`` tries the default placeholder pattern only where ``__``, ``{{`` or ``@``
    starts; the matches are those of a scan of every position."""
    import re

    from sumlint.config import DEFAULT_PLACEHOLDERS

    pattern = re.compile("|".join(DEFAULT_PLACEHOLDERS))
    assert [(m.start(), m.group()) for m in frontend._default_placeholders(text, pattern)] \
        == [(m.start(), m.group()) for m in pattern.finditer(text)]


def test_plain_token_construction_stays_out_of_a_markdown_it_of_another_shape(monkeypatch) -> None:
    """On a markdown-it whose Token has other fields than the ones ``push`` sets, the block
    parser keeps markdown-it's own ``parse`` (and its tokens)."""
    parser = _stock_block_parser()
    stock = parser.block.parse
    monkeypatch.setattr(frontend, "_TOKEN_FIELDS", frontend._TOKEN_FIELDS | {"a_field_of_a_later_version"})
    frontend._plain_token_construction(parser.block)
    assert parser.block.parse == stock
    monkeypatch.undo()
    frontend._plain_token_construction(parser.block)
    assert parser.block.parse != stock
    text = "# Title\n\n- a\n- b\n\n> quote\n\n| a | b |\n|---|---|\n| c | d |\n"
    assert ([[getattr(t, f) for f in _BLOCK_FIELDS] for t in parser.parse(text, {})]
            == [[getattr(t, f) for f in _BLOCK_FIELDS] for t in _stock_block_parser().parse(text, {})])


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="\r\n\0a ", max_size=30))
def test_block_parser_normalizes_as_markdown_it(text: str) -> None:
    """``_normalize`` replaces markdown-it's core rule in the block parser only; it turns CR LF,
    lone CR and NUL into what markdown-it's regexes make of them."""
    from markdown_it.rules_core.normalize import normalize
    from markdown_it.rules_core.state_core import StateCore

    ours = StateCore(text, frontend._block_parser(), {})
    stock = StateCore(text, frontend._block_parser(), {})
    frontend._normalize(ours)
    normalize(stock)
    assert ours.src == stock.src
    assert any(rule.fn is frontend._normalize for rule in frontend._block_parser().core.ruler.__rules__)
    assert not any(rule.fn is frontend._normalize for rule in frontend._parser().core.ruler.__rules__)


def test_only_markdown_its_table_and_lheading_are_guarded() -> None:
    """``_guarded`` wraps markdown-it's own ``table`` and ``lheading`` (the tokens stay the same:
    the tests above); any other rule, a plugin's included, is called as it is."""
    from markdown_it.rules_block import lheading, paragraph, table

    codes = frontend._lookahead_rule_codes()
    assert frontend._guarded(table, codes) is not table
    assert frontend._guarded(lheading, codes) is not lheading
    assert frontend._guarded(paragraph, codes) is paragraph

    def plugin_rule(state, line, end, silent):
        return False

    assert frontend._guarded(plugin_rule, codes) is plugin_rule
