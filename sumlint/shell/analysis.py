"""What rules ask of a script model: execution order, strict mode, deploy actions, preflights.

* :func:`trace` lists commands in execution order from the top level, with the bodies of
  functions inlined where they are called (``main "$@"`` at the end of a script runs
  ``main`` there), each with the conditional blocks it sits in (``blocks``): a command
  dominates another when it comes first and its blocks are a prefix of the other's.
  Each entry also records whether ``set -e`` / ``pipefail`` are in force at that point.
* :func:`on_failure` answers "if this command fails, does the script stop?" by walking up
  from the command: ``|| die``, ``|| exit 1``, ``if ! …; then exit; fi``,
  ``[[ "$(cmd)" == REPLY ]] || …``, ``reply=$(cmd)`` followed by a test of ``$reply``, a
  pipeline ending in ``grep REPLY``, a bare command under ``set -e``, a ``return 1`` that
  the call site checks, ``until cmd; do sleep 1; done``.
* :func:`matches` recognises configured command patterns (``manage.py migrate``,
  ``redis-cli ping``) in argv after wrappers (``sudo -u www``, ``env``, ``timeout 5``).
"""

from __future__ import annotations

import fnmatch
import posixpath
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from sumlint.shell.model import SEQ_CONTAINERS, Node, Script

MAX_TRACE = 50_000
MAX_INLINE_PER_FUNCTION = 4
MAX_CALL_DEPTH = 64  # function bodies inlined inside each other (f0 calls f1 calls f2 …)
MAX_UNROLL = 12  # `for x in a b c` lists longer than this are not unrolled
# Functions that, by universal convention, print and exit; used only when the script
# calls one it does not define (it comes from a sourced library).
CONVENTIONAL_DIE = {"die", "fatal", "abort", "bail", "panic", "error_exit", "err_exit", "croak",
                    "fail", "die_with", "exit_with_error", "fatal_error"}
SYSTEMCTL_START = {"start", "restart", "reload", "try-restart", "reload-or-restart",
                   "try-reload-or-restart", "force-reload", "condrestart"}
SYSTEMCTL_RESTART = {"restart", "reload", "try-restart", "reload-or-restart",
                     "try-reload-or-restart", "force-reload", "condrestart"}
INSTALLERS = {"apt", "apt-get", "aptitude", "dnf", "yum", "microdnf", "zypper", "apk"}
INSTALL_VERBS = {"install", "add"}
INTERPRETER_GLOBS = ("python*", "uv", "poetry", "pipenv", "pdm", "run", "exec", "hatch")
TOOL_LOOKUPS = {"command", "which", "type", "hash"}
RUNNERS = {"docker", "podman", "kubectl", "ssh", "lxc", "incus", "nsenter", "docker-compose", "machinectl"}


@dataclass(eq=False)
class Entry:
    node: Node  # a command node
    blocks: tuple[Node, ...]  # conditional blocks (seq nodes / list right sides) it runs in
    errexit: bool
    pipefail: bool
    order: int
    calls: tuple[Node, ...] = ()  # call-site command nodes it was inlined through
    # A call on the way here is in a condition, left of && / || or after `!`: bash ignores
    # `set -e` in the called function's body then.
    quiet: bool = False


# ---------------------------------------------------------------------------------------
# Command patterns


def basename(word: str) -> str:
    return posixpath.basename(word) if "/" in word else word


def _token_match(word: str, token: str) -> bool:
    if word == token or (word.endswith(token) and word.endswith("/" + token)):
        return True
    if "*" in token or "?" in token or "[" in token:
        return fnmatch.fnmatchcase(word, token) or fnmatch.fnmatchcase(basename(word), token)
    return False


def matches(cmd: Node, pattern: str) -> bool:
    """``pattern`` ("manage.py migrate") against a command's argv after wrappers.

    The first token matches the command or, after interpreters (``python``, ``uv run``,
    an unresolved ``$PY``), a later word; the others must follow among the non-option
    words, in order and adjacent.
    """
    tokens = _tokens(pattern)
    if not tokens or not cmd.argv:
        return False
    last = tokens[-1]
    if len(tokens) > 1 and not any(ch in last for ch in "*?[") and last.lower() not in _texts(cmd):
        return False
    words = [a.text for a in cmd.argv if not a.text.startswith("-") or a is cmd.argv[0]]
    first = tokens[0]
    for i, word in enumerate(words):
        if i > 0:
            prev = words[i - 1]
            if not (any(fnmatch.fnmatchcase(basename(prev), g) for g in INTERPRETER_GLOBS)
                    or prev.startswith("$") or i == 1 and basename(words[0]).startswith("python")):
                break
        if _token_match(word, first):
            rest = words[i + 1:i + len(tokens)]
            if len(rest) == len(tokens) - 1 and all(
                    r.lower() == t.lower() or _token_match(r, t) for r, t in zip(rest, tokens[1:])):
                return True
    return False


