"""Configuration: ``[tool.sumlint]`` in pyproject.toml, or sumlint.toml / .sumlint.toml.

Every key is validated; an unknown key or a bad value raises ConfigError naming the key
and the file, with a did-you-mean suggestion. The CLI turns ConfigError into exit 2.
"""

from __future__ import annotations

import dataclasses
try:  # hashlib itself loads OpenSSL (~10 ms); BLAKE2 is built in
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - not CPython
    from hashlib import blake2b
import json
import re
from dataclasses import field
from functools import cached_property
from pathlib import Path
from typing import Any

from sumlint import kinds
from sumlint.diagnostics import Severity
from sumlint.lazyre import LazyPattern
from sumlint.policy import DEFAULT_SERVICES, SERVICE_KEYS, Service
from sumlint.records import record
from sumlint.source import DEFAULT_MAX_BYTES

# In one folder the dedicated files win over pyproject.toml (ruff's order).
CONFIG_FILES = (".sumlint.toml", "sumlint.toml", "pyproject.toml")
# (A virtual environment under another name is found by its pyvenv.cfg; a folder named `env/`
# is often the deployment's env files, so the name alone does not exclude it.)
DEFAULT_EXCLUDE = (".git", ".hg", ".svn", ".venv", "venv", ".tox", ".nox", "node_modules",
                   "__pycache__", ".sumlint_cache", ".mypy_cache", ".pytest_cache", ".ruff_cache",
                   "build", "dist", "site-packages", "*.egg-info")
# `{{ … }}` without braces inside: `\{\{.*?\}\}` rescanned the rest of the line from every
# `{{` (a 200,000-character line of `{` took minutes); `[^{}\n]*` stops at the next brace.
DEFAULT_PLACEHOLDERS = (r"__[A-Z0-9_]+__", r"\{\{[^{}\n]*\}\}", r"@[A-Za-z0-9_]+@")
CODE_PREFIX_RE = LazyPattern(r"^(?:SUM\d{0,3}|SC\d{0,4}|ALL)$")


class ConfigError(Exception):
    """A configuration or usage problem: message names the key and the file."""


@record
class Config:
    """The configuration of a run (defaults, then the config file, then the command line)."""

    path: Path | None = None  # the config file, if any
    root: Path = field(default_factory=Path.cwd)  # project root for cross-file facts
    select: tuple[str, ...] = ("SUM",)
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    per_file_ignores: dict[str, tuple[str, ...]] = field(default_factory=dict)
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE
    extend_exclude: tuple[str, ...] = ()
    severity: dict[str, Severity] = field(default_factory=dict)
    fail_on: Severity = Severity.WARNING
    kind_globs: dict[str, tuple[str, ...]] = field(default_factory=lambda: dict(kinds.DEFAULT_GLOBS))
    services: dict[str, Service] = field(default_factory=lambda: dict(DEFAULT_SERVICES))
    placeholders: tuple[str, ...] = DEFAULT_PLACEHOLDERS
    max_file_size: int = DEFAULT_MAX_BYTES
    respect_gitignore: bool = True
    shellcheck: bool = False
    family_options: dict[str, dict[str, Any]] = field(default_factory=dict)
    extends: tuple[Path, ...] = ()  # the base files `extend` read, nearest first

    def __init__(self, path: Path | None = None, root: Path | None = None, select: tuple[str, ...] = ("SUM",),
                 ignore: tuple[str, ...] = (), extend_select: tuple[str, ...] = (),
                 per_file_ignores: dict[str, tuple[str, ...]] | None = None,
                 exclude: tuple[str, ...] = DEFAULT_EXCLUDE, extend_exclude: tuple[str, ...] = (),
                 severity: dict[str, Severity] | None = None, fail_on: Severity = Severity.WARNING,
                 kind_globs: dict[str, tuple[str, ...]] | None = None, services: dict[str, Service] | None = None,
                 placeholders: tuple[str, ...] = DEFAULT_PLACEHOLDERS, max_file_size: int = DEFAULT_MAX_BYTES,
                 respect_gitignore: bool = True, shellcheck: bool = False,
                 family_options: dict[str, dict[str, Any]] | None = None, extends: tuple[Path, ...] = ()) -> None:
        self.path = path
        self.root = Path.cwd() if root is None else root
        self.select = select
        self.ignore = ignore
        self.extend_select = extend_select
        self.per_file_ignores = {} if per_file_ignores is None else per_file_ignores
        self.exclude = exclude
        self.extend_exclude = extend_exclude
        self.severity = {} if severity is None else severity
        self.fail_on = fail_on
        self.kind_globs = dict(kinds.DEFAULT_GLOBS) if kind_globs is None else kind_globs
        self.services = dict(DEFAULT_SERVICES) if services is None else services
        self.placeholders = placeholders
        self.max_file_size = max_file_size
        self.respect_gitignore = respect_gitignore
        self.shellcheck = shellcheck
        self.family_options = {} if family_options is None else family_options
        self.extends = extends

    @property
    def required_services(self) -> list[Service]:
        return [s for s in self.services.values() if s.required]

    @cached_property
    def placeholder_re(self) -> re.Pattern[str]:
        return re.compile("|".join(f"(?:{p})" for p in self.placeholders))

    def is_selected(self, code: str) -> bool:
        """Longest matching prefix wins; ignore beats select at equal length (ruff's rule)."""
        best_select = max((len(p) for p in (*self.select, *self.extend_select) if _matches(code, p)),
                          default=-1)
        best_ignore = max((len(p) for p in self.ignore if _matches(code, p)), default=-1)
        return best_select >= 0 and best_select > best_ignore

    def is_ignored(self, code: str) -> bool:
        """For codes of bridged tools (SC####): dropped only when `ignore` names them."""
        best_select = max((len(p) for p in (*self.select, *self.extend_select) if _matches(code, p)
                           and p != "ALL"), default=-1)
        best_ignore = max((len(p) for p in self.ignore if _matches(code, p)), default=-1)
        return best_ignore > best_select

    def ignored_for_path(self, code: str, relpath: str) -> bool:
        return any(kinds.glob_match(relpath, glob) and any(_matches(code, p) for p in codes)
                   for glob, codes in self.per_file_ignores.items())

    def severity_of(self, code: str, default: Severity) -> Severity:
        best = max((p for p in self.severity if _matches(code, p)), key=len, default=None)
        return self.severity[best] if best is not None else default

    def options_for(self, family: str) -> dict[str, Any]:
        from sumlint.registry import family_options

        declared = family_options().get(family, {})
        values = {name: opt.default for name, opt in declared.items()}
        values.update(self.family_options.get(family, {}))
        return values

    def fingerprint(self) -> str:
        """A stable hash of everything that can change a file's diagnostics or facts."""
        data = {f.name: getattr(self, f.name) for f in dataclasses.fields(self) if f.name not in ("path", "extends")}
        blob = json.dumps(data, sort_keys=True, default=_jsonable)
        return blake2b(blob.encode(), digest_size=8).hexdigest()


