"""The lint run: read, parse, run per-file rules, extract facts, run project rules, suppress.

Pipeline for one file (``Linter.lint_source``): decode -> front-end ``parse`` -> per-file
rules -> embedded blocks (parsed by their own kind's front-end, rules with
``embedded = True``, positions mapped back) -> ``facts``. Then, over the whole project,
project rules read the facts. Suppressions, per-file-ignores and severity overrides are
applied last, so they work the same for every rule.

A crash (a front-end, facts extractor or rule that raises: a bug in sumlint) is contained to
the smallest unit: that rule's findings on that file, that file's model or facts, that
project rule's findings. It becomes an ``InternalError`` in ``FileResult.errors`` and
``Linter.errors`` and a SUM004 diagnostic at 1:1 of the file (of the config file, or the
first file, for a project rule), which no selection, ignore, suppression or severity
override hides; the rest of the run goes on.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import field
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, Iterable

from sumlint import kinds, registry, suppressions
from sumlint.config import Config
from sumlint.diagnostics import Diagnostic, Fix, Severity, Span, TextEdit, Violation
from sumlint.project import FileFacts, Project
from sumlint.records import record
from sumlint.rule import Rule, RuleContext
from sumlint.source import SourceFile, UnreadableFile, decode, read_bytes

if TYPE_CHECKING:
    from sumlint.cache import Cache

UNREADABLE = "SUM001"
UNUSED_SUPPRESSION = "SUM002"
MALFORMED_SUPPRESSION = "SUM003"
INTERNAL_ERROR = "SUM004"
_MESSAGE_LIMIT = 300  # characters of the exception's first line kept in the SUM004 message


class InternalError(Exception):
    """A bug in sumlint: a front-end, facts extractor or rule raised. The CLI exits 2.

    The runner contains it (``Linter._crash``): ``what`` is the rule code or the part of
    sumlint that raised ("shell front-end", "markdown facts"), ``path`` the file (for a project
    rule: where its SUM004 is reported), ``summary`` the exception's type and first line and
    ``traceback`` its formatted traceback (text, so no frame is kept alive)."""

    def __init__(self, message: str, what: str = "", path: Path | None = None, summary: str = "",
                 traceback: str = "") -> None:
        super().__init__(message)
        self.what = what
        self.path = path
        self.summary = summary
        self.traceback = traceback


@record
class FileResult:
    """What linting one file produced, before suppressions are applied."""

    path: Path
    kind: str
    diagnostics: list[Diagnostic] = field(default_factory=list)  # before suppression
    facts: list[FileFacts] = field(default_factory=list)
    suppressions: list[suppressions.Suppression] = field(default_factory=list)
    malformed: list[suppressions.Malformed] = field(default_factory=list)
    source: SourceFile | None = None
    dependencies: list[Path] = field(default_factory=list)
    errors: list[InternalError] = field(default_factory=list)  # crashes contained on this file (never cached)

    def __init__(self, path: Path, kind: str, diagnostics: list[Diagnostic] | None = None,
                 facts: list[FileFacts] | None = None, suppressions: list[suppressions.Suppression] | None = None,
                 malformed: list[suppressions.Malformed] | None = None, source: SourceFile | None = None,
                 dependencies: list[Path] | None = None, errors: list[InternalError] | None = None) -> None:
        self.path = path
        self.kind = kind
        self.diagnostics = [] if diagnostics is None else diagnostics
        self.facts = [] if facts is None else facts
        self.suppressions = [] if suppressions is None else suppressions
        self.malformed = [] if malformed is None else malformed
        self.source = source
        self.dependencies = [] if dependencies is None else dependencies
        self.errors = [] if errors is None else errors


@record
class RunResult:
    """A whole run: every diagnostic, sorted, and the per-file results."""

    diagnostics: list[Diagnostic]  # sorted; suppressed ones included (``suppressed`` set)
    files: list[FileResult]
    report: set[Path] | None = None  # the paths diagnostics were reported for (None: all)

    def __init__(self, diagnostics: list[Diagnostic], files: list[FileResult],
                 report: set[Path] | None = None) -> None:
        self.diagnostics = diagnostics
        self.files = files
        self.report = report

    @property
    def active(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.suppressed is None]


_frontends: dict[str, ModuleType | None] = {}


def frontend(kind: str) -> ModuleType | None:
    """The front-end module of a kind, imported on first use (None if not installed)."""
    if kind not in _frontends:
        name = kinds.FRONTENDS.get(kind)
        module = None
        if name:
            from importlib.util import find_spec

            if find_spec(name) is not None:
                module = importlib.import_module(name)
        _frontends[kind] = module
    return _frontends[kind]


class Linter:
    """Lints files with the rules the configuration selects.

    Rules are imported on first use (project rules when ``project_rules`` is first read),
    so a run whose files and project findings all come from the cache never imports them
    (``registry.rule_index`` gives their metadata)."""

    def __init__(self, config: Config, select_override: Iterable[Rule] | None = None) -> None:
        self.config = config
        index = registry.rule_index()
        self.selected: list[str] = [code for code in index if config.is_selected(code)]
        self._project_codes = [code for code in self.selected if index[code].project and not index[code].engine]
        self._project_rules: list[Rule] | None = None
        self._file_rules: dict[str, list[Rule]] | None = None
        self._embedded_rules: dict[str, list[Rule]] | None = None
        self._options: dict[str, dict[str, Any]] = {}
        # Every crash contained since the last ``take_errors()`` (the CLI reports them on
        # stderr and exits 2; the language server shows them).
        self.errors: list[InternalError] = []
        self.project_errors: list[InternalError] = []  # those of the last ``run_project``

    def _options_for(self, family: str) -> dict[str, Any]:
        """The family's options, computed once per Linter (they are read for every file)."""
        options = self._options.get(family)
        if options is None:
            options = self._options[family] = self.config.options_for(family)
        return dict(options)

    @property
    def project_rules(self) -> list[Rule]:
        """The selected project rules, imported on first use."""
        if self._project_rules is None:
            self._project_rules = [registry.load_rule(code)() for code in self._project_codes]
        return self._project_rules

    @project_rules.setter
    def project_rules(self, rules: list[Rule]) -> None:
        self._project_rules = list(rules)
        self._project_codes = [rule.code for rule in self._project_rules]

    @property
    def has_project_rules(self) -> bool:
        """Whether any project rule is selected (without importing one)."""
        return bool(self._project_codes)

    @property
    def rules(self) -> list[type[Rule]]:
        """The selected rule classes (engine rules included)."""
        return [registry.load_rule(code) for code in self.selected]

    def _load_file_rules(self) -> None:
        index = registry.rule_index()
        self._file_rules, self._embedded_rules = {}, {}
        for code in self.selected:
            info = index[code]
            if info.engine or info.project:
                continue
            rule = registry.load_rule(code)()
            for kind in sorted(info.kinds):
                self._file_rules.setdefault(kind, []).append(rule)
                if info.embedded:
                    self._embedded_rules.setdefault(kind, []).append(rule)

    @property
    def file_rules(self) -> dict[str, list[Rule]]:
        if self._file_rules is None:
            self._load_file_rules()
        return self._file_rules

    @property
    def embedded_rules(self) -> dict[str, list[Rule]]:
        if self._embedded_rules is None:
            self._load_file_rules()
        return self._embedded_rules

    # -- one file ------------------------------------------------------------------

    def lint_path(self, path: Path, kind: str) -> FileResult:
        try:
            data = read_bytes(path, self.config.max_file_size)
        except UnreadableFile as err:
            return self.unreadable(path, kind, err)
        return self.lint_bytes(path, data, kind)

    def lint_bytes(self, path: Path, data: bytes, kind: str) -> FileResult:
        """Lint a file's contents already read (the cache layer reads each file once)."""
        try:
            source = decode(path, data, kind, self.config.max_file_size)
        except UnreadableFile as err:
            return self.unreadable(path, kind, err)
        return self.lint_source(source)

    def unreadable(self, path: Path, kind: str, err: UnreadableFile) -> FileResult:
        result = FileResult(path, kind)
        result.diagnostics.append(self._engine(UNREADABLE, err.message, path, err.span))
        return result

    def lint_text(self, path: Path, text: str, kind: str) -> FileResult:
        """Lint unsaved contents (stdin, editors). ``text`` may contain CRLF."""
        return self.lint_bytes(path, text.encode("utf-8", errors="surrogateescape"), kind)

    def lint_source(self, source: SourceFile) -> FileResult:
        """Lint one file. The cyclic garbage collector is paused meanwhile: models are
        large trees of small objects, and collections in the middle of the rules rescan
        them again and again (two thirds of the time on a 100,000-line script). Models
        break their own cycles; what is left is collected once the collector runs again."""
        import gc

        enabled = gc.isenabled()
        gc.disable()
        try:
            return self._lint_source(source)
        except Exception as err:  # sumlint's own code around the rules raised: lose this file only  # noqa: BLE001
            result = FileResult(source.path, source.kind, source=source)
            self._crash("sumlint", source.path, err, result)
            return result
        finally:
            if enabled:
                gc.enable()

    def _lint_source(self, source: SourceFile) -> FileResult:
        path, kind = source.path, source.kind
        result = FileResult(path, kind, source=source)
        fe = frontend(kind)
        result.suppressions, result.malformed = suppressions.parse(
            source.text, getattr(fe, "COMMENT", "#"), kind)
        if fe is None:
            return result
        ctx = RuleContext(path=path, kind=kind, config=self.config, source=source)
        try:
            model = fe.parse(source, ctx)
        except Exception as err:  # no model: no rule can run on this file  # noqa: BLE001
            self._crash(f"{kind} front-end", path, err, result)
            return result
        result.dependencies = list(getattr(model, "dependencies", ()) or ())
        problems = getattr(model, "problems", ()) or ()
        if problems:
            first = problems[0]
            more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
            diagnostic = self._engine(UNREADABLE, first.message + more, path, first.span)
            if getattr(first, "severity", None) is not None and self.config.severity_of(UNREADABLE, None) is None:
                diagnostic.severity = first.severity
            result.diagnostics.append(diagnostic)
        for rule in self.file_rules.get(kind, ()):
            if getattr(rule, "after_embedded", False):
                continue
            ctx.options = self._options_for(rule.family)
            try:
                found = [self._diagnostic(rule, violation, path) for violation in rule.check(model, ctx)]
            except Exception as err:  # this rule's findings on this file are lost, no more  # noqa: BLE001
                self._crash(rule.code, path, err, result)
                continue
            result.diagnostics.extend(found)
        try:
            result.facts.append(FileFacts(str(path), kind, fe.facts(model, ctx)))
        except Exception as err:  # the file's facts are lost; its rules' findings stay  # noqa: BLE001
            self._crash(f"{kind} facts", path, err, result)
        for block in getattr(model, "embedded", ()) or ():
            self._lint_embedded(block, source, result)
        # Rules of the host kind run after the embedded blocks are parsed, so that a
        # markdown rule can read ``block.model`` (see EmbeddedBlock).
        for rule in self.file_rules.get(kind, ()):
            if getattr(rule, "after_embedded", False):
                ctx.options = self._options_for(rule.family)
                try:
                    found = [self._diagnostic(rule, violation, path) for violation in rule.check(model, ctx)]
                except Exception as err:  # this rule's findings on this file are lost  # noqa: BLE001
                    self._crash(rule.code, path, err, result)
                    continue
                result.diagnostics.extend(found)
        return result

    def _lint_embedded(self, block: kinds.EmbeddedBlock, host: SourceFile, result: FileResult) -> None:
        fe = frontend(block.kind)
        if fe is None:
            return
        source = SourceFile(path=host.path, kind=block.kind, text=block.text)
        ctx = RuleContext(path=host.path, kind=block.kind, config=self.config, source=source,
                          embedded=True)
        try:
            model = fe.parse(source, ctx)
        except Exception as err:  # this block is not checked; the rest of the file is  # noqa: BLE001
            self._crash(f"{block.kind} front-end (embedded)", host.path, err, result)
            return
        block.model = model  # markdown rules may read the blocks' models too
        # A block's own parse problems are the docs' business (an elision, `...`), except
        # the one its front-end says shows the markdown itself broken (a lost closing fence).
        problem = getattr(fe, "embedded_problem", lambda model, source: None)(model, source)
        if problem is not None:
            span = _map_span(block, problem.span)
            result.diagnostics.append(self._engine(UNREADABLE, _map_message(block, problem.message), host.path, span))
        for rule in self.embedded_rules.get(block.kind, ()):
            ctx.options = self._options_for(rule.family)
            try:
                found = [self._embedded_diagnostic(rule, violation, block, host)
                         for violation in rule.check(model, ctx)]
            except Exception as err:  # this rule's findings in this block are lost  # noqa: BLE001
                self._crash(rule.code, host.path, err, result)
                continue
            result.diagnostics.extend(found)
        try:
            data = fe.facts(model, ctx)
        except Exception as err:  # this block's facts are lost  # noqa: BLE001
            self._crash(f"{block.kind} facts (embedded)", host.path, err, result)
        else:
            result.facts.append(FileFacts(str(host.path), block.kind, data, list(block.line_map),
                                          host_kind=host.kind))
        inner, malformed = suppressions.parse(block.text, getattr(fe, "COMMENT", "#"), block.kind)
        for s in inner:
            if s.trim_column:
                s.trim_column = block.map(s.line, s.trim_column)[1]
            s.line, _ = block.map(s.line, 1)
            s.comment = _map_span(block, s.comment)
            s.codes = [(c, _map_span(block, sp)) for c, sp in s.codes]
            first, _ = block.map(s.scope[0], 1)
            last, _ = block.map(s.scope[1], 1)
            s.scope = (first, last)
            s.file_level = False  # `disable-file` in a code block covers the block only
            s.embedded = True
        result.suppressions.extend(inner)
        result.malformed.extend(suppressions.Malformed(_map_span(block, m.span), m.message) for m in malformed)

    def _embedded_diagnostic(self, rule: Rule, violation: Violation, block: kinds.EmbeddedBlock,
                             host: SourceFile) -> Diagnostic:
        """A violation in a code block, as a diagnostic of the host file."""
        diagnostic = self._diagnostic(rule, violation, host.path)
        diagnostic.span = _map_span(block, diagnostic.span)
        diagnostic.message = _map_message(block, diagnostic.message)
        if diagnostic.fix:
            diagnostic.fix = Fix(_map_message(block, diagnostic.fix.message), tuple(
                _map_edit(block, e, host.lines) for e in diagnostic.fix.edits), diagnostic.fix.safe)
        return diagnostic

    # -- the whole run -------------------------------------------------------------

    def run_project(self, results: list[FileResult]) -> list[Diagnostic]:
        """The project rules' diagnostics over the facts of ``results``. A project rule that
        raises loses its own findings; its SUM004 is reported at 1:1 of the config file, or
        of the first file (by path) when there is no config file (``project_error_path``)."""
        self.project_errors = []
        if not self.has_project_rules:
            return []
        project = Project(self.config.root, [f for r in results for f in r.facts])
        found: list[Diagnostic] = []
        for rule in self.project_rules:
            ctx = RuleContext(path=self.config.root, kind="project", config=self.config,
                              options=self._options_for(rule.family))
            try:
                found.extend([self._project_diagnostic(rule, violation)
                              for violation in rule.check_project(project, ctx)])
            except Exception as err:  # this rule's findings are lost; the other rules' stay  # noqa: BLE001
                error = self._crash(rule.code, self.project_error_path(results), err, found)
                self.project_errors.append(error)
        return found

    def _project_diagnostic(self, rule: Rule, violation: Violation) -> Diagnostic:
        if violation.path is None:
            raise ValueError(f"{rule.code}: a project rule yielded a violation without a path")
        return self._diagnostic(rule, violation, Path(violation.path))

    def project_error_path(self, results: list[FileResult]) -> Path:
        """Where a project rule's SUM004 goes: the config file (it defines the project), else
        the first linted file by path, else the project root."""
        if self.config.path is not None:
            return Path(self.config.path)
        return min((r.path for r in results), key=str, default=self.config.root)

    def finish(self, results: list[FileResult], extra: list[Diagnostic],
               report: set[Path] | None = None) -> RunResult:
        """Apply suppressions, ignores and severities; report SUM002/SUM003; sort."""
        by_path: dict[str, list[Diagnostic]] = {}
        for result in results:
            by_path.setdefault(str(result.path), []).extend(result.diagnostics)
        for diagnostic in extra:
            by_path.setdefault(diagnostic.path, []).append(diagnostic)
        output: list[Diagnostic] = []
        results_by_path = {str(r.path): r for r in results}
        # Paths holding a SUM004 (a contained crash): it passes every filter below. Known from
        # the errors, so the files without one pay nothing.
        crashed = {str(r.path) for r in results if r.errors}
        crashed.update(str(e.path) for e in self.project_errors)
        for result in results:  # finish() may run again after fixes: start from scratch
            for s in result.suppressions:
                s.used = set()
            for d in result.diagnostics:
                d.suppressed = None
        for path, diagnostics in by_path.items():
            internal: list[Diagnostic] = []
            if path in crashed:
                internal = [d for d in diagnostics if d.code == INTERNAL_ERROR]
                diagnostics = [d for d in diagnostics if d.code != INTERNAL_ERROR]
            if report is not None and Path(path) not in report:
                output.extend(internal)  # a file linted for the project's facts crashed: still said
                continue
            relpath = _relpath(Path(path), self.config.root)
            diagnostics = [d for d in diagnostics if not self.config.ignored_for_path(d.code, relpath)
                           and (self.config.is_selected(d.code) if d.code.startswith("SUM")
                                else not self.config.is_ignored(d.code))]
            result = results_by_path.get(path)
            if result is not None:
                suppressions.apply(diagnostics, result.suppressions)
                diagnostics.extend(self._suppression_findings(result))
            output.extend(internal)
            output.extend(diagnostics)
        output.sort(key=Diagnostic.sort_key)
        return RunResult(output, results, report)

    def _suppression_findings(self, result: FileResult) -> list[Diagnostic]:
        found: list[Diagnostic] = []
        relpath = _relpath(result.path, self.config.root)
        enabled = lambda code: self.config.is_selected(code) and not self.config.ignored_for_path(code, relpath)
        counted = enabled  # the codes whose unused suppressions are reported
        if result.errors or self.project_errors:
            # A rule that crashed reported nothing, so its suppressions are not unused (and
            # SUM002's fix would delete them); after any other crash on the file (front-end,
            # facts, sumlint itself) no suppression of the file is.
            crashed: set[str] | None = {e.what for e in self.project_errors}
            for error in result.errors:
                if crashed is not None and registry.CODE_RE.match(error.what):
                    crashed.add(error.what)
                else:
                    crashed = None
            counted = lambda code: crashed is not None and code not in crashed and enabled(code)
        if enabled(MALFORMED_SUPPRESSION):
            for bad in result.malformed:
                found.append(self._engine(MALFORMED_SUPPRESSION, bad.message, result.path, bad.span))
        if enabled(UNUSED_SUPPRESSION):
            known = registry.rule_index()
            for s in result.suppressions:
                codes = [(c, sp) for c, sp in suppressions.unused(s, counted)
                         if (c in known or not c.startswith("SUM")) and c != INTERNAL_ERROR]
                unknown = [(c, sp) for c, sp in s.codes if c.startswith("SUM") and c not in known]
                for code, span in unknown:
                    if enabled(MALFORMED_SUPPRESSION):
                        found.append(self._engine(MALFORMED_SUPPRESSION,
                                                  f"suppression names {code}, which is not a sumlint rule",
                                                  result.path, span))
                for code, span in s.codes:
                    if code == INTERNAL_ERROR and enabled(MALFORMED_SUPPRESSION):
                        found.append(self._engine(MALFORMED_SUPPRESSION,
                                                  f"{INTERNAL_ERROR} (internal-error) cannot be suppressed",
                                                  result.path, span))
                if not codes:
                    continue
                fix = suppressions.removal_fix(s, [c for c, _ in codes])
                for code, span in codes:
                    found.append(self._engine(UNUSED_SUPPRESSION,
                                              f"unused suppression: no {code} diagnostic here to suppress",
                                              result.path, span, fix))
        return found

    # -- helpers -------------------------------------------------------------------

    def _diagnostic(self, rule: Rule, violation: Violation, path: Path) -> Diagnostic:
        code = violation.code or rule.code
        severity = self.config.severity_of(code, violation.severity or rule.severity)
        return Diagnostic(code, severity, violation.message, str(path), violation.span,
                          violation.fix, tuple(violation.related))

    def _engine(self, code: str, message: str, path: Path, span: Span, fix: Fix | None = None) -> Diagnostic:
        rule = registry.rule_index().get(code)
        default = rule.severity if rule else Severity.ERROR
        return Diagnostic(code, self.config.severity_of(code, default), message, str(path), span, fix)

    def _crash(self, what: str, path: Path, err: Exception, into: FileResult | list[Diagnostic]) -> InternalError:
        """Record a contained crash: an ``InternalError`` in ``self.errors`` (and the file's
        ``errors``) and a SUM004 diagnostic at 1:1 of ``path`` (one per file and crash)."""
        import traceback

        summary = _describe(err)
        text = "".join(traceback.format_exception(type(err), err, err.__traceback__))
        error = InternalError(f"internal error in {what} on {path}: {summary}", what, path, summary, text)
        self.errors.append(error)
        diagnostics = into if isinstance(into, list) else into.diagnostics
        if isinstance(into, FileResult):
            if any(e.what == what and e.summary == summary for e in into.errors):
                return error  # the same rule crashing on a second code block of the file
            into.errors.append(error)
        diagnostics.append(Diagnostic(
            INTERNAL_ERROR, Severity.ERROR,  # never overridden: it is no finding about the file
            f"internal error in {what}: {summary} (a bug in sumlint; please report it, with --verbose "
            f"for the traceback)", str(path), Span(1, 1, 1, 1)))
        return error

    def take_errors(self) -> list[InternalError]:
        """The crashes contained since the last call, each once (a crash that repeats, as
        when ``--fix`` lints a file again, is one)."""
        seen: dict[tuple, InternalError] = {}
        for error in self.errors:
            seen.setdefault((error.what, str(error.path), error.summary), error)
        self.errors = []
        return list(seen.values())


