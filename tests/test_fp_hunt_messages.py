"""Messages that must say the right thing (found while linting realistic deploy repositories).

Fixtures pin codes and columns; these pin the facts a message states, where an earlier
wording was wrong (`set -o pipefail` does not make "a failing step stop"; cgroup-v1 settings
are translated, not ignored; `createsuperuser` asks for a password, not a confirmation).
"""

from __future__ import annotations

from pathlib import Path

from harness import fixture_config, lint_fixture


def _messages(tmp_path: Path, name: str, text: str, code: str) -> list[str]:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    found, _ = lint_fixture(path, text, fixture_config(tmp_path))
    return [d.message for d in found if d.code == code]


def test_pipefail_message_is_about_pipelines_not_failing_steps(tmp_path: Path) -> None:
    text = ("#!/bin/bash\nset -eu\nredis-cli ping | grep -qx PONG\n"
            "/srv/app/venv/bin/python manage.py collectstatic --noinput | tail -n 1\n")
    [message] = _messages(tmp_path, "deploy.sh", text, "SUM204")
    assert "without `set -o pipefail`" in message
    assert "the pipeline at line 3 succeeds even when `redis-cli ping` fails" in message
    assert "a failing command does not stop it" not in message


def test_missing_errexit_message_is_about_failing_commands(tmp_path: Path) -> None:
    text = "#!/bin/bash\nset -uo pipefail\nredis-cli ping || exit 1\n./venv/bin/python manage.py migrate --noinput\n"
    [message] = _messages(tmp_path, "deploy.sh", text, "SUM204")
    assert "without `set -e`: a failing command does not stop it" in message
    assert "pipeline" not in message


def test_createsuperuser_message_names_what_it_asks(tmp_path: Path) -> None:
    text = ("#!/bin/bash\nset -euo pipefail\nredis-cli ping\n"
            "./venv/bin/python manage.py createsuperuser --username admin\n")
    [message] = _messages(tmp_path, "deploy.sh", text, "SUM207")
    assert "username, e-mail address and password" in message
    assert "DJANGO_SUPERUSER_PASSWORD" in message
    assert "confirmation" not in message


def test_preflight_advice_uses_die_only_when_the_script_has_it(tmp_path: Path) -> None:
    plain = "#!/bin/bash\nset -euo pipefail\nredis-cli ping || true\n./venv/bin/python manage.py migrate --noinput\n"
    [message] = _messages(tmp_path, "a/deploy.sh", plain, "SUM201")
    assert "|| die" not in message and "exit 1" in message
    with_die = plain.replace("set -euo pipefail\n", "set -euo pipefail\ndie() { echo \"$*\" >&2; exit 1; }\n")
    [message] = _messages(tmp_path, "b/deploy.sh", with_die, "SUM201")
    assert "|| die \"Redis is not answering\"" in message


def test_cgroup_v1_settings_are_translated_not_ignored(tmp_path: Path) -> None:
    text = ("[Unit]\nDescription=Worker\n\n[Service]\nUser=app\n"
            "ExecStart=/srv/app/venv/bin/gunicorn app.wsgi\nMemoryLimit=1G\nCPUShares=512\n")
    messages = _messages(tmp_path, "web.service", text, "SUM110")
    memory = next(m for m in messages if m.startswith("`MemoryLimit=`"))
    shares = next(m for m in messages if m.startswith("`CPUShares=`"))
    assert "no effect" not in memory and "translates it to `MemoryMax=`" in memory
    assert "(same value)" in memory and "another scale" in shares


def test_failure_action_moved_in_236(tmp_path: Path) -> None:
    text = "[Unit]\nDescription=x\n\n[Service]\nUser=app\nExecStart=/usr/bin/true\nFailureAction=reboot\n"
    [message] = _messages(tmp_path, "x.service", text, "SUM110")
    assert "since systemd 236" in message


def test_newer_directive_is_not_called_a_typo(tmp_path: Path) -> None:
    text = ("[Unit]\nDescription=x\n\n[Service]\nUser=app\nExecStart=/usr/bin/true\n"
            "Restart=always\nRestartSteps=5\n")
    [message] = _messages(tmp_path, "x.service", text, "SUM103")
    assert "did you mean" not in message and "systemd 254 added it" in message


def test_exposure_advice_fits_the_finding(tmp_path: Path) -> None:
    text = ("#!/bin/bash\nset -euo pipefail\nsed -i 's/^bind .*/bind 0.0.0.0/' /etc/redis/redis.conf\n"
            "ufw allow 6379/tcp\n")
    bind, ufw = _messages(tmp_path, "provision.sh", text, "SUM203")
    assert bind.endswith("bind it to `127.0.0.1 -::1` instead")
    assert ufw.endswith("remove the rule")


def test_firewall_rules_are_quoted_as_written(tmp_path: Path) -> None:
    """A rule limited to a source was quoted as `ufw allow 6379`, a rule nobody wrote; the
    quote now keeps the source (`from …`, `-s …`)."""
    text = ("#!/bin/bash\nset -euo pipefail\nufw allow from 10.0.0.0/8 to any port 6379\n"
            "iptables -A INPUT -p tcp --dport 6379 -s 10.1.100.5 -j ACCEPT\n")
    ufw, iptables = _messages(tmp_path, "provision.sh", text, "SUM203")
    assert ufw.startswith("`ufw allow from 10.0.0.0/8 to any port 6379` exposes Redis beyond localhost")
    assert iptables.startswith("`iptables … --dport 6379 -s 10.1.100.5 -j ACCEPT` exposes Redis")
