"""Rule discovery: every Rule subclass defined in a module under ``sumlint.rules``.

No central list: adding a rule means adding a module. Rule modules must be cheap to
import (no parser imports at module level); front-ends import their parsers lazily.

``all_rules()`` imports every rule module. ``rule_index()`` gives the rules' metadata
(code, family, kinds, severity, options...) without importing them when a saved index for
exactly this code exists (in the user's cache folder, keyed by a fingerprint of sumlint's
modules): a warm ``sumlint check`` whose files all come from the cache then imports only
the project rules it runs. ``load_rule(code)`` imports one rule.
"""

from __future__ import annotations

import importlib
import json
import os
import sys
from dataclasses import field
from functools import lru_cache
from pathlib import Path
from typing import Any

from sumlint.diagnostics import Severity
from sumlint.lazyre import LazyPattern
from sumlint.records import record
from sumlint.rule import Option, Rule

CODE_RE = LazyPattern(r"^SUM\d{3}$")
INDEX_FORMAT = 1
_TYPES = {t.__name__: t for t in (bool, int, float, str, list, dict, tuple, type(None))}


class RegistryError(Exception):
    pass


def _annotate(value: type[Rule], module_name: str, module) -> None:
    value.family = module_name.split(".")[2] if module_name.count(".") >= 3 else ""
    value.module = module_name
    value.doc = (module.__doc__ or "").strip()


def _rules_in(module, module_name: str) -> list[type[Rule]]:
    return [value for value in vars(module).values()
            if isinstance(value, type) and issubclass(value, Rule)
            and value.__module__ == module.__name__ and "code" in vars(value)]


@lru_cache(maxsize=1)
def all_rules() -> dict[str, type[Rule]]:
    """Code -> rule class, for every rule module installed under ``sumlint.rules``."""
    import pkgutil

    import sumlint.rules as package

    rules: dict[str, type[Rule]] = {}
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        if info.ispkg:
            continue
        module = importlib.import_module(info.name)
        for value in _rules_in(module, info.name):
            if not CODE_RE.match(value.code):
                raise RegistryError(f"{info.name}: rule code {value.code!r} is not SUMnnn")
            if value.code in rules:
                raise RegistryError(
                    f"rule code {value.code} defined twice: {rules[value.code].module} and {info.name}")
            _annotate(value, info.name, module)
            rules[value.code] = value
    return dict(sorted(rules.items()))


_families: tuple[dict, dict] | None = None  # (the index it was merged from, the merge)


def family_options() -> dict[str, dict[str, Option]]:
    """Family -> option name -> Option, merged over the family's rules (once per index: the
    result is shared, so callers read it and never change it)."""
    global _families
    index = rule_index()
    if _families is not None and _families[0] is index:
        return _families[1]
    families: dict[str, dict[str, Option]] = {}
    for rule in index.values():
        if rule.family:
            families.setdefault(rule.family, {}).update(rule.options)
    _families = (index, families)
    return families


# -- the index: metadata without imports --------------------------------------------------

@record(frozen=True)
class RuleInfo:
    """A rule's metadata, known without importing its module (the saved index)."""

    code: str
    name: str
    family: str
    module: str
    summary: str
    kinds: frozenset[str]
    severity: Severity
    project: bool = False
    engine: bool = False
    embedded: bool = False
    fixable: bool = False
    options: dict[str, Option] = field(default_factory=dict)

    def __init__(self, code: str, name: str, family: str, module: str, summary: str, kinds: frozenset[str],
                 severity: Severity, project: bool = False, engine: bool = False, embedded: bool = False,
                 fixable: bool = False, options: dict[str, Option] | None = None) -> None:
        self.__dict__.update(code=code, name=name, family=family, module=module, summary=summary, kinds=kinds,
                             severity=severity, project=project, engine=engine, embedded=embedded,
                             fixable=fixable, options={} if options is None else options)

    @classmethod
    def of(cls, rule: type[Rule]) -> "RuleInfo":
        return cls(rule.code, rule.name, rule.family, rule.module, rule.summary, frozenset(rule.kinds),
                   Severity(rule.severity), bool(rule.project), bool(rule.engine), bool(rule.embedded),
                   bool(rule.fixable), dict(rule.options))