def _describe(err: BaseException) -> str:
    """``IndexError: list index out of range``: the exception's type and the first line of
    its message, shortened (a message may quote a whole file)."""
    try:
        text = str(err)
    except Exception:  # an exception whose __str__ raises  # noqa: BLE001
        text = "(the message could not be shown)"
    lines = text.strip().splitlines()
    first = lines[0] if lines else ""
    if len(first) > _MESSAGE_LIMIT or len(lines) > 1:
        first = first[:_MESSAGE_LIMIT].rstrip() + " …"
    name = type(err).__name__
    return f"{name}: {first}" if first else name


def _map_span(block: kinds.EmbeddedBlock, span: Span) -> Span:
    line, column = block.map(span.line, span.column)
    end_line, end_column = block.map(span.end_line, span.end_column)
    return Span(line, column, end_line, end_column)


_LINE_REFERENCE = re.compile(r"(?<![\w-])line (\d+)(?![\w-]|\.\d)")
_FILE_BEFORE = re.compile(r"[\w-]*[./][\w./-]*\s$")  # "common.sh line 12": a line of another file


def _map_message(block: kinds.EmbeddedBlock, message: str) -> str:
    """A message that names another line of the block ("`Description=` is set again on line
    5") names it in the host file, like the span: line 10 of the markdown file. Code spans are
    quoted text, and a line of a sourced file ("common.sh line 12") is that file's."""
    if "line " not in message:
        return message
    parts = message.split("`")
    for k in range(0, len(parts), 2):  # (the odd parts are inside `…`)
        part = parts[k]
        parts[k] = _LINE_REFERENCE.sub(
            lambda m, part=part: m.group() if _FILE_BEFORE.search(part, 0, m.start())
            else f"line {block.map(int(m.group(1)), 1)[0]}", part)
    return "`".join(parts)


