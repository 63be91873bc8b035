"""Configuration: every key, selection semantics, services, family options, errors, and how
the config file and the project root are found."""

from __future__ import annotations

from pathlib import Path

import pytest

from sumlint.config import Config, ConfigError, find_root, from_table, load_config
from sumlint.diagnostics import Severity
from sumlint.policy import DEFAULT_SERVICES

TOML = Path("/p/sumlint.toml")


def error(table: dict, path: Path = TOML) -> str:
    with pytest.raises(ConfigError) as exc:
        from_table(table, path)
    return str(exc.value)


# -- the keys -------------------------------------------------------------------------

def test_defaults_are_the_redis_policy_and_warning_threshold():
    config = from_table({}, None)
    assert config.select == ("SUM",) and config.ignore == () and config.fail_on is Severity.WARNING
    assert list(config.services) == ["redis"] and config.services["redis"] == DEFAULT_SERVICES["redis"]
    assert [s.name for s in config.required_services] == ["redis"]
    assert config.required_services[0].unit == "redis-server.service"
    assert config.respect_gitignore and not config.shellcheck


def test_every_scalar_and_list_key(fake_engine):
    config = from_table({
        "select": ["SUM1", "SUM5"], "ignore": ["SUM590"], "extend-select": ["SUM190"],
        "exclude": ["build"], "extend-exclude": ["legacy/"], "fail-on": "error",
        "placeholders": [r"%\w+%"], "max-file-size": 1000, "respect-gitignore": False, "shellcheck": True,
    }, TOML)
    assert config.select == ("SUM1", "SUM5") and config.ignore == ("SUM590",)
    assert config.extend_select == ("SUM190",) and config.exclude == ("build",)
    assert config.extend_exclude == ("legacy/",) and config.fail_on is Severity.ERROR
    assert config.placeholder_re.fullmatch("%SITE%") and not config.placeholder_re.search("__X__")
    assert config.max_file_size == 1000 and not config.respect_gitignore and config.shellcheck


def test_prefix_selection_longest_prefix_wins(fake_engine):
    config = from_table({"select": ["SUM1"], "ignore": ["SUM19"], "extend-select": ["SUM190"]}, TOML)
    assert config.is_selected("SUM190")  # SUM190 (6) beats SUM19 (5)
    assert not config.is_selected("SUM191")  # SUM19 (5) beats SUM1 (4)
    assert config.is_selected("SUM101") and not config.is_selected("SUM201")
    same = from_table({"select": ["SUM1"], "ignore": ["SUM1"]}, TOML)
    assert not same.is_selected("SUM101")  # ignore wins at equal length
    everything = from_table({"select": ["ALL"], "ignore": ["SUM3"]}, TOML)
    assert everything.is_selected("SUM001") and not everything.is_selected("SUM301")


def test_bridged_codes_are_dropped_only_when_ignored():
    config = from_table({"ignore": ["SC2086"]}, TOML)
    assert config.is_ignored("SC2086") and not config.is_ignored("SC2046")
    assert from_table({"ignore": ["SC"]}, TOML).is_ignored("SC1000")


def test_per_file_ignores_and_severity_overrides(fake_engine):
    config = from_table({"per-file-ignores": {"scripts/*.sh": ["SUM19"], "*.md": ["SUM590"]},
                         "severity": {"SUM1": "error", "SUM190": "info"}}, TOML)
    assert config.ignored_for_path("SUM190", "scripts/a.sh")
    assert not config.ignored_for_path("SUM190", "deploy/a.sh")
    assert config.ignored_for_path("SUM590", "docs/deep/runbook.md")
    assert config.severity_of("SUM190", Severity.WARNING) is Severity.INFO  # longest prefix
    assert config.severity_of("SUM101", Severity.WARNING) is Severity.ERROR
    assert config.severity_of("SUM201", Severity.WARNING) is Severity.WARNING


def test_kinds_remapping_is_tried_before_the_defaults(fake_engine):
    from sumlint import kinds

    config = from_table({"kinds": {"shell": ["deploy/*.txt"], "env": ["*.env.dist"]}}, TOML)
    assert kinds.classify("deploy/run.txt", config.kind_globs) == "shell"
    assert kinds.classify("prod.env.dist", config.kind_globs) == "env"
    assert kinds.classify("requirements.txt", config.kind_globs) == "requirements"
    assert kinds.classify("docs/self-hosting/redis.mdx", config.kind_globs) == "markdown"  # (read as MDX)
    remap = from_table({"kinds": {"shell": ["requirements-hook.txt"]}}, TOML)
    assert kinds.classify("requirements-hook.txt", remap.kind_globs) == "shell"


