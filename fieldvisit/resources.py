"""Where the bundled resources (translations, icons, fonts, checklist templates) live."""

from __future__ import annotations

import sys
from pathlib import Path

import fieldvisit


def resource_root() -> Path:
    """``resources/`` of a PyInstaller bundle or, from a source checkout, of the project."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(fieldvisit.__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resource_root().joinpath(*parts)
