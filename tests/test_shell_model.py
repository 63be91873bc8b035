"""The shell script model: positions, contexts, resolution, wrappers, execution order and
the failure analysis that SUM201 builds on."""

from __future__ import annotations

from pathlib import Path

import pytest

from sumlint.config import Config
from sumlint.diagnostics import Span
from sumlint.rule import RuleContext
from sumlint.shell import analysis as an
from sumlint.shell import frontend
from sumlint.shell.model import build
from sumlint.source import decode


def cmd(script, text):
    found = [c for c in script.commands if c.text() == text]
    assert found, f"no command {text!r} in {[c.text() for c in script.commands]}"
    return found[0]


def stops(src: str, text: str = "redis-cli ping") -> bool:
    script = build(src)
    node = next((c for c in script.commands if an.matches_preflight(c, text)), None)
    assert node is not None, src
    entry = next((e for e in an.trace(script) if e.node is node), None)
    return an.on_failure(script, node, entry, "PONG").stops


# -- positions ---------------------------------------------------------------------------


def test_positions_are_code_points_on_non_ascii_lines() -> None:
    script = build('#!/bin/bash\né="ü€"; redis-cli  ping\n')
    node = cmd(script, "redis-cli ping")
    assert node.span == Span(2, 9, 2, 24)
    assert node.argv[1].span == Span(2, 20, 2, 24)


def test_positions_with_tabs_and_emoji() -> None:
    script = build("\tX=😀 echo  a\n")
    node = cmd(script, "echo a")
    assert node.argv[1].span == Span(1, 12, 1, 13)


def test_multiline_command_span() -> None:
    script = build("systemctl \\\n  restart x.service\n")
    node = cmd(script, "systemctl restart x.service")
    assert node.span == Span(1, 1, 2, 20)
    assert node.argv[2].span == Span(2, 11, 2, 20)


def test_heredoc_lines_have_spans() -> None:
    script = build("cat > /etc/x.conf <<EOF\nport 1\nbind 0.0.0.0\nEOF\necho done\n")
    heredoc = script.heredocs[0]
    assert [(t, s.line) for t, s in heredoc.line_spans()] == [("port 1", 2), ("bind 0.0.0.0", 3)]
    assert not heredoc.quoted
    assert cmd(script, "echo done").span.line == 5


# -- contexts ----------------------------------------------------------------------------


def test_heredoc_and_comments_are_not_commands() -> None:
    script = build("# redis-cli ping\ncat <<'EOF'\nredis-cli ping\nEOF\n")
    assert [c.text() for c in script.commands] == ["cat"]
    assert script.comments[0][0] == "# redis-cli ping"
    assert script.heredocs[0].quoted and script.heredocs[0].text == "redis-cli ping\n"


def test_substitution_in_unquoted_heredoc_runs() -> None:
    script = build("cat <<EOF\nanswer: $(redis-cli ping)\nEOF\n")
    assert [e.node.text() for e in an.trace(script)] == ["redis-cli ping", "cat"]


def test_contexts() -> None:
    script = build(
        "f() { a; }\n"
        "if ! b; then c; fi\n"
        "d && e || g\n"
        "h | i\n"
        "( j )\n"
        'k "$(l)"\n'
        "while m; do n; done\n")
    assert cmd(script, "a").function == "f"
    assert cmd(script, "b").parent.type == "not"
    assert cmd(script, "b").parent.parent.role == "cond"
    assert cmd(script, "c").parent.role == "body"
    assert cmd(script, "e").parent.type == "list" and cmd(script, "e").parent.op == "&&"
    assert cmd(script, "g").parent.op == "||"
    assert cmd(script, "h").parent.type == "pipeline"
    assert cmd(script, "j").parent.type == "subshell"
    assert cmd(script, "l").parent.type == "subst"
    assert cmd(script, "m").parent.role == "cond" and cmd(script, "m").parent.parent.type == "while"
    order = [c.text() for c in script.commands]
    assert order.index("l") < order.index("k $(l)")


def test_redirects_and_exec_fd() -> None:
    script = build('exec 9>"$LOCK"\necho hi >> /var/log/x 2>&1\n')
    exec_cmd = script.commands[0]
    assert exec_cmd.name == "exec" and exec_cmd.redirects[0].fd == "9"
    echo = cmd(script, "echo hi")
    assert [r.op for r in echo.redirects] == [">>", ">&"]
    assert echo.redirects[0].target.text == "/var/log/x"


