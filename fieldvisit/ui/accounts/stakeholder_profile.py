"""The personal profile tab: sensitive data, read only when the user opens the tab."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from fieldvisit import clock
from fieldvisit.domain.errors import ValidationError
from fieldvisit.domain.fields import profile
from fieldvisit.domain.fields.checks import field_problems
from fieldvisit.services.accounts.stakeholders import ProfileData, load_profile, save_profile
from fieldvisit.storage.database import Database
from fieldvisit.ui.accounts.card_conflict import save_values_choosing
from fieldvisit.ui.accounts.card_fields import FieldSet, error_text
from fieldvisit.ui.accounts.card_layout import fill_form_layout
from fieldvisit.ui.widgets import ERROR_COLOUR


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

        body = QWidget()
        form = QFormLayout(body)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        fill_form_layout(form, self.fields, "profile", "profile", specs=profile.PROFILE_FIELDS)
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
        for spec in profile.PROFILE_FIELDS:
            self.fields.set_value(spec.key, getattr(self.original, spec.name))

    def data(self) -> ProfileData:
        return ProfileData(**{s.name: self.fields.value(s.key) for s in profile.PROFILE_FIELDS})

    def problems(self) -> list[ValidationError]:
        if not self.loaded:
            return []
        data, today = self.data(), clock.today()
        return [
            ValidationError(spec.key, problem)
            for spec in profile.PROFILE_FIELDS
            for problem in field_problems(spec, getattr(data, spec.name), today)
        ]

    def show_error(self, error: ValidationError) -> None:
        key = error.field if error.field.startswith("profile.") else f"profile.{error.field}"
        self.fields.show_error(key, error_text(error))

    def save(self, stakeholder_id: uuid.UUID) -> bool:
        """Write the profile if it was opened and changed; untouched, it is left alone.
        ``False``: the user cancelled the choice between values changed meanwhile."""
        if not self.loaded:
            return True
        data = self.data()
        if data == self.original:
            return True

        def write(mine: ProfileData, base: ProfileData) -> bool:
            save_profile(self.db, stakeholder_id, mine, base)
            return True

        if save_values_choosing(self, write, data, self.original) is None:
            return False
        self.original = load_profile(self.db, stakeholder_id)
        return True
