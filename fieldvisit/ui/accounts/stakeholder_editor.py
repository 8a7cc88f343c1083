"""The stakeholder dialog: identity, buying roles, level, values, adoption, trust check.

The personal profile is on its own tab, marked sensitive, and read from the database
only when the user opens that tab (see :mod:`.stakeholder_profile`).
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fieldvisit.domain.enums import (
    BuyingRole,
)
from fieldvisit.domain.errors import FieldVisitError, ValidationError
from fieldvisit.domain.fields import stakeholder as stakeholder_fields
from fieldvisit.services.accounts.duplicates import similar_stakeholders
from fieldvisit.services.accounts.stakeholders import (
    StakeholderData,
    load_stakeholder,
    save_stakeholder,
    stakeholder_problems,
)
from fieldvisit.storage.database import Database
from fieldvisit.ui.accounts.card_conflict import save_values_choosing
from fieldvisit.ui.accounts.card_fields import FieldSet, error_text
from fieldvisit.ui.accounts.card_layout import fill_form_layout, plain
from fieldvisit.ui.accounts.stakeholder_profile import ProfileTab
from fieldvisit.ui.labels import enum_label, error_title
from fieldvisit.ui.widgets import ERROR_COLOUR, hint_label, named


class StakeholderDialog(QDialog):
    """Add (``stakeholder=None``) or edit a person of ``account_id``. ``saved`` carries the id."""

    saved = Signal(object)

    def __init__(
        self,
        db: Database,
        account_id: uuid.UUID,
        stakeholder: StakeholderData | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.account_id = account_id
        self.original = stakeholder
        self.setObjectName("stakeholderDialog")
        self.setWindowTitle(
            self.tr("Edit stakeholder") if stakeholder else self.tr("New stakeholder")
        )
        self.setStyleSheet('*[invalid="true"] { border: 1px solid #b3261e; }')
        self.fields = FieldSet(self)
        self.tabs = named(QTabWidget(), "stakeholderTabs", self.tr("Stakeholder"))
        self.tabs.addTab(self._identity(), self.tr("Identity and role"))
        self.tabs.addTab(self._assessment(), self.tr("Values and trust"))
        self.profile = ProfileTab(db, stakeholder.id if stakeholder else None)
        self.profile_index = self.tabs.addTab(
            self.profile,
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
            self.tr("Personal profile (sensitive)"),
        )
        self.tabs.setTabToolTip(
            self.profile_index,
            self.tr("Sensitive personal data — never printed unless you ask"),
        )
        self.tabs.currentChanged.connect(self._tab_changed)

        self.general_error = QLabel()
        self.general_error.setObjectName("stakeholderError")
        self.general_error.setWordWrap(True)
        palette = self.general_error.palette()
        palette.setColor(self.general_error.foregroundRole(), ERROR_COLOUR)
        self.general_error.setPalette(palette)
        self.general_error.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setObjectName("stakeholderButtons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.resize(720, 620)
        self.load()

    # ---- layout -------------------------------------------------------------------------

    def _identity(self) -> QWidget:
        page = QWidget()
        f = self.fields
        form = QFormLayout()
        self._fill(form, "identity", "contact")
        name = f.widgets["name"]
        assert isinstance(name, QLineEdit)
        self.name = name
        self.duplicate_hint = hint_label("")
        self.duplicate_hint.setObjectName("stakeholderDuplicateHint")
        self.duplicate_hint.hide()
        form.addRow("", self.duplicate_hint)
        for key in ("name", "mobile", "office_phone"):
            line = f.widgets[key]
            assert isinstance(line, QLineEdit)
            line.editingFinished.connect(self._check_duplicates)

        self.roles = named(QListWidget(), "stakeholderRoles", self.tr("Buying roles"))
        for role in BuyingRole:
            item = QListWidgetItem(enum_label(role))
            item.setData(Qt.ItemDataRole.UserRole, role.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.roles.addItem(item)
        roles_box = QGroupBox(self.tr("Buying roles"))
        roles_layout = QVBoxLayout(roles_box)
        roles_layout.addWidget(self.roles)
        roles_layout.addWidget(hint_label(self.tr("Tick every role this person plays.")))

        level = QFormLayout()
        self._fill(level, "identity", "level")
        right = QVBoxLayout()
        right.addWidget(roles_box, 1)
        right.addLayout(level)
        row = QHBoxLayout(page)
        row.addLayout(form, 3)
        row.addSpacing(16)
        row.addLayout(right, 2)
        return page

    def _assessment(self) -> QWidget:
        page = QWidget()
        values = QGroupBox(self.tr("Values and adoption"))
        form = QFormLayout(values)
        self._fill(form, "assessment", "values")
        trust = QGroupBox(self.tr("Trust check (1 = not at all, 5 = fully)"))
        self._fill(QFormLayout(trust), "assessment", "trust")
        notes = QFormLayout()
        self._fill(notes, "assessment", "end")
        layout = QVBoxLayout(page)
        layout.addWidget(values)
        layout.addWidget(trust)
        layout.addLayout(notes)
        layout.addStretch(1)
        return page

    def _fill(self, form: QFormLayout, tab: str, section: str) -> None:
        specs = stakeholder_fields.STAKEHOLDER_FIELDS
        fill_form_layout(form, self.fields, tab, section, specs=specs, key=plain)

    # ---- load / validate / save ---------------------------------------------------------

    def load(self) -> None:
        data = self.original
        if data is None:
            return
        for key in self.fields.widgets:
            self.fields.set_value(key, getattr(data, key))
        for i in range(self.roles.count()):
            item = self.roles.item(i)
            role = BuyingRole(item.data(Qt.ItemDataRole.UserRole))
            item.setCheckState(
                Qt.CheckState.Checked if role in data.roles else Qt.CheckState.Unchecked
            )

    def data(self) -> StakeholderData:
        values: dict[str, Any] = {}
        for spec in stakeholder_fields.STAKEHOLDER_FIELDS:
            value = self.fields.value(spec.name) if spec.name in self.fields.widgets else None
            if spec.enum is not None:
                value = spec.enum(value) if value else None
            values[spec.name] = spec.default if value is None else value
        roles = frozenset(
            BuyingRole(self.roles.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.roles.count())
            if self.roles.item(i).checkState() == Qt.CheckState.Checked
        )
        original_id = self.original.id if self.original else None
        return StakeholderData(self.account_id, roles=roles, id=original_id, **values)

    def validate(self) -> bool:
        self.fields.clear_errors()
        problems = stakeholder_problems(self.data())
        problems += self.profile.problems()
        for problem in problems:
            if not self.fields.show_error(problem.field, error_text(problem)):
                self.profile.show_error(problem)
        if problems:
            first = problems[0]
            widget = self.fields.widgets.get(first.field)
            if widget is not None:
                self.tabs.setCurrentIndex(0 if self._on_identity(widget) else 1)
                widget.setFocus()
            else:
                self.tabs.setCurrentIndex(self.profile_index)
        return not problems

    def _on_identity(self, widget: QWidget) -> bool:
        page = self.tabs.widget(0)
        return page is not None and page.isAncestorOf(widget)

    def save(self) -> uuid.UUID | None:
        if not self.validate():
            return None
        try:
            data = self.data()
            if self.original is None or data.id is None:
                person_id: uuid.UUID | None = save_stakeholder(self.db, data)
            else:
                person_id = save_values_choosing(
                    self,
                    lambda mine, base: save_stakeholder(self.db, mine, base),
                    data,
                    self.original,
                )
            if person_id is None:
                return None
            self.original = load_stakeholder(self.db, person_id)  # saved: later saves update it
            if not self.profile.save(person_id):
                return None
        except ValidationError as exc:
            if not self.fields.show_error(exc.field, error_text(exc)):
                self.profile.show_error(exc)
            return None
        except FieldVisitError as exc:
            QMessageBox.warning(self, error_title(exc), exc.detail)
            return None
        self.saved.emit(person_id)
        return person_id

    def accept(self) -> None:
        if self.save() is not None:
            super().accept()

    # ---- reactions ----------------------------------------------------------------------

    @Slot(int)
    def _tab_changed(self, index: int) -> None:
        if index == self.profile_index:
            self.profile.ensure_loaded()

    @Slot()
    def _check_duplicates(self) -> None:
        data = self.data()
        try:
            found = similar_stakeholders(
                self.db,
                data.name,
                [data.mobile, data.office_phone],
                self.account_id,
                exclude_id=data.id,
            )
        except FieldVisitError:
            found = []
        if not found:
            self.duplicate_hint.hide()
            return
        people = "; ".join(f"{p.name} ({p.account_name})" for p in found)
        self.duplicate_hint.setText(self.tr("Possible duplicate: {}").format(people))
        self.duplicate_hint.show()