# -- resolution and wrappers -------------------------------------------------------------


def test_static_assignments_resolve() -> None:
    script = build('VENV_DIR="${VENV_DIR:-/srv/app/venv}"\nPY="${VENV_DIR}/bin/python"\n"$PY" manage.py migrate\n')
    node = script.commands[-1]
    assert node.name == "/srv/app/venv/bin/python"
    assert an.matches(node, "manage.py migrate")


def test_unresolvable_variables_are_kept_as_text() -> None:
    script = build('systemctl restart "sum-${SITE_SLUG}-gunicorn.service"\nX=1\nX=2\necho "$X"\n')
    assert script.commands[0].args == ["restart", "sum-${SITE_SLUG}-gunicorn.service"]
    assert not script.commands[0].argv[2].static
    assert cmd(script, "echo $X").argv[1].text == "$X"  # two different values: unknown


def test_arrays_expand_with_element_spans() -> None:
    script = build("PKGS=(nginx redis-server)\napt-get install -y \"${PKGS[@]}\"\n")
    node = script.commands[-1]
    assert [a.text for a in node.argv] == ["apt-get", "install", "-y", "nginx", "redis-server"]
    assert node.argv[4].span == Span(1, 13, 1, 25)
    assert [a.text for a in an.installed_packages(node)] == ["nginx", "redis-server"]


def test_loop_and_read_variables_do_not_resolve() -> None:
    script = build("U=a\nfor U in x y; do systemctl restart \"$U\"; done\n")
    assert cmd(script, "systemctl restart $U").argv[2].text == "$U"


@pytest.mark.parametrize("line,name,wrappers", [
    ("sudo -u www-data env A=b systemctl restart x", "systemctl", ["sudo", "env"]),
    ("command redis-cli ping", "redis-cli", ["command"]),
    ("exec gunicorn app", "gunicorn", ["exec"]),
    ("timeout 5 redis-cli ping", "redis-cli", ["timeout"]),
    ("nice -n 10 ionice -c3 python manage.py migrate", "python", ["nice", "ionice"]),
    ("command -v redis-cli", "command", []),
    ("sudo", "sudo", []),
])
def test_wrappers(line, name, wrappers) -> None:
    node = build(line + "\n").commands[0]
    assert node.name == name and node.wrappers == wrappers


# -- execution order ---------------------------------------------------------------------


def test_trace_inlines_functions_where_called() -> None:
    script = build("pre() { redis-cli ping; }\nmain() { pre; migrate; }\necho start\nmain \"$@\"\n")
    order = [e.node.text() for e in an.trace(script)]
    assert order == ["echo start", "main $@", "pre", "redis-cli ping", "migrate"]


def test_dominance_and_blocks() -> None:
    script = build("a\nif x; then b; fi\nc || d\ne\n")
    entries = {e.node.text(): e for e in an.trace(script)}
    assert an.dominates(entries["a"], entries["e"])
    assert not an.dominates(entries["b"], entries["e"])
    assert not an.dominates(entries["d"], entries["e"])
    assert an.dominates(entries["x"], entries["b"])


def test_set_flags() -> None:
    script = build("set -Eeuo pipefail\n")
    assert an.set_flags(script.commands[0], False, False, False) == (True, True, True)
    script = build("set -o errexit -o nounset\nset +e\n")
    assert an.set_flags(script.commands[0], False, False, False) == (True, False, True)
    assert an.set_flags(script.commands[1], True, False, False) == (False, False, False)


def test_errexit_state_in_trace() -> None:
    script = build("a\nset -e\nb\n")
    state = {e.node.text(): e.errexit for e in an.trace(script)}
    assert state == {"a": False, "set -e": False, "b": True}


def test_exit_functions() -> None:
    script = build("die() { echo \"$*\" >&2; exit 1; }\nwarn() { echo \"$*\"; }\nfail() { die x; }\n")
    assert an.exits(script, "die") and an.exits(script, "fail") and not an.exits(script, "warn")


# -- what happens when the preflight fails -----------------------------------------------


