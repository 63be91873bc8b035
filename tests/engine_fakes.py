"""A fake front-end and fake rules for engine tests (installed by the ``fake_engine`` fixture).

The fake front-end reads any kind line by line. Its rules:

* SUM190 (per file, every kind but markdown; embedded shell blocks too): the word ``BAD`` -> safe fix ``GOOD``;
  ``RISKY`` -> unsafe fix ``SAFE``; ``WARN`` -> a finding without a fix. Positions are exact.
* SUM590 (project): ``needs:NAME`` in any file without ``provides:NAME`` in any file.
* SUM191 (added by ``install_crashing_rule``): ``ODD`` -> a finding; a line with ``CRASH``
  -> ``IndexError`` (a bug, for the tests of contained crashes).
* A line containing ``PARSE-ERROR`` is a parse problem (SUM001 at that token).
* A markdown fence (```` ```sh ````) becomes an embedded shell block.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from types import SimpleNamespace

from sumlint import kinds, registry, runner
from sumlint.diagnostics import Fix, Related, Severity, Span, TextEdit, Violation
from sumlint.kinds import EmbeddedBlock, ParseProblem
from sumlint.rule import Option, ProjectRule, Rule

WORD_RE = re.compile(r"\b(BAD|RISKY|WARN)\b")
NEEDS_RE = re.compile(r"\b(needs|provides):([\w.-]+)")
PARSED: list[str] = []  # paths parsed, to observe the cache


@dataclass
class FakeModel:
    lines: list[str]
    problems: list = field(default_factory=list)
    embedded: list = field(default_factory=list)
    dependencies: list = field(default_factory=list)


def _parse(source, ctx):
    PARSED.append(str(source.path))
    lines = source.lines
    model = FakeModel(lines)
    for number, line in enumerate(lines, 1):
        col = line.find("PARSE-ERROR")
        if col != -1:
            model.problems.append(ParseProblem(Span.at(number, col + 1, 11), "cannot parse PARSE-ERROR"))
        dep = re.search(r"depends-on:(\S+)", line)
        if dep:
            model.dependencies.append(source.path.parent / dep.group(1))
    if source.kind == kinds.MARKDOWN:
        index = 0
        while index < len(lines):
            if lines[index].startswith("```sh"):
                start = index + 1
                end = start
                while end < len(lines) and not lines[end].startswith("```"):
                    end += 1
                model.embedded.append(EmbeddedBlock(
                    kinds.SHELL, "\n".join(lines[start:end]) + "\n",
                    [(n + 1, 0) for n in range(start, end)] or [(start + 1, 0)], "sh"))
                index = end
            index += 1
    return model


def _facts(model, ctx):
    words = []
    for number, line in enumerate(model.lines, 1):
        for m in NEEDS_RE.finditer(line):
            words.append([m.group(1), m.group(2), [number, m.start() + 1, number, m.end() + 1]])
    return {"words": words}


def _frontend(kind: str):
    return SimpleNamespace(COMMENT="html" if kind == kinds.MARKDOWN else "#", parse=_parse, facts=_facts,
                           __name__=f"fake.{kind}")


class FakeWordRule(Rule):
    """## What it does
Flags BAD.

## Why is this bad?
Tests.

## Example
```sh title=a.sh
BAD
```

## Use instead
```sh title=a.sh
GOOD
```

## Fix safety
Safe for BAD, unsafe for RISKY.

## Options
`strict`: also flag lowercase `bad`.
"""

    code = "SUM190"
    name = "fake-word"
    summary = "Fake word rule"
    kinds = frozenset(kinds.KINDS) - {kinds.MARKDOWN}  # fenced blocks are checked as embedded
    severity = Severity.WARNING
    fixable = True
    embedded = True
    options = {"strict": Option(False, "also flag lowercase bad")}

    def check(self, model, ctx):
        pattern = re.compile(r"\b(BAD|RISKY|WARN|bad)\b") if ctx.options.get("strict") else WORD_RE
        for number, line in enumerate(model.lines, 1):
            for m in pattern.finditer(line):
                span = Span(number, m.start() + 1, number, m.end() + 1)
                word = m.group(1)
                if word in ("BAD", "bad"):
                    yield Violation(f"`{word}` is bad; write GOOD", span,
                                    Fix("Replace with GOOD", (TextEdit(span, "GOOD"),)))
                elif word == "RISKY":
                    yield Violation("`RISKY` is risky; write SAFE", span,
                                    Fix("Replace with SAFE", (TextEdit(span, "SAFE"),), safe=False))
                else:
                    yield Violation("`WARN` needs a look", span)


class FakeProjectRule(ProjectRule):
    """## What it does
