"""The first rows of a sheet as they will be imported, with each cell's problem if any."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from fieldvisit.services.import_export.fields import by_key
from fieldvisit.services.import_export.reading import Table
from fieldvisit.services.import_export.values import CellError, display, parse_cell


@dataclass(frozen=True, slots=True)
class PreviewRow:
    row: int
    cells: tuple[str, ...]
    """One display value per mapped column, in the order of :func:`preview_columns`."""
    problems: tuple[str | None, ...]


def preview_columns(mapping: Sequence[str | None]) -> list[int]:
    """The indexes of the columns that are imported."""
    return [i for i, key in enumerate(mapping) if key is not None]


def preview_rows(
    table: Table, mapping: Sequence[str | None], lang: str, limit: int = 50
) -> list[PreviewRow]:
    columns = preview_columns(mapping)
    rows = []
    for number, cells in table.rows[:limit]:
        shown: list[str] = []
        problems: list[str | None] = []
        for index in columns:
            key = mapping[index]
            assert key is not None
            raw = cells[index] if index < len(cells) else None
            try:
                field = by_key()[key]
                shown.append(display(parse_cell(field, raw, lang), lang, field))
                problems.append(None)
            except CellError as exc:
                shown.append("" if raw is None else str(raw))
                problems.append(str(exc))
        rows.append(PreviewRow(number, tuple(shown), tuple(problems)))
    return rows
