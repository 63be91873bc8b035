"""The unit-file parser and front-end: positions, continuations, resets, drop-ins, facts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sumlint.config import Config
from sumlint.diagnostics import Span
from sumlint.fixes import fix_text
from sumlint.rule import RuleContext
from sumlint.runner import Linter
from sumlint.source import decode
from sumlint.systemd import frontend
from sumlint.systemd.parser import parse_text


def parse(text: str, path: Path = Path("x.service"), data: bytes | None = None, root: Path | None = None):
    config = Config(root=root or Path.cwd())
    source = decode(path, data if data is not None else text.encode("utf-8"), "systemd")
    ctx = RuleContext(path=path, kind="systemd", config=config, source=source)
    model = frontend.parse(source, ctx)
    return model, frontend.facts(model, ctx), source


def text_at(source, span: Span) -> str:
    start = source.offset(span.line, span.column)
    end = source.offset(span.end_line, span.end_column)
    return source.text[start:end]


def test_sections_keys_and_values_with_exact_positions() -> None:
    text = "[Unit]\nDescription = My web app\n  After=a.service   b.service\n[Service]\nExecStart=/bin/true\n"
    model, facts, source = parse(text)
    assert [s.name for s in model.sections] == ["Unit", "Service"]
    assert model.sections[0].span == Span(1, 1, 1, 7)
    description = model.own("Unit", "Description")[0]
    assert description.value == "My web app"
    assert description.key_span == Span(2, 1, 2, 12)
    assert text_at(source, description.value_span) == "My web app"
    after = facts["sections"]["Unit"]["After"]
    assert after == [["a.service", [3, 9, 3, 18]], ["b.service", [3, 21, 3, 30]]]
    assert facts["exec"][0]["argv"] == ["/bin/true"]


def test_continuation_positions_and_comment_inside_continuation() -> None:
    text = ("[Unit]\n"
            "After=network.target \\\n"
            "# skipped, as systemd does\n"
            "\t  redis.service \\\n"
            "  postgresql.service\n"
            "Wants=redis.service\n")
    model, facts, source = parse(text)
    after = model.own("Unit", "After")
    assert len(after) == 1
    items = dict(facts["sections"]["Unit"]["After"])
    assert items["network.target"] == [2, 7, 2, 21]
    assert items["redis.service"] == [4, 4, 4, 17]
    assert items["postgresql.service"] == [5, 3, 5, 21]
    for _, raw in facts["sections"]["Unit"]["After"]:
        span = Span.from_list(raw)
        assert text_at(source, span) in items
    assert model.own("Unit", "Wants")[0].key_span.line == 6
    assert not model.problems


def test_even_backslashes_do_not_continue() -> None:
    model, _, _ = parse("[Service]\nEnvironment=A=\\\\\nUser=x\n")
    assert [d.key for d in model.directives] == ["Environment", "User"]


def test_empty_assignment_resets_list_and_singular_last_wins() -> None:
    text = "[Unit]\nAfter=a.service\nAfter=\nAfter=b.service\nDescription=one\nDescription=two\n"
    model, facts, _ = parse(text)
    assert [v for v, _ in facts["sections"]["Unit"]["After"]] == ["b.service"]
    assert [v for v, _ in facts["sections"]["Unit"]["Description"]] == ["two"]


def test_crlf_and_bom_keep_positions_and_fix_keeps_line_endings() -> None:
    text = "[Unit]\r\nAfter=network.target\r\n\r\n[Service]\r\nUser=app\r\nExecStart=/usr/bin/celery -A x worker\r\n"
    data = b"\xef\xbb\xbf" + text.encode()
    model, facts, source = parse("", path=Path("celery.service"), data=data)
    assert facts["sections"]["Unit"]["After"] == [["network.target", [2, 7, 2, 21]]]
    linter = Linter(Config())
    result = linter.lint_source(source)
    codes = [d.code for d in result.diagnostics]
    assert codes == ["SUM101"]
    fixed, applied = fix_text(source, result.diagnostics)
    assert applied == 1
    assert fixed == ("[Unit]\r\nAfter=network.target redis-server.service\r\nWants=redis-server.service\r\n"
                     "\r\n[Service]\r\nUser=app\r\nExecStart=/usr/bin/celery -A x worker\r\n")


@pytest.mark.parametrize("text, line, column, fragment", [
    ("[Unit]\nthis is not an assignment\n", 2, 1, "neither a section header"),
    ("After=a.service\n[Unit]\n", 1, 1, "outside of any section"),
    ("[Unit]\nAfter=a.service \\", 2, 17, "file ends here"),
    ("[Unit\nAfter=a\n", 1, 1, "invalid section header"),
    ('[Un"it]\nAfter=a\n', 1, 4, "bad character"),
    ("[Unit]\n.include /etc/x.service\n", 2, 1, "`.include` is not supported"),
    ("[Unit]\n=value\n", 2, 1, "missing key name"),
])
def test_parse_problems_at_the_right_position(text, line, column, fragment) -> None:
    model, _, _ = parse(text)
    assert model.problems, text
    problem = model.problems[0]
    assert (problem.span.line, problem.span.column) == (line, column)
    assert fragment in problem.message


def test_unknown_unit_type_suffix_is_a_problem() -> None:
    model, facts, _ = parse("[Unit]\nDescription=x\n", path=Path("web.sevice"))
    assert model.type is None
    assert "no known unit type suffix" in model.problems[0].message


def test_template_suffix_is_stripped(tmp_path: Path) -> None:
    model, facts, _ = parse("[Unit]\nDescription=x\n", path=tmp_path / "sum-__SITE_SLUG__-web.service.j2")
    assert facts["unit"] == "sum-__SITE_SLUG__-web.service"
    assert facts["type"] == "service"


def test_dropins_merge_in_lexical_order_with_resets(tmp_path: Path) -> None:
    unit = tmp_path / "sum-__SITE_SLUG__-celery.service"
    unit.write_text("[Unit]\nAfter=network.target\n[Service]\nUser=app\nExecStart=/usr/bin/celery -A x worker\n")
    own = tmp_path / "sum-__SITE_SLUG__-celery.service.d"
    own.mkdir()
    (own / "20-redis.conf").write_text("[Unit]\nAfter=redis-server.service\nWants=redis-server.service\n")
    (own / "10-reset.conf.j2").write_text("[Unit]\nAfter=\n")
    by_type = tmp_path / "service.d"
    by_type.mkdir()
    (by_type / "05-limits.conf").write_text("[Service]\nLimitNOFILE=65536\n")
    model, facts, source = parse(unit.read_text(), path=unit, root=tmp_path)
    files = [p for p in model.dependencies if p.suffix != ".d"]
    assert [p.name for p in files] == ["05-limits.conf", "10-reset.conf.j2", "20-redis.conf"]
    folders = {p.name for p in model.dependencies if p.suffix == ".d"}
    assert {"sum-__SITE_SLUG__-celery.service.d", "sum-.service.d", "service.d"} <= folders
    assert [v for v, _ in facts["sections"]["Unit"]["After"]] == ["redis-server.service"]
    assert facts["origins"]["Unit"]["After"] == ["sum-__SITE_SLUG__-celery.service.d/20-redis.conf"]
    assert facts["sections"]["Service"]["LimitNOFILE"][0][0] == "65536"
    result = Linter(Config(root=tmp_path)).lint_source(source)
    assert [d.code for d in result.diagnostics] == []


def test_dropin_file_itself_and_foreign_conf(tmp_path: Path) -> None:
    folder = tmp_path / "web.service.d"
    folder.mkdir()
    model, facts, _ = parse("[Service]\nRestart=always\n", path=folder / "override.conf")
    assert facts["dropin"] is True and facts["type"] == "service"
    assert facts["owner"] == "web.service"
    nginx = tmp_path / "conf.d"
    nginx.mkdir()
    model, facts, _ = parse("server { listen 80; }\n", path=nginx / "site.conf")
    assert model.foreign and not model.problems and facts["sections"] == {}


def test_placeholders_in_facts_and_as_whole_words() -> None:
    text = "[Unit]\nAfter=network.target {{ broker_unit }}\n[Service]\nUser=__DEPLOY_USER__\n"
    model, facts, _ = parse(text)
    assert [v for v, _ in facts["sections"]["Unit"]["After"]] == ["network.target", "{{ broker_unit }}"]
    assert [p for p, _ in facts["placeholders"]] == ["{{ broker_unit }}", "__DEPLOY_USER__"]
    assert facts["placeholders"][1][1] == [4, 6, 4, 21]


def test_facts_are_json_serialisable() -> None:
    _, facts, _ = parse("[Unit]\nAfter=a\n[Service]\nExecStart=-/bin/sh -c 'echo \"hi there\"'\n")
    assert json.loads(json.dumps(facts)) == facts
    assert facts["exec"][0]["prefix"] == "-"
    assert facts["exec"][0]["argv"] == ["/bin/sh", "-c", 'echo "hi there"']


def test_parse_text_never_raises_on_odd_lines() -> None:
    for text in ["", "\n", "\\", "[", "]", "[]", "=", "a=b", "[A]\n\\\n\\", "[A]\n#\\\nk=v\\\n#x\n"]:
        result = parse_text(text)
        assert result.line_count >= 1


def test_dbus_activation_file_is_not_a_unit(tmp_path: Path) -> None:
    text = "[D-BUS Service]\nName=org.example.App\nExec=/usr/bin/app\nSystemdService=app.service\n"
    model, facts, source = parse(text, path=tmp_path / "org.example.App.service")
    assert model.foreign and facts["sections"] == {}
    assert Linter(Config(root=tmp_path)).lint_source(source).diagnostics == []


def test_template_statements_are_skipped_only_in_template_files(tmp_path: Path) -> None:
    text = "[Service]\n{% if debug %}\nRestart=no\n{% else %}\nRestart=always\n{% endif %}\n{{ more }}\n"
    model, _, _ = parse(text, path=tmp_path / "web.service.j2")
    assert model.file.template_lines == [2, 4, 6, 7]
    assert not model.problems
    model, _, _ = parse(text, path=tmp_path / "web.service")
    assert model.file.template_lines == [7]  # a whole-line placeholder, in any file
    assert [p.span.line for p in model.problems] == [2, 4, 6]


def test_placeholders_everywhere_in_file_order(tmp_path: Path) -> None:
    text = "[Unit]\n{{ unit_key }}=yes\nAfter=__BROKER__\n[Service]\n  {{ extra_lines }}\n"
    _, facts, source = parse(text, path=tmp_path / "w.service.j2")
    assert [p for p, _ in facts["placeholders"]] == ["{{ unit_key }}", "__BROKER__", "{{ extra_lines }}"]
    for text_, raw in facts["placeholders"]:
        assert text_at(source, Span.from_list(raw)) == text_


def test_rule_modules_do_not_import_the_parser() -> None:
    """Rules read models; loading every rule (as discovery does) leaves the parser unloaded."""
    import subprocess
    import sys

    code = ("import sys, sumlint.registry as r; r.all_rules(); "
            "print('sumlint.systemd.parser' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_empty_unit_file_is_a_mask(tmp_path: Path) -> None:
    model, facts, source = parse("", path=tmp_path / "web.service")
    assert model.masked and facts["masked"] is True
    assert Linter(Config(root=tmp_path)).lint_source(source).diagnostics == []
    model, _, source = parse("", path=tmp_path / "web.service", data=b"\n")
    assert not model.masked
