"""Generated rule documentation: docs/rules.md must match the rule modules, and the listing
commands agree with the registry."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from sumlint.docs import rule_page, rules_listing, rules_markdown
from sumlint.registry import all_rules

REPO = Path(__file__).resolve().parents[1]
PAGE = REPO / "docs" / "rules.md"


def test_docs_rules_md_is_not_stale():
    assert PAGE.is_file(), "docs/rules.md is missing: run `python -m sumlint.docs > docs/rules.md`"
    assert PAGE.read_text(encoding="utf-8") == rules_markdown(), (
        "docs/rules.md is stale: run `python -m sumlint.docs > docs/rules.md` and commit it")


def test_python_m_sumlint_docs_prints_the_page():
    out = subprocess.run([sys.executable, "-m", "sumlint.docs"], capture_output=True, check=True).stdout
    assert out.decode("utf-8") == rules_markdown()


def test_every_rule_has_an_anchor_a_row_and_its_sections():
    page = rules_markdown()
    for code, rule in all_rules().items():
        assert f'<a id="{code.lower()}"></a>' in page
        assert f"| [{code}](#{code.lower()}) | {rule.name} |" in page
        own = rule_page(rule, heading_level=2)
        assert own.startswith(f"## {code} {rule.name}\n") and "### What it does" in own
        assert own in page


def test_listing_formats_agree():
    rules = all_rules()
    data = json.loads(rules_listing("json"))
    assert [r["code"] for r in data] == list(rules)
    assert all(set(r) == {"code", "name", "kinds", "project", "severity", "fixable", "summary"} for r in data)
    table = rules_listing("table").splitlines()
    assert len(table) == len(rules) + 1
    assert table[1].split()[:4] == ["SUM001", "unreadable-file", "all", "error"]
