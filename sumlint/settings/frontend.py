"""Front-end for Django settings modules, read with libcst (imported lazily).

What is read
------------
* **Assignments** at module level (``X = ...``, ``X: T = ...``, ``A = B = ...``), also inside
  module-level ``if``/``try``/``with`` blocks (``conditional=True``), and item assignments to
  a static dict (``CACHES["default"]["LOCATION"] = ...``). Each value becomes a ``Value``:
  ``const`` (static literal), ``env`` (an environment read), ``ref`` (another setting),
  ``dict``/``list`` (of values), or ``dynamic`` (anything else, with the reason, e.g.
  ``a call to build_caches()``).
* **Environment reads** anywhere in the module, in every common form:
  ``os.environ["X"]`` (required), ``os.environ.get("X", default)``, ``os.getenv("X", default)``,
  ``environ[...]``/``getenv(...)`` imported from ``os``, django-environ and environs
  (``env("X")``, ``env.str("X", default=...)``, ``env.bool``, ``env.db()`` (``DATABASE_URL``),
  ``env.cache()`` (``CACHE_URL``), ``env.email_url()``, defaults declared in
  ``environ.Env(DEBUG=(bool, False))``), python-decouple's ``config("X", default=...)``;
  casts around them (``int(os.environ.get(...))``) are looked through. A read inside a
  ``try`` whose handlers catch ``KeyError`` (or ``ImproperlyConfigured``...) is not
  required (``guarded``); a read inside a def/class body is flagged ``in_function``.
* **Env-file loaders**: ``environ.Env.read_env()``, ``load_dotenv()``, python-decouple.
* **Star imports** ``from .base import *`` (and ``from mysite.settings.base import *``) of a
  sibling module in the same folder: the sibling is read through ``read_source`` and its
  settings are merged at the import's position (later assignments win, as in Python);
  chains are followed (cycles stopped); names a star import brings (``os``, ``env``) are
  known after it. Files read are in ``dependencies``, and so are files looked for but
  absent (so a cache notices when they appear). A star import in a ``try`` block
  (``from .local import *``) that does not resolve is ignored; one that cannot be followed
  is kept with its ``problem``.
* **Production**: whether the file matches ``production-settings`` (``[tool.sumlint.settings]``);
  a ``settings.py`` next to a more specific production file is not production.
* ``[project].dependencies`` of the nearest ``pyproject.toml`` above the settings (up to the
  project root), as requirements.
* A syntax error becomes a ``ParseProblem`` at the position CPython reports (SUM001).

Model
-----
``SettingsModel``: ``settings`` (name -> ``Assignment``, after merging bases; the last
assignment wins), ``assignments`` (every assignment in order), ``env_reads``, ``imports``
(``StarImport``), ``problems``, ``dependencies``, ``pyproject``, ``path``; helpers
``resolve(value)`` (follows refs and env defaults), ``caches()``, ``databases()``,
``celery()``.

Every ``Value``/``Assignment``/``EnvRead`` has ``path``: None when it is in this file, else
the absolute path of the base module it comes from; spans are in that file.

Facts (``facts(model, ctx)``)
-----------------------------
::

    {"production": true,                  # path matches [tool.sumlint.settings] production-settings
     "parsed": true,                      # false after a syntax error (then little else is set)
     "chain": ["/abs/settings/base.py"],  # bases merged in (star imports followed)
     "settings": {"DEBUG": {"value": VALUE, "span": SPAN, "path": null, "conditional": false}},
     "env_reads": [{"var": "REDIS_URL", "required": true, "has_default": false,
                    "default": null,            # the static default, if any
                    "default_ref": null,        # a default that is another setting's name
                    "form": "os.environ[]", "span": SPAN, "path": null, "setting": "CACHES",
                    "in_function": false,       # inside a def/class body (may never run)
                    "guarded": false}],         # in a try that catches KeyError & co: not required
     "env_loaders": [["environ.Env.read_env()", SPAN, null]],  # code that loads an env file
                                                               # itself (also python-decouple)
     "caches": {"default": {"backend": "django...RedisCache", "backend_span": SPAN,
                            "location": RESOLVED, "span": SPAN, "path": null, "from_url": null}},
     "databases": {"default": {"engine": "django.db.backends.postgresql", "span": SPAN, "path": null}},
     "celery": {"broker": RESOLVED | null, "result_backend": RESOLVED | null},
     "urls": [["redis://127.0.0.1:6379/0", SPAN, null], ...],   # static URLs (values, defaults)
     "dynamic": [{"setting": "CACHES", "reason": "a call to build_caches()", "span": SPAN, "path": null}],
     "imports": [{"module": ".base", "span": SPAN, "path": "/abs/base.py" | null,
                  "problem": "why it was not followed" | null}],
     "pyproject": {"path": "/abs/pyproject.toml", "requirements": [REQUIREMENT, ...]} | null}

``VALUE`` is ``{"kind": "const"|"env"|"ref"|"dict"|"list"|"dynamic", "span": SPAN, ...}``;
``RESOLVED`` is ``{"vars": ["CELERY_BROKER_URL", "REDIS_URL"],  # env vars, first wins
"const": "redis://..." | null,  # the static value the chain ends in
"required": bool, "dynamic": reason | null, "via": ["REDIS_URL"], "span": SPAN,
"path": null}``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sumlint.diagnostics import Span
from sumlint.kinds import ParseProblem, glob_match

COMMENT = "#"

DEFAULT_PRODUCTION = ("**/settings/production.py", "**/settings/prod.py", "**/settings/live.py",
                      "settings_production.py", "settings_prod.py", "settings.py")
CELERY_BROKER = ("CELERY_BROKER_URL", "BROKER_URL", "CELERY_BROKER")
CELERY_RESULT = ("CELERY_RESULT_BACKEND", "RESULT_BACKEND")
URL_RE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")

# django-environ / environs methods: which positional argument is the default, and the
# variable read when none is given.
_ENV_METHODS_DEFAULT_POS = {
    "str": 1, "bytes": 1, "bool": 1, "int": 1, "float": 1, "json": 1, "url": 1, "path": 1,
    "decimal": 1, "date": 1, "datetime": 1, "timedelta": 1, "uuid": 1, "log_level": 1,
    "list": 2, "tuple": 2, "dict": 2, "__call__": 2, "get_value": 2,
}
_ENV_URL_METHODS = {
    "db": "DATABASE_URL", "db_url": "DATABASE_URL", "cache": "CACHE_URL", "cache_url": "CACHE_URL",
    "email": "EMAIL_URL", "email_url": "EMAIL_URL", "search_url": "SEARCH_URL",
    "dj_db_url": None, "dj_cache_url": None, "dj_email_url": None,
}
_CASTS = {"int", "str", "bool", "float", "Path", "list", "tuple"}


_SCHEME_RE = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*)://")


@dataclass
class Value:
    kind: str  # const, env, ref, dict, list, dynamic
    span: Span
    path: str | None = None
    const: Any = None
    var: str | None = None  # env
    required: bool = False  # env: no default
    default: "Value | None" = None  # env
    form: str = ""  # env
    var_span: Span | None = None  # env: the variable name's literal
    name: str | None = None  # ref
    items: dict[str, "Value"] = field(default_factory=dict)  # dict
    elements: list["Value"] = field(default_factory=list)  # list
    reason: str = ""  # dynamic
    scheme: str | None = None  # dynamic: the URL scheme it spells out (f"redis://{HOST}:6379/1")
    key_spans: dict[str, Span] = field(default_factory=dict)  # dict: spans of keys

    def to_fact(self, depth: int = 0) -> dict[str, Any]:
        data: dict[str, Any] = {"kind": self.kind, "span": self.span.to_list(), "path": self.path}
        if depth > 8:
            return data
        if self.kind == "const":
            data["value"] = self.const if _jsonable(self.const) else repr(self.const)
        elif self.kind == "env":
            data.update(var=self.var, required=self.required, form=self.form,
                        default=self.default.to_fact(depth + 1) if self.default else None)
        elif self.kind == "ref":
            data["name"] = self.name
        elif self.kind == "dict":
            data["items"] = {k: v.to_fact(depth + 1) for k, v in self.items.items()}
        elif self.kind == "list":
            data["elements"] = [v.to_fact(depth + 1) for v in self.elements]
        elif self.kind == "dynamic":
            data["reason"] = self.reason
            if self.scheme:
                data["scheme"] = self.scheme
        return data

    def with_path(self, path: str | None) -> "Value":
        if self.path is not None or path is None:
            return self
        self.path = path
        if self.default is not None:
            self.default.with_path(path)
        for item in self.items.values():
            item.with_path(path)
        for element in self.elements:
            element.with_path(path)
        return self


@dataclass
class Assignment:
    name: str
    value: Value
    span: Span  # the target name
    path: str | None = None
    conditional: bool = False
    augmented: bool = False


@dataclass
class EnvRead:
    var: str
    required: bool
    form: str
    span: Span  # the variable name's literal (or the call, when the name is implicit)
    default: Value | None = None
    setting: str | None = None  # the module-level setting whose value contains the read
    path: str | None = None
    in_function: bool = False  # inside a def/class body: may never run
    guarded: bool = False  # inside a try that catches a missing variable

    def to_fact(self) -> dict[str, Any]:
        default = None
        default_ref = None
        if self.default is not None:
            if self.default.kind == "const" and _jsonable(self.default.const):
                default = self.default.const
            elif self.default.kind == "ref":
                default_ref = self.default.name
        return {"var": self.var, "required": self.required, "has_default": self.default is not None,
                "default": default, "default_ref": default_ref, "form": self.form,
                "span": self.span.to_list(), "path": self.path, "setting": self.setting,
                "in_function": self.in_function, "guarded": self.guarded}


@dataclass
class StarImport:
    module: str
    span: Span
    path: str | None  # resolved file
    optional: bool  # inside try: a missing module is expected
    problem: str | None = None
    origin: str | None = None  # the file the import statement is in (None: this file)
    brings: list[str] = field(default_factory=list)  # every file its chain merged in


@dataclass
class Resolved:
    vars: list[str] = field(default_factory=list)
    const: Any = None
    required: bool = False
    dynamic: str | None = None
    scheme: str | None = None  # with dynamic: the URL scheme it spells out, when it does
    via: list[str] = field(default_factory=list)
    span: Span | None = None
    path: str | None = None
    var_spans: list[tuple[Span, str | None]] = field(default_factory=list)
    const_span: Span | None = None
    const_path: str | None = None

    def to_fact(self) -> dict[str, Any]:
        return {"vars": self.vars, "const": self.const if _jsonable(self.const) else None,
                "required": self.required, "dynamic": self.dynamic, "scheme": self.scheme, "via": self.via,
                "span": self.span.to_list() if self.span else None, "path": self.path}


@dataclass
class SettingsModel:
    path: Path | None = None
    settings: dict[str, Assignment] = field(default_factory=dict)
    assignments: list[Assignment] = field(default_factory=list)
    env_reads: list[EnvRead] = field(default_factory=list)
    # Code that loads an env file itself (`environ.Env.read_env()`, `load_dotenv()`, and
    # python-decouple's `config`): (what, span, path).
    env_loaders: list[tuple[str, Span, str | None]] = field(default_factory=list)
    imports: list[StarImport] = field(default_factory=list)
    problems: list[ParseProblem] = field(default_factory=list)
    dependencies: list[Path] = field(default_factory=list)
    pyproject: tuple[str, list] | None = None
    production: bool = False
    parsed: bool = True
    _reader_names: dict = field(default_factory=dict, repr=False)  # what `import *` of it brings

    # -- resolution -----------------------------------------------------------------

    def resolve(self, value: Value | None, _depth: int = 0, _seen: frozenset = frozenset()) -> Resolved:
        """Follow refs and env defaults to what a value ends up being."""
        result = Resolved()
        current = value
        seen = set(_seen)
        while current is not None and _depth < 20:
            _depth += 1
            if result.span is None:
                result.span, result.path = current.span, current.path
            if current.kind == "env":
                result.vars.append(current.var or "")
                result.var_spans.append((current.var_span or current.span, current.path))
                if current.default is None:
                    result.required = True
                    return result
                current = current.default
                continue
            if current.kind == "ref":
                name = current.name or ""
                target = self.settings.get(name)
                if target is None or name in seen:
                    result.dynamic = f"`{name}`, which is not a setting sumlint can see"
                    return result
                seen.add(name)
                result.via.append(name)
                current = target.value
                continue
            if current.kind == "const":
                result.const = current.const
                result.const_span, result.const_path = current.span, current.path
                if result.span is None or not result.vars:
                    result.span, result.path = current.span, current.path
                return result
            if current.kind == "dynamic":
                result.dynamic, result.scheme = current.reason, current.scheme
                return result
            result.dynamic = f"a {current.kind} where a single value is expected"
            return result
        return result

    def locate(self, span: Span | None, path: str | None) -> tuple[Span, str | None]:
        """Where to report a token: itself when it is in this file, else the star import of
        this file that brings its file in. Returns (span in this file, the token's file or None)."""
        if span is None:
            return Span(1, 1, 1, 1), None
        if path is None:
            return span, None
        for star in self.imports:
            if star.origin is None and path in star.brings:
                return star.span, path
        return Span(1, 1, 1, 1), path

    def caches(self) -> dict[str, dict[str, Any]]:
        return _aliases(self, "CACHES", "BACKEND")

    def databases(self) -> dict[str, dict[str, Any]]:
        return _aliases(self, "DATABASES", "ENGINE")

    def celery(self) -> dict[str, Resolved | None]:
        found: dict[str, Resolved | None] = {"broker": None, "result_backend": None}
        for key, names in (("broker", CELERY_BROKER), ("result_backend", CELERY_RESULT)):
            for name in names:
                if name in self.settings:
                    resolved = self.resolve(self.settings[name].value)
                    resolved.via.insert(0, name)
                    found[key] = resolved
                    break
        return found


def _aliases(model: SettingsModel, setting: str, key: str) -> dict[str, dict[str, Any]]:
    """CACHES/DATABASES: alias -> {backend|engine, spans, location resolved}."""
    assignment = model.settings.get(setting)
    if assignment is None:
        return {}
    value = assignment.value
    if value.kind == "ref":
        target = model.settings.get(value.name or "")
        if target is not None and target.value.kind == "dict":
            value = target.value
    if value.kind != "dict":
        return {"*": {"dynamic": value.reason or f"a {value.kind}", "span": value.span,
                      "path": value.path, "value": value}}
    found: dict[str, dict[str, Any]] = {}
    for alias, config in value.items.items():
        entry: dict[str, Any] = {"span": config.span, "path": config.path,
                                 "alias_span": value.key_spans.get(alias, config.span)}
        if config.kind == "env" and config.form.startswith("env.") and (
                config.form.endswith(("cache", "cache_url", "db", "db_url"))):
            entry["from_url"] = model.resolve(config)
            found[alias] = entry
            continue
        if config.kind != "dict":
            entry["dynamic"] = config.reason or f"a {config.kind}"
            found[alias] = entry
            continue
        backend = config.items.get(key)
        if backend is not None:
            resolved = model.resolve(backend)
            entry["backend"] = resolved.const if isinstance(resolved.const, str) else None
            entry["backend_span"] = resolved.span or backend.span
            entry["backend_path"] = resolved.path
            if entry["backend"] is None:
                entry["dynamic"] = resolved.dynamic or "the environment"
        location = config.items.get("LOCATION") if key == "BACKEND" else None
        if location is not None:
            if location.kind == "list" and location.elements:
                location = location.elements[0]
            entry["location"] = model.resolve(location)
            entry["location_span"] = location.span
        found[alias] = entry
    return found


def _jsonable(value: Any) -> bool:
    if value is None or isinstance(value, (str, int, float, bool)):
        return True
    if isinstance(value, (list, tuple)):
        return all(_jsonable(v) for v in value)
    if isinstance(value, dict):
        return all(isinstance(k, str) and _jsonable(v) for k, v in value.items())
    return False


def is_production(relpath: str, patterns: tuple[str, ...] | list[str] | None = None) -> bool:
    """Whether a settings file (path relative to the project root) is production settings."""
    return any(glob_match(relpath, p) for p in (patterns if patterns is not None else DEFAULT_PRODUCTION))


# -- parsing --------------------------------------------------------------------------

def parse(source, ctx=None) -> SettingsModel:
    """Parse a settings module and the bases it star-imports. Never raises."""
    path = Path(source.path) if getattr(source, "path", None) else None
    model = _parse_module(source.text, path, None, {path.resolve()} if path else set(), 0)
    config = getattr(ctx, "config", None)
    if path is not None and config is not None and not getattr(ctx, "embedded", False):
        root = Path(config.root)
        try:
            relpath = path.resolve().relative_to(root.resolve()).as_posix()
        except ValueError:
            relpath = path.name
        patterns = config.options_for("settings").get("production-settings", DEFAULT_PRODUCTION)
        model.production = is_production(relpath, patterns)
        if path.name == "settings.py":
            # Whether a more specific production file sits next to it is part of the result:
            # the folders' listings are dependencies (the cache notices a new sibling).
            model.dependencies.extend([path.parent, path.parent / "settings"])
            if model.production and _has_production_sibling(path, root, patterns):
                model.production = False  # settings.py next to settings_production.py: the base
        _read_pyproject(model, path, root)
    return model


def _has_production_sibling(path: Path, root: Path, patterns) -> bool:
    """Whether a more specific production settings file sits next to ``settings.py``."""
    folder = path.parent
    candidates = [*folder.glob("settings_*.py"), *folder.glob("settings/*.py")]
    for candidate in candidates:
        try:
            relpath = candidate.resolve().relative_to(root.resolve()).as_posix()
        except ValueError:
            relpath = candidate.name
        if candidate.name != "settings.py" and is_production(relpath, patterns):
            return True
    return False


def parse_text(text: str, path: Path | None = None) -> SettingsModel:
    return _parse_module(text, path, None, {path.resolve()} if path else set(), 0)


def _syntax_problem(text: str) -> ParseProblem | None:
    import ast

    try:
        ast.parse(text)
    except SyntaxError as err:
        line = err.lineno or 1
        column = err.offset or 1
        lines = text.split("\n")
        line = min(max(line, 1), len(lines))
        width = len(lines[line - 1])
        column = min(max(column, 1), width + 1)  # CPython may point past the end of the line
        return ParseProblem(Span(line, column, line, min(column + 1, width + 1)),
                            f"Python syntax error: {err.msg}")
    except RecursionError:  # `X = 1 + 1 + …` thousands of terms: CPython's own limit
        return ParseProblem(Span(1, 1, 1, 1), "cannot parse the settings module: an expression "
                            "nests deeper than Python's parser can follow; settings not checked")
    except (ValueError, MemoryError) as err:
        return ParseProblem(Span(1, 1, 1, 1), f"cannot parse the settings module: {err}")
    return None


def _parse_module(text: str, path: Path | None, origin: str | None, seen: set[Path],
                  depth: int) -> SettingsModel:
    model = SettingsModel(path=path)
    problem = _syntax_problem(text)
    if problem is not None:
        model.problems.append(problem)
        model.parsed = False
        return model
    try:
        import libcst as cst
        from libcst.metadata import MetadataWrapper, PositionProvider

        cached = _TREES.get(text)
        if cached is None:
            module = cst.parse_module(text)
            positions = MetadataWrapper(module, unsafe_skip_copy=True).resolve(PositionProvider)
            if len(_TREES) >= _TREES_MAX:
                _TREES.pop(next(iter(_TREES)))
            _TREES[text] = (module, positions)
        else:
            module, positions = cached
    except Exception as err:  # libcst rejects something CPython accepts (or recursion)
        message = getattr(err, "message", None) or str(err).split("\n", 1)[0]
        if isinstance(err, RecursionError):  # e.g. `1 + 1 + …` thousands of terms long
            message = "an expression nests deeper than its parser can follow"
        model.problems.append(ParseProblem(Span(1, 1, 1, 1),
                                           f"libcst cannot parse this module ({message}); settings not checked"))
        model.parsed = False
        return model
    reader = _Reader(model, positions, origin, path, seen, depth)
    reader.lines = text.split("\n")
    try:
        reader.read_module(module)
    except RecursionError:
        model.problems.append(ParseProblem(Span(1, 1, 1, 1),
                                           "the settings module nests too deeply to be read"))
    model._reader_names = reader.exported_names()
    return model


# libcst trees with positions, by module text: a base module is read once for itself and
# again for each settings module that star-imports it. Trees are never modified.
_TREES: dict[str, tuple[object, object]] = {}
_TREES_MAX = 64


def _read_pyproject(model: SettingsModel, path: Path, root: Path) -> None:
    from sumlint.settings.requirements import parse_pyproject
    from sumlint.source import UnreadableFile, read_source

    folder = path.resolve().parent
    root = root.resolve()
    for _ in range(20):
        candidate = folder / "pyproject.toml"
        if not candidate.is_file():
            model.dependencies.append(candidate)  # absent now; the cache notices if it appears
        else:
            try:
                source = read_source(candidate, "pyproject")
            except UnreadableFile:
                return
            requirements, problems = parse_pyproject(source.text, candidate)
            model.dependencies.append(candidate)
            if requirements:
                model.pyproject = (str(candidate), requirements)
            return
        if folder == root or folder.parent == folder:
            return
        try:
            folder.relative_to(root)
        except ValueError:
            return
        folder = folder.parent


class _Reader:
    def __init__(self, model: SettingsModel, positions, origin: str | None, path: Path | None,
                 seen: set[Path], depth: int) -> None:
        self.model = model
        self.positions = positions
        self.origin = origin
        self.path = path
        self.seen = seen
        self.depth = depth
        self.os_names: set[str] = set()  # names bound to the os module
        self.environ_names: set[str] = set()  # os.environ imported by name
        self.getenv_names: set[str] = set()
        self.env_objects: dict[str, dict[str, Value | None]] = {}  # env = environ.Env(...) -> scheme defaults
        self.decouple_names: set[str] = set()
        self.decouple_modules: set[str] = set()
        self.lines: list[str] = []
        self.guarded = 0  # inside a try whose handlers catch a missing variable
        self.in_function = 0  # inside a def or class body

    def catches_missing(self, handler) -> bool:
        import libcst as cst

        if handler.type is None:
            return True
        types = handler.type.elements if isinstance(handler.type, cst.Tuple) else [handler.type]
        names = set()
        for item in types:
            node = item.value if isinstance(item, cst.Element) else item
            names.add(self.dotted(node).rsplit(".", 1)[-1])
        return bool(names & {"KeyError", "LookupError", "Exception", "BaseException",
                             "ImproperlyConfigured", "UndefinedValueError", "EnvError"})

    def exported_names(self) -> dict[str, Any]:
        """The reader names a ``from this import *`` brings into another module."""
        return {"os": set(self.os_names), "environ": set(self.environ_names),
                "getenv": set(self.getenv_names), "env": dict(self.env_objects),
                "decouple": set(self.decouple_names), "decouple_modules": set(self.decouple_modules)}

    def import_names(self, names: dict[str, Any]) -> None:
        self.os_names |= names.get("os", set())
        self.environ_names |= names.get("environ", set())
        self.getenv_names |= names.get("getenv", set())
        self.env_objects.update(names.get("env", {}))
        self.decouple_names |= names.get("decouple", set())
        self.decouple_modules |= names.get("decouple_modules", set())

    # -- positions ---------------------------------------------------------------------

    def span(self, node) -> Span:
        try:
            rng = self.positions[node]
        except KeyError:
            return Span(1, 1, 1, 1)
        return Span(rng.start.line, rng.start.column + 1, rng.end.line, rng.end.column + 1)

    def text(self, node) -> str:
        """The node's source, blanks squeezed, clipped (sliced from the text: cheap)."""
        span = self.span(node)
        lines = self.lines[span.line - 1:span.end_line]
        if not lines:
            return "..."
        if len(lines) == 1:
            code = lines[0][span.column - 1:span.end_column - 1]
        else:
            code = " ".join([lines[0][span.column - 1:], *lines[1:-1], lines[-1][:span.end_column - 1]])
        code = " ".join(code.split())
        return code if len(code) <= 40 else code[:39] + "…"

    # -- statements --------------------------------------------------------------------

    def read_module(self, module) -> None:
        self.read_block(module.body, conditional=False, in_try=False)

    def read_block(self, body, conditional: bool, in_try: bool) -> None:
        import libcst as cst

        for statement in body:
            if isinstance(statement, cst.SimpleStatementLine):
                for small in statement.body:
                    self.read_small(small, conditional, in_try)
            elif isinstance(statement, cst.If):
                self.collect_reads(statement.test, None)
                self.read_block(statement.body.body, True, in_try)
                orelse = statement.orelse
                while orelse is not None:
                    if isinstance(orelse, cst.If):
                        self.collect_reads(orelse.test, None)
                        self.read_block(orelse.body.body, True, in_try)
                        orelse = orelse.orelse
                    else:
                        self.read_block(orelse.body.body, True, in_try)
                        orelse = None
            elif isinstance(statement, cst.Try):
                # `try: X = os.environ["X"] except KeyError: ...` makes the read optional.
                guarded = any(self.catches_missing(h) for h in statement.handlers)
                self.guarded += guarded
                try:
                    self.read_block(statement.body.body, conditional, True)
                finally:
                    self.guarded -= guarded
                for handler in statement.handlers:
                    self.read_block(handler.body.body, True, in_try)
                if statement.orelse is not None:
                    self.read_block(statement.orelse.body.body, True, in_try)
                if statement.finalbody is not None:
                    self.read_block(statement.finalbody.body.body, conditional, in_try)
            elif isinstance(statement, cst.With):
                for item in statement.items:
                    self.collect_reads(item.item, None)
                self.read_block(statement.body.body, conditional, in_try)
            else:
                # def/class/for/while: env reads inside are recorded (flagged when inside a
                # function or class body: they may never run); assignments are not.
                body_only = isinstance(statement, (cst.FunctionDef, cst.ClassDef))
                self.in_function += body_only
                try:
                    self.collect_reads(statement, None)
                finally:
                    self.in_function -= body_only

    def read_small(self, small, conditional: bool, in_try: bool) -> None:
        import libcst as cst

        if isinstance(small, cst.Import):
            for alias in small.names:
                name = self.dotted(alias.name)
                bound = alias.asname.name.value if alias.asname and isinstance(alias.asname.name, cst.Name) else None
                if name == "os":
                    self.os_names.add(bound or "os")
                elif name == "decouple":
                    self.decouple_modules.add(bound or "decouple")
                    self.model.env_loaders.append(("python-decouple", self.span(small), self.origin))
            return
        if isinstance(small, cst.ImportFrom):
            self.read_import_from(small, in_try)
            return
        if isinstance(small, cst.Assign):
            value = self.value(small.value)
            self.note_env_object(small.targets, small.value)
            for target in small.targets:
                self.assign_target(target.target, value, conditional, small.value)
            self.collect_reads(small.value, self.target_name(small.targets[0].target))
            return
        if isinstance(small, cst.AnnAssign):
            if small.value is not None:
                value = self.value(small.value)
                self.assign_target(small.target, value, conditional, small.value)
                self.collect_reads(small.value, self.target_name(small.target))
            return
        if isinstance(small, cst.AugAssign):
            name = self.target_name(small.target)
            if name:
                previous = self.model.settings.get(name)
                value = Value("dynamic", self.span(small.value), reason=f"`{name}` is extended with `{small.operator.__class__.__name__}`")
                if previous is not None and previous.value.kind in ("list", "const", "dict"):
                    value = previous.value  # extending a list keeps its items for our purposes
                assignment = Assignment(name, value, self.span(small.target), conditional=conditional,
                                        augmented=True)
                self.record(assignment)
            self.collect_reads(small.value, name)
            return
        self.collect_reads(small, None)

    def read_import_from(self, node, in_try: bool) -> None:
        import libcst as cst

        module = self.dotted(node.module) if node.module is not None else ""
        dots = len(node.relative)
        if module == "os" and dots == 0 and not isinstance(node.names, cst.ImportStar):
            for alias in node.names:
                name = self.dotted(alias.name)
                bound = alias.asname.name.value if alias.asname and isinstance(alias.asname.name, cst.Name) else name
                if name == "environ":
                    self.environ_names.add(bound)
                elif name == "getenv":
                    self.getenv_names.add(bound)
            return
        if module == "decouple" and dots == 0 and not isinstance(node.names, cst.ImportStar):
            self.model.env_loaders.append(("python-decouple", self.span(node), self.origin))
            for alias in node.names:
                name = self.dotted(alias.name)
                bound = alias.asname.name.value if alias.asname and isinstance(alias.asname.name, cst.Name) else name
                if name == "config":
                    self.decouple_names.add(bound)
            return
        if not isinstance(node.names, cst.ImportStar):
            return
        self.star_import(node, module, dots, in_try)

    def star_import(self, node, module: str, dots: int, in_try: bool) -> None:
        span = self.span(node)
        text = "." * dots + module
        target: Path | None = None
        if self.path is not None:
            folder = self.path.parent
            if dots == 1 and module and "." not in module:
                target = folder / f"{module}.py"
            elif dots == 0 and "." in module:
                parts = module.split(".")
                if parts[-2] == folder.name:
                    target = folder / f"{parts[-1]}.py"
            elif dots == 0 and module and (folder / f"{module}.py").is_file():
                target = folder / f"{module}.py"  # `from settings_base import *` next to it
        if target is None:
            if not in_try and dots == 0 and module.count(".") == 0:
                return  # `from somelib import *`: not a settings base
            if not in_try:
                self.model.imports.append(StarImport(
                    text, span, None, in_try,
                    f"`from {text} import *` is not a module in the same folder; its settings are not followed",
                    origin=self.origin))
            return
        resolved = target.resolve()
        star = StarImport(text, span, str(resolved), in_try, origin=self.origin)
        self.model.imports.append(star)
        if not target.is_file():
            if not in_try:
                star.problem = f"`{text}` does not exist next to this file ({target.name})"
            star.path = None
            self.model.dependencies.append(resolved)  # absent now; the cache notices if it appears
            return
        if resolved in self.seen or self.depth >= 10:
            return
        from sumlint.source import UnreadableFile, read_source

        try:
            source = read_source(target, "settings")
        except UnreadableFile as err:
            star.problem = f"cannot read `{target.name}`: {err.message}"
            return
        self.seen.add(resolved)
        self.model.dependencies.append(resolved)
        star.brings.append(str(resolved))
        base = _parse_module(source.text, target, str(resolved), self.seen, self.depth + 1)
        if not base.parsed:
            star.problem = f"`{target.name}` could not be parsed: {base.problems[0].message}"
        self.model.dependencies.extend(d for d in base.dependencies if d not in self.model.dependencies)
        star.brings.extend(str(d) for d in base.dependencies if d.suffix == ".py")
        self.model.imports.extend(i for i in base.imports)
        self.import_names(getattr(base, "_reader_names", {}))
        for assignment in base.assignments:
            self.record(assignment)
        self.model.env_reads.extend(base.env_reads)
        self.model.env_loaders.extend(base.env_loaders)

    def record(self, assignment: Assignment) -> None:
        if self.origin is not None and assignment.path is None:
            assignment.path = self.origin
            assignment.value.with_path(self.origin)
        self.model.assignments.append(assignment)
        self.model.settings[assignment.name] = assignment

    def target_name(self, target) -> str | None:
        import libcst as cst

        return target.value if isinstance(target, cst.Name) else None

    def assign_target(self, target, value: Value, conditional: bool, node) -> None:
        import libcst as cst

        if isinstance(target, cst.Name):
            self.record(Assignment(target.value, value, self.span(target), conditional=conditional))
            return
        if isinstance(target, cst.Subscript):
            # CACHES["default"]["LOCATION"] = ...: update the static dict in place.
            keys: list[str] = []
            base = target
            while isinstance(base, cst.Subscript):
                key = self.subscript_key(base)
                if key is None:
                    return
                keys.insert(0, key)
                base = base.value
            if not isinstance(base, cst.Name) or base.value not in self.model.settings:
                return
            container = self.model.settings[base.value].value
            for key in keys[:-1]:
                if container.kind != "dict" or key not in container.items:
                    return
                container = container.items[key]
            if container.kind == "dict":
                if self.origin is not None:
                    value.with_path(self.origin)
                container.items[keys[-1]] = value
                container.key_spans[keys[-1]] = self.span(target)

    def subscript_key(self, node) -> str | None:
        import libcst as cst

        if len(node.slice) != 1 or not isinstance(node.slice[0].slice, cst.Index):
            return None
        inner = node.slice[0].slice.value
        if isinstance(inner, (cst.SimpleString, cst.ConcatenatedString)):
            value = inner.evaluated_value
            return value if isinstance(value, str) else None
        return None

    def note_env_object(self, targets, value) -> None:
        """``env = environ.Env(DEBUG=(bool, False))``: remember ``env`` and its scheme defaults."""
        import libcst as cst

        if not isinstance(value, cst.Call):
            return
        func = self.dotted(value.func)
        if func not in ("environ.Env", "Env", "environs.Env", "environ.FileAwareEnv", "FileAwareEnv"):
            return
        scheme: dict[str, Value | None] = {}
        for arg in value.args:
            if arg.keyword is None:
                continue
            default = None
            if isinstance(arg.value, cst.Tuple) and len(arg.value.elements) >= 2:
                default = self.value(arg.value.elements[1].value)
            scheme[arg.keyword.value] = default
        for target in targets:
            if isinstance(target.target, cst.Name):
                self.env_objects[target.target.value] = scheme

    def dotted(self, node) -> str:
        import libcst as cst

        if isinstance(node, cst.Name):
            return node.value
        if isinstance(node, cst.Attribute):
            left = self.dotted(node.value)
            return f"{left}.{node.attr.value}" if left else ""
        return ""

    # -- values ------------------------------------------------------------------------

    def value(self, node, depth: int = 0) -> Value:
        import libcst as cst

        span = self.span(node)
        if depth > 30:
            return Value("dynamic", span, reason="an expression nested too deeply")
        if isinstance(node, (cst.SimpleString, cst.ConcatenatedString)):
            try:
                evaluated = node.evaluated_value
            except Exception:
                evaluated = None
            if isinstance(evaluated, (str, bytes)):
                return Value("const", span, const=evaluated if isinstance(evaluated, str) else evaluated.decode("utf-8", "replace"))
            return Value("dynamic", span, reason=f"`{self.text(node)}`")
        if isinstance(node, cst.Integer):
            try:
                return Value("const", span, const=int(node.value.replace("_", ""), 0))
            except ValueError:
                return Value("dynamic", span, reason=node.value)
        if isinstance(node, cst.Float):
            try:
                return Value("const", span, const=float(node.value.replace("_", "")))
            except ValueError:
                return Value("dynamic", span, reason=node.value)
        if isinstance(node, cst.Name):
            if node.value in ("True", "False", "None"):
                return Value("const", span, const={"True": True, "False": False, "None": None}[node.value])
            return Value("ref", span, name=node.value)
        if isinstance(node, cst.UnaryOperation) and isinstance(node.operator, cst.Minus) and isinstance(
                node.expression, (cst.Integer, cst.Float)):
            inner = self.value(node.expression, depth + 1)
            if inner.kind == "const":
                return Value("const", span, const=-inner.const)
        if isinstance(node, cst.Dict):
            result = Value("dict", span)
            for element in node.elements:
                if not isinstance(element, cst.DictElement):
                    continue  # **other: not followed
                key = element.key
                if isinstance(key, (cst.SimpleString, cst.ConcatenatedString)):
                    k = key.evaluated_value
                    if isinstance(k, str):
                        result.items[k] = self.value(element.value, depth + 1)
                        result.key_spans[k] = self.span(key)
            return result
        if isinstance(node, (cst.List, cst.Tuple, cst.Set)):
            return Value("list", span, elements=[self.value(e.value, depth + 1) for e in node.elements
                                                  if isinstance(e, cst.Element)])
        if isinstance(node, cst.Call):
            read = self.env_read(node)
            if read is not None:
                return read
            func = self.dotted(node.func)
            if func in _CASTS and len(node.args) == 1 and node.args[0].keyword is None:
                inner = self.value(node.args[0].value, depth + 1)
                if inner.kind in ("env", "const", "ref"):
                    return inner
            if func == "dict" and all(a.keyword is not None for a in node.args):
                result = Value("dict", span)
                for arg in node.args:
                    result.items[arg.keyword.value] = self.value(arg.value, depth + 1)
                    result.key_spans[arg.keyword.value] = self.span(arg.keyword)
                return result
            return Value("dynamic", span, reason=f"a call to {self.text(node.func)}()")
        if isinstance(node, cst.Subscript):
            read = self.env_read(node)
            if read is not None:
                return read
            return Value("dynamic", span, reason=f"`{self.text(node)}`")
        if isinstance(node, cst.BinaryOperation) and isinstance(node.operator, cst.Add):
            left, right = self.value(node.left, depth + 1), self.value(node.right, depth + 1)
            if left.kind == "const" and right.kind == "const" and isinstance(left.const, str) and isinstance(right.const, str):
                return Value("const", span, const=left.const + right.const)
        if isinstance(node, cst.FormattedString):
            # f"{REDIS_URL}/1", f"{env('REDIS_URL')}": the scheme, host and port are those of
            # the leading expression (a database number or path after it changes neither).
            parts = node.parts
            if parts and isinstance(parts[0], cst.FormattedStringExpression) and \
                    parts[0].conversion is None and parts[0].format_spec is None:
                rest = "".join(p.value for p in parts[1:] if isinstance(p, cst.FormattedStringText))
                if all(isinstance(p, cst.FormattedStringText) for p in parts[1:]) and \
                        not rest.startswith((":", "@", ".")):
                    inner = self.value(parts[0].expression, depth + 1)
                    if inner.kind in ("env", "ref"):
                        return inner
            lead = parts[0].value if parts and isinstance(parts[0], cst.FormattedStringText) else ""
            scheme = _SCHEME_RE.match(lead)  # f"redis://{REDIS_HOST}:6379/1": a Redis URL, whatever the host
            return Value("dynamic", span, reason=f"the f-string `{self.text(node)}`",
                         scheme=scheme[1].lower() if scheme else None)
        return Value("dynamic", span, reason=f"`{self.text(node)}`")

    # -- environment reads -------------------------------------------------------------

    def env_read(self, node) -> Value | None:
        """An environment read in ``node`` itself, as an env Value, or None."""
        import libcst as cst

        span = self.span(node)
        if isinstance(node, cst.Subscript):
            container = self.dotted(node.value)
            if self.is_environ(container):
                key = node.slice[0].slice.value if len(node.slice) == 1 and isinstance(node.slice[0].slice, cst.Index) else None
                var = self.static_str(key)
                if var is None:
                    return None
                return Value("env", span, var=var, required=True, form="os.environ[]",
                             var_span=self.span(key))
            return None
        if not isinstance(node, cst.Call):
            return None
        func = self.dotted(node.func)
        positional = [a for a in node.args if a.keyword is None and not a.star]
        keywords = {a.keyword.value: a for a in node.args if a.keyword is not None}
        if not func:
            return None
        head, _, method = func.rpartition(".")
        # os.environ.get / os.getenv / getenv
        if (method == "get" and self.is_environ(head)) or (method == "getenv" and head in self.os_names) or (
                not head and func in self.getenv_names):
            if not positional:
                return None
            var = self.static_str(positional[0].value)
            if var is None:
                return None
            default_node = positional[1].value if len(positional) > 1 else (
                keywords["default"].value if "default" in keywords else None)
            default = self.value(default_node, 1) if default_node is not None else Value("const", span, const=None)
            form = "os.getenv" if method == "getenv" or func in self.getenv_names else "os.environ.get"
            return Value("env", span, var=var, required=False, default=default, form=form,
                         var_span=self.span(positional[0].value))
        # python-decouple: config("X", default=..., cast=...)
        if (not head and func in self.decouple_names) or (method == "config" and head in self.decouple_modules):
            if not positional:
                return None
            var = self.static_str(positional[0].value)
            if var is None:
                return None
            default_node = keywords["default"].value if "default" in keywords else (
                positional[1].value if len(positional) > 1 else None)
            default = self.value(default_node, 1) if default_node is not None else None
            return Value("env", span, var=var, required=default is None, default=default,
                         form="decouple.config", var_span=self.span(positional[0].value))
        # django-environ / environs
        env_name = head if head else func
        if env_name not in self.env_objects:
            return None
        scheme = self.env_objects[env_name]
        method = method if head else "__call__"
        if method in _ENV_URL_METHODS:
            implicit = _ENV_URL_METHODS[method]
            var_node = positional[0].value if positional else (keywords["var"].value if "var" in keywords else None)
            var = self.static_str(var_node) if var_node is not None else implicit
            if var is None:
                return None
            default_node = keywords["default"].value if "default" in keywords else (
                positional[1].value if len(positional) > 1 else None)
            default = self.value(default_node, 1) if default_node is not None else None
            return Value("env", span, var=var, required=default is None, default=default,
                         form=f"env.{method}", var_span=self.span(var_node) if var_node is not None else span)
        if method not in _ENV_METHODS_DEFAULT_POS:
            return None
        if not positional:
            return None
        var = self.static_str(positional[0].value)
        if var is None:
            return None
        pos = _ENV_METHODS_DEFAULT_POS[method]
        default_node = keywords["default"].value if "default" in keywords else (
            positional[pos].value if len(positional) > pos else None)
        default = self.value(default_node, 1) if default_node is not None else None
        if default is None and var in scheme:
            default = scheme[var]
        required = default is None and var not in scheme
        return Value("env", span, var=var, required=required, default=default,
                     form="env()" if method == "__call__" else f"env.{method}",
                     var_span=self.span(positional[0].value))

    def is_environ(self, dotted: str) -> bool:
        if dotted in self.environ_names:
            return True
        head, _, tail = dotted.rpartition(".")
        return tail == "environ" and head in self.os_names

    def static_str(self, node) -> str | None:
        import libcst as cst

        if isinstance(node, (cst.SimpleString, cst.ConcatenatedString)):
            try:
                value = node.evaluated_value
            except Exception:
                return None
            return value if isinstance(value, str) else None
        return None

    def collect_reads(self, node, setting: str | None) -> None:
        """Every environment read anywhere under ``node``."""
        import libcst as cst

        # Walking a libcst tree is slow: only walk code that mentions a reader at all.
        triggers = ("environ", "getenv", "dotenv", "read_env", *self.environ_names, *self.getenv_names,
                    *self.env_objects, *self.decouple_names, *self.decouple_modules)
        if self.lines:
            span = self.span(node)
            chunk = "\n".join(self.lines[span.line - 1:span.end_line])
            if not any(t in chunk for t in triggers):
                return
        reader = self

        class Visitor(cst.CSTVisitor):
            def visit_Call(self, call) -> bool:
                reader.note(call, setting)
                return True

            def visit_Subscript(self, sub) -> bool:
                reader.note(sub, setting)
                return True

        node.visit(Visitor())

    def note(self, node, setting: str | None) -> None:
        import libcst as cst

        if isinstance(node, cst.Call):
            func = self.dotted(node.func)
            tail = func.rsplit(".", 1)[-1]
            if tail in ("read_env", "load_dotenv", "read_dotenv", "dotenv_values"):
                self.model.env_loaders.append((f"{func}()", self.span(node), self.origin))
        value = self.env_read(node)
        if value is None or value.var is None:
            return
        value.with_path(self.origin)
        default = value.default
        self.model.env_reads.append(EnvRead(
            var=value.var, required=value.required and not self.guarded, form=value.form,
            span=value.var_span or value.span, default=default, setting=setting, path=self.origin,
            in_function=bool(self.in_function), guarded=bool(self.guarded)))


# -- facts ----------------------------------------------------------------------------

def facts(model: SettingsModel, ctx=None) -> dict[str, Any]:
    settings = {name: {"value": a.value.to_fact(), "span": a.span.to_list(), "path": a.path,
                       "conditional": a.conditional}
                for name, a in model.settings.items()}
    caches = {}
    for alias, entry in model.caches().items():
        caches[alias] = _alias_fact(entry)
    databases = {}
    for alias, entry in model.databases().items():
        fact = _alias_fact(entry)
        fact["engine"] = fact.pop("backend", None)
        databases[alias] = fact
    celery = {k: (v.to_fact() if v is not None else None) for k, v in model.celery().items()}
    urls: list[list[Any]] = []
    for assignment in model.assignments:
        _collect_urls(assignment.value, urls)
    for read in model.env_reads:
        if read.default is not None:
            _collect_urls(read.default, urls)
    unique_urls = []
    seen = set()
    for url in urls:
        key = (url[0], tuple(url[1]), url[2])
        if key not in seen:
            seen.add(key)
            unique_urls.append(url)
    dynamic = [{"setting": a.name, "reason": a.value.reason, "span": a.value.span.to_list(), "path": a.path}
               for a in model.settings.values() if a.value.kind == "dynamic" and a.name.isupper()]
    pyproject = None
    if model.pyproject is not None:
        pyproject = {"path": model.pyproject[0], "requirements": [r.to_fact() for r in model.pyproject[1]]}
    env_reads = []
    seen_reads = set()
    for read in model.env_reads:
        key = (read.var, read.span, read.path)
        if key not in seen_reads:
            seen_reads.add(key)
            env_reads.append(read.to_fact())
    return {
        "production": model.production,
        "parsed": model.parsed,
        "chain": [str(p) for p in model.dependencies if p.suffix == ".py" and p.is_file()],
        "settings": settings,
        "env_reads": env_reads,
        "env_loaders": [[what, span.to_list(), path] for what, span, path in model.env_loaders],
        "caches": caches,
        "databases": databases,
        "celery": celery,
        "urls": unique_urls,
        "dynamic": dynamic,
        "imports": [{"module": i.module, "span": i.span.to_list(), "path": i.path, "problem": i.problem}
                    for i in model.imports],
        "pyproject": pyproject,
    }


def _alias_fact(entry: dict[str, Any]) -> dict[str, Any]:
    fact: dict[str, Any] = {"span": entry["span"].to_list(), "path": entry.get("path")}
    if "backend" in entry:
        fact["backend"] = entry["backend"]
        fact["backend_span"] = entry["backend_span"].to_list()
        fact["backend_path"] = entry.get("backend_path")
    if "location" in entry:
        fact["location"] = entry["location"].to_fact()
    if "from_url" in entry:
        fact["from_url"] = entry["from_url"].to_fact()
    if "dynamic" in entry:
        fact["dynamic"] = entry["dynamic"]
    return fact


def _collect_urls(value: Value, out: list[list[Any]]) -> None:
    if value.kind == "const" and isinstance(value.const, str) and URL_RE.match(value.const):
        out.append([value.const, value.span.to_list(), value.path])
    elif value.kind == "env" and value.default is not None:
        _collect_urls(value.default, out)
    elif value.kind == "dict":
        for item in value.items.values():
            _collect_urls(item, out)
    elif value.kind == "list":
        for element in value.elements:
            _collect_urls(element, out)
