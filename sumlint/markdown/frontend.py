"""Front-end for markdown runbooks: prose units with exact positions, fenced blocks routed.

``parse(source, ctx)`` reads the file with markdown-it-py (CommonMark, GFM tables and
strikethrough, YAML front matter) and builds a ``sumlint.markdown.model.Document``:

* prose units: the sentences of paragraphs, list items and blockquotes, each heading,
  each table row (one unit whose cells are related: ``| Redis | optional |``) and each
  comment line inside a code block, with a ``TextMap`` to the exact line and column of
  every character (through emphasis, links, code spans, soft breaks, list and blockquote
  markers, table cells);
* fenced code blocks (``Fence``), routed by info string to other kinds as
  ``kinds.EmbeddedBlock`` with an exact ``line_map`` (indented fences and stripped console
  prompts included): ``bash sh shell zsh console …`` -> ``shell``; ``systemd unit service``
  and any block with a ``[Unit]``/``[Service]``/… section line -> ``systemd``; ``env
  dotenv`` and untagged blocks made only of ``KEY=value`` lines -> ``env``; untagged blocks
  (fenced or indented) whose every line is a command or a console transcript -> ``shell``. A
  ``title=<file>`` in the info string routes by file name like a real file. An ``ini``
  block without a unit section (``[pytest]``) is not a unit and stays unrouted, nor is a
  Podman Quadlet file (a ``[Container]``, ``[Volume]``… section: podman's generator writes the
  unit from it).
* problems: a fence that is never closed (SUM001; the rest of the file was read as code).
* MkDocs (Python-Markdown) admonitions and content tabs (``!!! note "Title"``, ``??? tip``,
  ``=== "Ubuntu"``) whose body is indented by four spaces: CommonMark reads such a body as
  an indented code block, so its prose and its fenced blocks would go unread. ``_containers``
  turns the body into a blockquote before parsing by putting a ``>`` in place of one of its
  leading spaces (no character moves, so every position stays exact); its sentences are
  then blockquote units and its fences are routed as anywhere else.

Facts (``facts(model, ctx)``)
-----------------------------
::

    {"placeholders": [["__SITE_SLUG__", SPAN], ...],   # anywhere in the file
     "units":    [["redis-server.service", SPAN], ...],  # unit names in prose/code spans
     "urls":     [["redis://localhost:6379/0", SPAN], ...],  # URLs outside code blocks
     "headings": [["Install Redis", SPAN], ...],
     "fences":   [{"lang": "bash", "kind": "shell", "span": SPAN, "end_line": 14}, ...],
     "packages_installed": [["redis-server", SPAN], ...],  # apt/dnf/yum install in shell blocks
     "runbook":  true}                                    # see sumlint.markdown.runbook

Spans are ``[line, column, end_line, end_column]`` in the markdown file.
"""

from __future__ import annotations

import bisect
import html
import re
from typing import Any

from sumlint.diagnostics import Span
from sumlint.kinds import URL_PLACEHOLDER, EmbeddedBlock, ParseProblem
from sumlint.lazyre import literal
from sumlint.markdown.model import (Command, Deferred, Document, Fence, Heading, ProseUnit,
                                    MAX_SENTENCE, QuoteTracker, TextMap, cap_ranges, short_question,
                                    split_sentences)

COMMENT = "html"

SHELL_LANGS = {"bash", "sh", "shell", "zsh", "ksh", "dash", "console", "shell-session",
               "shellsession", "sh-session", "bash-session", "terminal", "shellscript"}
CONSOLE_LANGS = {"console", "shell-session", "shellsession", "sh-session", "bash-session",
                 "terminal"}
SYSTEMD_LANGS = {"systemd", "unit", "service"}
INI_LANGS = {"ini", "conf", "cfg", "cnf", "dosini"}
ENV_LANGS = {"env", "dotenv", ".env"}
# a parenthesised hedge on a line of a plain-text or env block ("Redis (optional, for caching)")
_PLAIN_HEDGE_RE = re.compile(r"\(\s*(?:optional|optionally|recommended|suggested|opcional|optionnel|opsiyonel|opsional"
                             r"|facultati|opzional|optioneel|opcjonal|isteğe|可选|任意|オプション|if\b|only\b|not required)",
                             re.IGNORECASE)
# a line of a plain-text block that says "optional" as a label or a predicate ("Optional: Redis
# for caching", "* Redis is optional - …", "Redis — optional")
_PLAIN_OPTIONAL_RE = re.compile(r"^[^\w\n]*optional(?:[ \t]+\w+){0,2}[ \t]*:|\bis optional\b|[-–—:]\s*optional\b",
                                re.IGNORECASE | re.MULTILINE)
# A setting left in a comment, with a note after it: "# - REDIS_URL=redis://… # optional".
_COMMENTED_SETTING_RE = re.compile(r"(?:- |export )?[A-Za-z_][A-Za-z0-9_.]*[=:]\S")
# a heading's attribute list at its end (MkDocs attr_list, Pandoc, kramdown): "## Deploy {#deploy}",
# "### Setup {: #setup .note}"; it is markup, not words of the heading
# (matched from the last "{" only: a search over every start was quadratic on a long run of blanks)
_HEADING_ATTRS_RE = re.compile(r"\{:?[ \t]*[#.][^{}\n]*\}")
_SETTING_LINE_RE = re.compile(r"(?:export\s+)?[A-Za-z_][A-Za-z0-9_.]*=\S*")
NEUTRAL_LANGS = {"", "text", "txt", "plain", "plaintext", "none", "output"}
PLAIN_LANGS = NEUTRAL_LANGS - {"output"}
# Languages whose comment lines start with "//" (a comment there is prose too).
SLASH_LANGS = {"js", "javascript", "jsx", "ts", "typescript", "tsx", "go", "golang", "java", "c",
               "cpp", "c++", "cs", "csharp", "c#", "rust", "rs", "kotlin", "kt", "swift", "php",
               "scala", "jsonc", "json5", "groovy", "dart"}
# Languages whose "#" comments may also follow code on a line ("enabled: false  # …").
_TRAILING_HASH_LANGS = {"yaml", "yml", "toml", "python", "py", "ruby", "rb", "powershell", "ps1",
                        "pwsh", "hcl", "terraform", "tf", "dockerfile"}
COMMENT_LANGS = SHELL_LANGS | SYSTEMD_LANGS | INI_LANGS | ENV_LANGS | NEUTRAL_LANGS | SLASH_LANGS | {
    "python", "py", "yaml", "yml", "toml", "dockerfile", "nginx", "properties", "caddyfile",
    "powershell", "ps1", "pwsh", "ps", "ruby", "rb", "hcl", "terraform", "tf", "makefile", "make",
    "haproxy", "apache", "apacheconf", "r", "perl", "pl", "elixir", "ex", "exs", "nix", "crystal",
    "procfile"}  # (all with "#" comments; not "conf" nor "redis": a redis.conf's own comments are its manual)

_QUADLET_SECTION_RE = re.compile(r"^[ \t]*\[(?:Container|Volume|Network|Kube|Pod|Image|Build)\][ \t]*$", re.MULTILINE)
UNIT_SECTION_RE = re.compile(  # [ \t]: \s would cross lines (quadratic on blank lines)
    r"^[ \t]*\[(?:Unit|Service|Install|Socket|Timer|Path|Mount|Automount|Swap|Slice|Scope)\][ \t]*$",
    re.MULTILINE)
ENV_LINE_RE = re.compile(r"^\s*(?:export\s+)?[A-Za-z_][A-Za-z0-9_]*=")
PROMPT_RE = re.compile(r"^(?:[\w.-]+@[\w.-]+(?::[^\s$#]*)?\s?)?([$#%])(?: |$)")
TITLE_RE = re.compile(r"""(?:title|filename|file)=(?:"([^"]*)"|'([^']*)'|(\S+))""")
URL_RE = re.compile(r"(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]*://(?:[^\s'\"<>`)\]|]|" + URL_PLACEHOLDER + ")+")
UNIT_NAME_RE = re.compile(
    r"(?<![\w@.-])[A-Za-z0-9_][\w@:.\\-]*\.(?:service|socket|timer|target|path|mount)\b(?![\w-])")
_UNIT_ANCHOR_RE = re.compile(r"\.(?:service|socket|timer|target|path|mount)\b")
_URL_ANCHOR_RE = re.compile(r"://")
# Commands a ``# `` console prompt can start (otherwise ``# text`` is a comment).
PROMPT_COMMANDS = {
    "sudo", "apt", "apt-get", "dnf", "yum", "systemctl", "journalctl", "service", "redis-cli",
    "curl", "wget", "cd", "ls", "cat", "cp", "mv", "rm", "ln", "mkdir", "chown", "chmod",
    "echo", "export", "source", "git", "pip", "pip3", "python", "python3", "useradd",
    "adduser", "su", "nano", "vi", "vim", "tail", "less", "grep", "ufw", "nginx", "certbot",
    "psql", "createdb", "createuser", "docker", "make", "bash", "sh", "install", "tee",
    "touch", "id", "whoami", "uname", "ps", "kill", "ss", "netstat", "ping", "env",
}

_md = None
_block_md = None
_mdx_md = None


def _parser():
    """markdown-it-py: CommonMark, GFM tables and strikethrough, YAML front matter."""
    global _md
    if _md is None:
        from markdown_it import MarkdownIt
        from mdit_py_plugins.front_matter import front_matter_plugin

        _md = (MarkdownIt("commonmark", {"html": True})
               .enable(["table", "strikethrough"]).use(front_matter_plugin))
    return _md


# A JSX element's tag on lines of its own in MDX: "<Card title="Redis (optional)">",
# "</Steps>", "<Frame>", "<Tab value="docker" />" (a capitalised component, or a lower-case tag
# MDX also reads as JSX); the tag may run over lines of attributes up to its ">".
_JSX_OPEN_RE = re.compile(r"</?[A-Za-z][\w.:-]*(?=[\s/>]|$)")
_JSX_LINES = 12  # a tag's attributes over more lines than this: left as markdown-it reads it


def _jsx_line(state, start: int, end: int, silent: bool) -> bool:
    """MDX: a JSX tag alone on its line(s) is a block of its own, and the markdown between an
    opening and a closing tag is markdown ("<Frame>" then a fenced block then "</Frame>"),
    where CommonMark would take everything up to the next blank line as one HTML block."""
    pos = state.bMarks[start] + state.tShift[start]
    src = state.src
    if pos >= len(src) or src[pos] != "<" or _JSX_OPEN_RE.match(src, pos) is None:
        return False
    last = start
    while True:
        text = src[pos:state.eMarks[last]].rstrip()
        if text.endswith(">"):
            break
        last += 1
        if last >= end or last - start >= _JSX_LINES or state.isEmpty(last):
            return False
        pos = state.bMarks[last] + state.tShift[last]
    first = src[state.bMarks[start] + state.tShift[start]:state.eMarks[start]]
    if last == start and first.count("<") != 1 and not first.rstrip().endswith("/>"):
        return False  # "<b>Redis</b> is optional": inline markup opens a paragraph
    if silent:
        return True
    state.line = last + 1
    token = state.push("html_block", "", 0)
    token.map = [start, last + 1]
    token.content = state.getLines(start, last + 1, state.blkIndent, True)
    return True


