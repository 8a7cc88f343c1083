"""FieldVisit: customer cards, contact records, visit plans and co-visit reports, offline."""

import sys
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path


def _version() -> str:
    frozen_dir = getattr(sys, "_MEIPASS", None)
    if frozen_dir is not None:  # PyInstaller bundle: build.spec writes the version file
        return (Path(frozen_dir) / "fieldvisit_version.txt").read_text(encoding="utf-8").strip()
    try:
        return version("fieldvisit")
    except PackageNotFoundError:  # a source tree that was not installed
        return "0+unknown"


__version__ = _version()
