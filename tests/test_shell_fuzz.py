"""Property tests: the shell model builder never raises, and every position it reports
lies inside the text."""

from __future__ import annotations

from conftest import assert_no_internal_error
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sumlint.shell import analysis as an
from sumlint.shell.model import build

TOKENS = ["redis-cli", "ping", "||", "&&", "|", ";", "\n", "if", "then", "else", "fi", "!",
          "while", "do", "done", "case", "esac", "in", ")", "(", "{", "}", "$(", "`", '"', "'",
          "<<EOF", "<<'EOF'", "EOF", "$X", "${X:-a}", "X=1", "arr=(a b)", "${arr[@]}", "[[",
          "]]", "[", "]", "$((1+2))", "exit", "1", "die", "f()", "set", "-e", "sudo", "-u", "env",
          "A=b", "systemctl", "restart", "manage.py", "migrate", "9>lock", "exec", "#", "é", "\t",
          "\\", " ", " ", " ", "ü€", "for", "x", "select", "function", "local", "export"]


def _check(text: str) -> None:
    script = build(text)
    lines = text.split("\n")
    for cmd in script.commands:
        for span in [cmd.span] + [a.span for a in cmd.argv]:
            assert 1 <= span.line <= span.end_line <= len(lines), (text, span)
            assert 1 <= span.column <= len(lines[span.line - 1]) + 1, (text, span)
            assert 1 <= span.end_column <= len(lines[span.end_line - 1]) + 1, (text, span)
    for entry in an.trace(script):
        an.on_failure(script, entry.node, entry, "PONG")
    for _, span in script.comments:
        assert 1 <= span.line <= len(lines)
    for heredoc in script.heredocs:
        for _, span in heredoc.line_spans():
            assert 1 <= span.line <= len(lines) + 1


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_random_bytes(data: bytes) -> None:
    _check(data.decode("utf-8", "replace").replace("\r\n", "\n").replace("\x00", ""))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(TOKENS), max_size=60))
def test_shell_like_text(tokens: list[str]) -> None:
    _check(" ".join(tokens))


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_random_text(text: str) -> None:
    _check(text.replace("\r\n", "\n"))


def test_deep_nesting_does_not_blow_the_stack() -> None:
    _check("$(" * 3000 + "echo" + ")" * 3000 + "\n")
    _check("{ " * 2000 + "echo x; " + "}; " * 2000 + "\n")
    _check("a && " * 5000 + "b\n")


RULE_TOKENS = TOKENS + ["ufw", "allow", "6379", "iptables", "--dport", "ACCEPT", "sed", "-i",
                        "'s/bind .*/bind 0.0.0.0/'", "/etc/redis/redis.conf", "apt-get", "install",
                        "-y", "redis-server", "enable", "--now", "command", "-v", "collectstatic",
                        "source", "./lib.sh", "ssh", "bash", "-s", "return", "until", "grep", "PONG"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(RULE_TOKENS), max_size=50))
def test_every_shell_rule_on_shell_like_text(tokens: list[str]) -> None:
    from pathlib import Path

    from sumlint.source import decode

    text = " ".join(tokens)
    path = Path("/nonexistent/deploy.sh")
    source = decode(path, text.encode("utf-8"), "shell")
    result = _LINTER.lint_source(source)
    assert_no_internal_error(result)  # a rule that raised (SUM004) fails the test
    lines = text.split("\n")
    for d in result.diagnostics:
        assert 1 <= d.span.line <= len(lines), (text, d)


def _linter():
    from pathlib import Path

    from sumlint.config import Config
    from sumlint.runner import Linter

    return Linter(Config(root=Path("/nonexistent")))


_LINTER = _linter()


def test_exponential_variable_values_stay_bounded() -> None:
    lines = ["V0=abcdefgh"] + [f'V{i}="$V{i - 1}$V{i - 1}"' for i in range(1, 60)] + ['echo "$V59"']
    script = build("\n".join(lines) + "\n")
    echo = script.commands[-1]
    assert len(echo.argv[1].text) < 10_000 and not echo.argv[1].static
