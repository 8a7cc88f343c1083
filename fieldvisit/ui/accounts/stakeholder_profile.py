"""The personal profile tab: sensitive data, read only when the user opens the tab."""

from __future__ import annotations

import uuid
from dataclasses import fields as dataclass_fields
from datetime import date

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from fieldvisit.domain import card_rules as rules
from fieldvisit.domain.errors import ValidationError
from fieldvisit.services.accounts.stakeholders import ProfileData, load_profile, save_profile
from fieldvisit.storage.database import Database
from fieldvisit.ui.accounts.card_fields import DateField, FieldSet, error_text
from fieldvisit.ui.accounts.card_layout import text_area
from fieldvisit.ui.widgets import ERROR_COLOUR

_SHORT = {"school", "major", "hometown", "spouse", "car"}


class ProfileTab(QWidget):
    """Birthday, education, family, interests… kept in their own table (DOMAIN.md §3)."""

    def __init__(self, db: Database, stakeholder_id: uuid.UUID | None) -> None:
        super().__init__()
        self.setObjectName("profileTab")
        self.db = db
        self.stakeholder_id = stakeholder_id
        self.loaded = False
        self.original = ProfileData()
        self.fields = FieldSet(self)

        notice = QLabel(self.tr("Sensitive personal data — never printed unless you ask."))
        notice.setObjectName("profileNotice")
        notice.setWordWrap(True)
        palette = notice.palette()
        palette.setColor(notice.foregroundRole(), ERROR_COLOUR)
        notice.setPalette(palette)

        labels = {
            "birthday": self.tr("Birthday"),
            "school": self.tr("School"),
            "major": self.tr("Major"),
            "hometown": self.tr("Hometown"),
            "spouse": self.tr("Spouse"),
            "children": self.tr("Children"),
            "personality": self.tr("Personality"),
            "hobbies": self.tr("Hobbies"),
            "sports": self.tr("Sports"),
            "food": self.tr("Food and restaurants"),
            "reading": self.tr("Reading"),
            "car": self.tr("Car"),
            "holidays": self.tr("Holidays"),
            "other_organisations": self.tr("Other organisations"),
            "colleague_relations": self.tr("Relations with colleagues"),
            "notes": self.tr("Notes"),
        }
        body = QWidget()
        form = QFormLayout(body)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for f in dataclass_fields(ProfileData):
            if f.name == "birthday":
                widget: QWidget = DateField()
            elif f.name in _SHORT:
                widget = QLineEdit()
            else:
                widget = text_area(2)
            form.addRow(
                labels[f.name], self.fields.add(f"profile.{f.name}", widget, labels[f.name])
            )
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        icon = QLabel()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(20, 20)
        )
        row = QHBoxLayout()
        row.addWidget(icon)
        row.addWidget(notice, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(scroll)
        self.setEnabled(True)

    def ensure_loaded(self) -> None:
        """Read the profile now (the first time the tab is shown), not before."""
        if self.loaded:
            return
        self.loaded = True
        if self.stakeholder_id is not None:
            self.original = load_profile(self.db, self.stakeholder_id)
        for f in dataclass_fields(ProfileData):
            self.fields.set_value(f"profile.{f.name}", getattr(self.original, f.name))

    def data(self) -> ProfileData:
        values = {
            f.name: self.fields.value(f"profile.{f.name}") for f in dataclass_fields(ProfileData)
        }
        return ProfileData(**values)

    def problems(self) -> list[ValidationError]:
        if not self.loaded:
            return []
        birthday = self.data().birthday
        if birthday is not None and birthday > date.today():
            return [ValidationError("profile.birthday", rules.DATE_IN_FUTURE)]
        return []

    def show_error(self, error: ValidationError) -> None:
        key = error.field if error.field.startswith("profile.") else f"profile.{error.field}"
        self.fields.show_error(key, error_text(error))

    def save(self, stakeholder_id: uuid.UUID) -> None:
        """Write the profile if it was opened and changed; untouched, it is left alone."""
        if not self.loaded:
            return
        data = self.data()
        if data != self.original:
            save_profile(self.db, stakeholder_id, data)
            self.original = data
