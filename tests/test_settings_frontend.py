"""The Django settings front-end: env reads in every form, values, chains, positions."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from sumlint.diagnostics import Span
from sumlint.settings.frontend import facts, is_production, parse_text


def _at(text: str, span: Span) -> str:
    line = text.split("\n")[span.line - 1]
    return line[span.column - 1:span.end_column - 1]


FORMS = '''\
import os
from os import environ as ENV, getenv
import environ
from decouple import config

env = environ.Env(FLAG=(bool, True))
A = os.environ["A_VAR"]
B = os.environ.get("B_VAR", "b-default")
C = os.getenv("C_VAR")
D = ENV["D_VAR"]
E = getenv("E_VAR", 5)
F = env("F_VAR")
G = env.str("G_VAR", default="g")
H = env.bool("FLAG")
I = env.db()
J = env.cache("REDIS_URL", default="redis://127.0.0.1:6379/1")
K = config("K_VAR")
L = config("L_VAR", default=False, cast=bool)
M = int(os.environ.get("M_VAR", "3"))
N = env.list("N_VAR", str, ["x"])
'''


def test_every_env_read_form() -> None:
    model = parse_text(FORMS)
    assert not model.problems
    reads = {r.var: r for r in model.env_reads}
    expected = {"A_VAR": True, "B_VAR": False, "C_VAR": False, "D_VAR": True, "E_VAR": False,
                "F_VAR": True, "G_VAR": False, "FLAG": False, "DATABASE_URL": True, "REDIS_URL": False,
                "K_VAR": True, "L_VAR": False, "M_VAR": False, "N_VAR": False}
    assert {v: r.required for v, r in reads.items()} == expected
    for var in ("A_VAR", "B_VAR", "D_VAR", "G_VAR", "K_VAR", "REDIS_URL"):
        assert _at(FORMS, reads[var].span) == f'"{var}"', var
    assert reads["B_VAR"].default.const == "b-default"
    assert reads["E_VAR"].default.const == 5
    assert reads["FLAG"].default.const is True  # from the Env(...) scheme
    assert reads["A_VAR"].setting == "A"
    assert model.settings["M"].value.kind == "env"  # int(...) looked through


def test_resolution_follows_refs_and_defaults() -> None:
    text = '''\
import os
REDIS_URL = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")
CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", REDIS_URL)
CELERY_RESULT_BACKEND = CELERY_BROKER_URL
CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": [REDIS_URL]}}
CACHES["default"]["LOCATION"] = REDIS_URL
'''
    model = parse_text(text)
    celery = model.celery()
    assert celery["broker"].vars == ["CELERY_BROKER_URL", "REDIS_URL"]
    assert celery["broker"].const == "redis://127.0.0.1:6379/0"
    assert celery["result_backend"].via == ["CELERY_RESULT_BACKEND", "CELERY_BROKER_URL", "REDIS_URL"]
    default = model.caches()["default"]
    assert default["backend"].endswith("RedisCache")
    assert _at(text, default["backend_span"]) == '"django.core.cache.backends.redis.RedisCache"'
    assert default["location"].vars == ["REDIS_URL"]
    assert default["location_span"].line == 6  # the item assignment replaced the list


def test_guarded_and_function_reads() -> None:
    text = ("import os\ntry:\n    A = os.environ['A']\nexcept KeyError:\n    A = None\n"
            "try:\n    B = os.environ['B']\nexcept ValueError:\n    pass\n"
            "def f():\n    return os.environ['C']\n")
    reads = {r.var: r for r in parse_text(text).env_reads}
    assert not reads["A"].required and reads["A"].guarded
    assert reads["B"].required and not reads["B"].guarded
    assert reads["C"].in_function and not reads["A"].in_function


def test_dynamic_values_are_named() -> None:
    model = parse_text("from x import build_caches\nCACHES = build_caches()\nDEBUG = f'{1}'\n")
    data = facts(model)
    assert data["caches"]["*"]["dynamic"] == "a call to build_caches()"
    assert [d["setting"] for d in data["dynamic"]] == ["CACHES", "DEBUG"]


def test_conditional_and_nested_blocks() -> None:
    text = "import os\nif os.environ.get('X'):\n    A = 1\nelse:\n    A = 2\ndef f():\n    return os.environ['IN_FUNC']\n"
    model = parse_text(text)
    assert model.settings["A"].conditional and model.settings["A"].value.const == 2
    assert {r.var for r in model.env_reads} == {"X", "IN_FUNC"}


def test_star_import_chain(tmp_path: Path) -> None:
    folder = tmp_path / "mysite" / "settings"
    folder.mkdir(parents=True)
    (folder / "common.py").write_text("import os\nSECRET = os.environ['SECRET']\nCACHES = {}\n")
    (folder / "base.py").write_text("from .common import *\nDEBUG = False\n")
    (folder / "production.py").write_text(
        "from mysite.settings.base import *\nDEBUG = True\ntry:\n    from .local import *\nexcept ImportError:\n    pass\n")
    model = parse_text((folder / "production.py").read_text(), folder / "production.py")
    # base and common were read; local.py is absent (a dependency, so that a cache notices it appear)
    assert [p.name for p in model.dependencies] == ["base.py", "common.py", "local.py"]
    assert [Path(p).name for p in facts(model)["chain"]] == ["base.py", "common.py"]
    assert model.settings["DEBUG"].value.const is True and model.settings["DEBUG"].path is None
    secret = next(r for r in model.env_reads if r.var == "SECRET")
    assert secret.path == str((folder / "common.py").resolve())
    span, other = model.locate(model.settings["CACHES"].span, model.settings["CACHES"].path)
    assert span.line == 1 and other.endswith("common.py")  # reported at the import line
    assert not any(i.problem for i in model.imports)


def test_star_import_brings_os_and_env_objects(tmp_path: Path) -> None:
    (tmp_path / "base.py").write_text("import os\nimport environ\nenv = environ.Env()\n")
    (tmp_path / "production.py").write_text("from .base import *\nA = os.environ['A']\nB = env('B')\n")
    model = parse_text((tmp_path / "production.py").read_text(), tmp_path / "production.py")
    assert sorted((r.var, r.required) for r in model.env_reads) == [("A", True), ("B", True)]


def test_star_import_cycle_and_missing(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text("from .b import *\nA = 1\n")
    (tmp_path / "b.py").write_text("from .a import *\nB = 2\n")
    model = parse_text((tmp_path / "a.py").read_text(), tmp_path / "a.py")
    assert set(model.settings) == {"A", "B"}
    model = parse_text("from .missing import *\n", tmp_path / "c.py")
    assert model.imports[0].problem and "does not exist" in model.imports[0].problem


def test_syntax_error_position() -> None:
    model = parse_text("import os\nX = [1,\nY = 2\n")
    assert model.problems and model.problems[0].span.line == 2 and model.problems[0].span.column == 5
    assert not model.parsed
    json.dumps(facts(model))


def test_production_globs() -> None:
    assert is_production("mysite/settings/production.py")
    assert is_production("settings.py") and is_production("proj/settings_prod.py")
    assert not is_production("mysite/settings/base.py")
    assert not is_production("mysite/settings/dev.py")


SNIPPETS = ["import os\n", "X = os.environ['A']\n", "Y = os.environ.get('B', X)\n",
            "CACHES = {'default': {'BACKEND': 'b', 'LOCATION': Y}}\n", "if X:\n    Z = 1\n",
            "from .base import *\n", "env = environ.Env()\n", "W = env('Q', default=1)\n",
            "CACHES['default']['LOCATION'] = 3\n", "(\n", "é = 'ü'\n", "def f(:\n", "A: int = 1\n",
            "B += [1]\n", "C = D = E = 'x' 'y'\n", "\t\n", "V = f'{X}'\n", "U = -1.5\n"]


@hsettings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(SNIPPETS), max_size=12))
def test_fuzz_never_raises_positions_in_file(parts: list[str]) -> None:
    text = "".join(parts)
    model = parse_text(text)
    lines = text.split("\n")
    data = facts(model)
    json.dumps(data)

    def inside(raw) -> None:
        line, column, end_line, end_column = raw
        assert 1 <= line <= end_line <= len(lines)
        assert 1 <= column <= len(lines[line - 1]) + 1
        assert 1 <= end_column <= len(lines[end_line - 1]) + 1

    for problem in model.problems:
        inside(problem.span.to_list())
    for read in data["env_reads"]:
        inside(read["span"])
    for item in data["settings"].values():
        inside(item["span"])


def test_host_python_files_parse() -> None:
    """Real Python modules of the host's standard library never make the front-end raise."""
    import pytest
    import sysconfig

    stdlib = Path(sysconfig.get_paths()["stdlib"])
    files = sorted(stdlib.glob("*.py"))[:12]
    if not files:
        pytest.skip("no standard library sources on this host")
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace")
        model = parse_text(text)
        json.dumps(facts(model))
        assert model.parsed or model.problems
