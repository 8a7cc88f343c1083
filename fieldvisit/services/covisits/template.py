"""Checklist templates by version, from ``resources/checklists/covisit-<version>.json``
(inside the package: :mod:`fieldvisit.resources`)."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from fieldvisit.domain.checklist import ChecklistTemplate, TemplateError, parse_template
from fieldvisit.i18n import message
from fieldvisit.resources import resource_path

CURRENT_VERSION = "2026.1"
"""The version new co-visits are written with."""
_VERSION = re.compile(r"^[0-9A-Za-z][0-9A-Za-z._-]{0,39}$")


def template_path(version: str) -> Path:
    return resource_path("checklists", f"covisit-{version}.json")


@lru_cache(maxsize=8)
def load_template(version: str) -> ChecklistTemplate:
    """The template of ``version``; a :class:`TemplateError` if missing or broken."""
    if not _VERSION.match(version):
        raise TemplateError(
            message(
                "{version} is not a checklist template version.",
                version=repr(version),
            )
        )
    path = template_path(version)
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise TemplateError(
            message(
                "The co-visit checklist version {version} is missing ({path}). "
                "Reinstall FieldVisit to restore it.",
                version=version,
                path=path,
            )
        ) from None
    except OSError as exc:
        raise TemplateError(
            message(
                "Cannot read {path}: {reason}.",
                path=path,
                reason=exc.strerror or exc,
            )
        ) from exc
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise TemplateError(
            message(
                "{path} is not valid JSON (line {line}, column {column}): {reason}.",
                path=path,
                line=exc.lineno,
                column=exc.colno,
                reason=exc.msg,
            )
        ) from exc
    template = parse_template(data, str(path))
    if template.version != version:
        raise TemplateError(
            message(
                "{path} says it is version {found}, not {version}.",
                path=path,
                found=template.version,
                version=version,
            )
        )
    return template


def checklist_for(version: str) -> ChecklistTemplate:
    """The report's own template version; the current one for a version no longer shipped."""
    try:
        return load_template(version)
    except TemplateError:
        return current_template()


def current_template() -> ChecklistTemplate:
    return load_template(CURRENT_VERSION)


def available_versions() -> list[str]:
    folder = resource_path("checklists")
    return sorted(p.stem.removeprefix("covisit-") for p in folder.glob("covisit-*.json"))
