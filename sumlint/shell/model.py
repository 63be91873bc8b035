"""The script model: a tree-sitter-bash syntax tree turned into what shell rules need.

``build(text)`` never raises. It returns a :class:`Script` whose nodes form a small tree of
their own (no tree-sitter object survives the build, so rules never touch the parser):

* ``program``, ``group`` (``{ }``), ``subshell`` (``( )``), ``seq`` (a statement list with a
  ``role``: ``cond``/``body``/``else`` of an ``if``, ``cond``/``body`` of a loop, ``head``
  and ``item`` of a ``case``/``for``), ``subst`` (``$( )``, backticks, ``<( )``), ``function``
  (``name``; one child, the body), ``if``/``while``/``until``/``for``/``case`` (children are
  ``seq`` nodes), ``list`` (``op`` is ``&&`` or ``||``; two children), ``pipeline``, ``not``
  (``!``), and ``command``.
* A ``command`` node has ``words`` (as written), ``assigns`` (``X=1`` prefixes, bare
  assignments, ``local``/``export`` operands), ``redirects`` (with heredoc bodies as text),
  and after resolution ``argv`` (:class:`Arg`: static value where known, ``$VAR``/``${VAR}``
  text where not, arrays expanded), ``wrappers`` (``sudo -u www``, ``env A=b``, ``command``,
  ``exec``, ``timeout 5`` … seen through) and ``name``/``base`` (the effective command and
  its basename). ``[[ … ]]``, ``[ … ]`` and ``(( … ))`` are commands named ``[[``, ``[``,
  ``((``. Command substitutions in its words are ``subst`` children and run before it.
* Heredoc bodies and comments are text (``Script.heredocs``, ``Script.comments``), never
  commands; ``$(…)`` inside an unquoted heredoc does run and is modelled.

Positions are 1-based (line, code-point column); tree-sitter's byte columns are converted
once here. Variables assigned one static value anywhere in the script resolve
(``PY="${VENV_DIR:-/srv/venv}/bin/python"; "$PY" manage.py migrate``).
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field
from functools import cached_property
from weakref import ref as _ref
from typing import Iterator

from sumlint.diagnostics import Span

MAX_VALUE = 4096  # longer resolved values are treated as unknown
MAX_DEPTH = 100  # deeper syntax trees are cut (pathological input); the rest still builds
MAX_CHAIN = 100  # variables resolved through at most this many others (`V2=$V1`, `V1=$V0`)

RESERVED = frozenset({"fi", "then", "else", "elif", "done", "do", "esac", "}", "in"})
SEQ_CONTAINERS = ("program", "group", "subshell", "seq", "subst")


@dataclass(eq=False)
class Arg:
    """One argument word after resolution (an array element for expanded arrays)."""

    text: str
    span: Span
    static: bool  # no unresolved expansion left


@dataclass(eq=False)
class Word:
    """A word as written: ``parts`` are ("lit", text) | ("var", name, default, raw, index)
    | ("dyn", raw)."""

    parts: list[tuple]
    raw: str
    span: Span

    @cached_property
    def text(self) -> str:
        return "".join(p[1] if p[0] == "lit" else (p[3] if p[0] == "var" else p[1]) for p in self.parts)

    @cached_property
    def static(self) -> bool:
        return all(p[0] == "lit" for p in self.parts)


@dataclass
class Context:
    """A command's context: the innermost constructs it runs in (see ``Node.context``)."""

    function: str | None = None
    condition: str | None = None  # "if", "while" or "until" when in its condition
    negated: bool = False  # under an odd number of `!`
    lists: list = field(default_factory=list)  # [("&&" | "||", "left" | "right")], innermost first
    pipeline: bool = False
    subshell: bool = False
    substitution: bool = False  # inside $( ), backticks or <( )
    branch: bool = False  # in an if/case branch or a loop body


@dataclass(eq=False)
class Heredoc:
    text: str  # the body, as written
    span: Span  # the body (first body line to the end marker)
    quoted: bool  # <<'EOF': no expansion in the body
    line: int  # line of the body's first line
    delimiter: str = ""

    def line_spans(self) -> Iterator[tuple[str, Span]]:
        """Each body line with its span."""
        for i, text in enumerate(self.text.split("\n")):
            if i and not text and i == self.text.count("\n"):
                break
            yield text, Span(self.line + i, 1, self.line + i, len(text) + 1)


@dataclass(eq=False)
class Redirect:
    op: str  # ">", ">>", "<", "<<", "<<<", ">&", "&>" ...
    fd: str | None
    target: Word | None
    span: Span
    heredoc: Heredoc | None = None


@dataclass(eq=False)
class Assign:
    name: str
    value: Word | None  # None for arrays and bare declarations
    items: list[Word] | None  # array elements
    span: Span
    append: bool = False


class Node:
    # The parent link is weak so that a model has no reference cycles: it is freed as soon
    # as the last reference to the Script goes, without waiting for the cyclic garbage
    # collector (which otherwise costs about 40% of a run over many scripts).
    __slots__ = ("type", "span", "_parent", "__weakref__", "children", "role", "op", "name", "words", "assigns",
                 "redirects", "argv", "wrappers", "index", "function", "decl", "argv_words", "lowered",
                 "origin")

    def __init__(self, type_: str, span: Span, parent: "Node | None" = None) -> None:
        self.type = type_
        self.span = span
        self._parent = _ref(parent) if parent is not None else None
        self.children: list[Node] = []
        self.role = ""
        self.op = ""
        self.name = ""  # command: the effective command word's value; function: its name
        self.words: list[Word] = []
        self.assigns: list[Assign] = []
        self.redirects: list[Redirect] = []
        self.argv: list[Arg] = []
        self.wrappers: list[str] = []
        self.index = -1  # commands: position in source (pre-order) order
        self.function: str | None = None  # the enclosing function's name
        self.decl = ""  # local/export/declare/readonly/typeset for declaration commands
        self.argv_words = 0
        self.lowered: frozenset | None = None  # lower-cased argv texts, computed on demand
        self.origin: str | None = None  # the sourced file it comes from (None: this script)

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        extra = f" {self.text()!r}" if self.type == "command" else (f" {self.op}" if self.op else "")
        return f"<{self.type}{extra} {self.span.line}:{self.span.column}>"

    @property
    def parent(self) -> "Node | None":
        ref = self._parent
        return ref() if ref is not None else None

    @parent.setter
    def parent(self, value: "Node | None") -> None:
        self._parent = _ref(value) if value is not None else None

    # -- commands ----------------------------------------------------------------
    @property
    def base(self) -> str:
        return posixpath.basename(self.name) if "/" in self.name else self.name

    @property
    def args(self) -> list[str]:
        return [a.text for a in self.argv[1:]]

    def text(self) -> str:
        return " ".join(a.text for a in self.argv)

    @property
    def name_span(self) -> Span:
        return self.argv[0].span if self.argv else self.span

    def context(self) -> "Context":
        """Where this node runs, summarised from its ancestors."""
        ctx = Context(function=self.function)
        child = self
        for a in self.ancestors():
            t = a.type
            if t == "not":
                ctx.negated = not ctx.negated
            elif t == "list":
                side = "left" if a.children and a.children[0] is child else "right"
                ctx.lists.append((a.op, side))
            elif t == "pipeline":
                ctx.pipeline = True
            elif t == "subshell":
                ctx.subshell = True
            elif t == "subst":
                ctx.substitution = True
            elif t == "seq" and a.role == "cond" and a.parent is not None:
                ctx.condition = ctx.condition or a.parent.type
            elif t in ("seq",) and a.role in ("body", "else", "item"):
                ctx.branch = True
            elif t == "function":
                break
            child = a
        return ctx

    def walk(self) -> Iterator["Node"]:
        stack = [self]
        while stack:
            node = stack.pop()
            yield node
            stack.extend(reversed(node.children))

    def ancestors(self) -> Iterator["Node"]:
        node = self.parent
        while node is not None:
            yield node
            node = node.parent


