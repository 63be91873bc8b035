"""Rule discovery: every Rule subclass defined in a module under ``sumlint.rules``.

No central list: adding a rule means adding a module. Rule modules must be cheap to
import (no parser imports at module level); front-ends import their parsers lazily.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from functools import lru_cache

from sumlint.rule import Rule

CODE_RE = re.compile(r"^SUM\d{3}$")


class RegistryError(Exception):
    pass


@lru_cache(maxsize=1)
def all_rules() -> dict[str, type[Rule]]:
    """Code -> rule class, for every rule module installed under ``sumlint.rules``."""
    import sumlint.rules as package

    rules: dict[str, type[Rule]] = {}
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        if info.ispkg:
            continue
        module = importlib.import_module(info.name)
        family = info.name.split(".")[2] if info.name.count(".") >= 3 else ""
        for value in vars(module).values():
            if (isinstance(value, type) and issubclass(value, Rule)
                    and value.__module__ == module.__name__ and "code" in vars(value)):
                if not CODE_RE.match(value.code):
                    raise RegistryError(f"{info.name}: rule code {value.code!r} is not SUMnnn")
                if value.code in rules:
                    raise RegistryError(
                        f"rule code {value.code} defined twice: {rules[value.code].module} and {info.name}")
                value.family = family
                value.module = info.name
                value.doc = (module.__doc__ or "").strip()
                rules[value.code] = value
    return dict(sorted(rules.items()))


def family_options() -> dict[str, dict[str, object]]:
    """Family -> option name -> Option, merged over the family's rules."""
    families: dict[str, dict[str, object]] = {}
    for rule in all_rules().values():
        if rule.family:
            families.setdefault(rule.family, {}).update(rule.options)
    return families