def test_services_merge_add_and_disable():
    config = from_table({"services": {
        "redis": {"port": 6380, "units": ["redis@main.service"]},
        "postgresql": {"units": ["postgresql.service"], "packages": ["postgresql"], "port": 5432,
                       "preflight": ["pg_isready"], "env": ["DATABASE_URL"]},
        "rabbitmq": {"units": ["rabbitmq-server.service"], "required": False},
    }}, TOML)
    redis = config.services["redis"]
    assert redis.port == 6380 and redis.units == ("redis@main.service",)
    assert redis.packages == ("redis-server", "redis") and redis.preflight == ("redis-cli ping",)  # merged
    pg = config.services["postgresql"]
    assert pg.names == ("Postgresql",) and pg.env == ("DATABASE_URL",) and pg.required
    assert [s.name for s in config.required_services] == ["redis", "postgresql"]
    off = from_table({"services": {"redis": {"required": False}}}, TOML)
    assert off.required_services == []


def test_family_options_are_validated_against_declared_options(fake_engine):
    config = from_table({"shell": {"strict": True}}, TOML)
    assert config.options_for("shell") == {"strict": True}
    assert from_table({}, TOML).options_for("shell") == {"strict": False}
    assert error({"shell": {"strikt": True}}) == (
        "/p/sumlint.toml: `shell.strikt`: unknown option (did you mean `strict`?); "
        "options of [shell] are strict")
    assert error({"shell": {"strict": "yes"}}) == "/p/sumlint.toml: `shell.strict`: expected true or false"
    assert error({"shell": []}) == "/p/sumlint.toml: `shell`: expected a table of shell options"


# -- errors name the key and the file ---------------------------------------------------------

@pytest.mark.parametrize("table, message", [
    ({"selekt": ["SUM1"]}, "`selekt`: unknown key (did you mean `select`?)"),
    ({"select": "SUM1"}, "`select`: expected a list of rule codes"),
    ({"select": ["E501"]}, "`select`: 'E501' is not a rule code or prefix"),
    ({"ignore": ["SUM191"]}, "`ignore`: no rule SUM191 (did you mean `SUM190`?)"),
    ({"per-file-ignores": ["x"]}, "`per-file-ignores`: expected a table of glob = [codes]"),
    ({"per-file-ignores": {"*.sh": "SUM1"}}, "`per-file-ignores.*.sh`: expected a list of rule codes"),
    ({"exclude": "build"}, "`exclude`: expected a list of strings"),
    ({"severity": {"SUM190": "fatal"}}, "`severity.SUM190`: expected \"error\", \"warning\" or \"info\", got 'fatal'"),
    ({"severity": {"SUM999": "error"}}, "`severity.SUM999`: no rule SUM999"),
    ({"fail-on": 1}, "`fail-on`: expected \"error\", \"warning\" or \"info\", got 1"),
    ({"kinds": {"shel": ["*.x"]}}, "`kinds.shel`: unknown file kind (did you mean `shell`?)"),
    ({"kinds": {"shell": "*.x"}}, "`kinds.shell`: expected a list of strings"),
    ({"services": []}, "`services`: expected a table of services"),
    ({"services": {"redis": {"prot": 1}}}, "`services.redis.prot`: unknown service key (did you mean `port`?)"),
    ({"services": {"redis": {"port": 70000}}}, "`services.redis.port`: expected a port number (1-65535)"),
    ({"services": {"redis": {"units": "redis.service"}}}, "`services.redis.units`: expected a list of strings"),
    ({"services": {"redis": {"required": "yes"}}}, "`services.redis.required`: expected true or false"),
    ({"services": {"pg": {"port": 5432}}}, "`services.pg`: a required service needs at least `units` or `packages`"),
    ({"placeholders": ["(unclosed"]}, "`placeholders`: '(unclosed' is not a valid regular expression"),
    ({"max-file-size": 0}, "`max-file-size`: expected a positive number of bytes"),
    ({"max-file-size": True}, "`max-file-size`: expected a positive number of bytes"),
    ({"respect-gitignore": "no"}, "`respect-gitignore`: expected true or false"),
])
def test_bad_values_name_key_and_file(fake_engine, table, message):
    assert error(table).startswith(f"/p/sumlint.toml: {message}")


def test_pyproject_keys_are_named_with_their_table(fake_engine):
    assert error({"selekt": []}, Path("/p/pyproject.toml")).startswith(
        "/p/pyproject.toml: `tool.sumlint.selekt`: unknown key")