@dataclass
class Script:
    root: Node
    commands: list[Node]  # every command node, in source (pre-order, substitutions first) order
    functions: dict[str, Node]  # name -> function node (the last definition)
    comments: list[tuple[str, Span]]
    heredocs: list[Heredoc]
    errors: list[Span]  # tree-sitter ERROR / MISSING nodes, in order
    shebang: str = ""
    variables: dict[str, str | list[str] | None] = field(default_factory=dict)  # resolved statics
    arrays: dict[str, list[tuple[str, Span, bool]]] = field(default_factory=dict)
    problems: list = field(default_factory=list)  # filled by the front-end
    dependencies: list = field(default_factory=list)  # sourced files read (cache key)
    sourced: list = field(default_factory=list)  # their Scripts (kept alive: weak parent links)
    text: str = ""
    _trace: list | None = None
    abandoned: str | None = None  # why the parse was given up (the script is then empty)

    @property
    def dialect(self) -> str:
        """``bash`` unless the shebang names sh/dash (POSIX sh)."""
        m = re.match(r"#!\s*\S*?(?:/env\s+(?:-\S+\s+)*)?(\S+)", self.shebang)
        name = posixpath.basename(m.group(1)) if m else ""
        return "sh" if name in ("sh", "dash", "ash") else "bash"


# ---------------------------------------------------------------------------------------
# Building


class _Positions:
    """Tree-sitter (row, byte column) -> 1-based (line, code-point column).

    ``offset`` shifts lines, for a heredoc body parsed as a script of its own."""

    def __init__(self, text: str, data: bytes, offset: int = 0, col0: int = 0) -> None:
        self.offset = offset
        self.col0 = col0  # code points before the text on its first line (a `-c '…'` string)
        self.ascii = text.isascii()
        self.lines = text.split("\n") if not self.ascii else None
        self._encoded: dict[int, bytes] = {}

    def col(self, row: int, byte_col: int) -> int:
        if self.ascii:
            return byte_col + 1
        lines = self.lines
        if row >= len(lines):
            return byte_col + 1
        line = lines[row]
        if line.isascii():
            return byte_col + 1
        enc = self._encoded.get(row)
        if enc is None:
            enc = self._encoded[row] = line.encode("utf-8", "surrogatepass")
        return len(enc[:byte_col].decode("utf-8", "ignore")) + 1

    def span(self, node) -> Span:
        s, e = node.start_point, node.end_point
        o = self.offset + 1
        if self.ascii:
            span = Span(s[0] + o, s[1] + 1, e[0] + o, e[1] + 1)
        else:
            span = Span(s[0] + o, self.col(s[0], s[1]), e[0] + o, self.col(e[0], e[1]))
        if self.col0 and (s[0] == 0 or e[0] == 0):
            span = Span(span.line, span.column + (self.col0 if s[0] == 0 else 0), span.end_line,
                        span.end_column + (self.col0 if e[0] == 0 else 0))
        return span


WORDLIKE = {"word", "string", "raw_string", "concatenation", "simple_expansion", "expansion",
            "number", "command_substitution", "process_substitution", "arithmetic_expansion",
            "ansi_c_string", "translated_string", "brace_expression", "extglob_pattern",
            "regex", "special_variable_name", "variable_name", "test_operator"}
DEFAULT_OPS = {":-", "-", ":=", "="}
ESCAPE_RE = re.compile(r"\\(.)", re.DOTALL)
DQ_ESCAPE_RE = re.compile(r"\\([$`\"\\\n])")
WRAPPER_OPTS_WITH_VALUE = {
    "sudo": {"-u", "-g", "-h", "-p", "-C", "-D", "-r", "-t", "-U", "--user", "--group", "--host",
             "--prompt", "--chdir"},
    "doas": {"-u", "-C"},
    "runuser": {"-u", "-g", "-G", "--user", "--group"},
    "env": {"-u", "--unset", "-C", "--chdir", "-S", "--split-string"},
    "nice": {"-n", "--adjustment"},
    "ionice": {"-c", "-n", "-p", "--class", "--classdata"},
    "timeout": {"-s", "--signal", "-k", "--kill-after"},
    "chronic": set(), "nohup": set(), "command": set(), "exec": {"-a"}, "time": {"-f", "-o"},
    "stdbuf": {"-i", "-o", "-e"}, "setsid": set(), "chrt": set(), "flock": {"-w", "-E", "--timeout"},
}