def _texts(cmd: Node) -> frozenset:
    """The command's words, lower-cased (long words left out: no pattern token is long)."""
    if cmd.lowered is None:
        cmd.lowered = frozenset(a.text.lower() for a in cmd.argv if len(a.text) <= 200)
    return cmd.lowered


@lru_cache(maxsize=256)
def _tokens(pattern: str) -> tuple[str, ...]:
    return tuple(pattern.split())


def matches_preflight(cmd: Node, pattern: str) -> bool:
    """``redis-cli ping``: the program, then the other tokens anywhere among its arguments
    (so ``redis-cli -h "$HOST" -p 6379 PING`` matches)."""
    tokens = _tokens(pattern)
    if not tokens or not cmd.argv:
        return False
    if not _token_match(cmd.argv[0].text, tokens[0]):
        # `docker exec redis redis-cli ping`, `ssh db redis-cli ping`: the program later on.
        if basename(cmd.argv[0].text) not in RUNNERS or \
                not any(_token_match(a.text, tokens[0]) for a in cmd.argv[1:]):
            return False
    texts = _texts(cmd)
    return all(t.lower() in texts for t in tokens[1:])


def systemctl_action(cmd: Node) -> tuple[str, list] | None:
    """("enable", [Arg unit, …]) for ``systemctl [--now] enable x y``; None otherwise."""
    if not cmd.argv or basename(cmd.argv[0].text) != "systemctl":
        return None
    verb = None
    units = []
    now = False
    skip_next = False
    for arg in cmd.argv[1:]:
        t = arg.text
        if skip_next:
            skip_next = False
            continue
        if t.startswith("-"):
            if t == "--now":
                now = True
            elif t in ("-H", "--host", "-M", "--machine", "-p", "--property", "-t", "--type",
                       "-s", "--signal", "--state", "--root", "-n", "--lines", "-o", "--output"):
                skip_next = True
            continue
        if verb is None:
            verb = t
        else:
            units.append(arg)
    if verb is None:
        return None
    if now and verb in ("enable", "disable", "reenable", "mask"):
        verb = verb + "-now"
    return verb, units


def service_action(cmd: Node) -> tuple[str, list] | None:
    """``service redis-server start`` -> ("start", [unit])."""
    if cmd.argv and basename(cmd.argv[0].text) == "service" and len(cmd.argv) >= 3:
        return cmd.argv[2].text, [cmd.argv[1]]
    return None


def installed_packages(cmd: Node) -> list | None:
    """Package Args of ``apt-get install -y a b``; [] for installs with only dynamic names."""
    if not cmd.argv or basename(cmd.argv[0].text) not in INSTALLERS:
        return None
    args = cmd.argv[1:]
    verb_index = next((i for i, a in enumerate(args) if not a.text.startswith("-")), None)
    if verb_index is None or args[verb_index].text not in INSTALL_VERBS:
        return None
    if basename(cmd.argv[0].text) == "apk" and args[verb_index].text != "add":
        return None
    out = []
    skip = False
    for a in args[verb_index + 1:]:
        if skip:
            skip = False
            continue
        if a.text in ("-o", "-t", "--target-release", "-c", "--config-file", "--option"):
            skip = True
            continue
        if a.text.startswith("-"):
            continue
        out.append(a)
    return out


def unit_name(text: str) -> str:
    """``redis-server`` -> ``redis-server.service``; names with a type suffix are kept."""
    last = text.rsplit("/", 1)[-1]
    if "." in last and last.rsplit(".", 1)[-1] in ("service", "socket", "timer", "target", "path",
                                                      "mount", "slice", "scope"):
        return text
    return text + ".service"


# ---------------------------------------------------------------------------------------
# Execution order


