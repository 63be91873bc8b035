"""The docs rules' findings do not depend on which other docs rules ran before them.

The markdown model builds prose units lazily, and ``Document.units_where`` answers an entry that
is not built yet from its markdown source (every sentence of a short paragraph whose source
passes the test) and a built one sentence by sentence. A rule that builds entries can therefore,
in principle, change what a later rule's search returns. The findings must not change with it:
``--select SUM302`` has to report what a full run reports for SUM302, and an editor that runs the
rules in another order has to show the same problems. Each rule here runs alone on a fresh
model, then all docs rules run on one model in registry order and in reverse order; every
rule's findings must be the same in all three.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from sumlint.config import Config
from sumlint.markdown import frontend
from sumlint.registry import all_rules
from sumlint.rule import RuleContext
from sumlint.source import decode

ROOT = Path(__file__).resolve().parents[1]


def _generate(seed: int, lines: int, dense: bool) -> str:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        from bench_markdown import generate
    finally:
        sys.path.pop(0)
    return generate(seed, lines, dense)

DOCS_RULES = sorted((r for r in all_rules().values() if r.family == "docs" and not r.project),
                    key=lambda r: r.code)


def _inputs() -> list[tuple[str, bytes]]:
    files = sorted((ROOT / "tests" / "fixtures" / "docs").glob("*.md")) + sorted((ROOT / "examples").rglob("*.md"))
    found = [(p.name, p.read_bytes()) for p in files]
    found += [(f"generated{i}.md", _generate(i, 120, dense=bool(i % 2)).encode()) for i in range(6)]
    return found


def _findings(name: str, data: bytes, rules) -> dict[str, list[tuple]]:
    config = Config(root=ROOT)
    path = Path("/docs") / name
    source = decode(path, data, "markdown")
    ctx = RuleContext(path=path, kind="markdown", config=config, source=source)
    model = frontend.parse(source, ctx)
    frontend.facts(model, ctx)
    out: dict[str, list[tuple]] = {}
    for rule in rules:
        ctx.options = dict(config.options_for(rule.family))
        out[rule.code] = sorted((v.span.to_list(), v.message) for v in rule.check(model, ctx))
    return out


def test_the_docs_rules_are_found() -> None:
    assert {"SUM301", "SUM302", "SUM303"} <= {r.code for r in DOCS_RULES}


@pytest.mark.parametrize("name,data", _inputs(), ids=lambda v: v if isinstance(v, str) else "")
def test_each_rule_finds_the_same_alone_and_in_either_order(name: str, data: bytes) -> None:
    rules = [r() for r in DOCS_RULES]
    alone: dict[str, list[tuple]] = {}
    for rule in rules:
        alone.update(_findings(name, data, [rule]))
    forward = _findings(name, data, rules)
    backward = _findings(name, data, list(reversed(rules)))
    assert forward == alone
    assert backward == alone


def test_the_inputs_give_findings_of_several_rules() -> None:
    """(The comparison above means something: the inputs make most docs rules report.)"""
    rules = [r() for r in DOCS_RULES]
    reporting = set()
    total = 0
    for name, data in _inputs():
        for code, found in _findings(name, data, rules).items():
            total += len(found)
            reporting |= {code} if found else set()
    assert total >= 100
    assert "SUM301" in reporting and len(reporting) >= 3