class _Builder:
    def __init__(self, text: str, data: bytes) -> None:
        self.data = data
        self.pos = _Positions(text, data)
        self.commands: list[Node] = []
        self.functions: dict[str, Node] = {}
        self.comments: list[tuple[str, Span]] = []
        self.heredocs: list[Heredoc] = []
        self.errors: list[Span] = []
        self.function_stack: list[str] = []
        self.for_vars: set[str] = set()

    # -- helpers -------------------------------------------------------------------
    def raw(self, node) -> str:
        return self.data[node.start_byte:node.end_byte].decode("utf-8", "replace")

    def span(self, node) -> Span:
        return self.pos.span(node)

    def note_errors(self, node) -> None:
        if node.type == "ERROR" or node.is_missing:
            self.errors.append(self.span(node))

    # -- statements ----------------------------------------------------------------
    def statements(self, ts_nodes, parent: Node, depth: int) -> None:
        for child in ts_nodes:
            self.statement(child, parent, depth)

    def statement(self, ts, parent: Node, depth: int) -> Node | None:
        t = ts.type
        if t == "comment":
            self.comments.append((self.raw(ts), self.span(ts)))
            return None
        if not ts.is_named:
            if ts.is_missing:
                self.errors.append(self.span(ts))
            return None
        if depth > MAX_DEPTH:
            self.errors.append(self.span(ts))
            return None
        handler = getattr(self, "s_" + t, None)
        if handler is None:
            if t == "ERROR":
                self.errors.append(self.span(ts))
                self.statements(ts.children, parent, depth + 1)
                return None
            if t in WORDLIKE or t in ("heredoc_body", "heredoc_start", "heredoc_end"):
                # A stray word (in recovered trees): substitutions in it still run.
                node = self.new_command(ts, parent)
                node.words.append(self.word(ts, node, depth))
                self.finish_command(node)
                return node
            # Unknown statement type: keep any nested statements.
            node = Node("group", self.span(ts), parent)
            parent.children.append(node)
            self.statements(ts.named_children, node, depth + 1)
            return node
        return handler(ts, parent, depth)

    def container(self, type_: str, ts, parent: Node, depth: int, role: str = "") -> Node:
        node = Node(type_, self.span(ts), parent)
        node.role = role
        parent.children.append(node)
        return node

    def s_redirected_statement(self, ts, parent, depth):
        body = ts.child_by_field_name("body")
        redirects = [c for c in ts.children if c.type.endswith("_redirect") or c.type == "herestring_redirect"]
        node = None
        if body is not None:
            node = self.statement(body, parent, depth + 1)
        if node is None:
            node = self.new_command(ts, parent)
            self.finish_command(node)
        for c in ts.children:
            if c.type == "ERROR":
                self.errors.append(self.span(c))
        for r in redirects:
            node.redirects.append(self.redirect(r, node, depth))
            heredoc = node.redirects[-1].heredoc
            if heredoc is not None and heredoc.text and node.type == "command" and _feeds_shell(node.words):
                self.nested_script(heredoc, node, depth)
        return node

    def nested_script(self, heredoc: Heredoc, node: Node, depth: int) -> None:
        """``ssh host bash -s <<'EOF' … EOF``: the body is a script that runs as the command."""
        if depth > MAX_DEPTH // 2:
            return
        data = heredoc.text.encode("utf-8", "surrogatepass")
        tree = parse_bounded(_PARSER, data) if _PARSER is not None else None
        if tree is None:
            return
        saved = (self.data, self.pos, len(self.errors))
        self.data = data
        self.pos = _Positions(heredoc.text, data, heredoc.line - 1)
        shell = Node("subshell", heredoc.span, node)
        shell.role = "heredoc"
        node.children.append(shell)
        try:
            self.statements(tree.root_node.children, shell, depth + 1)
        finally:
            self.data, self.pos = saved[0], saved[1]
            del self.errors[saved[2]:]  # bash -n on the script does not read the body

    def nested_string(self, word: "Word", node: Node, depth: int) -> None:
        """``bash -c 'until redis-cli ping; do sleep 1; done'``, ``ssh host 'cd /srv && …'``:
        the quoted string is a script that runs as the command (like a heredoc fed to
        ``bash -s``). Only a single-quoted string, or a double-quoted one without
        backslashes, so that positions inside it stay exact."""
        if depth > MAX_DEPTH // 2 or len(word.raw) < 3:
            return
        body = word.raw[1:-1]
        heredoc = Heredoc(body, word.span, word.raw[0] == "'", word.span.line)
        data = body.encode("utf-8", "surrogatepass")
        if b"\x00" in data or _PARSER is None:
            return
        tree = parse_bounded(_PARSER, data)  # the same time budget as the script's parse
        if tree is None or tree.root_node.has_error:
            return
        saved = (self.data, self.pos, len(self.errors))
        self.data = data
        self.pos = _Positions(body, data, word.span.line - 1, word.span.column)
        shell = Node("subshell", heredoc.span, node)
        shell.role = "heredoc"
        node.children.append(shell)
        try:
            self.statements(tree.root_node.children, shell, depth + 1)
        finally:
            self.data, self.pos = saved[0], saved[1]
            del self.errors[saved[2]:]

    def s_command(self, ts, parent, depth):
        node = self.new_command(ts, parent)
        for i, child in enumerate(ts.children):
            field_name = ts.field_name_for_child(i)
            ct = child.type
            if ct == "variable_assignment":
                node.assigns.append(self.assignment(child, node, depth))
            elif ct == "command_name":
                inner = child.named_children
                if inner:
                    node.words.append(self.word(inner[0], node, depth))
            elif ct.endswith("_redirect"):
                node.redirects.append(self.redirect(child, node, depth))
            elif ct == "comment":
                self.comments.append((self.raw(child), self.span(child)))
            elif ct == "ERROR":
                self.errors.append(self.span(child))
            elif field_name == "argument" or ct in WORDLIKE:
                node.words.append(self.word(child, node, depth))
            elif ct == "subshell":  # `cmd (x)` recovered oddities
                self.statement(child, node, depth + 1)
        script_word = _command_string(node.words)
        if script_word is not None:
            self.nested_string(script_word, node, depth)
        self.finish_command(node)
        return node

    def s_variable_assignment(self, ts, parent, depth):
        node = self.new_command(ts, parent)
        node.assigns.append(self.assignment(ts, node, depth))
        self.finish_command(node)
        return node

    def s_variable_assignments(self, ts, parent, depth):
        node = self.new_command(ts, parent)
        for c in ts.named_children:
            if c.type == "variable_assignment":
                node.assigns.append(self.assignment(c, node, depth))
        self.finish_command(node)
        return node

    def s_declaration_command(self, ts, parent, depth):
        node = self.new_command(ts, parent)
        first = ts.children[0] if ts.children else None
        node.decl = self.raw(first) if first is not None else ""
        node.words.append(Word([("lit", node.decl)], node.decl, self.span(first) if first else node.span))
        for c in ts.children[1:]:
            if c.type == "variable_assignment":
                node.assigns.append(self.assignment(c, node, depth))
            elif c.type == "variable_name":
                node.assigns.append(Assign(self.raw(c), None, None, self.span(c)))
                node.words.append(Word([("lit", self.raw(c))], self.raw(c), self.span(c)))
            elif c.type in WORDLIKE:
                node.words.append(self.word(c, node, depth))
        self.finish_command(node)
        return node

    def s_unset_command(self, ts, parent, depth):
        node = self.new_command(ts, parent)
        for c in ts.children:
            if c.is_named or c.type == "unset":
                node.words.append(self.word(c, node, depth))
        self.finish_command(node)
        return node

    def s_test_command(self, ts, parent, depth):
        node = self.new_command(ts, parent)
        opener = ts.children[0] if ts.children else None
        name = self.raw(opener) if opener is not None and not opener.is_named else "[["
        node.words.append(Word([("lit", name)], name, self.span(opener) if opener else node.span))

        self._flatten_test(ts, node, depth, 0)
        self.finish_command(node)
        return node

    def _flatten_test(self, n, node: Node, depth: int, d: int) -> None:
        for c in n.children:
            if c.type in WORDLIKE:
                node.words.append(self.word(c, node, depth))
            elif c.type == "ERROR":
                self.errors.append(self.span(c))
            elif c.child_count == 0:
                tok = self.raw(c)
                if tok not in ("[[", "]]", "[", "]") and d < 60:
                    node.words.append(Word([("lit", tok)], tok, self.span(c)))
            elif d < 60:
                self._flatten_test(c, node, depth, d + 1)

    def s_arithmetic_expansion(self, ts, parent, depth):  # `(( ... ))` as a statement
        node = self.new_command(ts, parent)
        node.words.append(Word([("lit", "((")], "((", self.span(ts)))
        for sub in self.find_substitutions(ts, depth):
            self.subst(sub, node, depth)
        self.finish_command(node)
        return node

    def s_compound_statement(self, ts, parent, depth):
        first = ts.children[0].type if ts.children else ""
        if first == "((":
            return self.s_arithmetic_expansion(ts, parent, depth)
        node = self.container("group", ts, parent, depth)
        self.statements(ts.children, node, depth + 1)
        return node

    def s_subshell(self, ts, parent, depth):
        node = self.container("subshell", ts, parent, depth)
        self.statements(ts.children, node, depth + 1)
        return node

    def s_do_group(self, ts, parent, depth):
        node = self.container("group", ts, parent, depth)
        self.statements(ts.children, node, depth + 1)
        return node

    def s_function_definition(self, ts, parent, depth):
        node = self.container("function", ts, parent, depth)
        name_node = ts.child_by_field_name("name")
        node.name = self.raw(name_node) if name_node is not None else ""
        body = ts.child_by_field_name("body")
        self.function_stack.append(node.name)
        if body is not None:
            self.statement(body, node, depth + 1)
        self.function_stack.pop()
        for c in ts.children:
            self.note_errors(c)
        if node.name:
            self.functions[node.name] = node
        return node

    def s_list(self, ts, parent, depth):
        node = self.container("list", ts, parent, depth)
        for c in ts.children:
            if c.type in ("&&", "||"):
                node.op = c.type
            elif c.is_named:
                self.statement(c, node, depth + 1)
        if len(node.children) != 2:  # recovered tree: behave like a sequence
            node.type = "group"
        return node

    def s_pipeline(self, ts, parent, depth):
        node = self.container("pipeline", ts, parent, depth)
        self.statements(ts.children, node, depth + 1)
        return node

    def s_negated_command(self, ts, parent, depth):
        node = self.container("not", ts, parent, depth)
        self.statements(ts.children, node, depth + 1)
        return node

    def s_if_statement(self, ts, parent, depth):
        node = self.container("if", ts, parent, depth)
        seq = self.seq(node, ts, "cond")
        for c in ts.children:
            t = c.type
            if t == "then":
                seq = self.seq(node, c, "body")
            elif t in ("elif_clause", "else_clause"):
                self.clause(node, c, depth)
            elif t in ("if", "fi", ";", "\n", "&"):
                continue
            else:
                self.statement(c, seq, depth + 1)
        return node

    def clause(self, node: Node, ts, depth: int) -> None:
        if ts.type == "else_clause":
            seq = self.seq(node, ts, "else")
            for c in ts.children:
                if c.type != "else":
                    self.statement(c, seq, depth + 1)
            return
        seq = self.seq(node, ts, "cond")
        for c in ts.children:
            if c.type == "then":
                seq = self.seq(node, c, "body")
            elif c.type != "elif":
                self.statement(c, seq, depth + 1)

    def seq(self, parent: Node, ts, role: str) -> Node:
        node = Node("seq", self.span(ts), parent)
        node.role = role
        parent.children.append(node)
        return node

    def s_while_statement(self, ts, parent, depth):
        keyword = ts.children[0].type if ts.children else "while"
        node = self.container("until" if keyword == "until" else "while", ts, parent, depth)
        cond = self.seq(node, ts, "cond")
        body = None
        for c in ts.children:
            if c.type == "do_group":
                body = self.seq(node, c, "body")
                self.statements(c.children, body, depth + 1)
            elif c.type not in ("while", "until", ";"):
                self.statement(c, cond if body is None else body, depth + 1)
        return node

    def s_for_statement(self, ts, parent, depth):
        node = self.container("for", ts, parent, depth)
        head = self.seq(node, ts, "head")
        holder = self.new_command(ts, head)  # the loop's word list (substitutions run here)
        holder.words.append(Word([("lit", "for")], "for", self.span(ts.children[0]) if ts.children else node.span))
        var = ts.child_by_field_name("variable")
        if var is not None:
            self.for_vars.add(self.raw(var))
            node.name = self.raw(var)  # the loop variable (unrolled by the trace when static)
        for c in ts.children:
            if c.type == "do_group":
                body = self.seq(node, c, "body")
                self.statements(c.children, body, depth + 1)
            elif c.type in WORDLIKE and c.type != "variable_name":
                holder.words.append(self.word(c, holder, depth))
            elif c.type == "ERROR":
                self.errors.append(self.span(c))
        self.finish_command(holder)
        return node

    s_c_style_for_statement = s_for_statement
    s_select_statement = s_for_statement

    def s_case_statement(self, ts, parent, depth):
        node = self.container("case", ts, parent, depth)
        head = self.seq(node, ts, "head")
        value = ts.child_by_field_name("value")
        holder = self.new_command(ts, head)
        holder.words.append(Word([("lit", "case")], "case", self.span(ts.children[0]) if ts.children else node.span))
        if value is not None:
            holder.words.append(self.word(value, holder, depth))
        self.finish_command(holder)
        for c in ts.children:
            if c.type == "case_item":
                item = self.seq(node, c, "item")
                for i, ic in enumerate(c.children):
                    fname = c.field_name_for_child(i)
                    if fname == "value":  # the item's patterns, as words of the item
                        if ic.type in WORDLIKE and not self.find_substitutions(ic, depth):
                            item.words.append(self.word(ic, item, depth))
                        continue
                    if ic.type in (")", "|", ";;", ";&", ";;&", "(") or not ic.is_named:
                        continue
                    self.statement(ic, item, depth + 1)
            elif c.type == "ERROR":
                self.errors.append(self.span(c))
        return node

    def s_heredoc_body(self, ts, parent, depth):
        return None

    # -- commands and words --------------------------------------------------------
    def new_command(self, ts, parent: Node) -> Node:
        node = Node("command", self.span(ts), parent)
        node.function = self.function_stack[-1] if self.function_stack else None
        parent.children.append(node)
        return node

    def finish_command(self, node: Node) -> None:
        # `fi`, `done`, `then` … as a command name: tree-sitter takes a stray keyword for a
        # command, bash rejects the script. Record it so that bash -n is asked.
        if node.words and node.words[0].raw in RESERVED and not node.assigns:
            self.errors.append(node.words[0].span)
        node.index = len(self.commands)
        self.commands.append(node)

    def assignment(self, ts, node: Node, depth: int) -> Assign:
        name_node = ts.child_by_field_name("name")
        value = ts.child_by_field_name("value")
        name = self.raw(name_node) if name_node is not None else ""
        if name_node is not None and name_node.type == "subscript":
            inner = name_node.child_by_field_name("name")
            name = (self.raw(inner) if inner is not None else name) + "[]"
        end = name_node.end_byte if name_node is not None else ts.start_byte
        append = self.data[end:end + 2] == b"+="
        if value is not None and value.type == "array":
            items = [self.word(c, node, depth) for c in value.named_children if c.type in WORDLIKE]
            return Assign(name, None, items, self.span(ts), append)
        word = self.word(value, node, depth) if value is not None else Word([("lit", "")], "", self.span(ts))
        return Assign(name, word, None, self.span(ts), append)

    def redirect(self, ts, node: Node, depth: int) -> Redirect:
        op = ""
        fd = None
        target = None
        heredoc = None
        for c in ts.children:
            t = c.type
            if t == "file_descriptor":
                fd = self.raw(c)
            elif t == "heredoc_start":
                delim = self.raw(c)
                quoted = any(q in delim for q in "'\"\\")
                body = next((x for x in ts.children if x.type == "heredoc_body"), None)
                end = next((x for x in ts.children if x.type == "heredoc_end"), None)
                if body is not None:
                    heredoc = Heredoc(self.raw(body), self.span(body), quoted, body.start_point[0] + 1,
                                      delim.strip("'\"\\"))
                    if not quoted:
                        for sub in self.find_substitutions(body, depth):
                            self.subst(sub, node, depth)
                else:
                    start = (end or c).start_point[0] + 1
                    heredoc = Heredoc("", Span(start, 1, start, 1), quoted, start, delim.strip("'\"\\"))
                self.heredocs.append(heredoc)
            elif t in ("heredoc_body", "heredoc_end"):
                continue
            elif not c.is_named:
                op += self.raw(c)
            elif t in WORDLIKE:
                target = self.word(c, node, depth)
            elif t == "ERROR":
                self.errors.append(self.span(c))
        return Redirect(op.strip(), fd, target, self.span(ts), heredoc)

    def find_substitutions(self, ts, depth: int):
        found = []
        stack = list(reversed(ts.children))
        while stack:
            c = stack.pop()
            if c.type in ("command_substitution", "process_substitution"):
                found.append(c)
            elif c.type == "ERROR":
                self.errors.append(self.span(c))
            else:
                stack.extend(reversed(c.children))
        return found

    def subst(self, ts, node: Node, depth: int) -> None:
        sub = Node("subst", self.span(ts), node)
        sub.op = "<(" if ts.type == "process_substitution" else "$("
        node.children.append(sub)
        if depth > MAX_DEPTH:
            self.errors.append(self.span(ts))
            return
        self.statements(ts.children, sub, depth + 1)

    def word(self, ts, node: Node, depth: int) -> Word:
        parts: list[tuple] = []
        self._parts(ts, parts, node, depth, False)
        return Word(parts, self.raw(ts), self.span(ts))

    def _parts(self, ts, parts: list, node: Node, depth: int, in_dq: bool) -> None:
        if depth > MAX_DEPTH:  # `${A:-${B:-${C:-…}}}` hundreds deep: the rest is dynamic text
            parts.append(("dyn", self.raw(ts)))
            return
        t = ts.type
        if t == "word" or t == "number" or t == "extglob_pattern" or t == "regex" or t == "test_operator" \
                or t == "variable_name" or t == "special_variable_name":
            raw = self.raw(ts)
            parts.append(("lit", ESCAPE_RE.sub(r"\1", raw) if "\\" in raw else raw))
        elif t == "raw_string":
            parts.append(("lit", self.raw(ts)[1:-1]))
        elif t == "string" or t == "translated_string":
            for c in ts.children:
                ct = c.type
                if ct in ('"', '$"'):
                    continue
                if ct == "string_content":
                    raw = self.raw(c)
                    parts.append(("lit", DQ_ESCAPE_RE.sub(r"\1", raw) if "\\" in raw else raw))
                else:
                    self._parts(c, parts, node, depth, True)
        elif t == "concatenation":
            for c in ts.children:
                self._parts(c, parts, node, depth, in_dq)
        elif t == "simple_expansion":
            name_node = ts.named_children[0] if ts.named_children else None
            name = self.raw(name_node) if name_node is not None else ""
            if name_node is not None and name_node.type == "variable_name":
                parts.append(("var", name, None, self.raw(ts), None))
            else:
                parts.append(("dyn", self.raw(ts)))
        elif t == "expansion":
            parts.append(self._expansion(ts, node, depth))
        elif t in ("command_substitution", "process_substitution"):
            parts.append(("dyn", self.raw(ts)))
            self.subst(ts, node, depth + 1)
        elif t == "ansi_c_string":
            parts.append(("lit", self.raw(ts)[2:-1]))
        elif t == "ERROR":
            self.errors.append(self.span(ts))
            parts.append(("dyn", self.raw(ts)))
        else:  # arithmetic, brace expressions, anything else: dynamic text
            for sub in self.find_substitutions(ts, depth):
                self.subst(sub, node, depth + 1)
            parts.append(("dyn", self.raw(ts)))

    def _expansion(self, ts, node: Node, depth: int) -> tuple:
        raw = self.raw(ts)
        children = ts.children
        name = None
        index = None
        default = None
        op = None
        for i, c in enumerate(children):
            t = c.type
            if t == "variable_name" and name is None and op is None:
                name = self.raw(c)
            elif t == "subscript" and name is None:
                inner = c.child_by_field_name("name")
                idx = c.child_by_field_name("index")
                name = self.raw(inner) if inner is not None else None
                index = self.raw(idx) if idx is not None else ""
            elif t in ("${", "}"):
                continue
            elif op is None and not c.is_named:
                op = t
            elif op in DEFAULT_OPS and default is None:
                if t in ("command_substitution", "process_substitution"):
                    self.subst(c, node, depth + 1)
                    default = False
                else:
                    sub: list = []
                    self._parts(c, sub, node, depth + 1, True)
                    default = "".join(p[1] for p in sub) if all(p[0] == "lit" for p in sub) else False
            elif t in ("command_substitution", "process_substitution"):
                self.subst(c, node, depth + 1)
            elif c.is_named:
                for s in self.find_substitutions(c, depth):
                    self.subst(s, node, depth + 1)
        if name is None or (op is not None and op not in DEFAULT_OPS):
            return ("dyn", raw)
        if op in DEFAULT_OPS and default is None:
            default = ""
        if default is False:
            return ("dyn", raw)
        return ("var", name, default, raw, index)


