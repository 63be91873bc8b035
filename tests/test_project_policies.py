"""The settings and cross-file rules follow the configured policy and never crash on an
unusual one (a service without units, URL schemes, variables or names). Only SUM4xx and
SUM5xx are selected: the other families test their own rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from harness import FIXTURES, copy_tree_stripped
from sumlint.config import from_table
from sumlint.runner import check_paths

POLICIES = {
    "packages only": {"services": {"redis": {"required": False},
                                   "memcached": {"packages": ["memcached"], "names": []}}},
    "no env, no schemes": {"services": {"redis": {"env": [], "url-schemes": [], "cache-backends": []}}},
    "two services": {"services": {"postgres": {"units": ["postgresql.service"], "env": ["DATABASE_URL"],
                                               "url-schemes": ["postgres", "postgresql"], "port": 5432}}},
}


@pytest.mark.parametrize("name", sorted(POLICIES))
@pytest.mark.parametrize("case", ["golden_path_clean", "sum402_env_example_gaps", "sum501_unit_name_disagrees",
                                  "sum406_env_example_read_by_systemd", "runbook_env_blocks"])
def test_unusual_policies_never_crash(name: str, case: str, tmp_path: Path) -> None:
    copy_tree_stripped(FIXTURES / "projects" / case, tmp_path)
    (tmp_path / ".git").mkdir()
    config = from_table({"select": ["SUM4", "SUM5"], **POLICIES[name]}, None)
    config.root = tmp_path
    result = check_paths([tmp_path], config)
    assert all(d.path.startswith(str(tmp_path)) for d in result.active)


def test_a_second_service_is_checked_like_redis(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".env.example").write_text("REDIS_URL=redis://127.0.0.1:6379/0\n# DATABASE_URL=postgres://db.internal/x\n")
    config = from_table(POLICIES["two services"], None)
    config.root = tmp_path
    result = check_paths([tmp_path], config)
    found = [(d.code, d.span.line) for d in result.active]
    assert ("SUM403", 2) in found


def test_fuzz_project_rules_never_raise() -> None:
    """Random env examples and settings, through the real front-ends' facts, never make a
    SUM4xx/SUM5xx project rule raise, and every finding points into a file of the project."""
    from hypothesis import given, settings as hsettings, strategies as st

    from harness import fixture_config
    from sumlint.project import FileFacts, Project
    from sumlint.registry import all_rules
    from sumlint.rule import RuleContext
    from sumlint.settings import envfile, frontend

    root = Path("/p")
    config = fixture_config(root)
    rules = [r() for code, r in all_rules().items() if r.project and code[:4] in ("SUM4", "SUM5")]
    env_lines = st.sampled_from(["REDIS_URL=redis://127.0.0.1:6379/0", "# REDIS_URL=", "REDIS_URL=",
                                 "CELERY_BROKER_URL=amqp://x//", "export A=1 # c", "B=${A}", "X=redis://h:1/0",
                                 "bad line", "Q='unterminated"])
    py_lines = st.sampled_from(["import os", "A = os.environ['A']", "R = os.environ.get('REDIS_URL', 'redis://x:6380/0')",
                                "CELERY_BROKER_URL = R", "CACHES = {'default': {'BACKEND': 'django_redis.cache.RedisCache', 'LOCATION': R}}",
                                "CACHES = f()", "X = (", "from .base import *"])

    @hsettings(max_examples=60, deadline=None)
    @given(st.lists(env_lines, max_size=6), st.lists(py_lines, max_size=6))
    def run(env_text: list[str], py_text: list[str]) -> None:
        env_model = envfile.parse_text("\n".join(env_text))
        settings_model = frontend.parse_text("\n".join(py_text))
        settings_model.production = True
        files = [FileFacts(str(root / ".env.example"), "env", envfile.facts(env_model)),
                 FileFacts(str(root / "mysite/settings/production.py"), "settings", frontend.facts(settings_model))]
        project = Project(root, files)
        for rule in rules:
            ctx = RuleContext(path=root, kind="project", config=config, options=config.options_for(rule.family))
            for violation in rule.check_project(project, ctx):
                assert violation.path in {f.path for f in files}

    run()