def _block_parser(mdx: bool = False):
    """The same parser without the core ``inline`` rule: inline content is parsed lazily,
    only for the blocks a rule asks about (``_inline``). For MDX (``*.mdx``: Docusaurus,
    Mintlify, Nextra), without indented code blocks, as MDX reads them: the indented body of
    ``<Card title="…">`` or ``<Step>`` is prose there, not code."""
    global _block_md, _mdx_md
    md = _mdx_md if mdx else _block_md
    if md is None:
        from markdown_it import MarkdownIt
        from mdit_py_plugins.front_matter import front_matter_plugin

        md = (MarkdownIt("commonmark", {"html": True})
              .enable(["table", "strikethrough"]).use(front_matter_plugin))
        md.disable(["inline", "text_join"] + (["code"] if mdx else []))
        if mdx:
            md.block.ruler.before("html_block", "mdx_jsx_line", _jsx_line,
                                  {"alt": ["paragraph", "reference", "blockquote", "list"]})
        _plain_normalize(md.core.ruler)
        _without_debug_logging(md.block.ruler)
        _dispatch_by_first_character(md.block.ruler)
        _plain_token_construction(md.block)
        if mdx:
            _mdx_md = md
        else:
            _block_md = md
    return md


def _normalize(state) -> None:
    """markdown-it's ``normalize`` core rule, with the same result, without its regexes.
    Its substitution of every line ending by a newline rebuilds the whole text, one match
    per line, even when nothing changes (0.2 ms of a 400-line file, 4% of its bare parse);
    here a text without CR and NUL characters is left as it is."""
    src = state.src
    if "\r" in src:
        src = src.replace("\r\n", "\n").replace("\r", "\n")
    if "\0" in src:
        src = src.replace("\0", "\ufffd")
    state.src = src


def _plain_normalize(ruler) -> None:
    """Use ``_normalize`` for this parser instance's core rule (when it is markdown-it's own,
    on any surprise from another version the rule stays as it is)."""
    try:
        from markdown_it.rules_core import normalize

        if any(rule.name == "normalize" and rule.fn is normalize for rule in ruler.__rules__):
            ruler.at("normalize", _normalize)
    except Exception:  # another markdown-it: its rule as it is
        return


# The fields of markdown-it's Token that ``_plain_token_construction`` sets.
_TOKEN_FIELDS = frozenset({"type", "tag", "nesting", "attrs", "map", "level", "children", "content", "markup",
                           "info", "meta", "block", "hidden"})


def _plain_token_construction(parser_block) -> None:
    """Build this parser's block tokens without the dataclass machinery.

    ``StateBlock.push`` makes each token with ``Token(type, tag, nesting)``: the generated
    ``__init__`` calls two default factories and ``__post_init__`` (which converts ``attrs``
    given as a list), 0.6 µs a token, about 650 tokens for a 400-line file. Here ``push``
    makes the same Token (same class, same field values) by setting its slots: 0.3 µs. Only
    this parser instance's ``block.parse`` uses it (a ``StateBlock`` subclass); the tokens
    are compared with the stock parser's in ``tests/test_docs_inline_fastpath.py``. On any
    surprise (a Token with other fields, a ``push`` or ``parse`` of another shape) markdown-it
    stays as it is."""
    import dataclasses
    import inspect

    try:
        from markdown_it.parser_block import ParserBlock
        from markdown_it.rules_block.state_block import StateBlock
        from markdown_it.token import Token

        if {f.name for f in dataclasses.fields(Token)} != _TOKEN_FIELDS \
                or list(inspect.signature(StateBlock.push).parameters) != ["self", "ttype", "tag", "nesting"] \
                or list(inspect.signature(ParserBlock.parse).parameters) != ["self", "src", "md", "env", "outTokens"]:
            return
        new = Token.__new__

        class _State(StateBlock):
            __slots__ = ()

            def push(self, ttype, tag, nesting):
                token = new(Token)
                token.type = ttype
                token.tag = tag
                token.nesting = nesting
                token.attrs = {}
                token.map = None
                token.children = None
                token.content = token.markup = token.info = ""
                token.meta = {}
                token.block = True
                token.hidden = False
                if nesting < 0:
                    self.level -= 1  # closing tag
                token.level = self.level
                if nesting > 0:
                    self.level += 1  # opening tag
                self.tokens.append(token)
                return token

        if _line_markers_match(StateBlock):
            def __init__(self, src, md, env, tokens):
                StateBlock.__init__(self, "", md, env, tokens)  # (every other field, as markdown-it sets it)
                self.src = src
                self.bMarks, self.eMarks, self.tShift, self.sCount, self.bsCount = _line_markers(src)
                self.lineMax = len(self.bMarks) - 1

            _State.__init__ = __init__

        def parse(src, md, env, outTokens):
            if not src:
                return None
            state = _State(src, md, env, outTokens)
            parser_block.tokenize(state, state.line, state.lineMax)
            return state.tokens

        parser_block.parse = parse
    except Exception:  # another markdown-it: its parse as it is
        return


def _line_markers(src: str) -> tuple[list[int], list[int], list[int], list[int], list[int]]:
    """markdown-it's per-line caches of a block state (``bMarks``, ``eMarks``, ``tShift``,
    ``sCount``, ``bsCount``, with the fake entry after the last line), made with list
    operations (``split``, ``accumulate``, ``map``, one search for indented lines) instead of a
    Python loop with five appends per line:
    0.2 ms of a 400-line file in ``StateBlock.__init__``, about a twentieth of the bare parse.
    Indents count spaces and tabs only (markdown-it's ``isStrSpace``), tabs expanded to the
    next multiple of four in ``sCount``. A last line without a newline that is empty or only
    spaces and tabs gets no entry, as in markdown-it."""
    from bisect import bisect_left
    from itertools import accumulate, repeat
    from operator import add

    lines = src.split("\n")
    if not lines[-1].strip(" \t"):
        lines.pop()
    lengths = list(map(len, lines))
    starts = list(accumulate(map(add, lengths, repeat(1)), initial=0))
    starts[-1] = len(src)  # (the fake entry)
    ends = list(map(add, starts, lengths))
    ends.append(len(src))
    shifts = [0] * len(starts)
    counts = None
    for m in _INDENT_RE.finditer("\n" + src):  # (most lines start at their first column)
        index = bisect_left(starts, m.start())  # (the line starts one after the newline, at m.start() in src)
        if index < len(lines) and starts[index] == m.start():
            indent = m.group(1)
            shifts[index] = len(indent)
            if "\t" in indent:
                if counts is None:
                    counts = shifts[:]
                counts[index] = _expanded(indent)
            elif counts is not None:
                counts[index] = shifts[index]
    return starts, ends, shifts, shifts[:] if counts is None else counts, [0] * len(starts)


_INDENT_RE = re.compile(r"\n([ \t]+)")  # (a literal first: searched fast, unlike ``^`` in MULTILINE mode)


def _expanded(indent: str) -> int:
    """The width of spaces and tabs, tabs to the next multiple of four (markdown-it's ``offset``)."""
    width = 0
    for ch in indent:
        width += 4 - width % 4 if ch == "\t" else 1
    return width


# Texts whose block-state caches ``_line_markers`` must make as markdown-it makes them before
# it replaces markdown-it's own scan (on any difference from another version, it does not).
_MARKER_SAMPLES = ("", "\n", "a", "a\n", "  ", "a\n  ", "a\n\t", "\n\n x\n", " \t a\n\t\tb\n \t\n\tc",
                   "# h\n\n- x\n    y\n\t z", "\u00a0a\n\x0bb\n", "a\n\n\n")


def _line_markers_match(state_block) -> bool:
    try:
        for text in _MARKER_SAMPLES:
            stock = state_block(text, _parser(), {}, [])
            if (stock.bMarks, stock.eMarks, stock.tShift, stock.sCount, stock.bsCount) != _line_markers(text) \
                    or stock.lineMax != len(stock.bMarks) - 1:
                return False
        return True
    except Exception:  # another markdown-it: its scan as it is
        return False


class _NoLog:
    """Stands in for a rule module's ``LOGGER`` (see ``_without_debug_logging``)."""

    __slots__ = ()

    def debug(self, *args, **kwargs) -> None:
        return None


def _without_debug_logging(ruler) -> None:
    """Give this parser's block rules a logger that does nothing.

    markdown-it's block rules call ``LOGGER.debug(...)`` on entry, about 1,500 times for a
    400-line file: 0.17 ms of its 2 ms block parse. Each rule of *this* parser instance gets
    a copy of its function whose globals hold a no-op ``LOGGER`` (the functions shared with
    every other MarkdownIt instance are untouched, so is the output). Skipped when debug
    logging of markdown-it is on, and on any surprise from another markdown-it version."""
    import logging
    import types

    if logging.getLogger("markdown_it").isEnabledFor(logging.DEBUG):
        return
    try:
        quiet = _NoLog()
        for rule in ruler.__rules__:
            fn = rule.fn
            if not isinstance(fn, types.FunctionType) or "LOGGER" not in fn.__globals__:
                continue
            clone = types.FunctionType(fn.__code__, {**fn.__globals__, "LOGGER": quiet},
                                       fn.__name__, fn.__defaults__, fn.__closure__)
            clone.__kwdefaults__ = fn.__kwdefaults__
            rule.fn = clone
        ruler.__cache__ = None
    except Exception:  # another markdown-it: its rules as they are
        return


# The first character each of markdown-it's block rules needs on its start line; a rule
# given any other character returns False at once, before it changes anything.
_FIRST_CHARACTER = {
    "fence": "`~",
    "blockquote": ">",
    "hr": "*-_",
    "list": "*-+0123456789",
    "reference": "[",
    "html_block": "<",
    "heading": "#",
}


def _stock_rule_codes() -> dict:
    """The code objects of the stock rules the dispatcher may leave out: those
    ``_FIRST_CHARACTER`` describes, ``code`` and the front-matter plugin's rule."""
    from markdown_it.rules_block import blockquote, code, fence, heading, hr, html_block, list_block, reference
    from mdit_py_plugins.front_matter.index import _front_matter_rule

    return {"fence": fence.__code__, "blockquote": blockquote.__code__, "hr": hr.__code__,
            "list": list_block.__code__, "reference": reference.__code__,
            "html_block": html_block.__code__, "heading": heading.__code__, "code": code.__code__,
            "front_matter": _front_matter_rule.__code__}


def _lookahead_rule_codes() -> dict:
    """The code objects of the stock rules that ``_guarded`` may skip: ``table`` and ``lheading``."""
    from markdown_it.rules_block import lheading, table

    return {table.__code__: "table", lheading.__code__: "lheading"}


# The first characters of a setext underline ("-", "=") and of a line that one of markdown-it's
# own paragraph terminators may start on (fence, blockquote, hr, list, html_block, heading; a
# table's delimiter row "|", "-", ":"): on any other first character a line neither ends the
# paragraph nor underlines it.
_UNDERLINE_OR_TERMINATOR = frozenset("-=`~>*_+<#|:0123456789")


def _guarded(fn, lookahead: dict):
    """``fn``, or for markdown-it's own ``table`` and ``lheading`` a guard that calls it only
    when the lines after the start line can make it match.

    Both are tried on every paragraph line (``table`` also as a paragraph's terminator), and
    both need a later line of a certain shape: ``table`` a next line that starts with ``|``,
    ``-`` or ``:``; ``lheading`` a line up to the next empty one that starts with ``-`` or
    ``=`` (its underline). Without one they return False, ``lheading`` after its own scan of
    the paragraph, which calls every terminator rule on each of its lines, and after setting
    ``parentType`` to "paragraph" (which it does not restore when it finds no underline: the
    guard does the same). The ``lheading`` guard hands over to the rule at the first line that
    could be an underline or end the paragraph (``_UNDERLINE_OR_TERMINATOR``), so it never
    scans past where the rule stops (a document of short paragraphs ended by HTML comments and
    no empty line was quadratic). The tokens are markdown-it's (``tests/test_docs_inline_fastpath.py``)."""
    which = lookahead.get(getattr(fn, "__code__", None))
    if which == "table":
        def table(state, line, end, silent):
            after = line + 1
            if after >= end:
                return False
            pos = state.bMarks[after] + state.tShift[after]
            if pos >= state.eMarks[after] or state.src[pos] not in "|-:":
                return False
            return fn(state, line, end, silent)
        return table
    if which == "lheading":
        def lheading(state, line, end, silent):
            src, starts, shifts, ends = state.src, state.bMarks, state.tShift, state.eMarks
            after = line + 1
            while after < end:
                pos = starts[after] + shifts[after]
                if pos >= ends[after]:
                    break  # an empty line ends the paragraph
                if src[pos] in _UNDERLINE_OR_TERMINATOR:
                    # an underline, or a line that may end the paragraph (where lheading stops
                    # looking): lheading itself decides
                    return fn(state, line, end, silent)
                after += 1
            if not state.is_code_block(line):
                state.parentType = "paragraph"
            return False
        return lheading
    return fn