SHELLS = frozenset({"bash", "sh", "dash", "zsh", "ksh", "ash"})


SSH_OPTS_WITH_VALUE = frozenset("BbcDEeFIiJLlmOoPpQRSWw")


def _command_string(words: list[Word]) -> "Word | None":
    """The script string of ``[wrappers] bash -c 'SCRIPT'`` or ``ssh [opts] host 'SCRIPT'``."""
    texts = [w.text for w in words]
    for i, text in enumerate(texts):
        base = posixpath.basename(text)
        if base in SHELLS:
            j = i + 1
            while j < len(texts) and texts[j].startswith("-") and texts[j] != "--":
                if "c" in texts[j][1:] and not texts[j].startswith("--"):
                    return _quoted_script(words[j + 1]) if j + 1 < len(words) else None
                j += 1
            return None
        if base == "ssh":
            j = i + 1
            while j < len(texts) and texts[j].startswith("-"):
                flag = texts[j]
                j += 2 if len(flag) == 2 and flag[1] in SSH_OPTS_WITH_VALUE else 1
            if j + 2 == len(words):  # host, then one word: the remote command line
                return _quoted_script(words[j + 1])
            return None
    return None


def _quoted_script(word: Word) -> "Word | None":
    raw = word.raw
    if len(raw) < 3 or raw[0] != raw[-1] or raw[0] not in "'\"":
        return None
    if raw[0] == '"' and "\\" in raw:
        return None
    if not any(ch in raw for ch in " ;|&\n"):
        return None  # a single word: nothing to parse
    # Only plain command lines (no heredoc inside a string, no control characters).
    if "<<" in raw or any(ord(ch) < 32 and ch not in "\n\t" for ch in raw):
        return None
    return word