@pytest.mark.parametrize("name, text, message", [
    ("sumlint.toml", "select = [", "invalid TOML"),
    ("pyproject.toml", "[tool.sumlint]\nselect = 'x", "invalid TOML"),
    ("pyproject.toml", "[tool]\nsumlint = 3\n", "[tool.sumlint] must be a table"),
    (".sumlint.toml", "colour = true\n", "`colour`: unknown key"),
    ("sumlint.toml", b"select = ['\xff']\n", "cannot read config file"),
])
def test_cli_config_errors_exit_2(fake_engine, cli, tmp_path, name, text, message):
    (tmp_path / ".git").mkdir()
    config = tmp_path / name
    config.write_bytes(text if isinstance(text, bytes) else text.encode())
    (tmp_path / "a.sh").write_text("echo\n")
    code, out, err = cli(["check", "--no-cache"], cwd=tmp_path)
    assert code == 2 and out == ""
    assert err.startswith(f"sumlint: error: {config}: ") and message in err and err.count("\n") == 1
    assert "Traceback" not in err and not (tmp_path / ".sumlint_cache").exists()


# -- finding the config and the root ------------------------------------------------------------

def test_config_found_walking_up_and_root_is_the_nearer_of_config_and_git(tmp_path):
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / "deploy" / "sub").mkdir(parents=True)
    (repo / "sumlint.toml").write_text('fail-on = "error"\n')
    config = load_config(repo / "deploy" / "sub")
    assert config.path == repo / "sumlint.toml" and config.root == repo
    (repo / "deploy" / "sumlint.toml").write_text('fail-on = "info"\n')
    config = load_config(repo / "deploy" / "sub")
    assert config.fail_on is Severity.INFO and config.root == repo / "deploy"  # config nearer
    outer = tmp_path / "sumlint.toml"
    outer.write_text("")
    (repo / "deploy" / "sumlint.toml").unlink()
    (repo / "sumlint.toml").unlink()
    config = load_config(repo / "deploy")
    assert config.path == outer and config.root == repo  # the git root is nearer