def _dispatch_by_first_character(ruler) -> None:
    """Call only the block rules that can start on a line's first character.

    markdown-it tries every block rule on every block start, and every paragraph rule
    (fence, blockquote, hr, list, html_block, heading, table) on every line of a paragraph
    to see whether it ends there: about 1,500 calls for a 400-line file, most of which
    read the first character and return False. Each chain of this parser instance becomes
    one function that picks, by that character, the rules that may match, in their order.
    The rules it leaves out are those ``_FIRST_CHARACTER`` names whose code is markdown-it's
    own (a rule replaced by a plugin is always called), ``code`` when the line is not
    indented as code, and ``front_matter`` after line 0. On an empty line, line 0 and an
    indented line every rule is called, as before. The tokens are the same
    (``tests/test_docs_inline_fastpath.py`` compares them with the stock parser's); on any
    surprise from another markdown-it version the chains stay as they are. The chains are
    built once: this parser instance's rules are never enabled or disabled afterwards."""
    try:
        stock = _stock_rule_codes()
        lookahead = _lookahead_rule_codes()
        names = {rule.fn: rule.name for rule in ruler.__rules__}
        original = ruler.getRules
        known = set(stock.values()) | set(lookahead)
        if any(getattr(fn, "__code__", None) not in known for fn in original("paragraph")):
            # (a plugin's paragraph terminator may start on any character: lheading stays as it is)
            lookahead = {code: which for code, which in lookahead.items() if which != "lheading"}
        chains: dict = {}

        def dispatcher(rules: list):
            rules = [_guarded(fn, lookahead) for fn in rules]

            def keep(fn, ch: str) -> bool:
                name = names.get(fn)
                if getattr(fn, "__code__", None) is not stock.get(name):
                    return True  # (a rule of a plugin, or one replaced by a plugin)
                if name == "code" or name == "front_matter":
                    return False  # (the line is not indented as code, and is not line 0)
                return ch in _FIRST_CHARACTER[name]

            by_char: dict = {}

            def run(state, line, end, silent):
                pos = state.bMarks[line] + state.tShift[line]
                if line == 0 or pos >= state.eMarks[line] or state.is_code_block(line):
                    chosen = rules
                else:
                    ch = state.src[pos]
                    chosen = by_char.get(ch)
                    if chosen is None:
                        chosen = by_char[ch] = [fn for fn in rules if keep(fn, ch)]
                for fn in chosen:
                    if fn(state, line, end, silent):
                        return True
                return False
            return run

        def get_rules(chain: str = "") -> list:
            found = chains.get(chain)
            if found is None:
                found = chains[chain] = [dispatcher(list(original(chain)))]
            return found

        ruler.getRules = get_rules
    except Exception:  # another markdown-it: its chains as they are
        return


def _inline(token, env) -> list:
    """The inline children of an ``inline`` token, parsed on first use."""
    if token.children is None or getattr(token, "meta", {}).get("_sumlint_parsed") is None:
        md = _block_parser()
        children: list = []
        md.inline.parse(token.content, md, env, children)
        token.children = children
        token.meta = {**(token.meta or {}), "_sumlint_parsed": True}
    return token.children


# -- parse -----------------------------------------------------------------------------

def parse(source, ctx=None) -> Document:
    doc = Document(source=source)
    if "```" in source.text or "~~~" in source.text or "    " in source.text:
        from sumlint.shell.model import open_bank

        open_bank(str(getattr(ctx, "path", None) or source.path), len(source.text))  # for its shell blocks
    try:
        text = source.text
        if "\r" in text:  # a lone CR: markdown-it breaks the line there, the file does not
            text = text.replace("\r", " ")
        # (a character first: a search for an absent "!!!" costs 10 µs over a runbook, one for "!" a
        # fiftieth of that; a tabbed container needs a quoted title: `=== "Ubuntu"`)
        if "!" in text and "!!!" in text or "?" in text and "???" in text or '"' in text and "===" in text:
            text = _containers(text)
        if "](" in text and ("{{" in text or "{%" in text):
            text = _LIQUID_DEST_RE.sub(_unspaced, text)
        env: dict = {}
        tokens = _block_parser(source.path.suffix.lower() == ".mdx").parse(text, env)
    except Exception as err:  # markdown-it never should; a bug there must not crash us
        doc.problems.append(ParseProblem(Span(1, 1, 1, 2), f"markdown parser failed: {err}"))
        return doc
    builder = _Builder(doc, source.lines, ctx, env)
    builder.walk(tokens)
    # The model's deferred builds refer to the builder; without a reference back to the model
    # there is no cycle, so a model (and its tokens) is freed as soon as it is dropped rather
    # than by the cyclic garbage collector (which then had thousands of objects per file).
    builder.doc = None
    return doc


# a link whose destination opens with a Jekyll or Liquid tag, "[Redis]({{ page.baseurl }}/redis.html)",
# "[Redis]({% link redis.md %})": CommonMark reads no link where the destination has spaces, so the
# tag's spaces become "_" for the parse (the same length: every position stays), and the link's text
# is read as in any other link (hundred-and-eleventh session)
_LIQUID_DEST_RE = re.compile(r"\]\((?:\{\{[^{}()\n]{0,80}\}\}|\{%[^{}()\n]{0,80}%\})")


def _unspaced(m: re.Match) -> str:
    return m.group().replace(" ", "_")


# "!!! note", "!!! warning "Title"", "???+ tip", "=== "Ubuntu"": a container whose body follows,
# indented by four more columns (MkDocs admonitions, pymdownx details and tabbed)
_CONTAINER_RE = re.compile(r'^([ >]*)(?:(?:!!!|\?\?\?\+?)[ \t]+[\w-]+(?:[ \t].*)?|===\+?[ \t]+"[^"\n]*"[ \t]*)$')
_FENCE_OPEN_RE = re.compile(r"^[ >]*(`{3,}|~{3,})")
_CONTAINER_DEPTH = 8  # containers nested deeper are left as markdown-it reads them (MkDocs docs nest two or three)
_ANY_CONTAINER_RE = re.compile(r'^[ >]*(?:!!!|\?\?\?|===\+?[ \t]+")', re.MULTILINE)


def _containers(text: str) -> str:
    """The text with each container's body made a blockquote: in every line of the body the
    column where the container starts gets a ``>`` in place of its space, so markdown-it reads
    the body as markdown. The lines keep their lengths and number, and a body's blank line
    becomes ``>`` only where the body goes on after it (so a fence in the body stays in one
    blockquote)."""
    if _ANY_CONTAINER_RE.search(text) is None:
        return text  # (a setext heading's "===", "!!!" in a sentence)
    lines = text.split("\n")
    # Each line's indent (spaces and quote marks) and whether it is blank: the same before and
    # after a ">" takes a space's place, so they are measured once (a body is scanned once per
    # container it is in, and containers nest at most _CONTAINER_DEPTH deep).
    indents = [len(line) - len(line.lstrip(" >")) for line in lines]
    blank = [not line.strip(" >\t") for line in lines]
    fence = ""  # the marker of the fenced block the scan is in (a container shown as code is none)
    k = 0
    while k < len(lines):
        line = lines[k]
        if fence:
            stripped = line.lstrip(" >")
            if stripped.startswith(fence) and not stripped.strip(fence[0]).strip():
                fence = ""
            k += 1
            continue
        opened = _FENCE_OPEN_RE.match(line)
        if opened is not None:
            fence = opened.group(1)
            k += 1
            continue
        match = _CONTAINER_RE.match(line) if "!!!" in line or "???" in line or "===" in line else None
        if match is None:
            k += 1
            continue
        column = len(match.group(1))
        if column >= 4 and ">" not in match.group(1) or column >= 4 * _CONTAINER_DEPTH:
            k += 1  # (four spaces in: an indented code block that shows the syntax, or a list's)
            continue
        inner = column + 4
        end = k + 1  # the body: lines indented past the container's column, and blank lines within
        last = k
        while end < len(lines):
            if blank[end]:
                end += 1
                continue
            if indents[end] < inner or "\t" in lines[end][:inner]:
                break
            last = end
            end += 1
        for n in range(k + 1, last + 1):
            body = lines[n]
            if len(body) > column and body[column] == " ":
                lines[n] = body[:column] + ">" + body[column + 1:]
            elif blank[n]:
                lines[n] = body[:column].ljust(column) + ">" if len(body) <= column else body
        k += 1  # (a container inside the body is found the same way, one column set further in)
    return "\n".join(lines)