def _feeds_shell(words: list[Word]) -> bool:
    """True when the command runs a shell that reads its script from stdin."""
    texts = [w.text for w in words]
    for i in range(len(texts) - 1, -1, -1):
        if posixpath.basename(texts[i]) in SHELLS:
            rest = texts[i + 1:]
            if "-c" in rest:
                return False
            if "-s" in rest:
                return True
            return all(t.startswith("-") for t in rest)
    return False


def _collect_comments(b: _Builder, ts_root, tree_sitter, language) -> None:
    """Comments that the statement walk did not see (inside words, cases, lists …)."""
    seen = {(s.line, s.column) for _, s in b.comments}
    try:
        if b"#" not in b.data:
            nodes = []  # no comment anywhere
        elif ts_root.has_error:
            # error recovery can leave ERROR nodes with very many children (`{{{{…`, `((((…`):
            # the query is quadratic there (20,000 took 0.7 s, 60,000 `(` 4.7 s); the walk is
            # linear (and costs ~0.04 s per MB more than the query on scripts without errors)
            raise LookupError
        else:
            query = _comment_query(tree_sitter, language)
            nodes = tree_sitter.QueryCursor(query).captures(ts_root).get("c", [])
    except Exception:  # an older binding without QueryCursor: walk the tree
        nodes = []
        stack = [ts_root]
        while stack:
            n = stack.pop()
            if n.type == "comment":
                nodes.append(n)
            elif n.child_count and n.type != "heredoc_body":
                stack.extend(n.children)
    for n in nodes:
        sp = b.span(n)
        if (sp.line, sp.column) not in seen:
            b.comments.append((b.raw(n), sp))
    b.comments.sort(key=lambda c: (c[1].line, c[1].column))