def set_flags(cmd: Node, errexit: bool, pipefail: bool, nounset: bool = False) -> tuple[bool, bool, bool]:
    """The strict-mode flags after a ``set`` command."""
    if cmd.base != "set" or cmd.wrappers:
        return errexit, pipefail, nounset
    args = [a.text for a in cmd.argv[1:]]
    i = 0
    while i < len(args):
        a = args[i]
        if a in ("-o", "+o") and i + 1 < len(args):
            on = a == "-o"
            name = args[i + 1]
            if name == "errexit":
                errexit = on
            elif name == "pipefail":
                pipefail = on
            elif name == "nounset":
                nounset = on
            i += 2
            continue
        if len(a) > 1 and a[0] in "-+" and a[1:].isalpha():
            on = a[0] == "-"
            letters = a[1:]
            if "e" in letters:
                errexit = on
            if "u" in letters:
                nounset = on
            if "o" in letters and i + 1 < len(args):
                name = args[i + 1]
                if name == "pipefail":
                    pipefail = on
                elif name == "errexit":
                    errexit = on
                elif name == "nounset":
                    nounset = on
                i += 2
                continue
        elif a == "--":
            break
        i += 1
    return errexit, pipefail, nounset


def shebang_flags(script: Script) -> tuple[bool, bool]:
    """(errexit, nounset) from ``#!/bin/bash -eu``."""
    parts = script.shebang[2:].split()
    flags = "".join(p[1:] for p in parts[1:] if p.startswith("-") and not p.startswith("--") and p != "-S")
    return "e" in flags, "u" in flags


def shebang_pipefail(script: Script) -> bool:
    """``#!/usr/bin/env -S bash -euo pipefail``: env -S splits the line, so bash gets
    ``-o pipefail`` (without -S the kernel passes one argument and this does not work)."""
    parts = script.shebang[2:].split()
    if "-S" not in parts and not any(p.startswith("-S") and len(p) > 2 for p in parts):
        return False
    for i, part in enumerate(parts[:-1]):
        if part.startswith("-") and not part.startswith("--") and part.endswith("o") \
                and parts[i + 1] == "pipefail":
            return True
    return False


