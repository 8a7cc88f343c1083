"""The Team page's small dialogs: add a person, show their code once, choose a manager or a
role, hand accounts to a rep. Each only collects values; the page sends them."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldvisit.domain.enums import MemberRole
from fieldvisit.storage.database import Database
from fieldvisit.sync.team_admin import AccountEntry, Person, TeamAdmin
from fieldvisit.ui.accounts.account_chooser import AccountChooser
from fieldvisit.ui.background import BackgroundTask
from fieldvisit.ui.labels import enum_label
from fieldvisit.ui.widgets import error_label, heading_label, hint_label, named
from fieldvisit.ui.widgets import scaled_font as _scaled

ID_ROLE = int(Qt.ItemDataRole.UserRole)
CODE_TEXT_WIDTH = 460


def _fill_people(combo: QComboBox, people: list[Person]) -> None:
    combo.clear()
    for person in people:
        combo.addItem(person.name, str(person.id))


def _chosen(combo: QComboBox) -> uuid.UUID | None:
    value = combo.currentData()
    return uuid.UUID(str(value)) if value else None


def _buttons(dialog: QDialog, ok_text: str, name: str) -> tuple[QDialogButtonBox, QPushButton]:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    box.setObjectName(f"{name}Buttons")
    ok = named(QPushButton(ok_text), f"{name}Ok")
    ok.setDefault(True)
    box.addButton(ok, QDialogButtonBox.ButtonRole.AcceptRole)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box, ok


class AddPersonDialog(QDialog):
    """Name, role and (for a rep) manager of someone joining the team."""

    def __init__(self, managers: list[Person], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addPersonDialog")
        self.setWindowTitle(self.tr("Add a person to the team"))
        self.name_edit = named(QLineEdit(), "personName", self.tr("Name"))
        self.role_combo = named(QComboBox(), "personRole", self.tr("Role"))
        for role in (MemberRole.REP, MemberRole.MANAGER, MemberRole.ADMIN):
            self.role_combo.addItem(enum_label(role), role.value)
        self.manager_combo = named(QComboBox(), "personManager", self.tr("Manager"))
        _fill_people(self.manager_combo, managers)
        self.error = error_label("addPersonError")
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Role:"), self.role_combo)
        form.addRow(self.tr("&Manager:"), self.manager_combo)
        self.buttons, self.ok_button = _buttons(self, self.tr("&Add"), "addPerson")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            hint_label(
                self.tr(
                    "The server makes a one-time code for the new person; you see it once, "
                    "next, to give to them."
                )
            )
        )
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.role_combo.currentIndexChanged.connect(self._role_changed)
        self._role_changed()
        self.resize(420, 0)

    def role(self) -> MemberRole:
        return MemberRole(str(self.role_combo.currentData()))

    def manager(self) -> uuid.UUID | None:
        return _chosen(self.manager_combo) if self.role() is MemberRole.REP else None

    @Slot()
    def _role_changed(self) -> None:
        self.manager_combo.setEnabled(self.role() is MemberRole.REP)

    def accept(self) -> None:
        if not self.name_edit.text().strip():
            self.error.setText(self.tr("Name: enter the person's name."))
            self.error.setVisible(True)
            self.name_edit.setFocus()
            return
        if self.role() is MemberRole.REP and self.manager() is None:
            self.error.setText(self.tr("Manager: a rep needs a manager; add a manager first."))
            self.error.setVisible(True)
            return
        super().accept()


class CodeDialog(QDialog):
    """The enrolment code, shown once, with a Copy button and who to give it to."""

    def __init__(self, name: str, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("enrolmentCodeDialog")
        self.setWindowTitle(self.tr("Enrolment code"))
        self.code = code
        self.code_edit = named(QLineEdit(code), "enrolmentCode", self.tr("Enrolment code"))
        self.code_edit.setReadOnly(True)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.code_edit.setFont(_scaled(mono, 1.6, bold=True))
        self.code_edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.copy_button = named(QPushButton(self.tr("&Copy")), "copyCode")
        self.copy_button.clicked.connect(self.copy)
        self.copied = hint_label("")
        self.copied.setObjectName("codeCopied")
        row = QHBoxLayout()
        row.addWidget(self.code_edit, 1)
        row.addWidget(self.copy_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("codeButtons")
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        title = heading_label(self.tr("Give this code to {name}").format(name=name), 1.2)
        title.setObjectName("codeFor")
        title.setWordWrap(True)
        layout.addWidget(title)
        layout.addLayout(row)
        layout.addWidget(self.copied)
        how = hint_label(
            self.tr(
                "{name} enters it in FieldVisit when joining the team, with this "
                "server's address. It works once, for seven days. It is shown only now: "
                "copy it or write it down before closing. A lost code is replaced with "
                "New code."
            ).format(name=name)
        )
        how.setObjectName("codeHow")
        how.setMinimumWidth(CODE_TEXT_WIDTH)
        how.setMinimumHeight(how.heightForWidth(CODE_TEXT_WIDTH))  # wrapped, never cut off
        layout.addWidget(how)
        layout.addWidget(close)
        self.resize(480, 0)

    @Slot()
    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.code)
        self.copied.setText(self.tr("Copied."))


class ChoosePersonDialog(QDialog):
    """One choice of a person (a new manager for a rep)."""

    def __init__(
        self, title: str, prompt: str, people: list[Person], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("choosePersonDialog")
        self.setWindowTitle(title)
        self.combo = named(QComboBox(), "choosePerson", prompt)
        _fill_people(self.combo, people)
        form = QFormLayout()
        form.addRow(prompt, self.combo)
        self.buttons, self.ok_button = _buttons(self, self.tr("&Save"), "choosePerson")
        self.ok_button.setEnabled(bool(people))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(380, 0)

    def chosen(self) -> uuid.UUID | None:
        return _chosen(self.combo)


class RoleDialog(QDialog):
    """A new role for someone (a rep also needs a manager)."""

    def __init__(
        self, person: Person, managers: list[Person], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("roleDialog")
        self.setWindowTitle(self.tr("Change the role of {name}").format(name=person.name))
        self.role_combo = named(QComboBox(), "newRole", self.tr("Role"))
        for role in (MemberRole.REP, MemberRole.MANAGER, MemberRole.ADMIN):
            self.role_combo.addItem(enum_label(role), role.value)
        self.role_combo.setCurrentIndex(self.role_combo.findData(person.role.value))
        self.manager_combo = named(QComboBox(), "newRoleManager", self.tr("Manager"))
        _fill_people(self.manager_combo, [m for m in managers if m.id != person.id])
        if person.manager_id is not None:
            self.manager_combo.setCurrentIndex(self.manager_combo.findData(str(person.manager_id)))
        form = QFormLayout()
        form.addRow(self.tr("&Role:"), self.role_combo)
        form.addRow(self.tr("&Manager:"), self.manager_combo)
        self.buttons, self.ok_button = _buttons(self, self.tr("&Save"), "role")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            hint_label(
                self.tr(
                    "A manager keeps the role while reps report to them, and an "
                    "administrator holds no accounts: move those first."
                )
            )
        )
        layout.addWidget(self.buttons)
        self.role_combo.currentIndexChanged.connect(self._role_changed)
        self._role_changed()
        self.resize(420, 0)

    def role(self) -> MemberRole:
        return MemberRole(str(self.role_combo.currentData()))

    def manager(self) -> uuid.UUID | None:
        return _chosen(self.manager_combo) if self.role() is MemberRole.REP else None

    @Slot()
    def _role_changed(self) -> None:
        self.manager_combo.setEnabled(self.role() is MemberRole.REP)


class ServerAccountChooser(QWidget):
    """Accounts found on the team server by name or city (an administrator's laptop holds
    no accounts of its own)."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.search = named(QLineEdit(), "serverAccountSearch", self.tr("Find an account"))
        self.search.setPlaceholderText(self.tr("Part of the name or the city"))
        self.search.setClearButtonEnabled(True)
        self.list = named(QListWidget(), "serverAccounts", self.tr("Accounts"))
        self.note = hint_label("")
        self.note.setObjectName("serverAccountsNote")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.note)
        self.found: list[AccountEntry] = []
        self._task = BackgroundTask(self)
        self._task.succeeded.connect(self._on_found)
        self._task.failed.connect(self._on_failed)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(300)
        self._typing.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._typing.start())
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        db, text = self.db, self.search.text()

        def find() -> list[AccountEntry]:
            with TeamAdmin(db) as api:
                return api.accounts(text)

        self.note.setText(self.tr("Searching the team server…"))
        self._task.start(find)

    def wait_ready(self, msecs: int = -1) -> None:
        self._task.wait(msecs)

    @Slot(object)
    def _on_found(self, found: object) -> None:
        self.found = list(found) if isinstance(found, list) else []
        self.list.clear()
        for entry in self.found:
            text = entry.name
            if entry.city:
                text += f" — {entry.city}"
            if entry.owner_name:
                text += self.tr(" (held by {name})").format(name=entry.owner_name)
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, str(entry.id))
            self.list.addItem(item)
        if self.found:
            self.list.setCurrentRow(0)
        self.note.setText("" if self.found else self.tr("No account matches."))

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        self.note.setText(str(getattr(error, "detail", type(error).__name__)))

    def chosen(self) -> tuple[uuid.UUID, str] | None:
        item = self.list.currentItem()
        if item is None:
            return None
        entry = next((e for e in self.found if str(e.id) == item.data(ID_ROLE)), None)
        return (entry.id, entry.name) if entry else None


