"""The customer card window (客户资料卡): one non-modal window per account.

``load() / validate() / save()``: Save writes every group in one transaction or, if a
field is wrong, nothing at all and shows what to fix next to that field. While there
are unsaved changes the form is written to a draft every few seconds, and offered
back when the card is opened again after a crash.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QLocale, QSettings, Qt, QTime, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fieldvisit.clock import local_now, local_zone, today
from fieldvisit.domain.card_rules import is_key_account
from fieldvisit.domain.enums import AccountType, KeyAccountLevel, Tier
from fieldvisit.domain.errors import (
    EditConflictError,
    FieldVisitError,
    NotFoundError,
    ValidationError,
)
from fieldvisit.domain.fields import account as account_fields
from fieldvisit.domain.problems import problem_of
from fieldvisit.services.accounts.card_checks import card_problems
from fieldvisit.services.accounts.card_data import AccountCard
from fieldvisit.services.accounts.card_merge import resolved
from fieldvisit.services.accounts.cards import (
    load_card,
    owner_choices,
    periods_snapped,
    save_card,
)
from fieldvisit.services.accounts.duplicates import similar_accounts
from fieldvisit.services.drafts import discard_draft, load_draft, save_draft
from fieldvisit.services.reporting.catalog import AccountItem
from fieldvisit.services.team import current_user
from fieldvisit.storage.database import Database
from fieldvisit.ui.accounts.attachments_widget import AttachmentsWidget
from fieldvisit.ui.accounts.card_basics import BasicsTab
from fieldvisit.ui.accounts.card_conflict import CardConflictDialog
from fieldvisit.ui.accounts.card_credit import CreditTab
from fieldvisit.ui.accounts.card_fields import INVALID_STYLE, FieldSet, error_text
from fieldvisit.ui.accounts.card_form import card_from_form, fill_form
from fieldvisit.ui.accounts.card_history import HistoryTab, ListsTab
from fieldvisit.ui.accounts.card_people_actions import PeopleActions
from fieldvisit.ui.accounts.card_print import PrintCardDialog
from fieldvisit.ui.accounts.card_relationship import RelationshipTab
from fieldvisit.ui.accounts.card_stakeholders import StakeholdersTab
from fieldvisit.ui.accounts.card_tables import RowTable
from fieldvisit.ui.background import BackgroundTask
from fieldvisit.ui.covisits.autosave import RETRY_FIRST_MS, RETRY_MAX_MS
from fieldvisit.ui.covisits.resume import open_covisit_window
from fieldvisit.ui.crash import known_message
from fieldvisit.ui.dates import date_text
from fieldvisit.ui.events import DataEvents, concerns
from fieldvisit.ui.labels import enum_label, error_title, interface_language
from fieldvisit.ui.printing.actions import DocumentActions
from fieldvisit.ui.records.timeline_widget import TimelineWidget
from fieldvisit.ui.widgets import ERROR_COLOUR, named

DRAFT_KIND = "account"
DRAFT_INTERVAL_MS = 5000
DUPLICATE_DELAY_MS = 350
CHANGED_TABLES = {
    "account",
    "relationship_grade",
    "price_change",
    "period_contribution",
    "complaint",
    "buying_project",
    "key_account_plan",
}

_OPEN: dict[tuple[int, uuid.UUID], CardWindow] = {}


def open_cards(db: Database) -> list[CardWindow]:
    """The cards open on ``db`` (the main window closes them before it closes)."""
    return [window for (key, _), window in _OPEN.items() if key == id(db)]


def open_card(
    db: Database,
    events: DataEvents,
    settings: QSettings,
    account_id: uuid.UUID | None,
    parent: QWidget | None = None,
) -> CardWindow:
    """Show the card of ``account_id`` (raising its window if it is already open), or a new
    empty card when ``account_id`` is ``None``."""
    if account_id is not None:
        window = _OPEN.get((id(db), account_id))
        if window is not None:
            window.show()
            window.raise_()
            window.activateWindow()
            return window
    window = CardWindow(db, events, settings, account_id, parent)
    window.show()
    return window


class CardWindow(QWidget):
    """The customer card of one account (``account_id=None``: a new account)."""

    saved = Signal(object)
    """The account's id, after every successful save."""

    def __init__(
        self,
        db: Database,
        events: DataEvents,
        settings: QSettings,
        account_id: uuid.UUID | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.db = db
        self.events = events
        self.settings = settings
        self.account_id = account_id
        self.card = AccountCard()
        self.baseline: dict[str, Any] = {}
        self._draft_offered = False
        self._loading = False
        self.setObjectName("cardWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setStyleSheet(INVALID_STYLE)
        me = current_user(db)
        self.author_id = me.id if me else None
        members = owner_choices(db)

        self.fields = FieldSet(self)
        self.basics = BasicsTab(self.fields, members)
        self.relationship = RelationshipTab(self.fields)
        self.credit = CreditTab(self.fields)
        self.history = HistoryTab()
        self.lists = ListsTab()
        self.stakeholders = StakeholdersTab(db)
        self.attachments = AttachmentsWidget(db)
        self.timeline: TimelineWidget | None = None
        self.tables: dict[str, RowTable] = {**self.history.tables, **self.lists.tables}

        self.tabs = named(QTabWidget(), "cardTabs", self.tr("Customer card"))
        self.tabs.setDocumentMode(True)
        for page, title in (
            (self.basics, self.tr("&Basics")),
            (self.relationship, self.tr("&Relationship and classification")),
            (self.credit, self.tr("Credit and &commercial")),
            (self.history, self.tr("&Grading, prices, contribution")),
            (self.lists, self.tr("Complaints, &projects, plans")),
        ):
            self.tabs.addTab(_scrolled(page), title)
        self.tabs.addTab(self.stakeholders, self.tr("S&takeholders"))
        self.tabs.addTab(self.attachments, self.tr("&Attachments"))

        self.summary = QLabel()
        self.summary.setObjectName("cardErrorSummary")
        palette = self.summary.palette()
        palette.setColor(self.summary.foregroundRole(), ERROR_COLOUR)
        self.summary.setPalette(palette)
        self.summary.setWordWrap(True)
        self.summary.hide()
        self.status = QLabel()
        self.status.setObjectName("cardStatus")

        self.print_button = named(QPushButton(self.tr("Print card…")), "cardPrintButton")
        self.save_button = named(QPushButton(self.tr("&Save")), "cardSave")
        self.save_close_button = named(QPushButton(self.tr("Save and c&lose")), "cardSaveClose")
        self.close_button = named(QPushButton(self.tr("Close")), "cardClose")
        self.save_button.setDefault(True)
        self.print_button.clicked.connect(self.print_card)
        self.save_button.clicked.connect(self.save)
        self.save_close_button.clicked.connect(self.save_and_close)
        self.close_button.clicked.connect(self.close)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.status, 1)
        for b in (self.save_button, self.save_close_button, self.close_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        self.resize(940, 720)

        self.printing = DocumentActions(db, settings, self)
        self.draft_timer = QTimer(self)
        self.draft_timer.setInterval(DRAFT_INTERVAL_MS)
        self.draft_timer.timeout.connect(self.write_draft)
        self.draft_problem: str | None = None
        """Why the last draft could not be written, while it cannot."""
        self.duplicate_timer = QTimer(self)
        self.duplicate_timer.setSingleShot(True)
        self.duplicate_timer.setInterval(DUPLICATE_DELAY_MS)
        self.duplicate_timer.timeout.connect(self._look_for_duplicates)
        self.duplicates = BackgroundTask(self)
        self.duplicates.succeeded.connect(self._show_duplicates)
        self._duplicate_target: QLabel | None = None

        self.fields.edited.connect(self._edited)
        self.history.edited.connect(self._edited)
        self.lists.edited.connect(self._edited)
        self.basics.name.textEdited.connect(lambda: self._queue_duplicates(self.basics.name_hint))
        self.basics.phone.textEdited.connect(lambda: self._queue_duplicates(self.basics.phone_hint))
        self.basics.duplicate_clicked.connect(self._open_duplicate)
        self.stakeholders.changed.connect(
            lambda: self.events.announce({"stakeholder", "stakeholder_role", "stakeholder_move"})
        )
        self.attachments.changed.connect(lambda: self.events.announce({"attachment"}))
        self.people_actions = PeopleActions(self.stakeholders, db, events)
        events.changed.connect(self._data_changed)
        self.load()

    # ---- the lead's hooks ---------------------------------------------------------------

    def add_tab(self, widget: QWidget, title: str) -> int:
        """Add a tab (e.g. the contact timeline) after the card's own; returns its index."""
        return self.tabs.addTab(widget, title)

    # ---- load / validate / save ---------------------------------------------------------

    def load(self) -> None:
        """Read the card from the database (a new card: empty, owned by the current user)."""
        self._loading = True
        try:
            if self.account_id is not None:
                self.card = load_card(self.db, self.account_id)
            else:
                self.card = AccountCard()
            fill_form(self.fields, self.card)
            if self.account_id is None and self.author_id is not None:
                self.fields.set_value("relationship.owner_id", str(self.author_id))
            self.history.load(self.card)
            self.lists.load(self.card)
        finally:
            self._loading = False
        self.fields.clear_errors()
        self.summary.hide()
        self.stakeholders.set_account(self.account_id, self._key_account())
        self.attachments.set_account(self.account_id)
        self.baseline = self.form_state()
        self._register()
        self._update_title()

    def form_state(self) -> dict[str, Any]:
        """Everything typed in the form, JSON-serialisable (what a draft keeps)."""
        return {
            "fields": self.fields.state(),
            "tables": {key: t.raw_state() for key, t in self.tables.items()},
        }

    def restore_state(self, state: dict[str, Any]) -> None:
        self._loading = True
        try:
            self.fields.restore(state.get("fields", {}))
            for key, rows in state.get("tables", {}).items():
                if key in self.tables:
                    self.tables[key].restore_raw(rows)
        finally:
            self._loading = False
        self._edited()

    def discard_changes(self) -> None:
        """Forget the unsaved changes and their draft; the form keeps showing them until
        :meth:`load`. Closing then asks nothing."""
        self.draft_timer.stop()
        discard_draft(self.db, DRAFT_KIND, self.account_id)
        self.baseline = self.form_state()
        self._update_title()

    def is_dirty(self) -> bool:
        return self.form_state() != self.baseline

    def validate(self) -> AccountCard | None:
        """The card as typed, or ``None`` after showing every problem next to its field."""
        self.fields.clear_errors()
        for table in self.tables.values():
            table.clear_errors()
        card, problems, positions = card_from_form(self.fields, self.tables, self.card)
        card = periods_snapped(card)
        for p in card_problems(card):
            problems.append(_renumbered(p, positions))
        order = {key: i for i, key in enumerate(self.fields.widgets)}
        tables = list(self.tables)
        problems.sort(key=lambda p: _position(p.field, order, tables))
        self._show_problems(problems)
        return None if problems else card

    def save(self) -> bool:
        card = self.validate()
        if card is None:
            return False
        try:
            account_id = self._save_choosing(card)
            if account_id is None:
                self.status.setText(self.tr("Not saved: changed meanwhile by someone else"))
                return False
        except ValidationError as exc:
            self._show_problems([exc])
            return False
        except FieldVisitError as exc:
            QMessageBox.warning(self, error_title(exc), exc.detail)
            return False
        except Exception as exc:
            known = known_message(exc) if problem_of(exc) is not None else None
            if known is None:
                raise
            self.status.setText(self.tr("Not saved: {reason}").format(reason=known[1]))
            QMessageBox.warning(self, known[0], known[1])
            return False
        was_new = self.account_id is None
        if not was_new:
            discard_draft(self.db, DRAFT_KIND, self.account_id)
        self.account_id = account_id
        self.draft_timer.stop()
        self.load()
        self.events.announce(CHANGED_TABLES)
        if was_new:
            discard_draft(self.db, DRAFT_KIND, None)
        self.draft_problem = None
        self.draft_timer.setInterval(DRAFT_INTERVAL_MS)
        self.status.setText(self.tr("Saved at {}").format(_short_time()))
        self.saved.emit(account_id)
        return True

    def _save_choosing(self, card: AccountCard) -> uuid.UUID | None:
        """Save; when someone else changed the same values meanwhile, show both values and
        save the user's choice (``None``: the user cancelled, nothing saved)."""
        while True:
            try:
                return save_card(self.db, card)
            except EditConflictError as conflict:
                dialog = CardConflictDialog(conflict, self._conflict_labels(conflict), self)
                if dialog.exec() != QDialog.DialogCode.Accepted:
                    return None
                card = resolved(card, conflict, dialog.theirs())

    def _conflict_labels(self, conflict: EditConflictError) -> dict[str, str]:
        """Each conflicting field named as the form shows it (a row: table, row, column)."""
        lang = interface_language()
        fields = {s.key: s.label.plain(lang) for s in account_fields.ACCOUNT_FIELDS}
        labels: dict[str, str] = {}
        for c in conflict.conflicts:
            parts = c.field.split(".")
            table = self.tables.get(parts[0])
            if len(parts) == 3 and table is not None and parts[1].isdigit():
                column = table.columns[table.column_of(parts[2])].title
                labels[c.field] = self.tr("{table}, row {row}: {column}").format(
                    table=table.accessibleName(), row=int(parts[1]) + 1, column=column
                )
            else:
                labels[c.field] = fields.get(c.field, c.field)
        return labels

    @Slot()
    def save_and_close(self) -> None:
        if self.save():
            self.close()

    # ---- problems -----------------------------------------------------------------------

    def _show_problems(self, problems: list[ValidationError]) -> None:
        first: QWidget | None = None
        first_cell: tuple[RowTable, int, str] | None = None
        for p in problems:
            parts = p.field.split(".")
            if len(parts) == 3 and parts[0] in self.tables and parts[1].isdigit():
                table = self.tables[parts[0]]
                if table.show_error(int(parts[1]), parts[2], error_text(p)) and first is None:
                    first = table
                    first_cell = (table, int(parts[1]), parts[2])
            elif self.fields.show_error(p.field, error_text(p)) and first is None:
                first = self.fields.widgets[p.field]
        if not problems:
            self.summary.hide()
            return
        self.summary.setText(
            self.tr("Check the fields marked in red ({}): {}").format(
                len(problems), error_text(problems[0])
            )
        )
        self.summary.show()
        if first is not None:
            self._reveal(first)
            if first_cell is not None and first is first_cell[0]:
                first_cell[0].focus_cell(first_cell[1], first_cell[2])
            else:
                first.setFocus()

    def _reveal(self, widget: QWidget) -> None:
        for i in range(self.tabs.count()):
            page = self.tabs.widget(i)
            if page is not None and page.isAncestorOf(widget):
                self.tabs.setCurrentIndex(i)
                break
        if not self.basics.details.body.isVisible() and self.basics.details.body.isAncestorOf(
            widget
        ):
            self.basics.details.button.setChecked(True)
        scroll = self.tabs.currentWidget()
        if isinstance(scroll, QScrollArea):
            scroll.ensureWidgetVisible(widget)

    # ---- drafts -------------------------------------------------------------------------

    @Slot()
    def write_draft(self) -> None:
        """Keep the unsaved form state; nothing to keep when it equals the saved card.

        A full disk or busy database leaves the form as typed, says "Not saved" and why,
        and tries again after a second, backing off to half a minute (sooner on a key).
        """
        state = self.form_state()
        try:
            if state == self.baseline:
                discard_draft(self.db, DRAFT_KIND, self.account_id)
                self.draft_timer.stop()
            else:
                save_draft(self.db, DRAFT_KIND, self.account_id, state, self.author_id)
        except Exception as exc:
            problem = problem_of(exc)
            if problem is not None:
                reason = enum_label(problem)
            elif isinstance(exc, FieldVisitError):
                reason = error_title(exc)
            else:
                raise
            retry = self.draft_timer.interval() * 2 if self.draft_problem is not None else 0
            self.draft_problem = reason
            self.status.setText(self.tr("Not saved: {reason}. Trying again…").format(reason=reason))
            self.draft_timer.start(min(max(retry, RETRY_FIRST_MS), RETRY_MAX_MS))
            return
        if self.draft_problem is not None:
            self.draft_problem = None
            self.status.setText(self.tr("Saved as a draft at {}").format(_short_time()))
        self.draft_timer.setInterval(DRAFT_INTERVAL_MS)

    def offer_draft(self) -> bool:
        """Offer the changes a previous session left unsaved; returns whether restored."""
        draft = load_draft(self.db, DRAFT_KIND, self.account_id)
        if draft is None or draft.payload == self.baseline:
            return False
        saved = draft.saved_at.astimezone(local_zone())
        locale = QLocale()
        when = locale.toString(QTime(saved.hour, saved.minute), QLocale.FormatType.ShortFormat)
        if saved.date() != today():
            when = date_text(saved.date()) + " " + when
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Restore unsaved changes from {}?").format(when),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_state(draft.payload)
            return True
        discard_draft(self.db, DRAFT_KIND, self.account_id)
        return False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._draft_offered:
            self._draft_offered = True
            QTimer.singleShot(0, self.offer_draft)

    # ---- closing ------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_dirty():
            self.write_draft()  # kept even if the app is killed while the question is open
            answer = QMessageBox.warning(
                self,
                self.tr("Unsaved changes"),
                self.tr("Save the changes to {}?").format(self._name() or self.tr("this card")),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                event.ignore()
                return
            if answer == QMessageBox.StandardButton.Save and not self.save():
                event.ignore()
                return
            if answer == QMessageBox.StandardButton.Discard:
                discard_draft(self.db, DRAFT_KIND, self.account_id)
        self.stop()
        event.accept()
        super().closeEvent(event)

    def stop(self) -> None:
        self.draft_timer.stop()
        self.duplicate_timer.stop()
        self.duplicates.discard()
        self.duplicates.wait()
        self.printing.stop()
        self._unregister()

    # ---- reactions ----------------------------------------------------------------------

    @Slot()
    def _edited(self) -> None:
        if self._loading:
            return
        if self.draft_problem is not None:
            self.draft_timer.start(RETRY_FIRST_MS)  # typing again retries soon
        elif not self.draft_timer.isActive():
            self.draft_timer.start()
        self.stakeholders.set_key_account(self._key_account())
        self._update_title()

    def _key_account(self) -> bool:
        tier = self.fields.value("classification.tier")
        level = self.fields.value("classification.key_account_level")
        return is_key_account(
            Tier(tier) if tier else None, KeyAccountLevel(level) if level else None
        )

    def _name(self) -> str:
        return str(self.fields.value("basics.name") or "")

    def _update_title(self) -> None:
        name = self._name() or self.tr("New account")
        mark = " *" if self.is_dirty() else ""
        self.setWindowTitle(self.tr("Customer card — {}").format(name) + mark)
        self.print_button.setEnabled(self.account_id is not None)

    def _queue_duplicates(self, target: QLabel) -> None:
        self._duplicate_target = target
        self.duplicate_timer.start()

    @Slot()
    def _look_for_duplicates(self) -> None:
        db, exclude = self.db, self.account_id
        if self._duplicate_target is self.basics.phone_hint:
            phone = self.fields.text("basics.phone")
            self.duplicates.start(lambda: ("phone", similar_accounts(db, None, phone, exclude)))
        else:
            name = self.fields.text("basics.name")
            self.duplicates.start(lambda: ("name", similar_accounts(db, name, None, exclude)))

    @Slot(object)
    def _show_duplicates(self, result: object) -> None:
        assert isinstance(result, tuple)
        which, found = result
        label = self.basics.phone_hint if which == "phone" else self.basics.name_hint
        self.basics.show_duplicates(label, found)

    @Slot(str)
    def _open_duplicate(self, link: str) -> None:
        try:
            target = uuid.UUID(link)
            open_card(self.db, self.events, self.settings, target, self.parentWidget())
        except (ValueError, NotFoundError) as exc:
            QMessageBox.information(self, self.tr("Cannot open the account"), str(exc))

    @Slot(set)
    def _data_changed(self, changed: set[str]) -> None:
        if self.account_id is not None and concerns(changed, {"stakeholder", "account"}):
            self.stakeholders.refresh()

    @Slot()
    def print_card(self) -> None:
        if self.account_id is None:
            return
        if self.is_dirty():
            answer = QMessageBox.question(
                self,
                self.tr("Print card"),
                self.tr("The printout shows the saved card. Save your changes first?"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Save or not self.save():
                return
        item = AccountItem(
            self.account_id,
            self.card.basics.name,
            self.card.basics.city,
            self.card.basics.account_type or AccountType.OTHER,
            self.card.owner_name,
        )
        dialog = PrintCardDialog(item, self.printing, self.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _register(self) -> None:
        if self.account_id is not None:
            _OPEN[(id(self.db), self.account_id)] = self
            self._add_timeline(self.account_id)

    def _add_timeline(self, account_id: uuid.UUID) -> None:
        """Records, promises and co-visits of the account; a new card gets it once saved."""
        if self.timeline is not None:
            return
        self.timeline = TimelineWidget(self.db, self.events, account_id, self.settings)
        self.timeline.setObjectName("cardTimeline")
        self.timeline.covisit_requested.connect(self._open_covisit)
        self.add_tab(self.timeline, self.tr("Timeline"))

    def _open_covisit(self, covisit_id: uuid.UUID) -> None:
        open_covisit_window(self.parentWidget(), self.db, self.events, self.settings, covisit_id)

    def _unregister(self) -> None:
        if self.account_id is not None and _OPEN.get((id(self.db), self.account_id)) is self:
            del _OPEN[(id(self.db), self.account_id)]


def _short_time() -> str:
    now = local_now()
    return QLocale().toString(QTime(now.hour, now.minute), QLocale.FormatType.ShortFormat)


def _scrolled(page: QWidget) -> QScrollArea:
    scroll = QScrollArea()
    scroll.setObjectName(f"{page.objectName()}Scroll")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(page)
    return scroll


def _position(field: str, order: dict[str, int], tables: list[str]) -> tuple[int, int, int]:
    """Where a field comes in the form: fields in tab order, then table rows."""
    if field in order:
        return (order[field], 0, 0)
    parts = field.split(".")
    if parts[0] in tables and len(parts) > 1 and parts[1].isdigit():
        return (len(order) + tables.index(parts[0]), int(parts[1]), 0)
    return (len(order) + len(tables), 0, 0)


def _renumbered(problem: ValidationError, positions: dict[str, list[int]]) -> ValidationError:
    """Map a row index of the typed card back to the table row it came from."""
    parts = problem.field.split(".")
    if len(parts) == 3 and parts[0] in positions and parts[1].isdigit():
        rows = positions[parts[0]]
        index = int(parts[1])
        if index < len(rows):
            return ValidationError(f"{parts[0]}.{rows[index]}.{parts[2]}", problem.detail)
    return problem