def trace(script: Script) -> list[Entry]:
    """Commands in execution order from the top level (function bodies inlined at calls)."""
    if script._trace is not None:
        return script._trace
    entries: list[Entry] = []
    inlined: dict[str, int] = {}
    errexit, _ = shebang_flags(script)
    state = {"errexit": errexit, "pipefail": shebang_pipefail(script)}
    functions = script.functions
    libraries: dict[int, Script] = {}
    pending = [script]
    while pending:  # `source lib.sh` commands of the script and of its libraries
        current = pending.pop()
        found = current.__dict__.get("_libraries") or {}
        libraries.update(found)
        pending.extend(found.values())
    sourcing: set[int] = set()

    def _unroll(node, bindings, blocks, stack, calls, quiet, inherited) -> bool:
        """`for step in check migrate restart; do …; done`: the body runs once per static
        word, in order and unconditionally (the list is not empty)."""
        head = next((c for c in node.children if c.role == "head"), None)
        body = next((c for c in node.children if c.role == "body"), None)
        holder = head.children[0] if head is not None and head.children else None
        if holder is None or body is None or not 1 < len(holder.argv) <= MAX_UNROLL + 1 \
                or not all(a.static for a in holder.argv[1:]):
            return False
        visit(head, blocks, stack, calls, quiet, inherited, bindings)
        for item in holder.argv[1:]:
            bound = dict(bindings or {})
            bound[node.name] = item.text
            for child in body.children:
                visit(child, blocks, stack, calls, quiet, inherited, bound)
        return True

    def _pick_case(node, bindings, blocks, stack, calls, quiet, inherited) -> bool:
        """`case $step in migrate) …` with `$step` bound by an unrolled loop: one item runs."""
        head = next((c for c in node.children if c.role == "head"), None)
        holder = head.children[0] if head is not None and head.children else None
        if holder is None or len(holder.words) < 2:
            return False
        parts = holder.words[1].parts
        if len(parts) != 1 or parts[0][0] != "var" or parts[0][1] not in bindings:
            return False
        value = bindings[parts[0][1]]
        chosen = None
        for item in (c for c in node.children if c.role == "item"):
            if any(not w.static for w in item.words):
                return False  # cannot tell which item runs
            if any(fnmatch.fnmatchcase(value, w.text) for w in item.words):
                chosen = item
                break
        visit(head, blocks, stack, calls, quiet, inherited, bindings)
        for child in (chosen.children if chosen is not None else ()):
            visit(child, blocks, stack, calls, quiet, inherited, bindings)
        return True

    def visit(node: Node, blocks: tuple, stack: tuple, calls: tuple, quiet: bool,
              inherited: bool = False, bindings: dict | None = None) -> None:
        # quiet: bash ignores `set -e` here (a condition, left of && / ||, after `!`);
        # inherited: so it does in the function bodies called from such a place.
        if len(entries) >= MAX_TRACE:
            return
        t = node.type
        if t == "command":
            for child in node.children:  # substitutions run first
                visit(child, blocks, stack, calls, quiet, inherited, bindings)
            entry = Entry(node, blocks, state["errexit"], state["pipefail"], len(entries), calls,
                          inherited)
            entries.append(entry)
            if node.base == "set":
                e, p, _ = set_flags(node, state["errexit"], state["pipefail"])
                state["errexit"], state["pipefail"] = e, p
            library = libraries.get(id(node)) if node.name in ("source", ".") else None
            if library is not None and id(library) not in sourcing:
                sourcing.add(id(library))  # its top level runs here, once
                for child in library.root.children:
                    visit(child, blocks, stack, calls + (node,), quiet, inherited, bindings)
                return
            fn = functions.get(node.name)
            if fn is not None and node.name not in stack and inlined.get(node.name, 0) < MAX_INLINE_PER_FUNCTION \
                    and len(stack) < MAX_CALL_DEPTH:
                inlined[node.name] = inlined.get(node.name, 0) + 1
                for child in fn.children:
                    visit(child, blocks, stack + (node.name,), calls + (node,), False, inherited or quiet)
            return
        if t == "function":
            return
        if t == "list":
            visit(node.children[0], blocks, stack, calls, True, inherited, bindings)
            visit(node.children[1], blocks + (node.children[1],), stack, calls, quiet, inherited, bindings)
            return
        if t == "not":
            for child in node.children:
                visit(child, blocks, stack, calls, True, inherited, bindings)
            return
        if t == "for" and node.name and _unroll(node, bindings, blocks, stack, calls, quiet, inherited):
            return
        if t == "case" and bindings and _pick_case(node, bindings, blocks, stack, calls, quiet, inherited):
            return
        if t in ("if", "while", "until", "for", "case"):
            first_cond = True
            for child in node.children:
                in_cond = quiet or child.role == "cond"
                if child.role in ("cond", "head") and first_cond:
                    visit(child, blocks, stack, calls, in_cond, inherited, bindings)
                    if t == "if":
                        first_cond = False
                    continue
                # Later branches (elif conditions, bodies, else) are conditional.
                visit(child, blocks + (child,), stack, calls, in_cond, inherited, bindings)
                if t == "if" and child.role == "cond":
                    blocks = blocks + (child,)  # an elif's body also depends on its condition
            return
        for child in node.children:
            visit(child, blocks, stack, calls, quiet, inherited, bindings)

    visit(script.root, (), (), (), False)
    visit = _unroll = _pick_case = None  # noqa: F841 - recursive closures form a cycle; break it
    script._trace = entries
    return entries


def dominates(a: Entry, b: Entry) -> bool:
    return a.order < b.order and b.blocks[:len(a.blocks)] == a.blocks


def called_functions(script: Script) -> set[str] | None:
    """Names of functions that run (None when a dynamic command name means any could)."""
    names = set()
    for entry in trace(script):
        node = entry.node
        if node.argv and not node.argv[0].static and node.argv[0].text.startswith("$"):
            return None
        for arg in node.argv:
            if arg.text in script.functions:
                names.add(arg.text)  # also `trap cleanup EXIT`, `retry preflight`
    if len(trace(script)) >= MAX_TRACE:
        return None
    return names


# ---------------------------------------------------------------------------------------
# What happens when a command fails


EXIT = "exit"  # the script stops (or cannot go on: a wait loop)
RETURN = "return"  # the enclosing function returns non-zero
FAIL = "fail"  # evaluates to a failure status (`false`)
NONE = "none"


@dataclass
class Outcome:
    stops: bool
    how: str = ""  # why not, for messages
    at: Node | None = None  # the construct that swallows the failure


