"""Every rule: complete metadata, documented, and its doc examples tell the truth.

The Example section's files are linted as a project: the rule must fire on the first
file. The Use instead section's files must not trigger the rule at all.

One rule has no file that triggers it: SUM004 (internal-error) is emitted only when sumlint
itself has a bug. Its Example shows the report line instead of a file, and its Use instead
what to do; ``test_sum004_example_is_the_report_of_a_crash`` makes a rule crash and checks
that the report is that line.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sumlint import kinds
from sumlint.config import load_config
from sumlint.diagnostics import Severity
from sumlint.docs import REQUIRED_SECTIONS, examples, sections
from sumlint.registry import all_rules
from sumlint.runner import check_paths

RULES = list(all_rules().values())
NO_EXAMPLE_FILE = {"SUM004"}  # see the module docstring
NAME_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_metadata(rule) -> None:
    assert NAME_RE.match(rule.name), f"{rule.code}: name {rule.name!r} is not kebab-case"
    assert rule.summary and not rule.summary.endswith("."), f"{rule.code}: summary is one line, no full stop"
    assert rule.kinds and set(rule.kinds) <= set(kinds.KINDS), f"{rule.code}: kinds {rule.kinds}"
    assert isinstance(rule.severity, Severity)
    family_digit = {"engine": "0", "systemd": "1", "shell": "2", "docs": "3", "settings": "4", "project": "5"}
    assert rule.code[3] == family_digit[rule.family], f"{rule.code} is in rules/{rule.family}/"
    module_file = rule.module.rsplit(".", 1)[-1]
    assert module_file.startswith(rule.code.lower() + "_"), f"{rule.module}: file name starts with the code"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_docstring_sections(rule) -> None:
    found = sections(rule.doc)
    for name in REQUIRED_SECTIONS:
        assert found.get(name), f"{rule.code}: docstring lacks a non-empty `## {name}` section"
    if rule.fixable:
        assert found.get("Fix safety"), f"{rule.code}: fixable rules document `## Fix safety`"
    if rule.options:
        assert found.get("Options"), f"{rule.code}: configurable rules document `## Options`"
        for option in rule.options:
            assert option in found["Options"], f"{rule.code}: option `{option}` is not documented"
    if rule.code in NO_EXAMPLE_FILE:
        return
    for name in ("Example", "Use instead"):
        blocks = examples(found[name])
        assert blocks, f"{rule.code}: `## {name}` has no fenced example"
        assert all(b.title for b in blocks), f"{rule.code}: every fence in `## {name}` needs title=<file>"


def _lint_example(rule, section: str, tmp_path: Path):
    blocks = examples(sections(rule.doc)[section])
    root = tmp_path / section.replace(" ", "_")
    (root / ".git").mkdir(parents=True)
    for block in blocks:
        target = root / block.title
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(block.text, encoding="utf-8")
    config = load_config(root)
    result = check_paths([root], config)
    # Bridge rules (ShellCheck) report their findings under the bridged tool's codes.
    codes = (rule.code, *getattr(rule, "bridge_prefixes", ()))
    return [d for d in result.active if d.code.startswith(codes)], root / blocks[0].title


@pytest.mark.parametrize("rule", [r for r in RULES if r.code not in NO_EXAMPLE_FILE], ids=lambda r: r.code)
def test_doc_examples_are_true(rule, tmp_path: Path) -> None:
    bad, first = _lint_example(rule, "Example", tmp_path)
    assert bad, f"{rule.code}: the Example does not trigger the rule"
    assert any(Path(d.path) == first.resolve() for d in bad), \
        f"{rule.code}: the Example triggers the rule, but not in its first file"
    good, _ = _lint_example(rule, "Use instead", tmp_path)
    assert not good, f"{rule.code}: the Use instead example still triggers it: {[d.message for d in good]}"


@pytest.mark.internal_errors
def test_sum004_example_is_the_report_of_a_crash(cli, tmp_path: Path, monkeypatch) -> None:
    from sumlint.registry import load_rule

    (example,) = examples(sections(all_rules()["SUM004"].doc)["Example"])
    assert example.lang == "text" and not example.title
    line = example.text.strip()
    crashing = re.search(r"internal error in (SUM\d+): ", line).group(1)

    def check(self, model, ctx):
        raise IndexError("list index out of range")

    monkeypatch.setattr(load_rule(crashing), "check", check)
    (tmp_path / ".git").mkdir()
    (tmp_path / "deploy.sh").write_text("#!/bin/bash\necho deploy\n")
    code, out, _ = cli(["check", "--no-cache", "--no-show-source"], cwd=tmp_path)
    assert code == 2 and line in out.splitlines()


def test_codes_and_names_are_unique() -> None:
    codes = [r.code for r in RULES]
    assert len(codes) == len(set(codes))
    names = sorted(r.name for r in RULES)
    assert not [n for n in set(names) if names.count(n) > 1], "two rules share a name"
