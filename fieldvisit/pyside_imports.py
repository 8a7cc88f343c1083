"""Importing once PySide6 is loaded: a faster test of whether a module uses PySide.

PySide6 (6.4 and later, PYSIDE-2029) looks at every module imported after it to learn
whether it uses PySide (for its ``__feature__`` switches): it asks ``inspect.getsource``
for the module's source and searches it for "PySide6". That tokenises and line-splits
each file; at start-up (some 400 modules: SQLAlchemy, the storage models, the pages) it
cost about 0.1 s of CPU (measured with bench/bench_search.py's start child). The same
question is answered here by reading the file's bytes. Importing this module installs the
test when PySide6 is loaded already and changes nothing otherwise; modules without a
``.py`` file keep PySide's own test.
"""

from __future__ import annotations

import sys
from types import ModuleType
from typing import Any


def _install() -> None:
    feature: Any = sys.modules.get("shibokensupport.feature")
    upstream = getattr(feature, "_mod_uses_pyside", None)
    if upstream is None or getattr(upstream, "fieldvisit", False):
        return

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return bool(upstream(module))

    uses_pyside.fieldvisit = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside


_install()