def _jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value):
        return dataclasses.asdict(value)
    if isinstance(value, (Path, Severity)):
        return str(value)
    if isinstance(value, (set, frozenset, tuple)):
        return sorted(map(str, value))
    return repr(value)


def _matches(code: str, prefix: str) -> bool:
    return prefix == "ALL" or code.startswith(prefix)


# ---------------------------------------------------------------------------------------
# Finding and loading


def find_config(start: Path) -> Path | None:
    """The nearest config file at or above ``start`` (pyproject.toml only with [tool.sumlint])."""
    start = start if start.is_dir() else start.parent
    for directory in (start, *start.parents):
        for name in CONFIG_FILES:
            candidate = directory / name
            if candidate.is_file():
                if name != "pyproject.toml" or _has_tool_table(candidate):
                    return candidate
    return None


def find_root(start: Path, config_path: Path | None) -> Path:
    """The config file's folder or the git root, whichever is nearer to ``start``."""
    start = start if start.is_dir() else start.parent
    for directory in (start, *start.parents):
        if config_path is not None and config_path.parent == directory:
            return directory
        if (directory / ".git").exists():
            return directory
    return config_path.parent if config_path else start


def _has_tool_table(path: Path) -> bool:
    """pyproject.toml counts only with a [tool.sumlint] table (an unparsable one that
    mentions it counts too, so that its error is reported rather than silently skipped)."""
    try:
        data = path.read_bytes()
    except OSError:
        return False
    if b"sumlint" not in data:
        return False
    import tomllib

    try:
        tool = tomllib.loads(data.decode("utf-8")).get("tool", {})
    except (UnicodeDecodeError, tomllib.TOMLDecodeError):
        return True
    return isinstance(tool, dict) and "sumlint" in tool


def load_config(start: Path, explicit: Path | None = None, isolated: bool = False) -> Config:
    start = start.resolve()
    if isolated:
        return Config(root=find_root(start, None))
    path = explicit.resolve() if explicit else find_config(start)
    if path is None:
        return Config(root=find_root(start, None))
    table, extends = _extended(read_table(path), path, (path,))
    config = from_table(table, path)
    config.root = find_root(start, path)
    config.extends = extends
    return config


# tables whose keys a configuration merges with its base's (`services` one level deeper: a
# service's fields); every other key replaces the base's value
_MERGED_TABLES = ("per-file-ignores", "severity", "kinds", "services")