def _map_edit(block: kinds.EmbeddedBlock, edit: TextEdit, host_lines: list[str]) -> TextEdit:
    """An edit of an embedded block, in the host file. A line the edit adds gets the prefix the
    block's lines have in the host (a list item's or an admonition's indent, a blockquote's
    `> `), so it stays inside the block: "Wants=redis-server.service" under a fence indented in
    a list item is indented like its neighbours."""
    text = edit.new_text
    if "\n" in text:
        prefix = _host_prefix(block, edit.span.line, host_lines)
        if prefix:
            parts = text.split("\n")  # (an empty line it adds gets the prefix without trailing spaces: ">" or "")
            text = "\n".join([parts[0]] + [(prefix if part or k == len(parts) - 1 else prefix.rstrip()) + part
                                            for k, part in enumerate(parts[1:], 1)])
    return TextEdit(_map_span(block, edit.span), text)


def _host_prefix(block: kinds.EmbeddedBlock, line: int, host_lines: list[str]) -> str:
    """What stands before the block's text on its host line (that line's, or for a blank line
    another line's of the block): spaces and `>` only; a console prompt is no prefix."""
    own = [block.line_map[line - 1]] if 1 <= line <= len(block.line_map) else []
    for host_line, offset in own + list(block.line_map):
        raw = host_lines[host_line - 1] if 0 < host_line <= len(host_lines) else ""
        if offset and len(raw) >= offset and not raw[:offset].strip(" >\t"):
            return raw[:offset]
    return ""