@pytest.mark.parametrize("src", [
    "redis-cli ping || exit 1\n",
    "die() { exit 1; }\nredis-cli ping || die down\n",
    "redis-cli ping || { echo down >&2; exit 1; }\n",
    "if ! redis-cli ping; then echo down; exit 1; fi\n",
    "if redis-cli ping; then :; else exit 1; fi\n",
    '[[ "$(redis-cli ping)" == PONG ]] || exit 1\n',
    'if [[ "$(redis-cli ping)" != PONG ]]; then exit 1; fi\n',
    "set -e\nredis-cli ping\n",
    "set -e\nredis-cli ping >/dev/null\n",
    "set -eo pipefail\nredis-cli ping | tee /tmp/x\n",
    "redis-cli ping | grep -q PONG || exit 1\n",
    "until redis-cli ping; do sleep 1; done\n",
    'r=$(redis-cli ping)\n[ "$r" = PONG ] || exit 1\n',
    "set -e\nr=$(redis-cli ping)\n",
    "check() { redis-cli ping || return 1; }\ncheck || exit 1\n",
    "set -e\ncheck() { redis-cli ping; }\ncheck\n",
    "set -e\n( redis-cli ping )\n",
    "check() { redis-cli ping; }\nif ! check; then exit 1; fi\n",
    "check() { redis-cli ping >/dev/null 2>&1; }\ncheck || die 'no redis'\n",
    "source lib.sh\nredis-cli ping || fatal 'Redis is down'\n",
    "ssh db redis-cli ping || exit 1\n",
])
def test_preflight_failure_stops(src) -> None:
    assert stops(src), src


@pytest.mark.parametrize("src", [
    "redis-cli ping\n",
    "redis-cli ping || true\n",
    "redis-cli ping || echo down\n",
    "if ! redis-cli ping; then echo down; fi\n",
    "set -e\nredis-cli ping || true\n",
    "set -e\nredis-cli ping && echo up\n",
    "set -e\nredis-cli ping | tee /tmp/x\n",
    'echo "$(redis-cli ping)"\n',
    "set -e\nlocal_check() { local r=$(redis-cli ping); }\nlocal_check\n",
    "while redis-cli ping; do sleep 1; done\n",
    "check() { redis-cli ping || return 1; }\ncheck\n",
    "( redis-cli ping || exit 1 )\n",
    "check() { redis-cli ping; }\nif check; then echo ok; fi\n",
    "redis-cli ping || warn 'Redis is down'\n",
])
def test_preflight_failure_is_swallowed(src) -> None:
    assert not stops(src), src


# -- front-end ---------------------------------------------------------------------------


def _parse(text: str, tmp_path: Path, embedded: bool = False):
    path = tmp_path / "deploy.sh"
    source = decode(path, text.encode(), "shell")
    ctx = RuleContext(path=path, kind="shell", config=Config(root=tmp_path), source=source,
                      embedded=embedded)
    return frontend.parse(source, ctx), ctx


def test_error_nodes_that_bash_accepts_are_not_problems(tmp_path) -> None:
    if frontend.bash_path() is None:
        pytest.skip("bash is not installed on this host")
    model, _ = _parse("for i do echo $i; done\n", tmp_path)
    assert model.errors, "tree-sitter-bash no longer fails on POSIX `for i do`; pick another sample"
    assert model.problems == []


def test_broken_script_gets_one_problem_and_still_a_model(tmp_path) -> None:
    if frontend.bash_path() is None:
        pytest.skip("bash is not installed on this host")
    model, _ = _parse("#!/bin/bash\necho ok\nfi\nredis-cli ping\n", tmp_path)
    assert len(model.problems) == 1
    assert model.problems[0].span.line == 3
    assert "fi" in model.problems[0].message
    assert any(c.text() == "redis-cli ping" for c in model.commands)


def test_unterminated_quote(tmp_path) -> None:
    if frontend.bash_path() is None:
        pytest.skip("bash is not installed on this host")
    model, _ = _parse('#!/bin/bash\necho "unterminated\nls\n', tmp_path)
    assert len(model.problems) == 1
    assert model.problems[0].span.line == 2


def test_embedded_blocks_are_not_sent_to_bash(tmp_path) -> None:
    model, _ = _parse("fi\n", tmp_path, embedded=True)
    assert model.problems == [] and model.errors