class _Builder:
    def __init__(self, doc: Document, lines: list[str], ctx, env: dict | None = None) -> None:
        self.doc = doc
        self.lines = lines
        self.ctx = ctx
        self.env = env if env is not None else {}
        self.section = -1
        self.block = 0

    def walk(self, tokens) -> None:
        # markdown-it's block tokens are balanced: open/close counters say what encloses a
        # token (no stack of tags).
        lists = quotes = theads = 0
        row: list[Any] | None = None
        row_header = False
        header: list[str] = []
        table: list[int] | None = None
        heading_level = 0
        paragraph = self._paragraph
        for token in tokens:
            kind = token.type
            if kind == "inline":
                if row is not None:
                    row.append(token)
                elif heading_level:
                    self._heading(token, heading_level)
                else:
                    paragraph(token, lists > 0, quotes > 0)
                continue
            nesting = token.nesting
            if nesting == 1:
                if kind == "paragraph_open":
                    continue
                if kind == "list_item_open":
                    lists += 1
                elif kind == "blockquote_open":
                    quotes += 1
                elif kind == "heading_open":
                    heading_level = int(token.tag[1:]) if token.tag[1:].isdigit() else 1
                elif kind == "tr_open":
                    row = []
                    row_header = theads > 0
                    row_line = token.map[0] if token.map else None
                elif kind == "thead_open":
                    theads += 1
                elif kind == "table_open":
                    table, header = [], []
            elif nesting == -1:
                if kind == "paragraph_close":
                    continue
                if kind == "list_item_close":
                    lists -= 1
                elif kind == "blockquote_close":
                    quotes -= 1
                elif kind == "heading_close":
                    heading_level = 0
                elif kind == "tr_close" and row is not None:
                    if row_header:
                        header = [cell.content.strip() for cell in row]
                    self._row_deferred(row, row_header, list(header), row_line)
                    if table is not None:
                        table.append(self.doc.entries[-1])
                    row = None
                elif kind == "thead_close":
                    theads -= 1
                elif kind == "table_close":
                    if table:
                        self.doc.tables.append(table)
                    table = None
            elif kind == "fence" or kind == "code_block":
                self._fence(token)
            elif kind == "html_block" and token.map and _HTML_TEXT_RE.search(token.content):
                self._html_block(token, lists > 0, quotes > 0)
            elif kind == "front_matter" and token.map:
                self.doc.front_matter = (token.map[0] + 1, token.map[1])
                self._front_matter_fields(token.map[0] + 1, token.map[1])

    def _front_matter_fields(self, first: int, end: int) -> None:
        """The YAML front matter's prose fields (``title: "Redis - Optional but Recommended"``,
        ``description: …``), one paragraph unit each at the value's place; other keys, block
        scalars and lists are data."""
        for index in range(first, min(end, len(self.lines))):
            line = self.lines[index]
            field = _FRONT_MATTER_FIELD_RE.match(line)
            if field is None:
                continue
            start, value = field.start(2), field.group(2).rstrip()
            if value[:1] in ("'", '"'):
                if len(value) < 2 or value[-1] != value[0]:
                    continue
                start, value = start + 1, value[1:-1]
            elif value[:1] in ("|", ">", "[", "{", "&", "*", "!") or " #" in value:
                continue
            if not value.strip():
                continue
            if field.group(1).lower() == "title" and not self.doc.front_matter_title:
                self.doc.front_matter_title = value
            self.block += 1
            tmap = TextMap()
            tmap.add(0, index + 1, start + 1)
            unit = ProseUnit("paragraph", value, tmap, 0, section=-1, block=self.block)
            self.doc.entries.append(Deferred(value, lambda unit=unit: [unit], "paragraph", None, self.block))

    def _html_block(self, token, in_list: bool, in_quote: bool) -> None:
        """An HTML block's text (``<summary>Redis (optional)</summary>``, ``<p>…</p>``, a
        docs site's ``<Card title="Redis setup (optional)">`` with its body): read as
        paragraphs, built on first use like them."""
        self.doc.entries.append(Deferred(token.content, _Builder._build_html, "paragraph",
                                         (self, token, self.section, in_list, in_quote)))

    def _build_html(self, token, section: int, in_list: bool, in_quote: bool) -> list[ProseUnit]:
        """Prose units of an HTML block. Tags that are not inline markup (``<b>``, ``<a>``,
        ``<code>``…) end a paragraph; comments and ``<pre>``/``<script>``/``<style>`` are not
        prose; ``<code>`` content is a code span; the values of ``title``/``description``/
        ``label``/``summary`` attributes are paragraphs of their own; a ``<tr>`` is one table
        row whose ``<td>``/``<th>`` cells are related, as a markdown table's row is (a row of
        ``<th>`` cells is the header of the rows after it). Positions are exact:
        every word is mapped to its line and column in the file (also inside a list item or
        a blockquote, whose markers markdown-it strips from the block's content)."""
        content, first = token.content, token.map[0]
        lines = self.lines
        starts = []  # offset in ``content`` of each content line, and that line's column in the file
        columns = []
        offset = 0
        for k, piece in enumerate(content.split("\n")):
            starts.append(offset)
            offset += len(piece) + 1
            source = lines[first + k] if first + k < len(lines) else ""
            at = source.find(piece) if piece else 0
            columns.append(max(at, 0))

        def where(offset: int) -> tuple[int, int]:
            k = bisect.bisect_right(starts, offset) - 1
            return first + k + 1, columns[k] + offset - starts[k] + 1

        units: list[ProseUnit] = []
        parts: list[str] = []  # the paragraph being read: its words, their map, its length,
        tmap = TextMap()  # its code spans, and where an open <code> started (-1: none)
        length, code, code_at = 0, [], -1
        row: list[tuple[int, int]] | None = None  # the cells of the <tr> being read (None: no row)
        row_header, cell_at, header = True, -1, []

        def word(text: str, offset: int) -> None:
            nonlocal length
            if length and parts[-1] != " | ":
                parts.append(" ")
                length += 1
            tmap.add(length, *where(offset))
            parts.append(text)
            length += len(text)

        def words(text: str, offset: int) -> None:
            nonlocal length, code_at
            for match in _HTML_WORD_RE.finditer(text):
                value, start = match.group(), offset + match.start()
                marks = _HTML_WORD_MARKS_RE.fullmatch(value) if _MARKDOWN_MARK_RE.search(value) else None
                if marks is None:
                    word(value, start)
                else:  # "**optional**.", "`REDIS_URL`": markdown inside the block, read as the text it marks
                    core, tail = marks.group("core"), marks.group("tail")
                    opens = code_at < 0 and marks.group("open") == "`"
                    word(core, start + marks.start("core"))
                    if opens:
                        code_at = length - len(core)
                    if marks.group("close") == "`" and code_at >= 0:
                        code.append((code_at, length))
                        code_at = -1
                    if tail:
                        tmap.add(length, *where(start + marks.start("tail")))
                        parts.append(tail)
                        length += len(tail)
                if length > 2000 and code_at < 0 and match.group()[-1] in ".!?":
                    # a paragraph without block tags (or a row) is read in bounded pieces, at a sentence's end
                    end_row() if row is not None else flush()

        def cell(offset: int) -> None:
            """A <td>/<th> opens: the previous cell ends, a separator marks the new one."""
            nonlocal row, length, cell_at
            if row is not None and (len(row) >= 63 or length > 2000):
                end_row()  # a row of hundreds of cells is read in bounded pieces
            if row is None:
                flush()
                row = []
            end_cell()
            if length:
                tmap.add(length, *where(offset))
                parts.append(" | ")
                length += 3
            cell_at = length

        def end_cell() -> None:
            nonlocal cell_at
            if row is not None and cell_at >= 0:
                row.append((cell_at, length))
            cell_at = -1

        def end_row() -> None:
            nonlocal row, row_header, parts, tmap, length, code, code_at
            end_cell()
            text = "".join(parts)
            if row and _HTML_TEXT_RE.search(text):
                self.block += 1
                if row_header:
                    header[:] = [text[a:b] for a, b in row]
                units.append(ProseUnit("table_header" if row_header else "table_row", text, tmap, 0, code, [],
                                       row, [] if row_header else list(header), section=section, block=self.block))
            if row is not None:
                parts, tmap, length, code, code_at = [], TextMap(), 0, [], -1
            row, row_header = None, True

        def flush() -> None:
            nonlocal parts, tmap, length, code, code_at
            text = "".join(parts)
            if _HTML_TEXT_RE.search(text):
                self.block += 1
                kind = "list_item" if in_list else "blockquote" if in_quote else "paragraph"
                units.extend(ProseUnit(kind, text[a:b], tmap, a, _shift(code, a, b), [], section=section,
                                       block=self.block, in_list=in_list, in_quote=in_quote)
                             for a, b in split_sentences(text, code))
            parts, tmap, length, code, code_at = [], TextMap(), 0, [], -1

        at = 0
        lowered = ""
        for match in _HTML_MARKUP_RE.finditer(content):
            words(content[at:match.start()], at)
            at = match.end()
            if match.group(5):  # an entity: its character, at its place
                char = html.unescape(match.group())
                if char != match.group() and char.strip():
                    word(char, match.start())
                continue
            name = (match.group(2) or "").lower()
            if not name:
                continue  # a comment
            closing = match.group(1) == "/"
            if name == "code" and not closing:
                code_at = length + (1 if length else 0)
            elif name == "code" and code_at >= 0:
                if length > code_at:
                    code.append((code_at, length))
                code_at = -1
            elif name in ("td", "th"):
                if closing:
                    end_cell()
                else:
                    cell(match.start())
                    row_header = row_header and name == "th"
            elif name in _HTML_TABLE_TAGS:
                end_row()
                if name == "table":
                    header.clear()
            elif name not in _HTML_INLINE_TAGS and row is None:
                flush()
            if not closing and row is None:
                for attr in _HTML_PROSE_ATTR_RE.finditer(match.group(3) or ""):
                    value = attr.group(1) if attr.group(1) is not None else attr.group(2)
                    words(value, match.start(3) + attr.start(attr.lastindex))
                    flush()
                if name in _HTML_SKIPPED_TAGS and not match.group(4):
                    lowered = lowered or content.lower()
                    end = lowered.find("</" + name, at)
                    at = len(content) if end < 0 else end
        words(content[at:], at)
        end_row()
        flush()
        return units

    # -- inline text ---------------------------------------------------------------

    def _render_plain(self, content: str, line: int, column: int = 0, limit: int | None = None):
        """``_render`` for inline content without markup (``_PLAIN_RE`` finds nothing), without
        running markdown-it's inline parser: its tokens would be one text per line joined by
        soft breaks (spaces before a line break and at the start of the next line dropped),
        and this maps them exactly as ``_render`` maps those tokens."""
        lines = self.lines
        limit = len(lines) if limit is None else limit
        tmap = TextMap()
        parts: list[str] = []
        n = 0
        li, ci = line, column
        segments = content.split("\n")
        last = len(segments) - 1
        for k, segment in enumerate(segments):
            if k:
                segment = segment.lstrip(" ")
            if k < last:
                segment = segment.rstrip(" ")
            text = lines[li] if li < len(lines) else ""
            if segment:
                ci = _place(segment, text, ci, li, tmap, n)
                parts.append(segment)
                n += len(segment)
            if k < last:
                tmap.add(n, li + 1, len(text) + 1)
                parts.append(" ")
                n += 1
                if li + 1 < limit:
                    li += 1
                    ci = 0
        return "".join(parts), tmap, [], [], (li, ci)

    def _render(self, children, line: int, column: int = 0, limit: int | None = None):
        """Text, TextMap, code ranges, struck ranges; and the cursor after it.

        ``line``/``column`` (0-based) is where the inline content starts; ``limit`` is the
        line after its block (the cursor never moves past it)."""
        lines = self.lines
        limit = len(lines) if limit is None else limit
        tmap = TextMap()
        parts: list[str] = []
        n = 0
        code: list[tuple[int, int]] = []
        struck: list[tuple[int, int]] = []
        strike_start = -1
        li, ci = line, column
        if not isinstance(children, list):
            fast = _fast_inline(children.content) if FAST_INLINE else None
            children = _inline(children, self.env) if fast is None else fast
        for child in children:
            kind = child.type
            text = lines[li] if li < len(lines) else ""
            if kind == "text" or kind == "text_special":
                content = child.content
                if not content:
                    continue
                ci = _place(content, text, ci, li, tmap, n)
                parts.append(content)
                n += len(content)
            elif kind == "code_inline":
                content = child.content
                p = text.find(child.markup, ci)
                q = text.find(content, p + len(child.markup)) if p >= 0 else -1
                if q >= 0:
                    tmap.add(n, li + 1, q + 1)
                    ci = q + len(content) + len(child.markup)
                else:
                    base = (p if p >= 0 else ci) + len(child.markup)
                    for k in range(len(content)):  # a code span over a line break: clamp
                        tmap.add(n + k, li + 1, min(base + k, len(text)) + 1)
                    start = base
                    while True:  # the closing backticks, possibly on a later line
                        end = text.find(child.markup, start)
                        if end >= 0:
                            ci = end + len(child.markup)
                            break
                        if li + 1 >= len(lines) or li + 1 >= limit:
                            break
                        li += 1
                        text = lines[li]
                        start = 0
                code.append((n, n + len(content)))
                parts.append(content)
                n += len(content)
            elif kind == "softbreak" or kind == "hardbreak":
                tmap.add(n, li + 1, len(text) + 1)
                parts.append(" ")
                n += 1
                if li + 1 < limit:
                    li += 1
                    ci = 0
            elif kind == "link_close" and child.markup == "autolink":
                q = text.find(">", ci)
                ci = q + 1 if q >= 0 else ci
            elif kind == "link_close":
                q = text.find("]", ci)
                if q >= 0 and q - ci <= 2:
                    ci = q + 1
                    if text.startswith("(", ci):
                        ci = _skip_parens(text, ci)
                    elif text.startswith("[", ci):
                        r = text.find("]", ci)
                        ci = r + 1 if r >= 0 else ci
            elif kind == "image":
                m = _IMAGE_RE.search(text, ci)
                if m:
                    ci = m.end()
                    if text.startswith("(", ci):
                        ci = _skip_parens(text, ci)
            elif kind == "html_inline":
                p = text.find(child.content, ci)
                if p >= 0:
                    ci = p + len(child.content)
                    badge = _BADGE_RE.match(child.content) if child.content.startswith("<Badge") else None
                    if badge is not None and badge.group(2).strip():
                        # A docs site's badge ("`Redis` <Badge type="info" text="Optional" />" in
                        # VitePress/VuePress) reads as its text in brackets, mapped onto the attribute
                        value = badge.group(2)
                        tmap.add(n, li + 1, p + 1)
                        parts.append(" (")
                        tmap.add(n + 2, li + 1, p + badge.start(2) + 1)
                        parts.append(value)
                        n += 2 + len(value)
                        tmap.add(n, li + 1, p + badge.end(2) + 1)
                        parts.append(")")
                        n += 1
            elif kind == "s_open":
                strike_start = n
            elif kind == "s_close" and strike_start >= 0:
                struck.append((strike_start, n))
                strike_start = -1
        return "".join(parts), tmap, code, struck, (li, ci)

    def _paragraph(self, token, in_list: bool, in_quote: bool) -> None:
        if not token.map:
            return
        self.block += 1
        info = (token, "list_item" if in_list else "blockquote" if in_quote else "paragraph",
                self.section, self.block, in_list, in_quote)
        content = token.content
        # The plain functions with the builder as an argument: no bound method per paragraph.
        entry = Deferred(content, _Builder._build_paragraph, "paragraph", (self, info), self.block, self.section)
        if "\n" in content and (_item_lines(content) or _label_lines(content) or _symbol_lines(content)):
            # Lines that each name one thing, without a full stop ("Django REST Framework" /
            # "Redis (optional, for caching)" / "PostgreSQL"): a list written without markers,
            # read line by line as a list's items are
            entry.split = _Builder._split_lines
        elif len(content) > 120:
            # A long paragraph can be read sentence group by sentence group: a rule that asks
            # about one sentence does not pay for parsing and mapping the whole paragraph.
            entry.split = _Builder._split_paragraph
        self.doc.entries.append(entry)

    def _units(self, info, text, tmap, code, struck) -> list[ProseUnit]:
        _, kind, section, block, in_list, in_quote = info
        ranges = split_sentences(text, code)
        if text.startswith(":::"):
            ranges = _container_title(text, tmap, ranges)
        return [ProseUnit(kind, text[a:b], tmap, a, _shift(code, a, b), _shift(struck, a, b),
                          section=section, block=block, in_list=in_list, in_quote=in_quote)
                for a, b in ranges]

    def _build_paragraph(self, info) -> list[ProseUnit]:
        token = info[0]
        if _PLAIN_RE.search(token.content) is None:
            return self._units(info, *self._render_plain(token.content, token.map[0], 0, token.map[1])[:4])
        return self._units(info, *self._render(token, token.map[0], 0, token.map[1])[:4])

    def _build_chunk(self, info, a: int, b: int) -> list[ProseUnit]:
        token = info[0]
        return self._units(info, *self._render_chunk(token.content, a, b, token.map[0], token.map[1]))

    def _split_lines(self, info) -> list[Deferred] | None:
        content = info[0].content
        bounds, at = [], 0
        for line in content.split("\n"):
            bounds.append((at, at + len(line)))
            at += len(line) + 1
        return [Deferred(content[a:b], self._build_chunk, "paragraph", (info, a, b)) for a, b in bounds
                if content[a:b].strip()]

    def _split_paragraph(self, info) -> list[Deferred] | None:
        content = info[0].content
        chunks = _chunks(content)
        if not chunks:
            return None
        return [Deferred(content[a:b], self._build_chunk, "paragraph", (info, a, b)) for a, b in chunks]

    def _render_chunk(self, content: str, a: int, b: int, first: int, limit: int):
        """Render ``content[a:b]`` of a paragraph, starting the cursor where it is in the file."""
        # The paragraph's line starts and each line's place in the file, computed once per
        # paragraph: per chunk, they rescanned the paragraph's text up to the chunk (a line of
        # 10,000 sentences took 6 s).
        cache = self.__dict__.setdefault("_chunk_lines", {})
        entry = cache.get(id(content))
        if entry is None or entry[0] is not content:
            starts = [0]
            pos = content.find("\n")
            while pos != -1:
                starts.append(pos + 1)
                pos = content.find("\n", pos + 1)
            entry = cache[id(content)] = (content, starts, {})
        _, starts, prefixes = entry
        k = bisect.bisect_right(starts, a) - 1
        line_start = starts[k]
        li = first + k
        if k not in prefixes:
            line_end = starts[k + 1] - 1 if k + 1 < len(starts) else len(content)
            content_line = content[line_start:line_end]
            source_line = self.lines[li] if li < len(self.lines) else ""
            prefixes[k] = source_line.rfind(content_line) if content_line else 0
        column = max(prefixes[k], 0) + (a - line_start)
        if _PLAIN_RE.search(content, a, b) is None:
            return self._render_plain(content[a:b], li, column, limit)[:4]
        children = _fast_inline(content[a:b]) if FAST_INLINE else None
        if children is None:
            md = _block_parser()
            children = []
            md.inline.parse(content[a:b], md, self.env, children)
        return self._render(children, li, column, limit)[:4]

    def _heading(self, token, level: int) -> None:
        if not token.map:
            return
        self.block += 1
        self.section = len(self.doc.headings)
        if token.content.endswith("}"):
            brace = token.content.rfind("{")
            if brace > 0 and token.content[brace - 1] in " \t" \
                    and _HEADING_ATTRS_RE.fullmatch(token.content, brace) is not None:
                # "## Recommended deployment path {#recommended-deployment-path}"
                token.content = token.content[:brace].rstrip(" \t")
        deferred = Deferred(token.content, _Builder._build_heading, "heading",
                            (self, token, self.section, self.block))
        self.doc.headings.append(Heading(level, token.content, token.map[0] + 1, deferred))
        self.doc.entries.append(deferred)

    def _build_heading(self, token, section: int, block: int) -> list[ProseUnit]:
        text, tmap, code, struck, _ = self._render(token, token.map[0], 0, token.map[1])
        if len(text) > MAX_SENTENCE:  # a pathological heading is read in pieces
            return [ProseUnit("heading", text[a:b], tmap, a, _shift(code, a, b), _shift(struck, a, b),
                              section=section, block=block) for a, b in cap_ranges(text, [(0, len(text))])]
        return [ProseUnit("heading", text, tmap, 0, code, struck, section=section, block=block)]

    def _row_deferred(self, cells, is_header: bool, header: list[str], row_line) -> None:
        self.block += 1
        block, section = self.block, self.section
        raw = " | ".join(cell.content for cell in cells)
        self.doc.entries.append(Deferred(raw, lambda: [self._row(cells, is_header, header, row_line,
                                                                 block, section)],
                                         "table_header" if is_header else "table_row"))

    def _row(self, cells, is_header: bool, header: list[str], row_line, block: int, section: int) -> ProseUnit:
        tmap = TextMap()
        parts: list[str] = []
        n = 0
        code: list[tuple[int, int]] = []
        struck: list[tuple[int, int]] = []
        ranges: list[tuple[int, int]] = []
        texts: list[str] = []
        li = cells[0].map[0] if cells and cells[0].map else (row_line or 0)
        ci = 0
        for index, cell in enumerate(cells):
            if index:
                # the separator as written, or past the line's end where a short row has no pipe
                # for a padded cell ("| a | b |" then "a"): kept on the line (its end)
                end = len(self.lines[li]) + 1 if li < len(self.lines) else 1
                if ci + 3 < end:
                    tmap.add(n, li + 1, ci + 1)
                else:
                    for j in range(3):
                        tmap.add(n + j, li + 1, min(ci + 1 + j, end))
                parts.append(" | ")
                n += 3
            text, cmap, ccode, cstruck, (li2, ci) = self._render(cell, li, ci, li + 1)
            for s, l, c in zip(cmap.starts, cmap.lines, cmap.columns):
                tmap.add(n + s, l, c)
            code += [(a + n, b + n) for a, b in ccode]
            struck += [(a + n, b + n) for a, b in cstruck]
            ranges.append((n, n + len(text)))
            texts.append(text)
            parts.append(text)
            n += len(text)
        return ProseUnit(
            "table_header" if is_header else "table_row", "".join(parts), tmap, 0, code, struck,
            ranges, [] if is_header else list(header), section=section, block=block)

    # -- code blocks ---------------------------------------------------------------

    def _fence(self, token) -> None:
        if not token.map:
            return
        lines = self.lines
        start, end = token.map
        fenced = token.type == "fence"
        info = token.info.strip() if fenced else ""
        lang = info.split()[0].lower().strip("{}.") if info else ""
        if info.startswith("{") or lang.startswith("."):
            lang = lang.lstrip(".")
        title = ""
        match = TITLE_RE.search(info) if "=" in info else None
        if match:
            title = next(g for g in match.groups() if g is not None)
        content = token.content
        body = content[:-1].split("\n") if content.endswith("\n") else content.split("\n")
        if content == "":
            body = []
        first = start + 1 if fenced else start
        closed = True
        if fenced:
            last_line = lines[end - 1] if 0 < end <= len(lines) else ""
            stripped = last_line.strip().lstrip(">").strip()
            marker = token.markup
            closed = (end - start >= 2 and stripped.startswith(marker[0] * len(marker))
                      and not stripped.strip(marker[0]).strip())
            if not closed:
                self._unclosed_fence(lines, start, end, marker)
        line_map: list[tuple[int, int]] = []
        count = len(lines)
        index = first
        for text in body:
            raw = lines[index] if index < count else ""
            index += 1
            line_map.append((index, len(raw) - len(text) if text and raw.endswith(text) else 0))
        kind = self._route(lang, title, content)
        transcript = False
        if kind is None and not info:
            transcript = _prompted_transcript(body)
            if transcript or _command_lines(body):
                kind = "shell"  # an untagged block (fenced or indented) of commands, or a console transcript
        console = lang in CONSOLE_LANGS or transcript or (kind == "shell" and "$" in content and _all_prompted(body))
        if console:
            body, line_map = _strip_prompts(body, line_map)
        fence_line = lines[start] if start < len(lines) else ""
        indent = len(fence_line) - len(fence_line.lstrip(" >\t"))
        if console or not content.endswith("\n"):
            fence_text = "\n".join(body) + ("\n" if body else "")
        else:
            fence_text = content  # the same: its lines, each ended by a newline
        fence = Fence(info, lang, kind, fence_text, line_map,
                      Span(start + 1, indent + 1, start + 1, len(fence_line) + 1),
                      end, self.section, closed, title)
        index = len(self.doc.fences)
        self.doc.fences.append(fence)
        if kind is not None:
            block = EmbeddedBlock(kind, fence.text, list(line_map), info)
            fence.block = block
            self.doc.embedded.append(block)
        if (kind in ("env", "shell") or kind is None and lang in PLAIN_LANGS) and (
                "(" in content and _PLAIN_HEDGE_RE.search(content) is not None
                or kind is None and "ptional" in content and _PLAIN_OPTIONAL_RE.search(content) is not None):
            section, block = self.section, self.block + 1
            self.block += 1
            self.doc.entries.append(Deferred(content, lambda: self._plain_lines(
                fence, body, line_map, index, section, block), "code_line"))
        if (lang in COMMENT_LANGS or kind is not None) and ("#" in content or ";" in content or (
                lang in SLASH_LANGS and ("//" in content or "/*" in content))):
            section, block = self.section, self.block + 1
            self.block += 1
            self.doc.entries.append(Deferred(content, lambda: self._comments(
                fence, body, line_map, index, section, block), "code_comment"))

    def _unclosed_fence(self, lines: list[str], start: int, end: int, marker: str) -> None:
        """SUM001 for a fence without its closing line. At the top level it runs to the end
        of the document; inside a list item or a blockquote it ends where its container does
        (CommonMark), and the line after it is read as markdown again: often what the author
        meant, but also how an unindented line in the middle of an item's code cuts it."""
        after = next((i for i in range(end, len(lines)) if lines[i].strip()), None)
        span = Span(start + 1, 1, start + 1, len(lines[start]) + 1)
        if after is None:
            message = (f"code fence opened at line {start + 1} is never closed: the rest of the document "
                       f"is read as code (close it with a line of {marker})")
        else:
            container = "blockquote" if lines[start].lstrip().startswith(">") else "list item"
            message = (f"code fence opened at line {start + 1} has no closing fence: it ends where its "
                       f"{container} ends, and line {after + 1} is read as markdown, not code (close it "
                       f"with a line of {marker} where the code ends)")
        self.doc.problems.append(ParseProblem(span, message))

    def _route(self, lang: str, title: str, content: str) -> str | None:
        if title:
            from sumlint.kinds import DEFAULT_GLOBS, classify

            globs = getattr(getattr(self.ctx, "config", None), "kind_globs", None) or DEFAULT_GLOBS
            routed = classify(title, {k: v for k, v in globs.items() if k != "markdown"})
            if routed in ("shell", "systemd", "env"):
                return routed
        if lang in SHELL_LANGS:
            return "shell"
        if (lang in SYSTEMD_LANGS or lang in INI_LANGS or lang in NEUTRAL_LANGS) and "[" in content \
                and _QUADLET_SECTION_RE.search(content):
            return None  # a Podman Quadlet file (`[Container]`, `[Volume]`…): its generator writes the unit
        if lang in SYSTEMD_LANGS:
            return "systemd"
        if lang in ENV_LANGS:
            return "env"
        if lang in INI_LANGS or lang in NEUTRAL_LANGS:
            if UNIT_SECTION_RE.search(content):
                return "systemd"
            if lang in NEUTRAL_LANGS and _env_lines(content):
                return "env"
        return None

    def _plain_lines(self, fence: Fence, body: list[str], line_map, index: int, section: int,
                     block: int) -> list[ProseUnit]:
        """Lines of a plain-text, env or shell block that carry a parenthesised hedge, read as
        prose: a requirements list in a fence without a language (``Redis (optional, for
        caching)``), ``REDIS_URL=… (optional)``; in a plain-text block also a line that labels
        something optional (``Optional: Redis for caching``, ``Redis: optional``). Comment lines
        are left to ``_comments``."""
        units: list[ProseUnit] = []
        for i, text in enumerate(body):
            stripped = text.strip()
            if not stripped or stripped.startswith(("#", "//", ";", "$", ">")):
                continue
            hedge = _PLAIN_HEDGE_RE.search(text) or (_PLAIN_OPTIONAL_RE.search(text) if fence.kind is None else None)
            if hedge is None:
                continue
            cut = _trailing_comment(text) if " #" in text else -1
            if 0 <= cut < hedge.start():
                continue  # the hedge is in a trailing comment
            start = len(text) - len(text.lstrip())
            host_line, offset = line_map[i]
            tmap = TextMap()
            tmap.add(0, host_line, start + offset + 1)
            assignment = _SETTING_LINE_RE.match(stripped)  # "REDIS_URL=redis://… (optional)": one name
            code = [(0, assignment.end())] if assignment is not None else []
            units.append(ProseUnit("code_line", stripped, tmap, 0, code=code, section=section, block=block,
                                   fence=index))
        return units

    def _comments(self, fence: Fence, body: list[str], line_map, index: int, section: int,
                  block: int) -> list[ProseUnit]:
        units: list[ProseUnit] = []
        markers = ("#", ";") if fence.kind == "systemd" or fence.lang in INI_LANGS else (
            ("//",) if fence.lang in SLASH_LANGS else ("#",))
        in_block = False  # inside a /* … */ comment of a "//" language (docblocks)
        for i, text in enumerate(body):
            stripped = text.lstrip()
            hash_at = -1
            if fence.lang in SLASH_LANGS and (in_block or stripped.startswith("/*")):
                in_block = "*/" not in stripped
                if stripped.startswith(("*/", "/**/")):
                    continue
                hash_at = len(text) - len(stripped)
            elif stripped.startswith(markers):
                hash_at = len(text) - len(stripped)
            elif (fence.kind in ("shell", "env") or fence.lang in _TRAILING_HASH_LANGS) and " #" in text:
                hash_at = _trailing_comment(text)
            if hash_at < 0:
                continue
            start = hash_at
            while start < len(text) and text[start] in "#;/*|":
                start += 1
            while start < len(text) and text[start] in " \t":
                start += 1
            comment = text[start:].rstrip()
            commented_out = ""
            if " #" in comment and _COMMENTED_SETTING_RE.match(comment):
                inner = _trailing_comment(comment)  # "# - REDIS_URL=redis://… # optional caching"
                if inner > 0:
                    commented_out = comment[:inner].strip().removeprefix("- ").strip()
                    start += inner
                    while start < len(text) and text[start] in "# \t":
                        start += 1
                    comment = text[start:].rstrip()
            if comment.endswith("*/"):
                comment = comment[:-2].rstrip()
            if not comment or not any(c.isalpha() for c in comment):
                continue
            if text.startswith("#!"):
                continue
            host_line, offset = line_map[i]
            tmap = TextMap()
            tmap.add(0, host_line, start + offset + 1)
            context = commented_out or text[:hash_at].strip()
            if not context and i + 1 < len(body) and not body[i + 1].lstrip().startswith(markers):
                context = body[i + 1].strip()
            units.append(ProseUnit("code_comment", comment, tmap, 0, section=section,
                                   block=block, fence=index, context=context))
        return units


