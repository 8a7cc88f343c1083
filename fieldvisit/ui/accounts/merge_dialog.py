"""Merge two duplicate accounts, or two duplicate stakeholders, side by side.

Each field where the two differ gets a pair of radio buttons (the kept side's value
is pre-chosen, or the other's when the kept one is empty); identical fields are
listed for reference. The kept side can be swapped. What moves is counted, and a
plain sentence says what will happen before the Merge button does it.

Strings are translated in the fixed "MergeDialog" context: the two dialogs share
the base class, and a subclass's ``tr()`` would look them up under its own name.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fieldvisit.domain.errors import FieldVisitError
from fieldvisit.services.accounts.merge import (
    MergePreview,
    MergeResult,
    Side,
    merge_accounts,
    merge_stakeholders,
    preview_account_merge,
    preview_stakeholder_merge,
)
from fieldvisit.services.accounts.trash import TrashKind
from fieldvisit.services.team import current_user
from fieldvisit.storage.database import Database
from fieldvisit.ui.accounts.merge_fields import count_text, field_label, full_text, value_text
from fieldvisit.ui.events import DataEvents
from fieldvisit.ui.labels import error_title
from fieldvisit.ui.widgets import error_label, heading_label, hint_label, named, scaled_font

PreviewFn = Callable[[Database, uuid.UUID, uuid.UUID], MergePreview]
MergeFn = Callable[
    [Database, uuid.UUID, uuid.UUID, Mapping[str, Side] | None, uuid.UUID | None], MergeResult
]


class _MergeDialog(QDialog):
    kind: TrashKind
    preview_fn: PreviewFn
    merge_fn: MergeFn

    def __init__(
        self,
        db: Database,
        events: DataEvents,
        first_id: uuid.UUID,
        second_id: uuid.UUID,
        parent: QWidget | None,
        heading: str,
        intro: str,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._events = events
        self._keep, self._remove = first_id, second_id
        self.preview: MergePreview | None = None
        self.result_: MergeResult | None = None
        self.groups: dict[str, QButtonGroup] = {}
        self.setMinimumSize(760, 560)
        self.resize(880, 680)

        self.heading = heading_label(heading, 1.4)
        self.intro = hint_label(intro)
        self.swap_button = named(
            QPushButton(QCoreApplication.translate("MergeDialog", "Keep the other one instead")),
            "mergeSwap",
        )
        self.swap_button.setToolTip(
            QCoreApplication.translate(
                "MergeDialog", "Swap which entry is kept and which goes to the trash"
            )
        )
        self.swap_button.clicked.connect(self.swap)

        self.fields_area = QScrollArea()
        self.fields_area.setObjectName("mergeFields")
        self.fields_area.setWidgetResizable(True)
        self.fields_area.setFrameShape(QFrame.Shape.StyledPanel)
        self._new_grid()

        self.moves_label = named(QLabel(), "mergeMoves")
        self.moves_label.setWordWrap(True)
        self.confirm_label = named(QLabel(), "mergeConfirmation")
        self.confirm_label.setWordWrap(True)
        self.confirm_label.setFont(scaled_font(self.confirm_label.font(), 1.0, bold=True))
        self.error = error_label("mergeError")

        self.buttons = QDialogButtonBox()
        self.merge_button = named(
            self.buttons.addButton(
                QCoreApplication.translate("MergeDialog", "Merge"),
                QDialogButtonBox.ButtonRole.AcceptRole,
            ),
            "mergeButton",
        )
        self.cancel_button = named(
            self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel), "mergeCancel"
        )
        self.cancel_button.setDefault(True)  # Enter must not merge by accident
        self.buttons.accepted.connect(self.merge)
        self.buttons.rejected.connect(self.reject)

        swap_row = QHBoxLayout()
        swap_row.addWidget(self.intro, 1)
        swap_row.addWidget(self.swap_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(swap_row)
        layout.addWidget(self.fields_area, 1)
        layout.addWidget(self.moves_label)
        layout.addWidget(self.confirm_label)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.load()

    def load(self) -> None:
        """Read both sides and lay out one row per field that holds a value."""
        self.error.hide()
        try:
            self.preview = type(self).preview_fn(self._db, self._keep, self._remove)
        except FieldVisitError as exc:
            self.preview = None
            self._show_error(exc)
            self.merge_button.setEnabled(False)
            self.swap_button.setEnabled(False)
            return
        preview = self.preview
        self._fill_grid(preview)
        self.keep_header.setText(
            self._header(
                preview.keep_name,
                preview.keep_place,
                QCoreApplication.translate("MergeDialog", "Kept"),
                "#1b5e20",
            )
        )
        self.remove_header.setText(
            self._header(
                preview.remove_name,
                preview.remove_place,
                QCoreApplication.translate("MergeDialog", "Goes to the trash"),
                "#8d2b0b",
            )
        )
        self.moves_label.setText(self._moves_text(preview))
        self.moves_label.setVisible(bool(preview.clashes))
        self.refresh_confirmation()

    def _header(self, name: str, place: str | None, tag: str, colour: str) -> str:
        place_html = f"<br><span>{_escape(place)}</span>" if place else ""
        return (
            f"<span style='color:{colour}; font-weight:600'>{_escape(tag)}</span><br>"
            f"<big><b>{_escape(name)}</b></big>{place_html}"
        )

    def _new_grid(self) -> None:
        """A fresh grid; the scroll area deletes the old one (and its buttons) at once."""
        host = QWidget()
        self.grid = QGridLayout(host)
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(6)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        self.keep_header = QLabel()
        self.remove_header = QLabel()
        for header in (self.keep_header, self.remove_header):
            header.setWordWrap(True)
            header.setTextFormat(Qt.TextFormat.RichText)
        self.fields_area.setWidget(host)

    def _fill_grid(self, preview: MergePreview) -> None:
        for group in self.groups.values():
            group.deleteLater()
        self.groups = {}
        self._new_grid()
        # Headers inside the grid, so that they line up with the value columns.
        for column, header in ((1, self.keep_header), (2, self.remove_header)):
            self.grid.addWidget(header, 0, column, Qt.AlignmentFlag.AlignTop)
        row = 1
        for title, pairs in (
            (
                QCoreApplication.translate(
                    "MergeDialog", "Fields that differ: choose the value to keep"
                ),
                [f for f in preview.fields if f.differs],
            ),
            (
                QCoreApplication.translate("MergeDialog", "Fields that are the same"),
                [f for f in preview.fields if not f.differs and f.keep not in (None, "")],
            ),
        ):
            if not pairs:
                continue
            caption = QLabel(title)
            caption.setFont(scaled_font(caption.font(), 1.0, bold=True))
            self.grid.addWidget(caption, row, 0, 1, 3)
            row += 1
            for pair in pairs:
                label = QLabel(field_label(preview.kind, pair.name))
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.grid.addWidget(label, row, 0)
                if pair.differs:
                    self._add_choice(row, pair.name, pair.keep, pair.remove, pair.default)
                else:
                    same = QLabel(value_text(pair.name, pair.keep))
                    same.setToolTip(full_text(pair.keep))
                    self.grid.addWidget(same, row, 1, 1, 2)
                row += 1
        self.grid.setRowStretch(row, 1)

    def _add_choice(self, row: int, name: str, keep: object, remove: object, default: Side) -> None:
        group = QButtonGroup(self)
        label = field_label(self.kind, name)
        for column, side, value in ((1, "keep", keep), (2, "remove", remove)):
            button = named(
                QRadioButton(value_text(name, value)),
                f"{side}_{name}",
                f"{label}: {value_text(name, value)}",
            )
            button.setToolTip(full_text(value))
            button.setChecked(side == default)
            group.addButton(button)
            button.toggled.connect(self.refresh_confirmation)
            self.grid.addWidget(button, row, column)
        self.groups[name] = group

    def choices(self) -> dict[str, Side]:
        picked: dict[str, Side] = {}
        for name, group in self.groups.items():
            checked = group.checkedButton()
            if checked is not None:
                picked[name] = "remove" if checked.objectName().startswith("remove_") else "keep"
        return picked

    def _moves_text(self, preview: MergePreview) -> str:
        """The rows that meet a row of the same kind on the kept side."""
        if not preview.clashes:
            return ""
        clashes = _separator().join(count_text(t, n) for t, n in sorted(preview.clashes.items()))
        return QCoreApplication.translate(
            "MergeDialog",
            "Already present on the kept side, so combined rather than doubled: {parts}.",
        ).format(parts=clashes)

    def refresh_confirmation(self) -> None:
        preview = self.preview
        if preview is None:
            return
        if preview.moves:
            parts = _separator().join(
                count_text(t, n) for t, n in sorted(preview.moves.items(), key=_order)
            )
            text = QCoreApplication.translate(
                "MergeDialog",
                "{remove} will be merged into {keep}; {parts} move to it and {remove} goes "
                "to the trash. This cannot be undone except from the backup.",
            ).format(remove=preview.remove_name, keep=preview.keep_name, parts=parts)
        else:
            text = QCoreApplication.translate(
                "MergeDialog",
                "{remove} will be merged into {keep} and goes to the trash. This cannot be "
                "undone except from the backup.",
            ).format(remove=preview.remove_name, keep=preview.keep_name)
        self.confirm_label.setText(text)

    def swap(self) -> None:
        self._keep, self._remove = self._remove, self._keep
        self.load()

    def merge(self) -> None:
        if self.preview is None:
            return
        user = current_user(self._db)
        try:
            self.result_ = type(self).merge_fn(
                self._db, self._keep, self._remove, self.choices(), user.id if user else None
            )
        except FieldVisitError as exc:
            self._show_error(exc)
            QMessageBox.warning(self, error_title(exc), exc.detail)
            return
        self._events.announce(self.result_.tables)
        self.accept()

    def _show_error(self, exc: FieldVisitError) -> None:
        self.error.setText(exc.detail)
        self.error.show()


class MergeAccountsDialog(_MergeDialog):
    """``MergeAccountsDialog(db, events, first_id, second_id, parent)``; ``first_id`` is kept."""

    kind = TrashKind.ACCOUNT
    preview_fn = staticmethod(preview_account_merge)
    merge_fn = staticmethod(merge_accounts)

    def __init__(
        self,
        db: Database,
        events: DataEvents,
        first_id: uuid.UUID,
        second_id: uuid.UUID,
        parent: QWidget | None = None,
    ) -> None:
        title = QCoreApplication.translate("MergeDialog", "Merge duplicate accounts")
        intro = QCoreApplication.translate(
            "MergeDialog",
            "One customer card is kept. Its stakeholders, contact records, promises, plans, "
            "co-visits and history are joined by everything from the other card, which then "
            "goes to the trash.",
        )
        super().__init__(db, events, first_id, second_id, parent, title, intro)
        self.setObjectName("mergeAccountsDialog")
        self.setWindowTitle(title)


class MergeStakeholdersDialog(_MergeDialog):
    """``MergeStakeholdersDialog(db, events, first_id, second_id, parent)``; ``first_id`` is kept.

    The kept person stays in their own account; personal profiles are combined
    without being shown.
    """

    kind = TrashKind.STAKEHOLDER
    preview_fn = staticmethod(preview_stakeholder_merge)
    merge_fn = staticmethod(merge_stakeholders)

    def __init__(
        self,
        db: Database,
        events: DataEvents,
        first_id: uuid.UUID,
        second_id: uuid.UUID,
        parent: QWidget | None = None,
    ) -> None:
        title = QCoreApplication.translate("MergeDialog", "Merge duplicate stakeholders")
        intro = QCoreApplication.translate(
            "MergeDialog",
            "One entry for this person is kept, in its own account. Contact records and "
            "co-visit calls they took part in, promises, buying roles and the personal "
            "profile are combined; the other entry goes to the trash.",
        )
        super().__init__(db, events, first_id, second_id, parent, title, intro)
        self.setObjectName("mergeStakeholdersDialog")
        self.setWindowTitle(title)


def _separator() -> str:
    """Between items of a list in a sentence (an enumeration comma in Chinese)."""
    return QCoreApplication.translate("MergeDialog", ", ")


ORDER = (
    "stakeholder",
    "contact_record",
    "record_stakeholder",
    "promise",
    "planned_contact",
    "covisit_call",
    "covisit_call_stakeholder",
)


def _order(item: tuple[str, int]) -> tuple[int, str]:
    table = item[0]
    return (ORDER.index(table) if table in ORDER else len(ORDER), table)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
