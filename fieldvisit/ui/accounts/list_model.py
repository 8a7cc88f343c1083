"""The account list's table model: every matching account, its rows read a page at a time.

The model knows how many accounts match (from the in-memory index) and reads the
rows of a page from the database only when the view paints them, keeping the last
few pages; 50,000 matching accounts never become 50,000 rows in memory at once.
"""

from __future__ import annotations

import uuid
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from fieldvisit.domain.search_match import MatchedBy
from fieldvisit.services.accounts.account_index import AccountIndex, AccountResult
from fieldvisit.services.accounts.listing import AccountQuery, AccountRow, SortColumn
from fieldvisit.services.accounts.match_notes import MatchNote, Via
from fieldvisit.storage.database import Database
from fieldvisit.ui.dates import date_text
from fieldvisit.ui.labels import enum_label

PAGE_SIZE = 100
KEPT_PAGES = 30
OVERDUE_COLOUR = QColor("#b3261e")

Index = QModelIndex | QPersistentModelIndex
MATCH_ROLE = int(Qt.ItemDataRole.UserRole) + 1
"""The name column's (spans to highlight, note saying why it matched) with search text."""


@dataclass(frozen=True, slots=True)
class Column:
    sort: SortColumn
    visible_by_default: bool = True


COLUMNS: tuple[Column, ...] = (
    Column(SortColumn.WARNING),
    Column(SortColumn.NAME),
    Column(SortColumn.TYPE),
    Column(SortColumn.TIER),
    Column(SortColumn.STATUS),
    Column(SortColumn.KEY_ACCOUNT),
    Column(SortColumn.CITY),
    Column(SortColumn.PHONE, visible_by_default=False),
    Column(SortColumn.OWNER),
    Column(SortColumn.STAKEHOLDERS),
    Column(SortColumn.LAST_CONTACT),
    Column(SortColumn.LAST_VISIT, visible_by_default=False),
    Column(SortColumn.OVERDUE),
)


def column_title(column: SortColumn) -> str:
    titles = {
        SortColumn.WARNING: QCoreApplication.translate("AccountList", "Warning"),
        SortColumn.NAME: QCoreApplication.translate("AccountList", "Name"),
        SortColumn.TYPE: QCoreApplication.translate("AccountList", "Type"),
        SortColumn.TIER: QCoreApplication.translate("AccountList", "Tier"),
        SortColumn.STATUS: QCoreApplication.translate("AccountList", "Status"),
        SortColumn.KEY_ACCOUNT: QCoreApplication.translate("AccountList", "Key account"),
        SortColumn.CITY: QCoreApplication.translate("AccountList", "City"),
        SortColumn.PHONE: QCoreApplication.translate("AccountList", "Phone"),
        SortColumn.OWNER: QCoreApplication.translate("AccountList", "Owner"),
        SortColumn.STAKEHOLDERS: QCoreApplication.translate("AccountList", "Stakeholders"),
        SortColumn.LAST_CONTACT: QCoreApplication.translate("AccountList", "Last contact"),
        SortColumn.LAST_VISIT: QCoreApplication.translate("AccountList", "Last visit"),
        SortColumn.OVERDUE: QCoreApplication.translate("AccountList", "Overdue for tier"),
    }
    return titles[column]


def overdue_text(row: AccountRow) -> str:
    if row.overdue_phone and row.overdue_visit:
        return QCoreApplication.translate("AccountList", "Call and visit")
    if row.overdue_visit:
        return QCoreApplication.translate("AccountList", "Visit")
    if row.overdue_phone:
        return QCoreApplication.translate("AccountList", "Call")
    return ""


def match_text(note: MatchNote) -> str:
    """Why a row matched, when its name as shown does not say it: "via stakeholder 张三"."""
    if note.via is Via.PERSON:
        if note.person:
            return QCoreApplication.translate("AccountList", "via stakeholder {name}").format(
                name=note.person
            )
        return QCoreApplication.translate("AccountList", "via a stakeholder")
    if note.via is Via.CITY:
        return QCoreApplication.translate("AccountList", "via city")
    if note.via is Via.PHONE:
        return QCoreApplication.translate("AccountList", "via phone")
    if note.via is Via.ADDRESS:
        return QCoreApplication.translate("AccountList", "via address")
    if note.by is MatchedBy.PINYIN:
        return QCoreApplication.translate("AccountList", "pinyin")
    if note.by is MatchedBy.INITIALS:
        return QCoreApplication.translate("AccountList", "initials")
    return ""


def tier_text(row: AccountRow) -> str:
    if row.sub_tier is not None and row.sub_tier.value.startswith(row.tier or "-"):
        return row.sub_tier.value
    return row.tier.value if row.tier is not None else ""


