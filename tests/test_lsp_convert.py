"""Where the language server puts a configuration error: on the key (or the TOML syntax error)
the message from ``sumlint.config`` is about."""

from __future__ import annotations

import pytest

from sumlint.config import ConfigError, load_config
from sumlint.lsp.convert import config_error_span

CASES = [
    # (file name, text, the text the diagnostic must cover)
    ("sumlint.toml", 'select = ["SUM"]\nselcet = ["SUM1"]\n', "selcet"),
    ("sumlint.toml", 'select = ["SUM"]\nignore = ["SUM999"]\n', "SUM999"),
    ("sumlint.toml", 'fail-on = "loud"\n', "fail-on"),
    ("sumlint.toml", '[services.redis]\nport = 99999\n', "port"),
    ("sumlint.toml", '[kinds]\nsystemdd = ["*.unit"]\n', "systemdd"),
    ("pyproject.toml", '[project]\nname = "x"\n\n[tool.sumlint]\nmax-file-size = -1\n', "max-file-size"),
    ("pyproject.toml", '[tool.sumlint]\nselect = ["SUM"]\n\n[tool.sumlint.services.redis]\nrequired = "yes"\n',
     "required"),
    ("pyproject.toml", '[tool.sumlint]\nshellcheck = "on"\n', "shellcheck"),
]


@pytest.mark.parametrize("name, text, target", CASES, ids=[c[2] for c in CASES])
def test_config_errors_point_at_the_key(tmp_path, name, text, target):
    (tmp_path / name).write_text(text)
    with pytest.raises(ConfigError) as caught:
        load_config(tmp_path)
    message = str(caught.value).split(": ", 1)[1]
    span = config_error_span(text, message, name == "pyproject.toml")
    line = text.split("\n")[span.line - 1]
    assert line[span.column - 1:span.end_column - 1] == target, (message, span)


def test_toml_syntax_errors_use_the_parsers_position(tmp_path):
    text = 'select = ["SUM"]\nignore = "SUM1\n'
    (tmp_path / "sumlint.toml").write_text(text)
    with pytest.raises(ConfigError) as caught:
        load_config(tmp_path)
    span = config_error_span(text, str(caught.value), False)
    assert span.line == 2


def test_messages_without_a_key_point_at_the_first_line():
    span = config_error_span("a = 1\n", "cannot read config file: permission denied", False)
    assert (span.line, span.column) == (1, 1)


def test_hover_text_falls_back_to_plain_text_for_clients_without_markdown():
    from lsprotocol import types as lsp

    from sumlint.lsp.server import hover_text, markup
    from sumlint.registry import all_rules

    rule = all_rules()["SUM101"]
    plain = markup(hover_text("SUM101"), [lsp.MarkupKind.PlainText])
    assert plain.kind == lsp.MarkupKind.PlainText
    assert "**" not in plain.value and rule.summary in plain.value and rule.doc_url() in plain.value
    assert markup(hover_text("SUM101"), [lsp.MarkupKind.Markdown]).kind == lsp.MarkupKind.Markdown
    assert "not a sumlint rule" in hover_text("SUM999")
    assert "shellcheck.net/wiki/SC2086" in hover_text("SC2086")


def test_stray_output_cannot_reach_the_protocol_stream():
    import subprocess
    import sys

    code = (
        "import os, subprocess\n"
        "from sumlint.lsp.server import _private_stdio\n"
        "stdin, stdout = _private_stdio()\n"
        "print('a stray print')\n"
        "subprocess.run(['sh', '-c', 'echo from a subprocess; cat'], check=True)\n"
        "stdout.write(b'PROTOCOL:' + stdin.read()); stdout.flush()\n"
    )
    done = subprocess.run([sys.executable, "-c", code], input=b"client bytes", capture_output=True,
                          timeout=60, check=True)
    assert done.stdout == b"PROTOCOL:client bytes"  # `cat` read /dev/null, not the client
    assert b"a stray print" in done.stderr and b"from a subprocess" in done.stderr
