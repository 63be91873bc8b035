"""Preflights (``redis-cli ping``) in a script: where they run, what guards them, what a
failure does. Shared by SUM201, SUM202 and SUM205."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sumlint.shell import analysis as an
from sumlint.shell.model import Node, Script


@dataclass
class Guard:
    lookup: Node  # the `command -v redis-cli` command
    alternative_stops: bool  # the path taken when the tool is missing stops the script
    owner: Node  # the if / list node


def program_of(pattern: str) -> str:
    return pattern.split()[0] if pattern.split() else ""


def label(cmd: Node, limit: int = 60) -> str:
    text = cmd.text()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def is_lookup(node: Node, program: str) -> bool:
    """``command -v redis-cli``, ``which redis-cli``, ``type -P``, ``hash``, or a test of one."""
    if node.type != "command":
        return False
    if node.base in an.TOOL_LOOKUPS and not node.wrappers or (node.wrappers == ["command"] and node.base == "command"):
        if any(an.basename(a.text) == program for a in node.argv[1:]):
            return True
    if node.base == "command" and any(an.basename(a.text) == program for a in node.argv[1:]) \
            and any(a.text in ("-v", "-V") for a in node.argv[1:]):
        return True
    for sub in node.children:
        if any(is_lookup(c, program) for c in sub.walk() if c is not sub):
            return True
    return False


def _lookup_in(node: Node, program: str) -> tuple[Node, bool] | None:
    """(lookup command, negated) when ``node`` is a (negated) lookup of ``program``."""
    negated = False
    while node.type == "not" and node.children:
        negated = not negated
        node = node.children[-1]
    if node.type == "pipeline" and node.children:
        node = node.children[-1]
    if is_lookup(node, program):
        return node, negated
    return None


def guard_of(script: Script, block: Node, program: str) -> Guard | None:
    """The tool guard that ``block`` (an entry's conditional block) stands for, if any."""
    parent = block.parent
    if parent is None:
        return None
    if parent.type == "list" and block is parent.children[1] and parent.op == "&&":
        found = _lookup_in(parent.children[0], program)
        if found and not found[1]:
            return Guard(found[0], False, parent)
        return None
    if parent.type != "if" or block.role not in ("body", "else"):
        return None
    children = parent.children
    i = children.index(block)
    if block.role == "body":
        cond = children[i - 1] if i > 0 else None
        if cond is None or cond.role != "cond" or not cond.children:
            return None
        found = _lookup_in(cond.children[-1], program)
        if not found or found[1]:
            return None
        rest = [c for c in children[i + 1:] if c.role in ("body", "else")]
        has_else = any(c.role == "else" for c in children[i + 1:])
        stops = has_else and all(an.terminates(script, b) == an.EXIT for b in rest)
        return Guard(found[0], stops, parent)
    # else branch of `if ! command -v x; then …; else <preflight>; fi`
    conds = [c for c in children if c.role == "cond"]
    if len(conds) != 1 or not conds[0].children:
        return None
    found = _lookup_in(conds[0].children[-1], program)
    if not found or not found[1]:
        return None
    body = next((c for c in children if c.role == "body"), None)
    stops = body is not None and an.terminates(script, body) == an.EXIT
    return Guard(found[0], stops, parent)


def unguarded_blocks(script: Script, entry: an.Entry, program: str) -> tuple:
    return tuple(b for b in entry.blocks if guard_of(script, b, program) is None)


def dominates_ignoring_guards(script: Script, pre: an.Entry, later: an.Entry, program: str) -> bool:
    if pre.order >= later.order:
        return False
    blocks = unguarded_blocks(script, pre, program)
    target = later.blocks
    # Every unguarded block of the preflight must enclose the later command too.
    return all(b in target for b in blocks)


def preflight_entries(script: Script, service) -> list[an.Entry]:
    return [e for e in an.trace(script)
            if any(an.matches_preflight(e.node, p) for p in service.preflight)]


def text_mentions(script: Script, service) -> list[tuple[str, object]]:
    """("heredoc"|"comment", span) where the preflight appears only as text."""
    patterns = [re.compile(r"\b" + r"\s+(?:\S+\s+)*?".join(map(re.escape, p.split())) + r"\b", re.IGNORECASE)
                for p in service.preflight if p.split()]
    found = []
    for heredoc in script.heredocs:
        for text, span in heredoc.line_spans():
            for pat in patterns:
                m = pat.search(text)
                if m:
                    found.append(("heredoc", span.__class__(span.line, m.start() + 1, span.line, m.end() + 1)))
    for text, span in script.comments:
        if text.startswith("#!") and span.line == 1:
            continue
        for pat in patterns:
            m = pat.search(text)
            if m:
                found.append(("comment", span.__class__(span.line, span.column + m.start(), span.line,
                                                        span.column + m.end())))
    return found


def site(entry: an.Entry):
    """Where to report an entry: its own span, or, for a command of a sourced library,
    the call in this script that reaches it."""
    node = entry.node
    if node.origin is None:
        return node.span
    call = next((c for c in entry.calls if c.origin is None), None)
    from sumlint.diagnostics import Span

    return call.span if call is not None else Span(1, 1, 1, 1)


def at(node: Node) -> str:
    """``line 12``, or ``common.sh line 12`` for a command of a sourced library."""
    if node.origin is None:
        return f"line {node.span.line}"
    return f"{node.origin.rsplit('/', 1)[-1]} line {node.span.line}"