def exits(script: Script, name: str, _seen: set | None = None) -> bool:
    """True when calling function ``name`` always stops the script."""
    cache = script.__dict__.setdefault("_exits", {})
    if name in cache:
        return cache[name]
    fn = script.functions.get(name)
    if fn is None:
        return name in CONVENTIONAL_DIE
    seen = _seen or set()
    if name in seen or len(seen) > 40:
        return False
    seen.add(name)
    result = bool(fn.children) and terminates(script, fn.children[0], seen) == EXIT
    cache[name] = result
    return result


def terminates(script: Script, node: Node, seen: set | None = None) -> str:
    """EXIT if ``node`` always stops the script, RETURN if it always returns non-zero from
    the function, FAIL if it always fails, else NONE."""
    t = node.type
    if t == "command":
        base = node.base
        if base == "exit" and not node.wrappers:
            return EXIT
        if base == "return" and not node.wrappers:
            code = node.argv[1].text if len(node.argv) > 1 else ""
            return RETURN if code != "0" else NONE
        if base == "false":
            return FAIL
        if base == "kill" and any(a.text in ("$$",) for a in node.argv[1:]):
            return EXIT
        if node.name and node.argv and node.argv[0].static and exits(script, node.name, seen or set()):
            return EXIT
        return NONE
    if t in ("group", "seq", "program"):
        for child in node.children:
            r = terminates(script, child, seen)
            if r in (EXIT, RETURN):
                return r
        return terminates(script, node.children[-1], seen) if node.children else NONE
    if t == "subshell":
        for child in node.children:
            if terminates(script, child, seen) in (EXIT, FAIL):
                return FAIL
        return NONE
    if t == "list":
        left, right = node.children
        lt = terminates(script, left, seen)
        if lt in (EXIT, RETURN):
            return lt
        if node.op == "&&" and lt != FAIL:
            return terminates(script, right, seen)
        return NONE
    if t == "if":
        branches = [c for c in node.children if c.role in ("body", "else")]
        if not any(c.role == "else" for c in node.children):
            return NONE
        results = {terminates(script, b, seen) for b in branches}
        if results == {EXIT}:
            return EXIT
        if results <= {EXIT, RETURN}:
            return RETURN
        return NONE
    if t == "not":
        return NONE
    return NONE


def _describe(node: Node) -> str:
    if node.type == "command":
        return node.text()
    if node.type == "list":
        return f"{_describe(node.children[0])} {node.op} {_describe(node.children[1])}"
    return node.type


