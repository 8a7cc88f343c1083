"""FieldVisit: customer cards, contact records, visit plans and co-visit reports, offline."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def _version() -> str:
    frozen_dir = getattr(sys, "_MEIPASS", None)
    if frozen_dir is not None:  # PyInstaller bundle: build.spec writes the version file
        return (Path(frozen_dir) / "fieldvisit_version.txt").read_text(encoding="utf-8").strip()
    # Imported here: importlib.metadata scans every installed package (~25 ms of start-up).
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("fieldvisit")
    except PackageNotFoundError:  # a source tree that was not installed
        return "0+unknown"


def __getattr__(name: str) -> str:
    """``fieldvisit.__version__``, looked up only when asked for."""
    if name == "__version__":
        return _version()
    raise AttributeError(f"module 'fieldvisit' has no attribute {name!r}")