# -- helpers ---------------------------------------------------------------------------

_IMAGE_RE = re.compile(r"!\[(?:[^\]\\]|\\.)*\]")


# a prose field of YAML front matter (the value is group 2)
_FRONT_MATTER_FIELD_RE = re.compile(r"(title|description|summary|subtitle|excerpt|tagline|sidebar_label)[ \t]*:[ \t]+(\S.*)$",
                                    re.IGNORECASE)
# HTML blocks (``_Builder._html_block``): a comment, a tag (closing mark, name, attributes,
# self-closing mark) or an entity; the tags that stay inside a paragraph; those whose content is
# not prose; the attributes whose values are prose
_HTML_MARKUP_RE = re.compile(r"<!--.*?(?:-->|\Z)|<(/?)([A-Za-z][\w.:-]{0,64})((?:[^>\"']|\"[^\"<>]{0,500}\"|'[^'<>]{0,500}'){0,2000}?)(/?)>"
                             r"|&(#\d+|#x[0-9a-fA-F]+|[A-Za-z]+);", re.DOTALL)
_HTML_INLINE_TAGS = frozenset({"a", "b", "strong", "em", "i", "u", "span", "code", "kbd", "sup", "sub", "small",
                               "mark", "abbr", "s", "del", "ins", "tt", "var", "samp", "font", "img", "q", "cite"})