def _relpath(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def check_paths(paths: list[Path], config: Config, linter: Linter | None = None,
                explicit: bool = False, cache: "Cache | None" = None,
                force_exclude: bool = False) -> RunResult:
    """Lint ``paths``. With ``explicit`` paths, project rules still read facts from the whole
    project (``config.root``), but only diagnostics for the given paths are reported.
    ``cache`` (a ``sumlint.cache.Cache``) serves unchanged files without parsing them."""
    from sumlint.discovery import discover

    linter = linter or Linter(config)
    lint_one = (lambda p, k: cache.lint(linter, p, k)) if cache is not None else linter.lint_path

    def lint(path: Path, kind: str) -> FileResult:
        result = lint_one(path, kind)
        # A batch run needs no file's text once it is linted: project rules read facts, the
        # text output and --fix read the files again. (10,000 files held about 7 MB of text.)
        result.source = None
        return result

    found = discover(paths, config, force_exclude)
    results = [lint(path, kind) for path, kind in found.files]
    extra = [linter._engine(UNREADABLE, message, path, Span(1, 1, 1, 1)) for path, message in found.problems]
    for path in found.unknown:
        extra.append(linter._engine(
            UNREADABLE, "not a file kind sumlint reads (map it to a kind in `[tool.sumlint.kinds]`)",
            path, Span(1, 1, 1, 1)))
    report: set[Path] | None = None
    root = config.root.resolve()
    covers_root = any(p.is_dir() and (p.resolve() == root or p.resolve() in root.parents) for p in paths)
    given = {p for p, _ in found.files} | set(found.unknown) | {p for p, _ in found.problems}
    if explicit and not given:
        return linter.finish(results, extra, set())  # e.g. pre-commit passed only other files
    if explicit and not covers_root and linter.has_project_rules:
        from sumlint.discovery import _identity

        linted = {_identity(p) for p in given}
        whole = discover([config.root], config)
        results.extend(lint(p, k) for p, k in whole.files if _identity(p) not in linted)
        report = given
    extra.extend(cache.project(linter, results) if cache is not None else linter.run_project(results))
    return linter.finish(results, extra, report)
