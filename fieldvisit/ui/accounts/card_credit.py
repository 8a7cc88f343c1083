"""The Credit (5C) and Commercial tab (DOMAIN.md §2.4, §2.5)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from fieldvisit.domain.enums import BuyingStage, Grade
from fieldvisit.ui.accounts.card_basics import text_area
from fieldvisit.ui.accounts.card_fields import FieldSet, enum_combo
from fieldvisit.ui.widgets import hint_label


class CreditTab(QWidget):
    def __init__(self, fields: FieldSet) -> None:
        super().__init__()
        self.setObjectName("creditTab")
        f = fields

        credit = QGroupBox(self.tr("Credit (5C)"))
        grades = QFormLayout()
        for text, key in (
            (self.tr("Capital"), "credit.capital"),
            (self.tr("Character"), "credit.character"),
            (self.tr("Capacity"), "credit.capacity"),
            (self.tr("Collateral"), "credit.collateral"),
            (self.tr("Conditions"), "credit.conditions"),
        ):
            grades.addRow(text, f.add(key, enum_combo(Grade), text))
        overall = QFormLayout()
        overall.addRow(
            self.tr("Overall credit grade"),
            f.add("credit.grade", enum_combo(Grade), self.tr("Overall credit grade")),
        )
        limit = QLineEdit()
        limit.setPlaceholderText(self.tr("e.g. 50,000"))
        overall.addRow(
            self.tr("Credit limit (yuan)"),
            f.add("credit.limit_cents", limit, self.tr("Credit limit (yuan)")),
        )
        overall.addRow(
            hint_label(
                self.tr(
                    "Grade each C from A (strong) to D (weak); the credit limit (铺底额度) is what "
                    "the account may owe at most."
                )
            )
        )
        row = QHBoxLayout(credit)
        row.addLayout(grades, 1)
        row.addSpacing(24)
        row.addLayout(overall, 1)

        commercial = QGroupBox(self.tr("Commercial"))
        form = QFormLayout(commercial)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, key, widget in (
            (
                self.tr("Brands / varieties / specifications carried"),
                "commercial.brands_carried",
                text_area(3),
            ),
            (self.tr("Settlement timing"), "commercial.settlement_timing", QLineEdit()),
            (self.tr("Settlement method"), "commercial.settlement_method", QLineEdit()),
            (self.tr("Invoice type"), "commercial.invoice_type", QLineEdit()),
            (self.tr("Settlement procedure"), "commercial.settlement_procedure", text_area(2)),
            (self.tr("Settlement contact"), "commercial.settlement_contact", QLineEdit()),
            (
                self.tr("Delivery timing and requirements"),
                "commercial.delivery_requirements",
                text_area(2),
            ),
            (self.tr("After-sales service"), "commercial.after_sales_service", text_area(2)),
            (
                self.tr("Buying stage (main project)"),
                "commercial.buying_stage",
                enum_combo(BuyingStage),
            ),
            (self.tr("Notes"), "commercial.notes", text_area(3)),
        ):
            form.addRow(text, f.add(key, widget, text))

        layout = QVBoxLayout(self)
        layout.addWidget(credit)
        layout.addWidget(commercial)
        layout.addStretch(1)
