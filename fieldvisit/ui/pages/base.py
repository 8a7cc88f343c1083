"""What the main window needs of each page of its navigation."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


class AreaPage(QWidget):
    """One area of the navigation (Accounts, Contact records, Plan, Co-visits, Reports).

    ``key`` names the page in settings and its icon; ``title`` is its translated name,
    set by the page's constructor.
    """

    key = "page"
    title = ""

    def stop(self) -> None:
        """Called when the window closes: cancel or finish background work."""
