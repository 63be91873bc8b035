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