_index: dict[str, RuleInfo] | None = None


def _patched() -> bool:
    """Tests replace ``all_rules`` with a plain function: then the index follows it."""
    return getattr(all_rules, "cache_info", None) is None


def rule_index() -> dict[str, RuleInfo]:
    global _index
    if _patched():
        return {code: RuleInfo.of(rule) for code, rule in all_rules().items()}
    if _index is None:
        if all_rules.cache_info().currsize:
            _index = {code: RuleInfo.of(rule) for code, rule in all_rules().items()}
        else:
            _index = _load_index()
            if _index is None:
                _index = {code: RuleInfo.of(rule) for code, rule in all_rules().items()}
                _save_index(_index)
    return _index


def load_rule(code: str) -> type[Rule]:
    """One rule's class, importing only its module when the others are not needed."""
    if _patched() or all_rules.cache_info().currsize:
        return all_rules()[code]
    info = rule_index()[code]
    module = importlib.import_module(info.module)
    for value in _rules_in(module, info.module):
        if value.code == code:
            _annotate(value, info.module, module)
            return value
    return all_rules()[code]  # the index is stale: fall back to discovery


def _index_path() -> Path | None:
    from sumlint import __version__
    from sumlint.cache import code_fingerprint

    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    if not base or base.startswith("~"):
        return None
    key = f"{__version__}-py{sys.version_info[0]}{sys.version_info[1]}-{code_fingerprint()}"
    return Path(base) / "sumlint" / f"rules-{key}.json"


def _encode_type(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, tuple):
        return [_encode_type(v) for v in value]
    if isinstance(value, type) and _TYPES.get(value.__name__) is value:
        return value.__name__
    raise TypeError(value)


def _decode_type(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, list):
        return tuple(_decode_type(v) for v in value)
    return _TYPES[value]


def _save_index(index: dict[str, RuleInfo]) -> None:
    try:
        path = _index_path()
        if path is None:
            return
        data = {"format": INDEX_FORMAT, "rules": [
            {"code": r.code, "name": r.name, "family": r.family, "module": r.module, "summary": r.summary,
             "kinds": sorted(r.kinds), "severity": int(r.severity), "project": r.project, "engine": r.engine,
             "embedded": r.embedded, "fixable": r.fixable,
             "options": {n: [o.default, o.help, _encode_type(o.type)] for n, o in r.options.items()}}
            for r in index.values()]}
        blob = json.dumps(data, allow_nan=False).encode()
        path.parent.mkdir(parents=True, exist_ok=True)
        import tempfile

        fd, temp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        with os.fdopen(fd, "wb") as handle:
            handle.write(blob)
        os.replace(temp, path)
    except (OSError, TypeError, ValueError):
        pass  # an option default that is not JSON, a read-only home: no index, full imports


def _load_index() -> dict[str, RuleInfo] | None:
    try:
        path = _index_path()
        if path is None:
            return None
        data = json.loads(path.read_bytes())
        if data.get("format") != INDEX_FORMAT:
            return None
        index = {}
        for r in data["rules"]:
            options = {n: Option(default, help_text, _decode_type(kind))
                       for n, (default, help_text, kind) in r["options"].items()}
            index[r["code"]] = RuleInfo(r["code"], r["name"], r["family"], r["module"], r["summary"],
                                        frozenset(r["kinds"]), Severity(r["severity"]), bool(r["project"]),
                                        bool(r["engine"]), bool(r["embedded"]), bool(r["fixable"]), options)
        return index
    except (OSError, ValueError, KeyError, TypeError):
        return None