def _extended(table: dict[str, Any], path: Path, chain: tuple[Path, ...]) -> tuple[dict[str, Any], tuple[Path, ...]]:
    """``table`` on top of the base configuration its ``extend`` names (a path relative to
    ``path``'s folder; a pyproject.toml base gives its [tool.sumlint]). The base is checked on
    its own first, so an error in it names the base file."""
    if "extend" not in table:
        return table, ()
    table = dict(table)
    value = table.pop("extend")
    key = "tool.sumlint.extend" if path.name == "pyproject.toml" else "extend"
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"{path}: `{key}`: expected the path of a configuration file to extend")
    base = (path.parent / Path(value).expanduser()).resolve()
    if base in chain:
        loop = " -> ".join(str(p) for p in (*chain, base))
        raise ConfigError(f"{path}: `{key}`: the configurations extend each other in a loop ({loop})")
    if not base.is_file():
        raise ConfigError(f"{path}: `{key}`: {value!r} is not a file ({base})")
    if base.name == "pyproject.toml" and not _has_tool_table(base):
        raise ConfigError(f"{path}: `{key}`: {base} has no [tool.sumlint] table")
    base_table, extends = _extended(read_table(base), base, (*chain, base))
    from_table(base_table, base)  # its own errors, named by its own file
    merged = dict(base_table)
    for name, option in table.items():
        old = merged.get(name)
        if isinstance(option, dict) and isinstance(old, dict) and (name in _MERGED_TABLES or name not in TOP_KEYS):
            inner = dict(old)
            for sub, sub_value in option.items():
                if name == "services" and isinstance(sub_value, dict) and isinstance(inner.get(sub), dict):
                    inner[sub] = {**inner[sub], **sub_value}
                else:
                    inner[sub] = sub_value
            merged[name] = inner
        else:
            merged[name] = option
    return merged, (base, *extends)