class TerritoryDialog(QDialog):
    """Choose accounts (one after another into a list), then the rep who takes them."""

    def __init__(
        self,
        db: Database,
        reps: list[Person],
        on_server: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("territoryDialog")
        self.setWindowTitle(self.tr("Hand accounts to a rep"))
        self.picked: dict[uuid.UUID, str] = {}
        self.chooser: AccountChooser | ServerAccountChooser
        if on_server:
            self.chooser = ServerAccountChooser(db, self)
            self.chooser.list.itemActivated.connect(lambda _i: self.add_chosen())
            self._chosen: Callable[[], tuple[uuid.UUID, str] | None] = self.chooser.chosen
        else:
            chooser = AccountChooser(db, frozenset(r.id for r in reps), self)
            chooser.activated.connect(lambda _id: self.add_chosen())
            self.chooser = chooser

            def chosen_local() -> tuple[uuid.UUID, str] | None:
                choice = chooser.chosen()
                return (choice.id, choice.name) if choice else None

            self._chosen = chosen_local
        self.add_button = named(QPushButton(self.tr("Add to the list ↓")), "addAccount")
        self.add_button.clicked.connect(self.add_chosen)
        self.picked_list = named(QListWidget(), "pickedAccounts", self.tr("Accounts to hand over"))
        self.remove_button = named(QPushButton(self.tr("Remove from the list")), "removeAccount")
        self.remove_button.clicked.connect(self._remove)
        self.rep_combo = named(QComboBox(), "territoryRep", self.tr("Rep who takes them"))
        _fill_people(self.rep_combo, reps)
        self.buttons, self.ok_button = _buttons(self, self.tr("&Hand over"), "territory")
        form = QFormLayout()
        form.addRow(self.tr("&To the rep:"), self.rep_combo)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("1. Find an account and add it to the list:")))
        layout.addWidget(self.chooser, 2)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(QLabel(self.tr("2. Accounts to hand over:")))
        layout.addWidget(self.picked_list, 1)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(form)
        layout.addWidget(
            hint_label(
                self.tr(
                    "The accounts go with their stakeholders, records and plans; the "
                    "previous holder's laptop drops them at its next sync."
                )
            )
        )
        layout.addWidget(self.buttons)
        self._update()
        self.resize(640, 620)

    @Slot()
    def add_chosen(self) -> None:
        chosen = self._chosen()
        if chosen is None or chosen[0] in self.picked:
            return
        self.picked[chosen[0]] = chosen[1]
        item = QListWidgetItem(chosen[1])
        item.setData(ID_ROLE, str(chosen[0]))
        self.picked_list.addItem(item)
        self._update()

    @Slot()
    def _remove(self) -> None:
        item = self.picked_list.currentItem()
        if item is None:
            return
        self.picked.pop(uuid.UUID(item.data(ID_ROLE)), None)
        self.picked_list.takeItem(self.picked_list.row(item))
        self._update()

    def _update(self) -> None:
        self.ok_button.setEnabled(bool(self.picked) and self.rep() is not None)
        self.remove_button.setEnabled(bool(self.picked))

    def accounts(self) -> list[uuid.UUID]:
        return list(self.picked)

    def rep(self) -> uuid.UUID | None:
        return _chosen(self.rep_combo)
