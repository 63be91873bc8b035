"""Shell front-end: tree-sitter-bash scripts -> :class:`sumlint.shell.model.Script`.

``parse`` builds the model (see ``sumlint/shell/model.py``) and never raises. tree-sitter
recovers from what it cannot parse and leaves ERROR nodes, also in scripts bash accepts
(POSIX ``for i do``, ``[ "$a" = ~ ]``, some nested ``$(( ))``). So rules always run on the
recovered tree, and a ParseProblem (SUM001) is reported only where ``bash -n`` (parse
without executing; the text on stdin, with a timeout) rejects the script too, with bash's
message at tree-sitter's first error. Where bash is not installed the model records
``unverified_error`` instead. Embedded blocks (runbook fences) are never sent to bash.

``facts(model, ctx)`` (spans are ``[line, column, end_line, end_column]``)::

    {"roles": ["deploy", "provision"],           # deploy actions seen / packages installed
     "shebang": "#!/bin/bash",
     "commands": [{"name": "systemctl", "args": ["restart", "sum-${SITE_SLUG}-gunicorn.service"],
                   "span": SPAN, "function": null, "reachable": true}],  # after wrappers
     "units_enabled":   [["redis-server", SPAN], ...],   # systemctl enable (incl. --now)
     "units_started":   [["redis-server", SPAN], ...],   # systemctl start / enable --now
     "units_restarted": [["sum-${SITE_SLUG}-gunicorn.service", SPAN], ...],  # restart/reload
     "packages_installed": [["redis-server", SPAN], ...],  # apt/apt-get/dnf/yum/zypper/apk
     "preflights": [["redis-cli ping", SPAN], ...],        # commands matching a preflight
     "preflight_checks": [{"service": "redis", "command": "redis-cli -h x ping", "span": SPAN,
                           "stops_on_failure": true}],
     "assignments": {"REDIS_URL": ["redis://127.0.0.1:6379/0", SPAN]},  # static, top level
     "urls": [["redis://127.0.0.1:6379/1", SPAN]]}         # URLs in words and heredocs
"""

from __future__ import annotations

import re
import shutil
import subprocess
from typing import Any

from sumlint.diagnostics import Severity, Span
from sumlint.kinds import URL_PLACEHOLDER, ParseProblem

COMMENT = "#"
BASH_TIMEOUT = 5.0
URL_RE = re.compile(r"\b[a-zA-Z][a-zA-Z0-9+.-]*://(?:[^\s'\"`<>]|" + URL_PLACEHOLDER + ")+")
_BASH = "unknown"


def parse(source, ctx):
    from sumlint.shell.model import build

    text = source.text
    embedded = getattr(ctx, "embedded", False)
    pending: list = []

    def on_tree(has_error: bool) -> None:
        if has_error and not embedded:
            pending.append(BashCheck(text))  # bash parses while the model is built

    # A code block of a runbook shares the runbook's tree-sitter budget (see model.open_bank).
    script = build(text, on_tree, str(getattr(ctx, "path", "")) if embedded else None)
    on_tree = None  # noqa: F841 - a closure over `pending`; do not keep it alive
    if script.abandoned:
        script.unverified_error = None
        script.problems.append(ParseProblem(Span(1, 1, 1, 1 + len(text.split("\n", 1)[0])),
                                            script.abandoned))
        return script
    script.unverified_error = None
    from sumlint.shell.roles import install_exit_functions, shell_options

    install_exit_functions(script, shell_options(ctx))
    path = getattr(ctx, "path", None)
    if not getattr(ctx, "embedded", False) and path is not None and script.commands:
        from sumlint.shell.sources import follow

        follow(script, path)
    if script.errors and not embedded:
        verdict = pending[0].result() if pending else bash_verdict(text)
        if verdict is None:
            script.unverified_error = script.errors[0]
            script.problems.append(ParseProblem(
                _one_line(script.errors[0], text),
                "tree-sitter-bash could not parse this part, and bash is not available to confirm "
                "a syntax error (`bash -n`); the rules ran on the rest", Severity.INFO))
        elif verdict:
            script.problems.append(ParseProblem(_problem_span(script, verdict, text), verdict))
    return script


def bash_path() -> str | None:
    global _BASH
    if _BASH == "unknown":
        _BASH = shutil.which("bash")
    return _BASH


def bash_verdict(text: str) -> str | None:
    """'' when ``bash -n`` accepts the text, bash's message when it rejects it, None when
    bash is not available (or does not answer in time)."""
    return BashCheck(text).result()


class BashCheck:
    """``bash -n`` on a text, started at once and read later (it runs in parallel with the
    model build: on large scripts bash takes about as long as tree-sitter and sumlint)."""

    def __init__(self, text: str) -> None:
        self.verdict: str | None = None
        self.thread = None
        bash = bash_path()
        if bash is None:
            return
        data = text.encode("utf-8", "surrogatepass")
        import threading

        self.thread = threading.Thread(target=self._run, args=(bash, data), daemon=True)
        self.thread.start()

    def _run(self, bash: str, data: bytes) -> None:
        try:
            done = subprocess.run([bash, "-n"], input=data, capture_output=True, timeout=BASH_TIMEOUT,
                                  env={"PATH": "/usr/bin:/bin", "LC_ALL": "C"})
        except (OSError, subprocess.SubprocessError):
            return
        if done.returncode == 0:
            self.verdict = ""
            return
        message = done.stderr.decode("utf-8", "replace").strip().split("\n")[0]
        message = re.sub(r"^\S*bash: ", "", message)
        self.verdict = message or "bash -n rejects the script"

    def result(self) -> str | None:
        if self.thread is not None:
            self.thread.join(BASH_TIMEOUT + 1)
        return self.verdict