def read_table(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{path}: config file not found") from None
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError(f"{path}: cannot read config file: {err}") from None
    if _only_comments(text):
        data: dict[str, Any] = {}  # the common empty sumlint.toml: no TOML parser needed
    else:
        import tomllib

        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as err:
            raise ConfigError(f"{path}: invalid TOML: {err}") from None
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        table = tool.get("sumlint", {}) if isinstance(tool, dict) else {}
        if not isinstance(table, dict):
            raise ConfigError(f"{path}: [tool.sumlint] must be a table")
        return table
    return data


def _only_comments(text: str) -> bool:
    """True when ``text`` is a valid TOML document of only blank lines and comments (an
    empty table). Anything else, invalid characters included, goes to the TOML parser."""
    text = text.replace("\r\n", "\n")
    if len(text) > 65536 or any(c < " " and c not in "\t\n" or c == "\x7f" for c in text):
        return False
    return all(not line.strip(" \t") or line.lstrip(" \t").startswith("#") for line in text.split("\n"))


TOP_KEYS = ("extend", "select", "ignore", "extend-select", "per-file-ignores", "exclude", "extend-exclude",
            "severity", "fail-on", "kinds", "services", "placeholders", "max-file-size",
            "respect-gitignore", "shellcheck")


def from_table(table: dict[str, Any], path: Path | None) -> Config:
    from sumlint.registry import family_options, rule_index

    where = str(path) if path else "configuration"
    prefix = "tool.sumlint." if path and path.name == "pyproject.toml" else ""
    families = family_options()
    config = Config(path=path)

    def fail(key: str, message: str) -> ConfigError:
        return ConfigError(f"{where}: `{prefix}{key}`: {message}")

    def codes(key: str, value: Any) -> tuple[str, ...]:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise fail(key, "expected a list of rule codes such as [\"SUM1\", \"SUM201\"]")
        for code in value:
            if not CODE_PREFIX_RE.match(code):
                raise fail(key, f"{code!r} is not a rule code or prefix (SUM, SUM1, SUM101, ALL)")
            if len(code) == 6 and code.startswith("SUM") and code not in rule_index():
                hint = _did_you_mean(code, list(rule_index()))
                raise fail(key, f"no rule {code}{hint}")
        return tuple(value)

    def strings(key: str, value: Any) -> tuple[str, ...]:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise fail(key, "expected a list of strings")
        return tuple(value)

    for key, value in table.items():
        if key in ("select", "ignore", "extend-select"):
            setattr(config, key.replace("-", "_"), codes(key, value))
        elif key in ("exclude", "extend-exclude"):
            setattr(config, key.replace("-", "_"), strings(key, value))
        elif key == "per-file-ignores":
            if not isinstance(value, dict):
                raise fail(key, "expected a table of glob = [codes]")
            config.per_file_ignores = {g: codes(f"{key}.{g}", c) for g, c in value.items()}
        elif key == "severity":
            if not isinstance(value, dict):
                raise fail(key, "expected a table of code = \"error\" | \"warning\" | \"info\"")
            for code, sev in value.items():
                codes(f"{key}.{code}", [code])
                try:
                    config.severity[code] = Severity.parse(sev) if isinstance(sev, str) else Severity.parse("?")
                except ValueError:
                    raise fail(f"{key}.{code}", f"expected \"error\", \"warning\" or \"info\", got {sev!r}") from None
        elif key == "fail-on":
            try:
                config.fail_on = Severity.parse(value) if isinstance(value, str) else Severity.parse("?")
            except ValueError:
                raise fail(key, f"expected \"error\", \"warning\" or \"info\", got {value!r}") from None
        elif key == "kinds":
            if not isinstance(value, dict):
                raise fail(key, "expected a table of kind = [globs]")
            extra: dict[str, tuple[str, ...]] = {}
            for kind, globs in value.items():
                if kind not in kinds.KINDS:
                    raise fail(f"{key}.{kind}", f"unknown file kind{_did_you_mean(kind, kinds.KINDS)}; "
                               f"kinds are {', '.join(kinds.KINDS)}")
                extra[kind] = strings(f"{key}.{kind}", globs)
            # Configured globs are tried before the defaults, so they can re-map a file.
            config.kind_globs = {k: extra.get(k, ()) + kinds.DEFAULT_GLOBS[k] for k in
                                 [*extra, *[k for k in kinds.KINDS if k not in extra]]}
        elif key == "services":
            config.services = _services(value, fail)
        elif key == "placeholders":
            pats = strings(key, value)
            for pat in pats:
                try:
                    re.compile(pat)
                except re.error as err:
                    raise fail(key, f"{pat!r} is not a valid regular expression: {err}") from None
            config.placeholders = pats
        elif key == "max-file-size":
            if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
                raise fail(key, "expected a positive number of bytes")
            config.max_file_size = value
        elif key in ("respect-gitignore", "shellcheck"):
            if not isinstance(value, bool):
                raise fail(key, "expected true or false")
            setattr(config, key.replace("-", "_"), value)
        elif key in families:
            if not isinstance(value, dict):
                raise fail(key, f"expected a table of {key} options")
            declared = families[key]
            for name, option_value in value.items():
                if name not in declared:
                    raise fail(f"{key}.{name}", f"unknown option{_did_you_mean(name, list(declared))}; "
                               f"options of [{prefix}{key}] are {', '.join(sorted(declared)) or 'none'}")
                problem = declared[name].validate(option_value)
                if problem:
                    raise fail(f"{key}.{name}", f"expected {problem}")
            config.family_options[key] = dict(value)
        else:
            raise fail(key, f"unknown key{_did_you_mean(key, [*TOP_KEYS, *families])}")
    return config


def _services(value: Any, fail) -> dict[str, Service]:
    if not isinstance(value, dict):
        raise fail("services", "expected a table of services, e.g. [tool.sumlint.services.redis]")
    services = dict(DEFAULT_SERVICES)
    for name, table in value.items():
        key = f"services.{name}"
        if not isinstance(table, dict):
            raise fail(key, "expected a table")
        base = services.get(name)
        fields: dict[str, Any] = dataclasses.asdict(base) if base else {
            "name": name, "units": (), "packages": (), "names": (name.capitalize(),), "preflight": (),
            "preflight_reply": None, "port": None, "env": (), "dependents": (), "url_schemes": (),
            "cache_backends": (), "required": True, "hosts": ()}
        for option, option_value in table.items():
            if option not in SERVICE_KEYS:
                raise fail(f"{key}.{option}", f"unknown service key{_did_you_mean(option, list(SERVICE_KEYS))}")
            attr = SERVICE_KEYS[option]
            if attr == "port":
                if not isinstance(option_value, int) or isinstance(option_value, bool) or not 0 < option_value < 65536:
                    raise fail(f"{key}.{option}", "expected a port number (1-65535)")
            elif attr == "required":
                if not isinstance(option_value, bool):
                    raise fail(f"{key}.{option}", "expected true or false")
            elif attr == "preflight_reply":
                if not isinstance(option_value, str):
                    raise fail(f"{key}.{option}", "expected a string")
            else:
                if not isinstance(option_value, list) or not all(isinstance(v, str) for v in option_value):
                    raise fail(f"{key}.{option}", "expected a list of strings")
                option_value = tuple(option_value)
            fields[attr] = option_value
        if fields["required"] and not fields["units"] and not fields["packages"]:
            raise fail(key, "a required service needs at least `units` or `packages`")
        services[name] = Service(**{k: tuple(v) if isinstance(v, list) else v for k, v in fields.items()})
    return services


def _did_you_mean(word: str, choices) -> str:
    import difflib

    match = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean `{match[0]}`?)" if match else ""