class AccountListModel(QAbstractTableModel):
    """Rows of an :class:`AccountResult`; sorting asks the page to run the query again."""

    sort_requested = Signal(object, bool)
    """(SortColumn, descending): the header was clicked."""

    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self.db = db
        self.result: AccountResult | None = None
        self.query = AccountQuery()
        self._pages: OrderedDict[int, list[AccountRow]] = OrderedDict()
        self._warning_icon: QIcon | None = None

    # --- content -----------------------------------------------------------------
    def set_result(
        self,
        query: AccountQuery,
        result: AccountResult | None,
        first_rows: list[AccountRow] | None = None,
    ) -> None:
        """Show ``result``; ``first_rows``, when already read, are its first page's rows."""
        self.beginResetModel()
        self.query = query
        self.result = result
        self._pages.clear()
        if first_rows is not None:
            self._pages[0] = first_rows
        self.endResetModel()

    def refresh_rows(self) -> None:
        """Read the shown rows again (their data changed, the order did not)."""
        self._pages.clear()
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, len(COLUMNS) - 1)
            )

    @property
    def account_index(self) -> AccountIndex | None:
        return self.result.index if self.result is not None else None

    def account_id(self, row: int) -> uuid.UUID | None:
        if self.result is None or not 0 <= row < len(self.result):
            return None
        return self.result.id_at(row)

    def row_at(self, row: int) -> AccountRow | None:
        if self.result is None or not 0 <= row < len(self.result):
            return None
        number = row // PAGE_SIZE
        page = self._pages.get(number)
        if page is None:
            page = self.result.rows(self.db, number * PAGE_SIZE, PAGE_SIZE)
            self._pages[number] = page
            while len(self._pages) > KEPT_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        offset = row - number * PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def cached_rows(self) -> int:
        return sum(len(p) for p in self._pages.values())

    # --- Qt model ----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.result is None:
            return 0
        return len(self.result)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        column = COLUMNS[section].sort
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if column is SortColumn.WARNING else column_title(column)
        if role == Qt.ItemDataRole.DecorationRole and column is SortColumn.WARNING:
            return self.warning_icon()
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            if column is SortColumn.WARNING:
                return QCoreApplication.translate(
                    "AccountList", "Key account with a single stakeholder"
                )
            return column_title(column)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        column = COLUMNS[index.column()].sort
        if role == MATCH_ROLE:
            if column is not SortColumn.NAME or row.match is None:
                return None
            return row.match.spans, match_text(row.match)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = self._text(row, column)
            if role == Qt.ItemDataRole.AccessibleTextRole and column is SortColumn.WARNING:
                return self._warning_tip(row)
            if role == Qt.ItemDataRole.AccessibleTextRole and row.match is not None:
                note = match_text(row.match)
                return f"{text} ({note})" if note and column is SortColumn.NAME else text
            return text
        if role == Qt.ItemDataRole.DecorationRole and column is SortColumn.WARNING:
            return self.warning_icon() if row.single_stakeholder_warning else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column is SortColumn.WARNING or (
                column is SortColumn.STAKEHOLDERS and row.single_stakeholder_warning
            ):
                return self._warning_tip(row) or None
            return self._text(row, column) or None
        if role == Qt.ItemDataRole.ForegroundRole and column is SortColumn.OVERDUE:
            return QBrush(OVERDUE_COLOUR)
        if role == Qt.ItemDataRole.TextAlignmentRole and column is SortColumn.STAKEHOLDERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(COLUMNS):
            self.sort_requested.emit(COLUMNS[column].sort, order == Qt.SortOrder.DescendingOrder)

    # --- presentation ------------------------------------------------------------
    def _text(self, row: AccountRow, column: SortColumn) -> str:
        locale = QLocale()
        if column is SortColumn.NAME:
            return row.name
        if column is SortColumn.TYPE:
            return enum_label(row.account_type)
        if column is SortColumn.TIER:
            return tier_text(row)
        if column is SortColumn.STATUS:
            return enum_label(row.status)
        if column is SortColumn.KEY_ACCOUNT:
            return enum_label(row.key_account_level) if row.key_account_level else ""
        if column is SortColumn.CITY:
            return row.city or ""
        if column is SortColumn.PHONE:
            return row.phone or ""
        if column is SortColumn.OWNER:
            return row.owner_name or ""
        if column is SortColumn.STAKEHOLDERS:
            return locale.toString(row.stakeholder_count)
        if column is SortColumn.LAST_CONTACT:
            # The language's one date style, as everywhere on screen and paper.
            return date_text(row.last_contact) if row.last_contact else ""
        if column is SortColumn.LAST_VISIT:
            return date_text(row.last_visit) if row.last_visit else ""
        if column is SortColumn.OVERDUE:
            return overdue_text(row)
        return ""

    def _warning_tip(self, row: AccountRow) -> str:
        if not row.single_stakeholder_warning:
            return ""
        return QCoreApplication.translate(
            "AccountList",
            "Key account worked through one person only: get to know more of its stakeholders.",
        )

    def warning_icon(self) -> QIcon:
        if self._warning_icon is None:
            style = QApplication.style()
            self._warning_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return self._warning_icon


def column_of(sort: SortColumn) -> int:
    return next(i for i, c in enumerate(COLUMNS) if c.sort is sort)
