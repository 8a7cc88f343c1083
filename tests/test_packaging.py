"""A plain wheel of the project carries every file the app reads at run time.

The wheel is what ``pip install .`` (not editable) installs: fonts, translations,
checklist templates, icons and the Alembic scripts must all be inside it, or a
normal install cannot print a report or open a database.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "fieldvisit" / "resources"
MIGRATIONS = ROOT / "fieldvisit" / "storage" / "migrations"


def _has_modern_setuptools() -> bool:
    try:
        import setuptools
    except ImportError:
        return False
    return int(setuptools.__version__.split(".")[0]) >= 77


@pytest.fixture(scope="module")
def wheel_names(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    """Build the wheel from a copy of the tree (no build/ or egg-info left in the checkout)."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "src"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    shutil.copytree(
        ROOT / "fieldvisit",
        source / "fieldvisit",
        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
    )
    # Offline and fast when the test environment has a setuptools that reads this
    # pyproject (``.[test]`` installs one); otherwise pip builds in its own environment.
    isolation = ["--no-build-isolation"] if _has_modern_setuptools() else []
    out = work / "dist"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            str(source),
            "--no-deps",
            "-q",
            "-w",
            str(out),
            *isolation,
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = out.glob("fieldvisit-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


def _in_package(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def test_the_wheel_carries_the_report_font_and_its_licences(wheel_names: set[str]) -> None:
    fonts = sorted((RESOURCES / "fonts").iterdir())
    assert any(p.suffix == ".ttf" for p in fonts)
    for path in fonts:
        assert _in_package(path) in wheel_names


def test_the_wheel_carries_every_translation_catalogue(wheel_names: set[str]) -> None:
    catalogues = sorted((RESOURCES / "translations").glob("*.qm"))
    assert any(p.name == "fieldvisit_zh_CN.qm" for p in catalogues)
    for path in [*catalogues, *(RESOURCES / "translations").glob("*.ts")]:
        assert _in_package(path) in wheel_names


def test_the_wheel_carries_checklists_and_icons(wheel_names: set[str]) -> None:
    files = [*(RESOURCES / "checklists").glob("*.json"), *(RESOURCES / "icons").iterdir()]
    assert any(p.suffix == ".json" for p in files)
    assert {p.suffix for p in files} >= {".svg", ".png", ".ico"}
    for path in files:
        assert _in_package(path) in wheel_names


def test_the_wheel_carries_the_migration_scripts(wheel_names: set[str]) -> None:
    assert "fieldvisit/storage/migrations/script.py.mako" in wheel_names
    assert "fieldvisit/storage/migrations/env.py" in wheel_names
    versions = sorted((MIGRATIONS / "versions").glob("*.py"))
    assert versions
    for path in versions:
        assert _in_package(path) in wheel_names


def test_nothing_is_read_from_outside_the_package() -> None:
    from fieldvisit.reports.fonts import font_path
    from fieldvisit.resources import resource_root

    package = ROOT / "fieldvisit"
    assert resource_root().is_relative_to(package)
    assert font_path().is_relative_to(package) and font_path().is_file()
    assert not (ROOT / "resources").exists()
