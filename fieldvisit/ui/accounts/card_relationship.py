"""The Relationship and Classification tab (DOMAIN.md §2.2, §2.3)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from fieldvisit.domain.enums import Grade, KeyAccountLevel, Tier, VolumeBand
from fieldvisit.ui.accounts.card_basics import text_area
from fieldvisit.ui.accounts.card_fields import DateField, FieldSet, enum_combo, yes_no_combo
from fieldvisit.ui.widgets import hint_label


class RelationshipTab(QWidget):
    def __init__(self, fields: FieldSet) -> None:
        super().__init__()
        self.setObjectName("relationshipTab")
        f = fields

        relationship = QGroupBox(self.tr("Relationship"))
        form = QFormLayout(relationship)
        for text, key, widget in (
            (self.tr("Business began on"), "relationship.business_began_on", DateField()),
            (self.tr("Their contact person (接洽人)"), "relationship.their_handler", QLineEdit()),
            (
                self.tr("Supply agreement terms"),
                "relationship.supply_agreement_terms",
                text_area(4),
            ),
        ):
            form.addRow(text, f.add(key, widget, text))
        form.addRow(
            hint_label(self.tr("Attach a copy of the signed agreement on the Attachments tab."))
        )

        classification = QGroupBox(self.tr("Classification"))
        left = QFormLayout()
        for text, key, choice in (
            (self.tr("532 volume band"), "classification.volume_band", enum_combo(VolumeBand)),
            (
                self.tr("Key-account level"),
                "classification.key_account_level",
                enum_combo(KeyAccountLevel),
            ),
            (self.tr("Early classification (tier)"), "classification.early_tier", enum_combo(Tier)),
        ):
            left.addRow(text, f.add(key, choice, text))
        man = QFormLayout()
        for text, key in (
            (self.tr("Money (can pay)"), "classification.man_money"),
            (self.tr("Authority (can decide)"), "classification.man_authority"),
            (self.tr("Need (has a need)"), "classification.man_need"),
        ):
            man.addRow(text, f.add(key, yes_no_combo(), text))
        man.addRow(
            self.tr("M-A-N prospect grade"),
            f.add("classification.man_grade", enum_combo(Grade), self.tr("M-A-N prospect grade")),
        )
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(24)
        columns.addLayout(man, 1)
        inner = QVBoxLayout(classification)
        inner.addLayout(columns)
        notes = self.tr("Early classification notes")
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
        early.addRow(notes, f.add("classification.early_classification_notes", text_area(3), notes))
        inner.addLayout(early)

        layout = QVBoxLayout(self)
        layout.addWidget(relationship)
        layout.addWidget(classification)
        layout.addStretch(1)