needs without provides.

## Why is this bad?
Tests.

## Example
```sh title=a.sh
# needs:x
```

## Use instead
```sh title=a.sh
# needs:x provides:x
```
"""

    code = "SUM590"
    name = "fake-needs-without-provides"
    summary = "Fake cross-file rule"
    kinds = frozenset(kinds.KINDS)
    severity = Severity.ERROR

    def check_project(self, project, ctx):
        provided = {}
        for facts in project.files:
            for verb, name, span in facts.data["words"]:
                if verb == "provides":
                    provided[name] = (facts, span)
        for facts in project.files:
            for verb, name, span in facts.data["words"]:
                if verb == "needs" and name not in provided:
                    yield Violation(f"`{name}` is needed here but nothing provides it", facts.span(span),
                                    path=facts.path)
                elif verb == "needs":
                    other, other_span = provided[name]
                    if other.path != facts.path and "WARN" in name:
                        yield Violation(f"`{name}` provided elsewhere", facts.span(span), path=facts.path,
                                        related=(Related(other.path, other.span(other_span), "provided here"),))


class FakeCrashingRule(Rule):
    """## What it does
Flags ODD; raises (a bug, on purpose) on a line with CRASH.

## Why is this bad?
Tests of contained crashes (SUM004).

## Example
```sh title=a.sh
ODD
```

## Use instead
```sh title=a.sh
EVEN
```
"""

    code = "SUM191"
    name = "fake-crashing"
    summary = "Fake rule that crashes"
    kinds = frozenset(kinds.KINDS) - {kinds.MARKDOWN}
    severity = Severity.WARNING
    embedded = True
    word = "CRASH"  # tests set it to a word no file has: the bug is fixed

    def check(self, model, ctx):
        for number, line in enumerate(model.lines, 1):
            if self.word in line:
                raise IndexError("list index out of range")
            col = line.find("ODD")
            if col != -1:
                yield Violation("`ODD` is odd", Span.at(number, col + 1, 3))


def crash_front_end(monkeypatch, function: str, when, error: BaseException) -> None:
    """Make the installed fake shell front-end's ``function`` ("parse" or "facts") raise
    ``error`` on the files ``when(source_or_model, ctx)`` picks; other files go through."""
    module = runner._frontends["shell"]
    original = getattr(module, function)

    def crashing(first, ctx):
        if when(first, ctx):
            raise error
        return original(first, ctx)

    monkeypatch.setattr(module, function, crashing)


def install_crashing_rule(monkeypatch) -> None:
    """Add SUM191 (``FakeCrashingRule``) to the rules of an installed fake engine."""
    rules = dict(registry.all_rules())
    rule = FakeCrashingRule
    rule.family, rule.module, rule.doc = "shell", f"engine_fakes.{rule.__name__}", rule.__doc__
    rules[rule.code] = rule
    rules = dict(sorted(rules.items()))
    monkeypatch.setattr(registry, "all_rules", lambda: rules)


def install(monkeypatch):
    real = registry.all_rules()
    rules = {code: rule for code, rule in real.items() if code < "SUM010"}
    for rule, family in ((FakeWordRule, "shell"), (FakeProjectRule, "project")):
        rule.family, rule.module, rule.doc = family, f"engine_fakes.{rule.__name__}", rule.__doc__
        rules[rule.code] = rule
    rules = dict(sorted(rules.items()))
    monkeypatch.setattr(registry, "all_rules", lambda: rules)
    for kind in kinds.KINDS:
        monkeypatch.setitem(runner._frontends, kind, _frontend(kind))
    PARSED.clear()
    return SimpleNamespace(parsed=PARSED, rules=rules)
