"""The dependency rules of ARCHITECTURE.md: ui/cli -> services -> storage/reports -> domain."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "fieldvisit"

# layer -> import prefixes it must never use
FORBIDDEN = {
    "domain": (
        "PySide6",
        "sqlalchemy",
        "alembic",
        "fieldvisit.storage",
        "fieldvisit.services",
        "fieldvisit.reports",
        "fieldvisit.ui",
        "fieldvisit.cli",
    ),
    "storage": (
        "PySide6",
        "fieldvisit.services",
        "fieldvisit.reports",
        "fieldvisit.ui",
        "fieldvisit.cli",
    ),
    "reports": (
        "PySide6",
        "sqlalchemy",
        "fieldvisit.storage",
        "fieldvisit.services",
        "fieldvisit.ui",
        "fieldvisit.cli",
    ),
    "services": ("PySide6", "fieldvisit.ui", "fieldvisit.cli"),
}


def imports_of(path: Path) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
    return found


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_only_what_lies_below_it(layer: str) -> None:
    files = sorted((PACKAGE / layer).rglob("*.py"))
    assert files, f"no modules found in {layer}/"
    violations = [
        f"{path.relative_to(PACKAGE.parent)}:{line} imports {name}"
        for path in files
        for line, name in imports_of(path)
        if name.startswith(FORBIDDEN[layer])
    ]
    assert violations == []


def test_only_ui_imports_qt_widgets() -> None:
    offenders = [
        str(path.relative_to(PACKAGE.parent))
        for path in PACKAGE.rglob("*.py")
        if "ui" not in path.relative_to(PACKAGE).parts
        for _, name in imports_of(path)
        if name.startswith("PySide6.QtWidgets")
    ]
    assert offenders == []


def test_ui_leaves_sessions_and_models_to_the_services() -> None:
    """Widgets get plain data from services; they never open a transaction themselves."""
    offenders = [
        f"{path.relative_to(PACKAGE.parent)}:{line} {what}"
        for path in sorted((PACKAGE / "ui").rglob("*.py"))
        for line, what in [
            *((n, f"imports {m}") for n, m in imports_of(path) if m.startswith("sqlalchemy")),
            *((n, f"imports {m}") for n, m in imports_of(path) if m == "fieldvisit.storage.models"),
            *(
                (node.lineno, "calls session_scope()")
                for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
                if isinstance(node, ast.Attribute) and node.attr == "session_scope"
            ),
        ]
    ]
    assert offenders == []
