"""The rule model. A rule is a class in its own module under ``rules/<family>/``.

The module docstring is the rule's documentation, with the sections ``What it does``,
``Why is this bad?``, ``Example``, ``Use instead`` and, where they apply, ``Fix safety``
and ``Options``. ``Example`` and ``Use instead`` each hold one fenced code block whose
info string names the file it stands for, e.g. ``ini title=celery.service``; the docs test
lints both and expects the rule to fire on the first only. (SUM004, internal-error, which no
file triggers on purpose, shows the report line instead; see tests/test_rule_contracts.py.)

Per-file rules implement ``check(model, ctx)``; project rules implement
``check_project(project, ctx)`` and see the facts extracted from every file.
Both yield ``Violation`` objects.
"""

from __future__ import annotations

from dataclasses import field
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Iterable

from sumlint.diagnostics import Severity, Span, Violation
from sumlint.records import record

if TYPE_CHECKING:
    from sumlint.config import Config
    from sumlint.policy import Service
    from sumlint.project import Project
    from sumlint.source import SourceFile


@record(frozen=True)
class Option:
    """A configurable setting of a rule family, read from ``[tool.sumlint.<family>]``."""

    default: Any
    help: str
    type: type | tuple[type, ...] | None = None  # inferred from the default when None

    def __init__(self, default: Any, help: str, type: type | tuple[type, ...] | None = None) -> None:  # noqa: A002
        self.__dict__.update(default=default, help=help, type=type)

    def validate(self, value: Any) -> str | None:
        """None when ``value`` fits, else a short description of what was expected."""
        expected = self.type or type(self.default)
        if expected is bool or expected == (bool,):
            return None if isinstance(value, bool) else "true or false"
        if isinstance(self.default, list) and self.type is None:
            if isinstance(value, list) and all(isinstance(v, str) for v in value):
                return None
            return "a list of strings"
        if isinstance(self.default, dict) and self.type is None:
            return None if isinstance(value, dict) else "a table"
        if isinstance(value, bool) and expected is not bool:
            return f"a {getattr(expected, '__name__', expected)}"
        return None if isinstance(value, expected) else f"a {getattr(expected, '__name__', expected)}"


@record
class RuleContext:
    """What a rule may read besides its model."""

    path: Path
    kind: str
    config: "Config"
    source: "SourceFile | None" = None
    embedded: bool = False  # the model is a code block inside a markdown file
    options: dict[str, Any] = field(default_factory=dict)  # the rule family's options

    def __init__(self, path: Path, kind: str, config: "Config", source: "SourceFile | None" = None,
                 embedded: bool = False, options: dict[str, Any] | None = None) -> None:
        self.path = path
        self.kind = kind
        self.config = config
        self.source = source
        self.embedded = embedded
        self.options = {} if options is None else options

    @property
    def services(self) -> list["Service"]:
        return self.config.required_services

    @property
    def root(self) -> Path:
        return self.config.root


class Rule:
    code: ClassVar[str]
    name: ClassVar[str]  # kebab-case, describes the flagged pattern
    summary: ClassVar[str]  # one line, shown by `sumlint rules` and in hovers
    kinds: ClassVar[frozenset[str]]  # file kinds whose models the rule reads
    severity: ClassVar[Severity] = Severity.WARNING
    fixable: ClassVar[bool] = False
    # Whether the rule also runs on fenced code blocks of that kind inside markdown.
    # Whole-file rules (a deploy script must have a preflight) leave this False.
    embedded: ClassVar[bool] = False
    # A markdown rule that reads ``block.model`` of embedded blocks sets this: it then
    # runs after the blocks are parsed.
    after_embedded: ClassVar[bool] = False
    # Options of the rule's family section, ``[tool.sumlint.<family>]``.
    options: ClassVar[dict[str, Option]] = {}
    # Filled in by the registry:
    family: ClassVar[str] = ""  # the folder under rules/: systemd, shell, docs, settings, project
    doc: ClassVar[str] = ""  # the module docstring
    module: ClassVar[str] = ""

    project: ClassVar[bool] = False
    # Engine rules (SUM0xx) are emitted by the runner itself; their modules only document them.
    engine: ClassVar[bool] = False

    def check(self, model: Any, ctx: RuleContext) -> Iterable[Violation]:
        raise NotImplementedError

    @classmethod
    def doc_url(cls) -> str:
        from sumlint import DOCS_URL

        return f"{DOCS_URL}#{cls.code.lower()}"


class ProjectRule(Rule):
    """A cross-file rule. ``kinds`` lists the file kinds whose facts it reads.

    Every Violation it yields must carry ``path`` (the file the diagnostic belongs to) and
    should carry ``related`` locations for the other files involved.
    """

    project: ClassVar[bool] = True

    def check_project(self, project: "Project", ctx: RuleContext) -> Iterable[Violation]:
        raise NotImplementedError


def loc(line: int, column: int, end_column: int | None = None) -> Span:
    """Shorthand for a one-line span, for rule code."""
    return Span(line, column, line, end_column if end_column is not None else column + 1)
