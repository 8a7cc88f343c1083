"""The Credit (5C) and Commercial tab (DOMAIN.md §2.4, §2.5).

Its fields come from :mod:`fieldvisit.domain.fields.account`; the tab adds the group
boxes and the hint.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QVBoxLayout, QWidget

from fieldvisit.ui.accounts.card_fields import FieldSet
from fieldvisit.ui.accounts.card_layout import fill_form_layout
from fieldvisit.ui.widgets import hint_label

TAB = "credit"


class CreditTab(QWidget):
    def __init__(self, fields: FieldSet) -> None:
        super().__init__()
        self.setObjectName("creditTab")

        credit = QGroupBox(self.tr("Credit (5C)"))
        grades = QFormLayout()
        fill_form_layout(grades, fields, TAB, "grades")
        overall = QFormLayout()
        fill_form_layout(overall, fields, TAB, "overall")
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
        fill_form_layout(form, fields, TAB, "commercial")

        layout = QVBoxLayout(self)
        layout.addWidget(credit)
        layout.addWidget(commercial)
        layout.addStretch(1)