_QUERY = None


def _comment_query(tree_sitter, language):
    global _QUERY
    if _QUERY is None:
        _QUERY = tree_sitter.Query(language, "(comment) @c")
    return _QUERY


def build(text: str, on_tree=None, bank: str | None = None) -> Script:
    """Parse ``text`` (LF-normalised) into a Script. Never raises. ``on_tree(has_error)``
    is called once tree-sitter has parsed, before the (longer) model build.

    The cyclic garbage collector is paused while the model is built: the build allocates
    many small objects with parent pointers, and collections triggered in the middle of it
    rescan every live object again and again (about half the build time on large scripts).
    """
    import gc

    enabled = gc.isenabled()
    gc.disable()
    try:
        return _build(text, on_tree, bank)
    finally:
        if enabled:
            gc.enable()


def _build(text: str, on_tree=None, bank: str | None = None) -> Script:
    import tree_sitter
    import tree_sitter_bash

    data = text.encode("utf-8", "surrogatepass")
    parser = _parser(tree_sitter, tree_sitter_bash)
    tree = parse_bounded(parser, data, bank)
    if tree is None:  # tree-sitter gave up (see parse_bounded): an empty script, with why
        script = Script(Node("program", Span(1, 1, 1, 1)), [], {}, [], [], [],
                        text.split("\n", 1)[0] if text.startswith("#!") else "", text=text)
        script.abandoned = (f"tree-sitter-bash gave up parsing this script after "
                            f"{parse_budget(len(data)):.0f} s (its error recovery is very slow on long "
                            "runs of operators such as `<<<<`, `||||` or `$[$[`); the shell rules "
                            "did not run")
        return script
    if on_tree is not None:
        on_tree(tree.root_node.has_error)  # e.g. start `bash -n` while the model is built
    b = _Builder(text, data)
    root = Node("program", Span(1, 1, 1, 1))
    ts_root = tree.root_node
    root.span = b.span(ts_root)
    b.statements(ts_root.children, root, 0)
    if ts_root.has_error and not b.errors:
        b.errors.append(_first_error(b, ts_root))
    if ts_root.has_error:
        first = _first_error(b, ts_root)
        if first is not None:
            b.errors.append(first)
        b.errors.sort()
    _collect_comments(b, ts_root, tree_sitter, parser.language)
    shebang = text.split("\n", 1)[0] if text.startswith("#!") else ""
    script = Script(root, b.commands, b.functions, b.comments, b.heredocs,
                    [e for e in b.errors if e is not None], shebang, text=text)
    resolve(script, b.for_vars)
    return script