_HTML_TABLE_TAGS = frozenset({"tr", "table", "thead", "tbody", "tfoot", "caption"})
_HTML_SKIPPED_TAGS = frozenset({"script", "style", "pre", "svg", "math", "textarea", "template"})
_HTML_PROSE_ATTR_RE = re.compile(r"""(?<![\w-])(?:title|description|label|summary)[ \t]*=[ \t]*(?:"([^"]*)"|'([^']*)')""")
_HTML_WORD_RE = re.compile(r"\S+")
# Markdown marks on a word of an HTML block (MDX components such as ``<Info>`` hold markdown;
# a reader reads "**optional**." as the word): emphasis runs around the word, a code span's
# backticks (a code span of several words opens on one word and closes on a later one), and
# the punctuation after them. An underscore run is emphasis only at both ends ("_optional_"),
# never inside a name ("REDIS_URL", "__init__" keeps its own).
_MARKDOWN_MARK_RE = re.compile(r"[*`~]|^_|_[.,;:!?)]*$")
_HTML_WORD_MARKS_RE = re.compile(r"(?P<lead>[*~]{1,3}|_{1,2}(?=[^_\s].*[^_]_{1,2}[.,;:!?)]*$))?(?P<open>`?)"
                                 r"(?P<core>[^`]*?[^`*~]|[^`*~])(?P<close>`?)(?P<trail>[*~]{1,3}|_{1,2})?"
                                 r"(?P<tail>[.,;:!?)]*)")
# An inline badge of a docs site with its text in an attribute: ``<Badge type="tip" text="Optional" />``
_BADGE_RE = re.compile(r"""<Badge\b[^>]*?\stext[ \t]*=[ \t]*(["'])([^"'<>]{1,40})\1[^>]*>""")
_HTML_TEXT_RE = re.compile(r"[A-Za-z]{2}")
# Inline content with none of these has no markup: markdown-it would only split it into
# text and soft breaks (code spans, emphasis, strikethrough, links, images, autolinks and
# inline HTML, entities, escapes; tabs and CRs are left to the full parser).
_PLAIN_RE = re.compile(r"[`*_\[<&\\~\t\r]|!\[")
# (a sentence mark, then the closing quotes and blanks after it: the cut is where they end, and
# ``_chunks`` reads the part after the mark, group 1; opening on the mark's class, ``re`` skips to
# one, where a look-behind for it was tried at every place)
_CHUNK_RE = re.compile(r"[.!?]([\"'”’)]*\s+)(?=[A-Z])")
_CHUNK_MARKS_RE = re.compile(r"[`\[\]()*_~<>]")


_ITEM_LINE_RE = re.compile(r"[A-Z0-9`*\[][^\n]{0,78}")
_LABEL_LINE_RE = re.compile(r"\s*(?:[*_]{2}[^*_\n]{1,60}?:[*_]{2}|[*_]{2}[^*_\n]{1,60}?[*_]{2}:)")
# a symbol that opens a line as a list marker would: check marks, crosses, arrows, bullets,
# warning signs and the emoji blocks (pictographs, dingbats, symbols and arrows)
_SYMBOL_LINE_RE = re.compile("\\s*[\u2022\u2190-\u21ff\u2300-\u23ff\u25a0-\u27bf\u2b00-\u2bff\U0001f300-\U0001faff]")
_ITEM_LINE_ENDS = (".", ",", ";", ":", "!", "?", "-", "–", "—", "(", "/", "&", "+")
_ITEM_LINE_TAILS = frozenset({"and", "or", "the", "a", "an", "to", "of", "with", "for", "in", "on", "by", "from",
                              "as", "at", "is", "are", "be", "that", "which", "if", "when"})