def test_url_with_a_placeholder_password_is_one_url(tmp_path) -> None:
    model, ctx = _parse('#!/bin/bash\nexport REDIS_URL="redis://:<password>@127.0.0.1:6379/0"\n', tmp_path)
    assert [u[0] for u in frontend.facts(model, ctx)["urls"]] == ["redis://:<password>@127.0.0.1:6379/0"]


def test_facts_schema(tmp_path) -> None:
    text = ("#!/bin/bash\nset -euo pipefail\nREDIS_URL=redis://127.0.0.1:6379/0\n"
            "apt-get install -y redis-server\nsystemctl enable --now redis-server\n"
            "redis-cli ping || exit 1\nsudo systemctl restart \"sum-${SITE_SLUG}-gunicorn.service\"\n"
            "unused() { systemctl start nginx; }\n")
    model, ctx = _parse(text, tmp_path)
    facts = frontend.facts(model, ctx)
    assert facts["roles"] == ["deploy", "provision"]
    assert facts["packages_installed"] == [["redis-server", [4, 20, 4, 32]]]
    assert facts["units_enabled"] == [["redis-server", [5, 24, 5, 36]]]
    assert facts["units_started"] == [["redis-server", [5, 24, 5, 36]], ["nginx", [8, 28, 8, 33]]]
    assert facts["units_restarted"] == [["sum-${SITE_SLUG}-gunicorn.service", [7, 24, 7, 59]]]
    assert facts["preflights"] == [["redis-cli ping", [6, 1, 6, 15]]]
    assert facts["preflight_checks"][0]["stops_on_failure"] is True
    assert facts["assignments"] == {"REDIS_URL": ["redis://127.0.0.1:6379/0", [3, 1, 3, 35]]}
    assert facts["urls"] == [["redis://127.0.0.1:6379/0", [3, 11, 3, 35]]]
    restart = [c for c in facts["commands"] if c["args"][:1] == ["restart"]][0]
    assert restart["reachable"] is True and restart["function"] is None
    nginx = [c for c in facts["commands"] if c["args"] == ["start", "nginx"]][0]
    assert nginx["function"] == "unused" and nginx["reachable"] is False


def test_functions_that_run_their_arguments_are_wrappers() -> None:
    script = build('as_app() { sudo -u "$APP_USER" -H "$@"; }\n'
                   'as_app env DJANGO_SETTINGS_MODULE=x.y python manage.py migrate\n')
    node = script.commands[-1]
    assert node.name == "python" and node.wrappers == ["as_app", "env"]
    assert an.matches(node, "manage.py migrate")


def test_partially_known_values_are_shown_with_the_unknown_part() -> None:
    script = build('SITE="${1:?usage}"\nVENV="/srv/${SITE}/venv"\n"$VENV/bin/python" manage.py check\n')
    node = script.commands[-1]
    assert node.name == "/srv/${SITE}/venv/bin/python" and not node.argv[0].static


def test_heredoc_fed_to_a_shell_is_a_script() -> None:
    script = build("#!/bin/bash\nset -e\nssh \"$HOST\" bash -s <<'EOF'\ncd /srv/app\n"
                   "redis-cli ping || exit 1\n./venv/bin/python manage.py migrate\nEOF\n"
                   "cat <<'EOF'\nredis-cli ping\nEOF\n")
    texts = [e.node.text() for e in an.trace(script)]
    assert texts == ["set -e", "cd /srv/app", "redis-cli ping", "exit 1",
                     "./venv/bin/python manage.py migrate", "ssh $HOST bash -s", "cat"]
    ping = cmd(script, "redis-cli ping")
    assert ping.span == Span(5, 1, 5, 15)
    entry = next(e for e in an.trace(script) if e.node is ping)
    assert an.on_failure(script, ping, entry, "PONG").stops  # exit fails ssh, set -e stops
    assert not build("bash -c 'x' <<EOF\nredis-cli ping\nEOF\n").commands[0].children


def test_without_bash_an_unconfirmed_error_is_an_info_note(tmp_path, monkeypatch) -> None:
    from sumlint.diagnostics import Severity
    from sumlint.runner import Linter

    monkeypatch.setattr(frontend, "bash_path", lambda: None)
    path = tmp_path / "deploy.sh"
    source = decode(path, b"#!/bin/bash\nfor i do echo $i; done\n", "shell")
    result = Linter(Config(root=tmp_path)).lint_source(source)
    notes = [d for d in result.diagnostics if d.code == "SUM001"]
    assert len(notes) == 1 and notes[0].severity == Severity.INFO
    assert "bash is not available" in notes[0].message and notes[0].span.line == 2