def _first_error(b: _Builder, ts_root) -> Span | None:
    stack = [ts_root]
    while stack:
        n = stack.pop()
        if n.type == "ERROR" or n.is_missing:
            return b.span(n)
        if n.has_error:
            stack.extend(reversed(n.children))
    return None


_PARSER = None
PARSE_SECONDS = 3.0  # tree-sitter's time budget for one parse, plus PARSE_SECONDS_PER_MB per MB
PARSE_SECONDS_PER_MB = 3.0
_CHUNK = 1 << 16


def parse_budget(size: int) -> float:
    return PARSE_SECONDS + PARSE_SECONDS_PER_MB * size / 1e6


# Seconds of tree-sitter time left for the code blocks of one markdown file (by its path):
# each block has its own budget, and all of a file's blocks share this one, so that a runbook
# of a hundred pathological blocks cannot take a hundred budgets (see open_bank).
_BANKS: dict[str, float] = {}


def open_bank(key: str, size: int) -> None:
    """Called by the markdown front-end for each file it reads: its code blocks parsed with
    ``bank=key`` share ``parse_budget(size)`` seconds of tree-sitter time."""
    _BANKS[key] = parse_budget(size)


_ASCII_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# A printable stand-in of the same UTF-8 length for each length, so byte offsets and
# code-point columns of everything else stay exactly where they were.
_STAND_INS = {1: " ", 2: "\u00e9", 3: "\u4e00", 4: "\U0001d400"}


def _without_control_characters(data: bytes) -> bytes:
    """``data`` with control, format, private-use and unassigned characters replaced.

    tree-sitter-bash's external scanner corrupts memory on text full of such characters
    (seen as intermittent segfaults under fuzzing, with tree-sitter 0.25/0.26 and
    tree-sitter-bash 0.23.3/0.25.1, also in a bare ``Parser.parse``; never with printable
    text). No shell word means anything different with them, and real scripts almost never
    hold them, so the parser is given a same-length printable stand-in; callers keep
    slicing the original bytes, so words and positions are unchanged.
    """
    if data.isascii():
        if not _ASCII_CONTROL.search(data):
            return data
        return _ASCII_CONTROL.sub(b" ", data)
    import unicodedata

    text = data.decode("utf-8", errors="surrogatepass")
    table = {}
    for char in set(text):
        if char in "\t\n\r":
            continue
        category = unicodedata.category(char)
        if category[0] == "C" and category != "Cs":
            table[ord(char)] = _STAND_INS[len(char.encode("utf-8"))]
    if not table:
        return data
    return text.translate(table).encode("utf-8", errors="surrogatepass")


def parse_bounded(parser, data: bytes, bank: str | None = None):
    """tree-sitter's tree of ``data``, or None when it gave up within ``parse_budget``.

    tree-sitter's error recovery is quadratic on long runs of operators (``<<<<…``,
    ``>>>>…``, ``||||…``, ``$[$[…``): 60,000 ``<`` took 5 s, 200,000 over a minute. Valid
    scripts parse at about 9 MB/s, so the budget (3 s + 3 s per MB) is far beyond what real
    scripts need; the progress callback is called every ~100 parse operations (at most
    ~20 ms apart even on such input) and cancels the parse once the budget is spent.
    """
    import time

    budget = parse_budget(len(data))
    left = _BANKS.get(bank) if bank is not None else None
    if left is not None:
        budget = min(budget, max(left, 0.0))
    began = time.monotonic()
    deadline = began + budget
    data = _without_control_characters(data)
    try:
        # memoryview slices: tree-sitter re-reads from each lexer restart (an unterminated
        # heredoc: once a line), and copying 64 KB each time took 2.5 s on 50,000 lines
        view = memoryview(data)
        return parser.parse(lambda offset, _point: view[offset:offset + _CHUNK],
                            progress_callback=lambda *_: time.monotonic() > deadline)
    except TypeError:  # a binding without progress callbacks: parse without a budget
        return parser.parse(data)
    except ValueError:  # cancelled: the next parse must start afresh, not resume this one
        parser.reset()
        return None
    finally:
        if left is not None:
            _BANKS[bank] = left - (time.monotonic() - began)


def _parser(tree_sitter, tree_sitter_bash):
    global _PARSER
    if _PARSER is None:
        _PARSER = tree_sitter.Parser(tree_sitter.Language(tree_sitter_bash.language()))
    return _PARSER


# ---------------------------------------------------------------------------------------
# Static resolution and wrappers