def _container_title(text: str, tmap: TextMap, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``ranges`` with the first line of a paragraph that opens a container cut off as a
    sentence of its own: "::: warning Redis is effectively required in production" over the
    container's body (a VitePress or Docusaurus admonition, whose title ends at the line's end
    without a full stop; hundred-and-first session)."""
    first = tmap.position(0)[0]
    cut = next((s for s, line in zip(tmap.starts, tmap.lines) if line != first), None)
    if cut is None or not text[cut - 1:cut].isspace():
        return ranges
    return [piece for a, b in ranges for piece in (((a, cut), (cut, b)) if a < cut < b else ((a, b),))]


def _item_lines(content: str) -> bool:
    """Three or more short lines, each starting with a capital (a name) and ending without a
    stop or a word that carries on, each with its markup closed: items of a list written
    without markers, not a sentence wrapped over lines."""
    lines = content.split("\n")
    if len(lines) < 3:
        return False
    for line in lines:
        line = line.strip()
        if not _ITEM_LINE_RE.fullmatch(line) or line.endswith(_ITEM_LINE_ENDS) \
                or line.rsplit(None, 1)[-1].lower() in _ITEM_LINE_TAILS:
            return False
        if line.count("`") % 2 or line.count("(") != line.count(")") or line.count("[") != line.count("]") \
                or line.count("*") % 2 or line.count("_") % 2 and "__" in line:
            return False
    return True


def _label_lines(content: str) -> bool:
    """Lines each opening with a bold label ("**In-Memory:** fine for one server" / "**Redis:**
    essential for several"): one statement a line, each about its label, not one sentence,
    with or without a hard break at the ends ("**For development:** Redis is optional" /
    "**For production:** Highly recommended" is two statements for two settings)."""
    return all(_LABEL_LINE_RE.match(line) for line in content.split("\n"))


def _symbol_lines(content: str) -> bool:
    """Lines each opening with the same kind of marker a list would have, but a symbol
    ("✅ **Flexible** - Works with or without Redis" / "✅ **Better DX** - Developers can run
    locally without Redis"): a list written with check marks or emoji, one item a line, not
    one sentence wrapped over lines; also under a lead-in line of their own ("**What's Done:**")."""
    lines = content.split("\n")
    if len(lines) > 2 and lines[0].strip("*_ ").endswith(":") and not _SYMBOL_LINE_RE.match(lines[0]):
        lines = lines[1:]  # ("**What's Done:**" over them: a lead-in of its own)
    return len(lines) >= 2 and all(_SYMBOL_LINE_RE.match(line) for line in lines)


def _chunks(content: str) -> list[tuple[int, int]] | None:
    """Split a long paragraph's source at sentence ends that no markup spans (balanced
    backticks, brackets, parentheses, emphasis runs before the cut); None if no cut is safe."""
    cuts = []
    counts = [0, 0, 0, 0, 0, 0]  # ` [-] (-) * ~~ <->, over content[:last]
    balanced = True
    last = 0
    marks = _CHUNK_MARKS_RE.search
    quotes = QuoteTracker(content) if '"' in content or "“" in content else None
    for match in _CHUNK_RE.finditer(content):
        cut = match.end()
        if quotes is not None and quotes.inside(cut):
            continue  # (never inside a quotation: see model.split_sentences)
        if marks(content, last, cut) is not None:  # else no count changes
            piece = content[last:cut]
            counts[0] += piece.count("`")
            counts[1] += piece.count("[") - piece.count("]")
            counts[2] += piece.count("(") - piece.count(")")
            counts[3] += piece.count("*") + piece.count("_")
            counts[4] += piece.count("~~")
            counts[5] += piece.count("<") - piece.count(">")
            balanced = not (counts[0] % 2 or counts[1] or counts[2] or counts[3] % 2
                            or counts[4] % 2 or counts[5])
        start, last = last, cut
        if not balanced:
            continue
        # Where the piece ends once closing quotes and blanks are stripped: inside the match
        # (other white space stops the strip), else at the sentence mark before it.
        tail = match.group(1).rstrip("\"'”’) \t\n")
        q = match.start(1) + len(tail) - 1 if tail else match.start(1) - 1
        if content[q] == "?" and short_question(content, start, q):
            continue  # a short question stays with its answer (see model.split_sentences)
        cuts.append(cut)
    if not cuts:
        return None
    bounds = [0, *cuts, len(content)]
    return [(x, y) for x, y in zip(bounds, bounds[1:]) if content[x:y].strip()]


# -- inline fast path -----------------------------------------------------------------
#
# Most inline content a rule asks about has only simple markup: code spans, ``*``/``_``
# emphasis around words, ``[text](url)`` links. ``_fast_inline`` tokenizes that subset
# itself (markdown-it's inline parser costs more than the rest of a paragraph's rendering)
# and gives up (None) on anything outside it, which then goes to markdown-it. Its tokens
# are those of markdown-it's inline parser as far as ``_Builder._render`` reads them: the
# same text tokens (split at the same markup), code spans (content and markup), soft/hard
# breaks and link ends; emphasis tokens are left out (``_render`` skips them).
# tests/test_docs_inline_fastpath.py proves the equality against markdown-it.

# Escapes, entities, HTML/autolinks, strikethrough, images, tabs, CR and other control
# characters: markdown-it.
FAST_INLINE = True  # False: every inline content goes to markdown-it (the tests compare both)
_FAST_BAD_RE = re.compile(r"[\\<&~\t\r\x00-\x08\x0b\x0c\x0e-\x1f\x7f]|!\[")
# A run of backticks, stars or underscores, or a bracket or newline: ``r"`+|\*+|_+|[\[\]\n]"``, written
# to open on a class of those characters (``re`` skips to one; an alternation is tried at every
# place: 3.5x slower over a paragraph), the run then taken by the look-behind on its first one.
_FAST_SPECIAL_RE = re.compile(r"[`*_\[\]\n](?:(?<=`)`*|(?<=\*)\**|(?<=_)_*|(?<=[\[\]\n]))")
_FAST_BACKTICKS_RE = re.compile(r"`+")
_FAST_LINK_RE = re.compile(r"\[([^\[\]`*_\n]+)\]\(([^\s()<>\[\]`]+)\)")
_FAST_BAD_URL_RE = re.compile(r"(?:vbscript|javascript|file|data):", re.IGNORECASE)
_ASCII_PUNCT = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")


class _Tok:
    """The fields of a markdown-it inline token that ``_Builder._render`` reads."""

    __slots__ = ("type", "content", "markup")

    def __init__(self, type: str, content: str = "", markup: str = "") -> None:
        self.type = type
        self.content = content
        self.markup = markup

    def __repr__(self) -> str:
        return f"_Tok({self.type!r}, {self.content!r}, {self.markup!r})"


def _fast_inline(src: str) -> list[_Tok] | None:
    """markdown-it's inline tokens of ``src`` (see above), or None outside the subset."""
    if _FAST_BAD_RE.search(src) is not None:
        return None
    out: list[_Tok] = []
    stack: list[str] = []  # open emphasis runs
    end = len(src)
    pos = 0
    ts = 0  # start of the pending text
    search = _FAST_SPECIAL_RE.search
    while True:
        m = search(src, pos)
        if m is None:
            if ts < end:
                out.append(_Tok("text", src[ts:]))
            break
        at = m.start()
        ch = src[at]
        if ch == "\n":
            pending = src[ts:at]
            hard = pending.endswith("  ")
            pending = pending.rstrip(" ")
            if pending:
                out.append(_Tok("text", pending))
            out.append(_Tok("hardbreak" if hard else "softbreak"))
            pos = at + 1
            while pos < end and src[pos] == " ":
                pos += 1
            ts = pos
            continue
        if ch == "`":
            marker = m.group()
            close = None
            for c in _FAST_BACKTICKS_RE.finditer(src, m.end()):
                if len(c.group()) == len(marker):
                    close = c
                    break
            if close is None:
                return None  # an unmatched run is literal text
            content = src[m.end():close.start()]
            if "\n" in content:
                return None
            if content.startswith(" ") and content.endswith(" ") and content.strip(" "):
                content = content[1:-1]
            if ts < at:
                out.append(_Tok("text", src[ts:at]))
            out.append(_Tok("code_inline", content, marker))
            pos = ts = close.end()
            continue
        if ch == "[":
            link = _FAST_LINK_RE.match(src, at)
            if link is None or _FAST_BAD_URL_RE.match(link.group(2)):
                return None
            if ts < at:
                out.append(_Tok("text", src[ts:at]))
            out.append(_Tok("link_open"))
            out.append(_Tok("text", link.group(1)))
            out.append(_Tok("link_close"))
            pos = ts = link.end()
            continue
        if ch == "]":
            return None
        run = m.group()  # emphasis
        if len(run) > 2:
            return None
        before = src[at - 1] if at > 0 else " "
        after = src[m.end()] if m.end() < end else " "
        if not (before.isascii() and after.isascii()):
            return None  # Unicode whitespace and punctuation: markdown-it's tables
        last_space = before == " " or before == "\n"
        next_space = after == " " or after == "\n"
        last_punct = before in _ASCII_PUNCT
        next_punct = after in _ASCII_PUNCT
        left = not (next_space or (next_punct and not (last_space or last_punct)))
        right = not (last_space or (last_punct and not (next_space or next_punct)))
        if ch == "*":
            can_open, can_close = left, right
        else:
            can_open = left and (not right or last_punct)
            can_close = right and (not left or next_punct)
        if can_open == can_close:
            return None  # literal text, or both: left to markdown-it
        if ts < at:
            out.append(_Tok("text", src[ts:at]))
        if can_open:
            stack.append(run)
        elif not stack or stack.pop() != run:
            return None
        pos = ts = m.end()
    if stack:
        return None
    return out


def _place(content: str, text: str, ci: int, li: int, tmap: TextMap, n: int) -> int:
    """Map ``content`` (rendered text) onto source line ``text`` from column ``ci``: where it
    appears verbatim, one entry; otherwise character by character (``_align``). Returns the
    column after it."""
    p = text.find(content, ci)
    if p >= 0:
        tmap.add(n, li + 1, p + 1)
        return p + len(content)
    return _align(content, text, ci, li, tmap, n)


def _align(content: str, text: str, ci: int, li: int, tmap: TextMap, n: int) -> int:
    """Map ``content`` onto ``text`` char by char (escapes, entities), from column ``ci``."""
    last = None
    for k, ch in enumerate(content):
        p = text.find(ch, ci, ci + 12)
        if p < 0:
            # not in the source (an entity's result): every such character maps to the cursor
            tmap.add(n + k, li + 1, min(ci, len(text)) + 1)
            last = ("stay", ci)
            continue
        if last is None or last[0] != "run" or last[1] != p:
            tmap.add(n + k, li + 1, p + 1)
        last = ("run", p + 1)
        ci = p + 1
    return ci


def _skip_parens(text: str, ci: int) -> int:
    depth = 0
    for i in range(ci, len(text)):
        ch = text[i]
        if ch == "\\":
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i + 1
    return ci


def _shift(ranges: list[tuple[int, int]], a: int, b: int) -> list[tuple[int, int]]:
    return [(max(x, a) - a, min(y, b) - a) for x, y in ranges if x < b and y > a]


def _env_lines(content: str) -> bool:
    seen = False
    for line in content.split("\n"):
        s = line.strip()
        if not s or s.startswith("#"):
            continue
        if not ENV_LINE_RE.match(s):
            return False
        seen = True
    return seen


def _command_lines(body: list[str]) -> bool:
    """An untagged block (fenced without a language, or indented) made only of shell commands:
    each line that is not a comment starts with a command sudo, apt, systemctl, redis-cli, pip,
    cd … (after a `$ ` prompt, if any), or goes on from a line ended by a backslash. Such a
    block is read as shell, as if it were tagged `bash`: a runbook's `sudo apt install …` is a
    step whether or not its author named the language. (One line that is anything else, a
    sentence, a YAML key or a command's output, and the block stays plain text.)"""
    seen = False
    continued = False
    for text in body:
        line = text.strip()
        if not line or line.startswith("#") and not continued:
            continue
        if not continued:
            if line.startswith("$ "):
                line = line[2:].lstrip()
            if line.split(None, 1)[0] not in PROMPT_COMMANDS:
                return False
            seen = True
        continued = line.endswith("\\")
    return seen


def _prompted_transcript(body: list[str]) -> bool:
    """An untagged console transcript: `$ ` before each command (a known one), output lines
    between them."""
    commands = [t.strip()[2:].lstrip() for t in body if t.strip().startswith("$ ")]
    return bool(commands) and all(_is_prompt_command(c) for c in commands)


def _all_prompted(body: list[str]) -> bool:
    lines = [t for t in body if t.strip() and not t.lstrip().startswith("#")]
    return bool(lines) and all(t.lstrip().startswith("$ ") or t.strip() == "$" for t in lines)


def _is_prompt_command(rest: str) -> bool:
    word = rest.split(None, 1)[0] if rest.strip() else ""
    return word in PROMPT_COMMANDS or "/" in word


def _strip_prompts(body: list[str], line_map):
    """Console transcripts: keep commands (prompt removed), blank the output lines."""
    out: list[str] = []
    new_map: list[tuple[int, int]] = []
    continuing = False
    for text, (host, offset) in zip(body, line_map):
        indent = len(text) - len(text.lstrip())
        match = PROMPT_RE.match(text[indent:])
        if continuing:
            out.append(text)
            new_map.append((host, offset))
        elif match and (match.group(1) != "#" or _is_prompt_command(text[indent + match.end():])):
            cut = indent + match.end()
            out.append(text[cut:])
            new_map.append((host, offset + cut))
        elif text.lstrip().startswith("#"):
            out.append(text)  # a comment line
            new_map.append((host, offset))
            continuing = False
            continue
        else:
            out.append("")  # output of the previous command
            new_map.append((host, offset))
            continuing = False
            continue
        continuing = out[-1].rstrip().endswith("\\")
    return out, new_map


def _trailing_comment(text: str) -> int:
    quote = None
    for i, ch in enumerate(text):
        if quote:
            if ch == quote:
                quote = None
        elif ch in "'\"":
            quote = ch
        elif ch == "#" and i > 0 and text[i - 1] in " \t":
            return i
    return -1


_WORD_RE = re.compile(r"""(?:[^\s'"\\;|&]|\\.|'[^']*'|"(?:[^"\\]|\\.)*")+|[;|&]+""")


def split_commands(fence: Fence) -> list[Command]:
    body = fence.text.split("\n")
    if body and body[-1] == "":
        body.pop()
    return _commands(body, fence.line_map)


_BLANK_SPLIT_RE = re.compile(r"\S+")  # \s is str.isspace(), as str.split() splits
_SIMPLE_LINE_RE = re.compile(r"^[^'\"\\;|&#]*$")


def _commands(body: list[str], line_map) -> list[Command]:
    """Split shell lines into simple commands (a light view; the shell front-end is exact).
    Each word's place is kept as (line, column, end column); ``Command.spans`` makes the
    spans when a rule asks."""
    found: list[Command] = []
    argv: list[str] = []
    places: list[tuple[int, int, int]] = []
    for text, (host, offset) in zip(body, line_map):
        stripped = text.rstrip()
        continued = stripped.endswith("\\") and not stripped.endswith("\\\\")
        if continued:
            stripped = stripped[:-1]
        if not stripped.strip():
            if not continued and argv:
                found.append(Command(argv, places=places))
                argv, places = [], []
            continue
        base = offset + 1
        if _SIMPLE_LINE_RE.match(stripped):  # no quotes, escapes, operators or comments
            for match in _BLANK_SPLIT_RE.finditer(stripped):  # str.split()'s words, with places
                argv.append(match.group())
                places.append((host, match.start() + base, match.end() + base))
            if not continued and argv:
                found.append(Command(argv, places=places))
                argv, places = [], []
            continue
        for match in _WORD_RE.finditer(stripped):
            word = match.group()
            if word.startswith("#") and (match.start() == 0 or stripped[match.start() - 1] in " \t"):
                break
            if word[0] in ";|&":
                if argv:
                    found.append(Command(argv, places=places))
                argv, places = [], []
                continue
            argv.append(_unquote(word))
            places.append((host, match.start() + base, match.end() + base))
        if not continued and argv:
            found.append(Command(argv, places=places))
            argv, places = [], []
    if argv:
        found.append(Command(argv, places=places))
    return found


def _unquote(word: str) -> str:
    if len(word) >= 2 and word[0] == word[-1] and word[0] in "'\"":
        return word[1:-1]
    return word.replace("\\", "")


# -- facts -----------------------------------------------------------------------------

INSTALL_TOOLS = {"apt": "install", "apt-get": "install", "dnf": "install", "yum": "install",
                 "zypper": "install", "apk": "add"}


_ASSIGNMENT_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*=")


def install_packages(command: Command) -> list[tuple[str, Span]] | None:
    """The packages a package-manager install command installs, or None if it is not one."""
    argv = command.argv
    if INSTALL_TOOLS.keys().isdisjoint(argv):
        return None  # no package manager named at all
    i = 0
    while i < len(argv) and (argv[i] in ("sudo", "env", "command", "exec", "time", "nohup")
                             or _ASSIGNMENT_RE.match(argv[i])
                             or (i and argv[i - 1] == "sudo" and argv[i].startswith("-"))):
        i += 1
    if i >= len(argv) or argv[i] not in INSTALL_TOOLS:
        return None
    verb = INSTALL_TOOLS[argv[i]]
    rest = argv[i + 1:]
    words = [w for w in rest if not w.startswith("-")]
    if not words or words[0] != verb:
        return None
    k = rest.index(verb)
    return [(w, command.spans[i + 1 + k + j + 1]) for j, w in enumerate(rest[k + 1:])
            if not w.startswith("-") and not w.startswith("$")]


# No brackets inside brackets: `[^\]]*` scanned to the end of the text from every `[`.
_MARKUP_RE = re.compile(r"!?\[([^\][]*)\]\([^()]*\)|[*_`]+|<[^<>]+>|\\(?=\S)")


_HEADING_MARKUP_RE = re.compile(r"[*_`\[<\\]")  # (and "&", when it may open an entity: see below)


def _heading_fact(heading: Heading, lines: list[str]) -> list:
    """A heading's text and span from its source line (rendering every heading is slower). An
    "&" is markup only as an entity's first character ("&amp;", "&#35;"), which a ";" ends: in a
    heading without one ("Installation & Setup") it is text, as it reads."""
    raw = heading.raw
    if _HEADING_MARKUP_RE.search(raw) is None and ("&" not in raw or ";" not in raw):
        line = lines[heading.line - 1] if heading.line <= len(lines) else ""
        at = line.find(raw)
        if at >= 0 and raw:
            return [raw, [heading.line, at + 1, heading.line, at + 1 + len(raw)]]
    return [heading.text, heading.span.to_list()]


def _default_placeholders(text: str, pattern: re.Pattern[str]) -> list[re.Match[str]]:
    """``pattern.finditer(text)`` for the default placeholders, each of which starts with
    ``__``, ``{{`` or ``@``: the pattern is tried only where one of these starts (a runbook
    has a few ``@`` in its URLs; the scan of every position cost 85 µs a runbook)."""
    starts = sorted({k for mark in ("__", "{{", "@") for k in _occurrences(text, mark)})
    found: list[re.Match[str]] = []
    last = 0
    for at in starts:
        if at < last:
            continue  # inside the match before (finditer goes on after its end)
        m = pattern.match(text, at)
        if m is not None:
            found.append(m)
            last = m.end()
    return found


def _occurrences(text: str, mark: str) -> list[int]:
    out: list[int] = []
    if len(mark) > 1:  # ("__", "{{": a literal pattern finds them faster, see ``lazyre.literal``)
        search = _MARKS.get(mark) or _MARKS.setdefault(mark, literal(mark))
        found = search.search(text)
        while found is not None:
            out.append(found.start())
            found = search.search(text, found.start() + 1)
        return out
    at = text.find(mark)
    while at >= 0:
        out.append(at)
        at = text.find(mark, at + 1)
    return out


_MARKS: dict = {}  # (the literal pattern of each mark of more than one character)


def facts(model: Document, ctx=None) -> dict[str, Any]:
    source = model.source
    text = source.text
    # The character ranges of the fences' lines (opening to closing fence line): names found
    # there are the blocks' own facts. Anchors are skipped there before any pattern runs (a
    # match never leaves its anchor's line).
    fence_ranges: list[tuple[int, int]] = []
    if model.fences:
        starts = source.line_starts
        count = len(starts)
        ranges = []
        for fence in model.fences:
            first, after = fence.span.line, fence.end_line  # 1-based, inclusive
            if 1 <= first <= after and first <= count:
                ranges.append((starts[first - 1], starts[after] if after < count else len(text) + 1))
        for a, b in sorted(ranges):
            if fence_ranges and a <= fence_ranges[-1][1]:
                fence_ranges[-1] = (fence_ranges[-1][0], max(b, fence_ranges[-1][1]))
            else:
                fence_ranges.append((a, b))
    from sumlint.config import DEFAULT_PLACEHOLDERS

    placeholder_re = None
    config = getattr(ctx, "config", None)
    custom = config is not None and getattr(config, "placeholders", None)
    if custom:
        placeholder_re = config.placeholder_re
    else:
        placeholder_re = re.compile("|".join(DEFAULT_PLACEHOLDERS))
    if not custom or tuple(custom) == DEFAULT_PLACEHOLDERS:
        placeholders = [[m.group(), source.span_list(m.start(), m.end())]
                        for m in _default_placeholders(text, placeholder_re)]
    else:
        placeholders = [[m.group(), source.span_list(m.start(), m.end())]
                        for m in placeholder_re.finditer(text)] if text else []
    units, urls = [], []
    for anchor, pattern, bucket, back in ((_UNIT_ANCHOR_RE, UNIT_NAME_RE, units, 200),
                                          (_URL_ANCHOR_RE, URL_RE, urls, 40)):
        last = -1
        k = 0  # the first fence range that does not end before the hit
        for hit in anchor.finditer(text):  # a cheap anchor first, the full pattern around it
            if hit.start() <= last:
                continue  # inside the previous match: no later match can contain it
            if fence_ranges:
                at = hit.start()
                while k < len(fence_ranges) and fence_ranges[k][1] <= at:
                    k += 1
                if k < len(fence_ranges) and fence_ranges[k][0] <= at:
                    continue  # on a fence's line (the match would start on that line too)
            start = max(hit.start() - back, last + 1, text.rfind("\n", 0, hit.start()) + 1)
            line_end = text.find("\n", hit.end()) % (len(text) + 1) or len(text)
            # The pattern is tried up to a bounded window after the anchor (to the end of the
            # line, each anchor of a 60,000-character line of `://` or `.service-` rescanned the
            # rest of the line: 15 s); a match that reaches the window's end is then extended.
            end = min(line_end, hit.end() + 256)
            m = None
            for m in pattern.finditer(text, start, end):
                if m.start() <= hit.start() < m.end():
                    break
                if m.start() > hit.start():
                    m = None
                    break
            else:
                m = None
            if m is not None and m.end() == end < line_end:
                m = pattern.match(text, m.start(), line_end) or m
            if m is None or m.end() <= last:
                continue
            last = m.end()
            bucket.append([m.group().rstrip(".,;:"), source.span_list(m.start(), m.end())])
    from sumlint.markdown.runbook import is_runbook

    return {
        "placeholders": placeholders,
        "units": units,
        "urls": urls,
        "headings": [_heading_fact(h, source.lines) for h in model.headings],
        "fences": [{"lang": f.lang, "kind": f.kind, "span": f.span.to_list(), "end_line": f.end_line}
                   for f in model.fences],
        "packages_installed": [[name, span.to_list()] for _, c in model.shell_commands()
                               for name, span in (install_packages(c) or ())],
        "runbook": is_runbook(model),
    }