def test_context_summary() -> None:
    script = build('f() { if ! a | b; then (c); fi; }\nd && [[ "$(e)" ]] || g\nwhile h; do i; done\n')
    a = cmd(script, "a").context()
    assert (a.function, a.condition, a.negated, a.pipeline) == ("f", "if", True, True)
    assert cmd(script, "c").context().subshell and cmd(script, "c").context().branch
    e = cmd(script, "e").context()
    assert e.substitution and e.lists == [("&&", "right"), ("||", "left")]
    assert cmd(script, "g").context().lists == [("||", "right")]
    assert cmd(script, "h").context().condition == "while" and not cmd(script, "h").context().branch
    assert cmd(script, "i").context().branch


def test_set_e_is_ignored_in_functions_called_from_conditions() -> None:
    src = "set -e\ncheck() { redis-cli ping; echo checked; }\nif check; then :; fi\n"
    assert not stops(src)
    assert stops("set -e\ncheck() { redis-cli ping; echo checked; }\ncheck\n")
    quiet = {e.node.text(): e.quiet for e in an.trace(build(src))}
    assert quiet == {"set -e": False, "check": False, "redis-cli ping": True, "echo checked": True, ":": False}


def test_static_step_loops_are_unrolled() -> None:
    script = build("for step in check migrate; do\n  case $step in\n    check) redis-cli ping || exit 1 ;;\n"
                   "    migrate) python manage.py migrate ;;\n    *) echo other ;;\n  esac\ndone\n")
    entries = an.trace(script)
    texts = [e.node.text() for e in entries if e.node.words[0].raw not in ("for", "case")]
    assert texts == ["redis-cli ping", "exit 1", "python manage.py migrate"]
    ping = next(e for e in entries if e.node.text() == "redis-cli ping")
    migrate = next(e for e in entries if e.node.text() == "python manage.py migrate")
    assert an.dominates(ping, migrate)


def test_dynamic_loops_are_not_unrolled() -> None:
    script = build('for step in "$@"; do case $step in a) x ;; b) y ;; esac; done\n')
    texts = [e.node.text() for e in an.trace(script) if e.node.words[0].raw not in ("for", "case")]
    assert texts == ["x", "y"]


def test_a_linted_script_leaves_no_reference_cycles(tmp_path) -> None:
    """The model is freed by reference counting alone (weak parent links, closures
    released): the cyclic collector would otherwise cost about a third of a large run."""
    import gc

    from sumlint.runner import Linter

    text = ("#!/bin/bash\nset -euo pipefail\ndie() { echo \"$*\"; exit 1; }\n"
            "for s in a b; do case $s in a) redis-cli ping || die x ;; esac; done\n"
            "ssh h bash -s <<'EOF'\npython manage.py migrate\nEOF\n"
            "if [[ \"$(redis-cli ping)\" == PONG ]]; then sudo systemctl restart sum-x-web.service; fi\n")
    path = tmp_path / "deploy.sh"
    linter = Linter(Config(root=tmp_path))
    linter.lint_source(decode(path, text.encode(), "shell"))
    gc.collect()
    gc.disable()
    try:
        result = linter.lint_source(decode(path, text.encode(), "shell"))
        del result
        assert gc.collect() == 0
    finally:
        gc.enable()


def test_a_syntax_error_at_the_end_of_a_line_stays_on_the_line() -> None:
    """A parse error tree-sitter puts at a line's end (the end of the text, an unclosed quote)
    is reported on the line's last character, not on the line break after it (a span past the
    line's end was found by bench_pathological's shell-unbalanced-quotes)."""
    text = "#!/bin/bash\necho \"a 'b\n"
    assert frontend._one_line(Span(2, 11, 2, 11), text) == Span(2, 10, 2, 11)
    assert frontend._one_line(Span(2, 6, 2, 6), text) == Span(2, 6, 2, 11)
    assert frontend._one_line(Span(3, 1, 3, 1), text + "\n") == Span(3, 1, 3, 1)