def resolve(script: Script, for_vars: set[str] | frozenset = frozenset()) -> None:
    """Resolve variables assigned one static value, expand arrays, strip wrappers."""
    raw_assigns: dict[str, list[Assign]] = {}
    for cmd in script.commands:
        for a in cmd.assigns:
            raw_assigns.setdefault(a.name, []).append(a)
        if cmd.words and cmd.words[0].text == "read":  # `read VAR` makes VAR unknown
            for w in cmd.words[1:]:
                if not w.text.startswith("-"):
                    raw_assigns.setdefault(w.text, []).append(Assign(w.text, None, [], w.span))
    env: dict[str, object] = {}
    resolving: set[str] = set()

    def value_of(name: str):
        if name in env:
            return env[name]
        if name in for_vars or name not in raw_assigns:
            return None
        if name in resolving or len(resolving) >= MAX_CHAIN:
            return None  # a cycle, or a chain `V1=$V0; V2=$V1; …` too long to follow
        resolving.add(name)
        result: object = None
        results = set()
        arrays = []
        ok = True
        for a in raw_assigns[name]:
            if a.append:
                ok = False
                break
            if a.items is not None:
                items = []
                for w in a.items:
                    r = resolve_word(w)
                    if r is None:
                        ok = False
                        break
                    items.append((r, w.span))
                if not ok:
                    break
                arrays.append(items)
            elif a.value is None:
                continue  # `local X` / `export X`: no value
            else:
                r = resolve_word(a.value)
                if r is None:
                    ok = False
                    break
                results.add(r)
        if ok and arrays and not results and len({tuple(x for x, _ in arr) for arr in arrays}) == 1:
            result = arrays[0]
        elif ok and len(results) == 1 and not arrays:
            result = results.pop()
        resolving.discard(name)
        env[name] = result
        return result

    def resolve_word(w: Word) -> str | None:
        parts = w.parts
        if len(parts) == 1 and parts[0][0] == "lit":
            return parts[0][1] if len(parts[0][1]) <= MAX_VALUE else None
        out = []
        total = 0  # the length of out's text (a running sum: summing each time is quadratic)
        for p in parts:
            if total > MAX_VALUE:
                return None  # `B="$A$A"; C="$B$B"; …` must not grow without bound
            if p[0] == "lit":
                out.append(p[1])
            elif p[0] == "var":
                v = value_of(p[1])
                if isinstance(v, list):
                    if p[4] in ("@", "*"):
                        out.append(" ".join(x for x, _ in v))
                    elif p[4] in (None, "0") and v:
                        out.append(v[0][0])
                    else:
                        return None
                elif v is None:
                    if p[2] is not None and (p[1] in resolving or not (p[1] in raw_assigns or p[1] in for_vars)):
                        out.append(p[2])  # ${X:-default} with X never assigned here
                    else:
                        return None
                else:
                    out.append(v)
            else:
                return None
            total += len(out[-1])
        text = "".join(out)
        return text if len(text) <= MAX_VALUE else None

    partial_cache: dict[str, str | None] = {}

    def partial_of(name: str) -> str | None:
        """The text of a variable's only assignment with what is known substituted
        (``/srv/${SITE_SLUG}/venv/bin/python``), for display and matching."""
        if name in partial_cache:
            return partial_cache[name]
        partial_cache[name] = None  # recursion guard
        assigns = raw_assigns.get(name, [])
        values = [a for a in assigns if a.value is not None]
        result = None
        if len(values) == 1 and len(assigns) == 1 and not values[0].append and name not in for_vars \
                and any(p[0] == "lit" and p[1] for p in values[0].value.parts):
            result = partial_word(values[0].value)
        partial_cache[name] = result
        return result

    def partial_word(w: Word) -> str:
        out = []
        total = 0  # running length of out's text
        for p in w.parts:
            if total > MAX_VALUE:
                return w.text
            if p[0] == "lit":
                out.append(p[1])
            elif p[0] == "var" and p[4] is None:
                v = value_of(p[1])
                if isinstance(v, str):
                    out.append(v)
                else:
                    part = partial_of(p[1])
                    out.append(part if part is not None else p[3])
            else:
                out.append(p[3] if p[0] == "var" else p[1])
            total += len(out[-1])
        return "".join(out)

    for cmd in script.commands:
        argv: list[Arg] = []
        for w in cmd.words:
            parts = w.parts
            if len(parts) == 1 and parts[0][0] == "var":
                v = value_of(parts[0][1])
                if isinstance(v, list) and parts[0][4] in ("@", "*"):
                    argv.extend(Arg(x, sp, True) for x, sp in v)
                    continue
            r = resolve_word(w)
            argv.append(Arg(r, w.span, True) if r is not None else Arg(partial_word(w), w.span, False))
        cmd.argv_words = len(argv)
        cmd.argv, cmd.wrappers = strip_wrappers(argv)
        cmd.name = cmd.argv[0].text if cmd.argv else ""
    # Functions that run their arguments (`as_app() { sudo -u app "$@"; }`) are wrappers too.
    runners = {cmd.function for cmd in script.commands
               if cmd.function and cmd.name in ("$@", "$*") and cmd.function in script.functions}
    if runners:
        for cmd in script.commands:
            if cmd.name in runners and len(cmd.argv) > 1:
                rest, more = strip_wrappers(cmd.argv[1:])
                cmd.wrappers = cmd.wrappers + [cmd.name] + more
                cmd.argv = rest
                cmd.name = rest[0].text if rest else ""
    script.variables = {k: v for k, v in env.items() if v is not None and not isinstance(v, list)}
    script.arrays = {k: v for k, v in env.items() if isinstance(v, list)}
    for name in raw_assigns:
        if name not in env:
            v = value_of(name)
            if isinstance(v, str):
                script.variables[name] = v
    # The helpers above are closures that refer to each other (a reference cycle): empty
    # what they hold so that the model does not wait for the cyclic garbage collector.
    env.clear()
    raw_assigns.clear()
    partial_cache.clear()
    # The helpers are closures that refer to each other (a reference cycle through their
    # cells); rebinding the names empties the cells and breaks it.
    value_of = resolve_word = partial_word = None  # noqa: F841
    partial_of = None  # noqa: F811


def strip_wrappers(argv: list[Arg]) -> tuple[list[Arg], list[str]]:
    """``sudo -u www env A=b timeout 5 cmd …`` -> (``cmd …``, ["sudo", "env", "timeout"])."""
    wrappers: list[str] = []
    i = 0
    n = len(argv)
    while i < n and len(wrappers) < 8:
        word = argv[i].text
        base = posixpath.basename(word) if "/" in word else word
        opts = WRAPPER_OPTS_WITH_VALUE.get(base)
        if opts is None or not argv[i].static:
            break
        j = i + 1
        if base in ("command",) and j < n and argv[j].text in ("-v", "-V"):
            break  # `command -v x` looks x up; it does not run it
        if base == "exec" and j >= n:
            break
        while j < n:
            w = argv[j].text
            if w == "--":
                j += 1
                break
            if base == "env" and "=" in w and not w.startswith("-"):
                j += 1
                continue
            if w.startswith("-") and len(w) > 1:
                j += 2 if (w in opts) else 1
                continue
            if base == "timeout" and re.fullmatch(r"[0-9.]+[smhd]?", w):
                j += 1
                continue
            if base == "nice" and re.fullmatch(r"-?[0-9]+", w):
                j += 1
                continue
            if base == "flock" and j == i + 1:
                j += 1  # the lock file
                continue
            if base in ("chrt",) and re.fullmatch(r"[0-9]+", w):
                j += 1
                continue
            break
        if j >= n:
            break
        wrappers.append(base)
        i = j
    return argv[i:], wrappers
