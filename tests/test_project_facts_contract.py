"""The facts the cross-file rules read, produced by the real front-ends (facts.md schemas).

The project rules (SUM402-SUM406, SUM5xx) read other helpers' facts; this pins the keys
and shapes they rely on, so that a change in a front-end shows up here first.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from harness import fixture_config
from sumlint.runner import Linter, frontend
from sumlint.source import decode


def _facts(tmp_path: Path, name: str, text: str, kind: str):
    if frontend(kind) is None:
        pytest.skip(f"the {kind} front-end is not installed in this tree yet")
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    config = fixture_config(tmp_path)
    result = Linter(config).lint_source(decode(path, text.encode(), kind))
    return result.facts


def _is_span(raw) -> bool:
    return isinstance(raw, list) and len(raw) == 4 and all(isinstance(x, int) for x in raw)


def test_systemd_facts(tmp_path: Path) -> None:
    unit = ("[Unit]\nAfter=network.target redis-server.service\nWants=redis-server.service\n\n"
            "[Service]\nEnvironmentFile=-/srv/__SITE_SLUG__/.env\n"
            "ExecStart=/srv/__SITE_SLUG__/venv/bin/gunicorn mysite.wsgi\n")
    data = _facts(tmp_path, "sum-__SITE_SLUG__-gunicorn.service", unit, "systemd")[0].data
    assert data["unit"] == "sum-__SITE_SLUG__-gunicorn.service" and data["dropin"] is False
    after = data["sections"]["Unit"]["After"]
    assert [v for v, _ in after] == ["network.target", "redis-server.service"] and _is_span(after[1][1])
    assert data["sections"]["Service"]["EnvironmentFile"][0][0] == "-/srv/__SITE_SLUG__/.env"
    exec_ = data["exec"][0]
    assert exec_["key"] == "ExecStart" and exec_["argv"][0] == "/srv/__SITE_SLUG__/venv/bin/gunicorn"
    assert _is_span(exec_["span"]) and "prefix" in exec_
    assert {p for p, _ in data["placeholders"]} == {"__SITE_SLUG__"}


def test_shell_facts(tmp_path: Path) -> None:
    script = ("#!/bin/bash\nset -euo pipefail\nSITE_SLUG=\"$1\"\napt-get install -y redis-server\n"
              "systemctl enable --now redis-server\nredis-cli ping\n"
              "systemctl restart \"sum-${SITE_SLUG}-gunicorn.service\"\n"
              "REDIS_URL=redis://127.0.0.1:6379/1\n")
    data = _facts(tmp_path, "deploy.sh", script, "shell")[0].data
    assert [u for u, _ in data["units_enabled"]] == ["redis-server"]
    assert [u for u, _ in data["units_started"]] == ["redis-server"]
    assert [u for u, _ in data["units_restarted"]] == ["sum-${SITE_SLUG}-gunicorn.service"]
    assert _is_span(data["units_restarted"][0][1]) and data["units_restarted"][0][1][0] == 7
    assert any(u.startswith("redis://127.0.0.1:6379/1") for u, _ in data["urls"])


def test_markdown_facts_and_env_blocks(tmp_path: Path) -> None:
    doc = ("# Runbook\n\nReplace `__SITE_SLUG__`. Enable `redis-server.service`; Redis listens on\n"
           "redis://127.0.0.1:6379/0.\n\n```env\nREDIS_URL=redis://127.0.0.1:6379/0\n```\n")
    facts = _facts(tmp_path, "docs/runbook.md", doc, "markdown")
    host = next(f for f in facts if f.kind == "markdown")
    assert {p for p, _ in host.data["placeholders"]} == {"__SITE_SLUG__"}
    assert [u for u, _ in host.data["units"]] == ["redis-server.service"]
    assert [u for u, _ in host.data["urls"]][0].startswith("redis://127.0.0.1:6379/0")
    env = [f for f in facts if f.kind == "env"]
    assert env and env[0].embedded and env[0].host_kind == "markdown"
    redis = env[0].data["vars"]["REDIS_URL"]
    assert env[0].span(redis["span"]).line == 7  # mapped into the markdown file
