"""The records list of the Contact records page: late drafts first, then filters and rows."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush, QFont, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldvisit import clock
from fieldvisit.domain.enums import RecordStatus
from fieldvisit.i18n import joined
from fieldvisit.services.records import RecordRow, list_records, stale_drafts
from fieldvisit.services.team import current_user
from fieldvisit.storage.database import Database
from fieldvisit.ui.dates import datetime_text, month_text
from fieldvisit.ui.events import DataEvents, concerns
from fieldvisit.ui.labels import enum_label
from fieldvisit.ui.records.record_editor import open_record_editor
from fieldvisit.ui.widgets import ERROR_COLOUR, named

ModelIndex = QModelIndex | QPersistentModelIndex
MONTHS_OFFERED = 24
TABLES = ("contact_record", "account", "team_member", "promise")


class RecordModel(QAbstractTableModel):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.rows: list[RecordRow] = []
        self._warning = parent.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.headers = [
            self.tr("When"),
            self.tr("Account"),
            self.tr("Method"),
            self.tr("Status"),
            self.tr("Author"),
            self.tr("Content"),
        ]

    def set_rows(self, rows: list[RecordRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return datetime_text(row.occurred_at)
            if column == 3:
                if row.stale:
                    return self.tr("Draft — over two days old")
                return enum_label(row.status)
            return [
                None,
                row.account_name,
                enum_label(row.method),
                None,
                row.author_name or "",
                row.summary,
            ][column]
        if role == Qt.ItemDataRole.DecorationRole and column == 3 and row.stale:
            return self._warning
        if role == Qt.ItemDataRole.ForegroundRole and row.stale and column == 3:
            return QBrush(ERROR_COLOUR)
        if role == Qt.ItemDataRole.FontRole and row.status is RecordStatus.DRAFT and column == 3:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == 5:
            return row.summary
        return None

    def row_at(self, index: ModelIndex) -> RecordRow | None:
        return self.rows[index.row()] if index.isValid() else None


class StaleBanner(QFrame):
    """ "3 drafts are older than two days" with a button to open the oldest."""

    open_requested = Signal(uuid.UUID)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staleDrafts")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, Qt.GlobalColor.white)
        palette.setColor(QPalette.ColorRole.WindowText, ERROR_COLOUR)
        self.setPalette(palette)
        self.rows: list[RecordRow] = []
        icon = QLabel()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(24, 24)
        )
        self.text = QLabel()
        self.text.setObjectName("staleDraftsText")
        self.text.setWordWrap(True)
        font = self.text.font()
        font.setBold(True)
        self.text.setFont(font)
        self.open_button = named(QPushButton(self.tr("Write up the oldest")), "openStaleDraft")
        self.open_button.clicked.connect(self._open_oldest)
        layout = QHBoxLayout(self)
        layout.addWidget(icon)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.open_button)

    def set_rows(self, rows: list[RecordRow]) -> None:
        self.rows = rows
        self.setVisible(bool(rows))
        if rows:
            names = joined(dict.fromkeys(r.account_name for r in rows[:3]))
            self.text.setText(
                self.tr(
                    "%n draft(s) older than two days — contact records are due within two "
                    "days of the contact.",
                    "",
                    len(rows),
                )
                + "\n"
                + names
                + ("…" if len(rows) > 3 else "")
            )

    @Slot()
    def _open_oldest(self) -> None:
        if self.rows:
            self.open_requested.emit(self.rows[0].id)


class RecordsList(QWidget):
    def __init__(
        self, db: Database, events: DataEvents, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recordsList")
        self.db = db
        self.events = events
        self.settings = settings
        self._stale = True
        self.banner = StaleBanner()
        self.banner.open_requested.connect(self.open_record)
        self.scope = named(QComboBox(), "recordScope", self.tr("Whose records"))
        self.scope.addItem(self.tr("My records"), "mine")
        self.scope.addItem(self.tr("Everyone's records"), "all")
        self.month = named(QComboBox(), "recordMonth", self.tr("Month"))
        self.month.addItem(self.tr("Any month"), None)
        self.status = named(QComboBox(), "recordStatusFilter", self.tr("Status"))
        self.status.addItem(self.tr("Any status"), None)
        self.status.addItem(enum_label(RecordStatus.DRAFT), RecordStatus.DRAFT.value)
        self.status.addItem(enum_label(RecordStatus.COMPLETE), RecordStatus.COMPLETE.value)
        self.account_text = named(QLineEdit(), "recordAccountFilter", self.tr("Account or place"))
        self.account_text.setPlaceholderText(self.tr("Account or place…"))
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(250)
        self._typing.timeout.connect(self.refresh)
        self.account_text.textEdited.connect(lambda _t: self._typing.start())
        for combo in (self.scope, self.month, self.status):
            combo.currentIndexChanged.connect(self.refresh)
        self.count = QLabel()
        self.count.setObjectName("recordCount")
        self.model = RecordModel(self)
        self.table = named(QTableView(), "recordTable", self.tr("Contact records"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 130), (1, 220), (2, 90), (3, 170), (4, 80)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(self._open_index)
        self.open_button = named(QPushButton(self.tr("Open")), "openRecord")
        self.open_button.clicked.connect(lambda: self._open_index(self.table.currentIndex()))
        filters = QHBoxLayout()
        for widget in (self.scope, self.month, self.status):
            filters.addWidget(widget)
        filters.addWidget(self.account_text, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.banner.setVisible(False)
        events.changed.connect(self._on_data_changed)

    def _fill_months(self) -> None:
        if self.month.count() > 1:
            return
        self.month.blockSignals(True)
        today = clock.today().replace(day=1)
        for back in range(MONTHS_OFFERED):
            year, month = divmod(today.year * 12 + today.month - 1 - back, 12)
            first = date(year, month + 1, 1)
            self.month.addItem(month_text(first), first.isoformat())
        self.month.blockSignals(False)

    @Slot()
    def refresh(self) -> None:
        self._stale = False
        self._fill_months()
        user = current_user(self.db)
        mine = self.scope.currentData() == "mine" and user is not None
        author = user.id if mine and user is not None else None
        month = self.month.currentData()
        status = self.status.currentData()
        now = clock.local_now()
        rows = list_records(
            self.db,
            author_id=author,
            month=date.fromisoformat(month) if month else None,
            status=RecordStatus(status) if status else None,
            text=self.account_text.text(),
            now=now,
        )
        self.model.set_rows(rows)
        self.banner.set_rows(stale_drafts(self.db, user.id if user else None, now))
        self.count.setText(self.tr("%n record(s) shown", "", len(rows)))

    def is_stale(self) -> bool:
        return self._stale

    @Slot(QModelIndex)
    def _open_index(self, index: QModelIndex) -> None:
        row = self.model.row_at(index)
        if row is not None:
            self.open_record(row.id)

    @Slot(uuid.UUID)
    def open_record(self, record_id: uuid.UUID) -> None:
        open_record_editor(self.db, self.events, self.settings, record_id=record_id, parent=None)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            QTimer.singleShot(0, self, self.refresh)

    def _on_data_changed(self, tables: set[str]) -> None:
        if not concerns(tables, TABLES):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True
