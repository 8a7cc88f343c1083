"""The choice a card save asks for when someone else changed the same values meanwhile.

One line per conflicting field: its name, the value saved meanwhile by someone else and
the value typed here, each a radio button; the user's own value is chosen at first.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from fieldvisit.domain.errors import EditConflictError
from fieldvisit.domain.fields.values import FieldValues
from fieldvisit.services.accounts.card_merge import resolved_values
from fieldvisit.ui.accounts.merge_fields import full_text, value_text
from fieldvisit.ui.labels import interface_language
from fieldvisit.ui.widgets import named

V = TypeVar("V", bound=FieldValues)
T = TypeVar("T")


class CardConflictDialog(QDialog):
    """Keep mine / take theirs, field by field; :meth:`theirs` after ``exec()``."""

    def __init__(
        self, conflict: EditConflictError, labels: dict[str, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cardConflictDialog")
        self.setWindowTitle(self.tr("Changed meanwhile by someone else"))
        self.conflict = conflict
        intro = QLabel(
            self.tr(
                "Since you opened this card, someone else saved other values in the fields "
                "below (an import or another window). Choose which value to keep for each; "
                "everything else you changed is saved as well."
            )
        )
        intro.setWordWrap(True)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Field")), 0, 0)
        grid.addWidget(QLabel(self.tr("Saved meanwhile")), 0, 1)
        grid.addWidget(QLabel(self.tr("Yours")), 0, 2)
        self._theirs: dict[str, QRadioButton] = {}
        self._mine: dict[str, QRadioButton] = {}
        for line, c in enumerate(conflict.conflicts, start=1):
            name = c.field.rsplit(".", 1)[-1]
            theirs = named(QRadioButton(value_text(name, c.stored)), f"theirs:{c.field}")
            mine = named(QRadioButton(value_text(name, c.mine)), f"mine:{c.field}")
            theirs.setToolTip(full_text(c.stored))
            mine.setToolTip(full_text(c.mine))
            mine.setChecked(True)
            group = QButtonGroup(self)
            group.addButton(theirs)
            group.addButton(mine)
            grid.addWidget(QLabel(labels.get(c.field, c.field)), line, 0)
            grid.addWidget(theirs, line, 1)
            grid.addWidget(mine, line, 2)
            self._theirs[c.field], self._mine[c.field] = theirs, mine
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Save with these values"))
        ok.setObjectName("cardConflictSave")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(buttons)

    def choose(self, field: str, theirs: bool) -> None:
        (self._theirs if theirs else self._mine)[field].setChecked(True)

    def shown(self, field: str) -> tuple[str, str]:
        """The two values as shown: (saved meanwhile, yours)."""
        return self._theirs[field].text(), self._mine[field].text()

    def theirs(self) -> set[str]:
        """The fields whose value saved meanwhile the user keeps."""
        return {field for field, button in self._theirs.items() if button.isChecked()}


def save_values_choosing(parent: QWidget, save: Callable[[V, V], T], mine: V, base: V) -> T | None:
    """``save(mine, base)``; when values were changed meanwhile on both sides, show both,
    let the user choose and save again (``None``: the user cancelled, nothing saved)."""
    lang = interface_language()
    labels = {spec.key: spec.label.plain(lang) for spec in mine.described()}
    while True:
        try:
            return save(mine, base)
        except EditConflictError as conflict:
            dialog = CardConflictDialog(conflict, labels, parent)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            mine, base = resolved_values(mine, base, conflict, dialog.theirs())
