"""The month as weeks × weekdays; each day lists its contacts, to be dragged to another day."""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import date, timedelta

from PySide6.QtCore import QByteArray, QMimeData, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QIcon,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldvisit.domain.enums import DaySlot, PlannedKind, SubTier
from fieldvisit.domain.workdays import OFFICIAL, WorkCalendar
from fieldvisit.services.planning.months import days_of
from fieldvisit.services.planning.plans import PlannedRow
from fieldvisit.services.settings import DEFAULT_VISITS_PER_DAY
from fieldvisit.ui.labels import enum_label, interface_language
from fieldvisit.ui.widgets import ERROR_COLOUR

MIME_TYPE = "application/x-fieldvisit-planned-contact"
ID_ROLE = Qt.ItemDataRole.UserRole
TIER_COLOURS = {
    SubTier.A1: QColor("#c62828"),
    SubTier.A2: QColor("#ef6c00"),
    SubTier.B1: QColor("#1565c0"),
    SubTier.B2: QColor("#4f8fd6"),
    SubTier.C: QColor("#2e7d32"),
}
NO_TIER_COLOUR = QColor("#8a8a8a")
HOLIDAY_BACKGROUND = "#eceff1"


def tier_icon(sub_tier: SubTier | None) -> QIcon:
    pixmap = QPixmap(10, 10)
    pixmap.fill(TIER_COLOURS.get(sub_tier, NO_TIER_COLOUR) if sub_tier else NO_TIER_COLOUR)
    return QIcon(pixmap)


def tier_text(row: PlannedRow) -> str:
    if row.sub_tier is None:
        return "–"
    # Tier D follows C's rule but is still shown as D.
    return "D" if row.tier is not None and row.tier.value == "D" else row.sub_tier.value


