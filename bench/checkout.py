"""Make a bench script run the checkout it sits in, rules included.

``pip install -e .`` maps ``sumlint.rules`` to the installed checkout's ``rules/`` folder with a
finder of its own, so a script in a second checkout (a ``git worktree`` of an older commit, for
an A/B measurement) that only puts its folder first on ``sys.path`` runs its own engine with the
*installed* checkout's rules. ``use_checkout(root)`` puts ``root`` first and loads
``sumlint.rules`` from ``root/rules`` before anything imports it.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path


def use_checkout(root: Path) -> None:
    if str(root) not in sys.path:
        sys.path.insert(0, str(root))
    init = root / "rules" / "__init__.py"
    if "sumlint.rules" in sys.modules or not init.is_file():
        return  # (already loaded, as in the test run that imports a script: the same checkout)
    import sumlint

    spec = importlib.util.spec_from_file_location("sumlint.rules", init, submodule_search_locations=[str(root / "rules")])
    module = importlib.util.module_from_spec(spec)
    sys.modules["sumlint.rules"] = module
    spec.loader.exec_module(module)
    sumlint.rules = module
