"""The broadcast that tells open views what data changed, so they refresh themselves."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal


class DataEvents(QObject):
    """Owned by the application and handed to every view that shows data.

    ``changed`` carries the names of the tables that changed; an empty set means
    "anything may have changed" (for example after loading sample data).
    """

    changed = Signal(set)

    def announce(self, tables: Iterable[str] = ()) -> None:
        self.changed.emit(set(tables))


def concerns(changed: set[str], tables: Iterable[str]) -> bool:
    """Whether a change to ``changed`` affects a view showing ``tables``."""
    return not changed or not changed.isdisjoint(tables)
