"""The Relationship and Classification tab (DOMAIN.md §2.2, §2.3).

Its fields come from :mod:`fieldvisit.domain.fields.account`; the tab adds the group
boxes and the hints.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QVBoxLayout, QWidget

from fieldvisit.ui.accounts.card_fields import FieldSet
from fieldvisit.ui.accounts.card_layout import fill_form_layout
from fieldvisit.ui.widgets import hint_label

TAB = "relationship"


class RelationshipTab(QWidget):
    def __init__(self, fields: FieldSet) -> None:
        super().__init__()
        self.setObjectName("relationshipTab")

        relationship = QGroupBox(self.tr("Relationship"))
        form = QFormLayout(relationship)
        fill_form_layout(form, fields, TAB, "relationship")
        form.addRow(
            hint_label(self.tr("Attach a copy of the signed agreement on the Attachments tab."))
        )

        classification = QGroupBox(self.tr("Classification"))
        left = QFormLayout()
        fill_form_layout(left, fields, TAB, "classification")
        man = QFormLayout()
        fill_form_layout(man, fields, TAB, "man")
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(24)
        columns.addLayout(man, 1)
        inner = QVBoxLayout(classification)
        inner.addLayout(columns)
        inner.addWidget(
            hint_label(
                self.tr(
                    "Early classification: main products, reputation, location and floor "
                    "area, attitude, volume, stock. M-A-N grade: A = likely to buy soon, "
                    "B = possible but needs time, C = cannot tell yet."
                )
            )
        )
        early = QFormLayout()
        fill_form_layout(early, fields, TAB, "early")
        inner.addLayout(early)

        layout = QVBoxLayout(self)
        layout.addWidget(relationship)
        layout.addWidget(classification)
        layout.addStretch(1)