def test_dedicated_file_beats_pyproject_and_pyproject_needs_the_table(tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'  # tool.sumlint is not here\n")
    assert load_config(tmp_path).path is None
    (tmp_path / "pyproject.toml").write_text("[tool.sumlint]\nfail-on = 'info'\n")
    assert load_config(tmp_path).path == tmp_path / "pyproject.toml"
    (tmp_path / "sumlint.toml").write_text("fail-on = 'error'\n")
    assert load_config(tmp_path).path == tmp_path / "sumlint.toml"
    (tmp_path / ".sumlint.toml").write_text("")
    assert load_config(tmp_path).path == tmp_path / ".sumlint.toml"


def test_explicit_config_and_isolated(fake_engine, cli, tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / "a.sh").write_text("echo WARN\n")
    (tmp_path / "sumlint.toml").write_text('ignore = ["SUM190"]\n')
    (tmp_path / "strict.toml").write_text('fail-on = "info"\n')
    assert cli(["check", "--no-cache"], cwd=tmp_path)[0] == 0
    assert cli(["check", "--no-cache", "--isolated"], cwd=tmp_path)[0] == 1
    assert cli(["check", "--no-cache", "--config", "strict.toml"], cwd=tmp_path)[0] == 1
    code, _, err = cli(["check", "--no-cache", "--config", "missing.toml"], cwd=tmp_path)
    assert code == 2 and "missing.toml: config file not found" in err


def test_config_is_found_from_the_first_path_not_the_cwd(fake_engine, cli, tmp_path):
    project = tmp_path / "project"
    (project / ".git").mkdir(parents=True)
    (project / "a.sh").write_text("echo WARN\n")
    (project / "sumlint.toml").write_text('ignore = ["SUM190"]\n')
    assert cli(["check", "--no-cache", str(project / "a.sh")], cwd=tmp_path)[0] == 0


def test_no_config_and_no_git_root_is_the_start(tmp_path):
    if any((p / ".git").exists() for p in tmp_path.parents):
        pytest.skip(f"a parent of {tmp_path} is a git work tree")
    assert find_root(tmp_path, None) == tmp_path
    (tmp_path / "sub").mkdir()
    assert load_config(tmp_path / "sub").root == tmp_path / "sub"


def test_fingerprint_changes_with_anything_that_changes_results(fake_engine):
    base = from_table({}, TOML).fingerprint()
    assert base == from_table({}, TOML).fingerprint()
    for table in ({"ignore": ["SUM1"]}, {"services": {"redis": {"port": 1}}}, {"shell": {"strict": True}},
                  {"kinds": {"shell": ["*.x"]}}, {"placeholders": ["x"]}):
        assert from_table(table, TOML).fingerprint() != base, table
    assert isinstance(Config().fingerprint(), str)


# -- extend: a shared base configuration ---------------------------------------------------------

def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def test_extend_reads_the_base_and_the_project_overrides_it(tmp_path):
    _write(tmp_path / "shared" / "sumlint-base.toml",
           'ignore = ["SUM102"]\nfail-on = "error"\nplaceholders = ["@[A-Z]+@"]\n'
           '[severity]\nSUM3 = "info"\nSUM101 = "warning"\n'
           '[per-file-ignores]\n"legacy/*.sh" = ["SUM2"]\n'
           '[services.redis]\nport = 6380\npackages = ["redis"]\n')
    _write(tmp_path / "site" / ".git" / "HEAD", "")
    _write(tmp_path / "site" / "pyproject.toml",
           '[tool.sumlint]\nextend = "../shared/sumlint-base.toml"\nfail-on = "warning"\n'
           '[tool.sumlint.severity]\nSUM101 = "error"\n[tool.sumlint.services.redis]\nport = 6381\n')
    config = load_config(tmp_path / "site")
    assert config.ignore == ("SUM102",) and config.placeholders == ("@[A-Z]+@",)  # from the base
    assert config.fail_on == Severity.WARNING  # the project's value wins
    assert config.severity == {"SUM3": Severity.INFO, "SUM101": Severity.ERROR}  # tables merge by key
    assert config.per_file_ignores == {"legacy/*.sh": ("SUM2",)}
    redis = config.services["redis"]
    assert (redis.port, redis.packages) == (6381, ("redis",))  # a service merges by field
    assert config.extends == ((tmp_path / "shared" / "sumlint-base.toml").resolve(),)
    assert config.root == tmp_path / "site" and config.path == (tmp_path / "site" / "pyproject.toml").resolve()


def test_extend_chains_and_reads_a_pyproject_base(tmp_path):
    _write(tmp_path / "org" / "pyproject.toml", '[tool.sumlint]\nignore = ["SUM306"]\n')
    _write(tmp_path / "team" / "sumlint.toml", 'extend = "../org/pyproject.toml"\nshellcheck = true\n')
    _write(tmp_path / "site" / "sumlint.toml", 'extend = "../team/sumlint.toml"\n')
    config = load_config(tmp_path / "site")
    assert config.ignore == ("SUM306",) and config.shellcheck is True
    assert [p.parent.name for p in config.extends] == ["team", "org"]


def test_a_changed_base_changes_the_fingerprint(tmp_path):
    base = _write(tmp_path / "base.toml", 'ignore = ["SUM102"]\n')
    _write(tmp_path / "site" / "sumlint.toml", 'extend = "../base.toml"\n')
    before = load_config(tmp_path / "site").fingerprint()
    base.write_text('ignore = ["SUM103"]\n')
    assert load_config(tmp_path / "site").fingerprint() != before


@pytest.mark.parametrize("files, message", [
    ({"site/sumlint.toml": 'extend = "../missing.toml"\n'}, "`extend`: '../missing.toml' is not a file"),
    ({"site/sumlint.toml": "extend = 3\n"}, "`extend`: expected the path of a configuration file"),
    ({"site/sumlint.toml": 'extend = "../a.toml"\n', "a.toml": 'extend = "site/sumlint.toml"\n'},
     "extend each other in a loop"),
    ({"site/sumlint.toml": 'extend = "../pyproject.toml"\n', "pyproject.toml": "[project]\nname = 'x'\n"},
     "has no [tool.sumlint] table"),
])
def test_bad_extend_names_the_key_and_the_file(fake_engine, cli, tmp_path, files, message):
    for name, text in files.items():
        _write(tmp_path / name, text)
    _write(tmp_path / "site" / "a.sh", "echo\n")
    code, out, err = cli(["check", "--no-cache"], cwd=tmp_path / "site")
    assert (code, out) == (2, "")
    assert f"{tmp_path / 'site' / 'sumlint.toml'}: `extend`: " in err or "loop" in message, err
    assert message in err and err.count("\n") == 1


def test_an_error_in_the_base_names_the_base_file(fake_engine, cli, tmp_path):
    base = _write(tmp_path / "base.toml", 'selekt = ["SUM1"]\n')
    _write(tmp_path / "site" / "sumlint.toml", 'extend = "../base.toml"\n')
    _write(tmp_path / "site" / "a.sh", "echo\n")
    code, _, err = cli(["check", "--no-cache"], cwd=tmp_path / "site")
    assert code == 2 and err.startswith(f"sumlint: error: {base}: `selekt`: unknown key (did you mean `select`?)")
