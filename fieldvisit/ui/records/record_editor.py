"""The contact record window (客户联系记录卡): write, save as draft, complete, print.

Open it with :func:`open_record_editor`, which keeps one window per record.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QSettings, Qt, Slot
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fieldvisit import clock
from fieldvisit.domain.enums import RecordStatus
from fieldvisit.domain.errors import FieldVisitError, ValidationError
from fieldvisit.domain.problems import problem_of
from fieldvisit.reports.snapshots import CommentLine
from fieldvisit.services.records import (
    RecordForm,
    complete,
    load_record,
    new_record_form,
    record_choices,
    save_draft,
)
from fieldvisit.services.reporting.catalog import RecordItem
from fieldvisit.services.reporting.render import PrintOptions
from fieldvisit.services.reviews.comments import add_record_comment, record_comments
from fieldvisit.services.team import current_user
from fieldvisit.storage.database import Database
from fieldvisit.ui.crash import known_message
from fieldvisit.ui.events import DataEvents
from fieldvisit.ui.labels import error_line, interface_language
from fieldvisit.ui.printing.actions import DocumentActions
from fieldvisit.ui.printing.documents import DocumentRequest, record_request
from fieldvisit.ui.records.comments_panel import CommentsPanel
from fieldvisit.ui.records.editor_layout import EditorLayout
from fieldvisit.ui.widgets import named

CHANGED_TABLES = {"contact_record", "promise", "planned_contact", "attachment", "visit_check"}


class RecordEditor(QWidget):
    """One contact record in its own window, following ``load() / validate() / save()``."""

    def __init__(
        self,
        db: Database,
        events: DataEvents,
        settings: QSettings,
        account_id: uuid.UUID | None,
        record_id: uuid.UUID | None = None,
        planned_contact_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.db = db
        self.events = events
        self.settings = settings
        self.account_id = account_id
        self.record_id = record_id
        self.planned_contact_id = planned_contact_id
        self.form: RecordForm | None = None
        self._saved: RecordForm | None = None
        self.setObjectName("recordEditor")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(880, 900)

        self.ui = EditorLayout(db, settings, self)
        self.status_label = self.ui.status_label
        self.error_banner = self.ui.error_banner

        self.print_button = named(QPushButton(self.tr("&Print")), "printRecord")
        self.print_menu = QMenu(self.print_button)
        self.print_menu.setObjectName("printMenu")
        self.print_menu.addAction(self.tr("Preview…"), self.preview)
        self.print_menu.addAction(self.tr("Print…"), self.print_record)
        self.print_menu.addAction(self.tr("Save as PDF…"), self.save_pdf)
        self.print_button.setMenu(self.print_menu)
        self.print_button.setToolTip(self.tr("Save the record first, then print it."))
        self.draft_button = named(QPushButton(self.tr("Save &draft")), "saveDraft")
        self.draft_button.setToolTip(
            self.tr("Keep what is written; finish it within two days of the contact.")
        )
        self.complete_button = named(QPushButton(self.tr("&Complete")), "completeRecord")
        self.complete_button.setDefault(True)
        self.complete_button.setToolTip(
            self.tr("Save and mark complete: successes, shortcomings and lessons are needed.")
        )
        self.close_button = named(QPushButton(self.tr("Close")), "closeEditor")
        self.draft_button.clicked.connect(self.save_as_draft)
        self.complete_button.clicked.connect(self.save_complete)
        self.close_button.clicked.connect(self.close)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_as_draft)

        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.draft_button)
        buttons.addWidget(self.complete_button)

        scroll = QScrollArea()
        scroll.setObjectName("recordScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.ui.body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.ui.header)
        layout.addWidget(self.error_banner)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

        self._printing: DocumentActions | None = None
        self.ui.changed.connect(self._update_title)
        # The manager's review and the rep's replies, under the record once it is saved.
        self.comments = CommentsPanel(
            events, {"record_comment"}, self._comments, self._add_comment, self.ui.body
        )
        self.ui.column.insertWidget(self.ui.column.count() - 1, self.comments)
        self.comments.refreshed.connect(self._update_title)
        self.load()

    # -- load / validate / save ------------------------------------------------------

    def load(self) -> None:
        """Read the record (or start a new one) and show it."""
        if self.record_id is not None:
            form = load_record(self.db, self.record_id)
            self.account_id = form.account_id
        else:
            if self.account_id is None:
                raise ValueError("a new record needs an account_id")
            user = current_user(self.db)
            form = new_record_form(
                self.db,
                self.account_id,
                user.id if user else None,
                clock.local_now(),
                planned_contact_id=self.planned_contact_id,
            )
        choices = record_choices(self.db, form.account_id)
        self.ui.show_form(form, choices)
        self.form = form
        self._saved = self.ui.collect(form, strict=False)
        self.ui.clear_errors()
        self._update_title()
        self.comments.setVisible(self.record_id is not None)
        self.comments.refresh()  # and the title, which counts the comments

    def _comments(self) -> tuple[CommentLine, ...]:
        return () if self.record_id is None else record_comments(self.db, self.record_id)

    def _add_comment(self, text: str) -> uuid.UUID:
        assert self.record_id is not None
        comment = add_record_comment(self.db, self.record_id, text)
        self.events.announce({"record_comment"})
        return comment

    def validate(self, completing: bool) -> RecordForm | None:
        """The form as typed, or ``None`` after showing what to fix beside each field."""
        assert self.form is not None
        self.ui.clear_errors()
        problems: list[tuple[str, str]] = []
        try:
            form = self.ui.collect(self.form, strict=True)
        except ValidationError as exc:
            self.ui.show_error(exc.field, self._message(exc))
            self._banner(self.tr("Please correct the marked field."))
            return None
        blank = self.ui.promises.first_blank()
        if blank is not None:
            problems.append(
                (
                    "promises",
                    self.tr("Agreement {} has no description: describe it or remove it.").format(
                        blank + 1
                    ),
                )
            )
        if form.next_visit_on is not None and form.next_visit_on < form.when.date():
            problems.append(
                ("next_visit_on", self.tr("The next visit cannot be before this contact."))
            )
        if completing:
            texts = {
                "successes": self.tr("Write the successes of this contact to complete it."),
                "shortcomings": self.tr("Write the shortcomings of this contact to complete it."),
                "lessons": self.tr("Write the lessons learnt to complete the record."),
            }
            problems += [(name, texts[name]) for name in form.missing_reflections()]
        if problems:
            for field, text in problems:
                self.ui.show_error(field, text)
            self._banner(
                self.tr(
                    "The record is not saved yet: %n field(s) need attention.", "", len(problems)
                )
            )
            self.ui.focus_field(problems[0][0])
            return None
        return form

    def save(self, completing: bool) -> bool:
        form = self.validate(completing)
        if form is None:
            return False
        try:
            self.record_id = complete(self.db, form) if completing else save_draft(self.db, form)
        except ValidationError as exc:
            self.ui.show_error(exc.field, self._message(exc))
            self._banner(self._message(exc))
            return False
        except FieldVisitError as exc:
            self._banner(error_line(exc))
            return False
        except Exception as exc:  # a full disk, a locked database: the form keeps the text
            known = known_message(exc) if problem_of(exc) is not None else None
            if known is None:
                raise
            self._banner(self.tr("Not saved: {reason}").format(reason=known[1]))
            return False
        _register(self)
        self.load()
        self.events.announce(CHANGED_TABLES)
        return True

    def _message(self, exc: ValidationError) -> str:
        if exc.field in self.ui.money_fields():
            return self.tr("Enter an amount in yuan, e.g. 12345.60.")
        return exc.detail

    @Slot()
    def save_as_draft(self) -> bool:
        return self.save(False)

    @Slot()
    def save_complete(self) -> bool:
        return self.save(True)

    def _banner(self, text: str) -> None:
        self.error_banner.setText(text)
        self.error_banner.setVisible(True)

    # -- state -----------------------------------------------------------------------

    def is_modified(self) -> bool:
        if self.form is None or self._saved is None:
            return False
        try:
            return self.ui.collect(self.form, strict=False) != self._saved
        except ValidationError:
            return True

    def is_complete(self) -> bool:
        return self.form is not None and self.form.status is RecordStatus.COMPLETE

    @Slot()
    def _update_title(self) -> None:
        if self.form is None:
            return
        name = self.form.account_name
        star = "*" if self.is_modified() else ""
        if self.record_id is None:
            title = self.tr("New contact record — {name}").format(name=name)
        else:
            title = self.tr("Contact record — {name}").format(name=name)
        self.setWindowTitle(star + title)
        complete_state = self.is_complete()
        if self.record_id is None:
            state = self.tr("New record, not saved yet")
        elif complete_state:
            state = self.tr("Complete")
        else:
            state = self.tr("Draft — complete it within two days of the contact")
        count = len(self.comments.comments()) if self.record_id is not None else 0
        if count:
            state += " · " + self.tr("%n comment(s) below", "", count)
        self.status_label.setText(state)
        self.draft_button.setText(
            self.tr("Save as &draft") if complete_state else self.tr("Save &draft")
        )
        self.complete_button.setText(self.tr("&Save") if complete_state else self.tr("&Complete"))
        self.print_button.setEnabled(self.record_id is not None)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_modified():
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr(
                    "This contact record has changes that are not saved. Save them as a draft?"
                ),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Cancel or (
                answer == QMessageBox.StandardButton.Save and not self.save(self.is_complete())
            ):
                event.ignore()
                return
        if self._printing is not None:
            self._printing.stop()
        _forget(self)
        super().closeEvent(event)

    # -- printing --------------------------------------------------------------------

    def _request(self) -> DocumentRequest:
        assert self.form is not None and self.record_id is not None
        item = RecordItem(
            self.record_id,
            self.form.when,
            self.form.account_name,
            None,
            self.form.method,
            self.form.status,
        )
        paper = str(self.settings.value("print/paper", "a4", str))
        return record_request(item, PrintOptions(lang=interface_language(), paper=paper))

    def _actions(self) -> DocumentActions:
        if self._printing is None:
            self._printing = DocumentActions(self.db, self.settings, self)
        return self._printing

    def _printable(self) -> bool:
        if self.record_id is None:
            return False
        if self.is_modified():
            self._banner(self.tr("Save the record first; the printout shows what is saved."))
            return False
        return True

    @Slot()
    def preview(self) -> None:
        if self._printable():
            self._actions().open_preview(self._request(), self.windowTitle())

    @Slot()
    def print_record(self) -> None:
        if self._printable():
            self._actions().print(self._request(), self.windowTitle())

    @Slot()
    def save_pdf(self) -> None:
        if self._printable():
            self._actions().save(self._request())


_OPEN: dict[object, RecordEditor] = {}


def _key(editor: RecordEditor) -> object:
    if editor.record_id is not None:
        return editor.record_id
    if editor.planned_contact_id is not None:
        return ("planned", editor.planned_contact_id)
    return ("new", id(editor))


def _register(editor: RecordEditor) -> None:
    _forget(editor)
    _OPEN[_key(editor)] = editor


def _forget(editor: RecordEditor) -> None:
    for key, open_editor in list(_OPEN.items()):
        if open_editor is editor:
            del _OPEN[key]


def open_record_editor(
    db: Database,
    events: DataEvents,
    settings: QSettings,
    account_id: uuid.UUID | None = None,
    record_id: uuid.UUID | None = None,
    planned_contact_id: uuid.UUID | None = None,
    parent: QWidget | None = None,
) -> RecordEditor:
    """Show the record's window, raising the one already open for it if there is one.

    Give ``record_id`` to open a record, or ``account_id`` (and optionally the
    ``planned_contact_id`` it fulfils) to write a new one.
    """
    wanted: object | None = record_id
    if wanted is None and planned_contact_id is not None:
        wanted = ("planned", planned_contact_id)
    editor = _OPEN.get(wanted) if wanted is not None else None
    if editor is None:
        if record_id is None and account_id is None:
            raise ValueError("open_record_editor needs a record_id or an account_id")
        editor = RecordEditor(
            db,
            events,
            settings,
            account_id,
            record_id=record_id,
            planned_contact_id=planned_contact_id,
            parent=parent,
        )
        _register(editor)
    editor.show()
    if QGuiApplication.platformName() != "offscreen":  # no window stack to raise in
        editor.raise_()
        editor.activateWindow()
    return editor


def open_editors() -> list[RecordEditor]:
    """The record windows open now (e.g. to warn about unsaved work when quitting)."""
    return list(dict.fromkeys(_OPEN.values()))