def on_failure(script: Script, cmd: Node, entry: Entry | None, reply: str | None,
               _depth: int = 0, failing: bool = True) -> Outcome:
    """Does the script stop when ``cmd`` fails (its exit status is non-zero)?

    With ``failing=False``: when the check fails, ``cmd`` succeeds (``[ "$r" != PONG ]``).
    """
    errexit = entry.errexit and not entry.quiet if entry else False
    pipefail = entry.pipefail if entry else False
    # failing: the current node's status is non-zero when the check fails
    ignored = False  # set -e does not apply to the current node (condition, && / ||, !)
    cur = cmd
    steps = 0
    while steps < 500:
        steps += 1
        parent = cur.parent
        if parent is None:
            return Outcome(False, "nothing checks its exit status", None)
        t = parent.type
        if t == "command":  # cur is a substitution of this command
            host = parent
            if cur.type == "subshell" and cur.role == "heredoc":
                cur = host  # `ssh host bash -s <<EOF`: the command's status is the script's
                continue
            if cur.type != "subst":
                return Outcome(False, "its result is not checked", host)
            if host.decl and host.assigns:  # local x=$(cmd): status masked
                var_outcome = _reply_variable(script, host, entry, reply, _depth)
                if var_outcome is not None:
                    return var_outcome
                return Outcome(False, f"`{host.decl}` masks its exit status", host)
            if not host.argv and host.assigns:  # x=$(cmd)
                var_outcome = _reply_variable(script, host, entry, reply, _depth)
                if var_outcome is not None:
                    return var_outcome
                cur = host
                continue
            if host.base in ("[[", "[", "test"):
                flip = _test_polarity(host, reply)
                if flip is None:
                    return Outcome(False, "the test does not compare its reply", host)
                failing = failing != flip
                cur = host
                continue
            return Outcome(False, f"`{host.base}` only uses its output", host)
        if t == "subst":
            if cur is not parent.children[-1]:
                if failing and errexit and not ignored:
                    pass  # set -e in $(…) is not inherited by default; treat as swallowed
                return Outcome(False, "its status is not the substitution's", parent)
            cur = parent
            continue
        if t == "not":
            failing = not failing
            ignored = True
            cur = parent
            continue
        if t == "list":
            left, right = parent.children
            if cur is left:
                ignored = True
                runs_right = (parent.op == "||") == failing
                if runs_right:
                    r = terminates(script, right)
                    if r == EXIT:
                        shell = _nearest_subshell(parent)
                        if shell is None:
                            return Outcome(True)
                        cur, failing, ignored = shell, True, False  # exit leaves the subshell only
                        continue
                    if r in (RETURN, FAIL):
                        failing = True
                        ignored = False
                        if r == RETURN:
                            fn = _enclosing_function(parent)
                            if fn is None:
                                return Outcome(False, f"`{_describe(right)}` outside a function", parent)
                            return _function_failure(script, fn, entry, reply, _depth)
                        cur = parent
                        continue
                    if reply and _output_is_checked(parent, right, reply):
                        cur = parent  # `$(cmd || true)`: the captured reply decides, not the status
                        continue
                    return Outcome(False, f"`{parent.op} {_describe(right)}` swallows its failure", parent)
                cur = parent  # right side skipped; the list's status is cur's
                continue
            cur = parent  # the right side's status is the list's
            continue
        if t == "pipeline":
            if cur is parent.children[-1] or pipefail:
                cur = parent
                continue
            last = parent.children[-1]
            if failing and last.type == "command" and reply and _greps_reply(last, reply):
                cur = parent
                continue
            return Outcome(False, "a pipeline hides its exit status (no `set -o pipefail`)", parent)
        if t in SEQ_CONTAINERS or t == "function":
            role = parent.role if t == "seq" else ""
            if role == "cond":
                if cur is not parent.children[-1]:
                    return Outcome(False, "only the last command of a condition counts", parent)
                owner = parent.parent
                if owner.type == "if":
                    return _if_outcome(script, owner, parent, failing, entry, reply, _depth)
                if owner.type in ("while", "until"):
                    keeps_looping = (owner.type == "until") == failing
                    if keeps_looping:
                        return Outcome(True)  # waits until it answers
                    return Outcome(False, f"the `{owner.type}` loop ends quietly when it fails", owner)
                return Outcome(False, "its status is not checked", owner)
            if t != "function" and failing and errexit and not ignored:
                shell = _nearest_subshell(parent)
                if shell is None:
                    return Outcome(True)
                if shell.type == "subst":  # bash does not pass set -e into $( ) by default
                    return Outcome(False, "`set -e` does not apply inside `$( )`", shell)
                cur = shell  # set -e leaves the subshell, which fails
                ignored = False
                continue
            if t == "function":
                if not failing:
                    return Outcome(False, "its failure is inverted", parent)
                return _function_failure(script, parent, entry, reply, _depth)
            if cur is not parent.children[-1]:
                if ignored and failing and errexit:
                    return Outcome(False, f"`set -e` does not apply to `{_describe(cur)}`", cur)
                return Outcome(False, "nothing checks its exit status (no `set -e`, `|| exit`, or `if`)",
                               None)
            if t == "program":
                return Outcome(False, "nothing checks its exit status", None)
            if t == "subst":
                cur = parent
                continue
            if t == "seq":  # a branch: the if/case/loop status is the branch's
                cur = parent.parent
                continue
            if t == "subshell":
                ignored = False  # set -e applies to a failing subshell
            cur = parent
            continue
        if t in ("if", "while", "until", "for", "case"):
            cur = parent
            continue
        return Outcome(False, "its status is not checked", parent)
    return Outcome(False, "too complex to follow", None)


def _enclosing_function(node: Node) -> Node | None:
    for a in node.ancestors():
        if a.type == "function":
            return a
    return None


def _output_is_checked(lst: Node, right: Node, reply: str) -> bool:
    """``lst`` (``cmd || true``) is the whole of a ``$( )`` whose output is captured, and its
    right side cannot print the reply: a failed ``cmd`` then yields output that is not the
    reply, so the later test of the output catches it (``r=$(redis-cli ping || true)``)."""
    parent = lst.parent
    while parent is not None and parent.type == "list":
        lst, parent = parent, parent.parent
    if parent is None or parent.type != "subst" or lst is not parent.children[-1]:
        return False
    texts = [n.text() for n in right.walk() if n.type == "command"]
    return not any(reply.lower() in t.lower() for t in texts)


