"""The bundled resources: fonts (with their licences), translations, icons, checklist templates.

They live inside the package, next to this module, so that a plain ``pip install .``
(a wheel, not an editable install) and the PyInstaller bundle carry them as well
as a source checkout does.
"""

from __future__ import annotations

from pathlib import Path


def resource_root() -> Path:
    """The folder holding ``fonts/``, ``translations/``, ``icons/`` and ``checklists/``.

    A PyInstaller bundle keeps the package's data files at the same relative place
    (``fieldvisit/resources`` under ``sys._MEIPASS``), so one rule serves every install.
    """
    return Path(__file__).resolve().parent


def resource_path(*parts: str) -> Path:
    return resource_root().joinpath(*parts)