def _problem_span(script, message: str, text: str) -> Span:
    first = script.errors[0] if script.errors else Span(1, 1, 1, 2)
    m = re.match(r"line (\d+): (.*)", message)
    if not m or "end of file" in message or "EOF" in message:
        return _one_line(first, text)
    line = int(m.group(1))
    if line == first.line:
        return _one_line(first, text)
    lines = text.split("\n")
    if not 0 < line <= len(lines):
        return _one_line(first, text)
    token = re.search(r"unexpected token `([^']*)'", message)
    content = lines[line - 1]
    if token and token.group(1) and token.group(1) in content:
        col = content.index(token.group(1)) + 1
        return Span(line, col, line, col + len(token.group(1)))
    stripped = len(content) - len(content.lstrip())
    return Span(line, stripped + 1, line, max(len(content), stripped + 1) + 1)


def _one_line(span: Span, text: str) -> Span:
    if span.end_line == span.line and span.end_column > span.column:
        return span
    lines = text.split("\n")
    content = lines[span.line - 1] if 0 < span.line <= len(lines) else ""
    if span.column > len(content):
        # at the line's end (tree-sitter puts an error at the end of the text there): its last
        # character, not the line break after it
        return Span(span.line, max(len(content), 1), span.line, len(content) + 1)
    return Span(span.line, span.column, span.line, len(content) + 1)


# ---------------------------------------------------------------------------------------
# Facts


def facts(model, ctx) -> dict[str, Any]:
    from sumlint.shell import analysis as an
    from sumlint.shell.roles import roles, shell_options

    script = model
    options = shell_options(ctx)
    services = list(ctx.config.required_services) if getattr(ctx, "config", None) else []
    entries = an.trace(script)
    reachable = {id(e.node) for e in entries}
    called = an.called_functions(script)
    out: dict[str, Any] = {
        "roles": sorted(roles(script, ctx, options)),
        "shebang": script.shebang,
        "commands": [], "units_enabled": [], "units_started": [], "units_restarted": [],
        "packages_installed": [], "preflights": [], "preflight_checks": [], "assignments": {},
        "urls": [],
    }
    by_node = {id(e.node): e for e in entries}
    lines = script.text.split("\n")
    for cmd in script.commands:
        if cmd.argv:
            is_reachable = id(cmd) in reachable or (
                cmd.function is not None and (called is None or cmd.function in called))
            out["commands"].append({"name": cmd.name, "args": cmd.args, "span": cmd.span.to_list(),
                                    "function": cmd.function, "reachable": is_reachable})
        action = an.systemctl_action(cmd) or an.service_action(cmd)
        if action:
            verb, units = action
            for unit in units:
                item = [unit.text, unit.span.to_list()]
                if verb in ("enable", "enable-now", "reenable"):
                    out["units_enabled"].append(item)
                if verb in ("start", "enable-now"):
                    out["units_started"].append(item)
                if verb in an.SYSTEMCTL_RESTART:
                    out["units_restarted"].append(item)
        packages = an.installed_packages(cmd)
        for pkg in packages or ():
            out["packages_installed"].append([pkg.text, pkg.span.to_list()])
        for service in services:
            if any(an.matches_preflight(cmd, p) for p in service.preflight):
                out["preflights"].append([cmd.text(), cmd.span.to_list()])
                outcome = an.on_failure(script, cmd, by_node.get(id(cmd)), service.preflight_reply)
                out["preflight_checks"].append({"service": service.name, "command": cmd.text(),
                                                "span": cmd.span.to_list(),
                                                "stops_on_failure": outcome.stops})
                break
        for arg in cmd.argv:
            if "://" not in arg.text:
                continue
            for m in URL_RE.finditer(arg.text):
                out["urls"].append([m.group(0), _narrow(lines, arg.span, m.group(0))])
        top = cmd.function is None and cmd.parent is not None and cmd.parent.type == "program"
        for a in cmd.assigns:
            for w in ([a.value] if a.value is not None else []) + list(a.items or []):
                if "://" not in w.raw:
                    continue
                for m in URL_RE.finditer(w.text):
                    out["urls"].append([m.group(0), _narrow(lines, w.span, m.group(0))])
            if top and a.value is not None and a.name in script.variables:
                out["assignments"][a.name] = [script.variables[a.name], a.span.to_list()]
    for heredoc in script.heredocs:
        if "://" not in heredoc.text:
            continue
        for line_text, span in heredoc.line_spans():
            for m in URL_RE.finditer(line_text):
                out["urls"].append([m.group(0), [span.line, m.start() + 1, span.line, m.end() + 1]])
    return out


def _narrow(lines: list[str], span: Span, needle: str) -> list[int]:
    """The span of ``needle`` inside a one-line word span, else the word's span."""
    if span.line == span.end_line and 0 < span.line <= len(lines):
        index = lines[span.line - 1].find(needle, span.column - 1, span.end_column - 1)
        if index >= 0:
            return [span.line, index + 1, span.line, index + 1 + len(needle)]
    return span.to_list()
