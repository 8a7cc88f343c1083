"""An account's history for its customer card: records, promises and co-visit calls."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QSettings, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QIcon, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldvisit.domain.enums import RecordStatus
from fieldvisit.services.records import TimelineEntry, TimelineKind, account_timeline
from fieldvisit.storage.database import Database
from fieldvisit.ui.dates import date_text
from fieldvisit.ui.events import DataEvents, concerns
from fieldvisit.ui.labels import enum_label
from fieldvisit.ui.records.record_editor import open_record_editor
from fieldvisit.ui.widgets import ERROR_COLOUR, hint_label, named

ENTRY_ROLE = Qt.ItemDataRole.UserRole
TABLES = ("contact_record", "promise", "covisit", "covisit_call", "team_member")


class TimelineWidget(QWidget):
    """Newest first; double-click a record (or a promise of one) to open it."""

    record_requested = Signal(uuid.UUID)
    covisit_requested = Signal(uuid.UUID)

    def __init__(
        self,
        db: Database,
        events: DataEvents,
        account_id: uuid.UUID,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("accountTimeline")
        self.db = db
        self.events = events
        self.account_id = account_id
        self.settings = settings if settings is not None else QSettings()
        self.entries: list[TimelineEntry] = []
        self._stale = True
        self.new_button = named(QPushButton(self.tr("&New record…")), "timelineNewRecord")
        self.new_button.clicked.connect(self.new_record)
        self.open_button = named(QPushButton(self.tr("Open")), "timelineOpen")
        self.open_button.clicked.connect(self.open_current)
        self.summary = QLabel()
        self.summary.setObjectName("timelineSummary")
        self.tree = named(QTreeWidget(), "timelineList", self.tr("Account history"))
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHeaderLabels(
            [self.tr("Date"), self.tr("What"), self.tr("Details"), self.tr("Who")]
        )
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.tree.setColumnWidth(0, 130)
        self.tree.setColumnWidth(1, 190)
        self.tree.setColumnWidth(3, 90)
        self.tree.itemDoubleClicked.connect(self._on_double_click)
        self.tree.currentItemChanged.connect(self._update_buttons)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.open_button)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(
            hint_label(self.tr("Double-click a contact record or a promise to open its record."))
        )
        style = self.style()
        self._icons = {
            "record": style.standardIcon(QStyle.StandardPixmap.SP_FileIcon),
            "made": style.standardIcon(QStyle.StandardPixmap.SP_ArrowRight),
            "due": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation),
            "kept": style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton),
            "cancelled": style.standardIcon(QStyle.StandardPixmap.SP_DialogCancelButton),
            "late": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
            "covisit": style.standardIcon(QStyle.StandardPixmap.SP_DirHomeIcon),
        }
        self._update_buttons()
        events.changed.connect(self._on_data_changed)

    def set_account(self, account_id: uuid.UUID) -> None:
        self.account_id = account_id
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        self._stale = False
        self.entries = account_timeline(self.db, self.account_id)
        self.tree.clear()
        items = [self._item(entry) for entry in self.entries]
        self.tree.addTopLevelItems(items)
        records = sum(1 for e in self.entries if e.kind is TimelineKind.RECORD)
        late = sum(1 for e in self.entries if e.overdue)
        text = self.tr("%n contact record(s)", "", records)
        if late:
            text += " · " + self.tr("%n overdue promise(s)", "", late)
        self.summary.setText(text)
        self._update_buttons()

    def _kind_text(self, entry: TimelineEntry) -> str:
        if entry.kind is TimelineKind.RECORD:
            assert entry.method is not None
            text = enum_label(entry.method)
            if entry.record_status is RecordStatus.DRAFT:
                text += " " + self.tr("(draft)")
            return text
        texts = {
            TimelineKind.PROMISE_MADE: self.tr("Promise made"),
            TimelineKind.PROMISE_DUE: self.tr("Promise due"),
            TimelineKind.PROMISE_KEPT: self.tr("Promise kept"),
            TimelineKind.PROMISE_CANCELLED: self.tr("Promise cancelled"),
            TimelineKind.COVISIT_CALL: self.tr("Co-visit call"),
        }
        text = texts[entry.kind]
        if entry.overdue:
            text = self.tr("Promise overdue")
        if entry.call_type is not None:
            text += f" · {enum_label(entry.call_type)}"
        return text

    def _item(self, entry: TimelineEntry) -> QTreeWidgetItem:
        when = date_text(entry.at.date()) + (f" {entry.at:%H:%M}" if entry.has_time else "")
        item = QTreeWidgetItem([when, self._kind_text(entry), entry.text, entry.person or ""])
        item.setData(0, ENTRY_ROLE, entry)
        item.setToolTip(2, entry.text)
        icon: QIcon
        if entry.kind is TimelineKind.RECORD:
            icon = self._icons["record"]
        elif entry.kind is TimelineKind.COVISIT_CALL:
            icon = self._icons["covisit"]
        elif entry.overdue:
            icon = self._icons["late"]
        else:
            icon = self._icons[
                {
                    TimelineKind.PROMISE_MADE: "made",
                    TimelineKind.PROMISE_DUE: "due",
                    TimelineKind.PROMISE_KEPT: "kept",
                }.get(entry.kind, "cancelled")
            ]
        item.setIcon(1, icon)
        if entry.overdue:
            for column in range(4):
                item.setForeground(column, QBrush(ERROR_COLOUR))
        if entry.kind is TimelineKind.RECORD:
            font = item.font(1)
            font.setBold(True)
            item.setFont(1, font)
        return item

    def current_entry(self) -> TimelineEntry | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        entry = item.data(0, ENTRY_ROLE)
        return entry if isinstance(entry, TimelineEntry) else None

    @Slot()
    def _update_buttons(self, *_args: Any) -> None:
        entry = self.current_entry()
        self.open_button.setEnabled(
            entry is not None and (entry.record_id is not None or entry.covisit_id is not None)
        )

    @Slot(QTreeWidgetItem, int)
    def _on_double_click(self, item: QTreeWidgetItem, _column: int) -> None:
        self.tree.setCurrentItem(item)
        self.open_current()

    @Slot()
    def open_current(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        if entry.record_id is not None:
            open_record_editor(self.db, self.events, self.settings, record_id=entry.record_id)
            self.record_requested.emit(entry.record_id)
        elif entry.covisit_id is not None:
            self.covisit_requested.emit(entry.covisit_id)

    @Slot()
    def new_record(self) -> None:
        open_record_editor(self.db, self.events, self.settings, account_id=self.account_id)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _on_data_changed(self, tables: set[str]) -> None:
        if not concerns(tables, TABLES):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True
