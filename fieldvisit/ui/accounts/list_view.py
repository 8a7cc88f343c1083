"""The account list: search as you type, filters, sortable columns, row count, empty state.

The index of all accounts is read off the GUI thread when the list is first shown and
again after every change to accounts, stakeholders, contacts or the frequency policy;
each keystroke then searches the index in memory (a few milliseconds for 50,000
accounts) and the table reads the rows it paints a page at a time.

The first time, while the index is read (a few tenths of a second for 50,000 accounts),
the list's first page is read straight from SQL and shown (see
:mod:`fieldvisit.services.accounts.first_page`): the same rows the index will show
first. Text typed or a filter changed meanwhile empties the table until the index
arrives and answers it; nothing typed is lost.

Typing searches at once while searches are fast: the query runs when the event loop is
next idle, so keys typed in a burst are taken together. Only when the last search took
longer than :data:`FAST_MS` (a huge list on a slow laptop) does the list wait for a
pause of :data:`DEBOUNCE_MS` in the typing.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import replace
from datetime import date
from typing import Any, cast

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    QSettings,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fieldvisit.domain.enums import AccountStatus, AccountType, KeyAccountLevel, MemberRole
from fieldvisit.domain.search_match import warm
from fieldvisit.services.accounts.account_index import AccountIndex, AccountResult, load_index
from fieldvisit.services.accounts.activity import read_all_activity
from fieldvisit.services.accounts.first_page import first_page, owns_accounts
from fieldvisit.services.accounts.listing import AccountQuery, AccountRow, SortColumn
from fieldvisit.services.accounts.picking import remember_index
from fieldvisit.services.team import MemberRow, list_team
from fieldvisit.storage.database import Database
from fieldvisit.ui.accounts import early_index
from fieldvisit.ui.accounts.list_filters import FilterBar
from fieldvisit.ui.accounts.list_model import (
    COLUMNS,
    PAGE_SIZE,
    AccountListModel,
    column_of,
    column_title,
)
from fieldvisit.ui.accounts.name_delegate import NameDelegate
from fieldvisit.ui.background import BackgroundTask
from fieldvisit.ui.dates import date_text
from fieldvisit.ui.labels import enum_label
from fieldvisit.ui.widgets import heading_label, hint_label, named

DEBOUNCE_MS = 150
FAST_MS = 40.0
"""Searches quicker than this run on every keystroke, without waiting for a pause."""
WIDE_DATES = (date(2026, 12, 31), date(2026, 9, 30), date(2026, 5, 31))
MIN_NAME_WIDTH = 160
HEADER_KEY = "accountList/header"
SORT_KEY = "accountList/sort"
DESCENDING_KEY = "accountList/descending"


class AccountListView(QWidget):
    """Toolbar, search box, filters and the table of accounts."""

    account_activated = Signal(object)
    new_account_requested = Signal()
    status_note = Signal(str)
    loaded = Signal()
    """The index was (re)read and the rows shown follow it."""

    def __init__(self, db: Database, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings
        self.index: AccountIndex | None = None
        self.first_page: AccountResult | None = None
        """The first page shown from SQL while the index is first read (else None)."""
        self._query = AccountQuery(sort=self._saved_sort(), descending=self._saved_descending())

        self.toolbar = QToolBar(self.tr("Accounts"))
        self.toolbar.setObjectName("accountsToolBar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.new_action = QAction(self.tr("New account…"), self)
        self.new_action.setObjectName("newAccountAction")
        self.new_action.triggered.connect(self.new_account_requested)
        self.add_action(self.new_action)

        self.search = named(QLineEdit(), "accountSearch", self.tr("Search accounts"))
        self.search.setPlaceholderText(
            self.tr("Search name, pinyin, initials, phone, address or stakeholder")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(200)
        for button in self.search.findChildren(QToolButton):
            named(button, "accountSearchClear", self.tr("Clear search"))
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(0)
        self.last_search_ms = 0.0
        """How long the last search took, first page of rows included."""
        self._debounce.timeout.connect(self.apply_query)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.search.returnPressed.connect(self._search_now)

        self.filters = FilterBar()
        self.filters.setMinimumWidth(200)  # narrow windows clip the row rather than grow
        self.filters.changed.connect(self.apply_query)
        self.clear_button = named(QPushButton(self.tr("Clear filters")), "clearFilters")
        self.clear_button.clicked.connect(self.clear_filters)
        self.count_label = QLabel(self.tr("Loading accounts…"))
        self.count_label.setObjectName("accountCount")

        self.model = AccountListModel(db, self)
        self.model.sort_requested.connect(self._on_sort_requested)
        self.table = self._build_table()
        self.empty = self._build_empty_state()
        self.stack = QStackedWidget()
        self.stack.setObjectName("accountListStack")
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.search, 1)
        top.addWidget(self.toolbar)
        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(self.filters, 1)
        filters.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.count_label)

        self._loader = BackgroundTask(self)
        self._loader.succeeded.connect(self._on_loaded)
        self._loader.failed.connect(self._on_load_failed)
        self._first_loader = BackgroundTask(self)
        self._first_loader.succeeded.connect(self._on_first_page)
        self._first_loader.failed.connect(self._on_first_page_failed)
        self._activity = BackgroundTask(self)
        self._activity.succeeded.connect(self._on_activity)
        self._activity.failed.connect(self._on_load_failed)
        self._update_clear_button()

    # --- public API ----------------------------------------------------------------
    def add_action(self, action: QAction) -> None:
        self.toolbar.addAction(action)
        button = self.toolbar.widgetForAction(action)
        if button is not None:  # named like every other button, for tests and screen readers
            button.setObjectName((action.objectName() or "action") + "Button")
            button.setAccessibleName(action.text().replace("&", "").rstrip("…"))

    def current_query(self) -> AccountQuery:
        return self._query

    def selected_account_ids(self) -> list[uuid.UUID]:
        rows = sorted(i.row() for i in self._selected())
        ids = (self.model.account_id(r) for r in rows)
        return [i for i in ids if i is not None]

    def reload(self) -> None:
        """Read the index again off the GUI thread; the shown query is then run again."""
        early = early_index.take(self.db)
        activity = self._query.needs_activity
        if early is not None and not activity:  # read since the window came up
            self._loader.start(lambda: _taken(early, self.db))
        else:
            self._loader.start(lambda: read_index(self.db, activity))
        if self.index is None and not self._first_loader.is_busy():
            # The first time, the first page meanwhile (its own thread: the index's
            # spends its first tenths of a second sorting in SQLite).
            query = self._asked()
            me = self.filters.pending_me()
            self._first_loader.start(lambda: _read_first(self.db, query, me))

    def stop(self) -> None:
        for task in (self._loader, self._first_loader, self._activity):
            task.discard()
        for task in (self._loader, self._first_loader, self._activity):
            task.wait()

    def is_loading(self) -> bool:
        return self._loader.is_busy() or self._activity.is_busy()

    # --- building ------------------------------------------------------------------
    def _build_table(self) -> QTableView:
        table = named(QTableView(), "accountTable", self.tr("Accounts"))
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setCornerButtonEnabled(False)
        rows = table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        self._default_widths(header)
        saved = self.settings.value(HEADER_KEY)
        self._fitting = True  # default widths: the name column gives way to the window
        self._resizing_name = False
        if isinstance(saved, QByteArray) and not saved.isEmpty():
            header.restoreState(saved)
            self._fitting = False
        header.setSortIndicator(
            column_of(self._query.sort),
            Qt.SortOrder.DescendingOrder if self._query.descending else Qt.SortOrder.AscendingOrder,
        )
        table.setSortingEnabled(True)
        header.sectionMoved.connect(self._save_header)
        header.sectionResized.connect(self._save_header)
        header.sectionResized.connect(self._on_section_resized)
        table.viewport().installEventFilter(self)
        table.activated.connect(self._on_activated)
        self.name_delegate = NameDelegate(table)
        table.setItemDelegateForColumn(column_of(SortColumn.NAME), self.name_delegate)
        return table

    def _default_widths(self, header: QHeaderView) -> None:
        metrics = self.fontMetrics()
        self._default_sizes: dict[int, int] = {}
        samples = {
            SortColumn.NAME: ["M" * 20],
            SortColumn.TYPE: [enum_label(m) for m in AccountType],
            SortColumn.STATUS: [enum_label(m) for m in AccountStatus],
            SortColumn.KEY_ACCOUNT: [enum_label(m) for m in KeyAccountLevel],
            SortColumn.CITY: ["Kuala Lumpur"],
            SortColumn.PHONE: ["0731-8888 8888"],
            SortColumn.OWNER: ["Catherine Lim"],
            # The widest dates in the language's one date style ("2026年12月31日").
            SortColumn.LAST_CONTACT: [date_text(d) for d in WIDE_DATES],
            SortColumn.LAST_VISIT: [date_text(d) for d in WIDE_DATES],
        }
        for section, column in enumerate(COLUMNS):
            texts = [column_title(column.sort), *samples.get(column.sort, [])]
            width = max(metrics.horizontalAdvance(t) for t in texts) + 24
            if column.sort is SortColumn.WARNING:
                width = 34
            elif column.sort is SortColumn.TIER:
                width = max(48, metrics.horizontalAdvance(texts[0]) + 28)
            header.resizeSection(section, width)
            header.setSectionHidden(section, not column.visible_by_default)
            self._default_sizes[section] = width

    def _build_empty_state(self) -> QWidget:
        panel = QWidget()
        panel.setObjectName("accountsEmpty")
        self.empty_heading = heading_label(self.tr("No accounts match"), 1.25)
        self.empty_heading.setObjectName("accountsEmptyHeading")
        self.empty_hint = hint_label(
            self.tr("Check the spelling, type fewer letters, or clear the search and filters.")
        )
        self.empty_hint.setObjectName("accountsEmptyHint")
        self.empty_clear = named(QPushButton(self.tr("Clear search and filters")), "emptyClear")
        self.empty_clear.clicked.connect(self.clear_filters)
        layout = QVBoxLayout(panel)
        layout.addStretch(1)
        for widget in (self.empty_heading, self.empty_hint):
            widget.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            layout.addWidget(widget)
        layout.addSpacing(8)
        layout.addWidget(self.empty_clear, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return panel

    # --- running the query -----------------------------------------------------------
    @Slot()
    def apply_query(self) -> None:
        self._debounce.stop()
        query = self._asked()
        self._query = query
        self._update_clear_button()
        index = self.index
        if index is None:  # applied when the index arrives
            if self.first_page is not None and query != self.model.query:
                self.first_page = None  # not the rows asked for now
                self.model.set_result(query, None)
            return
        if query.needs_activity and index.activity is None:
            if not self._activity.is_busy():
                self.count_label.setText(self.tr("Reading contacts…"))
                zone = index.zone
                self._activity.start(lambda: read_all_activity(self.db, zone))
            return
        started = time.perf_counter()
        self.model.set_result(query, index.search(query))
        self.model.row_at(0)  # the first page, as the table is about to paint it
        self.last_search_ms = (time.perf_counter() - started) * 1000
        self._debounce.setInterval(0 if self.last_search_ms < FAST_MS else DEBOUNCE_MS)
        self._show_count()

    def _search_now(self) -> None:
        if self._debounce.isActive():
            self.apply_query()

    def _show_count(self) -> None:
        index = self.index
        shown = self.model.rowCount()
        total = index.live_count if index is not None else 0
        locale = self.locale()
        if shown == total and not self._query.include_deleted:
            if total == 1:
                text = self.tr("1 account")
            else:
                text = self.tr("{count} accounts").format(count=locale.toString(total))
        else:
            text = self.tr("{shown} of {total} accounts").format(
                shown=locale.toString(shown), total=locale.toString(total)
            )
        self.count_label.setText(text)
        self.count_label.setAccessibleName(text)
        filtered = bool(self._query.text.strip()) or self._query.has_filters()
        self.stack.setCurrentWidget(self.empty if shown == 0 and filtered else self.table)

    @Slot()
    def clear_filters(self) -> None:
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.filters.blockSignals(True)
        self.filters.clear()
        self.filters.blockSignals(False)
        self.apply_query()

    def _update_clear_button(self) -> None:
        self.clear_button.setEnabled(self._query.has_filters())

    @Slot(object, bool)
    def _on_sort_requested(self, column: SortColumn, descending: bool) -> None:
        if (column, descending) == (self._query.sort, self._query.descending):
            return
        self._query = replace(self._query, sort=column, descending=descending)
        self.settings.setValue(SORT_KEY, column.value)
        self.settings.setValue(DESCENDING_KEY, descending)
        self._save_header()
        self.apply_query()

    @Slot(object)
    def _on_first_page(self, loaded: object) -> None:
        me, query, result, rows = cast(
            tuple[MemberRow | None, AccountQuery, AccountResult | None, list[AccountRow]], loaded
        )
        if self.index is not None:
            return  # the index came first
        if me is not None:
            self.filters.start_on_own(me)  # a rep starts on their own accounts
        shown = self._asked()
        self._query = shown
        self._update_clear_button()
        if result is None or shown != query:
            return  # only the index can tell, or asked for something else meanwhile
        self.first_page = result
        self.model.set_result(query, result, rows)

    @Slot(object)
    def _on_first_page_failed(self, _error: object) -> None:
        pass  # the index, read on its own, says what went wrong

    @Slot(object)
    def _on_loaded(self, loaded: object) -> None:
        index, team = cast(tuple[AccountIndex, list[MemberRow]], loaded)
        self.index = index
        remember_index(self.db, index)  # account pickers search the same index
        self.filters.set_owners(team)
        restore = self._kept_view() if self.first_page is not None else None
        self.first_page = None
        self.apply_query()
        if restore is not None:
            restore()
        self.loaded.emit()
        # After the first page is painted: the thread reading pypinyin would otherwise share
        # the interpreter with the first rows.
        QTimer.singleShot(WARM_AFTER_MS, warm_pinyin)

    def _kept_view(self) -> Callable[[], None]:
        """Where the user is on the first page (scrolled to, rows selected), to put back
        on the whole list: its first rows are the same accounts in the same places."""
        query = self.model.query
        scrolled = self.table.verticalScrollBar().value()
        current = self.table.currentIndex()
        at = (current.row(), current.column(), self.model.account_id(current.row()))
        chosen = [(i.row(), self.model.account_id(i.row())) for i in self._selected()]

        def restore() -> None:
            model = self.model
            if model.query != query:
                return
            selection = self.table.selectionModel()
            flags = QItemSelectionModel.SelectionFlag
            if current.isValid() and model.account_id(at[0]) == at[2]:
                selection.setCurrentIndex(model.index(at[0], at[1]), flags.NoUpdate)
            for row, account in chosen:
                if model.account_id(row) == account:
                    selection.select(model.index(row, 0), flags.Select | flags.Rows)
            self.table.verticalScrollBar().setValue(scrolled)

        return restore

    def _asked(self) -> AccountQuery:
        """The query the search box and the filters ask for now, in the shown order."""
        return replace(self._query, text=self.search.text(), **self.filters.values())

    def _selected(self) -> list[QModelIndex]:
        return self.table.selectionModel().selectedRows()

    @Slot(object)
    def _on_activity(self, activity: object) -> None:
        if self.index is not None:
            self.index.activity = activity  # type: ignore[assignment]
            self.apply_query()

    @Slot(object)
    def _on_load_failed(self, error: object) -> None:
        self.count_label.setText(self.tr("The accounts could not be read: {}").format(error))

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        account = self.model.account_id(index.row())
        if account is not None:
            self.account_activated.emit(account)

    # --- columns -----------------------------------------------------------------------
    @Slot(QPoint)
    def _header_menu(self, pos: QPoint) -> None:
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        menu.setObjectName("accountColumnsMenu")
        for section, column in enumerate(COLUMNS):
            title = column_title(column.sort)
            action = menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(section))
            # The name column stays: a list without names cannot be read.
            action.setEnabled(column.sort is not SortColumn.NAME)
            action.toggled.connect(lambda on, s=section: self.set_column_visible(s, on))
        menu.popup(header.mapToGlobal(pos))
        self.column_menu = menu

    def set_column_visible(self, section: int, visible: bool) -> None:
        self.table.horizontalHeader().setSectionHidden(section, not visible)
        self._save_header()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.table.viewport():
            self._fit_name_column()
        return super().eventFilter(watched, event)

    def _fit_name_column(self) -> None:
        """With the default widths, the name column gives way so that the columns fit the
        table (a 1366-pixel laptop in English) without scrolling sideways, up to its own
        default width when there is room (the last column fills what is left)."""
        if not self._fitting:
            return
        header = self.table.horizontalHeader()
        name = column_of(SortColumn.NAME)
        shown = [
            header.logicalIndex(v)
            for v in range(header.count())
            if not header.isSectionHidden(header.logicalIndex(v))
        ]
        others = sum(
            self._default_sizes[i] if i == shown[-1] else header.sectionSize(i)
            for i in shown
            if i != name
        )
        room = self.table.viewport().width() - others
        width = max(MIN_NAME_WIDTH, min(self._default_sizes[name], room))
        if width != header.sectionSize(name):
            self._resizing_name = True
            try:
                header.resizeSection(name, width)
            finally:
                self._resizing_name = False

    @Slot(int, int, int)
    def _on_section_resized(self, section: int, _old: int, _new: int) -> None:
        if section == column_of(SortColumn.NAME) and not self._resizing_name:
            self._fitting = False  # the user set the name column's width: it stays

    def _save_header(self, *_args: object) -> None:
        self.settings.setValue(HEADER_KEY, self.table.horizontalHeader().saveState())

    def _saved_sort(self) -> SortColumn:
        value = str(self.settings.value(SORT_KEY, SortColumn.NAME.value, str))
        return SortColumn(value) if value in SortColumn._value2member_map_ else SortColumn.NAME

    def _saved_descending(self) -> bool:
        value = self.settings.value(DESCENDING_KEY, False)
        return value in (True, "true", "1", 1)


_warming: threading.Thread | None = None
WARM_AFTER_MS = 300


def warm_pinyin() -> None:
    """Read pypinyin's dictionaries on a thread of their own, once: the first highlight of
    a pinyin match needs them, and reading them takes a few tenths of a second."""
    global _warming
    if _warming is None:
        _warming = threading.Thread(target=warm, name="warm-pinyin", daemon=True)
        _warming.start()


def _taken(early: Future[Any], db: Database) -> object:
    """What the read started at start-up found, or a read now if it failed (its own error,
    if any, is the one shown)."""
    try:
        return early.result()
    except Exception:
        return read_index(db, activity=False)


def read_index(db: Database, activity: bool) -> tuple[AccountIndex, list[MemberRow]]:
    """The list's index and the team, as the list loads them."""
    index = load_index(db, activity=activity)
    return index, list_team(db, index.owner_counts())  # counted from the index: no 2nd scan


def _read_first(
    db: Database, query: AccountQuery, me: MemberRow | None
) -> tuple[MemberRow | None, AccountQuery, AccountResult | None, list[AccountRow]]:
    """The first page of ``query`` (its rows too) as the list will start on it, read
    before the index: a rep who owns accounts starts on them (``me`` when so)."""
    if me is not None and me.role is MemberRole.REP and owns_accounts(db, me.id):
        query = replace(query, owner_ids=frozenset({me.id}))
    else:
        me = None
    result = first_page(db, query, PAGE_SIZE)
    return me, query, result, result.rows(db, 0, PAGE_SIZE) if result is not None else []
