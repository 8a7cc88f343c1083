"""The Basics tab: what a rep fills in a minute, then the rest of §2.1 folded away."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fieldvisit.domain.card_rules import sub_tiers_of
from fieldvisit.domain.enums import SubTier, Tier
from fieldvisit.services.accounts.duplicates import SimilarAccount
from fieldvisit.ui.accounts.card_fields import FieldSet, set_combo_value
from fieldvisit.ui.accounts.card_layout import fill_form_layout, fill_grid
from fieldvisit.ui.widgets import ERROR_COLOUR, hint_label, named


class Collapsible(QWidget):
    """A heading button that shows or hides the section under it."""

    def __init__(self, title: str, object_name: str, body: QWidget, expanded: bool) -> None:
        super().__init__()
        self.button = named(QToolButton(), object_name, title)
        self.button.setText(title)
        self.button.setCheckable(True)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.setStyleSheet("QToolButton { border: none; font-weight: bold; }")
        self.body = body
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(body)
        self.button.toggled.connect(self._toggle)
        self.button.setChecked(expanded)
        self._toggle(expanded)

    @Slot(bool)
    def _toggle(self, on: bool) -> None:
        self.button.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.body.setVisible(on)


class BasicsTab(QWidget):
    """Name, type, status, city, address, phone, owner, tier first; details below
    (which fields go where is declared in :mod:`fieldvisit.domain.fields.account`)."""

    duplicate_clicked = Signal(str)

    def __init__(self, fields: FieldSet, members: list[tuple[uuid.UUID, str]]) -> None:
        super().__init__()
        self.setObjectName("basicsTab")
        self.name_hint = self._hint("nameDuplicateHint")
        self.phone_hint = self._hint("phoneDuplicateHint")

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        below: dict[str, QWidget] = {"basics.name": self.name_hint, "basics.phone": self.phone_hint}
        fill_grid(grid, fields, "basics", "quick", members, below)

        details = QWidget()
        form = QFormLayout(details)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        fill_form_layout(form, fields, "basics", "details", members)
        self.details = Collapsible(self.tr("More details"), "basicsMoreDetails", details, False)

        w = fields.widgets
        self.name = _line(w["basics.name"])
        self.phone = _line(w["basics.phone"])
        self.province = _line(w["basics.province"])
        self.city = _line(w["basics.city"])
        self.address = _line(w["basics.address"])
        self.account_type = _combo(w["basics.account_type"])
        self.status = _combo(w["relationship.status"])
        self.owner = _combo(w["relationship.owner_id"])
        self.tier = _combo(w["classification.tier"])
        self.sub_tier = _combo(w["classification.sub_tier"])
        self.tier.currentIndexChanged.connect(self._limit_sub_tiers)

        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(hint_label(self.tr("Fields marked * are required.")))
        layout.addWidget(self.details)
        layout.addStretch(1)

    def _hint(self, object_name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(object_name)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        label.setOpenExternalLinks(False)
        label.setWordWrap(True)
        palette = label.palette()
        palette.setColor(label.foregroundRole(), ERROR_COLOUR.darker(110))
        label.setPalette(palette)
        label.linkActivated.connect(self.duplicate_clicked)
        label.setVisible(False)
        return label

    @Slot()
    def _limit_sub_tiers(self) -> None:
        """Offer only the sub-tiers of the chosen tier (A1/A2 for A, …)."""
        current = self.sub_tier.currentData()
        raw = self.tier.currentData()
        allowed = sub_tiers_of(Tier(raw)) if raw else ()
        view = self.sub_tier.view()
        if isinstance(view, QListView):
            for i in range(1, self.sub_tier.count()):
                hidden = bool(allowed) and SubTier(self.sub_tier.itemData(i)) not in allowed
                view.setRowHidden(i, hidden)
        if current and allowed and SubTier(current) not in allowed:
            set_combo_value(self.sub_tier, allowed[0] if len(allowed) == 1 else None)

    def show_duplicates(self, label: QLabel, found: list[SimilarAccount]) -> None:
        if not found:
            label.setVisible(False)
            return
        links = []
        for a in found:
            place = a.city or a.address or ""
            name = f"{a.name} ({place})" if place else a.name
            links.append(f'<a href="{a.id}">{_escape(name)}</a>')
        text = self.tr("Possible duplicate: {} — click to open").format("; ".join(links))
        label.setText(text)
        label.setVisible(True)


def _line(widget: QWidget) -> QLineEdit:
    assert isinstance(widget, QLineEdit)
    return widget


def _combo(widget: QWidget) -> QComboBox:
    assert isinstance(widget, QComboBox)
    return widget


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