class ContactList(QListWidget):
    """The contacts of one day; drags carry the planned contact's id, drops move it here."""

    dropped = Signal(object, object)
    """(planned contact id, day)"""

    def __init__(self, day: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day = day
        self.editable = False
        self.setObjectName(f"day_{day.isoformat()}")
        self.setAccessibleName(day.isoformat())
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setIconSize(QSize(10, 10))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setAcceptDrops(True)

    def sizeHint(self) -> QSize:
        # Small: the month grid stretches the days over the room there is; a list's default
        # hint (256×192) times five weeks would ask for a page taller than a laptop screen.
        return QSize(96, 40)

    def minimumSizeHint(self) -> QSize:
        return QSize(60, 20)

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        self.setDragEnabled(editable)
        self.setAcceptDrops(editable)

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, items: list[QListWidgetItem]) -> QMimeData:  # type: ignore[override]
        data = QMimeData()
        ids = [str(i.data(ID_ROLE)) for i in items if i.data(ID_ROLE)]
        data.setData(MIME_TYPE, QByteArray(",".join(ids).encode()))
        return data

    def _accepts(self, data: QMimeData | None) -> bool:
        return self.editable and data is not None and data.hasFormat(MIME_TYPE)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._accepts(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._accepts(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        data = event.mimeData()
        if not self._accepts(data):
            event.ignore()
            return
        # The page moves the contact in the database and redraws; Qt must not move the item.
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        for text in bytes(data.data(MIME_TYPE).data()).decode().split(","):
            if text:
                self.dropped.emit(uuid.UUID(text), self.day)


class DayCell(QFrame):
    def __init__(self, day: date, in_month: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day = day
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName(f"cell_{day.isoformat()}")
        self.header = QLabel(str(day.day))
        self.header.setObjectName(f"dayHeader_{day.isoformat()}")
        self.contacts = ContactList(day)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(1)
        layout.addWidget(self.header)
        layout.addWidget(self.contacts, 1)
        if not in_month:
            self.setEnabled(False)
            self.contacts.hide()


class MonthCalendar(QWidget):
    """Monday–Friday columns (Saturday and Sunday too when the month works or plans on
    them), one row per calendar week of the month. Holidays are shaded and take no drops;
    a day with more visits than the capacity shows its count in red."""

    moved = Signal(object, object)
    selected = Signal(object)
    """A planned contact's id, or ``None``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planCalendar")
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(3)
        self.cells: dict[date, DayCell] = {}
        self.show_calls = False
        self.month: date | None = None
        self.columns = 5
        self.calendar: WorkCalendar = OFFICIAL
        self.capacity = DEFAULT_VISITS_PER_DAY

    def weekday_names(self) -> list[str]:
        return [
            self.tr("Monday"),
            self.tr("Tuesday"),
            self.tr("Wednesday"),
            self.tr("Thursday"),
            self.tr("Friday"),
            self.tr("Saturday"),
            self.tr("Sunday"),
        ][: self.columns]

    def _columns(self, month: date, rows: tuple[PlannedRow, ...], saturdays: bool) -> int:
        """5, 6 with Saturdays (worked, planned or chosen), 7 with a worked or planned Sunday."""
        used = {r.day.weekday() for r in rows} | {
            d.weekday() for d in days_of(month) if self.calendar.is_working_day(d)
        }
        if 6 in used:
            return 7
        return 6 if saturdays or 5 in used else 5

    def _build(self, month: date) -> None:
        while (item := self.grid.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        for row in range(self.grid.rowCount()):
            self.grid.setRowStretch(row, 0)
        self.cells = {}
        for column, name in enumerate(self.weekday_names()):
            label = QLabel(name)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.grid.addWidget(label, 0, column)
        start = month - timedelta(days=month.weekday())
        row = 1
        while start.month == month.month or start < month:
            for column in range(self.columns):
                day = start + timedelta(days=column)
                cell = DayCell(day, day.month == month.month)
                cell.contacts.dropped.connect(self.moved)
                cell.contacts.itemSelectionChanged.connect(self._on_selection)
                self.cells[day] = cell
                self.grid.addWidget(cell, row, column)
            self.grid.setRowStretch(row, 1)
            start += timedelta(days=7)
            row += 1
        for column in range(7):
            self.grid.setColumnStretch(column, 1 if column < self.columns else 0)
        self.month = month

    def set_rows(
        self,
        month: date,
        rows: tuple[PlannedRow, ...],
        editable: bool,
        calendar: WorkCalendar = OFFICIAL,
        capacity: int = DEFAULT_VISITS_PER_DAY,
        saturdays: bool = False,
    ) -> None:
        self.calendar, self.capacity = calendar, capacity
        columns = self._columns(month, rows, saturdays)
        if self.month != month or self.columns != columns:
            self.columns = columns
            self._build(month)
        by_day: defaultdict[date, list[PlannedRow]] = defaultdict(list)
        for row in rows:
            by_day[row.day].append(row)
        for day, cell in self.cells.items():
            if day.month != month.month:
                continue
            self._fill(cell, by_day.get(day, []), editable)

    def _fill(self, cell: DayCell, rows: list[PlannedRow], editable: bool) -> None:
        box = cell.contacts
        box.clear()
        holiday = self.calendar.is_holiday(cell.day)
        working = self.calendar.is_working_day(cell.day)
        box.set_editable(editable and not holiday)
        shaded = cell.palette()
        shaded.setColor(
            QPalette.ColorRole.Base,
            QColor(HOLIDAY_BACKGROUND)
            if holiday or not working
            else self.palette().color(QPalette.ColorRole.Base),
        )
        box.setPalette(shaded)
        visits = [r for r in rows if r.kind is not PlannedKind.PHONE]
        calls = [r for r in rows if r.kind is PlannedKind.PHONE]
        visits.sort(key=lambda r: (r.slot is not DaySlot.MORNING, r.account))
        for r in visits + (calls if self.show_calls else []):
            box.addItem(self._item(r))
        if calls and not self.show_calls:
            summary = QListWidgetItem(self.tr("{} phone calls").format(len(calls)))
            summary.setFlags(Qt.ItemFlag.ItemIsEnabled)
            summary.setToolTip("\n".join(r.account for r in calls))
            box.addItem(summary)
        header = str(cell.day.day)
        if holiday:
            header = self.tr("{day}  ·  holiday").format(day=cell.day.day)
        elif working and cell.day.weekday() >= 5:
            header = self.tr("{day}  ·  working day").format(day=cell.day.day)
        if visits:
            header += "  ·  " + self.tr("{visits} visits").format(visits=len(visits))
        cell.header.setText(header)
        name = self.calendar.holiday_name(cell.day, chinese=interface_language() == "zh")
        palette = cell.header.palette()
        if len(visits) > self.capacity:
            palette.setColor(cell.header.foregroundRole(), ERROR_COLOUR)
            cell.header.setToolTip(
                self.tr("More than {n} visits: more than a day can hold.").format(n=self.capacity)
            )
        elif holiday:
            palette.setColor(
                cell.header.foregroundRole(), ERROR_COLOUR if visits else NO_TIER_COLOUR
            )
            cell.header.setToolTip(
                self.tr("Public holiday: {name}").format(name=name) if name else ""
            )
        else:
            palette.setColor(cell.header.foregroundRole(), self.palette().windowText().color())
            cell.header.setToolTip("")
        cell.header.setPalette(palette)

    def _item(self, row: PlannedRow) -> QListWidgetItem:
        slot = ""
        if row.slot is DaySlot.MORNING:
            slot = self.tr("AM")
        elif row.slot is DaySlot.AFTERNOON:
            slot = self.tr("PM")
        kind = "" if row.kind is PlannedKind.VISIT else f"{enum_label(row.kind)} "
        item = QListWidgetItem(tier_icon(row.sub_tier), f"{slot} {kind}{row.account}".strip())
        item.setData(ID_ROLE, str(row.id))
        item.setForeground(
            TIER_COLOURS.get(row.sub_tier, NO_TIER_COLOUR) if row.sub_tier else NO_TIER_COLOUR
        )
        tip = [
            row.account,
            f"{enum_label(row.kind)} · {tier_text(row)}"
            + (f" · {enum_label(row.slot)}" if row.slot else ""),
        ]
        if row.address:
            tip.append(row.address)
        if row.purpose:
            tip.append(row.purpose)
        if row.done:
            tip.append(self.tr("Done: a contact record is linked."))
        item.setToolTip("\n".join(tip))
        item.setData(Qt.ItemDataRole.AccessibleTextRole, "; ".join(tip))
        return item

    def _on_selection(self) -> None:
        sender = self.sender()
        if isinstance(sender, ContactList):
            items = sender.selectedItems()
            if items:
                for cell in self.cells.values():
                    if cell.contacts is not sender:
                        cell.contacts.clearSelection()
                value = items[0].data(ID_ROLE)
                self.selected.emit(uuid.UUID(value) if value else None)

    def cell(self, day: date) -> DayCell:
        return self.cells[day]