def _nearest_subshell(node: Node) -> Node | None:
    """The subshell (or command substitution) an `exit` at ``node`` would leave, if any."""
    for a in [node, *node.ancestors()]:
        if a.type in ("subshell", "subst"):
            return a
        if a.type in ("function", "program"):
            return None
    return None


def _function_failure(script: Script, fn: Node, entry: Entry | None, reply, depth: int) -> Outcome:
    """The function returns non-zero: do its call sites stop the script?"""
    if depth > 6:
        return Outcome(False, "too deep to follow", None)
    sites = [(e, e.node) for e in trace(script) if e.node.name == fn.name and e.node.type == "command"]
    if entry is not None and entry.calls:
        sites = [(e, n) for e, n in sites if n is entry.calls[-1]] or sites
    if not sites:
        return Outcome(False, f"function `{fn.name}` is never called", fn)
    for site_entry, site in sites:
        result = on_failure(script, site, site_entry, reply, depth + 1)
        if not result.stops:
            return Outcome(False, f"the call of `{fn.name}` at line {site.span.line} ignores its failure"
                           f" ({result.how})", site)
    return Outcome(True)


def _if_outcome(script: Script, owner: Node, cond: Node, failing: bool, entry, reply, depth) -> Outcome:
    children = owner.children
    i = children.index(cond)
    if not failing:
        body = children[i + 1] if i + 1 < len(children) and children[i + 1].role == "body" else None
        branches = [body] if body is not None else []
        has_all = body is not None
    else:
        rest = children[i + 2:]
        branches = [c for c in rest if c.role in ("body", "else")]
        has_all = any(c.role == "else" for c in rest)
    results = {terminates(script, b) for b in branches}
    if has_all and results == {EXIT}:
        shell = _nearest_subshell(owner)
        if shell is None or depth > 20:
            return Outcome(True)
        return on_failure(script, shell, entry, reply, depth + 1)
    if has_all and results <= {EXIT, RETURN} and RETURN in results:
        fn = _enclosing_function(owner)
        if fn is not None:
            return _function_failure(script, fn, entry, reply, depth)
    what = "only prints" if branches else "has no branch for it"
    return Outcome(False, f"the `if` at line {owner.span.line} {what} and goes on", owner)


def _test_polarity(test: Node, reply: str | None) -> bool | None:
    """False when the test fails as its substitution fails (`== PONG`, `-n`), True when it
    succeeds then (`!= PONG`, `-z`); None when the test does not tell."""
    words = [a.text for a in test.argv[1:]]
    has_reply = reply is not None and any(reply.lower() in w.lower() for w in words)
    if has_reply:
        if any(w in ("!=",) for w in words):
            return True
        if any(w in ("==", "=", "=~", "-eq") for w in words):
            return False
    if "-z" in words:
        return True
    if "-n" in words:
        return False
    return None


def _greps_reply(cmd: Node, reply: str) -> bool:
    return cmd.base in ("grep", "egrep", "fgrep") and any(reply.lower() in a.text.lower() for a in cmd.argv[1:])


def _reply_variable(script: Script, host: Node, entry, reply, depth) -> Outcome | None:
    """``reply=$(redis-cli ping)`` followed by a test of ``$reply`` that stops the script."""
    names = {a.name for a in host.assigns}
    pattern = re.compile(r"\$\{?(" + "|".join(re.escape(n) for n in names if n) + r")\b") if names else None
    if pattern is None:
        return None
    entries = trace(script)
    by_node = {id(e.node): e for e in entries}
    for cmd in script.commands[host.index + 1:]:
        if cmd.base not in ("[[", "[", "test") or not any(pattern.search(w.raw) for w in cmd.words):
            if cmd.assigns and any(a.name in names for a in cmd.assigns):
                break
            continue
        flip = _test_polarity(cmd, reply)
        if flip is None:
            continue
        result = on_failure(script, cmd, by_node.get(id(cmd)), reply, depth + 1, failing=not flip)
        if result.stops:
            return result
    return None


def first(entries: Iterable[Entry], predicate) -> Entry | None:
    for e in entries:
        if predicate(e.node):
            return e
    return None
